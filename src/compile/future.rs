//! `from __future__ import ...`: CPython's `Python/future.c`, and the expression unparser
//! that `from __future__ import annotations` needs (CPython's `Python/ast_unparse.c`).
//!
//! Future statements must open the module (after its docstring); [`parse`] collects their
//! features and rejects unknown ones, and the code generator rejects a future import found
//! later. Every historical feature is accepted and has no effect except `annotations`
//! (PEP 563): annotations are then not evaluated but stored as their source text, which
//! [`unparse`] rebuilds from the AST with CPython's precedence rules, so that
//! `x: List[int]` records the string `'List[int]'` exactly as CPython does.

use super::syntax_error;
use crate::syntax::ast::*;
use crate::syntax::SyntaxErrorInfo;

/// The features a module enables.
#[derive(Clone, Copy, Debug, Default)]
pub struct Future {
    /// PEP 563: annotations are stored as strings.
    pub annotations: bool,
    /// Line of the last future statement at the top of the module (0 if none): a future
    /// import below it is a SyntaxError.
    pub last_line: u32,
}

const KNOWN: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// future.c's `future_parse`: the future statements at the top of `module`.
pub fn parse(module: &Module, filename: &str) -> Result<Future, SyntaxErrorInfo> {
    let mut future = Future::default();
    let body = &module.body;
    let has_docstring = matches!(
        body.first().map(|s| &s.kind),
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(_)),
            ..
        }))
    );
    for stmt in &body[has_docstring as usize..] {
        let StmtKind::ImportFrom {
            module: Some(name),
            names,
            ..
        } = &stmt.kind
        else {
            break;
        };
        if name != "__future__" {
            break;
        }
        for alias in names {
            match alias.name.as_str() {
                "annotations" => future.annotations = true,
                "braces" => return Err(syntax_error("not a chance", filename, stmt.loc)),
                feature if KNOWN.contains(&feature) => {}
                feature => {
                    let msg = format!("future feature {feature} is not defined");
                    return Err(syntax_error(msg, filename, stmt.loc));
                }
            }
        }
        future.last_line = stmt.loc.line;
    }
    Ok(future)
}

/// Operator precedence levels of ast_unparse.c (`PR_*`).
mod pr {
    pub const TUPLE: u8 = 0;
    pub const TEST: u8 = 1;
    pub const OR: u8 = 2;
    pub const AND: u8 = 3;
    pub const NOT: u8 = 4;
    pub const CMP: u8 = 5;
    pub const BOR: u8 = 6;
    pub const BXOR: u8 = 7;
    pub const BAND: u8 = 8;
    pub const SHIFT: u8 = 9;
    pub const ARITH: u8 = 10;
    pub const TERM: u8 = 11;
    pub const FACTOR: u8 = 12;
    pub const POWER: u8 = 13;
    pub const AWAIT: u8 = 14;
    pub const ATOM: u8 = 15;
}

/// The source text of an expression, as `ast.unparse` / PEP 563 produce it.
pub fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, e, pr::TEST);
    out
}

fn binop_info(op: BinOp) -> (&'static str, u8) {
    match op {
        BinOp::Add => ("+", pr::ARITH),
        BinOp::Sub => ("-", pr::ARITH),
        BinOp::Mult => ("*", pr::TERM),
        BinOp::MatMult => ("@", pr::TERM),
        BinOp::Div => ("/", pr::TERM),
        BinOp::Mod => ("%", pr::TERM),
        BinOp::FloorDiv => ("//", pr::TERM),
        BinOp::Pow => ("**", pr::POWER),
        BinOp::LShift => ("<<", pr::SHIFT),
        BinOp::RShift => (">>", pr::SHIFT),
        BinOp::BitOr => ("|", pr::BOR),
        BinOp::BitXor => ("^", pr::BXOR),
        BinOp::BitAnd => ("&", pr::BAND),
    }
}

fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn write_list(out: &mut String, items: &[Expr]) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(out, item, pr::TEST);
    }
}

/// ast_unparse.c's `append_ast_expr`: parenthesize when `e` binds looser than `level`.
fn write_expr(out: &mut String, e: &Expr, level: u8) {
    let wrap = |out: &mut String, own: u8, body: &dyn Fn(&mut String)| {
        if level > own {
            out.push('(');
        }
        body(out);
        if level > own {
            out.push(')');
        }
    };
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (word, own) = if *op == BoolOpKind::And {
                (" and ", pr::AND)
            } else {
                (" or ", pr::OR)
            };
            wrap(out, own, &|out| {
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(word);
                    }
                    write_expr(out, v, own + 1);
                }
            });
        }
        ExprKind::NamedExpr { target, value } => wrap(out, pr::TUPLE, &|out| {
            write_expr(out, target, pr::ATOM);
            out.push_str(" := ");
            write_expr(out, value, pr::ATOM);
        }),
        ExprKind::BinOp { left, op, right } => {
            let (symbol, own) = binop_info(*op);
            // `**` is right-associative.
            let (l, r) = if *op == BinOp::Pow {
                (own + 1, own)
            } else {
                (own, own + 1)
            };
            wrap(out, own, &|out| {
                write_expr(out, left, l);
                out.push_str(&format!(" {symbol} "));
                write_expr(out, right, r);
            });
        }
        ExprKind::UnaryOp { op, operand } => {
            let (symbol, own) = match op {
                UnaryOp::Not => ("not ", pr::NOT),
                UnaryOp::Invert => ("~", pr::FACTOR),
                UnaryOp::UAdd => ("+", pr::FACTOR),
                UnaryOp::USub => ("-", pr::FACTOR),
            };
            wrap(out, own, &|out| {
                out.push_str(symbol);
                write_expr(out, operand, own);
            });
        }
        ExprKind::Lambda { args, body } => wrap(out, pr::TEST, &|out| {
            let positional = args.posonlyargs.len() + args.args.len();
            out.push_str(if positional > 0 { "lambda " } else { "lambda" });
            write_args(out, args);
            out.push_str(": ");
            write_expr(out, body, pr::TEST);
        }),
        ExprKind::IfExp { test, body, orelse } => wrap(out, pr::TEST, &|out| {
            write_expr(out, body, pr::TEST + 1);
            out.push_str(" if ");
            write_expr(out, test, pr::TEST + 1);
            out.push_str(" else ");
            write_expr(out, orelse, pr::TEST);
        }),
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        write_expr(out, k, pr::TEST);
                        out.push_str(": ");
                        write_expr(out, v, pr::TEST);
                    }
                    None => {
                        out.push_str("**");
                        write_expr(out, v, pr::BOR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(elts) => {
            out.push('{');
            write_list(out, elts);
            out.push('}');
        }
        ExprKind::Await(value) => wrap(out, pr::AWAIT, &|out| {
            out.push_str("await ");
            write_expr(out, value, pr::ATOM);
        }),
        ExprKind::Yield(value) => {
            out.push_str("(yield");
            if let Some(v) = value {
                out.push(' ');
                write_expr(out, v, pr::TEST);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(value) => {
            out.push_str("(yield from ");
            write_expr(out, value, pr::TEST);
            out.push(')');
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => wrap(out, pr::CMP, &|out| {
            write_expr(out, left, pr::CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                out.push_str(&format!(" {} ", cmp_symbol(*op)));
                write_expr(out, c, pr::CMP + 1);
            }
        }),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            write_expr(out, func, pr::ATOM);
            out.push('(');
            write_list(out, args);
            for (i, k) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    out.push_str(", ");
                }
                match &k.arg {
                    Some(name) => out.push_str(&format!("{name}=")),
                    None => out.push_str("**"),
                }
                write_expr(out, &k.value, pr::TEST);
            }
            out.push(')');
        }
        ExprKind::Constant(c) => match c {
            Constant::Ellipsis => out.push_str("..."),
            // `repr`, with an infinity written as the literal that makes one.
            Constant::Float(f) => out.push_str(&float_text(*f)),
            Constant::Complex(re, im) if *re == 0.0 && re.is_sign_positive() => {
                let text = float_text(*im);
                out.push_str(text.strip_suffix(".0").unwrap_or(&text));
                out.push('j');
            }
            other => out.push_str(&crate::bytecode::dis::const_repr(
                &super::codegen::to_const(other),
            )),
        },
        ExprKind::Attribute { value, attr, .. } => {
            write_expr(out, value, pr::ATOM);
            // `1 .real`: an int literal needs a space before the dot.
            if matches!(value.kind, ExprKind::Constant(Constant::Int(_))) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            write_expr(out, value, pr::ATOM);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    write_list(out, elts);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => write_expr(out, slice, pr::TUPLE),
            }
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            write_expr(out, value, pr::BOR);
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::List { elts, .. } => {
            out.push('[');
            write_list(out, elts);
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            let paren = level > pr::TUPLE || elts.is_empty();
            if paren {
                out.push('(');
            }
            write_list(out, elts);
            if elts.len() == 1 {
                out.push(',');
            }
            if paren {
                out.push(')');
            }
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                write_expr(out, l, pr::TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                write_expr(out, u, pr::TEST);
            }
            if let Some(s) = step {
                out.push(':');
                write_expr(out, s, pr::TEST);
            }
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            write_expr(out, elt, pr::TEST);
            write_comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            write_expr(out, elt, pr::TEST);
            write_comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            write_expr(out, elt, pr::TEST);
            write_comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            write_expr(out, key, pr::TEST);
            out.push_str(": ");
            write_expr(out, value, pr::TEST);
            write_comprehensions(out, generators);
            out.push('}');
        }
        // `append_joinedstr`: `f` and the repr of the body.
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => {
            let mut body = String::new();
            write_fstring_element(&mut body, e);
            out.push('f');
            out.push_str(&crate::bytecode::dis::const_repr(
                &crate::bytecode::Const::Str(body),
            ));
        }
    }
}

/// `repr(f)` as ast_unparse.c writes a float constant: an infinity is `1e309`.
fn float_text(f: f64) -> String {
    if f.is_infinite() {
        "1e309".to_string()
    } else {
        crate::format::float::float_repr(f)
    }
}

/// `append_ast_args`: positional (with `/` after the positional-only ones) and their
/// defaults, `*args` or a bare `*`, keyword-only ones and their defaults, `**kwargs`.
fn write_args(out: &mut String, args: &Arguments) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !std::mem::take(&mut first) {
            out.push_str(", ");
        }
    };
    let positional: Vec<&Arg> = args.posonlyargs.iter().chain(&args.args).collect();
    let n_defaults = args.defaults.len();
    for (i, arg) in positional.iter().enumerate() {
        sep(out);
        write_arg(out, arg);
        if let Some(di) = (i + n_defaults).checked_sub(positional.len()) {
            out.push('=');
            write_expr(out, &args.defaults[di], pr::TEST);
        }
        if !args.posonlyargs.is_empty() && i + 1 == args.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &args.vararg {
            write_arg(out, v);
        }
    }
    for (i, arg) in args.kwonlyargs.iter().enumerate() {
        sep(out);
        write_arg(out, arg);
        if let Some(Some(d)) = args.kw_defaults.get(i) {
            out.push('=');
            write_expr(out, d, pr::TEST);
        }
    }
    if let Some(k) = &args.kwarg {
        sep(out);
        out.push_str("**");
        write_arg(out, k);
    }
}

fn write_arg(out: &mut String, arg: &Arg) {
    out.push_str(&arg.name);
    if let Some(a) = &arg.annotation {
        out.push_str(": ");
        write_expr(out, a, pr::TEST);
    }
}

/// `append_ast_comprehension` for each generator of a comprehension.
fn write_comprehensions(out: &mut String, generators: &[Comprehension]) {
    for g in generators {
        out.push_str(if g.is_async { " async for " } else { " for " });
        write_expr(out, &g.target, pr::TUPLE);
        out.push_str(" in ");
        write_expr(out, &g.iter, pr::TEST + 1);
        for cond in &g.ifs {
            out.push_str(" if ");
            write_expr(out, cond, pr::TEST + 1);
        }
    }
}

/// `append_fstring_element`: literal text with its braces doubled (in a format spec too),
/// a nested f-string's body, or a replacement field.
fn write_fstring_element(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Constant(Constant::Str(text)) => {
            out.push_str(&text.replace('{', "{{").replace('}', "}}"));
        }
        ExprKind::JoinedStr(values) => {
            for v in values {
                write_fstring_element(out, v);
            }
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let mut inner = String::new();
            write_expr(&mut inner, value, pr::TEST + 1);
            // An expression opening with a brace is set apart from the field's own.
            out.push_str(if inner.starts_with('{') { "{ " } else { "{" });
            out.push_str(&inner);
            if let Some(c) = conversion {
                out.push('!');
                out.push(*c);
            }
            if let Some(spec) = format_spec {
                out.push(':');
                write_fstring_element(out, spec);
            }
            out.push('}');
        }
        _ => write_expr(out, e, pr::TEST + 1),
    }
}
