//! Character predicates and case mapping as `_sre` applies them: `\d \s \w` in their
//! ASCII and Unicode forms (`Py_UNICODE_ISDECIMAL`, `ISSPACE`, `ISALNUM`), the
//! one-character lower and upper mappings `sre_lower_unicode` / `sre_upper_unicode`
//! use, and the case equivalences `_compiler._equivalences` adds for IGNORECASE
//! (`ſ` and `s`, `µ` and `μ`...), which simple lowercasing alone does not join.

use super::parser::Category;
use unicode_general_category::{get_general_category, GeneralCategory as G};

/// Whether a set or category works on ASCII or on all of Unicode.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CharMode {
    Ascii,
    Unicode,
}

/// Characters that lowercase differently but match each other under IGNORECASE.
const EQUIVALENCES: &[&[u32]] = &[
    &[0x69, 0x131],
    &[0x73, 0x17f],
    &[0xb5, 0x3bc],
    &[0x345, 0x3b9, 0x1fbe],
    &[0x390, 0x1fd3],
    &[0x3b0, 0x1fe3],
    &[0x3b2, 0x3d0],
    &[0x3b5, 0x3f5],
    &[0x3b8, 0x3d1],
    &[0x3ba, 0x3f0],
    &[0x3c0, 0x3d6],
    &[0x3c1, 0x3f1],
    &[0x3c2, 0x3c3],
    &[0x3c6, 0x3d5],
    &[0x1e61, 0x1e9b],
    &[0xfb05, 0xfb06],
];

/// The other members of `c`'s equivalence class (`c` lowercased already).
pub fn equivalents(c: u32) -> &'static [u32] {
    EQUIVALENCES
        .iter()
        .find(|class| class.contains(&c))
        .copied()
        .unwrap_or(&[])
}

/// The class representative of a lowercased character, so equal folds mean a match.
pub fn fold(c: u32, mode: CharMode) -> u32 {
    if c < 128 {
        // An ASCII character heads its equivalence class when it has one (`i`, `s`).
        return if (0x41..=0x5a).contains(&c) {
            c + 32
        } else {
            c
        };
    }
    let l = lower(c, mode);
    if mode == CharMode::Unicode {
        if let Some(class) = EQUIVALENCES.iter().find(|class| class.contains(&l)) {
            return class[0];
        }
    }
    l
}

/// `sre_lower_*`: `Py_UNICODE_TOLOWER`, which for a character with a multi-character
/// mapping gives its first character (`İ` → `i`, and `ß` uppercases to `S`).
pub fn lower(c: u32, mode: CharMode) -> u32 {
    if c < 128 || mode == CharMode::Ascii {
        return if (0x41..=0x5a).contains(&c) {
            c + 32
        } else {
            c
        };
    }
    char::from_u32(c)
        .and_then(|ch| ch.to_lowercase().next())
        .map_or(c, |l| l as u32)
}

/// `sre_upper_*`: `Py_UNICODE_TOUPPER`, first character of the full mapping.
pub fn upper(c: u32, mode: CharMode) -> u32 {
    if c < 128 || mode == CharMode::Ascii {
        return if (0x61..=0x7a).contains(&c) {
            c - 32
        } else {
            c
        };
    }
    char::from_u32(c)
        .and_then(|ch| ch.to_uppercase().next())
        .map_or(c, |u| u as u32)
}

/// `unicode_iscased`: a character some case mapping changes.
pub fn is_cased(c: u32, mode: CharMode) -> bool {
    c != lower(c, mode) || c != upper(c, mode)
}

pub fn is_digit(c: u32, mode: CharMode) -> bool {
    if c < 128 || mode == CharMode::Ascii {
        return (0x30..=0x39).contains(&c);
    }
    char::from_u32(c).is_some_and(|ch| get_general_category(ch) == G::DecimalNumber)
}

pub fn is_space(c: u32, mode: CharMode) -> bool {
    if c < 128 || mode == CharMode::Ascii {
        return matches!(c, 0x20 | 0x09..=0x0d)
            || (mode == CharMode::Unicode && (0x1c..=0x1f).contains(&c));
    }
    char::from_u32(c).is_some_and(char::is_whitespace)
}

pub fn is_word(c: u32, mode: CharMode) -> bool {
    if c < 128 || mode == CharMode::Ascii {
        return c == 0x5f || char::from_u32(c).is_some_and(|ch| ch.is_ascii_alphanumeric());
    }
    char::from_u32(c).is_some_and(|ch| {
        matches!(
            get_general_category(ch),
            G::UppercaseLetter
                | G::LowercaseLetter
                | G::TitlecaseLetter
                | G::ModifierLetter
                | G::OtherLetter
                | G::DecimalNumber
                | G::LetterNumber
                | G::OtherNumber
        )
    })
}

pub fn in_category(cat: Category, c: u32, mode: CharMode) -> bool {
    match cat {
        Category::Digit(neg) => is_digit(c, mode) != neg,
        Category::Space(neg) => is_space(c, mode) != neg,
        Category::Word(neg) => is_word(c, mode) != neg,
    }
}
