//! Symbol tables: which scope owns each name, as CPython's `Python/symtable.c`.
//!
//! The pass has two halves, exactly like symtable.c:
//!
//! 1. **Collection** (`Builder`): one walk of the AST creates a [`Scope`] per module, class
//!    body, function, lambda and comprehension, and records for each name *how* the scope
//!    uses it: bound (assigned, imported, a parameter), used, declared `global` or
//!    `nonlocal`. Declarations are checked here (`name 'x' is parameter and global`, ...).
//! 2. **Analysis** (`analyze_block`, CPython's `analyze_block`): a second walk over the
//!    scope tree, top down with the set of names bound in enclosing functions (`bound`) and
//!    the names declared global (`global`), bottom up with the names children need from
//!    outside (`free`). A name bound in a function and needed free by a child becomes a
//!    *cell*; a free name passes through every scope between its use and its binding
//!    (those scopes list it as *free* too, so the closure can be threaded through them).
//!
//! Rules that must match CPython exactly, because programs observe them:
//! - Class bodies do not bind names for the functions inside them: a method's free names
//!   skip the class scope (`analyze_block` passes the class's *parent* `bound` down). A name
//!   both local to the class and free in a method is marked `DEF_FREE_CLASS` so the class
//!   still threads the closure through (its own uses stay `LoadName`).
//! - A method that says `super` or `__class__` makes `__class__` free; the class body then
//!   drops it and creates an implicit `__class__` cell (`needs_class_closure`).
//! - A comprehension is its own function scope with one parameter `.0`, but its outermost
//!   iterable is evaluated (and so recorded) in the enclosing scope. A walrus inside a
//!   comprehension binds in the nearest enclosing function (or module) scope
//!   (`symtable_extend_namedexpr_scope`).
//! - Parameters are recorded in order in [`Scope::params`]; they open `co_varnames`.

use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;

use super::{mangle, syntax_error};
use crate::syntax::ast::*;
use crate::syntax::SyntaxErrorInfo;

/// Index of a scope in [`SymbolTable::scopes`]; the module is scope 0.
pub type ScopeId = usize;

/// What kind of code a scope compiles to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    /// A `def`, a lambda or a comprehension (CPython's `FunctionBlock`).
    Function,
}

/// Where a name lives, once analysed (CPython's `LOCAL`, `GLOBAL_EXPLICIT`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolScope {
    /// Not seen by the symbol table (e.g. `__module__`, stored by generated code).
    Unknown,
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Used but never bound in any enclosing function.
    GlobalImplicit,
    /// Bound in an enclosing function.
    Free,
    /// Local, and captured by an inner scope.
    Cell,
}

/// How a scope uses a name: the `DEF_*` bits of symtable.h.
pub mod def {
    pub const GLOBAL: u32 = 1;
    pub const LOCAL: u32 = 1 << 1;
    pub const PARAM: u32 = 1 << 2;
    pub const NONLOCAL: u32 = 1 << 3;
    pub const USE: u32 = 1 << 4;
    pub const FREE_CLASS: u32 = 1 << 5;
    pub const IMPORT: u32 = 1 << 6;
    pub const ANNOT: u32 = 1 << 7;
    pub const COMP_ITER: u32 = 1 << 8;
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

/// One name in one scope.
#[derive(Clone, Copy, Debug)]
pub struct Symbol {
    /// `def::*` bits.
    pub flags: u32,
    pub scope: SymbolScope,
}

/// One module, class body, function, lambda or comprehension.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `<module>`, the class or function name, `<lambda>`, `<listcomp>`...
    pub name: String,
    /// Every name the scope mentions, in order of first mention (already mangled).
    pub symbols: IndexMap<String, Symbol>,
    /// Parameter names in `co_varnames` order.
    pub params: Vec<String>,
    /// Nested scopes in source order.
    pub children: Vec<ScopeId>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub is_comprehension: bool,
    /// A class body whose methods use `super` or `__class__`.
    pub needs_class_closure: bool,
    /// Where each `global` / `nonlocal` declaration was (for error positions).
    directives: HashMap<String, Loc>,
    /// Depth of comprehension-iterable expressions being visited in this scope.
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: String) -> Scope {
        Scope {
            kind,
            name,
            symbols: IndexMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            is_comprehension: false,
            needs_class_closure: false,
            directives: HashMap::new(),
            comp_iter_expr: 0,
        }
    }

    /// The analysed scope of an (already mangled) name.
    pub fn lookup(&self, name: &str) -> SymbolScope {
        self.symbols
            .get(name)
            .map_or(SymbolScope::Unknown, |s| s.scope)
    }

    /// The `def::*` flags of an (already mangled) name, 0 if unknown.
    pub fn flags(&self, name: &str) -> u32 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    /// Names with `scope` (or any of `flag`), sorted: CPython's `dictbytype`, which fixes
    /// the order of `co_cellvars` and `co_freevars`.
    pub fn names_by_type(&self, scope: SymbolScope, flag: u32) -> Vec<String> {
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == scope || s.flags & flag != 0)
            .map(|(n, _)| n.clone())
            .collect();
        names.sort();
        names
    }
}

/// The analysed scopes of one module.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

/// The identity of an AST node: its address (stable while the module is borrowed).
pub(crate) fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymbolTable {
    /// Build and analyse the symbol table of a module.
    pub fn build(module: &Module, filename: &str) -> Result<SymbolTable, SyntaxErrorInfo> {
        Self::build_future(module, filename, false)
    }

    /// [`SymbolTable::build`] for a module under `from __future__ import annotations`
    /// when `future_annotations`: annotations are then an annotation block of their own.
    pub fn build_future(
        module: &Module,
        filename: &str,
        future_annotations: bool,
    ) -> Result<SymbolTable, SyntaxErrorInfo> {
        let mut builder = Builder {
            future_annotations,
            annotation_scope: None,
            table: SymbolTable {
                scopes: vec![Scope::new(ScopeKind::Module, "top".into())],
                by_node: HashMap::new(),
            },
            stack: vec![0],
            private: None,
            comp_iter_target: false,
            filename,
        };
        for stmt in &module.body {
            builder.visit_stmt(stmt)?;
        }
        let mut table = builder.table;
        analyze_block(&mut table, 0, None, HashSet::new(), filename)?;
        Ok(table)
    }

    /// The scope created for a `FunctionDef`, `ClassDef`, or lambda/comprehension `Expr`.
    pub fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&node_key(node)).copied()
    }
}

/// The collection walk (symtable.c's `symtable_visit_*`).
struct Builder<'f> {
    table: SymbolTable,
    /// Open scopes, innermost last.
    stack: Vec<ScopeId>,
    /// The enclosing class name, for mangling (`st_private`).
    private: Option<String>,
    /// Visiting a comprehension's `for` target (`ste_comp_iter_target`).
    comp_iter_target: bool,
    filename: &'f str,
    /// `CO_FUTURE_ANNOTATIONS`: annotations are visited as an `AnnotationBlock`.
    future_annotations: bool,
    /// The scope whose annotation is being visited under PEP 563, where `yield`, `await`
    /// and `:=` are refused (a lambda or comprehension inside is a scope of its own).
    annotation_scope: Option<ScopeId>,
}

type Res = Result<(), SyntaxErrorInfo>;

impl Builder<'_> {
    fn cur(&self) -> ScopeId {
        *self.stack.last().expect("the module scope is never popped")
    }

    fn cur_scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.table.scopes[id]
    }

    fn error(&self, msg: String, loc: Loc) -> SyntaxErrorInfo {
        syntax_error(msg, self.filename, loc)
    }

    /// `symtable_visit_annotation`: under PEP 563 an annotation is its own block.
    fn visit_annotation<'e>(&mut self, exprs: impl IntoIterator<Item = &'e Expr>) -> Res {
        let saved = self.annotation_scope;
        if self.future_annotations {
            self.annotation_scope = Some(self.cur());
        }
        let r = self.visit_exprs(exprs);
        self.annotation_scope = saved;
        r
    }

    /// `symtable_raise_if_annotation_block`.
    fn refuse_in_annotation(&self, what: &str, loc: Loc) -> Res {
        if self.annotation_scope == Some(self.cur()) {
            return Err(self.error(
                format!("'{what}' can not be used within an annotation"),
                loc,
            ));
        }
        Ok(())
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.private.as_deref(), name)
    }

    /// `symtable_add_def_helper`: record a use of `name` in scope `id`.
    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u32, loc: Loc) -> Res {
        let name = self.mangled(name);
        let scope = &mut self.table.scopes[id];
        let entry = scope.symbols.entry(name.clone()).or_insert(Symbol {
            flags: 0,
            scope: SymbolScope::Unknown,
        });
        if flag & def::PARAM != 0 {
            if entry.flags & def::PARAM != 0 {
                return Err(self.error(
                    format!("duplicate argument '{name}' in function definition"),
                    loc,
                ));
            }
            scope.params.push(name.clone());
        }
        entry.flags |= flag;
        Ok(())
    }

    fn add_def(&mut self, name: &str, flag: u32, loc: Loc) -> Res {
        self.add_def_in(self.cur(), name, flag, loc)
    }

    fn enter_block<T>(&mut self, kind: ScopeKind, name: &str, node: &T) {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, name.to_string()));
        let parent = self.cur();
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(node_key(node), id);
        self.stack.push(id);
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    fn visit_stmts(&mut self, stmts: &[Stmt]) -> Res {
        stmts.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_exprs<'e>(&mut self, exprs: impl IntoIterator<Item = &'e Expr>) -> Res {
        exprs.into_iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Res {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, def::LOCAL, s.loc)?;
                self.visit_defaults(&f.args)?;
                self.visit_annotations(&f.args, f.returns.as_ref())?;
                self.visit_exprs(&f.decorators)?;
                self.enter_block(ScopeKind::Function, &f.name, &**f);
                self.cur_scope().is_coroutine = f.is_async;
                self.visit_params(&f.args)?;
                self.visit_stmts(&f.body)?;
                self.exit_block();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, def::LOCAL, s.loc)?;
                self.visit_exprs(&c.bases)?;
                self.visit_exprs(c.keywords.iter().map(|k| &k.value))?;
                self.visit_exprs(&c.decorators)?;
                self.enter_block(ScopeKind::Class, &c.name, &**c);
                let saved = self.private.replace(c.name.clone());
                let result = self.visit_stmts(&c.body);
                self.private = saved;
                result?;
                self.exit_block();
            }
            StmtKind::Return(value) => self.visit_exprs(value)?,
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.visit_target(t))?,
            StmtKind::Assign { targets, value } => {
                targets.iter().try_for_each(|t| self.visit_target(t))?;
                self.visit_expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_target(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let mangled = self.mangled(id);
                    let cur = self.cur_scope().flags(&mangled);
                    if cur & (def::GLOBAL | def::NONLOCAL) != 0 && *simple && self.cur() != 0 {
                        let what = if cur & def::GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(
                            self.error(format!("annotated name '{id}' can't be {what}"), s.loc)
                        );
                    }
                    if *simple {
                        self.add_def(id, def::ANNOT | def::LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(id, def::LOCAL, target.loc)?;
                    }
                } else {
                    self.visit_target(target)?;
                }
                self.visit_annotation([annotation])?;
                self.visit_exprs(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_target(target)?;
                self.visit_expr(iter)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(vars) = &item.optional_vars {
                        self.visit_target(vars)?;
                    }
                }
                self.visit_stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for case in cases {
                    self.visit_pattern(&case.pattern)?;
                    self.visit_exprs(&case.guard)?;
                    self.visit_stmts(&case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.visit_exprs(exc)?;
                self.visit_exprs(cause)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
                for h in handlers {
                    self.visit_exprs(&h.typ)?;
                    if let Some(name) = &h.name {
                        self.add_def(name, def::LOCAL, h.loc)?;
                    }
                    self.visit_stmts(&h.body)?;
                }
                self.visit_stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                self.visit_exprs(msg)?;
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    self.visit_alias(alias)?;
                }
            }
            StmtKind::Global(names) => {
                self.visit_declaration(names, def::GLOBAL, "global", s.loc)?
            }
            StmtKind::Nonlocal(names) => {
                self.visit_declaration(names, def::NONLOCAL, "nonlocal", s.loc)?
            }
            StmtKind::Expr(e) => self.visit_expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    /// `global` / `nonlocal` (symtable.c's `Global_kind` / `Nonlocal_kind` cases).
    fn visit_declaration(&mut self, names: &[String], flag: u32, what: &str, loc: Loc) -> Res {
        for name in names {
            let mangled = self.mangled(name);
            let cur = self.cur_scope().flags(&mangled);
            if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                let msg = if cur & def::PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & def::USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & def::ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(self.error(msg, loc));
            }
            self.add_def(name, flag, loc)?;
            self.cur_scope().directives.entry(mangled).or_insert(loc);
        }
        Ok(())
    }

    /// `import a.b` binds `a`; `import a.b as c` and `from m import x as c` bind `c`.
    fn visit_alias(&mut self, alias: &Alias) -> Res {
        if alias.name == "*" {
            if self.cur_scope().kind != ScopeKind::Module {
                return Err(self.error("import * only allowed at module level".into(), alias.loc));
            }
            return Ok(());
        }
        let bound = match &alias.asname {
            Some(asname) => asname.as_str(),
            None => alias.name.split('.').next().unwrap_or(&alias.name),
        };
        self.add_def(bound, def::IMPORT, alias.loc)
    }

    fn visit_defaults(&mut self, args: &Arguments) -> Res {
        self.visit_exprs(&args.defaults)?;
        self.visit_exprs(args.kw_defaults.iter().flatten())
    }

    fn visit_annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> Res {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        self.visit_annotation(all.filter_map(|a| a.annotation.as_ref()).chain(returns))
    }

    /// Parameters in `co_varnames` order: positional-only, positional, keyword-only, `*args`,
    /// `**kwargs` (symtable.c's `symtable_visit_arguments`).
    fn visit_params(&mut self, args: &Arguments) -> Res {
        let ordered = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwarg);
        for arg in ordered {
            self.add_def(&arg.name, def::PARAM, arg.loc)?;
        }
        Ok(())
    }

    /// An assignment or deletion target: names are bound whatever their `ctx` says.
    fn visit_target(&mut self, e: &Expr) -> Res {
        match &e.kind {
            ExprKind::Name { id, .. } => {
                let flag = if self.comp_iter_target {
                    def::LOCAL | def::COMP_ITER
                } else {
                    def::LOCAL
                };
                self.add_def(id, flag, e.loc)
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                elts.iter().try_for_each(|t| self.visit_target(t))
            }
            ExprKind::Starred { value, .. } => self.visit_target(value),
            _ => self.visit_expr(e),
        }
    }

    fn visit_expr(&mut self, e: &Expr) -> Res {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                self.refuse_in_annotation("named expression", e.loc)?;
                if self.cur_scope().comp_iter_expr > 0 {
                    return Err(self.error(
                        "assignment expression cannot be used in a comprehension iterable expression".into(),
                        e.loc,
                    ));
                }
                self.visit_expr(value)?;
                if self.cur_scope().is_comprehension {
                    self.extend_namedexpr_scope(target)?;
                }
                self.visit_target(target)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_defaults(args)?;
                self.enter_block(ScopeKind::Function, "<lambda>", e);
                self.visit_params(args)?;
                self.visit_expr(body)?;
                self.exit_block();
            }
            ExprKind::IfExp { test, body, orelse } => self.visit_exprs([&**test, body, orelse])?,
            ExprKind::Dict { keys, values } => {
                self.visit_exprs(keys.iter().flatten())?;
                self.visit_exprs(values)?;
            }
            ExprKind::Set(elts) => self.visit_exprs(elts)?,
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, "<listcomp>", generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(e, "<setcomp>", generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, "<genexpr>", generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(e, "<dictcomp>", generators, key, Some(value))?,
            ExprKind::Await(value) => {
                self.refuse_in_annotation("await expression", e.loc)?;
                // An `await` makes a comprehension asynchronous (awaited where it runs).
                let scope = self.cur_scope();
                if scope.is_comprehension {
                    scope.is_coroutine = true;
                }
                self.visit_expr(value)?
            }
            ExprKind::Yield(value) => {
                self.refuse_in_annotation("yield expression", e.loc)?;
                self.visit_exprs(value.as_deref())?;
                self.mark_generator(e.loc)?;
            }
            ExprKind::YieldFrom(value) => {
                self.refuse_in_annotation("yield expression", e.loc)?;
                self.visit_expr(value)?;
                self.mark_generator(e.loc)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                self.visit_exprs(keywords.iter().map(|k| &k.value))?;
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                self.visit_exprs(format_spec.as_deref())?;
            }
            ExprKind::JoinedStr(values) => self.visit_exprs(values)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred { value, ctx } => {
                if *ctx == Ctx::Load {
                    self.visit_expr(value)?
                } else {
                    self.visit_target(value)?
                }
            }
            ExprKind::Name { id, ctx } => {
                if *ctx == Ctx::Load {
                    self.add_def(id, def::USE, e.loc)?;
                    // symtable.c: "Special-case super: it counts as a use of __class__".
                    if id == "super" && self.cur_scope().kind == ScopeKind::Function {
                        self.add_def("__class__", def::USE, e.loc)?;
                    }
                } else {
                    self.visit_target(e)?;
                }
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                if *ctx == Ctx::Load {
                    self.visit_exprs(elts)?
                } else {
                    self.visit_target(e)?
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                self.visit_exprs([lower, upper, step].into_iter().flatten().map(|b| &**b))?
            }
        }
        Ok(())
    }

    /// `yield` makes the enclosing function a generator; inside a comprehension it is an error.
    fn mark_generator(&mut self, loc: Loc) -> Res {
        let scope = self.cur_scope();
        scope.is_generator = true;
        if scope.is_comprehension {
            let what = match scope.name.as_str() {
                "<listcomp>" => "list comprehension",
                "<setcomp>" => "set comprehension",
                "<dictcomp>" => "dict comprehension",
                _ => "generator expression",
            };
            return Err(self.error(format!("'yield' inside {what}"), loc));
        }
        Ok(())
    }

    /// `symtable_handle_comprehension`: the outermost iterable here, the rest in a new scope.
    fn visit_comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Res {
        let Some((outermost, rest)) = generators.split_first() else {
            return Err(self.error("comprehension without generators".into(), e.loc));
        };
        self.visit_comp_iter(&outermost.iter)?;
        self.enter_block(ScopeKind::Function, name, e);
        {
            let scope = self.cur_scope();
            scope.is_comprehension = true;
            scope.is_coroutine |= generators.iter().any(|g| g.is_async);
            scope.is_generator = name == "<genexpr>";
        }
        self.add_def(".0", def::PARAM, e.loc)?;
        self.visit_comp_target(&outermost.target)?;
        self.visit_exprs(&outermost.ifs)?;
        for generator in rest {
            self.visit_comp_target(&generator.target)?;
            self.visit_comp_iter(&generator.iter)?;
            self.visit_exprs(&generator.ifs)?;
        }
        self.visit_exprs(value)?;
        self.visit_expr(elt)?;
        // An asynchronous comprehension is awaited where it runs: an enclosing
        // comprehension becomes asynchronous too.
        let awaited = self.cur_scope().is_coroutine && name != "<genexpr>";
        self.exit_block();
        let parent = self.cur_scope();
        if awaited && parent.is_comprehension {
            parent.is_coroutine = true;
        }
        Ok(())
    }

    fn visit_comp_target(&mut self, target: &Expr) -> Res {
        self.comp_iter_target = true;
        let result = self.visit_target(target);
        self.comp_iter_target = false;
        result
    }

    fn visit_comp_iter(&mut self, iter: &Expr) -> Res {
        self.cur_scope().comp_iter_expr += 1;
        let result = self.visit_expr(iter);
        self.cur_scope().comp_iter_expr -= 1;
        result
    }

    /// `symtable_extend_namedexpr_scope`: a walrus in a comprehension binds in the nearest
    /// enclosing function (as if `nonlocal`) or module (as if `global`).
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> Res {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        let mangled = self.mangled(id);
        for &scope_id in self.stack.clone().iter().rev() {
            let scope = &self.table.scopes[scope_id];
            if scope.is_comprehension {
                if scope.flags(&mangled) & def::COMP_ITER != 0 {
                    return Err(self.error(
                        format!("assignment expression cannot rebind comprehension iteration variable '{id}'"),
                        target.loc,
                    ));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function => {
                    let flag = if scope.flags(&mangled) & def::GLOBAL != 0 {
                        def::GLOBAL
                    } else {
                        def::NONLOCAL
                    };
                    self.add_def(id, flag, target.loc)?;
                    return self.add_def_in(scope_id, id, def::LOCAL, target.loc);
                }
                ScopeKind::Module => {
                    self.add_def(id, def::GLOBAL, target.loc)?;
                    return self.add_def_in(scope_id, id, def::GLOBAL, target.loc);
                }
                ScopeKind::Class => return Err(self.error(
                    "assignment expression within a comprehension cannot be used in a class body"
                        .into(),
                    target.loc,
                )),
            }
        }
        Ok(())
    }

    fn visit_pattern(&mut self, p: &Pattern) -> Res {
        match &p.kind {
            PatternKind::MatchValue(e) => self.visit_expr(e),
            PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchSequence(patterns) | PatternKind::MatchOr(patterns) => {
                patterns.iter().try_for_each(|q| self.visit_pattern(q))
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.visit_exprs(keys)?;
                patterns.iter().try_for_each(|q| self.visit_pattern(q))?;
                rest.iter()
                    .try_for_each(|name| self.add_def(name, def::LOCAL, p.loc))
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls)?;
                patterns
                    .iter()
                    .chain(kwd_patterns)
                    .try_for_each(|q| self.visit_pattern(q))
            }
            PatternKind::MatchStar(name) => name
                .iter()
                .try_for_each(|n| self.add_def(n, def::LOCAL, p.loc)),
            PatternKind::MatchAs { pattern, name } => {
                if let Some(inner) = pattern {
                    self.visit_pattern(inner)?;
                }
                name.iter()
                    .try_for_each(|n| self.add_def(n, def::LOCAL, p.loc))
            }
        }
    }
}

/// symtable.c's `analyze_block`: resolve every name of scope `id` and its children.
///
/// `bound` holds the names bound in enclosing function scopes (`None` for the module),
/// `global` the names declared global in enclosing scopes. Returns the names this scope and
/// its children need from enclosing scopes (`free`).
fn analyze_block(
    table: &mut SymbolTable,
    id: ScopeId,
    mut bound: Option<HashSet<String>>,
    mut global: HashSet<String>,
    filename: &str,
) -> Result<HashSet<String>, SyntaxErrorInfo> {
    let kind = table.scopes[id].kind;
    let mut free = HashSet::new();
    let mut local = HashSet::new();
    let mut new_bound = HashSet::new();
    let mut new_global = HashSet::new();
    // Class namespaces are invisible to nested functions: pass down what we were given.
    if kind == ScopeKind::Class {
        new_global.extend(global.iter().cloned());
        new_bound.extend(bound.iter().flatten().cloned());
    }
    let names: Vec<(String, u32)> = table.scopes[id]
        .symbols
        .iter()
        .map(|(n, s)| (n.clone(), s.flags))
        .collect();
    let mut scopes: IndexMap<String, SymbolScope> = IndexMap::new();
    for (name, flags) in &names {
        let scope = analyze_name(
            &table.scopes[id],
            name,
            *flags,
            &mut bound,
            &mut local,
            &mut free,
            &mut global,
            filename,
        )?;
        scopes.insert(name.clone(), scope);
    }
    if kind != ScopeKind::Class {
        if kind == ScopeKind::Function {
            new_bound.extend(local.iter().cloned());
        }
        new_bound.extend(bound.iter().flatten().cloned());
        new_global.extend(global.iter().cloned());
    } else {
        new_bound.insert("__class__".to_string());
    }
    let mut new_free = HashSet::new();
    for child in table.scopes[id].children.clone() {
        let child_free = analyze_block(
            table,
            child,
            Some(new_bound.clone()),
            new_global.clone(),
            filename,
        )?;
        new_free.extend(child_free);
    }
    match kind {
        // analyze_cells: a local needed free by a child becomes a cell.
        ScopeKind::Function => {
            for (name, scope) in scopes.iter_mut() {
                if *scope == SymbolScope::Local && new_free.remove(name) {
                    *scope = SymbolScope::Cell;
                }
            }
        }
        // drop_class_free
        ScopeKind::Class => {
            if new_free.remove("__class__") {
                table.scopes[id].needs_class_closure = true;
            }
        }
        ScopeKind::Module => {}
    }
    // update_symbols
    let scope = &mut table.scopes[id];
    for (name, resolved) in scopes {
        if let Some(symbol) = scope.symbols.get_mut(&name) {
            symbol.scope = resolved;
        }
    }
    for name in &new_free {
        if let Some(symbol) = scope.symbols.get_mut(name) {
            // A method's free variable with the same name as a class-level binding.
            if kind == ScopeKind::Class && symbol.flags & (def::BOUND | def::GLOBAL) != 0 {
                symbol.flags |= def::FREE_CLASS;
            }
            continue;
        }
        if bound.as_ref().is_some_and(|b| !b.contains(name)) {
            continue; // a global
        }
        scope.symbols.insert(
            name.clone(),
            Symbol {
                flags: 0,
                scope: SymbolScope::Free,
            },
        );
    }
    free.extend(new_free);
    Ok(free)
}

/// symtable.c's `analyze_name`: decide the scope of one name from its flags.
#[allow(clippy::too_many_arguments)]
fn analyze_name(
    scope: &Scope,
    name: &str,
    flags: u32,
    bound: &mut Option<HashSet<String>>,
    local: &mut HashSet<String>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
    filename: &str,
) -> Result<SymbolScope, SyntaxErrorInfo> {
    let directive = || scope.directives.get(name).copied().unwrap_or_default();
    if flags & def::GLOBAL != 0 {
        if flags & def::NONLOCAL != 0 {
            return Err(syntax_error(
                format!("name '{name}' is nonlocal and global"),
                filename,
                directive(),
            ));
        }
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(SymbolScope::GlobalExplicit);
    }
    if flags & def::NONLOCAL != 0 {
        let Some(b) = bound else {
            return Err(syntax_error(
                "nonlocal declaration not allowed at module level",
                filename,
                directive(),
            ));
        };
        if !b.contains(name) {
            return Err(syntax_error(
                format!("no binding for nonlocal '{name}' found"),
                filename,
                directive(),
            ));
        }
        free.insert(name.to_string());
        return Ok(SymbolScope::Free);
    }
    if flags & def::BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(SymbolScope::Local);
    }
    if bound.as_ref().is_some_and(|b| b.contains(name)) {
        free.insert(name.to_string());
        return Ok(SymbolScope::Free);
    }
    Ok(SymbolScope::GlobalImplicit)
}
