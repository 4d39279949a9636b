//! The text a pattern runs over: a str's or bytes object's characters, read in place
//! when each is one byte (bytes, and the common ASCII str) and widened to code points
//! only for other strs. Copying a 300 kB text into a `Vec<u32>` on every call cost time
//! and, at four bytes a character, peak memory.

use super::compile::Program;
use super::matcher::{self, CodeUnit, Found, Mode};
use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::Vm;

pub enum Subject<'a> {
    /// Bytes, or the UTF-8 of an ASCII str: one unit per character.
    Narrow(&'a [u8]),
    /// The code points of a str with characters above ASCII.
    Wide(Vec<u32>),
}

impl<'a> Subject<'a> {
    /// The subject of a str or bytes object, and whether it is text; None for others.
    pub fn of(obj: &'a PyRef) -> Option<(bool, Subject<'a>)> {
        match &obj.payload {
            Payload::Str(s) if s.is_ascii() => Some((true, Subject::Narrow(s.as_str().as_bytes()))),
            Payload::Str(s) => Some((
                true,
                Subject::Wide(s.as_str().chars().map(u32::from).collect()),
            )),
            Payload::Bytes(b) => Some((false, Subject::Narrow(b))),
            _ => None,
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Subject::Narrow(b) => b.len(),
            Subject::Wide(w) => w.len(),
        }
    }

    /// [`matcher::run`] over this text.
    pub fn run(
        &self,
        prog: &Program,
        pos: usize,
        endpos: usize,
        mode: Mode,
        must_advance: bool,
    ) -> Option<Found> {
        match self {
            Subject::Narrow(b) => matcher::run(prog, b, pos, endpos, mode, must_advance),
            Subject::Wide(w) => matcher::run(prog, w, pos, endpos, mode, must_advance),
        }
    }

    /// Successive non-overlapping matches from `pos`, at most `limit` (0: all).
    pub fn scan_all(&self, prog: &Program, pos: usize, endpos: usize, limit: usize) -> Vec<Found> {
        match self {
            Subject::Narrow(b) => scan_all(prog, b, pos, endpos, limit),
            Subject::Wide(w) => scan_all(prog, w, pos, endpos, limit),
        }
    }

    /// Characters `a..b` as a new str (`is_text`) or bytes object.
    pub fn piece(&self, vm: &Vm, is_text: bool, a: usize, b: usize) -> PyRef {
        let a = a.min(b);
        match self {
            Subject::Narrow(bytes) if is_text => {
                vm.str(std::str::from_utf8(&bytes[a..b]).unwrap_or_default())
            }
            Subject::Narrow(bytes) => vm.bytes(bytes[a..b].to_vec()),
            Subject::Wide(w) => piece_of_units(vm, is_text, &w[a..b]),
        }
    }

    /// Appends the code points `a..b` to `out`.
    pub fn extend(&self, out: &mut Vec<u32>, a: usize, b: usize) {
        match self {
            Subject::Narrow(bytes) => out.extend(bytes[a..b].iter().map(|&c| u32::from(c))),
            Subject::Wide(w) => out.extend_from_slice(&w[a..b]),
        }
    }
}

/// Code points as a new str (`is_text`) or bytes object.
pub fn piece_of_units(vm: &Vm, is_text: bool, units: &[u32]) -> PyRef {
    if is_text {
        let s: String = units
            .iter()
            .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
            .collect();
        vm.str(&s)
    } else {
        vm.bytes(units.iter().map(|&c| c as u8).collect())
    }
}

/// Successive non-overlapping matches from `pos`, at most `limit` (0: all), with sre's
/// rule that a match may not be empty where the previous one ended (`must_advance`).
fn scan_all<T: CodeUnit>(
    prog: &Program,
    text: &[T],
    pos: usize,
    endpos: usize,
    limit: usize,
) -> Vec<Found> {
    let mut out = Vec::new();
    let mut at = pos;
    let mut must_advance = false;
    while limit == 0 || out.len() < limit {
        let Some(found) = matcher::run(prog, text, at, endpos, Mode::Search, must_advance) else {
            break;
        };
        let (s, e) = (found.slots[0], found.slots[1]);
        out.push(found);
        must_advance = s == e;
        at = e;
    }
    out
}
