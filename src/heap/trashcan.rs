//! Bounded-depth freeing (CPython's trashcan) and the live-object counters.
//!
//! Releasing a payload drops the references it holds, and each of those may free another
//! object in turn: naive recursion would overflow the Rust stack on a long linked chain.
//! [`release`] lets the cascade recurse only `MAX_DEPTH` levels; deeper payloads are parked
//! and released by the loop of the outermost call, one at a time.

use crate::objects::payload::Payload;
use std::cell::{Cell, RefCell};

/// How deep nested frees may recurse before payloads are parked.
const MAX_DEPTH: u32 = 64;

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static PARKED: RefCell<Vec<Payload>> = const { RefCell::new(Vec::new()) };
    static ALLOCATED: Cell<usize> = const { Cell::new(0) };
    static FREED: Cell<usize> = const { Cell::new(0) };
    static IMMORTAL: Cell<usize> = const { Cell::new(0) };
    static CACHED: Cell<usize> = const { Cell::new(0) };
}

/// Drops `payload`, parking it when the free cascade is already deep.
pub(super) fn release(payload: Payload) {
    if !payload.holds_references() {
        return;
    }
    let depth = DEPTH.with(|d| d.get());
    if depth >= MAX_DEPTH {
        PARKED.with(|p| p.borrow_mut().push(payload));
        return;
    }
    DEPTH.with(|d| d.set(depth + 1));
    drop(payload);
    if depth == 0 {
        // The outermost free drains everything that deeper levels parked.
        while let Some(parked) = PARKED.with(|p| p.borrow_mut().pop()) {
            drop(parked);
        }
    }
    DEPTH.with(|d| d.set(depth));
}

pub(super) fn count_alloc() {
    let n = ALLOCATED.with(|c| {
        let n = c.get() + 1;
        c.set(n);
        n
    });
    if n.is_multiple_of(super::limits::CHECK_EVERY) {
        super::limits::sample();
    }
}

pub(super) fn count_free() {
    FREED.with(|c| c.set(c.get() + 1));
}

pub(super) fn count_immortal() {
    IMMORTAL.with(|c| c.set(c.get() + 1));
}

pub(super) fn live_objects() -> usize {
    ALLOCATED.with(|a| a.get()) - FREED.with(|f| f.get()) - super::freelist::parked()
}

pub(super) fn live_mortal_objects() -> usize {
    live_objects().saturating_sub(IMMORTAL.with(|i| i.get()) + CACHED.with(|c| c.get()))
}

pub(super) fn set_cached(delta: isize) {
    CACHED.with(|c| c.set((c.get() as isize + delta).max(0) as usize));
}
