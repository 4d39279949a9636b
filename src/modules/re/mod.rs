//! The regular expression engine behind `re` (CPython's `_sre`), written for refpy:
//! `parser` reads the pattern syntax with `re`'s error messages, `compile` turns the tree
//! into a program, `matcher` runs it with an explicit backtracking stack.
//!
//! The Python-facing API (`Pattern`, `Match`, `sub` templates, `split`, `findall`...)
//! is our own Python in `py/re.py`; it calls the natives here:
//!
//! * `_sre_compile(pattern, flags)` → `(flags, groups, ((name, index), ...), handle)`, or
//!   `(message, position, kind)` for a syntax error (`kind`: 0 `re.error`,
//!   1 `OverflowError`, 2 `ValueError`, 3 `RecursionError`), which `re.py` raises.
//! * `_sre_scan(pattern, flags, string, pos, endpos, mode, limit)`: `mode` 0 match,
//!   1 search, 2 fullmatch gives one match or None; mode 3 gives the list of successive
//!   non-overlapping matches (at most `limit`, 0 for all) with sre's rule that a match
//!   may not be empty where the previous one ended. A match is
//!   `(lastindex, start0, end0, start1, end1, ...)`, -1 for a group that did not match.
//!   Modes 4 and 5 build `findall`'s and `split`'s lists directly.
//! * `_sre_sub(pattern, flags, string, count, template)`: `sub` with a parsed template.
//! * `_sre_install(Pattern, Match)` and `_sre_next(...)`: see `objects`, the
//!   native `match`/`search`/`group`... methods put on the two Python classes.
//!
//! Compiled programs are registered here by (pattern, flags), so a `Pattern` object holds
//! only Python values and needs no native payload: `_sre_compile` also returns the
//! program's handle, which the `Pattern` keeps (`_code`) for the native methods.

mod chars;
mod compile;
mod matcher;
mod objects;
mod parser;
mod subject;

use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use compile::Program;
use matcher::Mode;
use parser::ErrorKind;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use subject::Subject;

pub const TEMPLATE: u32 = 1;
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;

/// Set in `re` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("_sre_compile", re_compile),
    ("_sre_scan", re_scan),
    ("_sre_sub", re_sub),
    ("_sre_install", objects::install),
    ("_sre_next", objects::next_match),
];

/// Programs kept at most; the registry is emptied when full, as `re._cache` is.
const CACHE_MAX: usize = 512;

type CacheKey = (bool, Vec<u32>, u32);

/// The compiled programs, found by (pattern, flags) or by the handle `_sre_compile` gives
/// a `Pattern` (its `_code` slot): the handle spares the hot paths converting and hashing
/// the pattern text on every call. A handle names an index and the registry's generation,
/// so a handle from before the registry was emptied is recognized as stale (the caller
/// then looks the program up by its pattern again).
#[derive(Default)]
struct Registry {
    by_key: HashMap<CacheKey, usize>,
    programs: Vec<Rc<Program>>,
    generation: i64,
}

impl Registry {
    /// The handle of the program at index `i`.
    fn handle(&self, i: usize) -> i64 {
        (self.generation << HANDLE_INDEX_BITS) | i as i64
    }
}

thread_local! {
    static PROGRAMS: RefCell<Registry> = RefCell::new(Registry::default());
}

/// Bits of a handle that hold the index (the rest is the generation).
const HANDLE_INDEX_BITS: u32 = 20;

/// The code points of a str, or the bytes of a bytes object; `None` for other types.
fn units(obj: &PyRef) -> Option<(bool, Vec<u32>)> {
    match &obj.payload {
        Payload::Str(s) => Some((true, str_units(s))),
        Payload::Bytes(b) => Some((false, b.iter().map(|&b| b as u32).collect())),
        _ => None,
    }
}

/// The code points of a str (an ASCII one, the common case, byte by byte).
fn str_units(s: &crate::objects::str::PyStr) -> Vec<u32> {
    if s.is_ascii() {
        s.as_str().bytes().map(u32::from).collect()
    } else {
        s.as_str().chars().map(|c| c as u32).collect()
    }
}

fn int_arg(vm: &Vm, args: &[PyRef], i: usize) -> PyResult<i64> {
    args.get(i)
        .and_then(|a| a.as_i64())
        .ok_or_else(|| vm.type_error("re internal: integer argument expected"))
}

/// `_sre_compile(pattern, flags)`.
fn re_compile(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.positional();
    let Some((is_text, pattern)) = a.first().and_then(units) else {
        return Err(vm.type_error("first argument must be string or compiled pattern"));
    };
    let flags = int_arg(vm, a, 1)? as u32;
    match parser::parse(&pattern, is_text, flags) {
        Ok(parsed) => {
            let program = Rc::new(compile::compile(&parsed.node, parsed.groups));
            let handle = store(is_text, pattern, parsed.flags, program);
            let names = parsed
                .names
                .iter()
                .map(|(n, i)| {
                    let n = vm.str(n);
                    let i = vm.int(*i as i64);
                    vm.tuple(vec![n, i])
                })
                .collect();
            let items = vec![
                vm.int(parsed.flags as i64),
                vm.int(parsed.groups as i64 - 1),
                vm.tuple(names),
                vm.int(handle),
            ];
            Ok(vm.tuple(items))
        }
        Err(e) => {
            let pos = match e.pos {
                Some(p) => vm.int(p as i64),
                None => vm.none(),
            };
            let kind = match e.kind {
                ErrorKind::Re => 0,
                ErrorKind::Overflow => 1,
                ErrorKind::Value => 2,
                ErrorKind::Recursion => 3,
            };
            let items = vec![vm.str(&e.msg), pos, vm.int(kind)];
            Ok(vm.tuple(items))
        }
    }
}

/// Registers a program; returns its handle.
fn store(is_text: bool, pattern: Vec<u32>, flags: u32, program: Rc<Program>) -> i64 {
    PROGRAMS.with(|r| {
        let mut guard = r.borrow_mut();
        let r = &mut *guard;
        let key = (is_text, pattern, flags);
        if let Some(&i) = r.by_key.get(&key) {
            if let Some(slot) = r.programs.get_mut(i) {
                *slot = program;
                return r.handle(i);
            }
        }
        if r.programs.len() >= CACHE_MAX {
            r.by_key.clear();
            r.programs.clear();
            r.generation += 1;
        }
        let i = r.programs.len();
        r.programs.push(program);
        r.by_key.insert(key, i);
        r.handle(i)
    })
}

/// The program a handle names, unless the registry was emptied since.
fn program_by_handle(handle: i64) -> Option<Rc<Program>> {
    PROGRAMS.with(|r| {
        let r = r.borrow();
        if handle < 0 || handle >> HANDLE_INDEX_BITS != r.generation {
            return None;
        }
        let i = (handle & ((1 << HANDLE_INDEX_BITS) - 1)) as usize;
        r.programs.get(i).cloned()
    })
}

/// The program of a pattern `_sre_compile` accepted (compiled again if the registry
/// dropped it), and its handle.
fn program(is_text: bool, pattern: Vec<u32>, flags: u32) -> Option<(Rc<Program>, i64)> {
    let key = (is_text, pattern, flags);
    let hit = PROGRAMS.with(|r| {
        let r = r.borrow();
        let i = *r.by_key.get(&key)?;
        Some((r.programs.get(i)?.clone(), r.handle(i)))
    });
    if hit.is_some() {
        return hit;
    }
    let parsed = parser::parse(&key.1, is_text, flags).ok()?;
    let program = Rc::new(compile::compile(&parsed.node, parsed.groups));
    let handle = store(is_text, key.1, flags, program.clone());
    Some((program, handle))
}

/// `_sre_scan(pattern, flags, string, pos, endpos, mode, limit)`.
fn re_scan(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.positional();
    let (Some((is_text, pattern)), Some((_, text))) =
        (a.first().and_then(units), a.get(2).and_then(Subject::of))
    else {
        return Err(vm.type_error("re internal: str or bytes expected"));
    };
    let flags = int_arg(vm, a, 1)? as u32;
    let len = text.len() as i64;
    let clamp = |v: i64| v.clamp(0, len) as usize;
    let pos = clamp(int_arg(vm, a, 3)?);
    let endpos = clamp(int_arg(vm, a, 4)?);
    let mode = int_arg(vm, a, 5)?;
    let limit = int_arg(vm, a, 6)?.max(0) as usize;
    let Some((prog, _)) = program(is_text, pattern, flags) else {
        return Err(vm.value_error("re internal: pattern does not compile"));
    };
    let one = |vm: &Vm, found: &matcher::Found| {
        let mut items = vec![vm.int(found.lastindex as i64)];
        for &s in &found.slots {
            items.push(vm.int(if matcher::is_unset(s) { -1 } else { s as i64 }));
        }
        vm.tuple(items)
    };
    if mode < 3 {
        let mode = match mode {
            0 => Mode::Match,
            1 => Mode::Search,
            _ => Mode::FullMatch,
        };
        return Ok(match text.run(&prog, pos, endpos, mode, false) {
            Some(found) => one(vm, &found),
            None => vm.none(),
        });
    }
    let found = text.scan_all(&prog, pos, endpos, limit);
    let out = match mode {
        3 => found.iter().map(|f| one(vm, f)).collect(),
        4 => found
            .iter()
            .map(|f| findall_item(vm, is_text, &text, f))
            .collect(),
        _ => split_items(vm, is_text, &text, &found),
    };
    Ok(vm.list(out))
}

/// Group `g` of a match as a str/bytes, or None when it did not take part.
fn group_piece(vm: &Vm, is_text: bool, text: &Subject, f: &matcher::Found, g: usize) -> PyRef {
    let (a, b) = (f.slots[2 * g], f.slots[2 * g + 1]);
    if matcher::is_unset(a) || matcher::is_unset(b) {
        return vm.none();
    }
    text.piece(vm, is_text, a, b)
}

/// One `findall` item: the whole match, the one group, or a tuple of all groups
/// (a group that did not match gives an empty string).
fn findall_item(vm: &Vm, is_text: bool, text: &Subject, f: &matcher::Found) -> PyRef {
    let groups = f.slots.len() / 2 - 1;
    let get = |g: usize| {
        let v = group_piece(vm, is_text, text, f, g);
        if matches!(v.payload, Payload::NoneValue) {
            text.piece(vm, is_text, 0, 0)
        } else {
            v
        }
    };
    match groups {
        0 => get(0),
        1 => get(1),
        n => {
            let items = (1..=n).map(get).collect();
            vm.tuple(items)
        }
    }
}

/// `split`: the text between matches, with every group of each match in between.
fn split_items(vm: &Vm, is_text: bool, text: &Subject, found: &[matcher::Found]) -> Vec<PyRef> {
    let mut out = Vec::new();
    let mut last = 0;
    for f in found {
        out.push(text.piece(vm, is_text, last, f.slots[0]));
        for g in 1..f.slots.len() / 2 {
            out.push(group_piece(vm, is_text, text, f, g));
        }
        last = f.slots[1];
    }
    out.push(text.piece(vm, is_text, last, text.len()));
    out
}

/// `_sre_sub(pattern, flags, string, count, template)`: `sub` with a parsed template
/// (a list of str/bytes pieces and group numbers) → `(result, number of matches)`.
fn re_sub(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.positional();
    let (Some((is_text, pattern)), Some((_, text))) =
        (a.first().and_then(units), a.get(2).and_then(Subject::of))
    else {
        return Err(vm.type_error("re internal: str or bytes expected"));
    };
    let flags = int_arg(vm, a, 1)? as u32;
    let count = int_arg(vm, a, 3)?.max(0) as usize;
    let Some(Payload::List(template)) = a.get(4).map(|t| &t.payload) else {
        return Err(vm.type_error("re internal: template list expected"));
    };
    let template: Vec<PyRef> = template.borrow().clone();
    let Some((prog, _)) = program(is_text, pattern, flags) else {
        return Err(vm.value_error("re internal: pattern does not compile"));
    };
    let found = text.scan_all(&prog, 0, text.len(), count);
    let mut out: Vec<u32> = Vec::with_capacity(text.len());
    let mut last = 0;
    for f in &found {
        text.extend(&mut out, last, f.slots[0]);
        for item in &template {
            if let Some(g) = item.as_i64() {
                let g = usize::try_from(g).unwrap_or(usize::MAX / 4);
                let (Some(&s), Some(&e)) = (f.slots.get(2 * g), f.slots.get(2 * g + 1)) else {
                    return Err(vm.index_error("no such group"));
                };
                if !matcher::is_unset(s) && !matcher::is_unset(e) && s < e {
                    text.extend(&mut out, s, e);
                }
            } else if let Some((_, lit)) = units(item) {
                out.extend_from_slice(&lit);
            }
        }
        last = f.slots[1];
    }
    text.extend(&mut out, last, text.len());
    let result = subject::piece_of_units(vm, is_text, &out);
    let n = vm.int(found.len() as i64);
    Ok(vm.tuple(vec![result, n]))
}
