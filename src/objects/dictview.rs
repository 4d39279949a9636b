//! Dict views: `keys()`, `values()` and `items()` see the dict as it is now, not as it
//! was when the view was made. Keys and items views are set-like (`==` with sets,
//! `&`, `|`, `-`, `^` give sets).

use crate::bytecode::BinaryOperator;
use crate::heap::PyRef;
use crate::objects::iterators::IterState;
use crate::objects::methods::ViewKind;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

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
    dict_iterator(vm, dict, kind, false)
}

/// `reversed(view)`: a reverse iterator of CPython's class for the view's kind.
pub fn reversed(vm: &Vm, view: &PyRef) -> Option<PyRef> {
    let (dict, kind) = parts(view)?;
    Some(dict_iterator(vm, dict, kind, true))
}

/// `dictiter_new`: an iterator over a dict's keys, values or items, forward or (for
/// `dict.__reversed__` and the views') backward from its last entry.
pub fn dict_iterator(vm: &Vm, dict: &PyRef, kind: ViewKind, reverse: bool) -> PyRef {
    let (used, nentries) = match &dict.payload {
        Payload::Dict(d) => {
            let d = d.borrow();
            (d.len(), d.nentries())
        }
        _ => (0, 0),
    };
    let t = &vm.types;
    let (code, class) = match (kind, reverse) {
        (ViewKind::Keys, false) => (0, &t.dict_keyiterator_type),
        (ViewKind::Values, false) => (1, &t.dict_valueiterator_type),
        (ViewKind::Items, false) => (2, &t.dict_itemiterator_type),
        (ViewKind::Keys, true) => (0, &t.dict_reversekeyiterator_type),
        (ViewKind::Values, true) => (1, &t.dict_reversevalueiterator_type),
        (ViewKind::Items, true) => (2, &t.dict_reverseitemiterator_type),
    };
    vm.iterator(
        IterState::Dict {
            dict: Some(dict.clone()),
            pos: if reverse { nentries } else { 0 },
            len: used,
            left: used,
            kind: code,
            reverse,
            // `dictiter_new` makes an items iterator's result tuple up front, `(None, None)`.
            result: (code == 2).then(|| vm.tuple(vec![vm.none(), vm.none()])),
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

/// `dictviews_to_set`: a new set of the view's items; a keys view of a plain dict is made
/// from the dict itself (`set_update_internal`'s presized dict path).
pub fn to_set(vm: &mut Vm, view: &PyRef) -> PyResult {
    use crate::objects::methods::set_methods::new_set_data;
    let data = match parts(view) {
        Some((dict, ViewKind::Keys)) if dict.class().is(&vm.types.dict_type) => {
            let dict = dict.clone();
            new_set_data(vm, &dict)?
        }
        _ => new_set_data(vm, view)?,
    };
    Ok(vm.set(data))
}

/// The set operators of keys and items views, with either operand a view:
/// `dictviews_sub`, `dictviews_or`, `dictviews_xor` and `_PyDictView_Intersect`.
pub fn set_operator(vm: &mut Vm, a: &PyRef, b: &PyRef, op: BinaryOperator) -> PyResult {
    use crate::objects::methods::set_methods as sets;
    if op == BinaryOperator::And {
        return intersect(vm, a, b);
    }
    if op == BinaryOperator::Xor {
        if let (Some((d1, ViewKind::Items)), Some((d2, ViewKind::Items))) = (parts(a), parts(b)) {
            let (d1, d2) = (d1.clone(), d2.clone());
            return items_xor(vm, &d1, &d2);
        }
    }
    let result = to_set(vm, a)?;
    let args = [result.clone(), b.clone()];
    match op {
        BinaryOperator::Subtract => {
            sets::set_difference_update(vm, Args::new(&args))?;
        }
        BinaryOperator::Xor => {
            sets::set_symmetric_difference_update(vm, Args::new(&args))?;
        }
        _ => sets::set_update_object(vm, &result, b)?,
    }
    Ok(result)
}

/// `_PyDictView_Intersect`: a plain set at least as large does the work; otherwise the
/// items of the smaller operand that the larger view contains, in the smaller's order.
fn intersect(vm: &mut Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (mut view, mut other) = if parts(a).is_some() { (a, b) } else { (b, a) };
    let view_len = vm.len(view)?;
    if other.class().is(&vm.types.set_type) && view_len <= vm.len(other)? {
        let method = vm.getattr_str(other, "intersection")?;
        return vm.call(&method, Args::new(&[view.clone()]));
    }
    if parts(other).is_some() && vm.len(other)? > view_len {
        std::mem::swap(&mut view, &mut other);
    }
    let result = vm.set(crate::objects::set::SetData::new());
    for item in vm.iterate(other)? {
        if contains(vm, view, &item)? {
            vm.set_add(&result, item)?;
        }
    }
    Ok(result)
}

/// `dictitems_xor`: pairs of the second dict that the first lacks or maps differently,
/// then the pairs of the first left after removing those the second shares.
fn items_xor(vm: &mut Vm, d1: &PyRef, d2: &PyRef) -> PyResult {
    let Payload::Dict(first) = &d1.payload else {
        return Err(vm.type_error("dict items expected"));
    };
    let remaining = vm.dict_from(first.borrow().clone_entries());
    let result = vm.set(crate::objects::set::SetData::new());
    let pairs: Vec<(PyRef, PyRef)> = match &d2.payload {
        Payload::Dict(d) => d.borrow().snapshot(),
        _ => Vec::new(),
    };
    for (key, value) in pairs {
        let mine = match &remaining.payload {
            Payload::Dict(d) => vm.dict_get(d, &key)?,
            _ => None,
        };
        let shared = match mine {
            Some(v) => vm.eq(&v, &value)?,
            None => false,
        };
        if shared {
            vm.delitem(&remaining, &key)?;
        } else {
            let pair = vm.tuple(vec![key, value]);
            vm.set_add(&result, pair)?;
        }
    }
    let rest = vm.getattr_str(&remaining, "items")?;
    let rest = vm.call(&rest, Args::new(&[]))?;
    crate::objects::methods::set_methods::set_update_object(vm, &result, &rest)?;
    Ok(result)
}
