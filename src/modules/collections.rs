//! Native helpers of `collections` (whose types are written in our own Python, except
//! `deque`: see `objects::deque`).
//!
//! `OrderedDict`'s order lives natively (`objects::odict`, beside the dict's payload): these
//! are the C functions of `Objects/odictobject.c` that touch it, called by the Python
//! class's methods.

use std::cell::RefCell;

use crate::heap::PyRef;
use crate::objects::dict::Dict;
use crate::objects::function::NativeFn;
use crate::objects::iterators::IterState;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

pub static NATIVE: &[(&str, NativeFn)] = &[
    ("_odict_sizeof", odict_sizeof),
    ("_odict_setitem", odict_setitem),
    ("_odict_delitem", odict_delitem),
    ("_odict_iter", odict_iter),
    ("_odict_move_to_end", odict_move_to_end),
    ("_odict_pop", odict_pop),
    ("_odict_popitem", odict_popitem),
    ("_odict_clear", odict_clear),
];

/// `_odict_sizeof(od)`: what C's `odict_sizeof` reports for an `OrderedDict` with `od`'s
/// dict: the dict (`_PyDict_SizeOf`), the eight fields `PyODictObject` adds, a 32-byte
/// node per key, and a node pointer per slot of the dict's hash table (`od_fast_nodes`,
/// resized with the table).
fn odict_sizeof(vm: &mut Vm, args: Args) -> PyResult {
    let size = match args.args.first().map(|d| &d.payload) {
        Some(Payload::Dict(d)) => {
            let d = d.borrow();
            d.sizeof() + 64 + 32 * d.len() + 8 * d.table_size()
        }
        _ => return Err(vm.type_error("_odict_sizeof(OrderedDict)")),
    };
    Ok(vm.int(size as i64))
}

/// The OrderedDict argument `i` and its dict payload.
fn od_arg<'a>(vm: &Vm, args: &Args<'a>, n: usize) -> PyResult<(&'a PyRef, &'a RefCell<Dict>)> {
    let od = args
        .args
        .first()
        .filter(|_| args.args.len() == n)
        .ok_or_else(|| vm.type_error("OrderedDict helper: wrong arguments"))?;
    match &od.payload {
        Payload::Dict(d) => Ok((od, d)),
        _ => Err(vm.type_error("OrderedDict helper: not an OrderedDict")),
    }
}

/// The dict's stored key at entry `i` (the object its node is found by).
fn stored_key(d: &RefCell<Dict>, i: usize) -> Option<PyRef> {
    d.borrow().get_index(i).map(|(k, _)| k.clone())
}

/// `_odict_setitem(od, key, value)`: `PyODict_SetItem`, the dict's store, then a node at
/// the end for a key that has none.
fn odict_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let (od, d) = od_arg(vm, &args, 3)?;
    let (key, value) = (&args.args[1], &args.args[2]);
    let hash = vm.hash(key)?;
    d.borrow_mut().prepare_insert(key);
    let stored = match vm.dict_find(d, hash, key)? {
        Some(i) => {
            let old = d.borrow_mut().replace_value(i, value.clone());
            drop(old);
            stored_key(d, i)
        }
        None => {
            d.borrow_mut().push_new(hash, key.clone(), value.clone());
            Some(key.clone())
        }
    };
    if let Some(k) = stored {
        od.odict_or_init().borrow_mut().add_new(k, hash);
    }
    Ok(vm.none())
}

/// Removes the node of the dict's key at entry `i`; false if it had none. The node's key
/// reference is released after the order is no longer borrowed.
fn clear_node(od: &PyRef, d: &RefCell<Dict>, i: usize) -> bool {
    let Some(k) = stored_key(d, i) else {
        return false;
    };
    let released = od.odict().and_then(|o| o.borrow_mut().remove(&k));
    released.is_some()
}

/// `_odict_delitem(od, key)`: `PyODict_DelItem`, the node first, then the dict's entry.
fn odict_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (od, d) = od_arg(vm, &args, 2)?;
    let key = &args.args[1];
    let hash = vm.hash(key)?;
    let Some(i) = vm.dict_find(d, hash, key)? else {
        return Err(vm.key_error(key));
    };
    clear_node(od, d, i);
    let removed = d.borrow_mut().remove_index(i);
    drop(removed);
    Ok(vm.none())
}

/// `_odict_iter(od, kind, reverse)`: an `odict_iterator` (`odictiter_new`); kind 0 keys,
/// 1 values, 2 items (which get their result tuple at once, as C's does).
fn odict_iter(vm: &mut Vm, args: Args) -> PyResult {
    let (od, d) = od_arg(vm, &args, 3)?;
    let kind = args.args[1].as_i64().unwrap_or(0).clamp(0, 2) as u8;
    let reverse = vm.is_true(&args.args[2])?;
    let (current, size, state) = {
        let order = od.odict().map(RefCell::borrow);
        (
            order
                .as_ref()
                .and_then(|o| o.end(reverse))
                .map(|(k, _)| k.clone()),
            d.borrow().len(),
            order.map_or(0, |o| o.state()),
        )
    };
    let result = (kind == 2).then(|| vm.tuple(vec![vm.none(), vm.none()]));
    let class = vm.types.odict_iterator_type.clone();
    Ok(vm.iterator(
        IterState::ODict {
            od: Some(od.clone()),
            current,
            kind,
            reverse,
            size,
            state,
            result,
        },
        &class,
    ))
}

/// Ends an odict iterator: `Py_CLEAR(di_odict)`, and the current key too when `all`.
fn odict_iter_done(state: &RefCell<IterState>, all: bool) {
    let released = match &mut *state.borrow_mut() {
        IterState::ODict { od, current, .. } => {
            let cur = if all { current.take() } else { None };
            (od.take(), cur)
        }
        _ => (None, None),
    };
    drop(released);
}

/// `odictiter_iternext`: the next key (value, item) in the linked order; mutation of the
/// list or a change of size since the iterator began is an error.
pub fn odict_iter_next(vm: &mut Vm, state: &RefCell<IterState>) -> PyResult<Option<PyRef>> {
    let (od, current, kind, reverse, size, st) = match &*state.borrow() {
        IterState::ODict {
            od,
            current,
            kind,
            reverse,
            size,
            state,
            ..
        } => (od.clone(), current.clone(), *kind, *reverse, *size, *state),
        _ => return Ok(None),
    };
    let Some(od) = od else { return Ok(None) };
    let Payload::Dict(d) = &od.payload else {
        return Ok(None);
    };
    // `odictiter_nextkey`.
    let Some(key) = current else {
        odict_iter_done(state, false);
        return Ok(None);
    };
    let (len, od_state, next) = {
        let order = od.odict().map(RefCell::borrow);
        (
            d.borrow().len(),
            order.as_ref().map_or(0, |o| o.state()),
            order.and_then(|o| o.neighbour(&key, reverse).map(|n| n.cloned())),
        )
    };
    if od_state != st {
        odict_iter_done(state, false);
        return Err(vm.runtime_error("OrderedDict mutated during iteration"));
    }
    if len != size {
        if let IterState::ODict { size, .. } = &mut *state.borrow_mut() {
            *size = usize::MAX;
        }
        return Err(vm.runtime_error("OrderedDict changed size during iteration"));
    }
    let Some(next) = next else {
        odict_iter_done(state, false);
        return Err(vm.key_error(&key));
    };
    let old = match &mut *state.borrow_mut() {
        IterState::ODict { current, .. } => std::mem::replace(current, next),
        _ => None,
    };
    drop(old);
    if kind == 0 {
        return Ok(Some(key));
    }
    let Some(value) = vm.dict_get(d, &key)? else {
        odict_iter_done(state, true);
        return Err(vm.key_error(&key));
    };
    if kind == 1 {
        return Ok(Some(value));
    }
    let mut st = state.borrow_mut();
    match &mut *st {
        IterState::ODict { result, .. } => Ok(Some(crate::objects::iterators::recycled_result(
            vm,
            result,
            vec![key, value],
        ))),
        _ => Ok(None),
    }
}

/// `_odict_move_to_end(od, key, last)`.
fn odict_move_to_end(vm: &mut Vm, args: Args) -> PyResult {
    let (od, d) = od_arg(vm, &args, 3)?;
    let key = &args.args[1];
    let last = vm.is_true(&args.args[2])?;
    let at_end = {
        let order = od.odict().map(RefCell::borrow);
        match order.as_ref().and_then(|o| o.end(last)) {
            None => return Err(vm.key_error(key)),
            Some((k, _)) => k.is(key),
        }
    };
    if at_end {
        return Ok(vm.none());
    }
    let hash = vm.hash(key)?;
    let moved = match vm.dict_find(d, hash, key)? {
        Some(i) => stored_key(d, i).is_some_and(|k| {
            od.odict()
                .is_some_and(|o| o.borrow_mut().move_to_end(&k, last))
        }),
        None => false,
    };
    if !moved {
        return Err(vm.key_error(key));
    }
    Ok(vm.none())
}

/// `_odict_popkey_hash`: the node goes first, then the dict's entry (3.11 takes it from
/// the dict directly, even for a subclass). `None` if `key` has no node.
fn popkey(
    vm: &mut Vm,
    od: &PyRef,
    d: &RefCell<Dict>,
    key: &PyRef,
    hash: i64,
) -> PyResult<Option<PyRef>> {
    let Some(i) = vm.dict_find(d, hash, key)? else {
        return Ok(None);
    };
    if !clear_node(od, d, i) {
        return Ok(None);
    }
    let removed = d.borrow_mut().remove_index(i);
    Ok(removed.map(|(_, v)| v))
}

/// `_odict_pop(od, key[, default])`.
fn odict_pop(vm: &mut Vm, args: Args) -> PyResult {
    let n = args.args.len().clamp(2, 3);
    let (od, d) = od_arg(vm, &args, n)?;
    let key = &args.args[1];
    let default = args.args.get(2).cloned();
    let hash = vm.hash(key)?;
    match popkey(vm, od, d, key, hash)? {
        Some(v) => Ok(v),
        None => default.ok_or_else(|| vm.key_error(key)),
    }
}

/// `_odict_popitem(od, last)`: the first or last key's pair.
fn odict_popitem(vm: &mut Vm, args: Args) -> PyResult {
    let (od, d) = od_arg(vm, &args, 2)?;
    let last = vm.is_true(&args.args[1])?;
    let end = od
        .odict()
        .and_then(|o| o.borrow().end(last).map(|(k, h)| (k.clone(), h)));
    let Some((key, hash)) = end else {
        return Err(vm.new_error("KeyError", "dictionary is empty"));
    };
    let value = match popkey(vm, od, d, &key, hash)? {
        Some(v) => v,
        None => return Err(vm.key_error(&key)),
    };
    Ok(vm.tuple(vec![key, value]))
}

/// `_odict_clear(od)`: `PyDict_Clear`, then the nodes.
fn odict_clear(vm: &mut Vm, args: Args) -> PyResult {
    let (od, d) = od_arg(vm, &args, 1)?;
    let taken = d.borrow_mut().take();
    drop(taken);
    let mut keys = Vec::new();
    if let Some(o) = od.odict() {
        o.borrow_mut().drain_into(&mut keys);
    }
    drop(keys);
    Ok(vm.none())
}
