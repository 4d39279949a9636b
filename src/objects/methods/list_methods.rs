//! `list` and `tuple` methods, and the stable sort shared with `sorted()`.
//!
//! A list's items sit in a `RefCell`; comparing items runs Python code that may mutate the
//! list, so every method clones what it needs out of the cell before calling `vm.eq` or
//! `vm.compare`, and `sort` works on a taken-out vector (CPython's "list modified during
//! sort" check).

use super::{descriptor_error, listsort, method_args, parse_kwargs, slice_bound};
use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::objects::sizeof;
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;

pub(super) fn register(vm: &mut Vm) {
    let list = vm.types.list_type.clone();
    vm.add_method(&list, "append", list_append);
    vm.add_method(&list, "extend", list_extend);
    vm.add_method(&list, "insert", list_insert);
    vm.add_method(&list, "pop", list_pop);
    vm.add_method(&list, "remove", list_remove);
    vm.add_method(&list, "index", list_index);
    vm.add_method(&list, "count", list_count);
    vm.add_method(&list, "clear", list_clear);
    vm.add_method(&list, "copy", list_copy);
    vm.add_method(&list, "reverse", list_reverse);
    vm.add_method(&list, "sort", list_sort);
    let tuple = vm.types.tuple_type.clone();
    vm.add_method(&tuple, "index", tuple_index);
    vm.add_method(&tuple, "count", tuple_count);
}

fn list_cell<'a>(vm: &Vm, this: &'a PyRef, method: &str) -> PyResult<&'a RefCell<Vec<PyRef>>> {
    match &this.payload {
        Payload::List(items) => Ok(items),
        _ => Err(descriptor_error(vm, method, "list", this)),
    }
}

/// The length of the receiver of `kind.method` (`kind` is "list" or "tuple"); the
/// descriptor error when it is not one (`list.index(some_tuple, x)`).
fn seq_len(vm: &Vm, this: &PyRef, kind: &str, method: &str) -> PyResult<usize> {
    match &this.payload {
        Payload::List(items) if kind == "list" => Ok(items.borrow().len()),
        Payload::Tuple(items) if kind == "tuple" => Ok(items.len()),
        _ => Err(descriptor_error(vm, method, kind, this)),
    }
}

fn list_append(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "list.append", args, 1, 1)?;
    sizeof::list_append(
        &mut list_cell(vm, this, "append")?.borrow_mut(),
        a[0].clone(),
    );
    Ok(vm.none())
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "list.extend", args, 1, 1)?;
    let cell = list_cell(vm, this, "extend")?;
    sizeof::list_extend_from(vm, cell, &a[0])?;
    Ok(vm.none())
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "insert", args, 2, 2)?;
    let cell = list_cell(vm, this, "insert")?;
    let i = vm.ssize_value(&a[0])?;
    insert_clamped(&mut cell.borrow_mut(), i, a[1].clone());
    Ok(vm.none())
}

/// `ins1`: inserts `item` before index `i`, clamped to the list (negative from the end).
pub(crate) fn insert_clamped(items: &mut Vec<PyRef>, i: i64, item: PyRef) {
    let len = items.len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    sizeof::list_insert(items, i as usize, item);
}

/// `list_pop_impl`: removes and returns the item at `i` (negative from the end), the
/// list shrinking as CPython's does; `None` when `i` names no item.
pub(crate) fn pop_index(items: &mut Vec<PyRef>, i: i64) -> Option<PyRef> {
    let len = items.len() as i64;
    let i = if i < 0 { i + len } else { i };
    if !(0..len).contains(&i) {
        return None;
    }
    let item = items.remove(i as usize);
    sizeof::list_shrunk(items);
    Some(item)
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "pop", args, 0, 1)?;
    let cell = list_cell(vm, this, "pop")?;
    let i = match a.first() {
        Some(i) => vm.ssize_value(i)?,
        None => -1,
    };
    let mut items = cell.borrow_mut();
    if items.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    match pop_index(&mut items, i) {
        Some(item) => Ok(item),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "list.remove", args, 1, 1)?;
    let cell = list_cell(vm, this, "remove")?;
    match vm.seq_find(this, &a[0], 0, usize::MAX)? {
        Some(i) => {
            let removed = {
                let mut items = cell.borrow_mut();
                let removed = (i < items.len()).then(|| items.remove(i));
                sizeof::list_shrunk(&mut items);
                removed
            };
            drop(removed);
            Ok(vm.none())
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

/// `seq.index(x[, start[, stop]])` for lists and tuples; `missing` builds the error text.
fn seq_index(
    vm: &mut Vm,
    args: Args,
    kind: &str,
    missing: fn(&mut Vm, &PyRef) -> PyResult<String>,
) -> PyResult {
    let (this, a) = method_args(vm, "index", args, 1, 3)?;
    let len = seq_len(vm, this, kind, "index")?;
    let start = slice_bound(vm, a.get(1), len, 0)?;
    let stop = slice_bound(vm, a.get(2), len, len)?;
    match vm.seq_find(this, &a[0], start, stop)? {
        Some(i) => Ok(vm.int(i as i64)),
        None => {
            let msg = missing(vm, &a[0])?;
            Err(vm.value_error(msg))
        }
    }
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult {
    seq_index(vm, args, "list", |vm, x| {
        let r = vm.repr(x)?;
        Ok(format!("{} is not in list", r.as_str_opt().unwrap_or("?")))
    })
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult {
    seq_index(vm, args, "tuple", |_, _| {
        Ok("tuple.index(x): x not in tuple".into())
    })
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult {
    seq_count(vm, args, "list")
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult {
    seq_count(vm, args, "tuple")
}

/// `list.count(x)` / `tuple.count(x)`: equal items counted over the live sequence (an
/// `__eq__` may change a list), each compared once, identity first.
fn seq_count(vm: &mut Vm, args: Args, kind: &str) -> PyResult {
    let (this, a) = match args.args {
        // The qualified name is only formatted for an error message.
        [this, x] if args.kwnames.is_empty() => (this, std::slice::from_ref(x)),
        _ => method_args(vm, &format!("{kind}.count"), args, 1, 1)?,
    };
    seq_len(vm, this, kind, "count")?;
    let mut n = 0;
    let mut from = 0;
    while let Some(i) = vm.seq_find(this, &a[0], from, usize::MAX)? {
        n += 1;
        from = i + 1;
    }
    Ok(vm.int(n))
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "list.clear", args, 0, 0)?;
    let old = std::mem::take(&mut *list_cell(vm, this, "clear")?.borrow_mut());
    crate::objects::release_reversed(old);
    Ok(vm.none())
}

fn list_copy(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "list.copy", args, 0, 0)?;
    let items = sizeof::list_exact(list_cell(vm, this, "copy")?.borrow().clone());
    Ok(vm.list(items))
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "list.reverse", args, 0, 0)?;
    list_cell(vm, this, "reverse")?.borrow_mut().reverse();
    Ok(vm.none())
}

fn list_sort(vm: &mut Vm, args: Args) -> PyResult {
    let this = args
        .args
        .first()
        .ok_or_else(|| vm.type_error("sort() needs an argument"))?;
    if args.positional().len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let kw = parse_kwargs(vm, "sort", args, &["key", "reverse"])?;
    let cell = list_cell(vm, this, "sort")?;
    let reverse = sort_reverse_arg(vm, kw[1].as_ref())?;
    let items = std::mem::take(&mut *cell.borrow_mut());
    // Sorting keeps the list's allocation (`list_sort_impl` saves and restores it).
    let allocated = items.capacity();
    let key = super::non_none(kw[0].as_ref()).cloned();
    let (mut result, failed) = match sort_items(vm, items, key.as_ref(), reverse) {
        Ok(sorted) => (sorted, None),
        Err((original, e)) => (original, Some(e)),
    };
    sizeof::set_allocated(&mut result, allocated);
    let added = std::mem::replace(&mut *cell.borrow_mut(), result);
    let modified = !added.is_empty();
    drop(added);
    if let Some(e) = failed {
        return Err(e);
    }
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(vm.none())
}

/// `a < b` as a truth value (`PyObject_RichCompareBool(a, b, Py_LT)`); subclasses of
/// `str` and `int` go through their own `__lt__`.
pub fn less_than(vm: &mut Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    listsort::rich_lt(vm, a, b)
}

/// Sorts `items` stably by `key(item)` (or the items), descending if `reverse` (which, as in
/// CPython, keeps equal items in their original order). On error, returns the items in the
/// order CPython's `list_sort_impl` leaves them, with the exception.
#[allow(clippy::type_complexity)]
pub fn sort_items(
    vm: &mut Vm,
    items: Vec<PyRef>,
    key: Option<&PyRef>,
    reverse: bool,
) -> Result<Vec<PyRef>, (Vec<PyRef>, crate::vm::PyErr)> {
    let mut items = items;
    // `list_sort_impl`: the keys are computed in the list's order (a failure releases
    // the ones made so far, last first), then both are reversed for `reverse`. Without a
    // key function the items are their own keys (not copied: no reference counts change
    // while comparisons run).
    let mut keys = match key {
        None => None,
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for item in &items {
                match vm.call(f, Args::new(std::slice::from_ref(item))) {
                    Ok(k) => keys.push(k),
                    Err(e) => {
                        while let Some(k) = keys.pop() {
                            drop(k);
                        }
                        return Err((items, e));
                    }
                }
            }
            Some(keys)
        }
    };
    let n = items.len();
    if n < 2 {
        return Ok(items);
    }
    if reverse {
        items.reverse();
        if let Some(keys) = &mut keys {
            keys.reverse();
        }
    }
    let key_refs = keys.as_deref().unwrap_or(&items);
    let how = listsort::key_compare(vm, key_refs);
    let mut order: Vec<usize> = (0..n).collect();
    let result = listsort::sort_indices(vm, &mut order, key_refs, how);
    // Sorted or not, the items take the order the sort left, and the keys (which moved
    // with them) are released in that order; then `reverse` reverses the items back.
    permute(&mut order, &mut items, keys.as_deref_mut());
    drop(keys);
    if reverse {
        items.reverse();
    }
    match result {
        Ok(()) => Ok(items),
        Err(e) => Err((items, e)),
    }
}

/// Puts `items[order[i]]` (and the key beside it) at position `i`, in place: each cycle of
/// the permutation is followed once, swapping, and `order` is used up as the record of
/// the positions already placed (`order[i] == i`).
fn permute(order: &mut [usize], items: &mut [PyRef], mut keys: Option<&mut [PyRef]>) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = std::mem::replace(&mut order[at], at);
            if from == start || from == at {
                break;
            }
            items.swap(at, from);
            if let Some(keys) = keys.as_deref_mut() {
                keys.swap(at, from);
            }
            at = from;
        }
    }
}

/// `list.sort`'s `reverse`: a C int (`_PyLong_AsInt`), not a truth value
/// (`reverse=None` is a TypeError).
pub fn sort_reverse_arg(vm: &mut Vm, reverse: Option<&PyRef>) -> PyResult<bool> {
    let Some(r) = reverse else {
        return Ok(false);
    };
    let n = vm.number_index(r)?;
    match n.as_i64().filter(|&i| i32::try_from(i).is_ok()) {
        Some(i) => Ok(i != 0),
        None => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}
