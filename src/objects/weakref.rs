//! Weak references: `weakref.ref` objects and what happens to them when their referent dies.
//!
//! The referent keeps a list of the weakref objects pointing at it (`PyObject::weaklist`).
//! When it is freed, [`referent_died`] queues the callbacks, newest weakref first, as
//! CPython's `PyObject_ClearWeakRefs` does; the referent is already unreachable through the
//! refs because the Rust-level weak pointer no longer upgrades.

use crate::heap::{Pending, PyRef, WeakPyRef};
use std::cell::{Cell, RefCell};

pub struct WeakRefData {
    /// The `__slots__` values of a Python subclass (`KeyedRef.key`, `WeakMethod._func_ref`),
    /// laid out as an instance's (see `vm::slot_index`): CPython keeps them in the object
    /// itself, after the `PyWeakReference` fields, so a subclass with `__slots__` has no
    /// `__dict__` (a dict object per `KeyedRef` would cost an allocation and a collectable
    /// object each). Empty, unallocated, for a plain reference. Declared first: released
    /// before the callback, as `subtype_dealloc` clears the slots before `weakref_dealloc`.
    pub slots: RefCell<Box<[Option<PyRef>]>>,
    /// `None` once the collector cleared it.
    pub referent: RefCell<Option<WeakPyRef>>,
    pub callback: RefCell<Option<PyRef>>,
    /// `hash(ref)` is the referent's hash, computed while it was alive.
    pub hash: Cell<Option<i64>>,
    pub is_proxy: bool,
}

impl WeakRefData {
    /// The referent, if it is still alive (an owned reference).
    pub fn get(&self) -> Option<PyRef> {
        self.referent.borrow().as_ref().and_then(|w| w.upgrade())
    }

    /// Clears the reference (the collector found the referent to be garbage).
    pub fn kill(&self) {
        self.referent.borrow_mut().take();
    }

    /// `subtype_traverse` then `gc_traverse`: the slot values, then the callback.
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(slots) = self.slots.try_borrow() {
            slots.iter().flatten().for_each(&mut *visit);
        }
        if let Ok(c) = self.callback.try_borrow() {
            c.iter().for_each(visit);
        }
    }

    /// `subtype_clear` then `gc_clear`: the slot values, then the callback.
    pub fn clear(&self, out: &mut Vec<PyRef>) {
        if let Ok(mut slots) = self.slots.try_borrow_mut() {
            out.extend(slots.iter_mut().filter_map(Option::take));
        }
        if let Ok(mut c) = self.callback.try_borrow_mut() {
            out.extend(c.take());
        }
    }
}

/// Called by the heap when the weak reference object `this` (holding `data`) is freed:
/// it leaves its referent's list, if the referent still lives (CPython's
/// `weakref_dealloc` → `clear_weakref`).
pub(crate) fn unlink(data: &WeakRefData, this: &crate::heap::PyObject) {
    if let Some(referent) = data.get() {
        referent.remove_weakref(this);
    }
}

/// Called by the heap when an object with weak references is freed.
pub(crate) fn referent_died(weaklist: Vec<WeakPyRef>) {
    for weak in weaklist.into_iter().rev() {
        let Some(wr) = weak.upgrade() else {
            continue;
        };
        if let crate::objects::payload::Payload::WeakRef(data) = &wr.payload {
            if let Some(callback) = data.callback.borrow_mut().take() {
                crate::heap::push_pending(Pending::WeakCallback {
                    callback,
                    weakref: wr.clone(),
                });
            }
        }
    }
}
