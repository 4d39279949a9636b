//! Unicode digits and whitespace as CPython's numeric parsers (`int(str)`, `float(str)`) see
//! them.
//!
//! CPython first runs the argument through `_PyUnicode_TransformDecimalAndSpaceToASCII`:
//! non-ASCII whitespace becomes a space, any Unicode decimal digit (category Nd, e.g. `٣`)
//! becomes its ASCII digit, and every other non-ASCII character becomes `?` (so it can never
//! parse). The parsers then work on ASCII only. We do the same. Rust's standard library does
//! not expose digit values for category Nd, so the digit blocks are tabulated here: in
//! Unicode every Nd character belongs to a run of ten consecutive code points with values
//! 0..=9 (checked against Python's `unicodedata`, Unicode 14.0, as used by CPython 3.11).

use std::borrow::Cow;

/// The code point of digit zero of every Nd run, ascending (Unicode 14.0).
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a Unicode decimal digit (`str.isdecimal()` characters), if `c` is one.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= cp).checked_sub(1)?;
    let offset = cp - DECIMAL_ZEROS[i];
    (offset < 10).then_some(offset)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII text is returned as is;
/// otherwise non-ASCII whitespace becomes ` `, decimal digits become ASCII digits and other
/// non-ASCII characters become `?`.
pub fn to_ascii_numeric(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                c if c.is_ascii() => c,
                c if c.is_whitespace() => ' ',
                c => decimal_value(c)
                    .and_then(|d| char::from_digit(d, 10))
                    .unwrap_or('?'),
            })
            .collect(),
    )
}

/// Strips the whitespace CPython's numeric parsers skip after the transformation above:
/// ASCII ` \t\n\v\f\r` (but not `\x1c`–`\x1f`, which `str.isspace()` would accept).
pub fn strip_ascii_space(s: &str) -> &str {
    s.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_and_spaces() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('\u{1FBF9}'), Some(9));
        assert_eq!(decimal_value('\u{1FBFA}'), None);
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('²'), None);
        assert_eq!(to_ascii_numeric("\u{3000}١٢x\u{e9}"), " 12x?");
        assert_eq!(strip_ascii_space("\t 1 \x0c"), "1");
        assert_eq!(strip_ascii_space("\x1c1"), "\x1c1");
    }
}
