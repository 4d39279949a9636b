//! `set` and `frozenset` methods, and the set operators (`|`, `&`, `-`, `^`) for the VM.
//!
//! Equality of elements can run Python code, and that code may touch the very set being
//! changed, so a mutation takes the `SetData` out of its cell, works on it with `vm.eq` as the
//! equality callback, and puts it back; read-only operations work on copies.

use super::{descriptor_error, method_args};
use crate::bytecode::BinaryOperator;
use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::objects::set::{SetData, Step};
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;

pub(super) fn register(vm: &mut Vm) {
    let set = vm.types.set_type.clone();
    let frozenset = vm.types.frozenset_type.clone();
    vm.add_method(&set, "add", set_add);
    vm.add_method(&set, "remove", set_remove);
    vm.add_method(&set, "discard", set_discard);
    vm.add_method(&set, "pop", set_pop);
    vm.add_method(&set, "clear", set_clear);
    vm.add_method(&set, "update", set_update);
    vm.add_method(&set, "intersection_update", set_intersection_update);
    vm.add_method(&set, "difference_update", set_difference_update);
    vm.add_method(
        &set,
        "symmetric_difference_update",
        set_symmetric_difference_update,
    );
    for class in [&set, &frozenset] {
        vm.add_method(class, "copy", set_copy);
        vm.add_method(class, "union", set_union);
        vm.add_method(class, "intersection", set_intersection);
        vm.add_method(class, "difference", set_difference);
        vm.add_method(class, "symmetric_difference", set_symmetric_difference);
        vm.add_method(class, "issubset", set_issubset);
        vm.add_method(class, "issuperset", set_issuperset);
        vm.add_method(class, "isdisjoint", set_isdisjoint);
    }
}

fn set_cell<'a>(vm: &Vm, this: &'a PyRef, method: &str) -> PyResult<&'a RefCell<SetData>> {
    match &this.payload {
        Payload::Set(s) => Ok(s),
        _ => Err(descriptor_error(vm, method, "set", this)),
    }
}

/// A copy of the elements of a set or frozenset receiver.
fn receiver_data(vm: &Vm, this: &PyRef, method: &str) -> PyResult<SetData> {
    match &this.payload {
        Payload::Set(s) => Ok(s.borrow().copy()),
        Payload::FrozenSet(s) => Ok(s.copy()),
        _ => Err(descriptor_error(vm, method, "set", this)),
    }
}

/// A new object of the receiver's base kind (`set` or `frozenset`).
fn same_kind(vm: &Vm, this: &PyRef, data: SetData) -> PyRef {
    match &this.payload {
        Payload::FrozenSet(_) => vm.frozenset(data),
        _ => vm.set(data),
    }
}

/// The hash of a set key: an exact int or str inline (the keys of nearly every set
/// operation, as CPython's `set_*_key` read a str's cached hash first), anything else
/// through [`Vm::hash`].
#[inline(always)]
fn key_hash(vm: &mut Vm, key: &PyRef) -> PyResult<i64> {
    match &key.payload {
        Payload::Int(i) if key.class().is(&vm.types.int_type) => {
            Ok(crate::objects::number::hash_i64(*i))
        }
        Payload::Str(s) if key.class().is(&vm.types.str_type) => Ok(s.hash()),
        _ => vm.hash(key),
    }
}

/// Adds `key` to `data`, comparing with Python `==`.
pub fn set_data_add(vm: &mut Vm, data: &mut SetData, key: PyRef) -> PyResult<bool> {
    let hash = key_hash(vm, &key)?;
    data.add(hash, key, &mut |a, b| vm.eq(a, b))
}

fn set_data_contains(vm: &mut Vm, data: &SetData, key: &PyRef) -> PyResult<bool> {
    let hash = key_hash(vm, key)?;
    data.contains(hash, key, &mut |a, b| vm.eq(a, b))
}

/// The elements of any iterable as a `SetData`: a set or frozenset's own table, as it
/// is (its slot order is the order CPython reads it in), anything else added in order.
pub fn set_data_from(vm: &mut Vm, iterable: &PyRef) -> PyResult<SetData> {
    match &iterable.payload {
        Payload::Set(s) => Ok(s.borrow().copy()),
        Payload::FrozenSet(s) => Ok(s.copy()),
        _ => {
            let mut data = SetData::new();
            set_update_internal(vm, &mut data, iterable)?;
            Ok(data)
        }
    }
}

/// `_PySet_Update` (`SET_UPDATE`, `{*a, *b}`): `set_update_internal` on a set object.
pub fn set_update_object(vm: &mut Vm, set: &PyRef, iterable: &PyRef) -> PyResult<()> {
    match &set.payload {
        Payload::Set(cell) => with_taken(vm, cell, |vm, d| set_update_internal(vm, d, iterable)),
        _ => Err(vm.type_error("expected a set")),
    }
}

/// `make_new_set`: `set(iterable)` and `frozenset(iterable)`.
pub fn new_set_data(vm: &mut Vm, iterable: &PyRef) -> PyResult<SetData> {
    let mut data = SetData::new();
    set_update_internal(vm, &mut data, iterable)?;
    Ok(data)
}

/// `set_update_internal`: a set is merged (`set_merge`), a dict's keys are added after
/// one presizing, anything else is added item by item.
pub fn set_update_internal(vm: &mut Vm, data: &mut SetData, iterable: &PyRef) -> PyResult<()> {
    match &iterable.payload {
        Payload::Set(s) => {
            let other = s.borrow().copy();
            data.merge(&other, &mut |a, b| vm.eq(a, b))
        }
        Payload::FrozenSet(s) => data.merge(s, &mut |a, b| vm.eq(a, b)),
        _ => {
            if let Payload::Dict(d) = &iterable.payload {
                let n = d.borrow().len();
                data.reserve_for_merge(n);
            }
            for item in vm.iterate(iterable)? {
                set_data_add(vm, data, item)?;
            }
            Ok(())
        }
    }
}

/// A first attempt at a table operation runs under the cell's borrow with equality that
/// needs no Python code; a key whose `__eq__` must run makes it give up (lookups come before
/// any change), and the operation runs again on the data taken out of the cell
/// ([`with_taken`]), where Python code may see and change the set.
struct NeedsPython;

fn native_eq(a: &PyRef, b: &PyRef) -> Result<bool, NeedsPython> {
    crate::vm::protocols::builtin_eq(a, b).ok_or(NeedsPython)
}

/// `set_add_key`: adds `key` to the set in `cell`; whether it was new.
pub fn cell_add(vm: &mut Vm, cell: &RefCell<SetData>, key: PyRef) -> PyResult<bool> {
    let hash = key_hash(vm, &key)?;
    let key = match cell.try_borrow_mut() {
        Ok(mut d) => match d.try_add(hash, key, &mut native_eq) {
            Ok(new) => return Ok(new),
            Err((NeedsPython, key)) => key,
        },
        Err(_) => key,
    };
    match lookup_in_cell(vm, cell, hash, &key)? {
        // `found_active`: whatever the comparison did to the set, nothing goes in.
        Step::Found(_) => Ok(false),
        Step::Absent(at) | Step::Compare(at, _) => {
            borrow_mut_for_lookup(vm, cell)?.insert_at(at, hash, key);
            Ok(true)
        }
    }
}

/// `set_lookkey` / `set_add_entry` when some `__eq__` must run: the set stays in its
/// cell, where the comparison may see and change it; a comparison that changed the table
/// under the walk (resized it, or replaced the key compared) restarts the lookup, as
/// CPython's does. Never [`Step::Compare`]; a [`Step::Found`] slot may have been emptied
/// by the comparison that found it equal.
fn lookup_in_cell(vm: &mut Vm, cell: &RefCell<SetData>, hash: i64, key: &PyRef) -> PyResult<Step> {
    let mut probe = borrow_for_lookup(vm, cell)?.probe(hash);
    loop {
        let step = borrow_for_lookup(vm, cell)?.probe_step(hash, key, &mut probe, &mut native_eq);
        let Step::Compare(at, startkey) = step else {
            return Ok(step);
        };
        if vm.eq(&startkey, key)? {
            return Ok(Step::Found(at));
        }
        let d = borrow_for_lookup(vm, cell)?;
        if !d.probe_still_valid(&probe, at, &startkey) {
            probe = d.probe(hash);
        }
    }
}

/// The set's table between the comparisons of [`lookup_in_cell`] (never borrowed across
/// Python code: a failure is reported, not a panic).
fn borrow_for_lookup<'a>(
    vm: &mut Vm,
    cell: &'a RefCell<SetData>,
) -> PyResult<std::cell::Ref<'a, SetData>> {
    cell.try_borrow()
        .map_err(|_| vm.runtime_error("set changed size during iteration"))
}

fn borrow_mut_for_lookup<'a>(
    vm: &mut Vm,
    cell: &'a RefCell<SetData>,
) -> PyResult<std::cell::RefMut<'a, SetData>> {
    cell.try_borrow_mut()
        .map_err(|_| vm.runtime_error("set changed size during iteration"))
}

/// `set_contains_key` on a set's table: under the borrow when no `__eq__` must run, else
/// in a copy (the `__eq__` may change the set).
#[inline]
pub fn cell_contains(
    vm: &mut Vm,
    cell: &RefCell<SetData>,
    hash: i64,
    key: &PyRef,
) -> PyResult<bool> {
    let quick = cell.borrow().contains(hash, key, &mut native_eq);
    match quick {
        Ok(found) => Ok(found),
        // `set_contains_key`: found if the slot still holds a key.
        Err(NeedsPython) => match lookup_in_cell(vm, cell, hash, key)? {
            Step::Found(at) => Ok(borrow_for_lookup(vm, cell)?.is_active(at)),
            _ => Ok(false),
        },
    }
}

/// `set_contains` (`key in s` for a set or frozenset payload): one hash, then the
/// table; an unhashable set key is looked for as the frozenset it equals.
pub fn set_contains(vm: &mut Vm, set: &PyRef, key: &PyRef) -> PyResult<bool> {
    let (frozen, hash);
    let key = match key_hash(vm, key) {
        Ok(h) => {
            hash = h;
            key
        }
        Err(e) => {
            (frozen, hash) = unhashable_as_frozenset(vm, key, e)?;
            &frozen
        }
    };
    match &set.payload {
        Payload::Set(s) => cell_contains(vm, s, hash, key),
        // Immutable: an `__eq__` cannot change it under the lookup.
        Payload::FrozenSet(s) => s.contains(hash, key, &mut |a, b| vm.eq(a, b)),
        _ => Ok(false),
    }
}

/// Runs `f` on the set's data taken out of its cell, then puts it back.
fn with_taken<T>(
    vm: &mut Vm,
    cell: &RefCell<SetData>,
    f: impl FnOnce(&mut Vm, &mut SetData) -> PyResult<T>,
) -> PyResult<T> {
    let mut data = cell.replace(SetData::new());
    let r = f(vm, &mut data);
    let meanwhile = cell.replace(data);
    drop(meanwhile);
    r
}

fn set_add(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "set.add", args, 1, 1)?;
    let cell = set_cell(vm, this, "add")?;
    cell_add(vm, cell, a[0].clone())?;
    Ok(vm.none())
}

/// `remove` and `discard`: the removed element, if it was present.
fn remove_key(vm: &mut Vm, args: Args, name: &str) -> PyResult<(Option<PyRef>, PyRef)> {
    let (this, a) = method_args(vm, name, args, 1, 1)?;
    let cell = set_cell(vm, this, name)?;
    let original = a[0].clone();
    let (key, hash) = set_lookup_key(vm, &original)?;
    let quick = match cell.try_borrow_mut() {
        Ok(mut d) => d.remove(hash, &key, &mut native_eq).ok(),
        Err(_) => None,
    };
    let removed = match quick {
        Some(removed) => removed,
        // `set_discard_entry`: whatever the slot found holds now goes.
        None => match lookup_in_cell(vm, cell, hash, &key)? {
            Step::Found(at) => borrow_mut_for_lookup(vm, cell)?.remove_at(at),
            _ => None,
        },
    };
    Ok((removed, original))
}

/// A key to look up in a set, with its hash. `set_contains`, `set_remove` and
/// `set_discard` retry an unhashable set key as a frozenset of its items
/// (`{frozenset()}.remove(set())` works).
pub fn set_lookup_key(vm: &mut Vm, key: &PyRef) -> PyResult<(PyRef, i64)> {
    match key_hash(vm, key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) => unhashable_as_frozenset(vm, key, e),
    }
}

/// After hashing `key` failed with `e`: a set key becomes the frozenset of its items
/// (with that hash) when the failure was the TypeError of an unhashable set; any other
/// failure is returned.
fn unhashable_as_frozenset(
    vm: &mut Vm,
    key: &PyRef,
    e: crate::vm::PyErr,
) -> PyResult<(PyRef, i64)> {
    if !(matches!(key.payload, Payload::Set(_)) && vm.exc_matches_name(&e.0, "TypeError")) {
        return Err(e);
    }
    drop(e);
    let data = new_set_data(vm, key)?;
    let frozen = vm.frozenset(data);
    let h = vm.hash(&frozen)?;
    Ok((frozen, h))
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult {
    match remove_key(vm, args, "set.remove")? {
        (Some(_), _) => Ok(vm.none()),
        (None, key) => Err(vm.key_error(&key)),
    }
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult {
    remove_key(vm, args, "set.discard")?;
    Ok(vm.none())
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "set.pop", args, 0, 0)?;
    let popped = set_cell(vm, this, "pop")?.borrow_mut().pop();
    popped.ok_or_else(|| vm.new_error("KeyError", "pop from an empty set"))
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "set.clear", args, 0, 0)?;
    let old = set_cell(vm, this, "clear")?.borrow_mut().clear();
    drop(old);
    Ok(vm.none())
}

fn set_copy(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "set.copy", args, 0, 0)?;
    if matches!(this.payload, Payload::FrozenSet(_)) && this.class().is(&vm.types.frozenset_type) {
        return Ok(this.clone());
    }
    // `set_copy` is `make_new_set`: the copy is built by `set_merge`, sized for its length.
    let data = SetData::merged_copy(&receiver_data(vm, this, "copy")?);
    Ok(same_kind(vm, this, data))
}

/// The set algebra on `SetData`, shared by the methods and the operators.
#[derive(Clone, Copy)]
enum SetOp {
    Union,
    Intersection,
    Difference,
    SymmetricDifference,
}

/// `a op b` on two tables, with Python `==` for keys that need it.
fn combine(vm: &mut Vm, a: SetData, b: SetData, op: SetOp) -> PyResult<SetData> {
    combine_by(&a, &b, op, &mut |x, y| vm.eq(x, y))
}

/// The set algebra on two tables, comparing keys with `eq` (Python `==`, or the native
/// comparison of a first attempt on tables read in place). Keys move between tables with
/// the hashes stored beside them, as CPython passes `entry->hash` (no `__hash__` runs
/// again).
fn combine_by<E>(
    a: &SetData,
    b: &SetData,
    op: SetOp,
    eq: &mut dyn FnMut(&PyRef, &PyRef) -> Result<bool, E>,
) -> Result<SetData, E> {
    let entries =
        |d: &SetData| -> Vec<(i64, PyRef)> { d.iter().map(|(h, k)| (h, k.clone())).collect() };
    Ok(match op {
        SetOp::Union => {
            // `set_or`: a new set made from `a`, then `set_merge` of the other set.
            let mut out = SetData::merged_copy(a);
            out.merge(b, eq)?;
            out
        }
        SetOp::Intersection => {
            // `set_intersection`: walk the smaller set, keeping *its* keys.
            let (walk, probe) = if b.len() > a.len() {
                (entries(a), b)
            } else {
                (entries(b), a)
            };
            let mut out = SetData::new();
            for (h, k) in walk {
                if probe.contains(h, &k, eq)? {
                    out.add(h, k, eq)?;
                }
            }
            out
        }
        SetOp::Difference if a.len() >> 2 > b.len() => {
            // `set_copy_and_difference`: a much smaller other is discarded from a copy.
            let mut out = SetData::merged_copy(a);
            drop(discard_all_by(&mut out, &entries(b), eq)?);
            out
        }
        SetOp::Difference => {
            let mut out = SetData::new();
            for (h, k) in entries(a) {
                if !b.contains(h, &k, eq)? {
                    out.add(h, k, eq)?;
                }
            }
            out
        }
        SetOp::SymmetricDifference => {
            // `set_symmetric_difference`: a new set made from `b`, then each key of `a`
            // discarded from it if there, else added.
            let mut out = SetData::merged_copy(b);
            let removed = toggle_all_by(&mut out, a.iter().map(|(h, k)| (h, k.clone())), eq)?;
            drop(removed);
            out
        }
    })
}

/// `s.union(*others)` and friends, as `set_union`, `set_intersection_multi`,
/// `set_difference_multi` and `set_symmetric_difference`: without arguments, a copy; a set
/// argument meets the set algebra of [`combine`]; any other iterable is read item by item,
/// in its own order, as CPython reads it (which decides the result's table and order).
fn fold_method(vm: &mut Vm, args: Args, name: &str, op: SetOp) -> PyResult {
    let (this, others) = method_args(vm, name, args, 0, usize::MAX)?;
    let mut acc = receiver_data(vm, this, name)?;
    if others.is_empty() {
        return Ok(same_kind(vm, this, SetData::merged_copy(&acc)));
    }
    for (i, other) in others.iter().enumerate() {
        let is_set = matches!(other.payload, Payload::Set(_) | Payload::FrozenSet(_));
        acc = match op {
            SetOp::Union => {
                // `set_copy` once, then `set_update_internal` with each argument as it is.
                let mut out = if i == 0 {
                    SetData::merged_copy(&acc)
                } else {
                    acc
                };
                if !other.is(this) {
                    set_update_internal(vm, &mut out, other)?;
                }
                out
            }
            // `set_intersection(so, so)` is `set_copy`.
            SetOp::Intersection if i == 0 && other.is(this) => SetData::merged_copy(&acc),
            SetOp::Intersection if !is_set => {
                // `set_intersection` with an iterable: its items, in its order, that the
                // set holds.
                let mut out = SetData::new();
                for key in vm.iterate(other)? {
                    if set_data_contains(vm, &acc, &key)? {
                        set_data_add(vm, &mut out, key)?;
                    }
                }
                out
            }
            SetOp::Difference
                if i > 0 || !(is_set || matches!(other.payload, Payload::Dict(_))) =>
            {
                // `set_copy_and_difference` (the first argument) or
                // `set_difference_update_internal` (the others): each item discarded.
                let mut out = if i == 0 {
                    SetData::merged_copy(&acc)
                } else {
                    acc
                };
                let mut keys = Vec::new();
                for key in vm.iterate(other)? {
                    let hash = vm.hash(&key)?;
                    keys.push((hash, key));
                }
                drop(discard_all(vm, &mut out, &keys)?);
                out
            }
            _ => {
                let o = set_data_from(vm, other)?;
                combine(vm, acc, o, op)?
            }
        };
    }
    Ok(same_kind(vm, this, acc))
}

fn set_union(vm: &mut Vm, args: Args) -> PyResult {
    fold_method(vm, args, "union", SetOp::Union)
}

fn set_intersection(vm: &mut Vm, args: Args) -> PyResult {
    fold_method(vm, args, "intersection", SetOp::Intersection)
}

fn set_difference(vm: &mut Vm, args: Args) -> PyResult {
    fold_method(vm, args, "difference", SetOp::Difference)
}

fn set_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult {
    fold_method(vm, args, "symmetric_difference", SetOp::SymmetricDifference)
}

/// The in-place variants: compute, then replace the receiver's contents.
fn update_method(vm: &mut Vm, args: Args, name: &str, op: SetOp, max: usize) -> PyResult {
    let (this, others) = method_args(vm, name, args, if max == 1 { 1 } else { 0 }, max)?;
    let cell = set_cell(vm, this, name)?;
    for other in others {
        if let SetOp::Union = op {
            with_taken(vm, cell, |vm, d| set_update_internal(vm, d, other))?;
            continue;
        }
        let is_set = matches!(other.payload, Payload::Set(_) | Payload::FrozenSet(_));
        if matches!(op, SetOp::Intersection) && (!is_set || other.is(this)) {
            // `set_intersection_update` is `set_intersection` then a swap of tables: with
            // itself a copy, with an iterable its items in its order that the set holds.
            let out = if other.is(this) {
                SetData::merged_copy(&cell.borrow())
            } else {
                let current = set_data_from(vm, this)?;
                let mut out = SetData::new();
                for key in vm.iterate(other)? {
                    if set_data_contains(vm, &current, &key)? {
                        set_data_add(vm, &mut out, key)?;
                    }
                }
                out
            };
            let old = cell.borrow_mut().swap_bodies(out);
            drop(old);
            continue;
        }
        let o = set_data_from(vm, other)?;
        let keys = |set: &SetData| -> Vec<(i64, PyRef)> {
            set.iter().map(|(h, k)| (h, k.clone())).collect()
        };
        // Difference and symmetric difference work in place, as CPython's do; what they
        // take out is released once the table is back in its set.
        let removed = with_taken(vm, cell, |vm, d| match op {
            SetOp::Difference => {
                // `set_difference_update_internal`: a much larger other is first cut down
                // to its intersection with this set (walking this set).
                let walk = if (o.len() >> 3) > d.len() {
                    let mut common = Vec::new();
                    for (h, k) in keys(d) {
                        if set_data_contains(vm, &o, &k)? {
                            common.push((h, k));
                        }
                    }
                    common
                } else {
                    keys(&o)
                };
                discard_all(vm, d, &walk)
            }
            SetOp::SymmetricDifference => toggle_all(vm, d, keys(&o).into_iter()),
            _ => {
                let current = d.copy();
                let mut old = d.swap_bodies(combine(vm, current, o, op)?);
                let mut keys = Vec::new();
                old.drain_into(&mut keys);
                Ok(keys)
            }
        })?;
        drop(removed);
    }
    Ok(vm.none())
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult {
    update_method(vm, args, "update", SetOp::Union, usize::MAX)
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult {
    update_method(
        vm,
        args,
        "intersection_update",
        SetOp::Intersection,
        usize::MAX,
    )
}

pub(crate) fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult {
    update_method(vm, args, "difference_update", SetOp::Difference, usize::MAX)
}

pub(crate) fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult {
    update_method(
        vm,
        args,
        "set.symmetric_difference_update",
        SetOp::SymmetricDifference,
        1,
    )
}

/// Whether every element of `a` is in `b`.
fn is_subset(vm: &mut Vm, a: &SetData, b: &SetData) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    let entries: Vec<(i64, PyRef)> = a.iter().map(|(h, k)| (h, k.clone())).collect();
    for (h, k) in entries {
        if !b.contains(h, &k, &mut |x, y| vm.eq(x, y))? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The table of a set or frozenset object, for reading while `f` runs (`None` for
/// anything else, or a set borrowed mutably by an operation in progress).
fn with_data<R>(o: &PyRef, f: impl FnOnce(&SetData) -> R) -> Option<R> {
    match &o.payload {
        Payload::Set(c) => c.try_borrow().ok().map(|d| f(&d)),
        Payload::FrozenSet(d) => Some(f(d)),
        _ => None,
    }
}

/// `set_issubset` on two set or frozenset objects (the comparisons `<=`, `<`, `==`):
/// no larger, and every entry of `a` in `b`, looked up with its stored hash. Without
/// Python `__eq__` both tables are read in place; otherwise `a`'s entries are taken first
/// and each looked up in `b` as `in` does (an `__eq__` may change either set).
pub fn sets_subset(vm: &mut Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    let quick = with_data(a, |da| {
        with_data(b, |db| -> Result<bool, NeedsPython> {
            if da.len() > db.len() {
                return Ok(false);
            }
            for (h, k) in da.iter() {
                if !db.contains(h, k, &mut native_eq)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })
    });
    if let Some(Some(Ok(r))) = quick {
        return Ok(r);
    }
    let entries: Vec<(i64, PyRef)> =
        with_data(a, |d| d.iter().map(|(h, k)| (h, k.clone())).collect()).unwrap_or_default();
    if entries.len() > set_len(b) {
        return Ok(false);
    }
    for (h, k) in entries {
        let found = match &b.payload {
            Payload::Set(c) => cell_contains(vm, c, h, &k)?,
            Payload::FrozenSet(d) => d.contains(h, &k, &mut |x, y| vm.eq(x, y))?,
            _ => false,
        };
        if !found {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The number of keys of a set or frozenset object (0 for anything else).
pub fn set_len(o: &PyRef) -> usize {
    match &o.payload {
        Payload::Set(c) => c.borrow().len(),
        Payload::FrozenSet(d) => d.len(),
        _ => 0,
    }
}

fn relation(vm: &mut Vm, args: Args, name: &str) -> PyResult<(SetData, SetData)> {
    let (this, a) = method_args(vm, name, args, 1, 1)?;
    let mine = receiver_data(vm, this, name)?;
    let other = set_data_from(vm, &a[0])?;
    Ok((mine, other))
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = relation(vm, args, "set.issubset")?;
    let r = is_subset(vm, &a, &b)?;
    Ok(vm.bool(r))
}

fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = relation(vm, args, "set.issuperset")?;
    let r = is_subset(vm, &b, &a)?;
    Ok(vm.bool(r))
}

fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = relation(vm, args, "set.isdisjoint")?;
    let common = combine(vm, a, b, SetOp::Intersection)?;
    Ok(vm.bool(common.is_empty()))
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` when both operands are sets or frozensets (the result
/// has the left operand's kind); `Ok(None)` otherwise. For the VM's binary-op dispatch.
pub fn set_binary_op(
    vm: &mut Vm,
    a: &PyRef,
    b: &PyRef,
    op: BinaryOperator,
) -> PyResult<Option<PyRef>> {
    let is_set = |o: &PyRef| matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_));
    if !is_set(a) || !is_set(b) {
        return Ok(None);
    }
    let op = match op {
        BinaryOperator::Or => SetOp::Union,
        BinaryOperator::And => SetOp::Intersection,
        BinaryOperator::Subtract => SetOp::Difference,
        BinaryOperator::Xor => SetOp::SymmetricDifference,
        _ => return Ok(None),
    };
    // First on the tables in place, while no key needs a Python `__eq__` (as `in`).
    let quick = with_data(a, |x| {
        with_data(b, |y| match op {
            SetOp::Intersection if a.is(b) => Ok(SetData::merged_copy(x)),
            _ => combine_by(x, y, op, &mut native_eq),
        })
    });
    if let Some(Some(Ok(r))) = quick {
        return Ok(Some(same_kind(vm, a, r)));
    }
    let (x, y) = (set_data_from(vm, a)?, set_data_from(vm, b)?);
    // `set_intersection(so, so)` is `set_copy`, as for the method.
    let r = if matches!(op, SetOp::Intersection) && a.is(b) {
        SetData::merged_copy(&x)
    } else {
        combine(vm, x, y, op)?
    };
    Ok(Some(same_kind(vm, a, r)))
}

/// `set_difference_update_internal` with a set: discards each key (leaving dummies), then
/// resizes them away past a quarter of the table. Returns what was taken out, for the
/// caller to release once the table is back in place.
fn discard_all(vm: &mut Vm, d: &mut SetData, keys: &[(i64, PyRef)]) -> PyResult<Vec<PyRef>> {
    discard_all_by(d, keys, &mut |x, y| vm.eq(x, y))
}

/// [`discard_all`] comparing with `eq`.
fn discard_all_by<E>(
    d: &mut SetData,
    keys: &[(i64, PyRef)],
    eq: &mut dyn FnMut(&PyRef, &PyRef) -> Result<bool, E>,
) -> Result<Vec<PyRef>, E> {
    let mut removed = Vec::new();
    for (h, k) in keys {
        removed.extend(d.remove(*h, k, eq)?);
    }
    d.resize_away_dummies();
    Ok(removed)
}

/// `set_symmetric_difference_update`'s loop: each key is discarded if present, else
/// added. Returns the discarded keys, for the caller to release.
fn toggle_all(
    vm: &mut Vm,
    d: &mut SetData,
    keys: impl Iterator<Item = (i64, PyRef)>,
) -> PyResult<Vec<PyRef>> {
    toggle_all_by(d, keys, &mut |x, y| vm.eq(x, y))
}

/// [`toggle_all`] comparing with `eq`.
fn toggle_all_by<E>(
    d: &mut SetData,
    keys: impl Iterator<Item = (i64, PyRef)>,
    eq: &mut dyn FnMut(&PyRef, &PyRef) -> Result<bool, E>,
) -> Result<Vec<PyRef>, E> {
    let mut removed = Vec::new();
    for (h, k) in keys {
        match d.remove(h, &k, eq)? {
            Some(old) => removed.push(old),
            None => {
                d.add(h, k, eq)?;
            }
        }
    }
    Ok(removed)
}

/// `s |= t`, `s -= t`, `s ^= t`, `s &= t` on a set, in place as CPython's `set_ior`
/// (`set_merge`, presized), `set_isub` (discards, leaving dummies), `set_ixor` (discard
/// or add each key) and `set_iand` (a new table). `Ok(None)` if `b` is not a set.
pub fn set_inplace_op(
    vm: &mut Vm,
    a: &PyRef,
    b: &PyRef,
    op: BinaryOperator,
) -> PyResult<Option<PyRef>> {
    let Payload::Set(cell) = &a.payload else {
        return Ok(None);
    };
    if !matches!(b.payload, Payload::Set(_) | Payload::FrozenSet(_)) {
        return Ok(None);
    }
    if a.is(b) {
        if matches!(op, BinaryOperator::Subtract | BinaryOperator::Xor) {
            let mut out = Vec::new();
            cell.borrow_mut().drain_into(&mut out);
            drop(out);
        } else if matches!(op, BinaryOperator::And) {
            // `set_iand` swaps in `set_intersection(so, so)`, a copy: a compacted table.
            let copy = SetData::merged_copy(&cell.borrow());
            let old = cell.borrow_mut().swap_bodies(copy);
            drop(old);
        }
        return Ok(Some(a.clone()));
    }
    let other: Vec<(i64, PyRef)> = match &b.payload {
        Payload::Set(s) => s.borrow().iter().map(|(h, k)| (h, k.clone())).collect(),
        Payload::FrozenSet(s) => s.iter().map(|(h, k)| (h, k.clone())).collect(),
        _ => Vec::new(),
    };
    match op {
        BinaryOperator::Or => with_taken(vm, cell, |vm, d| set_update_internal(vm, d, b))?,
        BinaryOperator::Subtract => {
            let removed = with_taken(vm, cell, |vm, d| discard_all(vm, d, &other))?;
            drop(removed);
        }
        BinaryOperator::Xor => {
            let removed = with_taken(vm, cell, |vm, d| toggle_all(vm, d, other.into_iter()))?;
            drop(removed);
        }
        BinaryOperator::And => {
            let y = set_data_from(vm, b)?;
            let old = with_taken(vm, cell, |vm, d| {
                let current = d.copy();
                Ok(d.swap_bodies(combine(vm, current, y, SetOp::Intersection)?))
            })?;
            drop(old);
        }
        _ => return Ok(None),
    }
    Ok(Some(a.clone()))
}

/// `a <= b` (subset) for sets and frozensets; `Ok(None)` if either is not a set.
pub fn set_is_subset(vm: &mut Vm, a: &PyRef, b: &PyRef) -> PyResult<Option<bool>> {
    let is_set = |o: &PyRef| matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_));
    if !is_set(a) || !is_set(b) {
        return Ok(None);
    }
    let (x, y) = (set_data_from(vm, a)?, set_data_from(vm, b)?);
    is_subset(vm, &x, &y).map(Some)
}
