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
    all_tracked, allocating_by_type_call, as_startup_work, clear_free_lists, count_allocation,
    count_deallocation, count_free, counts, detach_untracked_dict, forget_detached_dict,
    free_list_occupancy, free_list_of, free_list_to_serve, is_tracked, may_be_tracked,
    reattach_dict, restore_young, set_aside_young, set_startup_state, take_refill, track,
    track_at_young_end, track_in, track_new, untrack, untrack_dying, GcConfig, SetAside, Shape,
    CONFIG, FREE_LISTS,
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
    /// The garbage still alive, in collector list order, each with whether its entry
    /// stands for a class's namespace (what `DEBUG_COLLECTABLE` lists).
    pub fn garbage(&self) -> Vec<(PyRef, bool)> {
        self.garbage
            .iter()
            .filter_map(|(w, namespace)| w.upgrade().map(|o| (o, *namespace)))
            .collect()
    }

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
    let split = split_reachable(candidates);
    let garbage_objects: Vec<PyRef> = objects_of(split.unreachable()).cloned().collect();
    notify(CollectEvent::Begin {
        generation,
        unreachable: &garbage_objects,
    });
    let older = (generation + 1).min(2);
    // untrack_tuples: a tuple holding only atoms can never be in a cycle. A whole pass
    // before untrack_dicts, as in `collect()`: a dict whose only container was such a
    // tuple is then untracked too, wherever the two sit in the lists.
    for node in split.reachable().filter(|n| !n.namespace) {
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
    for node in split.reachable() {
        let obj = &node.obj;
        if node.namespace {
            registry::retrack(node, older);
            continue;
        }
        match &obj.payload {
            Payload::Tuple(_) if obj.gc.get().is_none() => continue,
            Payload::Dict(d) => {
                if let Ok(mut d) = d.try_borrow_mut() {
                    // untrack_dicts, in full collections only (bpo-14775).
                    if generation == 2 {
                        d.maybe_untrack();
                    }
                    if !d.is_tracked() && registry::is_exact_dict(obj) {
                        d.set_detached();
                        registry::detach_dict(obj, &*d as *const _ as usize);
                        continue;
                    }
                }
            }
            _ => {}
        }
        registry::retrack(node, older);
    }
    // handle_weakrefs: clear every weakref to garbage; queue the callbacks of those that
    // are not garbage themselves.
    let mut weak_callbacks = Vec::new();
    for obj in &garbage_objects {
        // Newest first, as CPython's weakref list (callback refs go in at its head).
        for wr in obj.weakrefs().into_iter().rev() {
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
    let garbage = split
        .unreachable()
        .map(|n| (n.obj.downgrade(), n.namespace))
        .collect();
    drop(split);
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
        .filter_map(|(w, namespace)| w.upgrade().map(|obj| Node::new(obj, *namespace)))
        .collect();
    // handle_resurrected_objects: recompute outside references among the survivors.
    let older = (generation + 1).min(2);
    let split = split_reachable(survivors);
    for node in split.reachable() {
        registry::retrack(node, older);
    }
    // Dicts CPython would not be tracking are freed here all the same, but not counted.
    // (A namespace entry is counted with its class, among its hidden objects.)
    let collected = objects_of(split.unreachable())
        .filter(|o| is_tracked(o))
        .count()
        + objects_of(split.unreachable())
            .filter_map(|o| o.type_data())
            .map(|t| t.hidden_gc_objects())
            .sum::<usize>();
    match saved {
        Some(saved) => {
            for node in split.unreachable() {
                registry::retrack(node, older);
            }
            saved.extend(split.unreachable().map(|n| (n.obj.clone(), n.namespace)));
        }
        None => {
            // delete_garbage: clear each object in list order; its released references die
            // right away, as with CPython's tp_clear. (A class clears its namespace.)
            for obj in objects_of(split.unreachable()) {
                let mut released = Vec::new();
                obj.clear(&mut released);
                drop(released);
            }
            for node in split.unreachable() {
                if node_in_collection(node) {
                    registry::retrack(node, older);
                }
            }
        }
    }
    split.release();
    notify(CollectEvent::End {
        generation,
        collected,
    });
    collected
}

/// `update_refs`, `subtract_refs` and `move_unreachable` over `nodes` (all in the
/// collection, each object held once per entry by the caller).
///
/// The order of both outcomes is CPython's, since finalizers run and objects are cleared
/// in it: one scan of the list, where an object with no outside references is set aside as
/// tentatively unreachable, and one found reachable after all (from an object scanned
/// later) goes back to the end of the list, to be scanned again there.
///
/// The entries stay where they are (an entry's index is its slot, so finding the entry of
/// a referent is one lookup) and carry their `gc_refs`; the two orders are kept as
/// indices. Like CPython's lists threaded through the objects' headers, a collection
/// then needs little memory beside its entries, however large the heap.
fn split_reachable(nodes: Vec<Node>) -> Split {
    for (i, node) in nodes.iter().enumerate() {
        let slot = GcSlot {
            generation: COLLECTING,
            index: i as u32,
        };
        if node.namespace {
            registry::set_namespace_slot(&node.obj, slot);
            // Held by its class only.
            node.gc_refs.set(1);
        } else {
            node.obj.gc.set(Some(slot));
            let outside = node.obj.refcount().saturating_sub(1);
            node.gc_refs.set(i32::try_from(outside).unwrap_or(i32::MAX));
        }
    }
    let refs_of = |r: &PyRef, namespace: bool| row_of(r, namespace).map(|row| &nodes[row].gc_refs);
    for node in nodes.iter().filter(|n| n.namespace) {
        // The namespace entry's own hold on its class is no outside reference.
        if let Some(refs) = refs_of(&node.obj, false) {
            refs.set(refs.get() - 1);
        }
    }
    for node in &nodes {
        traverse_node(node, &mut |r, namespace| {
            if let Some(refs) = refs_of(r, namespace) {
                refs.set(refs.get() - 1);
            }
        });
    }
    for node in &nodes {
        // Never below zero with exact traversals; a negative count is treated as none.
        node.gc_refs.set(node.gc_refs.get().max(0));
    }
    let mut moved_back: Vec<u32> = Vec::new();
    let mut unreachable: Vec<u32> = Vec::new();
    let mut scan = 0;
    loop {
        let (row, marker) = if scan < nodes.len() {
            (scan, REACHABLE)
        } else if let Some(&row) = moved_back.get(scan - nodes.len()) {
            (row as usize, REACHABLE_MOVED_BACK)
        } else {
            break;
        };
        scan += 1;
        let node = &nodes[row];
        if node.gc_refs.get() > 0 {
            // visit_reachable
            traverse_node(node, &mut |r, namespace| {
                let Some(refs) = refs_of(r, namespace) else {
                    return;
                };
                if let Some(at) = unreachable_index(refs.get()) {
                    moved_back.push(std::mem::replace(&mut unreachable[at], GONE));
                    refs.set(1);
                } else if refs.get() == 0 {
                    refs.set(1);
                }
            });
            node.gc_refs.set(marker);
        } else {
            node.gc_refs.set(TENTATIVE - unreachable.len() as i32);
            unreachable.push(row as u32);
        }
    }
    unreachable.retain(|&row| row != GONE);
    Split {
        nodes,
        moved_back,
        unreachable,
    }
}

/// What [`split_reachable`] found: the entries where they were, and the orders.
struct Split {
    nodes: Vec<Node>,
    /// Entries set aside and then found reachable, in the order they went back.
    moved_back: Vec<u32>,
    unreachable: Vec<u32>,
}

impl Split {
    /// The reachable entries in CPython's list order: those found reachable where they
    /// stood, then those that went back to the end of the list.
    fn reachable(&self) -> impl Iterator<Item = &Node> {
        let in_place = self.nodes.iter().filter(|n| n.gc_refs.get() == REACHABLE);
        in_place.chain(self.moved_back.iter().map(|&row| &self.nodes[row as usize]))
    }

    /// The unreachable entries, in the order they were set aside.
    fn unreachable(&self) -> impl Iterator<Item = &Node> {
        self.unreachable
            .iter()
            .map(|&row| &self.nodes[row as usize])
    }

    /// Lets go of the entries, the unreachable ones first and in their order: after
    /// `delete_garbage` these are the garbage's last references, so it is freed in
    /// CPython's order (which pymalloc's reuse of the blocks, and so `id()`, shows).
    fn release(self) {
        let mut nodes: Vec<Option<Node>> = self.nodes.into_iter().map(Some).collect();
        for row in self.unreachable {
            nodes[row as usize] = None;
        }
    }
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
fn objects_of<'a>(nodes: impl Iterator<Item = &'a Node>) -> impl Iterator<Item = &'a PyRef> {
    nodes.filter(|n| !n.namespace).map(|n| &n.obj)
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
const TENTATIVE: i32 = -2;

fn unreachable_index(refs: i32) -> Option<usize> {
    (refs <= TENTATIVE && refs > REACHABLE_MOVED_BACK).then(|| (TENTATIVE - refs) as usize)
}

/// `gc_refs` marker for "known reachable", found so where the entry stood in the list.
const REACHABLE: i32 = i32::MIN;
/// `gc_refs` marker for "known reachable", found so after going back to the list's end.
const REACHABLE_MOVED_BACK: i32 = i32::MIN + 1;
/// An `unreachable` position whose entry went back to the reachable ones.
const GONE: u32 = u32::MAX;

fn in_collection(r: &PyRef) -> bool {
    row_of(r, false).is_some()
}

fn node_in_collection(node: &Node) -> bool {
    row_of(&node.obj, node.namespace).is_some()
}
