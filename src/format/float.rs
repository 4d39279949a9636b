//! Float ↔ decimal conversion with CPython's exact semantics.
//!
//! Every float is a dyadic rational `m · 2^e`, so its decimal expansion is finite and can be
//! rounded *exactly*. CPython does this with David Gay's `dtoa`; we do the same with
//! big-integer arithmetic on the numerator/denominator, rounding half to even on the exact
//! value. That is what makes `format(2.675, '.2f') == '2.67'` (2.675 is really
//! 2.67499999…) and `format(0.125, '.2f') == '0.12'` (a true tie, rounded to even) come out
//! right; rounding a float approximation of `x · 10^p` would not. Shortest round-trip digits
//! (`repr`) come from Rust's own `{:e}` formatting, which produces the shortest digit string
//! that round-trips and, among those, the one closest to the exact value — the same contract
//! as `dtoa` mode 0.
//!
//! On top of the digit generators, [`format_float_short`] is a transcription of CPython's
//! `format_float_short` (Python/pystrtod.c): it places the decimal point, pads with zeros,
//! chooses exponent notation and applies the `#`, `z` and "add `.0`" rules, so `repr`,
//! `format()` and `%`-formatting all share one implementation.

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{One, Zero};

use super::spec::{grouping_for, layout_number, unknown_code, FormatSpec, NumberParts};
use super::FormatError;

/// How many digits to produce (the `dtoa` modes CPython uses).
#[derive(Clone, Copy)]
enum DigitMode {
    /// Shortest digits that round-trip (mode 0).
    Shortest,
    /// This many significant digits, at least 1 (mode 2).
    Significant(usize),
    /// Round at this many digits after the decimal point; may be negative (mode 3).
    Fixed(i64),
}

/// Exact value of a finite, non-negative float as `num / den`.
fn as_ratio(x: f64) -> (BigUint, BigUint) {
    let bits = x.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, exp) = if exp_field == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_field - 1075)
    };
    let mant = BigUint::from(mant);
    if exp >= 0 {
        (mant << exp as usize, BigUint::one())
    } else {
        (mant, BigUint::one() << (-exp) as usize)
    }
}

fn pow10(n: u64) -> BigUint {
    BigUint::from(10u32).pow(n as u32)
}

/// `num/den · 10^shift`, as a ratio.
fn scale10(num: &BigUint, den: &BigUint, shift: i64) -> (BigUint, BigUint) {
    if shift >= 0 {
        (num * pow10(shift as u64), den.clone())
    } else {
        (num.clone(), den * pow10(shift.unsigned_abs()))
    }
}

/// `num / den` rounded to the nearest integer, ties to even.
fn round_half_even(num: &BigUint, den: &BigUint) -> BigUint {
    let (q, r) = num.div_rem(den);
    let twice: BigUint = r << 1usize;
    match twice.cmp(den) {
        std::cmp::Ordering::Greater => q + 1u32,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1u32,
        _ => q,
    }
}

/// Decimal digits of a finite `x >= 0` as `dtoa` returns them: `(digits, decpt)` with
/// `x ≈ 0.d₁d₂… × 10^decpt`, trailing zeros removed. Zero gives `("0", 1)`; a value that
/// rounds to zero in `Fixed` mode gives `("", -ndigits)`.
fn decimal_digits(x: f64, mode: DigitMode) -> (String, i64) {
    if x == 0.0 {
        return ("0".to_string(), 1);
    }
    let (digits, decpt) = match mode {
        DigitMode::Shortest => {
            let s = format!("{x:e}");
            let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
            let exp: i64 = exp.parse().unwrap_or(0);
            (mant.replace('.', ""), exp + 1)
        }
        DigitMode::Fixed(p) => {
            let (num, den) = as_ratio(x);
            let (n, d) = scale10(&num, &den, p);
            let q = round_half_even(&n, &d);
            if q.is_zero() {
                return (String::new(), -p);
            }
            let s = q.to_str_radix(10);
            let decpt = s.len() as i64 - p;
            (s, decpt)
        }
        DigitMode::Significant(n) => {
            let n = n.max(1) as i64;
            let (num, den) = as_ratio(x);
            // k = floor(log10(x)): estimate in floating point, then correct exactly.
            let mut k = x.log10().floor() as i64;
            let ge_pow10 = |k: i64| {
                let (a, b) = scale10(&num, &den, -k);
                a >= b
            };
            while !ge_pow10(k) {
                k -= 1;
            }
            while ge_pow10(k + 1) {
                k += 1;
            }
            let (a, b) = scale10(&num, &den, n - 1 - k);
            let mut q = round_half_even(&a, &b);
            if q == pow10(n as u64) {
                q = pow10(n as u64 - 1);
                k += 1;
            }
            (q.to_str_radix(10), k + 1)
        }
    };
    let trimmed = digits.trim_end_matches('0');
    (trimmed.to_string(), decpt)
}

/// Options for [`format_float_short`] (CPython's `Py_DTSF_*` flags).
#[derive(Clone, Copy, Default)]
pub(crate) struct DtoaFlags {
    /// Always write a sign (`Py_DTSF_SIGN`).
    pub sign: bool,
    /// Append `.0` to integral results without exponent (`Py_DTSF_ADD_DOT_0`).
    pub add_dot_0: bool,
    /// Alternate form: keep the decimal point and trailing zeros (`Py_DTSF_ALT`).
    pub alt: bool,
    /// Drop the sign of a result that rounds to zero (`Py_DTSF_NO_NEG_0`).
    pub no_neg_0: bool,
}

/// CPython's `PyOS_double_to_string` / `format_float_short`. `code` is one of
/// `e E f F g G r`; `precision` is digits after the point (`e`, `f`) or significant digits
/// (`g`) and is ignored for `r` (shortest repr).
pub(crate) fn format_float_short(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        if x.is_sign_negative() && !x.is_nan() {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let precision = precision as i64;
    let (mode, precision) = match code {
        'e' => (
            DigitMode::Significant(precision as usize + 1),
            precision + 1,
        ),
        'f' => (DigitMode::Fixed(precision), precision),
        'g' => (
            DigitMode::Significant(precision.max(1) as usize),
            precision.max(1),
        ),
        _ => (DigitMode::Shortest, 0),
    };
    let (digits, mut decpt) = decimal_digits(x.abs(), mode);
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && (digits.is_empty() || digits == "0") {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    let min_end = if !use_exp && flags.add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    vdigits_end = vdigits_end.max(min_end);

    let zeros = |out: &mut String, n: i64| super::spec::push_fill(out, '0', n.max(0) as usize);
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
    }
    out
}

/// `repr(x)` (and `str(x)`) for a float: shortest round-trip digits, fixed notation for
/// `1e-4 <= |x| < 1e16`, otherwise exponent notation (`1e+16`, `1.5e-05`).
pub fn float_repr(x: f64) -> String {
    format_float_short(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

/// `format(x, spec)` for a float, with presentation types `e E f F g G n %` or none.
/// `type_name` is the Python type name used in error messages (`'float'` normally).
///
/// With no type, the result is `repr(x)` if no precision is given, else like `g` but
/// always keeping a digit after the point when not in exponent notation. `%` multiplies
/// by 100 in floating point first, exactly as CPython does.
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let grouping = grouping_for(spec, spec.ty)?;
    let ty = spec.ty;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => return Err(unknown_code(t, type_name)),
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.z,
        ..DtoaFlags::default()
    };
    let (mut code, default_precision) = match ty {
        None => {
            flags.add_dot_0 = true;
            ('r', 0)
        }
        Some('n') => ('g', 6),
        Some('%') => ('f', 6),
        Some(t) => (t, 6),
    };
    let value = if ty == Some('%') { x * 100.0 } else { x };
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut text = format_float_short(value, code, precision, flags);
    if ty == Some('%') {
        text.push('%');
    }
    Ok(layout_float_text(&text, spec, grouping))
}

/// Splits formatted float text (`-1234.5e+06`) into sign, integer digits, decimal point and
/// remainder, and pads/groups it per `spec` (CPython's `parse_number`).
pub(crate) fn layout_float_text(
    text: &str,
    spec: &FormatSpec,
    grouping: Option<(char, usize)>,
) -> String {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    layout_number(
        &NumberParts {
            negative,
            prefix: "",
            digits,
            decimal,
            remainder,
        },
        spec,
        grouping,
    )
}

/// Python's `round(x, ndigits)` for a float: rounds the exact value to `ndigits` decimal
/// places (ties to even; `ndigits` may be negative) and converts back correctly rounded.
/// NaN and infinities are returned unchanged. `round(x)` without `ndigits` (which returns an
/// int) is the caller's job. Errors with `OverflowError` if the result overflows.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    // Beyond these bounds the result is x itself or a signed zero (CPython's NDIGITS_MAX/MIN).
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (digits, decpt) = decimal_digits(x.abs(), DigitMode::Fixed(ndigits));
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let text = format!("{sign}0{digits}e{}", decpt - digits.len() as i64);
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(FormatError::overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(rounded)
}

/// Whitespace as `float()`/`int()` strip it: ASCII `\t\n\v\f\r ` and Unicode whitespace
/// (but not the ASCII separators `\x1c`–`\x1f`, which CPython rejects here).
pub(crate) fn is_py_strip_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
    } else {
        c.is_whitespace()
    }
}

/// Checks the float literal grammar of `float(str)` on `s` (already stripped), where an
/// underscore is allowed only between two digits. Returns the text without underscores.
fn clean_float_literal(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut out = String::with_capacity(s.len());
    if matches!(b.first(), Some(b'+' | b'-')) {
        out.push(b[0] as char);
        i = 1;
    }
    let word = s[i..].to_ascii_lowercase();
    if matches!(word.as_str(), "inf" | "infinity" | "nan") {
        out.push_str(&word);
        return Some(out);
    }
    // Digits with single underscores between them; returns how many digits were read.
    let digits = |i: &mut usize, out: &mut String| -> Option<usize> {
        let mut count = 0;
        while *i < b.len() {
            match b[*i] {
                d @ b'0'..=b'9' => {
                    out.push(d as char);
                    count += 1;
                }
                b'_' if count > 0 && b.get(*i + 1).is_some_and(u8::is_ascii_digit) => {}
                b'_' => return None,
                _ => break,
            }
            *i += 1;
        }
        Some(count)
    };
    let mut mantissa = digits(&mut i, &mut out)?;
    if b.get(i) == Some(&b'.') {
        out.push('.');
        i += 1;
        mantissa += digits(&mut i, &mut out)?;
    }
    if mantissa == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        out.push('e');
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            out.push(b[i] as char);
            i += 1;
        }
        if digits(&mut i, &mut out)? == 0 {
            return None;
        }
    }
    (i == b.len()).then_some(out)
}

/// `float(s)` for a string: strips whitespace, accepts underscores between digits and
/// `inf`/`infinity`/`nan` in any case with an optional sign. `None` means the caller should
/// raise `ValueError: could not convert string to float: <repr>`. Non-ASCII decimal digits
/// (e.g. Arabic-Indic) are not translated here.
pub fn parse_float(s: &str) -> Option<f64> {
    let lit = clean_float_literal(s.trim_matches(is_py_strip_space))?;
    let (negative, body) = match lit.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, lit.strip_prefix('+').unwrap_or(&lit)),
    };
    let magnitude = match body {
        "nan" => f64::NAN,
        "inf" | "infinity" => f64::INFINITY,
        _ => body.parse().ok()?,
    };
    Some(if negative { -magnitude } else { magnitude })
}
