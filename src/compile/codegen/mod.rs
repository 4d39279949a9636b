//! Code generation: AST → code objects, following CPython 3.10's `Python/compile.c`.
//!
//! A `Compiler` holds a stack of `Unit`s, one per code object being built (the module at
//! the bottom, the innermost function on top), as compile.c's `compiler_unit` stack. Each
//! unit collects instructions with their source spans, and its own constant, name, varname,
//! cell and free-variable tables. Statements live in `stmt.rs`, expressions in `expr.rs`,
//! `match` patterns in `pattern.rs`; this file holds what they share:
//!
//! - **Locations.** `self.loc` is the span given to every emitted instruction. Visiting a
//!   statement sets it; visiting an expression sets it for the duration of the visit and
//!   restores it after (compile.c's `SET_LOC`), so a `Call` instruction emitted after its
//!   arguments carries the call's span again. The implicit `return None` keeps the span of
//!   the last statement, as CPython 3.11 reports it.
//! - **Jumps** name `Label`s; labels are bound to instruction indices as code is emitted
//!   and every jump argument is patched to the absolute index when the unit is finished.
//! - **Names** resolve through the symbol table (`Compiler::name_op`, `compiler_nameop`):
//!   fast locals get their `varnames` slot on first emission, which is what makes `varnames`
//!   list parameters first and then other locals in order of first occurrence.
//! - **The fblock stack** (`FBlock`) records the try/with/loop/handler constructs enclosing
//!   the current point, so `return`, `break` and `continue` can emit the clean-up those
//!   constructs need (`compiler_unwind_fblock`).
//! - **One path for every function-like scope**: `Compiler::compile_scope` enters a scope,
//!   runs a body emitter, adds the implicit return and assembles the `CodeObject`;
//!   `Compiler::make_closure` emits the instructions that turn it into a function object.

mod expr;
mod pattern;
mod stmt;

use std::rc::Rc;

use indexmap::IndexSet;

use super::future::Future;
use super::symtable::{ScopeId, ScopeKind, SymbolScope, SymbolTable};
use super::{mangle, syntax_error, Mode};
use crate::bytecode::dis::jump_target_mut;
use crate::bytecode::{CodeFlags, CodeObject, Const, ConstOrigin, Instruction};
use crate::syntax::ast::{self, Arguments, Loc, Stmt};
use crate::syntax::SyntaxErrorInfo;

pub(crate) type CResult<T = ()> = Result<T, SyntaxErrorInfo>;

/// A jump destination inside the current unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(u32);

/// What kind of code a unit builds (compile.c's `COMPILER_SCOPE_*`): decides qualnames and
/// whether names go through fast locals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// A construct enclosing the current point that `return`/`break`/`continue` must clean up
/// (compile.c's `fblockinfo`).
#[derive(Clone, Copy, Debug)]
pub(crate) enum FBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    /// The iterator is on the stack.
    ForLoop {
        start: Label,
        exit: Label,
    },
    /// The body of `try` with handlers: one block to pop.
    TryExcept,
    /// The body of `try` with `finally`: pop the block, then run the finally body inline.
    FinallyTry(&'a [Stmt]),
    /// The finally body on the exceptional path: the exception is on the stack and an
    /// except-handler block is active.
    FinallyEnd,
    /// A `with` body: `__exit__` is on the stack and a block is active. The span is the
    /// `with` statement's, which the early `__exit__` call carries (as in CPython 3.11).
    With(Loc),
    /// An `async with` body: as `With`, and `__aexit__`'s result is awaited.
    AsyncWith(Loc),
    /// An `except` body; with `Some(name)`, inside the implicit `try/finally` that deletes it.
    HandlerCleanup(Option<&'a str>),
    /// A value on the stack to pop (the return value while a finally body runs in between).
    PopValue,
    /// Handler matching: nothing to clean up, but not a loop.
    ExceptionHandler,
    /// An `except*` body, which `break`, `continue` and `return` may not leave.
    ExceptStarHandler,
}

/// One code object under construction (compile.c's `compiler_unit`).
pub(crate) struct Unit<'a> {
    scope: ScopeId,
    kind: UnitKind,
    name: String,
    qualname: String,
    first_line: u32,
    instructions: Vec<Instruction>,
    locations: Vec<Loc>,
    consts: Vec<Const>,
    /// See `CodeObject::const_origins`; [`PENDING`] for a constant the optimizer folds when
    /// the unit is assembled.
    const_origins: Vec<ConstOrigin>,
    names: IndexSet<String>,
    varnames: IndexSet<String>,
    cellvars: IndexSet<String>,
    freevars: IndexSet<String>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: CodeFlags,
    docstring: Option<String>,
    /// Bound position of each label (`None` until bound).
    labels: Vec<Option<u32>>,
    /// Indices of instructions whose jump argument is still a label number.
    jumps: Vec<usize>,
    fblocks: Vec<FBlock<'a>>,
    /// The class name used for mangling (`u_private`).
    private: Option<String>,
}

/// Which of the three name operations to emit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameCtx {
    Load,
    Store,
    Del,
}

/// The code generator. See the module documentation.
pub(crate) struct Compiler<'a> {
    table: &'a SymbolTable,
    /// The module's `from __future__` features.
    future: Future,
    filename: Rc<str>,
    mode: Mode,
    units: Vec<Unit<'a>>,
    /// The span given to emitted instructions.
    loc: Loc,
    /// `SyntaxWarning`s found so far (see [`crate::compile::SyntaxWarningInfo`]).
    warnings: Vec<crate::compile::SyntaxWarningInfo>,
    /// The next entry of the compilation's constant cache (see `CodeObject::const_origins`).
    const_seq: u32,
}

/// The `seq` of a constant whose cache entry is made when its unit is assembled.
const PENDING: u32 = u32::MAX;

/// Compile a module body (the entry point used by [`super::compile`]). The warnings found
/// are returned on failure too: CPython has issued them before it meets the error.
pub fn compile_module(
    module: &ast::Module,
    table: &SymbolTable,
    future: Future,
    filename: &str,
    mode: Mode,
) -> (
    CResult<Rc<CodeObject>>,
    Vec<crate::compile::SyntaxWarningInfo>,
) {
    let mut c = Compiler {
        table,
        future,
        filename: filename.into(),
        mode,
        units: Vec::new(),
        loc: Loc::default(),
        warnings: Vec::new(),
        const_seq: 0,
    };
    let first_line = 1;
    let code = c.compile_scope(0, "<module>", UnitKind::Module, first_line, None, |c| {
        if mode == Mode::Single {
            c.stmts(&module.body)
        } else if let (
            Mode::Eval,
            [ast::Stmt {
                kind: ast::StmtKind::Expr(e),
                loc,
            }],
        ) = (mode, &module.body[..])
        {
            c.loc = *loc;
            c.expr(e)?;
            c.emit(Instruction::ReturnValue);
            Ok(())
        } else {
            c.body_with_docstring(&module.body)
        }
    });
    (code, c.warnings)
}

impl<'a> Compiler<'a> {
    // ---- units ----

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is open while compiling")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is open while compiling")
    }

    /// The symbol-table scope kind of the current unit.
    fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.unit_ref().scope].kind
    }

    /// A SyntaxError at the current span.
    fn error(&self, msg: impl Into<String>) -> SyntaxErrorInfo {
        syntax_error(msg, &self.filename, self.loc)
    }

    /// A SyntaxError at `loc`.
    fn error_at(&self, loc: Loc, msg: impl Into<String>) -> SyntaxErrorInfo {
        syntax_error(msg, &self.filename, loc)
    }

    /// Run `f` with `loc` as the span of emitted instructions, then restore the span
    /// (compile.c's `SET_LOC` with the save/restore of `compiler_visit_expr`).
    pub(crate) fn with_loc<T>(&mut self, loc: Loc, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = std::mem::replace(&mut self.loc, loc);
        let result = f(self);
        self.loc = saved;
        result
    }

    /// Compile one function-like scope: enter it, run `body`, add the implicit
    /// `return None`, and assemble its code object (compile.c's `compiler_enter_scope` +
    /// `assemble` + `compiler_exit_scope`).
    pub(crate) fn compile_scope(
        &mut self,
        scope: ScopeId,
        name: &str,
        kind: UnitKind,
        first_line: u32,
        args: Option<&Arguments>,
        body: impl FnOnce(&mut Self) -> CResult,
    ) -> CResult<Rc<CodeObject>> {
        let symbols = &self.table.scopes[scope];
        let mut cellvars: IndexSet<String> = IndexSet::new();
        if symbols.needs_class_closure {
            cellvars.insert("__class__".to_string());
        }
        // CPython 3.11's order (its `co_cellvars` follows the locals-plus layout): cells
        // that are parameters first, in parameter order, then the others sorted by name.
        let cells = symbols.names_by_type(SymbolScope::Cell, 0);
        let (param_cells, other_cells): (Vec<String>, Vec<String>) = cells
            .into_iter()
            .partition(|name| symbols.params.contains(name));
        cellvars.extend(
            symbols
                .params
                .iter()
                .filter(|p| param_cells.contains(p))
                .cloned(),
        );
        cellvars.extend(other_cells);
        let freevars: IndexSet<String> = symbols
            .names_by_type(SymbolScope::Free, super::symtable::def::FREE_CLASS)
            .into_iter()
            .collect();
        let private = self.units.last().and_then(|u| u.private.clone());
        let qualname = self.qualname(name, kind, private.as_deref());
        let mut flags = CodeFlags {
            generator: symbols.is_generator,
            // Both flags set: an async generator.
            coroutine: symbols.is_coroutine,
            uses_locals_dict: matches!(kind, UnitKind::Module | UnitKind::Class),
            ..CodeFlags::default()
        };
        let (mut argcount, mut posonlyargcount, mut kwonlyargcount) = (0, 0, 0);
        if let Some(args) = args {
            posonlyargcount = args.posonlyargs.len() as u32;
            argcount = posonlyargcount + args.args.len() as u32;
            kwonlyargcount = args.kwonlyargs.len() as u32;
            flags.varargs = args.vararg.is_some();
            flags.varkeywords = args.kwarg.is_some();
        }
        if kind == UnitKind::Comprehension {
            argcount = 1;
        }
        self.units.push(Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname,
            first_line,
            instructions: Vec::new(),
            locations: Vec::new(),
            consts: Vec::new(),
            const_origins: Vec::new(),
            names: IndexSet::new(),
            varnames: symbols.params.iter().cloned().collect(),
            cellvars,
            freevars,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            docstring: None,
            labels: Vec::new(),
            jumps: Vec::new(),
            fblocks: Vec::new(),
            private,
        });
        let saved_loc = self.loc;
        let result = body(self);
        if result.is_ok() && self.needs_implicit_return() {
            // A lambda body leaves its value on the stack (even in a generator lambda:
            // compile.c's `assemble(c, 0)`); anything else returns None.
            if self.unit_ref().kind != UnitKind::Lambda {
                self.load_const(Const::None);
            }
            self.emit(Instruction::ReturnValue);
        }
        let mut unit = self.units.pop().expect("pushed above");
        self.loc = saved_loc;
        result?;
        // `assemble`: the optimizer's folds enter the constant cache, then `makecode`
        // merges the code's tuples.
        for origin in unit.const_origins.iter_mut().filter(|o| o.seq == PENDING) {
            origin.seq = self.next_const_seq();
        }
        let made_seq = self.next_const_seq();
        self.assemble(unit, made_seq)
    }

    fn next_const_seq(&mut self) -> u32 {
        self.const_seq += 1;
        self.const_seq
    }

    /// Whether control can fall off the end of the current unit.
    fn needs_implicit_return(&self) -> bool {
        let unit = self.unit_ref();
        let end = unit.instructions.len() as u32;
        !matches!(unit.instructions.last(), Some(Instruction::ReturnValue))
            || unit.labels.contains(&Some(end))
    }

    /// compile.c's `compiler_set_qualname`.
    fn qualname(&self, name: &str, kind: UnitKind, private: Option<&str>) -> String {
        // The module unit is the first one; its children get plain names.
        let Some(parent) = self.units.last().filter(|_| self.units.len() > 1) else {
            return name.to_string();
        };
        if matches!(kind, UnitKind::Function | UnitKind::Class) {
            let mangled = mangle(private, name);
            if self.table.scopes[parent.scope].lookup(&mangled) == SymbolScope::GlobalExplicit {
                return name.to_string();
            }
        }
        match parent.kind {
            UnitKind::Function | UnitKind::Lambda => format!("{}.<locals>.{name}", parent.qualname),
            _ => format!("{}.{name}", parent.qualname),
        }
    }

    /// Patch jumps and build the code object (compile.c's `assemble`, without the
    /// peephole optimizer).
    fn assemble(&self, mut unit: Unit<'a>, made_seq: u32) -> CResult<Rc<CodeObject>> {
        for &index in &unit.jumps {
            let Some(target) = jump_target_mut(&mut unit.instructions[index]) else {
                continue;
            };
            match unit.labels.get(*target as usize).copied().flatten() {
                Some(position) => *target = position,
                None => return Err(self.error("internal compiler error: unbound jump label")),
            }
        }
        let cell2arg = unit
            .cellvars
            .iter()
            .map(|cell| {
                unit.varnames
                    .get_index_of(cell)
                    .filter(|&i| i < total_args(&unit))
                    .map(|i| i as u32)
            })
            .collect();
        Ok(Rc::new(CodeObject {
            name: unit.name,
            qualname: unit.qualname,
            filename: self.filename.clone(),
            first_line: unit.first_line,
            instructions: unit.instructions,
            locations: unit.locations,
            consts: unit.consts,
            const_origins: unit.const_origins,
            made_seq,
            names: unit.names.into_iter().collect(),
            varnames: unit.varnames.into_iter().collect(),
            cellvars: unit.cellvars.into_iter().collect(),
            freevars: unit.freevars.into_iter().collect(),
            cell2arg,
            argcount: unit.argcount,
            posonlyargcount: unit.posonlyargcount,
            kwonlyargcount: unit.kwonlyargcount,
            flags: unit.flags,
            docstring: unit.docstring,
        }))
    }

    // ---- emission ----

    pub(crate) fn emit(&mut self, instruction: Instruction) {
        let loc = self.loc;
        let unit = self.unit();
        unit.instructions.push(instruction);
        unit.locations.push(loc);
    }

    /// Give the next instructions the location of the last one emitted: block bookkeeping
    /// (`PopBlock`, `PopExcept` and their jumps) has no line of its own in CPython 3.11, so
    /// a tracer sees no line event for it.
    pub(crate) fn keep_line(&mut self) {
        if let Some(last) = self.unit().locations.last().copied() {
            self.loc = last;
        }
    }

    /// Emit the jump that closes a loop. Like CPython 3.11's `JUMP_BACKWARD` it carries the
    /// location of the instruction before it, so it starts no new line: a tracer sees one
    /// line event per iteration, at the loop header.
    pub(crate) fn emit_backward_jump(&mut self, label: Label) {
        let saved = self.loc;
        self.keep_line();
        self.emit_jump(Instruction::Jump, label);
        self.loc = saved;
    }

    /// Emit a jump to `label` (`make` builds the instruction from the label number, which
    /// [`Self::assemble`] replaces with the instruction index).
    pub(crate) fn emit_jump(&mut self, make: fn(u32) -> Instruction, label: Label) {
        self.emit(make(label.0));
        let unit = self.unit();
        let index = unit.instructions.len() - 1;
        unit.jumps.push(index);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        let unit = self.unit();
        unit.labels.push(None);
        Label(unit.labels.len() as u32 - 1)
    }

    /// Bind `label` to the next instruction.
    pub(crate) fn bind(&mut self, label: Label) {
        let unit = self.unit();
        let position = unit.instructions.len() as u32;
        unit.labels[label.0 as usize] = Some(position);
    }

    /// The index of a constant written in the source (the parse tree holds it too).
    pub(crate) fn const_index(&mut self, value: Const) -> u32 {
        let seq = self.next_const_seq();
        self.add_const(
            value,
            ConstOrigin {
                seq,
                source: true,
                source_items: true,
            },
        )
    }

    /// The index of a constant the compiler makes of the tree's constants while it walks
    /// the tree (call keyword names, constant dict keys, a folded display, an import's
    /// names).
    pub(crate) fn folded_const_index(&mut self, value: Const) -> u32 {
        let seq = self.next_const_seq();
        self.add_const(
            value,
            ConstOrigin {
                seq,
                source: false,
                source_items: true,
            },
        )
    }

    /// `compiler_add_const`: one index per distinct constant, whose origin is its first
    /// entry in the cache.
    fn add_const(&mut self, value: Const, origin: ConstOrigin) -> u32 {
        let unit = self.unit();
        if let Some(i) = unit.consts.iter().position(|c| same_const(c, &value)) {
            let first = &mut unit.const_origins[i];
            if origin.seq < first.seq {
                *first = origin;
            }
            return i as u32;
        }
        unit.consts.push(value);
        unit.const_origins.push(origin);
        unit.consts.len() as u32 - 1
    }

    pub(crate) fn load_const(&mut self, value: Const) {
        let index = self.const_index(value);
        self.emit(Instruction::LoadConst(index));
    }

    /// Loads a constant the compiler made ([`Self::folded_const_index`]).
    pub(crate) fn load_folded_const(&mut self, value: Const) {
        let index = self.folded_const_index(value);
        self.emit(Instruction::LoadConst(index));
    }

    /// Loads a constant CPython's optimizer folds from a run of loads
    /// (`fold_tuple_on_constants`: a `def`'s defaults and annotations), which enters the
    /// constant cache when the unit is assembled.
    pub(crate) fn load_assembled_const(&mut self, value: Const) {
        let index = self.add_const(
            value,
            ConstOrigin {
                seq: PENDING,
                source: false,
                source_items: true,
            },
        );
        self.emit(Instruction::LoadConst(index));
    }

    /// Index of `name` in `names` (not mangled: callers mangle attribute names).
    pub(crate) fn name_index(&mut self, name: &str) -> u32 {
        self.unit().names.insert_full(name.to_string()).0 as u32
    }

    pub(crate) fn mangle(&self, name: &str) -> String {
        mangle(self.unit_ref().private.as_deref(), name)
    }

    /// Emit the load, store or delete of a variable (compile.c's `compiler_nameop`).
    pub(crate) fn name_op(&mut self, name: &str, ctx: NameCtx) -> CResult {
        use Instruction as I;
        // `forbidden_name`.
        if name == "__debug__" {
            match ctx {
                NameCtx::Store => return Err(self.error("cannot assign to __debug__")),
                NameCtx::Del => return Err(self.error("cannot delete __debug__")),
                NameCtx::Load => {}
            }
        }
        let mangled = self.mangle(name);
        let scope_kind = self.scope_kind();
        let scope = self.table.scopes[self.unit_ref().scope].lookup(&mangled);
        let in_function = scope_kind == ScopeKind::Function;
        // compile.c's `optype` (with the index into its table) and the three operations.
        type Op = fn(u32) -> Instruction;
        let (index, [load, store, delete]): (u32, [Op; 3]) = match scope {
            SymbolScope::Free | SymbolScope::Cell => {
                let index = self.cell_index(&mangled, scope == SymbolScope::Cell)?;
                let load: Op = if scope_kind == ScopeKind::Class {
                    I::LoadClassDeref
                } else {
                    I::LoadDeref
                };
                (index, [load, I::StoreDeref, I::DeleteDeref])
            }
            SymbolScope::Local if in_function => {
                let index = self.unit().varnames.insert_full(mangled).0 as u32;
                (index, [I::LoadFast, I::StoreFast, I::DeleteFast])
            }
            SymbolScope::GlobalExplicit | SymbolScope::GlobalImplicit
                if in_function || scope == SymbolScope::GlobalExplicit =>
            {
                (
                    self.name_index(&mangled),
                    [I::LoadGlobal, I::StoreGlobal, I::DeleteGlobal],
                )
            }
            _ => (
                self.name_index(&mangled),
                [I::LoadName, I::StoreName, I::DeleteName],
            ),
        };
        self.emit(match ctx {
            NameCtx::Load => load(index),
            NameCtx::Store => store(index),
            NameCtx::Del => delete(index),
        });
        Ok(())
    }

    /// Index of a cell or free variable in the unit's cells (`cellvars` then `freevars`).
    fn cell_index(&self, name: &str, is_cell: bool) -> CResult<u32> {
        let unit = self.unit_ref();
        let found = if is_cell {
            unit.cellvars.get_index_of(name)
        } else {
            unit.freevars
                .get_index_of(name)
                .map(|i| i + unit.cellvars.len())
        };
        found
            .map(|i| i as u32)
            .ok_or_else(|| self.error(format!("internal compiler error: no cell for '{name}'")))
    }

    /// Turn a compiled code object into a function object on the stack, loading its
    /// closure cells first (compile.c's `compiler_make_closure`). `flags` says which of
    /// defaults / kw-defaults / annotations are already on the stack.
    pub(crate) fn make_closure(&mut self, code: Rc<CodeObject>, mut flags: u32) -> CResult {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                // get_ref_type: a class body's `__class__` is its own implicit cell.
                let is_cell = (self.unit_ref().kind == UnitKind::Class && name == "__class__")
                    || self.table.scopes[self.unit_ref().scope].lookup(name) == SymbolScope::Cell;
                let index = self.cell_index(name, is_cell)?;
                self.emit(Instruction::LoadClosure(index));
            }
            self.emit(Instruction::BuildTuple(code.freevars.len() as u32));
            flags |= 0x08;
        }
        self.load_const(Const::Code(code));
        self.emit(Instruction::MakeFunction(flags));
        Ok(())
    }

    // ---- the fblock stack ----

    pub(crate) fn push_fblock(&mut self, block: FBlock<'a>) {
        self.unit().fblocks.push(block);
    }

    pub(crate) fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    /// Emit the clean-up for leaving one enclosing construct early (compile.c's
    /// `compiler_unwind_fblock`). With `preserve_tos` the value on top of the stack (a
    /// return value) survives.
    fn unwind_fblock(&mut self, block: FBlock<'a>, preserve_tos: bool) -> CResult {
        use Instruction as I;
        match block {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler | FBlock::ExceptStarHandler => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(I::RotTwo);
                }
                self.emit(I::PopTop);
            }
            FBlock::TryExcept => self.emit(I::PopBlock),
            FBlock::FinallyTry(finalbody) => {
                self.emit(I::PopBlock);
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue);
                }
                let saved = self.loc;
                self.stmts(finalbody)?;
                self.loc = saved;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlock::FinallyEnd => {
                // The exception under the preserved value.
                if preserve_tos {
                    self.emit(I::RotTwo);
                }
                self.emit(I::PopTop);
                self.emit(I::PopExcept);
            }
            FBlock::With(loc) | FBlock::AsyncWith(loc) => {
                let is_async = matches!(block, FBlock::AsyncWith(_));
                self.emit(I::PopBlock);
                if preserve_tos {
                    self.emit(I::RotTwo);
                }
                self.with_loc(loc, |c| {
                    c.call_exit_with_nones();
                    if is_async {
                        c.emit_await(2);
                    }
                    c.emit(I::PopTop);
                });
            }
            FBlock::HandlerCleanup(name) => {
                if name.is_some() {
                    self.emit(I::PopBlock);
                }
                self.emit(I::PopExcept);
                if let Some(name) = name {
                    self.load_const(Const::None);
                    self.name_op(name, NameCtx::Store)?;
                    self.name_op(name, NameCtx::Del)?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(I::RotTwo);
                }
                self.emit(I::PopTop);
            }
        }
        Ok(())
    }

    /// Unwind every enclosing construct, innermost first, stopping at a loop when
    /// `stop_at_loop` (compile.c's `compiler_unwind_fblock_stack`); returns that loop.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.unit_ref().fblocks.last().copied() else {
            return Ok(None);
        };
        if matches!(top, FBlock::ExceptStarHandler) {
            return Err(
                self.error("'break', 'continue' and 'return' cannot appear in an except* block")
            );
        }
        if stop_at_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        // The finally body being inlined must not see its own block.
        self.pop_fblock();
        let result = self
            .unwind_fblock(top, preserve_tos)
            .and_then(|()| self.unwind_fblock_stack(preserve_tos, stop_at_loop));
        self.push_fblock(top);
        result
    }

    /// `__exit__(None, None, None)` with `__exit__` on top of the stack, called as CPython
    /// 3.11 does: in the method slot, the first None in the self slot, so the bound
    /// `__exit__` stays whole (and keeps its reference to the manager) during the call.
    /// A SyntaxError unless compiling the body of an `async def`.
    fn check_async(&mut self, msg: &str) -> CResult {
        let scope = &self.table.scopes[self.unit_ref().scope];
        if self.in_function() && scope.is_coroutine {
            return Ok(());
        }
        Err(self.error(msg))
    }

    /// `await` on the top of the stack (`what` as `GetAwaitable`'s argument).
    fn emit_await(&mut self, what: u32) {
        self.emit(Instruction::GetAwaitable(what));
        self.load_const(Const::None);
        self.emit(Instruction::YieldFrom);
    }

    fn call_exit_with_nones(&mut self) {
        self.load_const(Const::None);
        self.emit(Instruction::DupTop);
        self.emit(Instruction::DupTop);
        self.emit(Instruction::CallMethod(2));
    }

    /// Whether the current unit compiles names as fast locals (a function scope).
    fn in_function(&self) -> bool {
        self.scope_kind() == ScopeKind::Function
    }
}

fn total_args(unit: &Unit<'_>) -> usize {
    (unit.argcount
        + unit.kwonlyargcount
        + unit.flags.varargs as u32
        + unit.flags.varkeywords as u32) as usize
}

/// Constant-pool identity: same type and same value (floats by bits, so `0.0` and `-0.0`
/// stay apart), as CPython's `_PyCode_ConstantKey`. Equal code objects merge too, as in
/// CPython (a `finally` body is compiled twice, but its nested functions share one code
/// object).
fn same_const(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
        (Const::Bool(x), Const::Bool(y)) => x == y,
        (Const::Int(x), Const::Int(y)) => x == y,
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Complex(a, b), Const::Complex(x, y)) => {
            a.to_bits() == x.to_bits() && b.to_bits() == y.to_bits()
        }
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::Tuple(x), Const::Tuple(y)) | (Const::FrozenSet(x), Const::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_const(p, q))
        }
        (Const::Code(x), Const::Code(y)) => Rc::ptr_eq(x, y) || same_code(x, y),
        _ => false,
    }
}

/// Structural equality of two code objects (CPython's `code_richcompare`).
fn same_code(a: &CodeObject, b: &CodeObject) -> bool {
    a.name == b.name
        && a.qualname == b.qualname
        && a.first_line == b.first_line
        && a.instructions == b.instructions
        && a.locations == b.locations
        && a.consts.len() == b.consts.len()
        && a.consts
            .iter()
            .zip(&b.consts)
            .all(|(p, q)| same_const(p, q))
        && a.names == b.names
        && a.varnames == b.varnames
        && a.cellvars == b.cellvars
        && a.freevars == b.freevars
        && a.cell2arg == b.cell2arg
        && (a.argcount, a.posonlyargcount, a.kwonlyargcount)
            == (b.argcount, b.posonlyargcount, b.kwonlyargcount)
        && a.flags == b.flags
        && a.docstring == b.docstring
}

/// The AST constant as a code-object constant.
pub(crate) fn to_const(value: &ast::Constant) -> Const {
    match value {
        ast::Constant::None => Const::None,
        ast::Constant::Bool(b) => Const::Bool(*b),
        ast::Constant::Int(i) => Const::Int(i.clone()),
        ast::Constant::Float(f) => Const::Float(*f),
        ast::Constant::Complex(re, im) => Const::Complex(*re, *im),
        ast::Constant::Str(s) => Const::Str(s.clone()),
        ast::Constant::Bytes(b) => Const::Bytes(b.clone()),
        ast::Constant::Ellipsis => Const::Ellipsis,
    }
}
