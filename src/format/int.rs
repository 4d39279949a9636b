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

use super::float::format_float;
use super::spec::{grouping_for, layout_number, unknown_code, FormatSpec, NumberParts};
use super::unicode::{strip_ascii_space, to_ascii_numeric};
use super::FormatError;

/// CPython's default `sys.get_int_max_str_digits()`: the most decimal digits `int(str)` and
/// `str(int)` convert (for bases that are not powers of two).
pub const INT_MAX_STR_DIGITS: usize = 4300;

thread_local! {
    /// The limit in force: `sys.set_int_max_str_digits` changes it, 0 lifts it (CPython
    /// keeps it in the interpreter state).
    static MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(INT_MAX_STR_DIGITS) };
}

/// `sys.get_int_max_str_digits()`.
pub fn int_max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|c| c.get())
}

/// `sys.set_int_max_str_digits(n)` (the caller has checked `n`).
pub fn set_int_max_str_digits(n: usize) {
    MAX_STR_DIGITS.with(|c| c.set(n));
}

/// Whether `n` characters exceed the limit in force.
fn over_str_digits_limit(n: usize) -> bool {
    let limit = int_max_str_digits();
    limit != 0 && n > limit
}

/// The `ValueError` for parsing an integer string of `n_digits` digits over the limit.
pub fn int_parse_limit_error(n_digits: usize) -> FormatError {
    let limit = int_max_str_digits();
    FormatError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: value has {n_digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// The `ValueError` for converting an integer with too many digits to a decimal string.
pub fn int_str_limit_error() -> FormatError {
    let limit = int_max_str_digits();
    FormatError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Why [`parse_int`] failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntParseError {
    /// The base is not 0 or 2..=36.
    BadBase,
    /// Not a valid literal in the base.
    Invalid,
    /// A valid-looking run of this many digits exceeds the limit in force.
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
/// values. Unicode decimal digits and whitespace are accepted, as in CPython.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, IntParseError> {
    if base == 1 || base > 36 {
        return Err(IntParseError::BadBase);
    }
    let ascii = to_ascii_numeric(s);
    let s = strip_ascii_space(&ascii);
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
    if !base.is_power_of_two() && over_str_digits_limit(digits.len()) {
        return Err(IntParseError::TooManyDigits(digits.len()));
    }
    if end != body.len() {
        return Err(IntParseError::Invalid);
    }
    // Up to 12 digits fit a u64 in every base (36^12 < 2^63): no big-number parse.
    let small = (digits.len() <= 12)
        .then(|| u64::from_str_radix(&digits, base).ok())
        .flatten();
    let value = match small {
        Some(v) => BigInt::from(v),
        None => BigInt::parse_bytes(digits.as_bytes(), base).ok_or(IntParseError::Invalid)?,
    };
    if error_if_nonzero && !value.is_zero() {
        return Err(IntParseError::Invalid);
    }
    Ok(if negative { -value } else { value })
}

/// The digits of `|v|` in `radix` (lowercase), enforcing the decimal digit limit.
fn magnitude_digits(v: &BigInt, radix: u32) -> Result<String, FormatError> {
    if let Some(m) = small_magnitude_digits(v, radix) {
        return Ok(m);
    }
    let digits = v.magnitude().to_str_radix(radix);
    if radix == 10 && over_str_digits_limit(digits.len()) {
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
///
/// # Panics
///
/// If `radix` is not in `2..=36` (a caller bug, like [`BigInt::to_str_radix`]).
pub fn int_to_str_radix(v: &BigInt, radix: u32, with_prefix: bool) -> String {
    let prefix = match (with_prefix, radix) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let sign = if v.is_negative() { "-" } else { "" };
    let digits =
        small_magnitude_digits(v, radix).unwrap_or_else(|| v.magnitude().to_str_radix(radix));
    format!("{sign}{prefix}{digits}")
}

/// The digits of `|v|` in radix 2, 8, 10 or 16 when it fits a u64, by the standard
/// library's formatting: most ints printed are small, and the big-number conversion
/// allocates digit vectors even for those.
fn small_magnitude_digits(v: &BigInt, radix: u32) -> Option<String> {
    let m = v.magnitude().to_u64()?;
    Some(match radix {
        2 => format!("{m:b}"),
        8 => format!("{m:o}"),
        10 => m.to_string(),
        16 => format!("{m:x}"),
        _ => return None,
    })
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
        return layout_number(&parts, spec, grouping);
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
    layout_number(&parts, spec, grouping)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::spec::parse_format_spec;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn show(r: Result<String, FormatError>) -> String {
        r.unwrap_or_else(|e| format!("!{:?}: {}", e.kind, e.msg))
    }

    /// `(value, spec, format(value, spec))` from CPython 3.11; `!` marks an exception.
    fn format_cases() -> Vec<(BigInt, &'static str, &'static str)> {
        vec![
            (big("1234"), "b", "10011010010"),
            (big("-255"), "#", "-255"),
            (big("-1180591620717411303424"), "10", "-1180591620717411303424"),
            (big("18446744073709551616"), "010x", "10000000000000000"),
            (big("255"), "08,d", "0,000,255"),
            (big("-1"), "g", "-1"),
            (BigInt::from(10u32).pow(400), "X", "1B4EC7F91973FF3CB1CCF26FBC177C38DB6E54582DE258FF5190B8BC150AFADB38030E5D0B7BF50120E5C0E6AD18E629853CE9946A0B2ECCF6CFDE0AF8634BF8DC5A427FE4236CE5959BAA0E776CDB47C4813E1E0C75CA271E1D059E08E4996AA4193A48AD3A24633EBDB32E9F0B824377E2FA9C10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
            (big("1234567"), "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (big("42"), "#X", "0X2A"),
            (big("0"), ".3g", "0"),
            (big("1114111"), "_o", "417_7777"),
            (big("-5"), "#_x", "-0x5"),
            (big("100000000000000000000"), ",_", "!ValueError: Cannot specify both ',' and '_'."),
            (big("255"), "#010X", "0X000000FF"),
            (big("-1"), "e", "-1.000000e+00"),
            (big("-1180591620717411303424"), "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            (big("-255"), "X", "-FF"),
            (big("100000000000000000000"), "x<+15,", "+100,000,000,000,000,000,000"),
            (big("255"), "_n", "!ValueError: Cannot specify '_' with 'n'."),
            (big("1"), "%%", "!ValueError: Invalid format specifier '%%' for object of type 'int'"),
            (big("1234567"), ",.2f", "1,234,567.00"),
            (big("-1180591620717411303424"), "e", "-1.180592e+21"),
            (big("42"), "", "42"),
            (big("-5"), "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (big("1"), " d", " 1"),
            (big("9007199254740993"), "^10", "9007199254740993"),
            (big("-1234567"), "08,d", "-1,234,567"),
            (big("1114111"), "c", "􏿿"),
            (big("-5"), ".3g", "-5"),
            (big("65"), "#o", "0o101"),
            (big("100000000000000000000"), "#X", "0X56BC75E2D63100000"),
            (big("-1180591620717411303424"), "o", "-200000000000000000000000"),
            (big("100000000000000000000"), "b", "1010110101111000111010111100010110101100011000100000000000000000000"),
            (big("-255"), "b", "-11111111"),
            (big("9007199254740993"), "%%", "!ValueError: Invalid format specifier '%%' for object of type 'int'"),
            (big("-1180591620717411303424"), ".3g", "-1.18e+21"),
            (big("5"), "%", "500.000000%"),
            (big("-1234567"), "c", "!OverflowError: %c arg not in range(0x110000)"),
            (big("65"), "_", "65"),
            (big("1234567"), "#_x", "0x12_d687"),
            (big("-1234567"), "^10", " -1234567 "),
            (BigInt::from(10u32).pow(400), "*^+#12x", "+0x1b4ec7f91973ff3cb1ccf26fbc177c38db6e54582de258ff5190b8bc150afadb38030e5d0b7bf50120e5c0e6ad18e629853ce9946a0b2eccf6cfde0af8634bf8dc5a427fe4236ce5959baa0e776cdb47c4813e1e0c75ca271e1d059e08e4996aa4193a48ad3a24633ebdb32e9f0b824377e2fa9c10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
            (big("-1"), "", "-1"),
            (big("65"), ",_", "!ValueError: Cannot specify both ',' and '_'."),
            (big("-1234567"), "10", "  -1234567"),
            (big("0"), "g", "0"),
            (big("9007199254740993"), ".3g", "9.01e+15"),
            (big("-5"), "X", "-5"),
            (big("123456789"), ",c", "!ValueError: Cannot specify ',' with 'c'."),
            (big("-1234567"), ">5c", "!OverflowError: %c arg not in range(0x110000)"),
            (big("18014398509481987"), "+d", "+18014398509481987"),
            (big("255"), "", "255"),
            (big("65"), "+d", "+65"),
            (big("42"), "E", "4.200000E+01"),
            (big("42"), "*^+#12x", "***+0x2a****"),
            (big("1234567"), ".2e", "1.23e+06"),
            (big("-255"), ".", "!ValueError: Format specifier missing precision"),
            (big("-5"), "010x", "-000000005"),
            (big("-255"), ">5c", "!OverflowError: %c arg not in range(0x110000)"),
            (big("255"), "010x", "00000000ff"),
            (big("1114111"), "%%", "!ValueError: Invalid format specifier '%%' for object of type 'int'"),
            (big("5"), ",_", "!ValueError: Cannot specify both ',' and '_'."),
            (big("1114111"), ",", "1,114,111"),
            (big("0"), "%%", "!ValueError: Invalid format specifier '%%' for object of type 'int'"),
            (big("-255"), ".2f", "-255.00"),
            (big("255"), "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            (big("42"), "x", "2a"),
            (big("-255"), ",.2f", "-255.00"),
            (big("42"), "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            (big("5"), "e", "5.000000e+00"),
            (big("1"), "n", "1"),
            (big("18014398509481987"), ".2e", "1.80e+16"),
            (big("100000000000000000000"), "E", "1.000000E+20"),
            (big("65"), "n", "65"),
            (big("255"), "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            (big("-1180591620717411303424"), ".2f", "-1180591620717411303424.00"),
            (big("-5"), "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            (big("-1"), "=10", "-        1"),
            (big("18014398509481987"), ".2f", "18014398509481988.00"),
            (BigInt::from(10u32).pow(400), "x<+15,", "+10,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000"),
            (big("65"), "+x", "+41"),
            (big("1234"), ",_", "!ValueError: Cannot specify both ',' and '_'."),
            (big("1"), ".2e", "1.00e+00"),
            (big("5"), "08,d", "0,000,005"),
            (big("1234"), "<10", "1234      "),
            (big("-1234567"), "#010X", "-0X012D687"),
            (big("0"), "#o", "0o0"),
            (big("1114111"), ".3g", "1.11e+06"),
            (big("100000000000000000000"), "e", "1.000000e+20"),
            (big("5"), "E", "5.000000E+00"),
            (big("-1234567"), "E", "-1.234567E+06"),
            (big("-5"), "10", "        -5"),
            (big("1234567"), "<10", "1234567   "),
            (big("65"), ".3g", "65"),
            (big("255"), "c", "ÿ"),
            (big("100000000000000000000"), "_b", "101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000"),
            (big("5"), "+x", "+5"),
            (big("65"), "=+10", "+       65"),
            (big("-1234567"), "#b", "-0b100101101011010000111"),
            (big("1114111"), "0=10,", "01,114,111"),
            (big("18446744073709551616"), "10", "18446744073709551616"),
            (big("255"), ".3g", "255"),
            (big("5"), "o", "5"),
            (big("1"), "10", "         1"),
            (big("1"), "-d", "1"),
            (big("5"), "-d", "5"),
            (big("1"), "=10", "         1"),
            (big("65"), ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            (big("18446744073709551616"), "_b", "1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
            (big("9007199254740993"), "_o", "40_0000_0000_0000_0001"),
            (big("-1234567"), "é^9", "-1234567é"),
            (BigInt::from(10u32).pow(400), "_", "10_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000"),
            (big("-1"), "x<+15,", "-1xxxxxxxxxxxxx"),
            (big("-1"), "d", "-1"),
            (big("-1234567"), "<3c", "!OverflowError: %c arg not in range(0x110000)"),
            (big("18446744073709551616"), "012,", "18,446,744,073,709,551,616"),
            (BigInt::from(10u32).pow(400), "+0=12_", "!ValueError: Invalid format specifier '+0=12_' for object of type 'int'"),
            (big("42"), "#010X", "0X0000002A"),
            (big("-1"), ".2e", "-1.00e+00"),
            (big("9007199254740993"), "#o", "0o400000000000000001"),
            (big("-1234567"), "012,", "-001,234,567"),
            (big("0"), ">5c", "    \u{0}"),
            (big("9007199254740993"), ",", "9,007,199,254,740,993"),
            (big("9007199254740993"), ".0%", "900719925474099200%"),
            (big("-255"), ".0%", "-25500%"),
            (big("-1234567"), ".2f", "-1234567.00"),
            (big("-255"), "c", "!OverflowError: %c arg not in range(0x110000)"),
            (big("1114111"), "é^9", "é1114111é"),
            (big("123456789"), "#010x", "0x075bcd15"),
            (big("9007199254740993"), "_x", "20_0000_0000_0001"),
            (big("18014398509481987"), "c", "!OverflowError: %c arg not in range(0x110000)"),
            (big("100000000000000000000"), ",", "100,000,000,000,000,000,000"),
            (big("18014398509481987"), "#X", "0X40000000000003"),
            (big("-5"), "o", "-5"),
            (big("5"), "#X", "0X5"),
            (BigInt::from(10u32).pow(400), "<3c", "!OverflowError: Python int too large to convert to C long"),
            (big("-255"), "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            (BigInt::from(10u32).pow(400), "=+10", "+10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
            (big("1"), "_x", "1"),
            (big("9007199254740993"), ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            (big("-255"), " d", "-255"),
            (big("5"), "c", "\u{5}"),
            (big("100000000000000000000"), "c", "!OverflowError: Python int too large to convert to C long"),
            (big("42"), "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            (big("123456789"), "#o", "0o726746425"),
            (big("1234567"), "#o", "0o4553207"),
            (big("123456789"), "#_x", "0x75b_cd15"),
            (big("18446744073709551616"), "0=10,", "18,446,744,073,709,551,616"),
            (big("-1"), "#b", "-0b1"),
            (big("9007199254740993"), "d", "9007199254740993"),
            (big("18446744073709551616"), " d", " 18446744073709551616"),
            (big("-1180591620717411303424"), "+d", "-1180591620717411303424"),
            (big("-255"), "#010x", "-0x00000ff"),
            (big("1234"), "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (big("5"), "=+10", "+        5"),
            (big("18446744073709551616"), "X", "10000000000000000"),
            (big("-1180591620717411303424"), ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            (big("1"), "x", "1"),
            (big("-255"), "n", "-255"),
            (big("1"), ".3g", "1"),
            (big("100000000000000000000"), ".2f", "100000000000000000000.00"),
            (big("18446744073709551616"), "x", "10000000000000000"),
            (big("-1180591620717411303424"), "-d", "-1180591620717411303424"),
            (big("1234"), "E", "1.234000E+03"),
            (big("5"), "<10", "5         "),
            (big("100000000000000000000"), "#010X", "0X56BC75E2D63100000"),
            (big("1"), "E", "1.000000E+00"),
            (big("1114111"), "+0=12_", "!ValueError: Invalid format specifier '+0=12_' for object of type 'int'"),
            (big("5"), "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            (big("18446744073709551616"), "_x", "1_0000_0000_0000_0000"),
            (big("-1234567"), "X", "-12D687"),
            (big("-5"), ".2e", "-5.00e+00"),
            (big("42"), "é^9", "ééé42éééé"),
            (big("1"), "#o", "0o1"),
            (big("18014398509481987"), "b", "1000000000000000000000000000000000000000000000000000011"),
            (big("1234"), "#b", "0b10011010010"),
            (big("1234"), "<3c", "Ӓ  "),
            (big("-1180591620717411303424"), "_n", "!ValueError: Cannot specify '_' with 'n'."),
            (big("1"), "_", "1"),
            (big("123456789"), "", "123456789"),
            (big("0"), "_o", "0"),
            (big("0"), "x", "0"),
            (big("18014398509481987"), "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            (big("18446744073709551616"), "", "18446744073709551616"),
            (big("-1180591620717411303424"), "E", "-1.180592E+21"),
            (big("18446744073709551616"), ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            (big("18014398509481987"), "x<+15,", "+18,014,398,509,481,987"),
            (big("255"), "%%", "!ValueError: Invalid format specifier '%%' for object of type 'int'"),
            (big("9007199254740993"), " d", " 9007199254740993"),
            (big("100000000000000000000"), ".", "!ValueError: Format specifier missing precision"),
            (big("9007199254740993"), "08,d", "9,007,199,254,740,993"),
            (big("-1180591620717411303424"), "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (big("-1234567"), "+d", "-1234567"),
            (big("42"), "012,", "0,000,000,042"),
            (big("-1"), "#010x", "-0x0000001"),
            (big("65"), "%%", "!ValueError: Invalid format specifier '%%' for object of type 'int'"),
            (big("-5"), "#", "-5"),
            (big("18014398509481987"), "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (big("1"), "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (big("65"), "c", "A"),
            (big("9007199254740993"), "_n", "!ValueError: Cannot specify '_' with 'n'."),
            (big("1114111"), "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (big("0"), "010x", "0000000000"),
            (big("123456789"), "012,", "0,123,456,789"),
            (big("9007199254740993"), "#x", "0x20000000000001"),
            (big("-1"), ".0%", "-100%"),
            (big("1"), ",c", "!ValueError: Cannot specify ',' with 'c'."),
            (big("255"), "=10", "       255"),
            (BigInt::from(10u32).pow(400), ".", "!ValueError: Format specifier missing precision"),
            (big("1114111"), "=+10", "+  1114111"),
            (big("100000000000000000000"), "010", "100000000000000000000"),
            (big("-1234567"), "#010x", "-0x012d687"),
            (big("18014398509481987"), "_", "18_014_398_509_481_987"),
            (big("65"), "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (big("65"), "0=10,", "00,000,065"),
            (big("123456789"), "<3c", "!OverflowError: %c arg not in range(0x110000)"),
            (big("255"), "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (big("18014398509481987"), "+0=12_", "!ValueError: Invalid format specifier '+0=12_' for object of type 'int'"),
            (big("-1"), "^10", "    -1    "),
            (big("9007199254740993"), ".2f", "9007199254740992.00"),
            (big("1114111"), "<10", "1114111   "),
            (big("1234"), "^10", "   1234   "),
            (big("65"), "10", "        65"),
            (big("255"), "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (big("65"), "_o", "101"),
            (big("100000000000000000000"), "=+10", "+100000000000000000000"),
            (big("123456789"), "r", "!ValueError: Unknown format code 'r' for object of type 'int'"),
            (big("-1180591620717411303424"), "+0=12_", "!ValueError: Invalid format specifier '+0=12_' for object of type 'int'"),
            (big("-1180591620717411303424"), "0=10,", "-1,180,591,620,717,411,303,424"),
            (big("100000000000000000000"), ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            (big("255"), ".2e", "2.55e+02"),
            (big("100000000000000000000"), "x", "56bc75e2d63100000"),
            (big("100000000000000000000"), "08,d", "100,000,000,000,000,000,000"),
            (big("-255"), "_n", "!ValueError: Cannot specify '_' with 'n'."),
            (big("9007199254740993"), "b", "100000000000000000000000000000000000000000000000000001"),
            (big("1114111"), "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            (BigInt::from(10u32).pow(400), "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            (big("100000000000000000000"), "r", "!ValueError: Unknown format code 'r' for object of type 'int'"),
            (big("9007199254740993"), "#_x", "0x20_0000_0000_0001"),
            (big("-1"), ".3g", "-1"),
            (big("1234"), "010x", "00000004d2"),
            (big("255"), ".0%", "25500%"),
            (BigInt::from(10u32).pow(400), "x", "1b4ec7f91973ff3cb1ccf26fbc177c38db6e54582de258ff5190b8bc150afadb38030e5d0b7bf50120e5c0e6ad18e629853ce9946a0b2eccf6cfde0af8634bf8dc5a427fe4236ce5959baa0e776cdb47c4813e1e0c75ca271e1d059e08e4996aa4193a48ad3a24633ebdb32e9f0b824377e2fa9c10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
            (big("1234"), "+x", "+4d2"),
            (big("42"), "+0=12_", "!ValueError: Invalid format specifier '+0=12_' for object of type 'int'"),
            (big("-1180591620717411303424"), "010x", "-400000000000000000"),
            (big("255"), "_", "255"),
            (big("42"), "#o", "0o52"),
            (big("255"), "-d", "255"),
            (big("-255"), "o", "-377"),
            (big("65"), "#_x", "0x41"),
            (big("100000000000000000000"), "+d", "+100000000000000000000"),
            (big("18014398509481987"), "_x", "40_0000_0000_0003"),
            (big("1"), "0=10,", "00,000,001"),
            (big("18014398509481987"), " d", " 18014398509481987"),
            (big("65"), "_x", "41"),
            (big("18446744073709551616"), "08,d", "18,446,744,073,709,551,616"),
            (big("-1"), "0=10,", "-0,000,001"),
            (big("9007199254740993"), ",c", "!ValueError: Cannot specify ',' with 'c'."),
            (big("65"), ".", "!ValueError: Format specifier missing precision"),
            (big("5"), ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            (big("42"), "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (big("-255"), "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            (big("-5"), "+x", "-5"),
            (BigInt::from(10u32).pow(400), "_b", "1_1011_0100_1110_1100_0111_1111_1001_0001_1001_0111_0011_1111_1111_0011_1100_1011_0001_1100_1100_1111_0010_0110_1111_1011_1100_0001_0111_0111_1100_0011_1000_1101_1011_0110_1110_0101_0100_0101_1000_0010_1101_1110_0010_0101_1000_1111_1111_0101_0001_1001_0000_1011_1000_1011_1100_0001_0101_0000_1010_1111_1010_1101_1011_0011_1000_0000_0011_0000_1110_0101_1101_0000_1011_0111_1011_1111_0101_0000_0001_0010_0000_1110_0101_1100_0000_1110_0110_1010_1101_0001_1000_1110_0110_0010_1001_1000_0101_0011_1100_1110_1001_1001_0100_0110_1010_0000_1011_0010_1110_1100_1100_1111_0110_1100_1111_1101_1110_0000_1010_1111_1000_0110_0011_0100_1011_1111_1000_1101_1100_0101_1010_0100_0010_0111_1111_1110_0100_0010_0011_0110_1100_1110_0101_1001_0101_1001_1011_1010_1010_0000_1110_0111_0111_0110_1100_1101_1011_0100_0111_1100_0100_1000_0001_0011_1110_0001_1110_0000_1100_0111_0101_1100_1010_0010_0111_0001_1110_0001_1101_0000_0101_1001_1110_0000_1000_1110_0100_1001_1001_0110_1010_1010_0100_0001_1001_0011_1010_0100_1000_1010_1101_0011_1010_0010_0100_0110_0011_0011_1110_1011_1101_1011_0011_0010_1110_1001_1111_0000_1011_1000_0010_0100_0011_0111_0111_1110_0010_1111_1010_1001_1100_0001_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
            (big("-1"), "<3c", "!OverflowError: %c arg not in range(0x110000)"),
            (big("1"), "08,d", "0,000,001"),
            (big("-1180591620717411303424"), "", "-1180591620717411303424"),
            (big("123456789"), "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (big("-1"), "010x", "-000000001"),
            (BigInt::from(10u32).pow(400), ",_", "!ValueError: Cannot specify both ',' and '_'."),
            (big("1"), "#X", "0X1"),
            (big("0"), "+x", "+0"),
            (big("5"), "010", "0000000005"),
            (big("18014398509481987"), ",.2f", "18,014,398,509,481,988.00"),
            (big("-1234567"), "o", "-4553207"),
            (big("0"), "%", "0.000000%"),
            (big("18014398509481987"), "=+10", "+18014398509481987"),
            (big("1234"), "_x", "4d2"),
            (big("123456789"), "010", "0123456789"),
            (BigInt::from(10u32).pow(400), ".0%", "!OverflowError: int too large to convert to float"),
            (big("-1180591620717411303424"), "<10", "-1180591620717411303424"),
            (BigInt::from(10u32).pow(400), "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            (big("5"), "#010x", "0x00000005"),
            (big("1114111"), "010x", "000010ffff"),
            (big("42"), "#", "42"),
            (BigInt::from(10u32).pow(400), "é^9", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
            (big("255"), "E", "2.550000E+02"),
            (big("9007199254740993"), "n", "9007199254740993"),
            (big("1"), "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            (big("18446744073709551616"), "+x", "+10000000000000000"),
            (big("42"), "#x", "0x2a"),
            (big("-5"), "*^+#12x", "****-0x5****"),
            (big("123456789"), ".0%", "12345678900%"),
            (big("-1180591620717411303424"), ",c", "!ValueError: Cannot specify ',' with 'c'."),
            (big("1234567"), ">5c", "!OverflowError: %c arg not in range(0x110000)"),
            (big("-1"), "_b", "-1"),
            (big("-1"), "010", "-000000001"),
            (big("1"), "%", "100.000000%"),
            (big("18014398509481987"), "010", "18014398509481987"),
            (big("65"), "#010x", "0x00000041"),
            (big("-1"), ".", "!ValueError: Format specifier missing precision"),
            (big("-5"), "#010X", "-0X0000005"),
            (big("9007199254740993"), "x<+15,", "+9,007,199,254,740,993"),
            (big("1234"), " d", " 1234"),
            (big("5"), "b", "101"),
            (big("-1"), "*^+#12x", "****-0x1****"),
            (big("-255"), "-d", "-255"),
            (big("-1180591620717411303424"), "X", "-400000000000000000"),
            (big("1"), "_b", "1"),
            (big("-1"), "%%", "!ValueError: Invalid format specifier '%%' for object of type 'int'"),
            (big("100000000000000000000"), "_", "100_000_000_000_000_000_000"),
            (big("-1180591620717411303424"), "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            (big("255"), "=+10", "+      255"),
            (BigInt::from(10u32).pow(400), "d", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
            (big("-5"), "^10", "    -5    "),
            (big("-1"), ",.2f", "-1.00"),
            (big("1114111"), ",.2f", "1,114,111.00"),
            (big("1234567"), " d", " 1234567"),
            (big("0"), "x<+15,", "+0xxxxxxxxxxxxx"),
            (big("100000000000000000000"), "10", "100000000000000000000"),
            (big("5"), ",c", "!ValueError: Cannot specify ',' with 'c'."),
            (BigInt::from(10u32).pow(400), "r", "!ValueError: Unknown format code 'r' for object of type 'int'"),
            (BigInt::from(10u32).pow(400), "#010x", "0x1b4ec7f91973ff3cb1ccf26fbc177c38db6e54582de258ff5190b8bc150afadb38030e5d0b7bf50120e5c0e6ad18e629853ce9946a0b2eccf6cfde0af8634bf8dc5a427fe4236ce5959baa0e776cdb47c4813e1e0c75ca271e1d059e08e4996aa4193a48ad3a24633ebdb32e9f0b824377e2fa9c10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
            (big("42"), "+d", "+42"),
            (big("-255"), "10", "      -255"),
            (big("18014398509481987"), "10", "18014398509481987"),
            (big("65"), ",.2f", "65.00"),
            (big("0"), ",.2f", "0.00"),
            (big("100000000000000000000"), ",b", "!ValueError: Cannot specify ',' with 'b'."),
            (big("18014398509481987"), "08,d", "18,014,398,509,481,987"),
            (big("255"), "g", "255"),
            (big("-255"), ",_", "!ValueError: Cannot specify both ',' and '_'."),
            (big("0"), "c", "\u{0}"),
            (big("1114111"), "+x", "+10ffff"),
            (big("5"), "10", "         5"),
            (big("65"), "", "65"),
            (BigInt::from(10u32).pow(400), "%", "!OverflowError: int too large to convert to float"),
            (big("1234567"), "#x", "0x12d687"),
            (big("65"), "%", "6500.000000%"),
            (big("255"), ",_", "!ValueError: Cannot specify both ',' and '_'."),
            (big("0"), "E", "0.000000E+00"),
            (big("1234"), "c", "Ӓ"),
            (big("-1"), "+x", "-1"),
            (big("1"), ".2f", "1.00"),
            (big("9007199254740993"), ",b", "!ValueError: Cannot specify ',' with 'b'."),
            (big("18446744073709551616"), "é^9", "18446744073709551616"),
            (big("1114111"), "010", "0001114111"),
            (BigInt::from(10u32).pow(400), ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            (big("9007199254740993"), "10", "9007199254740993"),
            (BigInt::from(10u32).pow(400), "c", "!OverflowError: Python int too large to convert to C long"),
            (BigInt::from(10u32).pow(400), "%%", "!ValueError: Invalid format specifier '%%' for object of type 'int'"),
            (big("65"), "#010X", "0X00000041"),
            (big("42"), "^10", "    42    "),
            (big("9007199254740993"), "_", "9_007_199_254_740_993"),
            (big("42"), "_o", "52"),
            (big("100000000000000000000"), "", "100000000000000000000"),
            (big("9007199254740993"), "0=10,", "9,007,199,254,740,993"),
            (BigInt::from(10u32).pow(400), "+d", "+10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
            (big("100000000000000000000"), "_n", "!ValueError: Cannot specify '_' with 'n'."),
            (big("-5"), "=10", "-        5"),
            (big("18014398509481987"), ".3g", "1.8e+16"),
            (big("5"), ".", "!ValueError: Format specifier missing precision"),
            (big("-1234567"), "#_x", "-0x12_d687"),
            (big("42"), "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            (big("-1234567"), "b", "-100101101011010000111"),
            (big("-5"), ",c", "!ValueError: Cannot specify ',' with 'c'."),
            (big("-1180591620717411303424"), "#X", "-0X400000000000000000"),
            (big("42"), "#010x", "0x0000002a"),
            (big("123456789"), ",b", "!ValueError: Cannot specify ',' with 'b'."),
            (big("0"), "#X", "0X0"),
            (big("1234567"), "X", "12D687"),
            (big("18014398509481987"), "09,", "18,014,398,509,481,987"),
            (big("-255"), "#010X", "-0X00000FF"),
            (big("18446744073709551616"), ".2f", "18446744073709551616.00"),
            (big("-5"), "é^9", "ééé-5éééé"),
            (big("-5"), "b", "-101"),
            (big("1114111"), "_b", "1_0000_1111_1111_1111_1111"),
            (big("0"), "X", "0"),
            (big("-1234567"), "#o", "-0o4553207"),
            (big("65"), "09,", "0,000,065"),
            (big("1"), "<3c", "\u{1}  "),
            (big("1234567"), "012,", "0,001,234,567"),
            (big("100000000000000000000"), "%%", "!ValueError: Invalid format specifier '%%' for object of type 'int'"),
            (big("1114111"), "n", "1114111"),
            (BigInt::from(10u32).pow(400), "#010X", "0X1B4EC7F91973FF3CB1CCF26FBC177C38DB6E54582DE258FF5190B8BC150AFADB38030E5D0B7BF50120E5C0E6AD18E629853CE9946A0B2ECCF6CFDE0AF8634BF8DC5A427FE4236CE5959BAA0E776CDB47C4813E1E0C75CA271E1D059E08E4996AA4193A48AD3A24633EBDB32E9F0B824377E2FA9C10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
            (big("-1180591620717411303424"), ".", "!ValueError: Format specifier missing precision"),
            (big("100000000000000000000"), "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            (BigInt::from(10u32).pow(400), "^10", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
            (big("42"), ".", "!ValueError: Format specifier missing precision"),
            (big("255"), "09,", "0,000,255"),
            (big("-1180591620717411303424"), "%", "-118059162071741130342400.000000%"),
            (big("9007199254740993"), "012,", "9,007,199,254,740,993"),
            (big("1234"), "é^9", "éé1234ééé"),
            (big("65"), "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            (big("5"), "#b", "0b101"),
            (big("1234"), "#_x", "0x4d2"),
            (big("-255"), "=10", "-      255"),
            (big("1234"), "n", "1234"),
            (big("1114111"), "r", "!ValueError: Unknown format code 'r' for object of type 'int'"),
            (big("18446744073709551616"), "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (big("1"), "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            (BigInt::from(10u32).pow(400), "010", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
            (big("-1234567"), "x", "-12d687"),
            (big("-1"), "+0=12_", "!ValueError: Invalid format specifier '+0=12_' for object of type 'int'"),
            (big("-1180591620717411303424"), "g", "-1.18059e+21"),
            (big("5"), ",b", "!ValueError: Cannot specify ',' with 'b'."),
            (big("-5"), "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            (big("0"), "09,", "0,000,000"),
            (big("100000000000000000000"), "012,", "100,000,000,000,000,000,000"),
            (big("100000000000000000000"), ".2e", "1.00e+20"),
            (big("-1"), "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            (big("65"), ".0%", "6500%"),
            (big("1"), ",b", "!ValueError: Cannot specify ',' with 'b'."),
            (big("18014398509481987"), "%", "1801439850948198912.000000%"),
            (big("123456789"), "#b", "0b111010110111100110100010101"),
            (big("-255"), "#x", "-0xff"),
            (big("-255"), ".3g", "-255"),
            (big("-1180591620717411303424"), "#", "-1180591620717411303424"),
            (big("-5"), "_x", "-5"),
            (big("123456789"), ".3g", "1.23e+08"),
            (big("18446744073709551616"), "_n", "!ValueError: Cannot specify '_' with 'n'."),
            (big("100000000000000000000"), "X", "56BC75E2D63100000"),
            (big("65"), "#b", "0b1000001"),
            (big("-255"), "_o", "-377"),
            (big("1234"), ".", "!ValueError: Format specifier missing precision"),
            (big("5"), ".3g", "5"),
            (big("18014398509481987"), "_o", "100_0000_0000_0000_0003"),
            (big("-1"), "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            (big("18014398509481987"), "_n", "!ValueError: Cannot specify '_' with 'n'."),
            (big("1114111"), ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            (big("-1234567"), "d", "-1234567"),
            (big("-5"), ">5c", "!OverflowError: %c arg not in range(0x110000)"),
            (big("-1180591620717411303424"), ".2e", "-1.18e+21"),
            (big("-1234567"), "_n", "!ValueError: Cannot specify '_' with 'n'."),
            (BigInt::from(10u32).pow(400), "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            (big("1114111"), "", "1114111"),
            (big("42"), "_", "42"),
            (big("5"), "=10", "         5"),
            (big("1114111"), "-d", "1114111"),
            (big("255"), "_b", "1111_1111"),
            (big("18446744073709551616"), "#x", "0x10000000000000000"),
            (big("0"), ".2d", "!ValueError: Precision not allowed in integer format specifier"),
            (big("1234"), "+d", "+1234"),
            (big("-255"), "", "-255"),
            (big("18014398509481987"), "d", "18014398509481987"),
            (big("1234567"), "#010x", "0x0012d687"),
            (big("9007199254740993"), "010x", "20000000000001"),
            (big("1"), "<10", "1         "),
            (big("42"), "<10", "42        "),
            (big("255"), "b", "11111111"),
            (big("-1180591620717411303424"), "x", "-400000000000000000"),
            (big("100000000000000000000"), "_x", "5_6bc7_5e2d_6310_0000"),
            (big("-255"), "+x", "-ff"),
            (big("18014398509481987"), "<10", "18014398509481987"),
            (big("9007199254740993"), "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            (big("1234567"), "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            (big("18014398509481987"), ",b", "!ValueError: Cannot specify ',' with 'b'."),
            (big("18446744073709551616"), "o", "2000000000000000000000"),
            (big("9007199254740993"), "09,", "9,007,199,254,740,993"),
            (big("-1"), ".2f", "-1.00"),
            (big("-1234567"), "n", "-1234567"),
            (big("-1234567"), "g", "-1.23457e+06"),
            (big("-1180591620717411303424"), "%%", "!ValueError: Invalid format specifier '%%' for object of type 'int'"),
            (big("5"), "_x", "5"),
            (big("-255"), ",c", "!ValueError: Cannot specify ',' with 'c'."),
            (big("18014398509481987"), "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (big("1234"), "10", "      1234"),
            (big("18014398509481987"), "+x", "+40000000000003"),
            (big("1114111"), "09,", "1,114,111"),
            (big("123456789"), ".2f", "123456789.00"),
            (big("1114111"), ">5c", "    􏿿"),
            (big("9007199254740993"), "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            (big("65"), "010x", "0000000041"),
            (big("1234"), "X", "4D2"),
            (big("65"), "e", "6.500000e+01"),
            (big("65"), "#X", "0X41"),
            (big("1234"), "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
            (big("-5"), "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            (big("65"), "+0=12_", "!ValueError: Invalid format specifier '+0=12_' for object of type 'int'"),
            (big("1234"), "09,", "0,001,234"),
            (big("1234567"), "<3c", "!OverflowError: %c arg not in range(0x110000)"),
            (big("65"), "_b", "100_0001"),
            (big("1114111"), "#010x", "0x0010ffff"),
            (big("1"), "e", "1.000000e+00"),
            (big("-1"), "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (big("-1234567"), "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
            (big("1234"), "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
            (BigInt::from(10u32).pow(400), "0=10,", "10,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000"),
            (big("18446744073709551616"), ".0%", "1844674407370955161600%"),
            (big("0"), "#b", "0b0"),
            (big("65"), "d", "65"),
            (big("1114111"), ".2e", "1.11e+06"),
            (big("18014398509481987"), "*^+#12x", "+0x40000000000003"),
            (big("1234"), "0=10,", "00,001,234"),
            (big("1234567"), "E", "1.234567E+06"),
            (big("5"), "#_x", "0x5"),
            (big("9007199254740993"), "_b", "10_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0001"),
            (big("65"), "g", "65"),
            (big("1"), "d", "1"),
            (big("-255"), "g", "-255"),
            (big("1234567"), ",b", "!ValueError: Cannot specify ',' with 'b'."),
            (big("1234567"), "", "1234567"),
            (big("123456789"), "_", "123_456_789"),
            (big("1114111"), ".", "!ValueError: Format specifier missing precision"),
            (big("-5"), "_", "-5"),
            (big("18014398509481987"), "r", "!ValueError: Unknown format code 'r' for object of type 'int'"),
            (big("1234"), "d", "1234"),
            (big("9007199254740993"), "o", "400000000000000001"),
            (big("18446744073709551616"), ">5c", "!OverflowError: Python int too large to convert to C long"),
            (big("9007199254740993"), "-d", "9007199254740993"),
            (big("1234567"), "_x", "12_d687"),
            (big("18014398509481987"), "#x", "0x40000000000003"),
            (big("100000000000000000000"), "d", "100000000000000000000"),
            (big("-5"), "#b", "-0b101"),
            (big("-1"), "#x", "-0x1"),
            (big("1234567"), "09,", "1,234,567"),
            (big("1234567"), "#b", "0b100101101011010000111"),
            (big("1114111"), "<3c", "􏿿  "),
            (big("42"), "o", "52"),
            (BigInt::from(10u32).pow(5000), "d", "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"),
            (BigInt::from(10u32).pow(5000), "", "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"),
            (big("1180591620717411303424"), "c", "!OverflowError: Python int too large to convert to C long"),
            (big("-1"), "c", "!OverflowError: %c arg not in range(0x110000)"),
            (big("1114112"), "c", "!OverflowError: %c arg not in range(0x110000)"),
            (BigInt::from(10u32).pow(400), "e", "!OverflowError: int too large to convert to float"),
            (big("55295"), "c", "퟿"),
        ]
    }

    #[test]
    fn format_matches_cpython() {
        for (v, spec, want) in format_cases() {
            let got = show(parse_format_spec(spec, "int").and_then(|s| format_int(&v, &s, "int")));
            assert_eq!(got, want, "format({v}, {spec:?})");
        }
    }

    #[test]
    fn type_name_in_messages() {
        let spec = parse_format_spec("s", "bool").unwrap();
        assert_eq!(
            format_int(&big("1"), &spec, "bool").unwrap_err().msg,
            "Unknown format code 's' for object of type 'bool'"
        );
    }

    /// `(s, base, int(s, base))` from CPython 3.11.
    const PARSE_CASES: &[(&str, u32, Result<&str, IntParseError>)] = &[
        (" 0x_1f ", 0, Ok("31")),
        ("0x1f", 16, Ok("31")),
        ("010", 0, Err(IntParseError::Invalid)),
        ("000", 0, Ok("0")),
        ("0_0", 0, Ok("0")),
        ("0_1", 0, Err(IntParseError::Invalid)),
        ("1__0", 10, Err(IntParseError::Invalid)),
        ("_1", 10, Err(IntParseError::Invalid)),
        ("1_", 10, Err(IntParseError::Invalid)),
        ("0x", 16, Err(IntParseError::Invalid)),
        ("0b2", 0, Err(IntParseError::Invalid)),
        ("-0o17", 0, Ok("-15")),
        ("z", 36, Ok("35")),
        ("Z", 36, Ok("35")),
        ("0b1", 16, Ok("177")),
        ("0x1", 10, Err(IntParseError::Invalid)),
        ("\u{1c} 5", 10, Err(IntParseError::Invalid)),
        ("+ 5", 10, Err(IntParseError::Invalid)),
        ("+-5", 10, Err(IntParseError::Invalid)),
        ("", 10, Err(IntParseError::Invalid)),
        ("0_x1", 0, Err(IntParseError::Invalid)),
        ("0B_1", 0, Ok("1")),
        ("0x__1", 16, Err(IntParseError::Invalid)),
        ("-_1", 10, Err(IntParseError::Invalid)),
        ("  -12  ", 10, Ok("-12")),
        ("12abc", 10, Err(IntParseError::Invalid)),
        ("　 42 ", 10, Ok("42")),
        ("0o777", 8, Ok("511")),
        ("777", 8, Ok("511")),
        ("8", 8, Err(IntParseError::Invalid)),
        ("0o8", 0, Err(IntParseError::Invalid)),
        ("1_000_000", 0, Ok("1000000")),
        ("0b_1010", 2, Ok("10")),
        ("0B1010", 0, Ok("10")),
        ("-0", 0, Ok("0")),
        ("00_0", 0, Ok("0")),
        ("0x_", 0, Err(IntParseError::Invalid)),
        ("1", 1, Err(IntParseError::BadBase)),
        ("1", 37, Err(IntParseError::BadBase)),
        ("10", 2, Ok("2")),
        (
            "ZZZZZZZZZZZZZZZZZZZZ",
            36,
            Ok("13367494538843734067838845976575"),
        ),
        (
            "123456789012345678901234567890",
            10,
            Ok("123456789012345678901234567890"),
        ),
        ("\u{9}+7\u{a}", 10, Ok("7")),
        ("0o_7", 8, Ok("7")),
        ("0_o7", 0, Err(IntParseError::Invalid)),
        ("1 2", 10, Err(IntParseError::Invalid)),
        ("٣", 10, Ok("3")),
        ("-0x8000000000000000", 16, Ok("-9223372036854775808")),
        ("0X_FF_FF", 0, Ok("65535")),
    ];

    #[test]
    fn parse_matches_cpython() {
        for (s, base, want) in PARSE_CASES {
            assert_eq!(
                parse_int(s, *base),
                want.clone().map(big),
                "int({s:?}, {base})"
            );
        }
    }

    #[test]
    fn digit_limit() {
        let ones = |n| "1".repeat(n);
        assert!(parse_int(&ones(4300), 10).is_ok());
        assert_eq!(
            parse_int(&ones(4301), 10),
            Err(IntParseError::TooManyDigits(4301))
        );
        assert_eq!(
            parse_int(&ones(4301), 0),
            Err(IntParseError::TooManyDigits(4301))
        );
        assert_eq!(
            parse_int(&ones(4301), 36),
            Err(IntParseError::TooManyDigits(4301))
        );
        assert!(parse_int(&ones(5000), 16).is_ok());
        assert_eq!(
            parse_int(&format!("{}1", "1_".repeat(4300)), 10),
            Err(IntParseError::TooManyDigits(4301))
        );
        assert_eq!(
            parse_int(&format!("{}x", ones(5000)), 10),
            Err(IntParseError::TooManyDigits(5000))
        );
        assert_eq!(
            parse_int(&format!("{}x", ones(5000)), 36),
            Err(IntParseError::TooManyDigits(5001))
        );
        assert_eq!(
            parse_int(&format!("1__{}", ones(5000)), 10),
            Err(IntParseError::Invalid)
        );
        assert_eq!(
            parse_int(&format!("{}_", ones(5000)), 10),
            Err(IntParseError::Invalid)
        );
        assert_eq!(
            parse_int(&"0".repeat(4301), 0),
            Err(IntParseError::TooManyDigits(4301))
        );
        assert_eq!(
            IntParseError::TooManyDigits(4301).to_format_error(10, "").msg,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        assert_eq!(
            int_to_decimal(&BigInt::from(10u32).pow(4300)).unwrap_err().msg,
            "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        );
        assert_eq!(
            int_to_decimal(&-BigInt::from(10u32).pow(4299))
                .unwrap()
                .len(),
            4301
        );
    }

    #[test]
    fn parse_error_messages() {
        assert_eq!(
            IntParseError::Invalid.to_format_error(0, "'010'").msg,
            "invalid literal for int() with base 0: '010'"
        );
        assert_eq!(
            IntParseError::BadBase.to_format_error(37, "'1'").msg,
            "int() base must be >= 2 and <= 36, or 0"
        );
        let long = format!("'{}'", "x".repeat(300));
        let msg = IntParseError::Invalid.to_format_error(10, &long).msg;
        assert_eq!(
            msg.len(),
            "invalid literal for int() with base 10: ".len() + 200
        );
    }

    #[test]
    fn radix_strings() {
        assert_eq!(int_to_str_radix(&big("-31"), 16, true), "-0x1f");
        assert_eq!(int_to_str_radix(&big("-8"), 8, true), "-0o10");
        assert_eq!(int_to_str_radix(&big("0"), 2, true), "0b0");
        assert_eq!(int_to_str_radix(&big("255"), 2, false), "11111111");
        assert_eq!(int_to_decimal(&big("-12")).unwrap(), "-12");
        assert_eq!(
            int_to_f64(&big("9007199254740993")).unwrap(),
            9007199254740992.0
        );
        assert_eq!(
            int_to_f64(&big("18014398509481987")).unwrap(),
            18014398509481988.0
        );
        assert_eq!(
            int_to_f64(&BigInt::from(2u32).pow(1024)).unwrap_err().msg,
            "int too large to convert to float"
        );
        assert_eq!(
            int_to_f64(&(BigInt::from(2u32).pow(1024) - 1u32))
                .unwrap_err()
                .kind,
            crate::format::ErrKind::OverflowError
        );
    }

    type MutatedCase = (
        &'static str,
        Result<&'static str, ()>,
        Result<&'static str, ()>,
        Option<f64>,
    );

    /// Mutations of valid literals: `(s, int(s, 0), int(s), float(s))` from CPython 3.11.
    const MUTATED: &[MutatedCase] = &[
        ("0x1.", Err(()), Err(()), None),
        ("1.5-3b", Err(()), Err(()), None),
        ("07", Err(()), Ok("7"), Some(7.0)),
        ("eo17X", Err(()), Err(()), None),
        ("1.5e-3", Err(()), Err(()), Some(0.0015)),
        ("0xb_1f", Ok("2847"), Err(()), None),
        ("-\u{9}", Err(()), Err(()), None),
        ("4  12 ", Err(()), Err(()), None),
        ("infinity", Err(()), Err(()), Some(f64::INFINITY)),
        ("+nn", Err(()), Err(()), None),
        ("5e-", Err(()), Err(()), None),
        ("1_000E", Err(()), Err(()), None),
        ("0b103", Err(()), Err(()), None),
        ("b009", Err(()), Err(()), None),
        ("5.", Err(()), Err(()), Some(5.0)),
        ("0_0", Ok("0"), Ok("0"), Some(0.0)),
        ("1_00", Ok("100"), Ok("100"), Some(100.0)),
        ("-inf", Err(()), Err(()), Some(f64::NEG_INFINITY)),
        ("0x_1_", Err(()), Err(()), None),
        (
            "12345671901234567890",
            Ok("12345671901234567890"),
            Ok("12345671901234567890"),
            Some(1.2345671901234567e+19),
        ),
        ("1_0.2_5e1_0", Err(()), Err(()), Some(102500000000.0)),
        (
            "12345678901234567890",
            Ok("12345678901234567890"),
            Ok("12345678901234567890"),
            Some(1.2345678901234567e+19),
        ),
        ("00", Ok("0"), Ok("0"), Some(0.0)),
        (" _12 ", Err(()), Err(()), None),
        ("-0", Ok("0"), Ok("0"), Some(-0.0)),
        ("-0o+", Err(()), Err(()), None),
        ("0o7", Ok("7"), Err(()), None),
        ("0X0A_B", Ok("171"), Err(()), None),
        ("_0", Err(()), Err(()), None),
        ("  12 ", Ok("12"), Ok("12"), Some(12.0)),
        (".5", Err(()), Err(()), Some(0.5)),
        ("i", Err(()), Err(()), None),
        ("0x891f", Ok("35103"), Err(()), None),
        (".9", Err(()), Err(()), Some(0.9)),
        ("1_004", Ok("1004"), Ok("1004"), Some(1004.0)),
        ("3_\u{9}", Err(()), Err(()), None),
        ("_.f5", Err(()), Err(()), None),
        ("100", Ok("100"), Ok("100"), Some(100.0)),
        ("0X_A_B", Ok("171"), Err(()), None),
        ("f_5", Err(()), Err(()), None),
        ("59O", Err(()), Err(()), None),
        ("5", Ok("5"), Ok("5"), Some(5.0)),
        ("00x_1f", Err(()), Err(()), None),
        ("inf1ni+y", Err(()), Err(()), None),
        ("1+", Err(()), Err(()), None),
        ("50_0", Ok("500"), Ok("500"), Some(500.0)),
        ("0X_A_0B", Ok("2571"), Err(()), None),
        ("__A_B", Err(()), Err(()), None),
        ("  1f ", Err(()), Err(()), None),
        ("03x_1f", Err(()), Err(()), None),
        ("0b101", Ok("5"), Err(()), None),
        ("+nan", Err(()), Err(()), Some(f64::NAN)),
        ("1_00N", Err(()), Err(()), None),
        ("+na_no", Err(()), Err(()), None),
        ("1_000", Ok("1000"), Ok("1000"), Some(1000.0)),
        ("1.5e-3E", Err(()), Err(()), None),
        ("1.25_-3", Err(()), Err(()), None),
        ("5-", Err(()), Err(()), None),
        ("1_02_5e1_0", Err(()), Err(()), Some(10250000000000.0)),
        ("+.5", Err(()), Err(()), Some(0.5)),
        ("1_0f50", Err(()), Err(()), None),
        ("0x_1", Ok("1"), Err(()), None),
        ("1 345678901234567890", Err(()), Err(()), None),
        ("06_0", Err(()), Ok("60"), Some(60.0)),
        (
            "12345678901234567820",
            Ok("12345678901234567820"),
            Ok("12345678901234567820"),
            Some(1.2345678901234567e+19),
        ),
        ("1e-5e", Err(()), Err(()), None),
        ("1n_000", Err(()), Err(()), None),
        ("-nIf", Err(()), Err(()), None),
        ("-if", Err(()), Err(()), None),
        ("03_A_3", Err(()), Err(()), None),
        ("12345I78901234567890", Err(()), Err(()), None),
        ("0b1 01\u{9}", Err(()), Err(()), None),
        ("1a5e-3", Err(()), Err(()), None),
        ("0_0Ee", Err(()), Err(()), None),
        ("0_AFB", Err(()), Err(()), None),
        ("-ina", Err(()), Err(()), None),
        ("0X_A_N", Err(()), Err(()), None),
        ("  a2 +", Err(()), Err(()), None),
        ("1_0.2_ e180", Err(()), Err(()), None),
        ("00b7", Err(()), Err(()), None),
        ("010", Err(()), Ok("10"), Some(10.0)),
        ("  1E ", Err(()), Err(()), None),
        ("b07", Err(()), Err(()), None),
        ("O.5e-3", Err(()), Err(()), None),
        ("0o17", Ok("15"), Err(()), None),
        ("0 07", Err(()), Err(()), None),
        ("_0x_1f", Err(()), Err(()), None),
        ("0b101f", Err(()), Err(()), None),
        (".5e-3", Err(()), Err(()), Some(0.0005)),
        ("5.e", Err(()), Err(()), None),
        (".-0", Err(()), Err(()), None),
        ("infinity_", Err(()), Err(()), None),
        ("-in3f", Err(()), Err(()), None),
        ("e5x", Err(()), Err(()), None),
        (".5BB", Err(()), Err(()), None),
        ("1_0.2_5e1i.0", Err(()), Err(()), None),
        ("a.", Err(()), Err(()), None),
        ("0b01", Ok("1"), Err(()), None),
        ("E0b101+", Err(()), Err(()), None),
        ("1234567889012x4567890", Err(()), Err(()), None),
        ("infniFy", Err(()), Err(()), None),
        ("5+nan", Err(()), Err(()), None),
        ("0-7", Err(()), Err(()), None),
        ("  12B ", Err(()), Err(()), None),
        ("0N101", Err(()), Err(()), None),
        ("1e", Err(()), Err(()), None),
        (
            "1234567890123456890",
            Ok("1234567890123456890"),
            Ok("1234567890123456890"),
            Some(1.2345678901234568e+18),
        ),
        ("_0.i_5e1_0", Err(()), Err(()), None),
        ("0o17.", Err(()), Err(()), None),
        ("1e5", Err(()), Err(()), Some(100000.0)),
        ("I003", Err(()), Err(()), None),
        ("1_O0.2_5ea1_0", Err(()), Err(()), None),
        ("0x_1f", Ok("31"), Err(()), None),
        (".2", Err(()), Err(()), Some(0.2)),
        (".", Err(()), Err(()), None),
        ("N0x_1f_", Err(()), Err(()), None),
        ("0b7", Err(()), Err(()), None),
        ("0Ex_1f", Err(()), Err(()), None),
        ("0b11", Ok("3"), Err(()), None),
        ("15e93", Err(()), Err(()), Some(1.5e+94)),
        ("-F0", Err(()), Err(()), None),
        ("0x1", Ok("1"), Err(()), None),
        ("0X_7_B", Ok("123"), Err(()), None),
        ("+na+n", Err(()), Err(()), None),
        ("007", Err(()), Ok("7"), Some(7.0)),
        ("40b10", Err(()), Err(()), None),
        ("I-inbf", Err(()), Err(()), None),
        ("7-0", Err(()), Err(()), None),
        ("-nf", Err(()), Err(()), None),
        ("xb101", Err(()), Err(()), None),
        (
            "1234567890.1234567890",
            Err(()),
            Err(()),
            Some(1234567890.1234567),
        ),
        ("e5.", Err(()), Err(()), None),
        ("b1_000", Err(()), Err(()), None),
        ("0X_A_Bb", Ok("2747"), Err(()), None),
        ("0X+A_B", Err(()), Err(()), None),
        ("0", Ok("0"), Ok("0"), Some(0.0)),
        ("e", Err(()), Err(()), None),
        ("0X__E", Err(()), Err(()), None),
        ("0b120e", Err(()), Err(()), None),
        ("-infI", Err(()), Err(()), None),
        ("0x_O1_", Err(()), Err(()), None),
        ("", Err(()), Err(()), None),
        ("7 12 ", Err(()), Err(()), None),
        ("0ofB", Err(()), Err(()), None),
        ("-inI", Err(()), Err(()), None),
        ("-in9f2", Err(()), Err(()), None),
        (".n5", Err(()), Err(()), None),
        ("1.5e-x", Err(()), Err(()), None),
        ("175e-3", Err(()), Err(()), Some(0.175)),
        ("0x_O1f", Err(()), Err(()), None),
        ("1.55e-3", Err(()), Err(()), Some(0.00155)),
        ("007aN", Err(()), Err(()), None),
        ("0_0b", Err(()), Err(()), None),
        ("9_0", Ok("90"), Ok("90"), Some(90.0)),
        ("  121", Ok("121"), Ok("121"), Some(121.0)),
        ("i.", Err(()), Err(()), None),
        ("-in", Err(()), Err(()), None),
        ("infin\u{9}y", Err(()), Err(()), None),
        ("infxity", Err(()), Err(()), None),
        ("1_.0.2_5e01_0", Err(()), Err(()), None),
        ("e5", Err(()), Err(()), None),
        ("nan", Err(()), Err(()), Some(f64::NAN)),
        ("15", Ok("15"), Ok("15"), Some(15.0)),
        ("infi_ity", Err(()), Err(()), None),
        ("0ib11", Err(()), Err(()), None),
        ("0.05", Err(()), Err(()), Some(0.05)),
        ("infinitOyB", Err(()), Err(()), None),
        ("090", Err(()), Ok("90"), Some(90.0)),
        ("1_0.2_5e11__0", Err(()), Err(()), None),
        ("0_0a", Err(()), Err(()), None),
        (".3", Err(()), Err(()), Some(0.3)),
        ("an", Err(()), Err(()), None),
        ("0X_6_B", Ok("107"), Err(()), None),
        ("1_0.2_5e1_X0", Err(()), Err(()), None),
        ("-60", Ok("-60"), Ok("-60"), Some(-60.0)),
        ("08", Err(()), Ok("8"), Some(8.0)),
        (".007", Err(()), Err(()), Some(0.007)),
        ("o_000", Err(()), Err(()), None),
        ("5_0.2_5\u{9}e1_0", Err(()), Err(()), None),
        ("  1. O", Err(()), Err(()), None),
        ("0b61014", Err(()), Err(()), None),
        ("80_0", Ok("800"), Ok("800"), Some(800.0)),
        ("a0", Err(()), Err(()), None),
        ("1.53-3", Err(()), Err(()), None),
        (".5x", Err(()), Err(()), None),
        ("0X_B", Ok("11"), Err(()), None),
        ("12345678901234678O90", Err(()), Err(()), None),
        ("1_9.28_5e1_0", Err(()), Err(()), Some(192850000000.0)),
        ("-0x_ 1f", Err(()), Err(()), None),
        ("-iBf", Err(()), Err(()), None),
        ("1e5_ ", Err(()), Err(()), None),
        (".5a", Err(()), Err(()), None),
        ("9", Ok("9"), Ok("9"), Some(9.0)),
        ("in inity", Err(()), Err(()), None),
        ("o0X_AB", Err(()), Err(()), None),
        ("0_1X", Err(()), Err(()), None),
        ("0x_", Err(()), Err(()), None),
        ("0X__B", Err(()), Err(()), None),
        ("1_0000", Ok("10000"), Ok("10000"), Some(10000.0)),
        ("1_+00", Err(()), Err(()), None),
        ("B_.", Err(()), Err(()), None),
        ("1_032_5e1_0", Err(()), Err(()), Some(103250000000000.0)),
        ("1_0800", Ok("10800"), Ok("10800"), Some(10800.0)),
        ("  12. ", Err(()), Err(()), Some(12.0)),
        ("_o", Err(()), Err(()), None),
        ("eb5", Err(()), Err(()), None),
        ("0_.0", Err(()), Err(()), None),
        ("0o1\u{9}7", Err(()), Err(()), None),
        ("0X7_AI_B", Err(()), Err(()), None),
        ("infiity", Err(()), Err(()), None),
        ("1234567890123456x890", Err(()), Err(()), None),
        (".5B1", Err(()), Err(()), None),
        ("0b0", Ok("0"), Err(()), None),
        ("-infX", Err(()), Err(()), None),
        ("_007", Err(()), Err(()), None),
        ("7", Ok("7"), Ok("7"), Some(7.0)),
        ("7.5", Err(()), Err(()), Some(7.5)),
        ("06b101", Err(()), Err(()), None),
        ("e5. ", Err(()), Err(()), None),
        (
            "12345.78901234567890",
            Err(()),
            Err(()),
            Some(12345.789012345678),
        ),
        ("_0.2_5e1_0", Err(()), Err(()), None),
        ("1.5-53", Err(()), Err(()), None),
        ("+naI", Err(()), Err(()), None),
        ("--f", Err(()), Err(()), None),
        ("5N.", Err(()), Err(()), None),
        ("5.-", Err(()), Err(()), None),
        ("1_0.2_e1_09", Err(()), Err(()), None),
        ("1_00i", Err(()), Err(()), None),
        ("1_0.2_5e1I_", Err(()), Err(()), None),
        ("-_nf", Err(()), Err(()), None),
        (
            "1234568901234567890",
            Ok("1234568901234567890"),
            Ok("1234568901234567890"),
            Some(1.234568901234568e+18),
        ),
        (" _3", Err(()), Err(()), None),
        ("in3finity", Err(()), Err(()), None),
        ("ainf", Err(()), Err(()), None),
        ("0XA_B", Ok("171"), Err(()), None),
        ("1.5e-", Err(()), Err(()), None),
        ("ininity", Err(()), Err(()), None),
        ("+8an", Err(()), Err(()), None),
        ("+nFn", Err(()), Err(()), None),
        ("o17", Err(()), Err(()), None),
        ("inxinity", Err(()), Err(()), None),
        ("1_.2_5e10", Err(()), Err(()), None),
        ("6b101", Err(()), Err(()), None),
        (" N12 .", Err(()), Err(()), None),
        ("5.+", Err(()), Err(()), None),
        ("004o", Err(()), Err(()), None),
        ("-8nf", Err(()), Err(()), None),
        ("0..5e-3", Err(()), Err(()), None),
        ("0X_+_B", Err(()), Err(()), None),
        ("21e5", Err(()), Err(()), Some(2100000.0)),
        ("_1_0.2_5e1_0", Err(()), Err(()), None),
        ("X_A_B", Err(()), Err(()), None),
        (
            "1234567890.234567890",
            Err(()),
            Err(()),
            Some(1234567890.2345679),
        ),
        ("017", Err(()), Ok("17"), Some(17.0)),
        ("15_000", Ok("15000"), Ok("15000"), Some(15000.0)),
        ("0_0_", Err(()), Err(()), None),
        ("inf7", Err(()), Err(()), None),
        ("1_00_0", Ok("1000"), Ok("1000"), Some(1000.0)),
        ("1e.e", Err(()), Err(()), None),
        ("07.", Err(()), Err(()), Some(7.0)),
        ("1_9.2_5e1_0", Err(()), Err(()), Some(192500000000.0)),
        ("0o37", Ok("31"), Err(()), None),
        ("1.5fe-3", Err(()), Err(()), None),
        ("bo17", Err(()), Err(()), None),
        ("x0X_A_B", Err(()), Err(()), None),
        ("1_0.2_51_0", Err(()), Err(()), Some(10.251)),
        ("1_0..2_5e1_0", Err(()), Err(()), None),
        ("3.5e-3", Err(()), Err(()), Some(0.0035)),
        ("-20B", Err(()), Err(()), None),
        ("b_0.2e_5e1_0", Err(()), Err(()), None),
        ("0_+", Err(()), Err(()), None),
        ("_e5", Err(()), Err(()), None),
        ("1_0.2_5e1_8", Err(()), Err(()), Some(1.025e+19)),
        ("ifnity", Err(()), Err(()), None),
        ("+a", Err(()), Err(()), None),
        (" 57", Ok("57"), Ok("57"), Some(57.0)),
        ("58", Ok("58"), Ok("58"), Some(58.0)),
        ("007in", Err(()), Err(()), None),
        ("-", Err(()), Err(()), None),
        ("0X_X _B", Err(()), Err(()), None),
        ("0-x_1f5", Err(()), Err(()), None),
        ("3\u{9}0", Err(()), Err(()), None),
        ("1_60.2_o5e1_0", Err(()), Err(()), None),
        ("+nn\u{9}", Err(()), Err(()), None),
        (
            "123945678901234567890",
            Ok("123945678901234567890"),
            Ok("123945678901234567890"),
            Some(1.2394567890123457e+20),
        ),
        ("0N07", Err(()), Err(()), None),
        ("1.ne-3", Err(()), Err(()), None),
        ("00I0", Err(()), Err(()), None),
        ("+n4xan", Err(()), Err(()), None),
        ("O0", Err(()), Err(()), None),
        ("0xIf", Err(()), Err(()), None),
        ("130.2_5e1_0", Err(()), Err(()), Some(1302500000000.0)),
        ("0_f", Err(()), Err(()), None),
        (" o17", Err(()), Err(()), None),
        ("0b10", Ok("2"), Err(()), None),
        ("-inf2", Err(()), Err(()), None),
        ("infinitn", Err(()), Err(()), None),
        ("f0b101", Err(()), Err(()), None),
        ("-X", Err(()), Err(()), None),
        ("5._", Err(()), Err(()), None),
        (
            "123456789012345267890",
            Ok("123456789012345267890"),
            Ok("123456789012345267890"),
            Some(1.2345678901234527e+20),
        ),
        ("05_17", Err(()), Ok("517"), Some(517.0)),
        ("I.5e-3", Err(()), Err(()), None),
        ("0o171", Ok("121"), Err(()), None),
        ("1_0F0", Err(()), Err(()), None),
        ("123F456789012345678902", Err(()), Err(()), None),
        ("-_ni", Err(()), Err(()), None),
        ("N_0.2_5e1_0", Err(()), Err(()), None),
        ("6074", Ok("6074"), Ok("6074"), Some(6074.0)),
        ("5.o", Err(()), Err(()), None),
        ("10+.2_5e1_0", Err(()), Err(()), None),
        ("b101", Err(()), Err(()), None),
        ("0b 01", Err(()), Err(()), None),
        ("1e5I", Err(()), Err(()), None),
        ("5..", Err(()), Err(()), None),
        ("1e ", Err(()), Err(()), None),
        ("I007", Err(()), Err(()), None),
        ("0\u{9}7", Err(()), Err(()), None),
        (
            "234567.8901234567890",
            Err(()),
            Err(()),
            Some(234567.89012345677),
        ),
        ("0o173", Ok("123"), Err(()), None),
        ("1_0I2_5e1_0", Err(()), Err(()), None),
        ("_0X__B", Err(()), Err(()), None),
        ("ininfity", Err(()), Err(()), None),
        ("1e5_", Err(()), Err(()), None),
        ("x0F7", Err(()), Err(()), None),
        ("0x3_1f", Ok("799"), Err(()), None),
        ("0e_A_B", Err(()), Err(()), None),
        ("1_0.2N_5e_0", Err(()), Err(()), None),
        ("1e51", Err(()), Err(()), Some(1e+51)),
        ("a1e5", Err(()), Err(()), None),
        ("00E", Err(()), Err(()), None),
        ("1.\u{9}5e-3", Err(()), Err(()), None),
        ("a_0", Err(()), Err(()), None),
        ("0i\u{9}7", Err(()), Err(()), None),
        ("-9", Ok("-9"), Ok("-9"), Some(-9.0)),
        (".5.8", Err(()), Err(()), None),
        ("infiniItF", Err(()), Err(()), None),
        ("+na2", Err(()), Err(()), None),
        ("607", Ok("607"), Ok("607"), Some(607.0)),
        ("-B", Err(()), Err(()), None),
        ("1.5e3", Err(()), Err(()), Some(1500.0)),
        ("+in.n", Err(()), Err(()), None),
        ("0BN7", Err(()), Err(()), None),
        ("i+nan", Err(()), Err(()), None),
        ("einN", Err(()), Err(()), None),
        ("0x1\u{9}", Ok("1"), Err(()), None),
        ("inf5ity", Err(()), Err(()), None),
        ("007N", Err(()), Err(()), None),
        ("0x_fX", Err(()), Err(()), None),
        ("8.5-3", Err(()), Err(()), None),
        ("0-87", Err(()), Err(()), None),
        ("-.5", Err(()), Err(()), Some(-0.5)),
        ("-inff", Err(()), Err(()), None),
        ("1.5i-3", Err(()), Err(()), None),
        ("E0b101", Err(()), Err(()), None),
        ("in4.inity", Err(()), Err(()), None),
        ("nfinity", Err(()), Err(()), None),
        ("05o7", Err(()), Err(()), None),
        ("1F_000", Err(()), Err(()), None),
        ("  12n ", Err(()), Err(()), None),
        ("X0X_A_B", Err(()), Err(()), None),
        ("0OX_A_B", Err(()), Err(()), None),
        ("a017", Err(()), Err(()), None),
        ("N0b101", Err(()), Err(()), None),
        ("N_0.2_5e1b0", Err(()), Err(()), None),
        ("_", Err(()), Err(()), None),
        ("_12 ", Err(()), Err(()), None),
        ("1_0.2_85e1_X", Err(()), Err(()), None),
        ("1b5e\u{9}3", Err(()), Err(()), None),
        ("07X_A_", Err(()), Err(()), None),
        ("0X_O_a", Err(()), Err(()), None),
        ("1_E0.2_5e1e0", Err(()), Err(()), None),
        ("0b0-", Err(()), Err(()), None),
        (
            "1245678901234567890",
            Ok("1245678901234567890"),
            Ok("1245678901234567890"),
            Some(1.245678901234568e+18),
        ),
        ("1.58-3", Err(()), Err(()), None),
        ("1Oe5", Err(()), Err(()), None),
        ("-in9", Err(()), Err(()), None),
        ("_e00", Err(()), Err(()), None),
        ("  1o2 1", Err(()), Err(()), None),
        ("0X_A_BX", Err(()), Err(()), None),
        ("b101x", Err(()), Err(()), None),
        (".x.", Err(()), Err(()), None),
        ("F07", Err(()), Err(()), None),
        ("1_O000", Err(()), Err(()), None),
        ("2 12 ", Err(()), Err(()), None),
        ("o7", Err(()), Err(()), None),
        ("1.5.e-3", Err(()), Err(()), None),
        ("0o517", Ok("335"), Err(()), None),
        ("5F", Err(()), Err(()), None),
        ("infiBit", Err(()), Err(()), None),
        ("-3inf", Err(()), Err(()), None),
        ("1._5e-3", Err(()), Err(()), None),
        ("0b10BN", Err(()), Err(()), None),
        ("X5", Err(()), Err(()), None),
        ("+nOan", Err(()), Err(()), None),
        ("5_", Err(()), Err(()), None),
        ("1EE5", Err(()), Err(()), None),
        ("+an9", Err(()), Err(()), None),
        ("0__A_B", Err(()), Err(()), None),
        ("0_b101", Err(()), Err(()), None),
    ];

    #[test]
    fn mutated_literals_match_cpython() {
        for &(s, base0, base10, float) in MUTATED {
            assert_eq!(
                parse_int(s, 0).map_err(|_| ()),
                base0.map(big),
                "int({s:?}, 0)"
            );
            assert_eq!(
                parse_int(s, 10).map_err(|_| ()),
                base10.map(big),
                "int({s:?})"
            );
            let got = crate::format::parse_float(s);
            let same = match (got, float) {
                (Some(a), Some(b)) => a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()),
                (a, b) => a.is_none() && b.is_none(),
            };
            assert!(same, "float({s:?}) = {got:?}, want {float:?}");
        }
    }
}
