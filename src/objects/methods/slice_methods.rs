//! `slice` methods: `indices`.

use super::method_args;
use crate::vm::{Args, PyResult, Vm};

pub fn register(vm: &mut Vm) {
    let slice = vm.types.slice_type.clone();
    vm.add_method(&slice, "indices", slice_indices);
}

/// `s.indices(length)`: `(start, stop, step)` adjusted to a sequence of that length.
fn slice_indices(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "slice.indices", args, 1, 1)?;
    let len = vm.index_value(&a[0])?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = vm.slice_indices(this, len as usize)?;
    let items = vec![vm.int(start), vm.int(stop), vm.int(step)];
    Ok(vm.tuple(items))
}
