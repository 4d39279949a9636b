//! Integer presentation (`format(int, spec)`, `hex`/`oct`/`bin`, `str(int)`) and parsing
//! (`int(str, base)`).
//!
//! Integers are arbitrary precision (`BigInt`), so conversion is exact by construction; the
//! work here is reproducing CPython's rules: which spec options each presentation type
//! accepts and in what order the errors are checked (`format_long_internal`), the `_` group
//! size of 4 for power-of-two bases, and the parsing rules of `PyLong_FromString` (single
//! underscores between digits or after a base prefix, no leading zeros with base 0, and the
//! 4300-digit limit on non-power-of-two bases that guards against quadratic conversion).

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::{Signed, ToPrimitive, Zero};

use super::float::{format_float, is_py_strip_space};
use super::spec::{grouping_for, layout_number, unknown_code, FormatSpec, NumberParts};
use super::FormatError;

/// CPython's default `sys.get_int_max_str_digits()`: the most decimal digits `int(str)` and
/// `str(int)` convert (for bases that are not powers of two).
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The `ValueError` for parsing an integer string of `n_digits` digits over the limit.
pub fn int_parse_limit_error(n_digits: usize) -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {n_digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// The `ValueError` for converting an integer with too many digits to a decimal string.
pub fn int_str_limit_error() -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Why [`parse_int`] failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntParseError {
    /// The base is not 0 or 2..=36.
    BadBase,
    /// Not a valid literal in the base.
    Invalid,
    /// A valid-looking run of this many digits exceeds [`INT_MAX_STR_DIGITS`].
    TooManyDigits(usize),
}

impl IntParseError {
    /// The exception CPython raises. `base` is the base the caller passed; `literal_repr` is
    /// `repr()` of the argument (truncated to 200 characters here, as CPython's `%.200R`).
    pub fn to_format_error(&self, base: u32, literal_repr: &str) -> FormatError {
        match self {
            IntParseError::BadBase => FormatError::value("int() base must be >= 2 and <= 36, or 0"),
            IntParseError::Invalid => {
                let shown: String = literal_repr.chars().take(200).collect();
                FormatError::value(format!(
                    "invalid literal for int() with base {base}: {shown}"
                ))
            }
            IntParseError::TooManyDigits(n) => int_parse_limit_error(*n),
        }
    }
}

/// `int(s, base)` for a string. Strips whitespace, accepts a sign, a base prefix matching
/// the base (`0x`/`0o`/`0b`, optionally followed by one `_`), single underscores between
/// digits, and with base 0 auto-detects the prefix and forbids leading zeros on nonzero
/// values. Non-ASCII decimal digits are not translated here.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, IntParseError> {
    if base == 1 || base > 36 {
        return Err(IntParseError::BadBase);
    }
    let s = s.trim_matches(is_py_strip_space);
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let b = s.as_bytes();
    let prefix_base = match (b.first(), b.get(1)) {
        (Some(b'0'), Some(b'x' | b'X')) => Some(16),
        (Some(b'0'), Some(b'o' | b'O')) => Some(8),
        (Some(b'0'), Some(b'b' | b'B')) => Some(2),
        _ => None,
    };
    let mut error_if_nonzero = false;
    let base = match base {
        0 => match prefix_base {
            Some(pb) => pb,
            None => {
                error_if_nonzero = b.first() == Some(&b'0');
                10
            }
        },
        b => b,
    };
    let mut body = s;
    if prefix_base == Some(base) {
        body = &s[2..];
        body = body.strip_prefix('_').unwrap_or(body);
    }
    // Scan the run of digits and underscores, as CPython does before the length check.
    let mut digits = String::with_capacity(body.len());
    let mut prev_underscore = true; // forbids a leading underscore
    let mut end = body.len();
    for (i, c) in body.char_indices() {
        if c == '_' {
            if prev_underscore {
                return Err(IntParseError::Invalid);
            }
            prev_underscore = true;
        } else if c.is_digit(base) {
            digits.push(c);
            prev_underscore = false;
        } else {
            end = i;
            break;
        }
    }
    if digits.is_empty() || prev_underscore {
        return Err(IntParseError::Invalid);
    }
    if !base.is_power_of_two() && digits.len() > INT_MAX_STR_DIGITS {
        return Err(IntParseError::TooManyDigits(digits.len()));
    }
    if end != body.len() {
        return Err(IntParseError::Invalid);
    }
    let value = BigInt::parse_bytes(digits.as_bytes(), base).ok_or(IntParseError::Invalid)?;
    if error_if_nonzero && !value.is_zero() {
        return Err(IntParseError::Invalid);
    }
    Ok(if negative { -value } else { value })
}

/// The digits of `|v|` in `radix` (lowercase), enforcing the decimal digit limit.
fn magnitude_digits(v: &BigInt, radix: u32) -> Result<String, FormatError> {
    let digits = v.magnitude().to_str_radix(radix);
    if radix == 10 && digits.len() > INT_MAX_STR_DIGITS {
        return Err(int_str_limit_error());
    }
    Ok(digits)
}

/// `str(v)` for an int, with the 4300-digit limit.
pub fn int_to_decimal(v: &BigInt) -> Result<String, FormatError> {
    let digits = magnitude_digits(v, 10)?;
    Ok(if v.is_negative() {
        format!("-{digits}")
    } else {
        digits
    })
}

/// `v` in `radix` with an optional `0b`/`0o`/`0x` prefix after the sign, as `bin()`,
/// `oct()` and `hex()` produce (`hex(-31) == '-0x1f'`). Other radixes get no prefix.
/// Power-of-two radixes have no digit limit; radix 10 is better served by
/// [`int_to_decimal`].
pub fn int_to_str_radix(v: &BigInt, radix: u32, with_prefix: bool) -> String {
    let prefix = match (with_prefix, radix) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", v.magnitude().to_str_radix(radix))
}

/// `float(v)` for an int: correctly rounded, `OverflowError` if out of range.
pub fn int_to_f64(v: &BigInt) -> Result<f64, FormatError> {
    match v.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(FormatError::overflow("int too large to convert to float")),
    }
}

/// `format(v, spec)` for an int, presentation types `b c d o x X n` or none, and
/// `e E f F g G %` via conversion to float. `type_name` is the Python type name used in
/// error messages (`'int'`, `'bool'`, …). An empty spec gives the same text as `str(v)` for
/// a plain int; `bool`'s `'True'` is the caller's business.
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    let grouping = grouping_for(spec, Some(ty))?;
    let radix = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        'd' | 'n' | 'c' => 10,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float(int_to_f64(v)?, spec, type_name)
        }
        t => return Err(unknown_code(t, type_name)),
    };
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.z {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let ch = char_from_int(v)?;
        let text = ch.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: &text,
        };
        return Ok(layout_number(&parts, spec, grouping));
    }
    let mut digits = magnitude_digits(v, radix)?;
    let mut prefix = match (spec.alternate, ty) {
        (true, 'b') => "0b".to_string(),
        (true, 'o') => "0o".to_string(),
        (true, 'x' | 'X') => "0x".to_string(),
        _ => String::new(),
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
        prefix.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: v.sign() == BigSign::Minus,
        prefix: &prefix,
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    Ok(layout_number(&parts, spec, grouping))
}

/// The character for code point `v` (`format(v, 'c')`), with CPython's `OverflowError`s.
/// Lone surrogates (U+D800..U+DFFF), which Rust strings cannot hold, become U+FFFD.
fn char_from_int(v: &BigInt) -> Result<char, FormatError> {
    let Some(x) = v.to_i64() else {
        return Err(FormatError::overflow(
            "Python int too large to convert to C long",
        ));
    };
    if !(0..=0x10ffff).contains(&x) {
        return Err(FormatError::overflow("%c arg not in range(0x110000)"));
    }
    Ok(char::from_u32(x as u32).unwrap_or('\u{fffd}'))
}
