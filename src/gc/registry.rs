//! The generation lists and counters: which objects are tracked, in what order.
//!
//! Each generation is a list of weak pointers in the order objects entered it (the order
//! matters: finalizers of one collection run in list order). Removing a dead object leaves
//! a hole; holes are compacted away when they outnumber live entries.

use crate::heap::{GcSlot, PyObject, PyRef, WeakPyRef};
use crate::objects::payload::Payload;
use std::cell::{Cell, RefCell};

/// Generation marker of objects that a collection currently holds.
pub const COLLECTING: u8 = 3;

#[derive(Default)]
struct Generation {
    list: Vec<Option<WeakPyRef>>,
    holes: usize,
}

/// Thresholds, counters and switches of the `gc` module.
pub struct GcConfig {
    pub thresholds: [Cell<usize>; 3],
    /// Generation 0: tracked allocations minus deallocations since the last collection;
    /// generations 1 and 2: collections of the generation below since their last one.
    pub counts: [Cell<usize>; 3],
    pub enabled: Cell<bool>,
    pub collecting: Cell<bool>,
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
}

/// CPython keeps freed exact tuples (by length, 1 to 19, up to 2000 each), lists and dicts
/// (80 each) on free lists. An allocation a free list serves, and a deallocation that
/// refills one, leave `gc.get_count()` alone; a full collection empties them
/// (`clear_freelists`). refpy allocates normally and keeps only the occupancy, so that the
/// counters move as CPython's do. Index: the tuple length, then lists, then dicts.
const FREE_LISTS: usize = 22;
const LIST_FREE_LIST: usize = 20;
const DICT_FREE_LIST: usize = 21;

/// What the free lists need to know of an object: CPython's kind of allocation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// An exact tuple of this length.
    Tuple(usize),
    /// An exact list.
    List,
    /// An exact dict.
    Dict,
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
            _ => Shape::Other,
        }
    }

    /// The free list that serves this shape, and its capacity.
    fn free_list(self) -> Option<(usize, u16)> {
        match self {
            Shape::Tuple(n) if (1..LIST_FREE_LIST).contains(&n) => Some((n, 2000)),
            Shape::List => Some((LIST_FREE_LIST, 80)),
            Shape::Dict => Some((DICT_FREE_LIST, 80)),
            _ => None,
        }
    }
}

/// `_PyObject_GC_Alloc` raises the generation-0 counter, unless a free list serves the
/// allocation. Also called for objects CPython allocates where refpy has none of its own
/// (a class's `__dict__` and descriptors: see `TypeData::hidden_objects`).
pub fn count_allocation(shape: Shape) {
    CONFIG.with(|c| {
        if let Some((list, _)) = shape.free_list() {
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
                return;
            }
        }
        let n = c.counts[0].get();
        if n > 0 {
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
        c.counts[0].set(count0);
        c.counts[1].set(0);
        c.counts[2].set(2);
    });
}

/// `clear_freelists`: every object on them is freed, each a deallocation for the counter.
pub fn clear_free_lists() {
    CONFIG.with(|c| {
        let freed: usize = c.free_lists.iter().map(|f| f.replace(0) as usize).sum();
        c.counts[0].set(c.counts[0].get().saturating_sub(freed));
    });
}

thread_local! {
    static GENERATIONS: RefCell<[Generation; 3]> = RefCell::new(Default::default());
    pub static CONFIG: GcConfig = const { GcConfig {
        thresholds: [Cell::new(700), Cell::new(10), Cell::new(10)],
        counts: [Cell::new(0), Cell::new(0), Cell::new(0)],
        enabled: Cell::new(true),
        collecting: Cell::new(false),
        debug: Cell::new(0),
        long_lived_pending: Cell::new(0),
        long_lived_total: Cell::new(0),
        stress: Cell::new(false),
        stress_allocations: Cell::new(0),
        free_lists: [const { Cell::new(0) }; FREE_LISTS],
    } };
}

fn push(obj: &PyRef, generation: u8) {
    GENERATIONS.with(|g| {
        let mut g = g.borrow_mut();
        let gen = &mut g[generation as usize];
        obj.gc.set(Some(GcSlot {
            generation,
            index: gen.list.len() as u32,
        }));
        gen.list.push(Some(obj.downgrade()));
    });
}

/// Starts tracking a new container in generation 0.
pub fn track(obj: &PyRef) {
    if obj.gc.get().is_some() {
        return;
    }
    push(obj, 0);
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
            // the collection runs at the VM's next safe point instead.
            crate::heap::wake();
        }
    });
}

/// Starts tracking `obj` directly in `generation` (`gc.unfreeze` returns objects to the
/// oldest generation), without counting it as an allocation.
pub fn track_in(obj: &PyRef, generation: usize) {
    if obj.gc.get().is_none() {
        push(obj, generation.min(2) as u8);
    }
}

/// Moves an object kept by a collection into generation `generation`.
pub(super) fn retrack(obj: &PyRef, generation: usize) {
    push(obj, generation as u8);
}

fn remove(slot: GcSlot) {
    if slot.generation == COLLECTING {
        return;
    }
    GENERATIONS.with(|g| {
        let Ok(mut g) = g.try_borrow_mut() else {
            return;
        };
        let gen = &mut g[slot.generation as usize];
        if let Some(entry) = gen.list.get_mut(slot.index as usize) {
            *entry = None;
            gen.holes += 1;
        }
        if gen.holes > 64 && gen.holes * 2 > gen.list.len() {
            compact(gen, slot.generation);
        }
    });
}

/// Squeezes the holes out in place, keeping list order: the list keeps its allocation, so
/// the pushes that follow do not grow a fresh vector again.
fn compact(gen: &mut Generation, generation: u8) {
    let mut live = 0;
    for i in 0..gen.list.len() {
        let Some(weak) = gen.list[i].take() else {
            continue;
        };
        if let Some(obj) = weak.upgrade() {
            obj.gc.set(Some(GcSlot {
                generation,
                index: live as u32,
            }));
            gen.list[live] = Some(weak);
            live += 1;
        }
    }
    gen.list.truncate(live);
    gen.holes = 0;
}

/// Stops tracking a live object (`gc` untracking of atom-only tuples and dicts).
pub fn untrack(obj: &PyRef) {
    if let Some(slot) = obj.gc.take() {
        remove(slot);
    }
}

/// Called by the heap as a tracked object is freed.
pub fn untrack_dying(obj: &PyObject) {
    if let Some(slot) = obj.gc.take() {
        remove(slot);
        count_deallocation(obj);
    }
}

/// A collectable object dies (tracked or not): with it, for a class, the objects CPython
/// would free along with it.
pub fn count_deallocation(obj: &PyObject) {
    count_free(Shape::of(obj));
    if let Payload::Type(t) = &obj.payload {
        t.hidden_objects().into_iter().rev().for_each(count_free);
    }
}

/// `gc.is_tracked`: in the lists, and for a dict, tracked in CPython's sense (see
/// `Dict::is_tracked`: refpy keeps every dict in the lists and asks the dict).
pub fn is_tracked(obj: &PyRef) -> bool {
    obj.gc.get().is_some()
        && match &obj.payload {
            Payload::Dict(d) => d.try_borrow().map_or(true, |d| d.is_tracked()),
            _ => true,
        }
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
pub(super) fn take_generations(generation: usize) -> Vec<PyRef> {
    let lists: Vec<Vec<Option<WeakPyRef>>> = GENERATIONS.with(|g| {
        let mut g = g.borrow_mut();
        let mut order = vec![generation];
        order.extend(0..generation);
        order
            .into_iter()
            .map(|i| {
                g[i].holes = 0;
                std::mem::take(&mut g[i].list)
            })
            .collect()
    });
    let mut out = Vec::new();
    for weak in lists.into_iter().flatten().flatten() {
        if let Some(obj) = weak.upgrade() {
            obj.gc.set(Some(GcSlot {
                generation: COLLECTING,
                index: out.len() as u32,
            }));
            out.push(obj);
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
    GENERATIONS.with(|g| {
        let g = g.borrow();
        g.iter()
            .flat_map(|gen| gen.list.iter().flatten())
            .filter_map(|w| w.upgrade())
            .collect()
    })
}
