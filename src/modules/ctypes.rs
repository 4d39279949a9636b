//! The native half of `ctypes` (`py/ctypes.py`): what CPython scripts read through raw
//! addresses.
//!
//! In CPython `id(obj)` is the object's address and its first word is `ob_refcnt`, so
//! memory tutorials read counts with `ctypes.c_long.from_address(id(obj)).value` and get
//! objects back with `ctypes.cast(id(obj), ctypes.py_object).value`. refpy's `id` is an
//! address too, but reading memory through it would be undefined behaviour for a dead
//! object; instead the address is looked up among the live objects (everything the
//! collector tracks and everything they reach), which answers the same for a live object.
//! A dead one reads as CPython's freed memory usually does: a count of 0.

use super::sys::cpython_refcount;
use crate::gc as collector;
use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::vm::{Args, PyResult, Vm};
use std::collections::HashSet;

/// Set in `ctypes` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[("_refcnt_at", refcnt_at), ("_object_at", object_at)];

/// The live object whose `id()` is `address`: a walk from every tracked object through
/// everything it references (untracked objects, such as strings and ints, are found where
/// a container or frame holds them). Linear in the heap, as befits a debugging trick.
fn live_object_at(address: usize) -> Option<PyRef> {
    let mut pending = collector::all_tracked();
    if let Some(found) = pending.iter().find(|o| o.id() == address) {
        return Some(found.clone());
    }
    let mut seen: HashSet<usize> = pending.iter().map(PyRef::id).collect();
    while let Some(obj) = pending.pop() {
        let mut found = None;
        obj.traverse(&mut |r| {
            if r.id() == address {
                found = Some(r.clone());
            } else if seen.insert(r.id()) {
                pending.push(r.clone());
            }
        });
        if found.is_some() {
            return found;
        }
    }
    None
}

fn address_arg(vm: &mut Vm, args: &Args, what: &str) -> PyResult<usize> {
    let [addr] = args.positional() else {
        return Err(vm.type_error(format!("{what}() takes exactly one argument")));
    };
    let n = vm.index_value(addr)?;
    Ok(n as usize)
}

/// `_refcnt_at(address)`: the `ob_refcnt` CPython would show at `address`, the id of a
/// live object (0 when no object lives there).
fn refcnt_at(vm: &mut Vm, args: Args) -> PyResult {
    let address = address_arg(vm, &args, "_refcnt_at")?;
    let count = match live_object_at(address) {
        // Less the one reference held here: CPython's reader holds none.
        Some(obj) => cpython_refcount(vm, &obj) - 1,
        None => 0,
    };
    Ok(vm.int(count as i64))
}

/// `_object_at(address)`: the live object whose id is `address`, as a one-item tuple
/// (an empty tuple when none lives there, since the object may be None itself).
fn object_at(vm: &mut Vm, args: Args) -> PyResult {
    let address = address_arg(vm, &args, "_object_at")?;
    let items: Vec<PyRef> = live_object_at(address).into_iter().collect();
    Ok(vm.tuple(items))
}
