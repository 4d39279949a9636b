//! The dispatch loop's arithmetic and comparisons of exact ints and floats: what CPython
//! 3.11's specialized instructions do (`BINARY_OP_ADD_INT`, `BINARY_OP_MULTIPLY_FLOAT`,
//! `COMPARE_OP_FLOAT_JUMP`, `COMPARE_OP_INT_JUMP`, ...), without their quickening: the
//! operand types are tested on every execution, a byte and a pointer compared each.
//!
//! Only exact `int` and `float` objects qualify (a subclass may override the operator),
//! machine-size ints only, and only operations that cannot fail and whose result is plain
//! IEEE or machine arithmetic; everything else returns `None` and takes the general
//! path (`Vm::binary_op`, `Vm::compare`, `Vm::unary_op`), which also raises the errors.
//!
//! The operands are released by the caller, in the order CPython's instruction releases
//! them (which freed block the next number reuses, so `id()`s, depend on it): the
//! specialized add, subtract and multiply of two ints or two floats let go of the right
//! operand first, everything else (the generic `BINARY_OP`) of the left one first.

use super::Vm;
use crate::bytecode::{BinaryOperator, CompareKind};
use crate::heap::{Number, PyRef};
use crate::objects::number::{float_fast_result, small_int_result};
use crate::objects::payload::Payload;

/// Ints up to this size convert to `f64` exactly (what mixed int/float arithmetic needs
/// to be plain IEEE arithmetic).
const EXACT_F64_INT: i64 = 1 << 53;

/// Two operands read as numbers.
enum Pair {
    Ints(i64, i64),
    Floats(f64, f64),
    /// An exact float and an exact int of at most 2**53 in size, converted exactly.
    Mixed(f64, f64),
}

/// Whether `op` on two numbers of one type is one of 3.11's specialized instructions,
/// which release the right operand first.
#[inline(always)]
fn specialized(op: BinaryOperator) -> bool {
    matches!(
        op,
        BinaryOperator::Add | BinaryOperator::Subtract | BinaryOperator::Multiply
    )
}

/// Lets go of a binary operation's operands after its result was made, in CPython 3.11's
/// order (see the module doc): the right one first when `right_first`.
#[inline(always)]
pub(super) fn release_operands(right_first: bool, a: PyRef, b: PyRef) {
    if right_first {
        drop(b);
        drop(a);
    } else {
        drop(a);
        drop(b);
    }
}

/// An int as an exact `f64`, when it is one.
#[inline(always)]
fn exact_f64(i: i64) -> Option<f64> {
    (-EXACT_F64_INT..=EXACT_F64_INT)
        .contains(&i)
        .then_some(i as f64)
}

impl Vm {
    /// Whether `a op b` is one of 3.11's specialized add/subtract/multiply of two exact
    /// ints (of any size) or two exact floats, which release the right operand first,
    /// whether or not this module computed the result (an int result beyond 64 bits
    /// comes from the general path).
    #[inline(always)]
    pub(super) fn releases_right_first(&self, a: &PyRef, b: &PyRef, op: BinaryOperator) -> bool {
        let (int, float) = (&self.types.int_type, &self.types.float_type);
        specialized(op)
            && ((a.class_is(int) && b.class_is(int)) || (a.class_is(float) && b.class_is(float)))
    }

    /// The operands' values, when both are exact numbers of the kinds this module serves.
    #[inline(always)]
    fn number_pair(&self, a: &PyRef, b: &PyRef) -> Option<Pair> {
        let (int, float) = (&self.types.int_type, &self.types.float_type);
        match (&a.payload, &b.payload) {
            (&Payload::Int(x), &Payload::Int(y)) => {
                (a.class_is(int) && b.class_is(int)).then_some(Pair::Ints(x, y))
            }
            (&Payload::Float(x), &Payload::Float(y)) => {
                (a.class_is(float) && b.class_is(float)).then_some(Pair::Floats(x, y))
            }
            (&Payload::Float(x), &Payload::Int(y)) => {
                let y = exact_f64(y)?;
                (a.class_is(float) && b.class_is(int)).then_some(Pair::Mixed(x, y))
            }
            (&Payload::Int(x), &Payload::Float(y)) => {
                let x = exact_f64(x)?;
                (a.class_is(int) && b.class_is(float)).then_some(Pair::Mixed(x, y))
            }
            _ => None,
        }
    }

    /// A new exact float (a parked one reused when there is one).
    #[inline(always)]
    fn new_float(&self, v: f64) -> PyRef {
        PyRef::new_number(&self.types.float_type, Number::Float(v))
    }

    /// `a op b` for exact numbers, when it is plain arithmetic: the result, and whether
    /// the right operand is to be released first (see the module doc).
    #[inline(always)]
    pub(super) fn binary_number_fast(
        &self,
        a: &PyRef,
        b: &PyRef,
        op: BinaryOperator,
    ) -> Option<(PyRef, bool)> {
        match self.number_pair(a, b)? {
            Pair::Ints(x, y) => match small_int_result(x, y, op) {
                Some(r) => Some((self.int(r), specialized(op))),
                // `int / int`: both exact in a double, a nonzero divisor.
                None if op == BinaryOperator::TrueDivide && y != 0 => {
                    let r = exact_f64(x)? / exact_f64(y)?;
                    Some((self.new_float(r), false))
                }
                None => None,
            },
            Pair::Floats(x, y) => {
                let r = float_fast_result(x, y, op)?;
                Some((self.new_float(r), specialized(op)))
            }
            Pair::Mixed(x, y) => {
                let r = float_fast_result(x, y, op)?;
                Some((self.new_float(r), false))
            }
        }
    }

    /// `a op b` for exact numbers (ints of any pair of sizes compare exactly as
    /// `i64`s; a float with an int only below 2**53, where the conversion is exact).
    #[inline(always)]
    pub(super) fn compare_number_fast(
        &self,
        a: &PyRef,
        b: &PyRef,
        kind: CompareKind,
    ) -> Option<bool> {
        Some(match self.number_pair(a, b)? {
            Pair::Ints(x, y) => kind.holds(&x, &y),
            Pair::Floats(x, y) | Pair::Mixed(x, y) => kind.holds(&x, &y),
        })
    }

    /// `-a` for an exact float, or an exact int whose negation is one too.
    #[inline(always)]
    pub(super) fn negative_number_fast(&self, a: &PyRef) -> Option<PyRef> {
        match a.payload {
            Payload::Float(x) if a.class_is(&self.types.float_type) => Some(self.new_float(-x)),
            Payload::Int(x) if a.class_is(&self.types.int_type) => Some(self.int(x.checked_neg()?)),
            _ => None,
        }
    }

    /// The truth of a conditional jump's or a `not`'s operand: inline when no method can
    /// be involved (a bool, what comparisons give; `None`; an exact int or float), else
    /// `is_true`.
    #[inline(always)]
    pub(super) fn truth_of(&mut self, v: &PyRef) -> super::PyResult<bool> {
        match v.payload {
            Payload::Bool(b) => Ok(b),
            Payload::NoneValue => Ok(false),
            Payload::Int(i) if v.class_is(&self.types.int_type) => Ok(i != 0),
            Payload::Float(x) if v.class_is(&self.types.float_type) => Ok(x != 0.0),
            _ => self.is_true(v),
        }
    }
}
