//! `property` methods: `getter`, `setter`, `deleter` (each returns a new property) and the
//! descriptor protocol as callable methods.

use crate::heap::{PyRef, WeakPyRef};
use crate::objects::payload::Payload;
use crate::vm::{Args, PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// `prop_name`: the repr of the name `property.__set_name__` last gave each property,
    /// by address. The weak handle keeps the address from being reused while the entry
    /// lives, so an entry whose property died is never taken for a newer one.
    static NAMES: RefCell<HashMap<usize, (WeakPyRef, String)>> = RefCell::new(HashMap::new());
}

/// A property's fields (`propertyobject`). They sit behind a `RefCell` in the payload
/// because `property.__init__` may run again on a made property and replace them all.
#[derive(Default)]
pub struct PropertyData {
    pub fget: Option<PyRef>,
    pub fset: Option<PyRef>,
    pub fdel: Option<PyRef>,
    /// `prop_doc`: the `doc` argument (None included), or, for an exact property, the
    /// getter's `__doc__` read when `__init__` ran.
    pub doc: Option<PyRef>,
    /// `getter_doc`: the doc came from the getter (a copy with another getter reads
    /// that one's).
    pub getter_doc: bool,
}

impl PropertyData {
    /// `property_traverse`, in its order.
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        [&self.fget, &self.fset, &self.fdel, &self.doc]
            .into_iter()
            .flatten()
            .for_each(visit);
    }
}

/// The fields of `prop`, if it is a property.
pub fn property_data(prop: &PyRef) -> Option<std::cell::Ref<'_, PropertyData>> {
    match &prop.payload {
        Payload::Property(p) => Some(p.borrow()),
        _ => None,
    }
}

/// `property_init_impl`: replaces every field of `prop` (None accessors become absent),
/// forgets the name `__set_name__` gave, and takes the getter's `__doc__` when no doc is
/// given. A subclass instance gets that doc as its `__doc__` attribute instead (the
/// subclass's own `__doc__` would shadow `prop_doc`).
pub fn init_property(
    vm: &mut Vm,
    prop: &PyRef,
    [fget, fset, fdel, doc]: [Option<PyRef>; 4],
) -> PyResult<()> {
    let Payload::Property(cell) = &prop.payload else {
        return Err(vm.type_error("descriptor '__init__' requires a 'property' object"));
    };
    let not_none = |v: &PyRef| !matches!(v.payload, Payload::NoneValue);
    let fget = fget.filter(not_none);
    let getter = fget
        .clone()
        .filter(|_| doc.as_ref().is_none_or(|d| !not_none(d)));
    let old = std::mem::replace(
        &mut *cell.borrow_mut(),
        PropertyData {
            fget,
            fset: fset.filter(not_none),
            fdel: fdel.filter(not_none),
            doc,
            getter_doc: false,
        },
    );
    set_property_name(prop, None);
    // The old fields go only now, as `Py_XSETREF` releases each after storing its
    // replacement.
    drop(old);
    let Some(getter) = getter else {
        return Ok(());
    };
    let Some(get_doc) = vm.getattr_opt(&getter, "__doc__")? else {
        return Ok(());
    };
    if prop.class().is(&vm.types.property_type) {
        let old = cell.borrow_mut().doc.replace(get_doc);
        drop(old);
    } else {
        let name = vm.intern("__doc__");
        vm.setattr(prop, &name, get_doc)?;
    }
    cell.borrow_mut().getter_doc = true;
    Ok(())
}

/// The repr of the name `__set_name__` gave `prop`, if any.
pub fn property_name(prop: &PyRef) -> Option<String> {
    NAMES.with(|n| {
        let n = n.borrow();
        let (weak, name) = n.get(&prop.id())?;
        weak.is_alive().then(|| name.clone())
    })
}

/// Records `prop`'s name (the repr of `__set_name__`'s argument); `None` forgets it.
pub fn set_property_name(prop: &PyRef, name: Option<String>) {
    NAMES.with(|n| {
        let mut n = n.borrow_mut();
        if n.len() >= 64 && n.len().is_power_of_two() {
            n.retain(|_, (weak, _)| weak.is_alive());
        }
        match name {
            Some(name) => n.insert(prop.id(), (prop.downgrade(), name)),
            None => n.remove(&prop.id()),
        };
    });
}

/// `property_descr_get`/`property_descr_set`'s error for a missing accessor (`what` is
/// "getter", "setter" or "deleter"): with the property's name once `__set_name__` gave it.
pub fn missing_accessor(vm: &Vm, prop: &PyRef, obj: &PyRef, what: &str) -> PyErr {
    let cls = obj.class_name();
    vm.attribute_error(match property_name(prop) {
        Some(name) => format!("property {name} of '{cls}' object has no {what}"),
        None => format!("property of '{cls}' object has no {what}"),
    })
}

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
    let Some(data) = property_data(prop) else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let PropertyData {
        fget,
        fset,
        fdel,
        doc,
        getter_doc,
    } = &*data;
    // `property_copy`: None keeps the accessor the property had; the copy is made by
    // calling the property's type with all four (so a subclass's `__init__` runs), with
    // None as doc when the doc came from the getter and there is one to read it from.
    let none = vm.none();
    let old = |f: &Option<PyRef>| f.clone().unwrap_or_else(|| none.clone());
    let (mut g, mut s, mut d) = (old(fget), old(fset), old(fdel));
    if !matches!(func.payload, Payload::NoneValue) {
        match which {
            Accessor::Get => g = func.clone(),
            Accessor::Set => s = func.clone(),
            Accessor::Delete => d = func.clone(),
        }
    }
    let doc = if *getter_doc && !matches!(g.payload, Payload::NoneValue) {
        none.clone()
    } else {
        old(doc)
    };
    drop(data);
    let cls = prop.class().clone();
    let copy = vm.call(&cls, Args::new(&[g, s, d, doc]))?;
    // `property_copy` keeps `prop_name`.
    if matches!(copy.payload, Payload::Property { .. }) {
        set_property_name(&copy, property_name(prop));
    }
    Ok(copy)
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
