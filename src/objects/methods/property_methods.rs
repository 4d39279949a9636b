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
    let name = match which {
        Accessor::Get => "getter",
        Accessor::Set => "setter",
        Accessor::Delete => "deleter",
    };
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("property.{name}() takes no keyword arguments")));
    }
    let (Some(prop), Some(func), 2) = (args.args.first(), args.args.get(1), args.args.len()) else {
        return Err(vm.type_error(format!(
            "property.{name}() takes exactly one argument ({} given)",
            args.args.len().saturating_sub(1)
        )));
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
    // `property_copy`: None keeps the accessor the property had.
    let f = match func.payload {
        Payload::NoneValue => None,
        _ => Some(func.clone()),
    };
    match which {
        _ if f.is_none() => {}
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
