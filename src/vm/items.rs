//! Indexing and slicing of builtin sequences, and advancing the builtin iterators.

use super::containers::{adjust_indices, resolve_index};
use super::{PyResult, Vm};
use crate::heap::PyRef;
use crate::objects::iterators::IterState;
use crate::objects::payload::Payload;

impl Vm {
    /// `obj[key]` for str, bytes, list/tuple slices and ranges; `Ok(None)` otherwise.
    pub fn builtin_getitem(&mut self, obj: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
        let is_slice = matches!(key.payload, Payload::Slice { .. });
        match &obj.payload {
            Payload::Str(s) => {
                if is_slice {
                    let len = s.char_len();
                    let span = self.slice_span(key, len)?;
                    if span.is_whole(len) && obj.class().is(&self.types.str_type) {
                        return Ok(Some(obj.clone()));
                    }
                    if span.step == 1 {
                        let start = span.start as usize;
                        return Ok(Some(self.str(s.substring(start, start + span.len))));
                    }
                    let out: String = span.positions().map(|i| s.char_at(i)).collect();
                    return Ok(Some(self.string(out)));
                }
                let i = self.item_index(key, || {
                    format!(
                        "string indices must be integers, not '{}'",
                        key.class_name()
                    )
                })?;
                match resolve_index(i, s.char_len()) {
                    Some(i) => {
                        let c = s.char_at(i);
                        Ok(Some(self.string(c.to_string())))
                    }
                    None => Err(self.index_error("string index out of range")),
                }
            }
            Payload::Bytes(b) => {
                if is_slice {
                    let span = self.slice_span(key, b.len())?;
                    if span.is_whole(b.len()) && obj.class().is(&self.types.bytes_type) {
                        return Ok(Some(obj.clone()));
                    }
                    let out: Vec<u8> = span.positions().map(|i| b[i]).collect();
                    return Ok(Some(self.bytes(out)));
                }
                let i = self.item_index(key, || {
                    format!(
                        "byte indices must be integers or slices, not {}",
                        key.class_name()
                    )
                })?;
                match resolve_index(i, b.len()) {
                    Some(i) => Ok(Some(self.int(b[i] as i64))),
                    None => Err(self.index_error("index out of range")),
                }
            }
            // `list_subscript` / `tuplesubscript`: the bounds are unpacked (running any
            // `__index__`) before the length is read, then the items are copied once.
            Payload::List(items) if is_slice => {
                let (start, stop, step) = self.slice_unpack(key)?;
                let out = {
                    let items = items.borrow();
                    adjust_indices(items.len(), start, stop, step).gather(&items)
                };
                Ok(Some(self.list_allocated(out)))
            }
            Payload::Tuple(items) if is_slice => {
                let span = self.slice_span(key, items.len())?;
                // Only an exact tuple is given back whole (`PyTuple_CheckExact`).
                if span.is_whole(items.len()) && obj.class().is(&self.types.tuple_type) {
                    return Ok(Some(obj.clone()));
                }
                Ok(Some(self.tuple(span.gather(items))))
            }
            Payload::Range { start, stop, step } if is_slice => {
                // A slice of a range is a range (`compute_slice`), computed on ints of any
                // size as `_PySlice_GetLongIndices` does: nothing is clamped to a machine
                // size (`range(4)[::2**100]`).
                let a = start.as_bigint().unwrap_or_default();
                let c = step.as_bigint().unwrap_or_default();
                let len = range_length(&a, &stop.as_bigint().unwrap_or_default(), &c);
                let (s, e, st) = self.slice_long_indices(key, &len)?;
                let (new_start, new_stop, new_step) = (
                    self.bigint(&a + &s * &c),
                    self.bigint(&a + &e * &c),
                    self.bigint(&c * &st),
                );
                Ok(Some(PyRef::new(
                    &self.types.range_type,
                    Payload::Range {
                        start: new_start,
                        stop: new_stop,
                        step: new_step,
                    },
                )))
            }
            Payload::Range { start, stop, step } => {
                // `range_subscript`: any index (`PyNumber_Index`), then `compute_range_item`
                // on unbounded ints.
                if !key.is_int() && self.lookup_special(key, "__index__").is_none() {
                    return Err(self.type_error(format!(
                        "range indices must be integers or slices, not {}",
                        key.class_name()
                    )));
                }
                let mut i = self.number_index(key)?.as_bigint().unwrap_or_default();
                let a = start.as_bigint().unwrap_or_default();
                let c = step.as_bigint().unwrap_or_default();
                let len = range_length(&a, &stop.as_bigint().unwrap_or_default(), &c);
                if num_traits::Signed::is_negative(&i) {
                    i += &len;
                }
                if num_traits::Signed::is_negative(&i) || i >= len {
                    return Err(self.index_error("range object index out of range"));
                }
                Ok(Some(self.bigint(a + i * c)))
            }
            _ => Ok(None),
        }
    }

    /// `len()` of builtin payloads not handled inline (ranges). A range longer than
    /// `sys.maxsize` raises OverflowError, as `range_length` does.
    pub fn builtin_len(&mut self, obj: &PyRef) -> PyResult<Option<usize>> {
        if let Some(n) = self.range_len_big(obj) {
            return match i64::try_from(&n) {
                Ok(n) => Ok(Some(n as usize)),
                Err(_) => Err(self.overflow_error("Python int too large to convert to C ssize_t")),
            };
        }
        Ok(None)
    }

    /// The exact length of a range (`compute_range_length`), whatever its size.
    pub fn range_len_big(&self, obj: &PyRef) -> Option<num_bigint::BigInt> {
        let Payload::Range { start, stop, step } = &obj.payload else {
            return None;
        };
        let (a, b, c) = (start.as_bigint()?, stop.as_bigint()?, step.as_bigint()?);
        Some(range_length(&a, &b, &c))
    }

    /// `FOR_ITER_RANGE` / `FOR_ITER_LIST`: the next item of a range or a list/tuple
    /// iterator while it has one, without the general dispatch. `None` means "ask
    /// [`Vm::iterator_next`]" (another iterator, or this one at its end).
    #[inline(always)]
    pub(super) fn iterator_next_fast(&self, it: &PyRef) -> Option<PyRef> {
        let Payload::Iterator(state) = &it.payload else {
            return None;
        };
        let mut st = state.try_borrow_mut().ok()?;
        match &mut *st {
            IterState::Range { next, stop, step } => {
                let more = if *step > 0 {
                    *next < *stop
                } else {
                    *next > *stop
                };
                if !more {
                    return None;
                }
                let v = *next;
                *next += *step;
                drop(st);
                Some(self.int(v))
            }
            IterState::Seq {
                seq: Some(s),
                index,
            } => {
                let item = match &s.payload {
                    Payload::List(l) => {
                        // SAFETY: the items are only read, and the one returned cloned;
                        // no Python code runs and nothing is released meanwhile, so no
                        // mutable borrow can start while this reference lives.
                        let items = unsafe { l.try_borrow_unguarded() }.ok()?;
                        items.get(*index)?.clone()
                    }
                    Payload::Tuple(t) => t.get(*index)?.clone(),
                    _ => return None,
                };
                *index += 1;
                Some(item)
            }
            _ => None,
        }
    }

    /// Advances a builtin iterator: `Ok(None)` when exhausted.
    pub fn iterator_next(&mut self, it: &PyRef) -> PyResult<Option<PyRef>> {
        let Payload::Iterator(state) = &it.payload else {
            return Ok(None);
        };
        if let Some(v) = self.iterator_next_fast(it) {
            return Ok(Some(v));
        }
        // Cheap states advance under the borrow; the others clone what they need first.
        let mut st = state.borrow_mut();
        match &mut *st {
            IterState::Itertools(tool) => Ok(crate::modules::itertools::next(self, tool)),
            IterState::ODict { .. } => {
                drop(st);
                crate::modules::collections::odict_iter_next(self, state)
            }
            IterState::AsyncAwait(_) => {
                drop(st);
                let none = self.none();
                match super::async_generator::send(self, it, none) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_matches_name(&e.0, "StopIteration") => Ok(None),
                    Err(e) => Err(e),
                }
            }
            // `iterator_next_fast` (tried first, above) gives every value a range has.
            IterState::Range { .. } => {
                *st = IterState::Exhausted;
                Ok(None)
            }
            IterState::Seq { seq, index } => {
                let Some(s) = seq.clone() else {
                    return Ok(None);
                };
                let i = *index;
                let item = match &s.payload {
                    Payload::List(l) => l.borrow().get(i).cloned(),
                    Payload::Tuple(t) => t.get(i).cloned(),
                    Payload::Str(p) => {
                        (i < p.char_len()).then(|| self.string(p.char_at(i).to_string()))
                    }
                    Payload::Bytes(b) => b.get(i).map(|x| self.int(*x as i64)),
                    Payload::ByteArray(b) => b.borrow().get(i).map(|x| self.int(*x as i64)),
                    _ => {
                        drop(st);
                        let key = self.int(i as i64);
                        return match self.getitem(&s, &key) {
                            Ok(v) => {
                                if let IterState::Seq { index, .. } = &mut *state.borrow_mut() {
                                    *index += 1;
                                }
                                Ok(Some(v))
                            }
                            Err(e)
                                if self.exc_matches_name(&e.0, "IndexError")
                                    || self.exc_matches_name(&e.0, "StopIteration") =>
                            {
                                *state.borrow_mut() = IterState::Exhausted;
                                Ok(None)
                            }
                            Err(e) => Err(e),
                        };
                    }
                };
                match item {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        let old = std::mem::replace(&mut *st, IterState::Exhausted);
                        drop(st);
                        drop(old);
                        Ok(None)
                    }
                }
            }
            IterState::SeqReverse { seq, index } => {
                let Some(s) = seq.clone() else {
                    return Ok(None);
                };
                if *index < 0 {
                    let old = std::mem::replace(&mut *st, IterState::Exhausted);
                    drop(st);
                    drop(old);
                    return Ok(None);
                }
                let i = *index as usize;
                *index -= 1;
                let item = match &s.payload {
                    Payload::List(l) => l.borrow().get(i).cloned(),
                    Payload::Tuple(t) => t.get(i).cloned(),
                    Payload::Str(p) => {
                        (i < p.char_len()).then(|| self.string(p.char_at(i).to_string()))
                    }
                    _ => {
                        drop(st);
                        let key = self.int(i as i64);
                        return self.getitem(&s, &key).map(Some);
                    }
                };
                Ok(item)
            }
            // dictiter_iternextkey & co.: walk entry positions, skipping holes.
            IterState::Dict {
                dict,
                pos,
                len,
                left,
                kind,
                reverse,
                ..
            } => {
                let Some(d) = dict.clone() else {
                    return Ok(None);
                };
                let Payload::Dict(dd) = &d.payload else {
                    return Ok(None);
                };
                let db = dd.borrow();
                if db.len() != *len {
                    // Sticky, as CPython's `di_used = -1`.
                    *len = usize::MAX;
                    drop(db);
                    drop(st);
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                let found = if *reverse {
                    db.prev_entry(*pos)
                } else {
                    db.next_entry(*pos)
                }
                .map(|(i, k, v)| (i, k.clone(), v.clone()));
                drop(db);
                let keys_changed = found.is_some() && *left == 0;
                let Some((i, k, v)) = found.filter(|_| !keys_changed) else {
                    let old = std::mem::replace(&mut *st, IterState::Exhausted);
                    drop(st);
                    drop(old);
                    if keys_changed {
                        return Err(self.runtime_error("dictionary keys changed during iteration"));
                    }
                    return Ok(None);
                };
                *pos = if *reverse { i } else { i + 1 };
                *left -= 1;
                Ok(Some(match *kind {
                    0 => k,
                    1 => v,
                    _ => match &mut *st {
                        IterState::Dict { result, .. } => {
                            crate::objects::iterators::recycled_result(self, result, [k, v])
                        }
                        _ => unreachable!("a dict iterator's state"),
                    },
                }))
            }
            IterState::Set { set, pos, len } => {
                let Some(s) = set.clone() else {
                    return Ok(None);
                };
                let found = match &s.payload {
                    Payload::Set(data) => {
                        let data = data.borrow();
                        if data.len() != *len {
                            drop(data);
                            drop(st);
                            return Err(self.runtime_error("Set changed size during iteration"));
                        }
                        data.entry_from(*pos).map(|(p, k)| (p, k.clone()))
                    }
                    Payload::FrozenSet(data) => data.entry_from(*pos).map(|(p, k)| (p, k.clone())),
                    _ => None,
                };
                match found {
                    Some((p, k)) => {
                        *pos = p;
                        Ok(Some(k))
                    }
                    None => {
                        let old = std::mem::replace(&mut *st, IterState::Exhausted);
                        drop(st);
                        drop(old);
                        Ok(None)
                    }
                }
            }
            IterState::Enumerate {
                it: inner, count, ..
            } => {
                // `enum_next` borrows `en_sit` for the step, so the inner iterator is
                // counted as CPython counts it (a generator sees its own count).
                // SAFETY: see `running_field`.
                let inner = unsafe { running_field(inner) };
                let c = count.clone();
                drop(st);
                match self.next(&inner)? {
                    Some(v) => {
                        // `enum_next`: the index counts in a machine word (`en_index`)
                        // until that overflows.
                        let next = match &c.payload {
                            Payload::Int(i) if i.checked_add(1).is_some() => self.int(i + 1),
                            _ => {
                                let one = self.int(1);
                                let add = crate::bytecode::BinaryOperator::Add;
                                self.binary_op(&c, &one, add, false)?
                            }
                        };
                        let mut cache = match &mut *state.borrow_mut() {
                            IterState::Enumerate { count, result, .. } => {
                                *count = next;
                                result.take()
                            }
                            _ => None,
                        };
                        let r =
                            crate::objects::iterators::recycled_result(self, &mut cache, [c, v]);
                        if let IterState::Enumerate { result, .. } = &mut *state.borrow_mut() {
                            *result = cache;
                        }
                        Ok(Some(r))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { its, strict, .. } => {
                // The step holds the tuple of iterators, so a `__next__` that drops the
                // zip leaves them alive until it returns.
                let (tuple, strict) = (its.clone(), *strict);
                drop(st);
                let its = tuple.tuple_items().unwrap_or_default();
                if its.is_empty() {
                    return Ok(None);
                }
                // `zip_next`: while the zip holds the only reference to its last result,
                // that tuple is refilled in place, each old item released as soon as its
                // replacement arrives; an iterator that ends midway leaves the items
                // already replaced in it. Otherwise a new tuple is made first (before any
                // iterator is asked) and filled; an end midway frees it.
                let mut cache = match &mut *state.borrow_mut() {
                    IterState::Zip { result, .. } => result.take(),
                    _ => None,
                };
                let reuse = cache.as_mut().is_some_and(|t| {
                    matches!(t.sole_payload_mut(), Some(Payload::Tuple(items)) if items.len() == its.len())
                });
                let mut fresh = (!reuse).then(|| self.tuple(vec![self.none(); its.len()]));
                for (i, inner) in its.iter().enumerate() {
                    // A list, tuple or range iterator advances in place (`FOR_ITER_LIST`'s
                    // path): the usual arguments of a zip.
                    let step = match self.iterator_next_fast(inner) {
                        Some(v) => Ok(Some(v)),
                        None => self.next(inner),
                    };
                    let item = match step {
                        Ok(Some(v)) => v,
                        end => {
                            zip_keep_result(state, cache);
                            drop(fresh);
                            return match end {
                                Err(e) => Err(e),
                                _ => self.zip_strict_check(its, i, strict).map(|()| None),
                            };
                        }
                    };
                    let target = if reuse {
                        cache.as_mut()
                    } else {
                        fresh.as_mut()
                    };
                    let old = match target.and_then(|t| t.sole_payload_mut()) {
                        Some(Payload::Tuple(items)) => Some(std::mem::replace(&mut items[i], item)),
                        _ => None,
                    };
                    drop(old);
                }
                let r = fresh.or_else(|| cache.clone());
                if reuse {
                    // A collection may have untracked it meanwhile (bpo-42536).
                    r.iter().for_each(|t| crate::gc::track_in(t, 0));
                }
                zip_keep_result(state, cache);
                Ok(r)
            }
            IterState::Map { its, func } => {
                // `map_next` borrows the function and the iterators.
                // SAFETY: see `running_field`.
                let (func, tuple) = unsafe { (running_field(func), running_field(its)) };
                drop(st);
                let its = tuple.tuple_items().unwrap_or_default();
                let mut args = Vec::with_capacity(its.len());
                for inner in its.iter() {
                    match self.next(inner)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call1(&func, &args).map(Some)
            }
            IterState::Filter { func, it: inner } => {
                // `filter_next` borrows the function and the iterator.
                // SAFETY: see `running_field`.
                let (func, inner) = unsafe { (running_field(func), running_field(inner)) };
                drop(st);
                while let Some(v) = self.next(&inner)? {
                    let keep = if matches!(func.payload, Payload::NoneValue) {
                        self.is_true(&v)?
                    } else {
                        let r = self.call1(&func, std::slice::from_ref(&v))?;
                        self.is_true(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            IterState::CallIter { callable, sentinel } => {
                let (c, s) = (callable.clone(), sentinel.clone());
                drop(st);
                // `calliter_iternext`: the sentinel or a StopIteration from the callable
                // ends the iteration, and the iterator lets go of both at once.
                match self.call1(&c, &[]) {
                    Ok(v) => {
                        if !self.eq(&s, &v)? {
                            return Ok(Some(v));
                        }
                    }
                    Err(e) if self.exc_matches_name(&e.0, "StopIteration") => {}
                    Err(e) => return Err(e),
                }
                drop((c, s));
                let old = std::mem::replace(&mut *state.borrow_mut(), IterState::Exhausted);
                drop(old);
                Ok(None)
            }
            IterState::Exhausted => Ok(None),
        }
    }
}

/// An uncounted copy of a field of a running `enumerate`, `map` or `filter` step, as
/// their C `*_next` functions borrow `en_sit`, `func` and `iters`: so the objects are
/// counted as CPython counts them while the step calls into Python code.
///
/// # Safety
/// The step's iterator must be held (counted) by its caller for the whole step, and the
/// field must be one nothing replaces after construction. Both hold for these three
/// kinds: their fields are set only by their constructors (they have no `__setstate__`,
/// and their steps never end in `Exhausted`), and the state as a whole is replaced only
/// by the collector's `IterState::clear`, which reaches unreachable objects only, never an
/// iterator a caller holds. So the field's reference outlives the copy.
unsafe fn running_field(field: &PyRef) -> std::mem::ManuallyDrop<PyRef> {
    // SAFETY: the caller's contract above.
    unsafe { super::frame_stack::alias(field) }
}

/// Puts a zip's result tuple (`zipobject.result`) back after a step; whatever a nested
/// step left there is released after the borrow ends.
fn zip_keep_result(state: &std::cell::RefCell<IterState>, cache: Option<PyRef>) {
    let old = match &mut *state.borrow_mut() {
        IterState::Zip { result, .. } => std::mem::replace(result, cache),
        _ => cache,
    };
    drop(old);
}

impl Vm {
    /// `zip(strict=True)`'s check when iterator `i` ended: the first one may end only if
    /// every other ends too ("longer"), a later one never ("shorter").
    fn zip_strict_check(&mut self, its: &[PyRef], i: usize, strict: bool) -> PyResult<()> {
        if !strict || (i == 0 && its.len() == 1) {
            return Ok(());
        }
        if i > 0 {
            let plural = if i == 1 { " " } else { "s 1-" };
            return Err(self.value_error(format!(
                "zip() argument {} is shorter than argument{}{}",
                i + 1,
                plural,
                i
            )));
        }
        for (j, rest) in its.iter().enumerate().skip(1) {
            if self.next(rest)?.is_some() {
                let plural = if j == 1 { " " } else { "s 1-" };
                return Err(self.value_error(format!(
                    "zip() argument {} is longer than argument{}{}",
                    j + 1,
                    plural,
                    j
                )));
            }
        }
        Ok(())
    }
}

/// `compute_range_length` on unbounded ints.
fn range_length(
    lo: &num_bigint::BigInt,
    hi: &num_bigint::BigInt,
    step: &num_bigint::BigInt,
) -> num_bigint::BigInt {
    use num_integer::Integer;
    use num_traits::{Signed, Zero};
    let one = num_bigint::BigInt::from(1);
    if step.is_positive() && lo < hi {
        (hi - lo - &one).div_floor(step) + one
    } else if step.is_negative() && lo > hi {
        (lo - hi - &one).div_floor(&-step) + one
    } else {
        num_bigint::BigInt::zero()
    }
}
