//! Instances of user classes (and modules): their attributes.
//!
//! CPython 3.11 keeps an instance's attributes inline, without a separate dict object, until
//! someone asks for `__dict__`; only then does a dict exist (and count in `gc.collect()`).
//! `attrs` is the inline store; `slots` holds `__slots__` values by index.

use crate::heap::PyRef;
use crate::objects::dict::Dict;
use std::cell::{OnceCell, RefCell};

/// Field order is release order on death (`subtype_dealloc`): `__slots__` values first,
/// then the attributes.
///
/// Kept small because it sits inline in every instance's payload: an instance of a class
/// without `__dict__` (only `__slots__`) is its header and its slot values, as in CPython;
/// the attribute store is a separate box only instances with a `__dict__` have.
#[derive(Default)]
pub struct InstanceData {
    /// `__slots__` values, base classes' first (see `vm::slot_index`).
    pub slots: RefCell<Box<[Option<PyRef>]>>,
    /// The attribute store; made at creation for instances whose class gives them a
    /// `__dict__`, and on first use otherwise.
    dict: OnceCell<Box<InstanceDict>>,
}

/// An instance's `__dict__`: inline attributes until someone asks for the dict object.
#[derive(Default)]
pub struct InstanceDict {
    pub attrs: RefCell<Dict>,
    /// The materialized `__dict__` object: once set (on first access to `__dict__`, or
    /// by assigning `__dict__`), it *is* the attribute store and `attrs` stays empty.
    pub dict_obj: RefCell<Option<PyRef>>,
}

impl InstanceData {
    /// An instance with `n` empty slots and, if `has_dict`, an (empty) attribute store.
    pub fn new(n: usize, has_dict: bool) -> InstanceData {
        let data = InstanceData {
            slots: RefCell::new(vec![None; n].into_boxed_slice()),
            dict: OnceCell::new(),
        };
        if has_dict {
            data.dict_part();
        }
        data
    }

    /// The attribute store, if this instance has one yet.
    #[inline]
    pub fn dict_opt(&self) -> Option<&InstanceDict> {
        self.dict.get().map(|d| &**d)
    }

    /// The attribute store, made empty on first use.
    #[inline]
    pub fn dict_part(&self) -> &InstanceDict {
        self.dict.get_or_init(Default::default)
    }

    /// The inline attributes (empty for an instance without a store).
    pub fn attrs(&self) -> Option<&RefCell<Dict>> {
        self.dict_opt().map(|d| &d.attrs)
    }

    /// `subtype_traverse`: `__slots__` values, then the attributes.
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(s) = self.slots.try_borrow() {
            s.iter().flatten().for_each(&mut *visit);
        }
        let Some(d) = self.dict_opt() else { return };
        if let Ok(a) = d.attrs.try_borrow() {
            a.traverse(visit);
        }
        if let Ok(d) = d.dict_obj.try_borrow() {
            d.iter().for_each(visit);
        }
    }

    /// The `__dict__` object, if one was materialized or assigned.
    pub fn dict_object(&self) -> Option<PyRef> {
        self.dict_opt()?.dict_obj.borrow().clone()
    }

    /// Where the attributes are now: the `__dict__` object once there is one, else inline;
    /// `None` while the instance has no store (reading one must not make one).
    pub fn store(&self) -> Option<AttrStore<'_>> {
        let d = self.dict_opt()?;
        let dict_obj = d.dict_obj.borrow().clone();
        Some(match dict_obj {
            Some(o) => AttrStore::Object(o),
            None => AttrStore::Inline(&d.attrs),
        })
    }

    pub fn clear(&self, out: &mut Vec<PyRef>) {
        if let Some(d) = self.dict_opt() {
            if let Ok(mut a) = d.attrs.try_borrow_mut() {
                a.drain_into(out);
            }
        }
        // A materialized dict is a container of its own: the collector clears it directly.
        if let Ok(mut s) = self.slots.try_borrow_mut() {
            out.extend(s.iter_mut().filter_map(Option::take));
        }
    }
}

/// Puts inline attributes in the order CPython 3.11 releases them: the class's shared-keys
/// order (the order attribute names were first set on any instance), which can differ
/// from insertion order after a `del` and re-add. Keys outside the shared keys go last.
pub fn order_for_release(inst: &InstanceData, class: &PyRef) {
    order_slots_for_release(inst, class);
    if let Some(d) = inst.dict_opt() {
        if d.dict_obj.borrow().is_none() {
            order_by_shared_keys(&d.attrs, class);
        }
    }
}

/// A dying dict that is still a split table (an instance's materialized `__dict__`)
/// releases its values in its class's shared-keys order too (`dict_dealloc` walks a split
/// table's values array by key index).
pub fn order_split_dict_for_release(dict: &RefCell<Dict>) {
    let class = dict.try_borrow().ok().and_then(|d| d.split_class());
    if let Some(class) = class {
        order_by_shared_keys(dict, &class);
    }
}

/// Reorders `attrs` by the index of each key in `class`'s shared keys (keys outside them
/// last, in their order).
fn order_by_shared_keys(attrs: &RefCell<Dict>, class: &PyRef) {
    let Some(t) = class.type_data() else { return };
    let Ok(mut attrs) = attrs.try_borrow_mut() else {
        return;
    };
    if attrs.len() < 2 {
        return;
    }
    let rank = |k: &PyRef| {
        k.as_str_opt()
            .and_then(|n| t.shared_key_index(n))
            .unwrap_or(usize::MAX)
    };
    // Usually already in order: check that without allocating.
    let mut prev = 0;
    let in_order = attrs.keys().all(|k| {
        let r = rank(k);
        let ok = prev <= r;
        prev = r;
        ok
    });
    if in_order {
        return;
    }
    let mut entries = Vec::with_capacity(attrs.len());
    let mut taken = attrs.take();
    while let Some((k, v)) = taken.pop_last() {
        entries.push((rank(&k), taken.len(), k, v));
    }
    entries.sort_by_key(|e| (e.0, e.1));
    for (_, _, k, v) in entries {
        let hash = crate::objects::str::str_hash(k.as_str_opt().unwrap_or(""));
        attrs.push_new(hash, k, v);
    }
}

/// `subtype_dealloc` clears the slots of the most derived class first, then its bases'
/// (each class's own slots in layout order); the store keeps base classes first.
fn order_slots_for_release(inst: &InstanceData, class: &PyRef) {
    let Some(t) = class.type_data() else { return };
    let Ok(mut slots) = inst.slots.try_borrow_mut() else {
        return;
    };
    if slots.len() < 2 {
        // Nothing to reorder (instances of classes without `__slots__` have none).
        return;
    }
    let sizes: Vec<usize> = t
        .mro()
        .iter()
        .rev()
        .filter_map(|c| {
            c.type_data()
                .and_then(|d| d.slot_names.as_ref().map(Vec::len))
        })
        .filter(|&n| n > 0)
        .collect();
    if sizes.len() < 2 {
        return;
    }
    let mut segments = Vec::with_capacity(sizes.len());
    let mut rest = std::mem::take(&mut *slots).into_vec();
    for n in sizes {
        let tail = rest.split_off(n.min(rest.len()));
        segments.push(std::mem::replace(&mut rest, tail));
    }
    let mut ordered = Vec::with_capacity(segments.iter().map(Vec::len).sum::<usize>() + rest.len());
    for seg in segments.into_iter().rev() {
        ordered.extend(seg);
    }
    ordered.extend(rest);
    *slots = ordered.into_boxed_slice();
}

/// Where an object's attributes live: inline in the object, or in its `__dict__` object
/// (held here, since assigning `__dict__` may replace it at any time).
pub enum AttrStore<'a> {
    Inline(&'a RefCell<Dict>),
    Object(PyRef),
}

impl std::ops::Deref for AttrStore<'_> {
    type Target = RefCell<Dict>;

    fn deref(&self) -> &RefCell<Dict> {
        match self {
            AttrStore::Inline(d) => d,
            AttrStore::Object(o) => match &o.payload {
                crate::objects::payload::Payload::Dict(d) => d,
                _ => unreachable!("a __dict__ object is a dict (checked when assigned)"),
            },
        }
    }
}
