//! The builtin iterator kinds: over sequences, ranges, dicts, sets and strings, and the lazy
//! builtins (`enumerate`, `zip`, `map`, `filter`, `reversed`, `iter(callable, sentinel)`).
//! One payload variant, one enum: `vm::iteration` advances them.

use crate::heap::PyRef;
use crate::objects::payload::Payload;

pub enum IterState {
    /// Index-based iteration over a list, tuple, str, bytes or any `__getitem__` sequence.
    Seq {
        seq: Option<PyRef>,
        index: usize,
    },
    /// `reversed(list)` and friends: counts down.
    SeqReverse {
        seq: Option<PyRef>,
        index: isize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Over a dict, as CPython's `dictiterobject`: `kind` 0 keys, 1 values, 2 items;
    /// `pos` is `di_pos`, an entry position (holes are skipped); `len` is `di_used`, the
    /// dict's size when iteration began (a change is an error); `left` is `len`, the items
    /// still expected (`__length_hint__`; finding more is "keys changed" error).
    /// `reverse` (`dictreviter_iternext`) walks down from the last entry: `pos` is then one
    /// past the next position to look at.
    Dict {
        dict: Option<PyRef>,
        pos: usize,
        len: usize,
        left: usize,
        kind: u8,
        reverse: bool,
        /// An items iterator's last result tuple (`di_result`), reused while nobody
        /// else holds it.
        result: Option<PyRef>,
    },
    Set {
        set: Option<PyRef>,
        pos: usize,
        len: usize,
    },
    /// Over an OrderedDict's linked order, as CPython's `odictiterobject`: `current` is
    /// the next key (`di_current`), `size` and `state` the dict's size and the list's
    /// `od_state` when iteration began (a change is an error); `kind` 0 keys, 1 values,
    /// 2 items. Stepping is in `modules::collections`.
    ODict {
        od: Option<PyRef>,
        current: Option<PyRef>,
        kind: u8,
        reverse: bool,
        size: usize,
        state: u64,
        /// An items iterator's result tuple (`di_result`), reused while nobody else holds it.
        result: Option<PyRef>,
    },
    Enumerate {
        it: PyRef,
        count: PyRef,
        /// The last result tuple (`en_result`), reused while nobody else holds it.
        result: Option<PyRef>,
    },
    /// `its` is a tuple of the iterators, an object of its own as CPython's `ittuple`:
    /// the collector counts it, `gc.get_referents` shows it, and its death releases the
    /// iterators last to first.
    Zip {
        its: PyRef,
        strict: bool,
        /// The last result tuple (`zipobject.result`), reused while nobody else holds it.
        result: Option<PyRef>,
    },
    /// As `map_dealloc` and `map_traverse`: the tuple of iterators (`iters`, as zip's),
    /// then the function. Fields drop in declaration order.
    Map {
        its: PyRef,
        func: PyRef,
    },
    Filter {
        func: PyRef,
        it: PyRef,
    },
    /// `iter(callable, sentinel)`; once finished it becomes `Exhausted`, releasing both.
    CallIter {
        callable: PyRef,
        sentinel: PyRef,
    },
    /// `itertools.product`, `permutations` and the `combinations` (`modules::itertools`).
    Itertools(Box<crate::modules::itertools::Combinatoric>),
    /// The awaitables of async generators and `anext()` (`vm::async_generator`).
    AsyncAwait(Box<crate::vm::async_generator::AsyncAwait>),
    Exhausted,
}

impl IterState {
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        match self {
            IterState::Seq { seq, .. } | IterState::SeqReverse { seq, .. } => {
                seq.iter().for_each(visit)
            }
            IterState::Dict { dict, result, .. } => {
                dict.iter().for_each(&mut *visit);
                result.iter().for_each(visit);
            }
            IterState::Set { set, .. } => set.iter().for_each(visit),
            // `odictiter_traverse`: the dict, the current key, the result tuple.
            IterState::ODict {
                od,
                current,
                result,
                ..
            } => {
                od.iter().for_each(&mut *visit);
                current.iter().for_each(&mut *visit);
                result.iter().for_each(visit);
            }
            IterState::Enumerate { it, count, result } => {
                visit(it);
                // `enum_traverse`: the index is an object (`en_longindex`) only past
                // `PY_SSIZE_T_MAX`.
                if matches!(count.payload, Payload::BigInt(_)) {
                    visit(count);
                }
                result.iter().for_each(visit);
            }
            IterState::Zip { its, result, .. } => {
                visit(its);
                result.iter().for_each(visit);
            }
            IterState::Map { its, func } => {
                visit(its);
                visit(func);
            }
            IterState::Filter { func, it } => {
                visit(func);
                visit(it);
            }
            IterState::CallIter { callable, sentinel } => {
                visit(callable);
                visit(sentinel);
            }
            IterState::Itertools(tool) => tool.traverse(visit),
            IterState::AsyncAwait(aw) => aw.traverse(visit),
            IterState::Range { .. } | IterState::Exhausted => {}
        }
    }

    pub fn clear(&mut self, out: &mut Vec<PyRef>) {
        let old = std::mem::replace(self, IterState::Exhausted);
        old.traverse(&mut |r| out.push(r.clone()));
    }
}

/// The next result of `zip`, `enumerate` or `dict.items()`, as CPython recycles it: while
/// the iterator holds the only reference to its last tuple, that tuple is refilled in place
/// (its old items released in order, and the tuple tracked again if a collection had
/// untracked it); otherwise a new one is made and the old one stays cached. Either way the
/// cached tuple keeps its items alive until the next call, as in CPython, which
/// `sys.getrefcount` shows.
///
/// `items` is an array or a vector: the usual pair costs no allocation when recycled.
pub fn recycled_result(
    vm: &crate::vm::Vm,
    cache: &mut Option<PyRef>,
    mut items: impl AsMut<[PyRef]> + Into<Vec<PyRef>>,
) -> PyRef {
    if let Some(tuple) = cache.as_mut() {
        if let Some(Payload::Tuple(slots)) = tuple.sole_payload_mut() {
            if slots.len() == items.as_mut().len() {
                // The new items go in, the old ones come out into `items`, released in
                // order once the tuple is no longer borrowed.
                slots.swap_with_slice(items.as_mut());
                crate::gc::track_in(tuple, 0);
                drop(items);
                return tuple.clone();
            }
        }
    }
    vm.tuple(items.into())
}
