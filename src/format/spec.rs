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
    out.extend(std::iter::repeat(fill).take(n));
}

/// Inserts thousands separators into the ASCII digit string `digits`, padding on the left
/// with `0` until at least `min_width` characters are produced (a transcription of CPython's
/// `_PyUnicode_InsertThousandsGrouping`, so separators are also placed among padding zeros).
fn group_digits(digits: &str, min_width: isize, grouping: Option<(char, usize)>) -> String {
    let bytes = digits.as_bytes();
    let mut remaining = bytes.len() as isize;
    let mut min_width = min_width;
    let mut pieces: Vec<String> = Vec::new();
    let emit = |l: isize, remaining: isize, use_sep: bool, pieces: &mut Vec<String>| {
        let n_zeros = (l - remaining).max(0) as usize;
        let n_chars = remaining.min(l).max(0) as usize;
        let end = remaining as usize;
        let mut piece = String::with_capacity(n_zeros + n_chars + 1);
        push_fill(&mut piece, '0', n_zeros);
        piece.push_str(&digits[end - n_chars..end]);
        if use_sep {
            if let Some((sep, _)) = grouping {
                piece.push(sep);
            }
        }
        pieces.push(piece);
        n_chars as isize
    };
    let mut use_sep = false;
    let mut broken = false;
    if let Some((_, size)) = grouping {
        let size = size as isize;
        loop {
            let l = size.min(remaining.max(min_width).max(1));
            remaining -= emit(l, remaining, use_sep, &mut pieces);
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
        emit(l, remaining, use_sep, &mut pieces);
    }
    pieces.iter().rev().map(String::as_str).collect()
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
) -> String {
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
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, grouping)
    };
    let padding = (width - non_digit - grouped.len() as isize).max(0) as usize;
    let (left, inner, right) = split_padding(padding, align);
    let mut out = String::with_capacity(grouped.len() + padding + 8);
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
    out
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
    let mut out = String::with_capacity(body.len() + padding);
    push_fill(&mut out, fill, left);
    out.push_str(body);
    push_fill(&mut out, fill, right);
    Ok(out)
}
