//! The number slots of `int`, `bool`, `float` and `complex` as callable methods
//! (`int.__add__`, `float.__round__`, `complex.__pow__`...), for the tables in
//! `objects::slots`.
//!
//! Each type's binary slots accept only the operands its C slot converts (`CONVERT_TO_LONG`,
//! `CONVERT_TO_DOUBLE`, `TO_COMPLEX`) and answer `NotImplemented` for the rest, so
//! `(1).__add__(2.0)` defers to `float.__radd__` exactly as in CPython. The arithmetic
//! itself is `objects::number`'s, shared with the operators.

use super::{check_args, descriptor_error};
use crate::bytecode::BinaryOperator;
use crate::heap::PyRef;
use crate::objects::number::{self, UnaryNumberOp};
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::FromPrimitive;

/// The operands a number type's slots take besides its own instances.
#[derive(Clone, Copy, PartialEq)]
pub enum Domain {
    /// `int` and `bool`: other ints only.
    Int,
    /// `float`: ints and floats.
    Real,
    /// `complex`: any builtin number.
    Complex,
}

impl Domain {
    fn accepts(self, o: &PyRef) -> bool {
        match &o.payload {
            Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_) => true,
            Payload::Float(_) => self != Domain::Int,
            Payload::Complex(..) => self == Domain::Complex,
            _ => false,
        }
    }
}

/// The receiver of a slot taking no argument (`__neg__`, `__bool__`...).
pub fn unary_operand<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a PyRef> {
    Ok(&operands(vm, args, 0)?[0])
}

/// Receiver and other operand of a binary slot (`__add__`, `__eq__`...).
pub fn binary_operands<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a PyRef, &'a PyRef)> {
    let a = operands(vm, args, 1)?;
    Ok((&a[0], &a[1]))
}

/// The receiver followed by exactly `n` arguments, with `wrap_binaryfunc`'s arity error.
pub fn operands<'a>(vm: &Vm, args: &Args<'a>, n: usize) -> PyResult<&'a [PyRef]> {
    let got = args.args.len().saturating_sub(1);
    if got != n {
        return Err(vm.type_error(format!(
            "expected {n} argument{}, got {got}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(args.args)
}

/// `x.__op__(y)` / `x.__rop__(y)` of a number type.
pub fn binary(
    vm: &mut Vm,
    args: Args,
    op: BinaryOperator,
    domain: Domain,
    reflected: bool,
) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    if !domain.accepts(b) {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let r = number::binary_number_op(vm, x, y, op)?;
    Ok(r.unwrap_or_else(|| vm.not_implemented.clone()))
}

/// `int.__and__`, `__or__`, `__xor__` and their reflections: `long_and` and friends make
/// an int even of two bools (bool's own methods make a bool).
pub fn int_bitwise(vm: &mut Vm, args: Args, op: BinaryOperator, reflected: bool) -> PyResult {
    let r = binary(vm, args, op, Domain::Int, reflected)?;
    Ok(match r.payload {
        Payload::Bool(b) => vm.int(i64::from(b)),
        _ => r,
    })
}

/// `__divmod__` / `__rdivmod__` of `int` and `float`.
pub fn divmod(vm: &mut Vm, args: Args, domain: Domain, reflected: bool) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    if !domain.accepts(b) {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let r = number::divmod(vm, x, y)?;
    Ok(r.unwrap_or_else(|| vm.not_implemented.clone()))
}

/// `__pow__(other[, mod])` / `__rpow__(other[, mod])`: the modulus is for ints only,
/// as `ternaryfunc` slots check it after converting the operands.
pub fn power(vm: &mut Vm, args: Args, domain: Domain, reflected: bool) -> PyResult {
    let n = args.args.len().saturating_sub(1);
    if !(1..=2).contains(&n) {
        return Err(vm.type_error(format!("expected 1 or 2 arguments, got {n}")));
    }
    let (a, b) = (&args.args[0], &args.args[1]);
    if !domain.accepts(b) {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let modulus = args
        .args
        .get(2)
        .filter(|m| !matches!(m.payload, Payload::NoneValue));
    let Some(m) = modulus else {
        let r = number::binary_number_op(vm, x, y, BinaryOperator::Power)?;
        return Ok(r.unwrap_or_else(|| vm.not_implemented.clone()));
    };
    match domain {
        Domain::Int if m.is_int() => number::pow3(vm, x, y, m),
        Domain::Int => Ok(vm.not_implemented.clone()),
        Domain::Real => {
            Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"))
        }
        Domain::Complex => Err(vm.value_error("complex modulo")),
    }
}

pub fn neg(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, args, UnaryNumberOp::Neg)
}

pub fn pos(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, args, UnaryNumberOp::Pos)
}

pub fn invert(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, args, UnaryNumberOp::Invert)
}

fn unary(vm: &mut Vm, args: Args, op: UnaryNumberOp) -> PyResult {
    let a = unary_operand(vm, &args)?;
    let r = number::unary_number_op(vm, a, op)?;
    Ok(r.unwrap_or_else(|| vm.not_implemented.clone()))
}

pub fn abs(vm: &mut Vm, args: Args) -> PyResult {
    let a = unary_operand(vm, &args)?;
    let negative = match &a.payload {
        Payload::Int(i) => *i < 0,
        Payload::BigInt(b) => b.sign() == num_bigint::Sign::Minus,
        // `float_abs` always makes a new float.
        Payload::Float(f) => return Ok(vm.float(f.abs())),
        Payload::Complex(re, im) => {
            let r = re.hypot(*im);
            if r.is_infinite() && re.is_finite() && im.is_finite() {
                return Err(vm.overflow_error("absolute value too large"));
            }
            return Ok(vm.float(r));
        }
        _ => false,
    };
    let op = if negative {
        UnaryNumberOp::Neg
    } else {
        UnaryNumberOp::Pos
    };
    unary(vm, args, op)
}

pub fn bool_(vm: &mut Vm, args: Args) -> PyResult {
    let a = unary_operand(vm, &args)?;
    let t = match &a.payload {
        Payload::Int(i) => *i != 0,
        Payload::Bool(b) => *b,
        Payload::BigInt(_) => true,
        Payload::Float(f) => *f != 0.0,
        Payload::Complex(re, im) => *re != 0.0 || *im != 0.0,
        _ => true,
    };
    Ok(vm.bool(t))
}

/// `int.__int__`, `int.__index__`, `int.__trunc__`...: the value as an exact `int`
/// (`True.__int__()` is `1`).
pub fn int_value(vm: &mut Vm, args: Args) -> PyResult {
    let a = unary_operand(vm, &args)?;
    Ok(number::exact_copy(vm, a).unwrap_or_else(|| vm.int(0)))
}

/// `float.__int__` and `float.__trunc__`.
pub fn float_trunc(vm: &mut Vm, args: Args) -> PyResult {
    float_to_int_with(vm, args, f64::trunc)
}

pub fn float_floor(vm: &mut Vm, args: Args) -> PyResult {
    float_to_int_with(vm, args, f64::floor)
}

pub fn float_ceil(vm: &mut Vm, args: Args) -> PyResult {
    float_to_int_with(vm, args, f64::ceil)
}

fn float_to_int_with(vm: &mut Vm, args: Args, f: fn(f64) -> f64) -> PyResult {
    let a = unary_operand(vm, &args)?;
    let x = float_of(vm, a)?;
    float_to_int(vm, f(x))
}

fn float_to_int(vm: &Vm, x: f64) -> PyResult {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if x.abs() < 9.0e18 {
        return Ok(vm.int(x as i64));
    }
    Ok(vm.bigint(BigInt::from_f64(x).unwrap_or_default()))
}

fn float_of(vm: &Vm, a: &PyRef) -> PyResult<f64> {
    match &a.payload {
        Payload::Float(f) => Ok(*f),
        _ => Err(descriptor_error(vm, "__float__", "float", a)),
    }
}

/// `__float__` of `int` and `float`: an exact float.
pub fn float_value(vm: &mut Vm, args: Args) -> PyResult {
    let a = unary_operand(vm, &args)?;
    match &a.payload {
        Payload::Float(f) if !a.class().is(&vm.types.float_type) => Ok(vm.float(*f)),
        Payload::Float(_) => Ok(a.clone()),
        _ => match number::int_to_f64(a) {
            Some(f) => Ok(vm.float(f)),
            None => Err(vm.overflow_error("int too large to convert to float")),
        },
    }
}

/// `complex.__complex__`: an exact complex.
pub fn complex_value(vm: &mut Vm, args: Args) -> PyResult {
    let a = unary_operand(vm, &args)?;
    match &a.payload {
        Payload::Complex(..) if a.class().is(&vm.types.complex_type) => Ok(a.clone()),
        Payload::Complex(re, im) => Ok(vm.complex(*re, *im)),
        _ => Err(descriptor_error(vm, "__complex__", "complex", a)),
    }
}

/// `int.__round__([ndigits])`: an explicit None is no integer, unlike for floats.
pub fn int_round(vm: &mut Vm, args: Args) -> PyResult {
    let rest = check_args(vm, "__round__", &args.args[1..], 0, 1)?;
    let x = &args.args[0];
    if let Some(n) = rest.first() {
        vm.index_value(n)?;
    }
    round_number(vm, x, rest.first().cloned())
}

/// `float.__round__(ndigits=None)`.
pub fn float_round(vm: &mut Vm, args: Args) -> PyResult {
    let rest = check_args(vm, "__round__", &args.args[1..], 0, 1)?;
    let ndigits = super::non_none(rest.first()).cloned();
    round_number(vm, &args.args[0], ndigits)
}

fn round_number(vm: &mut Vm, x: &PyRef, ndigits: Option<PyRef>) -> PyResult {
    match crate::builtins::numeric::round_native(vm, x, ndigits)? {
        Some(r) => Ok(r),
        None => Err(descriptor_error(vm, "__round__", &x.class_name(), x)),
    }
}

/// `__getnewargs__` of the numbers: the arguments that rebuild the value.
pub fn getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    let a = unary_operand(vm, &args)?;
    let items = match &a.payload {
        Payload::Float(f) => vec![vm.float(*f)],
        Payload::Complex(re, im) => vec![vm.float(*re), vm.float(*im)],
        _ => vec![vm.bigint(a.as_bigint().unwrap_or_default())],
    };
    Ok(vm.tuple(items))
}

/// `__format__` of the numbers: the builtin formatting of the exact value, so that a
/// subclass's own `__format__` calling its base does not come back to itself.
pub fn format(vm: &mut Vm, args: Args) -> PyResult {
    let (a, spec) = binary_operands(vm, &args)?;
    let Some(spec) = spec.as_str_opt() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            crate::vm::errors::arg_type_name(spec)
        )));
    };
    let exact = match &a.payload {
        Payload::Float(f) => vm.float(*f),
        Payload::Complex(re, im) => vm.complex(*re, *im),
        Payload::Bool(_) if a.class().is(&vm.types.bool_type) => a.clone(),
        _ => vm.bigint(a.as_bigint().unwrap_or_default()),
    };
    let spec = spec.to_string();
    vm.format(&exact, &spec)
}

/// `float.__getformat__(typestr)`: the platform's float formats.
pub fn float_getformat(vm: &mut Vm, args: Args) -> PyResult {
    let rest = check_args(vm, "__getformat__", &args.args[1..], 1, 1)?;
    match rest[0].as_str_opt() {
        Some("double" | "float") => Ok(vm.str("IEEE, little-endian")),
        Some(_) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            crate::vm::errors::arg_type_name(&rest[0])
        ))),
    }
}
