//! The type attribute cache (CPython's method cache): remembers what a lookup along a
//! class's MRO found, so attribute access and special-method lookups skip the walk.
//!
//! Entries are keyed by the class's address and the name; one global version number is
//! bumped by every change to any class namespace (and by class creation, since a new
//! class may reuse a dead one's address), which invalidates every entry at once. Class
//! namespaces change rarely after start-up, so this costs little. Entries hold weak
//! pointers: the cache keeps nothing alive and changes no reference count.
//!
//! A hit compares the name by address first: an entry made with a name object (an
//! interned identifier, as CPython keys its cache by the interned `str`) remembers where
//! that object's text lives, and a lookup with the very same text buffer, while the object
//! is alive, needs no byte comparison. Other names compare by content.
//!
//! The same versioning keeps a few per-class facts ([`ClassFlags`]) that attribute access
//! asks on every `obj.name`: whether the MRO declares `__slots__`, whether instances have a
//! `__dict__`, and whether Python code overrides `__getattribute__`/`__setattr__`/
//! `__delattr__`.

use crate::heap::{PyRef, WeakPyRef};
use std::cell::{Cell, RefCell};

const SIZE: usize = 4096;

struct Entry {
    version: u64,
    class: usize,
    hash: i64,
    /// Address and length of the text of `name_obj` (0 and 0 without one).
    text_ptr: usize,
    text_len: usize,
    /// The name object the entry was made with, if known: while it is alive, its text
    /// stays at `text_ptr` (a `str` never changes), so an equal address means an equal name.
    name_obj: Option<WeakPyRef>,
    name: Box<str>,
    /// `None`: the name is not found along the MRO.
    value: Option<WeakPyRef>,
}

thread_local! {
    static VERSION: Cell<u64> = const { Cell::new(1) };
    static FLAGS: [Cell<FlagEntry>; FLAG_SIZE] = const { [FLAG_EMPTY; FLAG_SIZE] };
}

/// The entries, owned by the VM: a thread-local with a destructor costs a registration
/// check on every access, and a lookup that misses an inline cache comes here each time
/// (polymorphic attribute sites: 5 % of `richards`).
#[derive(Default)]
pub struct MethodCache {
    /// Allocated on the first `put`.
    entries: RefCell<Vec<Option<Entry>>>,
    /// Names given as Rust text, resolved to their interned identifiers (see
    /// [`MethodCache::known_name`]); allocated on the first `remember_name`.
    names: RefCell<Vec<Option<NameEntry>>>,
}

const NAME_SIZE: usize = 512;

/// A name the interpreter looks up by its Rust text (`"__hash__"` in `Vm::hash`,
/// `"__setitem__"` in `Vm::setitem`): the interned identifier with that text, found once
/// in the identifier table. Finding it there again on every special-method lookup (a
/// hash-map probe that hashes the text and compares it) cost more than the method cache
/// lookup it keys; CPython's slots name their methods by interned `str` objects.
struct NameEntry {
    /// Address and length of the caller's text.
    ptr: usize,
    len: usize,
    /// The identifier (immortal, in the VM's table: the entry needs no strong reference,
    /// which would show in `sys.getrefcount`).
    name: WeakPyRef,
}

#[inline]
fn name_slot(ptr: usize, len: usize) -> usize {
    ((ptr ^ len).wrapping_mul(0x9E37_79B9) >> 7) % NAME_SIZE
}

/// Invalidates every entry: call after any change to a class namespace.
pub fn invalidate() {
    VERSION.with(|v| v.set(v.get() + 1));
}

/// The current version: entries (and inline caches) made at another version are stale.
#[inline]
pub fn version() -> u64 {
    VERSION.with(Cell::get)
}

/// Fibonacci hashing: the top bits of the product, which depend on every bit of the key.
/// (The low bits of a product depend only on the key's low bits: class objects whose
/// addresses differed only above bit 12 shared a slot and evicted each other on every
/// look-up, recomputing a class's flags each time.)
#[inline]
pub(crate) fn fib_slot(key: usize, bits: u32) -> usize {
    ((key as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
}

#[inline]
fn slot(class: usize, hash: i64) -> usize {
    fib_slot((class >> 4) ^ (hash as usize), SIZE.trailing_zeros())
}

impl MethodCache {
    /// A cached lookup: `Some(result)` on a hit (`result` itself `None` when the name is
    /// absent), `None` on a miss.
    #[inline]
    pub fn get(&self, class: &PyRef, name: &str, hash: i64) -> Option<Option<PyRef>> {
        let version = version();
        let entries = self.entries.borrow();
        let entry = entries.get(slot(class.id(), hash))?.as_ref()?;
        if entry.version != version || entry.class != class.id() || entry.hash != hash {
            return None;
        }
        let same_text = entry.text_ptr == name.as_ptr() as usize
            && entry.text_len == name.len()
            && entry.name_obj.as_ref().is_some_and(WeakPyRef::is_alive);
        if !same_text && &*entry.name != name {
            return None;
        }
        match &entry.value {
            None => Some(None),
            // A dead value means the namespace changed (and the version with it); be safe.
            Some(weak) => weak.upgrade().map(Some),
        }
    }

    /// The interned identifier with text `name`, if a lookup with text at this address
    /// resolved it before ([`MethodCache::remember_name`]). The text is compared unless it
    /// is the identifier's own: the buffer of a freed `String` may hold other text by now.
    #[inline]
    pub fn known_name(&self, name: &str) -> Option<PyRef> {
        let (ptr, len) = (name.as_ptr() as usize, name.len());
        let names = self.names.borrow();
        let entry = names.get(name_slot(ptr, len))?.as_ref()?;
        if entry.ptr != ptr || entry.len != len {
            return None;
        }
        let obj = entry.name.upgrade()?;
        let text = obj.as_str_opt()?;
        (text.as_ptr() as usize == ptr || text == name).then_some(obj)
    }

    /// Remembers that text `name` (at its address) is the identifier `interned`.
    pub fn remember_name(&self, name: &str, interned: &PyRef) {
        let (ptr, len) = (name.as_ptr() as usize, name.len());
        let mut names = self.names.borrow_mut();
        if names.is_empty() {
            names.resize_with(NAME_SIZE, || None);
        }
        names[name_slot(ptr, len)] = Some(NameEntry {
            ptr,
            len,
            name: interned.downgrade(),
        });
    }

    /// Records the result of a lookup. `name_obj`, when given, is a `str` object whose text
    /// is `name` (the same buffer): later lookups with that text hit by address.
    pub fn put(
        &self,
        class: &PyRef,
        name: &str,
        hash: i64,
        value: Option<&PyRef>,
        name_obj: Option<&PyRef>,
    ) {
        let version = version();
        let name_obj = name_obj.filter(|o| {
            o.as_str_opt()
                .is_some_and(|t| t.as_ptr() == name.as_ptr() && t.len() == name.len())
        });
        let (text_ptr, text_len) = match name_obj {
            Some(_) => (name.as_ptr() as usize, name.len()),
            None => (0, 0),
        };
        let entry = Entry {
            version,
            class: class.id(),
            hash,
            text_ptr,
            text_len,
            name_obj: name_obj.map(PyRef::downgrade),
            name: name.into(),
            value: value.map(PyRef::downgrade),
        };
        let old = {
            let mut entries = self.entries.borrow_mut();
            if entries.is_empty() {
                entries.resize_with(SIZE, || None);
            }
            entries[slot(class.id(), hash)].replace(entry)
        };
        drop(old);
    }
}

/// Facts about a class that attribute access needs on every access (see the module doc).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClassFlags(u8);

impl ClassFlags {
    /// Some class in the MRO declares non-empty `__slots__`.
    pub const SLOTS: u8 = 1;
    /// Instances have a `__dict__` (see `Vm::has_instance_dict`).
    pub const INSTANCE_DICT: u8 = 2;
    /// A `__getattribute__` written in Python (on a heap type).
    pub const GETATTRIBUTE: u8 = 4;
    /// A `__setattr__` that is not the builtin one.
    pub const SETATTR: u8 = 8;
    /// A `__delattr__` that is not the builtin one.
    pub const DELATTR: u8 = 16;
    /// A `__bool__` or a `__len__` somewhere in the MRO: truth testing must call one
    /// (without either, an instance is true, as with CPython's empty `nb_bool` and
    /// `sq_length` slots).
    pub const TRUTH: u8 = 32;
    /// `__hash__` along the MRO is `object.__hash__` itself: an instance of the class
    /// hashes by its address (`_Py_HashPointer`, the `tp_hash` CPython's classes inherit)
    /// without a lookup each time (weak containers and dicts keyed by instances hash on
    /// every use). `Vm::hash` trusts it for class statements' classes and `object`.
    pub const OBJECT_HASH: u8 = 64;
    /// `__class__` along the MRO is `object.__class__` itself and no `__getattribute__`
    /// is written in Python: an instance's `__class__` is its type, so `isinstance`
    /// need not look it up (`object_isinstance`'s second chance finds nothing new).
    pub const PLAIN_CLASS: u8 = 128;

    pub fn new(bits: u8) -> ClassFlags {
        ClassFlags(bits)
    }

    #[inline]
    pub fn has(self, bit: u8) -> bool {
        self.0 & bit != 0
    }
}

const FLAG_SIZE: usize = 256;

#[derive(Clone, Copy)]
struct FlagEntry {
    version: u64,
    class: usize,
    flags: ClassFlags,
}

#[allow(clippy::declare_interior_mutable_const)]
const FLAG_EMPTY: Cell<FlagEntry> = Cell::new(FlagEntry {
    version: 0,
    class: 0,
    flags: ClassFlags(0),
});

#[inline]
fn flag_slot(class: usize) -> usize {
    fib_slot(class >> 4, FLAG_SIZE.trailing_zeros())
}

/// The cached flags of `class`, if computed since the last namespace change.
#[inline]
pub fn flags(class: &PyRef) -> Option<ClassFlags> {
    let version = version();
    let id = class.id();
    let e = FLAGS.with(|f| f[flag_slot(id)].get());
    (e.version == version && e.class == id).then_some(e.flags)
}

/// Records the flags of `class` (computed by the caller from lookups along its MRO).
pub fn put_flags(class: &PyRef, flags: ClassFlags) {
    let version = version();
    let id = class.id();
    FLAGS.with(|f| {
        f[flag_slot(id)].set(FlagEntry {
            version,
            class: id,
            flags,
        })
    });
}
