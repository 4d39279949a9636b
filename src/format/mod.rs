//! Pure formatting routines shared by `str.format`, `format()`, f-strings, `%`-formatting,
//! `repr(float)`, `round()`, `int(str)` and `float(str)`.
//!
//! Nothing here knows about interpreter objects: the VM converts its values to plain Rust
//! data (`f64`, `BigInt`, `&str`) or implements [`percent::PercentArg`], calls these
//! functions, and turns a [`FormatError`] into the Python exception named by its
//! [`ErrKind`]. Every message is CPython 3.11's text, byte for byte.
//!
//! Layout:
//! - [`spec`]: the format-spec mini-language parser, string formatting and the single
//!   padding/number-layout mechanism every presentation uses.
//! - [`float`]: exact float → decimal conversion (`repr`, `e`/`f`/`g`/`%`, `round`) and
//!   `float(str)` parsing.
//! - [`int`]: integer presentations, `hex`/`oct`/`bin`, and `int(str, base)` parsing.
//! - [`percent`]: printf-style `str % args`.
//! - [`unicode`]: Unicode digits/whitespace as the numeric parsers see them.

pub mod case;
pub mod float;
pub mod int;
pub mod percent;
pub mod spec;
pub mod unicode;

pub use float::{float_repr, format_float, parse_float, round_float};
pub use int::{
    format_int, int_max_str_digits, int_parse_limit_error, int_str_limit_error, int_to_decimal,
    int_to_f64, int_to_str_radix, parse_int, set_int_max_str_digits, IntParseError,
    INT_MAX_STR_DIGITS,
};
pub use percent::{percent_format, KeyLookup, PercentArg, PercentArgs};
pub use spec::{format_str, parse_format_spec, Align, FormatSpec, Sign};

use std::fmt;

/// The Python exception class a [`FormatError`] maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrKind {
    /// `ValueError`
    ValueError,
    /// `TypeError`
    TypeError,
    /// `OverflowError`
    OverflowError,
    /// `MemoryError` (a width or precision too large to allocate; the message is empty).
    MemoryError,
}

/// An error raised by a formatting routine: the exception class and CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    /// Which Python exception to raise.
    pub kind: ErrKind,
    /// The exception message, exactly as CPython 3.11 words it.
    pub msg: String,
}

impl FormatError {
    /// A `ValueError` with `msg`.
    pub fn value(msg: impl Into<String>) -> Self {
        FormatError {
            kind: ErrKind::ValueError,
            msg: msg.into(),
        }
    }

    /// A `TypeError` with `msg`.
    pub fn type_error(msg: impl Into<String>) -> Self {
        FormatError {
            kind: ErrKind::TypeError,
            msg: msg.into(),
        }
    }

    /// An `OverflowError` with `msg`.
    pub fn overflow(msg: impl Into<String>) -> Self {
        FormatError {
            kind: ErrKind::OverflowError,
            msg: msg.into(),
        }
    }

    /// A `MemoryError` (CPython gives it no message).
    pub fn memory() -> Self {
        FormatError {
            kind: ErrKind::MemoryError,
            msg: String::new(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for FormatError {}
