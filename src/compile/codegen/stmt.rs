//! Statements: CPython 3.10 `compile.c`'s `compiler_visit_stmt` and the functions it calls.
//!
//! Exception handling uses the block stack. refpy's handlers receive one stack item (the
//! exception), so where compile.c pops three items (type, value, traceback) this code pops
//! one, and `JumpIfNotExcMatch` leaves the exception in place (no `DupTop` before the type
//! test). The previously handled exception lives in the except-handler block, not on the
//! value stack, so no `RotFour` is needed to reach under it.

use std::rc::Rc;

use super::{CResult, Compiler, FBlock, Label, NameCtx, UnitKind};
use crate::bytecode::{CodeObject, Const, Instruction as I};
use crate::syntax::ast::*;

/// The docstring of a body: its first statement, if it is a string literal expression.
fn docstring_of(body: &[Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}

/// compile.c's `find_ann`: does the body (outside nested scopes) hold an annotated assignment?
fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            find_ann(body)
                || find_ann(orelse)
                || find_ann(finalbody)
                || handlers.iter().any(|h| find_ann(&h.body))
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    pub(crate) fn stmts(&mut self, stmts: &'a [Stmt]) -> CResult {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    /// A module or class body (compile.c's `compiler_body`): `SetupAnnotations` if needed,
    /// the docstring stored as `__doc__`, then the statements.
    pub(crate) fn body_with_docstring(&mut self, body: &'a [Stmt]) -> CResult {
        if find_ann(body) {
            if let Some(first) = body.first() {
                self.loc = first.loc;
            }
            self.emit(I::SetupAnnotations);
        }
        let mut rest = body;
        if let (Some(doc), Some(first)) = (docstring_of(body), body.first()) {
            self.loc = first.loc;
            self.unit().docstring = Some(doc.to_string());
            self.load_const(Const::Str(doc.to_string()));
            self.name_op("__doc__", NameCtx::Store)?;
            rest = &body[1..];
        }
        self.stmts(rest)
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.loc = s.loc;
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f),
            StmtKind::ClassDef(c) => self.class_def(s, c),
            StmtKind::Return(value) => self.return_stmt(value.as_ref()),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.delete_target(t)),
            StmtKind::Assign { targets, value } => {
                if let [target] = targets.as_slice() {
                    if let Some((values, names)) = parallel_assignment(target, value) {
                        return self.assign_without_tuple(values, names);
                    }
                }
                self.expr(value)?;
                for (i, target) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(I::DupTop);
                    }
                    self.store_target(target)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: false,
            } => self.for_stmt(target, iter, body, orelse),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: true,
            } => self.async_for_stmt(target, iter, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.bind(next);
                } else {
                    let end = self.new_label();
                    self.emit_jump(I::Jump, end);
                    self.bind(next);
                    self.stmts(orelse)?;
                    self.bind(end);
                }
                Ok(())
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.with_stmt(s, items, body, *is_async),
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(exc) = exc {
                    self.expr(exc)?;
                    n += 1;
                    if let Some(cause) = cause {
                        self.expr(cause)?;
                        n += 1;
                    }
                }
                self.emit(I::RaiseVarargs(n));
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Assert { test, msg } => {
                // compile.c's compiler_assert (not skipped: refpy has no -O).
                // A non-empty tuple is always true: `assert (x, 'msg')` (CPython warns
                // even under -O).
                if matches!(&test.kind, ExprKind::Tuple { elts, .. } if !elts.is_empty()) {
                    self.warn("assertion is always true, perhaps remove parentheses?".to_string());
                }
                let end = self.new_label();
                self.jump_if(test, end, true)?;
                self.emit(I::LoadAssertionError);
                if let Some(msg) = msg {
                    self.expr(msg)?;
                    self.emit(I::Call(1));
                }
                self.emit(I::RaiseVarargs(1));
                self.bind(end);
                Ok(())
            }
            StmtKind::Import(names) => names.iter().try_for_each(|alias| self.import(alias)),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::Expr(value) => {
                if self.mode == super::Mode::Single && self.unit_ref().kind == UnitKind::Module {
                    self.expr(value)?;
                    self.emit(I::PrintExpr);
                } else if !matches!(value.kind, ExprKind::Constant(_)) {
                    self.expr(value)?;
                    self.emit(I::PopTop);
                }
                Ok(())
            }
            StmtKind::Break => {
                let Some(loop_block) = self.unwind_fblock_stack(false, true)? else {
                    return Err(self.error("'break' outside loop"));
                };
                self.unwind_fblock(loop_block, false)?;
                if let FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } = loop_block {
                    self.emit_jump(I::Jump, exit);
                }
                Ok(())
            }
            StmtKind::Continue => {
                let Some(FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. }) =
                    self.unwind_fblock_stack(false, true)?
                else {
                    return Err(self.error("'continue' not properly in loop"));
                };
                self.emit_jump(I::Jump, start);
                Ok(())
            }
        }
    }

    /// compile.c's `compiler_return`.
    fn return_stmt(&mut self, value: Option<&'a Expr>) -> CResult {
        if !self.in_function() {
            return Err(self.error("'return' outside function"));
        }
        let here = &self.table.scopes[self.unit_ref().scope];
        if value.is_some() && here.is_coroutine && here.is_generator {
            return Err(self.error("'return' with value in async generator"));
        }
        let preserve_tos = value.is_some_and(|v| !matches!(v.kind, ExprKind::Constant(_)));
        if let (true, Some(v)) = (preserve_tos, value) {
            self.expr(v)?;
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match value {
            None => self.load_const(Const::None),
            Some(Expr {
                kind: ExprKind::Constant(c),
                loc,
            }) => {
                self.with_loc(*loc, |c2| c2.load_const(super::to_const(c)));
            }
            Some(_) => {}
        }
        self.emit(I::ReturnValue);
        Ok(())
    }

    /// Defaults and keyword-only defaults for a `def` or lambda, pushed in MakeFunction's
    /// order; returns MakeFunction's flags (compile.c's `compiler_default_arguments`).
    pub(crate) fn default_arguments(&mut self, args: &'a Arguments) -> CResult<u32> {
        // `compiler_check_debug_args`: no parameter may be named `__debug__`.
        let mut params = (args.posonlyargs.iter().chain(&args.args))
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        if params.any(|a| a.name == "__debug__") {
            return Err(self.error("cannot assign to __debug__"));
        }
        let mut flags = 0;
        if !args.defaults.is_empty() {
            // All-constant defaults are one constant tuple (the optimizer's
            // `fold_tuple_on_constants`): shared by every function the `def` makes, and
            // kept alive by the code object, which also keeps each item's own constant
            // (the loads the fold replaced added them first).
            match super::expr::constant_tuple(&args.defaults) {
                Some(Const::Tuple(items)) => {
                    for item in &items {
                        self.const_index(item.clone());
                    }
                    self.load_assembled_const(Const::Tuple(items));
                }
                Some(folded) => self.load_const(folded),
                None => {
                    args.defaults.iter().try_for_each(|d| self.expr(d))?;
                    self.emit(I::BuildTuple(args.defaults.len() as u32));
                }
            }
            flags |= 0x01;
        }
        let mut keys = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(default) = default {
                keys.push(Const::Str(self.mangle(&arg.name)));
                self.expr(default)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_folded_const(Const::Tuple(keys));
            self.emit(I::BuildConstKeyMap(n));
            flags |= 0x02;
        }
        Ok(flags)
    }

    /// Evaluate a `def`'s annotations into a flat tuple `(name, annotation, ..., 'return',
    /// ...)` for MakeFunction's 0x04 operand (the function makes it a dict when
    /// `__annotations__` is first read); false when there are none (compile.c's
    /// `compiler_visit_annotations`, including its order: positional, positional-only,
    /// `*args`, keyword-only, `**kwargs`, return).
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> CResult<bool> {
        let params = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg)
            .filter_map(|a| a.annotation.as_ref().map(|ann| (a.name.as_str(), ann)));
        let all: Vec<(&str, &Expr)> = params.chain(returns.map(|r| ("return", r))).collect();
        if all.is_empty() {
            return Ok(false);
        }
        // The peephole optimizer's `fold_tuple_on_constants`: names and constant
        // annotations (all of them, as text, under PEP 563) make one constant tuple,
        // shared with the code object rather than built by each `def`.
        let folded: Option<Vec<Const>> = all
            .iter()
            .map(|(name, ann)| {
                let value = if self.future.annotations {
                    Some(Const::Str(crate::compile::future::unparse(ann)))
                } else {
                    super::expr::constant_value(ann)
                };
                value.map(|v| [Const::Str(self.mangle(name)), v])
            })
            .collect::<Option<Vec<_>>>()
            .map(|pairs| pairs.into_iter().flatten().collect());
        if let Some(items) = folded {
            self.load_assembled_const(Const::Tuple(items));
            return Ok(true);
        }
        for (name, annotation) in &all {
            let mangled = self.mangle(name);
            self.load_const(Const::Str(mangled));
            self.annotation(annotation)?;
        }
        self.emit(I::BuildTuple(2 * all.len() as u32));
        Ok(true)
    }

    /// Push one annotation's value: evaluated, or its source text under
    /// `from __future__ import annotations` (compile.c's `VISIT(c, annexpr, ...)`).
    fn annotation(&mut self, annotation: &'a Expr) -> CResult {
        if self.future.annotations {
            let text = crate::compile::future::unparse(annotation);
            self.with_loc(annotation.loc, |c| c.load_const(Const::Str(text)));
            Ok(())
        } else {
            self.expr(annotation)
        }
    }

    /// Look up the scope the symbol table made for `node`.
    pub(crate) fn child_scope<T>(&self, node: &T) -> CResult<usize> {
        self.table
            .scope_of(node)
            .ok_or_else(|| self.error("internal compiler error: unknown scope"))
    }

    /// Evaluate decorators (before the thing they decorate is built).
    fn decorators(&mut self, decorators: &'a [Expr]) -> CResult {
        decorators.iter().try_for_each(|d| self.expr(d))
    }

    /// Apply decorators innermost-first, each call carrying its decorator's span (3.11).
    fn apply_decorators(&mut self, decorators: &'a [Expr]) {
        let saved = self.loc;
        for decorator in decorators.iter().rev() {
            self.loc = decorator.loc;
            self.emit(I::Call(1));
        }
        self.loc = saved;
    }

    /// compile.c's `compiler_function`.
    fn function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> CResult {
        self.decorators(&f.decorators)?;
        let first_line = f.decorators.first().map_or(s.loc.line, |d| d.loc.line);
        let mut flags = self.default_arguments(&f.args)?;
        if self.annotations(&f.args, f.returns.as_ref())? {
            flags |= 0x04;
        }
        let scope = self.child_scope(f)?;
        let code = self.compile_scope(
            scope,
            &f.name,
            UnitKind::Function,
            first_line,
            Some(&f.args),
            |c| {
                let doc = docstring_of(&f.body);
                // consts[0] is the docstring or None, as CPython.
                c.const_index(doc.map_or(Const::None, |d| Const::Str(d.to_string())));
                c.unit().docstring = doc.map(str::to_string);
                c.stmts(&f.body[doc.is_some() as usize..])
            },
        )?;
        self.loc = s.loc;
        self.make_closure(code, flags)?;
        self.apply_decorators(&f.decorators);
        self.name_op(&f.name, NameCtx::Store)
    }

    /// compile.c's `compiler_class`.
    fn class_def(&mut self, s: &'a Stmt, class: &'a ClassDef) -> CResult {
        self.decorators(&class.decorators)?;
        let first_line = class.decorators.first().map_or(s.loc.line, |d| d.loc.line);
        let scope = self.child_scope(class)?;
        let code: Rc<CodeObject> =
            self.compile_scope(scope, &class.name, UnitKind::Class, first_line, None, |c| {
                c.unit().private = Some(class.name.clone());
                c.name_op("__name__", NameCtx::Load)?;
                c.name_op("__module__", NameCtx::Store)?;
                let qualname = c.unit_ref().qualname.clone();
                c.load_const(Const::Str(qualname));
                c.name_op("__qualname__", NameCtx::Store)?;
                c.body_with_docstring(&class.body)?;
                // Return the __class__ cell (stored as __classcell__) if a method needs it.
                if c.table.scopes[scope].needs_class_closure {
                    let index = c.cell_index("__class__", true)?;
                    c.emit(I::LoadClosure(index));
                    c.emit(I::DupTop);
                    c.name_op("__classcell__", NameCtx::Store)?;
                } else {
                    c.load_const(Const::None);
                }
                c.emit(I::ReturnValue);
                Ok(())
            })?;
        self.loc = s.loc;
        self.emit(I::LoadBuildClass);
        self.make_closure(code, 0)?;
        self.load_const(Const::Str(class.name.clone()));
        self.call_helper(2, &class.bases, &class.keywords)?;
        self.apply_decorators(&class.decorators);
        self.name_op(&class.name, NameCtx::Store)
    }

    /// compile.c's `compiler_augassign`.
    fn aug_assign(&mut self, s: &'a Stmt, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult {
        let saved = std::mem::replace(&mut self.loc, target.loc);
        match &target.kind {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(I::DupTop);
                self.emit_attr(I::LoadAttr, target.loc, target, attr);
            }
            ExprKind::Subscript {
                value: container,
                slice,
                ..
            } => {
                self.expr(container)?;
                self.expr(slice)?;
                self.emit(I::DupTopTwo);
                self.emit(I::BinarySubscr);
            }
            ExprKind::Name { id, .. } => self.name_op(id, NameCtx::Load)?,
            _ => {
                return Err(
                    self.error("'expression' is an illegal expression for augmented assignment")
                )
            }
        }
        self.loc = saved;
        self.expr(value)?;
        self.loc = s.loc;
        self.emit(I::BinaryOp {
            op: super::expr::binary_operator(op),
            inplace: true,
        });
        self.loc = target.loc;
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.emit(I::RotTwo);
                self.emit_attr(I::StoreAttr, target.loc, target, attr);
            }
            ExprKind::Subscript { .. } => {
                self.emit(I::RotThree);
                self.emit(I::StoreSubscr);
            }
            ExprKind::Name { id, .. } => self.name_op(id, NameCtx::Store)?,
            _ => {}
        }
        self.loc = s.loc;
        Ok(())
    }

    /// compile.c's `compiler_annassign`: assign, then record the annotation of a simple
    /// name in a module or class body in `__annotations__`.
    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(value) = value {
            self.expr(value)?;
            self.store_target(target)?;
        }
        let at_namespace_level = matches!(self.unit_ref().kind, UnitKind::Module | UnitKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } if simple && at_namespace_level => {
                self.annotation(annotation)?;
                let index = self.name_index("__annotations__");
                self.emit(I::LoadName(index));
                let mangled = self.mangle(id);
                self.load_const(Const::Str(mangled));
                self.emit(I::StoreSubscr);
            }
            ExprKind::Name { .. } => {}
            ExprKind::Attribute { value: obj, .. } if value.is_none() => {
                self.expr(obj)?;
                self.emit(I::PopTop);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } if value.is_none() => {
                self.expr(obj)?;
                self.emit(I::PopTop);
                self.expr(slice)?;
                self.emit(I::PopTop);
            }
            _ => {}
        }
        if !simple && at_namespace_level && !self.future.annotations {
            self.expr(annotation)?;
            self.emit(I::PopTop);
        }
        Ok(())
    }

    /// compile.c's `compiler_for`.
    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let (start, cleanup, end) = (self.new_label(), self.new_label(), self.new_label());
        let loc = self.loc;
        self.iterable(iter)?;
        self.emit(I::GetIter);
        self.bind(start);
        self.push_fblock(FBlock::ForLoop { start, exit: end });
        self.emit_jump(I::ForIter, cleanup);
        self.store_target(target)?;
        self.stmts(body)?;
        self.emit_backward_jump(start);
        self.loc = loc;
        self.bind(cleanup);
        self.pop_fblock();
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// compile.c's `compiler_async_for`: each step awaits `__anext__()` inside a handler
    /// that ends the loop on StopAsyncIteration (END_ASYNC_FOR).
    fn async_for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        self.check_async("'async for' outside async function")?;
        let (start, except, end) = (self.new_label(), self.new_label(), self.new_label());
        let loc = self.loc;
        self.expr(iter)?;
        self.emit(I::GetAiter);
        self.bind(start);
        self.push_fblock(FBlock::ForLoop { start, exit: end });
        self.emit_jump(I::SetupFinally, except);
        self.emit(I::GetAnext);
        self.emit_await(0);
        self.emit(I::PopBlock);
        self.store_target(target)?;
        self.stmts(body)?;
        self.emit_backward_jump(start);
        self.loc = loc;
        self.bind(except);
        self.pop_fblock();
        self.emit(I::EndAsyncFor);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// compile.c's `compiler_while` (the test is evaluated once per iteration at the top).
    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let (start, anchor, end) = (self.new_label(), self.new_label(), self.new_label());
        let loc = self.loc;
        self.bind(start);
        self.push_fblock(FBlock::WhileLoop { start, exit: end });
        let before = self.warnings.len();
        self.jump_if(test, anchor, false)?;
        // CPython 3.11 compiles the test twice (before the body, and after it for the
        // backward jump), so its warnings come twice; refpy jumps back to the one test.
        let test_warnings = self.warnings[before..].to_vec();
        self.stmts(body)?;
        self.warnings.extend(test_warnings);
        self.emit_backward_jump(start);
        self.loc = loc;
        self.pop_fblock();
        self.bind(anchor);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// compile.c's `compiler_with` and `compiler_async_with`, one item at a time (nested
    /// as `with a: with b:`).
    ///
    /// `BeforeWith` leaves `[exit, enter_result]`; `SetupWith` records the stack depth below
    /// the enter result (as 3.10's SETUP_WITH), so the handler sees `[exit, exc]`. The async
    /// form starts with `BeforeAsyncWith` and awaits the results of `__aenter__` and
    /// `__aexit__`.
    fn with_stmt(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> CResult {
        if is_async {
            self.check_async("'async with' outside async function")?;
        }
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let (handler, exit) = (self.new_label(), self.new_label());
        self.expr(&item.context_expr)?;
        if is_async {
            self.emit(I::BeforeAsyncWith);
            self.emit_await(1);
        } else {
            self.emit(I::BeforeWith);
        }
        self.emit_jump(I::SetupWith, handler);
        self.push_fblock(if is_async {
            FBlock::AsyncWith(s.loc)
        } else {
            FBlock::With(s.loc)
        });
        match &item.optional_vars {
            Some(vars) => self.store_target(vars)?,
            None => self.emit(I::PopTop),
        }
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with_stmt(s, rest, body, is_async)?;
        }
        self.pop_fblock();
        self.loc = s.loc;
        self.emit(I::PopBlock);
        self.call_exit_with_nones();
        if is_async {
            self.emit_await(2);
        }
        self.emit(I::PopTop);
        self.emit_jump(I::Jump, exit);
        // Exceptional exit: [exit, exc].
        self.bind(handler);
        self.emit(I::WithExceptStart);
        if is_async {
            self.emit_await(2);
        }
        let suppress = self.new_label();
        self.emit_jump(I::PopJumpIfTrue, suppress);
        self.emit(I::Reraise);
        self.bind(suppress);
        self.emit(I::PopTop); // the exception
        self.emit(I::PopExcept);
        self.emit(I::PopTop); // __exit__
        self.bind(exit);
        Ok(())
    }

    /// The protected body of a `try` with handlers (`except` or `except*`): the block
    /// set up, the body, then the else body right after it, before the handlers, as in
    /// CPython 3.11 (this order decides which locals get the lower `varnames` slots).
    /// Returns the handlers' label and the end label.
    fn protected_body(&mut self, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<(Label, Label)> {
        let (except, end) = (self.new_label(), self.new_label());
        self.emit_jump(I::SetupFinally, except);
        self.push_fblock(FBlock::TryExcept);
        self.stmts(body)?;
        self.pop_fblock();
        self.keep_line();
        self.emit(I::PopBlock);
        self.stmts(orelse)?;
        self.emit_jump(I::Jump, end);
        Ok((except, end))
    }

    /// compile.c's `compiler_try_except` (3.11 order: body, else, handlers).
    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        if handlers.first().is_some_and(|h| h.star) {
            return self.try_star_except(body, handlers, orelse);
        }
        let (except, end) = self.protected_body(body, orelse)?;
        // Handlers: the exception is on the stack.
        self.bind(except);
        self.push_fblock(FBlock::ExceptionHandler);
        for (i, handler) in handlers.iter().enumerate() {
            self.loc = handler.loc;
            if handler.typ.is_none() && i + 1 < handlers.len() {
                return Err(self.error("default 'except:' must be last"));
            }
            let next = self.new_label();
            if let Some(typ) = &handler.typ {
                self.expr(typ)?;
                self.emit_jump(I::JumpIfNotExcMatch, next);
            }
            match &handler.name {
                Some(name) => {
                    // try: body finally: name = None; del name
                    let cleanup_end = self.new_label();
                    self.name_op(name, NameCtx::Store)?;
                    self.emit_jump(I::SetupFinally, cleanup_end);
                    self.push_fblock(FBlock::HandlerCleanup(Some(name)));
                    self.stmts(&handler.body)?;
                    self.pop_fblock();
                    self.keep_line();
                    self.emit(I::PopBlock);
                    self.emit(I::PopExcept);
                    self.clear_name(name)?;
                    self.emit_jump(I::Jump, end);
                    // The body raised: [exc2].
                    self.bind(cleanup_end);
                    self.clear_name(name)?;
                    self.emit(I::Reraise);
                }
                None => {
                    self.emit(I::PopTop);
                    self.push_fblock(FBlock::HandlerCleanup(None));
                    self.stmts(&handler.body)?;
                    self.pop_fblock();
                    self.keep_line();
                    self.emit(I::PopExcept);
                    self.emit_jump(I::Jump, end);
                }
            }
            self.bind(next);
        }
        self.pop_fblock();
        // No handler matched: [exc].
        self.emit(I::Reraise);
        self.bind(end);
        Ok(())
    }

    /// compile.c's `compiler_try_star_except`. Under the handlers the stack holds the
    /// original exception, the list of what the handlers raised, and the part not matched
    /// yet; each handler takes its match out of that rest with `CheckEgMatch`, and
    /// `PrepReraiseStar` finally combines the list (rest included) into what is re-raised.
    fn try_star_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let (except, end) = self.protected_body(body, orelse)?;
        // [exc] -> [orig, raised, rest]
        self.bind(except);
        self.emit(I::DupTop);
        self.emit(I::BuildList(0));
        self.emit(I::RotTwo);
        for handler in handlers {
            self.loc = handler.loc;
            let (no_match, raised, next) = (self.new_label(), self.new_label(), self.new_label());
            if let Some(typ) = &handler.typ {
                self.expr(typ)?;
            }
            self.emit(I::CheckEgMatch);
            self.emit(I::DupTop);
            self.load_const(Const::None);
            self.emit(I::IsOp(false));
            self.emit_jump(I::PopJumpIfTrue, no_match);
            match &handler.name {
                Some(name) => self.name_op(name, NameCtx::Store)?,
                None => self.emit(I::PopTop),
            }
            self.emit_jump(I::SetupFinally, raised);
            self.push_fblock(FBlock::ExceptStarHandler);
            self.stmts(&handler.body)?;
            self.pop_fblock();
            self.keep_line();
            self.emit(I::PopBlock);
            if let Some(name) = &handler.name {
                self.clear_name(name)?;
            }
            self.emit_jump(I::Jump, next);
            // The body raised: [orig, raised, rest, exc2]; it joins the list.
            self.bind(raised);
            if let Some(name) = &handler.name {
                self.clear_name(name)?;
            }
            self.emit(I::ListAppend(2));
            self.emit(I::PopExcept);
            self.emit_jump(I::Jump, next);
            self.bind(no_match);
            self.emit(I::PopTop);
            self.bind(next);
        }
        // What no handler matched is re-raised with what they raised.
        let reraise = self.new_label();
        self.emit(I::ListAppend(1));
        self.emit(I::PrepReraiseStar);
        self.emit(I::DupTop);
        self.load_const(Const::None);
        self.emit(I::IsOp(true));
        self.emit_jump(I::PopJumpIfTrue, reraise);
        self.emit(I::PopTop);
        self.emit(I::PopExcept);
        self.emit_jump(I::Jump, end);
        // [exc]
        self.bind(reraise);
        self.emit(I::PopExcept);
        self.emit(I::Reraise);
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name` at the end of `except E as name`.
    fn clear_name(&mut self, name: &'a str) -> CResult {
        self.load_const(Const::None);
        self.name_op(name, NameCtx::Store)?;
        self.name_op(name, NameCtx::Del)
    }

    /// compile.c's `compiler_try_finally`: the finally body is emitted twice, once for the
    /// normal path and once as the handler (which re-raises).
    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        let (handler, exit) = (self.new_label(), self.new_label());
        self.emit_jump(I::SetupFinally, handler);
        self.push_fblock(FBlock::FinallyTry(finalbody));
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.pop_fblock();
        self.keep_line();
        self.emit(I::PopBlock);
        self.stmts(finalbody)?;
        self.emit_jump(I::Jump, exit);
        // Exceptional path: [exc].
        self.bind(handler);
        self.push_fblock(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.emit(I::Reraise);
        self.bind(exit);
        Ok(())
    }

    /// compile.c's `compiler_import`: `import a.b.c` binds `a`; `import a.b.c as d` walks
    /// the attributes with `ImportFrom` and binds the last one.
    fn import(&mut self, alias: &'a Alias) -> CResult {
        self.load_const(Const::Int(0.into()));
        self.load_const(Const::None);
        let index = self.name_index(&alias.name);
        self.emit(I::ImportName(index));
        match &alias.asname {
            Some(asname) => {
                let mut parts = alias.name.split('.').skip(1).peekable();
                if parts.peek().is_none() {
                    return self.name_op(asname, NameCtx::Store);
                }
                while let Some(attr) = parts.next() {
                    let index = self.name_index(attr);
                    self.emit(I::ImportFrom(index));
                    if parts.peek().is_some() {
                        self.emit(I::RotTwo);
                        self.emit(I::PopTop);
                    }
                }
                self.name_op(asname, NameCtx::Store)?;
                self.emit(I::PopTop);
                Ok(())
            }
            None => {
                let top = alias.name.split('.').next().unwrap_or(&alias.name);
                self.name_op(top, NameCtx::Store)
            }
        }
    }

    /// compile.c's `compiler_from_import`.
    fn import_from(&mut self, module: Option<&'a str>, names: &'a [Alias], level: u32) -> CResult {
        if module == Some("__future__") && self.loc.line > self.future.last_line {
            return Err(
                self.error("from __future__ imports must occur at the beginning of the file")
            );
        }
        self.load_const(Const::Int(level.into()));
        let fromlist = names.iter().map(|a| Const::Str(a.name.clone())).collect();
        self.load_folded_const(Const::Tuple(fromlist));
        let index = self.name_index(module.unwrap_or(""));
        self.emit(I::ImportName(index));
        for alias in names {
            if alias.name == "*" {
                self.emit(I::ImportStar);
                return Ok(());
            }
            let index = self.name_index(&alias.name);
            self.emit(I::ImportFrom(index));
            self.name_op(
                alias.asname.as_deref().unwrap_or(&alias.name),
                NameCtx::Store,
            )?;
        }
        self.emit(I::PopTop);
        Ok(())
    }
}

/// The values and targets of `a, b = x, y` (one target list, up to three items on each
/// side, nothing starred, values not all constants), which CPython 3.11 assigns without
/// building the tuple.
fn parallel_assignment<'e>(target: &'e Expr, value: &'e Expr) -> Option<(&'e [Expr], &'e [Expr])> {
    let ExprKind::Tuple { elts: values, .. } = &value.kind else {
        return None;
    };
    let (ExprKind::Tuple { elts: targets, .. } | ExprKind::List { elts: targets, .. }) =
        &target.kind
    else {
        return None;
    };
    let starred = |e: &Expr| matches!(e.kind, ExprKind::Starred { .. });
    let plain = (1..=3).contains(&values.len())
        && values.len() == targets.len()
        && !values.iter().chain(targets).any(starred)
        && super::expr::constant_tuple(values).is_none();
    plain.then_some((values, targets))
}

impl<'a> Compiler<'a> {
    /// `a, b = x, y`: CPython 3.11's peephole turns `BUILD_TUPLE n; UNPACK_SEQUENCE n`
    /// into `SWAP n` (no tuple is made: nothing for `gc.get_count()` to see), and its
    /// `apply_static_swaps` then drops the swap when the stores are to distinct fast
    /// locals on one line, storing in reverse order instead: which old value goes first
    /// shows in the order of `__del__` calls.
    fn assign_without_tuple(&mut self, values: &'a [Expr], targets: &'a [Expr]) -> CResult {
        values.iter().try_for_each(|v| self.expr(v))?;
        // `SWAP n` out of rotations: `SWAP 2` is `ROT_TWO`, `SWAP 3` is `ROT_THREE`
        // then `ROT_TWO`.
        let swap_at = self.unit().instructions.len();
        match values.len() {
            2 => self.emit(I::RotTwo),
            3 => {
                self.emit(I::RotThree);
                self.emit(I::RotTwo);
            }
            _ => {}
        }
        let stores_at = self.unit().instructions.len();
        targets.iter().try_for_each(|t| self.store_target(t))?;
        let unit = self.unit();
        let stores = &unit.instructions[stores_at..];
        let lines = &unit.locations[stores_at..];
        let slots: Vec<u32> = stores
            .iter()
            .filter_map(|i| match i {
                I::StoreFast(slot) => Some(*slot),
                _ => None,
            })
            .collect();
        let static_swap = swap_at < stores_at
            && slots.len() == targets.len()
            && stores.len() == targets.len()
            && lines.iter().all(|l| l.line == lines[0].line)
            && slots
                .iter()
                .enumerate()
                .all(|(i, s)| !slots[..i].contains(s));
        if static_swap {
            // Only the stores follow the rotations (no label is bound among them).
            let instructions: Vec<_> = unit.instructions.drain(stores_at..).rev().collect();
            let locations: Vec<_> = unit.locations.drain(stores_at..).rev().collect();
            unit.instructions.truncate(swap_at);
            unit.locations.truncate(swap_at);
            unit.instructions.extend(instructions);
            unit.locations.extend(locations);
        }
        Ok(())
    }
}
