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
use registry::{Node, COLLECTING};

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
    /// Garbage, in collector list order (not kept alive: see the module doc); `true`
    /// marks a class's namespace entry.
    garbage: Vec<(WeakPyRef, bool)>,
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
    let garbage_objects: Vec<PyRef> = objects_of(&garbage).cloned().collect();
    notify(CollectEvent::Begin {
        generation,
        unreachable: &garbage_objects,
    });
    let older = (generation + 1).min(2);
    // untrack_tuples: a tuple holding only atoms can never be in a cycle. A whole pass
    // before untrack_dicts, as in `collect()`: a dict whose only container was such a
    // tuple is then untracked too, wherever the two sit in the lists.
    for node in reachable.iter().filter(|n| !n.namespace) {
        let obj = &node.obj;
        match &obj.payload {
            // Only an exact tuple: an instance of a subclass also holds its class and
            // attributes.
            Payload::Tuple(items)
                if !obj.class().type_data().is_some_and(|t| t.is_heap_type)
                    && !items.iter().any(may_be_tracked) =>
            {
                obj.gc.set(None);
            }
            _ => {}
        }
    }
    for node in &reachable {
        let obj = &node.obj;
        if node.namespace {
            registry::retrack(node, older);
            continue;
        }
        match &obj.payload {
            Payload::Tuple(_) if obj.gc.get().is_none() => continue,
            // untrack_dicts, in full collections only (bpo-14775).
            Payload::Dict(d) if generation == 2 => {
                if let Ok(mut d) = d.try_borrow_mut() {
                    d.maybe_untrack();
                }
            }
            _ => {}
        }
        registry::retrack(node, older);
    }
    drop(reachable);

    // handle_weakrefs: clear every weakref to garbage; queue the callbacks of those that
    // are not garbage themselves.
    let mut weak_callbacks = Vec::new();
    for obj in &garbage_objects {
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
    let finalizers = garbage_objects
        .iter()
        .filter(|o| o.has_finalizer() && !o.is_finalized())
        .map(PyRef::downgrade)
        .collect::<Vec<_>>()
        .into_iter();
    drop(garbage_objects);
    // Every garbage object is held by other garbage (nothing else refers to it), so
    // letting go of ours frees nothing.
    let garbage = garbage
        .iter()
        .map(|n| (n.obj.downgrade(), n.namespace))
        .collect();
    Collection {
        generation,
        garbage,
        weak_callbacks,
        finalizers,
    }
}

/// Steps 6–7: frees what is still garbage after the finalizers ran; returns how many
/// objects were collected (what `gc.collect()` returns). With `save_all`, garbage goes to
/// `saved` instead of being freed (DEBUG_SAVEALL), each object with whether its entry
/// stands for a class's namespace.
pub fn finish(collection: Collection, saved: Option<&mut Vec<(PyRef, bool)>>) -> usize {
    let Collection {
        generation,
        garbage,
        weak_callbacks,
        finalizers,
    } = collection;
    drop(weak_callbacks);
    drop(finalizers);
    let survivors: Vec<Node> = garbage
        .iter()
        .filter_map(|(w, namespace)| {
            w.upgrade().map(|obj| Node {
                obj,
                namespace: *namespace,
            })
        })
        .collect();
    // handle_resurrected_objects: recompute outside references among the survivors.
    let older = (generation + 1).min(2);
    let (resurrected, final_garbage) = split_reachable(survivors);
    for node in &resurrected {
        registry::retrack(node, older);
    }
    drop(resurrected);
    // Dicts CPython would not be tracking are freed here all the same, but not counted.
    // (A namespace entry is counted with its class, among its hidden objects.)
    let collected = objects_of(&final_garbage).filter(|o| is_tracked(o)).count()
        + objects_of(&final_garbage)
            .filter_map(|o| o.type_data())
            .map(|t| t.hidden_gc_objects())
            .sum::<usize>();
    match saved {
        Some(saved) => {
            for node in &final_garbage {
                registry::retrack(node, older);
            }
            saved.extend(final_garbage.into_iter().map(|n| (n.obj, n.namespace)));
        }
        None => {
            // delete_garbage: clear each object in list order; its released references die
            // right away, as with CPython's tp_clear. (A class clears its namespace.)
            for obj in objects_of(&final_garbage) {
                let mut released = Vec::new();
                obj.clear(&mut released);
                drop(released);
            }
            for node in &final_garbage {
                if node_in_collection(node) {
                    registry::retrack(node, older);
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

/// `update_refs`, `subtract_refs` and `move_unreachable` over `nodes` (all in the
/// collection, each object held once per entry by the caller): returns (reachable,
/// unreachable).
///
/// The order of both lists is CPython's, since finalizers run and objects are cleared in
/// it: one scan of the list, where an object with no outside references is set aside as
/// tentatively unreachable, and one found reachable after all (from an object scanned
/// later) goes back to the end of the list, to be scanned again there.
fn split_reachable(nodes: Vec<Node>) -> (Vec<Node>, Vec<Node>) {
    // `gc_refs` lives in this table rather than in every object's header: each entry of
    // the collection is numbered by its slot, whose index is its row here.
    let mut gc_refs: Vec<isize> = Vec::with_capacity(nodes.len());
    for (i, node) in nodes.iter().enumerate() {
        let slot = GcSlot {
            generation: COLLECTING,
            index: i as u32,
        };
        if node.namespace {
            registry::set_namespace_slot(&node.obj, slot);
            // Held by its class only.
            gc_refs.push(1);
        } else {
            node.obj.gc.set(Some(slot));
            gc_refs.push(node.obj.refcount() as isize - 1);
        }
    }
    for node in nodes.iter().filter(|n| n.namespace) {
        // The namespace entry's own hold on its class is no outside reference.
        if let Some(row) = row_of(&node.obj, false) {
            gc_refs[row] -= 1;
        }
    }
    for node in &nodes {
        traverse_node(node, &mut |r, namespace| {
            if let Some(row) = row_of(r, namespace) {
                gc_refs[row] -= 1;
            }
        });
    }
    for refs in gc_refs.iter_mut() {
        // Never below zero with exact traversals; a negative count is treated as none.
        *refs = (*refs).max(0);
    }
    let mut young: Vec<Option<Node>> = nodes.into_iter().map(Some).collect();
    let mut unreachable: Vec<Option<Node>> = Vec::new();
    let mut i = 0;
    while i < young.len() {
        let Some(node) = young[i].as_ref() else {
            i += 1;
            continue;
        };
        let row = row_of(&node.obj, node.namespace).expect("a collected entry has a row");
        if gc_refs[row] > 0 {
            // visit_reachable
            let mut back = Vec::new();
            traverse_node(node, &mut |r, namespace| {
                let Some(row) = row_of(r, namespace) else {
                    return;
                };
                let refs = gc_refs[row];
                if let Some(at) = unreachable_index(refs) {
                    back.push(unreachable[at].take());
                    gc_refs[row] = 1;
                } else if refs == 0 {
                    gc_refs[row] = 1;
                }
            });
            young.extend(back);
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

/// An entry's references in `tp_traverse` order; `visit(r, true)` names the namespace
/// entry of class `r`. A class with a namespace entry reaches its namespace through it.
fn traverse_node(node: &Node, visit: &mut dyn FnMut(&PyRef, bool)) {
    if let Payload::Type(t) = &node.obj.payload {
        if node.namespace {
            return t.traverse_namespace(&mut |r| visit(r, false));
        }
        if registry::namespace_slot(node.obj.id()).is_some() {
            visit(&node.obj, true);
            t.traverse_links(&mut |r| visit(r, false));
            return node.obj.traverse_header(&mut |r| visit(r, false));
        }
    }
    node.obj.traverse(&mut |r| visit(r, false));
}

/// The objects among `nodes` (namespace entries left out).
fn objects_of(nodes: &[Node]) -> impl Iterator<Item = &PyRef> {
    nodes.iter().filter(|n| !n.namespace).map(|n| &n.obj)
}

/// The row of `r` (of `r`'s namespace, with `namespace`) in a collection's `gc_refs`
/// table, if it is part of the collection.
fn row_of(r: &PyRef, namespace: bool) -> Option<usize> {
    let slot = if namespace {
        registry::namespace_slot(r.id())
    } else {
        r.gc.get()
    };
    match slot {
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
    row_of(r, false).is_some()
}

fn node_in_collection(node: &Node) -> bool {
    row_of(&node.obj, node.namespace).is_some()
}
