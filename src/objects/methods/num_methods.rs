//! Methods of `int` (and so `bool`), `float` and `complex`. The operators themselves live in
//! `objects::number`.

use super::{bind_params, descriptor_error, method_args, receiver_arg};
use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

pub(super) fn register(vm: &mut Vm) {
    let int = vm.types.int_type.clone();
    vm.add_method(&int, "bit_length", int_bit_length);
    vm.add_method(&int, "bit_count", int_bit_count);
    vm.add_method(&int, "to_bytes", int_to_bytes);
    vm.add_method(&int, "conjugate", int_conjugate);
    vm.add_method(&int, "as_integer_ratio", int_as_integer_ratio);
    vm.add_classmethod(&int, "from_bytes", int_from_bytes);
    let float = vm.types.float_type.clone();
    vm.add_method(&float, "is_integer", float_is_integer);
    vm.add_method(&float, "as_integer_ratio", float_as_integer_ratio);
    vm.add_method(&float, "conjugate", float_conjugate);
    vm.add_method(&float, "hex", float_hex);
    vm.add_classmethod(&float, "fromhex", float_fromhex);
    let complex = vm.types.complex_type.clone();
    vm.add_method(&complex, "conjugate", complex_conjugate);
}

/// The value of an int receiver.
fn int_self(vm: &Vm, this: &PyRef, method: &str) -> PyResult<BigInt> {
    this.as_bigint()
        .ok_or_else(|| descriptor_error(vm, method, "int", this))
}

fn float_self(vm: &Vm, this: &PyRef, method: &str) -> PyResult<f64> {
    match &this.payload {
        Payload::Float(f) => Ok(*f),
        _ => Err(descriptor_error(vm, method, "float", this)),
    }
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "int.bit_length", args, 0, 0)?;
    let v = int_self(vm, this, "bit_length")?;
    Ok(vm.int(v.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "int.bit_count", args, 0, 0)?;
    let v = int_self(vm, this, "bit_count")?;
    Ok(vm.int(v.magnitude().count_ones() as i64))
}

/// `int.conjugate()`: the value as an exact `int`.
fn int_conjugate(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "int.conjugate", args, 0, 0)?;
    let v = int_self(vm, this, "conjugate")?;
    Ok(crate::objects::number::exact_copy(vm, this).unwrap_or_else(|| vm.bigint(v)))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "int.as_integer_ratio", args, 0, 0)?;
    let v = int_self(vm, this, "as_integer_ratio")?;
    Ok(vm.tuple(vec![vm.bigint(v), vm.int(1)]))
}

/// `byteorder` and `signed` of `to_bytes`/`from_bytes`: (little endian?, signed?).
fn byteorder_and_sign(
    vm: &mut Vm,
    name: &str,
    order: Option<&PyRef>,
    signed: Option<&PyRef>,
) -> PyResult<(bool, bool)> {
    let little = match order {
        None => false,
        Some(o) => match o.as_str_opt() {
            Some("little") => true,
            Some("big") => false,
            Some(_) => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            None => {
                return Err(vm.type_error(format!(
                    "{name}() argument 'byteorder' must be str, not {}",
                    crate::vm::errors::arg_type_name(o)
                )))
            }
        },
    };
    let signed = match signed {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    Ok((little, signed))
}

fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let p = bind_params(
        vm,
        "to_bytes",
        args,
        1,
        &["length", "byteorder", "signed"],
        0,
        2,
    )?;
    let this = receiver_arg(vm, args)?;
    let v = int_self(vm, this, "to_bytes")?;
    let length = match &p[0] {
        Some(l) => vm.index_value(l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let (little, signed) = byteorder_and_sign(vm, "to_bytes", p[1].as_ref(), p[2].as_ref())?;
    if !signed && v.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        v.to_signed_bytes_le()
    } else {
        v.to_bytes_le().1
    };
    if v.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let pad = if signed && v.is_negative() { 0xff } else { 0 };
    bytes.resize(length, pad);
    if !little {
        bytes.reverse();
    }
    Ok(vm.bytes_filled(bytes))
}

fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args
        .args
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("from_bytes() needs a class"))?;
    let p = bind_params(
        vm,
        "from_bytes",
        args,
        1,
        &["bytes", "byteorder", "signed"],
        1,
        2,
    )?;
    let source = p[0].clone().unwrap_or_else(|| vm.none());
    let mut bytes: Vec<u8> = match &source.payload {
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.borrow().clone(),
        Payload::Str(_)
        | Payload::Int(_)
        | Payload::BigInt(_)
        | Payload::Bool(_)
        | Payload::Float(_) => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                source.class_name()
            )))
        }
        _ => {
            let mut out = Vec::new();
            for item in vm.iterate(&source)? {
                match item.as_i64().and_then(|i| u8::try_from(i).ok()) {
                    Some(b) => out.push(b),
                    None => return Err(vm.value_error("bytes must be in range(0, 256)")),
                }
            }
            out
        }
    };
    let (little, signed) = byteorder_and_sign(vm, "from_bytes", p[1].as_ref(), p[2].as_ref())?;
    if !little {
        bytes.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    let result = vm.bigint(v);
    if cls.is(&vm.types.int_type) {
        Ok(result)
    } else {
        vm.call(&cls, Args::new(&[result]))
    }
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "float.is_integer", args, 0, 0)?;
    let f = float_self(vm, this, "is_integer")?;
    Ok(vm.bool(f.is_finite() && f == f.floor()))
}

/// `float.as_integer_ratio()`: the exact value as a reduced fraction.
fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "float.as_integer_ratio", args, 0, 0)?;
    let f = float_self(vm, this, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mut mantissa, mut exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    if mantissa == 0 {
        return Ok(vm.tuple(vec![vm.int(0), vm.int(1)]));
    }
    while mantissa & 1 == 0 && exp < 0 {
        mantissa >>= 1;
        exp += 1;
    }
    let mut num = BigInt::from(mantissa);
    if f < 0.0 {
        num = -num;
    }
    let (num, den) = if exp >= 0 {
        (num << exp as usize, BigInt::from(1))
    } else {
        (num, BigInt::from(1) << (-exp) as usize)
    };
    Ok(vm.tuple(vec![vm.bigint(num), vm.bigint(den)]))
}

fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "float.conjugate", args, 0, 0)?;
    let f = float_self(vm, this, "conjugate")?;
    Ok(crate::objects::number::exact_copy(vm, this).unwrap_or_else(|| vm.float(f)))
}

/// `float.hex()`: `0x1.8000000000000p+1`, exactly as CPython's `float_hex`.
fn float_hex(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "float.hex", args, 0, 0)?;
    let x = float_self(vm, this, "hex")?;
    Ok(vm.string(crate::format::float::float_hex(x)))
}

/// `float.fromhex(s)`.
fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, a) = method_args(vm, "float.fromhex", args, 1, 1)?;
    let text = a[0]
        .as_str_opt()
        .ok_or_else(|| vm.type_error("fromhex() argument must be str"))?
        .to_string();
    use crate::format::float::{float_fromhex, FromHexError};
    let x = match float_fromhex(&text) {
        Ok(x) => x,
        Err(FromHexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"))
        }
        Err(FromHexError::Overflow) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
    };
    let f = vm.float(x);
    if cls.is(&vm.types.float_type) {
        return Ok(f);
    }
    vm.call1(&cls.clone(), &[f])
}

fn complex_conjugate(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "complex.conjugate", args, 0, 0)?;
    match &this.payload {
        Payload::Complex(re, im) => Ok(vm.complex(*re, -*im)),
        _ => Err(descriptor_error(vm, "conjugate", "complex", this)),
    }
}
