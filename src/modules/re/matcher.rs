//! The backtracking matcher: runs a [`Program`] over a text of code points (a str's
//! characters, or a bytes object's bytes) with `_sre`'s leftmost-first semantics.
//!
//! ## The stack
//!
//! Nothing recurses: one explicit stack holds, in order, the choices still untried
//! ([`Entry::Alt`], [`Entry::OneGreedy`], [`Entry::OneLazy`]), the undo records of every
//! change to the capture slots and repeat counters ([`Entry::Slot`], [`Entry::Count`]...)
//! and the markers of open atomic groups and lookarounds. On failure the matcher pops
//! entries, undoing changes, until it finds a choice to resume. An atomic group or a
//! positive lookaround that succeeds *cuts*: it drops the choices above its marker but
//! keeps their undo records, so an outer backtrack still restores the captures.
//!
//! ## Repeats
//!
//! A repeat of a complex item keeps a count and the position where its last optional
//! iteration began (`MAX_UNTIL` / `MIN_UNTIL` of `sre_lib.h`): an optional iteration is
//! tried only if the position moved since the previous one, which is how sre stops
//! `(a|)*` from looping forever and why `(a?)*` records an empty last iteration.

use super::chars::{is_word, lower, CharMode};
use super::compile::{Anchor, Inst, Program, Unit};

const UNSET: usize = usize::MAX;

/// What a match must satisfy beyond the pattern.
#[derive(Clone, Copy, PartialEq)]
pub enum Mode {
    Match,
    Search,
    FullMatch,
}

enum Entry {
    Alt {
        pc: usize,
        pos: usize,
    },
    /// A greedy single-character repeat can still give back characters down to `lo`.
    OneGreedy {
        pc: usize,
        lo: usize,
        cur: usize,
    },
    /// A lazy single-character repeat can still take characters up to `hi`.
    OneLazy {
        pc: usize,
        unit_pc: usize,
        cur: usize,
        hi: usize,
    },
    Slot {
        slot: usize,
        old: usize,
    },
    LastIndex(usize),
    Count {
        r: usize,
        count: u32,
        last: usize,
    },
    Marker {
        pos: usize,
    },
    NegMarker {
        pc: usize,
        pos: usize,
    },
}

/// A successful match: the capture slots (start and end per group, [`UNSET`] when a group
/// did not take part) and `lastindex` (0 for none).
pub struct Found {
    pub slots: Vec<usize>,
    pub lastindex: usize,
}

pub fn is_unset(v: usize) -> bool {
    v == UNSET
}

/// A character of the text: a code point, or a byte of an ASCII str or of a bytes
/// object, which the matcher then reads in place instead of a widened copy.
pub trait CodeUnit: Copy {
    fn code(self) -> u32;
}

impl CodeUnit for u8 {
    #[inline]
    fn code(self) -> u32 {
        self as u32
    }
}

impl CodeUnit for u32 {
    #[inline]
    fn code(self) -> u32 {
        self
    }
}

struct Run<'a, T> {
    prog: &'a Program,
    text: &'a [T],
    end: usize,
    slots: Vec<usize>,
    lastindex: usize,
    counts: Vec<(u32, usize)>,
    stack: Vec<Entry>,
    full: bool,
    must_advance: bool,
    start: usize,
}

/// Runs `prog` over `text[..endpos]` from `pos`. `must_advance` rejects an empty match at
/// `pos` (how `finditer` and `sub` step past an empty match, sre's `must_advance`).
pub fn run<T: CodeUnit>(
    prog: &Program,
    text: &[T],
    pos: usize,
    endpos: usize,
    mode: Mode,
    must_advance: bool,
) -> Option<Found> {
    let end = endpos.min(text.len());
    if pos > end {
        return None;
    }
    let mut r = Run {
        prog,
        text,
        end,
        slots: vec![UNSET; prog.slots],
        lastindex: 0,
        counts: vec![(0, UNSET); prog.repeats],
        stack: Vec::new(),
        full: mode == Mode::FullMatch,
        must_advance,
        start: pos,
    };
    let mut at = pos;
    loop {
        if mode == Mode::Search {
            if let Some(first) = &prog.first {
                // Positions where no match can start are skipped untried.
                while at < end && !first.accepts(text[at].code()) {
                    at += 1;
                }
                if at >= end {
                    return None;
                }
            }
        }
        if r.try_at(at) {
            return Some(Found {
                slots: r.slots,
                lastindex: r.lastindex,
            });
        }
        if mode != Mode::Search || at >= end {
            return None;
        }
        at += 1;
        r.slots.iter_mut().for_each(|s| *s = UNSET);
        r.lastindex = 0;
        r.stack.clear();
    }
}

impl<T: CodeUnit> Run<'_, T> {
    #[inline]
    fn unit(&self, unit: &Unit, pos: usize) -> bool {
        pos < self.end && unit.matches(self.text[pos].code())
    }

    fn is_word_at(&self, pos: usize, mode: CharMode) -> bool {
        pos < self.end && is_word(self.text[pos].code(), mode)
    }

    fn anchor(&self, a: Anchor, pos: usize) -> bool {
        let t = self.text;
        match a {
            Anchor::Beginning => pos == 0,
            Anchor::BeginningLine => pos == 0 || t[pos - 1].code() == 10,
            Anchor::End => pos == self.end || (pos + 1 == self.end && t[pos].code() == 10),
            Anchor::EndLine => pos == self.end || t[pos].code() == 10,
            Anchor::EndString => pos == self.end,
            Anchor::Boundary(m) | Anchor::NonBoundary(m) => {
                if self.end == 0 {
                    return false;
                }
                let before = pos > 0 && self.is_word_at(pos - 1, m);
                let here = self.is_word_at(pos, m);
                (before != here) == matches!(a, Anchor::Boundary(_))
            }
        }
    }

    fn set_slot(&mut self, slot: usize, v: usize) {
        self.stack.push(Entry::Slot {
            slot,
            old: self.slots[slot],
        });
        self.slots[slot] = v;
    }

    fn set_count(&mut self, r: usize, count: u32, last: usize) {
        let (c, l) = self.counts[r];
        self.stack.push(Entry::Count {
            r,
            count: c,
            last: l,
        });
        self.counts[r] = (count, last);
    }

    /// Drops the choices above the topmost marker (keeping undo records) and the
    /// marker itself; returns the marker's position.
    fn cut(&mut self) -> usize {
        let Some(m) = self
            .stack
            .iter()
            .rposition(|e| matches!(e, Entry::Marker { .. }))
        else {
            return UNSET;
        };
        let pos = match self.stack[m] {
            Entry::Marker { pos } => pos,
            _ => UNSET,
        };
        let tail: Vec<Entry> = self
            .stack
            .drain(m..)
            .filter(|e| {
                matches!(
                    e,
                    Entry::Slot { .. } | Entry::LastIndex(_) | Entry::Count { .. }
                )
            })
            .collect();
        self.stack.extend(tail);
        pos
    }

    /// Pops to the next choice, undoing changes; `None` when none is left.
    fn backtrack(&mut self) -> Option<(usize, usize)> {
        while let Some(e) = self.stack.pop() {
            match e {
                Entry::Alt { pc, pos } => return Some((pc, pos)),
                Entry::OneGreedy { pc, lo, cur } => {
                    let cur = cur - 1;
                    if cur > lo {
                        self.stack.push(Entry::OneGreedy { pc, lo, cur });
                    }
                    return Some((pc, cur));
                }
                Entry::OneLazy {
                    pc,
                    unit_pc,
                    cur,
                    hi,
                } => {
                    let prog = self.prog;
                    let Inst::RepeatOne { unit, .. } = &prog.insts[unit_pc] else {
                        continue;
                    };
                    if cur < hi && self.unit(unit, cur) {
                        let cur = cur + 1;
                        if cur < hi {
                            self.stack.push(Entry::OneLazy {
                                pc,
                                unit_pc,
                                cur,
                                hi,
                            });
                        }
                        return Some((pc, cur));
                    }
                }
                Entry::Slot { slot, old } => self.slots[slot] = old,
                Entry::LastIndex(old) => self.lastindex = old,
                Entry::Count { r, count, last } => self.counts[r] = (count, last),
                Entry::Marker { .. } => {}
                Entry::NegMarker { pc, pos } => return Some((pc, pos)),
            }
        }
        None
    }

    /// Pops through the innermost negative-lookaround marker, undoing changes.
    fn unwind_negative(&mut self) {
        while let Some(e) = self.stack.pop() {
            match e {
                Entry::NegMarker { .. } => return,
                Entry::Slot { slot, old } => self.slots[slot] = old,
                Entry::LastIndex(old) => self.lastindex = old,
                Entry::Count { r, count, last } => self.counts[r] = (count, last),
                _ => {}
            }
        }
    }

    fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let (s, e) = (*self.slots.get(2 * g)?, *self.slots.get(2 * g + 1)?);
        (s != UNSET && e != UNSET).then_some((s, e))
    }

    fn try_at(&mut self, start: usize) -> bool {
        let prog = self.prog;
        let insts = &prog.insts;
        let mut pc = 0;
        let mut pos = start;
        loop {
            let ok = match &insts[pc] {
                Inst::Unit(u) => {
                    if self.unit(u, pos) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::At(a) => {
                    pc += 1;
                    self.anchor(*a, pos)
                }
                Inst::Save(slot) => {
                    self.set_slot(*slot, pos);
                    if slot % 2 == 1 && *slot > 1 {
                        self.stack.push(Entry::LastIndex(self.lastindex));
                        self.lastindex = slot / 2;
                    }
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    self.stack.push(Entry::Alt { pc: *b, pos });
                    pc = *a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::RepInit(r) => {
                    self.set_count(*r, 0, UNSET);
                    pc += 1;
                    true
                }
                Inst::RepLoop {
                    r,
                    min,
                    max,
                    lazy,
                    exit,
                } => {
                    let (count, last) = self.counts[*r];
                    if count < *min {
                        pc += 2;
                    } else if *lazy {
                        self.stack.push(Entry::Alt { pc: pc + 1, pos });
                        pc = *exit;
                    } else if count < *max && pos != last {
                        self.stack.push(Entry::Alt { pc: *exit, pos });
                        self.set_count(*r, count, pos);
                        pc += 2;
                    } else {
                        pc = *exit;
                    }
                    true
                }
                Inst::RepLazyIter { r, max } => {
                    let (count, last) = self.counts[*r];
                    if count < *max && pos != last {
                        self.set_count(*r, count, pos);
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::RepNext { r, head } => {
                    let (count, last) = self.counts[*r];
                    self.set_count(*r, count.saturating_add(1), last);
                    pc = *head;
                    true
                }
                Inst::RepeatOne {
                    unit,
                    min,
                    max,
                    lazy,
                } => {
                    let limit = (self.end - pos).min(*max as usize);
                    let min = *min as usize;
                    if min > limit {
                        false
                    } else if *lazy {
                        let mut n = 0;
                        while n < min && self.unit(unit, pos + n) {
                            n += 1;
                        }
                        if n < min {
                            false
                        } else {
                            if n < limit {
                                self.stack.push(Entry::OneLazy {
                                    pc: pc + 1,
                                    unit_pc: pc,
                                    cur: pos + n,
                                    hi: pos + limit,
                                });
                            }
                            pos += n;
                            pc += 1;
                            true
                        }
                    } else {
                        let mut n = 0;
                        while n < limit && self.unit(unit, pos + n) {
                            n += 1;
                        }
                        if n < min {
                            false
                        } else {
                            if n > min {
                                self.stack.push(Entry::OneGreedy {
                                    pc: pc + 1,
                                    lo: pos + min,
                                    cur: pos + n,
                                });
                            }
                            pos += n;
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::AtomicStart => {
                    self.stack.push(Entry::Marker { pos });
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    self.cut();
                    pc += 1;
                    true
                }
                Inst::LookStart {
                    behind,
                    negate,
                    end,
                } => {
                    let width = behind.unwrap_or(0);
                    if pos < width {
                        pc = *end;
                        *negate
                    } else {
                        if *negate {
                            self.stack.push(Entry::NegMarker { pc: *end, pos });
                        } else {
                            self.stack.push(Entry::Marker { pos });
                        }
                        pos -= width;
                        pc += 1;
                        true
                    }
                }
                Inst::LookEnd { negate } => {
                    if *negate {
                        self.unwind_negative();
                        false
                    } else {
                        pos = self.cut();
                        pc += 1;
                        true
                    }
                }
                Inst::Backref { group, fold: f } => match self.group_span(*group) {
                    None => false,
                    Some((s, e)) => {
                        let len = e.saturating_sub(s);
                        if pos + len > self.end {
                            false
                        } else {
                            let same = (0..len).all(|i| {
                                let (a, b) = (self.text[s + i].code(), self.text[pos + i].code());
                                match f {
                                    None => a == b,
                                    Some(m) => a == b || lower(a, *m) == lower(b, *m),
                                }
                            });
                            if same {
                                pos += len;
                                pc += 1;
                            }
                            same
                        }
                    }
                },
                Inst::Cond { group, no } => {
                    pc = if self.group_span(*group).is_some() {
                        pc + 1
                    } else {
                        *no
                    };
                    true
                }
                Inst::Match => {
                    if (self.full && pos != self.end) || (self.must_advance && pos == self.start) {
                        false
                    } else {
                        return true;
                    }
                }
            };
            if !ok {
                match self.backtrack() {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => return false,
                }
            }
        }
    }
}
