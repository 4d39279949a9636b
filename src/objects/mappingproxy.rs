//! `mappingproxy` (CPython's `Objects/descrobject.c`): the read-only view of a mapping
//! that `C.__dict__` gives of a class's namespace, and `types.MappingProxyType(m)` of any
//! mapping. Every operation goes to the mapping; nothing writes through it.
//!
//! A proxy holds its mapping. refpy keeps a class's namespace inside the class object, not
//! as a dict object of its own, so a proxy of a namespace holds the class and reads its
//! namespace (`gc.get_referents` of it shows the class where CPython shows `tp_dict`).
//! What must hand out a mapping object (`copy()`, `keys()`, iteration) gets a snapshot
//! dict of the namespace.

use crate::bytecode::{BinaryOperator, CompareKind};
use crate::heap::PyRef;
use crate::objects::methods::{bind_params, method_args};
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

/// `PyDictProxy_New(mapping)`, the mapping already checked (or a class: its namespace).
pub fn new(vm: &Vm, mapping: &PyRef) -> PyRef {
    PyRef::new(
        &vm.types.mappingproxy_type,
        Payload::MappingProxy(mapping.clone()),
    )
}

/// The mapping behind a proxy, as an object: a class's namespace as a snapshot dict.
fn mapping_object(vm: &Vm, target: &PyRef) -> PyRef {
    match target.type_data() {
        Some(t) => vm.dict_from(t.dict.borrow().clone_entries()),
        None => target.clone(),
    }
}

fn target_of<'a>(vm: &Vm, proxy: &'a PyRef, method: &str) -> PyResult<&'a PyRef> {
    match &proxy.payload {
        Payload::MappingProxy(m) => Ok(m),
        _ => Err(vm.type_error(format!(
            "descriptor '{method}' for 'mappingproxy' objects doesn't apply to a '{}' object",
            proxy.class_name()
        ))),
    }
}

/// `mappingproxy_getitem`: `mapping[key]`.
pub fn getitem(vm: &mut Vm, target: &PyRef, key: &PyRef) -> PyResult {
    match target.type_data() {
        Some(t) => match vm.dict_get(&t.dict, key)? {
            Some(v) => Ok(v),
            None => Err(vm.key_error(key)),
        },
        None => vm.getitem(target, key),
    }
}

/// `mappingproxy_len`.
pub fn len(vm: &mut Vm, target: &PyRef) -> PyResult<usize> {
    match target.type_data() {
        Some(t) => Ok(t.dict.borrow().len()),
        None => vm.len(target),
    }
}

/// `mappingproxy_contains`: `PyDict_Contains` for a dict, else `PySequence_Contains`.
pub fn contains(vm: &mut Vm, target: &PyRef, key: &PyRef) -> PyResult<bool> {
    match target.type_data() {
        Some(t) => Ok(vm.dict_get(&t.dict, key)?.is_some()),
        None => vm.contains(target, key),
    }
}

/// `mappingproxy_getiter`: `iter(mapping)`.
pub fn iter(vm: &mut Vm, proxy: &PyRef) -> PyResult {
    let target = target_of(vm, proxy, "__iter__")?.clone();
    let mapping = mapping_object(vm, &target);
    vm.iter(&mapping)
}

/// `mappingproxy_repr`: `mappingproxy(<repr of the mapping>)`.
pub fn repr(vm: &mut Vm, target: &PyRef) -> PyResult<String> {
    let mapping = mapping_object(vm, target);
    Ok(format!("mappingproxy({})", vm.repr_string(&mapping)?))
}

/// `mappingproxy_str`: `str(mapping)`.
pub fn str(vm: &mut Vm, target: &PyRef) -> PyResult {
    let mapping = mapping_object(vm, target);
    vm.to_str(&mapping)
}

/// `mappingproxy.__new__(cls, mapping)`: any mapping but a list or a tuple
/// (`mappingproxy_check_mapping`).
pub fn proxy_new(vm: &mut Vm, args: Args) -> PyResult {
    let a = bind_params(vm, "mappingproxy", args, 1, &["mapping"], 1, 1)?;
    let mapping = a[0].clone().expect("required");
    let is_mapping = !matches!(mapping.payload, Payload::List(_) | Payload::Tuple(_))
        && mapping.type_data().is_none()
        && vm.lookup_special(&mapping, "__getitem__").is_some();
    if !is_mapping {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            mapping.class_name()
        )));
    }
    Ok(new(vm, &mapping))
}

/// `mappingproxy.__iter__`.
pub fn dunder_iter(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "__iter__", args, 0, 0)?;
    iter(vm, this)
}

/// `mappingproxy.__str__`.
pub fn dunder_str(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "__str__", args, 0, 0)?;
    let target = target_of(vm, this, "__str__")?.clone();
    str(vm, &target)
}

/// `mappingproxy_richcompare`: the mapping compared with the other operand.
pub fn richcompare(vm: &mut Vm, args: Args, kind: CompareKind) -> PyResult {
    let (this, a) = method_args(vm, "comparison", args, 1, 1)?;
    let target = target_of(vm, this, "__eq__")?.clone();
    let mapping = mapping_object(vm, &target);
    vm.compare(&mapping, &a[0], kind)
}

/// `mappingproxy_or` (`__or__`, `__ror__`): proxies on either side stand for their
/// mappings, and the mappings are or-ed (a dict's `|` makes a new dict).
pub fn or(vm: &mut Vm, args: Args, reflected: bool) -> PyResult {
    let (this, a) = method_args(vm, "__or__", args, 1, 1)?;
    let unwrap = |vm: &Vm, o: &PyRef| match &o.payload {
        Payload::MappingProxy(m) => mapping_object(vm, m),
        _ => o.clone(),
    };
    let (x, y) = (unwrap(vm, this), unwrap(vm, &a[0]));
    let (left, right) = if reflected { (y, x) } else { (x, y) };
    vm.binary_op(&left, &right, BinaryOperator::Or, false)
}

/// `mappingproxy_ior`: a proxy cannot be updated.
pub fn ior(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "__ior__", args, 1, 1)?;
    Err(vm.type_error(format!(
        "'|=' is not supported by {}; use '|' instead",
        this.class_name()
    )))
}

/// `mappingproxy.get(key, default=None)`: the mapping's own `get`.
pub fn get(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "get", args, 1, 2)?;
    let target = target_of(vm, this, "get")?.clone();
    let default = a.get(1).cloned().unwrap_or_else(|| vm.none());
    match target.type_data() {
        Some(t) => Ok(vm.dict_get(&t.dict, &a[0])?.unwrap_or(default)),
        None => {
            let method = vm.getattr_str(&target, "get")?;
            vm.call1(&method, &[a[0].clone(), default])
        }
    }
}

/// `keys()`, `values()`, `items()`, `copy()` and `__reversed__()`: the mapping's method of
/// that name, called without arguments.
pub fn forward(vm: &mut Vm, args: Args, name: &'static str) -> PyResult {
    let (this, _) = method_args(vm, name, args, 0, 0)?;
    let target = target_of(vm, this, name)?.clone();
    let mapping = mapping_object(vm, &target);
    if name == "copy" && !mapping.is(&target) {
        // The snapshot already is the copy.
        return Ok(mapping);
    }
    let method = vm.getattr_str(&mapping, name)?;
    vm.call1(&method, &[])
}
