//! The cycle collector: CPython's generational algorithm over the heap's tracked objects.
//!
//! Reference counting frees everything but cycles. Container objects (see
//! `Payload::is_gc_container`) are *tracked*: they sit in one of three generation lists, in
//! the order they entered it. A collection of generation `g` (Modules/gcmodule.c, 3.11):
//!
//! 1. `update_refs`: copy each candidate's reference count into `gc_refs`;
//! 2. `subtract_refs`: for every reference a candidate holds to another candidate, subtract
//!    one; what is left counts references from outside the candidates;
//! 3. `move_unreachable`: objects with outside references, and everything they reach, are
//!    reachable; the rest is unreachable garbage;
//! 4. `handle_weakrefs`: weak references to garbage are cleared; callbacks of weakrefs that
//!    are not themselves garbage are run;
//! 5. `finalize_garbage`: `__del__` runs once for every garbage object that has one;
//! 6. `handle_resurrected_objects`: finalizers may have broken cycles or resurrected objects;
//!    only what is still unreachable stays garbage;
//! 7. `delete_garbage`: `tp_clear` each garbage object, which frees the cycle.
//!
//! Steps 4 and 5 run Python code, which the collector never does itself: [`begin`] does
//! 1–4's clearing and hands back the callbacks and finalizers to run; the VM runs them and
//! calls [`finish`] for 6 and 7. Like CPython's intrusive `unreachable` list, a
//! [`Collection`] holds no reference to the garbage between the phases: counts seen from
//! `__del__` and weakref callbacks are CPython's, and an object a finalizer frees by
//! reference counting dies then (with its own `__del__`, if it was not run yet). The only
//! reference taken is the one [`Collection::next_finalizer`] hands out around each
//! `__del__` (`finalize_garbage`'s `Py_INCREF`).

mod registry;
mod verify;

pub use verify::verify_heap;

pub use registry::{
    all_tracked, clear_free_lists, count_allocation, count_deallocation, count_free, counts,
    is_tracked, may_be_tracked, set_startup_state, track, track_in, untrack, untrack_dying,
    GcConfig, Shape, CONFIG,
};

use crate::heap::{GcSlot, PyRef, WeakPyRef};
use crate::objects::payload::Payload;
use registry::COLLECTING;

/// What a collection tells an observer ([`set_observer`], used by `refpy trace`).
pub enum CollectEvent<'a> {
    /// After `move_unreachable`: the unreachable objects, before finalizers run.
    Begin {
        generation: usize,
        unreachable: &'a [PyRef],
    },
    /// After `delete_garbage`: how many objects the collection freed.
    End { generation: usize, collected: usize },
}

thread_local! {
    static OBSERVER: std::cell::Cell<Option<fn(CollectEvent)>> = const { std::cell::Cell::new(None) };
}

/// Installs (or, with `None`, removes) the collection observer. Called once per collection
/// phase, never per object: it costs nothing on the allocation paths.
pub fn set_observer(observer: Option<fn(CollectEvent)>) {
    OBSERVER.with(|o| o.set(observer));
}

fn notify(event: CollectEvent) {
    if let Some(observe) = OBSERVER.with(|o| o.get()) {
        observe(event);
    }
}

/// Python code a collection needs run between [`begin`] and [`finish`].
pub struct Collection {
    pub generation: usize,
    /// Garbage, in collector list order (not kept alive: see the module doc).
    garbage: Vec<WeakPyRef>,
    /// `(callback, weakref)` pairs to call, in order.
    pub weak_callbacks: Vec<(PyRef, PyRef)>,
    /// Garbage objects with a `__del__` not run yet, in list order; see [`Self::next_finalizer`].
    finalizers: std::vec::IntoIter<WeakPyRef>,
}

impl Collection {
    /// `finalize_garbage`: the next garbage object still alive whose `__del__` has not run,
    /// marked finalized. The caller owns the returned reference while it runs `__del__`.
    pub fn next_finalizer(&mut self) -> Option<PyRef> {
        for weak in self.finalizers.by_ref() {
            if let Some(obj) = weak.upgrade() {
                if !obj.is_finalized() {
                    obj.set_finalized();
                    return Some(obj);
                }
            }
        }
        None
    }
}

/// Steps 1–4: finds the garbage among generations `0..=generation`.
pub fn begin(generation: usize) -> Collection {
    let candidates = registry::take_generations(generation);
    let (reachable, garbage) = split_reachable(candidates);
    notify(CollectEvent::Begin {
        generation,
        unreachable: &garbage,
    });
    let older = (generation + 1).min(2);
    for obj in &reachable {
        match &obj.payload {
            // untrack_tuples: a tuple holding only atoms can never be in a cycle. Only an
            // exact tuple: an instance of a subclass also holds its class and attributes.
            Payload::Tuple(items)
                if !obj.class().type_data().is_some_and(|t| t.is_heap_type)
                    && !items.iter().any(may_be_tracked) =>
            {
                obj.gc.set(None);
                continue;
            }
            // untrack_tuples reaches a class's `__bases__` tuple too (kept inline here).
            Payload::Type(t) if t.is_heap_type && t.bases_tuple_tracked.get() => {
                let only_builtin = t
                    .bases
                    .try_borrow()
                    .is_ok_and(|b| b.iter().all(|c| !may_be_tracked(c)));
                if only_builtin {
                    t.bases_tuple_tracked.set(false);
                }
            }
            // untrack_dicts, in full collections only (bpo-14775).
            Payload::Dict(d) if generation == 2 => {
                if let Ok(mut d) = d.try_borrow_mut() {
                    d.maybe_untrack();
                }
            }
            _ => {}
        }
        registry::retrack(obj, older);
    }
    drop(reachable);

    // handle_weakrefs: clear every weakref to garbage; queue the callbacks of those that
    // are not garbage themselves.
    let mut weak_callbacks = Vec::new();
    for obj in &garbage {
        for wr in obj.weakrefs() {
            if let Payload::WeakRef(data) = &wr.payload {
                data.kill();
                // (Reachable objects are back in a generation by now.)
                if !in_collection(&wr) {
                    if let Some(cb) = data.callback.borrow_mut().take() {
                        weak_callbacks.push((cb, wr.clone()));
                    }
                }
            }
        }
    }
    let finalizers = garbage
        .iter()
        .filter(|o| o.has_finalizer() && !o.is_finalized())
        .map(PyRef::downgrade)
        .collect::<Vec<_>>()
        .into_iter();
    // Every garbage object is held by other garbage (nothing else refers to it), so
    // letting go of ours frees nothing.
    let garbage = garbage.iter().map(PyRef::downgrade).collect();
    Collection {
        generation,
        garbage,
        weak_callbacks,
        finalizers,
    }
}

/// Steps 6–7: frees what is still garbage after the finalizers ran; returns how many
/// objects were collected (what `gc.collect()` returns). With `save_all`, garbage goes to
/// `saved` instead of being freed (DEBUG_SAVEALL).
pub fn finish(collection: Collection, saved: Option<&mut Vec<PyRef>>) -> usize {
    let Collection {
        generation,
        garbage,
        weak_callbacks,
        finalizers,
    } = collection;
    drop(weak_callbacks);
    drop(finalizers);
    let survivors: Vec<PyRef> = garbage.iter().filter_map(|w| w.upgrade()).collect();
    // handle_resurrected_objects: recompute outside references among the survivors.
    let older = (generation + 1).min(2);
    let (resurrected, final_garbage) = split_reachable(survivors);
    for obj in &resurrected {
        registry::retrack(obj, older);
    }
    drop(resurrected);
    // Dicts CPython would not be tracking are freed here all the same, but not counted.
    let collected = final_garbage.iter().filter(|o| is_tracked(o)).count()
        + final_garbage
            .iter()
            .filter_map(|o| o.type_data())
            .map(|t| t.hidden_gc_objects())
            .sum::<usize>();
    match saved {
        Some(saved) => {
            for obj in &final_garbage {
                registry::retrack(obj, older);
            }
            saved.extend(final_garbage);
        }
        None => {
            // delete_garbage: clear each object in list order; its released references die
            // right away, as with CPython's tp_clear.
            for obj in &final_garbage {
                let mut released = Vec::new();
                obj.clear(&mut released);
                drop(released);
            }
            for obj in &final_garbage {
                if in_collection(obj) {
                    registry::retrack(obj, older);
                }
            }
            drop(final_garbage);
        }
    }
    notify(CollectEvent::End {
        generation,
        collected,
    });
    collected
}

/// `update_refs`, `subtract_refs` and `move_unreachable` over `objects` (all in the
/// collection, each held once by the caller): returns (reachable, unreachable).
///
/// The order of both lists is CPython's, since finalizers run and objects are cleared in
/// it: one scan of the list, where an object with no outside references is set aside as
/// tentatively unreachable, and one found reachable after all (from an object scanned
/// later) goes back to the end of the list, to be scanned again there.
fn split_reachable(objects: Vec<PyRef>) -> (Vec<PyRef>, Vec<PyRef>) {
    // `gc_refs` lives in this table rather than in every object's header: each object of
    // the collection is numbered by its slot, whose index is its row here.
    let mut gc_refs: Vec<isize> = Vec::with_capacity(objects.len());
    for (i, obj) in objects.iter().enumerate() {
        obj.gc.set(Some(GcSlot {
            generation: COLLECTING,
            index: i as u32,
        }));
        gc_refs.push(obj.refcount() as isize - 1);
    }
    for obj in &objects {
        obj.traverse(&mut |r| {
            if let Some(row) = row_of(r) {
                gc_refs[row] -= 1;
            }
        });
    }
    for refs in gc_refs.iter_mut() {
        // Never below zero with exact traversals; a negative count is treated as none.
        *refs = (*refs).max(0);
    }
    let mut young: Vec<Option<PyRef>> = objects.into_iter().map(Some).collect();
    let mut unreachable: Vec<Option<PyRef>> = Vec::new();
    let mut i = 0;
    while i < young.len() {
        let Some(obj) = young[i].clone() else {
            i += 1;
            continue;
        };
        let row = row_of(&obj).expect("a collected object has a row");
        if gc_refs[row] > 0 {
            // visit_reachable
            obj.traverse(&mut |r| {
                let Some(row) = row_of(r) else {
                    return;
                };
                let refs = gc_refs[row];
                if let Some(at) = unreachable_index(refs) {
                    unreachable[at] = None;
                    gc_refs[row] = 1;
                    young.push(Some(r.clone()));
                } else if refs == 0 {
                    gc_refs[row] = 1;
                }
            });
            gc_refs[row] = REACHABLE;
        } else {
            gc_refs[row] = TENTATIVE - unreachable.len() as isize;
            unreachable.push(young[i].take());
        }
        i += 1;
    }
    let reachable = young.into_iter().flatten().collect();
    let unreachable = unreachable.into_iter().flatten().collect();
    (reachable, unreachable)
}

/// The row of `r` in a collection's `gc_refs` table, if `r` is part of the collection.
fn row_of(r: &PyRef) -> Option<usize> {
    match r.gc.get() {
        Some(slot) if slot.generation == COLLECTING => Some(slot.index as usize),
        _ => None,
    }
}

/// `gc_refs` of an object set aside as unreachable at position `p`: `TENTATIVE - p`.
const TENTATIVE: isize = -2;

fn unreachable_index(refs: isize) -> Option<usize> {
    (refs <= TENTATIVE && refs != REACHABLE).then(|| (TENTATIVE - refs) as usize)
}

/// `gc_refs` marker for "known reachable".
const REACHABLE: isize = isize::MIN;

fn in_collection(r: &PyRef) -> bool {
    matches!(r.gc.get(), Some(slot) if slot.generation == COLLECTING)
}
