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

use super::spec::{
    grouping_for, layout_number, push_fill, reserve, split_padding, unknown_code, Align,
    FormatSpec, NumberParts, Sign,
};
use super::unicode::{strip_ascii_space, to_ascii_numeric};
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

/// `dtoa` mode 0 breaks an exact tie between two shortest candidates (the float lies
/// exactly halfway between them) towards the even last digit: `1000000000000000.25` is
/// `1000000000000000.2`, `…0.75` is `…0.8`. Rust's shortest formatting may pick either,
/// so when `x` is such a midpoint the even neighbour is taken, if it round-trips.
fn even_on_tie(x: f64, digits: String, decpt: i64) -> String {
    let n = digits.len() as i64;
    // A tie needs the exact value to have n + 1 significant digits, which only doubles
    // printed with about 16 digits or more can have.
    if n < 15 {
        return digits;
    }
    let Ok(d) = digits.parse::<u128>() else {
        return digits;
    };
    // Is 2·x·10^(n - decpt) the odd integer 2d ± 1?
    let Some(twice_scaled) = exact_scaled_odd(x, n - decpt) else {
        return digits;
    };
    let other = if twice_scaled == 2 * d + 1 {
        d + 1
    } else if twice_scaled + 1 == 2 * d {
        d - 1
    } else {
        return digits;
    };
    if d.is_multiple_of(2) {
        return digits;
    }
    let candidate = other.to_string();
    if candidate.len() != digits.len() {
        return digits;
    }
    let back = format!("{}.{}e{}", &candidate[..1], &candidate[1..], decpt - 1);
    if back.parse::<f64>() == Ok(x) {
        candidate
    } else {
        digits
    }
}

/// `2·|x|·10^j` when that is an odd integer that fits in a `u128`, else `None`.
fn exact_scaled_odd(x: f64, j: i64) -> Option<u128> {
    let bits = x.abs().to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp_field == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp_field - 1075)
    };
    if m == 0 {
        return None;
    }
    let t = m.trailing_zeros() as i64;
    m >>= t;
    e += t;
    // x·2·10^j = m · 2^(e + 1 + j) · 5^j must be odd: the power of two must vanish.
    if e + 1 + j != 0 {
        return None;
    }
    let five = 5u128.checked_pow(u32::try_from(j.unsigned_abs()).ok()?)?;
    if j >= 0 {
        (m as u128).checked_mul(five)
    } else if (m as u128).is_multiple_of(five) {
        Some(m as u128 / five)
    } else {
        None
    }
}

/// More decimal digits than any double's exact expansion has after the point (1074).
const EXACT_FRACTION_DIGITS: i64 = 1100;

/// A finite, non-negative float as `mant · 2^exp` with an integer `mant < 2^53`.
fn mantissa_exponent(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_field == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_field - 1075)
    }
}

/// Exact value of a finite, non-negative float as `num / den`.
fn as_ratio(x: f64) -> (BigUint, BigUint) {
    let (mant, exp) = mantissa_exponent(x);
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

/// `round(x · 10^p)`, ties to even, for a finite `x > 0` (`dtoa` mode 3's digits as an
/// integer) when it can be had in 128-bit arithmetic: `x = m · 2^e` with `m < 2^53`, and
/// `m · 10^p < 2^110` for `p <= 17`. Covers the usual `%.2f` and `{:.3f}` without big
/// integers; None when `p` or the exponent is out of that range.
fn fixed_digits_u128(x: f64, p: i64) -> Option<u128> {
    if !(0..=17).contains(&p) {
        return None;
    }
    let (mant, exp) = mantissa_exponent(x);
    let scaled = mant as u128 * 10u128.pow(p as u32);
    if exp >= 0 {
        // At most 2^110 · 2^17 < 2^128.
        return (exp <= 17).then(|| scaled << exp);
    }
    let shift = -exp;
    if shift >= 120 {
        // `scaled < 2^110 <= 2^(shift-1)`: less than a half, rounds to zero.
        return Some(0);
    }
    let q = scaled >> shift;
    let rest = scaled & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    Some(if rest > half || (rest == half && q & 1 == 1) {
        q + 1
    } else {
        q
    })
}

/// [`decimal_digits`] in `Fixed` mode for any precision, exactly, with big integers.
fn fixed_digits_exact(x: f64, p: i64) -> (String, i64) {
    // A double has at most 1074 fractional binary digits, hence at most 1074
    // fractional decimal digits: beyond that nothing is rounded and the (stripped)
    // digits and decpt are unchanged, so a huge precision costs nothing here.
    let p = p.min(EXACT_FRACTION_DIGITS);
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
            let digits = mant.replace('.', "");
            let decpt = exp + 1;
            (even_on_tie(x, digits, decpt), decpt)
        }
        DigitMode::Fixed(p) => {
            if let Some(q) = fixed_digits_u128(x, p) {
                if q == 0 {
                    return (String::new(), -p);
                }
                let s = q.to_string();
                let decpt = s.len() as i64 - p;
                (s, decpt)
            } else {
                fixed_digits_exact(x, p)
            }
        }
        DigitMode::Significant(n) => {
            // Likewise no double has more than ~770 significant decimal digits.
            let n = n.clamp(1, EXACT_FRACTION_DIGITS as usize) as i64;
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
pub(crate) fn format_float_short(
    x: f64,
    code: char,
    precision: usize,
    flags: DtoaFlags,
) -> Result<String, FormatError> {
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
        return Ok(out);
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

    reserve(&mut out, (vdigits_end - vdigits_start).max(0) as usize + 8)?;
    let zeros = |out: &mut String, n: i64| push_fill(out, '0', n.max(0) as usize);
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
    Ok(out)
}

/// `repr(x)` (and `str(x)`) for a float: shortest round-trip digits, fixed notation for
/// `1e-4 <= |x| < 1e16`, otherwise exponent notation (`1e+16`, `1.5e-05`).
/// `complex_repr`: `2j` for a zero (positive) real part, else `(1-2j)`; each part is
/// the float's repr without a trailing `.0`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |x: f64| {
        let s = float_repr(x);
        s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
    };
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", fmt(im))
    } else {
        let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) {
            "-"
        } else {
            "+"
        };
        format!("({}{}{}j)", fmt(re), sign, fmt(im.abs()))
    }
}

pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    // Only a huge precision can fail to allocate; a repr is at most 24 characters.
    format_float_short(x, 'r', 0, flags).unwrap_or_default()
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
    let mut text = format_float_short(value, code, precision, flags)?;
    if ty == Some('%') {
        text.push('%');
    }
    layout_float_text(&text, spec, grouping)
}

/// `format(z, spec)` for a complex (CPython's `format_complex_internal`): both parts
/// formatted as floats with the spec's type and precision, the imaginary part always
/// signed (unless the real part is left out), then `j`, and padding around the whole.
/// With no type the parts are shortest reprs, the real part left out when it is +0.0,
/// else the result parenthesized, as `str(z)`. Zero padding and `=` are refused.
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let grouping = grouping_for(spec, spec.ty)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return Err(unknown_code(t, type_name)),
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    if spec.fill_char() == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.z,
        ..DtoaFlags::default()
    };
    let (mut code, default_precision) = match spec.ty {
        None => ('r', 0),
        Some('n') => ('g', 6),
        Some(t) => (t, 6),
    };
    let bare = spec.ty.is_none();
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let parens = bare && !skip_re;
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    // Each part laid out without padding; the padding goes around the whole.
    let mut part_spec = spec.clone();
    part_spec.fill = None;
    part_spec.align = Some(Align::Left);
    part_spec.width = None;
    part_spec.zero_pad = false;
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        let text = format_float_short(re, code, precision, flags)?;
        body.push_str(&layout_float_text(&text, &part_spec, grouping)?);
        part_spec.sign = Some(Sign::Plus);
    }
    let text = format_float_short(im, code, precision, flags)?;
    body.push_str(&layout_float_text(&text, &part_spec, grouping)?);
    body.push('j');
    if parens {
        body.push(')');
    }
    let n = body.chars().count();
    let padding = spec.width.map_or(0, |w| w.saturating_sub(n));
    let (left, _, right) = split_padding(padding, spec.align.unwrap_or(Align::Right));
    let mut out = String::new();
    reserve(&mut out, body.len() + padding * spec.fill_char().len_utf8())?;
    push_fill(&mut out, spec.fill_char(), left);
    out.push_str(&body);
    push_fill(&mut out, spec.fill_char(), right);
    Ok(out)
}

/// Splits formatted float text (`-1234.5e+06`) into sign, integer digits, decimal point and
/// remainder, and pads/groups it per `spec` (CPython's `parse_number`).
fn layout_float_text(
    text: &str,
    spec: &FormatSpec,
    grouping: Option<(char, usize)>,
) -> Result<String, FormatError> {
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
/// int) is the caller's job, as is clamping a huge Python-int `ndigits` into `i64` (CPython
/// clamps to `Py_ssize_t`). Errors with `OverflowError` if the result overflows.
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
/// raise `ValueError: could not convert string to float: <repr>`. Unicode decimal digits and
/// whitespace are accepted, as in CPython.
/// `complex(str)` (`complex_subtype_from_string`): `[(] [real] [(+|-)imag j] [)]` with
/// optional whitespace outside the numbers and inside the parentheses; a bare `j` is 1j.
pub fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')')?.trim();
    }
    let number = |p: &str| {
        if p.is_empty() || p.chars().any(char::is_whitespace) {
            return None;
        }
        parse_float(p)
    };
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return Some((number(t)?, 0.0));
    };
    let imag = |p: &str| match p {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        _ => number(p),
    };
    // The sign that starts the imaginary part: the last one not in an exponent.
    let b = body.as_bytes();
    let split = (1..b.len())
        .rev()
        .find(|&i| matches!(b[i], b'+' | b'-') && !matches!(b[i - 1], b'e' | b'E'));
    match split {
        Some(i) => Some((number(&body[..i])?, imag(&body[i..])?)),
        None => Some((0.0, imag(body)?)),
    }
}

pub fn parse_float(s: &str) -> Option<f64> {
    let lit = clean_float_literal(strip_ascii_space(&to_ascii_numeric(s)))?;
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

/// `float.hex()`: the exact value as a hexadecimal significand and a binary exponent.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if raw_exp == 0 {
        (0, -1022)
    } else {
        (1, raw_exp - 1023)
    };
    format!("{sign}0x{lead}.{mantissa:013x}p{exp:+}")
}

/// Why [`float_fromhex`] failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FromHexError {
    /// Not a hexadecimal float literal (`ValueError`).
    Invalid,
    /// Finite but beyond the float range (`OverflowError`).
    Overflow,
}

/// `float.fromhex(s)`: `[sign] ['0x'] hexdigits ['.' hexdigits] ['p' exponent]`, or
/// inf/nan, correctly rounded (half to even, subnormals included) as `float_fromhex` in
/// CPython's `floatobject.c`.
pub fn float_fromhex(s: &str) -> Result<f64, FromHexError> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if neg { -v } else { v });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exp) = match body.split_once('p') {
        Some((d, e)) => {
            let e_digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if e_digits.is_empty() || !e_digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(FromHexError::Invalid);
            }
            // An exponent beyond any float saturates (the digits decide 0 or overflow).
            let e = e.parse::<i64>().unwrap_or(if e.starts_with('-') {
                i64::MIN / 4
            } else {
                i64::MAX / 4
            });
            (d, e.clamp(i64::MIN / 4, i64::MAX / 4))
        }
        None => (body, 0),
    };
    let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(FromHexError::Invalid);
    }
    let mut value = num_bigint::BigInt::from(0);
    for c in int_part.chars().chain(frac_part.chars()) {
        value = value * 16 + c.to_digit(16).ok_or(FromHexError::Invalid)?;
    }
    let exp2 = exp - 4 * frac_part.len() as i64;
    let v = ldexp_big(&value, exp2).ok_or(FromHexError::Overflow)?;
    Ok(if neg { -v } else { v })
}

/// `value * 2**exp` (value >= 0) correctly rounded to a float, half to even; None when
/// the rounded value overflows.
fn ldexp_big(value: &num_bigint::BigInt, exp: i64) -> Option<f64> {
    use num_traits::{One, ToPrimitive, Zero};
    let bits = value.bits() as i64;
    if bits == 0 {
        return Some(0.0);
    }
    // The weight of the last kept bit: 53 significant bits, but never below 2**-1074.
    let lsb = (bits - 1 + exp - 52).max(-1074);
    let shift = lsb - exp;
    if shift > bits {
        // Below half the smallest subnormal: rounds to zero.
        return Some(0.0);
    }
    let mantissa = if shift <= 0 {
        value << (-shift) as usize
    } else {
        let shift = shift as usize;
        let mut m: num_bigint::BigInt = value >> shift;
        let rest: num_bigint::BigInt = value - (&m << shift);
        let half = num_bigint::BigInt::one() << (shift - 1);
        let odd = !(&m & num_bigint::BigInt::one()).is_zero();
        if rest > half || (rest == half && odd) {
            m += 1;
        }
        m
    };
    if mantissa.bits() as i64 + lsb > 1024 {
        return None;
    }
    let m = mantissa.to_f64()?;
    // Two exact power-of-two scalings, each factor a normal float.
    let half = lsb / 2;
    Some(m * 2f64.powi(half as i32) * 2f64.powi((lsb - half) as i32))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::spec::parse_format_spec;

    /// Renders a result like the generator script did: text, or `!Kind: message`.
    fn show(r: Result<String, FormatError>) -> String {
        r.unwrap_or_else(|e| format!("!{:?}: {}", e.kind, e.msg))
    }

    fn same(a: f64, b: f64) -> bool {
        (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
    }

    /// `(value, repr(value))` from CPython 3.11, including 150 random bit patterns.
    const REPR_CASES: &[(f64, &str)] = &[
        (0.1, "0.1"),
        (0.3333333333333333, "0.3333333333333333"),
        (1e+16, "1e+16"),
        (1e-05, "1e-05"),
        (1.2345678901234568e+17, "1.2345678901234568e+17"),
        (5e-324, "5e-324"),
        (1.7976931348623157e+308, "1.7976931348623157e+308"),
        (-0.0, "-0.0"),
        (0.0, "0.0"),
        (2.5, "2.5"),
        (1e+22, "1e+22"),
        (1e+23, "1e+23"),
        (1.0, "1.0"),
        (100.0, "100.0"),
        (-2.5e+300, "-2.5e+300"),
        (1.5e-05, "1.5e-05"),
        (0.0001, "0.0001"),
        (9999999999999998.0, "9999999999999998.0"),
        (9007199254740992.0, "9007199254740992.0"),
        (0.3, "0.3"),
        (1000000000000000.0, "1000000000000000.0"),
        (0.00012345, "0.00012345"),
        (2.2250738585072014e-308, "2.2250738585072014e-308"),
        (2.225073858507201e-308, "2.225073858507201e-308"),
        (4.35, "4.35"),
        (0.30000000000000004, "0.30000000000000004"),
        (1e-07, "1e-07"),
        (123.456, "123.456"),
        (-1e+100, "-1e+100"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-1.0539756485530688e+143, "-1.0539756485530688e+143"),
        (-1.2143721666352482e+132, "-1.2143721666352482e+132"),
        (-6.360375184993316e+38, "-6.360375184993316e+38"),
        (1.526087629730313e+249, "1.526087629730313e+249"),
        (-7.02551513787579e+129, "-7.02551513787579e+129"),
        (1.6260771785726701e-74, "1.6260771785726701e-74"),
        (-5.984009685093657e+66, "-5.984009685093657e+66"),
        (4.8959585264576934e+278, "4.8959585264576934e+278"),
        (-3.7634144828029947e-168, "-3.7634144828029947e-168"),
        (4.2301541954837196e-79, "4.2301541954837196e-79"),
        (5.315422088462547e+242, "5.315422088462547e+242"),
        (7.893354548061464e-134, "7.893354548061464e-134"),
        (-6.0511296129096725e-261, "-6.0511296129096725e-261"),
        (-2.471417988383651e+173, "-2.471417988383651e+173"),
        (-7.046717376279707e-143, "-7.046717376279707e-143"),
        (-5.352667702512672e-191, "-5.352667702512672e-191"),
        (3.467443581611296e+180, "3.467443581611296e+180"),
        (4.201212419249933e+250, "4.201212419249933e+250"),
        (-4.545896140860994e-14, "-4.545896140860994e-14"),
        (-1.278808376866442e-123, "-1.278808376866442e-123"),
        (-7.773821756658801e-157, "-7.773821756658801e-157"),
        (-1.1547680013076696e+101, "-1.1547680013076696e+101"),
        (8.88116792998917e-231, "8.88116792998917e-231"),
        (1.0259476444142278e-264, "1.0259476444142278e-264"),
        (-1.1937126864956989e+160, "-1.1937126864956989e+160"),
        (-7.616900394922395e-186, "-7.616900394922395e-186"),
        (-9.404446511312006e+34, "-9.404446511312006e+34"),
        (2.4990667113411633e+94, "2.4990667113411633e+94"),
        (-1.6800925191972358e-196, "-1.6800925191972358e-196"),
        (7.688121853400444e-68, "7.688121853400444e-68"),
        (1.3722183439346506e-20, "1.3722183439346506e-20"),
        (5.654411402250841e+54, "5.654411402250841e+54"),
        (5.2964948879303666e-303, "5.2964948879303666e-303"),
        (7.106101800028059e-204, "7.106101800028059e-204"),
        (-8.466578551422606e-118, "-8.466578551422606e-118"),
        (4.254739997646274e+193, "4.254739997646274e+193"),
        (-1.82394811931708e-245, "-1.82394811931708e-245"),
        (-2.1888367315112703e+224, "-2.1888367315112703e+224"),
        (4.48880712297644e-206, "4.48880712297644e-206"),
        (178580.96347620327, "178580.96347620327"),
        (-14836845078.750969, "-14836845078.750969"),
        (-8.89603834440535e-293, "-8.89603834440535e-293"),
        (5.512596216870721e-272, "5.512596216870721e-272"),
        (-8.402816815872519e-231, "-8.402816815872519e-231"),
        (1.3502284154461823e-175, "1.3502284154461823e-175"),
        (9.864696090544821e-176, "9.864696090544821e-176"),
        (5.755304411044234e+50, "5.755304411044234e+50"),
        (2.906520696062733e-226, "2.906520696062733e-226"),
        (7.771400548145935e-288, "7.771400548145935e-288"),
        (-1.1301839483341071e-80, "-1.1301839483341071e-80"),
        (2.1060089631924535e-45, "2.1060089631924535e-45"),
        (-4.111104105007642e+218, "-4.111104105007642e+218"),
        (3.846903957475949e-244, "3.846903957475949e-244"),
        (1.0175362681840425e+155, "1.0175362681840425e+155"),
        (-4.4124872996083094e-51, "-4.4124872996083094e-51"),
        (4.818254424152078e+209, "4.818254424152078e+209"),
        (-5.59818787271577e-227, "-5.59818787271577e-227"),
        (6.171919835623171e-64, "6.171919835623171e-64"),
        (-5.476576641333704e-93, "-5.476576641333704e-93"),
        (2.8080761486268174e+107, "2.8080761486268174e+107"),
        (6.204497722829631e+75, "6.204497722829631e+75"),
        (5.399361342713712e-290, "5.399361342713712e-290"),
        (4.690077642987989e+197, "4.690077642987989e+197"),
        (-2.671920137368832e+213, "-2.671920137368832e+213"),
        (1.0719341509670623e-142, "1.0719341509670623e-142"),
        (-2.0230178791490352e-53, "-2.0230178791490352e-53"),
        (3.6633790673883503e-295, "3.6633790673883503e-295"),
        (2.246794185000636e+265, "2.246794185000636e+265"),
        (2.052132435276533e+292, "2.052132435276533e+292"),
        (-3.6839941944551377e-84, "-3.6839941944551377e-84"),
        (2.2480005775930857e-76, "2.2480005775930857e-76"),
        (-1.0037049327814946e-297, "-1.0037049327814946e-297"),
        (-2.6704358063702368e+290, "-2.6704358063702368e+290"),
        (-2.372065358411878e+24, "-2.372065358411878e+24"),
        (9.60059739237528e+208, "9.60059739237528e+208"),
        (1.7021004551247649e+165, "1.7021004551247649e+165"),
        (8.554466782229772e+178, "8.554466782229772e+178"),
        (-2.050291543292753e+296, "-2.050291543292753e+296"),
        (4.2918260627505524e-308, "4.2918260627505524e-308"),
        (-1.999594777184923e+141, "-1.999594777184923e+141"),
        (-3.596781218505223e+277, "-3.596781218505223e+277"),
        (-2.5556541660417015e-194, "-2.5556541660417015e-194"),
        (-9.926826104895675e+305, "-9.926826104895675e+305"),
        (1.8929301343429817e-284, "1.8929301343429817e-284"),
        (1.0457919747758503e-77, "1.0457919747758503e-77"),
        (-2.665013245785095e+303, "-2.665013245785095e+303"),
        (-7.033015931467466e-183, "-7.033015931467466e-183"),
        (-9.115603964113715e-214, "-9.115603964113715e-214"),
        (9.814313116910558e-257, "9.814313116910558e-257"),
        (3.427385883019569e-128, "3.427385883019569e-128"),
        (3.163725663615856e+236, "3.163725663615856e+236"),
        (7.462803201584231e-297, "7.462803201584231e-297"),
        (-1.2450657943859326e-172, "-1.2450657943859326e-172"),
        (-2.0403884006401313e+99, "-2.0403884006401313e+99"),
        (1.6531441360879889e+168, "1.6531441360879889e+168"),
        (4.550544609882556e-217, "4.550544609882556e-217"),
        (2.634858158773902e-51, "2.634858158773902e-51"),
        (-3.069294655753937e-140, "-3.069294655753937e-140"),
        (1.5650179277057452e-289, "1.5650179277057452e-289"),
        (4.370015838755655e+146, "4.370015838755655e+146"),
        (-4.81896657125812e-158, "-4.81896657125812e-158"),
        (8.382530048134057e-152, "8.382530048134057e-152"),
        (-4.77857526286792e-201, "-4.77857526286792e-201"),
        (-7.522249387832486e+101, "-7.522249387832486e+101"),
        (2.6013873678573284e-141, "2.6013873678573284e-141"),
        (1.3713029962237035e+168, "1.3713029962237035e+168"),
        (-9.126825325860168e-152, "-9.126825325860168e-152"),
        (1.95945436602899e+75, "1.95945436602899e+75"),
        (4.711884393621409e-27, "4.711884393621409e-27"),
        (-1.7880656148849774e-172, "-1.7880656148849774e-172"),
        (-9.477345146907405e-31, "-9.477345146907405e-31"),
        (2.9016511834537835e-113, "2.9016511834537835e-113"),
        (-1.261971519223374e-149, "-1.261971519223374e-149"),
        (-3.5658641838890846e-242, "-3.5658641838890846e-242"),
        (-3.984529127601709e-78, "-3.984529127601709e-78"),
        (5.351917985767459e+170, "5.351917985767459e+170"),
        (1.0555357775202995e+287, "1.0555357775202995e+287"),
        (7.257598590133459e-212, "7.257598590133459e-212"),
        (3.2315090305308215e-250, "3.2315090305308215e-250"),
        (3.3510053402371645e-174, "3.3510053402371645e-174"),
        (-2.0160202867656178e-293, "-2.0160202867656178e-293"),
        (5082511.850726038, "5082511.850726038"),
        (-6.085389303609578e-13, "-6.085389303609578e-13"),
        (8.219597356351074e+174, "8.219597356351074e+174"),
        (8.728961686405993e+210, "8.728961686405993e+210"),
        (-1.652973258755454e+191, "-1.652973258755454e+191"),
        (2.966486299736274e+297, "2.966486299736274e+297"),
        (-6.58493041852723e-284, "-6.58493041852723e-284"),
        (-2.081024875708642e+221, "-2.081024875708642e+221"),
        (-2.76271793374875e+280, "-2.76271793374875e+280"),
        (8.282291039612687e-153, "8.282291039612687e-153"),
        (1.1267912157435466e+283, "1.1267912157435466e+283"),
        (-2.1898504613824597e-119, "-2.1898504613824597e-119"),
        (-8.714056170349967e-166, "-8.714056170349967e-166"),
        (3.0417741876462856e-217, "3.0417741876462856e-217"),
        (8.720522466155504e-47, "8.720522466155504e-47"),
        (-5.0998257845138824e+203, "-5.0998257845138824e+203"),
        (-0.11518980288379647, "-0.11518980288379647"),
        (2.171844089388163e-223, "2.171844089388163e-223"),
        (2.3024635235992676e+199, "2.3024635235992676e+199"),
        (0.1457834775096803, "0.1457834775096803"),
        (3.2577600308341504e-251, "3.2577600308341504e-251"),
        (5.2154757292923025e+39, "5.2154757292923025e+39"),
        (-1.8841999431863786e-270, "-1.8841999431863786e-270"),
        (-2.319273180505259e+275, "-2.319273180505259e+275"),
        (5.544369274150318e-195, "5.544369274150318e-195"),
        (5.1605113728748556e-138, "5.1605113728748556e-138"),
        (2.260004655925296e+247, "2.260004655925296e+247"),
        (1.4282185372235206e+100, "1.4282185372235206e+100"),
        (-1.6765235722807067e-21, "-1.6765235722807067e-21"),
        (3.824431824973072e+22, "3.824431824973072e+22"),
        (8.937086334876297e+22, "8.937086334876297e+22"),
        (-9.298389267386888e-14, "-9.298389267386888e-14"),
        (-5041420.5935411975, "-5041420.5935411975"),
        (4.0194003748602726e-13, "4.0194003748602726e-13"),
        (-9.574816435817972e+25, "-9.574816435817972e+25"),
        (-8.503326850796384e-11, "-8.503326850796384e-11"),
        (460995.96189056407, "460995.96189056407"),
        (-7.267883867121097e-11, "-7.267883867121097e-11"),
        (-8.494741998152322e+19, "-8.494741998152322e+19"),
        (-2.644481996148008e-13, "-2.644481996148008e-13"),
        (8.003917624987581e-07, "8.003917624987581e-07"),
        (5865333.521869681, "5865333.521869681"),
        (-2963318067054925.5, "-2963318067054925.5"),
        (801671878660.7578, "801671878660.7578"),
        (8.884786932249666e-14, "8.884786932249666e-14"),
        (7.269453480828652e+21, "7.269453480828652e+21"),
        (-9709349330.52055, "-9709349330.52055"),
        (-2.4164716031135793e-15, "-2.4164716031135793e-15"),
        (2.1773380148781955e-10, "2.1773380148781955e-10"),
        (-8.187031352608753e-08, "-8.187031352608753e-08"),
        (986644376176.6444, "986644376176.6444"),
        (4564141531.310957, "4564141531.310957"),
        (8.685029705619535e+22, "8.685029705619535e+22"),
        (-84488415114246.42, "-84488415114246.42"),
        (6.767400583811377e-10, "6.767400583811377e-10"),
        (3.739428147986776e+16, "3.739428147986776e+16"),
        (-9.404203398490701e+23, "-9.404203398490701e+23"),
        (-8.245355117178439e-14, "-8.245355117178439e-14"),
        (-5.395567125470077e-08, "-5.395567125470077e-08"),
        (-5.498844683973002e+22, "-5.498844683973002e+22"),
        (3.2026317597127356e+16, "3.2026317597127356e+16"),
        (-4.8833955978723684e-15, "-4.8833955978723684e-15"),
        (-2.6409729866634854e-06, "-2.6409729866634854e-06"),
        (0.0035627395826217647, "0.0035627395826217647"),
        (367892.40980254835, "367892.40980254835"),
        (31998000935169.19, "31998000935169.19"),
        (-0.03377916042105644, "-0.03377916042105644"),
        (-34.60787623411841, "-34.60787623411841"),
        (-6029884422693.681, "-6029884422693.681"),
        (0.006074274600444495, "0.006074274600444495"),
        (7605378361.670566, "7605378361.670566"),
        (-560845.1130523209, "-560845.1130523209"),
        (-5.802149156305743e-07, "-5.802149156305743e-07"),
        (-7.0659167953562e-15, "-7.0659167953562e-15"),
        (422.4355230352136, "422.4355230352136"),
        (6.437152500320808e-08, "6.437152500320808e-08"),
        (-98.70109749806404, "-98.70109749806404"),
        (851463738293.6531, "851463738293.6531"),
        (-2.349037881831295e+18, "-2.349037881831295e+18"),
        (-12249.266026209458, "-12249.266026209458"),
        (4.3255316971418865e+24, "4.3255316971418865e+24"),
        (-9.504532336672838e-12, "-9.504532336672838e-12"),
        (657.4547146482134, "657.4547146482134"),
        (7.456581087046049e-13, "7.456581087046049e-13"),
        (356.50942785487956, "356.50942785487956"),
        (14116.392067394732, "14116.392067394732"),
        (2.9857273089160795e+21, "2.9857273089160795e+21"),
        (-9.61771970376588e-07, "-9.61771970376588e-07"),
        (-0.0018962188877415052, "-0.0018962188877415052"),
    ];

    #[test]
    fn repr_matches_cpython() {
        for &(x, want) in REPR_CASES {
            assert_eq!(float_repr(x), want, "repr of {x:e}");
        }
    }

    #[test]
    fn repr_round_trips() {
        let mut state = 0x9e3779b97f4a7c15u64;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let x = f64::from_bits(state);
            if x.is_finite() {
                let r = float_repr(x);
                assert!(same(r.parse::<f64>().unwrap(), x), "{r}");
                assert!(same(parse_float(&r).unwrap(), x), "{r}");
            }
        }
    }

    /// `(value, spec, format(value, spec))` from CPython 3.11; `!` marks an exception.
    const FORMAT_CASES: &[(f64, &str, &str)] = &[
        (1e+22, "#010.0e", "00001.e+22"),
        (f64::INFINITY, ",g", "inf"),
        (2.675, "G", "2.675"),
        (9.5, "f", "9.500000"),
        (1e-300, "_", "1e-300"),
        (-0.001, "0<9.1f", "-0.000000"),
        (99.99, "", "99.99"),
        (2.5, "z.2e", "2.50e+00"),
        (1e+22, "%", "999999999999999983222784.000000%"),
        (1.2345678901234568e+17, ">10", "1.2345678901234568e+17"),
        (-0.001, "e", "-1.000000e-03"),
        (f64::INFINITY, "_", "inf"),
        (1234567.891, ".2f", "1234567.89"),
        (-1.5, "G", "-1.5"),
        (0.1, ".0f", "0"),
        (-0.0, ".1%", "-0.0%"),
        (1e-05, "0<9.1f", "0.0000000"),
        (1e-300, "0<9.1f", "0.0000000"),
        (1234567.891, "+z.0f", "+1234568"),
        (1e-300, ".1%", "0.0%"),
        (0.1, "#.3g", "0.100"),
        (1e+100, ",g", "1e+100"),
        (0.0, "x<+15,.2f", "+0.00xxxxxxxxxx"),
        (1e+100, "0<9.1f", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.0"),
        (123456780000000.0, "F", "123456780000000.000000"),
        (5e-324, ".1", "5e-324"),
        (9.995, "+", "+9.995"),
        (1e+22, " .2f", " 10000000000000000000000.00"),
        (-1.5, "F", "-1.500000"),
        (123456780000000.0, "_.3f", "123_456_780_000_000.000"),
        (0.3333333333333333, ".3g", "0.333"),
        (0.0001, ".1%", "0.0%"),
        (5e-324, "z", "5e-324"),
        (-1.5, ".17", "-1.5"),
        (1e-05, "n", "1e-05"),
        (0.3333333333333333, "F", "0.333333"),
        (0.0001, "f", "0.000100"),
        (1e-05, ".0e", "1e-05"),
        (-1.5, "e", "-1.500000e+00"),
        (1e+16, "f", "10000000000000000.000000"),
        (0.0, ".0", "0e+00"),
        (f64::NAN, "é>8.1f", "ééééénan"),
        (9.995, ".0e", "1e+01"),
        (f64::INFINITY, ",", "inf"),
        (100.0, "-f", "100.000000"),
        (9.995, "010.2f", "0000009.99"),
        (1e-300, "-f", "0.000000"),
        (1.2345678901234568e+17, "012,", "1.2345678901234568e+17"),
        (1e+100, " .2f", " 10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00"),
        (2.5, "#.0f", "2."),
        (2.5, ".0e", "2e+00"),
        (123456780000000.0, "#g", "1.23457e+14"),
        (1.0, ".10f", "1.0000000000"),
        (1e+22, "z.1f", "10000000000000000000000.0"),
        (1e-300, "x<+15,.2f", "+0.00xxxxxxxxxx"),
        (0.125, "<10", "0.125     "),
        (0.125, "10", "     0.125"),
        (-123.456, ".0%", "-12346%"),
        (0.5, ".0", "0.5"),
        (1e-05, "g", "1e-05"),
        (99.99, ".1%", "9999.0%"),
        (0.0001, "010.2f", "0000000.00"),
        (f64::INFINITY, ".3g", "inf"),
        (5e-324, ".1%", "0.0%"),
        (9.995, "+.2f", "+9.99"),
        (5e-324, ".17g", "4.9406564584124654e-324"),
        (1e+100, "#.0e", "1.e+100"),
        (1.7976931348623157e+308, "e", "1.797693e+308"),
        (9.5, ".0%", "950%"),
        (0.125, "010", "000000.125"),
        (0.5, "#g", "0.500000"),
        (100.0, "_.3f", "100.000"),
        (9.5, ".0e", "1e+01"),
        (9.5, "020,e", "0,000,009.500000e+00"),
        (1e-300, ".3", "1e-300"),
        (-123.456, "_", "-123.456"),
        (0.0, "+z.0f", "+0"),
        (123456780000000.0, "f", "123456780000000.000000"),
        (1e+22, "010", "000001e+22"),
        (0.0, "E", "0.000000E+00"),
        (f64::INFINITY, ".17", "inf"),
        (-1.5, ">10", "      -1.5"),
        (9.5, ".3e", "9.500e+00"),
        (-123.456, "F", "-123.456000"),
        (2.675, "+z.0f", "+3"),
        (-0.001, "<10", "-0.001    "),
        (-0.0, ".0%", "-0%"),
        (1e+22, "0<9.1f", "10000000000000000000000.0"),
        (-1.5, "10", "      -1.5"),
        (1234567.891, ".30f", "1234567.891000000061467289924621582031"),
        (1234567.891, "g", "1.23457e+06"),
        (1e+100, "=10", "    1e+100"),
        (1e+22, "015,.2f", "10,000,000,000,000,000,000,000.00"),
        (1e+22, "n", "1e+22"),
        (f64::INFINITY, " .2f", " inf"),
        (0.3333333333333333, ".10f", "0.3333333333"),
        (f64::INFINITY, "g", "inf"),
        (1e-05, "010", "000001e-05"),
        (1e-05, "015,.2f", "0,000,000,000.00"),
        (1.7976931348623157e+308, ".2f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00"),
        (-123.456, "g", "-123.456"),
        (1.7976931348623157e+308, "*^12.3f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000"),
        (1e-300, "#.0e", "1.e-300"),
        (1e-05, ".3e", "1.000e-05"),
        (1e+100, "010", "00001e+100"),
        (1.2345678901234568e+17, "#.3g", "1.23e+17"),
        (-1.5, "_", "-1.5"),
        (0.0, ".17g", "0"),
        (f64::NAN, "<10", "nan       "),
        (1e+22, "-f", "10000000000000000000000.000000"),
        (-123.456, ".17", "-123.456"),
        (1.0, "#g", "1.00000"),
        (2.675, ".17", "2.6749999999999998"),
        (0.5, "F", "0.500000"),
        (f64::INFINITY, ".2f", "inf"),
        (1e+16, "é>8.1f", "10000000000000000.0"),
        (0.125, "F", "0.125000"),
        (0.5, "0<9.1f", "0.5000000"),
        (2.5, ".3e", "2.500e+00"),
        (-1.5, ".0%", "-150%"),
        (0.0001, "010", "00000.0001"),
        (f64::NAN, "G", "NAN"),
        (1.2345678901234568e+17, "=10", "1.2345678901234568e+17"),
        (2.675, ".3e", "2.675e+00"),
        (1e+100, ">10", "    1e+100"),
        (-0.001, "x<+15,.2f", "-0.00xxxxxxxxxx"),
        (-0.001, "#.0e", "-1.e-03"),
        (0.3333333333333333, ".3", "0.333"),
        (99.99, ".3g", "100"),
        (0.1, "-f", "0.100000"),
        (1e+22, "#.3g", "1.00e+22"),
        (123456780000000.0, "+z.0f", "+123456780000000"),
        (9.995, ".2f", "9.99"),
        (1.7976931348623157e+308, "020,e", "0,000,001.797693e+308"),
        (0.0001, "#.3g", "0.000100"),
        (1e+22, "+.2f", "+10000000000000000000000.00"),
        (123456780000000.0, "z", "123456780000000.0"),
        (0.125, "=+015_.1f", "+0_000_000_000.1"),
        (1.0, "_", "1.0"),
        (1e-300, "#010.0e", "0001.e-300"),
        (1e+100, "015,.2f", "10,000,000,000,000,000,159,028,911,097,599,180,468,360,808,563,945,281,389,781,327,557,747,838,772,170,381,060,813,469,985,856,815,104.00"),
        (100.0, "#.0f", "100."),
        (f64::INFINITY, ">10", "       inf"),
        (-0.0, "F", "-0.000000"),
        (99.99, "015,.2f", "0,000,000,099.99"),
        (100.0, "015,.2f", "0,000,000,100.00"),
        (-0.001, "#010.0e", "-0001.e-03"),
        (1e+16, ".1", "1e+16"),
        (1e+16, "G", "1E+16"),
        (1.0, "020,e", "0,000,001.000000e+00"),
        (-0.0, "é>8.1f", "éééé-0.0"),
        (1.0, " .2f", " 1.00"),
        (f64::NEG_INFINITY, "#010.0e", "-000000inf"),
        (0.3333333333333333, "_", "0.3333333333333333"),
        (1234567.891, "f", "1234567.891000"),
        (0.3333333333333333, "#010.0e", "00003.e-01"),
        (1e+100, "+", "+1e+100"),
        (f64::INFINITY, "010", "0000000inf"),
        (1234567.891, "010.2f", "1234567.89"),
        (0.0001, "#g", "0.000100000"),
        (1e+100, ".3", "1e+100"),
        (1e-05, ".10f", "0.0000100000"),
        (0.125, ".3", "0.125"),
        (1e-300, ".0g", "1e-300"),
        (-123.456, ",.0f", "-123"),
        (f64::NEG_INFINITY, "G", "-INF"),
        (-123.456, "10", "  -123.456"),
        (f64::INFINITY, "#g", "inf"),
        (1e-05, "<10", "1e-05     "),
        (99.99, "012,", "0,000,099.99"),
        (1.7976931348623157e+308, ".30f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000000000000000000000000000"),
        (1234567.891, ".20e", "1.23456789100000006147e+06"),
        (1.2345678901234568e+17, "_", "1.2345678901234568e+17"),
        (1e+16, "010", "000001e+16"),
        (1e-05, "%", "0.001000%"),
        (0.0, ".2f", "0.00"),
        (5e-324, ".30f", "0.000000000000000000000000000000"),
        (0.0, ".3e", "0.000e+00"),
        (0.3333333333333333, ".0g", "0.3"),
        (-123.456, ".1%", "-12345.6%"),
        (0.125, "020,e", "0,000,001.250000e-01"),
        (2.5, "%", "250.000000%"),
        (-1.5, "#.0e", "-2.e+00"),
        (0.125, ".0", "0.1"),
        (0.3333333333333333, ">10", "0.3333333333333333"),
        (0.5, "e", "5.000000e-01"),
        (0.5, "=+015_.1f", "+0_000_000_000.5"),
        (f64::NAN, "#.0f", "nan"),
        (f64::NAN, ".3e", "nan"),
        (1e-300, ",", "1e-300"),
        (1e+100, "012,", "000,001e+100"),
        (0.0, "n", "0"),
        (-123.456, "#010.0e", "-0001.e+02"),
        (5e-324, "_.3f", "0.000"),
        (-1.5, "+", "-1.5"),
        (1.0, "+", "+1.0"),
        (2.5, ".20e", "2.50000000000000000000e+00"),
        (1234567.891, "", "1234567.891"),
        (2.675, ".0%", "268%"),
        (0.5, "z", "0.5"),
        (0.1, "_", "0.1"),
        (9.5, "#010.0e", "00001.e+01"),
        (9.995, ".0g", "1e+01"),
        (100.0, "f", "100.000000"),
        (1.7976931348623157e+308, ".17", "1.7976931348623157e+308"),
        (0.125, ".0g", "0.1"),
        (99.99, "z.1f", "100.0"),
        (1e-300, " .2f", " 0.00"),
        (0.0001, "_", "0.0001"),
        (0.0001, "-f", "0.000100"),
        (1e-300, "#.3g", "1.00e-300"),
        (-0.001, "é>8.1f", "éééé-0.0"),
        (f64::NEG_INFINITY, "0<9.1f", "-inf00000"),
        (f64::NEG_INFINITY, ".20e", "-inf"),
        (1e+22, "", "1e+22"),
        (2.675, ".3g", "2.67"),
        (1e-05, ".3g", "1e-05"),
        (-123.456, ".0f", "-123"),
        (-123.456, "0<9.1f", "-123.5000"),
        (f64::INFINITY, "f", "inf"),
        (1.7976931348623157e+308, "#.3g", "1.80e+308"),
        (f64::NEG_INFINITY, "e", "-inf"),
        (f64::NAN, "g", "nan"),
        (-0.001, "-f", "-0.001000"),
        (-0.001, "", "-0.001"),
        (f64::NEG_INFINITY, "=+015_.1f", "-00000000000inf"),
        (123456780000000.0, ".3g", "1.23e+14"),
        (-0.001, ".3g", "-0.001"),
        (-0.001, "_", "-0.001"),
        (1.0, ".1", "1e+00"),
        (-123.456, ",", "-123.456"),
        (-0.0, ".10f", "-0.0000000000"),
        (9.995, "10", "     9.995"),
        (1.7976931348623157e+308, "010", "1.7976931348623157e+308"),
        (123456780000000.0, "x<+15,.2f", "+123,456,780,000,000.00"),
        (99.99, ",g", "99.99"),
        (1e+16, ",%", "1,000,000,000,000,000,000.000000%"),
        (2.5, ">10", "       2.5"),
        (-0.0, "z.1f", "0.0"),
        (0.1, "^10", "   0.1    "),
        (0.0, "e", "0.000000e+00"),
        (0.125, "+.2f", "+0.12"),
        (1e-05, "#010.0e", "00001.e-05"),
        (1234567.891, ".3", "1.23e+06"),
        (1e-05, ".17g", "1.0000000000000001e-05"),
        (100.0, "G", "100"),
        (1.0, "F", "1.000000"),
        (0.0001, "#010.0e", "00001.e-04"),
        (0.125, ",%", "12.500000%"),
        (9.995, ".1", "1e+01"),
        (-0.001, "G", "-0.001"),
        (1e-05, "G", "1E-05"),
        (0.5, "%", "50.000000%"),
        (9.995, ".30f", "9.994999999999999218402990663890"),
        (2.675, "", "2.675"),
        (1e+100, "x<+15,.2f", "+10,000,000,000,000,000,159,028,911,097,599,180,468,360,808,563,945,281,389,781,327,557,747,838,772,170,381,060,813,469,985,856,815,104.00"),
        (1.7976931348623157e+308, "x<+15,.2f", "+179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.00"),
        (0.125, "+", "+0.125"),
        (0.125, "=10", "     0.125"),
        (-1.5, "_.3f", "-1.500"),
        (1e+22, "10", "     1e+22"),
        (5e-324, ".0g", "5e-324"),
        (0.3333333333333333, "0<9.1f", "0.3000000"),
        (99.99, "=10", "     99.99"),
        (1e+100, ".0f", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104"),
        (0.0, "+.2f", "+0.00"),
        (9.995, "", "9.995"),
        (0.3333333333333333, ".0%", "33%"),
        (1e+16, "010.2f", "10000000000000000.00"),
        (-1.5, ".30f", "-1.500000000000000000000000000000"),
        (f64::INFINITY, "%", "inf%"),
        (9.5, "+", "+9.5"),
        (-0.0, "e", "-0.000000e+00"),
        (9.5, "G", "9.5"),
        (0.0, ".3", "0.0"),
        (-0.0, "010", "-0000000.0"),
        (0.0, "=+015_.1f", "+0_000_000_000.0"),
        (1e+100, "-f", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000"),
        (-123.456, "^10", " -123.456 "),
        (1234567.891, "x<+15,.2f", "+1,234,567.89xx"),
        (100.0, ",", "100.0"),
        (-0.001, "F", "-0.001000"),
        (0.5, ".10f", "0.5000000000"),
        (1e-05, "_", "1e-05"),
        (1e-300, "<10", "1e-300    "),
        (f64::NAN, "E", "NAN"),
        (f64::NEG_INFINITY, "z.2e", "-inf"),
        (1e+16, "^10", "  1e+16   "),
        (1e+100, ".3g", "1e+100"),
        (0.0, "+", "+0.0"),
        (1e+16, "+", "+1e+16"),
        (1e-300, "010", "00001e-300"),
        (f64::NAN, "10", "       nan"),
        (1.2345678901234568e+17, ",g", "1.23457e+17"),
        (123456780000000.0, "z.2e", "1.23e+14"),
        (9.995, ".17g", "9.9949999999999992"),
        (9.5, "<10", "9.5       "),
        (1.0, ".0g", "1"),
        (100.0, "z", "100.0"),
        (-0.0, ".30f", "-0.000000000000000000000000000000"),
        (1e-05, "+.2f", "+0.00"),
        (-0.001, "^10", "  -0.001  "),
        (100.0, "+", "+100.0"),
        (1234567.891, "-f", "1234567.891000"),
        (1.2345678901234568e+17, "+.2f", "+123456789012345680.00"),
        (0.5, "", "0.5"),
        (1e+22, "^10", "  1e+22   "),
        (-0.001, ".0g", "-0.001"),
        (0.125, "0<9.1f", "0.1000000"),
        (0.5, "z.1f", "0.5"),
        (1e+22, ".17", "1e+22"),
        (-1.5, ".20e", "-1.50000000000000000000e+00"),
        (-0.001, ".3", "-0.001"),
        (0.3333333333333333, ",", "0.3333333333333333"),
        (100.0, "<10", "100.0     "),
        (100.0, ",g", "100"),
        (0.1, ".0g", "0.1"),
        (1e+22, ">10", "     1e+22"),
        (-0.0, ",g", "-0"),
        (1e+16, ".0g", "1e+16"),
        (1e+22, "_", "1e+22"),
        (1.2345678901234568e+17, "n", "1.23457e+17"),
        (1e+16, ",", "1e+16"),
        (1.7976931348623157e+308, ".20e", "1.79769313486231570815e+308"),
        (1e+100, "e", "1.000000e+100"),
        (0.1, ".2f", "0.10"),
        (-0.001, ".30f", "-0.001000000000000000020816681712"),
        (100.0, ".1", "1e+02"),
        (9.5, ".17", "9.5"),
        (5e-324, ".10f", "0.0000000000"),
        (0.3333333333333333, ".1", "0.3"),
        (1e-05, ".3", "1e-05"),
        (-123.456, "n", "-123.456"),
        (-123.456, "_.3f", "-123.456"),
        (2.5, "=10", "       2.5"),
        (2.5, "", "2.5"),
        (-0.0, "012,", "-0,000,000.0"),
        (0.1, "0<9.1f", "0.1000000"),
        (2.5, "E", "2.500000E+00"),
        (5e-324, " .2f", " 0.00"),
        (1e-300, "n", "1e-300"),
        (1e+22, ".1%", "999999999999999983222784.0%"),
        (-1.5, "+.2f", "-1.50"),
        (1.2345678901234568e+17, "e", "1.234568e+17"),
        (1.7976931348623157e+308, ".0", "2e+308"),
        (-0.001, ".2f", "-0.00"),
        (1234567.891, "n", "1.23457e+06"),
        (0.0001, ".30f", "0.000100000000000000004792173602"),
        (123456780000000.0, "+", "+123456780000000.0"),
        (0.125, "f", "0.125000"),
        (-0.001, "*^12.3f", "***-0.001***"),
        (2.675, "n", "2.675"),
        (f64::NAN, ".17g", "nan"),
        (100.0, ".2f", "100.00"),
        (99.99, "=+015_.1f", "+0_000_000_100.0"),
        (1.2345678901234568e+17, ".0e", "1e+17"),
        (0.1, ".30f", "0.100000000000000005551115123126"),
        (2.675, ".1", "3e+00"),
        (100.0, "z.2e", "1.00e+02"),
        (100.0, ".0", "1e+02"),
        (1234567.891, "z.2e", "1.23e+06"),
        (1.0, "=10", "       1.0"),
        (1.7976931348623157e+308, ".3g", "1.8e+308"),
        (100.0, ".0e", "1e+02"),
        (1.2345678901234568e+17, "z.1f", "123456789012345680.0"),
        (0.0, "010", "00000000.0"),
        (0.1, "#010.0e", "00001.e-01"),
        (1e+100, "#010.0e", "0001.e+100"),
        (0.0, "*^12.3f", "***0.000****"),
        (9.5, "+.2f", "+9.50"),
        (1234567.891, ".1%", "123456789.1%"),
        (0.5, ".30f", "0.500000000000000000000000000000"),
        (-0.0, ".3", "-0.0"),
        (0.3333333333333333, "=10", "0.3333333333333333"),
        (99.99, "g", "99.99"),
        (2.5, ".17g", "2.5"),
        (0.5, "+.2f", "+0.50"),
        (1e-300, ">10", "    1e-300"),
        (9.5, ",.0f", "10"),
        (f64::INFINITY, "=+015_.1f", "+00000000000inf"),
        (99.99, ",.0f", "100"),
        (100.0, "012,", "00,000,100.0"),
        (5e-324, ">10", "    5e-324"),
        (1e+16, ">10", "     1e+16"),
        (1.0, "z", "1.0"),
        (1.2345678901234568e+17, "015,.2f", "123,456,789,012,345,680.00"),
        (100.0, ".3g", "100"),
        (0.125, "z.1f", "0.1"),
        (1e-300, "+", "+1e-300"),
        (0.0001, "10", "    0.0001"),
        (2.5, "+z.0f", "+2"),
        (0.0, ".1", "0e+00"),
        (1e-300, "+.2f", "+0.00"),
        (-1.5, "é>8.1f", "éééé-1.5"),
        (f64::INFINITY, "", "inf"),
        (1e+16, "#010.0e", "00001.e+16"),
        (0.0, ">10", "       0.0"),
        (0.0, "020,e", "0,000,000.000000e+00"),
        (0.5, ",g", "0.5"),
        (1.7976931348623157e+308, "^10", "1.7976931348623157e+308"),
        (100.0, "#g", "100.000"),
        (1e+100, "#.3g", "1.00e+100"),
        (0.3333333333333333, "g", "0.333333"),
        (1e+16, "%", "1000000000000000000.000000%"),
        (0.1, "x<+15,.2f", "+0.10xxxxxxxxxx"),
        (123456780000000.0, "#.0f", "123456780000000."),
        (1e+100, ",", "1e+100"),
        (5e-324, "015,.2f", "0,000,000,000.00"),
        (100.0, "E", "1.000000E+02"),
        (f64::NAN, "", "nan"),
        (f64::NAN, ",.0f", "nan"),
        (0.0001, "x<+15,.2f", "+0.00xxxxxxxxxx"),
        (1e-300, "020,e", "0,000,001.000000e-300"),
        (-0.001, "z.2e", "-1.00e-03"),
        (0.5, "g", "0.5"),
        (-123.456, ">10", "  -123.456"),
        (-1.5, "015,.2f", "-000,000,001.50"),
        (1e-300, "012,", "000,001e-300"),
        (0.5, "^10", "   0.5    "),
        (-123.456, ".3g", "-123"),
        (1.0, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (1.0, "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (1.0, ",n", "!ValueError: Cannot specify ',' with 'n'."),
        (1.0, ".", "!ValueError: Format specifier missing precision"),
        (1.0, ",_", "!ValueError: Cannot specify both ',' and '_'."),
        (1.0, "s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (1.0, ".2147483648f", "!ValueError: precision too big"),
        (1.0, "99999999999999999999f", "!ValueError: Too many decimal digits in format string"),
        (1.0, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"),
        (1.0, "%%", "!ValueError: Invalid format specifier '%%' for object of type 'float'"),
        (1.0, ", ", "!ValueError: Cannot specify ',' with '\\x20'."),
        (1.0, "\u{1}", "!ValueError: Unknown format code '\\x1' for object of type 'float'"),
    ];

    #[test]
    fn format_matches_cpython() {
        for &(x, spec, want) in FORMAT_CASES {
            let got =
                show(parse_format_spec(spec, "float").and_then(|s| format_float(x, &s, "float")));
            assert_eq!(got, want, "format({x:e}, {spec:?})");
        }
    }

    #[test]
    fn exact_rounding() {
        let f = |x: f64, spec: &str| {
            format_float(x, &parse_format_spec(spec, "float").unwrap(), "float").unwrap()
        };
        assert_eq!(f(2.675, ".2f"), "2.67");
        assert_eq!(f(0.125, ".2f"), "0.12");
        assert_eq!(f(0.375, ".2f"), "0.38");
        assert_eq!(f(1e23, ".0f"), "99999999999999991611392");
        assert_eq!(f(5e-324, ".3e"), "4.941e-324");
        assert_eq!(f(0.5, ".0f"), "0");
        assert_eq!(f(1.5, ".0f"), "2");
        assert_eq!(f(9.5, ".0e"), "1e+01");
        assert_eq!(f(1.0, ".1100f").len(), 1102);
    }

    #[test]
    fn long_exact_expansions() {
        // (value, spec, length, first 40 chars, last 40 chars) from CPython 3.11.
        let cases = [
            (
                5e-324,
                ".1100f",
                1102,
                "0.00000000000000000000000000000000000000",
                "6553344726562500000000000000000000000000",
            ),
            (
                0.1,
                ".1100e",
                1106,
                "1.00000000000000005551115123125782702118",
                "000000000000000000000000000000000000e-01",
            ),
            (
                1.5e-323,
                ".800g",
                758,
                "1.48219693752373963252970637860466411709",
                "87262616047519259154796600341796875e-323",
            ),
            (
                1.0 / 3.0,
                "#.900g",
                902,
                "0.33333333333333331482961625624739099293",
                "0000000000000000000000000000000000000000",
            ),
            (
                1e300,
                ".1200f",
                1502,
                "1000000000000000052504760255204420248704",
                "0000000000000000000000000000000000000000",
            ),
        ];
        for (x, spec, len, head, tail) in cases {
            let got = format_float(x, &parse_format_spec(spec, "float").unwrap(), "float").unwrap();
            assert_eq!(
                (got.len(), &got[..40], &got[got.len() - 40..]),
                (len, head, tail),
                "{spec}"
            );
        }
    }

    #[test]
    fn absurd_widths_are_memory_errors() {
        for spec in [
            "9223372036854775806",
            "09223372036854775806",
            "x^9223372036854775806,.3f",
        ] {
            let p = parse_format_spec(spec, "float").unwrap();
            assert_eq!(
                format_float(1.5, &p, "float").unwrap_err().kind,
                crate::format::ErrKind::MemoryError
            );
        }
    }

    /// `(x, ndigits, round(x, ndigits))` from CPython 3.11.
    #[allow(clippy::approx_constant)] // literal test data
    const ROUND_CASES: &[(f64, i64, Result<f64, &str>)] = &[
        (2.675, 2, Ok(2.67)),
        (0.125, 2, Ok(0.12)),
        (-0.4, 0, Ok(-0.0)),
        (12345.0, -2, Ok(12300.0)),
        (5e-324, 323, Ok(0.0)),
        (5e-324, 324, Ok(5e-324)),
        (1.5, -400, Ok(0.0)),
        (-1.5, -400, Ok(-0.0)),
        (0.5, 0, Ok(0.0)),
        (2.5, 0, Ok(2.0)),
        (1e+300, -300, Ok(1e+300)),
        (123.456, 1, Ok(123.5)),
        (
            1.7976931348623157e+308,
            -308,
            Err("!OverflowError: rounded value too large to represent"),
        ),
        (
            1.7976931348623157e+308,
            -307,
            Err("!OverflowError: rounded value too large to represent"),
        ),
        (0.285, 2, Ok(0.28)),
        (1.005, 2, Ok(1.0)),
        (-2.5, 0, Ok(-2.0)),
        (15.0, -1, Ok(20.0)),
        (25.0, -1, Ok(20.0)),
        (-35.0, -1, Ok(-40.0)),
        (1e-320, 322, Ok(1e-320)),
        (123456789.123, -5, Ok(123500000.0)),
        (f64::INFINITY, 2, Ok(f64::INFINITY)),
        (f64::NAN, 0, Ok(f64::NAN)),
        (0.0, 5, Ok(0.0)),
        (-0.0, -5, Ok(-0.0)),
        (3.14159, 1000, Ok(3.14159)),
        (1e+16, -16, Ok(1e+16)),
        (5000000000000000.0, -16, Ok(0.0)),
        (0.05, 1, Ok(0.1)),
        (0.15, 1, Ok(0.1)),
        (0.25, 1, Ok(0.2)),
        (0.35, 1, Ok(0.3)),
        (-952408929.8036278, 12, Ok(-952408929.8036278)),
        (-68699859.8004534, 6, Ok(-68699859.800453)),
        (-620195937.3852562, 3, Ok(-620195937.385)),
        (0.0025976544043360378, -9, Ok(0.0)),
        (-0.0001068136944860032, -10, Ok(-0.0)),
        (773870171553.5695, -11, Ok(800000000000.0)),
        (19087.301168133923, 2, Ok(19087.3)),
        (307845067067.6809, 8, Ok(307845067067.6809)),
        (-6.85011809719675e-08, 4, Ok(-0.0)),
        (-8.736701598830357e-07, -6, Ok(-0.0)),
        (759129945068.7023, -12, Ok(1000000000000.0)),
        (556.2168130864866, 2, Ok(556.22)),
        (0.01819188869361151, 4, Ok(0.0182)),
        (-53.27087247328207, 3, Ok(-53.271)),
        (-9.908124556772483e-06, 2, Ok(-0.0)),
        (309603.27801351104, 5, Ok(309603.27801)),
        (9.913832833123984e-06, 10, Ok(9.9138e-06)),
        (-0.4920105142105043, 4, Ok(-0.492)),
        (-4.219201053715957e-06, 6, Ok(-4e-06)),
        (53257.57728208141, -9, Ok(0.0)),
        (69316.72437623572, -10, Ok(0.0)),
        (9.160847666396271e-08, -6, Ok(0.0)),
        (-5.805651705407777e-07, 3, Ok(-0.0)),
        (-24907.35802000921, 1, Ok(-24907.4)),
        (-8539233123326.042, -6, Ok(-8539233000000.0)),
        (5.570217173533017, -2, Ok(0.0)),
        (-825.7116032956598, -12, Ok(-0.0)),
        (9.281524331875281e-05, -8, Ok(0.0)),
        (-5.0722410221374e-05, -12, Ok(-0.0)),
        (-88021319.41178466, -7, Ok(-90000000.0)),
        (0.03641548836126199, 2, Ok(0.04)),
        (1.7730879644817264e-05, 1, Ok(0.0)),
        (2.874302474223343e-05, 0, Ok(0.0)),
        (-0.015848876550715808, -12, Ok(-0.0)),
        (-46041004561.88033, -3, Ok(-46041005000.0)),
        (9.958074373731779e-08, -6, Ok(0.0)),
        (-625385278548.6783, 8, Ok(-625385278548.6783)),
        (1.5391966850061342e-07, -8, Ok(0.0)),
        (-5.7351326284495485, -12, Ok(-0.0)),
        (545.3793795456463, -3, Ok(1000.0)),
        (-2.276600886374929e-06, -10, Ok(-0.0)),
        (-5825333806464.852, -5, Ok(-5825333800000.0)),
        (-9689.818531083489, -1, Ok(-9690.0)),
        (0.00024429846485269214, 6, Ok(0.000244)),
        (-3255093347.4909925, -8, Ok(-3300000000.0)),
        (0.007330513356044447, 8, Ok(0.00733051)),
        (-0.6917293621478784, 7, Ok(-0.6917294)),
        (-0.05010028671415008, -7, Ok(-0.0)),
        (4788487796.333025, -6, Ok(4788000000.0)),
        (37394.8007079003, 3, Ok(37394.801)),
        (207068.42956688706, -11, Ok(0.0)),
        (-7.92320637270104e-07, 4, Ok(-0.0)),
        (0.9253630229112305, 11, Ok(0.92536302291)),
        (4.0915892111675385, 1, Ok(4.1)),
        (647435693514.7054, 3, Ok(647435693514.705)),
        (-0.004131293070305258, 11, Ok(-0.00413129307)),
        (0.0009543564329859036, -5, Ok(0.0)),
        (-414001858328.8293, 7, Ok(-414001858328.8293)),
        (2.286060314497363, -6, Ok(0.0)),
        (0.08347203569851502, 11, Ok(0.0834720357)),
    ];

    #[test]
    fn round_matches_cpython() {
        for &(x, n, want) in ROUND_CASES {
            match (round_float(x, n), want) {
                (Ok(got), Ok(w)) => {
                    assert!(same(got, w), "round({x:e}, {n}) = {got:e}, want {w:e}")
                }
                (got, want) => assert_eq!(
                    show(got.map(float_repr)),
                    want.map(float_repr).unwrap_or_else(str::to_string)
                ),
            }
        }
    }

    /// `(s, float(s))` from CPython 3.11; `None` is a `ValueError`.
    const PARSE_CASES: &[(&str, Option<f64>)] = &[
        ("  1_000.5 ", Some(1000.5)),
        ("1__0", None),
        ("_1", None),
        ("1_", None),
        ("1_.5", None),
        ("1._5", None),
        ("1e_5", None),
        ("1_0e1_0", Some(100000000000.0)),
        ("-nan", Some(f64::NAN)),
        ("+InFiNiTy", Some(f64::INFINITY)),
        ("infinit", None),
        (".5", Some(0.5)),
        ("5.", Some(5.0)),
        (".", None),
        ("e5", None),
        ("0x10", None),
        ("1e500", Some(f64::INFINITY)),
        ("-1e-500", Some(-0.0)),
        (" 1.5 ", Some(1.5)),
        ("\u{1c}1.5", None),
        ("nan(1)", None),
        ("1.5 5", None),
        ("", None),
        ("   ", None),
        ("+", None),
        ("-", None),
        ("1e", None),
        ("1e+", None),
        ("1e+5", Some(100000.0)),
        ("1E-5", Some(1e-05)),
        ("-0", Some(-0.0)),
        ("-0.0", Some(-0.0)),
        ("inf", Some(f64::INFINITY)),
        ("-inf", Some(f64::NEG_INFINITY)),
        ("Infinity", Some(f64::INFINITY)),
        ("NaN", Some(f64::NAN)),
        ("+.5e-3", Some(0.0005)),
        ("00012", Some(12.0)),
        ("1_2_3.4_5e1_0", Some(1234500000000.0)),
        ("0.1", Some(0.1)),
        ("123456789012345678901234567890", Some(1.2345678901234568e+29)),
        ("2.2250738585072011e-308", Some(2.225073858507201e-308)),
        ("4.9406564584124654e-324", Some(5e-324)),
        ("2e-324", Some(0.0)),
        ("1.7976931348623158e308", Some(1.7976931348623157e+308)),
        ("1.7976931348623159e308", Some(f64::INFINITY)),
        ("\u{9}\u{a}12\u{d}\u{b}\u{c}", Some(12.0)),
        (" 1 2", None),
        ("++1", None),
        ("1.2.3", None),
        ("1e5.5", None),
        ("ـ1", None),
        ("1 ", Some(1.0)),
        ("0_0", Some(0.0)),
        ("9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999", Some(f64::INFINITY)),
        ("0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", Some(0.0)),
    ];

    #[test]
    fn parse_matches_cpython() {
        for &(s, want) in PARSE_CASES {
            let got = parse_float(s);
            let ok = match (got, want) {
                (Some(a), Some(b)) => same(a, b),
                (None, None) => true,
                _ => false,
            };
            assert!(ok, "float({s:?}) = {got:?}, want {want:?}");
        }
        assert!(parse_float("-nan").unwrap().is_sign_negative());
    }

    #[test]
    fn parse_long_literals() {
        let s = format!("{}.{}", "9".repeat(400), "0".repeat(400));
        assert_eq!(parse_float(&s), Some(f64::INFINITY));
        assert_eq!(parse_float(&format!("0.{}1", "0".repeat(400))), Some(0.0));
        assert_eq!(
            parse_float("1e99999999999999999999999"),
            Some(f64::INFINITY)
        );
        assert_eq!(parse_float("1e-99999999999999999999999"), Some(0.0));
    }
}
