//! Borrowed argument vectors: calls that pass the caller's references as they are.
//!
//! CPython's slot functions and bound methods call with a stack array that borrows its
//! items (`self` prepended to the arguments), so a Python method sees exactly the counts
//! CPython shows (`sys.getrefcount(self)` inside `__getitem__`, `__init__`, `__eq__`...).
//! Building a `Vec` of clones would add one reference per argument for the call's
//! length. This is the one place refpy copies references without counting them.
//! `scripts/miri.sh` runs these tests under Miri.

use crate::heap::PyRef;

/// Calls `f` with `[first, rest...]` as an argument vector that holds no references of
/// its own: CPython's slot functions and bound methods prepend `self` in a borrowed stack
/// array, so a method sees exactly the counts CPython shows (`sys.getrefcount(self)` in
/// `__getitem__`, `__init__`, ...), and no count is touched on the way.
pub fn with_prepended<R>(first: &PyRef, rest: &[PyRef], f: impl FnOnce(&[PyRef]) -> R) -> R {
    call_borrowed(rest.len() + 1, std::iter::once(first).chain(rest), f)
}

/// Calls `f` with the objects of `refs` as an argument vector that borrows the caller's
/// references instead of taking new ones (see [`with_prepended`]).
pub fn with_borrowed<R>(refs: &[&PyRef], f: impl FnOnce(&[PyRef]) -> R) -> R {
    call_borrowed(refs.len(), refs.iter().copied(), f)
}

/// Argument vectors up to this length live on the stack, as CPython's `small_stack`
/// (`_PY_FASTCALL_SMALL_STACK`): these calls are the hottest ones (special methods, bound
/// methods, `__init__`), and a heap vector cost an allocation and a free each.
const STACK_ARGS: usize = 8;

/// The one place the uncounted copies are made: a vector of the `len` objects of `refs`
/// (on the stack when short), then `f`.
fn call_borrowed<'a, R>(
    len: usize,
    refs: impl Iterator<Item = &'a PyRef>,
    f: impl FnOnce(&[PyRef]) -> R,
) -> R {
    use std::mem::MaybeUninit;
    // SAFETY (for both reads below): each element is a bitwise copy of a reference the
    // caller holds, borrowed for the whole of this function, so every object stays alive
    // while `f` runs. The copies sit in `MaybeUninit`, which never drops them, so no count
    // changes; `f` gets them only by shared reference and cannot keep them past this call.
    let copy = |r: &PyRef| MaybeUninit::new(unsafe { std::ptr::read(r) });
    let mut stack = [const { MaybeUninit::<PyRef>::uninit() }; STACK_ARGS];
    let heap: Vec<MaybeUninit<PyRef>>;
    let filled: &[MaybeUninit<PyRef>] = if len <= STACK_ARGS {
        let mut n = 0;
        for (slot, r) in stack.iter_mut().zip(refs) {
            *slot = copy(r);
            n += 1;
        }
        &stack[..n]
    } else {
        heap = refs.map(copy).collect();
        &heap
    };
    // SAFETY: every element of `filled` was written above, and `MaybeUninit<PyRef>` has
    // the layout of `PyRef`, so the slice is a `[PyRef]`; it borrows `stack` or `heap`,
    // which outlive the call.
    let slice: &[PyRef] =
        unsafe { std::slice::from_raw_parts(filled.as_ptr().cast::<PyRef>(), filled.len()) };
    f(slice)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::payload::Payload;
    use crate::vm::types::Types;

    #[test]
    fn borrowed_arguments_take_no_reference() {
        let types = Types::new();
        let a = PyRef::new_untracked(&types.object_type, Payload::Int(1));
        let b = PyRef::new_untracked(&types.object_type, Payload::Int(2));
        let b2 = b.clone();
        let seen = with_borrowed(&[&a, &b], |all| {
            let kept = all[1].clone();
            (all.len(), all[0].refcount(), kept.refcount())
        });
        assert_eq!(seen, (2, 1, 3));
        assert_eq!((a.refcount(), b.refcount()), (1, 2));
        drop(b2);
        assert_eq!(b.refcount(), 1);
    }

    #[test]
    fn prepended_receiver_comes_first() {
        let types = Types::new();
        let receiver = PyRef::new_untracked(&types.object_type, Payload::Int(7));
        let args = [PyRef::new_untracked(&types.object_type, Payload::Int(8))];
        let order = with_prepended(&receiver, &args, |all| {
            all.iter().map(|o| o.as_i64()).collect::<Vec<_>>()
        });
        assert_eq!(order, vec![Some(7), Some(8)]);
        assert_eq!((receiver.refcount(), args[0].refcount()), (1, 1));
    }

    #[test]
    fn long_vectors_borrow_too() {
        let types = Types::new();
        let objs: Vec<PyRef> = (0..STACK_ARGS as i64 + 3)
            .map(|i| PyRef::new_untracked(&types.object_type, Payload::Int(i)))
            .collect();
        let refs: Vec<&PyRef> = objs.iter().collect();
        let seen = with_borrowed(&refs, |all| {
            all.iter().map(|o| o.as_i64()).collect::<Vec<_>>()
        });
        assert_eq!(
            seen,
            (0..STACK_ARGS as i64 + 3).map(Some).collect::<Vec<_>>()
        );
        assert!(objs.iter().all(|o| o.refcount() == 1));
    }
}
