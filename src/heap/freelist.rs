//! Free lists of dead floats and ints (CPython's `float_freelist`, 100 entries).
//!
//! Arithmetic makes and kills a number object per operation. Allocating one costs the
//! header's setup and the bookkeeping of `PyRef::new`; freeing one, the whole `tp_dealloc`
//! path and the allocator. An exact `float` or `int` has nothing a death could release,
//! no weak references and no collector slot, so when its last reference goes it is parked
//! here instead, and the next number of its kind reuses it with only its value rewritten.
//! It counts as freed while parked (allocation tracing sees a free and, on reuse, an
//! allocation; the live-object count leaves parked objects out, see [`parked`]), and the
//! most recently freed block is the first reused, as with pymalloc, so `id()` behaves as
//! CPython's.

use super::{alloc_hooks, PyRef};
use crate::objects::payload::Payload;
use std::cell::UnsafeCell;
use std::mem::ManuallyDrop;

/// How many dead numbers of each kind are kept (CPython's `PyFloat_MAXFREELIST`).
const MAX_PARKED: usize = 100;

/// The value of a recyclable number: what a parked object is rewritten with.
#[derive(Clone, Copy)]
pub enum Number {
    Float(f64),
    Int(i64),
}

impl Number {
    /// Its free list's index in `LISTS`.
    fn list(self) -> usize {
        match self {
            Number::Float(_) => 0,
            Number::Int(_) => 1,
        }
    }

    pub(super) fn payload(self) -> Payload {
        match self {
            Number::Float(v) => Payload::Float(v),
            Number::Int(v) => Payload::Int(v),
        }
    }

    /// Writes the value into a parked object's payload of the same kind. (Assigning a
    /// whole new payload would run the old one's drop glue for nothing.)
    fn write_into(self, payload: &mut Payload) {
        match (self, payload) {
            (Number::Float(v), Payload::Float(old)) => *old = v,
            (Number::Int(v), Payload::Int(old)) => *old = v,
            (value, other) => *other = value.payload(),
        }
    }

    fn of(payload: &Payload) -> Option<Number> {
        match *payload {
            Payload::Float(v) => Some(Number::Float(v)),
            Payload::Int(v) => Some(Number::Int(v)),
            _ => None,
        }
    }
}

thread_local! {
    // `ManuallyDrop`: the lists need no destructor, so each access is a plain
    // thread-local address, with no "registered / destroyed" state to check on the hot
    // path. At thread exit the parked objects are let go without being freed: they were
    // counted as freed when parked, and freeing them then would run allocation hooks whose
    // own thread-local state may be gone already.
    static LISTS: UnsafeCell<ManuallyDrop<[Parked; 2]>> =
        const { UnsafeCell::new(ManuallyDrop::new([Parked::new(), Parked::new()])) };
}

/// Runs `f` on the free lists. Nothing `f` is given here runs Python code or reaches the
/// lists again (a push clones a reference, a pop moves one out; no object dies inside), so
/// the lists need no borrow flag.
#[inline(always)]
fn with_lists<R>(f: impl FnOnce(&mut [Parked; 2]) -> R) -> R {
    // SAFETY: the thread's own lists, and only this function makes a reference to them;
    // `f` (in this module) never calls back into it, so the reference is unique while it
    // lives.
    LISTS.with(|lists| f(unsafe { &mut *lists.get() }))
}

/// How many dead numbers are parked now: counted as allocated blocks, they are left out
/// of the live-object count (`trashcan::live_objects`).
pub(super) fn parked() -> usize {
    with_lists(|lists| lists.iter().map(|p| p.len).sum())
}

/// The parked objects of one kind: a fixed array used as a stack (last freed, first
/// reused), so parking and reusing never grow or check a vector's capacity.
struct Parked {
    len: usize,
    objects: [Option<PyRef>; MAX_PARKED],
}

impl Parked {
    const fn new() -> Parked {
        Parked {
            len: 0,
            objects: [const { None }; MAX_PARKED],
        }
    }

    fn push(&mut self, obj: &PyRef) -> bool {
        let Some(slot) = self.objects.get_mut(self.len) else {
            return false;
        };
        *slot = Some(obj.clone());
        self.len += 1;
        true
    }

    fn pop(&mut self) -> Option<PyRef> {
        self.len = self.len.checked_sub(1)?;
        self.objects[self.len].take()
    }
}

/// Called by `PyRef::drop` for the last reference to a recyclable number: parks it (a
/// death, as far as anyone can tell) when its list has room; otherwise it is freed as
/// usual when the caller's reference goes.
#[inline]
pub(super) fn park(obj: &PyRef) {
    let Some(number) = Number::of(&obj.payload) else {
        return;
    };
    if obj.gc.flags.get() & super::FLAG_HAS_EXTRA != 0 || obj.gc.get().is_some() {
        return;
    }
    if with_lists(|lists| lists[number.list()].push(obj)) {
        if let Some(hooks) = alloc_hooks() {
            (hooks.on_free)(obj.id());
        }
    }
}

/// A parked number of `value`'s kind, now alive again with that value (counted and
/// traced as an allocation); `None` when none is parked.
#[inline]
pub(super) fn reuse(value: Number) -> Option<PyRef> {
    let mut obj = with_lists(|lists| lists[value.list()].pop())?;
    let Some(o) = obj.0.get_mut() else {
        // A Rust-level weak pointer (a tracer's) still sees it: free it for good.
        discard(obj);
        return None;
    };
    value.write_into(&mut o.payload);
    if let Some(hooks) = alloc_hooks() {
        (hooks.on_alloc)(&obj);
    }
    Some(obj)
}

/// Frees a parked object for good (its free is counted then).
fn discard(obj: PyRef) {
    obj.gc
        .flags
        .set(obj.gc.flags.get() & !super::FLAG_RECYCLABLE);
    drop(obj);
}
