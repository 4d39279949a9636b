//! The native helpers of `datetime` (`py/datetime.py`), which make its Python classes
//! look like the C types of CPython's `_datetime` where memory and messages show it.
//!
//! CPython's `date`, `time`, `datetime`, `timedelta`, `tzinfo` and `timezone` are static
//! types without `Py_TPFLAGS_HAVE_GC`: their instances are never tracked by the
//! collector (`gc.is_tracked` is False and creating one leaves `gc.get_count()` alone),
//! and error messages name them by their `tp_name`, `'datetime.date'`. refpy writes them
//! in Python with `__slots__`, so each exact instance is untracked as it is made
//! ([`untrack`]) and each class gets its C type's name ([`c_type_name`]). Instances of
//! Python subclasses stay tracked, as CPython's heap subtypes are.
//!
//! One cycle CPython does not have: a class and its own constants (`date.min` is an
//! instance of the heap type `date`, held in its namespace). The collector cannot see
//! through an untracked object, so the module re-tracks its constants ([`retrack`]) at
//! exit, before the final collections that free the module.

use crate::objects::function::NativeFn;
use crate::vm::{Args, PyResult, Vm};

/// Set in `datetime` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("_untrack", untrack),
    ("_retrack", retrack),
    ("_c_type_name", c_type_name),
];

/// `_untrack(obj)`: takes a new instance out of the collector, undoing the generation-0
/// count its allocation added (a non-GC object never counts).
fn untrack(vm: &mut Vm, args: Args) -> PyResult {
    let Some(obj) = args.positional().first() else {
        return Err(vm.type_error("_untrack() needs an object"));
    };
    if crate::gc::is_tracked(obj) {
        crate::gc::untrack(obj);
        crate::gc::count_free(crate::gc::Shape::Other);
    }
    Ok(vm.none())
}

/// `_retrack(obj)`: puts an untracked object back in the collector (the oldest
/// generation, without counting an allocation), so that a cycle through it can be freed.
fn retrack(vm: &mut Vm, args: Args) -> PyResult {
    let Some(obj) = args.positional().first() else {
        return Err(vm.type_error("_retrack() needs an object"));
    };
    crate::gc::track_in(obj, 2);
    Ok(vm.none())
}

/// `_c_type_name(cls, name)`: the name messages use for `cls`, as a C type's `tp_name`
/// (`'datetime.date'`); the class's `__module__` and `__qualname__` keep its repr.
fn c_type_name(vm: &mut Vm, args: Args) -> PyResult {
    let (Some(cls), Some(name)) = (args.positional().first(), args.positional().get(1)) else {
        return Err(vm.type_error("_c_type_name() needs a class and a name"));
    };
    let (Some(t), Some(name)) = (cls.type_data(), name.as_str_opt()) else {
        return Err(vm.type_error("_c_type_name() needs a class and a name"));
    };
    *t.name.borrow_mut() = name.to_string();
    Ok(vm.none())
}
