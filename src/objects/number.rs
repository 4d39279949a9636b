//! Arithmetic on `int`, `bool`, `float` and `complex`, with CPython 3.11's exact semantics.
//!
//! The VM calls [`binary_number_op`] / [`unary_number_op`] before looking for `__add__` and
//! friends: builtin numbers never go through a method lookup. Ints take an `i64` fast path
//! and are promoted to `BigInt` on overflow (`checked_*`); every big result goes through
//! `vm.bigint`, which normalizes back to `i64` when the value fits. Mixed int/float
//! comparisons and hashes are exact, so that `2**53 + 1 != float(2**53)` and equal numbers
//! hash equal whatever their type (Python's numeric hash, modulus `2**61 - 1`).

use crate::bytecode::BinaryOperator;
use crate::heap::{limits, PyRef};
use crate::objects::payload::Payload;
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// Python's hash modulus: the Mersenne prime `2**61 - 1`.
const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: i32 = 61;
const HASH_INF: i64 = 314159;

/// Largest magnitude below which every `i64` converts to `f64` exactly.
const EXACT_F64_INT: i64 = 1 << 53;

/// The unary operators on numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryNumberOp {
    Neg,
    Pos,
    Invert,
}

/// A borrowed view of a builtin number (bool counts as int).
enum Num<'a> {
    Small(i64),
    Big(&'a BigInt),
    Float(f64),
    Complex(f64, f64),
}

impl<'a> Num<'a> {
    fn of(obj: &'a PyRef) -> Option<Num<'a>> {
        Some(match &obj.payload {
            Payload::Int(i) => Num::Small(*i),
            Payload::Bool(b) => Num::Small(*b as i64),
            Payload::BigInt(b) => Num::Big(b),
            Payload::Float(f) => Num::Float(*f),
            Payload::Complex(re, im) => Num::Complex(*re, *im),
            _ => return None,
        })
    }
}

// ---- hashing ----

/// Python's hash of an int that fits in `i64`.
pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Python's hash of any int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    if let Some(i) = b.to_i64() {
        return hash_i64(i);
    }
    let m = (b.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0) as i64;
    let h = if b.sign() == Sign::Minus { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `math.frexp`: `x == m * 2**e` with `0.5 <= |m| < 1` (finite non-zero `x`).
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Python's hash of a float (`_Py_HashDouble`). NaN hashes to 0 (CPython 3.11 uses the
/// object's identity; callers that care pass NaNs to the identity hash themselves).
pub fn hash_float(v: f64) -> i64 {
    if !v.is_finite() {
        return if v.is_nan() {
            0
        } else if v > 0.0 {
            HASH_INF
        } else {
            -HASH_INF
        };
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % HASH_BITS
    } else {
        HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    };
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Python's hash of a complex (`hash(re) + 1000003 * hash(im)`, wrapping).
pub fn hash_complex(re: f64, im: f64) -> i64 {
    let h = hash_float(re).wrapping_add(1000003i64.wrapping_mul(hash_float(im)));
    if h == -1 {
        -2
    } else {
        h
    }
}

// ---- conversions ----

/// The value of an int (or bool) as `f64`; None for non-ints or ints too large for a float.
pub fn int_to_f64(obj: &PyRef) -> Option<f64> {
    match Num::of(obj)? {
        Num::Small(i) => Some(i as f64),
        Num::Big(b) => b.to_f64().filter(|f| f.is_finite()),
        _ => None,
    }
}

fn big_to_f64(vm: &Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// A real number as `f64` (OverflowError for huge ints); None for complex.
fn real_to_f64(vm: &Vm, n: &Num) -> PyResult<Option<f64>> {
    Ok(match n {
        Num::Small(i) => Some(*i as f64),
        Num::Big(b) => Some(big_to_f64(vm, b)?),
        Num::Float(f) => Some(*f),
        Num::Complex(..) => None,
    })
}

fn to_complex(vm: &Vm, n: &Num) -> PyResult<(f64, f64)> {
    Ok(match n {
        Num::Complex(re, im) => (*re, *im),
        other => (real_to_f64(vm, other)?.unwrap_or(0.0), 0.0),
    })
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Small(i) => BigInt::from(*i),
        Num::Big(b) => (*b).clone(),
        _ => BigInt::zero(),
    }
}

// ---- comparison ----

/// Exact comparison of an int with a float (None if the float is NaN).
fn cmp_int_float(i: &Num, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if let Num::Small(x) = i {
        if x.abs() <= EXACT_F64_INT {
            return (*x as f64).partial_cmp(&f);
        }
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let big = to_big(i);
    let floor = f.floor();
    let fb = BigInt::from_f64(floor)?;
    match big.cmp(&fb) {
        // big == floor(f): equal only if f is integral, else big < f.
        Ordering::Equal if floor == f => Some(Ordering::Equal),
        Ordering::Equal => Some(Ordering::Less),
        ord => Some(ord),
    }
}

/// Ordering of two real numbers (int, bool, float), exact across int/float; None for NaN,
/// complex numbers and non-numbers.
pub fn num_compare(a: &PyRef, b: &PyRef) -> Option<Ordering> {
    let (x, y) = (Num::of(a)?, Num::of(b)?);
    match (&x, &y) {
        (Num::Small(p), Num::Small(q)) => Some(p.cmp(q)),
        (Num::Float(p), Num::Float(q)) => p.partial_cmp(q),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => None,
        (_, Num::Float(q)) => cmp_int_float(&x, *q),
        (Num::Float(p), _) => cmp_int_float(&y, *p).map(Ordering::reverse),
        _ => Some(to_big(&x).cmp(&to_big(&y))),
    }
}

/// `a == b` for two builtin numbers (int, bool, float, complex), exact across types;
/// None if either is not a number.
pub fn num_eq(a: &PyRef, b: &PyRef) -> Option<bool> {
    let (x, y) = (Num::of(a)?, Num::of(b)?);
    match (&x, &y) {
        (Num::Complex(r1, i1), Num::Complex(r2, i2)) => Some(r1 == r2 && i1 == i2),
        (Num::Complex(re, im), _) => Some(*im == 0.0 && real_eq(&y, *re)),
        (_, Num::Complex(re, im)) => Some(*im == 0.0 && real_eq(&x, *re)),
        _ => Some(num_compare(a, b) == Some(Ordering::Equal)),
    }
}

fn real_eq(n: &Num, f: f64) -> bool {
    match n {
        Num::Float(g) => *g == f,
        other => cmp_int_float(other, f) == Some(Ordering::Equal),
    }
}

// ---- binary operators ----

/// `a <op> b` for builtin numbers. `Ok(None)` when the operands are not both numbers or
/// the operation is not defined for them (complex `//`), so the VM tries the dunders and
/// raises its `unsupported operand type(s)` error.
pub fn binary_number_op(
    vm: &mut Vm,
    a: &PyRef,
    b: &PyRef,
    op: BinaryOperator,
) -> PyResult<Option<PyRef>> {
    if let (Payload::Int(x), Payload::Int(y)) = (&a.payload, &b.payload) {
        return small_int_op(vm, *x, *y, op);
    }
    if let (Payload::Bool(x), Payload::Bool(y)) = (&a.payload, &b.payload) {
        match op {
            BinaryOperator::And => return Ok(Some(vm.bool(*x & *y))),
            BinaryOperator::Or => return Ok(Some(vm.bool(*x | *y))),
            BinaryOperator::Xor => return Ok(Some(vm.bool(*x ^ *y))),
            _ => {}
        }
    }
    let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) else {
        return Ok(None);
    };
    match (&x, &y) {
        (Num::Small(p), Num::Small(q)) => small_int_op(vm, *p, *q, op),
        (Num::Small(_) | Num::Big(_), Num::Small(_) | Num::Big(_)) => {
            big_int_op(vm, &to_big(&x), &to_big(&y), op)
        }
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (p, q) = (to_complex(vm, &x)?, to_complex(vm, &y)?);
            complex_op(vm, p, q, op)
        }
        _ => {
            let (Some(p), Some(q)) = (real_to_f64(vm, &x)?, real_to_f64(vm, &y)?) else {
                return Ok(None);
            };
            float_op(vm, p, q, op)
        }
    }
}

/// `x op y` for two machine ints when the result is a machine int too: `None` for
/// overflow, errors and float results, which [`small_int_op`] (and the bignum path) give.
/// The dispatch loop calls it directly for exact ints.
#[inline]
pub fn small_int_result(x: i64, y: i64, op: BinaryOperator) -> Option<i64> {
    use BinaryOperator::*;
    match op {
        Add => x.checked_add(y),
        Subtract => x.checked_sub(y),
        Multiply => x.checked_mul(y),
        FloorDivide if y != 0 => x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y)),
        Remainder if y != 0 => x.checked_rem_euclid(y).map(|_| Integer::mod_floor(&x, &y)),
        And => Some(x & y),
        Or => Some(x | y),
        Xor => Some(x ^ y),
        Rshift if y >= 0 => Some(if y >= 64 {
            if x < 0 {
                -1
            } else {
                0
            }
        } else {
            x >> y
        }),
        Lshift if y >= 0 => (x == 0)
            .then_some(0)
            .or_else(|| (y < 63).then(|| x << y).filter(|r| r >> y == x)),
        Power if y >= 0 => u32::try_from(y).ok().and_then(|e| x.checked_pow(e)),
        _ => None,
    }
}

/// `x op y` for two floats, when it is plain IEEE arithmetic that cannot fail (what
/// CPython 3.11 specializes as `BINARY_OP_ADD_FLOAT` and friends, plus a division by a
/// nonzero number, and a power of a positive finite base whose result is finite: every
/// special case of `float_pow` is a zero, an infinity, a NaN or a negative base, and a
/// finite one is `pow()`'s). The dispatch loop calls it directly for exact floats.
#[inline]
pub fn float_fast_result(x: f64, y: f64, op: BinaryOperator) -> Option<f64> {
    use BinaryOperator::*;
    match op {
        Add => Some(x + y),
        Subtract => Some(x - y),
        Multiply => Some(x * y),
        TrueDivide if y != 0.0 => Some(x / y),
        Power if x > 0.0 && x.is_finite() && y.is_finite() => {
            Some(x.powf(y)).filter(|r| r.is_finite())
        }
        _ => None,
    }
}

fn small_int_op(vm: &mut Vm, x: i64, y: i64, op: BinaryOperator) -> PyResult<Option<PyRef>> {
    use BinaryOperator::*;
    match op {
        FloorDivide | Remainder if y == 0 => return Err(int_zero_division(vm, op)),
        TrueDivide if x.abs() <= EXACT_F64_INT && y.abs() <= EXACT_F64_INT => {
            if y == 0 {
                return Err(vm.zero_division("division by zero"));
            }
            return Ok(Some(vm.float(x as f64 / y as f64)));
        }
        Rshift | Lshift if y < 0 => return Err(vm.value_error("negative shift count")),
        Power if y < 0 => return float_op(vm, x as f64, y as f64, Power),
        MatrixMultiply => return Ok(None),
        _ => {}
    }
    match small_int_result(x, y, op) {
        Some(r) => Ok(Some(vm.int(r))),
        None => big_int_op(vm, &BigInt::from(x), &BigInt::from(y), op),
    }
}

fn int_zero_division(vm: &Vm, op: BinaryOperator) -> PyErr {
    match op {
        BinaryOperator::Remainder => vm.zero_division("integer modulo by zero"),
        _ => vm.zero_division("integer division or modulo by zero"),
    }
}

fn big_int_op(vm: &mut Vm, x: &BigInt, y: &BigInt, op: BinaryOperator) -> PyResult<Option<PyRef>> {
    use BinaryOperator::*;
    let r = match op {
        Add => x + y,
        Subtract => x - y,
        Multiply => x * y,
        FloorDivide | Remainder if y.is_zero() => return Err(int_zero_division(vm, op)),
        FloorDivide => x.div_floor(y),
        Remainder => x.mod_floor(y),
        TrueDivide => return int_true_divide(vm, x, y).map(|f| Some(vm.float(f))),
        And => x & y,
        Or => x | y,
        Xor => x ^ y,
        Lshift | Rshift if y.is_negative() => return Err(vm.value_error("negative shift count")),
        Lshift if x.is_zero() => BigInt::zero(),
        // CPython (`long_lshift`): a count whose 30-bit digit count passes
        // `PY_SSIZE_T_MAX` is an OverflowError; a result that cannot be allocated a
        // MemoryError.
        Lshift => match y.to_usize() {
            Some(s) => {
                let bits = (x.bits() as usize).saturating_add(s);
                limits::probe(bits / 8 + 8).map_err(|e| vm.no_memory(e))?;
                x << s
            }
            // `_PyLong_New`'s `MAX_LONG_DIGITS` (4-byte digits after a 24-byte header).
            None if (y / 30u32 + BigInt::from(x.bits() / 30 + 1))
                .to_isize()
                .is_some_and(|d| d <= (isize::MAX - 24) / 4) =>
            {
                return Err(vm.no_memory(limits::OutOfMemory))
            }
            None => return Err(vm.overflow_error("too many digits in integer")),
        },
        Rshift => match y.to_usize() {
            Some(s) => x >> s,
            None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
        },
        Power if y.is_negative() => {
            let (p, q) = (big_to_f64(vm, x)?, big_to_f64(vm, y)?);
            return float_op(vm, p, q, Power);
        }
        Power => {
            if x.is_zero() || x.is_one() {
                x.clone()
            } else if *x == BigInt::from(-1) {
                BigInt::from(if y.is_even() { 1 } else { -1 })
            } else {
                match y.to_u32() {
                    Some(e) => {
                        let bits = (x.bits() as usize).saturating_mul(e as usize);
                        limits::probe(bits / 8 + 8).map_err(|e| vm.no_memory(e))?;
                        num_traits::pow::Pow::pow(x, e)
                    }
                    None => return Err(vm.no_memory(limits::OutOfMemory)),
                }
            }
        }
        MatrixMultiply => return Ok(None),
    };
    Ok(Some(vm.bigint(r)))
}

/// `x * 2**e` without intermediate overflow or underflow of the scale factor.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// `x / y` for ints, correctly rounded (CPython's `long_true_divide`, minus the subnormal
/// refinement).
fn int_true_divide(vm: &Vm, x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if y.is_zero() {
        return Err(vm.zero_division("division by zero"));
    }
    if x.is_zero() {
        return Ok(if x.sign() == y.sign() || y.is_positive() {
            0.0
        } else {
            -0.0
        });
    }
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.magnitude().clone(), y.magnitude().clone());
    // Scale so the quotient has 55 or 56 significant bits; the remainder becomes a sticky bit.
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (a, b) = if shift > 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = a.div_rem(&b);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1;
    }
    let f = ldexp(q as f64, -shift);
    if f.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(if negative { -f } else { f })
}

fn is_odd_integer(f: f64) -> bool {
    f.is_finite() && f.floor() == f && (f / 2.0).floor() != f / 2.0
}

fn float_overflow(vm: &Vm) -> PyErr {
    let cls = vm.exc_type("OverflowError");
    PyErr(vm.new_exception(
        &cls,
        vec![vm.int(34), vm.str("Numerical result out of range")],
    ))
}

/// CPython's `float_pow`. A negative base with a fractional exponent gives a complex.
fn float_pow(vm: &mut Vm, iv: f64, iw: f64) -> PyResult<PyRef> {
    if iw == 0.0 {
        return Ok(vm.float(1.0));
    }
    if iv.is_nan() {
        return Ok(vm.float(iv));
    }
    if iw.is_nan() {
        return Ok(vm.float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(vm.float(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    let odd = is_odd_integer(iw);
    if iv.is_infinite() {
        return Ok(vm.float(match (iv > 0.0, iw > 0.0) {
            (true, true) => iv,
            (true, false) => 0.0,
            (false, true) => {
                if odd {
                    iv
                } else {
                    -iv
                }
            }
            (false, false) => {
                if odd {
                    (0.0f64).copysign(iv)
                } else {
                    0.0
                }
            }
        }));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(vm.float(if odd { iv } else { 0.0 }));
    }
    let mut negate = false;
    let mut base = iv;
    if iv < 0.0 {
        if iw != iw.floor() {
            let (re, im) = complex_pow(vm, (iv, 0.0), (iw, 0.0))?;
            return Ok(vm.complex(re, im));
        }
        negate = odd;
        base = -iv;
    }
    if base == 1.0 {
        return Ok(vm.float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(float_overflow(vm));
    }
    Ok(vm.float(if negate { -r } else { r }))
}

/// CPython's `float_divmod`: (floor quotient, modulo) with Python's sign rules.
fn float_divmod_parts(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = (0.0f64).copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        (0.0f64).copysign(vx / wx)
    };
    (floordiv, m)
}

fn float_op(vm: &mut Vm, x: f64, y: f64, op: BinaryOperator) -> PyResult<Option<PyRef>> {
    use BinaryOperator::*;
    let r = match op {
        Add => x + y,
        Subtract => x - y,
        Multiply => x * y,
        TrueDivide if y == 0.0 => return Err(vm.zero_division("float division by zero")),
        TrueDivide => x / y,
        FloorDivide if y == 0.0 => return Err(vm.zero_division("float floor division by zero")),
        FloorDivide => float_divmod_parts(x, y).0,
        Remainder if y == 0.0 => return Err(vm.zero_division("float modulo")),
        Remainder => float_divmod_parts(x, y).1,
        Power => return float_pow(vm, x, y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(vm.float(r)))
}

// ---- complex ----

pub type Complex = (f64, f64);

pub fn c_mul(a: Complex, b: Complex) -> Complex {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's `_Py_c_quot` (Smith's algorithm); None on division by zero.
pub fn c_quot(a: Complex, b: Complex) -> Option<Complex> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn c_powu(x: Complex, n: u64) -> Complex {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1u64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_mul(r, p);
        }
        mask <<= 1;
        p = c_mul(p, p);
    }
    r
}

/// Why a complex power has no value: the `errno` CPython's `complex_pow` checks
/// (`EDOM`: ZeroDivisionError, `ERANGE`: OverflowError).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ComplexErrno {
    Ok,
    Dom,
    Range,
}

/// `a ** b` for complex numbers (CPython's `complex_pow`: small integer exponents by
/// repeated multiplication, others through polar form). CPython decides the error from
/// `errno` as the C library leaves it: `EDOM` (from a zero base, or `cos`/`sin` of an
/// infinite phase) is ZeroDivisionError, `ERANGE` (an overflow, or any infinite part of
/// the result, `_Py_ADJUST_ERANGE2`) is OverflowError; both are emulated here.
pub fn complex_pow_value(a: Complex, b: Complex) -> Result<Complex, ComplexErrno> {
    let mut errno = ComplexErrno::Ok;
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        // `c_powi`
        let n = b.0 as i64;
        if n > 0 {
            c_powu(a, n as u64)
        } else {
            match c_quot((1.0, 0.0), c_powu(a, n.unsigned_abs())) {
                Some(r) => r,
                None => {
                    errno = ComplexErrno::Dom;
                    (0.0, 0.0)
                }
            }
        }
    } else if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            errno = ComplexErrno::Dom;
        }
        (0.0, 0.0)
    } else {
        // `_Py_c_pow`, with the `errno` each libm call would set.
        let vabs = a.0.hypot(a.1);
        if vabs.is_infinite() && a.0.is_finite() && a.1.is_finite() {
            errno = ComplexErrno::Range;
        }
        let mut len = vabs.powf(b.0);
        if len.is_infinite() && vabs.is_finite() && b.0.is_finite() {
            errno = ComplexErrno::Range;
        }
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            let e = (at * b.1).exp();
            if e.is_infinite() && (at * b.1).is_finite() {
                errno = ComplexErrno::Range;
            }
            len /= e;
            phase += b.1 * vabs.ln();
        }
        if phase.is_infinite() {
            errno = ComplexErrno::Dom;
        }
        (len * phase.cos(), len * phase.sin())
    };
    // `_Py_ADJUST_ERANGE2`
    if r.0.is_infinite() || r.1.is_infinite() {
        if errno == ComplexErrno::Ok {
            errno = ComplexErrno::Range;
        }
    } else if errno == ComplexErrno::Range {
        errno = ComplexErrno::Ok;
    }
    match errno {
        ComplexErrno::Ok => Ok(r),
        e => Err(e),
    }
}

/// `complex_pow` with its errors raised.
fn complex_pow(vm: &Vm, a: Complex, b: Complex) -> PyResult<Complex> {
    match complex_pow_value(a, b) {
        Err(ComplexErrno::Dom) => Err(vm.zero_division("0.0 to a negative or complex power")),
        Err(_) => Err(vm.overflow_error("complex exponentiation")),
        Ok(r) => Ok(r),
    }
}

fn complex_op(vm: &mut Vm, x: Complex, y: Complex, op: BinaryOperator) -> PyResult<Option<PyRef>> {
    use BinaryOperator::*;
    let (re, im) = match op {
        Add => (x.0 + y.0, x.1 + y.1),
        Subtract => (x.0 - y.0, x.1 - y.1),
        Multiply => c_mul(x, y),
        TrueDivide => match c_quot(x, y) {
            Some(r) => r,
            None => return Err(vm.zero_division("complex division by zero")),
        },
        Power => complex_pow(vm, x, y)?,
        _ => return Ok(None),
    };
    Ok(Some(vm.complex(re, im)))
}

// ---- unary operators, divmod, 3-argument pow ----

/// `-a`, `+a`, `~a` for builtin numbers; `Ok(None)` if not applicable (`~1.0`).
pub fn unary_number_op(vm: &mut Vm, a: &PyRef, op: UnaryNumberOp) -> PyResult<Option<PyRef>> {
    let Some(n) = Num::of(a) else { return Ok(None) };
    // `long_pos`/`float_pos`/`complex_pos`: an exact number is its own `+`.
    if matches!(op, UnaryNumberOp::Pos) && is_exact_number(vm, a) {
        return Ok(Some(a.clone()));
    }
    Ok(Some(match (op, n) {
        (UnaryNumberOp::Neg, Num::Small(i)) => match i.checked_neg() {
            Some(r) => vm.int(r),
            None => vm.bigint(-BigInt::from(i)),
        },
        (UnaryNumberOp::Neg, Num::Big(b)) => vm.bigint(-b),
        (UnaryNumberOp::Neg, Num::Float(f)) => vm.float(-f),
        (UnaryNumberOp::Neg, Num::Complex(re, im)) => vm.complex(-re, -im),
        (UnaryNumberOp::Pos, Num::Small(i)) => vm.int(i),
        (UnaryNumberOp::Pos, Num::Big(_)) if a.class().is(&vm.types.int_type) => a.clone(),
        (UnaryNumberOp::Pos, Num::Big(b)) => vm.bigint(b.clone()),
        (UnaryNumberOp::Pos, Num::Float(f)) => vm.float(f),
        (UnaryNumberOp::Pos, Num::Complex(re, im)) => vm.complex(re, im),
        (UnaryNumberOp::Invert, Num::Small(i)) => vm.int(!i),
        (UnaryNumberOp::Invert, Num::Big(b)) => vm.bigint(-(b + BigInt::one())),
        (UnaryNumberOp::Invert, _) => return Ok(None),
    }))
}

/// Whether `a` is an exact `int`, `float` or `complex` (not bool, not a subclass).
pub fn is_exact_number(vm: &Vm, a: &PyRef) -> bool {
    let cls = a.class();
    cls.is(&vm.types.int_type) || cls.is(&vm.types.float_type) || cls.is(&vm.types.complex_type)
}

/// `long_long` / `float_float`: `a` itself when it is an exact int or float, else a copy
/// of its value as one (`True.__int__()` is a new `1`).
pub fn exact_copy(vm: &mut Vm, a: &PyRef) -> Option<PyRef> {
    if is_exact_number(vm, a) && !matches!(a.payload, Payload::Complex(..)) {
        return Some(a.clone());
    }
    match &a.payload {
        Payload::Float(f) => Some(vm.float(*f)),
        _ => a.as_bigint().map(|b| vm.bigint(b)),
    }
}

/// `divmod(a, b)` for builtin real numbers as a tuple; `Ok(None)` if not applicable.
pub fn divmod(vm: &mut Vm, a: &PyRef, b: &PyRef) -> PyResult<Option<PyRef>> {
    let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) else {
        return Ok(None);
    };
    match (&x, &y) {
        (Num::Complex(..), _) | (_, Num::Complex(..)) => Ok(None),
        (Num::Small(_) | Num::Big(_), Num::Small(_) | Num::Big(_)) => {
            let q = binary_number_op(vm, a, b, BinaryOperator::FloorDivide)?;
            let r = binary_number_op(vm, a, b, BinaryOperator::Remainder)?;
            Ok(q.zip(r).map(|(q, r)| vm.tuple(vec![q, r])))
        }
        _ => {
            let (Some(p), Some(q)) = (real_to_f64(vm, &x)?, real_to_f64(vm, &y)?) else {
                return Ok(None);
            };
            if q == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
            let (d, m) = float_divmod_parts(p, q);
            Ok(Some(vm.tuple(vec![vm.float(d), vm.float(m)])))
        }
    }
}

/// `pow(base, exp, modulus)`: ints only; a negative exponent takes the modular inverse.
pub fn pow3(vm: &mut Vm, base: &PyRef, exp: &PyRef, modulus: &PyRef) -> PyResult {
    let (Some(b), Some(e), Some(m)) = (base.as_bigint(), exp.as_bigint(), modulus.as_bigint())
    else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let (b, e) = if e.is_negative() {
        let abs_m = m.abs();
        let ext = b.mod_floor(&abs_m).extended_gcd(&abs_m);
        if !ext.gcd.is_one() {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        (ext.x, -e)
    } else {
        (b, e)
    };
    Ok(vm.bigint(b.modpow(&e, &m)))
}
