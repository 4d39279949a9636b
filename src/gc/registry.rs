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

use crate::heap::{GcSlot, PyObject, PyRef, WeakPyRef};
use crate::objects::payload::Payload;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Generation marker of objects that a collection currently holds.
pub const COLLECTING: u8 = 3;

/// Generation marker of the young objects an automatic collection holds back (see
/// [`set_aside_young`]). Like [`COLLECTING`], the slot's index is no list position.
const SET_ASIDE: u8 = 4;

struct Generation {
    list: Vec<Option<WeakPyRef>>,
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

/// Thresholds, counters and switches of the `gc` module.
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
    pub fn of(obj: &PyObject) -> Shape {
        // Only the exact builtin types use free lists (subclasses go through
        // `tp_alloc`/`tp_free`).
        if obj.class().type_data().is_some_and(|t| t.is_heap_type) {
            return Shape::Other;
        }
        match &obj.payload {
            Payload::Tuple(items) => Shape::Tuple(items.len()),
            Payload::List(_) => Shape::List,
            Payload::Dict(_) => Shape::Dict,
            Payload::Slice { .. } => Shape::Slice,
            _ => Shape::Other,
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
    CONFIG.with(|c| {
        if let Some((list, _)) = shape.free_list().filter(|_| !c.tp_alloc.get()) {
            let free = &c.free_lists[list];
            if free.get() > 0 {
                free.set(free.get() - 1);
                return;
            }
        }
        c.counts[0].set(c.counts[0].get() + 1);
    });
}

/// `PyObject_GC_Del` lowers the generation-0 counter, unless the object goes to a free
/// list instead.
pub fn count_free(shape: Shape) {
    CONFIG.with(|c| {
        if let Some((list, capacity)) = shape.free_list() {
            let free = &c.free_lists[list];
            if free.get() < capacity {
                free.set(free.get() + 1);
                c.refilled.set(list as u8);
                return;
            }
        }
        let n = c.counts[0].get();
        // While a collection is due, deaths cannot call it off: CPython has run it already,
        // inside the allocation (see `set_aside_young`).
        if n > 0 && !(c.triggered.get() && n <= c.thresholds[0].get() + 1) {
            c.counts[0].set(n - 1);
        }
    });
}

/// The free-list occupancy and generation counters CPython 3.11 has when the main
/// script starts (measured: `gc.get_count()` and how many allocations of each kind pass
/// before the counter moves).
pub fn set_startup_state(count0: usize) {
    const TUPLES: [u16; 20] = [0, 4, 6, 2, 2, 3, 1, 8, 6, 1, 1, 1, 3, 5, 1, 2, 2, 2, 3, 1];
    CONFIG.with(|c| {
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
    let (counts, free, enabled) = CONFIG.with(|c| {
        let counts: Vec<usize> = c.counts.iter().map(Cell::get).collect();
        let free: Vec<u16> = c.free_lists.iter().map(Cell::get).collect();
        (counts, free, c.enabled.replace(false))
    });
    let young = |g: &[Generation; 3]| -> Vec<PyRef> {
        g[0].list
            .iter()
            .filter_map(|w| w.as_ref()?.upgrade())
            .collect()
    };
    let before: std::collections::HashSet<usize> = GENERATIONS.with(|g| {
        young(&g.borrow())
            .iter()
            .map(|o| &**o as *const PyObject as usize)
            .collect()
    });
    let result = f();
    CONFIG.with(|c| {
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
    let made = GENERATIONS.with(|g| young(&g.borrow()));
    for obj in made {
        if !before.contains(&(&*obj as *const PyObject as usize)) {
            untrack(&obj);
            track_in(&obj, 2);
        }
    }
    result
}

/// `clear_freelists`: every object on them is freed, each a deallocation for the counter
/// (not the slice cache, which 3.11's `clear_freelists` does not empty).
pub fn clear_free_lists() {
    CONFIG.with(|c| {
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
    CONFIG.with(|c| c.triggered.set(false));
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
    let tail = GENERATIONS.with(|g| {
        let mut g = g.borrow_mut();
        let gen = &mut g[0];
        let tail = gen.list.split_off(start.min(gen.list.len()));
        gen.holes -= tail.iter().filter(|e| e.is_none()).count();
        if gen.holes == 0 {
            gen.first_hole = usize::MAX;
        }
        tail
    });
    for (i, weak) in tail.into_iter().enumerate() {
        let Some(young) = weak.as_ref().and_then(WeakPyRef::upgrade) else {
            continue;
        };
        let old = GcSlot {
            generation: 0,
            index: (start + i) as u32,
        };
        let namespace = is_namespace_entry(&young, old);
        let slot = GcSlot {
            generation: SET_ASIDE,
            index: aside.entries.len() as u32,
        };
        set_slot(&young, namespace, slot);
        aside.entries.push((young.downgrade(), namespace));
    }
    let count = CONFIG.with(|c| c.counts[0].get());
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
            push_entry(&obj, namespace, 0);
        }
    }
}

thread_local! {
    // Const-initialized: every track and untrack reaches it, and a lazily initialized
    // thread-local checks its state on each access.
    static GENERATIONS: RefCell<[Generation; 3]> = const { RefCell::new([Generation::EMPTY; 3]) };
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
    } };
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

fn set_slot(obj: &PyRef, namespace: bool, slot: GcSlot) {
    if namespace {
        NAMESPACES.with(|n| n.borrow_mut().insert(obj.id(), slot));
    } else {
        obj.gc.set(Some(slot));
    }
}

/// Whether the entry at `slot`, which refers to `obj`, is `obj`'s namespace entry.
fn is_namespace_entry(obj: &PyObject, slot: GcSlot) -> bool {
    matches!(obj.payload, Payload::Type(_))
        && namespace_slot(obj as *const PyObject as usize) == Some(slot)
}

fn push(obj: &PyRef, generation: u8) {
    push_entry(obj, false, generation);
}

fn push_entry(obj: &PyRef, namespace: bool, generation: u8) {
    GENERATIONS.with(|g| {
        let mut g = g.borrow_mut();
        let gen = &mut g[generation as usize];
        let slot = GcSlot {
            generation,
            index: gen.list.len() as u32,
        };
        set_slot(obj, namespace, slot);
        gen.list.push(Some(obj.downgrade()));
    });
}

/// Tracks a new class with its namespace entry: before it when the namespace already
/// holds a container (`type_new` copies the namespace before allocating the class),
/// else after it (the `__dict__`/`__weakref__` descriptors `PyType_Ready` adds make
/// CPython track the dict then).
fn push_class(cls: &PyRef, generation: u8) {
    let Payload::Type(t) = &cls.payload else {
        return push(cls, generation);
    };
    if !t.is_heap_type {
        return push(cls, generation);
    }
    let first = t
        .dict
        .try_borrow()
        .is_ok_and(|d| d.values().any(may_be_tracked));
    if first {
        push_entry(cls, true, generation);
    }
    push(cls, generation);
    if !first {
        push_entry(cls, true, generation);
    }
}

/// Forgets the namespace entry of a class leaving the lists.
fn remove_namespace(obj: &PyObject) {
    if matches!(obj.payload, Payload::Type(_)) {
        let id = obj as *const PyObject as usize;
        if let Some(slot) = NAMESPACES.with(|n| n.borrow_mut().remove(&id)) {
            remove(slot);
        }
    }
}

/// Starts tracking a new container in generation 0.
pub fn track(obj: &PyRef) {
    if obj.gc.get().is_some() {
        return;
    }
    push_class(obj, 0);
    count_allocation(Shape::of(obj));
    if let Payload::Type(t) = &obj.payload {
        t.hidden_objects().into_iter().for_each(count_allocation);
    }
    CONFIG.with(|c| {
        let n = c.counts[0].get();
        let threshold = c.thresholds[0].get();
        if c.stress.get() {
            c.stress_allocations.set(c.stress_allocations.get() + 1);
            crate::heap::wake();
        }
        if n > threshold && threshold > 0 && c.enabled.get() && !c.collecting.get() {
            // CPython collects inside the allocation; the heap never runs Python code, so
            // the collection runs at the VM's next safe point instead (and sets aside
            // what was tracked since: see `set_aside_young`).
            if !c.triggered.replace(true) {
                TRIGGER.with(|t| {
                    *t.borrow_mut() = Some(Trigger {
                        obj: obj.downgrade(),
                        count: n,
                    })
                });
            }
            crate::heap::wake();
        }
    });
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
    push_entry(&node.obj, node.namespace, generation as u8);
}

fn remove(slot: GcSlot) {
    if slot.generation >= COLLECTING {
        return;
    }
    GENERATIONS.with(|g| {
        let Ok(mut g) = g.try_borrow_mut() else {
            return;
        };
        let gen = &mut g[slot.generation as usize];
        let index = slot.index as usize;
        if index + 1 == gen.list.len() {
            // The youngest entry (most objects die young, in reverse order of birth):
            // no hole, and the holes it uncovers go too.
            gen.list.pop();
            while let Some(None) = gen.list.last() {
                gen.list.pop();
                gen.holes = gen.holes.saturating_sub(1);
            }
            if gen.holes == 0 {
                gen.first_hole = usize::MAX;
            }
            return;
        }
        if let Some(entry) = gen.list.get_mut(index) {
            *entry = None;
            gen.holes += 1;
            gen.first_hole = gen.first_hole.min(index);
        }
        let tail = gen.list.len().saturating_sub(gen.first_hole);
        if gen.holes > 64 && gen.holes * 2 > tail {
            compact(gen, slot.generation);
        }
    });
}

/// Squeezes the holes out in place, keeping list order: the list keeps its allocation, so
/// the pushes that follow do not grow a fresh vector again.
fn compact(gen: &mut Generation, generation: u8) {
    let start = gen.first_hole.min(gen.list.len());
    let mut live = start;
    for i in start..gen.list.len() {
        let Some(weak) = gen.list[i].take() else {
            continue;
        };
        if let Some(obj) = weak.upgrade() {
            let old = GcSlot {
                generation,
                index: i as u32,
            };
            let namespace = is_namespace_entry(&obj, old);
            let slot = GcSlot {
                generation,
                index: live as u32,
            };
            set_slot(&obj, namespace, slot);
            gen.list[live] = Some(weak);
            live += 1;
        }
    }
    gen.list.truncate(live);
    gen.holes = 0;
    gen.first_hole = usize::MAX;
}

/// Stops tracking a live object (`gc` untracking of atom-only tuples and dicts).
pub fn untrack(obj: &PyRef) {
    if let Some(slot) = obj.gc.take() {
        remove(slot);
        remove_namespace(obj);
    }
}

/// Called by the heap as a tracked object is freed.
pub fn untrack_dying(obj: &PyObject) {
    if let Some(slot) = obj.gc.take() {
        remove(slot);
        remove_namespace(obj);
        count_deallocation(obj);
    }
}

/// A collectable object dies (tracked or not): with it, for a class, the objects CPython
/// would free along with it.
pub fn count_deallocation(obj: &PyObject) {
    count_free(Shape::of(obj));
    if let Payload::Type(t) = &obj.payload {
        t.hidden_objects().into_iter().rev().for_each(count_free);
        // What went to a free list was the class's hidden objects, not the class.
        CONFIG.with(|c| c.refilled.set(NO_FREE_LIST));
    }
}

/// For allocation tracing, as a new object is allocated (before it is tracked): the
/// free list that will serve it, if one will. CPython then reuses a block it allocated
/// earlier, which `tracemalloc` saw then or never.
pub fn free_list_to_serve(obj: &PyObject) -> Option<usize> {
    let list = free_list_of(obj)?;
    CONFIG.with(|c| (c.free_lists[list].get() > 0 && !c.tp_alloc.get()).then_some(list))
}

/// Runs `f`, which allocates an exact list or dict the way a call of the type does
/// (`list()`, `dict()`, `dict.fromkeys`: `tp_alloc`, i.e. `PyType_GenericAlloc`).
/// CPython's free lists serve only `PyList_New` and `PyDict_New`, so such an allocation
/// always counts, and `tracemalloc` sees a new block.
pub fn allocating_by_type_call<R>(f: impl FnOnce() -> R) -> R {
    let was = CONFIG.with(|c| c.tp_alloc.replace(true));
    let result = f();
    CONFIG.with(|c| c.tp_alloc.set(was));
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
    CONFIG.with(|c| {
        let list = c.refilled.replace(NO_FREE_LIST);
        (list != NO_FREE_LIST).then_some(list as usize)
    })
}

/// How many blocks each free list holds now (see [`Shape`]), by list index.
pub fn free_list_occupancy() -> [u16; FREE_LISTS] {
    CONFIG.with(|c| c.free_lists.each_ref().map(Cell::get))
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

fn is_exact_dict(obj: &PyRef) -> bool {
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
    let lists: Vec<(u8, Vec<Option<WeakPyRef>>)> = GENERATIONS.with(|g| {
        let mut g = g.borrow_mut();
        order
            .into_iter()
            .map(|i| {
                g[i].holes = 0;
                g[i].first_hole = usize::MAX;
                (i as u8, std::mem::take(&mut g[i].list))
            })
            .collect()
    });
    // Sized once: the lists hold every tracked object, and a collection's entries must not
    // need room for twice their number while the vector grows.
    let mut out = Vec::with_capacity(lists.iter().map(|(_, list)| list.len()).sum());
    for (generation, list) in lists {
        for (index, weak) in list.into_iter().enumerate() {
            let Some(obj) = weak.and_then(|w| w.upgrade()) else {
                continue;
            };
            let old = GcSlot {
                generation,
                index: index as u32,
            };
            let namespace = is_namespace_entry(&obj, old);
            let slot = GcSlot {
                generation: COLLECTING,
                index: out.len() as u32,
            };
            set_slot(&obj, namespace, slot);
            out.push(Node::new(obj, namespace));
        }
    }
    out
}

/// Objects currently tracked in each generation (`gc.get_count()` reports the counters;
/// this is for `gc.get_objects`).
pub fn counts() -> [usize; 3] {
    GENERATIONS.with(|g| {
        let g = g.borrow();
        [0, 1, 2].map(|i| g[i].list.len() - g[i].holes)
    })
}

/// Every tracked object, generation 0 first, each in list order (for `gc.get_objects`,
/// `gc.get_referrers` and `gc.freeze`).
pub fn all_tracked() -> Vec<PyRef> {
    let entries: Vec<(GcSlot, PyRef)> = GENERATIONS.with(|g| {
        let g = g.borrow();
        (0..3u8)
            .flat_map(|generation| {
                let list = &g[generation as usize].list;
                list.iter().enumerate().filter_map(move |(index, w)| {
                    let slot = GcSlot {
                        generation,
                        index: index as u32,
                    };
                    Some((slot, w.as_ref()?.upgrade()?))
                })
            })
            .collect()
    });
    // A namespace entry is no object of its own.
    entries
        .into_iter()
        .filter(|(slot, obj)| !is_namespace_entry(obj, *slot))
        .map(|(_, obj)| obj)
        .collect()
}
