//! Free lists of dead floats and ints (CPython's `float_freelist`, 100 entries).
//!
//! Arithmetic makes and kills a number object per operation. Allocating one costs the
//! header's setup and the bookkeeping of `PyRef::new`; freeing one, the whole `tp_dealloc`
//! path and the allocator. An exact `float` or `int` has nothing a death could release,
//! no weak references and no collector slot, so when its last reference goes it is parked
//! here instead, and the next number of its kind reuses it with only its value rewritten.
//! It counts as freed while parked (the live-object counts and allocation tracing see a
//! free and, on reuse, an allocation), and the most recently freed block is the first
//! reused, as with pymalloc, so `id()` behaves as CPython's.

use super::{alloc_hooks, trashcan, PyRef};
use crate::objects::payload::Payload;
use std::cell::RefCell;
use std::rc::Rc;

/// How many dead numbers of each kind are kept (CPython's `PyFloat_MAXFREELIST`).
const MAX_PARKED: usize = 100;

/// The kinds of recyclable objects, as indices into [`LISTS`].
#[derive(Clone, Copy)]
pub(super) enum Kind {
    Float = 0,
    Int = 1,
}

thread_local! {
    static LISTS: RefCell<Lists> = const { RefCell::new(Lists([Vec::new(), Vec::new()])) };
}

/// The parked objects of one thread, by [`Kind`].
struct Lists([Vec<PyRef>; 2]);

impl Drop for Lists {
    /// At thread exit the parked objects are let go without being freed: they were counted
    /// as freed when parked, and freeing them now would run allocation hooks whose own
    /// thread-local state may be gone already.
    fn drop(&mut self) {
        for list in &mut self.0 {
            list.drain(..).for_each(std::mem::forget);
        }
    }
}

fn kind_of(payload: &Payload) -> Option<Kind> {
    match payload {
        Payload::Float(_) => Some(Kind::Float),
        Payload::Int(_) => Some(Kind::Int),
        _ => None,
    }
}

/// Called by `PyRef::drop` for the last reference to a recyclable number: parks it (a
/// death, as far as anyone can tell) when its list has room; otherwise it is freed as
/// usual when the caller's reference goes.
#[inline(never)]
pub(super) fn park(obj: &PyRef) {
    let Some(kind) = kind_of(&obj.payload) else {
        return;
    };
    if obj.extra.get().is_some() || obj.gc.get().is_some() {
        return;
    }
    let _ = LISTS.try_with(|lists| {
        let Ok(mut lists) = lists.try_borrow_mut() else {
            return;
        };
        let list = &mut lists.0[kind as usize];
        if list.len() < MAX_PARKED {
            trashcan::count_free();
            if let Some(hooks) = alloc_hooks() {
                (hooks.on_free)(obj.id());
            }
            list.push(obj.clone());
        }
    });
}

/// A parked number of `kind`, now alive again (counted and traced as an allocation),
/// with `set` writing its new value; `None` when none is parked.
#[inline]
pub(super) fn reuse(kind: Kind, set: impl FnOnce(&mut Payload)) -> Option<PyRef> {
    let mut obj = LISTS
        .try_with(|lists| lists.borrow_mut().0[kind as usize].pop())
        .ok()??;
    let Some(o) = Rc::get_mut(&mut obj.0) else {
        // A Rust-level weak pointer (a tracer's) still sees it: free it for good.
        discard(obj);
        return None;
    };
    set(&mut o.payload);
    trashcan::count_alloc();
    if let Some(hooks) = alloc_hooks() {
        (hooks.on_alloc)(&obj);
    }
    Some(obj)
}

/// Frees a parked object for good. It was counted as freed when parked, so it is counted
/// alive again first, for the real free to balance.
fn discard(obj: PyRef) {
    trashcan::count_alloc();
    obj.gc
        .flags
        .set(obj.gc.flags.get() & !super::FLAG_RECYCLABLE);
    drop(obj);
}
