//! Dict views: `keys()`, `values()` and `items()` see the dict as it is now, not as it
//! was when the view was made. Keys and items views are set-like (`==` with sets,
//! `&`, `|`, `-`, `^` give sets).

use crate::heap::PyRef;
use crate::objects::iterators::IterState;
use crate::objects::methods::ViewKind;
use crate::objects::payload::Payload;
use crate::vm::{PyResult, Vm};

/// A new view of the dict object `dict`.
pub fn new_view(vm: &Vm, dict: &PyRef, kind: ViewKind) -> PyRef {
    let class = match kind {
        ViewKind::Keys => &vm.types.dict_keys_type,
        ViewKind::Values => &vm.types.dict_values_type,
        ViewKind::Items => &vm.types.dict_items_type,
    };
    PyRef::new(
        class,
        Payload::DictView {
            dict: dict.clone(),
            kind,
        },
    )
}

fn parts(view: &PyRef) -> Option<(&PyRef, ViewKind)> {
    match &view.payload {
        Payload::DictView { dict, kind } => Some((dict, *kind)),
        _ => None,
    }
}

pub fn len(view: &PyRef) -> usize {
    parts(view)
        .and_then(|(d, _)| match &d.payload {
            Payload::Dict(dd) => Some(dd.borrow().len()),
            _ => None,
        })
        .unwrap_or(0)
}

/// An iterator over the view, of CPython's iterator class for its kind.
pub fn iter(vm: &Vm, view: &PyRef) -> PyRef {
    let (dict, kind) = parts(view).expect("a dict view");
    let (code, class) = match kind {
        ViewKind::Keys => (0, &vm.types.dict_keyiterator_type),
        ViewKind::Values => (1, &vm.types.dict_valueiterator_type),
        ViewKind::Items => (2, &vm.types.dict_itemiterator_type),
    };
    vm.iterator(
        IterState::Dict {
            dict: Some(dict.clone()),
            pos: 0,
            len: len(view),
            left: len(view),
            kind: code,
        },
        &class.clone(),
    )
}

/// `x in view`.
pub fn contains(vm: &mut Vm, view: &PyRef, item: &PyRef) -> PyResult<bool> {
    let (dict, kind) = parts(view).expect("a dict view");
    let Payload::Dict(d) = &dict.payload else {
        return Ok(false);
    };
    match kind {
        ViewKind::Keys => Ok(vm.dict_get(d, item)?.is_some()),
        ViewKind::Items => {
            let Some([k, v]) = item.tuple_items() else {
                return Ok(false);
            };
            let (k, v) = (k.clone(), v.clone());
            match vm.dict_get(d, &k)? {
                Some(found) => vm.eq(&found, &v),
                None => Ok(false),
            }
        }
        ViewKind::Values => {
            let values: Vec<PyRef> = d.borrow().values().cloned().collect();
            for v in values {
                if vm.eq(&v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// The items the view shows now.
pub fn items(vm: &Vm, view: &PyRef) -> Vec<PyRef> {
    let (dict, kind) = parts(view).expect("a dict view");
    let Payload::Dict(d) = &dict.payload else {
        return Vec::new();
    };
    let d = d.borrow();
    match kind {
        ViewKind::Keys => d.keys().cloned().collect(),
        ViewKind::Values => d.values().cloned().collect(),
        ViewKind::Items => d
            .iter()
            .map(|(k, v)| vm.tuple(vec![k.clone(), v.clone()]))
            .collect(),
    }
}

/// `repr(view)`: `dict_keys(['a', 'b'])`.
pub fn repr(vm: &mut Vm, view: &PyRef) -> PyResult<String> {
    let items = items(vm, view);
    let list = vm.list(items);
    let inner = vm.repr_string_any(&list)?;
    Ok(format!("{}({})", view.class_name(), inner))
}

/// Whether the view behaves like a set (keys and items views do).
pub fn is_set_like(view: &PyRef) -> bool {
    parts(view).is_some_and(|(_, k)| k != ViewKind::Values)
}

/// The view's items as a new set (for comparisons and set operators).
pub fn to_set(vm: &mut Vm, view: &PyRef) -> PyResult {
    let set = vm.set(crate::objects::set::SetData::new());
    for item in items(vm, view) {
        vm.set_add(&set, item)?;
    }
    Ok(set)
}
