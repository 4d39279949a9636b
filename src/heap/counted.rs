//! The object box: the reference counts and the object, in one allocation.
//!
//! `std::rc::Rc` puts two `usize` counts before the value, 16 bytes that every Python
//! object pays for. Here both counts are `u32`, 8 bytes: with the header and the payload
//! an object box is 64 bytes (a pool class) instead of 80, the difference between an int
//! costing twice CPython's 32 bytes and two and a half times. A Python reference count
//! past four billion would need 32 GiB of pointers to it; a count that would overflow
//! aborts, as `Rc`'s does.
//!
//! The semantics are `Rc`'s: the strong count is the reference count; the weak count is
//! the number of [`Weak`] handles plus one held by the strong references together, so the
//! memory stays until the last of either goes; the object is dropped when the strong
//! count reaches zero (with the count already zero, so no weak handle upgrades during
//! its drop).

use super::PyObject;
use std::alloc::{dealloc, Layout};
use std::cell::Cell;
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr::{self, NonNull};

/// The object first, so its address (`id()`) is the block's, 16-aligned as CPython's
/// objects are (`object.__hash__` is the address rotated by four bits: an address ending
/// in 8 would make it negative).
#[repr(C, align(16))]
struct RcBox {
    obj: PyObject,
    strong: Cell<u32>,
    weak: Cell<u32>,
}

const _: () = assert!(std::mem::size_of::<RcBox>() == 64);

/// A counted reference (what `Rc<PyObject>` was).
pub(super) struct Strong {
    ptr: NonNull<RcBox>,
    /// Owns a `PyObject` for the drop checker, as `Rc` does.
    _owns: PhantomData<RcBox>,
}

/// A handle that keeps the memory, not the object (what `Weak<PyObject>` was).
pub(super) struct Weak(NonNull<RcBox>);

/// One more on a count, aborting rather than wrapping.
#[inline(always)]
fn increment(count: &Cell<u32>) {
    let n = count.get().wrapping_add(1);
    if n == 0 {
        std::process::abort();
    }
    count.set(n);
}

impl RcBox {
    /// The strong count of the live box at `this`, reached by a field projection: no
    /// reference to the whole box, whose object may be borrowed mutably (mid-drop).
    ///
    /// # Safety
    /// The box's memory is live (a strong or weak count is held) for `'a`.
    #[inline(always)]
    unsafe fn strong<'a>(this: NonNull<RcBox>) -> &'a Cell<u32> {
        // SAFETY: the caller's contract; only the count field is referenced.
        unsafe { &*ptr::addr_of!((*this.as_ptr()).strong) }
    }

    /// The weak count, as [`RcBox::strong`].
    ///
    /// # Safety
    /// As [`RcBox::strong`].
    #[inline(always)]
    unsafe fn weak<'a>(this: NonNull<RcBox>) -> &'a Cell<u32> {
        // SAFETY: the caller's contract; only the count field is referenced.
        unsafe { &*ptr::addr_of!((*this.as_ptr()).weak) }
    }

    /// The box holding the object at `obj` (an address [`Strong::as_ptr`] gave).
    #[inline(always)]
    fn of(obj: *const PyObject) -> NonNull<RcBox> {
        let offset = std::mem::offset_of!(RcBox, obj);
        // SAFETY: `obj` points `offset` bytes into a live `RcBox`, with the box's
        // provenance (see `as_ptr`), so stepping back stays in the allocation and is
        // not null.
        unsafe { NonNull::new_unchecked(obj.byte_sub(offset) as *mut RcBox) }
    }

    /// Gives up one weak count; the last frees the memory (the object is gone by then).
    ///
    /// # Safety
    /// `this` is a live box whose object was already dropped or is never read again,
    /// and the caller owns one of its weak counts.
    #[inline]
    unsafe fn release_weak(this: NonNull<RcBox>) {
        // SAFETY: the box is live while the caller holds a weak count.
        let weak = unsafe { RcBox::weak(this) };
        let n = weak.get() - 1;
        weak.set(n);
        if n == 0 {
            // SAFETY: no strong or weak count is left: nothing reaches the box again. It
            // came from `Box::new` (the global allocator with this layout).
            unsafe { dealloc(this.as_ptr().cast(), Layout::new::<RcBox>()) };
        }
    }
}

impl Strong {
    #[inline]
    pub(super) fn new(obj: PyObject) -> Strong {
        let boxed = Box::new(RcBox {
            strong: Cell::new(1),
            weak: Cell::new(1),
            obj,
        });
        Strong {
            ptr: NonNull::from(Box::leak(boxed)),
            _owns: PhantomData,
        }
    }

    #[inline(always)]
    fn strong(&self) -> &Cell<u32> {
        // SAFETY: a strong count keeps the box alive.
        unsafe { RcBox::strong(self.ptr) }
    }

    #[inline(always)]
    pub(super) fn strong_count(&self) -> usize {
        self.strong().get() as usize
    }

    /// The weak count: 1 while no [`Weak`] handle exists (the strong side's own count).
    #[inline(always)]
    pub(super) fn weak_count(&self) -> usize {
        // SAFETY: a strong count keeps the box alive.
        unsafe { RcBox::weak(self.ptr) }.get() as usize
    }

    #[inline(always)]
    pub(super) fn ptr_eq(a: &Strong, b: &Strong) -> bool {
        a.ptr == b.ptr
    }

    /// The object's address, with the whole box's provenance (no reference is made), so
    /// [`Strong::from_raw`] can step back to the box.
    #[inline(always)]
    pub(super) fn as_ptr(&self) -> *const PyObject {
        // SAFETY: the box is live; `addr_of!` only computes the field's address.
        unsafe { ptr::addr_of!((*self.ptr.as_ptr()).obj) }
    }

    /// A new strong reference to the live object at `obj`.
    ///
    /// # Safety
    /// `obj` came from [`Strong::as_ptr`] and the object's strong count is not zero.
    #[inline]
    pub(super) unsafe fn from_raw_counted(obj: *const PyObject) -> Strong {
        let ptr = RcBox::of(obj);
        // SAFETY: the caller's contract: the box is live.
        increment(unsafe { RcBox::strong(ptr) });
        Strong {
            ptr,
            _owns: PhantomData,
        }
    }

    #[inline]
    pub(super) fn downgrade(&self) -> Weak {
        // SAFETY: a strong count keeps the box alive.
        increment(unsafe { RcBox::weak(self.ptr) });
        Weak(self.ptr)
    }

    /// The object's address, for a caller that writes one of its fields without
    /// checking for other handles (`Rc::get_mut_unchecked`, narrowed by the caller to
    /// the field it needs: no `&mut` to the whole object, whose header the collector
    /// may still read).
    #[inline]
    pub(super) fn as_mut_ptr(&mut self) -> *mut PyObject {
        // SAFETY: the box is live; `addr_of_mut!` only computes the field's address.
        unsafe { ptr::addr_of_mut!((*self.ptr.as_ptr()).obj) }
    }

    /// The last strong reference went: drop the object, then the strong side's weak count.
    #[inline(never)]
    fn drop_object(&mut self) {
        // SAFETY: the strong count is zero: no `&PyObject` can be taken any more (weak
        // handles no longer upgrade), so the object is dropped exactly once, here.
        unsafe {
            ptr::drop_in_place(ptr::addr_of_mut!((*self.ptr.as_ptr()).obj));
            RcBox::release_weak(self.ptr);
        }
    }
}

impl Clone for Strong {
    #[inline(always)]
    fn clone(&self) -> Strong {
        increment(self.strong());
        Strong {
            ptr: self.ptr,
            _owns: PhantomData,
        }
    }
}

impl Drop for Strong {
    #[inline(always)]
    fn drop(&mut self) {
        let strong = self.strong();
        let n = strong.get() - 1;
        strong.set(n);
        if n == 0 {
            self.drop_object();
        }
    }
}

impl Deref for Strong {
    type Target = PyObject;
    #[inline(always)]
    fn deref(&self) -> &PyObject {
        // SAFETY: a strong count keeps the object alive; only the object is referenced.
        unsafe { &*ptr::addr_of!((*self.ptr.as_ptr()).obj) }
    }
}

impl Weak {
    /// A strong reference, while the object lives.
    #[inline]
    pub(super) fn upgrade(&self) -> Option<Strong> {
        // SAFETY: the weak count held keeps the box (not the object) alive.
        let strong = unsafe { RcBox::strong(self.0) };
        if strong.get() == 0 {
            return None;
        }
        increment(strong);
        Some(Strong {
            ptr: self.0,
            _owns: PhantomData,
        })
    }

    #[inline]
    pub(super) fn strong_count(&self) -> usize {
        // SAFETY: the weak count held keeps the box alive.
        unsafe { RcBox::strong(self.0).get() as usize }
    }

    /// The object's address (valid for comparisons even after it died).
    #[inline]
    pub(super) fn as_ptr(&self) -> *const PyObject {
        // SAFETY: the box is live; only the field's address is computed.
        unsafe { ptr::addr_of!((*self.0.as_ptr()).obj) }
    }
}

impl Clone for Weak {
    #[inline]
    fn clone(&self) -> Weak {
        // SAFETY: the weak count held keeps the box alive.
        increment(unsafe { RcBox::weak(self.0) });
        Weak(self.0)
    }
}

impl Drop for Weak {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: this handle owns one weak count; the object is only read through a
        // strong reference, which this is not.
        unsafe { RcBox::release_weak(self.0) }
    }
}

#[cfg(test)]
mod tests {
    //! The box's contract, in isolation (also run under Miri: `scripts/miri.sh`).
    use super::{Strong, Weak};
    use crate::heap::{GcCell, PyObject};
    use crate::objects::payload::Payload;
    use std::cell::UnsafeCell;

    /// An int object with no class: nothing in its death reaches the interpreter.
    fn int(v: i64) -> Strong {
        Strong::new(PyObject {
            class: UnsafeCell::new(None),
            gc: GcCell::new(0),
            payload: Payload::Int(v),
        })
    }

    fn value(s: &Strong) -> i64 {
        match s.payload {
            Payload::Int(v) => v,
            _ => unreachable!(),
        }
    }

    #[test]
    fn clones_and_drops_move_the_strong_count() {
        let a = int(7);
        let b = a.clone();
        assert_eq!(a.strong_count(), 2);
        assert!(Strong::ptr_eq(&a, &b));
        drop(b);
        assert_eq!(a.strong_count(), 1);
        assert_eq!(value(&a), 7);
    }

    #[test]
    fn a_weak_handle_keeps_the_memory_not_the_object() {
        let a = int(1);
        let w: Weak = a.downgrade();
        let w2 = w.clone();
        let up = w.upgrade().expect("alive");
        assert_eq!(a.strong_count(), 2);
        drop(up);
        drop(a);
        assert_eq!(w.strong_count(), 0);
        assert!(w.upgrade().is_none());
        assert_eq!(w.as_ptr(), w2.as_ptr());
        drop(w);
        drop(w2);
    }

    #[test]
    fn a_raw_address_gives_back_a_counted_reference() {
        let a = int(4);
        let p = a.as_ptr();
        // SAFETY: `p` came from `as_ptr` and `a` keeps the object alive.
        let b = unsafe { Strong::from_raw_counted(p) };
        assert_eq!(a.strong_count(), 2);
        assert!(Strong::ptr_eq(&a, &b));
        drop(a);
        assert_eq!(value(&b), 4);
    }
}
