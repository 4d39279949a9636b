//! The compiler: AST → code objects, in two passes, as CPython's `Python/compile.c`.
//!
//! 1. [`symtable`] walks the whole module once and decides, for every name in every scope,
//!    where it lives: a fast local, a cell, a free variable, a global, or a name looked up
//!    through the locals mapping of a module or class body. Nothing is emitted in this pass;
//!    it must see a whole function before it can know that a name assigned at its end makes
//!    every earlier use local.
//! 2. [`codegen`] walks the AST again and emits instructions, asking the symbol table which
//!    load/store instruction each name needs. It keeps CPython 3.10's instruction sequences
//!    (adapted to refpy's one-item exception handlers, see `bytecode::instruction`), because
//!    they decide observable behaviour: evaluation order, which instruction a traceback line
//!    points at, and when temporaries die.
//!
//! Where CPython 3.11 (the reference) and 3.10 (the instruction set) differ in something a
//! program can observe, 3.11 wins: `varnames`/`cellvars` order, `try`/`else` layout and
//! source spans (tracebacks print 3.11's carets). Before the passes, [`future`] reads the
//! module's `from __future__` imports; after them, [`stackdepth`] can verify a code object
//! and size its value stack.
//!
//! Invariants shared by both passes:
//! - Private names (`__x` inside `class C`) are mangled to `_C__x` by [`mangle`] before any
//!   look-up or emission, in both passes, so they agree on every name.
//! - Child scopes are found by the address of their AST node (the `FunctionDef`, `ClassDef`,
//!   or the `Expr` of a lambda or comprehension): the AST is borrowed, never moved, while a
//!   module compiles, so addresses are stable identities (CPython keys `st_blocks` the same way).
//! - Every failure is a `SyntaxErrorInfo` with CPython 3.11's message and the span of the
//!   offending node; no input AST makes the compiler panic.

pub mod codegen;
pub mod const_cache;
pub mod fold;
pub mod future;
pub mod stackdepth;
pub mod symtable;
#[cfg(test)]
mod tests;

use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::syntax::ast::{self, Loc};
use crate::syntax::{SyntaxErrorInfo, SyntaxErrorKind};

/// How the module is being run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A script or module: `exec` mode.
    Exec,
    /// One interactive input (REPL): top-level expression statements emit `PrintExpr`, and a
    /// leading string is not a docstring (CPython's `single` mode).
    Single,
    /// `eval()` and `compile(..., 'eval')`: the module is one expression statement, whose
    /// value the code returns.
    Eval,
}

/// Compile a parsed module into the code object of its body.
///
/// Nested functions, classes, lambdas and comprehensions become `Const::Code` constants of
/// the code that creates them. Errors are SyntaxErrors found by the symbol table or the code
/// generator (`'return' outside function`, `no binding for nonlocal 'x' found`, ...); their
/// `text` is `None`: the caller holds the source and fills the line in.
pub fn compile(
    module: &ast::Module,
    filename: &str,
    mode: Mode,
) -> Result<Rc<CodeObject>, SyntaxErrorInfo> {
    compile_with_warnings(module, filename, mode).map(|(code, _)| code)
}

/// A warning the compiler gives about code it compiled (`compiler_warn`): the caller
/// issues it through the `warnings` machinery, as a `SyntaxWarning` at `loc`'s line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxWarningInfo {
    pub msg: String,
    /// Where the compiler was: the SyntaxError an "error" filter turns it into points here.
    pub loc: Loc,
}

/// [`compile`], with the `SyntaxWarning`s found on the way, in source order.
pub fn compile_with_warnings(
    module: &ast::Module,
    filename: &str,
    mode: Mode,
) -> Result<(Rc<CodeObject>, Vec<SyntaxWarningInfo>), SyntaxErrorInfo> {
    compile_with_flags(module, filename, mode, 0)
}

/// `CO_FUTURE_ANNOTATIONS`: the `__future__.annotations.compiler_flag`.
pub const CO_FUTURE_ANNOTATIONS: u32 = 0x100_0000;

/// [`compile_with_warnings`] with `compile()`'s `flags`: a `__future__` feature's
/// `compiler_flag` turns it on as if the source imported it.
pub fn compile_with_flags(
    module: &ast::Module,
    filename: &str,
    mode: Mode,
    flags: u32,
) -> Result<(Rc<CodeObject>, Vec<SyntaxWarningInfo>), SyntaxErrorInfo> {
    let (code, warnings) = compile_full(module, filename, mode, flags);
    code.map(|code| (code, warnings))
}

/// [`compile_with_flags`], keeping the warnings found before an error (the caller issues
/// them first, as CPython has by the time it reports the error).
pub fn compile_full(
    module: &ast::Module,
    filename: &str,
    mode: Mode,
    flags: u32,
) -> (
    Result<Rc<CodeObject>, SyntaxErrorInfo>,
    Vec<SyntaxWarningInfo>,
) {
    let mut future = match future::parse(module, filename) {
        Ok(f) => f,
        Err(e) => return (Err(e), Vec::new()),
    };
    future.annotations |= flags & CO_FUTURE_ANNOTATIONS != 0;
    let mut module = module.clone();
    fold::fold_module_future(&mut module, future.annotations);
    let table = match symtable::SymbolTable::build_future(&module, filename, future.annotations) {
        Ok(t) => t,
        Err(e) => return (Err(e), Vec::new()),
    };
    codegen::compile_module(&module, &table, future, filename, mode)
}

/// CPython's `_Py_Mangle`: inside `class C`, a name `__x` (two leading underscores, not
/// ending in two, without a dot) becomes `_C__x`, with the class name's leading underscores
/// stripped. A class name made only of underscores leaves names unchanged.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class_name) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// A SyntaxError at `loc` (CPython reports 1-based columns; `Loc` columns are 0-based).
pub(crate) fn syntax_error(msg: impl Into<String>, filename: &str, loc: Loc) -> SyntaxErrorInfo {
    SyntaxErrorInfo {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.into(),
        filename: filename.to_string(),
        lineno: loc.line,
        offset: loc.col + 1,
        end_lineno: loc.end_line,
        end_offset: loc.end_col + 1,
        text: None,
        bare_text: false,
    }
}
