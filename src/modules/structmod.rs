//! The native half of `struct` (`py/struct.py`), CPython's `_struct` as it behaves on
//! x86-64 Linux: format strings read as `prepare_s` reads them (byte order, sizes and
//! native alignment), and the byte work of packing and unpacking, with `struct.error`'s
//! messages. The Python half keeps the objects (`Struct`, the unpack iterator) and the
//! buffer-size checks; every native here takes the `struct.error` class first, so the
//! errors it raises are the module's own.
//!
//! The float codecs (`f` and `e` rounding, NaN bits as the x86 conversions leave them)
//! are shared with `array` ([`super::array`]).

use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::objects::memoryview::buffer_bytes;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyErr, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// Set in `struct` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("_calcsize", native_calcsize),
    ("_pack", native_pack),
    ("_pack_into", native_pack_into),
    ("_unpack", native_unpack),
    ("_c_type_name", c_type_name),
];

/// Which table `whichtable` picks: `@` (the default), `<` or `=` (little-endian standard
/// sizes on this machine), `>` or `!`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    Native,
    Little,
    Big,
}

/// One `formatcode`: a format character with its offset, item size and repeat count
/// (`s` and `p` are one item of `size` bytes).
struct Code {
    ch: u8,
    offset: usize,
    size: usize,
    repeat: usize,
}

/// A parsed format (`PyStructObject`).
struct Layout {
    order: Order,
    codes: Vec<Code>,
    size: usize,
    /// `s_len`: how many values pack takes and unpack gives.
    nitems: usize,
}

/// `(size, alignment)` of a format character in a table; None for a bad character.
fn entry(order: Order, ch: u8) -> Option<(usize, usize)> {
    if order == Order::Native {
        return Some(match ch {
            b'x' | b'b' | b'B' | b'c' | b's' | b'p' => (1, 0),
            b'?' => (1, 1),
            b'h' | b'H' | b'e' => (2, 2),
            b'i' | b'I' | b'f' => (4, 4),
            b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => (8, 8),
            _ => return None,
        });
    }
    Some(match ch {
        b'x' | b'b' | b'B' | b'c' | b's' | b'p' | b'?' => (1, 0),
        b'h' | b'H' | b'e' => (2, 0),
        b'i' | b'I' | b'l' | b'L' | b'f' => (4, 0),
        b'q' | b'Q' | b'd' => (8, 0),
        _ => return None,
    })
}

const TOO_LONG: &str = "total struct size too long";

/// `prepare_s`: the codes of a format, or `struct.error`'s message.
fn parse(fmt: &[u8]) -> Result<Layout, &'static str> {
    if fmt.contains(&0) {
        return Err("embedded null character");
    }
    let (order, mut rest) = match fmt.first() {
        Some(b'<') | Some(b'=') => (Order::Little, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Order::Big, &fmt[1..]),
        Some(b'@') => (Order::Native, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    let max = isize::MAX as usize;
    let mut codes = Vec::new();
    let (mut size, mut nitems) = (0usize, 0usize);
    while let Some((&c, tail)) = rest.split_first() {
        rest = tail;
        if c.is_ascii_whitespace() || c == 0x0b {
            continue;
        }
        let (num, c) = if c.is_ascii_digit() {
            let mut num = (c - b'0') as usize;
            loop {
                match rest.split_first() {
                    Some((&d, tail)) if d.is_ascii_digit() => {
                        rest = tail;
                        num = num
                            .checked_mul(10)
                            .and_then(|n| n.checked_add((d - b'0') as usize))
                            .filter(|&n| n <= max)
                            .ok_or(TOO_LONG)?;
                    }
                    Some((&d, tail)) => {
                        rest = tail;
                        break (num, d);
                    }
                    None => return Err("repeat count given without format specifier"),
                }
            }
        } else {
            (1, c)
        };
        let (itemsize, align) = entry(order, c).ok_or("bad char in struct format")?;
        if align > 0 && size > 0 {
            let extra = (align - 1) - (size - 1) % align;
            size = size
                .checked_add(extra)
                .filter(|&s| s <= max)
                .ok_or(TOO_LONG)?;
        }
        match c {
            b's' | b'p' => {
                nitems += 1;
                codes.push(Code {
                    ch: c,
                    offset: size,
                    size: num,
                    repeat: 1,
                });
            }
            b'x' => {}
            _ => {
                nitems += num;
                if num > 0 {
                    codes.push(Code {
                        ch: c,
                        offset: size,
                        size: itemsize,
                        repeat: num,
                    });
                }
            }
        }
        if num > (max - size) / itemsize {
            return Err(TOO_LONG);
        }
        size += num * itemsize;
    }
    Ok(Layout {
        order,
        codes,
        size,
        nitems,
    })
}

/// A `struct.error` (the class is the natives' first argument).
fn struct_error(vm: &Vm, cls: &PyRef, msg: &str) -> PyErr {
    PyErr(vm.new_exception(cls, vec![vm.str(msg)]))
}

/// The format argument as bytes: str (ASCII, encoded by the caller) or bytes.
fn format_bytes(vm: &Vm, fmt: Option<&PyRef>) -> PyResult<Vec<u8>> {
    match fmt.map(|f| &f.payload) {
        Some(Payload::Str(s)) => Ok(s.as_str().as_bytes().to_vec()),
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        _ => Err(vm.type_error("format must be str or bytes")),
    }
}

/// The error class and the parsed format of a native's first two arguments.
fn layout_args(vm: &Vm, args: &Args) -> PyResult<(PyRef, Layout)> {
    let a = args.positional();
    let Some(err) = a.first() else {
        return Err(vm.type_error("struct natives need the error class"));
    };
    let fmt = format_bytes(vm, a.get(1))?;
    match parse(&fmt) {
        Ok(l) => Ok((err.clone(), l)),
        Err(m) => Err(struct_error(vm, err, m)),
    }
}

/// `_calcsize(error, fmt)`: `(size, number of items, number of codes)`.
fn native_calcsize(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = layout_args(vm, &args)?;
    let items = vec![
        vm.int(l.size as i64),
        vm.int(l.nitems as i64),
        vm.int(l.codes.len() as i64),
    ];
    Ok(vm.tuple(items))
}

/// The values a native was given as a tuple or list argument.
fn values_arg(vm: &Vm, v: Option<&PyRef>) -> PyResult<Vec<PyRef>> {
    match v.map(|v| &v.payload) {
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        Some(Payload::List(l)) => Ok(l.borrow().clone()),
        _ => Err(vm.type_error("expected a tuple of values")),
    }
}

/// `_pack(error, fmt, values)`: the packed bytes.
fn native_pack(vm: &mut Vm, args: Args) -> PyResult {
    let (err, l) = layout_args(vm, &args)?;
    let values = values_arg(vm, args.positional().get(2))?;
    let mut out = crate::heap::limits::filled(0u8, l.size).map_err(|e| vm.no_memory(e))?;
    pack_all(vm, &err, &l, &values, &mut out)?;
    Ok(vm.bytes(out))
}

/// `_pack_into(error, fmt, bytearray, offset, values)`: packs into the bytearray at a
/// checked offset. As CPython, the region is zeroed first and the items packed before
/// a failing one stay written.
fn native_pack_into(vm: &mut Vm, args: Args) -> PyResult {
    let (err, l) = layout_args(vm, &args)?;
    let a = args.positional();
    let offset = a.get(3).and_then(|o| o.as_i64()).unwrap_or(0).max(0) as usize;
    let values = values_arg(vm, a.get(4))?;
    let Some(target) = a.get(2) else {
        return Err(vm.type_error("pack_into needs a buffer"));
    };
    let mut out = crate::heap::limits::filled(0u8, l.size).map_err(|e| vm.no_memory(e))?;
    let result = pack_all(vm, &err, &l, &values, &mut out);
    if let Payload::ByteArray(b) = &target.payload {
        let mut b = b.borrow_mut();
        let end = offset.saturating_add(out.len());
        if let Some(dst) = b.get_mut(offset..end) {
            dst.copy_from_slice(&out);
        }
    }
    result.map(|()| vm.none())
}

/// `_unpack(error, fmt, buffer, offset)`: the values of the `size` bytes at `offset`
/// (the caller checked the buffer is long enough).
fn native_unpack(vm: &mut Vm, args: Args) -> PyResult {
    let (err, l) = layout_args(vm, &args)?;
    let a = args.positional();
    let offset = a.get(3).and_then(|o| o.as_i64()).unwrap_or(0).max(0) as usize;
    let data = match a.get(2) {
        Some(b) => buffer_bytes(vm, b)?,
        None => None,
    };
    let Some(data) = data else {
        return Err(vm.type_error("a bytes-like object is required"));
    };
    let end = offset.saturating_add(l.size);
    let Some(bytes) = data.get(offset..end) else {
        return Err(struct_error(vm, &err, "buffer too small"));
    };
    let values = unpack_all(vm, &l, bytes);
    Ok(vm.tuple(values))
}

/// `_c_type_name(cls)`: messages name `cls` as a C type's `tp_name` does, module-prefixed
/// (`'_struct.Struct'`, `'array.array'`).
pub fn c_type_name(vm: &mut Vm, args: Args) -> PyResult {
    match args.positional().first().and_then(|c| c.type_data()) {
        Some(t) => {
            t.c_type_name.set(true);
            Ok(vm.none())
        }
        None => Err(vm.type_error("_c_type_name() needs a class")),
    }
}

// ---------------------------------------------------------------------------------------
// Packing
// ---------------------------------------------------------------------------------------

fn pack_all(
    vm: &mut Vm,
    err: &PyRef,
    l: &Layout,
    values: &[PyRef],
    out: &mut [u8],
) -> PyResult<()> {
    let mut vals = values.iter();
    for code in &l.codes {
        for k in 0..code.repeat {
            let Some(v) = vals.next() else {
                return Err(vm.type_error("too few values"));
            };
            let at = code.offset + k * code.size;
            let Some(dst) = out.get_mut(at..at + code.size) else {
                return Err(vm.value_error("struct layout out of range"));
            };
            if let Err(e) = pack_one(vm, err, l.order, code.ch, v, dst) {
                // `s_pack_internal`: an OverflowError packing an int is struct.error.
                if v.is_int() && vm.exc_matches_name(&e.0, "OverflowError") {
                    return Err(struct_error(vm, err, "int too large to convert"));
                }
                return Err(e);
            }
        }
    }
    Ok(())
}

/// The value of a struct integer argument (`get_pylong`): an int, or what `__index__`
/// returns; None when outside `i128` (always out of range).
fn struct_int(vm: &mut Vm, err: &PyRef, v: &PyRef) -> PyResult<Option<i128>> {
    let big = if v.is_int() {
        v.as_bigint()
    } else if vm.lookup_special(v, "__index__").is_some() {
        Some(vm.index_bigint(v)?)
    } else {
        return Err(struct_error(vm, err, "required argument is not an integer"));
    };
    Ok(big.and_then(|b| b.to_i128()))
}

/// Writes the low `dst.len()` bytes of `x` (two's complement) in the table's order.
fn put_int(order: Order, x: i128, dst: &mut [u8]) {
    let le = x.to_le_bytes();
    let n = dst.len();
    for (i, b) in dst.iter_mut().enumerate() {
        let src = if order == Order::Big { n - 1 - i } else { i };
        *b = le.get(src).copied().unwrap_or(0);
    }
}

fn in_range(x: Option<i128>, lo: i128, hi: i128) -> bool {
    x.is_some_and(|x| lo <= x && x <= hi)
}

const I64: (i128, i128) = (i64::MIN as i128, i64::MAX as i128);
const U64: (i128, i128) = (0, u64::MAX as i128);

/// Packs one value of format character `ch` into `dst`.
fn pack_one(
    vm: &mut Vm,
    err: &PyRef,
    order: Order,
    ch: u8,
    v: &PyRef,
    dst: &mut [u8],
) -> PyResult<()> {
    let range_err = |vm: &Vm, msg: String| Err(struct_error(vm, err, &msg));
    let out_of_range = |vm: &Vm| Err(struct_error(vm, err, "argument out of range"));
    match ch {
        b'x' => Ok(()),
        b'c' => match &v.payload {
            Payload::Bytes(b) if b.len() == 1 => {
                dst.copy_from_slice(b);
                Ok(())
            }
            _ => range_err(vm, "char format requires a bytes object of length 1".into()),
        },
        b's' | b'p' => {
            let data: Vec<u8> = match &v.payload {
                Payload::Bytes(b) => b.to_vec(),
                Payload::ByteArray(b) => b.borrow().clone(),
                _ => {
                    let m = format!("argument for '{}' must be a bytes object", ch as char);
                    return range_err(vm, m);
                }
            };
            if ch == b's' {
                let n = data.len().min(dst.len());
                dst[..n].copy_from_slice(&data[..n]);
            } else if let Some((len_byte, body)) = dst.split_first_mut() {
                let n = data.len().min(body.len());
                body[..n].copy_from_slice(&data[..n]);
                *len_byte = n.min(255) as u8;
            }
            Ok(())
        }
        b'?' => {
            let t = vm.is_true(v)?;
            dst.iter_mut().for_each(|b| *b = t as u8);
            Ok(())
        }
        b'e' | b'f' | b'd' => {
            let x = match super::math::to_f64(vm, v) {
                Ok(x) => x,
                Err(_) => return range_err(vm, "required argument is not a float".into()),
            };
            let bytes: Vec<u8> = match ch {
                b'd' => x.to_le_bytes().to_vec(),
                b'f' if order == Order::Native => f64_to_f32(x).to_bits().to_le_bytes().to_vec(),
                b'f' => match pack_f32(x) {
                    Some(f) => f.to_bits().to_le_bytes().to_vec(),
                    None => return Err(vm.overflow_error("float too large to pack with f format")),
                },
                _ => match pack_half(x) {
                    Some(h) => h.to_le_bytes().to_vec(),
                    None => return Err(vm.overflow_error("float too large to pack with e format")),
                },
            };
            for (i, b) in dst.iter_mut().enumerate() {
                let src = if order == Order::Big {
                    bytes.len() - 1 - i
                } else {
                    i
                };
                *b = bytes.get(src).copied().unwrap_or(0);
            }
            Ok(())
        }
        _ => {
            let x = struct_int(vm, err, v)?;
            let native_like = order != Order::Big;
            let fits = |lo: i128, hi: i128| in_range(x, lo, hi);
            match ch {
                b'b' | b'B' => {
                    if !fits(I64.0, I64.1) {
                        return out_of_range(vm);
                    }
                    let (lo, hi, name) = if ch == b'b' {
                        (-128, 127, "byte")
                    } else {
                        (0, 255, "ubyte")
                    };
                    if !fits(lo, hi) {
                        return range_err(
                            vm,
                            format!("{name} format requires {lo} <= number <= {hi}"),
                        );
                    }
                }
                b'h' if native_like => {
                    if !fits(I64.0, I64.1) {
                        return out_of_range(vm);
                    }
                    if !fits(-32768, 32767) {
                        return range_err(
                            vm,
                            "short format requires -32768 <= number <= 32767".into(),
                        );
                    }
                }
                b'H' if native_like => {
                    if !fits(I64.0, I64.1) {
                        return out_of_range(vm);
                    }
                    if !fits(0, 65535) {
                        return range_err(vm, "ushort format requires 0 <= number <= 65535".into());
                    }
                }
                b'q' | b'Q' | b'P' if order == Order::Big || ch == b'P' => {
                    let (lo, hi) = match ch {
                        b'q' => I64,
                        b'Q' => U64,
                        _ => (I64.0, U64.1),
                    };
                    if !fits(lo, hi) {
                        // `_PyLong_AsByteArray`'s OverflowError (struct.error for an int).
                        let negative = x.is_some_and(|x| x < 0);
                        return Err(vm.overflow_error(if negative && ch == b'Q' {
                            "can't convert negative int to unsigned"
                        } else {
                            "int too big to convert"
                        }));
                    }
                }
                b'l' | b'q' | b'n' if order == Order::Native || ch != b'l' => {
                    if !fits(I64.0, I64.1) {
                        return out_of_range(vm);
                    }
                }
                b'L' | b'Q' | b'N' if order == Order::Native || ch != b'L' => {
                    if !fits(U64.0, U64.1) {
                        return out_of_range(vm);
                    }
                }
                b'h' | b'i' | b'l' => {
                    if !fits(I64.0, I64.1) {
                        return out_of_range(vm);
                    }
                    let bits = 8 * dst.len() as u32;
                    let hi = (1i128 << (bits - 1)) - 1;
                    let lo = -hi - 1;
                    if !fits(lo, hi) {
                        let m = format!("'{}' format requires {lo} <= number <= {hi}", ch as char);
                        return range_err(vm, m);
                    }
                }
                _ => {
                    // 'H' (big-endian), 'I', 'L' (standard).
                    if !fits(U64.0, U64.1) {
                        return out_of_range(vm);
                    }
                    let hi = (1i128 << (8 * dst.len() as u32)) - 1;
                    if !fits(0, hi) {
                        let m = format!("'{}' format requires 0 <= number <= {hi}", ch as char);
                        return range_err(vm, m);
                    }
                }
            }
            put_int(order, x.unwrap_or(0), dst);
            Ok(())
        }
    }
}

// ---------------------------------------------------------------------------------------
// Floats
// ---------------------------------------------------------------------------------------

/// `(float)x` as x86-64 converts it: round to nearest even, overflow to infinity, a NaN
/// keeping its sign and the top of its payload, quieted.
pub fn f64_to_f32(x: f64) -> f32 {
    if x.is_nan() {
        let b = x.to_bits();
        let sign = ((b >> 63) as u32) << 31;
        let payload = ((b >> 29) as u32) & 0x007f_ffff;
        return f32::from_bits(sign | 0x7fc0_0000 | payload);
    }
    x as f32
}

/// `(double)f` as x86-64 converts it (a NaN is quieted, its payload kept).
pub fn f32_to_f64(f: f32) -> f64 {
    if f.is_nan() {
        let b = f.to_bits() as u64;
        let sign = (b >> 31) << 63;
        let payload = (b & 0x007f_ffff) << 29;
        return f64::from_bits(sign | 0x7ff8_0000_0000_0000 | payload);
    }
    f as f64
}

/// `PyFloat_Pack4`: None when a finite value rounds to infinity (OverflowError).
pub fn pack_f32(x: f64) -> Option<f32> {
    let y = f64_to_f32(x);
    if y.is_infinite() && !x.is_infinite() {
        None
    } else {
        Some(y)
    }
}

/// `PyFloat_Pack2`: IEEE half precision, rounded to nearest even; None when a finite value
/// is too large (OverflowError). A NaN becomes the quiet NaN of its sign.
pub fn pack_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    // Below 2**-14 the value is a multiple of 2**-24 (subnormal, or the smallest normal
    // once rounded up); above, 11 significant bits at the value's own exponent.
    if a < f64::powi(2.0, -14) {
        let m = (a * f64::powi(2.0, 24)).round_ties_even();
        return Some(sign | m as u16);
    }
    let mut e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut m = (a * f64::powi(2.0, 10 - e)).round_ties_even() as u32;
    if m == 2048 {
        m = 1024;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | (m as u16 - 1024))
}

/// `PyFloat_Unpack2` (3.11: a NaN comes back as the NaN of its sign, payload lost).
pub fn unpack_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    if e == 0x1f {
        return if m == 0.0 {
            sign * f64::INFINITY
        } else {
            f64::NAN.copysign(sign)
        };
    }
    if e == 0 {
        return sign * m * f64::powi(2.0, -24);
    }
    sign * (1024.0 + m) * f64::powi(2.0, e - 25)
}

// ---------------------------------------------------------------------------------------
// Unpacking
// ---------------------------------------------------------------------------------------

fn unpack_all(vm: &mut Vm, l: &Layout, data: &[u8]) -> Vec<PyRef> {
    let mut out = Vec::with_capacity(l.nitems);
    for code in &l.codes {
        for k in 0..code.repeat {
            let at = code.offset + k * code.size;
            let src = data.get(at..at + code.size).unwrap_or(&[]);
            out.push(unpack_one(vm, l.order, code.ch, src));
        }
    }
    out
}

/// The bytes of one item in little-endian order.
fn le_bytes<const N: usize>(order: Order, src: &[u8]) -> [u8; N] {
    let mut b = [0u8; N];
    for (i, x) in b.iter_mut().enumerate() {
        let j = if order == Order::Big {
            src.len().wrapping_sub(1 + i)
        } else {
            i
        };
        *x = src.get(j).copied().unwrap_or(0);
    }
    b
}

fn unpack_one(vm: &mut Vm, order: Order, ch: u8, src: &[u8]) -> PyRef {
    match ch {
        b'c' | b's' => vm.bytes(src.to_vec()),
        b'p' => {
            let n = src.first().map_or(0, |&n| n as usize);
            let body = src.get(1..).unwrap_or(&[]);
            vm.bytes(body[..n.min(body.len())].to_vec())
        }
        b'?' => vm.bool(src.iter().any(|&b| b != 0)),
        b'e' => vm.float(unpack_half(u16::from_le_bytes(le_bytes(order, src)))),
        b'f' => vm.float(f32_to_f64(f32::from_bits(u32::from_le_bytes(le_bytes(
            order, src,
        ))))),
        b'd' => vm.float(f64::from_le_bytes(le_bytes(order, src))),
        _ => {
            let raw = u64::from_le_bytes(le_bytes(order, src));
            let bits = 8 * src.len() as u32;
            let signed = matches!(ch, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            if signed {
                let shift = 64 - bits;
                vm.int(((raw << shift) as i64) >> shift)
            } else if raw <= i64::MAX as u64 {
                vm.int(raw as i64)
            } else {
                vm.bigint(BigInt::from(raw))
            }
        }
    }
}
