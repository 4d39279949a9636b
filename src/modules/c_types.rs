//! Native helpers for the stdlib types CPython writes in C and refpy in Python
//! (`datetime`, `decimal`), where memory and messages show the difference.
//!
//! CPython's `date`, `timedelta`, `Decimal`, `Context`... are static types without
//! `Py_TPFLAGS_HAVE_GC`: their instances are never tracked by the collector
//! (`gc.is_tracked` is False and making one leaves `gc.get_count()` alone), and messages
//! name them by their `tp_name`, `'datetime.date'`, while `__name__` stays `'date'`.
//! refpy writes them with `__slots__`; each exact instance is untracked as it is made
//! ([`untrack`]) and each class marked as a C type ([`c_type`]). Instances of Python
//! subclasses stay tracked, as CPython's heap subtypes are.

use crate::objects::function::NativeFn;
use crate::vm::{Args, PyResult, Vm};

/// The helpers, under the names the Python modules call them by.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("_untrack", untrack),
    ("_retrack", retrack),
    ("_c_type", c_type),
    ("_type_name", type_name),
];

/// `_untrack(obj)`: takes a new instance out of the collector, undoing the generation-0
/// count its allocation added (a non-GC object never counts). Returns `obj`.
fn untrack(vm: &mut Vm, args: Args) -> PyResult {
    let Some(obj) = args.positional().first() else {
        return Err(vm.type_error("_untrack() needs an object"));
    };
    if crate::gc::is_tracked(obj) {
        crate::gc::untrack(obj);
        crate::gc::count_free(crate::gc::Shape::Other);
        remember_untracked(obj);
    }
    Ok(obj.clone())
}

/// `sys._untrack_gc(obj)`: a struct sequence made by a C function
/// (`PyStructSequence_New`) is a GC object that was never tracked: its allocation counts
/// in generation 0, but `gc.is_tracked` is False. Takes `obj` out of the collector
/// without undoing the count (put back at exit as [`untrack`]'s). Returns `obj`.
pub fn untrack_gc(vm: &mut Vm, args: Args) -> PyResult {
    let Some(obj) = args.positional().first() else {
        return Err(vm.type_error("_untrack_gc() needs an object"));
    };
    if crate::gc::is_tracked(obj) {
        crate::gc::untrack(obj);
        remember_untracked(obj);
    }
    Ok(obj.clone())
}

thread_local! {
    /// The instances [`untrack`] took out of the collector, weakly, for [`retrack_all`];
    /// and how many were alive at the last pruning.
    static UNTRACKED: std::cell::RefCell<(Vec<crate::heap::WeakPyRef>, usize)> =
        const { std::cell::RefCell::new((Vec::new(), 0)) };
}

fn remember_untracked(obj: &crate::heap::PyRef) {
    UNTRACKED.with(|u| {
        let (list, live) = &mut *u.borrow_mut();
        // Dead entries go when the list has doubled since the last pruning.
        if list.len() >= 2 * (*live).max(64) {
            list.retain(|w| w.upgrade().is_some());
            *live = list.len();
        }
        list.push(obj.downgrade());
    });
}

/// Interpreter exit: every instance [`untrack`] took out goes back in the collector.
/// Unlike the C objects they stand for, they reference their Python class, so a cycle
/// through one (its class, a method's globals, a module dict holding it) could
/// otherwise never be freed.
pub fn retrack_all() {
    let list = UNTRACKED.with(|u| std::mem::take(&mut u.borrow_mut().0));
    for obj in list.iter().filter_map(|w| w.upgrade()) {
        if !crate::gc::is_tracked(&obj) {
            crate::gc::track_in(&obj, 2);
        }
    }
}

/// `_retrack(obj)`: puts an untracked object back in the collector (the oldest
/// generation, without counting an allocation), so that a cycle through it can be freed
/// (`datetime`'s class constants, such as `date.min`, at exit).
fn retrack(vm: &mut Vm, args: Args) -> PyResult {
    let Some(obj) = args.positional().first() else {
        return Err(vm.type_error("_retrack() needs an object"));
    };
    crate::gc::track_in(obj, 2);
    Ok(vm.none())
}

/// `_c_type(cls)`: messages name `cls` as a C type's `tp_name`, `module.name`, while its
/// `__name__`, `__qualname__` and repr stay those of the class statement.
fn c_type(vm: &mut Vm, args: Args) -> PyResult {
    let Some(data) = args.positional().first().and_then(|cls| cls.type_data()) else {
        return Err(vm.type_error("_c_type() needs a class"));
    };
    data.c_type_name.set(true);
    Ok(vm.none())
}

/// `sys._c_layout(cls, basicsize, has_dict, has_weakref)`: instances of `cls` are sized
/// as those of the C type it stands for (`tp_basicsize`, and whether the C struct holds
/// its own `__dict__` and weak-reference list, which subclasses then do not add), not
/// as a Python class's with a managed `__dict__` in the pre-header.
pub fn c_layout(vm: &mut Vm, args: Args) -> PyResult {
    let usage = "_c_layout(cls, basicsize, has_dict, has_weakref)";
    let [cls, basicsize, has_dict, has_weakref] = args.positional() else {
        return Err(vm.type_error(usage));
    };
    let Some(data) = cls.type_data() else {
        return Err(vm.type_error(usage));
    };
    let basicsize = vm.index_value(basicsize)?;
    let shape = crate::objects::sizeof::ClassShape {
        basicsize: usize::try_from(basicsize).map_err(|_| vm.value_error(usage))?,
        itemsize: 0,
        has_dict: vm.is_true(has_dict)?,
        has_weakref: vm.is_true(has_weakref)?,
        managed_dict: false,
    };
    data.c_layout.set(Some(shape));
    Ok(vm.none())
}

/// `sys._set_tpflags(cls, flags)`: what `_abc_init` does with an ABC's `__abc_tpflags__`
/// (an exact int; only its collection bits count), and what a C type's static flags say
/// for a Python class standing for one (`array.array`).
pub fn set_tpflags(vm: &mut Vm, args: Args) -> PyResult {
    use crate::objects::typeobj::COLLECTION_FLAGS;
    let usage = "_set_tpflags(cls, flags)";
    let [cls, flags] = args.positional() else {
        return Err(vm.type_error(usage));
    };
    let Some(data) = cls.type_data() else {
        return Err(vm.type_error(usage));
    };
    let Some(val) = flags.as_i64() else {
        return Ok(vm.none());
    };
    let bits = (val & COLLECTION_FLAGS as i64) as u8;
    if bits == COLLECTION_FLAGS {
        return Err(vm.type_error(
            "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING",
        ));
    }
    data.collection_flags
        .set(data.collection_flags.get() | bits);
    Ok(vm.none())
}

/// `sys._register_tpflags(abc, subclass)`: `_abc_register` passes an ABC's sequence or
/// mapping flag on to a class registered with it, and to that class's subclasses
/// (`set_collection_flag_recursive`; builtin types keep theirs).
pub fn register_tpflags(vm: &mut Vm, args: Args) -> PyResult {
    let usage = "_register_tpflags(abc, subclass)";
    let [abc, subclass] = args.positional() else {
        return Err(vm.type_error(usage));
    };
    let flag = abc.type_data().map_or(0, |t| t.collection_flags.get());
    if flag != 0 {
        set_collection_flag_recursive(vm, subclass, flag);
    }
    Ok(vm.none())
}

fn set_collection_flag_recursive(vm: &Vm, child: &crate::heap::PyRef, flag: u8) {
    let Some(t) = child.type_data() else { return };
    if !t.is_heap_type || t.collection_flags.get() == flag {
        return;
    }
    t.collection_flags.set(flag);
    // `_PyType_GetSubclasses`: a list made to walk them.
    crate::gc::count_allocation(crate::gc::Shape::List);
    for grandchild in crate::objects::methods::object_slots::subclasses_of(vm, child) {
        set_collection_flag_recursive(vm, &grandchild, flag);
    }
    crate::gc::count_free(crate::gc::Shape::List);
}

/// `_type_name(obj)`: the `tp_name` of `obj`'s class, as C code's messages and reprs
/// show it (`'datetime.date'` for a class marked by `_c_type`).
fn type_name(vm: &mut Vm, args: Args) -> PyResult {
    let Some(obj) = args.positional().first() else {
        return Err(vm.type_error("_type_name() needs an object"));
    };
    let name = obj
        .class()
        .type_data()
        .map(|t| t.tp_name())
        .unwrap_or_default();
    Ok(vm.string(name))
}
