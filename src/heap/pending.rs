//! The queue of Python code that deaths asked for: `__del__` calls and weakref callbacks.
//!
//! The heap fills it while freeing; the VM drains it after the instruction that caused the
//! deaths (and at other safe points), in the order the deaths happened. A `const`
//! thread-local flag makes the per-instruction check one load.

use super::PyRef;
use std::cell::{Cell, RefCell};

/// One piece of Python code to run on behalf of a death.
pub enum Pending {
    /// Call `type(obj).__del__(obj)`; the queue's reference keeps `obj` alive meanwhile.
    /// `pinned` holds the weak references to `obj` that have callbacks until `obj`'s fate
    /// is known: CPython runs `__del__` (and, if `obj` then dies, the callbacks) at once,
    /// before the rest of the teardown that queued it could free those references.
    Finalize { obj: PyRef, pinned: Vec<PyRef> },
    /// Call `callback(weakref)` for a weak reference whose referent died.
    WeakCallback { callback: PyRef, weakref: PyRef },
    /// Drop a reference whose release waits for the finalizers queued before it (see
    /// `PyRef::defer_release_while_finalizing`).
    Release(PyRef),
}

thread_local! {
    static QUEUE: RefCell<Vec<Pending>> = const { RefCell::new(Vec::new()) };
    static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
}

pub fn push(p: Pending) {
    QUEUE.with(|q| q.borrow_mut().push(p));
    HAS_PENDING.with(|h| h.set(true));
}

/// Asks the VM to stop at its next safe point even though nothing is queued (the
/// collector's allocation threshold was crossed: an automatic collection is due).
pub fn wake() {
    HAS_PENDING.with(|h| h.set(true));
}

/// Whether anything waits to run: the dispatch loop checks this after every instruction.
#[inline]
pub fn has_pending() -> bool {
    HAS_PENDING.with(|h| h.get())
}

/// Whether a `__del__` waits in the queue.
pub fn finalizer_queued() -> bool {
    has_pending()
        && QUEUE.with(|q| {
            q.try_borrow()
                .is_ok_and(|q| q.iter().any(|p| matches!(p, Pending::Finalize { .. })))
        })
}

/// Takes everything queued so far, oldest first (the caller owns the references).
pub fn take_pending() -> Vec<Pending> {
    HAS_PENDING.with(|h| h.set(false));
    QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()))
}
