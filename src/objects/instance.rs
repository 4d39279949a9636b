//! Instances of user classes (and modules): their attributes.
//!
//! CPython 3.11 keeps an instance's attributes inline, without a separate dict object, until
//! someone asks for `__dict__`; only then does a dict exist (and count in `gc.collect()`).
//!
//! ## Layout
//!
//! [`InstanceData`] sits inline in every instance's payload, which has room for three
//! words beside the payload's tag. It takes one of two shapes, chosen when the instance
//! is made from what its class gives it:
//!
//! * [`InstanceData::Compact`]: at most [`INLINE_SLOTS`] `__slots__` values and no
//!   `__dict__` — the values sit in the object itself, as in CPython, where such an
//!   instance is its header and its slots. A linked-list node or a small point is then a
//!   single block (a separate slice took another 8 to 24 bytes per instance).
//! * [`InstanceData::Values`]: a class with a `__dict__` and no `__slots__` values (most
//!   classes): CPython 3.11's inline values (`_PyDictValues`, `init_inline_values`). The
//!   attribute values sit in one array indexed by the position of their names in the
//!   class's shared keys (`TypeData::shared_keys`, `ht_cached_keys`); the names and
//!   hashes belong to the class, so two attributes cost 16 bytes beside the object, and
//!   an inline cache reads a value by index straight from the array. Set values read in
//!   index order *are* the attributes in insertion order: a store that would break that
//!   (a name set after a later key's value, a `del`), a name the shared keys cannot take,
//!   and every reader that wants a [`Dict`] (the generic paths, `__dict__`) first move
//!   the values into the attribute store ([`InstanceData::spill`]), which from then on
//!   holds them as a [`InstanceData::Full`] instance's. The store built there is the
//!   split table the stores would have built one by one, so nothing observable tells
//!   the two apart (CPython keeps an insertion-order prefix instead; refpy spills).
//! * [`InstanceData::Full`]: the slot values in a boxed slice (none for most classes, so
//!   no block) and the attribute store ([`InstanceDict`]), made at creation for instances
//!   whose class gives them a `__dict__`, on first use otherwise (exceptions keep their
//!   attributes here too).
//!
//! Slot values are read and written through [`InstanceData::slot`] and
//! [`InstanceData::swap_slot`] (and [`SlotValues`] for code that also serves exceptions
//! and weak references): cells, not `RefCell`s, so neither shape pays for a borrow flag.
//! A value is only cloned out or swapped, never borrowed across other code.

use crate::heap::PyRef;
use crate::objects::dict::{is_exact_str, Dict};
use crate::objects::payload::Payload;
use std::cell::{Cell, OnceCell, RefCell};

/// How many `__slots__` values a [`InstanceData::Compact`] instance holds in place: what
/// fits the payload beside the tag.
pub const INLINE_SLOTS: usize = 3;

/// Field order is release order on death (`subtype_dealloc`): `__slots__` values first,
/// then the attributes.
pub enum InstanceData {
    /// Up to [`INLINE_SLOTS`] `__slots__` values (base classes' first, see
    /// `vm::slot_index`), and never an attribute store.
    Compact([Cell<Option<PyRef>>; INLINE_SLOTS]),
    Full {
        /// `__slots__` values, base classes' first. Taken out for each access (a cell
        /// of a box: two words moved, no borrow flag); grows when a store needs it
        /// (an exception's slots start empty).
        slots: Cell<Box<[Option<PyRef>]>>,
        /// The attribute store; made at creation for instances whose class gives them a
        /// `__dict__`, and on first use otherwise.
        dict: OnceCell<Box<InstanceDict>>,
    },
    /// Inline values (see the module doc): no `__slots__` values, and always a `__dict__`.
    Values {
        /// Value number `i` is the attribute named by shared key `i`. While `dict` is
        /// unset the set values, in index order, are the attributes in insertion order;
        /// empty once they have moved into `dict`. Sized at creation to the class's
        /// shared-key count, grown by a store past it.
        values: Cell<Box<[Option<PyRef>]>>,
        /// The attribute store, once the values have moved into it
        /// ([`InstanceData::spill`]).
        dict: OnceCell<Box<InstanceDict>>,
    },
}

impl Default for InstanceData {
    /// No slots and no store yet (an exception's attributes, a builtin-layout instance).
    fn default() -> InstanceData {
        InstanceData::Full {
            slots: Cell::default(),
            dict: OnceCell::new(),
        }
    }
}

/// An instance's `__dict__`: inline attributes until someone asks for the dict object.
#[derive(Default)]
pub struct InstanceDict {
    pub attrs: RefCell<Dict>,
    /// The materialized `__dict__` object: once set (on first access to `__dict__`, or
    /// by assigning `__dict__`), it *is* the attribute store and `attrs` stays empty.
    pub dict_obj: RefCell<Option<PyRef>>,
}

/// A clone of a cell's value, the cell left as it was.
#[inline(always)]
fn peek(cell: &Cell<Option<PyRef>>) -> Option<PyRef> {
    // SAFETY: a `Cell` lends no reference to its value, and this one lives only for the
    // clone, which increments a count and runs no code that could reach the cell: nothing
    // writes the cell while it is read. (Taking the value out and putting it back cost
    // ~10 instructions per `__slots__` load, `scripts/microbench.py slotload`.)
    unsafe { Option::clone(&*cell.as_ptr()) }
}

/// Runs `f` on the boxed slot values, put back afterwards. `f` only clones or swaps
/// values (no other code runs while the box is out of its cell).
#[inline(always)]
fn with_boxed<R>(
    slots: &Cell<Box<[Option<PyRef>]>>,
    f: impl FnOnce(&mut Box<[Option<PyRef>]>) -> R,
) -> R {
    let mut values = slots.take();
    let out = f(&mut values);
    slots.set(values);
    out
}

/// Objects that keep `__slots__` values by index: instances, and the exceptions and weak
/// references of Python subclasses (their slot descriptors store through this).
pub trait SlotValues {
    /// Value number `i`, if set.
    fn slot(&self, i: usize) -> Option<PyRef>;
    /// Stores `value` as value number `i`, handing back the old one for the caller to
    /// release; `Err` gives `value` back when the object has no room for index `i` (a
    /// compact instance; a class's indices always fit its instances).
    fn put_slot(&self, i: usize, value: PyRef) -> Result<Option<PyRef>, PyRef>;
    /// Empties value number `i`, handing back what it held.
    fn take_slot(&self, i: usize) -> Option<PyRef>;
}

/// Value number `i` of a boxed slice of values, the slice grown to hold it.
fn grown_to(values: &mut Box<[Option<PyRef>]>, i: usize) -> &mut Option<PyRef> {
    if i >= values.len() {
        let mut grown = std::mem::take(values).into_vec();
        grown.resize(i + 1, None);
        *values = grown.into_boxed_slice();
    }
    &mut values[i]
}

/// A weak reference's slot values (`RefCell`: its fields are borrowed that way).
impl SlotValues for RefCell<Box<[Option<PyRef>]>> {
    fn slot(&self, i: usize) -> Option<PyRef> {
        self.try_borrow().ok()?.get(i).cloned().flatten()
    }

    fn put_slot(&self, i: usize, value: PyRef) -> Result<Option<PyRef>, PyRef> {
        match self.try_borrow_mut() {
            Ok(mut values) => Ok(grown_to(&mut values, i).replace(value)),
            Err(_) => Err(value),
        }
    }

    fn take_slot(&self, i: usize) -> Option<PyRef> {
        self.try_borrow_mut().ok()?.get_mut(i)?.take()
    }
}

impl SlotValues for InstanceData {
    fn slot(&self, i: usize) -> Option<PyRef> {
        InstanceData::slot(self, i)
    }

    fn put_slot(&self, i: usize, value: PyRef) -> Result<Option<PyRef>, PyRef> {
        InstanceData::put_slot(self, i, value)
    }

    fn take_slot(&self, i: usize) -> Option<PyRef> {
        InstanceData::take_slot(self, i)
    }
}

impl InstanceData {
    /// A new plain instance of `class` (`object.__new__`) with `n` empty slots and, if
    /// `has_dict`, its attributes: inline values when it has no slots, as
    /// `init_inline_values` makes them (sized to the class's shared keys, which give up
    /// one slot of room for each new instance), else a store that is a split table of
    /// the class's shared keys.
    pub fn new_of(class: &PyRef, n: usize, has_dict: bool) -> InstanceData {
        let keys = class
            .type_data()
            .filter(|_| has_dict)
            .map(|t| &t.shared_keys);
        if let Some(keys) = keys {
            keys.note_new_instance();
        }
        if has_dict && n == 0 {
            let count = keys.map_or(0, |k| k.key_count());
            return InstanceData::Values {
                values: Cell::new(vec![None; count].into_boxed_slice()),
                dict: OnceCell::new(),
            };
        }
        let data = InstanceData::new(n, has_dict);
        if let Some(attrs) = data.attrs() {
            attrs.borrow_mut().share_keys_of(class);
        }
        data
    }

    /// An instance with `n` empty slots and, if `has_dict`, an (empty) attribute store
    /// (not yet a split table: see [`InstanceData::new_of`]).
    pub fn new(n: usize, has_dict: bool) -> InstanceData {
        if !has_dict && n <= INLINE_SLOTS {
            return InstanceData::Compact(Default::default());
        }
        let data = InstanceData::Full {
            slots: Cell::new(vec![None; n].into_boxed_slice()),
            dict: OnceCell::new(),
        };
        if has_dict {
            data.dict_part();
        }
        data
    }

    /// `__slots__` value number `i`, if set (see [`SlotValues`]).
    #[inline(always)]
    pub fn slot(&self, i: usize) -> Option<PyRef> {
        match self {
            InstanceData::Compact(cells) => peek(cells.get(i)?),
            // SAFETY: as in `peek`: the reference lives for one clone.
            InstanceData::Full { slots, .. } => unsafe { (&*slots.as_ptr()).get(i)?.clone() },
            InstanceData::Values { .. } => None,
        }
    }

    /// Stores `__slots__` value number `i` (see [`SlotValues::put_slot`]).
    #[inline(always)]
    pub fn put_slot(&self, i: usize, value: PyRef) -> Result<Option<PyRef>, PyRef> {
        match self {
            InstanceData::Compact(cells) => match cells.get(i) {
                Some(cell) => Ok(cell.replace(Some(value))),
                None => Err(value),
            },
            InstanceData::Full { slots, .. } => {
                // SAFETY: as in `peek`: no other reference into the cell lives while this
                // one does, and `replace` runs no code (the old value goes to the caller).
                if let Some(slot) = unsafe { (&mut *slots.as_ptr()).get_mut(i) } {
                    return Ok(slot.replace(value));
                }
                Ok(with_boxed(slots, |values| {
                    grown_to(values, i).replace(value)
                }))
            }
            InstanceData::Values { .. } => Err(value),
        }
    }

    /// Empties `__slots__` value number `i`, handing back what it held.
    pub fn take_slot(&self, i: usize) -> Option<PyRef> {
        match self {
            InstanceData::Compact(cells) => cells.get(i)?.take(),
            InstanceData::Full { slots, .. } => {
                with_boxed(slots, |values| values.get_mut(i)?.take())
            }
            InstanceData::Values { .. } => None,
        }
    }

    /// The attribute store, if this instance has one yet.
    #[inline(always)]
    pub fn dict_opt(&self) -> Option<&InstanceDict> {
        match self {
            InstanceData::Full { dict, .. } | InstanceData::Values { dict, .. } => {
                dict.get().map(|d| &**d)
            }
            InstanceData::Compact(_) => None,
        }
    }

    /// The attribute store, made empty on first use; `None` for a compact instance, which
    /// never has one (its class gives it no `__dict__`). An instance with inline values
    /// must have spilled them first ([`InstanceData::spill`]).
    #[inline]
    pub fn dict_part(&self) -> Option<&InstanceDict> {
        match self {
            InstanceData::Full { dict, .. } => Some(dict.get_or_init(Default::default)),
            InstanceData::Values { dict, .. } => {
                debug_assert!(dict.get().is_some(), "inline values not spilled");
                Some(dict.get_or_init(Default::default))
            }
            InstanceData::Compact(_) => None,
        }
    }

    /// Whether the object keeps its attributes (a store, or inline values): what
    /// `tracemalloc` counts as the values array allocated with it.
    pub fn keeps_attributes(&self) -> bool {
        matches!(self, InstanceData::Values { .. }) || self.dict_opt().is_some()
    }

    /// The inline values, while they are the attributes (not spilled).
    #[inline(always)]
    fn live_values(&self) -> Option<&Cell<Box<[Option<PyRef>]>>> {
        match self {
            InstanceData::Values { values, dict } if dict.get().is_none() => Some(values),
            _ => None,
        }
    }

    /// Whether the attributes are inline values (`LOAD_ATTR_INSTANCE_VALUE`'s guard).
    #[inline(always)]
    pub fn has_inline_values(&self) -> bool {
        self.live_values().is_some()
    }

    /// Inline value number `i` (the attribute named by shared key `i`), if set; `None`
    /// also once the values have spilled.
    #[inline(always)]
    pub fn inline_value(&self, i: usize) -> Option<PyRef> {
        match self {
            // SAFETY: as in `peek`: the reference lives for one clone. (Spilled values
            // are an empty slice.)
            InstanceData::Values { values, .. } => unsafe { (&*values.as_ptr()).get(i)?.clone() },
            _ => None,
        }
    }

    /// The attribute `name` (hash `hash`) of an instance of `class` keeping inline values:
    /// `Some(found)`; `None` when the attributes are not inline values.
    #[inline]
    pub fn inline_lookup(&self, class: &PyRef, name: &str, hash: i64) -> Option<Option<PyRef>> {
        self.live_values()?;
        let i = class.type_data()?.shared_keys.find(name, hash);
        Some(i.and_then(|i| self.inline_value(i)))
    }

    /// `_PyObject_StoreInstanceAttribute` for a value (not a delete) of an instance of
    /// `class` keeping inline values: the name's shared-key index and the old value, for the caller
    /// to release. `Err`
    /// hands the value back when the store is not one for inline values (see
    /// [`InstanceData::put_inline_value`]), or the name is not a key the class's shared
    /// keys take (which records it when there is room, as `insert_into_dictkeys`).
    pub fn store_inline(
        &self,
        class: &PyRef,
        name: &PyRef,
        value: PyRef,
    ) -> Result<(usize, Option<PyRef>), PyRef> {
        if self.live_values().is_none() || !is_exact_str(name) {
            return Err(value);
        }
        let (Some(t), Payload::Str(text)) = (class.type_data(), &name.payload) else {
            return Err(value);
        };
        match t.shared_keys.accept_index(name, text.as_str(), text.hash()) {
            Some(i) => self.put_inline_value(i, value).map(|old| (i, old)),
            None => Err(value),
        }
    }

    /// Stores inline value number `i` (shared key `i` of the instance's class), handing
    /// back the old one. `Err` gives `value` back when the values have spilled, or when a
    /// new value there would not be the last in index order (insertion order would
    /// diverge from it: the caller spills, then stores into the dict).
    #[inline(always)]
    pub fn put_inline_value(&self, i: usize, value: PyRef) -> Result<Option<PyRef>, PyRef> {
        let Some(values) = self.live_values() else {
            return Err(value);
        };
        // SAFETY: as in `peek`: no other reference into the cell lives while this one
        // does, and nothing here runs code (the old value goes to the caller).
        let slots = unsafe { &mut *values.as_ptr() };
        if i >= slots.len() {
            return Ok(with_boxed(values, |v| grown_to(v, i).replace(value)));
        }
        if slots[i].is_none() && slots[i + 1..].iter().any(Option::is_some) {
            return Err(value);
        }
        Ok(slots[i].replace(value))
    }

    /// Calls `f` with the index and value of every inline value, in index order (none
    /// once spilled). `f` must not touch this instance's attributes.
    pub fn each_inline_value(&self, mut f: impl FnMut(usize, &PyRef)) {
        if let InstanceData::Values { values, .. } = self {
            with_boxed(values, |values| {
                for (i, v) in values.iter().enumerate() {
                    if let Some(v) = v {
                        f(i, v);
                    }
                }
            });
        }
    }

    /// Calls `f` with every attribute value kept inline (inline values, or a store that
    /// is not yet a `__dict__` object), in the order of their names in `class`'s shared
    /// keys, keys outside them last: the order `_PyObject_VisitInstanceAttributes` visits
    /// a values array in, whatever order the attributes were set in.
    pub fn each_inline_attr_by_key(&self, class: &PyRef, mut f: impl FnMut(&PyRef)) {
        self.each_inline_value(|_, v| f(v));
        let Some(d) = self.dict_opt() else { return };
        if d.dict_obj.borrow().is_some() {
            return;
        }
        let Ok(attrs) = d.attrs.try_borrow() else {
            return;
        };
        let t = class.type_data();
        let rank = |k: &PyRef| {
            k.as_str_opt()
                .and_then(|n| t?.shared_key_index(n))
                .unwrap_or(usize::MAX)
        };
        let mut ranked: Vec<(usize, usize, PyRef)> = attrs
            .iter()
            .enumerate()
            .map(|(pos, (k, v))| (rank(k), pos, v.clone()))
            .collect();
        drop(attrs);
        ranked.sort_by_key(|e| (e.0, e.1));
        ranked.iter().for_each(|(_, _, v)| f(v));
    }

    /// `make_dict_from_instance_attributes` without the dict object: moves inline values
    /// into the attribute store, a split table of `class`'s shared keys holding them in
    /// index order (which is their insertion order), the same table their stores would
    /// have built one by one. From then on the store holds the attributes. Nothing
    /// happens for an instance without inline values, or whose values have moved already.
    /// `class` is the instance's class (before any `__class__` assignment).
    pub fn spill(&self, class: &PyRef) {
        let (Some(values), InstanceData::Values { dict, .. }) = (self.live_values(), self) else {
            return;
        };
        let mut attrs = Dict::default();
        attrs.share_keys_of(class);
        let taken = values.take().into_vec();
        if let Some(t) = class.type_data() {
            for (i, v) in taken.into_iter().enumerate() {
                let Some(v) = v else { continue };
                // (A value's index is always a key: the keys only grow.)
                let Some((hash, key)) = t.shared_keys.key_at(i) else {
                    continue;
                };
                if let Err(v) = attrs.push_new_keeping_split(hash, &key, v) {
                    attrs.push_new(hash, key, v);
                }
            }
        }
        let store = InstanceDict {
            attrs: RefCell::new(attrs),
            dict_obj: RefCell::new(None),
        };
        // (`live_values` saw `dict` unset.)
        let _ = dict.set(Box::new(store));
    }

    /// The attribute store of an instance of `class`, inline values spilled into it first
    /// (what code that needs a [`Dict`] reads); `None` for an instance without one.
    pub fn spilled(&self, class: &PyRef) -> Option<&InstanceDict> {
        self.spill(class);
        self.dict_opt()
    }

    /// The inline attributes (empty for an instance without a store).
    pub fn attrs(&self) -> Option<&RefCell<Dict>> {
        self.dict_opt().map(|d| &d.attrs)
    }

    /// Calls `f` with the index and value of every set `__slots__` value, in layout order.
    /// `f` must not touch this instance's slots.
    pub fn each_slot(&self, mut f: impl FnMut(usize, &PyRef)) {
        match self {
            InstanceData::Compact(cells) => {
                for (i, cell) in cells.iter().enumerate() {
                    let value = cell.take();
                    if let Some(v) = &value {
                        f(i, v);
                    }
                    cell.set(value);
                }
            }
            InstanceData::Full { slots, .. } => with_boxed(slots, |values| {
                for (i, v) in values.iter().enumerate() {
                    if let Some(v) = v {
                        f(i, v);
                    }
                }
            }),
            InstanceData::Values { .. } => {}
        }
    }

    /// Takes every slot value out (empty ones included), in layout order.
    fn take_slots(&self) -> Vec<Option<PyRef>> {
        match self {
            InstanceData::Compact(cells) => cells.iter().map(Cell::take).collect(),
            InstanceData::Full { slots, .. } => slots.take().into_vec(),
            InstanceData::Values { .. } => Vec::new(),
        }
    }

    /// Puts back values taken by [`InstanceData::take_slots`] (reordered).
    fn put_slots(&self, values: Vec<Option<PyRef>>) {
        match self {
            InstanceData::Compact(cells) => {
                for (cell, v) in cells.iter().zip(values) {
                    cell.set(v);
                }
            }
            InstanceData::Full { slots, .. } => slots.set(values.into_boxed_slice()),
            InstanceData::Values { .. } => debug_assert!(values.is_empty()),
        }
    }

    /// How many slot values are set.
    fn set_slot_count(&self) -> usize {
        let mut n = 0;
        self.each_slot(|_, _| n += 1);
        n
    }

    /// `subtype_traverse`: `__slots__` values, then the attributes (inline values in
    /// index order, as `_PyObject_VisitInstanceAttributes`).
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.each_slot(|_, v| visit(v));
        self.each_inline_value(|_, v| visit(v));
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
    /// (An instance with inline values has none until they spill: see
    /// [`InstanceData::store_of`].)
    pub fn store(&self) -> Option<AttrStore<'_>> {
        let d = self.dict_opt()?;
        let dict_obj = d.dict_obj.borrow().clone();
        Some(match dict_obj {
            Some(o) => AttrStore::Object(o),
            None => AttrStore::Inline(&d.attrs),
        })
    }

    /// [`InstanceData::store`] of an instance of `class`, inline values spilled first.
    pub fn store_of(&self, class: &PyRef) -> Option<AttrStore<'_>> {
        self.spill(class);
        self.store()
    }

    pub fn clear(&self, out: &mut Vec<PyRef>) {
        if let InstanceData::Values { values, .. } = self {
            // `_PyObject_ClearInstanceAttributes`: index order.
            out.extend(values.take().into_vec().into_iter().flatten());
        }
        if let Some(d) = self.dict_opt() {
            if let Ok(mut a) = d.attrs.try_borrow_mut() {
                a.drain_into(out);
            }
        }
        // A materialized dict is a container of its own: the collector clears it directly.
        out.extend(self.take_slots().into_iter().flatten());
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
    if inst.set_slot_count() < 2 {
        // Nothing to reorder (most instances have one slot value or none).
        return;
    }
    let Some(t) = class.type_data() else { return };
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
    let mut rest = inst.take_slots();
    for n in sizes {
        let tail = rest.split_off(n.min(rest.len()));
        segments.push(std::mem::replace(&mut rest, tail));
    }
    let mut ordered = Vec::with_capacity(segments.iter().map(Vec::len).sum::<usize>() + rest.len());
    for seg in segments.into_iter().rev() {
        ordered.extend(seg);
    }
    ordered.extend(rest);
    inst.put_slots(ordered);
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
