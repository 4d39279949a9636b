//! `slice` methods: `indices`, and the unbounded-int resolution of a slice it shares with
//! `range` slicing (CPython's `_PySlice_GetLongIndices`).

use super::method_args;
use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

pub fn register(vm: &mut Vm) {
    let slice = vm.types.slice_type.clone();
    vm.add_method(&slice, "indices", slice_indices);
}

/// `s.indices(length)`: `(start, stop, step)` adjusted to a sequence of that length. As in
/// CPython, the arithmetic is on unbounded ints: a huge step or length is kept as it is
/// (`slice(0, 1, 2**70).indices(5)` is `(0, 1, 2**70)`), never clamped to a machine size.
fn slice_indices(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "slice.indices", args, 1, 1)?;
    let len = vm.index_bigint(&a[0])?;
    if len.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = vm.slice_long_indices(this, &len)?;
    let items = vec![vm.bigint(start), vm.bigint(stop), vm.bigint(step)];
    Ok(vm.tuple(items))
}

impl Vm {
    /// `_PySlice_GetLongIndices`: a slice's `(start, stop, step)` for a sequence of
    /// length `len`, as unbounded ints. The step is read first (a zero step fails before
    /// the bounds run any `__index__`), then start, then stop.
    pub(crate) fn slice_long_indices(
        &mut self,
        slice: &PyRef,
        len: &BigInt,
    ) -> PyResult<(BigInt, BigInt, BigInt)> {
        let Payload::Slice { start, stop, step } = &slice.payload else {
            return Err(self.type_error("expected slice"));
        };
        let step = evaluate_slice_index(self, step)?.unwrap_or_else(|| BigInt::from(1));
        if step.is_zero() {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let negative = step.is_negative();
        let (lower, upper) = if negative {
            (BigInt::from(-1), len - 1)
        } else {
            (BigInt::zero(), len.clone())
        };
        let clamp = |v: Option<BigInt>, default: &BigInt| match v {
            None => default.clone(),
            Some(i) if i.is_negative() => (i + len).max(lower.clone()),
            Some(i) => i.min(upper.clone()),
        };
        let start = evaluate_slice_index(self, start)?;
        let start = clamp(start, if negative { &upper } else { &lower });
        let stop = evaluate_slice_index(self, stop)?;
        let stop = clamp(stop, if negative { &lower } else { &upper });
        Ok((start, stop, step))
    }
}

/// `evaluate_slice_index`: None stays absent; anything else must be an int or have
/// `__index__`.
fn evaluate_slice_index(vm: &mut Vm, v: &PyRef) -> PyResult<Option<BigInt>> {
    if matches!(v.payload, Payload::NoneValue) {
        return Ok(None);
    }
    if !vm.index_check(v) {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    vm.index_bigint(v).map(Some)
}
