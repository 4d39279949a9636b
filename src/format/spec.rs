//! The format-spec mini-language (`[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`),
//! string formatting, and the one padding/number-layout mechanism used by every presentation.
//!
//! The parser is a transcription of CPython 3.11's `parse_internal_render_format_spec`, so
//! it accepts and rejects exactly the same strings and raises errors in the same order. The
//! parse is type-agnostic except for error messages: defaults that depend on the object's type
//! (default alignment, default type, the `0` flag's meaning) are resolved when formatting, via
//! [`FormatSpec::fill_char`] and [`FormatSpec::align_or`].
//!
//! [`layout_number`] mirrors CPython's `calc_number_widths` + `fill_number`: a number is
//! `<lpad><sign><prefix><spad><grouped digits><decimal point><remainder><rpad>`, and zero
//! padding with `=` alignment is done by the grouping routine so that `format(1234, '09,')`
//! gives `'0,001,234'`. Strings use the same padding split ([`split_padding`]).

use super::FormatError;

/// Alignment requested in a format spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding goes between the sign/prefix and the digits.
    AfterSign,
}

/// Sign option of a format spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// `-`: sign only for negative numbers (the default behaviour, but recorded as given).
    Minus,
    /// `+`: always a sign.
    Plus,
    /// ` `: a space for non-negative numbers.
    Space,
}

/// A parsed format spec. Fields that were absent are `None`/`false`; type-dependent defaults
/// are applied by the formatting functions.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormatSpec {
    /// Explicit fill character (only present together with an explicit `align`).
    pub fill: Option<char>,
    /// Explicit alignment.
    pub align: Option<Align>,
    /// Explicit sign option.
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to positive zero (floats only).
    pub z: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The legacy `0` flag before the width (only recorded when no fill was given).
    pub zero_pad: bool,
    /// Minimum field width, in characters.
    pub width: Option<usize>,
    /// Thousands separator: `,` or `_`.
    pub grouping: Option<char>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type character.
    pub ty: Option<char>,
}

impl FormatSpec {
    /// The effective fill character: the explicit one, else `0` with the `0` flag, else space.
    pub fn fill_char(&self) -> char {
        self.fill.unwrap_or(if self.zero_pad { '0' } else { ' ' })
    }

    /// The effective alignment given the type's default (`<` for strings, `>` for numbers).
    /// The `0` flag turns a default `>` into `=`, as in CPython.
    pub fn align_or(&self, default: Align) -> Align {
        match self.align {
            Some(a) => a,
            None if self.zero_pad && default == Align::Right => Align::AfterSign,
            None => default,
        }
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads a run of ASCII digits starting at `*pos`; `Ok(None)` if there are none.
fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut acc: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc))
}

/// Parses a format spec. `type_name` is the Python type name of the object being formatted,
/// used only in the `Invalid format specifier '...' for object of type '...'` message.
pub fn parse_format_spec(s: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = s.chars().collect();
    let mut spec = FormatSpec::default();
    let mut pos = 0;
    if let Some(a) = chars.get(1).and_then(|&c| align_of(c)) {
        spec.fill = Some(chars[0]);
        spec.align = Some(a);
        pos = 2;
    } else if let Some(a) = chars.first().and_then(|&c| align_of(c)) {
        spec.align = Some(a);
        pos = 1;
    }
    spec.sign = match chars.get(pos) {
        Some('+') => Some(Sign::Plus),
        Some('-') => Some(Sign::Minus),
        Some(' ') => Some(Sign::Space),
        _ => None,
    };
    if spec.sign.is_some() {
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        spec.z = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        spec.alternate = true;
        pos += 1;
    }
    if spec.fill.is_none() && chars.get(pos) == Some(&'0') {
        spec.zero_pad = true;
        pos += 1;
    }
    spec.width = parse_count(&chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        spec.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if spec.grouping.is_some() {
            return Err(both_separators());
        }
        spec.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && spec.grouping == Some('_') {
        return Err(both_separators());
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        spec.precision = parse_count(&chars, &mut pos)?;
        if spec.precision.is_none() {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => spec.ty = Some(chars[pos]),
        _ => {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{s}' for object of type '{type_name}'"
            )))
        }
    }
    Ok(spec)
}

fn both_separators() -> FormatError {
    FormatError::value("Cannot specify both ',' and '_'.")
}

/// Renders a presentation-type character the way CPython's messages do: printable ASCII
/// as itself, anything else as `\x<hex>`.
fn type_char_repr(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        c.to_string()
    } else {
        format!("\\x{v:x}")
    }
}

/// `Unknown format code 'q' for object of type 'int'`.
pub(crate) fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        type_char_repr(ty)
    ))
}

/// Validates the thousands separator against the effective presentation type (`ty` is the
/// type character, or `None` for the float/complex default) and returns the grouping to use:
/// `(separator, group size)`. `_` groups by four for `b`, `o`, `x`, `X`.
pub(crate) fn grouping_for(
    spec: &FormatSpec,
    ty: Option<char>,
) -> Result<Option<(char, usize)>, FormatError> {
    let Some(sep) = spec.grouping else {
        return Ok(None);
    };
    match ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(Some((sep, 3))),
        Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(Some((sep, 4))),
        Some(t) => Err(FormatError::value(format!(
            "Cannot specify '{sep}' with '{}'.",
            type_char_repr(t)
        ))),
    }
}

/// Splits `n` padding characters for an alignment into (left, after-sign, right).
pub(crate) fn split_padding(n: usize, align: Align) -> (usize, usize, usize) {
    match align {
        Align::Left => (0, 0, n),
        Align::Right => (n, 0, 0),
        Align::Center => (n / 2, 0, n - n / 2),
        Align::AfterSign => (0, n, 0),
    }
}

/// Appends `n` copies of `fill`.
pub(crate) fn push_fill(out: &mut String, fill: char, n: usize) {
    out.extend(std::iter::repeat_n(fill, n));
}

/// Inserts thousands separators into the ASCII digit string `digits`, padding on the left
/// with `0` until at least `min_width` characters are produced (a transcription of CPython's
/// `_PyUnicode_InsertThousandsGrouping`, so separators are also placed among padding zeros).
/// Like CPython, it works from the right: each group is written as separator (if not the
/// first), digits, then padding zeros, into a reversed buffer.
fn group_digits(digits: &str, min_width: isize, grouping: Option<(char, usize)>) -> String {
    let digits = digits.as_bytes();
    let sep = grouping.map(|(c, _)| c as u8); // ',' or '_': ASCII
    let mut rev: Vec<u8> = Vec::with_capacity(digits.len().max(min_width.max(0) as usize) + 1);
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width;
    let emit = |rev: &mut Vec<u8>, l: isize, remaining: isize, use_sep: bool| -> isize {
        if use_sep {
            rev.extend(sep);
        }
        let n_chars = remaining.min(l).max(0);
        let n_zeros = (l - remaining).max(0) as usize;
        rev.extend(
            digits[(remaining - n_chars) as usize..remaining as usize]
                .iter()
                .rev(),
        );
        rev.extend(std::iter::repeat_n(b'0', n_zeros));
        n_chars
    };
    let mut use_sep = false;
    let mut broken = false;
    if let Some((_, size)) = grouping {
        let size = size as isize;
        loop {
            let l = size.min(remaining.max(min_width).max(1));
            remaining -= emit(&mut rev, l, remaining, use_sep);
            use_sep = true;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let l = remaining.max(min_width).max(1);
        emit(&mut rev, l, remaining, use_sep);
    }
    rev.iter().rev().map(|&b| char::from(b)).collect()
}

/// Reserves room for `bytes` more bytes in `out`. A width or precision too large to
/// allocate raises `MemoryError`, as in CPython, instead of aborting the process.
pub(crate) fn reserve(out: &mut String, bytes: usize) -> Result<(), FormatError> {
    out.try_reserve(bytes).map_err(|_| FormatError::memory())
}

/// The pieces of a formatted number, before padding.
pub(crate) struct NumberParts<'a> {
    /// Whether the number is negative (a `-` sign is then always written).
    pub negative: bool,
    /// `0x`-style prefix (already in the right case), written after the sign.
    pub prefix: &'a str,
    /// ASCII digits subject to grouping and zero padding (may be empty, e.g. for `inf`).
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub decimal: bool,
    /// Everything after the decimal point (fraction, exponent, `%`, or `inf`/`nan`).
    pub remainder: &'a str,
}

/// Lays out a number according to `spec` (sign option, fill, alignment, width, grouping):
/// CPython's `calc_number_widths` + `fill_number`.
pub(crate) fn layout_number(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    grouping: Option<(char, usize)>,
) -> Result<String, FormatError> {
    let sign = match (parts.negative, spec.sign) {
        (true, _) => Some('-'),
        (false, Some(Sign::Plus)) => Some('+'),
        (false, Some(Sign::Space)) => Some(' '),
        (false, _) => None,
    };
    let fill = spec.fill_char();
    let align = spec.align_or(Align::Right);
    let count = |s: &str| s.chars().count() as isize;
    let non_digit = sign.is_some() as isize
        + count(parts.prefix)
        + parts.decimal as isize
        + count(parts.remainder);
    let width = spec.width.map_or(-1, |w| w as isize);
    let min_width = if fill == '0' && align == Align::AfterSign {
        width - non_digit
    } else {
        0
    };
    let mut out = String::new();
    let natural = parts.prefix.len() + parts.digits.len() + parts.remainder.len() + 2;
    reserve(
        &mut out,
        natural + (width.max(0) as usize).saturating_mul(fill.len_utf8()),
    )?;
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else if grouping.is_none() {
        // No separators: the digits, zero-filled on the left to `min_width`.
        let zeros = (min_width - parts.digits.len() as isize).max(0) as usize;
        let mut g = String::with_capacity(zeros + parts.digits.len());
        push_fill(&mut g, '0', zeros);
        g.push_str(parts.digits);
        g
    } else {
        group_digits(parts.digits, min_width, grouping)
    };
    let padding = (width - non_digit - grouped.len() as isize).max(0) as usize;
    let (left, inner, right) = split_padding(padding, align);
    push_fill(&mut out, fill, left);
    out.extend(sign);
    out.push_str(parts.prefix);
    push_fill(&mut out, fill, inner);
    out.push_str(&grouped);
    if parts.decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, fill, right);
    Ok(out)
}

/// `format(s, spec)` for `str`: presentation type `s` (or none), fill/align/width, and
/// precision as truncation. `type_name` is used for the `Unknown format code` message.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    grouping_for(spec, Some(spec.ty.unwrap_or('s')))?;
    match spec.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, type_name)),
    }
    let msg = match spec.sign {
        Some(Sign::Space) => Some("Space not allowed in string format specifier"),
        Some(_) => Some("Sign not allowed in string format specifier"),
        None if spec.z => Some("Negative zero coercion (z) not allowed in string format specifier"),
        None if spec.alternate => Some("Alternate form (#) not allowed in string format specifier"),
        None => None,
    };
    let align = spec.align_or(Align::Left);
    if let Some(m) = msg.or((align == Align::AfterSign)
        .then_some("'=' alignment not allowed in string format specifier"))
    {
        return Err(FormatError::value(m));
    }
    let body: &str = match spec.precision {
        Some(p) => s.char_indices().nth(p).map_or(s, |(i, _)| &s[..i]),
        None => s,
    };
    let len = body.chars().count();
    let padding = spec.width.unwrap_or(0).saturating_sub(len);
    let (left, _, right) = split_padding(padding, align);
    let fill = spec.fill_char();
    let mut out = String::new();
    reserve(
        &mut out,
        body.len() + padding.saturating_mul(fill.len_utf8()),
    )?;
    push_fill(&mut out, fill, left);
    out.push_str(body);
    push_fill(&mut out, fill, right);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{format_float, format_int};
    use num_bigint::BigInt;

    fn show(r: Result<String, FormatError>) -> String {
        r.unwrap_or_else(|e| format!("!{:?}: {}", e.kind, e.msg))
    }

    /// `(value, spec, format(value, spec))` from CPython 3.11; `!` marks an exception.
    const STR_CASES: &[(&str, &str, &str)] = &[
        ("", "", ""),
        ("", "s", ""),
        ("", "5", "     "),
        ("", "<5", "     "),
        ("", ">5", "     "),
        ("", "^5", "     "),
        ("", "^6", "      "),
        ("", "*^7", "*******"),
        ("", "é>6", "éééééé"),
        ("", "05", "00000"),
        ("", "010", "0000000000"),
        ("", "0>5", "00000"),
        ("", ".2", ""),
        ("", ".0", ""),
        ("", "8.2", "        "),
        ("", "<8.2s", "        "),
        ("", "^9.4", "         "),
        (
            "",
            "=5",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "",
            "+5",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "",
            " 5",
            "!ValueError: Space not allowed in string format specifier",
        ),
        (
            "",
            "-",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "",
            "z",
            "!ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "",
            "#",
            "!ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        ("", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("", "_", "!ValueError: Cannot specify '_' with 's'."),
        (
            "",
            "d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("", "x<3", "xxx"),
        ("", "\u{a}^5", "\u{a}\u{a}\u{a}\u{a}\u{a}"),
        (
            "",
            ",d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("", ".", "!ValueError: Format specifier missing precision"),
        (
            "",
            "abc",
            "!ValueError: Invalid format specifier 'abc' for object of type 'str'",
        ),
        (
            "",
            "\u{1}",
            "!ValueError: Unknown format code '\\x1' for object of type 'str'",
        ),
        (
            "",
            "0=5",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "",
            "<<<",
            "!ValueError: Unknown format code '<' for object of type 'str'",
        ),
        ("a", "", "a"),
        ("a", "s", "a"),
        ("a", "5", "a    "),
        ("a", "<5", "a    "),
        ("a", ">5", "    a"),
        ("a", "^5", "  a  "),
        ("a", "^6", "  a   "),
        ("a", "*^7", "***a***"),
        ("a", "é>6", "éééééa"),
        ("a", "05", "a0000"),
        ("a", "010", "a000000000"),
        ("a", "0>5", "0000a"),
        ("a", ".2", "a"),
        ("a", ".0", ""),
        ("a", "8.2", "a       "),
        ("a", "<8.2s", "a       "),
        ("a", "^9.4", "    a    "),
        (
            "a",
            "=5",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "a",
            "+5",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "a",
            " 5",
            "!ValueError: Space not allowed in string format specifier",
        ),
        (
            "a",
            "-",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "a",
            "z",
            "!ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "a",
            "#",
            "!ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        ("a", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("a", "_", "!ValueError: Cannot specify '_' with 's'."),
        (
            "a",
            "d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("a", "x<3", "axx"),
        ("a", "\u{a}^5", "\u{a}\u{a}a\u{a}\u{a}"),
        (
            "a",
            ",d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("a", ".", "!ValueError: Format specifier missing precision"),
        (
            "a",
            "abc",
            "!ValueError: Invalid format specifier 'abc' for object of type 'str'",
        ),
        (
            "a",
            "\u{1}",
            "!ValueError: Unknown format code '\\x1' for object of type 'str'",
        ),
        (
            "a",
            "0=5",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "a",
            "<<<",
            "!ValueError: Unknown format code '<' for object of type 'str'",
        ),
        ("abc", "", "abc"),
        ("abc", "s", "abc"),
        ("abc", "5", "abc  "),
        ("abc", "<5", "abc  "),
        ("abc", ">5", "  abc"),
        ("abc", "^5", " abc "),
        ("abc", "^6", " abc  "),
        ("abc", "*^7", "**abc**"),
        ("abc", "é>6", "éééabc"),
        ("abc", "05", "abc00"),
        ("abc", "010", "abc0000000"),
        ("abc", "0>5", "00abc"),
        ("abc", ".2", "ab"),
        ("abc", ".0", ""),
        ("abc", "8.2", "ab      "),
        ("abc", "<8.2s", "ab      "),
        ("abc", "^9.4", "   abc   "),
        (
            "abc",
            "=5",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "abc",
            "+5",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "abc",
            " 5",
            "!ValueError: Space not allowed in string format specifier",
        ),
        (
            "abc",
            "-",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "abc",
            "z",
            "!ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "abc",
            "#",
            "!ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        ("abc", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("abc", "_", "!ValueError: Cannot specify '_' with 's'."),
        (
            "abc",
            "d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("abc", "x<3", "abc"),
        ("abc", "\u{a}^5", "\u{a}abc\u{a}"),
        (
            "abc",
            ",d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        (
            "abc",
            ".",
            "!ValueError: Format specifier missing precision",
        ),
        (
            "abc",
            "abc",
            "!ValueError: Invalid format specifier 'abc' for object of type 'str'",
        ),
        (
            "abc",
            "\u{1}",
            "!ValueError: Unknown format code '\\x1' for object of type 'str'",
        ),
        (
            "abc",
            "0=5",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "abc",
            "<<<",
            "!ValueError: Unknown format code '<' for object of type 'str'",
        ),
        ("héllo", "", "héllo"),
        ("héllo", "s", "héllo"),
        ("héllo", "5", "héllo"),
        ("héllo", "<5", "héllo"),
        ("héllo", ">5", "héllo"),
        ("héllo", "^5", "héllo"),
        ("héllo", "^6", "héllo "),
        ("héllo", "*^7", "*héllo*"),
        ("héllo", "é>6", "éhéllo"),
        ("héllo", "05", "héllo"),
        ("héllo", "010", "héllo00000"),
        ("héllo", "0>5", "héllo"),
        ("héllo", ".2", "hé"),
        ("héllo", ".0", ""),
        ("héllo", "8.2", "hé      "),
        ("héllo", "<8.2s", "hé      "),
        ("héllo", "^9.4", "  héll   "),
        (
            "héllo",
            "=5",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "héllo",
            "+5",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "héllo",
            " 5",
            "!ValueError: Space not allowed in string format specifier",
        ),
        (
            "héllo",
            "-",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "héllo",
            "z",
            "!ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "héllo",
            "#",
            "!ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        ("héllo", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("héllo", "_", "!ValueError: Cannot specify '_' with 's'."),
        (
            "héllo",
            "d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("héllo", "x<3", "héllo"),
        ("héllo", "\u{a}^5", "héllo"),
        (
            "héllo",
            ",d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        (
            "héllo",
            ".",
            "!ValueError: Format specifier missing precision",
        ),
        (
            "héllo",
            "abc",
            "!ValueError: Invalid format specifier 'abc' for object of type 'str'",
        ),
        (
            "héllo",
            "\u{1}",
            "!ValueError: Unknown format code '\\x1' for object of type 'str'",
        ),
        (
            "héllo",
            "0=5",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "héllo",
            "<<<",
            "!ValueError: Unknown format code '<' for object of type 'str'",
        ),
        ("日本語", "", "日本語"),
        ("日本語", "s", "日本語"),
        ("日本語", "5", "日本語  "),
        ("日本語", "<5", "日本語  "),
        ("日本語", ">5", "  日本語"),
        ("日本語", "^5", " 日本語 "),
        ("日本語", "^6", " 日本語  "),
        ("日本語", "*^7", "**日本語**"),
        ("日本語", "é>6", "ééé日本語"),
        ("日本語", "05", "日本語00"),
        ("日本語", "010", "日本語0000000"),
        ("日本語", "0>5", "00日本語"),
        ("日本語", ".2", "日本"),
        ("日本語", ".0", ""),
        ("日本語", "8.2", "日本      "),
        ("日本語", "<8.2s", "日本      "),
        ("日本語", "^9.4", "   日本語   "),
        (
            "日本語",
            "=5",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "日本語",
            "+5",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "日本語",
            " 5",
            "!ValueError: Space not allowed in string format specifier",
        ),
        (
            "日本語",
            "-",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "日本語",
            "z",
            "!ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "日本語",
            "#",
            "!ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        ("日本語", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("日本語", "_", "!ValueError: Cannot specify '_' with 's'."),
        (
            "日本語",
            "d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("日本語", "x<3", "日本語"),
        ("日本語", "\u{a}^5", "\u{a}日本語\u{a}"),
        (
            "日本語",
            ",d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        (
            "日本語",
            ".",
            "!ValueError: Format specifier missing precision",
        ),
        (
            "日本語",
            "abc",
            "!ValueError: Invalid format specifier 'abc' for object of type 'str'",
        ),
        (
            "日本語",
            "\u{1}",
            "!ValueError: Unknown format code '\\x1' for object of type 'str'",
        ),
        (
            "日本語",
            "0=5",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "日本語",
            "<<<",
            "!ValueError: Unknown format code '<' for object of type 'str'",
        ),
        ("a\u{9}b", "", "a\u{9}b"),
        ("a\u{9}b", "s", "a\u{9}b"),
        ("a\u{9}b", "5", "a\u{9}b  "),
        ("a\u{9}b", "<5", "a\u{9}b  "),
        ("a\u{9}b", ">5", "  a\u{9}b"),
        ("a\u{9}b", "^5", " a\u{9}b "),
        ("a\u{9}b", "^6", " a\u{9}b  "),
        ("a\u{9}b", "*^7", "**a\u{9}b**"),
        ("a\u{9}b", "é>6", "éééa\u{9}b"),
        ("a\u{9}b", "05", "a\u{9}b00"),
        ("a\u{9}b", "010", "a\u{9}b0000000"),
        ("a\u{9}b", "0>5", "00a\u{9}b"),
        ("a\u{9}b", ".2", "a\u{9}"),
        ("a\u{9}b", ".0", ""),
        ("a\u{9}b", "8.2", "a\u{9}      "),
        ("a\u{9}b", "<8.2s", "a\u{9}      "),
        ("a\u{9}b", "^9.4", "   a\u{9}b   "),
        (
            "a\u{9}b",
            "=5",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "a\u{9}b",
            "+5",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "a\u{9}b",
            " 5",
            "!ValueError: Space not allowed in string format specifier",
        ),
        (
            "a\u{9}b",
            "-",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "a\u{9}b",
            "z",
            "!ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "a\u{9}b",
            "#",
            "!ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        ("a\u{9}b", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("a\u{9}b", "_", "!ValueError: Cannot specify '_' with 's'."),
        (
            "a\u{9}b",
            "d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("a\u{9}b", "x<3", "a\u{9}b"),
        ("a\u{9}b", "\u{a}^5", "\u{a}a\u{9}b\u{a}"),
        (
            "a\u{9}b",
            ",d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        (
            "a\u{9}b",
            ".",
            "!ValueError: Format specifier missing precision",
        ),
        (
            "a\u{9}b",
            "abc",
            "!ValueError: Invalid format specifier 'abc' for object of type 'str'",
        ),
        (
            "a\u{9}b",
            "\u{1}",
            "!ValueError: Unknown format code '\\x1' for object of type 'str'",
        ),
        (
            "a\u{9}b",
            "0=5",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "a\u{9}b",
            "<<<",
            "!ValueError: Unknown format code '<' for object of type 'str'",
        ),
    ];

    #[test]
    fn str_matches_cpython() {
        for &(s, spec, want) in STR_CASES {
            let got = show(parse_format_spec(spec, "str").and_then(|p| format_str(s, &p, "str")));
            assert_eq!(got, want, "format({s:?}, {spec:?})");
        }
    }

    #[test]
    fn parse_fields() {
        let spec = parse_format_spec("*^+z#012_.3f", "float").unwrap();
        assert_eq!(
            spec,
            FormatSpec {
                fill: Some('*'),
                align: Some(Align::Center),
                sign: Some(Sign::Plus),
                z: true,
                alternate: true,
                zero_pad: false,
                width: Some(12),
                grouping: Some('_'),
                precision: Some(3),
                ty: Some('f'),
            }
        );
        // The `0` flag only counts when no fill was given; it makes a default `>` into `=`.
        let zero = parse_format_spec("010", "int").unwrap();
        assert!(zero.zero_pad);
        assert_eq!(zero.fill_char(), '0');
        assert_eq!(zero.align_or(Align::Right), Align::AfterSign);
        assert_eq!(zero.align_or(Align::Left), Align::Left);
        let filled = parse_format_spec("x<05", "int").unwrap();
        assert!(!filled.zero_pad);
        assert_eq!(filled.width, Some(5));
        assert_eq!(parse_format_spec("", "int").unwrap(), FormatSpec::default());
    }

    #[test]
    fn grouping_with_zero_padding() {
        let cases = [
            (1234, "09,", "0,001,234"),
            (1234, "010,", "00,001,234"),
            (1234, "08,", "0,001,234"),
            (-1, "06,", "-0,001"),
        ];
        for (v, spec, want) in cases {
            let p = parse_format_spec(spec, "int").unwrap();
            assert_eq!(format_int(&BigInt::from(v), &p, "int").unwrap(), want);
        }
    }

    #[test]
    fn widths_count_characters() {
        let p = parse_format_spec("é^7", "str").unwrap();
        assert_eq!(format_str("日本", &p, "str").unwrap(), "éé日本ééé");
        let p = parse_format_spec("日>6.1f", "float").unwrap();
        assert_eq!(format_float(2.25, &p, "float").unwrap(), "日日日2.2");
    }

    #[test]
    fn absurd_widths_are_memory_errors() {
        let p = parse_format_spec("9223372036854775806", "str").unwrap();
        assert_eq!(
            format_str("a", &p, "str").unwrap_err().kind,
            crate::format::ErrKind::MemoryError
        );
        let p = parse_format_spec("0=9223372036854775806_", "int").unwrap();
        assert_eq!(
            format_int(&BigInt::from(5), &p, "int").unwrap_err().kind,
            crate::format::ErrKind::MemoryError
        );
    }

    /// Deterministic xorshift for the fuzz tests.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn pick<T: Copy>(&mut self, items: &[T]) -> T {
            items[(self.next() % items.len() as u64) as usize]
        }
    }

    #[test]
    fn fuzz_specs_never_panic() {
        let alphabet: Vec<char> = "<>^=+- z#0123456789,_.eEfFgGn%bcdoxXs*é\n"
            .chars()
            .collect();
        let floats = [
            0.0,
            -0.0,
            1.5,
            -2.675,
            1e300,
            5e-324,
            f64::NAN,
            f64::INFINITY,
            123456.789,
        ];
        let ints = [
            "0",
            "-1",
            "65",
            "1114112",
            "-99999999999999999999999",
            "123456789",
        ];
        let mut rng = Rng(0x2545f4914f6cdd1d);
        for _ in 0..20_000 {
            let len = (rng.next() % 6) as usize;
            let spec: String = (0..len).map(|_| rng.pick(&alphabet)).collect();
            let Ok(p) = parse_format_spec(&spec, "object") else {
                continue;
            };
            let _ = format_float(rng.pick(&floats), &p, "float");
            let _ = format_int(&rng.pick(&ints).parse::<BigInt>().unwrap(), &p, "int");
            let _ = format_str("héllo", &p, "str");
        }
    }
}
