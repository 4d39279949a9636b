//! Slots of the callables and descriptors (`function`, `method`,
//! `builtin_function_or_method`, `property`, `staticmethod`, `classmethod`, `super`) and of
//! `generator`, for the tables in `objects::slots`.

use super::num_slots::{binary_operands, unary_operand};
use crate::bytecode::CompareKind;
use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

/// `f.__call__(*args, **kwargs)` of functions, methods and builtins.
pub fn call(vm: &mut Vm, args: Args) -> PyResult {
    let f = args.args[0].clone();
    vm.call(
        &f,
        Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
    )
}

/// `staticmethod.__call__`: the wrapped callable, called as is.
pub fn staticmethod_call(vm: &mut Vm, args: Args) -> PyResult {
    let Payload::StaticMethod(f) = &args.args[0].payload else {
        return Err(vm.type_error("uninitialized staticmethod object"));
    };
    let f = f.clone();
    vm.call(
        &f,
        Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
    )
}

/// `(obj, type)` of a `__get__(obj, type=None)` call; None stands for absent.
fn get_operands<'a>(
    vm: &Vm,
    args: &Args<'a>,
) -> PyResult<(&'a PyRef, Option<&'a PyRef>, Option<&'a PyRef>)> {
    let n = args.args.len().saturating_sub(1);
    if !(1..=2).contains(&n) {
        return Err(vm.type_error(format!("expected 1 or 2 arguments, got {n}")));
    }
    let not_none = |o: Option<&'a PyRef>| o.filter(|o| !matches!(o.payload, Payload::NoneValue));
    Ok((
        &args.args[0],
        not_none(args.args.get(1)),
        not_none(args.args.get(2)),
    ))
}

/// `function.__get__(obj, type=None)`: a bound method, or the function itself without an
/// instance.
pub fn function_get(vm: &mut Vm, args: Args) -> PyResult {
    let (f, obj, cls) = get_operands(vm, &args)?;
    if obj.is_none() && cls.is_none() {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    Ok(match obj {
        Some(o) => vm.bound_method(f, o),
        None => f.clone(),
    })
}

/// `staticmethod.__get__`: the wrapped callable.
pub fn staticmethod_get(vm: &mut Vm, args: Args) -> PyResult {
    let (sm, _, _) = get_operands(vm, &args)?;
    match &sm.payload {
        Payload::StaticMethod(f) => Ok(f.clone()),
        _ => Err(vm.runtime_error("uninitialized staticmethod object")),
    }
}

/// `classmethod.__get__(obj, type=None)`: the callable bound to `type` (or `type(obj)`).
pub fn classmethod_get(vm: &mut Vm, args: Args) -> PyResult {
    let (cm, obj, cls) = get_operands(vm, &args)?;
    let Payload::ClassMethod(f) = &cm.payload else {
        return Err(vm.runtime_error("uninitialized classmethod object"));
    };
    let target = match (cls, obj) {
        (Some(c), _) => c.clone(),
        (None, Some(o)) => o.class().clone(),
        (None, None) => return Err(vm.type_error("__get__(None, None) is invalid")),
    };
    let f = f.clone();
    classmethod_bind(vm, &f, &target)
}

/// `cm_descr_get` of 3.11: the wrapped callable bound to `target`. A wrapped object whose
/// type has `__get__` is asked for `__get__(target, target)` (so `classmethod(property(f))`
/// reads `f(cls)`, and classmethods chain); anything else becomes a method of `target`.
pub(crate) fn classmethod_bind(vm: &mut Vm, f: &PyRef, target: &PyRef) -> PyResult {
    if matches!(f.payload, Payload::Function(_) | Payload::Builtin(_)) {
        return Ok(vm.bind(f, target));
    }
    match vm.lookup_special(f, "__get__") {
        Some(get) => vm.call(
            &get,
            Args::new(&[f.clone(), target.clone(), target.clone()]),
        ),
        None => Ok(vm.bound_method(f, target)),
    }
}

/// `method_descriptor.__get__(obj, type=None)` (and `wrapper_descriptor`'s): the builtin
/// bound to `obj`, or the descriptor itself without one (`descr_check`).
pub fn builtin_descriptor_get(vm: &mut Vm, args: Args) -> PyResult {
    let (d, obj, cls) = get_operands(vm, &args)?;
    let Some(o) = obj else {
        if cls.is_none() {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        return Ok(d.clone());
    };
    if let Payload::Builtin(b) = &d.payload {
        let owner = crate::objects::methods::builtin_owner_class(vm, b);
        if owner.is_some_and(|c| !vm.isinstance(o, &c)) {
            return Err(vm.type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                b.name,
                b.owner.unwrap_or("?"),
                o.class_name()
            )));
        }
    }
    Ok(vm.bind(d, o))
}

/// Calling a builtin type's class method unbound: `dict.__dict__['fromkeys'](dict, 'ab')`.
pub fn classmethod_descriptor_call(vm: &mut Vm, args: Args) -> PyResult {
    let (cm, rest) = args.args.split_first().expect("the descriptor");
    let Payload::ClassMethod(f) = &cm.payload else {
        return Err(vm.type_error("classmethod_descriptor expected"));
    };
    let f = f.clone();
    vm.call(
        &f,
        Args {
            args: rest,
            kwnames: args.kwnames,
        },
    )
}

/// `super.__get__`: a bound super object is returned as is.
pub fn super_get(vm: &mut Vm, args: Args) -> PyResult {
    let (s, obj, _) = get_operands(vm, &args)?;
    // `super_descr_get`: an unbound super binds to the instance it is got from.
    if let (
        Payload::Super {
            this_class,
            obj: target,
        },
        Some(obj),
    ) = (&s.payload, obj)
    {
        if matches!(target.payload, Payload::NoneValue) {
            return Ok(PyRef::new(
                s.class(),
                Payload::Super {
                    this_class: this_class.clone(),
                    obj: obj.clone(),
                },
            ));
        }
    }
    Ok(s.clone())
}

/// `__init__` of `staticmethod`, `classmethod`, `property` and `super`: the payload was
/// made by `__new__` from the same arguments, and refpy's are immutable, so this only
/// checks them as CPython's does.
pub fn staticmethod_init(vm: &mut Vm, args: Args) -> PyResult {
    wrapper_init(vm, args, "staticmethod")
}

pub fn classmethod_init(vm: &mut Vm, args: Args) -> PyResult {
    wrapper_init(vm, args, "classmethod")
}

/// `sm_init` / `cm_init`: after the checks, `functools_wraps` copies the callable's
/// `__module__`, `__name__`, `__qualname__`, `__doc__` and `__annotations__` (those it
/// has) into the wrapper's `__dict__`, which so exists from then on.
fn wrapper_init(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    let this = args.args.first().cloned();
    descriptor_init(vm, args, name)?;
    if let Some(this) = this {
        wrap_callable(vm, &this)?;
    }
    Ok(vm.none())
}

/// `functools_wraps` of a new `staticmethod` or `classmethod` (see [`classmethod_init`]).
pub(crate) fn wrap_callable(vm: &mut Vm, this: &PyRef) -> PyResult<()> {
    let (Payload::StaticMethod(f) | Payload::ClassMethod(f)) = &this.payload else {
        return Ok(());
    };
    let f = f.clone();
    for attr in [
        "__module__",
        "__name__",
        "__qualname__",
        "__doc__",
        "__annotations__",
    ] {
        let attr = vm.intern(attr);
        match vm.getattr(&f, &attr) {
            Ok(v) => vm.setattr(this, &attr, v)?,
            Err(e) if vm.exc_matches_name(&e.0, "AttributeError") => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

fn descriptor_init(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.args.len() - 1;
    if n != 1 {
        return Err(vm.type_error(format!("{name} expected 1 argument, got {n}")));
    }
    Ok(vm.none())
}

/// `property.__init__(fget=None, fset=None, fdel=None, doc=None)`: (re)initializes the
/// property, as it may be called again on a made one.
pub fn property_init(vm: &mut Vm, args: Args) -> PyResult {
    let [fget, fset, fdel, doc]: [Option<PyRef>; 4] = super::bind_params(
        vm,
        "property",
        args,
        1,
        &["fget", "fset", "fdel", "doc"],
        0,
        4,
    )?
    .try_into()
    .expect("four parameters");
    super::property_methods::init_property(vm, &args.args[0], [fget, fset, fdel, doc])?;
    Ok(vm.none())
}

pub fn super_init(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    let n = args.args.len() - 1;
    if n > 2 {
        return Err(vm.type_error(format!("super() takes at most 2 arguments ({n} given)")));
    }
    Ok(vm.none())
}

/// `property.__set__(obj, value)` and `property.__delete__(obj)`.
pub fn property_set(vm: &mut Vm, args: Args) -> PyResult {
    let a = super::num_slots::operands(vm, &args, 2)?;
    property_store(vm, &a[0], &a[1], Some(a[2].clone()))
}

pub fn property_delete(vm: &mut Vm, args: Args) -> PyResult {
    let (p, obj) = binary_operands(vm, &args)?;
    property_store(vm, p, obj, None)
}

fn property_store(vm: &mut Vm, p: &PyRef, obj: &PyRef, value: Option<PyRef>) -> PyResult {
    let Some(data) = super::property_methods::property_data(p) else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let f = if value.is_some() {
        &data.fset
    } else {
        &data.fdel
    }
    .clone();
    drop(data);
    let Some(f) = f else {
        let what = if value.is_some() { "setter" } else { "deleter" };
        return Err(super::property_methods::missing_accessor(vm, p, obj, what));
    };
    let mut call_args = vec![obj.clone()];
    call_args.extend(value);
    vm.call1(&f, &call_args)?;
    Ok(vm.none())
}

/// `property.__set_name__(owner, name)`: records the name for the messages of a missing
/// accessor (`prop_name`, kept as its repr).
pub fn property_set_name(vm: &mut Vm, args: Args) -> PyResult {
    let a = super::num_slots::operands(vm, &args, 2)?;
    let name = vm.repr_string(&a[2])?;
    super::property_methods::set_property_name(&a[0], Some(name));
    Ok(vm.none())
}

/// `method(function, instance)`.
pub fn method_new(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    let rest = &args.args[1..];
    if rest.len() != 2 {
        return Err(vm.type_error(format!("method expected 2 arguments, got {}", rest.len())));
    }
    if !crate::builtins::iteration::is_callable(vm, &rest[0]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if matches!(rest[1].payload, Payload::NoneValue) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm.bound_method(&rest[0], &rest[1]))
}

/// `method.__eq__`: the same function bound to the same object.
pub fn method_compare(vm: &mut Vm, args: Args, kind: CompareKind) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    let (
        Payload::BoundMethod {
            func: f1,
            receiver: r1,
        },
        Payload::BoundMethod {
            func: f2,
            receiver: r2,
        },
    ) = (&a.payload, &b.payload)
    else {
        return Ok(vm.not_implemented.clone());
    };
    let same = r1.is(r2) && vm.eq(f1, f2)?;
    Ok(match kind {
        CompareKind::Eq => vm.bool(same),
        CompareKind::Ne => vm.bool(!same),
        _ => vm.not_implemented.clone(),
    })
}

/// `builtin_function_or_method.__eq__`: the same builtin bound to the same object.
pub fn builtin_compare(vm: &mut Vm, args: Args, kind: CompareKind) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    let (Payload::Builtin(x), Payload::Builtin(y)) = (&a.payload, &b.payload) else {
        return Ok(vm.not_implemented.clone());
    };
    let same_self = match (&x.receiver, &y.receiver) {
        (Some(p), Some(q)) => p.is(q),
        (None, None) => true,
        _ => false,
    };
    let same = a.is(b) || (same_self && x.name == y.name && x.owner == y.owner);
    Ok(match kind {
        CompareKind::Eq => vm.bool(same),
        CompareKind::Ne => vm.bool(!same),
        _ => vm.not_implemented.clone(),
    })
}

/// `builtin.__reduce__`: a module-level builtin pickles as its name, a bound one as
/// `getattr(self, name)`.
pub fn builtin_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let f = unary_operand(vm, &args)?;
    let Payload::Builtin(b) = &f.payload else {
        return Ok(vm.none());
    };
    let name = b.name;
    // Unbound, a builtin type's method pickles as `getattr(type, name)` (`descr_reduce`).
    let target = match &b.receiver {
        Some(r) => Some(r.clone()),
        None => crate::objects::methods::builtin_owner_class(vm, b),
    };
    match target {
        Some(t) => getattr_reduce(vm, t, name),
        None => Ok(vm.str(name)),
    }
}

/// `method.__reduce__`: `(getattr, (self, name))`.
pub fn method_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let m = unary_operand(vm, &args)?;
    let Payload::BoundMethod { func, receiver } = &m.payload else {
        return Ok(vm.none());
    };
    let (func, receiver) = (func.clone(), receiver.clone());
    let name = vm.getattr_str(&func, "__name__")?;
    let name = name.as_str_opt().unwrap_or("").to_string();
    getattr_reduce(vm, receiver, &name)
}

fn getattr_reduce(vm: &mut Vm, obj: PyRef, name: &str) -> PyResult {
    let builtins = vm.builtins_dict.clone();
    let getattr = vm
        .dict_payload(&builtins)
        .and_then(|d| {
            d.borrow()
                .get_str(crate::static_str_hash!("getattr"), "getattr")
                .cloned()
        })
        .unwrap_or_else(|| vm.none());
    let inner = vm.tuple(vec![obj, vm.str(name)]);
    Ok(vm.tuple(vec![getattr, inner]))
}

/// `generator.__del__`: the finalizer, closing a suspended generator; as in CPython's
/// `_PyGen_Finalize`, an error from it goes nowhere.
pub fn generator_del(vm: &mut Vm, args: Args) -> PyResult {
    let g = unary_operand(vm, &args)?.clone();
    let _ = super::generator_methods::gen_close(vm, Args::new(&[g]));
    Ok(vm.none())
}
