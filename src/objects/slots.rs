//! Slot wrappers: the special methods of builtin types as callable attributes.
//!
//! The VM runs builtin payloads natively (`vm.native_getitem`...), so these are not on the
//! fast path. They exist so that Python code can reach the builtin behaviour by name:
//! `super().__init__(msg)` in an exception class, `list.__getitem__(self, i)` in a list
//! subclass that overrides it, `object.__setattr__(self, k, v)`, `dir(1)`. Each wrapper
//! calls the native implementation and never the override, so a subclass calling its base
//! never recurses into itself. One table per type, one line per method.

use crate::bytecode::{BinaryOperator, CompareKind};
use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

/// Registers the wrappers on every builtin type.
pub fn register(vm: &mut Vm) {
    let t = &vm.types;
    let object = t.object_type.clone();
    let containers = [
        t.list_type.clone(),
        t.tuple_type.clone(),
        t.dict_type.clone(),
        t.str_type.clone(),
        t.bytes_type.clone(),
        t.set_type.clone(),
        t.frozenset_type.clone(),
        t.range_type.clone(),
    ];
    let numbers = [
        t.int_type.clone(),
        t.float_type.clone(),
        t.bool_type.clone(),
        t.complex_type.clone(),
    ];
    let mutable = [t.list_type.clone(), t.dict_type.clone()];
    let fillable = [t.list_type.clone(), t.dict_type.clone(), t.set_type.clone()];
    let base_exception = vm.exc_type("BaseException");

    let object_table: &[(&'static str, NativeFn)] = &[
        ("__init__", object_init),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__hash__", object_hash),
        ("__setattr__", object_setattr),
        ("__delattr__", object_delattr),
        ("__getattribute__", object_getattribute),
        ("__format__", object_format),
    ];
    for (name, f) in object_table {
        vm.add_method(&object, name, *f);
    }
    let new = vm.builtin("__new__", object_new);
    let new = PyRef::new(&vm.types.staticmethod_type, Payload::StaticMethod(new));
    new.make_immortal();
    vm.set_type_attr(&object, "__new__", new);
    vm.add_classmethod(&object, "__init_subclass__", object_init_subclass);

    let container_table: &[(&'static str, NativeFn)] = &[
        ("__getitem__", seq_getitem),
        ("__len__", seq_len),
        ("__contains__", seq_contains),
        ("__iter__", seq_iter),
        ("__repr__", native_repr),
        ("__add__", op_add),
        ("__mul__", op_mul),
        ("__rmul__", op_rmul),
    ];
    for cls in &containers {
        for (name, f) in container_table.iter().chain(VALUE_TABLE) {
            vm.add_method(cls, name, *f);
        }
    }
    for cls in &mutable {
        vm.add_method(cls, "__setitem__", seq_setitem);
        vm.add_method(cls, "__delitem__", seq_delitem);
        vm.add_method(cls, "__iadd__", op_iadd);
    }
    for cls in &fillable {
        vm.add_method(cls, "__init__", container_init);
    }
    let number_table: &[(&'static str, NativeFn)] = &[
        ("__repr__", native_repr),
        ("__str__", native_repr),
        ("__add__", op_add),
        ("__sub__", op_sub),
        ("__mul__", op_mul),
        ("__truediv__", op_truediv),
        ("__floordiv__", op_floordiv),
        ("__mod__", op_mod),
        ("__pow__", op_pow),
        ("__and__", op_and),
        ("__or__", op_or),
        ("__xor__", op_xor),
        ("__lshift__", op_lshift),
        ("__rshift__", op_rshift),
        ("__radd__", op_radd),
        ("__rsub__", op_rsub),
        ("__rmul__", op_rmul),
        ("__neg__", op_neg),
        ("__pos__", op_pos),
        ("__abs__", op_abs),
        ("__bool__", op_bool),
        ("__int__", op_int),
        ("__float__", op_float),
    ];
    for cls in &numbers {
        for (name, f) in number_table.iter().chain(VALUE_TABLE) {
            vm.add_method(cls, name, *f);
        }
    }
    vm.add_method(&vm.types.int_type.clone(), "__index__", op_int);
    let exception_table: &[(&'static str, NativeFn)] = &[
        ("__init__", exception_init),
        ("__str__", exception_str),
        ("__repr__", native_repr),
        ("with_traceback", exception_with_traceback),
    ];
    for (name, f) in exception_table {
        vm.add_method(&base_exception, name, *f);
    }
    let os_error = vm.exc_type("OSError");
    vm.add_method(&os_error, "__str__", os_error_str);
    let key_error = vm.exc_type("KeyError");
    vm.add_method(&key_error, "__str__", key_error_str);
}

/// Hashing and rich comparison of builtin values, shared by containers and numbers.
const VALUE_TABLE: &[(&str, NativeFn)] = &[
    ("__hash__", native_hash),
    ("__eq__", cmp_eq),
    ("__ne__", cmp_ne),
    ("__lt__", cmp_lt),
    ("__le__", cmp_le),
    ("__gt__", cmp_gt),
    ("__ge__", cmp_ge),
];

fn receiver<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    args.args
        .first()
        .ok_or_else(|| vm.type_error(format!("descriptor '{name}' needs an argument")))
}

/// Argument `i` of a slot wrapper call (`i` counts the receiver as 0).
fn arg<'a>(vm: &Vm, args: &Args<'a>, i: usize, name: &str) -> PyResult<&'a PyRef> {
    args.args.get(i).ok_or_else(|| {
        vm.type_error(format!(
            "{name} expected {} argument{}, got {}",
            i,
            if i == 1 { "" } else { "s" },
            args.args.len().saturating_sub(1)
        ))
    })
}

// ---- object ----

fn object_init(vm: &mut Vm, args: Args) -> PyResult {
    if args.args.len() > 1 {
        // `object_init`'s check of extra arguments.
        let cls = receiver(vm, &args, "__init__")?.class().clone();
        if !overrides_nothing(vm, &cls, "__init__") {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if overrides_nothing(vm, &cls, "__new__") {
            let name = cls.type_data().map(|t| t.name()).unwrap_or_default();
            return Err(vm.type_error(format!(
                "{name}.__init__() takes exactly one argument (the instance to initialize)"
            )));
        }
    }
    Ok(vm.none())
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args
        .args
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("object.__new__(): not enough arguments"))?;
    if !matches!(cls.payload, Payload::Type(_)) {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            cls.class_name()
        )));
    }
    if args.args.len() > 1 && builtin_base_is_object(vm, &cls) {
        // `object_new`'s check of extra arguments. (For subclasses of other builtins this
        // slot stands for their own `tp_new`, which takes arguments.)
        if !overrides_nothing(vm, &cls, "__new__") {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if overrides_nothing(vm, &cls, "__init__") {
            let name = cls.type_data().map(|t| t.name()).unwrap_or_default();
            return Err(vm.type_error(format!("{name}() takes no arguments")));
        }
    }
    if cls.type_data().is_some_and(|t| !t.is_heap_type) {
        return crate::objects::constructors::construct_builtin(vm, &cls, Args::new(&[]));
    }
    vm.new_instance_of(&cls, Args::new(&args.args[1..]))
}

/// Whether the nearest builtin class in `cls`'s MRO is `object` (a type itself included).
fn builtin_base_is_object(vm: &Vm, cls: &PyRef) -> bool {
    cls.type_data()
        .and_then(|t| t.nearest_builtin_base())
        .is_some_and(|b| b.is(&vm.types.object_type))
}

/// Whether `cls` gets `name` (`__new__` or `__init__`) from `object` itself, as CPython's
/// `type->tp_new == object_new` / `type->tp_init == object_init`.
fn overrides_nothing(vm: &Vm, cls: &PyRef, name: &str) -> bool {
    let object = vm.types.object_type.clone();
    match (vm.lookup_in_mro(cls, name), vm.lookup_in_mro(&object, name)) {
        (Some(found), Some(own)) => found.is(&own),
        _ => false,
    }
}

/// `object.__init_subclass__`: the end of the chain, where no keyword may be left over.
fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        let name = args
            .args
            .first()
            .and_then(|c| c.type_data())
            .map(|t| t.name())
            .unwrap_or_default();
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(vm.none())
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__repr__")?;
    let s = vm.default_repr(o);
    Ok(vm.string(s))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__str__")?.clone();
    vm.repr(&o)
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult {
    let a = receiver(vm, &args, "__eq__")?;
    let b = arg(vm, &args, 1, "__eq__")?;
    Ok(if a.is(b) {
        vm.bool(true)
    } else {
        vm.not_implemented.clone()
    })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult {
    let a = receiver(vm, &args, "__ne__")?.clone();
    let b = arg(vm, &args, 1, "__ne__")?.clone();
    let r = vm.compare(&a, &b, CompareKind::Eq)?;
    let t = vm.is_true(&r)?;
    Ok(vm.bool(!t))
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__hash__")?;
    Ok(vm.int(crate::vm::protocols::identity_hash(o)))
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__setattr__")?.clone();
    let name = arg(vm, &args, 1, "__setattr__")?.clone();
    let value = arg(vm, &args, 2, "__setattr__")?.clone();
    let s = name.as_str_opt().unwrap_or("").to_string();
    vm.generic_setattr(&o, &name, &s, Some(value))?;
    Ok(vm.none())
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__delattr__")?.clone();
    let name = arg(vm, &args, 1, "__delattr__")?.clone();
    let s = name.as_str_opt().unwrap_or("").to_string();
    vm.generic_setattr(&o, &name, &s, None)?;
    Ok(vm.none())
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__getattribute__")?.clone();
    let name = arg(vm, &args, 1, "__getattribute__")?.clone();
    match vm.getattr_inner(&o, &name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&o, name.as_str_opt().unwrap_or(""))),
    }
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__format__")?.clone();
    let spec = arg(vm, &args, 1, "__format__")?;
    if spec.as_str_opt().is_some_and(|s| !s.is_empty()) {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            o.class_name()
        )));
    }
    vm.to_str(&o)
}

// ---- containers ----

fn seq_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__getitem__")?.clone();
    let k = arg(vm, &args, 1, "__getitem__")?.clone();
    match vm.native_getitem(&o, &k)? {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!("'{}' object is not subscriptable", o.class_name()))),
    }
}

fn seq_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__setitem__")?.clone();
    let k = arg(vm, &args, 1, "__setitem__")?.clone();
    let v = arg(vm, &args, 2, "__setitem__")?.clone();
    vm.native_setitem(&o, &k, v)?;
    Ok(vm.none())
}

fn seq_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__delitem__")?.clone();
    let k = arg(vm, &args, 1, "__delitem__")?.clone();
    vm.native_delitem(&o, &k)?;
    Ok(vm.none())
}

fn seq_len(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__len__")?.clone();
    let n = vm.native_len(&o)?.unwrap_or(0);
    Ok(vm.int(n as i64))
}

fn seq_contains(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__contains__")?.clone();
    let x = arg(vm, &args, 1, "__contains__")?.clone();
    let r = vm.native_contains(&o, &x)?.unwrap_or(false);
    Ok(vm.bool(r))
}

fn seq_iter(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__iter__")?.clone();
    vm.iter(&o)
}

fn container_init(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__init__")?.clone();
    let src = args.positional().get(1).cloned();
    match &o.payload {
        Payload::List(l) => {
            let old = std::mem::take(&mut *l.borrow_mut());
            crate::objects::release_reversed(old);
            if let Some(s) = src {
                crate::objects::sizeof::list_extend_from(vm, l, &s)?;
            }
        }
        Payload::Dict(d) => {
            if let Some(s) = src {
                crate::objects::methods::dict_update_from(vm, d, &s)?;
            }
            for (k, v) in args.keywords() {
                let key = vm.str(k);
                vm.dict_set(d, key, v.clone())?;
            }
        }
        Payload::Set(_) => {
            if let Some(s) = src {
                for item in vm.iterate(&s)? {
                    vm.set_add(&o, item)?;
                }
            }
        }
        _ => {}
    }
    Ok(vm.none())
}

fn native_repr(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__repr__")?.clone();
    let s = vm.repr_string(&o)?;
    Ok(vm.string(s))
}

fn native_hash(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__hash__")?.clone();
    match crate::objects::methods::builtin_hash(vm, &o)? {
        Some(h) => Ok(vm.int(h)),
        None => Ok(vm.int(crate::vm::protocols::identity_hash(&o))),
    }
}

fn compare_with(vm: &mut Vm, args: Args, kind: CompareKind) -> PyResult {
    let a = receiver(vm, &args, "__eq__")?.clone();
    let b = arg(vm, &args, 1, "__eq__")?.clone();
    match vm.native_compare(&a, &b, kind)? {
        Some(r) => Ok(vm.bool(r)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn cmp_eq(vm: &mut Vm, args: Args) -> PyResult {
    compare_with(vm, args, CompareKind::Eq)
}
fn cmp_ne(vm: &mut Vm, args: Args) -> PyResult {
    compare_with(vm, args, CompareKind::Ne)
}
fn cmp_lt(vm: &mut Vm, args: Args) -> PyResult {
    compare_with(vm, args, CompareKind::Lt)
}
fn cmp_le(vm: &mut Vm, args: Args) -> PyResult {
    compare_with(vm, args, CompareKind::Le)
}
fn cmp_gt(vm: &mut Vm, args: Args) -> PyResult {
    compare_with(vm, args, CompareKind::Gt)
}
fn cmp_ge(vm: &mut Vm, args: Args) -> PyResult {
    compare_with(vm, args, CompareKind::Ge)
}

/// A binary operator on the builtin payloads only (`NotImplemented` otherwise).
fn binary_with(
    vm: &mut Vm,
    args: Args,
    op: BinaryOperator,
    reflected: bool,
    inplace: bool,
) -> PyResult {
    let a = receiver(vm, &args, "__op__")?.clone();
    let b = arg(vm, &args, 1, "__op__")?.clone();
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    if let Some(r) = crate::objects::number::binary_number_op(vm, &x, &y, op)? {
        return Ok(r);
    }
    if let Some(r) = vm.sequence_op(&x, &y, op, inplace)? {
        return Ok(r);
    }
    Ok(vm.not_implemented.clone())
}

fn op_add(vm: &mut Vm, a: Args) -> PyResult {
    binary_with(vm, a, BinaryOperator::Add, false, false)
}
fn op_iadd(vm: &mut Vm, a: Args) -> PyResult {
    binary_with(vm, a, BinaryOperator::Add, false, true)
}
fn op_radd(vm: &mut Vm, a: Args) -> PyResult {
    binary_with(vm, a, BinaryOperator::Add, true, false)
}
fn op_sub(vm: &mut Vm, a: Args) -> PyResult {
    binary_with(vm, a, BinaryOperator::Subtract, false, false)
}
fn op_rsub(vm: &mut Vm, a: Args) -> PyResult {
    binary_with(vm, a, BinaryOperator::Subtract, true, false)
}
fn op_mul(vm: &mut Vm, a: Args) -> PyResult {
    binary_with(vm, a, BinaryOperator::Multiply, false, false)
}
fn op_rmul(vm: &mut Vm, a: Args) -> PyResult {
    binary_with(vm, a, BinaryOperator::Multiply, true, false)
}
fn op_truediv(vm: &mut Vm, a: Args) -> PyResult {
    binary_with(vm, a, BinaryOperator::TrueDivide, false, false)
}
fn op_floordiv(vm: &mut Vm, a: Args) -> PyResult {
    binary_with(vm, a, BinaryOperator::FloorDivide, false, false)
}
fn op_mod(vm: &mut Vm, a: Args) -> PyResult {
    binary_with(vm, a, BinaryOperator::Remainder, false, false)
}
fn op_pow(vm: &mut Vm, a: Args) -> PyResult {
    binary_with(vm, a, BinaryOperator::Power, false, false)
}
fn op_and(vm: &mut Vm, a: Args) -> PyResult {
    binary_with(vm, a, BinaryOperator::And, false, false)
}
fn op_or(vm: &mut Vm, a: Args) -> PyResult {
    binary_with(vm, a, BinaryOperator::Or, false, false)
}
fn op_xor(vm: &mut Vm, a: Args) -> PyResult {
    binary_with(vm, a, BinaryOperator::Xor, false, false)
}
fn op_lshift(vm: &mut Vm, a: Args) -> PyResult {
    binary_with(vm, a, BinaryOperator::Lshift, false, false)
}
fn op_rshift(vm: &mut Vm, a: Args) -> PyResult {
    binary_with(vm, a, BinaryOperator::Rshift, false, false)
}

fn unary_with(vm: &mut Vm, args: Args, op: crate::objects::number::UnaryNumberOp) -> PyResult {
    let a = receiver(vm, &args, "__op__")?.clone();
    match crate::objects::number::unary_number_op(vm, &a, op)? {
        Some(r) => Ok(r),
        None => Ok(vm.not_implemented.clone()),
    }
}
fn op_neg(vm: &mut Vm, a: Args) -> PyResult {
    unary_with(vm, a, crate::objects::number::UnaryNumberOp::Neg)
}
fn op_pos(vm: &mut Vm, a: Args) -> PyResult {
    unary_with(vm, a, crate::objects::number::UnaryNumberOp::Pos)
}
fn op_abs(vm: &mut Vm, args: Args) -> PyResult {
    let a = receiver(vm, &args, "__abs__")?.clone();
    let neg = match &a.payload {
        Payload::Int(i) => *i < 0,
        Payload::BigInt(b) => b.sign() == num_bigint::Sign::Minus,
        Payload::Float(f) => f.is_sign_negative(),
        Payload::Complex(re, im) => return Ok(vm.float(re.hypot(*im))),
        _ => false,
    };
    if neg {
        unary_with(vm, args, crate::objects::number::UnaryNumberOp::Neg)
    } else {
        unary_with(vm, args, crate::objects::number::UnaryNumberOp::Pos)
    }
}
fn op_bool(vm: &mut Vm, args: Args) -> PyResult {
    let a = receiver(vm, &args, "__bool__")?;
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
fn op_int(vm: &mut Vm, args: Args) -> PyResult {
    let a = receiver(vm, &args, "__int__")?.clone();
    match &a.payload {
        Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_) => {
            Ok(vm.bigint(a.as_bigint().unwrap_or_default()))
        }
        _ => crate::objects::constructors::to_int(vm, &a),
    }
}
fn op_float(vm: &mut Vm, args: Args) -> PyResult {
    let a = receiver(vm, &args, "__float__")?.clone();
    match &a.payload {
        Payload::Float(f) => Ok(vm.float(*f)),
        _ => crate::objects::constructors::to_float(vm, &a),
    }
}

// ---- exceptions ----

fn exception_init(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__init__")?.clone();
    let rest = vm.tuple(args.positional()[1..].to_vec());
    if let Some(e) = vm.exc_data(&o) {
        let old = std::mem::replace(&mut *e.args.borrow_mut(), rest);
        drop(old);
    }
    Ok(vm.none())
}

fn exception_str(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__str__")?.clone();
    let a = vm.exc_data(&o).map(|e| e.args.borrow().clone());
    let Some(a) = a else { return vm.repr(&o) };
    let items = a.tuple_items().unwrap_or(&[]).to_vec();
    match items.len() {
        0 => Ok(vm.str("")),
        1 => vm.to_str(&items[0]),
        _ => vm.repr(&a),
    }
}

/// `KeyError.__str__`: a single argument shows as its repr (`KeyError: 'k'`).
fn key_error_str(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__str__")?.clone();
    let single = vm.exc_data(&o).and_then(|e| {
        let a = e.args.borrow();
        match a.tuple_items() {
            Some([one]) => Some(one.clone()),
            _ => None,
        }
    });
    match single {
        Some(key) => vm.repr(&key),
        None => exception_str(vm, args),
    }
}

/// `OSError.__str__`: `[Errno 2] No such file or directory: 'path'` when it has them.
fn os_error_str(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "__str__")?.clone();
    let errno = vm.getattr_opt(&o, "errno")?;
    let strerror = vm.getattr_opt(&o, "strerror")?;
    let filename = vm.getattr_opt(&o, "filename")?;
    match (errno, strerror) {
        (Some(n), Some(s)) if !matches!(n.payload, Payload::NoneValue) => {
            let (n, s) = (vm.to_str(&n)?, vm.to_str(&s)?);
            let (n, s) = (n.as_str_opt().unwrap_or(""), s.as_str_opt().unwrap_or(""));
            Ok(
                match filename.filter(|f| !matches!(f.payload, Payload::NoneValue)) {
                    Some(f) => {
                        let f = vm.repr_string_any(&f)?;
                        vm.string(format!("[Errno {n}] {s}: {f}"))
                    }
                    None => vm.string(format!("[Errno {n}] {s}")),
                },
            )
        }
        _ => exception_str(vm, args),
    }
}

fn exception_with_traceback(vm: &mut Vm, args: Args) -> PyResult {
    let o = receiver(vm, &args, "with_traceback")?.clone();
    let tb = arg(vm, &args, 1, "with_traceback")?.clone();
    if let Some(e) = vm.exc_data(&o) {
        let new = if matches!(tb.payload, Payload::NoneValue) {
            None
        } else {
            Some(tb)
        };
        let old = std::mem::replace(&mut *e.traceback.borrow_mut(), new);
        drop(old);
    }
    Ok(o)
}
