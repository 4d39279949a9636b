//! Binary, unary and comparison operators: builtin fast paths, then the dunder protocol
//! with reflected operands (`__radd__`), in-place variants (`__iadd__`) and CPython's
//! `unsupported operand type(s)` messages.

use super::{PyResult, Vm};
use crate::bytecode::{BinaryOperator, CompareKind, Instruction};
use crate::heap::PyRef;
use crate::objects::payload::Payload;

/// The dunder names of a binary operator: (forward, reflected, in-place, symbol).
fn dunders(op: BinaryOperator) -> (&'static str, &'static str, &'static str, &'static str) {
    use BinaryOperator::*;
    match op {
        Add => ("__add__", "__radd__", "__iadd__", "+"),
        And => ("__and__", "__rand__", "__iand__", "&"),
        FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
        Lshift => ("__lshift__", "__rlshift__", "__ilshift__", "<<"),
        MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__", "@"),
        Multiply => ("__mul__", "__rmul__", "__imul__", "*"),
        Remainder => ("__mod__", "__rmod__", "__imod__", "%"),
        Or => ("__or__", "__ror__", "__ior__", "|"),
        Power => ("__pow__", "__rpow__", "__ipow__", "** or pow()"),
        Rshift => ("__rshift__", "__rrshift__", "__irshift__", ">>"),
        Subtract => ("__sub__", "__rsub__", "__isub__", "-"),
        TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__", "/"),
        Xor => ("__xor__", "__rxor__", "__ixor__", "^"),
    }
}

impl Vm {
    /// `a op b` (or `a op= b` when `inplace`).
    pub fn binary_op(
        &mut self,
        a: &PyRef,
        b: &PyRef,
        op: BinaryOperator,
        inplace: bool,
    ) -> PyResult {
        let (fwd, rev, inp, sym) = dunders(op);
        // A subclass of a builtin that overrides the operator is asked first, as CPython's
        // slots would: the native fast paths are for the builtin behaviour only.
        let overridden = self.overrides_builtin(a, fwd)
            || (inplace && self.overrides_builtin(a, inp))
            || self.overrides_builtin(b, rev);
        if !overridden {
            if let Some(r) = crate::objects::number::binary_number_op(self, a, b, op)? {
                return Ok(r);
            }
            if let Some(r) = self.sequence_op(a, b, op, inplace)? {
                return Ok(r);
            }
        }
        if inplace {
            if let Some(r) = self.call_special(a, inp, std::slice::from_ref(b))? {
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        let a_is_builtin = a.class().type_data().is_some_and(|t| !t.is_heap_type);
        let b_sub = !a.class().is(b.class()) && self.is_subclass(b.class(), a.class());
        if b_sub {
            if let Some(r) = self.call_special(b, rev, std::slice::from_ref(a))? {
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        // A builtin int, float or str answered above, unless an override of the reflected
        // method skipped the native paths: then its own method is asked here.
        if overridden
            || !a_is_builtin
            || !matches!(
                a.payload,
                Payload::Int(_) | Payload::Float(_) | Payload::Str(_)
            )
        {
            if let Some(r) = self.call_special(a, fwd, std::slice::from_ref(b))? {
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        if !b_sub && !a.class().is(b.class()) {
            if let Some(r) = self.call_special(b, rev, std::slice::from_ref(a))? {
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        let is_seq = |o: &PyRef| {
            matches!(
                o.payload,
                Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_)
            )
        };
        if op == BinaryOperator::Multiply && (is_seq(a) || is_seq(b)) {
            let other = if is_seq(a) { b } else { a };
            // `sequence_repeat`: a count with `__index__` repeats the sequence.
            if self.index_check(other) {
                let n = self.number_index(other)?;
                let (x, y) = if is_seq(a) { (a, &n) } else { (&n, b) };
                if let Some(r) = self.sequence_op(x, y, op, inplace)? {
                    return Ok(r);
                }
            }
            return Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other.class_name()
            )));
        }
        if op == BinaryOperator::Add && matches!(a.payload, Payload::Str(_)) {
            return Err(self.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                b.class_name()
            )));
        }
        if op == BinaryOperator::Add && matches!(a.payload, Payload::List(_)) {
            return Err(self.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                b.class_name()
            )));
        }
        if op == BinaryOperator::Add && matches!(a.payload, Payload::Tuple(_)) {
            return Err(self.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                b.class_name()
            )));
        }
        // `ternary_iop(..., "**=")`: an in-place power names its statement too.
        let sym = if inplace && op == BinaryOperator::Power {
            "**=".to_string()
        } else if inplace {
            format!("{sym}=")
        } else {
            sym.to_string()
        };
        Err(self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            a.class_name(),
            b.class_name()
        )))
    }

    /// `-a`, `+a`, `~a`.
    pub fn unary_op(&mut self, a: &PyRef, instr: Instruction) -> PyResult {
        use crate::objects::number::UnaryNumberOp;
        let (num_op, name, sym) = match instr {
            Instruction::UnaryNegative => (UnaryNumberOp::Neg, "__neg__", "-"),
            Instruction::UnaryPositive => (UnaryNumberOp::Pos, "__pos__", "+"),
            _ => (UnaryNumberOp::Invert, "__invert__", "~"),
        };
        // A Python subclass of int/float defining the operator (IntFlag's `~`) is served
        // by its method, as binary operators are.
        if !self.overrides_builtin(a, name) {
            if let Some(r) = crate::objects::number::unary_number_op(self, a, num_op)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.call_special(a, name, &[])? {
            return Ok(r);
        }
        Err(self.type_error(format!(
            "bad operand type for unary {}: '{}'",
            sym,
            a.class_name()
        )))
    }

    /// Whether `obj` is an instance of a Python subclass of a builtin type whose MRO
    /// defines `name` in Python.
    #[inline]
    fn overrides_builtin(&self, obj: &PyRef, name: &str) -> bool {
        // Instances of plain Python classes never take the native fast paths: no lookup.
        !matches!(obj.payload, Payload::Instance(_))
            && obj.class().type_data().is_some_and(|t| t.is_heap_type)
            && self
                .lookup_in_mro(obj.class(), name)
                .is_some_and(|m| !matches!(m.payload, Payload::Builtin(_)))
    }

    /// `==` or `!=` of two instances of Python classes that inherit `object`'s `__eq__`
    /// (and, for `!=`, `__ne__`): `object_richcompare` answers `NotImplemented` on both
    /// sides unless the objects are one, so the result is identity, decided without the
    /// two method calls (a weak dictionary compares its keys' referents so, per lookup).
    /// `None` when anything else could answer.
    fn identity_equality(&self, a: &PyRef, b: &PyRef, kind: CompareKind) -> Option<bool> {
        let ne = match kind {
            CompareKind::Eq => false,
            CompareKind::Ne => true,
            _ => return None,
        };
        if !matches!(a.payload, Payload::Instance(_)) || !matches!(b.payload, Payload::Instance(_))
        {
            return None;
        }
        let object = &self.types.object_type;
        let inherits = |cls: &PyRef, name: &str| match self.lookup_in_mro(cls, name) {
            Some(m) => self.lookup_in_mro(object, name).is_some_and(|o| o.is(&m)),
            None => false,
        };
        let plain = |cls: &PyRef| inherits(cls, "__eq__") && (!ne || inherits(cls, "__ne__"));
        if !plain(a.class()) || (!a.class().is(b.class()) && !plain(b.class())) {
            return None;
        }
        Some(a.is(b) != ne)
    }

    /// `do_richcompare`'s calls of the special methods, in `order`: the first answer
    /// other than `NotImplemented`.
    fn compare_by_methods(
        &mut self,
        order: [(&PyRef, &PyRef, &str); 2],
    ) -> PyResult<Option<PyRef>> {
        for (x, y, name) in order {
            if let Some(m) = self.lookup_special(x, name) {
                let r =
                    super::with_borrowed(&[x, y], |all| self.call_descriptor_method(&m, x, all))?;
                if !r.is(&self.not_implemented) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// Rich comparison `a op b`, with the reflected fallback and CPython's TypeError.
    pub fn compare(&mut self, a: &PyRef, b: &PyRef, kind: CompareKind) -> PyResult {
        if let Some(r) = self.builtin_compare_values(a, b, kind)? {
            return Ok(self.bool(r));
        }
        if let Some(r) = crate::modules::weakref::compare_exact_refs(self, a, b, kind) {
            return r;
        }
        if let Some(same) = self.identity_equality(a, b, kind) {
            // The slots' calls would have counted a level against the recursion limit.
            self.enter_recursive_call(" in comparison")?;
            self.depth -= 1;
            return Ok(self.bool(same));
        }
        let (fwd, rev, sym) = match kind {
            CompareKind::Lt => ("__lt__", "__gt__", "<"),
            CompareKind::Le => ("__le__", "__ge__", "<="),
            CompareKind::Eq => ("__eq__", "__eq__", "=="),
            CompareKind::Ne => ("__ne__", "__ne__", "!="),
            CompareKind::Gt => ("__gt__", "__lt__", ">"),
            CompareKind::Ge => ("__ge__", "__le__", ">="),
        };
        let b_sub = !a.class().is(b.class()) && self.is_subclass(b.class(), a.class());
        let order: [(&PyRef, &PyRef, &str); 2] = if b_sub {
            [(b, a, rev), (a, b, fwd)]
        } else {
            [(a, b, fwd), (b, a, rev)]
        };
        // `PyObject_RichCompare`: the methods' calls count a level against the recursion
        // limit (a `__eq__` that compares its own object again fails as in CPython).
        self.enter_recursive_call(" in comparison")?;
        let found = self.compare_by_methods(order);
        self.depth -= 1;
        if let Some(r) = found? {
            return Ok(r);
        }
        match kind {
            CompareKind::Eq => Ok(self.bool(a.is(b))),
            // `object.__ne__` has already asked `__eq__`: only identity is left.
            CompareKind::Ne => Ok(self.bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                sym,
                a.class_name(),
                b.class_name()
            ))),
        }
    }
}
