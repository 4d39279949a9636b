//! The abstract syntax tree: what the parser produces and the compiler consumes.
//!
//! The shapes follow CPython's `ast` module (`Python/Python.asdl`) so that a reader who knows
//! one knows the other. Every statement and expression carries a [`Loc`]: the compiler turns
//! it into the line table, and the traceback printer uses the columns to draw CPython 3.11's
//! caret lines (`^^^^`, `~~~^~~~`). Columns count characters (not bytes), 0-based; lines are
//! 1-based. Assignment targets are ordinary expressions: the parser checks that a target is
//! assignable (Name, Attribute, Subscript, Tuple, List, Starred) and reports CPython's
//! `cannot assign to ...` messages otherwise.

use num_bigint::BigInt;

/// A source span: `line:col` up to `end_line:end_col` (end exclusive, character columns).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

/// A whole file (`exec` mode) or one interactive input (`single` mode).
#[derive(Clone, Debug)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub loc: Loc,
    pub kind: StmtKind,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    /// `a = b = value`: several targets, one value.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `x: int = 3`; `simple` is true when the target is a plain name not in parentheses.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        /// `async for`.
        is_async: bool,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        /// `async with`.
        is_async: bool,
    },
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `import a.b.c as d, e`
    Import(Vec<Alias>),
    /// `from ..mod import a as b, c` (`names` is `[*]` for a star import).
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
}

#[derive(Clone, Debug)]
pub struct FunctionDef {
    pub name: String,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// A parameter list: `def f(posonly, /, args, *vararg, kwonly, **kwarg)`.
#[derive(Clone, Debug, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    /// One entry per kwonly argument; `None` where it has no default.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    /// Defaults of the last `defaults.len()` positional parameters (posonly then args).
    pub defaults: Vec<Expr>,
}

#[derive(Clone, Debug)]
pub struct Arg {
    pub name: String,
    pub annotation: Option<Expr>,
    pub loc: Loc,
}

#[derive(Clone, Debug)]
pub struct Keyword {
    /// `None` for `**mapping`.
    pub arg: Option<String>,
    pub value: Expr,
    pub loc: Loc,
}

#[derive(Clone, Debug)]
pub struct Alias {
    /// Dotted name, e.g. `os.path`, or `*`.
    pub name: String,
    pub asname: Option<String>,
    pub loc: Loc,
}

#[derive(Clone, Debug)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

#[derive(Clone, Debug)]
pub struct ExceptHandler {
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
    pub loc: Loc,
    /// `except*`: the clause matches parts of an exception group (PEP 654).
    pub star: bool,
}

#[derive(Clone, Debug)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Pattern {
    pub loc: Loc,
    pub kind: PatternKind,
}

#[derive(Clone, Debug)]
pub enum PatternKind {
    /// A literal or dotted-name value compared with `==`: `case 1`, `case Color.RED`.
    MatchValue(Expr),
    /// `case None` / `case True` / `case False`, compared with `is`.
    MatchSingleton(Singleton),
    /// `case [a, *rest, b]` / `case (a, b)`.
    MatchSequence(Vec<Pattern>),
    /// `case {"k": p, **rest}`.
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<String>,
    },
    /// `case Point(x, y=0)`.
    MatchClass {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<String>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*rest` inside a sequence pattern (`None` for `*_`).
    MatchStar(Option<String>),
    /// `p as name`, or a bare capture `name` (pattern `None`), or `_` (both `None`).
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<String>,
    },
    MatchOr(Vec<Pattern>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Singleton {
    None,
    True,
    False,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub loc: Loc,
    pub kind: ExprKind,
}

impl ExprKind {
    /// `MATCH_VALUE_EXPR`: what a value pattern may hold (a literal, possibly signed or
    /// complex, or a dotted name); the compiler and `ast` validation both check it.
    pub fn is_match_value(&self) -> bool {
        matches!(
            self,
            ExprKind::Constant(_)
                | ExprKind::Attribute { .. }
                | ExprKind::UnaryOp { .. }
                | ExprKind::BinOp { .. }
        )
    }
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// `a and b and c` / `a or b`.
    BoolOp {
        op: BoolOpKind,
        values: Vec<Expr>,
    },
    /// `(x := value)`
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}`: a `None` key marks a `**m` entry.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `a < b <= c`: `ops.len() == comparators.len()`.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// One `{value!conv:spec}` field of an f-string.
    FormattedValue {
        value: Box<Expr>,
        /// `'s'`, `'r'`, `'a'` or none.
        conversion: Option<char>,
        /// A `JoinedStr` (specs may hold nested fields).
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string: literal `Constant` str parts and `FormattedValue` parts.
    JoinedStr(Vec<Expr>),
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: String,
        ctx: Ctx,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: Ctx,
    },
    Starred {
        value: Box<Expr>,
        ctx: Ctx,
    },
    Name {
        id: String,
        ctx: Ctx,
    },
    List {
        elts: Vec<Expr>,
        ctx: Ctx,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: Ctx,
    },
    /// `lower:upper:step` inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// Whether an expression is read, assigned or deleted. The parser builds everything as
/// `Load`; it rewrites targets to `Store` / `Del` when it checks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

#[derive(Clone, Debug)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

/// A literal value, as it appears in source (and as the compiler's constant pool holds it).
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    /// A complex number, real and imaginary parts: `3j` is `(0.0, 3.0)`; folding makes
    /// others (`1+2j`, `-2j`).
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOpKind {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl BinOp {
    /// The operator as Python spells it, for error messages (`unsupported operand type(s) for +`).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mult => "*",
            BinOp::MatMult => "@",
            BinOp::Div => "/",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
            BinOp::FloorDiv => "//",
        }
    }
}
