//! [`Node`] tree → [`Program`]: a flat list of instructions for the backtracking
//! matcher. Flag-dependent choices are made here once (which `^`, which case mapping,
//! whether `.` crosses newlines), so the matcher never looks at flags. As `_compiler`
//! does, a repeat of one single-character item becomes a [`Inst::RepeatOne`], which
//! backtracks by counting instead of by stacking one entry per character.

use super::chars::{equivalents, fold, in_category, is_cased, lower, upper, CharMode};
use super::parser::{At, ClassItem, Node, RepeatKind};
use super::{ASCII, DOTALL, IGNORECASE, MULTILINE, UNICODE};

/// A test of one character.
#[derive(Clone, Debug)]
pub enum Unit {
    Lit(u32),
    NotLit(u32),
    /// The character's fold equals this one (IGNORECASE on a cased literal).
    LitFold(u32, CharMode),
    NotLitFold(u32, CharMode),
    /// `.` without DOTALL.
    Any,
    AnyAll,
    Set(Box<CharSet>),
}

#[derive(Clone, Debug)]
pub struct CharSet {
    pub negate: bool,
    pub items: Vec<ClassItem>,
    pub mode: CharMode,
    pub ignore_case: bool,
    /// The answer for every ASCII character, computed once (sre's `CHARSET` bitmap):
    /// most texts are ASCII, and the item walk costs several tests per character.
    ascii: AsciiSet,
}

/// A set of ASCII characters, one bit each.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct AsciiSet([u64; 2]);

impl AsciiSet {
    /// The ASCII characters `test` accepts.
    pub fn of(test: impl Fn(u32) -> bool) -> AsciiSet {
        let mut set = AsciiSet::default();
        for c in 0..128 {
            if test(c) {
                set.0[(c / 64) as usize] |= 1 << (c % 64);
            }
        }
        set
    }

    /// Whether `c` (below 128) is in the set.
    #[inline]
    pub fn has(&self, c: u32) -> bool {
        self.0[(c / 64) as usize] >> (c % 64) & 1 != 0
    }

    pub fn union(self, other: AsciiSet) -> AsciiSet {
        AsciiSet([self.0[0] | other.0[0], self.0[1] | other.0[1]])
    }
}

impl CharSet {
    fn new(negate: bool, items: Vec<ClassItem>, mode: CharMode, ignore_case: bool) -> CharSet {
        let mut set = CharSet {
            negate,
            items,
            mode,
            ignore_case,
            ascii: AsciiSet::default(),
        };
        set.ascii = AsciiSet::of(|c| set.contains_by_items(c));
        set
    }

    #[inline]
    pub fn contains(&self, c: u32) -> bool {
        if c < 128 {
            self.ascii.has(c)
        } else {
            self.contains_by_items(c)
        }
    }

    /// `_sre`'s `charset` test, with IGNORECASE comparing the lowercased character
    /// against the set's items, their case variants and the case equivalences.
    fn contains_by_items(&self, c: u32) -> bool {
        let mode = self.mode;
        let hit = if self.ignore_case {
            let l = lower(c, mode);
            self.items.iter().any(|item| match item {
                ClassItem::Lit(x) => fold(*x, mode) == fold(l, mode),
                ClassItem::Range(lo, hi) => {
                    let r = *lo..=*hi;
                    r.contains(&l)
                        || r.contains(&upper(l, mode))
                        || (mode == CharMode::Unicode
                            && equivalents(l).iter().any(|e| r.contains(e)))
                }
                ClassItem::Cat(cat) => in_category(*cat, l, mode),
            })
        } else {
            self.items.iter().any(|item| match item {
                ClassItem::Lit(l) => *l == c,
                ClassItem::Range(lo, hi) => (*lo..=*hi).contains(&c),
                ClassItem::Cat(cat) => in_category(*cat, c, mode),
            })
        };
        hit != self.negate
    }
}

impl Unit {
    /// Whether character `c` passes this test.
    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        match self {
            Unit::Lit(l) => c == *l,
            Unit::NotLit(l) => c != *l,
            Unit::LitFold(l, mode) => fold(c, *mode) == *l,
            Unit::NotLitFold(l, mode) => fold(c, *mode) != *l,
            Unit::Any => c != 10,
            Unit::AnyAll => true,
            Unit::Set(set) => set.contains(c),
        }
    }
}

/// An anchor, with its flags applied.
#[derive(Clone, Copy, Debug)]
pub enum Anchor {
    Beginning,
    BeginningLine,
    End,
    EndLine,
    EndString,
    Boundary(CharMode),
    NonBoundary(CharMode),
}

#[derive(Clone, Debug)]
pub enum Inst {
    Unit(Unit),
    At(Anchor),
    /// Stores the position in capture slot `n` (group `n / 2`, start or end).
    Save(usize),
    /// Continues at the first target; the second is tried on backtracking.
    Split(usize, usize),
    Jmp(usize),
    /// Starts repeat `r`: count 0, no last position.
    RepInit(usize),
    /// The loop head of a repeat of a complex item: iterate or leave to `exit`.
    RepLoop {
        r: usize,
        min: u32,
        max: u32,
        lazy: bool,
        exit: usize,
    },
    /// Reached only by backtracking into a lazy loop: one more iteration, if allowed.
    RepLazyIter {
        r: usize,
        max: u32,
    },
    /// The end of an iteration: counts it and jumps back to the loop head.
    RepNext {
        r: usize,
        head: usize,
    },
    RepeatOne {
        unit: Unit,
        min: u32,
        max: u32,
        lazy: bool,
    },
    AtomicStart,
    AtomicEnd,
    /// Starts a lookaround; `behind` is the look-behind width; `end` follows the
    /// matching `LookEnd`.
    LookStart {
        behind: Option<usize>,
        negate: bool,
        end: usize,
    },
    LookEnd {
        negate: bool,
    },
    Backref {
        group: usize,
        fold: Option<CharMode>,
    },
    /// Continues if the group matched, else jumps to `no`.
    Cond {
        group: usize,
        no: usize,
    },
    Match,
}

pub struct Program {
    pub insts: Vec<Inst>,
    pub repeats: usize,
    pub slots: usize,
    /// The characters a match can start with, when the pattern cannot match empty:
    /// a search skips the other positions without trying them (see [`first_chars`]).
    pub first: Option<First>,
}

fn mode_of(flags: u32) -> CharMode {
    if flags & UNICODE != 0 && flags & ASCII == 0 {
        CharMode::Unicode
    } else {
        CharMode::Ascii
    }
}

/// Compiles the tree for a pattern with `groups` groups (group 0 included).
pub fn compile(node: &Node, groups: usize) -> Program {
    let mut c = Compiler {
        insts: Vec::new(),
        repeats: 0,
    };
    c.insts.push(Inst::Save(0));
    c.emit(node);
    c.insts.push(Inst::Save(1));
    c.insts.push(Inst::Match);
    Program {
        insts: c.insts,
        repeats: c.repeats,
        slots: groups * 2,
        first: first_chars(node).filter(|f| !f.empty),
    }
}

/// What can start a match of a node: which ASCII characters, whether any character
/// above ASCII may (answered conservatively: yes unless the node is one plain ASCII
/// literal), and whether the node can match the empty string.
#[derive(Clone, Copy, Debug)]
pub struct First {
    pub ascii: AsciiSet,
    pub non_ascii: bool,
    pub empty: bool,
}

impl First {
    /// Whether a match may start with `c`.
    #[inline]
    pub fn accepts(&self, c: u32) -> bool {
        if c < 128 {
            self.ascii.has(c)
        } else {
            self.non_ascii
        }
    }

    /// Matches only the empty string (an anchor, a lookaround).
    fn zero_width() -> First {
        First {
            ascii: AsciiSet::default(),
            non_ascii: false,
            empty: true,
        }
    }

    /// `self` then `next`.
    fn then(self, next: First) -> First {
        if !self.empty {
            return self;
        }
        First {
            ascii: self.ascii.union(next.ascii),
            non_ascii: self.non_ascii || next.non_ascii,
            empty: next.empty,
        }
    }

    /// `self` or `other`.
    fn or(self, other: First) -> First {
        First {
            ascii: self.ascii.union(other.ascii),
            non_ascii: self.non_ascii || other.non_ascii,
            empty: self.empty || other.empty,
        }
    }
}

/// The first characters of `node` (CPython's `_compile_info` finds a literal prefix or
/// a charset for the same purpose); `None` when unknown (back references,
/// conditionals), which disables the skipping.
fn first_chars(node: &Node) -> Option<First> {
    if let Some(unit) = unit_of(node) {
        let plain_ascii = matches!(unit, Unit::Lit(c) if c < 128);
        return Some(First {
            ascii: AsciiSet::of(|c| unit.matches(c)),
            non_ascii: !plain_ascii,
            empty: false,
        });
    }
    Some(match node {
        // Zero-width: the character at the start is the next item's.
        Node::At(..) | Node::Assert { .. } => First::zero_width(),
        Node::Concat(v) => {
            let mut first = First::zero_width();
            for n in v {
                first = first.then(first_chars(n)?);
                if !first.empty {
                    break;
                }
            }
            first
        }
        Node::Alt(v) => {
            let mut first: Option<First> = None;
            for n in v {
                let f = first_chars(n)?;
                first = Some(first.map_or(f, |a| a.or(f)));
            }
            first.unwrap_or_else(First::zero_width)
        }
        Node::Group(_, n) | Node::Atomic(n) => first_chars(n)?,
        Node::Repeat { min, node, .. } => {
            let f = first_chars(node)?;
            First {
                empty: f.empty || *min == 0,
                ..f
            }
        }
        Node::Backref(..) | Node::Cond(..) => return None,
        Node::Lit(..) | Node::NotLit(..) | Node::Any(_) | Node::Set { .. } => return None,
    })
}

struct Compiler {
    insts: Vec<Inst>,
    repeats: usize,
}

/// The single-character test `node` is, if it is one.
fn unit_of(node: &Node) -> Option<Unit> {
    Some(match node {
        Node::Lit(c, f) => literal(*c, *f, false),
        Node::NotLit(c, f) => literal(*c, *f, true),
        Node::Any(f) => {
            if f & DOTALL != 0 {
                Unit::AnyAll
            } else {
                Unit::Any
            }
        }
        Node::Set {
            negate,
            items,
            flags,
        } => Unit::Set(Box::new(CharSet::new(
            *negate,
            items.clone(),
            mode_of(*flags),
            flags & IGNORECASE != 0,
        ))),
        Node::Concat(v) if v.len() == 1 => return unit_of(&v[0]),
        _ => return None,
    })
}

fn literal(c: u32, flags: u32, negate: bool) -> Unit {
    let mode = mode_of(flags);
    let cased = is_cased(c, mode) || fold(c, mode) != lower(c, mode);
    match (flags & IGNORECASE != 0 && cased, negate) {
        (true, false) => Unit::LitFold(fold(c, mode), mode),
        (true, true) => Unit::NotLitFold(fold(c, mode), mode),
        (false, false) => Unit::Lit(c),
        (false, true) => Unit::NotLit(c),
    }
}

impl Compiler {
    fn pc(&self) -> usize {
        self.insts.len()
    }

    /// Emits a placeholder to patch once the target is known.
    fn hole(&mut self) -> usize {
        self.insts.push(Inst::Match);
        self.insts.len() - 1
    }

    fn emit(&mut self, node: &Node) {
        if let Some(unit) = unit_of(node) {
            self.insts.push(Inst::Unit(unit));
            return;
        }
        match node {
            Node::At(at, f) => {
                let mode = mode_of(*f);
                let multiline = f & MULTILINE != 0;
                let anchor = match at {
                    At::Beginning if multiline => Anchor::BeginningLine,
                    At::Beginning | At::BeginningString => Anchor::Beginning,
                    At::End if multiline => Anchor::EndLine,
                    At::End => Anchor::End,
                    At::EndString => Anchor::EndString,
                    At::Boundary => Anchor::Boundary(mode),
                    At::NonBoundary => Anchor::NonBoundary(mode),
                };
                self.insts.push(Inst::At(anchor));
            }
            Node::Concat(v) => v.iter().for_each(|n| self.emit(n)),
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (i, n) in v.iter().enumerate() {
                    if i + 1 < v.len() {
                        let split = self.hole();
                        self.emit(n);
                        jumps.push(self.hole());
                        let next = self.pc();
                        self.insts[split] = Inst::Split(split + 1, next);
                    } else {
                        self.emit(n);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Group(g, n) => {
                self.insts.push(Inst::Save(2 * g));
                self.emit(n);
                self.insts.push(Inst::Save(2 * g + 1));
            }
            Node::Atomic(n) => {
                self.insts.push(Inst::AtomicStart);
                self.emit(n);
                self.insts.push(Inst::AtomicEnd);
            }
            Node::Assert {
                behind,
                negate,
                node,
            } => {
                let behind = behind.then(|| super::parser::width(node, &[]).0 as usize);
                let start = self.hole();
                self.emit(node);
                self.insts.push(Inst::LookEnd { negate: *negate });
                let end = self.pc();
                self.insts[start] = Inst::LookStart {
                    behind,
                    negate: *negate,
                    end,
                };
            }
            Node::Backref(g, f) => {
                let fold = (f & IGNORECASE != 0).then(|| mode_of(*f));
                self.insts.push(Inst::Backref { group: *g, fold });
            }
            Node::Cond(g, yes, no) => {
                let cond = self.hole();
                self.emit(yes);
                let jmp = self.hole();
                let no_pc = self.pc();
                if let Some(n) = no {
                    self.emit(n);
                }
                let end = self.pc();
                self.insts[cond] = Inst::Cond {
                    group: *g,
                    no: no_pc,
                };
                self.insts[jmp] = Inst::Jmp(end);
            }
            Node::Repeat {
                min,
                max,
                kind,
                node,
            } => self.emit_repeat(*min, *max, *kind, node),
            Node::Lit(..) | Node::NotLit(..) | Node::Any(_) | Node::Set { .. } => {}
        }
    }

    fn emit_repeat(&mut self, min: u32, max: u32, kind: RepeatKind, node: &Node) {
        let possessive = kind == RepeatKind::Possessive;
        if possessive {
            self.insts.push(Inst::AtomicStart);
        }
        let lazy = kind == RepeatKind::Lazy;
        if let Some(unit) = unit_of(node) {
            self.insts.push(Inst::RepeatOne {
                unit,
                min,
                max,
                lazy,
            });
        } else {
            let r = self.repeats;
            self.repeats += 1;
            self.insts.push(Inst::RepInit(r));
            let head = self.hole();
            self.insts.push(Inst::RepLazyIter { r, max });
            self.emit(node);
            self.insts.push(Inst::RepNext { r, head });
            let exit = self.pc();
            self.insts[head] = Inst::RepLoop {
                r,
                min,
                max,
                lazy,
                exit,
            };
        }
        if possessive {
            self.insts.push(Inst::AtomicEnd);
        }
    }
}
