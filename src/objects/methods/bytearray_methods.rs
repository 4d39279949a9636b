//! The mutating methods of `bytearray` (the read-only ones are shared with `str` and
//! `bytes` in `text_methods`).
//!
//! Every change of length goes through `sizeof::bytearray_resize`, CPython's
//! `PyByteArray_Resize`, so the buffer's capacity is CPython's `ob_alloc` and
//! `sys.getsizeof` sees how the array grew.

use super::{descriptor_error, method_args};
use crate::heap::PyRef;
use crate::objects::constructors::byte_value;
use crate::objects::memoryview::check_resizable;
use crate::objects::payload::Payload;
use crate::objects::sizeof::{bytearray_delete_front, bytearray_exact, bytearray_resize_in};
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;

pub(super) fn register(vm: &mut Vm) {
    let ba = vm.types.bytearray_type.clone();
    vm.add_method(&ba, "append", bytearray_append);
    vm.add_method(&ba, "extend", bytearray_extend);
    vm.add_method(&ba, "insert", bytearray_insert);
    vm.add_method(&ba, "pop", bytearray_pop);
    vm.add_method(&ba, "remove", bytearray_remove);
    vm.add_method(&ba, "clear", bytearray_clear);
    vm.add_method(&ba, "copy", bytearray_copy);
    vm.add_method(&ba, "reverse", bytearray_reverse);
}

pub(crate) fn dunder_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "bytearray.__getitem__", args, 1, 1)?;
    match bytearray_getitem(vm, this, &a[0])? {
        Some(v) => Ok(v),
        None => Err(descriptor_error(vm, "__getitem__", "bytearray", this)),
    }
}

pub(crate) fn dunder_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "__setitem__", args, 2, 2)?;
    bytearray_setitem(vm, this, &a[0], &a[1])?;
    Ok(vm.none())
}

pub(crate) fn dunder_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "bytearray.__delitem__", args, 1, 1)?;
    bytearray_delitem(vm, this, &a[0])?;
    Ok(vm.none())
}

fn index_error_for(vm: &Vm, key: &PyRef) -> crate::vm::PyErr {
    vm.type_error(format!(
        "bytearray indices must be integers or slices, not {}",
        key.class_name()
    ))
}

fn resolve(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

/// `ba[key]` (for `vm`'s subscript of a bytearray payload): an int, or a new bytearray for
/// a slice. `Ok(None)` if `obj` is not a bytearray.
pub fn bytearray_getitem(vm: &mut Vm, obj: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
    let Payload::ByteArray(b) = &obj.payload else {
        return Ok(None);
    };
    if let Payload::Slice { .. } = &key.payload {
        let len = b.borrow().len();
        let pos = vm.slice_positions(key, len)?;
        let data: Vec<u8> = {
            let v = b.borrow();
            pos.into_iter().filter_map(|i| v.get(i).copied()).collect()
        };
        let data = bytearray_exact(&data);
        return Ok(Some(PyRef::new(
            &vm.types.bytearray_type,
            Payload::ByteArray(RefCell::new(data)),
        )));
    }
    if !key.is_int() && vm.lookup_special(key, "__index__").is_none() {
        return Err(index_error_for(vm, key));
    }
    let i = vm.index_value(key)?;
    let byte = {
        let v = b.borrow();
        resolve(i, v.len()).map(|i| v[i])
    };
    match byte {
        Some(x) => Ok(Some(vm.int(x as i64))),
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

/// The bytes to assign to a bytearray slice: bytes-like, or an iterable of ints.
fn assigned_bytes(vm: &mut Vm, value: &PyRef) -> PyResult<Vec<u8>> {
    match &value.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        Payload::MemoryView(_) => {
            Ok(crate::objects::memoryview::buffer_bytes(vm, value)?.unwrap_or_default())
        }
        Payload::Str(_) => Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        ),
        _ => {
            let items = vm.iterate(value)?;
            let mut out = Vec::with_capacity(items.len());
            for item in &items {
                out.push(byte_value(vm, item)?);
            }
            Ok(out)
        }
    }
}

/// `_canresize` before a `bytearray_setslice_linear` of `v[lo..hi]` by `new` bytes: only a
/// change of length needs it.
fn check_linear(vm: &Vm, obj: &PyRef, lo: i64, hi: i64, new: usize) -> PyResult<()> {
    if (hi - lo).max(0) as usize != new {
        check_resizable(vm, obj)?;
    }
    Ok(())
}

/// `bytearray_setslice_linear`: replaces `v[lo..hi]` with `data`, resizing as CPython
/// (shrink after moving the tail down, grow before moving it up).
/// A shrink at index 0 moves the buffer's logical start instead of the tail.
fn setslice_linear(obj: &PyRef, v: &mut Vec<u8>, lo: usize, hi: usize, data: &[u8]) {
    let n = v.len();
    let hi = hi.max(lo).min(n);
    let lo = lo.min(n);
    let old = hi - lo;
    let new = data.len();
    if new < old && lo == 0 {
        bytearray_delete_front(obj, v, old - new);
    } else if new < old {
        v.copy_within(hi..n, lo + new);
        bytearray_resize_in(obj, v, n - (old - new));
    } else if new > old {
        bytearray_resize_in(obj, v, n + (new - old));
        v.copy_within(hi..n, hi + (new - old));
    }
    v[lo..lo + new].copy_from_slice(data);
}

/// `ba[key] = value`.
pub fn bytearray_setitem(vm: &mut Vm, obj: &PyRef, key: &PyRef, value: &PyRef) -> PyResult<()> {
    let Payload::ByteArray(b) = &obj.payload else {
        return Err(descriptor_error(vm, "__setitem__", "bytearray", obj));
    };
    if let Payload::Slice { .. } = &key.payload {
        let data = assigned_bytes(vm, value)?;
        let len = b.borrow().len();
        let (start, stop, step) = vm.slice_indices(key, len)?;
        if step == 1 {
            check_linear(vm, obj, start, stop, data.len())?;
            setslice_linear(
                obj,
                &mut b.borrow_mut(),
                start.max(0) as usize,
                stop.max(0) as usize,
                &data,
            );
            return Ok(());
        }
        let pos = vm.slice_positions(key, len)?;
        if pos.len() != data.len() {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                data.len(),
                pos.len()
            )));
        }
        let mut v = b.borrow_mut();
        for (p, x) in pos.into_iter().zip(data) {
            if let Some(slot) = v.get_mut(p) {
                *slot = x;
            }
        }
        return Ok(());
    }
    if !key.is_int() && vm.lookup_special(key, "__index__").is_none() {
        return Err(index_error_for(vm, key));
    }
    let i = vm.index_value(key)?;
    let x = byte_value(vm, value)?;
    let mut v = b.borrow_mut();
    match resolve(i, v.len()) {
        Some(i) => {
            v[i] = x;
            Ok(())
        }
        None => {
            drop(v);
            Err(vm.index_error("bytearray index out of range"))
        }
    }
}

/// `del ba[key]`.
pub fn bytearray_delitem(vm: &mut Vm, obj: &PyRef, key: &PyRef) -> PyResult<()> {
    let Payload::ByteArray(b) = &obj.payload else {
        return Err(descriptor_error(vm, "__delitem__", "bytearray", obj));
    };
    if let Payload::Slice { .. } = &key.payload {
        let len = b.borrow().len();
        let (start, stop, step) = vm.slice_indices(key, len)?;
        if step == 1 {
            check_linear(vm, obj, start, stop, 0)?;
            setslice_linear(
                obj,
                &mut b.borrow_mut(),
                start.max(0) as usize,
                stop.max(0) as usize,
                &[],
            );
            return Ok(());
        }
        check_resizable(vm, obj)?;
        let pos = vm.slice_positions(key, len)?;
        if pos.is_empty() {
            return Ok(());
        }
        let mut v = b.borrow_mut();
        let mut keep = vec![true; len];
        for p in pos {
            if let Some(k) = keep.get_mut(p) {
                *k = false;
            }
        }
        let mut w = 0;
        for r in 0..len {
            if keep[r] {
                v[w] = v[r];
                w += 1;
            }
        }
        bytearray_resize_in(obj, &mut v, w);
        return Ok(());
    }
    if !key.is_int() && vm.lookup_special(key, "__index__").is_none() {
        return Err(index_error_for(vm, key));
    }
    let i = vm.index_value(key)?;
    let mut v = b.borrow_mut();
    match resolve(i, v.len()) {
        Some(i) => {
            // `bytearray_ass_subscript` deletes an index as the slice `[i:i+1]`.
            check_resizable(vm, obj)?;
            setslice_linear(obj, &mut v, i, i + 1, &[]);
            Ok(())
        }
        None => {
            drop(v);
            Err(vm.index_error("bytearray index out of range"))
        }
    }
}

fn cell<'a>(vm: &Vm, this: &'a PyRef, method: &str) -> PyResult<&'a RefCell<Vec<u8>>> {
    match &this.payload {
        Payload::ByteArray(b) => Ok(b),
        _ => Err(descriptor_error(vm, method, "bytearray", this)),
    }
}

fn bytearray_append(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "bytearray.append", args, 1, 1)?;
    let c = cell(vm, this, "append")?;
    let b = byte_value(vm, &a[0])?;
    check_resizable(vm, this)?;
    let mut v = c.borrow_mut();
    let n = v.len();
    bytearray_resize_in(this, &mut v, n + 1);
    v[n] = b;
    Ok(vm.none())
}

/// `bytearray.extend(iterable_of_ints)`: one resize to the final size (CPython builds the
/// new bytes aside, then assigns them to the empty slice at the end).
fn bytearray_extend(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "extend", args, 1, 1)?;
    let c = cell(vm, this, "extend")?;
    let data: Vec<u8> = match &a[0].payload {
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.borrow().clone(),
        Payload::MemoryView(_) => {
            crate::objects::memoryview::buffer_bytes(vm, &a[0])?.unwrap_or_default()
        }
        Payload::Str(_) => {
            return Err(vm.type_error("expected iterable of integers; got: 'str'"));
        }
        _ => {
            let items = vm.iterate(&a[0]).map_err(|e| {
                if vm.exc_matches_name(&e.0, "TypeError") {
                    vm.type_error(format!("can't extend bytearray with {}", a[0].class_name()))
                } else {
                    e
                }
            })?;
            let mut out = Vec::with_capacity(items.len());
            for item in &items {
                out.push(byte_value(vm, item)?);
            }
            out
        }
    };
    if !data.is_empty() {
        check_resizable(vm, this)?;
        let mut v = c.borrow_mut();
        let n = v.len();
        bytearray_resize_in(this, &mut v, n + data.len());
        v[n..].copy_from_slice(&data);
    }
    Ok(vm.none())
}

fn bytearray_insert(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "insert", args, 2, 2)?;
    let c = cell(vm, this, "insert")?;
    let i = vm.index_value(&a[0])?;
    let b = byte_value(vm, &a[1])?;
    check_resizable(vm, this)?;
    let mut v = c.borrow_mut();
    let n = v.len();
    let i = if i < 0 {
        (i + n as i64).max(0) as usize
    } else {
        (i as usize).min(n)
    };
    bytearray_resize_in(this, &mut v, n + 1);
    v.copy_within(i..n, i + 1);
    v[i] = b;
    Ok(vm.none())
}

/// Removes the byte at `i` (memmove, then `PyByteArray_Resize(self, n - 1)`).
fn remove_at(obj: &PyRef, v: &mut Vec<u8>, i: usize) -> u8 {
    let b = v[i];
    let n = v.len();
    v.copy_within(i + 1..n, i);
    bytearray_resize_in(obj, v, n - 1);
    b
}

fn bytearray_pop(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "pop", args, 0, 1)?;
    let c = cell(vm, this, "pop")?;
    let i = match a.first() {
        Some(i) => vm.index_value(i)?,
        None => -1,
    };
    let mut v = c.borrow_mut();
    if v.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let n = v.len() as i64;
    let i = if i < 0 { i + n } else { i };
    if !(0..n).contains(&i) {
        return Err(vm.index_error("pop index out of range"));
    }
    check_resizable(vm, this)?;
    let b = remove_at(this, &mut v, i as usize);
    drop(v);
    Ok(vm.int(b as i64))
}

fn bytearray_remove(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "remove", args, 1, 1)?;
    let c = cell(vm, this, "remove")?;
    let b = byte_value(vm, &a[0])?;
    let mut v = c.borrow_mut();
    match v.iter().position(|x| *x == b) {
        Some(i) => {
            check_resizable(vm, this)?;
            remove_at(this, &mut v, i);
            drop(v);
            Ok(vm.none())
        }
        None => {
            drop(v);
            Err(vm.value_error("value not found in bytearray"))
        }
    }
}

fn bytearray_clear(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "bytearray.clear", args, 0, 0)?;
    let c = cell(vm, this, "clear")?;
    if !c.borrow().is_empty() {
        check_resizable(vm, this)?;
    }
    bytearray_resize_in(this, &mut c.borrow_mut(), 0);
    Ok(vm.none())
}

fn bytearray_copy(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "bytearray.copy", args, 0, 0)?;
    let data = bytearray_exact(&cell(vm, this, "copy")?.borrow());
    Ok(PyRef::new(
        &vm.types.bytearray_type,
        Payload::ByteArray(RefCell::new(data)),
    ))
}

fn bytearray_reverse(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "bytearray.reverse", args, 0, 0)?;
    cell(vm, this, "reverse")?.borrow_mut().reverse();
    Ok(vm.none())
}
