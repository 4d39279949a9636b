//! `dict` methods.
//!
//! Lookups go through `vm.dict_get`/`dict_set`/`dict_remove`, which never hold the map's
//! borrow while `__eq__`/`__hash__` run. The views returned by `keys()`, `values()` and
//! `items()` are live (`Payload::DictView`, see `objects::dictview`).

use super::{descriptor_error, func_args, method_args};
use crate::heap::PyRef;
use crate::objects::dict::Dict;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;

pub(super) fn register(vm: &mut Vm) {
    let dict = vm.types.dict_type.clone();
    vm.add_method(&dict, "get", dict_get);
    vm.add_method(&dict, "keys", dict_keys);
    vm.add_method(&dict, "values", dict_values);
    vm.add_method(&dict, "items", dict_items);
    vm.add_method(&dict, "pop", dict_pop);
    vm.add_method(&dict, "popitem", dict_popitem);
    vm.add_method(&dict, "setdefault", dict_setdefault);
    vm.add_method(&dict, "update", dict_update);
    vm.add_method(&dict, "clear", dict_clear);
    vm.add_method(&dict, "copy", dict_copy);
    // A classmethod: `dict.fromkeys(...)` and `{}.fromkeys(...)` both receive the class.
    vm.add_classmethod(&dict, "fromkeys", dict_fromkeys);
    for view in [
        vm.types.dict_keys_type.clone(),
        vm.types.dict_items_type.clone(),
    ] {
        vm.add_method(&view, "isdisjoint", view_isdisjoint);
    }
}

/// `dictviews_isdisjoint`: iterates the smaller side when the other is a set or a view,
/// testing membership in the other.
fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult {
    let owner = match args.args.first() {
        Some(v) => format!("{}.isdisjoint", v.class_name()),
        None => "isdisjoint".to_string(),
    };
    let (this, a) = method_args(vm, &owner, args, 1, 1)?;
    let other = &a[0];
    if !matches!(this.payload, Payload::DictView { .. }) {
        return Err(descriptor_error(vm, "isdisjoint", "dict_keys", this));
    }
    if other.is(this) {
        return Ok(vm.bool(crate::objects::dictview::len(this) == 0));
    }
    let this_len = crate::objects::dictview::len(this);
    let other_len = match &other.payload {
        Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView { .. } => Some(vm.len(other)?),
        _ => None,
    };
    let (source, container) = match other_len {
        Some(n) if n > this_len => (this, other),
        _ => (other, this),
    };
    let it = vm.iter(source)?;
    while let Some(x) = vm.next(&it)? {
        if vm.contains(container, &x)? {
            return Ok(vm.bool(false));
        }
    }
    Ok(vm.bool(true))
}

fn dict_cell<'a>(vm: &Vm, this: &'a PyRef, method: &str) -> PyResult<&'a RefCell<Dict>> {
    match &this.payload {
        Payload::Dict(d) => Ok(d),
        _ => Err(descriptor_error(vm, method, "dict", this)),
    }
}

/// What a dict view shows: keys, values or (key, value) pairs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "get", args, 1, 2)?;
    let d = dict_cell(vm, this, "get")?;
    get_or_default(vm, d, &a[0], a.get(1))
}

/// `dict_get_impl`: the value of `key`, else `default` (`None` when not given).
pub(crate) fn get_or_default(
    vm: &mut Vm,
    d: &RefCell<Dict>,
    key: &PyRef,
    default: Option<&PyRef>,
) -> PyResult {
    match vm.dict_get(d, key)? {
        Some(v) => Ok(v),
        None => Ok(default.cloned().unwrap_or_else(|| vm.none())),
    }
}

fn view_method(vm: &mut Vm, args: Args, name: &str, kind: ViewKind) -> PyResult {
    let (this, _) = method_args(vm, name, args, 0, 0)?;
    dict_cell(vm, this, name)?;
    Ok(crate::objects::dictview::new_view(vm, this, kind))
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult {
    view_method(vm, args, "dict.keys", ViewKind::Keys)
}

fn dict_values(vm: &mut Vm, args: Args) -> PyResult {
    view_method(vm, args, "dict.values", ViewKind::Values)
}

fn dict_items(vm: &mut Vm, args: Args) -> PyResult {
    view_method(vm, args, "dict.items", ViewKind::Items)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "pop", args, 1, 2)?;
    let d = dict_cell(vm, this, "pop")?;
    match (vm.dict_remove(d, &a[0])?, a.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(vm.key_error(&a[0])),
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "dict.popitem", args, 0, 0)?;
    let d = dict_cell(vm, this, "popitem")?;
    let last = d.borrow_mut().pop_last();
    match last {
        Some((k, v)) => Ok(vm.tuple(vec![k, v])),
        None => Err(vm.new_error("KeyError", "popitem(): dictionary is empty")),
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "setdefault", args, 1, 2)?;
    let d = dict_cell(vm, this, "setdefault")?;
    if let Some(v) = vm.dict_get(d, &a[0])? {
        return Ok(v);
    }
    let default = a.get(1).cloned().unwrap_or_else(|| vm.none());
    vm.dict_set(d, a[0].clone(), default.clone())?;
    Ok(default)
}

/// What [`dict_merge`] does with a key the target already has (CPython's `override`
/// argument: 1 replaces, 2 is `f(**m)`'s duplicate-keyword error).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OnDuplicate {
    Replace,
    Raise,
}

/// `Py_TYPE(b)->tp_iter == dict_iter`, the test of `dict_merge`'s fast path: a dict whose
/// class keeps dict's own `__iter__`. Others (an `OrderedDict`, whose order is its own
/// list) are merged the generic way, through `keys()` and `__getitem__`.
fn iterates_as_dict(vm: &Vm, obj: &PyRef) -> bool {
    let class = obj.class();
    if class.is(&vm.types.dict_type) {
        return true;
    }
    match (
        vm.lookup_in_mro(class, "__iter__"),
        vm.lookup_in_mro(&vm.types.dict_type, "__iter__"),
    ) {
        (Some(found), Some(own)) => found.is(&own),
        _ => false,
    }
}

/// CPython's `dict_merge(a, b, override)`, behind `d.update(m)`, `dict(m)`, `{**m}` and
/// `f(**m)`: from a dict, its entries (an empty target clones a compact source's table, or
/// resizes once); from another mapping, `keys()` then one `b[key]` per key. `Ok(false)`
/// when `other` has no `keys` (each caller has its own answer to that).
pub fn dict_merge(
    vm: &mut Vm,
    target: &RefCell<Dict>,
    other: &PyRef,
    on_duplicate: OnDuplicate,
) -> PyResult<bool> {
    let insert = |vm: &mut Vm, k: PyRef, v: Option<PyRef>| -> PyResult<()> {
        if on_duplicate == OnDuplicate::Raise {
            let hash = vm.hash(&k)?;
            if vm.dict_find(target, hash, &k)?.is_some() {
                return Err(vm.key_error(&k));
            }
        }
        let v = match v {
            Some(v) => v,
            None => vm.getitem(other, &k)?,
        };
        vm.dict_set(target, k, v)
    };
    match &other.payload {
        Payload::Dict(src) if iterates_as_dict(vm, other) => {
            if std::ptr::eq(&**src, target) {
                return Ok(true);
            }
            if target.borrow_mut().prepare_merge(&src.borrow()) {
                return Ok(true);
            }
            let entries: Vec<(PyRef, PyRef)> = src.borrow().snapshot();
            for (k, v) in entries {
                insert(vm, k, Some(v))?;
            }
            return Ok(true);
        }
        _ => {}
    }
    let Some(keys_method) = vm.getattr_opt(other, "keys")? else {
        return Ok(false);
    };
    let keys = vm.call(&keys_method, Args::new(&[]))?;
    for k in vm.iterate(&keys)? {
        insert(vm, k, None)?;
    }
    Ok(true)
}

/// `d.update(other)` (`dict_update_arg`): from a dict or a mapping with `keys()`
/// ([`dict_merge`]), or from an iterable of pairs (with CPython's errors for malformed
/// pairs).
pub fn dict_update_from(vm: &mut Vm, target: &RefCell<Dict>, other: &PyRef) -> PyResult<()> {
    if dict_merge(vm, target, other, OnDuplicate::Replace)? {
        return Ok(());
    }
    dict_merge_from_seq2(vm, target, other)
}

/// `PyDict_MergeFromSeq2`: one pair at a time, each released before the next is asked
/// for (so a `zip` or `enumerate` can refill its result tuple, and a generator's pairs
/// die as they go). A pair that is not an exact tuple or list is first made a list
/// (`PySequence_Fast`), an object of its own.
fn dict_merge_from_seq2(vm: &mut Vm, target: &RefCell<Dict>, other: &PyRef) -> PyResult<()> {
    let it = vm.iter(other)?;
    let mut i = 0usize;
    while let Some(pair) = vm.next(&it)? {
        let fast = if crate::objects::sizeof::is_exact_list_or_tuple(vm, &pair) {
            None
        } else {
            let pair_it = match vm.iter(&pair) {
                Ok(pair_it) => pair_it,
                Err(e) if vm.exc_matches_name(&e.0, "TypeError") => {
                    return Err(vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )))
                }
                Err(e) => return Err(e),
            };
            let items = vm.collect_iterator(&pair_it)?;
            Some(vm.list(items))
        };
        let kv = vm.iterate(fast.as_ref().unwrap_or(&pair))?;
        let [k, v]: [PyRef; 2] = kv.try_into().map_err(|kv: Vec<PyRef>| {
            vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            ))
        })?;
        vm.dict_set(target, k, v)?;
        drop(fast);
        drop(pair);
        i += 1;
    }
    Ok(())
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult {
    let this = args
        .args
        .first()
        .ok_or_else(|| vm.type_error("update() needs an argument"))?;
    let positional = super::check_args(
        vm,
        "update",
        args.positional().get(1..).unwrap_or(&[]),
        0,
        1,
    )?;
    let d = dict_cell(vm, this, "update")?;
    if let Some(other) = positional.first() {
        dict_update_from(vm, d, other)?;
    }
    // The keys are the call's keyword name objects (interned names).
    let values = &args.args[args.args.len() - args.kwnames.len()..];
    for (k, v) in args.kwnames.iter().zip(values) {
        vm.dict_set(d, k.clone(), v.clone())?;
    }
    Ok(vm.none())
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "dict.clear", args, 0, 0)?;
    let cell = dict_cell(vm, this, "clear")?;
    // `PyDict_Clear` of a split table releases its values by shared-key index.
    crate::objects::instance::order_split_dict_for_release(cell);
    let old = cell.borrow_mut().take();
    drop(old);
    Ok(vm.none())
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "dict.copy", args, 0, 0)?;
    let entries = dict_cell(vm, this, "copy")?.borrow().clone_entries();
    Ok(vm.dict_from(entries))
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(
        vm,
        "fromkeys",
        Args {
            args: args.args.get(1..).unwrap_or(&[]),
            kwnames: args.kwnames,
        },
        1,
        2,
    )?;
    let cls = args
        .args
        .first()
        .ok_or_else(|| vm.type_error("fromkeys() needs a class"))?;
    let value = a.get(1).cloned().unwrap_or_else(|| vm.none());
    let keys = vm.iterate(&a[0])?;
    let result = if cls.is(&vm.types.dict_type) {
        crate::gc::allocating_by_type_call(|| vm.dict())
    } else {
        vm.call(cls, Args::new(&[]))?
    };
    match &result.payload {
        Payload::Dict(d) => {
            // `_PyDict_FromKeys`: from an exact dict or set into an empty exact dict, one
            // resize up front (a set's keys make a general table).
            if result.class().is(&vm.types.dict_type) && d.borrow().is_empty() {
                let source = &a[0];
                match &source.payload {
                    Payload::Dict(src) if source.class().is(&vm.types.dict_type) => {
                        let (n, unicode) = {
                            let src = src.borrow();
                            (src.len(), src.is_unicode())
                        };
                        d.borrow_mut().presize_for(n, unicode);
                    }
                    Payload::Set(_) | Payload::FrozenSet(_)
                        if source.class().is(&vm.types.set_type)
                            || source.class().is(&vm.types.frozenset_type) =>
                    {
                        d.borrow_mut().presize_for(keys.len(), false);
                    }
                    _ => {}
                }
            }
            for k in keys {
                vm.dict_set(d, k, value.clone())?;
            }
        }
        _ => {
            for k in keys {
                vm.setitem(&result, &k, value.clone())?;
            }
        }
    }
    Ok(result)
}
