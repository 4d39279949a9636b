//! The native half of `array` (`py/array.py`): CPython's `arraymodule.c` byte work.
//!
//! An `array.array` keeps its items in a hidden bytearray (its `_b` slot), machine values
//! back to back as CPython's `ob_item` holds them. The bytearray's *capacity* is the
//! array's allocation (`allocated * itemsize`): every change of size goes through
//! [`resize`], CPython's `array_resize` (over-allocation `newsize + newsize/16 + 3 or 7`,
//! no reallocation while the new size fits and the array shrinks by less than 16 items),
//! and new arrays are allocated exactly (`newarrayobject`), so `__sizeof__`
//! (`64 + allocated * itemsize`) follows CPython through any history.
//!
//! Item conversion ([`set_item`]) raises CPython's errors per typecode (`PyArg_Parse`'s
//! "signed short integer is greater than maximum", the array's own "unsigned short is less
//! than minimum", ...).

use super::math::to_f64 as as_double;
use super::structmod::{f32_to_f64, f64_to_f32};
use crate::heap::limits::{self, OutOfMemory};
use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::objects::memoryview::buffer_bytes;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;

/// Set in `array` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("_c_type_name", super::structmod::c_type_name),
    ("_new", native_new),
    ("_resize", native_resize),
    ("_alloc", native_alloc),
    ("_exported", native_exported),
    ("_move", native_move),
    ("_write", native_write),
    ("_slice", native_slice),
    ("_write_strided", native_write_strided),
    ("_del_strided", native_del_strided),
    ("_get", native_get),
    ("_set", native_set),
    ("_setmany", native_setmany),
    ("_tolist", native_tolist),
    ("_byteswap", native_byteswap),
    ("_reverse", native_reverse),
    ("_repeat", native_repeat),
    ("_tounicode", native_tounicode),
    ("_fromunicode", native_fromunicode),
    ("_bytes_of", native_bytes_of),
];

/// The typecodes, which are also the formats of the items' buffer (`memoryview(a).format`).
const TYPECODES: &str = "bBuhHiIlLqQfd";

/// The buffer format and item size of typecode `tc` (what an array exports).
pub fn buffer_format(tc: &str) -> Option<(&'static str, usize)> {
    let i = TYPECODES.find(tc).filter(|_| tc.len() == 1)?;
    Some((&TYPECODES[i..i + 1], itemsize(tc.chars().next()?)))
}

fn itemsize(tc: char) -> usize {
    match tc {
        'b' | 'B' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' | 'u' => 4,
        _ => 8,
    }
}

/// `array_resize(self, newsize)` on the item bytes `v` (see the module doc).
fn resize(v: &mut Vec<u8>, isz: usize, newsize: usize) -> Result<(), OutOfMemory> {
    let isz = isz.max(1);
    let size = v.len() / isz;
    let allocated = v.capacity() / isz;
    let new_len = limits::product(newsize, isz)?;
    if allocated >= newsize && size < newsize.saturating_add(16) && v.capacity() > 0 {
        v.resize(new_len, 0);
        return Ok(());
    }
    if newsize == 0 {
        *v = Vec::new();
        return Ok(());
    }
    let new_alloc = limits::sum(newsize, (newsize >> 4) + if size < 8 { 3 } else { 7 })?;
    let cap = limits::product(new_alloc, isz)?;
    v.truncate(new_len);
    if cap > v.capacity() {
        limits::reserve(v, cap - v.len())?;
    } else if cap < v.capacity() {
        v.shrink_to(cap);
    }
    v.resize(new_len, 0);
    Ok(())
}

/// A bytearray object holding exactly `data` (capacity == length).
fn exact_bytearray(vm: &Vm, data: &[u8]) -> PyResult {
    let mut v = limits::vec_with_capacity(data.len()).map_err(|e| vm.no_memory(e))?;
    v.extend_from_slice(data);
    Ok(PyRef::new(
        &vm.types.bytearray_type,
        Payload::ByteArray(RefCell::new(v)),
    ))
}

fn arg<'a>(vm: &Vm, args: &'a Args, i: usize) -> PyResult<&'a PyRef> {
    args.positional()
        .get(i)
        .ok_or_else(|| vm.type_error("array native: missing argument"))
}

fn usize_arg(vm: &Vm, args: &Args, i: usize) -> PyResult<usize> {
    let v = arg(vm, args, i)?.as_i64().unwrap_or(-1);
    usize::try_from(v).map_err(|_| vm.value_error("array native: bad size"))
}

fn i64_arg(vm: &Vm, args: &Args, i: usize) -> PyResult<i64> {
    arg(vm, args, i)?
        .as_i64()
        .ok_or_else(|| vm.value_error("array native: bad index"))
}

fn tc_arg(vm: &Vm, args: &Args, i: usize) -> PyResult<char> {
    arg(vm, args, i)?
        .as_str_opt()
        .and_then(|s| s.chars().next())
        .ok_or_else(|| vm.type_error("array native: bad typecode"))
}

/// The item bytes of an array (its bytearray argument).
fn data_arg<'a>(vm: &Vm, args: &'a Args, i: usize) -> PyResult<&'a RefCell<Vec<u8>>> {
    match &arg(vm, args, i)?.payload {
        Payload::ByteArray(b) => Ok(b),
        _ => Err(vm.type_error("array native: bad data")),
    }
}

/// `_new(itemsize, n)`: `n` zeroed items, allocated exactly.
fn native_new(vm: &mut Vm, args: Args) -> PyResult {
    let isz = usize_arg(vm, &args, 0)?;
    let n = usize_arg(vm, &args, 1)?;
    let len = limits::product(isz, n).map_err(|e| vm.no_memory(e))?;
    let v = limits::filled(0u8, len).map_err(|e| vm.no_memory(e))?;
    Ok(PyRef::new(
        &vm.types.bytearray_type,
        Payload::ByteArray(RefCell::new(v)),
    ))
}

/// `_resize(data, itemsize, newsize)`.
fn native_resize(vm: &mut Vm, args: Args) -> PyResult {
    let b = data_arg(vm, &args, 0)?;
    let isz = usize_arg(vm, &args, 1)?;
    let n = usize_arg(vm, &args, 2)?;
    // `array_resize`: a size change while a memoryview holds the buffer is refused.
    let exported = arg(vm, &args, 0)?.extra().buffer_exports.get() > 0;
    if exported && n != b.borrow().len() / isz.max(1) {
        return Err(vm.new_error(
            "BufferError",
            "cannot resize an array that is exporting buffers",
        ));
    }
    resize(&mut b.borrow_mut(), isz, n).map_err(|e| vm.no_memory(e))?;
    Ok(vm.none())
}

/// `_exported(data)`: whether a memoryview holds the buffer (`ob_exports > 0`).
fn native_exported(vm: &mut Vm, args: Args) -> PyResult {
    let exported = arg(vm, &args, 0)?.extra().buffer_exports.get() > 0;
    Ok(vm.bool(exported))
}

/// `_alloc(data)`: the allocation in bytes.
fn native_alloc(vm: &mut Vm, args: Args) -> PyResult {
    let b = data_arg(vm, &args, 0)?;
    let cap = b.borrow().capacity();
    Ok(vm.int(cap as i64))
}

/// `_move(data, dst, src, n)`: `memmove` of `n` bytes.
fn native_move(vm: &mut Vm, args: Args) -> PyResult {
    let b = data_arg(vm, &args, 0)?;
    let (dst, src, n) = (
        usize_arg(vm, &args, 1)?,
        usize_arg(vm, &args, 2)?,
        usize_arg(vm, &args, 3)?,
    );
    let mut v = b.borrow_mut();
    let len = v.len();
    if src.checked_add(n).is_some_and(|e| e <= len) && dst.checked_add(n).is_some_and(|e| e <= len)
    {
        v.copy_within(src..src + n, dst);
        Ok(vm.none())
    } else {
        Err(vm.value_error("array native: move out of range"))
    }
}

/// `_write(data, pos, source)`: copies the bytes of a bytes-like `source` at `pos`.
fn native_write(vm: &mut Vm, args: Args) -> PyResult {
    let pos = usize_arg(vm, &args, 1)?;
    let src = buffer_bytes(vm, arg(vm, &args, 2)?)?.unwrap_or_default();
    let b = data_arg(vm, &args, 0)?;
    let mut v = b.borrow_mut();
    match pos
        .checked_add(src.len())
        .and_then(|end| v.get_mut(pos..end))
    {
        Some(dst) => {
            dst.copy_from_slice(&src);
            Ok(vm.none())
        }
        None => Err(vm.value_error("array native: write out of range")),
    }
}

/// The byte offsets of `count` items from item `start` by `step`.
fn strided(start: i64, step: i64, count: usize, isz: usize, len: usize) -> Option<Vec<usize>> {
    (0..count)
        .map(|k| {
            let i = start.checked_add(step.checked_mul(k as i64)?)?;
            let at = usize::try_from(i).ok()?.checked_mul(isz)?;
            (at + isz <= len).then_some(at)
        })
        .collect()
}

/// `_slice(data, itemsize, start, step, count)`: a new exactly allocated item bytearray.
fn native_slice(vm: &mut Vm, args: Args) -> PyResult {
    let isz = usize_arg(vm, &args, 1)?;
    let (start, step) = (i64_arg(vm, &args, 2)?, i64_arg(vm, &args, 3)?);
    let count = usize_arg(vm, &args, 4)?;
    let out = {
        let v = data_arg(vm, &args, 0)?.borrow();
        let Some(offsets) = strided(start, step, count, isz, v.len()) else {
            return Err(vm.value_error("array native: slice out of range"));
        };
        let mut out = Vec::with_capacity(count * isz);
        for at in offsets {
            out.extend_from_slice(&v[at..at + isz]);
        }
        out
    };
    exact_bytearray(vm, &out)
}

/// `_write_strided(data, itemsize, start, step, source)`: extended slice assignment.
fn native_write_strided(vm: &mut Vm, args: Args) -> PyResult {
    let isz = usize_arg(vm, &args, 1)?.max(1);
    let (start, step) = (i64_arg(vm, &args, 2)?, i64_arg(vm, &args, 3)?);
    let src = buffer_bytes(vm, arg(vm, &args, 4)?)?.unwrap_or_default();
    let b = data_arg(vm, &args, 0)?;
    let mut v = b.borrow_mut();
    let count = src.len() / isz;
    let Some(offsets) = strided(start, step, count, isz, v.len()) else {
        return Err(vm.value_error("array native: slice out of range"));
    };
    for (k, at) in offsets.into_iter().enumerate() {
        v[at..at + isz].copy_from_slice(&src[k * isz..(k + 1) * isz]);
    }
    Ok(vm.none())
}

/// `_del_strided(data, itemsize, start, step, count)`: deletes an extended slice (`step`
/// positive), then resizes.
fn native_del_strided(vm: &mut Vm, args: Args) -> PyResult {
    let isz = usize_arg(vm, &args, 1)?.max(1);
    let (start, step) = (i64_arg(vm, &args, 2)?, i64_arg(vm, &args, 3)?);
    let count = usize_arg(vm, &args, 4)?;
    let b = data_arg(vm, &args, 0)?;
    let mut v = b.borrow_mut();
    let Some(offsets) = strided(start, step, count, isz, v.len()) else {
        return Err(vm.value_error("array native: slice out of range"));
    };
    let n = v.len() / isz;
    let mut kept = Vec::with_capacity(v.len());
    let mut next = offsets.iter().peekable();
    for i in 0..n {
        if next.peek().is_some_and(|&&at| at == i * isz) {
            next.next();
        } else {
            kept.extend_from_slice(&v[i * isz..(i + 1) * isz]);
        }
    }
    v[..kept.len()].copy_from_slice(&kept);
    resize(&mut v, isz, n - count).map_err(|e| vm.no_memory(e))?;
    Ok(vm.none())
}

/// The item at byte offset `at`.
fn get_item(vm: &mut Vm, tc: char, v: &[u8], at: usize) -> PyResult {
    let isz = itemsize(tc);
    let Some(s) = v.get(at..at + isz) else {
        return Err(vm.index_error("array index out of range"));
    };
    let mut raw = [0u8; 8];
    raw[..isz].copy_from_slice(s);
    let u = u64::from_le_bytes(raw);
    Ok(match tc {
        'b' => vm.int(u as u8 as i8 as i64),
        'h' => vm.int(u as u16 as i16 as i64),
        'i' => vm.int(u as u32 as i32 as i64),
        'l' | 'q' => vm.int(u as i64),
        'f' => vm.float(f32_to_f64(f32::from_bits(u as u32))),
        'd' => vm.float(f64::from_bits(u)),
        'u' => match char::from_u32(u as u32) {
            Some(c) => vm.str(&c.to_string()),
            None if u < 0x110000 => {
                return Err(vm.value_error(
                    "chr() arg is a surrogate code point, which refpy's str cannot hold",
                ))
            }
            None => return Err(vm.value_error("chr() arg not in range(0x110000)")),
        },
        _ if u <= i64::MAX as u64 => vm.int(u as i64),
        _ => vm.bigint(BigInt::from(u)),
    })
}

/// `PyLong_AsLong`-style integer of an item: the int, or its `__index__`.
fn item_int(vm: &mut Vm, v: &PyRef) -> PyResult<BigInt> {
    if let Some(b) = v.as_bigint() {
        return Ok(b);
    }
    if vm.lookup_special(v, "__index__").is_some() {
        return vm.index_bigint(v);
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.class_name()
    )))
}

/// Converts `value` for typecode `tc` (raising CPython's errors); the item's bytes.
fn convert(vm: &mut Vm, tc: char, value: &PyRef) -> PyResult<u64> {
    let overflow = |vm: &Vm, m: &str| Err(vm.overflow_error(m));
    match tc {
        'u' => {
            if let Some(s) = value.as_str_opt() {
                let mut cs = s.chars();
                if let (Some(c), None) = (cs.next(), cs.next()) {
                    return Ok(c as u64);
                }
            }
            Err(vm.type_error("array item must be unicode character"))
        }
        'f' => Ok(f64_to_f32(as_double(vm, value)?).to_bits() as u64),
        'd' => Ok(as_double(vm, value)?.to_bits()),
        _ => {
            let b = item_int(vm, value)?;
            let x = b
                .to_i128()
                .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                    i128::MIN
                } else {
                    i128::MAX
                });
            let long_ok = i64::MIN as i128 <= x && x <= i64::MAX as i128;
            let ulong_ok = 0 <= x && x <= u64::MAX as i128;
            match tc {
                'b' | 'B' | 'h' | 'H' | 'i' | 'l' if !long_ok => {
                    overflow(vm, "Python int too large to convert to C long")
                }
                'b' | 'h' if x < -32768 => {
                    overflow(vm, "signed short integer is less than minimum")
                }
                'b' | 'h' if x > 32767 => {
                    overflow(vm, "signed short integer is greater than maximum")
                }
                'b' if x < -128 => overflow(vm, "signed char is less than minimum"),
                'b' if x > 127 => overflow(vm, "signed char is greater than maximum"),
                'B' if x < 0 => overflow(vm, "unsigned byte integer is less than minimum"),
                'B' if x > 255 => overflow(vm, "unsigned byte integer is greater than maximum"),
                'H' | 'i' if x < i32::MIN as i128 => {
                    overflow(vm, "signed integer is less than minimum")
                }
                'H' | 'i' if x > i32::MAX as i128 => {
                    overflow(vm, "signed integer is greater than maximum")
                }
                'H' if x < 0 => overflow(vm, "unsigned short is less than minimum"),
                'H' if x > 65535 => overflow(vm, "unsigned short is greater than maximum"),
                'I' | 'L' if x < 0 => overflow(vm, "can't convert negative value to unsigned int"),
                'I' | 'L' if !ulong_ok => {
                    overflow(vm, "Python int too large to convert to C unsigned long")
                }
                'I' if x > u32::MAX as i128 => overflow(vm, "unsigned int is greater than maximum"),
                'q' if !long_ok => overflow(vm, "int too big to convert"),
                'Q' if x < 0 => overflow(vm, "can't convert negative int to unsigned"),
                'Q' if !ulong_ok => overflow(vm, "int too big to convert"),
                _ => Ok(x as u64),
            }
        }
    }
}

/// Writes a converted item at byte offset `at`.
fn put(v: &mut [u8], tc: char, at: usize, bits: u64) -> bool {
    let isz = itemsize(tc);
    match v.get_mut(at..at + isz) {
        Some(dst) => {
            dst.copy_from_slice(&bits.to_le_bytes()[..isz]);
            true
        }
        None => false,
    }
}

/// `_get(tc, data, i)`: item `i` (checked by the caller).
fn native_get(vm: &mut Vm, args: Args) -> PyResult {
    let tc = tc_arg(vm, &args, 0)?;
    let i = usize_arg(vm, &args, 2)?;
    let v = data_arg(vm, &args, 1)?.borrow().clone();
    get_item(vm, tc, &v, i * itemsize(tc))
}

/// `_set(tc, data, i, value)`: converts and stores item `i`; `i == -1` only checks the
/// value (`setarrayitem(self, -1, v)` before an insertion).
fn native_set(vm: &mut Vm, args: Args) -> PyResult {
    let tc = tc_arg(vm, &args, 0)?;
    let i = i64_arg(vm, &args, 2)?;
    let value = arg(vm, &args, 3)?.clone();
    let bits = convert(vm, tc, &value)?;
    if i >= 0 {
        let b = data_arg(vm, &args, 1)?;
        if !put(&mut b.borrow_mut(), tc, i as usize * itemsize(tc), bits) {
            return Err(vm.index_error("array assignment index out of range"));
        }
    }
    Ok(vm.none())
}

/// `_setmany(tc, data, start, items)`: stores the items of a list or tuple from item
/// `start` on, converting each in turn (the first failure raises).
fn native_setmany(vm: &mut Vm, args: Args) -> PyResult {
    let tc = tc_arg(vm, &args, 0)?;
    let start = usize_arg(vm, &args, 2)?;
    let items: Vec<PyRef> = match &arg(vm, &args, 3)?.payload {
        Payload::List(l) => l.borrow().clone(),
        Payload::Tuple(t) => t.to_vec(),
        _ => return Err(vm.type_error("array native: bad items")),
    };
    let isz = itemsize(tc);
    for (k, item) in items.iter().enumerate() {
        let bits = convert(vm, tc, item)?;
        let b = data_arg(vm, &args, 1)?;
        if !put(&mut b.borrow_mut(), tc, (start + k) * isz, bits) {
            return Err(vm.index_error("array assignment index out of range"));
        }
    }
    Ok(vm.none())
}

/// `_tolist(tc, data)`.
fn native_tolist(vm: &mut Vm, args: Args) -> PyResult {
    let tc = tc_arg(vm, &args, 0)?;
    let v = data_arg(vm, &args, 1)?.borrow().clone();
    let isz = itemsize(tc);
    let n = v.len() / isz;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        out.push(get_item(vm, tc, &v, i * isz)?);
    }
    Ok(vm.list(out))
}

/// `_byteswap(data, itemsize)`.
fn native_byteswap(vm: &mut Vm, args: Args) -> PyResult {
    let isz = usize_arg(vm, &args, 1)?.max(1);
    let b = data_arg(vm, &args, 0)?;
    b.borrow_mut()
        .chunks_exact_mut(isz)
        .for_each(|c| c.reverse());
    Ok(vm.none())
}

/// `_reverse(data, itemsize)`.
fn native_reverse(vm: &mut Vm, args: Args) -> PyResult {
    let isz = usize_arg(vm, &args, 1)?.max(1);
    let b = data_arg(vm, &args, 0)?;
    let mut v = b.borrow_mut();
    let rev: Vec<u8> = v.chunks_exact(isz).rev().flatten().copied().collect();
    let n = rev.len();
    v[..n].copy_from_slice(&rev);
    Ok(vm.none())
}

/// `_repeat(data, n)`: the bytes repeated `n` times, as an exactly allocated bytearray.
fn native_repeat(vm: &mut Vm, args: Args) -> PyResult {
    let n = usize_arg(vm, &args, 1)?;
    let src = data_arg(vm, &args, 0)?.borrow().clone();
    let len = limits::product(src.len(), n).map_err(|e| vm.no_memory(e))?;
    let mut out = limits::vec_with_capacity(len).map_err(|e| vm.no_memory(e))?;
    for _ in 0..n {
        out.extend_from_slice(&src);
    }
    Ok(PyRef::new(
        &vm.types.bytearray_type,
        Payload::ByteArray(RefCell::new(out)),
    ))
}

/// `_tounicode(data)`: the str of a `'u'` array (UCS-4 items).
fn native_tounicode(vm: &mut Vm, args: Args) -> PyResult {
    let v = data_arg(vm, &args, 0)?.borrow().clone();
    let mut out = String::with_capacity(v.len() / 4);
    for c in v.chunks_exact(4) {
        let mut raw = [0u8; 4];
        raw.copy_from_slice(c);
        let cp = u32::from_le_bytes(raw);
        match char::from_u32(cp) {
            Some(ch) => out.push(ch),
            None if cp < 0x110000 => {
                return Err(vm.value_error("a surrogate code point, which refpy's str cannot hold"))
            }
            None => {
                return Err(vm.value_error(format!(
                    "character U+{cp:x} is not in range [U+0000; U+10ffff]"
                )))
            }
        }
    }
    Ok(vm.str(&out))
}

/// `_fromunicode(s)`: the UCS-4 bytes of a str.
fn native_fromunicode(vm: &mut Vm, args: Args) -> PyResult {
    let s = arg(vm, &args, 0)?
        .as_str_opt()
        .ok_or_else(|| vm.type_error("array native: expected str"))?;
    let out: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
    Ok(vm.bytes(out))
}

/// `_bytes_of(obj)`: the bytes of a buffer object, or None.
fn native_bytes_of(vm: &mut Vm, args: Args) -> PyResult {
    match buffer_bytes(vm, arg(vm, &args, 0)?)? {
        Some(b) => Ok(vm.bytes(b)),
        None => Ok(vm.none()),
    }
}

#[cfg(test)]
mod tests {
    use super::resize;

    #[test]
    fn growth_pattern() {
        let mut v = Vec::new();
        let mut caps = Vec::new();
        for n in 1..=30 {
            resize(&mut v, 1, n).unwrap_or(());
            caps.push(v.capacity());
        }
        assert_eq!(caps[0], 4);
        assert_eq!(caps[4], 8);
        assert_eq!(caps[8], 16);
    }
}
