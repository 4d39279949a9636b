//! Per-object state most objects never need, kept beside the heap instead of in it.
//!
//! An object's weak references, the `__dict__` of an instance of a subclass of a builtin
//! type, a bytearray's exports, an OrderedDict's linked order: few objects ever have any
//! of them, yet a pointer to them in every object header was 8 bytes per object (a
//! quarter of an int's box). They live in a table keyed by the object's address instead;
//! a header flag ([`FLAG_HAS_EXTRA`](super::FLAG_HAS_EXTRA)) says whether an object has
//! an entry, so objects without one (nearly all) never look in the table.
//!
//! An entry is boxed: its address stays put while the table grows, so a `&Extra` handed
//! out lives as long as the object, whose death ([`take`]) is the only removal.

use super::{ODictOrder, PyObject, PyRef, FLAG_HAS_EXTRA};
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::mem::ManuallyDrop;

/// Per-object state most objects never need.
#[derive(Default)]
pub struct Extra {
    /// The weak references pointing here, oldest first (dead entries are skipped).
    pub(super) weaklist: RefCell<Vec<super::WeakPyRef>>,
    /// The `__dict__` of an instance of a Python subclass of a builtin type (`class
    /// D(dict)`): a real dict object, made on first use, as CPython gives such instances
    /// (plain instances keep theirs inline in the `Instance` payload).
    pub dict: OnceCell<PyRef>,
    /// A bytearray's `ob_exports`: buffers handed to managed buffers and not yet released
    /// (while any is, the bytearray refuses to resize; see `objects::memoryview`).
    pub buffer_exports: Cell<usize>,
    /// A bytearray's `ob_start - ob_bytes`: bytes given up at the front of its buffer by
    /// deletions at index 0 (`bytearray_setslice_linear` advances the start instead of
    /// moving the tail), counted until the next reallocation (see `sizeof::bytearray`).
    pub bytearray_start: Cell<usize>,
    /// An `OrderedDict`'s linked order (`objects::odict`), made by its first store. It
    /// lives here, beside the dict payload, because only OrderedDicts have one: in the
    /// `Dict` itself every dict (each instance's attributes among them) would pay for it.
    pub(super) odict: OnceCell<Box<RefCell<ODictOrder>>>,
}

/// Hashes an object address: blocks are 16-byte aligned, so the low bits carry nothing;
/// a multiply spreads the rest (Fx hashing).
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn write_usize(&mut self, addr: usize) {
        self.0 = ((addr as u64) >> 4).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type Table = HashMap<usize, Box<Extra>, BuildHasherDefault<AddrHasher>>;

thread_local! {
    // `ManuallyDrop`: no destructor, so an object freed late in the thread's teardown
    // still finds the table; what is left in it at thread exit is let go.
    static TABLE: ManuallyDrop<RefCell<Table>> =
        const { ManuallyDrop::new(RefCell::new(HashMap::with_hasher(BuildHasherDefault::new()))) };
}

fn address(obj: &PyObject) -> usize {
    obj as *const PyObject as usize
}

/// The object's entry, if it has one.
#[inline]
pub(super) fn get(obj: &PyObject) -> Option<&Extra> {
    if obj.gc.flags.get() & FLAG_HAS_EXTRA == 0 {
        return None;
    }
    let entry: *const Extra = super::with_thread_local(&TABLE, |t| {
        t.borrow()
            .get(&address(obj))
            .map_or(std::ptr::null(), |e| &**e)
    });
    // SAFETY: the entry is boxed (its address survives the table's growth) and removed
    // only by `take`, when the object dies, which cannot happen while `obj` is borrowed.
    unsafe { entry.as_ref() }
}

/// The object's entry, made empty now if it has none.
pub(super) fn get_or_init(obj: &PyObject) -> &Extra {
    if let Some(extra) = get(obj) {
        return extra;
    }
    // Without the flag, an entry under this address can only be a dead object's that
    // asked for one while it was being freed (after `take`): stale, replaced.
    let (entry, stale) = super::with_thread_local(&TABLE, |t| {
        let mut table = t.borrow_mut();
        let stale = table.insert(address(obj), Box::default());
        let entry: *const Extra = &**table.get(&address(obj)).expect("just inserted");
        (entry, stale)
    });
    obj.gc.flags.set(obj.gc.flags.get() | FLAG_HAS_EXTRA);
    drop(stale);
    // SAFETY: as in `get`.
    unsafe { &*entry }
}

/// Removes the dying object's entry, handing it to the caller to release (outside the
/// table's borrow: releasing it can free other objects with entries).
pub(super) fn take(obj: &mut PyObject) -> Option<Box<Extra>> {
    let flags = obj.gc.flags.get();
    if flags & FLAG_HAS_EXTRA == 0 {
        return None;
    }
    obj.gc.flags.set(flags & !FLAG_HAS_EXTRA);
    super::with_thread_local(&TABLE, |t| t.borrow_mut().remove(&address(obj)))
}
