//! Constant folding before code generation (CPython 3.11's `Python/ast_opt.c`).
//!
//! Operations on literals become literals: `-1`, `2**10`, `60 * 60`, `'ab' * 3`,
//! `'abc'[0]`, `__debug__`. This is observable, not just faster: a folded value lives in
//! the code object's constants (one more reference to it, shared by every evaluation),
//! and a display of folded values becomes one constant (`{-1, -2, 3}` is built from a
//! frozenset constant, which decides the set's layout). The limits are CPython's, so the
//! same expressions fold; an operation that would raise is left for run time.

use super::super::syntax::ast::*;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// `MAX_INT_SIZE`: folded ints stay within 128 bits.
const MAX_INT_BITS: u64 = 128;
/// `MAX_STR_SIZE`: folded str and bytes repetitions stay within 4096 items.
const MAX_STR_SIZE: usize = 4096;

pub fn fold_module(module: &mut Module) {
    stmts(&mut module.body);
}

thread_local! {
    /// `CO_FUTURE_ANNOTATIONS` of the module being folded: its annotations are kept as
    /// written, for PEP 563 to store their text (`x: 1 + 2` records `'1 + 2'`).
    static KEEP_ANNOTATIONS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// [`fold_module`] under `from __future__ import annotations` when `keep_annotations`:
/// `astfold_arg` and `astfold_stmt` leave annotations alone then.
pub fn fold_module_future(module: &mut Module, keep_annotations: bool) {
    let old = KEEP_ANNOTATIONS.with(|k| k.replace(keep_annotations));
    stmts(&mut module.body);
    KEEP_ANNOTATIONS.with(|k| k.set(old));
}

/// An annotation, folded unless PEP 563 keeps it as written.
fn annotation(e: &mut Option<Expr>) {
    if !KEEP_ANNOTATIONS.with(|k| k.get()) {
        opt(e);
    }
}

fn stmts(body: &mut [Stmt]) {
    body.iter_mut().for_each(stmt);
}

fn opt(e: &mut Option<Expr>) {
    if let Some(e) = e {
        expr(e);
    }
}

fn exprs(es: &mut [Expr]) {
    es.iter_mut().for_each(expr);
}

fn arguments(a: &mut Arguments) {
    for arg in a
        .posonlyargs
        .iter_mut()
        .chain(&mut a.args)
        .chain(&mut a.vararg)
        .chain(&mut a.kwonlyargs)
        .chain(&mut a.kwarg)
    {
        annotation(&mut arg.annotation);
    }
    a.kw_defaults.iter_mut().for_each(opt);
    exprs(&mut a.defaults);
}

fn stmt(s: &mut Stmt) {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => {
            arguments(&mut f.args);
            stmts(&mut f.body);
            exprs(&mut f.decorators);
            annotation(&mut f.returns);
        }
        StmtKind::ClassDef(c) => {
            exprs(&mut c.bases);
            c.keywords.iter_mut().for_each(|k| expr(&mut k.value));
            stmts(&mut c.body);
            exprs(&mut c.decorators);
        }
        StmtKind::Return(v) => opt(v),
        StmtKind::Delete(targets) => exprs(targets),
        StmtKind::Assign { targets, value } => {
            exprs(targets);
            expr(value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target);
            expr(value);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            expr(target);
            if !KEEP_ANNOTATIONS.with(|k| k.get()) {
                expr(annotation);
            }
            opt(value);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        } => {
            expr(target);
            expr(iter);
            // `astfold_stmt` folds a `for` loop's iterable, not an `async for`'s.
            if !*is_async {
                fold_iter(iter);
            }
            stmts(body);
            stmts(orelse);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            expr(test);
            stmts(body);
            stmts(orelse);
        }
        StmtKind::With { items, body, .. } => {
            for item in items {
                expr(&mut item.context_expr);
                opt(&mut item.optional_vars);
            }
            stmts(body);
        }
        StmtKind::Match { subject, cases } => {
            expr(subject);
            for case in cases {
                pattern(&mut case.pattern);
                opt(&mut case.guard);
                stmts(&mut case.body);
            }
        }
        StmtKind::Raise { exc, cause } => {
            opt(exc);
            opt(cause);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            stmts(body);
            for h in handlers {
                opt(&mut h.typ);
                stmts(&mut h.body);
            }
            stmts(orelse);
            stmts(finalbody);
        }
        StmtKind::Assert { test, msg } => {
            expr(test);
            opt(msg);
        }
        StmtKind::Expr(e) => expr(e),
        StmtKind::Import(_)
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
}

fn pattern(p: &mut Pattern) {
    match &mut p.kind {
        PatternKind::MatchValue(e) => expr(e),
        PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
            ps.iter_mut().for_each(pattern)
        }
        PatternKind::MatchMapping { keys, patterns, .. } => {
            exprs(keys);
            patterns.iter_mut().for_each(pattern);
        }
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            expr(cls);
            patterns.iter_mut().for_each(pattern);
            kwd_patterns.iter_mut().for_each(pattern);
        }
        PatternKind::MatchAs {
            pattern: Some(inner),
            ..
        } => pattern(inner),
        PatternKind::MatchAs { .. }
        | PatternKind::MatchStar(_)
        | PatternKind::MatchSingleton(_) => {}
    }
}

fn comprehensions(generators: &mut [Comprehension]) {
    for g in generators {
        expr(&mut g.target);
        expr(&mut g.iter);
        fold_iter(&mut g.iter);
        exprs(&mut g.ifs);
    }
}

/// Folds the children of `e`, then `e` itself.
fn expr(e: &mut Expr) {
    match &mut e.kind {
        ExprKind::BoolOp { values, .. } => exprs(values),
        ExprKind::NamedExpr { target, value } => {
            expr(target);
            expr(value);
        }
        ExprKind::BinOp { left, right, op } => {
            expr(left);
            expr(right);
            if let Some(joined) = printf_as_fstring(left, *op, right) {
                e.kind = joined;
                return;
            }
        }
        ExprKind::UnaryOp { operand, .. } => expr(operand),
        ExprKind::Lambda { args, body } => {
            arguments(args);
            expr(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test);
            expr(body);
            expr(orelse);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter_mut().for_each(opt);
            exprs(values);
        }
        ExprKind::Set(elts) => exprs(elts),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            expr(elt);
            comprehensions(generators);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            expr(key);
            expr(value);
            comprehensions(generators);
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) => expr(v),
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                expr(v);
            }
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            expr(left);
            exprs(comparators);
            // `fold_compare`: the operand of a last `in` / `not in` is iterated only.
            if let (Some(CmpOp::In | CmpOp::NotIn), Some(last)) =
                (ops.last(), comparators.last_mut())
            {
                fold_iter(last);
            }
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(func);
            exprs(args);
            keywords.iter_mut().for_each(|k| expr(&mut k.value));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            expr(value);
            if let Some(spec) = format_spec {
                expr(spec);
            }
        }
        ExprKind::JoinedStr(parts) => exprs(parts),
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => expr(value),
        ExprKind::Subscript { value, slice, .. } => {
            expr(value);
            expr(slice);
        }
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => exprs(elts),
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                expr(part);
            }
        }
        ExprKind::Constant(_) | ExprKind::Name { .. } => {}
    }
    if let Some(kind) = folded_tuple(&e.kind) {
        e.kind = kind;
        return;
    }
    if let Some(value) = folded(&e.kind) {
        e.kind = ExprKind::Constant(value);
    }
}

/// `optimize_format`: `'...%s...' % (a, b)` with a literal format and a tuple display
/// (not all constants, no starred item) becomes the f-string `f'...{a!s}...{b!s}'` when
/// every unit is a plain `%s`, `%r` or `%a` (flags, a width and a precision of at most two
/// digits each) and the units and items match in number. Observable: no tuple is built,
/// so inside `__str__` the object is counted once less, and the units convert in order
/// with `format()`'s rules.
fn printf_as_fstring(left: &Expr, op: BinOp, right: &Expr) -> Option<ExprKind> {
    let (ExprKind::Constant(Constant::Str(fmt)), BinOp::Mod) = (&left.kind, op) else {
        return None;
    };
    let ExprKind::Tuple { elts, .. } = &right.kind else {
        return None;
    };
    // A tuple of constants is a constant for CPython (`fold_tuple` ran first), and
    // `str % constant` is left to run time.
    let constant = |e: &Expr| matches!(e.kind, ExprKind::Constant(_));
    let starred = |e: &Expr| matches!(e.kind, ExprKind::Starred { .. });
    if elts.iter().all(constant) || elts.iter().any(starred) {
        return None;
    }
    let fmt: Vec<char> = fmt.chars().collect();
    let mut parts = Vec::with_capacity(elts.len() * 2 + 1);
    let mut items = elts.iter();
    let mut pos = 0;
    loop {
        let start = pos;
        let mut literal = String::new();
        while pos < fmt.len() {
            match (fmt[pos], fmt.get(pos + 1)) {
                ('%', Some('%')) => {
                    literal.push('%');
                    pos += 2;
                }
                ('%', _) => break,
                (c, _) => {
                    literal.push(c);
                    pos += 1;
                }
            }
        }
        if pos > start {
            parts.push(Expr {
                loc: left.loc,
                kind: ExprKind::Constant(Constant::Str(literal)),
            });
        }
        if pos >= fmt.len() {
            break;
        }
        let item = items.next()?;
        pos += 1;
        let (conversion, spec) = simple_unit(&fmt, &mut pos)?;
        parts.push(Expr {
            loc: item.loc,
            kind: ExprKind::FormattedValue {
                value: Box::new(item.clone()),
                conversion: Some(conversion),
                format_spec: spec.map(|s| {
                    Box::new(Expr {
                        loc: item.loc,
                        kind: ExprKind::Constant(Constant::Str(s)),
                    })
                }),
            },
        });
    }
    if items.next().is_some() {
        return None;
    }
    Some(ExprKind::JoinedStr(parts))
}

/// `simple_format_arg_parse` + `parse_format`: the conversion and `format()` spec of the
/// `%` unit at `pos` (just after its `%`), if it is one the f-string form can express.
fn simple_unit(fmt: &[char], pos: &mut usize) -> Option<(char, Option<String>)> {
    let mut left_justify = false;
    let mut c = next_char(fmt, pos)?;
    while matches!(c, '-' | '+' | ' ' | '#' | '0') {
        left_justify |= c == '-';
        c = next_char(fmt, pos)?;
    }
    let width = unit_number(fmt, pos, &mut c)?;
    let mut precision = None;
    if c == '.' {
        c = next_char(fmt, pos)?;
        precision = Some(unit_number(fmt, pos, &mut c)?.unwrap_or(0));
    }
    if !matches!(c, 's' | 'r' | 'a') {
        return None;
    }
    let mut spec = String::new();
    if !left_justify && width.is_some_and(|w| w > 0) {
        spec.push('>');
    }
    if let Some(w) = width {
        spec.push_str(&w.to_string());
    }
    if let Some(p) = precision {
        spec.push_str(&format!(".{p}"));
    }
    Some((c, (!spec.is_empty()).then_some(spec)))
}

/// The character at `pos`, moving past it (`NEXTC`).
fn next_char(fmt: &[char], pos: &mut usize) -> Option<char> {
    let c = *fmt.get(*pos)?;
    *pos += 1;
    Some(c)
}

/// A width or precision starting at `c` (`Some(None)`: there is none), leaving `c` on
/// the character after it; `None` when it has three digits (`MAXDIGITS`), which keeps the
/// `%` form, or the format ends inside it.
fn unit_number(fmt: &[char], pos: &mut usize, c: &mut char) -> Option<Option<u32>> {
    const MAX_DIGITS: usize = 3;
    if !c.is_ascii_digit() {
        return Some(None);
    }
    let (mut n, mut digits) = (0, 0);
    while let Some(d) = c.to_digit(10) {
        n = n * 10 + d;
        *c = next_char(fmt, pos)?;
        digits += 1;
        if digits >= MAX_DIGITS {
            return None;
        }
    }
    Some(Some(n))
}

/// `fold_iter`: a list display that is only iterated (a `for` loop's or a comprehension's
/// iterable, the operand of `in`) becomes a tuple display, and so a constant tuple when
/// its items are constants. (CPython also turns a set display of constants into a
/// frozenset constant there; refpy's AST has no frozenset constant, so code generation
/// does that half: `Compiler::iterable`.)
fn fold_iter(e: &mut Expr) {
    if let ExprKind::List { elts, ctx } = &mut e.kind {
        if elts
            .iter()
            .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
        {
            return;
        }
        e.kind = ExprKind::Tuple {
            elts: std::mem::take(elts),
            ctx: *ctx,
        };
    }
}

/// `MAX_COLLECTION_SIZE` and `MAX_TOTAL_ITEMS`: a folded tuple repetition stays within 256
/// items, 1024 counting the items of nested tuples.
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_TOTAL_ITEMS: usize = 1024;

/// The items of `e` if it is a tuple constant (refpy's AST keeps a folded tuple as a tuple
/// display whose items are all constants).
fn const_tuple(e: &Expr) -> Option<&[Expr]> {
    match &e.kind {
        ExprKind::Tuple {
            elts,
            ctx: Ctx::Load,
        } if elts.iter().all(is_const) => Some(elts),
        _ => None,
    }
}

fn is_const(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Constant(_)) || const_tuple(e).is_some()
}

/// `check_complexity`: the items of a tuple constant, nested tuples' included.
fn total_items(elts: &[Expr]) -> usize {
    elts.iter()
        .map(|e| 1 + const_tuple(e).map_or(0, total_items))
        .sum()
}

/// `fold_binop` and `fold_subscr` on tuple constants: `(1, 2) + (3,)`, `(0,) * 4` (within
/// `safe_multiply`'s limits) and `(1, 2, 3)[i]`. The result is again a tuple display of
/// constants (or the item), which code generation emits as one constant.
fn folded_tuple(kind: &ExprKind) -> Option<ExprKind> {
    match kind {
        ExprKind::BinOp {
            left,
            op: BinOp::Add,
            right,
        } => {
            let (a, b) = (const_tuple(left)?, const_tuple(right)?);
            Some(ExprKind::Tuple {
                elts: a.iter().chain(b).cloned().collect(),
                ctx: Ctx::Load,
            })
        }
        ExprKind::BinOp {
            left,
            op: BinOp::Mult,
            right,
        } => {
            let (items, n) = match (const_tuple(left), const_tuple(right)) {
                (Some(items), None) => (items, &right.kind),
                (None, Some(items)) => (items, &left.kind),
                _ => return None,
            };
            let ExprKind::Constant(n) = n else {
                return None;
            };
            let n = as_int(n)?.to_i64()?;
            let count = if items.is_empty() {
                0
            } else {
                let n = usize::try_from(n).ok()?;
                if n > MAX_COLLECTION_SIZE / items.len()
                    || (n > 0 && total_items(items) > MAX_TOTAL_ITEMS / n)
                {
                    return None;
                }
                n
            };
            let mut elts = Vec::with_capacity(items.len() * count);
            for _ in 0..count {
                elts.extend(items.iter().cloned());
            }
            Some(ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            })
        }
        ExprKind::Subscript {
            value,
            slice,
            ctx: Ctx::Load,
        } => {
            let items = const_tuple(value)?;
            // An int index (CPython leaves a bool index alone here).
            let ExprKind::Constant(Constant::Int(index)) = &slice.kind else {
                return None;
            };
            let i = index.to_i64()?;
            let i = if i < 0 { i + items.len() as i64 } else { i };
            let item = items.get(usize::try_from(i).ok()?)?;
            Some(item.kind.clone())
        }
        _ => None,
    }
}

/// The constant `kind` evaluates to, if CPython folds it.
fn folded(kind: &ExprKind) -> Option<Constant> {
    match kind {
        ExprKind::Name { id, ctx: Ctx::Load } if id == "__debug__" => Some(Constant::Bool(true)),
        ExprKind::UnaryOp { op, operand } => match &operand.kind {
            ExprKind::Constant(c) => unary(*op, c),
            _ => None,
        },
        ExprKind::BinOp { left, op, right } => match (&left.kind, &right.kind) {
            (ExprKind::Constant(a), ExprKind::Constant(b)) => binary(a, *op, b),
            _ => None,
        },
        ExprKind::Subscript {
            value,
            slice,
            ctx: Ctx::Load,
        } => match (&value.kind, &slice.kind) {
            (ExprKind::Constant(v), ExprKind::Constant(Constant::Int(i))) => subscript(v, i),
            _ => None,
        },
        _ => None,
    }
}

/// An int operand (a bool counts as 0 or 1).
fn as_int(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(i.clone()),
        Constant::Bool(b) => Some(BigInt::from(u8::from(*b))),
        _ => None,
    }
}

/// A real operand as a float (exact for ints within 2**53, the only ones used so).
fn as_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        _ => as_int(c)
            .filter(|i| i.bits() <= 53)
            .and_then(|i| i.to_f64()),
    }
}

fn truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex(re, im) => *re != 0.0 || *im != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Ellipsis => true,
    }
}

fn unary(op: UnaryOp, c: &Constant) -> Option<Constant> {
    match (op, c) {
        (UnaryOp::Not, _) => Some(Constant::Bool(!truthy(c))),
        (UnaryOp::USub, Constant::Float(f)) => Some(Constant::Float(-f)),
        (UnaryOp::UAdd, Constant::Float(f)) => Some(Constant::Float(*f)),
        (UnaryOp::USub, Constant::Complex(re, im)) => Some(Constant::Complex(-re, -im)),
        (UnaryOp::UAdd, Constant::Complex(re, im)) => Some(Constant::Complex(*re, *im)),
        (UnaryOp::Invert, Constant::Complex(..)) => None,
        (UnaryOp::USub, _) => as_int(c).map(|i| Constant::Int(-i)),
        (UnaryOp::UAdd, _) => as_int(c).map(Constant::Int),
        (UnaryOp::Invert, _) => as_int(c).map(|i| Constant::Int(-i - 1)),
    }
}

fn binary(a: &Constant, op: BinOp, b: &Constant) -> Option<Constant> {
    if let (Constant::Bool(x), Constant::Bool(y)) = (a, b) {
        match op {
            BinOp::BitAnd => return Some(Constant::Bool(x & y)),
            BinOp::BitOr => return Some(Constant::Bool(x | y)),
            BinOp::BitXor => return Some(Constant::Bool(x ^ y)),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        if op == BinOp::Div {
            // True division of ints small enough to be exact floats is one IEEE division.
            let (x, y) = (as_float(a)?, as_float(b)?);
            return (y != 0.0).then(|| Constant::Float(x / y));
        }
        return int_binary(&x, op, &y).map(Constant::Int);
    }
    if matches!(a, Constant::Complex(..)) || matches!(b, Constant::Complex(..)) {
        return complex_binary(as_complex(a)?, op, as_complex(b)?);
    }
    if matches!(a, Constant::Float(_)) || matches!(b, Constant::Float(_)) {
        let (x, y) = (as_float(a)?, as_float(b)?);
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div if y != 0.0 => x / y,
            _ => return None,
        };
        return Some(Constant::Float(r));
    }
    sequence_binary(a, op, b)
}

/// A complex operand: an int or float becomes `(x, 0.0)` (`to_complex`).
fn as_complex(c: &Constant) -> Option<(f64, f64)> {
    match c {
        Constant::Complex(re, im) => Some((*re, *im)),
        Constant::Float(f) => Some((*f, 0.0)),
        _ => as_int(c)
            .and_then(|i| i.to_f64())
            .filter(|f| f.is_finite())
            .map(|f| (f, 0.0)),
    }
}

/// `complex_add`, `complex_sub`, `complex_mul`, `complex_div` and `complex_pow`; what
/// raises (division by zero, a power's overflow) is left for run time.
fn complex_binary(a: (f64, f64), op: BinOp, b: (f64, f64)) -> Option<Constant> {
    use crate::objects::number::{c_mul, c_quot, complex_pow_value};
    let (re, im) = match op {
        BinOp::Add => (a.0 + b.0, a.1 + b.1),
        BinOp::Sub => (a.0 - b.0, a.1 - b.1),
        BinOp::Mult => c_mul(a, b),
        BinOp::Div => c_quot(a, b)?,
        BinOp::Pow => complex_pow_value(a, b).ok()?,
        _ => return None,
    };
    Some(Constant::Complex(re, im))
}

/// Int arithmetic, within `safe_multiply`, `safe_power` and `safe_lshift`'s limits.
fn int_binary(x: &BigInt, op: BinOp, y: &BigInt) -> Option<BigInt> {
    Some(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => {
            if !x.is_zero() && !y.is_zero() && x.bits() + y.bits() > MAX_INT_BITS {
                return None;
            }
            x * y
        }
        BinOp::FloorDiv if !y.is_zero() => x.div_floor(y),
        BinOp::Mod if !y.is_zero() => x.mod_floor(y),
        BinOp::Pow => {
            if y.is_negative() {
                return None;
            }
            let e = y.to_u32()?;
            if !x.is_zero() && e > 0 && x.bits() > MAX_INT_BITS / u64::from(e) {
                return None;
            }
            num_traits::pow(x.clone(), e as usize)
        }
        BinOp::LShift => {
            if y.is_negative() {
                return None;
            }
            let shift = y.to_u64()?;
            if !x.is_zero() && (shift > MAX_INT_BITS || x.bits() > MAX_INT_BITS - shift) {
                return None;
            }
            x << shift
        }
        BinOp::RShift => {
            if y.is_negative() {
                return None;
            }
            match y.to_u64() {
                Some(shift) => x >> shift,
                None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        _ => return None,
    })
}

/// `str` and `bytes` concatenation and repetition (`safe_multiply`'s size limit).
fn sequence_binary(a: &Constant, op: BinOp, b: &Constant) -> Option<Constant> {
    match (a, op, b) {
        (Constant::Str(x), BinOp::Add, Constant::Str(y)) => Some(Constant::Str(format!("{x}{y}"))),
        (Constant::Bytes(x), BinOp::Add, Constant::Bytes(y)) => {
            Some(Constant::Bytes([x.as_slice(), y].concat()))
        }
        (Constant::Str(_) | Constant::Bytes(_), BinOp::Mult, n) => repeat(a, n),
        (n, BinOp::Mult, Constant::Str(_) | Constant::Bytes(_)) => repeat(b, n),
        _ => None,
    }
}

fn repeat(seq: &Constant, n: &Constant) -> Option<Constant> {
    let n = as_int(n)?;
    let size = match seq {
        Constant::Str(s) => s.chars().count(),
        Constant::Bytes(b) => b.len(),
        _ => return None,
    };
    let n = n.to_i64()?;
    // An empty sequence repeats to itself whatever the count (negative counts give it too).
    let count = match MAX_STR_SIZE.checked_div(size) {
        None => n.max(0) as usize,
        Some(limit) if n >= 0 && n as usize <= limit => n as usize,
        Some(_) => return None,
    };
    Some(match seq {
        Constant::Str(s) => Constant::Str(s.repeat(count)),
        Constant::Bytes(b) => Constant::Bytes(b.repeat(count)),
        _ => return None,
    })
}

/// `'abc'[i]` and `b'abc'[i]` with an int index in range.
fn subscript(value: &Constant, index: &BigInt) -> Option<Constant> {
    let i = index.to_i64()?;
    let at = |len: usize| {
        let i = if i < 0 { i + len as i64 } else { i };
        (0..len as i64).contains(&i).then_some(i as usize)
    };
    match value {
        Constant::Str(s) => {
            let chars: Vec<char> = s.chars().collect();
            at(chars.len()).map(|i| Constant::Str(chars[i].to_string()))
        }
        Constant::Bytes(b) => at(b.len()).map(|i| Constant::Int(BigInt::from(b[i]))),
        _ => None,
    }
}
