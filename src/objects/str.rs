//! `str`: immutable text with a cached hash and a cached character count.
//!
//! Python indexes strings by code point; Rust stores UTF-8. An ASCII string (the common case)
//! indexes by byte; others walk `char_indices`. The hash is computed once, on first use.
//!
//! Text of up to [`INLINE_MAX`] bytes is kept inside the object (as CPython keeps every
//! string's characters in the object itself): the short strings programs make by the
//! million (dict keys, identifiers, single characters, small numbers as text) cost no
//! second allocation.

use std::cell::Cell;

pub struct PyStr {
    text: Text,
    char_len: usize,
    hash: Cell<i64>,
}

/// The longest text kept inline.
const INLINE_MAX: usize = 7;

/// The characters: inline (`len` bytes of `bytes`), or in a heap block. Sized as the
/// `Box<str>` alone: the inline variant fits beside the box's non-null pointer, whose
/// null value tells the variants apart (checked by a test).
enum Text {
    Heap(Box<str>),
    Inline { len: u8, bytes: [u8; INLINE_MAX] },
}

impl Text {
    fn new(text: &str) -> Option<Text> {
        if text.len() > INLINE_MAX {
            return None;
        }
        let mut bytes = [0; INLINE_MAX];
        bytes[..text.len()].copy_from_slice(text.as_bytes());
        Some(Text::Inline {
            len: text.len() as u8,
            bytes,
        })
    }

    #[inline(always)]
    fn as_str(&self) -> &str {
        match self {
            Text::Heap(b) => b,
            // SAFETY: `Text::new` copied `len` bytes of a `str` there (whole: a `&str`
            // never ends inside a character), and they are never changed.
            Text::Inline { len, bytes } => unsafe {
                std::str::from_utf8_unchecked(bytes.get_unchecked(..*len as usize))
            },
        }
    }
}

impl std::ops::Deref for Text {
    type Target = str;

    #[inline(always)]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

/// Marker for "hash not computed yet" (`-1` is never a Python hash).
const NO_HASH: i64 = -1;

impl PyStr {
    pub fn new(text: impl AsRef<str> + Into<Box<str>>) -> PyStr {
        let (char_len, inline) = {
            let t = text.as_ref();
            let char_len = if t.is_ascii() {
                t.len()
            } else {
                t.chars().count()
            };
            (char_len, Text::new(t))
        };
        PyStr {
            text: inline.unwrap_or_else(|| Text::Heap(text.into())),
            char_len,
            hash: Cell::new(NO_HASH),
        }
    }

    /// A str whose length in characters the caller knows (a join adds up its parts'):
    /// no pass over the text to count them.
    pub fn with_char_len(text: String, char_len: usize) -> PyStr {
        debug_assert_eq!(char_len, text.chars().count());
        PyStr {
            text: Text::new(&text).unwrap_or_else(|| Text::Heap(text.into())),
            char_len,
            hash: Cell::new(NO_HASH),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        self.text.as_str()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_text_costs_no_room() {
        assert_eq!(std::mem::size_of::<Text>(), std::mem::size_of::<Box<str>>());
        assert_eq!(std::mem::size_of::<PyStr>(), 32);
    }

    #[test]
    fn texts_of_every_length_read_back() {
        for s in [
            "",
            "a",
            "k149999",
            "abcdefgh",
            "é",
            "日本",
            "ab日本c",
            "😀😀",
            "x😀y",
        ] {
            let p = PyStr::new(s);
            assert_eq!(p.as_str(), s);
            assert_eq!(p.char_len(), s.chars().count());
            let q = PyStr::new(s.to_string());
            assert_eq!(q.as_str(), s);
            assert_eq!(q.hash(), p.hash());
        }
    }
}
