//! The native half of `ast` (`py/ast.py`): refpy's own syntax tree ([`crate::syntax::ast`])
//! turned into objects of the `ast` node classes (`_parse`), and a tree of such objects
//! turned back into refpy's tree and compiled (`_compile`), as CPython's `Python/Python-ast.c`
//! (`ast2obj_*` / `obj2ast_*`) and `Python/ast.c` (the validator) do.
//!
//! The node classes live in the Python half, which passes them in: `classes` is a tuple in
//! the order of [`NODE_NAMES`], `singletons` the shared instances of the context and
//! operator classes (CPython's parser shares one `Load()` among all nodes, likewise each
//! operator). refpy's columns count characters; CPython's count UTF-8 bytes, so every column
//! is converted through the source line.

use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::objects::payload::Payload;
use crate::syntax::ast::*;
use crate::vm::{Args, PyErr, PyResult, Vm};
use num_bigint::BigInt;

/// Set in `ast` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("_node_names", node_names),
    ("_singleton_names", singleton_names),
    ("_parse", parse),
    ("_compile", compile_tree),
];

/// Every node class the converters use, in the order of the `classes` tuple.
const NODE_NAMES: &[&str] = &[
    "AST",
    "Module",
    "Interactive",
    "Expression",
    "FunctionType",
    "FunctionDef",
    "AsyncFunctionDef",
    "ClassDef",
    "Return",
    "Delete",
    "Assign",
    "AugAssign",
    "AnnAssign",
    "For",
    "AsyncFor",
    "While",
    "If",
    "With",
    "AsyncWith",
    "Match",
    "Raise",
    "Try",
    "TryStar",
    "Assert",
    "Import",
    "ImportFrom",
    "Global",
    "Nonlocal",
    "Expr",
    "Pass",
    "Break",
    "Continue",
    "BoolOp",
    "NamedExpr",
    "BinOp",
    "UnaryOp",
    "Lambda",
    "IfExp",
    "Dict",
    "Set",
    "ListComp",
    "SetComp",
    "DictComp",
    "GeneratorExp",
    "Await",
    "Yield",
    "YieldFrom",
    "Compare",
    "Call",
    "FormattedValue",
    "JoinedStr",
    "Constant",
    "Attribute",
    "Subscript",
    "Starred",
    "Name",
    "List",
    "Tuple",
    "Slice",
    "comprehension",
    "ExceptHandler",
    "arguments",
    "arg",
    "keyword",
    "alias",
    "withitem",
    "match_case",
    "MatchValue",
    "MatchSingleton",
    "MatchSequence",
    "MatchMapping",
    "MatchClass",
    "MatchStar",
    "MatchAs",
    "MatchOr",
    "Load",
    "Store",
    "Del",
    "And",
    "Or",
    "Add",
    "Sub",
    "Mult",
    "MatMult",
    "Div",
    "Mod",
    "Pow",
    "LShift",
    "RShift",
    "BitOr",
    "BitXor",
    "BitAnd",
    "FloorDiv",
    "Invert",
    "Not",
    "UAdd",
    "USub",
    "Eq",
    "NotEq",
    "Lt",
    "LtE",
    "Gt",
    "GtE",
    "Is",
    "IsNot",
    "In",
    "NotIn",
    "mod",
    "stmt",
    "expr",
    "pattern",
    "excepthandler",
    "type_ignore",
];

/// The classes whose instances are shared (the `singletons` tuple, in this order).
const SINGLETON_NAMES: &[&str] = &[
    "Load", "Store", "Del", "And", "Or", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
    "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv", "Invert", "Not", "UAdd", "USub",
    "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
];

fn names_tuple(vm: &mut Vm, names: &[&str]) -> PyRef {
    let items = names.iter().map(|n| vm.str(n)).collect();
    vm.tuple(items)
}

/// `_node_names()`: the names of the classes `_parse` and `_compile` take, in order.
fn node_names(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(names_tuple(vm, NODE_NAMES))
}

/// `_singleton_names()`: the classes whose shared instances `_parse` takes, in order.
fn singleton_names(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(names_tuple(vm, SINGLETON_NAMES))
}

fn index_of(names: &[&str], name: &str) -> usize {
    names.iter().position(|n| *n == name).unwrap_or(0)
}

fn tuple_arg(vm: &Vm, args: &[PyRef], i: usize, len: usize) -> PyResult<Vec<PyRef>> {
    match args.get(i).and_then(|a| a.tuple_items()) {
        Some(items) if items.len() == len => Ok(items.to_vec()),
        _ => Err(vm.type_error("ast: bad node class table")),
    }
}

fn binop_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mult => "Mult",
        BinOp::MatMult => "MatMult",
        BinOp::Div => "Div",
        BinOp::Mod => "Mod",
        BinOp::Pow => "Pow",
        BinOp::LShift => "LShift",
        BinOp::RShift => "RShift",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
        BinOp::FloorDiv => "FloorDiv",
    }
}

const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mult,
    BinOp::MatMult,
    BinOp::Div,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitOr,
    BinOp::BitXor,
    BinOp::BitAnd,
    BinOp::FloorDiv,
];

fn unaryop_name(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Invert => "Invert",
        UnaryOp::Not => "Not",
        UnaryOp::UAdd => "UAdd",
        UnaryOp::USub => "USub",
    }
}

const UNARYOPS: [UnaryOp; 4] = [UnaryOp::Invert, UnaryOp::Not, UnaryOp::UAdd, UnaryOp::USub];

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

const CMPOPS: [CmpOp; 10] = [
    CmpOp::Eq,
    CmpOp::NotEq,
    CmpOp::Lt,
    CmpOp::LtE,
    CmpOp::Gt,
    CmpOp::GtE,
    CmpOp::Is,
    CmpOp::IsNot,
    CmpOp::In,
    CmpOp::NotIn,
];

fn ctx_name(c: Ctx) -> &'static str {
    match c {
        Ctx::Load => "Load",
        Ctx::Store => "Store",
        Ctx::Del => "Del",
    }
}

/// The source text as the parser saw it (see `syntax::parser::normalize`).
fn normalized(source: &str) -> String {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    source.replace("\r\n", "\n").replace('\r', "\n")
}

/// The text of a `str`, `bytes` or `bytearray` source.
fn source_of(vm: &Vm, obj: &PyRef) -> PyResult<String> {
    let text = match &obj.payload {
        Payload::Str(s) => s.as_str().to_string(),
        Payload::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        Payload::ByteArray(b) => String::from_utf8_lossy(&b.borrow()).into_owned(),
        _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    if text.contains('\0') {
        return Err(vm.new_error(
            "SyntaxError",
            "source code string cannot contain null bytes",
        ));
    }
    Ok(text)
}

// ---------------------------------------------------------------------------------------
// refpy's tree to node objects.

struct Builder<'a> {
    classes: &'a [PyRef],
    singletons: &'a [PyRef],
    lines: Vec<&'a str>,
    attr_names: Vec<PyRef>,
}

impl Builder<'_> {
    fn class(&self, name: &str) -> &PyRef {
        &self.classes[index_of(NODE_NAMES, name)]
    }

    fn single(&self, name: &str) -> PyRef {
        self.singletons[index_of(SINGLETON_NAMES, name)].clone()
    }

    /// The UTF-8 byte offset of character column `col` of line `line`.
    fn byte_col(&self, line: u32, col: u32) -> i64 {
        match line.checked_sub(1).and_then(|l| self.lines.get(l as usize)) {
            Some(text) if !text.is_ascii() => {
                let mut bytes = 0usize;
                let mut chars = text.chars();
                for _ in 0..col {
                    match chars.next() {
                        Some(c) => bytes += c.len_utf8(),
                        None => bytes += 1,
                    }
                }
                bytes as i64
            }
            _ => col as i64,
        }
    }

    /// The character at a location's start, if any.
    fn char_at(&self, line: u32, col: u32) -> Option<char> {
        let text = self.lines.get(line.checked_sub(1)? as usize)?;
        text.chars().nth(col as usize)
    }

    fn make(&self, vm: &mut Vm, name: &str, mut fields: Vec<PyRef>, loc: Option<Loc>) -> PyResult {
        let cls = self.class(name).clone();
        match loc {
            None => vm.call(&cls, Args::new(&fields)),
            Some(l) => {
                fields.push(vm.int(l.line as i64));
                fields.push(vm.int(self.byte_col(l.line, l.col)));
                fields.push(vm.int(l.end_line as i64));
                fields.push(vm.int(self.byte_col(l.end_line, l.end_col)));
                vm.call(
                    &cls,
                    Args {
                        args: &fields,
                        kwnames: &self.attr_names,
                    },
                )
            }
        }
    }

    fn opt_str(&self, vm: &mut Vm, s: &Option<String>) -> PyRef {
        match s {
            Some(s) => vm.str(s),
            None => vm.none(),
        }
    }

    fn stmts(&mut self, vm: &mut Vm, body: &[Stmt]) -> PyResult {
        let mut out = Vec::with_capacity(body.len());
        for s in body {
            out.push(self.stmt(vm, s)?);
        }
        Ok(vm.list(out))
    }

    fn exprs(&mut self, vm: &mut Vm, v: &[Expr]) -> PyResult {
        let mut out = Vec::with_capacity(v.len());
        for e in v {
            out.push(self.expr(vm, e)?);
        }
        Ok(vm.list(out))
    }

    fn opt_expr(&mut self, vm: &mut Vm, e: Option<&Expr>) -> PyResult {
        match e {
            Some(e) => self.expr(vm, e),
            None => Ok(vm.none()),
        }
    }

    fn strs(&self, vm: &mut Vm, v: &[String]) -> PyRef {
        let items = v.iter().map(|s| vm.str(s)).collect();
        vm.list(items)
    }

    fn stmt(&mut self, vm: &mut Vm, s: &Stmt) -> PyResult {
        let loc = Some(s.loc);
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                let name = vm.str(&f.name);
                let args = self.arguments(vm, &f.args)?;
                let body = self.stmts(vm, &f.body)?;
                let decos = self.exprs(vm, &f.decorators)?;
                let returns = self.opt_expr(vm, f.returns.as_ref())?;
                let kind = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                let tc = vm.none();
                self.make(vm, kind, vec![name, args, body, decos, returns, tc], loc)
            }
            StmtKind::ClassDef(c) => {
                let name = vm.str(&c.name);
                let bases = self.exprs(vm, &c.bases)?;
                let kws = self.keywords(vm, &c.keywords)?;
                let body = self.stmts(vm, &c.body)?;
                let decos = self.exprs(vm, &c.decorators)?;
                self.make(vm, "ClassDef", vec![name, bases, kws, body, decos], loc)
            }
            StmtKind::Return(v) => {
                let v = self.opt_expr(vm, v.as_ref())?;
                self.make(vm, "Return", vec![v], loc)
            }
            StmtKind::Delete(t) => {
                let t = self.exprs(vm, t)?;
                self.make(vm, "Delete", vec![t], loc)
            }
            StmtKind::Assign { targets, value } => {
                let t = self.exprs(vm, targets)?;
                let v = self.expr(vm, value)?;
                let tc = vm.none();
                self.make(vm, "Assign", vec![t, v, tc], loc)
            }
            StmtKind::AugAssign { target, op, value } => {
                let t = self.expr(vm, target)?;
                let op = self.single(binop_name(*op));
                let v = self.expr(vm, value)?;
                self.make(vm, "AugAssign", vec![t, op, v], loc)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                let t = self.expr(vm, target)?;
                let a = self.expr(vm, annotation)?;
                let v = self.opt_expr(vm, value.as_ref())?;
                let s = vm.int(*simple as i64);
                self.make(vm, "AnnAssign", vec![t, a, v, s], loc)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                let t = self.expr(vm, target)?;
                let i = self.expr(vm, iter)?;
                let b = self.stmts(vm, body)?;
                let o = self.stmts(vm, orelse)?;
                let tc = vm.none();
                let kind = if *is_async { "AsyncFor" } else { "For" };
                self.make(vm, kind, vec![t, i, b, o, tc], loc)
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                let t = self.expr(vm, test)?;
                let b = self.stmts(vm, body)?;
                let o = self.stmts(vm, orelse)?;
                let kind = if matches!(s.kind, StmtKind::While { .. }) {
                    "While"
                } else {
                    "If"
                };
                self.make(vm, kind, vec![t, b, o], loc)
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                let mut out = Vec::new();
                for it in items {
                    let c = self.expr(vm, &it.context_expr)?;
                    let v = self.opt_expr(vm, it.optional_vars.as_ref())?;
                    out.push(self.make(vm, "withitem", vec![c, v], None)?);
                }
                let items = vm.list(out);
                let b = self.stmts(vm, body)?;
                let tc = vm.none();
                let kind = if *is_async { "AsyncWith" } else { "With" };
                self.make(vm, kind, vec![items, b, tc], loc)
            }
            StmtKind::Match { subject, cases } => {
                let subj = self.expr(vm, subject)?;
                let mut out = Vec::new();
                for c in cases {
                    let p = self.pattern(vm, &c.pattern)?;
                    let g = self.opt_expr(vm, c.guard.as_ref())?;
                    let b = self.stmts(vm, &c.body)?;
                    out.push(self.make(vm, "match_case", vec![p, g, b], None)?);
                }
                let cases = vm.list(out);
                self.make(vm, "Match", vec![subj, cases], loc)
            }
            StmtKind::Raise { exc, cause } => {
                let e = self.opt_expr(vm, exc.as_ref())?;
                let c = self.opt_expr(vm, cause.as_ref())?;
                self.make(vm, "Raise", vec![e, c], loc)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let b = self.stmts(vm, body)?;
                let mut out = Vec::new();
                for h in handlers {
                    let t = self.opt_expr(vm, h.typ.as_ref())?;
                    let n = self.opt_str(vm, &h.name);
                    let hb = self.stmts(vm, &h.body)?;
                    out.push(self.make(vm, "ExceptHandler", vec![t, n, hb], Some(h.loc))?);
                }
                let hs = vm.list(out);
                let o = self.stmts(vm, orelse)?;
                let f = self.stmts(vm, finalbody)?;
                let kind = if handlers.iter().any(|h| h.star) {
                    "TryStar"
                } else {
                    "Try"
                };
                self.make(vm, kind, vec![b, hs, o, f], loc)
            }
            StmtKind::Assert { test, msg } => {
                let t = self.expr(vm, test)?;
                let m = self.opt_expr(vm, msg.as_ref())?;
                self.make(vm, "Assert", vec![t, m], loc)
            }
            StmtKind::Import(names) => {
                let n = self.aliases(vm, names)?;
                self.make(vm, "Import", vec![n], loc)
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let m = self.opt_str(vm, module);
                let n = self.aliases(vm, names)?;
                let l = vm.int(*level as i64);
                self.make(vm, "ImportFrom", vec![m, n, l], loc)
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let n = self.strs(vm, names);
                let kind = if matches!(s.kind, StmtKind::Global(_)) {
                    "Global"
                } else {
                    "Nonlocal"
                };
                self.make(vm, kind, vec![n], loc)
            }
            StmtKind::Expr(e) => {
                let e = self.expr(vm, e)?;
                self.make(vm, "Expr", vec![e], loc)
            }
            StmtKind::Pass => self.make(vm, "Pass", vec![], loc),
            StmtKind::Break => self.make(vm, "Break", vec![], loc),
            StmtKind::Continue => self.make(vm, "Continue", vec![], loc),
        }
    }

    fn aliases(&mut self, vm: &mut Vm, names: &[Alias]) -> PyResult {
        let mut out = Vec::new();
        for a in names {
            let n = vm.str(&a.name);
            let asn = self.opt_str(vm, &a.asname);
            out.push(self.make(vm, "alias", vec![n, asn], Some(a.loc))?);
        }
        Ok(vm.list(out))
    }

    fn keywords(&mut self, vm: &mut Vm, kws: &[Keyword]) -> PyResult {
        let mut out = Vec::new();
        for k in kws {
            let a = self.opt_str(vm, &k.arg);
            let v = self.expr(vm, &k.value)?;
            out.push(self.make(vm, "keyword", vec![a, v], Some(k.loc))?);
        }
        Ok(vm.list(out))
    }

    fn arg(&mut self, vm: &mut Vm, a: &Arg) -> PyResult {
        let n = vm.str(&a.name);
        let ann = self.opt_expr(vm, a.annotation.as_ref())?;
        let tc = vm.none();
        self.make(vm, "arg", vec![n, ann, tc], Some(a.loc))
    }

    fn arg_list(&mut self, vm: &mut Vm, v: &[Arg]) -> PyResult {
        let mut out = Vec::new();
        for a in v {
            out.push(self.arg(vm, a)?);
        }
        Ok(vm.list(out))
    }

    fn opt_arg(&mut self, vm: &mut Vm, a: &Option<Arg>) -> PyResult {
        match a {
            Some(a) => self.arg(vm, a),
            None => Ok(vm.none()),
        }
    }

    fn arguments(&mut self, vm: &mut Vm, a: &Arguments) -> PyResult {
        let posonly = self.arg_list(vm, &a.posonlyargs)?;
        let args = self.arg_list(vm, &a.args)?;
        let vararg = self.opt_arg(vm, &a.vararg)?;
        let kwonly = self.arg_list(vm, &a.kwonlyargs)?;
        let mut kwd = Vec::new();
        for d in &a.kw_defaults {
            kwd.push(self.opt_expr(vm, d.as_ref())?);
        }
        let kwd = vm.list(kwd);
        let kwarg = self.opt_arg(vm, &a.kwarg)?;
        let defaults = self.exprs(vm, &a.defaults)?;
        self.make(
            vm,
            "arguments",
            vec![posonly, args, vararg, kwonly, kwd, kwarg, defaults],
            None,
        )
    }

    fn comprehensions(&mut self, vm: &mut Vm, gens: &[Comprehension]) -> PyResult {
        let mut out = Vec::new();
        for g in gens {
            let t = self.expr(vm, &g.target)?;
            let i = self.expr(vm, &g.iter)?;
            let ifs = self.exprs(vm, &g.ifs)?;
            let a = vm.int(g.is_async as i64);
            out.push(self.make(vm, "comprehension", vec![t, i, ifs, a], None)?);
        }
        Ok(vm.list(out))
    }

    fn constant(&self, vm: &mut Vm, c: &Constant) -> PyRef {
        match c {
            Constant::None => vm.none(),
            Constant::Bool(b) => vm.bool(*b),
            Constant::Int(i) => vm.bigint(i.clone()),
            Constant::Float(f) => vm.float(*f),
            Constant::Complex(re, im) => vm.complex(*re, *im),
            Constant::Str(s) => vm.str(s),
            Constant::Bytes(b) => vm.bytes(b.clone()),
            Constant::Ellipsis => vm.ellipsis.clone(),
        }
    }

    /// The parts of an f-string (at any depth): literal `Constant`s and `FormattedValue`s
    /// located at the whole string.
    /// `part` is where a literal part goes (see the format spec case).
    fn fstring_part(&mut self, vm: &mut Vm, e: &Expr, whole: Loc, part: Loc) -> PyResult {
        match &e.kind {
            ExprKind::Constant(c) => {
                let v = self.constant(vm, c);
                let kind = vm.none();
                self.make(vm, "Constant", vec![v, kind], Some(part))
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let v = self.expr(vm, value)?;
                let conv = vm.int(conversion.map_or(-1, |c| c as i64));
                let spec = match format_spec.as_deref() {
                    Some(
                        spec @ Expr {
                            kind: ExprKind::JoinedStr(parts),
                            ..
                        },
                    ) => {
                        // CPython 3.11 locates a spec's literal at the spec's own string
                        // token when it ends the spec, else at the whole string.
                        let sloc = self.spec_loc(whole, value.loc, spec.loc);
                        let mut out = Vec::new();
                        for (i, p) in parts.iter().enumerate() {
                            let at = if i + 1 == parts.len() { sloc } else { whole };
                            out.push(self.fstring_part(vm, p, whole, at)?);
                        }
                        let parts = vm.list(out);
                        self.make(vm, "JoinedStr", vec![parts], Some(sloc))?
                    }
                    Some(other) => self.expr(vm, other)?,
                    None => vm.none(),
                };
                self.make(vm, "FormattedValue", vec![v, conv, spec], Some(whole))
            }
            _ => self.expr(vm, e),
        }
    }

    /// CPython 3.11 locates a format spec at the string token that holds its field: the
    /// token of the concatenation `whole` that contains `at`.
    fn spec_loc(&self, whole: Loc, at: Loc, fallback: Loc) -> Loc {
        let mut tokens = Vec::new();
        let mut line = whole.line;
        let col = whole.col;
        let Some(text) = self.lines.get(line as usize - 1) else {
            return fallback;
        };
        let mut chars: Vec<char> = text.chars().collect();
        let mut i = col as usize;
        // Scans string tokens from `whole`'s start until its end.
        loop {
            if (line, i as u32) >= (whole.end_line, whole.end_col) {
                break;
            }
            // Skip whitespace, comments and line breaks between tokens.
            if i >= chars.len() || chars[i] == '#' || chars[i] == '\\' {
                line += 1;
                match self.lines.get(line as usize - 1) {
                    Some(t) => chars = t.chars().collect(),
                    None => break,
                }
                i = 0;
                continue;
            }
            if chars[i].is_whitespace() || chars[i] == '(' || chars[i] == ')' {
                i += 1;
                continue;
            }
            let start = (line, i as u32);
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
            if i >= chars.len() {
                break;
            }
            let q = chars[i];
            let triple = i + 2 < chars.len() && chars[i + 1] == q && chars[i + 2] == q;
            let qlen = if triple { 3 } else { 1 };
            i += qlen;
            loop {
                if i >= chars.len() {
                    line += 1;
                    match self.lines.get(line as usize - 1) {
                        Some(t) => chars = t.chars().collect(),
                        None => return fallback,
                    }
                    i = 0;
                    continue;
                }
                if chars[i] == '\\' {
                    i += 2;
                    continue;
                }
                if chars[i] == q
                    && (!triple || (i + 2 < chars.len() && chars[i + 1] == q && chars[i + 2] == q))
                {
                    i += qlen;
                    break;
                }
                i += 1;
            }
            tokens.push((start, (line, i as u32)));
        }
        for (s, e) in tokens {
            if s <= (at.line, at.col) && (at.line, at.col) < e {
                return Loc {
                    line: s.0,
                    col: s.1,
                    end_line: e.0,
                    end_col: e.1,
                };
            }
        }
        fallback
    }

    fn expr(&mut self, vm: &mut Vm, e: &Expr) -> PyResult {
        let loc = Some(e.loc);
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let op = self.single(match op {
                    BoolOpKind::And => "And",
                    BoolOpKind::Or => "Or",
                });
                let v = self.exprs(vm, values)?;
                self.make(vm, "BoolOp", vec![op, v], loc)
            }
            ExprKind::NamedExpr { target, value } => {
                let t = self.expr(vm, target)?;
                let v = self.expr(vm, value)?;
                self.make(vm, "NamedExpr", vec![t, v], loc)
            }
            ExprKind::BinOp { left, op, right } => {
                let l = self.expr(vm, left)?;
                let op = self.single(binop_name(*op));
                let r = self.expr(vm, right)?;
                self.make(vm, "BinOp", vec![l, op, r], loc)
            }
            ExprKind::UnaryOp { op, operand } => {
                let op = self.single(unaryop_name(*op));
                let o = self.expr(vm, operand)?;
                self.make(vm, "UnaryOp", vec![op, o], loc)
            }
            ExprKind::Lambda { args, body } => {
                let a = self.arguments(vm, args)?;
                let b = self.expr(vm, body)?;
                self.make(vm, "Lambda", vec![a, b], loc)
            }
            ExprKind::IfExp { test, body, orelse } => {
                let t = self.expr(vm, test)?;
                let b = self.expr(vm, body)?;
                let o = self.expr(vm, orelse)?;
                self.make(vm, "IfExp", vec![t, b, o], loc)
            }
            ExprKind::Dict { keys, values } => {
                let mut ks = Vec::new();
                for k in keys {
                    ks.push(self.opt_expr(vm, k.as_ref())?);
                }
                let ks = vm.list(ks);
                let vs = self.exprs(vm, values)?;
                self.make(vm, "Dict", vec![ks, vs], loc)
            }
            ExprKind::Set(v) => {
                let v = self.exprs(vm, v)?;
                self.make(vm, "Set", vec![v], loc)
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let el = self.expr(vm, elt)?;
                let g = self.comprehensions(vm, generators)?;
                let kind = match e.kind {
                    ExprKind::ListComp { .. } => "ListComp",
                    ExprKind::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                };
                self.make(vm, kind, vec![el, g], loc)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                let k = self.expr(vm, key)?;
                let v = self.expr(vm, value)?;
                let g = self.comprehensions(vm, generators)?;
                self.make(vm, "DictComp", vec![k, v, g], loc)
            }
            ExprKind::Await(v) => {
                let v = self.expr(vm, v)?;
                self.make(vm, "Await", vec![v], loc)
            }
            ExprKind::Yield(v) => {
                let v = self.opt_expr(vm, v.as_deref())?;
                self.make(vm, "Yield", vec![v], loc)
            }
            ExprKind::YieldFrom(v) => {
                let v = self.expr(vm, v)?;
                self.make(vm, "YieldFrom", vec![v], loc)
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let l = self.expr(vm, left)?;
                let ops = ops.iter().map(|o| self.single(cmpop_name(*o))).collect();
                let ops = vm.list(ops);
                let c = self.exprs(vm, comparators)?;
                self.make(vm, "Compare", vec![l, ops, c], loc)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let f = self.expr(vm, func)?;
                let a = self.exprs(vm, args)?;
                let k = self.keywords(vm, keywords)?;
                self.make(vm, "Call", vec![f, a, k], loc)
            }
            ExprKind::FormattedValue { .. } => self.fstring_part(vm, e, e.loc, e.loc),
            ExprKind::JoinedStr(parts) => {
                let whole = e.loc;
                let mut out = Vec::new();
                for p in parts {
                    out.push(self.fstring_part(vm, p, whole, whole)?);
                }
                let parts = vm.list(out);
                self.make(vm, "JoinedStr", vec![parts], loc)
            }
            ExprKind::Constant(c) => {
                let v = self.constant(vm, c);
                let kind = match c {
                    Constant::Str(_)
                        if matches!(self.char_at(e.loc.line, e.loc.col), Some('u' | 'U')) =>
                    {
                        vm.str("u")
                    }
                    _ => vm.none(),
                };
                self.make(vm, "Constant", vec![v, kind], loc)
            }
            ExprKind::Attribute { value, attr, ctx } => {
                let v = self.expr(vm, value)?;
                let a = vm.str(attr);
                let c = self.single(ctx_name(*ctx));
                self.make(vm, "Attribute", vec![v, a, c], loc)
            }
            ExprKind::Subscript { value, slice, ctx } => {
                let v = self.expr(vm, value)?;
                let s = self.expr(vm, slice)?;
                let c = self.single(ctx_name(*ctx));
                self.make(vm, "Subscript", vec![v, s, c], loc)
            }
            ExprKind::Starred { value, ctx } => {
                let v = self.expr(vm, value)?;
                let c = self.single(ctx_name(*ctx));
                self.make(vm, "Starred", vec![v, c], loc)
            }
            ExprKind::Name { id, ctx } => {
                let i = vm.str(id);
                let c = self.single(ctx_name(*ctx));
                self.make(vm, "Name", vec![i, c], loc)
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                let el = self.exprs(vm, elts)?;
                let c = self.single(ctx_name(*ctx));
                let kind = if matches!(e.kind, ExprKind::List { .. }) {
                    "List"
                } else {
                    "Tuple"
                };
                self.make(vm, kind, vec![el, c], loc)
            }
            ExprKind::Slice { lower, upper, step } => {
                let l = self.opt_expr(vm, lower.as_deref())?;
                let u = self.opt_expr(vm, upper.as_deref())?;
                let s = self.opt_expr(vm, step.as_deref())?;
                self.make(vm, "Slice", vec![l, u, s], loc)
            }
        }
    }

    fn patterns(&mut self, vm: &mut Vm, v: &[Pattern]) -> PyResult {
        let mut out = Vec::new();
        for p in v {
            out.push(self.pattern(vm, p)?);
        }
        Ok(vm.list(out))
    }

    fn pattern(&mut self, vm: &mut Vm, p: &Pattern) -> PyResult {
        let loc = Some(p.loc);
        match &p.kind {
            PatternKind::MatchValue(e) => {
                let e = self.expr(vm, e)?;
                self.make(vm, "MatchValue", vec![e], loc)
            }
            PatternKind::MatchSingleton(s) => {
                let v = match s {
                    Singleton::None => vm.none(),
                    Singleton::True => vm.bool(true),
                    Singleton::False => vm.bool(false),
                };
                self.make(vm, "MatchSingleton", vec![v], loc)
            }
            PatternKind::MatchSequence(v) => {
                let v = self.patterns(vm, v)?;
                self.make(vm, "MatchSequence", vec![v], loc)
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                let k = self.exprs(vm, keys)?;
                let p = self.patterns(vm, patterns)?;
                let r = self.opt_str(vm, rest);
                self.make(vm, "MatchMapping", vec![k, p, r], loc)
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                let c = self.expr(vm, cls)?;
                let p = self.patterns(vm, patterns)?;
                let ka = self.strs(vm, kwd_attrs);
                let kp = self.patterns(vm, kwd_patterns)?;
                self.make(vm, "MatchClass", vec![c, p, ka, kp], loc)
            }
            PatternKind::MatchStar(n) => {
                let n = self.opt_str(vm, n);
                self.make(vm, "MatchStar", vec![n], loc)
            }
            PatternKind::MatchAs { pattern, name } => {
                let p = match pattern {
                    Some(p) => self.pattern(vm, p)?,
                    None => vm.none(),
                };
                let n = self.opt_str(vm, name);
                self.make(vm, "MatchAs", vec![p, n], loc)
            }
            PatternKind::MatchOr(v) => {
                let v = self.patterns(vm, v)?;
                self.make(vm, "MatchOr", vec![v], loc)
            }
        }
    }
}

/// A syntax error raised as `compile()` raises it.
fn raise_syntax_error(
    vm: &mut Vm,
    mut info: crate::syntax::SyntaxErrorInfo,
    filename: &str,
    eval: bool,
) -> PyErr {
    info.filename = filename.to_string();
    if !eval {
        if let Some(t) = info.text.as_mut().filter(|t| !t.ends_with('\n')) {
            t.push('\n');
        }
    }
    vm.syntax_error_from(&info)
}

/// CPython's `single` input is one statement (or one line of `;`-separated simple
/// statements): anything after it is an error, reported at the first line's end.
fn single_statement_error(
    body: &[Stmt],
    lines: &[&str],
    filename: &str,
) -> Option<crate::syntax::SyntaxErrorInfo> {
    use crate::syntax::{SyntaxErrorInfo, SyntaxErrorKind};
    let error = |msg: &str, line: u32, offset: u32, end_offset: u32, text: String| {
        Some(SyntaxErrorInfo {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.to_string(),
            filename: filename.to_string(),
            lineno: line,
            offset,
            end_lineno: line,
            end_offset,
            text: Some(text),
            bare_text: false,
        })
    };
    let line_text = |line: u32| -> &str {
        line.checked_sub(1)
            .and_then(|l| lines.get(l as usize))
            .copied()
            .unwrap_or("")
    };
    let Some(first) = body.first() else {
        let newlines = lines.len().saturating_sub(1) as u32;
        let text = if newlines == 0 {
            String::new()
        } else {
            format!("{}\n", line_text(newlines))
        };
        return error("invalid syntax", newlines, 0, 0, text);
    };
    // The simple statements sharing the first logical line.
    let mut last = first;
    let mut rest = body[1..].iter();
    let next = loop {
        match rest.next() {
            Some(s) if s.loc.line <= last.loc.end_line && !is_compound(last) => last = s,
            other => break other,
        }
    };
    let next = next?;
    if is_compound(last) {
        let text = line_text(next.loc.line);
        let width = text
            .chars()
            .skip(next.loc.col as usize)
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .count()
            .max(1) as u32;
        return error(
            "invalid syntax",
            next.loc.line,
            next.loc.col + 1,
            next.loc.col + 1 + width,
            text.to_string(),
        );
    }
    let text = line_text(last.loc.end_line);
    let chars: Vec<char> = text.chars().collect();
    let len = chars.len() as u32;
    let comment = chars
        .iter()
        .skip(last.loc.end_col as usize)
        .position(|c| *c == '#')
        .map_or(len, |p| last.loc.end_col + p as u32);
    error(
        "multiple statements found while compiling a single statement",
        last.loc.end_line,
        comment + 1,
        len + 1,
        format!("{text}\n"),
    )
}

fn is_compound(s: &Stmt) -> bool {
    matches!(
        s.kind,
        StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::For { .. }
            | StmtKind::While { .. }
            | StmtKind::If { .. }
            | StmtKind::With { .. }
            | StmtKind::Match { .. }
            | StmtKind::Try { .. }
    )
}

/// `_parse(source, filename, mode, classes, singletons)`: the tree of `source` parsed in
/// `mode` ('exec', 'eval' or 'single').
fn parse(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.positional();
    if a.len() != 5 {
        return Err(vm.type_error("_parse() takes 5 arguments"));
    }
    let filename = a[1].as_str_opt().unwrap_or("<unknown>").to_string();
    let mode = a[2].as_str_opt().unwrap_or("exec").to_string();
    let classes = tuple_arg(vm, a, 3, NODE_NAMES.len())?;
    let singletons = tuple_arg(vm, a, 4, SINGLETON_NAMES.len())?;
    parse_source(vm, &a[0], &filename, &mode, &classes, &singletons)
}

/// `compile(source, filename, mode, flags)` when `flags` has `PyCF_ONLY_AST` or `source`
/// is neither text nor bytes (it may be an AST object): called by the `compile` builtin.
pub fn compile_hook(
    vm: &mut Vm,
    source: &PyRef,
    filename: &str,
    mode: &str,
    only_ast: bool,
) -> PyResult {
    let module = vm.import_module("ast")?;
    let classes = vm.getattr_str(&module, "_CLASSES")?;
    let classes = tuple_arg(vm, std::slice::from_ref(&classes), 0, NODE_NAMES.len())?;
    if vm.isinstance(source, &classes[0]) {
        if only_ast {
            return Ok(source.clone());
        }
        if mode == "func_type" {
            return Err(vm.value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST"));
        }
        return compile_object(vm, source, filename, mode, &classes);
    }
    if !matches!(
        source.payload,
        Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)
    ) {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    }
    if mode == "func_type" {
        let f = vm.getattr_str(&module, "_parse_func_type")?;
        let name = vm.str(filename);
        return vm.call1(&f, &[source.clone(), name]);
    }
    let singletons = vm.getattr_str(&module, "_SINGLETONS")?;
    let singletons = tuple_arg(
        vm,
        std::slice::from_ref(&singletons),
        0,
        SINGLETON_NAMES.len(),
    )?;
    parse_source(vm, source, filename, mode, &classes, &singletons)
}

fn parse_source(
    vm: &mut Vm,
    source: &PyRef,
    filename: &str,
    mode: &str,
    classes: &[PyRef],
    singletons: &[PyRef],
) -> PyResult {
    let filename = filename.to_string();
    let text = source_of(vm, source)?;
    let parsed = if mode == "eval" {
        crate::syntax::parse_expression(&text, &filename)
    } else {
        crate::syntax::parse_module(&text, &filename)
    };
    let module = match parsed {
        Ok(m) => m,
        Err(info) => return Err(raise_syntax_error(vm, info, &filename, mode == "eval")),
    };
    let source = normalized(&text);
    let attr_names = ["lineno", "col_offset", "end_lineno", "end_col_offset"]
        .iter()
        .map(|n| vm.intern(n))
        .collect();
    let mut b = Builder {
        classes,
        singletons,
        lines: source.split('\n').collect(),
        attr_names,
    };
    match mode {
        "eval" => {
            let body = match module.body.first().map(|s| &s.kind) {
                Some(StmtKind::Expr(e)) => b.expr(vm, e)?,
                _ => vm.none(),
            };
            b.make(vm, "Expression", vec![body], None)
        }
        "single" => {
            if let Some(info) = single_statement_error(&module.body, &b.lines, &filename) {
                return Err(vm.syntax_error_from(&info));
            }
            let body = b.stmts(vm, &module.body)?;
            b.make(vm, "Interactive", vec![body], None)
        }
        _ => {
            let body = b.stmts(vm, &module.body)?;
            let ignores = vm.list(vec![]);
            b.make(vm, "Module", vec![body, ignores], None)
        }
    }
}

// ---------------------------------------------------------------------------------------
// Node objects back to refpy's tree (`obj2ast_*` and the validator).

struct Reader<'a> {
    classes: &'a [PyRef],
}

/// The statement classes: a run of [`NODE_NAMES`].
const STMT_KINDS: &[&str] = NODE_NAMES.split_at(5).1.split_at(27).0;

const EXPR_KINDS: &[&str] = &[
    "BoolOp",
    "NamedExpr",
    "BinOp",
    "UnaryOp",
    "Lambda",
    "IfExp",
    "Dict",
    "Set",
    "ListComp",
    "SetComp",
    "DictComp",
    "GeneratorExp",
    "Await",
    "Yield",
    "YieldFrom",
    "Compare",
    "Call",
    "FormattedValue",
    "JoinedStr",
    "Constant",
    "Attribute",
    "Subscript",
    "Starred",
    "Name",
    "List",
    "Tuple",
    "Slice",
];

const PATTERN_KINDS: &[&str] = &[
    "MatchValue",
    "MatchSingleton",
    "MatchSequence",
    "MatchMapping",
    "MatchClass",
    "MatchStar",
    "MatchAs",
    "MatchOr",
];

impl Reader<'_> {
    fn class(&self, name: &str) -> &PyRef {
        &self.classes[index_of(NODE_NAMES, name)]
    }

    fn is(&self, vm: &Vm, obj: &PyRef, name: &str) -> bool {
        vm.isinstance(obj, self.class(name))
    }

    fn kind_of(&self, vm: &Vm, obj: &PyRef, kinds: &[&'static str]) -> Option<&'static str> {
        kinds.iter().copied().find(|k| self.is(vm, obj, k))
    }

    fn expected(&self, vm: &mut Vm, what: &str, obj: &PyRef) -> PyErr {
        match vm.repr_string(obj) {
            Ok(r) => vm.type_error(format!("expected some sort of {what}, but got {r}")),
            Err(e) => e,
        }
    }

    /// A field's value, or CPython's error when the object lacks it.
    fn field(&self, vm: &mut Vm, obj: &PyRef, name: &str, owner: &str) -> PyResult {
        match vm.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(vm.type_error(format!("required field \"{name}\" missing from {owner}"))),
        }
    }

    /// An optional field: absent and None are both None.
    fn opt_field(&self, vm: &mut Vm, obj: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
        Ok(vm
            .getattr_opt(obj, name)?
            .filter(|v| !matches!(v.payload, Payload::NoneValue)))
    }

    fn list(&self, vm: &mut Vm, obj: &PyRef, name: &str, owner: &str) -> PyResult<Vec<PyRef>> {
        let v = self.field(vm, obj, name, owner)?;
        match &v.payload {
            Payload::List(items) => Ok(items.borrow().clone()),
            _ => Err(vm.type_error(format!(
                "{owner} field \"{name}\" must be a list, not a {}",
                v.class_name()
            ))),
        }
    }

    fn identifier(&self, vm: &mut Vm, v: &PyRef) -> PyResult<String> {
        match v.as_str_opt() {
            Some(s) => Ok(s.to_string()),
            None => Err(vm.type_error("AST identifier must be of type str")),
        }
    }

    fn ident_field(&self, vm: &mut Vm, obj: &PyRef, name: &str, owner: &str) -> PyResult<String> {
        let v = self.field(vm, obj, name, owner)?;
        if matches!(v.payload, Payload::NoneValue) {
            return Err(vm.value_error(format!("field '{name}' is required for {owner}")));
        }
        self.identifier(vm, &v)
    }

    fn opt_ident(&self, vm: &mut Vm, obj: &PyRef, name: &str) -> PyResult<Option<String>> {
        match self.opt_field(vm, obj, name)? {
            Some(v) => Ok(Some(self.identifier(vm, &v)?)),
            None => Ok(None),
        }
    }

    fn int_value(&self, vm: &mut Vm, v: &PyRef) -> PyResult<i64> {
        match v.as_i64() {
            Some(i) => Ok(i),
            None => {
                let r = vm.repr_string(v)?;
                Err(vm.value_error(format!("invalid integer value: {r}")))
            }
        }
    }

    fn int_field(&self, vm: &mut Vm, obj: &PyRef, name: &str, owner: &str) -> PyResult<i64> {
        let v = self.field(vm, obj, name, owner)?;
        self.int_value(vm, &v)
    }

    fn loc(&self, vm: &mut Vm, obj: &PyRef, owner: &str) -> PyResult<Loc> {
        let line = self.int_field(vm, obj, "lineno", owner)?;
        let col = self.int_field(vm, obj, "col_offset", owner)?;
        let end_line = match self.opt_field(vm, obj, "end_lineno")? {
            Some(v) => self.int_value(vm, &v)?,
            None => line,
        };
        let end_col = match self.opt_field(vm, obj, "end_col_offset")? {
            Some(v) => self.int_value(vm, &v)?,
            None => col,
        };
        let clamp = |v: i64| v.clamp(0, u32::MAX as i64) as u32;
        Ok(Loc {
            line: clamp(line),
            col: clamp(col),
            end_line: clamp(end_line),
            end_col: clamp(end_col),
        })
    }

    fn stmts(&self, vm: &mut Vm, obj: &PyRef, name: &str, owner: &str) -> PyResult<Vec<Stmt>> {
        let items = self.list(vm, obj, name, owner)?;
        let mut out = Vec::with_capacity(items.len());
        for i in &items {
            out.push(self.stmt(vm, i)?);
        }
        Ok(out)
    }

    fn body(&self, vm: &mut Vm, obj: &PyRef, name: &str, owner: &str) -> PyResult<Vec<Stmt>> {
        let b = self.stmts(vm, obj, name, owner)?;
        if b.is_empty() {
            return Err(vm.value_error(format!("empty {name} on {owner}")));
        }
        Ok(b)
    }

    /// A required expression field in context `ctx`.
    fn expr_field(
        &self,
        vm: &mut Vm,
        obj: &PyRef,
        name: &str,
        owner: &str,
        ctx: Ctx,
    ) -> PyResult<Expr> {
        let v = self.field(vm, obj, name, owner)?;
        if matches!(v.payload, Payload::NoneValue) {
            return Err(vm.value_error(format!("field '{name}' is required for {owner}")));
        }
        self.expr(vm, &v, ctx)
    }

    fn opt_expr(&self, vm: &mut Vm, obj: &PyRef, name: &str) -> PyResult<Option<Expr>> {
        match self.opt_field(vm, obj, name)? {
            Some(v) => Ok(Some(self.expr(vm, &v, Ctx::Load)?)),
            None => Ok(None),
        }
    }

    fn exprs(
        &self,
        vm: &mut Vm,
        obj: &PyRef,
        name: &str,
        owner: &str,
        ctx: Ctx,
    ) -> PyResult<Vec<Expr>> {
        let items = self.list(vm, obj, name, owner)?;
        let mut out = Vec::with_capacity(items.len());
        for i in &items {
            if matches!(i.payload, Payload::NoneValue) {
                return Err(vm.value_error("None disallowed in expression list"));
            }
            out.push(self.expr(vm, i, ctx)?);
        }
        Ok(out)
    }

    fn opt_exprs(
        &self,
        vm: &mut Vm,
        obj: &PyRef,
        name: &str,
        owner: &str,
    ) -> PyResult<Vec<Option<Expr>>> {
        let items = self.list(vm, obj, name, owner)?;
        let mut out = Vec::with_capacity(items.len());
        for i in &items {
            out.push(match i.payload {
                Payload::NoneValue => None,
                _ => Some(self.expr(vm, i, Ctx::Load)?),
            });
        }
        Ok(out)
    }

    fn op<T: Copy>(
        &self,
        vm: &mut Vm,
        obj: &PyRef,
        what: &str,
        names: &[&str],
        values: &[T],
    ) -> PyResult<T> {
        for (n, v) in names.iter().zip(values) {
            if self.is(vm, obj, n) {
                return Ok(*v);
            }
        }
        Err(self.expected(vm, what, obj))
    }

    /// A required field that must not be None (an operator or context).
    fn required(&self, vm: &mut Vm, obj: &PyRef, field: &str, owner: &str) -> PyResult {
        let v = self.field(vm, obj, field, owner)?;
        if matches!(v.payload, Payload::NoneValue) {
            return Err(vm.value_error(format!("field '{field}' is required for {owner}")));
        }
        Ok(v)
    }

    fn binop(&self, vm: &mut Vm, obj: &PyRef, owner: &str) -> PyResult<BinOp> {
        let names: Vec<&str> = BINOPS.iter().map(|o| binop_name(*o)).collect();
        let v = self.required(vm, obj, "op", owner)?;
        self.op(vm, &v, "operator", &names, &BINOPS)
    }

    fn ctx_field(&self, vm: &mut Vm, obj: &PyRef, owner: &str, want: Ctx) -> PyResult<Ctx> {
        let v = self.required(vm, obj, "ctx", owner)?;
        let got = self.op(
            vm,
            &v,
            "expr_context",
            &["Load", "Store", "Del"],
            &[Ctx::Load, Ctx::Store, Ctx::Del],
        )?;
        if got != want {
            return Err(vm.value_error(format!(
                "expression must have {} context but has {} instead",
                ctx_name(want),
                ctx_name(got)
            )));
        }
        Ok(got)
    }

    fn stmt(&self, vm: &mut Vm, obj: &PyRef) -> PyResult<Stmt> {
        let loc = self.loc(vm, obj, "stmt")?;
        let Some(kind) = self.kind_of(vm, obj, STMT_KINDS) else {
            return Err(self.expected(vm, "stmt", obj));
        };
        let k = kind;
        let kind = match kind {
            "FunctionDef" | "AsyncFunctionDef" => {
                let name = self.ident_field(vm, obj, "name", k)?;
                let args = self.arguments_field(vm, obj, k)?;
                let body = self.body(vm, obj, "body", k)?;
                let decorators = self.exprs(vm, obj, "decorator_list", k, Ctx::Load)?;
                let returns = self.opt_expr(vm, obj, "returns")?;
                StmtKind::FunctionDef(Box::new(FunctionDef {
                    name,
                    args,
                    body,
                    decorators,
                    returns,
                    is_async: k == "AsyncFunctionDef",
                }))
            }
            "ClassDef" => {
                let name = self.ident_field(vm, obj, "name", k)?;
                let bases = self.exprs(vm, obj, "bases", k, Ctx::Load)?;
                let keywords = self.keywords(vm, obj, k)?;
                let body = self.body(vm, obj, "body", k)?;
                let decorators = self.exprs(vm, obj, "decorator_list", k, Ctx::Load)?;
                StmtKind::ClassDef(Box::new(ClassDef {
                    name,
                    bases,
                    keywords,
                    body,
                    decorators,
                }))
            }
            "Return" => StmtKind::Return(self.opt_expr(vm, obj, "value")?),
            "Delete" => {
                let t = self.exprs(vm, obj, "targets", k, Ctx::Del)?;
                if t.is_empty() {
                    return Err(vm.value_error("empty targets on Delete"));
                }
                StmtKind::Delete(t)
            }
            "Assign" => {
                let targets = self.exprs(vm, obj, "targets", k, Ctx::Store)?;
                let value = self.expr_field(vm, obj, "value", k, Ctx::Load)?;
                if targets.is_empty() {
                    return Err(vm.value_error("empty targets on Assign"));
                }
                StmtKind::Assign { targets, value }
            }
            "AugAssign" => {
                let target = self.expr_field(vm, obj, "target", k, Ctx::Store)?;
                let op = self.binop(vm, obj, k)?;
                let value = self.expr_field(vm, obj, "value", k, Ctx::Load)?;
                StmtKind::AugAssign { target, op, value }
            }
            "AnnAssign" => {
                let target = self.expr_field(vm, obj, "target", k, Ctx::Store)?;
                let annotation = self.expr_field(vm, obj, "annotation", k, Ctx::Load)?;
                let value = self.opt_expr(vm, obj, "value")?;
                let simple = self.int_field(vm, obj, "simple", k)? != 0;
                if simple && !matches!(target.kind, ExprKind::Name { .. }) {
                    return Err(vm.type_error("AnnAssign with simple non-Name target"));
                }
                StmtKind::AnnAssign {
                    target,
                    annotation,
                    value,
                    simple,
                }
            }
            "For" | "AsyncFor" => {
                let target = self.expr_field(vm, obj, "target", k, Ctx::Store)?;
                let iter = self.expr_field(vm, obj, "iter", k, Ctx::Load)?;
                let body = self.body(vm, obj, "body", k)?;
                let orelse = self.stmts(vm, obj, "orelse", k)?;
                StmtKind::For {
                    target,
                    iter,
                    body,
                    orelse,
                    is_async: k == "AsyncFor",
                }
            }
            "While" | "If" => {
                let test = self.expr_field(vm, obj, "test", k, Ctx::Load)?;
                let body = self.body(vm, obj, "body", k)?;
                let orelse = self.stmts(vm, obj, "orelse", k)?;
                if k == "While" {
                    StmtKind::While { test, body, orelse }
                } else {
                    StmtKind::If { test, body, orelse }
                }
            }
            "With" | "AsyncWith" => {
                let raw = self.list(vm, obj, "items", k)?;
                let mut items = Vec::new();
                for it in &raw {
                    if !self.is(vm, it, "withitem") {
                        return Err(self.expected(vm, "withitem", it));
                    }
                    let context_expr =
                        self.expr_field(vm, it, "context_expr", "withitem", Ctx::Load)?;
                    let optional_vars = match self.opt_field(vm, it, "optional_vars")? {
                        Some(v) => Some(self.expr(vm, &v, Ctx::Store)?),
                        None => None,
                    };
                    items.push(WithItem {
                        context_expr,
                        optional_vars,
                    });
                }
                if items.is_empty() {
                    return Err(vm.value_error(format!("empty items on {k}")));
                }
                let body = self.body(vm, obj, "body", k)?;
                StmtKind::With {
                    items,
                    body,
                    is_async: k == "AsyncWith",
                }
            }
            "Match" => {
                let subject = self.expr_field(vm, obj, "subject", k, Ctx::Load)?;
                let raw = self.list(vm, obj, "cases", k)?;
                let mut cases = Vec::new();
                for c in &raw {
                    if !self.is(vm, c, "match_case") {
                        return Err(self.expected(vm, "match_case", c));
                    }
                    let p = self.field(vm, c, "pattern", "match_case")?;
                    if self.is(vm, &p, "MatchStar") {
                        return Err(vm.value_error("can't use MatchStar here"));
                    }
                    let pattern = self.pattern(vm, &p)?;
                    let guard = self.opt_expr(vm, c, "guard")?;
                    let body = self.body(vm, c, "body", "match_case")?;
                    cases.push(MatchCase {
                        pattern,
                        guard,
                        body,
                    });
                }
                if cases.is_empty() {
                    return Err(vm.value_error("empty cases on Match"));
                }
                StmtKind::Match { subject, cases }
            }
            "Raise" => {
                let exc = self.opt_expr(vm, obj, "exc")?;
                let cause = self.opt_expr(vm, obj, "cause")?;
                if exc.is_none() && cause.is_some() {
                    return Err(vm.value_error("Raise with cause but no exception"));
                }
                StmtKind::Raise { exc, cause }
            }
            "Try" | "TryStar" => {
                let body = self.body(vm, obj, "body", k)?;
                let raw = self.list(vm, obj, "handlers", k)?;
                let mut handlers = Vec::new();
                for h in &raw {
                    let hloc = self.loc(vm, h, "excepthandler")?;
                    if !self.is(vm, h, "ExceptHandler") {
                        return Err(self.expected(vm, "excepthandler", h));
                    }
                    let typ = self.opt_expr(vm, h, "type")?;
                    let name = self.opt_ident(vm, h, "name")?;
                    let hbody = self.body(vm, h, "body", "ExceptHandler")?;
                    handlers.push(ExceptHandler {
                        typ,
                        name,
                        body: hbody,
                        loc: hloc,
                        star: k == "TryStar",
                    });
                }
                let orelse = self.stmts(vm, obj, "orelse", k)?;
                let finalbody = self.stmts(vm, obj, "finalbody", k)?;
                if handlers.is_empty() && finalbody.is_empty() {
                    return Err(
                        vm.value_error(format!("{k} has neither except handlers nor finalbody"))
                    );
                }
                if handlers.is_empty() && !orelse.is_empty() {
                    return Err(vm.value_error(format!("{k} has orelse but no except handlers")));
                }
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                }
            }
            "Assert" => {
                let test = self.expr_field(vm, obj, "test", k, Ctx::Load)?;
                let msg = self.opt_expr(vm, obj, "msg")?;
                StmtKind::Assert { test, msg }
            }
            "Import" | "ImportFrom" => {
                let module = if k == "ImportFrom" {
                    self.opt_ident(vm, obj, "module")?
                } else {
                    None
                };
                let raw = self.list(vm, obj, "names", k)?;
                let mut names = Vec::new();
                for a in &raw {
                    let aloc = self.loc(vm, a, "alias")?;
                    if !self.is(vm, a, "alias") {
                        return Err(self.expected(vm, "alias", a));
                    }
                    let name = self.ident_field(vm, a, "name", "alias")?;
                    let asname = self.opt_ident(vm, a, "asname")?;
                    names.push(Alias {
                        name,
                        asname,
                        loc: aloc,
                    });
                }
                if names.is_empty() {
                    return Err(vm.value_error(format!("empty names on {k}")));
                }
                if k == "Import" {
                    StmtKind::Import(names)
                } else {
                    let level = match self.opt_field(vm, obj, "level")? {
                        Some(v) => self.int_value(vm, &v)?,
                        None => 0,
                    };
                    if level < 0 {
                        return Err(vm.value_error("Negative ImportFrom level"));
                    }
                    StmtKind::ImportFrom {
                        module,
                        names,
                        level: level as u32,
                    }
                }
            }
            "Global" | "Nonlocal" => {
                let raw = self.list(vm, obj, "names", k)?;
                let mut names = Vec::new();
                for n in &raw {
                    names.push(self.identifier(vm, n)?);
                }
                if names.is_empty() {
                    return Err(vm.value_error(format!("empty names on {k}")));
                }
                if k == "Global" {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            "Expr" => StmtKind::Expr(self.expr_field(vm, obj, "value", k, Ctx::Load)?),
            "Pass" => StmtKind::Pass,
            "Break" => StmtKind::Break,
            _ => StmtKind::Continue,
        };
        Ok(Stmt { loc, kind })
    }

    fn keywords(&self, vm: &mut Vm, obj: &PyRef, owner: &str) -> PyResult<Vec<Keyword>> {
        let raw = self.list(vm, obj, "keywords", owner)?;
        let mut out = Vec::new();
        for kw in &raw {
            let loc = self.loc(vm, kw, "keyword")?;
            if !self.is(vm, kw, "keyword") {
                return Err(self.expected(vm, "keyword", kw));
            }
            let arg = self.opt_ident(vm, kw, "arg")?;
            let value = self.expr_field(vm, kw, "value", "keyword", Ctx::Load)?;
            out.push(Keyword { arg, value, loc });
        }
        Ok(out)
    }

    fn arg(&self, vm: &mut Vm, obj: &PyRef) -> PyResult<Arg> {
        let loc = self.loc(vm, obj, "arg")?;
        if !self.is(vm, obj, "arg") {
            return Err(self.expected(vm, "arg", obj));
        }
        let name = self.ident_field(vm, obj, "arg", "arg")?;
        let annotation = self.opt_expr(vm, obj, "annotation")?;
        Ok(Arg {
            name,
            annotation,
            loc,
        })
    }

    fn args(&self, vm: &mut Vm, obj: &PyRef, name: &str) -> PyResult<Vec<Arg>> {
        let raw = self.list(vm, obj, name, "arguments")?;
        let mut out = Vec::new();
        for a in &raw {
            out.push(self.arg(vm, a)?);
        }
        Ok(out)
    }

    fn opt_arg(&self, vm: &mut Vm, obj: &PyRef, name: &str) -> PyResult<Option<Arg>> {
        match self.opt_field(vm, obj, name)? {
            Some(v) => Ok(Some(self.arg(vm, &v)?)),
            None => Ok(None),
        }
    }

    fn arguments_field(&self, vm: &mut Vm, obj: &PyRef, owner: &str) -> PyResult<Arguments> {
        let a = self.field(vm, obj, "args", owner)?;
        if matches!(a.payload, Payload::NoneValue) {
            return Err(vm.value_error(format!("field 'args' is required for {owner}")));
        }
        if !self.is(vm, &a, "arguments") {
            return Err(self.expected(vm, "arguments", &a));
        }
        let posonlyargs = self.args(vm, &a, "posonlyargs")?;
        let args = self.args(vm, &a, "args")?;
        let vararg = self.opt_arg(vm, &a, "vararg")?;
        let kwonlyargs = self.args(vm, &a, "kwonlyargs")?;
        let kw_defaults = self.opt_exprs(vm, &a, "kw_defaults", "arguments")?;
        let kwarg = self.opt_arg(vm, &a, "kwarg")?;
        let defaults = self.exprs(vm, &a, "defaults", "arguments", Ctx::Load)?;
        if defaults.len() > posonlyargs.len() + args.len() {
            return Err(vm.value_error("more positional defaults than args on arguments"));
        }
        if kw_defaults.len() != kwonlyargs.len() {
            return Err(
                vm.value_error("length of kwonlyargs is not the same as kw_defaults on arguments")
            );
        }
        Ok(Arguments {
            posonlyargs,
            args,
            vararg,
            kwonlyargs,
            kw_defaults,
            kwarg,
            defaults,
        })
    }

    fn comprehensions(
        &self,
        vm: &mut Vm,
        obj: &PyRef,
        owner: &str,
    ) -> PyResult<Vec<Comprehension>> {
        let raw = self.list(vm, obj, "generators", owner)?;
        let mut out = Vec::new();
        for g in &raw {
            if !self.is(vm, g, "comprehension") {
                return Err(self.expected(vm, "comprehension", g));
            }
            let target = self.expr_field(vm, g, "target", "comprehension", Ctx::Store)?;
            let iter = self.expr_field(vm, g, "iter", "comprehension", Ctx::Load)?;
            let ifs = self.exprs(vm, g, "ifs", "comprehension", Ctx::Load)?;
            let is_async = self.int_field(vm, g, "is_async", "comprehension")? != 0;
            out.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        if out.is_empty() {
            return Err(vm.value_error("comprehension with no generators"));
        }
        Ok(out)
    }

    fn constant(&self, vm: &mut Vm, v: &PyRef) -> PyResult<Constant> {
        Ok(match &v.payload {
            Payload::NoneValue => Constant::None,
            Payload::Bool(b) => Constant::Bool(*b),
            Payload::Int(i) => Constant::Int(BigInt::from(*i)),
            Payload::BigInt(i) => Constant::Int((**i).clone()),
            Payload::Float(f) => Constant::Float(*f),
            Payload::Complex(re, im) => Constant::Complex(*re, *im),
            Payload::Str(s) => Constant::Str(s.as_str().to_string()),
            Payload::Bytes(b) => Constant::Bytes(b.to_vec()),
            Payload::Ellipsis => Constant::Ellipsis,
            _ => {
                return Err(vm.type_error(format!(
                    "got an invalid type in Constant: {}",
                    v.class_name()
                )))
            }
        })
    }

    /// A constant; a tuple of constants (CPython's folded tuples) becomes a tuple display.
    fn constant_expr(&self, vm: &mut Vm, v: &PyRef, loc: Loc) -> PyResult<Expr> {
        let kind = match &v.payload {
            Payload::Tuple(items) => {
                let mut elts = Vec::with_capacity(items.len());
                for item in items.iter() {
                    elts.push(self.constant_expr(vm, item, loc)?);
                }
                ExprKind::Tuple {
                    elts,
                    ctx: Ctx::Load,
                }
            }
            _ => ExprKind::Constant(self.constant(vm, v)?),
        };
        Ok(Expr { loc, kind })
    }

    fn expr(&self, vm: &mut Vm, obj: &PyRef, ctx: Ctx) -> PyResult<Expr> {
        let loc = self.loc(vm, obj, "expr")?;
        let Some(k) = self.kind_of(vm, obj, EXPR_KINDS) else {
            return Err(self.expected(vm, "expr", obj));
        };
        let assignable = matches!(
            k,
            "Name" | "Attribute" | "Subscript" | "Starred" | "List" | "Tuple"
        );
        if ctx != Ctx::Load && !assignable {
            return Err(vm.value_error(format!(
                "expression which can't be assigned to in {} context",
                ctx_name(ctx)
            )));
        }
        let bx = Box::new;
        let load = Ctx::Load;
        let kind = match k {
            "BoolOp" => {
                let v = self.required(vm, obj, "op", k)?;
                let op = self.op(
                    vm,
                    &v,
                    "boolop",
                    &["And", "Or"],
                    &[BoolOpKind::And, BoolOpKind::Or],
                )?;
                let values = self.exprs(vm, obj, "values", k, load)?;
                if values.len() < 2 {
                    return Err(vm.value_error("BoolOp with less than 2 values"));
                }
                ExprKind::BoolOp { op, values }
            }
            "NamedExpr" => {
                let target = self.expr_field(vm, obj, "target", k, Ctx::Store)?;
                if !matches!(target.kind, ExprKind::Name { .. }) {
                    return Err(vm.type_error("NamedExpr target must be a Name"));
                }
                let value = self.expr_field(vm, obj, "value", k, load)?;
                ExprKind::NamedExpr {
                    target: bx(target),
                    value: bx(value),
                }
            }
            "BinOp" => {
                let left = self.expr_field(vm, obj, "left", k, load)?;
                let op = self.binop(vm, obj, k)?;
                let right = self.expr_field(vm, obj, "right", k, load)?;
                ExprKind::BinOp {
                    left: bx(left),
                    op,
                    right: bx(right),
                }
            }
            "UnaryOp" => {
                let names: Vec<&str> = UNARYOPS.iter().map(|o| unaryop_name(*o)).collect();
                let v = self.required(vm, obj, "op", k)?;
                let op = self.op(vm, &v, "unaryop", &names, &UNARYOPS)?;
                let operand = self.expr_field(vm, obj, "operand", k, load)?;
                ExprKind::UnaryOp {
                    op,
                    operand: bx(operand),
                }
            }
            "Lambda" => {
                let args = self.arguments_field(vm, obj, k)?;
                let body = self.expr_field(vm, obj, "body", k, load)?;
                ExprKind::Lambda {
                    args: Box::new(args),
                    body: bx(body),
                }
            }
            "IfExp" => {
                let test = self.expr_field(vm, obj, "test", k, load)?;
                let body = self.expr_field(vm, obj, "body", k, load)?;
                let orelse = self.expr_field(vm, obj, "orelse", k, load)?;
                ExprKind::IfExp {
                    test: bx(test),
                    body: bx(body),
                    orelse: bx(orelse),
                }
            }
            "Dict" => {
                let keys = self.opt_exprs(vm, obj, "keys", k)?;
                let values = self.exprs(vm, obj, "values", k, load)?;
                if keys.len() != values.len() {
                    return Err(
                        vm.value_error("Dict doesn't have the same number of keys as values")
                    );
                }
                ExprKind::Dict { keys, values }
            }
            "Set" => ExprKind::Set(self.exprs(vm, obj, "elts", k, load)?),
            "ListComp" | "SetComp" | "GeneratorExp" => {
                let elt = bx(self.expr_field(vm, obj, "elt", k, load)?);
                let generators = self.comprehensions(vm, obj, k)?;
                match k {
                    "ListComp" => ExprKind::ListComp { elt, generators },
                    "SetComp" => ExprKind::SetComp { elt, generators },
                    _ => ExprKind::GeneratorExp { elt, generators },
                }
            }
            "DictComp" => {
                let key = bx(self.expr_field(vm, obj, "key", k, load)?);
                let value = bx(self.expr_field(vm, obj, "value", k, load)?);
                let generators = self.comprehensions(vm, obj, k)?;
                ExprKind::DictComp {
                    key,
                    value,
                    generators,
                }
            }
            "Await" => ExprKind::Await(bx(self.expr_field(vm, obj, "value", k, load)?)),
            "Yield" => ExprKind::Yield(self.opt_expr(vm, obj, "value")?.map(bx)),
            "YieldFrom" => ExprKind::YieldFrom(bx(self.expr_field(vm, obj, "value", k, load)?)),
            "Compare" => {
                let left = bx(self.expr_field(vm, obj, "left", k, load)?);
                let raw = self.list(vm, obj, "ops", k)?;
                let names: Vec<&str> = CMPOPS.iter().map(|o| cmpop_name(*o)).collect();
                let mut ops = Vec::new();
                for o in &raw {
                    ops.push(self.op(vm, o, "cmpop", &names, &CMPOPS)?);
                }
                let comparators = self.exprs(vm, obj, "comparators", k, load)?;
                if comparators.is_empty() {
                    return Err(vm.value_error("Compare with no comparators"));
                }
                if ops.len() != comparators.len() {
                    return Err(vm.value_error(
                        "Compare has a different number of comparators and operands",
                    ));
                }
                ExprKind::Compare {
                    left,
                    ops,
                    comparators,
                }
            }
            "Call" => {
                let func = bx(self.expr_field(vm, obj, "func", k, load)?);
                let args = self.exprs(vm, obj, "args", k, load)?;
                let keywords = self.keywords(vm, obj, k)?;
                ExprKind::Call {
                    func,
                    args,
                    keywords,
                }
            }
            "FormattedValue" => {
                let value = bx(self.expr_field(vm, obj, "value", k, load)?);
                let c = self.int_field(vm, obj, "conversion", k)?;
                let conversion = match c {
                    -1 => None,
                    115 | 114 | 97 => Some(c as u8 as char),
                    _ => {
                        return Err(vm.value_error(format!(
                            "Unknown f-string conversion character '{}'",
                            char::from_u32(c as u32).unwrap_or('?')
                        )))
                    }
                };
                let format_spec = self.opt_expr(vm, obj, "format_spec")?.map(bx);
                ExprKind::FormattedValue {
                    value,
                    conversion,
                    format_spec,
                }
            }
            "JoinedStr" => ExprKind::JoinedStr(self.exprs(vm, obj, "values", k, load)?),
            "Constant" => {
                let v = self.field(vm, obj, "value", k)?;
                return self.constant_expr(vm, &v, loc);
            }
            "Attribute" => {
                let value = bx(self.expr_field(vm, obj, "value", k, load)?);
                let attr = self.ident_field(vm, obj, "attr", k)?;
                let ctx = self.ctx_field(vm, obj, k, ctx)?;
                ExprKind::Attribute { value, attr, ctx }
            }
            "Subscript" => {
                let value = bx(self.expr_field(vm, obj, "value", k, load)?);
                let slice = bx(self.expr_field(vm, obj, "slice", k, load)?);
                let ctx = self.ctx_field(vm, obj, k, ctx)?;
                ExprKind::Subscript { value, slice, ctx }
            }
            "Starred" => {
                let value = bx(self.expr_field(vm, obj, "value", k, ctx)?);
                let ctx = self.ctx_field(vm, obj, k, ctx)?;
                ExprKind::Starred { value, ctx }
            }
            "Name" => {
                let id = self.ident_field(vm, obj, "id", k)?;
                if matches!(id.as_str(), "None" | "True" | "False") {
                    return Err(
                        vm.value_error(format!("identifier field can't represent '{id}' constant"))
                    );
                }
                let ctx = self.ctx_field(vm, obj, k, ctx)?;
                ExprKind::Name { id, ctx }
            }
            "List" | "Tuple" => {
                let elts = self.exprs(vm, obj, "elts", k, ctx)?;
                let ctx = self.ctx_field(vm, obj, k, ctx)?;
                if k == "List" {
                    ExprKind::List { elts, ctx }
                } else {
                    ExprKind::Tuple { elts, ctx }
                }
            }
            _ => {
                let lower = self.opt_expr(vm, obj, "lower")?.map(bx);
                let upper = self.opt_expr(vm, obj, "upper")?.map(bx);
                let step = self.opt_expr(vm, obj, "step")?.map(bx);
                ExprKind::Slice { lower, upper, step }
            }
        };
        Ok(Expr { loc, kind })
    }

    fn patterns(
        &self,
        vm: &mut Vm,
        obj: &PyRef,
        name: &str,
        owner: &str,
    ) -> PyResult<Vec<Pattern>> {
        let raw = self.list(vm, obj, name, owner)?;
        let star_ok = owner == "MatchSequence";
        let mut out = Vec::new();
        for p in &raw {
            if !star_ok && self.is(vm, p, "MatchStar") {
                return Err(vm.value_error("can't use MatchStar here"));
            }
            out.push(self.pattern(vm, p)?);
        }
        Ok(out)
    }

    fn pattern(&self, vm: &mut Vm, obj: &PyRef) -> PyResult<Pattern> {
        let loc = self.loc(vm, obj, "pattern")?;
        let Some(k) = self.kind_of(vm, obj, PATTERN_KINDS) else {
            return Err(self.expected(vm, "pattern", obj));
        };
        let kind = match k {
            "MatchValue" => {
                let value = self.expr_field(vm, obj, "value", k, Ctx::Load)?;
                if !value.kind.is_match_value() {
                    return Err(
                        vm.value_error("patterns may only match literals and attribute lookups")
                    );
                }
                PatternKind::MatchValue(value)
            }
            "MatchSingleton" => {
                let v = self.field(vm, obj, "value", k)?;
                PatternKind::MatchSingleton(match v.payload {
                    Payload::NoneValue => Singleton::None,
                    Payload::Bool(true) => Singleton::True,
                    Payload::Bool(false) => Singleton::False,
                    _ => {
                        return Err(
                            vm.value_error("MatchSingleton can only contain True, False and None")
                        )
                    }
                })
            }
            "MatchSequence" => PatternKind::MatchSequence(self.patterns(vm, obj, "patterns", k)?),
            "MatchMapping" => {
                let keys = self.exprs(vm, obj, "keys", k, Ctx::Load)?;
                let patterns = self.patterns(vm, obj, "patterns", k)?;
                let rest = self.opt_ident(vm, obj, "rest")?;
                if keys.len() != patterns.len() {
                    return Err(vm.value_error(
                        "MatchMapping doesn't have the same number of keys as patterns",
                    ));
                }
                PatternKind::MatchMapping {
                    keys,
                    patterns,
                    rest,
                }
            }
            "MatchClass" => {
                let cls = self.expr_field(vm, obj, "cls", k, Ctx::Load)?;
                let patterns = self.patterns(vm, obj, "patterns", k)?;
                let raw = self.list(vm, obj, "kwd_attrs", k)?;
                let mut kwd_attrs = Vec::new();
                for a in &raw {
                    kwd_attrs.push(self.identifier(vm, a)?);
                }
                let kwd_patterns = self.patterns(vm, obj, "kwd_patterns", k)?;
                if kwd_attrs.len() != kwd_patterns.len() {
                    return Err(vm.value_error(
                        "MatchClass doesn't have the same number of keyword attributes as patterns",
                    ));
                }
                PatternKind::MatchClass {
                    cls,
                    patterns,
                    kwd_attrs,
                    kwd_patterns,
                }
            }
            "MatchStar" => PatternKind::MatchStar(self.opt_ident(vm, obj, "name")?),
            "MatchAs" => {
                let pattern = match self.opt_field(vm, obj, "pattern")? {
                    Some(p) => Some(Box::new(self.pattern(vm, &p)?)),
                    None => None,
                };
                let name = self.opt_ident(vm, obj, "name")?;
                if pattern.is_some() && name.is_none() {
                    return Err(
                        vm.value_error("MatchAs must specify a target name if a pattern is given")
                    );
                }
                PatternKind::MatchAs { pattern, name }
            }
            _ => {
                let v = self.patterns(vm, obj, "patterns", k)?;
                if v.len() < 2 {
                    return Err(vm.value_error("MatchOr requires at least 2 patterns"));
                }
                PatternKind::MatchOr(v)
            }
        };
        Ok(Pattern { loc, kind })
    }
}

/// `_compile(tree, filename, mode, classes)`: the code object of a tree of node objects.
fn compile_tree(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.positional();
    if a.len() != 4 {
        return Err(vm.type_error("_compile() takes 4 arguments"));
    }
    let filename = a[1].as_str_opt().unwrap_or("<unknown>").to_string();
    let mode_name = a[2].as_str_opt().unwrap_or("exec").to_string();
    let classes = tuple_arg(vm, a, 3, NODE_NAMES.len())?;
    compile_object(vm, &a[0], &filename, &mode_name, &classes)
}

fn compile_object(
    vm: &mut Vm,
    tree: &PyRef,
    filename: &str,
    mode_name: &str,
    classes: &[PyRef],
) -> PyResult {
    let r = Reader { classes };
    let (want, mode) = match mode_name {
        "eval" => ("Expression", crate::compile::Mode::Eval),
        "single" => ("Interactive", crate::compile::Mode::Single),
        _ => ("Module", crate::compile::Mode::Exec),
    };
    if !r.is(vm, tree, want) {
        return Err(vm.type_error(format!("expected {want} node, got {}", tree.class_name())));
    }
    let body = if want == "Expression" {
        let e = r.expr_field(vm, tree, "body", want, Ctx::Load)?;
        vec![Stmt {
            loc: e.loc,
            kind: StmtKind::Expr(e),
        }]
    } else {
        let body = r.stmts(vm, tree, "body", want)?;
        if want == "Module" {
            r.list(vm, tree, "type_ignores", want)?;
        }
        body
    };
    let module = Module { body };
    match crate::compile::compile_with_warnings(&module, filename, mode) {
        Ok((code, warnings)) => {
            vm.issue_syntax_warnings(filename, &warnings)?;
            Ok(vm.code_object(code))
        }
        Err(info) => Err(raise_syntax_error(vm, info, filename, true)),
    }
}
