//! Container protocols: items, membership, length, iteration and generators, plus the
//! builtin sequence operators (`+` and `*` on str, list, tuple) and comparisons of builtin
//! values.

use super::{FrameResult, PyErr, PyResult, Vm};
use crate::bytecode::{BinaryOperator, CompareKind};
use crate::heap::{limits, PyRef};
use crate::objects::iterators::IterState;
use crate::objects::payload::Payload;
use std::cmp::Ordering;

/// Resolves a Python index against a length (negative from the end); None if out of range.
pub fn resolve_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        None
    } else {
        Some(i as usize)
    }
}

/// A slice applied to a sequence: CPython's adjusted `start`, `stop`, `step` and the
/// `slicelength` they select.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SliceSpan {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// How many items the slice selects.
    pub len: usize,
}

impl SliceSpan {
    /// The positions selected, in slice order.
    pub fn positions(self) -> impl Iterator<Item = usize> {
        (0..self.len as i64).map(move |k| (self.start + k * self.step) as usize)
    }

    /// Whether the span is all of a sequence of `len` items, in order.
    pub fn is_whole(self, len: usize) -> bool {
        self.start == 0 && self.step == 1 && self.len == len
    }

    /// The selected items of `items` (of the length the span was adjusted to), as a
    /// vector of exactly `self.len` slots: `list_slice` / `list_subscript`'s
    /// `PyList_New(slicelength)` filled with new references.
    pub fn gather(self, items: &[PyRef]) -> Vec<PyRef> {
        if self.step == 1 {
            let start = self.start as usize;
            return items[start..start + self.len].to_vec();
        }
        let mut out = Vec::with_capacity(self.len);
        out.extend(self.positions().map(|i| items[i].clone()));
        out
    }
}

/// [`Vm::slice_unpack`] of a slice whose fields are all small ints or None (`a[i:j]`,
/// `a[::-1]`), which runs no `__index__` and cannot fail; None for anything else (a zero
/// step included, left to the general path's error).
#[inline]
fn small_slice_bounds(start: &PyRef, stop: &PyRef, step: &PyRef) -> Option<(i64, i64, i64)> {
    let field = |v: &PyRef| match v.payload {
        Payload::Int(i) => Some(Some(crate::objects::methods::saturate_index(i))),
        Payload::NoneValue => Some(None),
        _ => None,
    };
    let step = field(step)?.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let (far_start, far_stop) = absent_bounds(step);
    Some((
        field(start)?.unwrap_or(far_start),
        field(stop)?.unwrap_or(far_stop),
        step,
    ))
}

/// What `PySlice_Unpack` puts for an absent start and stop: the extremes, on the side the
/// step starts from and goes to.
fn absent_bounds(step: i64) -> (i64, i64) {
    if step < 0 {
        (i64::MAX / 2, i64::MIN / 2)
    } else {
        (0, i64::MAX / 2)
    }
}

/// `PySlice_AdjustIndices`: unpacked slice bounds (see [`Vm::slice_unpack`]) clamped to a
/// sequence of length `len`, with the number of items they select.
pub fn adjust_indices(len: usize, start: i64, stop: i64, step: i64) -> SliceSpan {
    let len = len as i64;
    let adjust = |i: i64| {
        if i < 0 {
            let i = i + len;
            if i < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                i
            }
        } else if i >= len {
            if step < 0 {
                len - 1
            } else {
                len
            }
        } else {
            i
        }
    };
    let (start, stop) = (adjust(start), adjust(stop));
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / -step + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    SliceSpan {
        start,
        stop,
        step,
        len: count as usize,
    }
}

impl Vm {
    /// `LIST_EXTEND` (`[*it]`, `(*it,)`, `f(a, *it)`): the list's `extend`, where a
    /// `TypeError` about a value neither iterable nor a sequence becomes "Value after *
    /// must be an iterable" (other errors, such as one raised by `__iter__`, pass).
    pub fn list_extend_unpacking(
        &mut self,
        list: &std::cell::RefCell<Vec<PyRef>>,
        iterable: &PyRef,
    ) -> PyResult<()> {
        let Err(err) = crate::objects::sizeof::list_extend_from(self, list, iterable) else {
            return Ok(());
        };
        if self.exc_matches_name(&err.0, "TypeError") && self.cannot_unpack(iterable) {
            return Err(self.type_error(format!(
                "Value after * must be an iterable, not {}",
                iterable.class_name()
            )));
        }
        Err(err)
    }

    /// Whether `*obj` can never unpack `obj`: its type has neither `__iter__` nor
    /// `__getitem__` (CPython's `tp_iter == NULL && !PySequence_Check`). Both forms of
    /// star-unpacking, `f(*obj)` (`check_args_iterable`) and `[*obj]` (`LIST_EXTEND`),
    /// ask it before naming the value in their "must be an iterable" error.
    pub fn cannot_unpack(&self, obj: &PyRef) -> bool {
        self.lookup_special(obj, "__iter__").is_none()
            && self.lookup_special(obj, "__getitem__").is_none()
    }

    /// `MemoryError` for a request the heap refused (`PyErr_NoMemory`: no arguments).
    pub fn no_memory(&self, _: limits::OutOfMemory) -> super::PyErr {
        let cls = self.exc_type("MemoryError");
        super::PyErr(self.new_exception(&cls, Vec::new()))
    }

    /// `PySlice_Unpack`: a slice's `(start, stop, step)` as machine integers, before any
    /// length is known. `__index__` runs here (step, start, stop, each once), so callers
    /// read the sequence's length only afterwards, as CPython does. Absent bounds become
    /// the extremes [`adjust_indices`] clamps to the ends the step points from and to.
    pub fn slice_unpack(&mut self, slice: &PyRef) -> PyResult<(i64, i64, i64)> {
        let Payload::Slice { start, stop, step } = &slice.payload else {
            return Err(self.type_error("expected slice"));
        };
        if let Some(bounds) = small_slice_bounds(start, stop, step) {
            return Ok(bounds);
        }
        let step = match crate::objects::methods::slice_index(self, Some(step))? {
            None => 1,
            Some(0) => return Err(self.value_error("slice step cannot be zero")),
            Some(s) => s,
        };
        let (far_start, far_stop) = absent_bounds(step);
        let start = crate::objects::methods::slice_index(self, Some(start))?.unwrap_or(far_start);
        let stop = crate::objects::methods::slice_index(self, Some(stop))?.unwrap_or(far_stop);
        Ok((start, stop, step))
    }

    /// A slice resolved against a sequence of length `len` (`PySlice_Unpack` then
    /// `PySlice_AdjustIndices`).
    pub fn slice_span(&mut self, slice: &PyRef, len: usize) -> PyResult<SliceSpan> {
        let (start, stop, step) = self.slice_unpack(slice)?;
        Ok(adjust_indices(len, start, stop, step))
    }

    /// `(start, stop, step)` of a slice applied to a sequence of length `len`
    /// (CPython's `PySlice_AdjustIndices`).
    pub fn slice_indices(&mut self, slice: &PyRef, len: usize) -> PyResult<(i64, i64, i64)> {
        let span = self.slice_span(slice, len)?;
        Ok((span.start, span.stop, span.step))
    }

    /// The indices a slice selects.
    pub fn slice_positions(&mut self, slice: &PyRef, len: usize) -> PyResult<Vec<usize>> {
        Ok(self.slice_span(slice, len)?.positions().collect())
    }

    /// `obj[key]`: the builtin payload for builtin classes, the class's `__getitem__`
    /// (a user override, or the builtin base's slot wrapper) for user classes.
    pub fn getitem(&mut self, obj: &PyRef, key: &PyRef) -> PyResult {
        if !is_heap(obj) {
            if let Some(r) = self.native_getitem(obj, key)? {
                return Ok(r);
            }
        } else if let Some(r) = self.call_special(obj, "__getitem__", std::slice::from_ref(key))? {
            return Ok(r);
        }
        if let Payload::Type(_) = &obj.payload {
            // `PyObject_GetItem`: `type[int]` is a generic alias of `type` itself.
            if obj.is(&self.types.type_type) {
                return crate::objects::methods::generic_alias::new_alias(self, obj, key);
            }
            // `__class_getitem__ = None` opts out, as no `__class_getitem__` does.
            let cgi = self.getattr_opt(obj, "__class_getitem__")?;
            if let Some(cgi) = cgi.filter(|m| !matches!(m.payload, Payload::NoneValue)) {
                return self.call1(&cgi, std::slice::from_ref(key));
            }
            let name = obj.type_data().map(|t| t.name()).unwrap_or_default();
            return Err(self.type_error(format!("type '{name}' is not subscriptable")));
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            obj.class_name()
        )))
    }

    /// `obj[key]` on the builtin payload, ignoring overrides (`list.__getitem__`); `Ok(None)`
    /// if the payload has no items.
    pub fn native_getitem(&mut self, obj: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
        let is_slice = matches!(key.payload, Payload::Slice { .. });
        match &obj.payload {
            Payload::MappingProxy(m) => {
                let m = m.clone();
                crate::objects::mappingproxy::getitem(self, &m, key).map(Some)
            }
            Payload::List(items) if !is_slice => {
                let i = self.seq_index("list", key)?;
                let items = items.borrow();
                match resolve_index(i, items.len()) {
                    Some(i) => Ok(Some(items[i].clone())),
                    None => Err(self.index_error("list index out of range")),
                }
            }
            Payload::Tuple(items) if !is_slice => {
                let i = self.seq_index("tuple", key)?;
                match resolve_index(i, items.len()) {
                    Some(i) => Ok(Some(items[i].clone())),
                    None => Err(self.index_error("tuple index out of range")),
                }
            }
            Payload::Dict(d) => match self.dict_get(d, key)? {
                Some(v) => Ok(Some(v)),
                None => {
                    if is_heap(obj) {
                        if let Some(r) =
                            self.call_special(obj, "__missing__", std::slice::from_ref(key))?
                        {
                            return Ok(Some(r));
                        }
                    }
                    Err(self.key_error(key))
                }
            },
            Payload::ByteArray(_) => {
                crate::objects::methods::bytearray_methods::bytearray_getitem(self, obj, key)
            }
            Payload::MemoryView(_) => crate::objects::memoryview::getitem(self, obj, key).map(Some),
            Payload::Deque(_) => crate::objects::deque::getitem(self, obj, key).map(Some),
            _ => self.builtin_getitem(obj, key),
        }
    }

    /// `list_subscript`'s index: an object with `__index__` is converted with
    /// `PyNumber_AsSsize_t(item, PyExc_IndexError)` (its own errors pass through),
    /// anything else is a TypeError.
    fn seq_index(&mut self, kind: &str, key: &PyRef) -> PyResult<i64> {
        if key.is_int() || self.lookup_special(key, "__index__").is_some() {
            self.index_value(key)
        } else {
            Err(self.seq_index_error(kind, key))
        }
    }

    /// [`Vm::seq_index`] with the caller's own TypeError message.
    pub fn item_index(&mut self, key: &PyRef, message: impl FnOnce() -> String) -> PyResult<i64> {
        if key.is_int() || self.lookup_special(key, "__index__").is_some() {
            self.index_value(key)
        } else {
            Err(self.type_error(message()))
        }
    }

    fn seq_index_error(&self, kind: &str, key: &PyRef) -> super::PyErr {
        self.type_error(format!(
            "{kind} indices must be integers or slices, not {}",
            key.class_name()
        ))
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: &PyRef, key: &PyRef, value: PyRef) -> PyResult<()> {
        if is_heap(obj) {
            return match self.lookup_special(obj, "__setitem__") {
                Some(m) => super::with_borrowed(&[obj, key, &value], |all| {
                    self.call_descriptor_method(&m, obj, all)
                })
                .map(drop),
                None => Err(self.type_error(format!(
                    "'{}' object does not support item assignment",
                    obj.class_name()
                ))),
            };
        }
        self.native_setitem(obj, key, value)
    }

    /// `obj[key] = value` on the builtin payload (`list.__setitem__`).
    pub fn native_setitem(&mut self, obj: &PyRef, key: &PyRef, value: PyRef) -> PyResult<()> {
        match &obj.payload {
            Payload::Dict(d) => self.dict_set(d, key.clone(), value),
            Payload::List(items) => {
                if let Payload::Slice { .. } = &key.payload {
                    return self.list_assign_slice(items, key, value);
                }
                let i = self.seq_index("list", key)?;
                let old = {
                    let mut items = items.borrow_mut();
                    match resolve_index(i, items.len()) {
                        Some(i) => std::mem::replace(&mut items[i], value),
                        None => {
                            drop(items);
                            return Err(self.index_error("list assignment index out of range"));
                        }
                    }
                };
                drop(old);
                Ok(())
            }
            Payload::ByteArray(_) => crate::objects::methods::bytearray_methods::bytearray_setitem(
                self, obj, key, &value,
            ),
            Payload::MemoryView(_) => {
                crate::objects::memoryview::setitem(self, obj, key, Some(&value))
            }
            Payload::Deque(_) => crate::objects::deque::setitem(self, obj, key, value),
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                obj.class_name()
            ))),
        }
    }

    /// `list[slice] = value` (`list_ass_subscript`): the bounds are unpacked and adjusted
    /// first, then `value` is made a sequence (`PySequence_Fast`, a copy of the list
    /// itself when it is the target). A simple slice is `list_ass_slice`, which
    /// re-clamps against the length after that iteration; an extended one swaps the items
    /// position by position and releases the old ones in slice order (`garbage`).
    fn list_assign_slice(
        &mut self,
        items: &std::cell::RefCell<Vec<PyRef>>,
        key: &PyRef,
        value: PyRef,
    ) -> PyResult<()> {
        let (start, stop, step) = self.slice_unpack(key)?;
        let span = adjust_indices(items.borrow().len(), start, stop, step);
        if step == 1 {
            let mut new_items = self.sequence_fast(&value, "can only assign an iterable")?;
            let removed = {
                let mut items = items.borrow_mut();
                let len = items.len();
                let lo = (span.start.max(0) as usize).min(len);
                let hi = (span.stop.max(0) as usize).clamp(lo, len);
                if new_items.len() == hi - lo && len != 0 {
                    // Same size: no `list_resize`, the new items simply take the old
                    // ones' places (the old ones come back in `new_items`).
                    items[lo..hi].swap_with_slice(&mut new_items);
                    new_items
                } else {
                    crate::objects::sizeof::list_ass_slice(&mut items, lo, hi, new_items)
                }
            };
            // `recycle`: the replaced items go last to first, then `value`.
            crate::objects::release_reversed(removed);
            drop(value);
            return Ok(());
        }
        let new_items = self.sequence_fast(&value, "must assign iterable to extended slice")?;
        // The positions were computed for the length before the iteration, which may
        // have shrunk the list: only those still inside it are assigned.
        let len = items.borrow().len();
        let count = span.positions().take_while(|&p| p < len).count();
        if new_items.len() != count {
            return Err(self.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                count
            )));
        }
        let mut garbage = new_items;
        {
            let mut items = items.borrow_mut();
            for (p, v) in span.positions().zip(garbage.iter_mut()) {
                std::mem::swap(&mut items[p], v);
            }
        }
        drop(garbage);
        // `value` (the caller's reference) goes after the replaced items.
        drop(value);
        Ok(())
    }

    /// `del list[slice]` (`list_ass_subscript` with no value): a simple slice is
    /// `list_ass_slice` (released last to first); an extended one closes the gaps, shrinks
    /// the allocation, then releases the removed items in ascending position order.
    fn list_delete_slice(
        &mut self,
        items: &std::cell::RefCell<Vec<PyRef>>,
        key: &PyRef,
    ) -> PyResult<()> {
        let (start, stop, step) = self.slice_unpack(key)?;
        let span = adjust_indices(items.borrow().len(), start, stop, step);
        if step == 1 {
            let removed = {
                let mut items = items.borrow_mut();
                let lo = span.start as usize;
                crate::objects::sizeof::list_ass_slice(&mut items, lo, lo + span.len, Vec::new())
            };
            crate::objects::release_reversed(removed);
            return Ok(());
        }
        if span.len == 0 {
            return Ok(());
        }
        // Ascending positions, whatever the step's sign.
        let (first, stride) = if span.step < 0 {
            (span.start + span.step * (span.len as i64 - 1), -span.step)
        } else {
            (span.start, span.step)
        };
        let (first, stride) = (first as usize, stride as usize);
        let mut removed = Vec::with_capacity(span.len);
        {
            let mut items = items.borrow_mut();
            let old: Vec<PyRef> = items.drain(..).collect();
            for (i, item) in old.into_iter().enumerate() {
                if i >= first && (i - first) % stride == 0 && removed.len() < span.len {
                    removed.push(item);
                } else {
                    items.push(item);
                }
            }
            crate::objects::sizeof::list_shrunk(&mut items);
        }
        drop(removed);
        Ok(())
    }

    /// `PyObject_DelItem`'s error for an object that cannot delete items: an index on a
    /// type with sequence methods is refused by `PySequence_DelItem` ("doesn't"), anything
    /// else by `PyObject_DelItem` itself ("does not").
    fn item_deletion_refused(&self, obj: &PyRef, key: &PyRef) -> PyErr {
        let has_sequence_methods = is_heap(obj)
            || matches!(
                obj.payload,
                Payload::Tuple(_)
                    | Payload::List(_)
                    | Payload::Str(_)
                    | Payload::Bytes(_)
                    | Payload::ByteArray(_)
                    | Payload::Range { .. }
                    | Payload::Dict(_)
                    | Payload::Set(_)
                    | Payload::FrozenSet(_)
                    | Payload::DictView { .. }
                    | Payload::MappingProxy(_)
                    | Payload::MemoryView(_)
            );
        let verb = if has_sequence_methods && self.index_check(key) {
            "doesn't"
        } else {
            "does not"
        };
        self.type_error(format!(
            "'{}' object {verb} support item deletion",
            obj.class_name()
        ))
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &PyRef, key: &PyRef) -> PyResult<()> {
        if is_heap(obj) {
            return match self.lookup_special(obj, "__delitem__") {
                Some(m) => super::with_borrowed(&[obj, key], |all| {
                    self.call_descriptor_method(&m, obj, all)
                })
                .map(drop),
                None => Err(self.item_deletion_refused(obj, key)),
            };
        }
        self.native_delitem(obj, key)
    }

    /// `del obj[key]` on the builtin payload (`list.__delitem__`).
    pub fn native_delitem(&mut self, obj: &PyRef, key: &PyRef) -> PyResult<()> {
        match &obj.payload {
            Payload::Dict(d) => match self.dict_remove(d, key)? {
                Some(v) => {
                    drop(v);
                    Ok(())
                }
                None => Err(self.key_error(key)),
            },
            Payload::List(items) => {
                if let Payload::Slice { .. } = &key.payload {
                    return self.list_delete_slice(items, key);
                }
                let i = self.seq_index("list", key)?;
                // `list_ass_item`: `list_ass_slice(a, i, i + 1, NULL)`.
                let removed = {
                    let mut items = items.borrow_mut();
                    match resolve_index(i, items.len()) {
                        Some(i) => {
                            crate::objects::sizeof::list_ass_slice(&mut items, i, i + 1, Vec::new())
                        }
                        None => {
                            drop(items);
                            return Err(self.index_error("list assignment index out of range"));
                        }
                    }
                };
                drop(removed);
                Ok(())
            }
            Payload::ByteArray(_) => {
                crate::objects::methods::bytearray_methods::bytearray_delitem(self, obj, key)
            }
            Payload::MemoryView(_) => crate::objects::memoryview::setitem(self, obj, key, None),
            Payload::Deque(_) => crate::objects::deque::delitem(self, obj, key),
            _ => Err(self.item_deletion_refused(obj, key)),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &PyRef, item: &PyRef) -> PyResult<bool> {
        // Sets first: `in` on a set is the commonest membership test of all.
        if let Payload::Set(_) | Payload::FrozenSet(_) = &container.payload {
            if !is_heap(container) {
                return self.set_contains(container, item);
            }
        }
        if !is_heap(container) {
            if let Some(r) = self.native_contains(container, item)? {
                return Ok(r);
            }
        } else if let Some(method) = self.lookup_special(container, "__contains__") {
            // `slot_sq_contains`: a class that sets `__contains__ = None` opts out.
            if matches!(method.payload, Payload::NoneValue) {
                return Err(self.type_error(format!(
                    "'{}' object is not a container",
                    container.class_name()
                )));
            }
            let r = super::with_prepended(container, std::slice::from_ref(item), |all| {
                self.call_descriptor_method(&method, container, all)
            })?;
            return self.is_true(&r);
        }
        // `_PySequence_IterSearch`: any TypeError of getting the iterator is reworded.
        let it = match self.iter(container) {
            Err(e) if self.exc_matches_name(&e.0, "TypeError") => {
                return Err(self.type_error(format!(
                    "argument of type '{}' is not iterable",
                    container.class_name()
                )))
            }
            r => r?,
        };
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Membership on the builtin payload; `Ok(None)` if it has none.
    pub fn native_contains(&mut self, container: &PyRef, item: &PyRef) -> PyResult<Option<bool>> {
        match &container.payload {
            Payload::Dict(d) => Ok(Some(self.dict_get(d, item)?.is_some())),
            Payload::MappingProxy(m) => {
                let m = m.clone();
                crate::objects::mappingproxy::contains(self, &m, item).map(Some)
            }
            Payload::Set(_) | Payload::FrozenSet(_) => self.set_contains(container, item).map(Some),
            Payload::Str(s) => match item.as_str_opt() {
                Some(sub) => Ok(Some(s.as_str().contains(sub))),
                None => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    item.class_name()
                ))),
            },
            Payload::List(_) | Payload::Tuple(_) => Ok(Some(
                self.seq_find(container, item, 0, usize::MAX)?.is_some(),
            )),
            Payload::DictView { .. } => {
                crate::objects::dictview::contains(self, container, item).map(Some)
            }
            Payload::Range { start, stop, step }
                if matches!(
                    item.payload,
                    Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_)
                ) =>
            {
                // `range_contains_long`: arithmetic, whatever the range's length.
                let (Some(start), Some(stop), Some(step), Some(v)) = (
                    start.as_bigint(),
                    stop.as_bigint(),
                    step.as_bigint(),
                    item.as_bigint(),
                ) else {
                    return Ok(Some(false));
                };
                use num_integer::Integer;
                use num_traits::Signed;
                let inside = if step.is_positive() {
                    start <= v && v < stop
                } else {
                    stop < v && v <= start
                };
                Ok(Some(
                    inside && (v - start).mod_floor(&step.abs()) == 0.into(),
                ))
            }
            Payload::Range { .. } => {
                let items = self.iterate(container)?;
                for x in items {
                    if self.eq(&x, item)? {
                        return Ok(Some(true));
                    }
                }
                Ok(Some(false))
            }
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                self.bytes_contains(container, item).map(Some)
            }
            Payload::Deque(_) => crate::objects::deque::contains(self, container, item).map(Some),
            _ => Ok(None),
        }
    }

    /// `bytes_contains`: an int is one byte; a bytes-like object is a substring.
    fn bytes_contains(&mut self, container: &PyRef, item: &PyRef) -> PyResult<bool> {
        let hay: Vec<u8> = match &container.payload {
            Payload::Bytes(b) => b.to_vec(),
            Payload::ByteArray(b) => b.borrow().clone(),
            _ => return Ok(false),
        };
        let needle: Vec<u8> = match &item.payload {
            Payload::Bytes(b) => b.to_vec(),
            Payload::ByteArray(b) => b.borrow().clone(),
            Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_) => {
                let v = item.as_i64().filter(|v| (0..256).contains(v));
                return match v {
                    Some(v) => Ok(hay.contains(&(v as u8))),
                    None => Err(self.value_error("byte must be in range(0, 256)")),
                };
            }
            _ => {
                return Err(self.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    item.class_name()
                )))
            }
        };
        Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice()))
    }

    /// Position of the first item of the list or tuple `seq` in `start..stop` equal to `x`
    /// (`PyObject_RichCompareBool(item, x, Py_EQ)`: identity first), as `list_contains`,
    /// `list.index`, `list.count` and `list.remove` search: the live list is re-read at
    /// each step, since an `__eq__` may change it. Items whose equality runs no Python
    /// code are compared in place, the others on a new reference.
    pub fn seq_find(
        &mut self,
        seq: &PyRef,
        x: &PyRef,
        start: usize,
        stop: usize,
    ) -> PyResult<Option<usize>> {
        let mut i = start;
        while i < stop {
            let item = {
                let list;
                let items: &[PyRef] = match &seq.payload {
                    Payload::List(l) => {
                        list = l.borrow();
                        &list
                    }
                    Payload::Tuple(t) => t,
                    _ => return Ok(None),
                };
                let Some(item) = items.get(i) else {
                    return Ok(None);
                };
                if item.is(x) {
                    return Ok(Some(i));
                }
                match super::protocols::builtin_eq(item, x) {
                    Some(true) => return Ok(Some(i)),
                    Some(false) => {
                        i += 1;
                        continue;
                    }
                    // A tuple's items cannot change and the caller holds the tuple:
                    // compared in place, uncounted, as `tuplecontains` does (a list's
                    // item is held for the comparison, which may change the list).
                    None if matches!(seq.payload, Payload::Tuple(_)) => None,
                    None => Some(item.clone()),
                }
            };
            let found = match (&item, &seq.payload) {
                (Some(item), _) => self.eq(item, x)?,
                (None, Payload::Tuple(t)) => self.eq(&t[i], x)?,
                (None, _) => false,
            };
            if found {
                return Ok(Some(i));
            }
            i += 1;
        }
        Ok(None)
    }

    /// A snapshot of a list's or tuple's items.
    pub fn seq_items(&self, obj: &PyRef) -> Vec<PyRef> {
        match &obj.payload {
            Payload::List(l) => l.borrow().clone(),
            Payload::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        }
    }

    /// `len(obj)`.
    pub fn len(&mut self, obj: &PyRef) -> PyResult<usize> {
        if !is_heap(obj) {
            if let Some(n) = self.native_len(obj)? {
                return Ok(n);
            }
        } else if let Some(r) = self.call_special(obj, "__len__", &[])? {
            return self.len_result(&r);
        }
        Err(self.type_error(format!(
            "object of type '{}' has no len()",
            obj.class_name()
        )))
    }

    /// What a Python `__len__` returned, as `slot_sq_length` checks it:
    /// `PyNumber_AsSsize_t(res, PyExc_OverflowError)`, then `>= 0`.
    pub fn len_result(&mut self, r: &PyRef) -> PyResult<usize> {
        let n = self.number_index(r)?;
        let negative = n
            .as_bigint()
            .is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
        if negative {
            return Err(self.value_error("__len__() should return >= 0"));
        }
        match n.as_i64() {
            Some(n) => Ok(n as usize),
            None => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
        }
    }

    /// Length of the builtin payload; `Ok(None)` if it has none.
    pub fn native_len(&mut self, obj: &PyRef) -> PyResult<Option<usize>> {
        Ok(Some(match &obj.payload {
            Payload::Str(s) => s.char_len(),
            Payload::List(l) => l.borrow().len(),
            Payload::Tuple(t) => t.len(),
            Payload::Dict(d) => d.borrow().len(),
            Payload::MappingProxy(m) => {
                let m = m.clone();
                crate::objects::mappingproxy::len(self, &m)?
            }
            Payload::Set(s) => s.borrow().len(),
            Payload::FrozenSet(s) => s.len(),
            Payload::Bytes(b) => b.len(),
            Payload::ByteArray(b) => b.borrow().len(),
            Payload::DictView { .. } => crate::objects::dictview::len(obj),
            Payload::MemoryView(_) => crate::objects::memoryview::len(self, obj)?,
            Payload::Deque(d) => d.len(),
            _ => return self.builtin_len(obj),
        }))
    }

    /// `iter(obj)`.
    pub fn iter(&mut self, obj: &PyRef) -> PyResult {
        if !is_heap(obj)
            || self
                .lookup_special(obj, "__iter__")
                .is_some_and(|m| matches!(m.payload, Payload::Builtin(_)))
        {
            let t = &self.types;
            // Index-based iteration for the builtin sequences, each with CPython's class.
            let seq_class = match &obj.payload {
                Payload::List(_) => Some(&t.list_iterator_type),
                Payload::Tuple(_) => Some(&t.tuple_iterator_type),
                Payload::Str(s) if s.as_str().is_ascii() => Some(&t.str_iterator_type),
                Payload::Str(_) => Some(&t.str_unicode_iterator_type),
                Payload::Bytes(_) => Some(&t.bytes_iterator_type),
                Payload::ByteArray(_) => Some(&t.bytearray_iterator_type),
                _ => None,
            };
            if let Some(class) = seq_class {
                let class = class.clone();
                return Ok(self.iterator(
                    IterState::Seq {
                        seq: Some(obj.clone()),
                        index: 0,
                    },
                    &class,
                ));
            }
            let state_class = match &obj.payload {
                Payload::Dict(d) => Some((
                    IterState::Dict {
                        dict: Some(obj.clone()),
                        pos: 0,
                        len: d.borrow().len(),
                        left: d.borrow().len(),
                        kind: 0,
                        reverse: false,
                        result: None,
                    },
                    t.dict_keyiterator_type.clone(),
                )),
                Payload::Set(s) => Some((
                    IterState::Set {
                        set: Some(obj.clone()),
                        pos: 0,
                        len: s.borrow().len(),
                    },
                    t.set_iterator_type.clone(),
                )),
                Payload::FrozenSet(s) => Some((
                    IterState::Set {
                        set: Some(obj.clone()),
                        pos: 0,
                        len: s.len(),
                    },
                    t.set_iterator_type.clone(),
                )),
                Payload::Range { start, stop, step } => {
                    match (start.as_i64(), stop.as_i64(), step.as_i64()) {
                        (Some(a), Some(b), Some(c)) => Some((
                            IterState::Range {
                                next: a,
                                stop: b,
                                step: c,
                            },
                            t.range_iterator_type.clone(),
                        )),
                        _ => None,
                    }
                }
                // Coroutines and async generators are not iterable.
                Payload::Generator { .. } if !obj.class().is(&self.types.generator_type) => None,
                Payload::Iterator(_) | Payload::Generator { .. } => return Ok(obj.clone()),
                Payload::DictView { .. } => return Ok(crate::objects::dictview::iter(self, obj)),
                Payload::MemoryView(_) => return crate::objects::memoryview::iter(self, obj),
                Payload::MappingProxy(_) => return crate::objects::mappingproxy::iter(self, obj),
                Payload::Deque(_) => return Ok(crate::objects::deque::new_iter(self, obj, false)),
                Payload::DequeIter(_) => return Ok(obj.clone()),
                _ => None,
            };
            if let Some((state, class)) = state_class {
                return Ok(self.iterator(state, &class));
            }
        }
        // `slot_tp_iter`: a class that sets `__iter__ = None` is not iterable.
        if self
            .lookup_special(obj, "__iter__")
            .is_some_and(|m| matches!(m.payload, Payload::NoneValue))
        {
            return Err(self.type_error(format!("'{}' object is not iterable", obj.class_name())));
        }
        if let Some(r) = self.call_special(obj, "__iter__", &[])? {
            if self.lookup_special(&r, "__next__").is_none()
                && !matches!(r.payload, Payload::Iterator(_) | Payload::Generator { .. })
            {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    r.class_name()
                )));
            }
            return Ok(r);
        }
        if self.lookup_special(obj, "__getitem__").is_some() {
            return Ok(self.iterator(
                IterState::Seq {
                    seq: Some(obj.clone()),
                    index: 0,
                },
                &self.types.iterator_type.clone(),
            ));
        }
        Err(self.type_error(format!("'{}' object is not iterable", obj.class_name())))
    }

    /// `next(it)`: `Ok(None)` when exhausted (StopIteration is absorbed).
    pub fn next(&mut self, it: &PyRef) -> PyResult<Option<PyRef>> {
        match &it.payload {
            // A Python subclass (`class Z(zip)`) may override `__next__`: it goes through
            // the slot, whose builtin default is the native advance.
            Payload::Iterator(_) if !is_heap(it) => self.iterator_next(it),
            Payload::DequeIter(_) => crate::objects::deque::iter_next(self, it),
            Payload::Generator { .. } => {
                let none = self.none();
                match self.resume_generator(it, none, None) {
                    Ok(GenStep::Yielded(v)) => Ok(Some(v)),
                    Ok(GenStep::Returned(_)) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => match self.call_special(it, "__next__", &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => {
                    Err(self.type_error(format!("'{}' object is not an iterator", it.class_name())))
                }
                Err(e) if self.exc_matches_name(&e.0, "StopIteration") => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    /// `PySequence_Fast(obj, message)`: [`Vm::iterate`], but a TypeError from getting the
    /// iterator is replaced by `message` ("can only join an iterable").
    pub fn sequence_fast(&mut self, obj: &PyRef, message: &str) -> PyResult<Vec<PyRef>> {
        if matches!(obj.payload, Payload::List(_) | Payload::Tuple(_)) {
            return self.iterate(obj);
        }
        let it = match self.iter(obj) {
            Err(e) if self.exc_matches_name(&e.0, "TypeError") => {
                return Err(self.type_error(message))
            }
            r => r?,
        };
        self.iterate(&it)
    }

    /// Collects an iterable into a vector.
    pub fn iterate(&mut self, obj: &PyRef) -> PyResult<Vec<PyRef>> {
        match &obj.payload {
            Payload::List(l) if obj.class().is(&self.types.list_type) => {
                return Ok(l.borrow().clone())
            }
            Payload::Tuple(t) if obj.class().is(&self.types.tuple_type) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.iter(obj)?;
        self.collect_iterator(&it)
    }

    /// The remaining items of the iterator `it` (what `iterate` does after `iter()`).
    pub fn collect_iterator(&mut self, it: &PyRef) -> PyResult<Vec<PyRef>> {
        let mut out = Vec::new();
        while let Some(v) = self.next(it)? {
            if out.len() == out.capacity() {
                // Growth a script controls: refused as `MemoryError`, not an abort.
                let more = out.len().max(4);
                limits::reserve(&mut out, more).map_err(|e| self.no_memory(e))?;
            }
            // A long Rust loop is a check point too (`list(itertools.count())`).
            if super::interrupt::take() {
                return Err(super::interrupt::exception(self));
            }
            out.push(v);
        }
        Ok(out)
    }

    /// Sends `v` into a generator or iterator (for `yield from`): `Ok(Some(yielded))`, or
    /// `Err(StopIteration(value))` when it finished.
    pub fn send_to(&mut self, it: &PyRef, v: PyRef) -> PyResult<Option<PyRef>> {
        match &it.payload {
            Payload::Iterator(_) if super::async_generator::is_awaitable_iter(it) => {
                super::async_generator::send(self, it, v).map(Some)
            }
            Payload::Generator { .. } => match self.resume_generator(it, v, None)? {
                GenStep::Yielded(y) => Ok(Some(y)),
                GenStep::Returned(r) => Err(self.stop_iteration(Some(r))),
            },
            _ => {
                let r = if matches!(v.payload, Payload::NoneValue) {
                    self.next(it)?
                } else {
                    let send = self.getattr_str(it, "send")?;
                    Some(self.call1(&send, &[v])?)
                };
                match r {
                    Some(y) => Ok(Some(y)),
                    None => Err(self.stop_iteration(None)),
                }
            }
        }
    }

    /// Resumes a generator with a sent value (or throws `exc` into it).
    pub fn resume_generator(
        &mut self,
        gen: &PyRef,
        sent: PyRef,
        exc: Option<PyRef>,
    ) -> PyResult<GenStep> {
        self.resume_thrown(gen, sent, exc, None)
    }

    /// [`Vm::resume_generator`]; `raw` is what a `throw()` call was given, which a
    /// delegate that is not a generator gets as it was (`_gen_throw`).
    fn resume_thrown(
        &mut self,
        gen: &PyRef,
        sent: PyRef,
        exc: Option<PyRef>,
        raw: Option<&[PyRef]>,
    ) -> PyResult<GenStep> {
        let Payload::Generator {
            frame,
            running,
            names,
            ..
        } = &gen.payload
        else {
            return Err(self.type_error("not a generator"));
        };
        if running.get() {
            let kind = super::coroutine::kind_name(self, gen);
            return Err(self.value_error(format!("{kind} already executing")));
        }
        // A `throw` reaches the delegate of a `yield from` / `await` first.
        let (sent, exc) = match exc {
            Some(e) => match super::coroutine::throw_to_delegate(self, gen, e, raw)? {
                super::coroutine::Delegated::Step(step) => return Ok(step),
                super::coroutine::Delegated::Throw(e) => (sent, Some(e)),
                super::coroutine::Delegated::Resume(v) => (v, None),
            },
            None => (sent, None),
        };
        // Uncounted, as CPython's `gen_send_ex2` runs the frame the generator holds
        // without a new reference (counts seen inside it are CPython's): the generator
        // keeps its frame until it is retired below, after the copy's last use, and
        // nothing else takes it meanwhile (a nested resumption is refused, `running`).
        // SAFETY: see above; `gen` (and so its frame) is alive for the whole call.
        let fr = frame
            .borrow()
            .as_ref()
            .map(|fr| unsafe { super::frame_stack::alias(fr) });
        let Some(fr) = fr else {
            if let Some(e) = exc {
                return Err(super::PyErr(e));
            }
            if super::coroutine::is_coroutine(self, gen) {
                return Err(self.runtime_error("cannot reuse already awaited coroutine"));
            }
            return Ok(GenStep::Returned(self.none()));
        };
        let Payload::Frame(cell) = &fr.payload else {
            return Err(self.type_error("bad generator frame"));
        };
        let Ok(mut fd) = cell.try_borrow_mut() else {
            return Err(self.value_error("generator already executing"));
        };
        if fd.pc > 0 || exc.is_none() {
            if fd.pc == 0 && !matches!(sent.payload, Payload::NoneValue) {
                drop(fd);
                return Err(self.type_error(format!(
                    "can't send non-None value to a just-started {}",
                    super::coroutine::kind_name(self, gen)
                )));
            }
            if fd.pc > 0 {
                fd.stack.push(sent);
            }
        }
        // The caller's handled exception, set aside while the generator runs in a handler.
        // `gi_exc_state`: a generator suspended inside an `except` kept the exception it
        // handles on top of its saved ones; it is the handled exception again while the
        // generator runs, and the caller's is back once it stops.
        let mut caller_exc = None;
        if fd.pc > 0 && in_handler(&fd) {
            let own = fd.saved_exc.pop().flatten();
            caller_exc = Some(std::mem::replace(&mut self.handled_exc, own));
        }
        running.set(true);
        // The frame stays borrowed from here through its run (a resumption is the hot path
        // of every `for` over a generator); a throw unwinds it first, unborrowed.
        let result = match exc {
            Some(e) => {
                drop(fd);
                let result = self.throw_into_frame(&fr, e);
                fd = cell.borrow_mut();
                result
            }
            None => match self.may_enter_frame() {
                Err(e) => Err(e),
                Ok(()) => {
                    let Payload::Code(cd) = &names.code.payload else {
                        unreachable!("a generator's code is a code object")
                    };
                    self.run_entered(&fr, &mut fd, cd, &names.code)
                }
            },
        };
        running.set(false);
        if matches!(result, Ok(FrameResult::Yield(_))) && in_handler(&fd) {
            let own = self.handled_exc.take();
            // Handlers entered during this run saved the caller's exception first.
            if caller_exc.is_none() {
                caller_exc = Some(fd.saved_exc.first().cloned().flatten());
            }
            fd.saved_exc.push(own);
        }
        drop(fd);
        if let Some(exc) = caller_exc {
            self.handled_exc = exc;
        }
        if matches!(result, Ok(FrameResult::Return(_))) {
            self.run_pending_if_any();
        }
        if !matches!(result, Ok(FrameResult::Yield(_))) {
            // `_PyGen_Finalize` does nothing for a finished generator (coroutine, async
            // generator): its death can skip the finalizer queue.
            gen.set_has_finalizer(false);
        }
        match result {
            Ok(FrameResult::Yield(v)) => Ok(GenStep::Yielded(v)),
            Ok(FrameResult::Return(v)) => {
                let old = frame.borrow_mut().take();
                self.retire_generator_frame(old);
                Ok(GenStep::Returned(v))
            }
            Err(e) => {
                let old = frame.borrow_mut().take();
                self.retire_generator_frame(old);
                let stop_async = super::async_generator::state(gen).is_some()
                    && self.exc_matches_name(&e.0, "StopAsyncIteration");
                if stop_async || self.exc_matches_name(&e.0, "StopIteration") {
                    let err = self.runtime_error(format!(
                        "{} raised {}",
                        super::coroutine::kind_name(self, gen),
                        if stop_async {
                            "StopAsyncIteration"
                        } else {
                            "StopIteration"
                        }
                    ));
                    if let Some(d) = self.exc_data(&err.0) {
                        *d.cause.borrow_mut() = Some(e.0.clone());
                        *d.context.borrow_mut() = Some(e.0);
                        d.suppress_context.set(true);
                    }
                    return Err(err);
                }
                Err(e)
            }
        }
    }

    /// The frame of a generator that has finished. CPython keeps a generator's frame
    /// inside the generator object, so its end allocates and frees nothing of its own:
    /// here the frame goes back to the frame pool ([`Vm::recycle_frame`]).
    fn retire_generator_frame(&mut self, frame: Option<PyRef>) {
        if let Some(frame) = frame {
            self.recycle_frame(frame);
        }
    }

    /// Raises `exc` at the generator frame's current point.
    fn throw_into_frame(&mut self, fr: &PyRef, exc: PyRef) -> PyResult<FrameResult> {
        // Implemented by running the frame with an injected pending exception: the frame
        // re-executes with a Reraise-like unwind. We emulate by pushing the exception and
        // jumping to a synthetic raise: simplest correct form is to unwind here.
        let Payload::Frame(fd) = &fr.payload else {
            return Err(super::PyErr(exc));
        };
        // The exception is raised at the suspended `yield`: the generator's frame joins its
        // traceback (and so outlives the generator with its locals, as in CPython).
        {
            let f = fd.borrow();
            let line = match &f.code.payload {
                Payload::Code(cd) => cd.code.line_of(f.lasti),
                _ => 0,
            };
            crate::gc::track(fr);
            self.add_traceback(&exc, fr, &f.code, f.lasti, line);
            // `_PyErr_ChainStackItem`: the exception the generator itself handles where it
            // stopped (never the caller's) is the thrown one's context.
            if in_handler(&f) {
                self.chain_context(&exc);
            }
        }
        let handler = {
            let mut f = fd.borrow_mut();
            let mut found = None;
            while let Some(b) = f.blocks.pop() {
                match b {
                    super::frame::Block::Finally { handler, level } => {
                        while f.stack.len() > level as usize {
                            f.stack.pop();
                        }
                        found = Some(handler);
                        break;
                    }
                    super::frame::Block::ExceptHandler { level } => {
                        while f.stack.len() > level as usize {
                            f.stack.pop();
                        }
                        let prev = f.saved_exc.pop().flatten();
                        self.handled_exc = prev;
                    }
                }
            }
            if let Some(h) = found {
                let level = f.stack.len() as u32;
                f.blocks.push(super::frame::Block::ExceptHandler { level });
                let prev = self.handled_exc.replace(exc.clone());
                f.saved_exc.push(prev);
                f.stack.push(exc.clone());
                f.pc = h as usize;
            }
            found
        };
        match handler {
            Some(_) => self.run_frame(fr),
            None => {
                // CPython still enters the frame to raise there: a tracer sees it called
                // and returning.
                let (code, line) = {
                    let f = fd.borrow();
                    let line = match &f.code.payload {
                        Payload::Code(cd) => cd.code.line_of(f.lasti),
                        _ => 0,
                    };
                    (f.code.clone(), line)
                };
                self.line_event(&code, None, line, "call");
                self.line_event(&code, None, line, "return");
                Err(super::PyErr(exc))
            }
        }
    }

    // ---- sets ----

    pub fn set_add(&mut self, set: &PyRef, item: PyRef) -> PyResult<()> {
        let Payload::Set(s) = &set.payload else {
            return Ok(());
        };
        crate::objects::methods::cell_add(self, s, item).map(|_| ())
    }

    #[inline]
    pub fn set_contains(&mut self, set: &PyRef, item: &PyRef) -> PyResult<bool> {
        crate::objects::methods::set_methods::set_contains(self, set, item)
    }

    // ---- builtin sequence operators ----

    /// `+` / `*` on builtin sequences: `Ok(None)` if not applicable.
    pub fn sequence_op(
        &mut self,
        a: &PyRef,
        b: &PyRef,
        op: BinaryOperator,
        inplace: bool,
    ) -> PyResult<Option<PyRef>> {
        use BinaryOperator::*;
        if op == Add {
            if let Some(same) = concat_unchanged(a, b) {
                return Ok(Some(same));
            }
        }
        match (op, &a.payload, &b.payload) {
            // A memoryview operand joins bytes and bytearray as the bytes it shows.
            (Add, Payload::Bytes(_) | Payload::ByteArray(_), Payload::MemoryView(_)) => {
                let data = crate::objects::memoryview::buffer_bytes(self, b)?;
                let shown = self.bytes(data.unwrap_or_default());
                self.sequence_op(a, &shown, op, inplace)
            }
            (Add, Payload::Str(x), Payload::Str(y)) => {
                let size = limits::sum(x.as_str().len(), y.as_str().len());
                let mut s = size
                    .and_then(limits::string_with_capacity)
                    .map_err(|e| self.no_memory(e))?;
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Ok(Some(self.string(s)))
            }
            (Add, Payload::List(x), Payload::List(y)) if !inplace => {
                // `list_concat`: a new list of exactly the combined length, one copy.
                let (x, y) = (x.borrow(), y.borrow());
                let mut items = limits::sum(x.len(), y.len())
                    .and_then(limits::vec_with_capacity)
                    .map_err(|e| self.no_memory(e))?;
                items.extend(x.iter().cloned());
                items.extend(y.iter().cloned());
                drop((x, y));
                Ok(Some(self.list(items)))
            }
            (Add, Payload::List(x), _) if inplace && !matches!(b.payload, Payload::Int(_)) => {
                // `list_inplace_concat` is `list.extend`, with its allocation policy.
                crate::objects::sizeof::list_extend_from(self, x, b)?;
                Ok(Some(a.clone()))
            }
            (Add, Payload::Tuple(x), Payload::Tuple(y)) => {
                let items = limits::concat(x, y).map_err(|e| self.no_memory(e))?;
                Ok(Some(self.tuple(items)))
            }
            (Add, Payload::ByteArray(x), Payload::Bytes(_) | Payload::ByteArray(_)) => {
                let other: Vec<u8> = match &b.payload {
                    Payload::Bytes(y) => y.to_vec(),
                    Payload::ByteArray(y) => y.borrow().clone(),
                    _ => Vec::new(),
                };
                if inplace {
                    // `bytearray_iconcat`: `PyByteArray_Resize` to the sum, then the copy.
                    if !other.is_empty() {
                        crate::objects::memoryview::check_resizable(self, a)?;
                    }
                    let mut v = x.borrow_mut();
                    let size = v.len();
                    let total = limits::sum(size, other.len());
                    total
                        .and_then(|t| crate::objects::sizeof::try_bytearray_resize_in(a, &mut v, t))
                        .map_err(|e| self.no_memory(e))?;
                    v[size..].copy_from_slice(&other);
                    drop(v);
                    return Ok(Some(a.clone()));
                }
                let data = limits::concat(&x.borrow(), &other).map_err(|e| self.no_memory(e))?;
                let data = crate::objects::sizeof::bytearray_exact(&data);
                Ok(Some(PyRef::new(
                    &self.types.bytearray_type,
                    Payload::ByteArray(std::cell::RefCell::new(data)),
                )))
            }
            // `sq_concat` only once no `__radd__` could answer (builtin right operands).
            (Add, Payload::ByteArray(_), _) if !is_heap(b) => {
                Err(self.type_error(format!("can't concat {} to bytearray", b.class_name())))
            }
            (Add, Payload::Bytes(x), Payload::Bytes(y)) => {
                let v = limits::concat(x, y).map_err(|e| self.no_memory(e))?;
                Ok(Some(self.bytes(v)))
            }
            (
                Multiply,
                Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_),
                _,
            ) if b.is_int() => self.repeat(a, b, inplace).map(Some),
            (
                Multiply,
                _,
                Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_),
            ) if a.is_int() => self.repeat(b, a, false).map(Some),
            (
                Or | And | Subtract | Xor,
                Payload::Set(_) | Payload::FrozenSet(_),
                Payload::Set(_) | Payload::FrozenSet(_),
            ) => {
                if inplace {
                    if let Some(r) = crate::objects::methods::set_inplace_op(self, a, b, op)? {
                        return Ok(Some(r));
                    }
                }
                crate::objects::methods::set_binary_op(self, a, b, op)
            }
            (Or | And | Subtract | Xor, Payload::DictView { .. }, _)
            | (Or | And | Subtract | Xor, _, Payload::DictView { .. })
                if crate::objects::dictview::is_set_like(a)
                    || crate::objects::dictview::is_set_like(b) =>
            {
                // Set-like views combine as sets: `d.keys() & other` is a set.
                crate::objects::dictview::set_operator(self, a, b, op).map(Some)
            }
            (Or, Payload::Dict(x), Payload::Dict(_)) => {
                if inplace {
                    crate::objects::methods::dict_update_from(self, x, b)?;
                    return Ok(Some(a.clone()));
                }
                crate::objects::methods::container_slots::dict_union(self, a, b).map(Some)
            }
            (Remainder, Payload::Str(_), _) => self.percent_format(a, b).map(Some),
            _ => Ok(None),
        }
    }

    fn repeat(&mut self, seq: &PyRef, count: &PyRef, inplace: bool) -> PyResult {
        let n = match count.as_i64() {
            Some(n) => n.max(0) as usize,
            None => return Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
        };
        // `unicode_repeat`, `tuplerepeat`, `bytes_repeat`: a result equal to the operand is
        // the operand itself when it is of the exact type.
        let unchanged = match &seq.payload {
            Payload::Str(s) => n == 1 || s.as_str().is_empty(),
            Payload::Tuple(t) => n == 1 || t.is_empty(),
            Payload::Bytes(b) => n == 1 || b.is_empty(),
            _ => false,
        };
        if unchanged && !is_heap(seq) {
            return Ok(seq.clone());
        }
        // CPython: a str or bytes result longer than `PY_SSIZE_T_MAX` is an OverflowError,
        // a list or tuple one a MemoryError (`list_repeat`'s `PyErr_NoMemory`).
        let too_long = |len: usize| len.checked_mul(n).is_none_or(|t| t > isize::MAX as usize);
        match &seq.payload {
            Payload::Str(s) if too_long(s.as_str().len()) => {
                Err(self.overflow_error("repeated string is too long"))
            }
            Payload::Bytes(b) if too_long(b.len()) => {
                Err(self.overflow_error("repeated bytes are too long"))
            }
            Payload::Str(s) => {
                let text = limits::repeat_str(s.as_str(), n).map_err(|e| self.no_memory(e))?;
                Ok(self.string(text))
            }
            Payload::Bytes(b) => {
                let data = limits::repeat(b, n).map_err(|e| self.no_memory(e))?;
                Ok(self.bytes(data))
            }
            Payload::List(l) if inplace => {
                // `list_inplace_repeat`: `*= 0` is `list.clear()` (items released last to
                // first, the allocation freed); otherwise `list_resize` to `size * n`.
                let size = l.borrow().len();
                if size == 0 || n == 1 {
                    return Ok(seq.clone());
                }
                if n == 0 {
                    let mut old = std::mem::take(&mut *l.borrow_mut());
                    while let Some(x) = old.pop() {
                        drop(x);
                    }
                    return Ok(seq.clone());
                }
                let mut v = l.borrow_mut();
                let total = limits::product(size, n).map_err(|e| self.no_memory(e))?;
                crate::objects::sizeof::try_list_resize(&mut v, total)
                    .map_err(|e| self.no_memory(e))?;
                for _ in 1..n {
                    v.extend_from_within(..size);
                }
                drop(v);
                Ok(seq.clone())
            }
            Payload::List(l) => {
                let out = limits::repeat(&l.borrow(), n).map_err(|e| self.no_memory(e))?;
                Ok(self.list(out))
            }
            Payload::Tuple(t) => {
                let out = limits::repeat(t, n).map_err(|e| self.no_memory(e))?;
                Ok(self.tuple(out))
            }
            _ => Err(self.type_error("can't multiply sequence")),
        }
    }

    /// Comparison of builtin values without Python code: `Ok(None)` if not applicable.
    pub fn builtin_compare_values(
        &mut self,
        a: &PyRef,
        b: &PyRef,
        kind: CompareKind,
    ) -> PyResult<Option<bool>> {
        if is_heap(a) || is_heap(b) {
            return Ok(None);
        }
        self.native_compare(a, b, kind)
    }

    /// Comparison of the builtin payloads, ignoring overrides (`int.__lt__`).
    pub fn native_compare(
        &mut self,
        a: &PyRef,
        b: &PyRef,
        kind: CompareKind,
    ) -> PyResult<Option<bool>> {
        if matches!(kind, CompareKind::Eq | CompareKind::Ne) {
            if let Some(eq) = crate::vm::protocols::native_eq(a, b) {
                return Ok(Some(eq == (kind == CompareKind::Eq)));
            }
        }
        let ord: Option<Ordering> = match (&a.payload, &b.payload) {
            (Payload::Str(x), Payload::Str(y)) => Some(x.as_str().cmp(y.as_str())),
            (Payload::Bytes(x), Payload::Bytes(y)) => Some(x.cmp(y)),
            // `bytearray_richcompare`: a bytearray orders against bytes and bytearrays.
            (Payload::ByteArray(x), Payload::ByteArray(y)) => Some(x.borrow().cmp(&y.borrow())),
            (Payload::ByteArray(x), Payload::Bytes(y)) => Some(x.borrow()[..].cmp(&y[..])),
            (Payload::Bytes(x), Payload::ByteArray(y)) => Some(x[..].cmp(&y.borrow()[..])),
            (
                Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_) | Payload::Float(_),
                Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_) | Payload::Float(_),
            ) => {
                match crate::objects::number::num_compare(a, b) {
                    Some(o) => Some(o),
                    None => {
                        // NaN: every comparison false except !=.
                        return Ok(Some(kind == CompareKind::Ne));
                    }
                }
            }
            (Payload::List(_), Payload::List(_)) | (Payload::Tuple(_), Payload::Tuple(_)) => {
                // Lists (not tuples) first compare lengths for `==` and `!=`.
                if matches!(kind, CompareKind::Eq | CompareKind::Ne)
                    && matches!(a.payload, Payload::List(_))
                    && seq_len(a) != seq_len(b)
                {
                    return Ok(Some(kind == CompareKind::Ne));
                }
                self.enter_recursive_call(" in comparison")?;
                let r = self.compare_sequences(a, b, kind);
                self.depth -= 1;
                return r;
            }
            (Payload::Dict(_), Payload::Dict(_))
                if matches!(kind, CompareKind::Eq | CompareKind::Ne) =>
            {
                let eq = self.dicts_equal(a, b)?;
                return Ok(Some(eq == (kind == CompareKind::Eq)));
            }
            (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
                // `set_richcompare`: sizes first, then one subset test, so `__eq__`
                // runs as often as in CPython.
                use crate::objects::methods::set_methods::set_len;
                let (la, lb) = (set_len(a), set_len(b));
                return Ok(Some(match kind {
                    CompareKind::Eq | CompareKind::Ne => {
                        let eq = la == lb && self.set_subset(a, b)?;
                        eq == (kind == CompareKind::Eq)
                    }
                    CompareKind::Le => self.set_subset(a, b)?,
                    CompareKind::Ge => self.set_subset(b, a)?,
                    CompareKind::Lt => la < lb && self.set_subset(a, b)?,
                    CompareKind::Gt => la > lb && self.set_subset(b, a)?,
                }));
            }
            (Payload::DictView { .. }, _) | (_, Payload::DictView { .. })
                if matches!(kind, CompareKind::Eq | CompareKind::Ne)
                    && crate::objects::dictview::is_set_like(a) =>
            {
                let x = crate::objects::dictview::to_set(self, a)?;
                let y = match &b.payload {
                    Payload::DictView { .. } if crate::objects::dictview::is_set_like(b) => {
                        crate::objects::dictview::to_set(self, b)?
                    }
                    Payload::Set(_) | Payload::FrozenSet(_) => b.clone(),
                    _ => return Ok(Some(kind == CompareKind::Ne)),
                };
                let (ab, ba) = (self.set_subset(&x, &y)?, self.set_subset(&y, &x)?);
                return Ok(Some((ab && ba) == (kind == CompareKind::Eq)));
            }
            (Payload::Range { .. }, Payload::Range { .. })
                if matches!(kind, CompareKind::Eq | CompareKind::Ne) =>
            {
                // Ranges are equal when they produce the same sequence.
                let shape = |vm: &mut Vm, r: &PyRef| -> PyResult<(usize, i64, i64)> {
                    let len = vm.builtin_len(r)?.unwrap_or(0);
                    let Payload::Range { start, step, .. } = &r.payload else {
                        return Ok((0, 0, 0));
                    };
                    Ok((len, start.as_i64().unwrap_or(0), step.as_i64().unwrap_or(1)))
                };
                let ((n1, s1, st1), (n2, s2, st2)) = (shape(self, a)?, shape(self, b)?);
                let same = n1 == n2 && (n1 == 0 || (s1 == s2 && (n1 == 1 || st1 == st2)));
                return Ok(Some(same == (kind == CompareKind::Eq)));
            }
            // Compared as their mappings, by `mappingproxy`'s own `__eq__`...
            (Payload::MappingProxy(_), _) | (_, Payload::MappingProxy(_)) => return Ok(None),
            (Payload::NoneValue, Payload::NoneValue) => {
                Some(Ordering::Equal).filter(|_| matches!(kind, CompareKind::Eq | CompareKind::Ne))
            }
            (Payload::MemoryView(_), _) | (_, Payload::MemoryView(_)) => {
                if matches!(kind, CompareKind::Eq | CompareKind::Ne) {
                    let eq = crate::objects::memoryview::equal(self, a, b)?;
                    return Ok(eq.map(|eq| eq == (kind == CompareKind::Eq)));
                }
                // `bytearray_richcompare` orders a bytearray against any buffer.
                match crate::objects::memoryview::ordering_bytes(self, a, b)? {
                    Some((x, y)) => Some(x.cmp(&y)),
                    None => return Ok(None),
                }
            }
            _ => None,
        };
        let Some(ord) = ord else {
            if matches!(kind, CompareKind::Eq | CompareKind::Ne)
                && std::mem::discriminant(&a.payload) != std::mem::discriminant(&b.payload)
                && !matches!(a.payload, Payload::Instance(_))
                && !matches!(b.payload, Payload::Instance(_))
                && !matches!(a.payload, Payload::Type(_))
            {
                return Ok(Some((kind == CompareKind::Ne) != a.is(b)));
            }
            return Ok(None);
        };
        Ok(Some(kind.holds(&ord, &Ordering::Equal)))
    }

    /// `list_richcompare` / `tuplerichcompare`: the first index where the items differ
    /// decides, else the lengths. Items are read one at a time, and the lengths afresh at
    /// each step, since an item's `__eq__` may change a list being compared.
    fn compare_sequences(
        &mut self,
        a: &PyRef,
        b: &PyRef,
        kind: CompareKind,
    ) -> PyResult<Option<bool>> {
        let mut i = 0;
        while let (Some(x), Some(y)) = (seq_item(a, i), seq_item(b, i)) {
            if !x.is(&y) && !self.eq(&x, &y)? {
                return match kind {
                    CompareKind::Eq => Ok(Some(false)),
                    CompareKind::Ne => Ok(Some(true)),
                    _ => {
                        let r = self.compare(&x, &y, kind)?;
                        Ok(Some(self.is_true(&r)?))
                    }
                };
            }
            i += 1;
        }
        let ord = seq_len(a).cmp(&seq_len(b));
        Ok(Some(kind.holds(&ord, &Ordering::Equal)))
    }

    /// `Py_EnterRecursiveCall`: native recursion (nested reprs, comparisons) counts against
    /// the recursion limit like Python calls do. The caller decrements `depth` after.
    pub fn enter_recursive_call(&mut self, what: &str) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(self.new_error(
                "RecursionError",
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        self.depth += 1;
        Ok(())
    }

    fn dicts_equal(&mut self, a: &PyRef, b: &PyRef) -> PyResult<bool> {
        let (Payload::Dict(x), Payload::Dict(y)) = (&a.payload, &b.payload) else {
            return Ok(false);
        };
        if x.borrow().len() != y.borrow().len() {
            return Ok(false);
        }
        let entries: Vec<(PyRef, PyRef)> = x.borrow().snapshot();
        for (k, v) in entries {
            match self.dict_get(y, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn set_subset(&mut self, a: &PyRef, b: &PyRef) -> PyResult<bool> {
        crate::objects::methods::set_methods::sets_subset(self, a, b)
    }

    /// Calls a generator method-like helper for `send`/`throw`/`close` natives.
    pub fn gen_send(&mut self, gen: &PyRef, v: PyRef) -> PyResult {
        match self.resume_generator(gen, v, None)? {
            GenStep::Yielded(y) => Ok(y),
            GenStep::Returned(r) => Err(self.stop_iteration(
                if matches!(r.payload, Payload::NoneValue) {
                    None
                } else {
                    Some(r)
                },
            )),
        }
    }

    pub fn gen_throw(&mut self, gen: &PyRef, exc: PyRef) -> PyResult {
        self.gen_throw_as_called(gen, exc, None)
    }

    /// `gen.throw(*raw)`: [`Vm::gen_throw`] of the exception `raw` made, passing `raw` on
    /// to a delegate that is not a generator.
    pub fn gen_throw_as_called(
        &mut self,
        gen: &PyRef,
        exc: PyRef,
        raw: Option<&[PyRef]>,
    ) -> PyResult {
        let none = self.none();
        match self.resume_thrown(gen, none, Some(exc), raw)? {
            GenStep::Yielded(y) => Ok(y),
            GenStep::Returned(r) => Err(self.stop_iteration(
                if matches!(r.payload, Payload::NoneValue) {
                    None
                } else {
                    Some(r)
                },
            )),
        }
    }
}

/// `PyUnicode_Concat`, `tupleconcat`, `bytes_concat`: with an empty operand, the other
/// one itself when it is of the exact type (not a subclass).
fn concat_unchanged(a: &PyRef, b: &PyRef) -> Option<PyRef> {
    let len = |o: &PyRef| match &o.payload {
        Payload::Str(s) => Some(s.as_str().len()),
        Payload::Tuple(t) => Some(t.len()),
        Payload::Bytes(b) => Some(b.len()),
        _ => None,
    };
    if std::mem::discriminant(&a.payload) != std::mem::discriminant(&b.payload) {
        return None;
    }
    match (len(a)?, len(b)?) {
        (_, 0) if !is_heap(a) => Some(a.clone()),
        (0, _) if !is_heap(b) => Some(b.clone()),
        _ => None,
    }
}

/// Whether `obj` is an instance of a class defined in Python (whose special methods may
/// override the builtin behaviour of its payload).
#[inline]
pub fn is_heap(obj: &PyRef) -> bool {
    obj.class().type_data().is_some_and(|t| t.is_heap_type)
}

/// Whether a frame stopped inside an exception handler (an `ExceptHandler` block).
fn in_handler(f: &super::frame::FrameData) -> bool {
    f.blocks
        .iter()
        .any(|b| matches!(b, super::frame::Block::ExceptHandler { .. }))
}

/// One step of a generator.
pub enum GenStep {
    Yielded(PyRef),
    Returned(PyRef),
}

/// The length of a list or tuple (0 for anything else).
fn seq_len(obj: &PyRef) -> usize {
    match &obj.payload {
        Payload::List(l) => l.borrow().len(),
        Payload::Tuple(t) => t.len(),
        _ => 0,
    }
}

/// Item `i` of a list or tuple, if it has one (a new reference).
fn seq_item(obj: &PyRef, i: usize) -> Option<PyRef> {
    match &obj.payload {
        Payload::List(l) => l.borrow().get(i).cloned(),
        Payload::Tuple(t) => t.get(i).cloned(),
        _ => None,
    }
}
