//! The type attribute cache (CPython's method cache): remembers what a lookup along a
//! class's MRO found, so attribute access and special-method lookups skip the walk.
//!
//! Entries are keyed by the class's address and the name; one global version number is
//! bumped by every change to any class namespace (and by class creation, since a new
//! class may reuse a dead one's address), which invalidates every entry at once. Class
//! namespaces change rarely after start-up, so this costs little. Entries hold weak
//! pointers: the cache keeps nothing alive and changes no reference count.

use crate::heap::{PyRef, WeakPyRef};
use std::cell::{Cell, RefCell};

const SIZE: usize = 4096;

struct Entry {
    version: u64,
    class: usize,
    hash: i64,
    name: Box<str>,
    /// `None`: the name is not found along the MRO.
    value: Option<WeakPyRef>,
}

thread_local! {
    static VERSION: Cell<u64> = const { Cell::new(1) };
    static ENTRIES: RefCell<Vec<Option<Entry>>> = RefCell::new((0..SIZE).map(|_| None).collect());
}

/// Invalidates every entry: call after any change to a class namespace.
pub fn invalidate() {
    VERSION.with(|v| v.set(v.get() + 1));
}

fn slot(class: usize, hash: i64) -> usize {
    ((class >> 4) ^ (hash as usize)).wrapping_mul(0x9E37_79B9) % SIZE
}

/// A cached lookup: `Some(result)` on a hit (`result` itself `None` when the name is
/// absent), `None` on a miss.
pub fn get(class: &PyRef, name: &str, hash: i64) -> Option<Option<PyRef>> {
    let version = VERSION.with(|v| v.get());
    ENTRIES.with(|entries| {
        let entries = entries.borrow();
        let entry = entries[slot(class.id(), hash)].as_ref()?;
        if entry.version != version
            || entry.class != class.id()
            || entry.hash != hash
            || &*entry.name != name
        {
            return None;
        }
        match &entry.value {
            None => Some(None),
            // A dead value means the namespace changed (and the version with it); be safe.
            Some(weak) => weak.upgrade().map(Some),
        }
    })
}

/// Records the result of a lookup.
pub fn put(class: &PyRef, name: &str, hash: i64, value: Option<&PyRef>) {
    let version = VERSION.with(|v| v.get());
    ENTRIES.with(|entries| {
        entries.borrow_mut()[slot(class.id(), hash)] = Some(Entry {
            version,
            class: class.id(),
            hash,
            name: name.into(),
            value: value.map(PyRef::downgrade),
        });
    });
}
