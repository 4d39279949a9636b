//! The specialized forms of the item instructions (CPython 3.11's `BINARY_SUBSCR_LIST_INT`,
//! `_TUPLE_INT`, `_DICT`, `STORE_SUBSCR_LIST_INT`, `_DICT`, and the `in` of an exact dict).
//!
//! Each form handles one exact builtin type with a key whose hash and equality need no
//! Python code (an exact `int` index, an exact `str` or `int` dict key), reads or writes
//! the payload in place and gives up (`None`, or the value handed back) on anything else:
//! a subclass (its `__getitem__` may be overridden), another key type, an index out of
//! range, a missing key. The general path then runs from the start and raises what it
//! raises, so every error message stays in one place. Nothing here runs Python code or
//! releases a reference while a payload is borrowed.

use super::containers::resolve_index;
use super::Vm;
use crate::heap::PyRef;
use crate::objects::dict::{Dict, Probe};
use crate::objects::payload::Payload;
use std::cell::RefCell;

/// Where `key` is in `d`, when finding it needs no Python `__eq__`: `Some(None)` when
/// it is absent. An exact `str` key in a table of exact `str` keys compares by identity,
/// then hash and text (`unicodekeys_lookup_unicode`); anything else goes through
/// [`Dict::probe`] with the builtin equality, which declines keys of Python classes.
#[inline(always)]
fn find(vm: &Vm, d: &Dict, key: &PyRef) -> Option<Option<usize>> {
    let hash = vm.str_or_int_hash(key)?;
    if d.is_unicode() && matches!(key.payload, Payload::Str(_)) {
        return Some(d.index_of_name(hash, key));
    }
    match d.probe(hash, key, super::protocols::builtin_eq) {
        Probe::Found(i) => Some(Some(i)),
        Probe::Missing => Some(None),
        Probe::NeedsEq(_) => None,
    }
}

/// An exact machine `int` index (`PyLong_CheckExact`; a bool or a subclass goes through
/// `__index__` on the general path).
#[inline(always)]
fn exact_index(vm: &Vm, key: &PyRef) -> Option<i64> {
    match key.payload {
        Payload::Int(i) if key.class_is(&vm.types.int_type) => Some(i),
        _ => None,
    }
}

/// Reads a list's items without touching the borrow flag, failing only while they are
/// borrowed mutably.
#[inline(always)]
fn list_items<R>(items: &RefCell<Vec<PyRef>>, f: impl FnOnce(&[PyRef]) -> R) -> Option<R> {
    // SAFETY: `f` only reads the items and clones what it returns (no Python code runs,
    // nothing is released), so no mutable borrow can start while the reference lives.
    let items = unsafe { items.try_borrow_unguarded() }.ok()?;
    Some(f(items))
}

impl Vm {
    /// `obj[key]` for an exact list or tuple indexed by an exact int in range, or an
    /// exact dict holding a natively hashed key: a new reference to the item.
    #[inline(always)]
    pub(super) fn subscr_fast(&self, obj: &PyRef, key: &PyRef) -> Option<PyRef> {
        match &obj.payload {
            Payload::List(items) if obj.class_is(&self.types.list_type) => {
                let i = exact_index(self, key)?;
                list_items(items, |items| {
                    resolve_index(i, items.len()).map(|at| items[at].clone())
                })?
            }
            Payload::Tuple(items) if obj.class_is(&self.types.tuple_type) => {
                let at = resolve_index(exact_index(self, key)?, items.len())?;
                Some(items[at].clone())
            }
            Payload::Dict(d) if obj.class_is(&self.types.dict_type) => self.dict_item_fast(d, key),
            _ => None,
        }
    }

    /// `BINARY_SUBSCR_DICT`'s lookup: the value of a natively hashed key that is there.
    #[inline]
    fn dict_item_fast(&self, d: &RefCell<Dict>, key: &PyRef) -> Option<PyRef> {
        let d = d.try_borrow().ok()?;
        let i = find(self, &d, key)??;
        d.get_index(i).map(|(_, v)| v.clone())
    }

    /// `key in d` for an exact dict and a natively hashed key; `None` for anything else.
    #[inline]
    pub(super) fn dict_contains_fast(&self, container: &PyRef, key: &PyRef) -> Option<bool> {
        match &container.payload {
            Payload::Dict(d) if container.class_is(&self.types.dict_type) => {
                let d = d.try_borrow().ok()?;
                find(self, &d, key).map(|at| at.is_some())
            }
            _ => None,
        }
    }

    /// `obj[key] = value` for an exact list indexed by an exact int in range, or an exact
    /// dict with a natively hashed key. `Ok` carries the value replaced, for the caller
    /// to release after the borrow (`STORE_SUBSCR_LIST_INT` releases it first of all);
    /// `Err` hands `value` back for the general path.
    #[inline(always)]
    pub(super) fn store_subscr_fast(
        &self,
        obj: &PyRef,
        key: &PyRef,
        value: PyRef,
    ) -> Result<Option<PyRef>, PyRef> {
        match &obj.payload {
            Payload::List(items) if obj.class_is(&self.types.list_type) => {
                let Some(i) = exact_index(self, key) else {
                    return Err(value);
                };
                let Ok(mut items) = items.try_borrow_mut() else {
                    return Err(value);
                };
                match resolve_index(i, items.len()) {
                    Some(at) => Ok(Some(std::mem::replace(&mut items[at], value))),
                    None => Err(value),
                }
            }
            Payload::Dict(d) if obj.class_is(&self.types.dict_type) => {
                self.dict_store_fast(d, key, value)
            }
            _ => Err(value),
        }
    }

    /// `STORE_SUBSCR_DICT` (`insertdict`): the new key goes in, or the value of the
    /// equal key already there is replaced (and returned).
    #[inline]
    fn dict_store_fast(
        &self,
        d: &RefCell<Dict>,
        key: &PyRef,
        value: PyRef,
    ) -> Result<Option<PyRef>, PyRef> {
        let Some(hash) = self.str_or_int_hash(key) else {
            return Err(value);
        };
        let Ok(mut d) = d.try_borrow_mut() else {
            return Err(value);
        };
        // A str table given another key becomes general first (as `dict_set` does).
        d.prepare_insert(key);
        match find(self, &d, key) {
            Some(Some(i)) => Ok(Some(d.replace_value(i, value))),
            Some(None) => {
                d.push_new(hash, key.clone(), value);
                Ok(None)
            }
            None => Err(value),
        }
    }
}
