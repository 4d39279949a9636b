//! Free lists of dead floats and ints (CPython's `float_freelist`, 100 entries).
//!
//! Arithmetic makes and kills a number object per operation. Allocating one costs the
//! header's setup and the bookkeeping of `PyRef::new`; freeing one, the whole `tp_dealloc`
//! path and the allocator. An exact `float` or `int` has nothing a death could release,
//! no weak references and no collector slot, so when its last reference goes it is parked
//! here instead, and the next number of its kind reuses it with only its value rewritten.
//! It counts as freed while parked (the live-object count leaves parked objects out, see
//! [`parked`]), and the most recently freed block is the first reused, as with pymalloc,
//! so `id()` behaves as CPython's.
//!
//! Both ends are a few instructions, as `float_dealloc` and `PyFloat_FromDouble` are:
//! the dying object's own reference moves into the list (its count stays one, no
//! increment and decrement), and everything a reuse would otherwise have to check is
//! checked once, when the object is parked (see [`park`]). While allocation hooks are
//! installed (`refpy trace`) the lists are closed and empty, so every number is a traced
//! allocation and a traced free and neither end looks at the hooks; `tracemalloc` keeps the
//! float list open as CPython does (see [`trace_floats`]).

use super::PyRef;
use crate::objects::payload::Payload;
use std::cell::UnsafeCell;
use std::mem::{ManuallyDrop, MaybeUninit};

/// How many dead numbers of each kind are kept (CPython's `PyFloat_MAXFREELIST`).
const MAX_PARKED: usize = 100;

/// The value of a recyclable number: what a parked object is rewritten with.
#[derive(Clone, Copy)]
pub enum Number {
    Float(f64),
    Int(i64),
}

impl Number {
    #[inline(always)]
    pub(super) fn payload(self) -> Payload {
        match self {
            Number::Float(v) => Payload::Float(v),
            Number::Int(v) => Payload::Int(v),
        }
    }
}

thread_local! {
    // `ManuallyDrop`: the lists need no destructor, so each access is a plain
    // thread-local address, with no "registered / destroyed" state to check on the hot
    // path. At thread exit the parked objects are let go without being freed: they were
    // counted as freed when parked, and freeing them then would run allocation hooks whose
    // own thread-local state may be gone already.
    static LISTS: UnsafeCell<ManuallyDrop<Lists>> =
        const { UnsafeCell::new(ManuallyDrop::new(Lists::new())) };
}

/// Runs `f` on the free lists. Nothing `f` is given here runs Python code or reaches the
/// lists again (a push or a pop only moves a reference; no object dies inside), so the
/// lists need no borrow flag.
#[inline(always)]
fn with_lists<R>(f: impl FnOnce(&mut Lists) -> R) -> R {
    // SAFETY: the thread's own lists, and only this function makes a reference to them;
    // `f` (in this module) never calls back into it, so the reference is unique while it
    // lives.
    super::with_thread_local(&LISTS, |lists| f(unsafe { &mut *lists.get() }))
}

/// How many dead numbers are parked now: counted as allocated blocks, they are left out
/// of the live-object count (`trashcan::live_objects`).
pub(super) fn parked() -> usize {
    with_lists(|lists| lists.floats.len + lists.ints.len)
}

/// How many dead floats are parked now. CPython keeps its float free list in pymalloc
/// blocks that stay allocated (`sys.getallocatedblocks` counts them); it has no int free
/// list, so a parked int stands for a block CPython gave back.
pub(super) fn parked_floats() -> usize {
    with_lists(|lists| lists.floats.len)
}

/// Opens (`true`) or closes the lists. Closing frees what they hold, for good: allocation
/// hooks are about to be installed, and a number parked or reused behind their back would
/// be a free or an allocation they never saw.
pub(super) fn set_open(open: bool) {
    configure(open, open, None);
}

/// Allocation hooks that see floats as `tracemalloc` sees CPython's: the float list stays
/// open (its blocks stay allocated and keep their traces, and `on_reuse` is told when a
/// parked float comes back, as `_Py_NewReference` tells `_PyTraceMalloc_NewReference`),
/// while the int list, which CPython does not have, closes.
pub(super) fn trace_floats(on_reuse: fn(&PyRef)) {
    configure(true, false, Some(on_reuse));
}

fn configure(floats: bool, ints: bool, on_reuse: Option<fn(&PyRef)>) {
    let drained: Vec<PyRef> = with_lists(|lists| {
        lists.float_limit = if floats { MAX_PARKED } else { 0 };
        lists.int_limit = if ints { MAX_PARKED } else { 0 };
        lists.on_reuse = on_reuse;
        let mut drained = Vec::new();
        for (list, open) in [(&mut lists.floats, floats), (&mut lists.ints, ints)] {
            if !open {
                drained.extend(std::iter::from_fn(|| list.pop()));
            }
        }
        drained
    });
    // Dropped outside `with_lists`: each death asks to be parked again (refused: the
    // lists are closed) and is then freed as any object is.
    drop(drained);
}

/// Frees the parked floats, as a full collection empties CPython's float free list
/// (`_PyGC_ClearFreeLists`); the list stays open for the floats that die next.
pub(super) fn clear_floats() {
    let (drained, limit) = with_lists(|lists| {
        let limit = std::mem::replace(&mut lists.float_limit, 0);
        let drained: Vec<PyRef> = std::iter::from_fn(|| lists.floats.pop()).collect();
        (drained, limit)
    });
    // Dropped outside `with_lists`, while the list refuses them (see `configure`).
    drop(drained);
    with_lists(|lists| lists.float_limit = limit);
}

/// Both kinds' lists and how many each may hold (0 while closed).
struct Lists {
    float_limit: usize,
    int_limit: usize,
    /// See [`trace_floats`].
    on_reuse: Option<fn(&PyRef)>,
    floats: Parked,
    ints: Parked,
}

impl Lists {
    const fn new() -> Lists {
        Lists {
            float_limit: MAX_PARKED,
            int_limit: MAX_PARKED,
            on_reuse: None,
            floats: Parked::new(),
            ints: Parked::new(),
        }
    }
}

/// The parked objects of one kind: a fixed array used as a stack (last freed, first
/// reused), so parking and reusing never grow or check a vector's capacity. The first
/// `len` slots hold a reference each (the only one to their object); the rest are empty.
struct Parked {
    len: usize,
    objects: [MaybeUninit<PyRef>; MAX_PARKED],
}

impl Parked {
    const fn new() -> Parked {
        Parked {
            len: 0,
            objects: [const { MaybeUninit::uninit() }; MAX_PARKED],
        }
    }

    /// Moves `obj`'s reference into the list if it has room (below `limit`), and says
    /// whether it did.
    ///
    /// # Safety
    /// As [`park`]: when this returns `true`, the caller gives `obj` up.
    #[inline(always)]
    unsafe fn push(&mut self, limit: usize, obj: &PyRef) -> bool {
        debug_assert!(limit <= MAX_PARKED);
        if self.len >= limit {
            return false;
        }
        // SAFETY: `len < limit <= MAX_PARKED` (the limit is that or 0), so the slot exists
        // and is empty. The value is a bitwise copy of the caller's reference, which the
        // caller gives up (this function's contract): the count it stands for moves into
        // the list unchanged.
        unsafe {
            let slot = self.objects.get_unchecked_mut(self.len);
            slot.write(std::ptr::read(obj));
        }
        self.len += 1;
        true
    }

    #[inline(always)]
    fn pop(&mut self) -> Option<PyRef> {
        let len = self.len.checked_sub(1)?;
        self.len = len;
        // SAFETY: slot `len` was below the old length, so it holds a reference (see the
        // struct's doc), which moves out here; the shorter length marks it empty again.
        Some(unsafe { self.objects.get_unchecked(len).assume_init_read() })
    }
}

/// Called by `PyRef::drop` for the last reference to a recyclable number: parks it (a
/// death, as far as anyone can tell) when its list has room, and says whether it did.
/// Refused, it is freed as usual.
///
/// A parked object must be reachable through its list's reference alone, so that a reuse
/// can rewrite it unseen. The caller sees to the rest of that: a recyclable object loses
/// its flag when a Rust-level weak handle to it is made (`PyRef::downgrade`: a tracer's,
/// `gc.get_objects`'s, which could otherwise upgrade to it while it is parked or reused),
/// one with side-table state is not offered, and exact numbers are never tracked.
///
/// # Safety
/// `obj` is the last strong reference, and when this returns `true` it was moved into the
/// list: the caller must then neither drop nor use it again.
#[inline(never)]
pub(super) unsafe fn park(obj: &PyRef) -> bool {
    debug_assert!(obj.0.weak_count() == 1 && obj.gc.get().is_none());
    with_lists(|lists| {
        let (list, limit) = match obj.payload {
            Payload::Float(_) => (&mut lists.floats, lists.float_limit),
            Payload::Int(_) => (&mut lists.ints, lists.int_limit),
            _ => return false,
        };
        // SAFETY: this function's contract is `push`'s.
        unsafe { list.push(limit, obj) }
    })
}

/// A parked number of `value`'s kind, alive again with that value; `None` when none is
/// parked.
#[inline(always)]
pub(super) fn reuse(value: Number) -> Option<PyRef> {
    let (popped, on_reuse) = with_lists(|lists| match value {
        Number::Float(_) => (lists.floats.pop(), lists.on_reuse),
        Number::Int(_) => (lists.ints.pop(), None),
    });
    let mut obj = popped?;
    // SAFETY: the list's reference was the only handle of either kind (see `park`), and
    // nothing could make another while the object was parked, so nothing observes the
    // write; the old payload is a float or an int, plain data with nothing to drop, so it
    // is overwritten without running a destructor.
    unsafe {
        std::ptr::write(
            std::ptr::addr_of_mut!((*obj.0.as_mut_ptr()).payload),
            value.payload(),
        )
    };
    if let Some(hook) = on_reuse {
        hook(&obj);
    }
    Some(obj)
}
