//! `str`: immutable text with a cached hash and a cached character count.
//!
//! Python indexes strings by code point; Rust stores UTF-8. An ASCII string (the common case)
//! indexes by byte; others walk `char_indices`. The hash is computed once, on first use.

use std::cell::Cell;

pub struct PyStr {
    text: Box<str>,
    char_len: usize,
    hash: Cell<i64>,
}

/// Marker for "hash not computed yet" (`-1` is never a Python hash).
const NO_HASH: i64 = -1;

impl PyStr {
    pub fn new(text: impl Into<Box<str>>) -> PyStr {
        let text = text.into();
        let char_len = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr {
            text,
            char_len,
            hash: Cell::new(NO_HASH),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points (`len(s)`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    /// The code point at `index` (0-based, in range).
    pub fn char_at(&self, index: usize) -> char {
        if self.is_ascii() {
            self.text.as_bytes()[index] as char
        } else {
            self.text.chars().nth(index).unwrap_or('\0')
        }
    }

    /// The substring of code points `start..end` (in range, start <= end).
    pub fn substring(&self, start: usize, end: usize) -> &str {
        if self.is_ascii() {
            &self.text[start..end]
        } else {
            let mut it = self
                .text
                .char_indices()
                .map(|(i, _)| i)
                .chain(std::iter::once(self.text.len()));
            let s = it.nth(start).unwrap_or(self.text.len());
            let e = if end > start {
                it.nth(end - start - 1).unwrap_or(self.text.len())
            } else {
                s
            };
            &self.text[s..e]
        }
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != NO_HASH {
            return h;
        }
        let h = str_hash(&self.text);
        self.hash.set(h);
        h
    }

    /// The largest code point, which decides CPython's storage kind (for `getsizeof`).
    pub fn max_char(&self) -> u32 {
        if self.is_ascii() {
            0x7f
        } else {
            self.text.chars().map(|c| c as u32).max().unwrap_or(0)
        }
    }
}

/// Hash of a string: CPython's (see `objects::pyhash`).
pub fn str_hash(s: &str) -> i64 {
    super::pyhash::hash_str(s)
}

/// CPython's `Py_UNICODE_ISPRINTABLE`: everything but the "Other" and "Separator" general
/// categories, except the ASCII space. Decides what `repr` escapes and `str.isprintable`.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    // The categories of CPython's Unicode database (14.0.0), not of a later version.
    !matches!(
        crate::modules::unicodedata::category(c),
        "Cc" | "Cf" | "Cs" | "Co" | "Cn" | "Zl" | "Zp" | "Zs"
    )
}
