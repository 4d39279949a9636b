//! The front end: source text to AST.
//!
//! `lexer` turns text into tokens (logos for the tokens themselves, a hand-written layer for
//! INDENT/DEDENT, implicit line joining and f-strings); `parser` drives the lalrpop grammar in
//! `grammar/python.lalrpop` and checks what the grammar leaves to Rust (assignment targets,
//! argument order). Every failure is a [`SyntaxErrorInfo`] with CPython 3.11's message.

pub mod ast;
pub mod lexer;
pub mod parser;

use std::fmt;

/// Which exception class a syntax failure raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// Everything CPython's `SyntaxError` carries: message, file, position and the offending line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxErrorInfo {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub lineno: u32,
    /// 1-based column (in characters) where the caret starts.
    pub offset: u32,
    pub end_lineno: u32,
    /// 1-based column just past the last caret (equal to `offset` for a single caret).
    pub end_offset: u32,
    /// The source line, without its newline.
    pub text: Option<String>,
    /// The line is shown without its newline even for `exec` input: the tokenizer's own
    /// errors (`_syntaxerror_range`), and lines the tokenizer had already read past
    /// (`get_error_line_from_tokenizer_buffers`).
    pub bare_text: bool,
}

impl fmt::Display for SyntaxErrorInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.kind.name(),
            self.msg,
            self.filename,
            self.lineno
        )
    }
}

/// Parses a whole source file (`exec` mode) into a module, or reports CPython 3.11's
/// `SyntaxError` / `IndentationError` with its exact message and position.
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxErrorInfo> {
    parser::parse_module(source, filename)
}

/// Parses an `eval` input (one expression) into a module of one expression statement.
pub fn parse_expression(source: &str, filename: &str) -> Result<ast::Module, SyntaxErrorInfo> {
    parser::parse_expression(source, filename)
}

/// Parses a `compile(..., "single")` input: one statement, else CPython's error.
pub fn parse_single(source: &str, filename: &str) -> Result<ast::Module, SyntaxErrorInfo> {
    parser::parse_single(source, filename)
}

/// Parses one REPL input (`single` mode). When more lines could complete the input (after
/// `if x:`, inside an unclosed bracket or triple-quoted string, or a compound statement not
/// yet ended by a blank line) the error's message starts with `incomplete input`.
pub fn parse_interactive(source: &str) -> Result<ast::Module, SyntaxErrorInfo> {
    parser::parse_interactive(source)
}
