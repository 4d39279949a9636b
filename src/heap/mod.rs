//! The heap: reference-counted objects, deaths, and what may run when an object dies.
//!
//! Every Python value is a [`PyRef`], a counted pointer to a [`PyObject`]. The count is the
//! box's strong count (see `counted`) and it is *the* reference count: `sys.getrefcount` reports it as it is.
//! So every place that keeps a value (a name, a stack slot, a container item, an attribute)
//! holds exactly one `PyRef`, and a borrowed use (`&PyRef`) adds nothing, as in CPython.
//!
//! Ownership rules
//! - A function that returns `PyRef` hands the caller a new (owned) reference.
//! - A function that takes `&PyRef` borrows; it clones only what it stores.
//!
//! When the last reference goes (`PyRef::drop` sees a count of one):
//! 1. If the object's class defines `__del__` and the object was never finalized, it is
//!    *resurrected* into the pending queue instead of dying (PEP 442). The VM runs the queue
//!    right after the instruction that caused the death; when the queue drops its reference
//!    the object dies for real (its finalized flag is set, so `__del__` runs at most once).
//! 2. Otherwise the object is freed: it leaves the collector's lists, its weak references
//!    die (their callbacks are queued, newest first), and its payload is released. Releasing
//!    a payload releases the references it holds, which can cascade; the cascade is bounded
//!    by the *trashcan*: past a nesting depth, payloads are parked in a list and released by
//!    a loop at the outermost level, so freeing a million-node chain never deepens the Rust
//!    stack (CPython's `Py_TRASHCAN_BEGIN`).
//!
//! The heap never runs Python code: `__del__` and weakref callbacks are only *queued* here
//! (see [`take_pending`]); the VM runs them. This keeps every free safe from re-entrancy.

mod counted;
mod extra;
mod freelist;
pub mod limits;
mod pending;
pub mod pool;
mod trashcan;

pub use extra::Extra;
pub use freelist::Number;
pub use pending::{has_pending, push as push_pending, take_pending, wake, Pending};

use crate::objects::odict::ODictOrder;
use crate::objects::payload::Payload;
use counted::Strong;
use std::cell::{Cell, RefCell, UnsafeCell};
use std::fmt;
use std::mem::ManuallyDrop;
use std::ops::Deref;

/// Allocation tracing (`tracemalloc`): called with each new object, and with the address
/// of each object freed. The heap only calls them; `modules::tracemalloc` keeps the books.
#[derive(Clone, Copy)]
pub struct AllocHooks {
    pub on_alloc: fn(&PyRef),
    pub on_free: fn(usize),
    /// With this, floats keep their free list while the hooks are installed (see
    /// `freelist::trace_floats`), and this is called with each parked float reused.
    pub on_float_reuse: Option<fn(&PyRef)>,
}

thread_local! {
    static ALLOC_HOOKS: Cell<Option<AllocHooks>> = const { Cell::new(None) };
}

/// Installs (or, with `None`, removes) the allocation tracing hooks. The number free
/// lists close while hooks are installed (see `freelist`): closed first, so the numbers
/// they held are freed before the hooks could see those frees.
pub fn set_alloc_hooks(hooks: Option<AllocHooks>) {
    match hooks.and_then(|h| h.on_float_reuse) {
        Some(on_reuse) => freelist::trace_floats(on_reuse),
        None if hooks.is_some() => freelist::set_open(false),
        None => {}
    }
    ALLOC_HOOKS.with(|h| h.set(hooks));
    if hooks.is_none() {
        freelist::set_open(true);
    }
}

#[inline]
fn alloc_hooks() -> Option<AllocHooks> {
    if !crate::HOOKS {
        return None;
    }
    ALLOC_HOOKS.with(|h| h.get())
}

/// Header flag: `__del__` already ran (or is queued) for this object.
const FLAG_FINALIZED: u8 = 1;
/// Header flag: the object's class defines `__del__` (copied from the class at creation).
const FLAG_HAS_FINALIZER: u8 = 2;
/// Header flag: the object is immortal (a static singleton in CPython).
const FLAG_IMMORTAL: u8 = 4;
/// Header flag: an exact float or int, parked in a free list when it dies (`freelist`).
const FLAG_RECYCLABLE: u8 = 8;
/// Header flag: a weak reference with a callback, whose last reference waits for the
/// finalizers already queued (see [`PyRef::defer_release_while_finalizing`]).
const FLAG_DEFER_RELEASE: u8 = 16;
/// Header flag: the object has an entry in the side table of [`Extra`] state (`extra`).
const FLAG_HAS_EXTRA: u8 = 32;

/// Where a tracked object sits in the cycle collector's lists (see `gc`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GcSlot {
    pub generation: u8,
    pub index: u32,
}

/// A counted reference to a heap object. Cloning it is `Py_INCREF`, dropping it `Py_DECREF`.
/// The handle is released by `PyRef`'s own `drop` (hence `ManuallyDrop`), which may hand
/// the count over instead (a number parked in its free list keeps the dying reference).
#[repr(transparent)]
pub struct PyRef(ManuallyDrop<Strong>);

/// A weak reference at the Rust level: does not count, and upgrades only while alive.
#[derive(Clone)]
pub struct WeakPyRef(counted::Weak);

/// The object header's word: the collector's slot and the flags, packed together (an
/// `Option<GcSlot>` and a flags byte took 16 bytes; every object pays for the header).
pub struct GcCell {
    index: Cell<u32>,
    /// [`UNTRACKED`] while the object is not in the collector's lists.
    generation: Cell<u8>,
    flags: Cell<u8>,
}

/// `GcCell::generation` of an untracked object.
const UNTRACKED: u8 = u8::MAX;

impl GcCell {
    fn new(flags: u8) -> GcCell {
        GcCell {
            index: Cell::new(0),
            generation: Cell::new(UNTRACKED),
            flags: Cell::new(flags),
        }
    }

    /// The collector's slot; `None` while untracked.
    #[inline]
    pub fn get(&self) -> Option<GcSlot> {
        let generation = self.generation.get();
        (generation != UNTRACKED).then(|| GcSlot {
            generation,
            index: self.index.get(),
        })
    }

    #[inline]
    pub fn set(&self, slot: Option<GcSlot>) {
        match slot {
            Some(s) => {
                self.generation.set(s.generation);
                self.index.set(s.index);
            }
            None => self.generation.set(UNTRACKED),
        }
    }

    #[inline]
    pub fn take(&self) -> Option<GcSlot> {
        let slot = self.get();
        self.generation.set(UNTRACKED);
        slot
    }
}

/// One heap object: a class pointer, a small header, and the type-specific payload.
pub struct PyObject {
    /// `ob_type`: set at creation (for `type` and `object`, by [`PyRef::init_class`] right
    /// after), changed only by `__class__` assignment ([`PyRef::set_class`]).
    class: UnsafeCell<Option<PyRef>>,
    /// The collector's bookkeeping (`None` while untracked) and the header flags.
    pub(crate) gc: GcCell,
    pub payload: Payload,
}

impl PyObject {
    /// The object's class. Every object gets one at creation.
    #[inline]
    pub fn class(&self) -> &PyRef {
        // SAFETY: the slot is only written by `init_class`, before the object is used, and
        // by `set_class`, whose contract keeps the old class alive past any reference
        // handed out here.
        unsafe { &*self.class.get() }
            .as_ref()
            .expect("every object has a class")
    }

    /// Whether the object's class is `class` (`Py_IS_TYPE`): one pointer comparison, for
    /// the exact-type tests of the fast paths (no "has a class" check first: an object
    /// being bootstrapped, without one yet, is simply not of that class).
    #[inline(always)]
    pub fn class_is(&self, class: &PyRef) -> bool {
        // SAFETY: as in `class`; the slot is only read.
        unsafe { &*self.class.get() }
            .as_ref()
            .is_some_and(|c| c.is(class))
    }

    pub fn is_finalized(&self) -> bool {
        self.gc.flags.get() & FLAG_FINALIZED != 0
    }

    pub fn set_finalized(&self) {
        self.gc.flags.set(self.gc.flags.get() | FLAG_FINALIZED);
    }

    pub fn has_finalizer(&self) -> bool {
        self.gc.flags.get() & FLAG_HAS_FINALIZER != 0
    }

    pub fn set_has_finalizer(&self, yes: bool) {
        let f = self.gc.flags.get();
        self.gc.flags.set(if yes {
            f | FLAG_HAS_FINALIZER
        } else {
            f & !FLAG_HAS_FINALIZER
        });
    }

    pub fn is_immortal(&self) -> bool {
        self.gc.flags.get() & FLAG_IMMORTAL != 0
    }

    /// The object's [`Extra`] state, allocated now if it has none.
    pub fn extra(&self) -> &Extra {
        extra::get_or_init(self)
    }

    /// The number of buffers exported and not released ([`Extra::buffer_exports`]).
    pub fn buffer_exports(&self) -> usize {
        extra::get(self).map_or(0, |e| e.buffer_exports.get())
    }

    /// An OrderedDict's linked order, if it has one yet ([`Extra::odict`]).
    pub fn odict(&self) -> Option<&RefCell<ODictOrder>> {
        extra::get(self)?.odict.get().map(|o| &**o)
    }

    /// An OrderedDict's linked order, made empty on first use ([`Extra::odict`]).
    pub fn odict_or_init(&self) -> &RefCell<ODictOrder> {
        self.extra().odict.get_or_init(Box::default)
    }

    /// A bytearray's logical start offset ([`Extra::bytearray_start`]).
    pub fn bytearray_start(&self) -> usize {
        extra::get(self).map_or(0, |e| e.bytearray_start.get())
    }

    /// Registers a weak reference object that points here.
    pub fn add_weakref(&self, weakref: &PyRef) {
        self.extra().weaklist.borrow_mut().push(weakref.downgrade());
    }

    /// Unregisters the weak reference object at `weakref`, which is being freed
    /// (`clear_weakref` unlinking it from its referent's list). Without this the dead
    /// entry would stay until the referent dies: its memory held by the entry, and every
    /// `weakref.ref(x)` scanning past it (a loop of `WeakKeyDictionary` lookups, each
    /// making and dropping a ref to the same key, grew the list without bound). The
    /// dying reference is usually the newest, so the search starts from the end.
    pub(crate) fn remove_weakref(&self, weakref: *const PyObject) {
        let Some(extra) = extra::get(self) else {
            return;
        };
        // Borrowed while `find_weakref` or `weakrefs` walks the list: the entry stays,
        // dead, as it did before (both skip dead entries).
        if let Ok(mut list) = extra.weaklist.try_borrow_mut() {
            if let Some(i) = list
                .iter()
                .rposition(|w| std::ptr::eq(w.0.as_ptr(), weakref))
            {
                list.remove(i);
            }
        }
    }

    /// The first live weak reference object pointing here (oldest first) that `pred`
    /// accepts, without collecting the list (`weakref.ref(x)` looks for a reusable one).
    /// `pred` sees a live reference and must not add or remove weak references.
    pub fn find_weakref(&self, mut pred: impl FnMut(&PyRef) -> bool) -> Option<PyRef> {
        let list = extra::get(self)?.weaklist.borrow();
        list.iter()
            .filter_map(WeakPyRef::upgrade)
            .find(|wr| pred(wr))
    }

    /// The live weak reference objects pointing here, oldest first (owned references).
    pub fn weakrefs(&self) -> Vec<PyRef> {
        let Some(extra) = extra::get(self) else {
            return Vec::new();
        };
        let mut list = extra.weaklist.borrow_mut();
        list.retain(WeakPyRef::is_alive);
        list.iter().filter_map(WeakPyRef::upgrade).collect()
    }

    /// `tp_traverse` of the whole object, in `subtype_traverse`'s order (the collector's
    /// order of finalization depends on it): an OrderedDict's node keys
    /// (`odict_traverse`: the nodes, then the dict), its payload, its extra `__dict__`,
    /// its class.
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(Ok(order)) = self.odict().map(RefCell::try_borrow) {
            order.keys().for_each(&mut *visit);
        }
        self.payload.traverse(visit);
        self.traverse_header(visit);
    }

    /// The references `traverse` reports besides the payload's: the extra `__dict__` and
    /// a Python class (the collector walks a class's payload in two parts).
    pub fn traverse_header(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(dict) = extra::get(self).and_then(|e| e.dict.get()) {
            visit(dict);
        }
        // An instance of a Python class owns a reference to its class (`subtype_traverse`
        // visits `Py_TYPE(self)`); builtin types are immortal and not visited.
        let class = self.class();
        if class.type_data().is_some_and(|t| t.is_heap_type) {
            visit(class);
        }
    }

    /// `tp_clear` of the whole object (see `Payload::clear`; an extra `__dict__` is a
    /// container of its own and is cleared as such). An OrderedDict's nodes go after its
    /// dict (`odict_tp_clear`).
    pub fn clear(&self, out: &mut Vec<PyRef>) {
        self.payload.clear(out);
        if let Some(Ok(mut order)) = self.odict().map(RefCell::try_borrow_mut) {
            order.drain_into(out);
        }
    }
}

impl PyRef {
    #[inline(always)]
    fn from_strong(strong: Strong) -> PyRef {
        PyRef(ManuallyDrop::new(strong))
    }

    /// Allocates a new object with one reference (the returned one).
    pub fn new(class: &PyRef, payload: Payload) -> PyRef {
        let (has_finalizer, heap_class) = match &class.payload {
            Payload::Type(t) => (t.has_finalizer.get(), t.is_heap_type),
            _ => (false, false),
        };
        let obj = PyObject {
            class: UnsafeCell::new(Some(class.clone())),
            gc: GcCell::new(if has_finalizer { FLAG_HAS_FINALIZER } else { 0 }),
            payload,
        };
        trashcan::count_alloc();
        let r = PyRef::from_strong(Strong::new(obj));
        if let Some(hooks) = alloc_hooks() {
            (hooks.on_alloc)(&r);
        }
        // Instances of Python classes are always collectable (their class is a heap type,
        // as CPython's `Py_TPFLAGS_HAVE_GC` subtypes), whatever their builtin payload.
        if heap_class || r.payload.is_gc_container() {
            crate::gc::track_new(&r, heap_class);
        }
        r
    }

    /// A new exact `float` or machine-size `int` (`class` is that type): a parked one
    /// reused when there is one (see `freelist`), else a new object that will be parked
    /// when it dies.
    #[inline]
    pub fn new_number(class: &PyRef, value: Number) -> PyRef {
        freelist::reuse(value).unwrap_or_else(|| PyRef::new_recyclable(class, value))
    }

    #[inline(never)]
    fn new_recyclable(class: &PyRef, value: Number) -> PyRef {
        let obj = PyRef::new(class, value.payload());
        obj.0.gc.flags.set(obj.0.gc.flags.get() | FLAG_RECYCLABLE);
        obj
    }

    /// Allocates a container that the collector does not see until [`crate::gc::track`]
    /// is called (frames: tracked only once a traceback or generator keeps them).
    pub fn new_untracked(class: &PyRef, payload: Payload) -> PyRef {
        let obj = PyObject {
            class: UnsafeCell::new(Some(class.clone())),
            gc: GcCell::new(0),
            payload,
        };
        trashcan::count_alloc();
        let r = PyRef::from_strong(Strong::new(obj));
        if let Some(hooks) = alloc_hooks() {
            (hooks.on_alloc)(&r);
        }
        r
    }

    /// Allocates an object whose class is set later with [`PyRef::init_class`]: only for
    /// bootstrapping `type` and `object`, which point at each other.
    pub fn new_unclassed(payload: Payload) -> PyRef {
        let obj = PyObject {
            class: UnsafeCell::new(None),
            gc: GcCell::new(0),
            payload,
        };
        trashcan::count_alloc();
        PyRef::from_strong(Strong::new(obj))
    }

    pub fn init_class(&self, class: &PyRef) {
        // SAFETY: only bootstrapping calls this, on an object nothing has read the class
        // of yet (a set class is left alone), so no reference into the slot exists.
        let slot = unsafe { &mut *self.0.class.get() };
        if slot.is_none() {
            *slot = Some(class.clone());
        }
    }

    /// `__class__` assignment (`object_set_class`'s `Py_SET_TYPE`): the object's class
    /// becomes `class`, and whether it has a `__del__` follows the new class. The old
    /// class reference is released at the VM's next safe point, not here: code running
    /// below the assignment may still hold a reference obtained from [`PyObject::class`]
    /// (as C code holds a borrowed `Py_TYPE`), so the old class must outlive it; the
    /// safe point comes right after the assigning instruction, before any later
    /// statement can observe the old class's reference count.
    pub fn set_class(&self, class: &PyRef) {
        // SAFETY: the write replaces the `PyRef` in place; a `&PyRef` taken from the slot
        // before it (by `class()`) now reads the new class, and one that cached the old
        // pointer still points at a live object, because the old reference is kept in
        // the pending queue until the next safe point, when no such borrow is left.
        let old = unsafe { (*self.0.class.get()).replace(class.clone()) };
        self.0.set_has_finalizer(class.type_has_finalizer());
        // No longer an exact number, if it was one (Python forbids it; the free lists
        // must never see an object of another class).
        let flags = self.0.gc.flags.get();
        self.0.gc.flags.set(flags & !FLAG_RECYCLABLE);
        if let Some(old) = old {
            pending::push(Pending::Release(old));
        }
    }

    /// Marks the object immortal: it is never freed and never counted as leaked.
    pub fn make_immortal(&self) {
        if !self.is_immortal() {
            self.0.gc.flags.set(self.0.gc.flags.get() | FLAG_IMMORTAL);
            trashcan::count_immortal();
        }
        std::mem::forget(self.clone());
    }

    /// The payload of an object this is the only strong reference to, for reuse in place
    /// (CPython recycles the result tuples of `zip`, `enumerate` and `dict.items()` while
    /// their iterator holds the only reference). `None` while anything else holds it.
    pub fn sole_payload_mut(&mut self) -> Option<&mut Payload> {
        if self.0.strong_count() != 1 {
            return None;
        }
        // SAFETY: this is the only strong reference and it is borrowed mutably here, so no
        // other `&PyObject` can be alive (every borrow of an object goes through a strong
        // reference). Weak references (weakref objects) reach the object only by
        // upgrading to a new strong reference, which nothing can do while this borrow
        // lives; the collector's lists, which name objects by address, write only the
        // header's `gc` cell through it outside a collection pass, and no pass runs while
        // this borrow lives. Only the payload is borrowed, never the header.
        Some(unsafe { &mut *std::ptr::addr_of_mut!((*self.0.as_mut_ptr()).payload) })
    }

    /// The reference count, as `sys.getrefcount` reports it.
    #[inline]
    pub fn refcount(&self) -> usize {
        self.0.strong_count()
    }

    /// Identity: `a is b`.
    #[inline]
    pub fn is(&self, other: &PyRef) -> bool {
        Strong::ptr_eq(&self.0, &other.0)
    }

    /// The object's address, used for `id()` and default reprs.
    #[inline]
    pub fn id(&self) -> usize {
        self.0.as_ptr() as *const u8 as usize
    }

    /// A new reference to the live object at `ptr`: the collector's lists name tracked
    /// objects by address (see `gc::registry`), without holding a count.
    ///
    /// # Safety
    /// `ptr` came from [`PyRef::as_ptr`], and the object is still alive (its count is
    /// not zero).
    #[inline]
    pub(crate) unsafe fn from_tracked(ptr: *const PyObject) -> PyRef {
        // SAFETY: the caller's contract: `ptr` is `Strong::as_ptr` of a box whose strong
        // count is not zero, so it may gain a count and be wrapped again.
        PyRef::from_strong(unsafe { Strong::from_raw_counted(ptr) })
    }

    /// The object's address, with the provenance [`PyRef::from_tracked`] needs.
    #[inline]
    pub(crate) fn as_ptr(&self) -> *const PyObject {
        self.0.as_ptr()
    }

    /// A Rust-level weak handle. A number with one is never parked in its free list
    /// again (see `freelist::park`).
    pub fn downgrade(&self) -> WeakPyRef {
        let flags = self.0.gc.flags.get();
        self.0.gc.flags.set(flags & !FLAG_RECYCLABLE);
        WeakPyRef(self.0.downgrade())
    }

    /// Whether this object is a type whose instances have a `__del__`.
    fn type_has_finalizer(&self) -> bool {
        match &self.payload {
            Payload::Type(t) => t.has_finalizer.get(),
            _ => false,
        }
    }
}

impl WeakPyRef {
    pub fn upgrade(&self) -> Option<PyRef> {
        self.0.upgrade().map(PyRef::from_strong)
    }

    pub fn is_alive(&self) -> bool {
        self.0.strong_count() > 0
    }

    /// Address of the object (valid for comparisons even after it died).
    pub fn id(&self) -> usize {
        self.0.as_ptr() as *const u8 as usize
    }
}

impl Clone for PyRef {
    #[inline]
    fn clone(&self) -> Self {
        PyRef::from_strong(Strong::clone(&self.0))
    }
}

impl Deref for PyRef {
    type Target = PyObject;
    #[inline]
    fn deref(&self) -> &PyObject {
        &self.0
    }
}

impl Drop for PyRef {
    /// `Py_DECREF`: the last reference to a finalizable object resurrects it into the
    /// pending queue (step 1 of the module doc), the last reference to a recyclable number
    /// moves into its free list; any other last reference frees the object through
    /// `PyObject::drop` when the inner `Strong` goes.
    #[inline]
    fn drop(&mut self) {
        // The common case (another reference remains, or no `__del__` to run) stays a
        // few instructions, small enough to inline at every drop site.
        if self.0.strong_count() == 1
            && self.0.gc.flags.get() & (FLAG_HAS_FINALIZER | FLAG_RECYCLABLE | FLAG_DEFER_RELEASE)
                != 0
            // SAFETY: the last reference; `self.0` is not touched again when it was taken.
            && unsafe { self.last_reference_goes() }
        {
            return;
        }
        // SAFETY: dropped exactly once, here: `PyRef` never drops its handle elsewhere.
        unsafe { ManuallyDrop::drop(&mut self.0) }
    }
}

impl PyRef {
    /// The last reference to an object with a `__del__` or a recyclable number goes:
    /// step 1 of the module doc (queue `__del__`, the queue holding a new reference), or
    /// the number is parked in its free list, which takes this very reference over: then
    /// `true`.
    ///
    /// # Safety
    /// `self` is the last strong reference, and when this returns `true` its handle
    /// belongs to the free list: the caller must not release it.
    #[inline(never)]
    unsafe fn last_reference_goes(&self) -> bool {
        if self.0.gc.flags.get() & (FLAG_RECYCLABLE | FLAG_HAS_EXTRA) == FLAG_RECYCLABLE {
            // SAFETY: this function's contract is `park`'s.
            return unsafe { freelist::park(self) };
        }
        self.last_reference_waits()
    }

    /// The rest of [`PyRef::last_reference_goes`], out of its way (with these branches
    /// inline, every number's death paid for their stack frame). Never takes the reference
    /// over: `false`, returned for its caller's tail call.
    #[cold]
    #[inline(never)]
    fn last_reference_waits(&self) -> bool {
        let flags = self.0.gc.flags.get();
        if flags & (FLAG_HAS_FINALIZER | FLAG_FINALIZED) == FLAG_HAS_FINALIZER {
            self.0.gc.flags.set(flags | FLAG_FINALIZED);
            self.queue_finalizer();
        } else if flags & FLAG_DEFER_RELEASE != 0 {
            self.0.gc.flags.set(flags & !FLAG_DEFER_RELEASE);
            if pending::finalizer_queued() {
                pending::push(Pending::Release(self.clone()));
            }
        }
        false
    }

    /// Marks a weak reference with a callback. CPython runs `__del__` inside the
    /// deallocation that drops the last reference, so a teardown that frees a finalizable
    /// object and then this weak reference (a dict holding both) runs the finalizer, and
    /// the deaths it causes, the callback of this reference among them, first. refpy
    /// queues the finalizer; the reference's release then waits behind it in the queue.
    pub fn defer_release_while_finalizing(&self) {
        self.0
            .gc
            .flags
            .set(self.0.gc.flags.get() | FLAG_DEFER_RELEASE);
    }

    /// Queues `__del__`, pinning the weak references with callbacks (see
    /// [`Pending::Finalize`]).
    fn queue_finalizer(&self) {
        let mut pinned = self.weakrefs();
        pinned
            .retain(|w| matches!(&w.payload, Payload::WeakRef(d) if d.callback.borrow().is_some()));
        pending::push(Pending::Finalize {
            obj: self.clone(),
            pinned,
        });
    }
}

impl Drop for PyObject {
    /// `tp_dealloc`: leave the collector, kill weak references, release the payload.
    fn drop(&mut self) {
        if let Some(slot) = self.gc.get() {
            crate::gc::untrack_dying(self, slot);
        } else if matches!(
            self.payload,
            Payload::Tuple(_) | Payload::ManagedBuffer(_) | Payload::Dict(_)
        ) {
            // A tuple or dict the collector untracked, or a released managed buffer, is
            // still a collectable object to CPython.
            crate::gc::count_deallocation(self);
            if let Payload::Dict(dict) = &self.payload {
                if dict.try_borrow().is_ok_and(|d| d.is_detached()) {
                    crate::gc::forget_detached_dict(dict.as_ptr() as usize);
                }
            }
        }
        if let Payload::WeakRef(data) = &self.payload {
            crate::objects::weakref::unlink(data, self);
        }
        if let Some(extra) = extra::take(self) {
            let Extra {
                weaklist,
                dict: attrs,
                odict,
                ..
            } = *extra;
            let weaklist = weaklist.into_inner();
            if !weaklist.is_empty() {
                crate::objects::weakref::referent_died(weaklist);
            }
            // `subtype_dealloc` clears the instance dict before the base type's payload;
            // `odict_dealloc` frees an OrderedDict's nodes before its dict.
            drop(attrs);
            drop(odict);
        }
        trashcan::count_free();
        if let Some(hooks) = alloc_hooks() {
            (hooks.on_free)(self as *const PyObject as usize);
        }
        // Nothing above may make a new side-table entry for the dying object: it would
        // outlive it (see `extra::get_or_init`).
        debug_assert!(
            self.gc.flags.get() & FLAG_HAS_EXTRA == 0,
            "an extra entry made during the object's own deallocation"
        );
        if !self.payload.holds_references() {
            // Plain data (a float, an int, a str): nothing can cascade, so the payload is
            // simply dropped with the object, without a trip through the trashcan.
            return;
        }
        match (&self.payload, self.class.get_mut().as_ref()) {
            (Payload::Instance(inst), Some(class)) => {
                crate::objects::instance::order_for_release(inst, class)
            }
            (Payload::Dict(d), _) => crate::objects::instance::order_split_dict_for_release(d),
            _ => {}
        }
        let payload = std::mem::replace(&mut self.payload, Payload::None);
        trashcan::release(payload);
    }
}

impl fmt::Debug for PyRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "<{} object at {:#x}>",
            self.payload.kind_name(),
            self.id()
        )
    }
}

/// Objects allocated and not yet freed (every kind, immortal ones included).
pub fn live_objects() -> usize {
    trashcan::live_objects()
}

/// `sys.getallocatedblocks()`'s measure of pymalloc's blocks in use: the live objects
/// that are not interpreter frames (CPython's running and pooled frames live in its frame
/// stack, not in blocks), plus the floats parked on the free list (whose blocks
/// `float_dealloc` keeps).
pub fn allocated_blocks() -> usize {
    trashcan::live_uncached_objects() + freelist::parked_floats()
}

/// A full collection's `_PyGC_ClearFreeLists`: the parked floats are freed.
pub fn clear_float_free_list() {
    freelist::clear_floats();
}

/// Live objects that are not immortal nor parked in an interpreter cache: what the leak
/// check counts.
pub fn live_mortal_objects() -> usize {
    trashcan::live_mortal_objects()
}

/// Tells the heap that an object entered (`true`) or left (`false`) an interpreter cache
/// such as the frame free list, so the leak check does not count it.
pub fn note_cached(entering: bool) {
    trashcan::set_cached(if entering { 1 } else { -1 });
}

#[cfg(test)]
mod tests;

/// Runs `f` on a const-initialized thread-local that has no destructor (the collector's
/// state, the trashcan's). The closure given `LocalKey::with` only takes the address, so
/// it always inlines and the thread-local is a fixed offset; one doing the work itself
/// was compiled as a call through the key's accessor on the hot paths.
#[inline(always)]
pub(crate) fn with_thread_local<T: 'static, R>(
    key: &'static std::thread::LocalKey<T>,
    f: impl FnOnce(&T) -> R,
) -> R {
    const {
        assert!(
            !std::mem::needs_drop::<T>(),
            "a thread-local with a destructor"
        )
    };
    let value: *const T = key.with(|v| v as *const T);
    // SAFETY: without a destructor the thread-local is never torn down, so it is valid
    // for the thread's whole life; the reference does not outlive `f`, which runs on
    // this thread.
    f(unsafe { &*value })
}
