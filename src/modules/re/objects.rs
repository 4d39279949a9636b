//! The hot methods of `re.Pattern` and `re.Match`, written natively.
//!
//! `Pattern` and `Match` are classes of our own Python (`py/re.py`, with `__slots__`);
//! `_sre_install(Pattern, Match)` replaces their most used methods by the builtins here,
//! as `_sre.c` implements them in C: `Pattern.match`/`search`/`fullmatch` run the program
//! and build the `Match` directly, `Match.group`/`start`/`end`/`span` read its spans.
//! Going through the Python layer cost about ten Python calls per match. `_sre_next`
//! gives `finditer` and `sub` with a function their matches one at a time.
//!
//! Each builtin takes only the common case: positional arguments of the exact types
//! (an exact `str` or `bytes` subject, int positions and group numbers) on the classes it
//! was installed on. Anything else (keywords, a bytearray, a group name, a bad argument)
//! goes to the Python method of the same name with a `_py_` prefix, which keeps every
//! message and corner case in one place. The classes are remembered weakly, with the
//! `__slots__` indices of the fields read here, so the module's teardown frees them.

use super::matcher::{self, Found, Mode};
use super::subject::Subject;
use super::{program, program_by_handle, Program};
use crate::heap::{PyRef, WeakPyRef};
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// Where `Pattern`'s fields are among its instances' slots.
#[derive(Clone, Copy)]
struct PatternSlots {
    pattern: usize,
    flags: usize,
    code: usize,
}

/// Where `Match`'s fields are among its instances' slots.
#[derive(Clone, Copy)]
struct MatchSlots {
    re: usize,
    string: usize,
    pos: usize,
    endpos: usize,
    lastindex: usize,
    spans: usize,
    text: usize,
}

struct Installed {
    pattern: WeakPyRef,
    matcher: WeakPyRef,
    p: PatternSlots,
    m: MatchSlots,
}

thread_local! {
    static INSTALLED: RefCell<Option<Installed>> = const { RefCell::new(None) };
}

/// Index of slot `name` in instances of `cls`.
fn slot_of(cls: &PyRef, name: &str) -> Option<usize> {
    crate::vm::protocols::slot_index_of(cls, name)
}

/// `_sre_install(Pattern, Match)`: puts the builtins on the two classes.
pub fn install(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.positional();
    let (Some(pattern), Some(matcher)) = (a.first(), a.get(1)) else {
        return Err(vm.type_error("re internal: _sre_install(Pattern, Match)"));
    };
    let slot = |cls: &PyRef, name: &str| slot_of(cls, name);
    let p = (|| {
        Some(PatternSlots {
            pattern: slot(pattern, "pattern")?,
            flags: slot(pattern, "flags")?,
            code: slot(pattern, "_code")?,
        })
    })();
    let m = (|| {
        Some(MatchSlots {
            re: slot(matcher, "re")?,
            string: slot(matcher, "string")?,
            pos: slot(matcher, "pos")?,
            endpos: slot(matcher, "endpos")?,
            lastindex: slot(matcher, "lastindex")?,
            spans: slot(matcher, "_spans")?,
            text: slot(matcher, "_text")?,
        })
    })();
    let (Some(p), Some(m)) = (p, m) else {
        return Err(vm.type_error("re internal: Pattern and Match need their __slots__"));
    };
    INSTALLED.with(|i| {
        *i.borrow_mut() = Some(Installed {
            pattern: pattern.downgrade(),
            matcher: matcher.downgrade(),
            p,
            m,
        })
    });
    vm.add_method(pattern, "match", pattern_match);
    vm.add_method(pattern, "search", pattern_search);
    vm.add_method(pattern, "fullmatch", pattern_fullmatch);
    vm.add_method(matcher, "group", match_group);
    vm.add_method(matcher, "start", match_start);
    vm.add_method(matcher, "end", match_end);
    vm.add_method(matcher, "span", match_span);
    Ok(vm.none())
}

/// Whether `obj` is an instance of the installed class `cls` (or of a subclass: its
/// slots come after the base's, so the indices hold).
fn is_instance_of(obj: &PyRef, cls: &WeakPyRef) -> bool {
    if !cls.is_alive() || !matches!(obj.payload, Payload::Instance(_)) {
        return false;
    }
    let class = obj.class();
    class.id() == cls.id()
        || class
            .type_data()
            .is_some_and(|t| t.mro().iter().any(|c| c.id() == cls.id()))
}

/// The value of slot `i` of an instance.
fn slot_value(obj: &PyRef, i: usize) -> Option<PyRef> {
    match &obj.payload {
        Payload::Instance(inst) => inst.slot(i),
        _ => None,
    }
}

/// Calls the Python method `_py_<method>` of `args[0]`'s class with the same arguments;
/// a receiver without one is not a `re.<class>` (an unbound call on another object).
fn fallback(vm: &mut Vm, args: Args, class: &str, method: &str) -> PyResult {
    let found = args.args.first().map(|this| {
        (
            this,
            vm.lookup_in_mro(this.class(), &format!("_py_{method}")),
        )
    });
    match found {
        Some((_, Some(f))) => vm.call(&f, args),
        Some((this, None)) => Err(vm.type_error(format!(
            "descriptor '{method}' for 're.{class}' objects doesn't apply to a '{}' object",
            this.class_name()
        ))),
        None => Err(vm.type_error(format!(
            "unbound method {class}.{method}() needs an argument"
        ))),
    }
}

/// A compiled pattern as the natives read it.
struct PatternView {
    is_text: bool,
    program: Rc<Program>,
}

impl PatternView {
    /// The view of `this`, an installed `Pattern` (None for anything else).
    fn of(vm: &Vm, this: &PyRef) -> Option<PatternView> {
        let p = INSTALLED.with(|i| {
            let i = i.borrow();
            let i = i.as_ref()?;
            is_instance_of(this, &i.pattern).then_some(i.p)
        })?;
        let pattern = slot_value(this, p.pattern)?;
        let is_text = matches!(pattern.payload, Payload::Str(_));
        let handle = slot_value(this, p.code)?.as_i64()?;
        let program = match program_by_handle(handle) {
            Some(program) => program,
            None => {
                // The registry was emptied since: by the pattern, and keep the new handle.
                let flags = slot_value(this, p.flags)?.as_i64()? as u32;
                let (_, units) = super::units(&pattern)?;
                let (program, handle) = program(is_text, units, flags)?;
                if let Payload::Instance(inst) = &this.payload {
                    let old = inst.put_slot(p.code, vm.int(handle));
                    drop(old);
                }
                program
            }
        };
        Some(PatternView { is_text, program })
    }
}

/// The text of `subject` if it is an exact str (for a str pattern) or exact bytes.
fn exact_subject<'a>(vm: &Vm, subject: &'a PyRef, is_text: bool) -> Option<Subject<'a>> {
    let exact = if is_text {
        &vm.types.str_type
    } else {
        &vm.types.bytes_type
    };
    if !subject.class().is(exact) {
        return None;
    }
    Subject::of(subject).map(|(_, s)| s)
}

/// `pos`/`endpos` clamped into `0..=len` as `_sre` does.
fn clamp(v: i64, len: usize) -> usize {
    v.clamp(0, len as i64) as usize
}

/// A new `Match` for `found` in `subject` (whose code points are `len` long).
fn make_match(
    vm: &mut Vm,
    pattern: &PyRef,
    subject: &PyRef,
    len: usize,
    (pos, endpos): (i64, i64),
    found: &Found,
) -> PyResult {
    let Some((cls, m)) = INSTALLED.with(|i| {
        let i = i.borrow();
        let i = i.as_ref()?;
        Some((i.matcher.upgrade()?, i.m))
    }) else {
        return Err(vm.type_error("re internal: Match is gone"));
    };
    let obj = vm.new_instance_of(&cls, Args::new(&[]))?;
    let mut spans = Vec::with_capacity(found.slots.len() + 1);
    spans.push(vm.int(found.lastindex as i64));
    for &s in &found.slots {
        spans.push(vm.int(if matcher::is_unset(s) { -1 } else { s as i64 }));
    }
    let lastindex = if found.lastindex == 0 {
        vm.none()
    } else {
        vm.int(found.lastindex as i64)
    };
    let values = [
        (m.re, pattern.clone()),
        (m.string, subject.clone()),
        (m.pos, vm.int(clamp(pos, len) as i64)),
        (m.endpos, vm.int(clamp(endpos, len) as i64)),
        (m.lastindex, lastindex),
        (m.spans, vm.tuple(spans)),
        (m.text, vm.none()),
    ];
    if let Payload::Instance(inst) = &obj.payload {
        for (i, v) in values {
            drop(inst.put_slot(i, v));
        }
    }
    Ok(obj)
}

/// An int argument, or None (for the fallback) when it is not a plain int.
fn int_or_default(arg: Option<&PyRef>, default: i64) -> Option<i64> {
    match arg {
        None => Some(default),
        Some(a) => a.as_i64(),
    }
}

/// `Pattern.match`/`search`/`fullmatch(string, pos=0, endpos=sys.maxsize)`: the match,
/// None, or None again when the fast path does not apply (`Ok(None)` vs `Err`).
fn try_run(vm: &mut Vm, args: &Args, mode: Mode) -> PyResult<Option<PyRef>> {
    let a = args.args;
    if !args.kwnames.is_empty() || !(2..=4).contains(&a.len()) {
        return Ok(None);
    }
    let (this, subject) = (&a[0], &a[1]);
    let Some(view) = PatternView::of(vm, this) else {
        return Ok(None);
    };
    let (Some(pos), Some(endpos)) = (
        int_or_default(a.get(2), 0),
        int_or_default(a.get(3), i64::MAX),
    ) else {
        return Ok(None);
    };
    let Some(text) = exact_subject(vm, subject, view.is_text) else {
        return Ok(None);
    };
    let len = text.len();
    let found = text.run(
        &view.program,
        clamp(pos, len),
        clamp(endpos, len),
        mode,
        false,
    );
    Ok(Some(match found {
        Some(f) => make_match(vm, this, subject, len, (pos, endpos), &f)?,
        None => vm.none(),
    }))
}

fn run_or_fallback(vm: &mut Vm, args: Args, mode: Mode, method: &str) -> PyResult {
    match try_run(vm, &args, mode)? {
        Some(r) => Ok(r),
        None => fallback(vm, args, "Pattern", method),
    }
}

fn pattern_match(vm: &mut Vm, args: Args) -> PyResult {
    run_or_fallback(vm, args, Mode::Match, "match")
}

fn pattern_search(vm: &mut Vm, args: Args) -> PyResult {
    run_or_fallback(vm, args, Mode::Search, "search")
}

fn pattern_fullmatch(vm: &mut Vm, args: Args) -> PyResult {
    run_or_fallback(vm, args, Mode::FullMatch, "fullmatch")
}

/// `_sre_next(pattern, string, text, pos, endpos, state)`: the next match of a scan
/// (`finditer`, `sub` with a function), or None when there is none. `state` is the list
/// `[at, must_advance]` the scan keeps and this updates: where to search next, and
/// whether an empty match is refused there (sre's scanner state). `text` is what is
/// searched: `string` itself, or the bytes of a bytes-like `string` (kept as the match's
/// `_text`); matches report `pos` and `endpos` as given.
pub fn next_match(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.positional();
    let [this, string, text, pos, endpos, state] = a else {
        return Err(vm.type_error("re internal: _sre_next takes 6 arguments"));
    };
    let Some(view) = PatternView::of(vm, this) else {
        return Err(vm.type_error("re internal: _sre_next needs a Pattern"));
    };
    let (Some(pos), Some(endpos)) = (pos.as_i64(), endpos.as_i64()) else {
        return Err(vm.type_error("re internal: _sre_next positions must be ints"));
    };
    let Payload::List(items) = &state.payload else {
        return Err(vm.type_error("re internal: _sre_next state must be a list"));
    };
    let (at, must_advance) = {
        let items = items.borrow();
        match items.as_slice() {
            [at, flag] => (at.as_i64(), flag.as_i64()),
            _ => (None, None),
        }
    };
    let (Some(at), Some(must_advance)) = (at, must_advance) else {
        return Err(vm.type_error("re internal: bad _sre_next state"));
    };
    let units = match Subject::of(text) {
        Some((is_text, units)) if is_text == view.is_text => units,
        _ => return Err(vm.type_error("re internal: _sre_next text must be str or bytes")),
    };
    let len = units.len();
    if at > len as i64 {
        return Ok(vm.none());
    }
    let found = units.run(
        &view.program,
        clamp(at, len),
        clamp(endpos, len),
        Mode::Search,
        must_advance != 0,
    );
    let Some(found) = found else {
        let old = std::mem::replace(
            &mut *items.borrow_mut(),
            vec![vm.int(len as i64 + 1), vm.int(0)],
        );
        drop(old);
        return Ok(vm.none());
    };
    let (s, e) = (found.slots[0], found.slots[1]);
    let old = std::mem::replace(
        &mut *items.borrow_mut(),
        vec![vm.int(e as i64), vm.int((s == e) as i64)],
    );
    drop(old);
    let m = make_match(vm, this, string, len, (pos, endpos), &found)?;
    if !text.is(string) {
        set_text(&m, text);
    }
    Ok(m)
}

/// Records the searched text of a match whose string is bytes-like but not bytes.
fn set_text(m: &PyRef, text: &PyRef) {
    let Some(slot) = INSTALLED.with(|i| i.borrow().as_ref().map(|i| i.m.text)) else {
        return;
    };
    if let Payload::Instance(inst) = &m.payload {
        let old = inst.put_slot(slot, text.clone());
        drop(old);
    }
}

/// A match's spans tuple and the text its groups are cut from.
struct MatchView {
    spans: PyRef,
    source: PyRef,
}

impl MatchView {
    fn of(this: &PyRef) -> Option<MatchView> {
        let m = INSTALLED.with(|i| {
            let i = i.borrow();
            let i = i.as_ref()?;
            is_instance_of(this, &i.matcher).then_some(i.m)
        })?;
        let spans = slot_value(this, m.spans)?;
        let text = slot_value(this, m.text)?;
        let source = if matches!(text.payload, Payload::NoneValue) {
            slot_value(this, m.string)?
        } else {
            text
        };
        matches!(spans.payload, Payload::Tuple(_)).then_some(MatchView { spans, source })
    }

    /// Group `g`'s (start, end), `(-1, -1)` when it did not take part; None when there is
    /// no such group (or `g` is not a plain int), for the fallback to report.
    fn span(&self, g: &PyRef) -> Option<(i64, i64)> {
        let Payload::Tuple(spans) = &self.spans.payload else {
            return None;
        };
        let g = usize::try_from(g.as_i64()?).ok()?;
        let (a, b) = (spans.get(2 * g + 1)?, spans.get(2 * g + 2)?);
        Some((a.as_i64()?, b.as_i64()?))
    }

    /// The text of a span, or None for a group that did not take part.
    fn cut(&self, vm: &Vm, (a, b): (i64, i64)) -> Option<PyRef> {
        if a < 0 {
            return Some(vm.none());
        }
        let (a, b) = (a as usize, (b.max(a)) as usize);
        match &self.source.payload {
            Payload::Str(s) if b <= s.char_len() => Some(vm.str(s.substring(a, b))),
            Payload::Bytes(bytes) if b <= bytes.len() => Some(vm.bytes(bytes[a..b].to_vec())),
            _ => None,
        }
    }
}

/// `Match.group(*groups)`: one group's text, or a tuple of several.
fn match_group(vm: &mut Vm, args: Args) -> PyResult {
    let fast = (|| {
        if !args.kwnames.is_empty() {
            return None;
        }
        let (this, groups) = args.args.split_first()?;
        let view = MatchView::of(this)?;
        if groups.is_empty() {
            return view.cut(vm, view.span(&vm.int(0))?);
        }
        let mut out = Vec::with_capacity(groups.len());
        for g in groups {
            out.push(view.cut(vm, view.span(g)?)?);
        }
        Some(if out.len() == 1 {
            out.pop()?
        } else {
            vm.tuple(out)
        })
    })();
    match fast {
        Some(r) => Ok(r),
        None => fallback(vm, args, "Match", "group"),
    }
}

/// The span of the group `start`/`end`/`span` are asked for (group 0 by default).
fn one_span(vm: &Vm, args: &Args) -> Option<(i64, i64)> {
    if !args.kwnames.is_empty() || args.args.len() > 2 {
        return None;
    }
    let (this, rest) = args.args.split_first()?;
    let view = MatchView::of(this)?;
    match rest.first() {
        Some(g) => view.span(g),
        None => view.span(&vm.int(0)),
    }
}

fn match_start(vm: &mut Vm, args: Args) -> PyResult {
    match one_span(vm, &args) {
        Some((a, _)) => Ok(vm.int(a)),
        None => fallback(vm, args, "Match", "start"),
    }
}

fn match_end(vm: &mut Vm, args: Args) -> PyResult {
    match one_span(vm, &args) {
        Some((_, b)) => Ok(vm.int(b)),
        None => fallback(vm, args, "Match", "end"),
    }
}

fn match_span(vm: &mut Vm, args: Args) -> PyResult {
    match one_span(vm, &args) {
        Some((a, b)) => {
            let items = vec![vm.int(a), vm.int(b)];
            Ok(vm.tuple(items))
        }
        None => fallback(vm, args, "Match", "span"),
    }
}
