//! Methods of `type` itself: `mro`, `__subclasses__` is not kept (no back references).

use crate::vm::{Args, PyResult, Vm};

pub fn register(vm: &mut Vm) {
    let t = vm.types.type_type.clone();
    vm.add_method(&t, "mro", type_mro);
}

/// `cls.mro()`: the linearization, as a new list.
fn type_mro(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args
        .args
        .first()
        .and_then(|c| c.type_data())
        .ok_or_else(|| vm.type_error("descriptor 'mro' requires a 'type' object"))?;
    let mro = cls.mro.borrow().clone();
    Ok(vm.list(mro))
}
