//! `property` methods: `getter`, `setter`, `deleter` (each returns a new property) and the
//! descriptor protocol as callable methods.

use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

pub fn register(vm: &mut Vm) {
    let prop = vm.types.property_type.clone();
    vm.add_method(&prop, "getter", property_getter);
    vm.add_method(&prop, "setter", property_setter);
    vm.add_method(&prop, "deleter", property_deleter);
}

/// Which accessor a copy replaces.
enum Accessor {
    Get,
    Set,
    Delete,
}

fn with_accessor(vm: &mut Vm, args: Args, which: Accessor) -> PyResult {
    let (Some(prop), Some(func)) = (args.args.first(), args.args.get(1)) else {
        return Err(vm.type_error("property accessor takes exactly one argument"));
    };
    let Payload::Property {
        fget,
        fset,
        fdel,
        doc,
    } = &prop.payload
    else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let (mut g, mut s, mut d) = (fget.clone(), fset.clone(), fdel.clone());
    let f = Some(func.clone());
    match which {
        Accessor::Get => g = f,
        Accessor::Set => s = f,
        Accessor::Delete => d = f,
    }
    Ok(PyRef::new(
        prop.class(),
        Payload::Property {
            fget: g,
            fset: s,
            fdel: d,
            doc: doc.clone(),
        },
    ))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult {
    with_accessor(vm, args, Accessor::Get)
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult {
    with_accessor(vm, args, Accessor::Set)
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult {
    with_accessor(vm, args, Accessor::Delete)
}

pub(crate) fn property_get(vm: &mut Vm, args: Args) -> PyResult {
    let (Some(prop), Some(obj)) = (args.args.first(), args.args.get(1)) else {
        return Err(vm.type_error("__get__ expected at least 1 argument"));
    };
    if matches!(obj.payload, Payload::NoneValue) {
        return Ok(prop.clone());
    }
    let cls = obj.class().clone();
    vm.bind_descriptor(prop, Some(obj), &cls)
}
