//! Unit tests of the heap's contracts: counts, deferred finalizers, the trashcan.

use super::*;
use crate::objects::payload::Payload;
use crate::vm::Vm;
use std::cell::RefCell;

#[test]
fn clone_and_drop_move_the_count() {
    let vm = Vm::new();
    let obj = vm.list(Vec::new());
    assert_eq!(obj.refcount(), 1);
    let second = obj.clone();
    assert_eq!(obj.refcount(), 2);
    drop(second);
    assert_eq!(obj.refcount(), 1);
}

#[test]
fn a_container_holds_one_reference_per_slot() {
    let vm = Vm::new();
    let item = vm.list(Vec::new());
    let holder = vm.list(vec![item.clone(), item.clone()]);
    assert_eq!(item.refcount(), 3);
    drop(holder);
    assert_eq!(item.refcount(), 1);
}

#[test]
fn freeing_returns_the_live_count() {
    let vm = Vm::new();
    let before = live_objects();
    let obj = vm.list(vec![vm.list(Vec::new())]);
    assert_eq!(live_objects(), before + 2);
    drop(obj);
    assert_eq!(live_objects(), before);
}

#[test]
fn last_reference_to_a_finalizable_object_is_queued_not_freed() {
    let vm = Vm::new();
    let class = vm.types.object_type.clone();
    let obj = PyRef::new(&class, Payload::Instance(Default::default()));
    obj.set_has_finalizer(true);
    let weak = obj.downgrade();
    let _ = take_pending();
    drop(obj);
    // Resurrected into the queue: alive, finalized, and pending.
    let queued = take_pending();
    assert_eq!(queued.len(), 1);
    let alive = weak.upgrade().expect("kept alive by the queue");
    assert!(alive.is_finalized());
    drop(alive);
    drop(queued);
    // The second death frees it: `__del__` runs at most once.
    assert!(!weak.is_alive());
    assert!(take_pending().is_empty());
}

#[test]
fn freeing_a_million_deep_chain_does_not_overflow_the_stack() {
    let vm = Vm::new();
    let before = live_objects();
    let mut head = vm.list(Vec::new());
    for _ in 0..1_000_000 {
        head = PyRef::new(&vm.types.list_type, Payload::List(RefCell::new(vec![head])));
    }
    drop(head);
    assert_eq!(live_objects(), before);
}

#[test]
fn weak_references_die_with_their_referent() {
    let vm = Vm::new();
    let obj = vm.list(Vec::new());
    let weak = obj.downgrade();
    assert!(weak.upgrade().is_some());
    drop(obj);
    assert!(weak.upgrade().is_none());
}

#[test]
fn objects_stay_small() {
    // Every Python value pays for the largest payload: keep big payloads boxed.
    assert!(
        std::mem::size_of::<Payload>() <= 40,
        "Payload is {} bytes",
        std::mem::size_of::<Payload>()
    );
    // The header: class, collector slot with flags (extra state lives in a side table);
    // with the box's two `u32` counts a 64-byte box, a size class of the small-block
    // pools. Growing either by one word makes every object 80 bytes.
    assert_eq!(std::mem::size_of::<super::PyObject>(), 56);
    // Every dict and every spilled instance's attribute store holds a `Dict`: in its
    // `RefCell`, an 80-byte block (`Dict::young_at`, CPython's collection order for dicts
    // tracked late, lives in what was padding).
    assert!(
        std::mem::size_of::<crate::objects::dict::Dict>() <= 72,
        "Dict is {} bytes",
        std::mem::size_of::<crate::objects::dict::Dict>()
    );
}

#[test]
fn a_sole_reference_reaches_the_payload_even_with_weak_ones() {
    let vm = Vm::new();
    let a = vm.list(Vec::new());
    let mut tuple = vm.tuple(vec![a.clone(), vm.none()]);
    // A weak holder (the collector's lists hold these) does not stop reuse in place.
    let weak = tuple.downgrade();
    match tuple.sole_payload_mut() {
        Some(Payload::Tuple(items)) => items[0] = vm.list(Vec::new()),
        _ => panic!("the only strong reference reaches the payload"),
    }
    assert_eq!(a.refcount(), 1, "the replaced item was released");
    let upgraded = weak.upgrade().expect("still alive");
    assert!(
        tuple.sole_payload_mut().is_none(),
        "a second strong reference forbids it"
    );
    drop(upgraded);
    assert!(tuple.sole_payload_mut().is_some());
}
