//! Methods of `str`, `bytes` and `bytearray`, written once for all three.
//!
//! A receiver is viewed as a [`Text`]: its kind and its bytes (UTF-8 for `str`). Operations
//! on separators (split, find, replace...) work on bytes for every kind, since a UTF-8
//! needle only matches at character boundaries; operations on characters (strip, padding,
//! whitespace splitting, case, predicates) walk [`Unit`]s, which are code points for `str`
//! and single bytes for the byte kinds. Indices given to and returned from Python are in
//! units. The few kind-specific rules (what is whitespace, what a line break, ASCII-only case
//! mapping for bytes, argument type errors) are in small `match kind` helpers.

use super::{bind_params, check_args, descriptor_error, method_args, non_none, receiver_arg};
use crate::format::case;
use crate::heap::{limits, PyRef};
use crate::objects::codecs;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use std::borrow::Cow;
use std::cell::RefCell;

type Method = fn(&mut Vm, Args) -> PyResult;

pub(super) fn register(vm: &mut Vm) {
    // Methods shared by str, bytes and bytearray.
    let shared: &[(&'static str, Method)] = &[
        ("split", text_split),
        ("rsplit", text_rsplit),
        ("splitlines", text_splitlines),
        ("strip", text_strip),
        ("lstrip", text_lstrip),
        ("rstrip", text_rstrip),
        ("replace", text_replace),
        ("find", text_find),
        ("rfind", text_rfind),
        ("index", text_index),
        ("rindex", text_rindex),
        ("count", text_count),
        ("startswith", text_startswith),
        ("endswith", text_endswith),
        ("join", text_join),
        ("upper", text_upper),
        ("lower", text_lower),
        ("swapcase", text_swapcase),
        ("capitalize", text_capitalize),
        ("title", text_title),
        ("center", text_center),
        ("ljust", text_ljust),
        ("rjust", text_rjust),
        ("zfill", text_zfill),
        ("partition", text_partition),
        ("rpartition", text_rpartition),
        ("expandtabs", text_expandtabs),
        ("removeprefix", text_removeprefix),
        ("removesuffix", text_removesuffix),
        ("isdigit", text_isdigit),
        ("isalpha", text_isalpha),
        ("isalnum", text_isalnum),
        ("isspace", text_isspace),
        ("isupper", text_isupper),
        ("islower", text_islower),
        ("istitle", text_istitle),
        ("isascii", text_isascii),
    ];
    let classes = [
        vm.types.str_type.clone(),
        vm.types.bytes_type.clone(),
        vm.types.bytearray_type.clone(),
    ];
    for class in &classes {
        for (name, f) in shared {
            vm.add_method(class, name, *f);
        }
    }
    let str_type = vm.types.str_type.clone();
    vm.add_method(&str_type, "casefold", str_casefold);
    vm.add_method(&str_type, "isdecimal", str_isdecimal);
    vm.add_method(&str_type, "isnumeric", str_isnumeric);
    vm.add_method(&str_type, "isidentifier", str_isidentifier);
    vm.add_method(&str_type, "isprintable", str_isprintable);
    vm.add_method(&str_type, "encode", str_encode);
    vm.add_method(&str_type, "translate", str_translate);
    let maketrans = vm.builtin("maketrans", str_maketrans);
    let sm = PyRef::new(
        &vm.types.staticmethod_type,
        Payload::StaticMethod(maketrans),
    );
    sm.make_immortal();
    vm.set_type_attr(&str_type, "maketrans", sm);
    for class in &classes[1..] {
        vm.add_method(class, "translate", bytes_translate);
        vm.add_staticmethod(class, "maketrans", bytes_maketrans);
        vm.add_method(class, "decode", bytes_decode);
        vm.add_method(class, "hex", bytes_hex);
        vm.add_classmethod(class, "fromhex", bytes_fromhex);
    }
}

// ---- the Text view ----

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Str,
    Bytes,
    ByteArray,
}

/// One character of a `str` (a code point) or one byte of a bytes object, located by its
/// byte range in the data.
#[derive(Clone, Copy)]
struct Unit {
    start: usize,
    end: usize,
    code: u32,
}

struct Text<'a> {
    kind: Kind,
    data: Cow<'a, [u8]>,
    /// A `str`'s text (the same bytes as `data`), empty for the byte kinds: slices and
    /// character walks read it without validating the UTF-8 again.
    text: &'a str,
    /// Units are single bytes (bytes kinds, ASCII str).
    bytewise: bool,
}

impl<'a> Text<'a> {
    fn of(obj: &'a PyRef) -> Option<Text<'a>> {
        Some(match &obj.payload {
            Payload::Str(s) => Text {
                kind: Kind::Str,
                data: Cow::Borrowed(s.as_str().as_bytes()),
                text: s.as_str(),
                bytewise: s.is_ascii(),
            },
            Payload::Bytes(b) => Text {
                kind: Kind::Bytes,
                data: Cow::Borrowed(b),
                text: "",
                bytewise: true,
            },
            Payload::ByteArray(b) => Text {
                kind: Kind::ByteArray,
                data: Cow::Owned(b.borrow().clone()),
                text: "",
                bytewise: true,
            },
            _ => return None,
        })
    }

    /// A `str`'s text; empty for the byte kinds.
    fn as_str(&self) -> &str {
        self.text
    }

    /// A new object of the receiver's kind holding the bytes `start..end` of its data
    /// (unit boundaries): for `str`, the text sliced and copied once, with no second
    /// UTF-8 validation (that cost 90 instructions per piece of a split).
    fn slice(&self, vm: &Vm, start: usize, end: usize) -> PyRef {
        match self.kind {
            Kind::Str => vm.str(&self.text[start..end]),
            _ => make(vm, self.kind, self.data[start..end].to_vec()),
        }
    }

    /// The units, lazily, from either end. Methods that only walk the text use this:
    /// a collected [`Text::units`] takes 24 bytes per character (`splitlines` of a
    /// 300 kB text took 7 MB at its peak).
    fn unit_iter(&self) -> impl DoubleEndedIterator<Item = Unit> + '_ {
        let bytes = self.bytewise.then(|| {
            self.data.iter().enumerate().map(|(i, b)| Unit {
                start: i,
                end: i + 1,
                code: *b as u32,
            })
        });
        let chars = (!self.bytewise).then(|| {
            self.as_str().char_indices().map(|(i, c)| Unit {
                start: i,
                end: i + c.len_utf8(),
                code: c as u32,
            })
        });
        bytes
            .into_iter()
            .flatten()
            .chain(chars.into_iter().flatten())
    }

    /// The units, collected, for methods that index them.
    fn units(&self) -> Vec<Unit> {
        self.unit_iter().collect()
    }

    fn unit_len(&self) -> usize {
        if self.bytewise {
            self.data.len()
        } else {
            self.as_str().chars().count()
        }
    }

    /// Byte offset of unit index `i` (`i <= unit_len`).
    fn byte_of(&self, i: usize) -> usize {
        if self.bytewise {
            i
        } else {
            self.as_str()
                .char_indices()
                .nth(i)
                .map_or(self.data.len(), |(b, _)| b)
        }
    }

    /// Unit index of byte offset `b` (a unit boundary).
    fn unit_of(&self, b: usize) -> usize {
        if self.bytewise {
            b
        } else {
            self.as_str()[..b].chars().count()
        }
    }
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Str => "str",
        Kind::Bytes => "bytes",
        Kind::ByteArray => "bytearray",
    }
}

/// The receiver of a text method.
/// The receiver, the other arguments and the receiver's text for a method of str, bytes
/// and bytearray alike, checking arity with the receiver's type in the message
/// (`str.join() takes exactly one argument`).
fn text_args<'a>(
    vm: &Vm,
    args: Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(&'a PyRef, &'a [PyRef], Text<'a>)> {
    // The qualified name is only formatted for an error message.
    if let Some((this, rest)) = args.args.split_first() {
        if args.kwnames.is_empty() && (min..=max).contains(&rest.len()) {
            return Ok((this, rest, receiver(vm, this, name)?));
        }
    }
    let kind = args
        .args
        .first()
        .and_then(Text::of)
        .map_or(Kind::Str, |t| t.kind);
    let (this, rest) = method_args(vm, &format!("{}.{name}", kind_name(kind)), args, min, max)?;
    let text = receiver(vm, this, name)?;
    Ok((this, rest, text))
}

fn receiver<'a>(vm: &Vm, this: &'a PyRef, method: &str) -> PyResult<Text<'a>> {
    Text::of(this).ok_or_else(|| descriptor_error(vm, method, "str", this))
}

/// An argument that must be of the receiver's family (str for str; bytes-like otherwise).
/// `what` is CPython's prefix for the str error (`must be str` / `replace() argument 1 must
/// be str`).
#[inline]
fn same_family<'a>(vm: &Vm, kind: Kind, arg: &'a PyRef, what: &str) -> PyResult<Cow<'a, [u8]>> {
    match (kind, &arg.payload) {
        (Kind::Str, Payload::Str(s)) => Ok(Cow::Borrowed(s.as_str().as_bytes())),
        _ => other_family(vm, kind, arg, what),
    }
}

/// [`same_family`] past a str argument of a str method: bytes-likes, and the errors.
#[inline(never)]
fn other_family<'a>(vm: &Vm, kind: Kind, arg: &'a PyRef, what: &str) -> PyResult<Cow<'a, [u8]>> {
    match (kind, &arg.payload) {
        (Kind::Str, _) => {
            // Argument Clinic's messages ("replace() argument 1 must be str") name None
            // as None; the hand-written checks ("must be str") give its type's name.
            let shown = if what.contains("argument") {
                crate::vm::errors::arg_type_name(arg)
            } else {
                arg.class_name()
            };
            Err(vm.type_error(format!("{what}, not {shown}")))
        }
        (_, Payload::Bytes(b)) => Ok(Cow::Borrowed(b)),
        (_, Payload::ByteArray(b)) => Ok(Cow::Owned(b.borrow().clone())),
        (_, Payload::MemoryView(_)) => {
            let data = crate::objects::memoryview::buffer_bytes(vm, arg)?;
            Ok(Cow::Owned(data.unwrap_or_default()))
        }
        _ => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            arg.class_name()
        ))),
    }
}

/// The `sub` argument of find/rfind/index/rindex/count: for bytes and bytearray also an
/// integer in `range(256)` (`parse_args_finds_byte`).
fn search_needle<'a>(vm: &mut Vm, kind: Kind, arg: &'a PyRef) -> PyResult<Cow<'a, [u8]>> {
    if kind == Kind::Str {
        return same_family(vm, kind, arg, "must be str");
    }
    if arg.is_int() || vm.lookup_special(arg, "__index__").is_some() {
        let n = vm.number_index(arg)?;
        return match n.as_i64() {
            Some(b @ 0..=255) => Ok(Cow::Owned(vec![b as u8])),
            _ => Err(vm.value_error("byte must be in range(0, 256)")),
        };
    }
    match same_family(vm, kind, arg, "") {
        Ok(data) => Ok(data),
        Err(_) => Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            arg.class_name()
        ))),
    }
}

fn not_found(vm: &Vm, kind: Kind) -> crate::vm::PyErr {
    vm.value_error(if kind == Kind::Str {
        "substring not found"
    } else {
        "subsection not found"
    })
}

/// A new object of the given kind; `str` data is UTF-8 cut at character boundaries.
fn make(vm: &Vm, kind: Kind, data: Vec<u8>) -> PyRef {
    match kind {
        Kind::Str => vm.string(
            String::from_utf8(data)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        ),
        Kind::Bytes => vm.bytes(data),
        Kind::ByteArray => PyRef::new(
            &vm.types.bytearray_type,
            Payload::ByteArray(RefCell::new(data)),
        ),
    }
}

/// A new object of the given kind holding a copy of `data` (for `str`, text cut at
/// character boundaries: copied once, straight into the new string).
fn make_slice(vm: &Vm, kind: Kind, data: &[u8]) -> PyRef {
    match (kind, std::str::from_utf8(data)) {
        (Kind::Str, Ok(text)) => vm.str(text),
        _ => make(vm, kind, data.to_vec()),
    }
}

/// The receiver itself when a method returns it unchanged (exact str/bytes only, as CPython).
fn unchanged(vm: &Vm, this: &PyRef, text: &Text) -> PyRef {
    let exact = match text.kind {
        Kind::Str => this.class().is(&vm.types.str_type),
        Kind::Bytes => this.class().is(&vm.types.bytes_type),
        Kind::ByteArray => false,
    };
    if exact {
        this.clone()
    } else {
        text.slice(vm, 0, text.data.len())
    }
}

/// Python's whitespace: `str.isspace()` (Unicode, plus `\x1c`-`\x1f`), or ASCII for bytes.
fn is_space(kind: Kind, code: u32) -> bool {
    match kind {
        Kind::Str if code < 0x80 => matches!(code, 0x09..=0x0d | 0x1c..=0x20),
        Kind::Str => char::from_u32(code)
            .is_some_and(|c| c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)),
        _ => matches!(code, 0x20 | 0x09..=0x0d),
    }
}

/// A code point as a char for the predicates; bytes above 127 are not characters.
fn unit_char(kind: Kind, code: u32) -> Option<char> {
    if kind != Kind::Str && code > 127 {
        return None;
    }
    char::from_u32(code)
}

// ---- byte-level searching ----

fn find_bytes(kind: Kind, hay: &[u8], needle: &[u8]) -> Option<usize> {
    Searcher::new(kind, hay, needle).find_from(0)
}

fn rfind_bytes(kind: Kind, hay: &[u8], needle: &[u8]) -> Option<usize> {
    Searcher::new(kind, hay, needle).rfind_before(hay.len())
}

/// One needle searched in one haystack, as CPython's `fastsearch` does it: a single byte
/// is found by the C library's `memchr`, as is a short needle's first byte (the rest
/// compared there); a longer needle by `default_find`'s loop (a
/// simplified Boyer-Moore-Horspool: compare where the needle's last byte lines up, and skip
/// a whole needle length when the byte after the window is not in the needle's 64-bit
/// bloom set), with no allocation and a set-up made once per search. When failed
/// comparisons have cost more than the text they covered (`aab` in `aaaa...`), a `str`
/// search goes on with the standard library's Two-Way search, linear at worst, as CPython's
/// `adaptive_find` turns to its two-way search.
struct Searcher<'h> {
    hay: &'h [u8],
    needle: &'h [u8],
    /// Both are a `str`'s UTF-8 cut at character boundaries (the Two-Way search reads
    /// them as `str`). Nothing validates them again: a str's data is UTF-8 by making.
    utf8: bool,
    /// The bloom set of the needle's bytes (`STRINGLIB_BLOOM`: bit `b % 64`).
    mask: u64,
    /// How far a window may move after a failed comparison: from the needle's last byte
    /// to its previous occurrence in the needle (`gap`).
    gap: usize,
}

/// Needles this long and longer skip through the text (`default_find`); shorter ones look
/// for their first byte with `memchr`, whose skipping beats any skip a needle that short
/// allows.
const SKIP_FROM: usize = 6;
/// What a failed comparison of a short needle costs beyond its bytes (the calls of
/// `memchr` and `memcmp`), in the measure of wasted work.
const CANDIDATE_COST: usize = 16;
/// Failed comparisons may cover this many bytes beyond twice the text searched before the
/// Two-Way search takes over.
const WASTE_ALLOWANCE: usize = 1024;

impl<'h> Searcher<'h> {
    fn new(kind: Kind, hay: &'h [u8], needle: &'h [u8]) -> Searcher<'h> {
        let (mut mask, mut gap) = (0u64, needle.len().saturating_sub(1));
        if let Some((&last, head)) = needle.split_last() {
            for (i, &b) in head.iter().enumerate() {
                mask |= bloom_bit(b);
                if b == last {
                    gap = head.len() - i - 1;
                }
            }
            mask |= bloom_bit(last);
        }
        Searcher {
            hay,
            needle,
            utf8: kind == Kind::Str,
            mask,
            gap,
        }
    }

    /// The first occurrence at or after `pos` (a match boundary: 0 or a match's end).
    fn find_from(&self, pos: usize) -> Option<usize> {
        let (hay, needle, m) = (self.hay, self.needle, self.needle.len());
        let room = hay.len().checked_sub(pos)?;
        match needle {
            [] => return Some(pos),
            _ if m > room => return None,
            [b] => return memchr(*b, &hay[pos..]).map(|i| pos + i),
            _ => {}
        }
        if m < SKIP_FROM {
            return self.find_first_byte(pos);
        }
        let (head, last) = (&needle[..m - 1], needle[m - 1]);
        // `j` is where the window's last byte is: the window is `j + 1 - m..=j`.
        let n = hay.len();
        let mut j = pos + m - 1;
        let mut wasted = 0;
        while j < n {
            if hay[j] == last {
                let i = j + 1 - m;
                if hay[i..j] == *head {
                    return Some(i);
                }
                wasted += m;
                if self.utf8 && wasted > 2 * (i - pos) + WASTE_ALLOWANCE {
                    return self.two_way_from(i);
                }
                j += match hay.get(j + 1) {
                    Some(&next) if self.mask & bloom_bit(next) == 0 => m + 1,
                    _ => self.gap + 1,
                };
            } else {
                j += match hay.get(j + 1) {
                    Some(&next) if self.mask & bloom_bit(next) == 0 => m + 1,
                    _ => 1,
                };
            }
        }
        None
    }

    /// [`Searcher::find_from`] for a short needle: its first byte found by `memchr`, the
    /// rest compared there.
    fn find_first_byte(&self, pos: usize) -> Option<usize> {
        let (hay, m) = (self.hay, self.needle.len());
        let (first, tail) = (self.needle[0], &self.needle[1..]);
        let w = hay.len() - m;
        let mut i = pos;
        let mut wasted = 0;
        while i <= w {
            i += memchr(first, &hay[i..=w])?;
            if hay[i + 1..i + m] == *tail {
                return Some(i);
            }
            wasted += m + CANDIDATE_COST;
            if self.utf8 && wasted > 2 * (i - pos) + WASTE_ALLOWANCE {
                return self.two_way_from(i);
            }
            i += 1;
        }
        None
    }

    /// [`Searcher::find_from`] by Two-Way from `at`, a character boundary at or before
    /// the next match (the window at `at` ends with the needle's last byte; the window's
    /// start may still be inside a character, so step back to one).
    fn two_way_from(&self, at: usize) -> Option<usize> {
        let start = (0..=at)
            .rev()
            .find(|&k| k == self.hay.len() || !is_continuation(self.hay[k]))
            .unwrap_or(0);
        let found = self.text(start, self.hay.len()).find(self.text_needle());
        found.map(|i| start + i)
    }

    /// The last occurrence ending at or before `end` (a match boundary): the needle's
    /// last byte found from the right, the rest compared there.
    fn rfind_before(&self, end: usize) -> Option<usize> {
        let (hay, m) = (&self.hay[..end], self.needle.len());
        match self.needle {
            [] => return Some(end),
            _ if m > end => return None,
            [b] => return memrchr(*b, hay),
            _ => {}
        }
        let (last, head) = (self.needle[m - 1], &self.needle[..m - 1]);
        // Candidates are the needle's last byte at `m - 1..stop`.
        let mut stop = end;
        let mut wasted = 0;
        while stop >= m {
            let j = m - 1 + memrchr(last, &hay[m - 1..stop])?;
            let start = j + 1 - m;
            if hay[start..j] == *head {
                return Some(start);
            }
            wasted += m;
            if self.utf8 && wasted > 2 * (end - j) + WASTE_ALLOWANCE {
                // Every match ending past `j` was a candidate already: search up to the
                // first character boundary from `j + 1` on.
                let cut = (j + 1..end)
                    .find(|&k| !is_continuation(hay[k]))
                    .unwrap_or(end);
                return self.text(0, cut).rfind(self.text_needle());
            }
            stop = j;
        }
        None
    }

    /// `hay[start..end]` as text (`utf8` searches only; both ends at character starts or
    /// the end).
    fn text(&self, start: usize, end: usize) -> &'h str {
        debug_assert!(self.utf8 && std::str::from_utf8(&self.hay[start..end]).is_ok());
        // SAFETY: `utf8` says the haystack is a `str`'s UTF-8 cut at character boundaries,
        // and the callers cut it again only where a character starts (a byte that is no
        // continuation byte) or at its end, so the slice is whole UTF-8.
        unsafe { std::str::from_utf8_unchecked(&self.hay[start..end]) }
    }

    fn text_needle(&self) -> &'h str {
        debug_assert!(self.utf8 && std::str::from_utf8(self.needle).is_ok());
        // SAFETY: `utf8` says the needle is a whole `str`'s UTF-8.
        unsafe { std::str::from_utf8_unchecked(self.needle) }
    }

    /// Non-overlapping occurrences of a non-empty needle, left to right, `limit` at most.
    fn occurrences(&self, limit: usize) -> impl Iterator<Item = usize> + '_ {
        let mut pos = 0;
        std::iter::from_fn(move || {
            let at = self.find_from(pos)?;
            pos = at + self.needle.len();
            Some(at)
        })
        .take(limit)
    }
}

/// A byte's bit in a needle's bloom set (`STRINGLIB_BLOOM_ADD`: 64 bits, `b % 64`).
fn bloom_bit(b: u8) -> u64 {
    1 << (b & 63)
}

/// A UTF-8 continuation byte (`10xxxxxx`): not the start of a character.
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// The first `byte` in `hay`: the C library's `memchr` (vectorized; CPython's
/// `find_char` calls it too).
fn memchr(byte: u8, hay: &[u8]) -> Option<usize> {
    // SAFETY: `memchr` reads at most `hay.len()` bytes from the start of a live slice and
    // returns null or a pointer into those bytes.
    let p = unsafe { libc::memchr(hay.as_ptr().cast(), byte.into(), hay.len()) };
    (!p.is_null()).then(|| p as usize - hay.as_ptr() as usize)
}

/// Every byte of a word: `0x0101…01`.
const LOW_BITS: usize = usize::MAX / 255;
/// The high bit of every byte of a word: `0x8080…80`.
const HIGH_BITS: usize = LOW_BITS << 7;
const WORD: usize = std::mem::size_of::<usize>();

/// Whether some byte of `word` is zero (the classic bit trick: exact, no false positive
/// once borrows are masked with `!word`).
#[inline]
fn has_zero_byte(word: usize) -> bool {
    word.wrapping_sub(LOW_BITS) & !word & HIGH_BITS != 0
}

/// The last `byte` in `hay`, a word at a time from the end.
fn memrchr(byte: u8, hay: &[u8]) -> Option<usize> {
    let pattern = LOW_BITS * byte as usize;
    let mut end = hay.len();
    while end >= WORD {
        let chunk = &hay[end - WORD..end];
        let word = usize::from_ne_bytes(chunk.try_into().unwrap_or([0; WORD]));
        if has_zero_byte(word ^ pattern) {
            break;
        }
        end -= WORD;
    }
    hay[..end].iter().rposition(|&b| b == byte)
}

/// `maxsplit`/`count` arguments: negative means unlimited.
fn limit_arg(vm: &mut Vm, arg: Option<&PyRef>) -> PyResult<usize> {
    match arg {
        Some(a) => {
            let n = vm.index_value(a)?;
            Ok(if n < 0 { usize::MAX } else { n as usize })
        }
        None => Ok(usize::MAX),
    }
}

// ---- split family ----

/// Byte ranges of the whitespace-separated words, with at most `maxsplit` splits; the last
/// range runs to the end (or start, for `rsplit`) of the text.
fn whitespace_split(text: &Text, maxsplit: usize, from_right: bool) -> Vec<(usize, usize)> {
    if text.bytewise && !from_right {
        return whitespace_split_bytes(text, maxsplit);
    }
    let units: Box<dyn Iterator<Item = Unit> + '_> = if from_right {
        Box::new(text.unit_iter().rev())
    } else {
        Box::new(text.unit_iter())
    };
    let mut units = units.peekable();
    let kind = text.kind;
    let total = text.data.len();
    let mut out = Vec::new();
    loop {
        while units.next_if(|u| is_space(kind, u.code)).is_some() {}
        let Some(&first) = units.peek() else {
            break;
        };
        if out.len() == maxsplit {
            // The rest, with its leading whitespace already skipped.
            out.push(if from_right {
                (0, first.end)
            } else {
                (first.start, total)
            });
            break;
        }
        let mut last = first;
        while let Some(u) = units.next_if(|u| !is_space(kind, u.code)) {
            last = u;
        }
        out.push(if from_right {
            (last.start, first.end)
        } else {
            (first.start, last.end)
        });
    }
    if from_right {
        out.reverse();
    }
    out
}

/// [`whitespace_split`] from the left for a text of single-byte units (bytes, ASCII
/// str): the same ranges, walking the bytes directly.
fn whitespace_split_bytes(text: &Text, maxsplit: usize) -> Vec<(usize, usize)> {
    let data = &text.data[..];
    let space = |b: u8| is_space(text.kind, b as u32);
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while data.get(i).is_some_and(|&b| space(b)) {
            i += 1;
        }
        if i == data.len() {
            break;
        }
        if out.len() == maxsplit {
            out.push((i, data.len()));
            break;
        }
        let start = i;
        while data.get(i).is_some_and(|&b| !space(b)) {
            i += 1;
        }
        out.push((start, i));
    }
    out
}

fn split_impl(vm: &mut Vm, args: Args, name: &str, from_right: bool) -> PyResult {
    // `split(sep)` and `split()`, positional only, need no binding by name.
    let p = match args.args {
        [_, rest @ ..] if args.kwnames.is_empty() && rest.len() <= 2 => {
            [rest.first().cloned(), rest.get(1).cloned()]
        }
        _ => {
            let p = bind_params(vm, name, args, 1, &["sep", "maxsplit"], 0, 2)?;
            [p[0].clone(), p[1].clone()]
        }
    };
    let this = receiver_arg(vm, args)?;
    let text = receiver(vm, this, name)?;
    let maxsplit = limit_arg(vm, p[1].as_ref())?;
    let pieces: Vec<(usize, usize)> = match non_none(p[0].as_ref()) {
        None => whitespace_split(&text, maxsplit, from_right),
        Some(sep) => {
            let sep = same_family(vm, text.kind, sep, "must be str or None")?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let hay = &text.data[..];
            let searcher = Searcher::new(text.kind, hay, &sep);
            let mut pieces = Vec::new();
            if from_right {
                let mut end = hay.len();
                while pieces.len() < maxsplit {
                    match searcher.rfind_before(end) {
                        Some(i) => {
                            pieces.push((i + sep.len(), end));
                            end = i;
                        }
                        None => break,
                    }
                }
                pieces.push((0, end));
                pieces.reverse();
            } else {
                let mut start = 0;
                for c in searcher.occurrences(maxsplit) {
                    pieces.push((start, c));
                    start = c + sep.len();
                }
                pieces.push((start, hay.len()));
            }
            pieces
        }
    };
    // stringlib hands back the receiver itself (exact str/bytes) when nothing was cut:
    // no separator found, or a whitespace split that found no whitespace.
    let whole = match non_none(p[0].as_ref()) {
        Some(_) => pieces.len() == 1,
        None => pieces == [(0, text.data.len())] && maxsplit > 0,
    };
    // `str.split` answers a separator longer than the text with `PyList_New(1)`; else
    // `stringlib` preallocates `PREALLOC_SIZE(maxsplit)` slots (at most 12) and appends
    // past them.
    const MAX_PREALLOC: usize = 12;
    let sep_longer = match (
        text.kind,
        non_none(p[0].as_ref()).and_then(|s| s.as_str_opt()),
    ) {
        // (Only a text the separator never cut can be shorter than it.)
        (Kind::Str, Some(sep)) if pieces.len() == 1 => {
            sep.chars().count() > text.unit_iter().count()
        }
        _ => false,
    };
    if sep_longer {
        // `PyList_New(1)` holding `self` itself, even for a str subclass.
        let items = crate::objects::sizeof::list_preallocated_then_appended([this.clone()], 1);
        return Ok(vm.list_allocated(items));
    }
    let prealloc = maxsplit.saturating_add(1).min(MAX_PREALLOC);
    // The pieces go straight into the list's vector, made with CPython's capacity.
    let items = if whole {
        crate::objects::sizeof::list_preallocated_then_appended(
            [unchanged(vm, this, &text)],
            prealloc,
        )
    } else {
        crate::objects::sizeof::list_preallocated_then_appended(
            pieces.into_iter().map(|(s, e)| text.slice(vm, s, e)),
            prealloc,
        )
    };
    Ok(vm.list_allocated(items))
}

fn text_split(vm: &mut Vm, args: Args) -> PyResult {
    split_impl(vm, args, "split", false)
}

fn text_rsplit(vm: &mut Vm, args: Args) -> PyResult {
    split_impl(vm, args, "rsplit", true)
}

fn is_line_break(kind: Kind, code: u32) -> bool {
    match kind {
        Kind::Str => matches!(code, 0x0a..=0x0d | 0x1c..=0x1e | 0x85 | 0x2028 | 0x2029),
        _ => matches!(code, 0x0a | 0x0d),
    }
}

fn text_splitlines(vm: &mut Vm, args: Args) -> PyResult {
    let p = bind_params(vm, "splitlines", args, 1, &["keepends"], 0, 1)?;
    let this = receiver_arg(vm, args)?;
    let text = receiver(vm, this, "splitlines")?;
    let keepends = match &p[0] {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let mut units = text.unit_iter().peekable();
    let mut items = Vec::new();
    let mut line_start = 0;
    while let Some(u) = units.next() {
        if is_line_break(text.kind, u.code) {
            let mut brk_end = u.end;
            if u.code == 0x0d {
                if let Some(lf) = units.next_if(|n| n.code == 0x0a) {
                    brk_end = lf.end;
                }
            }
            let end = if keepends { brk_end } else { u.start };
            items.push(if line_start == 0 && end == text.data.len() {
                unchanged(vm, this, &text)
            } else {
                text.slice(vm, line_start, end)
            });
            line_start = brk_end;
        }
    }
    if line_start < text.data.len() {
        items.push(if line_start == 0 {
            // No line break at all: the receiver itself (exact str/bytes).
            unchanged(vm, this, &text)
        } else {
            text.slice(vm, line_start, text.data.len())
        });
    }
    // `PyList_New(0)` and an append per line.
    let items = crate::objects::sizeof::list_preallocated_then_appended(items, 0);
    Ok(vm.list_allocated(items))
}

// ---- strip ----

#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, side: Side) -> PyResult {
    let (this, a) = method_args(vm, name, args, 0, 1)?;
    let text = receiver(vm, this, name)?;
    let chars: Option<Vec<u32>> = match non_none(a.first()) {
        None => None,
        Some(arg) => {
            let what = format!("{name} arg must be None or str");
            if text.kind == Kind::Str && arg.as_str_opt().is_none() {
                return Err(vm.type_error(what));
            }
            let set = same_family(vm, text.kind, arg, &what)?;
            let set_text = Text {
                kind: text.kind,
                text: arg.as_str_opt().unwrap_or_default(),
                bytewise: text.kind != Kind::Str || set.is_ascii(),
                data: set,
            };
            Some(set_text.unit_iter().map(|u| u.code).collect())
        }
    };
    let strip = |u: &Unit| match &chars {
        None => is_space(text.kind, u.code),
        Some(set) => set.contains(&u.code),
    };
    // Byte offsets of the kept part, walking in from each end that is stripped.
    let total = text.data.len();
    let mut units = text.unit_iter();
    let first = if matches!(side, Side::Left | Side::Both) {
        match units.find(|u| !strip(u)) {
            Some(u) => Some(u),
            None if total == 0 => return Ok(unchanged(vm, this, &text)),
            None => return Ok(make_slice(vm, text.kind, &[])),
        }
    } else {
        None
    };
    let s = first.map_or(0, |u| u.start);
    let e = if matches!(side, Side::Right | Side::Both) {
        // Past the first kept unit, or everything when only the right is stripped.
        match (units.rev().find(|u| !strip(u)), first) {
            (Some(u), _) | (None, Some(u)) => u.end,
            (None, None) => 0,
        }
    } else {
        total
    };
    if s == 0 && e == total {
        return Ok(unchanged(vm, this, &text));
    }
    Ok(text.slice(vm, s, e))
}

fn text_strip(vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "strip", Side::Both)
}

fn text_lstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "lstrip", Side::Left)
}

fn text_rstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "rstrip", Side::Right)
}

// ---- replace ----

/// `replace(old, new, count=-1)`, as CPython's `replace`: the matches counted first, the
/// receiver itself (exact str/bytes) when there are none, else one result of exactly
/// the final size filled in a single pass.
fn text_replace(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "replace", args, 2, 3)?;
    let text = receiver(vm, this, "replace")?;
    let old = same_family(vm, text.kind, &a[0], "replace() argument 1 must be str")?;
    let new = same_family(vm, text.kind, &a[1], "replace() argument 2 must be str")?;
    let count = limit_arg(vm, a.get(2))?;
    // `replace`'s `str1 == str2`: the very same object for both is no change at all.
    if text.kind == Kind::Str && a[0].is(&a[1]) {
        return Ok(unchanged(vm, this, &text));
    }
    let hay = &text.data[..];
    let searcher = Searcher::new(text.kind, hay, &old);
    // An empty `old` matches before every unit and at the end.
    let matches = if old.is_empty() {
        (text.unit_len() + 1).min(count)
    } else {
        searcher.occurrences(count).count()
    };
    if matches == 0 {
        return Ok(unchanged(vm, this, &text));
    }
    let size = limits::product(matches, new.len())
        .and_then(|added| limits::sum(hay.len() - matches * old.len(), added))
        .and_then(limits::vec_with_capacity);
    let mut out = size.map_err(|e| vm.no_memory(e))?;
    if old.is_empty() {
        let mut done = 0;
        for u in text.unit_iter() {
            if done < matches {
                out.extend_from_slice(&new);
                done += 1;
            }
            out.extend_from_slice(&hay[u.start..u.end]);
        }
        if done < matches {
            out.extend_from_slice(&new);
        }
    } else {
        let mut pos = 0;
        for at in searcher.occurrences(matches) {
            out.extend_from_slice(&hay[pos..at]);
            out.extend_from_slice(&new);
            pos = at + old.len();
        }
        out.extend_from_slice(&hay[pos..]);
    }
    Ok(make(vm, text.kind, out))
}

// ---- find family ----

/// The `start`/`end` arguments of find/count/startswith as unit indices, CPython's
/// `ADJUST_INDICES`; None when `start` lies beyond the end (nothing can match).
fn search_range(
    vm: &mut Vm,
    text: &Text,
    start: Option<&PyRef>,
    end: Option<&PyRef>,
) -> PyResult<Option<(usize, usize)>> {
    let len = text.unit_len();
    let raw = |vm: &mut Vm, arg: Option<&PyRef>, default: i64| -> PyResult<i64> {
        match super::slice_index(vm, arg)? {
            Some(i) if i < 0 => Ok((i + len as i64).max(0)),
            Some(i) => Ok(i),
            None => Ok(default),
        }
    };
    let s = raw(vm, start, 0)?;
    let e = raw(vm, end, len as i64)?.min(len as i64);
    if s > len as i64 {
        return Ok(None);
    }
    Ok(Some((s as usize, (e.max(s)) as usize)).filter(|_| e >= s))
}

/// `find`/`rfind`/`index`/`rindex`: the unit index of `sub`, or None.
fn find_impl(
    vm: &mut Vm,
    args: Args,
    name: &str,
    from_right: bool,
) -> PyResult<(Option<usize>, Kind)> {
    let (this, a) = method_args(vm, name, args, 1, 3)?;
    let text = receiver(vm, this, name)?;
    let sub = search_needle(vm, text.kind, &a[0])?;
    let Some((s, e)) = search_range(vm, &text, a.get(1), a.get(2))? else {
        return Ok((None, text.kind));
    };
    let (bs, be) = (text.byte_of(s), text.byte_of(e));
    let window = &text.data[bs..be];
    let found = if from_right {
        rfind_bytes(text.kind, window, &sub)
    } else {
        find_bytes(text.kind, window, &sub)
    };
    Ok((found.map(|i| text.unit_of(bs + i)), text.kind))
}

fn found_or(vm: &Vm, r: Option<usize>, missing: i64) -> PyRef {
    vm.int(r.map_or(missing, |i| i as i64))
}

fn text_find(vm: &mut Vm, args: Args) -> PyResult {
    let (r, _) = find_impl(vm, args, "find()", false)?;
    Ok(found_or(vm, r, -1))
}

fn text_rfind(vm: &mut Vm, args: Args) -> PyResult {
    let (r, _) = find_impl(vm, args, "rfind()", true)?;
    Ok(found_or(vm, r, -1))
}

fn text_index(vm: &mut Vm, args: Args) -> PyResult {
    match find_impl(vm, args, "index()", false)? {
        (Some(i), _) => Ok(vm.int(i as i64)),
        (None, kind) => Err(not_found(vm, kind)),
    }
}

fn text_rindex(vm: &mut Vm, args: Args) -> PyResult {
    match find_impl(vm, args, "rindex()", true)? {
        (Some(i), _) => Ok(vm.int(i as i64)),
        (None, kind) => Err(not_found(vm, kind)),
    }
}

fn text_count(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "count()", args, 1, 3)?;
    let text = receiver(vm, this, "count")?;
    let sub = search_needle(vm, text.kind, &a[0])?;
    let Some((s, e)) = search_range(vm, &text, a.get(1), a.get(2))? else {
        return Ok(vm.int(0));
    };
    if sub.is_empty() {
        return Ok(vm.int((e - s + 1) as i64));
    }
    let window = &text.data[text.byte_of(s)..text.byte_of(e)];
    let found = Searcher::new(text.kind, window, &sub)
        .occurrences(usize::MAX)
        .count();
    Ok(vm.int(found as i64))
}

/// `startswith`/`endswith`: the prefix or suffix, or any of a tuple of them, within the
/// `start`/`end` window. `call` is the name for arity errors (`startswith()`).
fn affix_impl(vm: &mut Vm, args: Args, name: &str, call: &str, at_end: bool) -> PyResult {
    let (this, a) = method_args(vm, call, args, 1, 3)?;
    let text = receiver(vm, this, name)?;
    let (candidates, in_tuple) = match &a[0].payload {
        Payload::Tuple(items) => (&items[..], true),
        _ => (std::slice::from_ref(&a[0]), false),
    };
    // The window first (its argument errors come first), then each candidate checked
    // and matched in turn, a window past the end matching none.
    let window = match (a.get(1), a.get(2)) {
        // The whole text: no unit counting for a non-ASCII str.
        (None, None) => Some(&text.data[..]),
        (start, end) => search_range(vm, &text, start, end)?
            .map(|(s, e)| &text.data[text.byte_of(s)..text.byte_of(e)]),
    };
    for c in candidates {
        let Ok(affix) = same_family(vm, text.kind, c, "") else {
            return Err(affix_type_error(vm, text.kind, name, c, in_tuple));
        };
        let hit = window.is_some_and(|w| {
            if at_end {
                w.ends_with(&affix)
            } else {
                w.starts_with(&affix)
            }
        });
        if hit {
            return Ok(vm.bool(true));
        }
    }
    Ok(vm.bool(false))
}

/// The `TypeError` of a `startswith`/`endswith` argument that is neither of the
/// receiver's family nor a tuple of it, worded as CPython words each case.
fn affix_type_error(
    vm: &Vm,
    kind: Kind,
    name: &str,
    arg: &PyRef,
    in_tuple: bool,
) -> crate::vm::PyErr {
    let shown = arg.class_name();
    vm.type_error(match (kind, in_tuple) {
        (Kind::Str, true) => format!("tuple for {name} must only contain str, not {shown}"),
        (Kind::Str, false) => {
            format!("{name} first arg must be str or a tuple of str, not {shown}")
        }
        (_, true) => format!("a bytes-like object is required, not '{shown}'"),
        (_, false) => format!("{name} first arg must be bytes or a tuple of bytes, not {shown}"),
    })
}

fn text_startswith(vm: &mut Vm, args: Args) -> PyResult {
    affix_impl(vm, args, "startswith", "startswith()", false)
}

fn text_endswith(vm: &mut Vm, args: Args) -> PyResult {
    affix_impl(vm, args, "endswith", "endswith()", true)
}

fn fix_impl(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult {
    let (this, a, text) = text_args(vm, args, name, 1, 1)?;
    let affix = same_family(
        vm,
        text.kind,
        &a[0],
        &format!("{name}() argument must be str"),
    )?;
    let data = &text.data[..];
    let kept = if suffix {
        data.ends_with(&affix)
            .then(|| (0, data.len() - affix.len()))
    } else {
        data.starts_with(&affix).then(|| (affix.len(), data.len()))
    };
    match kept {
        Some((start, end)) if !affix.is_empty() => Ok(text.slice(vm, start, end)),
        _ => Ok(unchanged(vm, this, &text)),
    }
}

fn text_removeprefix(vm: &mut Vm, args: Args) -> PyResult {
    fix_impl(vm, args, "removeprefix", false)
}

fn text_removesuffix(vm: &mut Vm, args: Args) -> PyResult {
    fix_impl(vm, args, "removesuffix", true)
}

// ---- join, partition ----

/// `str.join` of a sequence's items (`_PyUnicode_JoinArray`): a single exact str item
/// is the result; else every item must be a str, and the result is sized once and
/// filled, its length in characters the sum of the parts' (no pass to count them).
fn join_strs(vm: &Vm, sep: &Text, items: &[PyRef]) -> PyResult {
    if let [item] = items {
        if item.class().is(&vm.types.str_type) {
            return Ok(item.clone());
        }
    }
    let mut pieces = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match &item.payload {
            Payload::Str(s) => pieces.push(s),
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    item.class_name()
                )))
            }
        }
    }
    let seps = limits::product(sep.data.len(), items.len().saturating_sub(1));
    let size = seps
        .and_then(|seps| {
            let mut all = pieces.iter();
            all.try_fold(seps, |total, piece| {
                limits::sum(total, piece.as_str().len())
            })
        })
        .and_then(limits::vec_with_capacity);
    let mut out = size.map_err(|e| vm.no_memory(e))?;
    let sep_chars = std::str::from_utf8(&sep.data).map_or(0, |t| t.chars().count());
    let mut chars = sep_chars * items.len().saturating_sub(1);
    for (i, piece) in pieces.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep.data);
        }
        out.extend_from_slice(piece.as_str().as_bytes());
        chars += piece.char_len();
    }
    if out.is_empty() {
        return Ok(vm.str(""));
    }
    // SAFETY: `out` is str data (the separator's and the items') laid end to end, each
    // whole UTF-8, so it is whole UTF-8.
    let text = unsafe { String::from_utf8_unchecked(out) };
    // The result is allocated first and filled after (`PyUnicode_New`): a one-character
    // result is an object of its own, not the shared latin-1 character; only an empty
    // one is shared.
    Ok(PyRef::new(
        &vm.types.str_type,
        Payload::Str(crate::objects::str::PyStr::with_char_len(text, chars)),
    ))
}

fn text_join(vm: &mut Vm, args: Args) -> PyResult {
    let (_, a, text) = text_args(vm, args, "join", 1, 1)?;
    if text.kind == Kind::Str {
        // `PySequence_Fast` hands over a list or tuple itself: joining strs runs no
        // Python code, so the items are read in place.
        match &a[0].payload {
            Payload::List(items) => return join_strs(vm, &text, &items.borrow()),
            Payload::Tuple(items) => return join_strs(vm, &text, items),
            _ => {}
        }
    }
    let items = match &a[0].payload {
        Payload::List(items) => items.borrow().clone(),
        Payload::Tuple(items) => items.to_vec(),
        _ => vm.sequence_fast(&a[0], "can only join an iterable")?,
    };
    if text.kind == Kind::Str {
        return join_strs(vm, &text, &items);
    }
    // One item of the result's exact type is the result (bytearray's join always copies).
    if text.kind == Kind::Bytes && items.len() == 1 && items[0].class().is(&vm.types.bytes_type) {
        return Ok(items[0].clone());
    }
    // Every piece (and its buffer) first, then the result's size, as CPython's
    // `_PyUnicode_JoinArray` and stringlib's `join` do: one exact allocation, refused
    // as `MemoryError` when it cannot be had.
    let mut pieces = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let piece = match &item.payload {
            Payload::Bytes(b) => Cow::Borrowed(&b[..]),
            Payload::ByteArray(b) => Cow::Owned(b.borrow().clone()),
            // Any other simple buffer (a released or non-contiguous view has none:
            // `PyObject_GetBuffer` fails).
            _ => match crate::objects::memoryview::simple_buffer_bytes(vm, item) {
                Ok(Some(data)) => Cow::Owned(data),
                _ => {
                    return Err(vm.type_error(format!(
                        "sequence item {i}: expected a bytes-like object, {} found",
                        item.class_name()
                    )))
                }
            },
        };
        pieces.push(piece);
    }
    let seps = limits::product(text.data.len(), items.len().saturating_sub(1));
    let size = seps
        .and_then(|seps| {
            let mut all = pieces.iter();
            all.try_fold(seps, |total, piece| limits::sum(total, piece.len()))
        })
        .and_then(limits::vec_with_capacity);
    let mut out = size.map_err(|e| vm.no_memory(e))?;
    for (i, piece) in pieces.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&text.data);
        }
        out.extend_from_slice(piece);
    }
    // The result is allocated first and filled after (`PyBytes_FromStringAndSize(NULL,
    // n)`): a one-byte result is an object of its own, not the shared byte.
    Ok(match text.kind {
        Kind::Bytes => vm.bytes_filled(out),
        _ => make(vm, text.kind, out),
    })
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, from_right: bool) -> PyResult {
    let (this, a, text) = text_args(vm, args, name, 1, 1)?;
    let sep = same_family(vm, text.kind, &a[0], "must be str")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let hay = &text.data[..];
    let found = if from_right {
        rfind_bytes(text.kind, hay, &sep)
    } else {
        find_bytes(text.kind, hay, &sep)
    };
    let empty = || make(vm, text.kind, Vec::new());
    let parts = match found {
        Some(i) => vec![
            text.slice(vm, 0, i),
            // `stringlib`'s partition hands back the separator object itself, whatever
            // its type (a str subclass, a bytearray or memoryview given to `bytes`); only
            // a bytearray's partition copies it.
            match text.kind {
                Kind::ByteArray => make(vm, text.kind, sep.to_vec()),
                _ => a[0].clone(),
            },
            text.slice(vm, i + sep.len(), hay.len()),
        ],
        None if from_right => vec![empty(), empty(), unchanged(vm, this, &text)],
        None => vec![unchanged(vm, this, &text), empty(), empty()],
    };
    Ok(vm.tuple(parts))
}

fn text_partition(vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(vm, args, "partition", false)
}

fn text_rpartition(vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(vm, args, "rpartition", true)
}

// ---- case ----

/// `upper`/`lower` of a text whose every unit is ASCII (bytes, or an ASCII str): where
/// Unicode's rules and ASCII's agree, one pass over the bytes instead of [`map_case`]'s
/// per-character work. None for a str with other characters.
fn ascii_case(vm: &mut Vm, args: Args, name: &str, map: fn(&mut [u8])) -> PyResult<Option<PyRef>> {
    let (_, _, text) = text_args(vm, args, name, 0, 0)?;
    if !text.bytewise {
        return Ok(None);
    }
    let mut data = text.data.into_owned();
    map(&mut data);
    Ok(Some(make(vm, text.kind, data)))
}

/// Maps case unit by unit: Unicode rules for `str`, ASCII only for bytes. `f` gets the
/// whole text as chars and the index to map, since `Σ`'s lowercase depends on both
/// neighbours (non-ASCII bytes are passed as U+FFFD and left alone).
fn map_case(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(&[char], usize, &mut CaseState, &mut String),
) -> PyResult {
    let (_, _, text) = text_args(vm, args, name, 0, 0)?;
    let mut state = CaseState {
        previous_cased: false,
        first: true,
    };
    let units = text.units();
    let chars: Vec<char> = units
        .iter()
        .map(|u| match unit_char(text.kind, u.code) {
            Some(c) if text.kind == Kind::Str || c.is_ascii() => c,
            _ => char::REPLACEMENT_CHARACTER,
        })
        .collect();
    let mut out = String::with_capacity(text.data.len());
    let mut bytes_out = Vec::with_capacity(text.data.len());
    for (i, u) in units.iter().enumerate() {
        if text.kind == Kind::Str || chars[i].is_ascii() {
            let before = out.len();
            f(&chars, i, &mut state, &mut out);
            if text.kind != Kind::Str {
                bytes_out.extend_from_slice(&out.as_bytes()[before..]);
                out.truncate(before);
            }
        } else {
            bytes_out.push(u.code as u8);
            state.previous_cased = false;
            state.first = false;
        }
    }
    Ok(match text.kind {
        Kind::Str => vm.string(out),
        kind => make(vm, kind, bytes_out),
    })
}

/// `capitalize` of single-byte units: the first letter upper, the others lower.
fn ascii_capitalize(data: &mut [u8]) {
    if let Some((first, rest)) = data.split_first_mut() {
        first.make_ascii_uppercase();
        rest.make_ascii_lowercase();
    }
}

/// `title` of single-byte units: a letter after a letter lower, any other upper.
fn ascii_title(data: &mut [u8]) {
    let mut previous_cased = false;
    for b in data {
        if previous_cased {
            b.make_ascii_lowercase();
        } else {
            b.make_ascii_uppercase();
        }
        previous_cased = b.is_ascii_alphabetic();
    }
}

/// `swapcase` of single-byte units.
fn ascii_swapcase(data: &mut [u8]) {
    for b in data {
        if b.is_ascii_alphabetic() {
            *b ^= 0x20;
        }
    }
}

/// Context for case mappings that depend on the previous character.
struct CaseState {
    previous_cased: bool,
    first: bool,
}

fn text_upper(vm: &mut Vm, args: Args) -> PyResult {
    if let Some(r) = ascii_case(vm, args, "upper", <[u8]>::make_ascii_uppercase)? {
        return Ok(r);
    }
    map_case(vm, args, "upper", |t, i, _, out| {
        out.extend(t[i].to_uppercase())
    })
}

fn text_lower(vm: &mut Vm, args: Args) -> PyResult {
    if let Some(r) = ascii_case(vm, args, "lower", <[u8]>::make_ascii_lowercase)? {
        return Ok(r);
    }
    map_case(vm, args, "lower", |t, i, _, out| {
        case::push_lowercase(t, i, out)
    })
}

fn str_casefold(vm: &mut Vm, args: Args) -> PyResult {
    map_case(vm, args, "casefold", |t, i, _, out| {
        case::push_casefold(t[i], out)
    })
}

/// `do_swapcase`: upper becomes lower (with the final-sigma rule), lower becomes upper.
fn text_swapcase(vm: &mut Vm, args: Args) -> PyResult {
    if let Some(r) = ascii_case(vm, args, "swapcase", ascii_swapcase)? {
        return Ok(r);
    }
    map_case(vm, args, "swapcase", |t, i, _, out| {
        let c = t[i];
        if c.is_uppercase() {
            case::push_lowercase(t, i, out)
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase())
        } else {
            out.push(c)
        }
    })
}

/// `do_capitalize`: the first character titlecased, the rest lowercased.
fn text_capitalize(vm: &mut Vm, args: Args) -> PyResult {
    if let Some(r) = ascii_case(vm, args, "capitalize", ascii_capitalize)? {
        return Ok(r);
    }
    map_case(vm, args, "capitalize", |t, i, st, out| {
        if st.first {
            case::push_titlecase(t[i], out);
        } else {
            case::push_lowercase(t, i, out);
        }
        st.first = false;
    })
}

/// `do_title`: titlecase after an uncased character, lowercase after a cased one.
fn text_title(vm: &mut Vm, args: Args) -> PyResult {
    if let Some(r) = ascii_case(vm, args, "title", ascii_title)? {
        return Ok(r);
    }
    map_case(vm, args, "title", |t, i, st, out| {
        if st.previous_cased {
            case::push_lowercase(t, i, out);
        } else {
            case::push_titlecase(t[i], out);
        }
        st.previous_cased = case::is_cased(t[i]);
    })
}

// ---- padding ----

/// The fill character of center/ljust/rjust, as bytes of the receiver's kind.
fn fill_arg(vm: &Vm, kind: Kind, name: &str, arg: Option<&PyRef>) -> PyResult<Vec<u8>> {
    let Some(arg) = arg else {
        return Ok(vec![b' ']);
    };
    match (kind, &arg.payload) {
        (Kind::Str, Payload::Str(s)) if s.char_len() == 1 => Ok(s.as_str().as_bytes().to_vec()),
        (Kind::Str, Payload::Str(_)) => {
            Err(vm.type_error("The fill character must be exactly one character long"))
        }
        (Kind::Str, _) => Err(vm.type_error(format!(
            "The fill character must be a unicode character, not {}",
            arg.class_name()
        ))),
        (_, Payload::Bytes(b)) if b.len() == 1 => Ok(b.to_vec()),
        (_, Payload::ByteArray(b)) if b.borrow().len() == 1 => Ok(b.borrow().clone()),
        _ => Err(vm.type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            arg.class_name()
        ))),
    }
}

fn pad_impl(vm: &mut Vm, args: Args, name: &str, side: Side) -> PyResult {
    let (this, a) = method_args(vm, name, args, 1, 2)?;
    let text = receiver(vm, this, name)?;
    let width = vm.index_value(&a[0])?;
    let fill = fill_arg(vm, text.kind, name, a.get(1))?;
    let len = text.unit_len() as i64;
    if width <= len {
        return Ok(unchanged(vm, this, &text));
    }
    let marg = width - len;
    let left = match side {
        Side::Left => 0,
        Side::Right => marg,
        Side::Both => marg / 2 + (marg & width & 1),
    };
    let size = limits::product(marg as usize, fill.len())
        .and_then(|pad| limits::sum(pad, text.data.len()))
        .and_then(limits::vec_with_capacity);
    let mut out = size.map_err(|e| vm.no_memory(e))?;
    (0..left).for_each(|_| out.extend_from_slice(&fill));
    out.extend_from_slice(&text.data);
    (0..marg - left).for_each(|_| out.extend_from_slice(&fill));
    Ok(make(vm, text.kind, out))
}

fn text_center(vm: &mut Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "center", Side::Both)
}

fn text_ljust(vm: &mut Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "ljust", Side::Left)
}

fn text_rjust(vm: &mut Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "rjust", Side::Right)
}

fn text_zfill(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a, text) = text_args(vm, args, "zfill", 1, 1)?;
    let width = vm.index_value(&a[0])?;
    let len = text.unit_len() as i64;
    if width <= len {
        return Ok(unchanged(vm, this, &text));
    }
    let fill = (width - len) as usize;
    let data = &text.data[..];
    let sign = usize::from(matches!(data.first(), Some(b'+' | b'-')));
    let size = limits::sum(data.len(), fill).and_then(limits::vec_with_capacity);
    let mut out = size.map_err(|e| vm.no_memory(e))?;
    out.extend_from_slice(&data[..sign]);
    out.resize(sign + fill, b'0');
    out.extend_from_slice(&data[sign..]);
    Ok(make(vm, text.kind, out))
}

fn text_expandtabs(vm: &mut Vm, args: Args) -> PyResult {
    let p = bind_params(vm, "expandtabs", args, 1, &["tabsize"], 0, 1)?;
    let this = receiver_arg(vm, args)?;
    let text = receiver(vm, this, "expandtabs")?;
    let tabsize = match &p[0] {
        Some(t) => vm.index_value(t)?,
        None => 8,
    };
    if i32::try_from(tabsize).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    if text.kind == Kind::Str && !text.data.contains(&b'\t') {
        // `unicode_expandtabs_impl`: no tab found, an exact str is returned as is.
        return Ok(unchanged(vm, this, &text));
    }
    let mut out = Vec::with_capacity(text.data.len());
    let mut column: i64 = 0;
    for u in text.units() {
        match u.code {
            0x09 => {
                if tabsize > 0 {
                    let n = tabsize - column % tabsize;
                    limits::reserve(&mut out, n as usize).map_err(|e| vm.no_memory(e))?;
                    out.resize(out.len() + n as usize, b' ');
                    column += n;
                }
            }
            0x0a | 0x0d => {
                out.extend_from_slice(&text.data[u.start..u.end]);
                column = 0;
            }
            _ => {
                out.extend_from_slice(&text.data[u.start..u.end]);
                column += 1;
            }
        }
    }
    Ok(make(vm, text.kind, out))
}

// ---- predicates ----

/// `all(pred(unit))` over a non-empty text (the shape of most `isX` methods).
fn predicate(vm: &mut Vm, args: Args, name: &str, pred: fn(Kind, u32) -> bool) -> PyResult {
    let (_, _, text) = text_args(vm, args, name, 0, 0)?;
    let r = !text.data.is_empty() && text.unit_iter().all(|u| pred(text.kind, u.code));
    Ok(vm.bool(r))
}

/// The Numeric_Type of a str unit in CPython's Unicode database (0: none, 1: numeric,
/// 2: digit, 3: decimal); bytes know only the ASCII digits.
fn numeric_type(kind: Kind, code: u32) -> u8 {
    if (0x30..=0x39).contains(&code) {
        return 3;
    }
    if kind != Kind::Str || code < 0xB2 {
        return 0;
    }
    char::from_u32(code).map_or(0, crate::modules::unicodedata::numeric_type)
}

fn is_decimal(kind: Kind, code: u32) -> bool {
    numeric_type(kind, code) == 3
}

/// Decimals, and digits that are not decimal (superscripts, circled digits...).
fn is_digit(kind: Kind, code: u32) -> bool {
    numeric_type(kind, code) >= 2
}

/// Numeric characters: digits, and numerals such as fractions, Roman and CJK numerals.
fn is_numeric(kind: Kind, code: u32) -> bool {
    numeric_type(kind, code) >= 1
}

/// CPython's `Py_UNICODE_ISALPHA`: a letter (category L*) of its Unicode database.
fn is_alpha(kind: Kind, code: u32) -> bool {
    unit_char(kind, code).is_some_and(|c| {
        if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            crate::modules::unicodedata::category(c).starts_with('L')
        }
    })
}

fn text_isdigit(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, args, "isdigit", is_digit)
}

fn str_isdecimal(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, args, "isdecimal", is_decimal)
}

fn str_isnumeric(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, args, "isnumeric", is_numeric)
}

fn text_isalpha(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, args, "isalpha", is_alpha)
}

fn text_isalnum(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, args, "isalnum", |k, c| {
        is_alpha(k, c) || is_numeric(k, c)
    })
}

fn text_isspace(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, args, "isspace", is_space)
}

fn text_isascii(vm: &mut Vm, args: Args) -> PyResult {
    let (_, _, text) = text_args(vm, args, "isascii", 0, 0)?;
    Ok(vm.bool(text.data.is_ascii()))
}

fn str_isprintable(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "str.isprintable", args, 0, 0)?;
    let text = receiver(vm, this, "isprintable")?;
    Ok(vm.bool(text.as_str().chars().all(crate::objects::str::is_printable)))
}

fn str_isidentifier(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "str.isidentifier", args, 0, 0)?;
    let text = receiver(vm, this, "isidentifier")?;
    let mut chars = text.as_str().chars();
    let ok = chars
        .next()
        .is_some_and(|c| c == '_' || (unicode_ident::is_xid_start(c) && assigned(c)))
        && chars.all(|c| unicode_ident::is_xid_continue(c) && assigned(c));
    Ok(vm.bool(ok))
}

/// Assigned in CPython's Unicode database (unicode-ident knows later versions).
fn assigned(c: char) -> bool {
    c.is_ascii() || crate::modules::unicodedata::category(c) != "Cn"
}

/// isupper/islower: at least one cased unit, and none of the opposite case.
fn case_predicate(vm: &mut Vm, args: Args, name: &str, upper: bool) -> PyResult {
    let (_, _, text) = text_args(vm, args, name, 0, 0)?;
    let (mut same, mut other) = (false, false);
    for c in text
        .units()
        .iter()
        .filter_map(|u| unit_char(text.kind, u.code))
    {
        // `unicode_islower_impl`/`unicode_isupper_impl`: a titlecase letter (`ǅ`) makes
        // both false.
        let (is_same, is_other) = if upper {
            (c.is_uppercase(), c.is_lowercase() || case::is_titlecase(c))
        } else {
            (c.is_lowercase(), c.is_uppercase() || case::is_titlecase(c))
        };
        same |= is_same;
        other |= is_other;
    }
    Ok(vm.bool(same && !other))
}

fn text_isupper(vm: &mut Vm, args: Args) -> PyResult {
    case_predicate(vm, args, "isupper", true)
}

fn text_islower(vm: &mut Vm, args: Args) -> PyResult {
    case_predicate(vm, args, "islower", false)
}

fn text_istitle(vm: &mut Vm, args: Args) -> PyResult {
    let (_, _, text) = text_args(vm, args, "istitle", 0, 0)?;
    let (mut cased, mut previous_cased) = (false, false);
    for c in text.units().iter().map(|u| unit_char(text.kind, u.code)) {
        match c {
            Some(c) if c.is_uppercase() || case::is_titlecase(c) => {
                if previous_cased {
                    return Ok(vm.bool(false));
                }
                previous_cased = true;
                cased = true;
            }
            Some(c) if c.is_lowercase() => {
                if !previous_cased {
                    return Ok(vm.bool(false));
                }
                previous_cased = true;
                cased = true;
            }
            _ => previous_cased = false,
        }
    }
    Ok(vm.bool(cased))
}

// ---- encoding ----

/// `str.encode(encoding='utf-8', errors='strict')`: see `objects::codecs`.
fn str_encode(vm: &mut Vm, args: Args) -> PyResult {
    let p = bind_params(vm, "encode", args, 1, &["encoding", "errors"], 0, 2)?;
    let this = receiver_arg(vm, args)?;
    if !matches!(this.payload, Payload::Str(_)) {
        return Err(descriptor_error(vm, "encode", "str", this));
    }
    let encoding = codecs::str_arg(vm, "encode", "encoding", p[0].as_ref(), "utf-8")?;
    let errors = match &p[1] {
        Some(e) => Some(codecs::str_arg(vm, "encode", "errors", Some(e), "")?),
        None => None,
    };
    codecs::encode_str(vm, this, encoding, errors)
}

/// `bytes.decode(encoding='utf-8', errors='strict')` (and bytearray's).
fn bytes_decode(vm: &mut Vm, args: Args) -> PyResult {
    let p = bind_params(vm, "decode", args, 1, &["encoding", "errors"], 0, 2)?;
    let this = receiver_arg(vm, args)?;
    let text = receiver(vm, this, "decode")?;
    let encoding = codecs::str_arg(vm, "decode", "encoding", p[0].as_ref(), "utf-8")?;
    let errors = match &p[1] {
        Some(e) => Some(codecs::str_arg(vm, "decode", "errors", Some(e), "")?),
        None => None,
    };
    let data = text.data.into_owned();
    codecs::decode_bytes(vm, &data, encoding, errors)
}

fn bytes_hex(vm: &mut Vm, args: Args) -> PyResult {
    let this = receiver_arg(vm, args)?;
    let bound = bind_params(vm, "hex", args, 1, &["sep", "bytes_per_sep"], 0, 2)?;
    let data = receiver(vm, this, "hex")?.data.into_owned();
    crate::objects::memoryview::hex_with_sep(vm, &data, &bound)
}

/// `bytes.translate(table, /, delete=b'')` (and bytearray's): each byte mapped through
/// the 256-byte table (None: unchanged), the bytes of `delete` dropped first.
fn bytes_translate(vm: &mut Vm, args: Args) -> PyResult {
    if args.positional().len() < 2 {
        // `table` is positional-only (Argument Clinic's message).
        return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let bound = bind_params(vm, "translate", args, 1, &["table", "delete"], 1, 2)?;
    let this = &args.args[0];
    let text = receiver(vm, this, "translate")?;
    let table = match bound[0]
        .as_ref()
        .filter(|t| !matches!(t.payload, Payload::NoneValue))
    {
        Some(t) => {
            let table = same_family(vm, text.kind, t, "")?.into_owned();
            if table.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(table)
        }
        None => None,
    };
    let delete = match &bound[1] {
        Some(d) => same_family(vm, text.kind, d, "")?.into_owned(),
        None => Vec::new(),
    };
    if table.is_none() && delete.is_empty() {
        return Ok(unchanged(vm, this, &text));
    }
    let out = text
        .data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(make(vm, text.kind, out))
}

/// `bytes.maketrans(frm, to)`: the 256-byte table mapping each byte of `frm` to the byte
/// of `to` at the same position.
fn bytes_maketrans(vm: &mut Vm, args: Args) -> PyResult {
    let [frm, to] = args.args else {
        return Err(vm.type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.args.len()
        )));
    };
    let frm = same_family(vm, Kind::Bytes, frm, "")?.into_owned();
    let to = same_family(vm, Kind::Bytes, to, "")?.into_owned();
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(&to) {
        table[f as usize] = t;
    }
    Ok(vm.bytes(table))
}

/// `bytes.fromhex(string)` and `bytearray.fromhex(string)` (`_PyBytes_FromHex`): pairs of
/// hex digits, whitespace allowed between pairs; a subclass is called with the result.
fn bytes_fromhex(vm: &mut Vm, args: Args) -> PyResult {
    let bytearray = vm.types.bytearray_type.clone();
    let Some(cls) = args.args.first() else {
        return Err(vm.type_error("fromhex() needs a class"));
    };
    let of_bytearray = vm.is_subclass(cls, &bytearray);
    let owner = if of_bytearray { "bytearray" } else { "bytes" };
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{owner}.fromhex() takes no keyword arguments")));
    }
    let rest = &args.args[1..];
    if rest.len() != 1 {
        return Err(vm.type_error(format!(
            "{owner}.fromhex() takes exactly one argument ({} given)",
            rest.len()
        )));
    }
    let Some(text) = rest[0].as_str_opt() else {
        let shown = match rest[0].payload {
            Payload::NoneValue => "None".to_string(),
            _ => rest[0].class_name(),
        };
        return Err(vm.type_error(format!("fromhex() argument must be str, not {shown}")));
    };
    let bad = |vm: &Vm, pos: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    // A non-ASCII character is reported first, wherever it is.
    if let Some(pos) = text.chars().position(|c| !c.is_ascii()) {
        return Err(bad(vm, pos));
    }
    let digits = text.as_bytes();
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let digit = |i: usize| digits.get(i).and_then(|&b| (b as char).to_digit(16));
    let mut out = Vec::with_capacity(digits.len() / 2);
    let mut i = 0;
    while i < digits.len() {
        if is_space(digits[i]) {
            i += 1;
            continue;
        }
        let top = digit(i).ok_or_else(|| bad(vm, i))?;
        let bot = digit(i + 1).ok_or_else(|| bad(vm, i + 1))?;
        out.push((top * 16 + bot) as u8);
        i += 2;
    }
    // An exact bytearray is made directly; a subclass of either is called with bytes.
    if cls.is(&bytearray) {
        return Ok(PyRef::new(
            &bytearray,
            Payload::ByteArray(RefCell::new(out)),
        ));
    }
    let made = vm.bytes(out);
    if cls.is(&vm.types.bytes_type) {
        return Ok(made);
    }
    vm.call1(cls, &[made])
}

// ---- translate ----

fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult {
    let a = check_args(vm, "maketrans()", args.positional(), 1, 3)?;
    let table = vm.dict();
    let Payload::Dict(d) = &table.payload else {
        return Ok(table);
    };
    if a.len() == 1 {
        let Payload::Dict(src) = &a[0].payload else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let entries: Vec<(PyRef, PyRef)> = src.borrow().snapshot();
        for (k, v) in entries {
            let key = match &k.payload {
                Payload::Str(s) if s.char_len() == 1 => vm.int(s.char_at(0) as i64),
                Payload::Str(_) => {
                    return Err(vm.value_error("string keys in translate table must be of length 1"))
                }
                _ if k.is_int() => k.clone(),
                _ => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            vm.dict_set(d, key, v)?;
        }
        return Ok(table);
    }
    // The argument clinic checks `y` and `z` before the body looks at `x`.
    for (i, arg) in a.iter().enumerate().skip(1) {
        if arg.as_str_opt().is_none() {
            return Err(vm.type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                crate::vm::errors::arg_type_name(arg)
            )));
        }
    }
    let (Some(x), Some(y)) = (a[0].as_str_opt(), a[1].as_str_opt()) else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    let pairs: Vec<(char, char)> = x.chars().zip(y.chars()).collect();
    for (cx, cy) in pairs {
        vm.dict_set(d, vm.int(cx as i64), vm.int(cy as i64))?;
    }
    if let Some(z) = a.get(2) {
        let Some(z) = z.as_str_opt() else {
            return Err(vm.type_error("maketrans() argument 3 must be str"));
        };
        for c in z.chars().collect::<Vec<_>>() {
            vm.dict_set(d, vm.int(c as i64), vm.none())?;
        }
    }
    Ok(table)
}

fn str_translate(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "str.translate", args, 1, 1)?;
    let text = receiver(vm, this, "translate")?;
    let table = a[0].clone();
    let mut out = String::with_capacity(text.data.len());
    for c in text.as_str().chars() {
        let key = vm.int(c as i64);
        let mapped = match vm.getitem(&table, &key) {
            Ok(v) => v,
            Err(e) if vm.exc_matches_name(&e.0, "LookupError") => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &mapped.payload {
            Payload::NoneValue => {}
            Payload::Str(s) => out.push_str(s.as_str()),
            _ if mapped.is_int() => match mapped
                .as_i64()
                .and_then(|i| u32::try_from(i).ok())
                .and_then(char::from_u32)
            {
                Some(m) => out.push(m),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            _ => return Err(vm.type_error("character mapping must return integer, None or str")),
        }
    }
    Ok(vm.string(out))
}
