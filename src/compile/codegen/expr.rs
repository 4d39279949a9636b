//! Expressions and assignment targets: CPython 3.10 `compile.c`'s `compiler_visit_expr1`,
//! `compiler_call_helper`, `starunpack_helper`, `compiler_comprehension` and friends.
//!
//! Every expression is visited through [`Compiler::expr`], which gives the instructions it
//! emits the expression's own span and restores the enclosing span afterwards, so a `Call`
//! or `BinaryOp` emitted after its operands still points at the whole call or operation (the
//! span CPython 3.11 underlines in tracebacks).

use super::{to_const, CResult, Compiler, NameCtx, UnitKind};
use crate::bytecode::{BinaryOperator, CompareKind, Const, Conversion, Instruction as I};
use crate::syntax::ast::*;

/// The `BinaryOp` operator of an AST operator.
pub(crate) fn binary_operator(op: BinOp) -> BinaryOperator {
    match op {
        BinOp::Add => BinaryOperator::Add,
        BinOp::Sub => BinaryOperator::Subtract,
        BinOp::Mult => BinaryOperator::Multiply,
        BinOp::MatMult => BinaryOperator::MatrixMultiply,
        BinOp::Div => BinaryOperator::TrueDivide,
        BinOp::Mod => BinaryOperator::Remainder,
        BinOp::Pow => BinaryOperator::Power,
        BinOp::LShift => BinaryOperator::Lshift,
        BinOp::RShift => BinaryOperator::Rshift,
        BinOp::BitOr => BinaryOperator::Or,
        BinOp::BitXor => BinaryOperator::Xor,
        BinOp::BitAnd => BinaryOperator::And,
        BinOp::FloorDiv => BinaryOperator::FloorDivide,
    }
}

/// The instruction for one comparison operator (compile.c's `compiler_addcompare`).
pub(crate) fn compare_instruction(op: CmpOp) -> I {
    match op {
        CmpOp::Eq => I::CompareOp(CompareKind::Eq),
        CmpOp::NotEq => I::CompareOp(CompareKind::Ne),
        CmpOp::Lt => I::CompareOp(CompareKind::Lt),
        CmpOp::LtE => I::CompareOp(CompareKind::Le),
        CmpOp::Gt => I::CompareOp(CompareKind::Gt),
        CmpOp::GtE => I::CompareOp(CompareKind::Ge),
        CmpOp::Is => I::IsOp(false),
        CmpOp::IsNot => I::IsOp(true),
        CmpOp::In => I::ContainsOp(false),
        CmpOp::NotIn => I::ContainsOp(true),
    }
}

/// The constant value of a tuple whose items are all literals or constant tuples
/// (CPython's AST optimizer folds these into one constant).
/// compile.c's `STACK_USE_GUIDELINE`: displays longer than this are built item by item.
const STACK_USE_GUIDELINE: u32 = 30;

/// The constant a tuple display of constants folds into, if every item is one.
pub(crate) fn constant_tuple(elts: &[Expr]) -> Option<Const> {
    elts.iter()
        .map(constant_value)
        .collect::<Option<Vec<_>>>()
        .map(Const::Tuple)
}

/// The constant `e` is once folded: a literal, or a tuple display of constants.
pub(crate) fn constant_value(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => Some(to_const(c)),
        ExprKind::Tuple {
            elts,
            ctx: Ctx::Load,
        } => constant_tuple(elts),
        _ => None,
    }
}

/// `base` with its start moved to the attribute name `attr` of an Attribute expression
/// spanning `attribute`, when that name ends on another line than `base` starts
/// (compile.c's `update_start_location_to_match_attr`, 3.11).
pub(crate) fn attribute_start(base: Loc, attribute: Loc, attr: &str) -> Loc {
    if base.line == attribute.end_line {
        return base;
    }
    let len = attr.chars().count() as u32;
    let mut loc = base;
    loc.line = attribute.end_line;
    loc.col = attribute.end_col.saturating_sub(len);
    loc.end_line = loc.end_line.max(loc.line);
    if loc.line == loc.end_line {
        loc.end_col = loc.end_col.max(loc.col);
    }
    loc
}

/// compile.c's `infer_type`: the name of the type a display or literal evaluates to
/// (after folding: a tuple of constants is a constant tuple), or `None` if unknown.
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Constant(c) => match c {
            Constant::None => "NoneType",
            Constant::Bool(_) => "bool",
            Constant::Int(_) => "int",
            Constant::Float(_) => "float",
            Constant::Complex(..) => "complex",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
            Constant::Ellipsis => "ellipsis",
        },
        _ => return None,
    })
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred { .. })
}

/// Which comprehension is being built.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl<'a> Compiler<'a> {
    /// Compile an expression, its instructions carrying its span.
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult {
        self.with_loc(e.loc, |c| c.expr_inner(e))
    }

    /// Emit an attribute instruction (`make(name index)`) for the Attribute expression
    /// `attribute`, with span `base` moved to start at the attribute name when the name is on
    /// a later line (CPython 3.11's `update_start_location_to_match_attr`): a traceback for
    /// `(obj\n .method())` points at the line of `.method`.
    pub(crate) fn emit_attr(
        &mut self,
        make: fn(u32) -> I,
        base: Loc,
        attribute: &Expr,
        attr: &str,
    ) {
        let index = self.attr_index(attr);
        let loc = attribute_start(base, attribute.loc, attr);
        self.with_loc(loc, |c| c.emit(make(index)));
    }

    /// Index of an attribute name (mangled) in `names`.
    pub(crate) fn attr_index(&mut self, attr: &str) -> u32 {
        let mangled = self.mangle(attr);
        self.name_index(&mangled)
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = if *op == BoolOpKind::And {
                    I::JumpIfFalseOrPop
                } else {
                    I::JumpIfTrueOrPop
                };
                let Some((last, rest)) = values.split_last() else {
                    return Err(self.error("internal compiler error: empty boolean operation"));
                };
                for value in rest {
                    self.expr(value)?;
                    self.emit_jump(jump, end);
                }
                self.expr(last)?;
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(I::DupTop);
                self.store_target(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(I::BinaryOp {
                    op: binary_operator(*op),
                    inplace: false,
                });
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::Invert => I::UnaryInvert,
                    UnaryOp::Not => I::UnaryNot,
                    UnaryOp::UAdd => I::UnaryPositive,
                    UnaryOp::USub => I::UnaryNegative,
                });
            }
            ExprKind::Lambda { args, body } => {
                let flags = self.default_arguments(args)?;
                let scope = self.child_scope(e)?;
                let code = self.compile_scope(
                    scope,
                    "<lambda>",
                    UnitKind::Lambda,
                    e.loc.line,
                    Some(args),
                    |c| {
                        // None first, so a lambda never has a docstring.
                        c.const_index(Const::None);
                        c.expr(body)
                    },
                )?;
                self.make_closure(code, flags)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                let (next, end) = (self.new_label(), self.new_label());
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.emit_jump(I::Jump, end);
                self.bind(next);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::Set(elts) => self.starunpack(elts, 0, Build::Set)?,
            ExprKind::List { elts, ctx } => match ctx {
                Ctx::Load => self.starunpack(elts, 0, Build::List)?,
                _ => self.store_target(e)?,
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                Ctx::Load => self.starunpack(elts, 0, Build::Tuple)?,
                _ => self.store_target(e)?,
            },
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, key, Some(value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Generator, generators, elt, None)?
            }
            ExprKind::Await(value) => {
                let scope = &self.table.scopes[self.unit_ref().scope];
                match (self.in_function(), scope.is_coroutine) {
                    (false, _) => return Err(self.error("'await' outside function")),
                    (true, false) => return Err(self.error("'await' outside async function")),
                    (true, true) => {}
                }
                // CPython 3.11: GET_AWAITABLE, then delegation as for `yield from`.
                self.expr(value)?;
                self.emit(I::GetAwaitable(0));
                self.load_const(Const::None);
                self.emit(I::YieldFrom);
            }
            ExprKind::Yield(value) => {
                if !self.in_function() {
                    return Err(self.error("'yield' outside function"));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(I::YieldValue);
            }
            ExprKind::YieldFrom(value) => {
                if !self.in_function() {
                    return Err(self.error("'yield' outside function"));
                }
                let here = &self.table.scopes[self.unit_ref().scope];
                if here.is_coroutine && !here.is_comprehension {
                    return Err(self.error("'yield from' inside async function"));
                }
                self.expr(value)?;
                self.emit(I::GetYieldFromIter);
                self.load_const(Const::None);
                self.emit(I::YieldFrom);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                }
                let conversion = match conversion {
                    Some('s') => Conversion::Str,
                    Some('r') => Conversion::Repr,
                    Some('a') => Conversion::Ascii,
                    _ => Conversion::None,
                };
                self.emit(I::FormatValue {
                    conversion,
                    has_spec: format_spec.is_some(),
                });
            }
            ExprKind::JoinedStr(values) => {
                values.iter().try_for_each(|v| self.expr(v))?;
                if values.len() != 1 {
                    self.emit(I::BuildString(values.len() as u32));
                }
            }
            ExprKind::Constant(c) => self.load_const(to_const(c)),
            ExprKind::Attribute { value, attr, ctx } => match ctx {
                Ctx::Load => {
                    self.expr(value)?;
                    self.emit_attr(I::LoadAttr, e.loc, e, attr);
                }
                _ => self.store_target(e)?,
            },
            ExprKind::Subscript { value, slice, ctx } => match ctx {
                Ctx::Load => {
                    self.check_subscripter(value);
                    self.check_index(value, slice);
                    self.expr(value)?;
                    self.expr(slice)?;
                    self.emit(I::BinarySubscr);
                }
                _ => self.store_target(e)?,
            },
            ExprKind::Starred { ctx, .. } => {
                return Err(self.error(if *ctx == Ctx::Store {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                }))
            }
            ExprKind::Name { id, ctx } => match ctx {
                // CPython's AST optimizer turns `__debug__` into the constant True.
                Ctx::Load if id == "__debug__" => self.load_const(Const::Bool(true)),
                Ctx::Load => self.name_op(id, NameCtx::Load)?,
                Ctx::Store => self.name_op(id, NameCtx::Store)?,
                Ctx::Del => self.name_op(id, NameCtx::Del)?,
            },
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Const::None),
                    }
                }
                match step {
                    Some(step) => {
                        self.expr(step)?;
                        self.emit(I::BuildSlice(3));
                    }
                    None => self.emit(I::BuildSlice(2)),
                }
            }
        }
        Ok(())
    }

    /// Store the value on top of the stack into a target (whatever its `ctx` says).
    pub(crate) fn store_target(&mut self, target: &'a Expr) -> CResult {
        self.with_loc(target.loc, |c| c.store_target_inner(target))
    }

    fn store_target_inner(&mut self, target: &'a Expr) -> CResult {
        match &target.kind {
            ExprKind::Name { id, .. } => self.name_op(id, NameCtx::Store),
            ExprKind::Attribute { value, attr, .. } => {
                if attr == "__debug__" {
                    return Err(self.error("cannot assign to __debug__"));
                }
                self.expr(value)?;
                self.emit_attr(I::StoreAttr, target.loc, target, attr);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(I::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.unpack(elts)?;
                for elt in elts {
                    match &elt.kind {
                        ExprKind::Starred { value, .. } => self.store_target(value)?,
                        _ => self.store_target(elt)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred { .. } => {
                Err(self.error("starred assignment target must be in a list or tuple"))
            }
            _ => Err(self.error("cannot assign to expression")),
        }
    }

    /// `UnpackSequence` or `UnpackEx` for a target list (compile.c's `unpack_helper`).
    fn unpack(&mut self, elts: &[Expr]) -> CResult {
        let mut star = None;
        for (i, elt) in elts.iter().enumerate() {
            if is_starred(elt) {
                if star.is_some() {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let Ok(before) = u8::try_from(i) else {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                };
                self.emit(I::UnpackEx {
                    before,
                    after: (elts.len() - i - 1) as u32,
                });
            }
            None => self.emit(I::UnpackSequence(elts.len() as u32)),
        }
        Ok(())
    }

    /// `del target`.
    pub(crate) fn delete_target(&mut self, target: &'a Expr) -> CResult {
        self.with_loc(target.loc, |c| match &target.kind {
            ExprKind::Name { id, .. } => c.name_op(id, NameCtx::Del),
            ExprKind::Attribute { value, attr, .. } => {
                c.expr(value)?;
                c.emit_attr(I::DeleteAttr, target.loc, target, attr);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                c.expr(value)?;
                c.expr(slice)?;
                c.emit(I::DeleteSubscr);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                elts.iter().try_for_each(|e| c.delete_target(e))
            }
            _ => Err(c.error("cannot delete expression")),
        })
    }

    /// Jump to `label` if `e` is truthy (`cond`) or falsy (`!cond`), short-circuiting
    /// `not`, `and`, `or` without building their values (compile.c's `compiler_jump_if`).
    pub(crate) fn jump_if(&mut self, e: &'a Expr, label: super::Label, cond: bool) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.jump_if(operand, label, !cond),
            ExprKind::BoolOp { op, values } => {
                let is_or = *op == BoolOpKind::Or;
                let Some((last, rest)) = values.split_last() else {
                    return Err(self.error("internal compiler error: empty boolean operation"));
                };
                // For `a or b` jumping on true (or `a and b` on false) every operand jumps
                // to `label`; otherwise earlier operands skip to the end.
                let next = if cond != is_or {
                    Some(self.new_label())
                } else {
                    None
                };
                for value in rest {
                    self.jump_if(value, next.unwrap_or(label), is_or)?;
                }
                self.jump_if(last, label, cond)?;
                if let Some(next) = next {
                    self.bind(next);
                }
                Ok(())
            }
            _ => {
                // The jump (which may call `__bool__`) keeps the enclosing span: CPython 3.11
                // reports `if x:` on the whole statement. After a comparison, though, the
                // comparison's span sticks to everything that follows until the next node sets
                // its own (`while i < n:` is reported on `i < n`, and so is the failure of
                // `assert a < b and c < d` on `c < d`); `Compiler::expr` bounds the leak.
                self.expr(e)?;
                if matches!(e.kind, ExprKind::Compare { .. }) {
                    self.loc = e.loc;
                }
                let jump = if cond {
                    I::PopJumpIfTrue
                } else {
                    I::PopJumpIfFalse
                };
                self.emit_jump(jump, label);
                Ok(())
            }
        }
    }

    /// compile.c's `compiler_warn`: record a SyntaxWarning at the current location.
    pub(crate) fn warn(&mut self, msg: String) {
        self.warnings
            .push(crate::compile::SyntaxWarningInfo { msg, loc: self.loc });
    }

    /// compile.c's `check_caller`: calling a display or a literal earns a SyntaxWarning.
    fn check_caller(&mut self, func: &Expr) {
        let warn = matches!(
            func.kind,
            ExprKind::Constant(_)
                | ExprKind::Tuple { .. }
                | ExprKind::List { .. }
                | ExprKind::ListComp { .. }
                | ExprKind::Dict { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::Set(_)
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::JoinedStr(_)
                | ExprKind::FormattedValue { .. }
        );
        if let (true, Some(name)) = (warn, infer_type(func)) {
            self.warn(format!(
                "'{name}' object is not callable; perhaps you missed a comma?"
            ));
        }
    }

    /// compile.c's `check_subscripter`: subscripting a literal that has no `__getitem__`
    /// (None, `...`, a number), a set, a generator or a lambda earns a SyntaxWarning.
    fn check_subscripter(&mut self, value: &Expr) {
        let warn = match &value.kind {
            ExprKind::Constant(c) => matches!(
                c,
                Constant::None
                    | Constant::Ellipsis
                    | Constant::Bool(_)
                    | Constant::Int(_)
                    | Constant::Float(_)
                    | Constant::Complex(..)
            ),
            ExprKind::Set(_)
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Lambda { .. } => true,
            _ => false,
        };
        if let (true, Some(name)) = (warn, infer_type(value)) {
            self.warn(format!(
                "'{name}' object is not subscriptable; perhaps you missed a comma?"
            ));
        }
    }

    /// compile.c's `check_index`: a sequence literal subscripted by a literal that is not
    /// an int (nor a slice) earns a SyntaxWarning.
    fn check_index(&mut self, value: &Expr, slice: &Expr) {
        let Some(index_type) = infer_type(slice) else {
            return;
        };
        if matches!(index_type, "int" | "bool") {
            return;
        }
        let warn = match &value.kind {
            ExprKind::Constant(c) => matches!(c, Constant::Str(_) | Constant::Bytes(_)),
            ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::JoinedStr(_)
            | ExprKind::FormattedValue { .. } => true,
            _ => false,
        };
        if let (true, Some(name)) = (warn, infer_type(value)) {
            self.warn(format!(
                "{name} indices must be integers or slices, not {index_type}; \
                 perhaps you missed a comma?"
            ));
        }
    }

    /// compile.c's `check_compare`: `is` / `is not` with a literal operand (a constant
    /// other than None, True, False and `...`, after folding) earns a SyntaxWarning.
    fn check_is_with_literal(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) {
        let plain = |e: &Expr| match &e.kind {
            ExprKind::Constant(c) => {
                matches!(c, Constant::None | Constant::Bool(_) | Constant::Ellipsis)
            }
            _ => constant_value(e).is_none(),
        };
        let mut left_plain = plain(left);
        for (op, right) in ops.iter().zip(comparators) {
            let right_plain = plain(right);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && !(left_plain && right_plain) {
                let msg = if matches!(op, CmpOp::Is) {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                };
                self.warn(msg.to_string());
                // One warning per comparison, at its first offending operator.
                return;
            }
            left_plain = right_plain;
        }
    }

    /// compile.c's `compiler_compare`, with 3.10's chained-comparison clean-up.
    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> CResult {
        if ops.len() != comparators.len() || ops.is_empty() {
            return Err(self.error("internal compiler error: malformed comparison"));
        }
        self.check_is_with_literal(left, ops, comparators);
        self.expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.compared(ops[0], &comparators[0])?;
            self.emit(compare_instruction(ops[0]));
            return Ok(());
        }
        let (cleanup, end) = (self.new_label(), self.new_label());
        for (op, comparator) in ops[..n].iter().zip(comparators) {
            self.expr(comparator)?;
            self.emit(I::DupTop);
            self.emit(I::RotThree);
            self.emit(compare_instruction(*op));
            self.emit_jump(I::JumpIfFalseOrPop, cleanup);
        }
        self.compared(ops[n], &comparators[n])?;
        self.emit(compare_instruction(ops[n]));
        self.emit_jump(I::Jump, end);
        self.bind(cleanup);
        self.emit(I::RotTwo);
        self.emit(I::PopTop);
        self.bind(end);
        Ok(())
    }

    /// The last operand of a comparison: for `in` / `not in` it is only iterated
    /// (`fold_compare` folds it as an iterable).
    fn compared(&mut self, op: CmpOp, e: &'a Expr) -> CResult {
        match op {
            CmpOp::In | CmpOp::NotIn => self.iterable(e),
            _ => self.expr(e),
        }
    }

    /// An expression that is only iterated (`fold_iter`'s places: a `for` loop's iterable,
    /// a comprehension's, the last operand of `in`): a set display of constants is one
    /// frozenset constant there. (The AST folder has already made such list displays
    /// tuples; refpy's AST has no frozenset constant, so this half is done here.)
    pub(crate) fn iterable(&mut self, e: &'a Expr) -> CResult {
        if let ExprKind::Set(elts) = &e.kind {
            if let Some(Const::Tuple(items)) = constant_tuple(elts) {
                self.load_const(Const::FrozenSet(items));
                return Ok(());
            }
        }
        self.expr(e)
    }

    /// compile.c's `compiler_call` with `maybe_optimize_method_call`.
    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        self.check_caller(func);
        if let ExprKind::Attribute {
            value,
            attr,
            ctx: Ctx::Load,
        } = &func.kind
        {
            // Beyond the stack guideline CPython calls the attribute with its arguments
            // packed (`CallEx`, below).
            let fits = args.len() < STACK_USE_GUIDELINE as usize;
            if keywords.is_empty() && !args.iter().any(is_starred) && fits {
                self.expr(value)?;
                self.emit_attr(I::LoadMethod, func.loc, func, attr);
                args.iter().try_for_each(|a| self.expr(a))?;
                let call_loc = attribute_start(self.loc, func.loc, attr);
                self.with_loc(call_loc, |c| c.emit(I::CallMethod(args.len() as u32)));
                return Ok(());
            }
        }
        self.expr(func)?;
        // CPython 3.11 compiles `obj.name(k=v)` as a method call too and gives the call the
        // attribute-adjusted span; refpy's `CallMethod` takes positional arguments only, so
        // only the span is kept.
        let method = match &func.kind {
            ExprKind::Attribute { attr, .. }
                if keywords.iter().all(|k| k.arg.is_some()) && !args.iter().any(is_starred) =>
            {
                Some(attr)
            }
            _ => None,
        };
        let call_loc = method.map_or(self.loc, |attr| attribute_start(self.loc, func.loc, attr));
        // What CPython calls as a method keeps its arguments on the stack, however many
        // keywords (`maybe_optimize_method_call`'s own, higher limit).
        let on_stack = method.is_some()
            && args.len() + keywords.len() + usize::from(!keywords.is_empty())
                < STACK_USE_GUIDELINE as usize;
        self.with_loc(call_loc, |c| c.call_arguments(0, args, keywords, !on_stack))
    }

    /// Push the arguments and emit the call, `pushed` positional arguments being already on
    /// the stack (compile.c's `compiler_call_helper`): `Call` for positional arguments,
    /// `CallKw` with a names tuple for keywords, `CallEx` once anything is unpacked.
    pub(crate) fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        self.call_arguments(pushed, args, keywords, true)
    }

    /// [`Self::call_helper`]; `may_pack`: too many arguments for the stack go through
    /// `CallEx` too, as in CPython.
    fn call_arguments(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        may_pack: bool,
    ) -> CResult {
        self.validate_keywords(keywords)?;
        let big = may_pack && args.len() + 2 * keywords.len() > STACK_USE_GUIDELINE as usize;
        let unpacking =
            big || args.iter().any(is_starred) || keywords.iter().any(|k| k.arg.is_none());
        if !unpacking {
            args.iter().try_for_each(|a| self.expr(a))?;
            let total = pushed + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(I::Call(total));
            } else {
                let mut names = Vec::new();
                for keyword in keywords {
                    self.expr(&keyword.value)?;
                    names.push(Const::Str(keyword.arg.clone().unwrap_or_default()));
                }
                self.load_folded_const(Const::Tuple(names));
                self.emit(I::CallKw(total));
            }
            return Ok(());
        }
        // The positional arguments as one tuple.
        if let (
            [Expr {
                kind: ExprKind::Starred { value, .. },
                ..
            }],
            0,
        ) = (args, pushed)
        {
            self.expr(value)?;
        } else {
            self.starunpack(args, pushed, Build::CallArgs)?;
        }
        // The keyword arguments as one dict.
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut seen = 0;
            for (i, keyword) in keywords.iter().enumerate() {
                if keyword.arg.is_some() {
                    seen += 1;
                    continue;
                }
                if seen > 0 {
                    self.subkwargs(&keywords[i - seen..i])?;
                    if have_dict {
                        self.emit(I::DictMerge(1));
                    }
                    have_dict = true;
                    seen = 0;
                }
                if !have_dict {
                    self.emit(I::BuildMap(0));
                    have_dict = true;
                }
                self.expr(&keyword.value)?;
                self.emit(I::DictMerge(1));
            }
            if seen > 0 {
                self.subkwargs(&keywords[keywords.len() - seen..])?;
                if have_dict {
                    self.emit(I::DictMerge(1));
                }
            }
        }
        self.emit(I::CallEx(!keywords.is_empty()));
        Ok(())
    }

    /// `f(a=1, a=2)` is a SyntaxError at the second keyword.
    fn validate_keywords(&self, keywords: &[Keyword]) -> CResult {
        for (i, keyword) in keywords.iter().enumerate() {
            let Some(name) = &keyword.arg else { continue };
            if name == "__debug__" {
                return Err(self.error("cannot assign to __debug__"));
            }
            if keywords[i + 1..]
                .iter()
                .any(|k| k.arg.as_ref() == Some(name))
            {
                let repeated = keywords[i + 1..]
                    .iter()
                    .find(|k| k.arg.as_ref() == Some(name))
                    .map_or(keyword.loc, |k| k.loc);
                return Err(super::syntax_error(
                    format!("keyword argument repeated: {name}"),
                    &self.filename,
                    repeated,
                ));
            }
        }
        Ok(())
    }

    /// A run of named keyword arguments as a dict (compile.c's `compiler_subkwargs`); a
    /// run too big for the stack starts from an empty dict and adds each as it comes.
    fn subkwargs(&mut self, keywords: &'a [Keyword]) -> CResult {
        let names: Vec<Const> = keywords
            .iter()
            .map(|k| Const::Str(k.arg.clone().unwrap_or_default()))
            .collect();
        let n = names.len() as u32;
        let big = 2 * n > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            keywords.iter().try_for_each(|k| self.expr(&k.value))?;
            self.load_folded_const(Const::Tuple(names));
            self.emit(I::BuildConstKeyMap(n));
        } else {
            if big {
                self.emit(I::BuildMap(0));
            }
            for (keyword, name) in keywords.iter().zip(names) {
                self.load_const(name);
                self.expr(&keyword.value)?;
                if big {
                    self.emit(I::MapAdd(1));
                }
            }
            if !big {
                self.emit(I::BuildMap(n));
            }
        }
        Ok(())
    }

    /// Build a list, set or tuple (or a call's argument tuple) from items that may be
    /// `*starred` (compile.c's `starunpack_helper`), `pushed` items being already on the stack.
    fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, build: Build) -> CResult {
        if build == Build::Tuple && pushed == 0 {
            if let Some(value) = constant_tuple(elts) {
                self.load_const(value);
                return Ok(());
            }
        }
        let n = elts.len() as u32;
        let (build_op, add, extend) = build.ops();
        // All-constant displays of three or more items fold into one constant that extends
        // an empty container (starunpack_helper); this also decides the list's allocation.
        if n > 2 {
            if let Some(Const::Tuple(items)) = constant_tuple(elts) {
                let folded = if build == Build::Set {
                    Const::FrozenSet(items)
                } else {
                    Const::Tuple(items)
                };
                self.emit(build_op(pushed));
                self.load_folded_const(folded);
                self.emit(extend(1));
                if matches!(build, Build::Tuple | Build::CallArgs) {
                    self.emit(I::ListToTuple);
                }
                return Ok(());
            }
        }
        let big = n + pushed > STACK_USE_GUIDELINE;
        if !elts.iter().any(is_starred) && !big {
            elts.iter().try_for_each(|e| self.expr(e))?;
            let make = if matches!(build, Build::Tuple | Build::CallArgs) {
                I::BuildTuple
            } else {
                build_op
            };
            self.emit(make(n + pushed));
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build_op(pushed));
            built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &elt.kind {
                if !built {
                    self.emit(build_op(i as u32 + pushed));
                    built = true;
                }
                self.expr(value)?;
                self.emit(extend(1));
            } else {
                self.expr(elt)?;
                if built {
                    self.emit(add(1));
                }
            }
        }
        if matches!(build, Build::Tuple | Build::CallArgs) {
            self.emit(I::ListToTuple);
        }
        Ok(())
    }

    /// compile.c's `compiler_dict`: runs of `k: v` become one map each, merged with
    /// `**m` entries through `DictUpdate`. A run is cut once it holds more items than
    /// [`STACK_USE_GUIDELINE`] allows on the stack (two values per item), as CPython cuts
    /// it, so the code's stack depth is CPython's.
    fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        if keys.len() != values.len() {
            return Err(self.error("internal compiler error: malformed dict display"));
        }
        let mut have_dict = false;
        let mut elements = 0;
        for (i, key) in keys.iter().enumerate() {
            if key.is_some() {
                if 2 * elements as u32 > STACK_USE_GUIDELINE {
                    let run = i - elements..i + 1;
                    self.subdict(&keys[run.clone()], &values[run])?;
                    if have_dict {
                        self.emit(I::DictUpdate(1));
                    }
                    have_dict = true;
                    elements = 0;
                } else {
                    elements += 1;
                }
                continue;
            }
            if elements > 0 {
                let run = i - elements..i;
                self.subdict(&keys[run.clone()], &values[run])?;
                if have_dict {
                    self.emit(I::DictUpdate(1));
                }
                have_dict = true;
                elements = 0;
            }
            if !have_dict {
                self.emit(I::BuildMap(0));
                have_dict = true;
            }
            self.expr(&values[i])?;
            self.emit(I::DictUpdate(1));
        }
        if elements > 0 {
            let run = keys.len() - elements..keys.len();
            self.subdict(&keys[run.clone()], &values[run])?;
            if have_dict {
                self.emit(I::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(I::BuildMap(0));
        }
        Ok(())
    }

    /// compile.c's `compiler_subdict`: constant keys use `BuildConstKeyMap`; a run too
    /// big for the stack starts from an empty map and adds each item as it comes.
    fn subdict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = keys.len() as u32;
        let big = 2 * n > STACK_USE_GUIDELINE;
        let const_keys: Option<Vec<Const>> = keys
            .iter()
            .map(|k| k.as_ref().and_then(constant_value))
            .collect();
        match const_keys {
            Some(const_keys) if n > 1 && !big => {
                values.iter().try_for_each(|v| self.expr(v))?;
                self.load_folded_const(Const::Tuple(const_keys));
                self.emit(I::BuildConstKeyMap(n));
            }
            _ => {
                if big {
                    self.emit(I::BuildMap(0));
                }
                for (key, value) in keys.iter().zip(values) {
                    if let Some(key) = key {
                        self.expr(key)?;
                    }
                    self.expr(value)?;
                    if big {
                        self.emit(I::MapAdd(1));
                    }
                }
                if !big {
                    self.emit(I::BuildMap(n));
                }
            }
        }
        Ok(())
    }

    /// compile.c's `compiler_comprehension`: the comprehension is a nested function taking
    /// the outermost iterator as `.0`; the outermost iterable is evaluated here.
    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let Some(outermost) = generators.first() else {
            return Err(self.error("internal compiler error: comprehension without generators"));
        };
        let scope = self.child_scope(e)?;
        // compile.c: an asynchronous list, set or dict comprehension is a coroutine the
        // enclosing `async def` (or asynchronous comprehension) awaits; an asynchronous
        // generator expression is an async generator, made anywhere and not awaited.
        let is_async = self.table.scopes[scope].is_coroutine && kind != CompKind::Generator;
        let here = &self.table.scopes[self.unit_ref().scope];
        if is_async && !(self.in_function() && here.is_coroutine) {
            return Err(
                self.error("asynchronous comprehension outside of an asynchronous function")
            );
        }
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let code = self.compile_scope(
            scope,
            name,
            UnitKind::Comprehension,
            e.loc.line,
            None,
            |c| {
                match kind {
                    CompKind::List => c.emit(I::BuildList(0)),
                    CompKind::Set => c.emit(I::BuildSet(0)),
                    CompKind::Dict => c.emit(I::BuildMap(0)),
                    CompKind::Generator => {}
                }
                c.comprehension_generator(generators, 0, 0, kind, elt, value)?;
                if kind != CompKind::Generator {
                    c.emit(I::ReturnValue);
                }
                Ok(())
            },
        )?;
        self.make_closure(code, 0)?;
        self.iterable(&outermost.iter)?;
        self.emit(if outermost.is_async {
            I::GetAiter
        } else {
            I::GetIter
        });
        self.emit(I::Call(1));
        if is_async {
            self.emit_await(0);
        }
        Ok(())
    }

    /// One `for` clause of a comprehension and everything inside it (compile.c's
    /// `compiler_sync_comprehension_generator`). `depth` counts the iterators on the stack.
    fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let generator = &generators[index];
        let (start, if_cleanup, anchor) = (self.new_label(), self.new_label(), self.new_label());
        if index == 0 {
            self.emit(I::LoadFast(0));
        } else {
            self.iterable(&generator.iter)?;
            self.emit(if generator.is_async {
                I::GetAiter
            } else {
                I::GetIter
            });
        }
        let depth = depth + 1;
        self.bind(start);
        if generator.is_async {
            // As `async for`: await `__anext__()`, StopAsyncIteration ends at `anchor`.
            self.emit_jump(I::SetupFinally, anchor);
            self.emit(I::GetAnext);
            self.emit_await(0);
            self.emit(I::PopBlock);
        } else {
            self.emit_jump(I::ForIter, anchor);
        }
        self.store_target(&generator.target)?;
        for condition in &generator.ifs {
            self.jump_if(condition, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, kind, elt, value)?;
        } else {
            match (kind, value) {
                (CompKind::Generator, _) => {
                    self.expr(elt)?;
                    self.emit(I::YieldValue);
                    self.emit(I::PopTop);
                }
                (CompKind::List, _) => {
                    self.expr(elt)?;
                    self.emit(I::ListAppend(depth + 1));
                }
                (CompKind::Set, _) => {
                    self.expr(elt)?;
                    self.emit(I::SetAdd(depth + 1));
                }
                (CompKind::Dict, Some(value)) => {
                    self.expr(elt)?;
                    self.expr(value)?;
                    self.emit(I::MapAdd(depth + 1));
                }
                (CompKind::Dict, None) => {
                    return Err(
                        self.error("internal compiler error: dict comprehension without value")
                    )
                }
            }
        }
        self.bind(if_cleanup);
        self.emit_backward_jump(start);
        self.bind(anchor);
        if generator.is_async {
            self.emit(I::EndAsyncFor);
        }
        Ok(())
    }
}

/// An instruction constructor taking its argument.
type Make = fn(u32) -> I;

/// What [`Compiler::starunpack`] builds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Build {
    List,
    Set,
    Tuple,
    /// A call's positional-argument tuple (never folded to a constant).
    CallArgs,
}

impl Build {
    /// The build, add-one and extend instructions that collect the items (tuples are
    /// collected in a list, then converted): starunpack_helper's `build`, `add`, `extend`.
    fn ops(self) -> (Make, Make, Make) {
        match self {
            Build::Set => (I::BuildSet, I::SetAdd, I::SetUpdate),
            Build::List | Build::Tuple | Build::CallArgs => {
                (I::BuildList, I::ListAppend, I::ListExtend)
            }
        }
    }
}
