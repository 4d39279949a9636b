//! Bounded-depth freeing (CPython's trashcan) and the live-object counters.
//!
//! Releasing a payload drops the references it holds, and each of those may free another
//! object in turn: naive recursion would overflow the Rust stack on a long linked chain.
//! [`release`] lets the cascade recurse only `MAX_DEPTH` levels; deeper payloads are parked
//! and released by the loop of the outermost call, one at a time.

use crate::objects::payload::Payload;
use std::cell::{Cell, UnsafeCell};
use std::mem::ManuallyDrop;

/// How deep nested frees may recurse before payloads are parked.
const MAX_DEPTH: u32 = 64;

/// The trashcan and the counters: one thread-local, which every allocation and every free
/// reaches.
struct State {
    depth: Cell<u32>,
    /// Payloads parked past `MAX_DEPTH`, reached only through [`State::parked`].
    /// `ManuallyDrop`: without a destructor the thread-local is a plain address, with no
    /// "registered / destroyed" state to check on each access. The outermost release
    /// always empties it, so nothing is left in it to drop.
    parked: UnsafeCell<ManuallyDrop<Vec<Payload>>>,
    allocated: Cell<usize>,
    freed: Cell<usize>,
    immortal: Cell<usize>,
    cached: Cell<usize>,
}

impl State {
    /// Runs `f` on the parked payloads. `f` only pushes or pops (dropping nothing), so the
    /// mutable reference is unique while it lives.
    #[inline(always)]
    fn parked<R>(&self, f: impl FnOnce(&mut Vec<Payload>) -> R) -> R {
        // SAFETY: only this function makes a reference to the list, and `f` never calls
        // back into it (see above).
        f(unsafe { &mut *self.parked.get() })
    }
}

thread_local! {
    static STATE: State = const {
        State {
            depth: Cell::new(0),
            parked: UnsafeCell::new(ManuallyDrop::new(Vec::new())),
            allocated: Cell::new(0),
            freed: Cell::new(0),
            immortal: Cell::new(0),
            cached: Cell::new(0),
        }
    };
}

/// Runs `f` on the thread's [`STATE`] (see `heap::with_thread_local`).
#[inline(always)]
fn with_state<R>(f: impl FnOnce(&State) -> R) -> R {
    super::with_thread_local(&STATE, f)
}

/// Drops `payload` (one that holds references), parking it when the free cascade is
/// already deep.
#[inline]
pub(super) fn release(payload: Payload) {
    with_state(|s| {
        let depth = s.depth.get();
        if depth >= MAX_DEPTH {
            s.parked(|p| p.push(payload));
            return;
        }
        s.depth.set(depth + 1);
        drop(payload);
        if depth == 0 {
            // The outermost free drains everything that deeper levels parked.
            while let Some(parked) = s.parked(Vec::pop) {
                drop(parked);
            }
        }
        s.depth.set(depth);
    });
}

#[inline]
pub(super) fn count_alloc() {
    let n = with_state(|s| {
        let n = s.allocated.get() + 1;
        s.allocated.set(n);
        n
    });
    if n.is_multiple_of(super::limits::CHECK_EVERY) {
        super::limits::sample();
    }
}

#[inline]
pub(super) fn count_free() {
    with_state(|s| s.freed.set(s.freed.get() + 1));
}

pub(super) fn count_immortal() {
    with_state(|s| s.immortal.set(s.immortal.get() + 1));
}

pub(super) fn live_objects() -> usize {
    with_state(|s| s.allocated.get() - s.freed.get()) - super::freelist::parked()
}

pub(super) fn live_mortal_objects() -> usize {
    live_objects().saturating_sub(with_state(|s| s.immortal.get() + s.cached.get()))
}

pub(super) fn live_uncached_objects() -> usize {
    live_objects().saturating_sub(with_state(|s| s.cached.get()))
}

pub(super) fn set_cached(delta: isize) {
    with_state(|s| {
        s.cached
            .set((s.cached.get() as isize + delta).max(0) as usize)
    });
}
