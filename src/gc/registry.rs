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
    CONFIG.with(|c| {
        let n = c.counts[0].get() + 1;
        c.counts[0].set(n);
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
        CONFIG.with(|c| {
            let n = c.counts[0].get();
            if n > 0 {
                c.counts[0].set(n - 1);
            }
        });
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
