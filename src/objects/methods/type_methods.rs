//! Methods of `type` itself: `mro`, `__subclasses__` is not kept (no back references).

use crate::vm::{Args, PyResult, Vm};

pub fn register(vm: &mut Vm) {
    let t = vm.types.type_type.clone();
    vm.add_method(&t, "mro", type_mro);
}

/// `type.__new__(metaclass, name, bases, namespace, **kwds)`.
pub(crate) fn type_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(meta) = args.args.first().cloned() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    if !vm.is_subclass(&meta, &vm.types.type_type.clone()) {
        return Err(vm.type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            meta.class_name()
        )));
    }
    vm.type_new(
        &meta,
        Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
    )
}

/// `type.__init__(cls, ...)`: nothing to do, once the arguments are checked.
pub(crate) fn type_init(vm: &mut Vm, args: Args) -> PyResult {
    let n = args.positional().len().saturating_sub(1);
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(vm.none())
}

/// `type.__call__(cls, *args, **kwargs)`: what `super().__call__` in a metaclass reaches.
pub(crate) fn type_call(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.args.first().cloned() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    if cls.type_data().is_none() {
        return Err(vm.type_error(format!(
            "descriptor '__call__' for 'type' objects doesn't apply to a '{}' object",
            cls.class_name()
        )));
    }
    vm.type_call(
        &cls,
        Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
    )
}

/// `cls.mro()`: the linearization, as a new list.
fn type_mro(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args
        .args
        .first()
        .and_then(|c| c.type_data())
        .ok_or_else(|| vm.type_error("descriptor 'mro' requires a 'type' object"))?;
    let mro = cls.mro().to_vec();
    Ok(vm.list(mro))
}
