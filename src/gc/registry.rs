//! The generation lists and counters: which objects are tracked, in what order.
//!
//! Each generation is a list of weak pointers in the order objects entered it (the order
//! matters: finalizers of one collection run in list order). Removing a dead object leaves
//! a hole (unless it was the last entry); holes are compacted away when they outnumber the
//! live entries after the first hole.
//!
//! A class has two entries. CPython keeps a class's namespace in a dict of its own
//! (`tp_dict`), tracked apart from the class: made just before it (just after, when the
//! namespace holds no container then), and moved through the lists on its own, since
//! `move_unreachable` reaches it only once it scans the class, and its values only once
//! it scans the dict. Where a class's attributes die at exit, and in which order the
//! collector finalizes them, depends on it. refpy keeps the namespace inline, so the
//! class's second entry stands for that dict: a [`Node`] with `namespace` set, whose slot
//! sits in [`NAMESPACES`] instead of the object header.
//!
//! An entry is the object's address ([`Entry`]), not a counted or weak pointer: tracking
//! and untracking then cost what CPython's `_PyObject_GC_TRACK`/`UNTRACK` cost, a few
//! writes, with no traffic on the object's counts. This is sound because an object always
//! leaves its list before it is freed (`PyObject::drop` untracks it first), so every
//! entry names a live object; see [`PyRef::from_tracked`].

use crate::heap::{GcSlot, PyObject, PyRef, WeakPyRef};
use crate::objects::payload::Payload;
use std::cell::{Cell, RefCell, UnsafeCell};
use std::collections::HashMap;
use std::mem::ManuallyDrop;

/// Generation marker of objects that a collection currently holds.
pub const COLLECTING: u8 = 3;

/// Generation marker of the young objects an automatic collection holds back (see
/// [`set_aside_young`]). Like [`COLLECTING`], the slot's index is no list position.
const SET_ASIDE: u8 = 4;

/// One list entry: the address of a tracked object, with the low bit set when the entry
/// stands for the namespace of the class at that address; [`Entry::HOLE`] where an entry
/// left (see the module doc).
#[derive(Clone, Copy, PartialEq, Eq)]
struct Entry(usize);

// The namespace bit needs an address whose low bit is always clear.
const _: () = assert!(std::mem::align_of::<PyObject>() >= 2);

impl Entry {
    const HOLE: Entry = Entry(0);

    /// `obj`'s entry; the address keeps the `Rc`'s provenance, so that references made
    /// from it later ([`Entry::upgrade`]) are as good as the original.
    #[inline]
    fn new(obj: &PyRef, namespace: bool) -> Entry {
        Entry(obj.as_ptr() as usize | usize::from(namespace))
    }

    #[inline]
    fn is_hole(self) -> bool {
        self == Entry::HOLE
    }

    #[inline]
    fn is_namespace(self) -> bool {
        self.0 & 1 != 0
    }

    #[inline]
    fn object(self) -> *const PyObject {
        (self.0 & !1) as *const PyObject
    }

    /// A new reference to the entry's object (the class, for a namespace entry).
    ///
    /// # Safety
    /// The entry is no hole and was in a generation list until now, with nothing freed
    /// since it left: its object is alive (see the module doc).
    #[inline]
    unsafe fn upgrade(self) -> PyRef {
        // SAFETY: the caller's contract: a live object's address.
        unsafe { PyRef::from_tracked(self.object()) }
    }

    /// Points the object's slot (its class's namespace slot) at `slot`.
    ///
    /// # Safety
    /// As for [`Entry::upgrade`].
    #[inline]
    unsafe fn set_slot(self, slot: GcSlot) {
        if self.is_namespace() {
            NAMESPACES.with(|n| n.borrow_mut().insert(self.object() as usize, slot));
        } else {
            // SAFETY: a live object (the caller's contract). Only its header field is
            // borrowed: a caller up the stack may hold its payload mutably
            // (`PyRef::sole_payload_mut`).
            unsafe { (*self.object()).gc.set(Some(slot)) };
        }
    }
}

struct Generation {
    list: Vec<Entry>,
    holes: usize,
    /// No hole before this index: compaction starts here. Objects die young, so the
    /// holes gather at the end of a list whose old entries need not move.
    first_hole: usize,
}

impl Generation {
    const EMPTY: Generation = Generation {
        list: Vec::new(),
        holes: 0,
        first_hole: usize::MAX,
    };
}

/// Thresholds, counters and switches of the `gc` module, and the generation lists: one
/// thread-local, so that tracking or untracking an object reaches it once.
pub struct GcConfig {
    pub thresholds: [Cell<usize>; 3],
    /// Generation 0: tracked allocations minus deallocations since the last collection;
    /// generations 1 and 2: collections of the generation below since their last one.
    pub counts: [Cell<usize>; 3],
    pub enabled: Cell<bool>,
    pub collecting: Cell<bool>,
    /// An allocation crossed the threshold and its collection has not run yet (see
    /// [`set_aside_young`]).
    triggered: Cell<bool>,
    pub debug: Cell<u32>,
    /// Objects that survived a full collection and were not yet part of one
    /// (the 25% rule for full collections).
    pub long_lived_pending: Cell<usize>,
    pub long_lived_total: Cell<usize>,
    /// `-X stress-gc`: check the heap (see `gc::verify`) after every tracked allocation.
    pub stress: Cell<bool>,
    /// Tracked allocations since the last stress check (checks thin out as the heap grows).
    pub stress_allocations: Cell<usize>,
    /// How full each of CPython's free lists would be (see [`Shape`]).
    pub free_lists: [Cell<u16>; FREE_LISTS],
    /// The free list the last deallocation refilled ([`NO_FREE_LIST`] if none): what
    /// `tracemalloc` needs to keep the block traced (see [`take_refill`]).
    refilled: Cell<u8>,
    /// An allocation through `tp_alloc` is under way (see [`allocating_by_type_call`]).
    tp_alloc: Cell<bool>,
    /// The three generations, reached only through [`GcConfig::with_lists`].
    /// `ManuallyDrop`: without a destructor the thread-local is a plain address, with no
    /// "registered / destroyed" state to check on each access; at thread exit the lists
    /// (addresses only) are let go.
    lists: UnsafeCell<ManuallyDrop<[Generation; 3]>>,
    /// Debug builds check that [`GcConfig::with_lists`] is never re-entered.
    #[cfg(debug_assertions)]
    lists_busy: Cell<bool>,
}

impl GcConfig {
    /// Runs `f` on the generation lists. Nothing given `f` reaches the registry again
    /// (each moves entries, writes object headers and [`NAMESPACES`], and neither drops a
    /// reference nor runs code), so the lists need no borrow flag: the reference is unique
    /// while it lives.
    #[inline(always)]
    fn with_lists<R>(&self, f: impl FnOnce(&mut [Generation; 3]) -> R) -> R {
        #[cfg(debug_assertions)]
        assert!(!self.lists_busy.replace(true), "gc lists re-entered");
        // SAFETY: the thread's own lists; only this function makes a reference to them, and
        // `f` never calls back into it (above), so the reference is unique while it lives.
        let result = f(unsafe { &mut *self.lists.get() });
        #[cfg(debug_assertions)]
        self.lists_busy.set(false);
        result
    }

    /// `_PyObject_GC_Alloc`'s count (see [`count_allocation`]).
    #[inline]
    fn count_allocation(&self, shape: Shape) {
        if let Some((list, _)) = shape.free_list().filter(|_| !self.tp_alloc.get()) {
            let free = &self.free_lists[list];
            if free.get() > 0 {
                free.set(free.get() - 1);
                return;
            }
        }
        self.counts[0].set(self.counts[0].get() + 1);
    }

    /// `PyObject_GC_Del`'s count (see [`count_free`]).
    #[inline]
    fn count_free(&self, shape: Shape) {
        if let Some((list, capacity)) = shape.free_list() {
            let free = &self.free_lists[list];
            if free.get() < capacity {
                free.set(free.get() + 1);
                self.refilled.set(list as u8);
                return;
            }
        }
        let n = self.counts[0].get();
        // While a collection is due, deaths cannot call it off: CPython has run it already,
        // inside the allocation (see `set_aside_young`).
        if n > 0 && !(self.triggered.get() && n <= self.thresholds[0].get() + 1) {
            self.counts[0].set(n - 1);
        }
    }

    /// After a tracked allocation: whether a stress check or a collection is due.
    #[inline]
    fn check_due(&self, obj: &PyRef) {
        let n = self.counts[0].get();
        let threshold = self.thresholds[0].get();
        if self.stress.get() || (n > threshold && threshold > 0) {
            self.note_due(obj, n, threshold);
        }
    }

    #[cold]
    #[inline(never)]
    fn note_due(&self, obj: &PyRef, n: usize, threshold: usize) {
        if self.stress.get() {
            self.stress_allocations
                .set(self.stress_allocations.get() + 1);
            crate::heap::wake();
        }
        if n > threshold && threshold > 0 && self.enabled.get() && !self.collecting.get() {
            // CPython collects inside the allocation; the heap never runs Python code, so
            // the collection runs at the VM's next safe point instead (and sets aside
            // what was tracked since: see `set_aside_young`).
            if !self.triggered.replace(true) {
                TRIGGER.with(|t| {
                    *t.borrow_mut() = Some(Trigger {
                        obj: obj.downgrade(),
                        count: n,
                    })
                });
            }
            crate::heap::wake();
        }
    }
}

/// `GcConfig::refilled` when the last deallocation refilled no free list.
const NO_FREE_LIST: u8 = u8::MAX;

/// CPython keeps freed exact tuples (by length, 1 to 19, up to 2000 each), lists and dicts
/// (80 each) on free lists. An allocation a free list serves, and a deallocation that
/// refills one, leave `gc.get_count()` alone; a full collection empties them
/// (`clear_freelists`). refpy allocates normally and keeps only the occupancy, so that the
/// counters move as CPython's do. Index: the tuple length, then lists, then dicts, then
/// the one-slice cache (`interp->slice_cache`: the last freed slice is kept for the next
/// `PySlice_New`; a collection leaves it alone, only interpreter shutdown frees it).
pub const FREE_LISTS: usize = 23;
const LIST_FREE_LIST: usize = 20;
const DICT_FREE_LIST: usize = 21;
const SLICE_CACHE: usize = 22;

/// What the free lists need to know of an object: CPython's kind of allocation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// An exact tuple of this length.
    Tuple(usize),
    /// An exact list.
    List,
    /// An exact dict.
    Dict,
    /// A slice (its type cannot be subclassed).
    Slice,
    /// Any other collectable object (no free list).
    Other,
}

impl Shape {
    #[inline]
    pub fn of(obj: &PyObject) -> Shape {
        Shape::with_class(&obj.payload, || {
            obj.class().type_data().is_some_and(|t| t.is_heap_type)
        })
    }

    /// The shape of an object with `payload`, whose class is a heap type if `heap_class`
    /// says so (asked only for the payloads of the free lists' types).
    #[inline]
    fn with_class(payload: &Payload, heap_class: impl FnOnce() -> bool) -> Shape {
        let shape = match payload {
            Payload::Tuple(items) => Shape::Tuple(items.len()),
            Payload::List(_) => Shape::List,
            Payload::Dict(_) => Shape::Dict,
            Payload::Slice { .. } => Shape::Slice,
            _ => return Shape::Other,
        };
        // Only the exact builtin types use free lists (subclasses go through
        // `tp_alloc`/`tp_free`).
        if heap_class() {
            Shape::Other
        } else {
            shape
        }
    }

    /// The free list that serves this shape, and its capacity.
    fn free_list(self) -> Option<(usize, u16)> {
        match self {
            Shape::Tuple(n) if (1..LIST_FREE_LIST).contains(&n) => Some((n, 2000)),
            Shape::List => Some((LIST_FREE_LIST, 80)),
            Shape::Dict => Some((DICT_FREE_LIST, 80)),
            Shape::Slice => Some((SLICE_CACHE, 1)),
            _ => None,
        }
    }
}

/// `_PyObject_GC_Alloc` raises the generation-0 counter, unless a free list serves the
/// allocation. Also called for objects CPython allocates where refpy has none of its own
/// (a class's `__dict__` and descriptors: see `TypeData::hidden_objects`).
pub fn count_allocation(shape: Shape) {
    with_state(|c| c.count_allocation(shape));
}

/// `PyObject_GC_Del` lowers the generation-0 counter, unless the object goes to a free
/// list instead.
pub fn count_free(shape: Shape) {
    with_state(|c| c.count_free(shape));
}

/// The free-list occupancy and generation counters CPython 3.11 has when the main
/// script starts (measured: `gc.get_count()` and how many allocations of each kind pass
/// before the counter moves).
pub fn set_startup_state(count0: usize) {
    const TUPLES: [u16; 20] = [0, 4, 6, 2, 2, 3, 1, 8, 6, 1, 1, 1, 3, 5, 1, 2, 2, 2, 3, 1];
    with_state(|c| {
        for (cell, n) in c.free_lists.iter().zip(TUPLES) {
            cell.set(n);
        }
        c.free_lists[LIST_FREE_LIST].set(37);
        c.free_lists[DICT_FREE_LIST].set(7);
        c.free_lists[SLICE_CACHE].set(1);
        c.counts[0].set(count0);
        c.counts[1].set(0);
        c.counts[2].set(2);
    });
}

/// Runs `f` as work CPython's start-up has already done (the first use of something
/// refpy builds lazily, such as `weakref`'s dictionaries over `collections.abc`): no
/// automatic collection runs meanwhile, the counters and free lists are left as they
/// were, and what `f` leaves tracked in generation 0 joins the oldest generation, where
/// start-up's collections leave CPython's objects.
pub fn as_startup_work<R>(f: impl FnOnce() -> R) -> R {
    let (counts, free, enabled) = with_state(|c| {
        let counts: Vec<usize> = c.counts.iter().map(Cell::get).collect();
        let free: Vec<u16> = c.free_lists.iter().map(Cell::get).collect();
        (counts, free, c.enabled.replace(false))
    });
    let before: std::collections::HashSet<usize> = young().iter().map(|o| o.id()).collect();
    let result = f();
    with_state(|c| {
        c.counts
            .iter()
            .zip(&counts)
            .for_each(|(cell, n)| cell.set(*n));
        c.free_lists
            .iter()
            .zip(&free)
            .for_each(|(cell, n)| cell.set(*n));
        c.enabled.set(enabled);
    });
    for obj in young() {
        if !before.contains(&obj.id()) {
            untrack(&obj);
            track_in(&obj, 2);
        }
    }
    result
}

/// The objects of generation 0's entries, in list order (a namespace entry gives its
/// class).
fn young() -> Vec<PyRef> {
    with_state(|c| {
        c.with_lists(|g| {
            g[0].list
                .iter()
                .filter(|e| !e.is_hole())
                // SAFETY: an entry of a list (see the module doc).
                .map(|e| unsafe { e.upgrade() })
                .collect()
        })
    })
}

/// `clear_freelists`: every object on them is freed, each a deallocation for the counter
/// (not the slice cache, which 3.11's `clear_freelists` does not empty).
pub fn clear_free_lists() {
    with_state(|c| {
        let freed: usize = c.free_lists[..SLICE_CACHE]
            .iter()
            .map(|f| f.replace(0) as usize)
            .sum();
        c.counts[0].set(c.counts[0].get().saturating_sub(freed));
    });
}

/// The tracked allocation that took generation 0 past its threshold, and the counter it
/// left: CPython 3.11 collects inside that allocation, before the new object is tracked.
struct Trigger {
    obj: WeakPyRef,
    count: usize,
}

thread_local! {
    static TRIGGER: RefCell<Option<Trigger>> = const { RefCell::new(None) };
}

/// Objects an automatic collection holds back from generation 0, in list order (each with
/// whether its entry is a class's namespace entry); see [`set_aside_young`].
pub struct SetAside {
    entries: Vec<(WeakPyRef, bool)>,
    /// The generation-0 counter they account for.
    pub count: usize,
}

/// Before an automatic collection: takes out of generation 0 the object whose allocation
/// crossed the threshold and everything tracked after it, so the collection sees the
/// lists as CPython's did inside that allocation (`_PyObject_GC_Link`). refpy collects at
/// the VM's next safe point instead, when the new object is already tracked and reachable
/// (often half built: its `__init__` is running), and so would count it as a survivor and
/// promote it. [`restore_young`] puts them back at the end of generation 0 afterwards,
/// where CPython tracks the new object once the collection returns. Any other collection
/// just forgets the trigger.
pub fn set_aside_young(automatic: bool) -> SetAside {
    let mut aside = SetAside {
        entries: Vec::new(),
        count: 0,
    };
    let Some(trigger) = TRIGGER.with(|t| t.borrow_mut().take()) else {
        return aside;
    };
    with_state(|c| c.triggered.set(false));
    let Some(obj) = trigger.obj.upgrade().filter(|_| automatic) else {
        return aside;
    };
    let Some(slot) = obj.gc.get().filter(|s| s.generation == 0) else {
        return aside;
    };
    // A class's namespace entry may sit just before the class.
    let start = match namespace_slot(obj.id()) {
        Some(ns) if ns.generation == 0 => ns.index.min(slot.index),
        _ => slot.index,
    } as usize;
    let tail = with_state(|c| {
        c.with_lists(|g| {
            let gen = &mut g[0];
            let tail = gen.list.split_off(start.min(gen.list.len()));
            gen.holes -= tail.iter().filter(|e| e.is_hole()).count();
            if gen.holes == 0 {
                gen.first_hole = usize::MAX;
            }
            tail
        })
    });
    for entry in tail.into_iter().filter(|e| !e.is_hole()) {
        // SAFETY: the entry just left the list, and nothing was freed since.
        let young = unsafe { entry.upgrade() };
        let slot = GcSlot {
            generation: SET_ASIDE,
            index: aside.entries.len() as u32,
        };
        // SAFETY: `young` holds the object.
        unsafe { entry.set_slot(slot) };
        aside
            .entries
            .push((young.downgrade(), entry.is_namespace()));
    }
    let count = with_state(|c| c.counts[0].get());
    aside.count = count.saturating_sub(trigger.count);
    aside
}

/// After the collection: what [`set_aside_young`] held back goes to the end of generation
/// 0, except what died or was untracked meanwhile.
pub fn restore_young(aside: SetAside) {
    for (i, (weak, namespace)) in aside.entries.into_iter().enumerate() {
        let Some(obj) = weak.upgrade() else {
            continue;
        };
        let held = GcSlot {
            generation: SET_ASIDE,
            index: i as u32,
        };
        let slot = if namespace {
            namespace_slot(obj.id())
        } else {
            obj.gc.get()
        };
        if slot == Some(held) {
            let index = with_state(|c| push_entry(c, &obj, namespace, 0));
            if !namespace {
                note_young_position(&obj, index);
            }
        }
    }
}

thread_local! {
    // Const-initialized and without a destructor: every track and untrack reaches it, and
    // a lazily initialized thread-local, or one with a destructor, checks its state on
    // each access.
    pub static CONFIG: GcConfig = const { GcConfig {
        thresholds: [Cell::new(700), Cell::new(10), Cell::new(10)],
        counts: [Cell::new(0), Cell::new(0), Cell::new(0)],
        enabled: Cell::new(true),
        collecting: Cell::new(false),
        triggered: Cell::new(false),
        debug: Cell::new(0),
        long_lived_pending: Cell::new(0),
        long_lived_total: Cell::new(0),
        stress: Cell::new(false),
        stress_allocations: Cell::new(0),
        free_lists: [const { Cell::new(0) }; FREE_LISTS],
        refilled: Cell::new(NO_FREE_LIST),
        tp_alloc: Cell::new(false),
        lists: UnsafeCell::new(ManuallyDrop::new([Generation::EMPTY; 3])),
        #[cfg(debug_assertions)]
        lists_busy: Cell::new(false),
    } };
}

/// Runs `f` on the thread's [`CONFIG`] (see `heap::with_thread_local`).
#[inline(always)]
fn with_state<R>(f: impl FnOnce(&GcConfig) -> R) -> R {
    crate::heap::with_thread_local(&CONFIG, f)
}

/// One entry of a collection: an object, or the namespace of the class `obj`, with its
/// `gc_refs` beside it (in the padding the flag leaves: an entry is 16 bytes, so a
/// collection's side table costs no more than the list of its objects).
pub(super) struct Node {
    pub obj: PyRef,
    pub namespace: bool,
    pub gc_refs: Cell<i32>,
}

impl Node {
    pub fn new(obj: PyRef, namespace: bool) -> Node {
        Node {
            obj,
            namespace,
            gc_refs: Cell::new(0),
        }
    }
}

thread_local! {
    /// Where each class's namespace entry sits, by the class's id (see the module doc).
    static NAMESPACES: RefCell<HashMap<usize, GcSlot>> = RefCell::new(HashMap::new());
}

/// The slot of the namespace entry of the class whose id is `id`.
pub(super) fn namespace_slot(id: usize) -> Option<GcSlot> {
    NAMESPACES.with(|n| n.borrow().get(&id).copied())
}

/// Records where the namespace entry of class `cls` now sits.
pub(super) fn set_namespace_slot(cls: &PyRef, slot: GcSlot) {
    NAMESPACES.with(|n| n.borrow_mut().insert(cls.id(), slot));
}

/// Appends an entry for `obj` (for its namespace, with `namespace`) to `generation`.
#[inline]
fn push_entry(c: &GcConfig, obj: &PyRef, namespace: bool, generation: u8) -> usize {
    let entry = Entry::new(obj, namespace);
    let index = c.with_lists(|g| {
        let list = &mut g[generation as usize].list;
        list.push(entry);
        list.len() - 1
    });
    let slot = GcSlot {
        generation,
        index: index as u32,
    };
    // SAFETY: `obj` is alive (borrowed here).
    unsafe { entry.set_slot(slot) };
    index
}

/// Tracks `obj`, or a new class with its namespace entry: before the class when the
/// namespace already holds a container (`type_new` copies the namespace before
/// allocating the class), else after it (the `__dict__`/`__weakref__` descriptors
/// `PyType_Ready` adds make CPython track the dict then).
fn push_class(cls: &PyRef, generation: u8) {
    let namespace = match &cls.payload {
        Payload::Type(t) if t.is_heap_type => Some(
            t.dict
                .try_borrow()
                .is_ok_and(|d| d.values().any(may_be_tracked)),
        ),
        _ => None,
    };
    with_state(|c| {
        if namespace == Some(true) {
            push_entry(c, cls, true, generation);
        }
        push_entry(c, cls, false, generation);
        if namespace == Some(false) {
            push_entry(c, cls, true, generation);
        }
    });
}

/// Forgets the namespace entry of a class leaving the lists.
fn remove_namespace(obj: &PyObject) {
    if matches!(obj.payload, Payload::Type(_)) {
        let id = obj as *const PyObject as usize;
        if let Some(slot) = NAMESPACES.with(|n| n.borrow_mut().remove(&id)) {
            with_state(|c| remove(c, slot));
        }
    }
}

/// Starts tracking a new container in generation 0.
#[inline]
pub fn track(obj: &PyRef) {
    if obj.gc.get().is_none() {
        track_allocation(obj, Shape::of(obj));
    }
}

/// Tracks a new container as `PyRef::new` makes it (never tracked yet), whose class is
/// a heap type if `heap_class` says so.
#[inline]
pub fn track_new(obj: &PyRef, heap_class: bool) {
    track_allocation(obj, Shape::with_class(&obj.payload, || heap_class));
}

/// `_PyObject_GC_Alloc` + `_PyObject_GC_TRACK` of an untracked `obj` of `shape`.
#[inline]
fn track_allocation(obj: &PyRef, shape: Shape) {
    if matches!(obj.payload, Payload::Type(_)) {
        return track_class(obj);
    }
    let index = with_state(|c| {
        let index = push_entry(c, obj, false, 0);
        c.count_allocation(shape);
        c.check_due(obj);
        index
    });
    // `PyDict_New` leaves an exact dict (`Shape::Dict`) untracked: it joins generation 0
    // when it becomes tracked (`Dict::young_at`).
    if let (Shape::Dict, Payload::Dict(d)) = (shape, &obj.payload) {
        if let Ok(mut d) = d.try_borrow_mut() {
            if !d.is_tracked() {
                d.set_young_at(index);
            }
        }
    }
}

/// [`track_allocation`] of a class: its namespace entry, and the objects CPython
/// allocates with it (see `TypeData::hidden_objects`).
#[cold]
#[inline(never)]
fn track_class(cls: &PyRef) {
    push_class(cls, 0);
    count_allocation(Shape::Other);
    if let Payload::Type(t) = &cls.payload {
        t.hidden_objects().into_iter().for_each(count_allocation);
    }
    with_state(|c| c.check_due(cls));
}

/// Starts tracking `obj` directly in `generation` (`gc.unfreeze` returns objects to the
/// oldest generation), without counting it as an allocation.
pub fn track_in(obj: &PyRef, generation: usize) {
    if obj.gc.get().is_none() {
        push_class(obj, generation.min(2) as u8);
    }
}

/// Moves an entry kept by a collection into generation `generation`.
pub(super) fn retrack(node: &Node, generation: usize) {
    with_state(|c| push_entry(c, &node.obj, node.namespace, generation as u8));
}

/// Takes the entry at `slot` out of its list.
#[inline]
fn remove(c: &GcConfig, slot: GcSlot) {
    if slot.generation >= COLLECTING {
        return;
    }
    c.with_lists(|g| {
        let gen = &mut g[slot.generation as usize];
        let index = slot.index as usize;
        if index + 1 == gen.list.len() {
            // The youngest entry (most objects die young, in reverse order of birth):
            // no hole, and the holes it uncovers go too.
            gen.list.pop();
            if gen.holes > 0 {
                gen.drop_trailing_holes();
            }
            return;
        }
        if let Some(entry) = gen.list.get_mut(index) {
            *entry = Entry::HOLE;
            gen.holes += 1;
            gen.first_hole = gen.first_hole.min(index);
        }
        let tail = gen.list.len().saturating_sub(gen.first_hole);
        if gen.holes > 64 && gen.holes * 2 > tail {
            gen.compact(slot.generation);
        }
    });
}

impl Generation {
    /// After the last entry went: the holes it uncovered go too.
    fn drop_trailing_holes(&mut self) {
        while self.list.last().is_some_and(|e| e.is_hole()) {
            self.list.pop();
            self.holes = self.holes.saturating_sub(1);
        }
        if self.holes == 0 {
            self.first_hole = usize::MAX;
        }
    }

    /// Squeezes the holes out in place, keeping list order: the list keeps its
    /// allocation, so the pushes that follow do not grow a fresh vector again.
    fn compact(&mut self, generation: u8) {
        let start = self.first_hole.min(self.list.len());
        let mut live = start;
        for i in start..self.list.len() {
            let entry = self.list[i];
            if entry.is_hole() {
                continue;
            }
            let slot = GcSlot {
                generation,
                index: live as u32,
            };
            // SAFETY: an entry of the list (see the module doc).
            unsafe { entry.set_slot(slot) };
            if generation == 0 && !entry.is_namespace() {
                // SAFETY: as above.
                note_young_position(unsafe { &*entry.object() }, live);
            }
            self.list[live] = entry;
            live += 1;
        }
        self.list.truncate(live);
        self.holes = 0;
        self.first_hole = usize::MAX;
    }
}

/// Stops tracking a live object (`gc` untracking of atom-only tuples and dicts).
pub fn untrack(obj: &PyRef) {
    if let Some(slot) = obj.gc.take() {
        with_state(|c| remove(c, slot));
        remove_namespace(obj);
    }
}

/// Called by the heap as an object in the lists (`slot`) is freed.
#[inline]
pub fn untrack_dying(obj: &PyObject, slot: GcSlot) {
    obj.gc.set(None);
    if matches!(obj.payload, Payload::Type(_)) {
        return untrack_dying_class(obj, slot);
    }
    let shape = Shape::of(obj);
    with_state(|c| {
        remove(c, slot);
        c.count_free(shape);
    });
}

#[cold]
#[inline(never)]
fn untrack_dying_class(cls: &PyObject, slot: GcSlot) {
    with_state(|c| remove(c, slot));
    remove_namespace(cls);
    count_deallocation(cls);
}

/// A collectable object dies (tracked or not): with it, for a class, the objects CPython
/// would free along with it.
pub fn count_deallocation(obj: &PyObject) {
    count_free(Shape::of(obj));
    if let Payload::Type(t) = &obj.payload {
        t.hidden_objects().into_iter().rev().for_each(count_free);
        // What went to a free list was the class's hidden objects, not the class.
        with_state(|c| c.refilled.set(NO_FREE_LIST));
    }
}

/// For allocation tracing, as a new object is allocated (before it is tracked): the
/// free list that will serve it, if one will. CPython then reuses a block it allocated
/// earlier, which `tracemalloc` saw then or never.
pub fn free_list_to_serve(obj: &PyObject) -> Option<usize> {
    let list = free_list_of(obj)?;
    with_state(|c| (c.free_lists[list].get() > 0 && !c.tp_alloc.get()).then_some(list))
}

/// Runs `f`, which allocates an exact list or dict the way a call of the type does
/// (`list()`, `dict()`, `dict.fromkeys`: `tp_alloc`, i.e. `PyType_GenericAlloc`).
/// CPython's free lists serve only `PyList_New` and `PyDict_New`, so such an allocation
/// always counts, and `tracemalloc` sees a new block.
pub fn allocating_by_type_call<R>(f: impl FnOnce() -> R) -> R {
    let was = with_state(|c| c.tp_alloc.replace(true));
    let result = f();
    with_state(|c| c.tp_alloc.set(was));
    result
}

/// The free list that serves and takes back objects like `obj`, if any.
pub fn free_list_of(obj: &PyObject) -> Option<usize> {
    if !obj.payload.is_gc_container() {
        return None;
    }
    Shape::of(obj).free_list().map(|(list, _)| list)
}

/// For allocation tracing, as an object is freed (after it left the collector): the free
/// list its block went to, if it did. CPython keeps the block, still traced.
pub fn take_refill() -> Option<usize> {
    with_state(|c| {
        let list = c.refilled.replace(NO_FREE_LIST);
        (list != NO_FREE_LIST).then_some(list as usize)
    })
}

/// How many blocks each free list holds now (see [`Shape`]), by list index.
pub fn free_list_occupancy() -> [u16; FREE_LISTS] {
    with_state(|c| c.free_lists.each_ref().map(Cell::get))
}

thread_local! {
    /// The untracked dicts a collection took out of the lists ([`detach_dict`]), by the
    /// address of their table, so that the dict can be found when it becomes tracked.
    /// A dict leaves the map when it is reattached or dies ([`forget_detached_dict`]), so
    /// the weak handles never keep a dead dict's block from being reused.
    static DETACHED: RefCell<HashMap<usize, WeakPyRef>> = RefCell::new(HashMap::new());
}

/// CPython keeps an untracked dict in no list: a collection that finds `dict` (whose
/// table is at `table`) untracked takes it out instead of moving it to an older
/// generation. The dict's `detached` flag is set by the caller.
pub(super) fn detach_dict(dict: &PyRef, table: usize) {
    dict.gc.set(None);
    DETACHED.with(|d| d.borrow_mut().insert(table, dict.downgrade()));
}

/// An exact dict CPython does not track is in none of its lists: when `obj` is one, it
/// leaves refpy's lists too (see [`detach_dict`]) and true is returned. `gc.freeze()` asks
/// this first, so such a dict enters generation 0, not the permanent generation, when it
/// becomes tracked.
pub fn detach_untracked_dict(obj: &PyRef) -> bool {
    let Payload::Dict(d) = &obj.payload else {
        return false;
    };
    let Ok(mut d) = d.try_borrow_mut() else {
        return false;
    };
    if d.is_tracked() || obj.gc.get().is_none() || !is_exact_dict(obj) {
        return false;
    }
    untrack(obj);
    d.set_detached();
    detach_dict(obj, &*d as *const _ as usize);
    true
}

/// A detached dict's table (see [`detach_dict`]) became tracked: its object goes back at
/// the young end of generation 0, without counting an allocation (`_PyObject_GC_TRACK`).
pub fn reattach_dict(table: usize) {
    let dict = DETACHED.with(|d| d.borrow_mut().remove(&table));
    if let Some(obj) = dict.and_then(|w| w.upgrade()) {
        if obj.gc.get().is_none() {
            with_state(|c| push_entry(c, &obj, false, 0));
        }
    }
}

/// An exact dict made untracked and never tracked since became tracked (see
/// `Dict::young_at`): its entry moves from where it was allocated to the young end of
/// generation 0, as `_PyObject_GC_TRACK` appends CPython's, which was in no list. `table`
/// is the dict's table, `index` the position of its entry in generation 0 it remembers.
pub fn track_at_young_end(table: usize, index: usize) {
    with_state(|c| {
        let found = c.with_lists(|g| {
            let list = &g[0].list;
            // The remembered position, kept current by compactions; else (a compaction
            // that found the dict borrowed) the entry moved towards the old end.
            let at = list.get(index).copied().filter(|e| holds_table(*e, table));
            let at = at.map(|_| index).or_else(|| {
                let top = index.min(list.len().checked_sub(1)?);
                (0..=top).rev().find(|&i| holds_table(list[i], table))
            })?;
            // Already the youngest entry: nothing was tracked since its allocation.
            (at + 1 != list.len()).then_some((at, list[at]))
        });
        let Some((at, entry)) = found else {
            return;
        };
        // SAFETY: an entry of the list (see the module doc).
        let obj = unsafe { entry.upgrade() };
        obj.gc.set(None);
        remove(
            c,
            GcSlot {
                generation: 0,
                index: at as u32,
            },
        );
        push_entry(c, &obj, false, 0);
    });
}

/// Whether `entry` is a dict's (not a namespace's) whose table is at `table`.
#[inline]
fn holds_table(entry: Entry, table: usize) -> bool {
    if entry.is_hole() || entry.is_namespace() {
        return false;
    }
    // SAFETY: an entry of a list names a live object (see the module doc); only its
    // payload's box address is read.
    let obj = unsafe { &*entry.object() };
    matches!(&obj.payload, Payload::Dict(d) if d.as_ptr() as usize == table)
}

/// A young dict's entry (see `Dict::young_at`) moved to `index` of generation 0: the
/// dict remembers it. (A dict borrowed now keeps the old position, which
/// [`track_at_young_end`] then searches from.)
#[inline]
fn note_young_position(obj: &PyObject, index: usize) {
    if let Payload::Dict(d) = &obj.payload {
        if let Ok(mut d) = d.try_borrow_mut() {
            if d.is_young() {
                d.set_young_at(index);
            }
        }
    }
}

/// A detached dict (its table at `table`) is dying: its entry goes.
pub fn forget_detached_dict(table: usize) {
    // `try_with`: a dict may die while the thread's locals are torn down at exit. The
    // handle is released outside the map's borrow.
    let handle = DETACHED.try_with(|d| d.borrow_mut().remove(&table));
    drop(handle);
}

/// `gc.is_tracked`: in the lists, and for a dict, tracked in CPython's sense (see
/// `Dict::is_tracked`: refpy keeps every dict in the lists and asks the dict).
pub fn is_tracked(obj: &PyRef) -> bool {
    obj.gc.get().is_some()
        && match &obj.payload {
            // Only an exact dict is ever untracked (`MAINTAIN_TRACKING`,
            // `_PyDict_MaybeUntrack`); subclasses stay tracked from their allocation.
            Payload::Dict(d) if is_exact_dict(obj) => {
                d.try_borrow().map_or(true, |d| d.is_tracked())
            }
            _ => true,
        }
}

pub(super) fn is_exact_dict(obj: &PyRef) -> bool {
    obj.class()
        .type_data()
        .is_some_and(|t| !t.is_heap_type && t.name.try_borrow().is_ok_and(|n| *n == "dict"))
}

/// CPython's `_PyObject_GC_MAY_BE_TRACKED`: could this object be part of a cycle? A
/// container may, except a tuple the collector already found to hold only atoms.
pub fn may_be_tracked(obj: &PyRef) -> bool {
    match &obj.payload {
        Payload::Tuple(_) => obj.gc.get().is_some(),
        // Builtin classes are static objects, outside the collector (`type_is_gc`).
        Payload::Type(t) => t.is_heap_type,
        other => other.is_gc_container() || obj.gc.get().is_some(),
    }
}

/// Takes every object of generations `0..=generation` out of the lists, in CPython's merge
/// order (the collected generation first, then the younger ones), marking them collecting.
pub(super) fn take_generations(generation: usize) -> Vec<Node> {
    let mut order = vec![generation];
    order.extend(0..generation);
    let lists: Vec<Vec<Entry>> = with_state(|c| {
        c.with_lists(|g| {
            order
                .into_iter()
                .map(|i| {
                    g[i].holes = 0;
                    g[i].first_hole = usize::MAX;
                    std::mem::take(&mut g[i].list)
                })
                .collect()
        })
    });
    // Sized once: the lists hold every tracked object, and a collection's entries must not
    // need room for twice their number while the vector grows.
    let mut out = Vec::with_capacity(lists.iter().map(Vec::len).sum());
    // Nothing is freed in this loop (it only adds references), so every entry still names
    // a live object.
    for entry in lists.into_iter().flatten().filter(|e| !e.is_hole()) {
        let slot = GcSlot {
            generation: COLLECTING,
            index: out.len() as u32,
        };
        // SAFETY: the entry just left its list, and nothing was freed since.
        let obj = unsafe { entry.upgrade() };
        // SAFETY: `obj` holds the object.
        unsafe { entry.set_slot(slot) };
        out.push(Node::new(obj, entry.is_namespace()));
    }
    out
}

/// Objects currently tracked in each generation (`gc.get_count()` reports the counters;
/// this is for `gc.get_objects`).
pub fn counts() -> [usize; 3] {
    with_state(|c| c.with_lists(|g| [0, 1, 2].map(|i| g[i].list.len() - g[i].holes)))
}

/// Every tracked object, generation 0 first, each in list order (for `gc.get_objects`,
/// `gc.get_referrers` and `gc.freeze`).
pub fn all_tracked() -> Vec<PyRef> {
    with_state(|c| {
        c.with_lists(|g| {
            g.iter()
                .flat_map(|gen| &gen.list)
                // A namespace entry is no object of its own.
                .filter(|e| !e.is_hole() && !e.is_namespace())
                // SAFETY: an entry of a list (see the module doc).
                .map(|e| unsafe { e.upgrade() })
                .collect()
        })
    })
}
