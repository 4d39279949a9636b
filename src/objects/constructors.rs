//! Calling a builtin type: `int(x)`, `list(it)`, `property(f)`, `ValueError("m")`...

use crate::heap::PyRef;
use crate::objects::dict::Dict;
use crate::objects::payload::Payload;
use crate::objects::typeobj::Layout;
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;

/// `cls(...)` for an exact builtin type: the argument checks CPython's `tp_new`/`tp_init`
/// make when the type is not subclassed (`_PyArg_NoKeywords`, `_PyArg_CheckPositional`,
/// the Argument Clinic parsers), then [`construct_builtin`].
pub fn construct_exact(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult {
    use crate::objects::methods::{bind_params, check_args};
    // Borrowed, not copied: the checks run no Python code, and a builtin type's name
    // never changes (`type_setattr` refuses it).
    let name_ref = cls.type_data().map(|t| t.name.borrow());
    let name = name_ref.as_deref().map_or("", String::as_str);
    let pos = args.positional();
    let no_keywords = |vm: &Vm| -> PyResult<()> {
        if args.kwnames.is_empty() {
            Ok(())
        } else {
            Err(vm.type_error(format!("{name}() takes no keyword arguments")))
        }
    };
    match name {
        "bool" | "float" | "tuple" | "list" | "set" | "frozenset" => {
            no_keywords(vm)?;
            check_args(vm, name, pos, 0, 1)?;
        }
        "range" | "slice" | "staticmethod" | "classmethod" | "super" => no_keywords(vm)?,
        "dict" => {
            check_args(vm, "dict", pos, 0, 1)?;
        }
        "int" => check_int_args(vm, args)?,
        "complex" => {
            bind_params(vm, "complex", args, 0, &["real", "imag"], 0, 2)?;
        }
        "property" => {
            bind_params(
                vm,
                "property",
                args,
                0,
                &["fget", "fset", "fdel", "doc"],
                0,
                4,
            )?;
        }
        "bytes" | "bytearray" => {
            bind_params(vm, name, args, 0, &["source", "encoding", "errors"], 0, 3)?;
        }
        _ => {}
    }
    drop(name_ref);
    construct_builtin(vm, cls, args)
}

/// `int(x, /, base=10)`: Argument Clinic's checks of `int_new`'s arguments.
fn check_int_args(vm: &mut Vm, args: Args) -> PyResult<()> {
    // `_PyArg_UnpackKeywords` counts keywords too, before anything else.
    let positional = args.positional().len();
    let given = positional + args.kwnames.len();
    if given > 2 {
        let keyword = if positional == 0 { "keyword " } else { "" };
        return Err(vm.type_error(format!(
            "int() takes at most 2 {keyword}arguments ({given} given)"
        )));
    }
    if let Some((k, _)) = args.keywords().find(|(k, _)| *k != "base") {
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for int()")));
    }
    Ok(())
}

/// The argument checks of a builtin immutable type's `tp_new` that hold for its subclasses
/// too (`int`'s Argument Clinic parser; `float_new` and `tuple_new`'s
/// `_PyArg_CheckPositional`), before a subclass instance is built from `base`.
pub fn check_subclass_new_args(vm: &mut Vm, cls: &PyRef, base: &PyRef, args: Args) -> PyResult<()> {
    let name = base.type_data().map(|t| t.name()).unwrap_or_default();
    let pos = args.positional();
    match name.as_str() {
        "int" => check_int_args(vm, args)?,
        "float" | "tuple" => {
            crate::objects::methods::check_args(vm, &name, pos, 0, 1)?;
        }
        // `frozenset_new` names the type being made.
        "frozenset" => {
            let own = cls.type_data().map(|t| t.name()).unwrap_or_default();
            crate::objects::methods::check_args(vm, &own, pos, 0, 1)?;
        }
        _ => {}
    }
    Ok(())
}

/// Constructs an instance of the builtin type `cls`.
pub fn construct_builtin(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult {
    let t = cls.type_data().expect("a type");
    let pos = args.positional();
    // Borrowed for the whole construction, which may run Python code: every caller
    // passes a builtin type, whose name never changes (`type_setattr` refuses it).
    debug_assert!(!t.is_heap_type);
    let name_ref = t.name.borrow();
    let name = name_ref.as_str();
    if t.layout == Layout::Exception {
        if let Some(group) = vm.exception_group_new(cls, args) {
            return group;
        }
        let cls = vm
            .os_error_subclass(cls, pos)
            .unwrap_or_else(|| cls.clone());
        let exc = vm.new_exception(&cls, pos.to_vec());
        crate::objects::methods::exception_slots::check_init_keywords(vm, &exc, &args)?;
        crate::objects::methods::exception_slots::check_unicode_error_args(vm, &cls, pos)?;
        vm.init_exception_fields(&exc, args);
        crate::objects::methods::exception_slots::decode_error_object_as_bytes(vm, &exc)?;
        if crate::objects::exc_family::of(vm, &cls)
            .has(crate::objects::exc_family::ExcFamily::SYNTAX_ERROR)
        {
            crate::objects::methods::exception_slots::syntax_error_fields(vm, &exc, pos)?;
        }
        return Ok(exc);
    }
    let arg0 = pos.first();
    match name {
        // The iterator types borrow their arguments, as every constructor here does.
        "enumerate" | "reversed" | "zip" | "map" | "filter" => {
            let make = match name {
                "enumerate" => crate::builtins::iteration::builtin_enumerate,
                "reversed" => crate::builtins::iteration::builtin_reversed,
                "zip" => crate::builtins::iteration::builtin_zip,
                "map" => crate::builtins::iteration::builtin_map,
                _ => crate::builtins::iteration::builtin_filter,
            };
            make(vm, args)
        }
        "object" if !args.args.is_empty() => Err(vm.type_error("object() takes no arguments")),
        // The singletons' types hand back the singleton (`none_new`, `notimplemented_new`,
        // `ellipsis_new`).
        "NoneType" | "NotImplementedType" | "ellipsis" | "EllipsisType"
            if !args.args.is_empty() =>
        {
            let shown = if name == "ellipsis" {
                "EllipsisType"
            } else {
                name
            };
            Err(vm.type_error(format!("{shown} takes no arguments")))
        }
        "NoneType" => Ok(vm.none()),
        "NotImplementedType" => Ok(vm.not_implemented.clone()),
        "ellipsis" | "EllipsisType" => Ok(vm.ellipsis.clone()),
        "object" => Ok(PyRef::new_untracked(
            cls,
            Payload::Instance(Default::default()),
        )),
        "int" => {
            let base = pos.get(1).or_else(|| args.kwarg("base")).cloned();
            match (arg0, base) {
                (None, None) => Ok(vm.int(0)),
                (None, Some(_)) => Err(vm.type_error("int() missing string argument")),
                // `PyNumber_Long`: bytes and bytearray are parsed as base-10 text.
                (Some(v), None)
                    if !matches!(v.payload, Payload::Bytes(_) | Payload::ByteArray(_)) =>
                {
                    to_int(vm, v)
                }
                (Some(v), b) => {
                    // `long_new_impl`: the base is checked before the argument's type.
                    let base = match b {
                        Some(b) => vm.index_value(&b)?,
                        None => 10,
                    };
                    if (base != 0 && base < 2) || base > 36 {
                        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
                    }
                    let text = match &v.payload {
                        Payload::Str(s) => s.as_str().to_string(),
                        Payload::Bytes(b) => b.iter().map(|&c| c as char).collect(),
                        Payload::ByteArray(b) => b.borrow().iter().map(|&c| c as char).collect(),
                        _ => {
                            return Err(
                                vm.type_error("int() can't convert non-string with explicit base")
                            )
                        }
                    };
                    match crate::format::int::parse_int(&text, base as u32) {
                        Ok(n) => Ok(vm.bigint(n)),
                        Err(e) => {
                            let shown = vm.repr_string(v)?;
                            Err(vm.format_error(e.to_format_error(base as u32, &shown)))
                        }
                    }
                }
            }
        }
        // `float_vectorcall` and `range_vectorcall` read their arguments borrowed.
        "float" => match pos.first() {
            None => Ok(vm.float(0.0)),
            Some(v) => to_float(vm, v),
        },
        "complex" => {
            // `complex(real=0, imag=0)`: both may be given by name.
            let real = arg0.or_else(|| args.kwarg("real")).cloned();
            let imag = pos.get(1).or_else(|| args.kwarg("imag")).cloned();
            complex_new(vm, real, imag)
        }
        "bool" => match arg0 {
            None => Ok(vm.bool(false)),
            Some(v) => {
                let b = vm.is_true(v)?;
                Ok(vm.bool(b))
            }
        },
        "str" if pos.len() > 1 || !args.kwnames.is_empty() => str_decode(vm, args),
        "str" => match arg0 {
            None => Ok(vm.str("")),
            Some(v) => vm.to_str(v),
        },
        // `bytes_new`/`bytearray___init__` read their arguments borrowed.
        "bytes" => bytes_new(vm, pos, &args),
        "tuple" => match arg0 {
            None => Ok(vm.tuple(Vec::new())),
            Some(v) => {
                if v.class().is(&vm.types.tuple_type) {
                    return Ok(v.clone());
                }
                let items = vm.iterate(v)?;
                Ok(vm.tuple(items))
            }
        },
        "list" => {
            let list = crate::gc::allocating_by_type_call(|| vm.list(Vec::new()));
            if let (Some(v), Payload::List(cell)) = (arg0, &list.payload) {
                // `list___init__` is `list_extend` on the empty list.
                crate::objects::sizeof::list_extend_from(vm, cell, v)?;
            }
            Ok(list)
        }
        "memoryview" => crate::objects::memoryview::construct(vm, args),
        "bytearray" => {
            let data = bytearray_init(vm, pos, &args)?;
            Ok(PyRef::new(cls, Payload::ByteArray(RefCell::new(data))))
        }
        "dict" => {
            let d = crate::gc::allocating_by_type_call(|| {
                PyRef::new(cls, Payload::Dict(Box::new(RefCell::new(Dict::new()))))
            });
            if let (Some(v), Payload::Dict(dd)) = (arg0, &d.payload) {
                crate::objects::methods::dict_update_from(vm, dd, v)?;
            }
            if let Payload::Dict(dd) = &d.payload {
                // The keys are the call's keyword name objects (interned names).
                let values = &args.args[args.args.len() - args.kwnames.len()..];
                for (k, v) in args.kwnames.iter().zip(values) {
                    vm.dict_set(dd, k.clone(), v.clone())?;
                }
            }
            Ok(d)
        }
        // `frozenset_new`: an exact frozenset is its own frozen copy.
        "frozenset"
            if arg0.as_ref().is_some_and(|v| {
                matches!(v.payload, Payload::FrozenSet(_)) && !crate::vm::containers::is_heap(v)
            }) =>
        {
            Ok(arg0.cloned().expect("checked"))
        }
        "set" | "frozenset" => {
            // `make_new_set`: `set_update_internal` on an empty set (a set argument is
            // merged with `set_merge`'s sizing, anything else added item by item).
            let data = match arg0 {
                Some(v) => crate::objects::methods::new_set_data(vm, v)?,
                None => crate::objects::set::SetData::new(),
            };
            if name == "frozenset" {
                return Ok(vm.frozenset(data));
            }
            Ok(vm.set(data))
        }
        "range" => {
            let mut ints: Vec<PyRef> = Vec::with_capacity(pos.len());
            for i in pos {
                ints.push(vm.number_index_exact(i)?);
            }
            let (start, stop, step) = match ints.len() {
                1 => (vm.int(0), ints[0].clone(), vm.int(1)),
                2 => (ints[0].clone(), ints[1].clone(), vm.int(1)),
                3 => (ints[0].clone(), ints[1].clone(), ints[2].clone()),
                0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
                n => {
                    return Err(
                        vm.type_error(format!("range expected at most 3 arguments, got {n}"))
                    )
                }
            };
            if step.as_i64() == Some(0) {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            Ok(PyRef::new(
                &vm.types.range_type,
                Payload::Range { start, stop, step },
            ))
        }
        "slice" => {
            let none = vm.none();
            let (start, stop, step) = match pos.len() {
                0 => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
                4.. => {
                    return Err(vm.type_error(format!(
                        "slice expected at most 3 arguments, got {}",
                        pos.len()
                    )))
                }
                1 => (none.clone(), pos[0].clone(), none),
                2 => (pos[0].clone(), pos[1].clone(), none),
                _ => (
                    pos[0].clone(),
                    pos[1].clone(),
                    pos.get(2).cloned().unwrap_or(none),
                ),
            };
            Ok(PyRef::new(
                &vm.types.slice_type,
                Payload::Slice { start, stop, step },
            ))
        }
        "property" => {
            // `PyType_GenericNew`, then `property_init`.
            let arg = |i: usize, k: &str| pos.get(i).or_else(|| args.kwarg(k)).cloned();
            let fields = [
                arg(0, "fget"),
                arg(1, "fset"),
                arg(2, "fdel"),
                arg(3, "doc"),
            ];
            let prop = PyRef::new(cls, Payload::Property(Box::default()));
            super::methods::property_methods::init_property(vm, &prop, fields)?;
            Ok(prop)
        }
        "staticmethod" | "classmethod" => {
            let Some(f) = arg0 else {
                return Err(vm.type_error(format!("{name} expected 1 argument, got 0")));
            };
            let payload = if name == "staticmethod" {
                Payload::StaticMethod(f.clone())
            } else {
                Payload::ClassMethod(f.clone())
            };
            let wrapper = PyRef::new(cls, payload);
            super::methods::descr_slots::wrap_callable(vm, &wrapper)?;
            Ok(wrapper)
        }
        "super" => {
            if pos.is_empty() {
                return Err(vm.runtime_error("super(): no arguments"));
            }
            if pos.len() > 2 {
                return Err(vm.type_error(format!(
                    "super() expected at most 2 arguments, got {}",
                    pos.len()
                )));
            }
            if !matches!(pos[0].payload, Payload::Type(_)) {
                return Err(vm.type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    pos[0].class_name()
                )));
            }
            let obj = pos.get(1).cloned().unwrap_or_else(|| vm.none());
            checked_super(vm, cls, pos[0].clone(), obj)
        }
        "module" => {
            // `module_init`: the name, the doc, and the three import attributes as None.
            let modname = pos.first().or_else(|| args.kwarg("name")).cloned();
            let Some(modname) = modname else {
                return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
            };
            if modname.as_str_opt().is_none() {
                return Err(vm.type_error(format!(
                    "module() argument 'name' must be str, not {}",
                    crate::vm::errors::arg_type_name(&modname)
                )));
            }
            let doc = pos
                .get(1)
                .or_else(|| args.kwarg("doc"))
                .cloned()
                .unwrap_or_else(|| vm.none());
            let d = vm.dict();
            if let Payload::Dict(dd) = &d.payload {
                let none = vm.none();
                for (key, value) in [
                    ("__name__", modname),
                    ("__doc__", doc),
                    ("__package__", none.clone()),
                    ("__loader__", none.clone()),
                    ("__spec__", none),
                ] {
                    let key = vm.intern(key);
                    vm.dict_set_str(dd, &key, value);
                }
            }
            Ok(PyRef::new(cls, Payload::Module(d)))
        }
        // `cell_new`: `types.CellType(contents)`, or an empty cell.
        "cell" => {
            if !args.kwnames.is_empty() {
                return Err(vm.type_error("cell() takes no keyword arguments"));
            }
            if pos.len() > 1 {
                return Err(vm.type_error(format!(
                    "cell expected at most 1 argument, got {}",
                    pos.len()
                )));
            }
            Ok(PyRef::new(
                cls,
                Payload::Cell(std::cell::RefCell::new(arg0.cloned())),
            ))
        }
        // Other builtin types (the native `itertools` ones) construct through their own
        // `__new__` slot, as CPython's `tp_new`.
        _ if cls.is(&vm.types.deque_type) => crate::objects::deque::construct(vm, cls, args),
        "function" => function_new(vm, args),
        _ => match own_new(vm, cls) {
            Some(new) => crate::vm::with_prepended(cls, args.args, |all| {
                vm.call(
                    &new,
                    Args {
                        args: all,
                        kwnames: args.kwnames,
                    },
                )
            }),
            None => Err(vm.type_error(format!("cannot create '{name}' instances"))),
        },
    }
}

/// The native `__new__` a builtin type defines itself (not inherited from `object`).
fn own_new(vm: &Vm, cls: &PyRef) -> Option<PyRef> {
    let new = vm.lookup_in_mro(cls, "__new__")?;
    let inherited = vm.lookup_in_mro(&vm.types.object_type, "__new__");
    if inherited.is_some_and(|o| o.is(&new)) {
        return None;
    }
    match &new.payload {
        Payload::StaticMethod(f) if matches!(f.payload, Payload::Builtin(_)) => Some(f.clone()),
        _ => None,
    }
}

fn parse_int_or_error(vm: &mut Vm, s: &str, base: u32) -> PyResult {
    match crate::format::int::parse_int(s, base) {
        Ok(b) => Ok(vm.bigint(b)),
        Err(crate::format::int::IntParseError::TooManyDigits(n)) => {
            Err(vm.format_error(crate::format::int::int_parse_limit_error(n)))
        }
        Err(_) => Err(vm.value_error(format!(
            "invalid literal for int() with base {}: {}",
            base,
            crate::vm::text::str_repr(s)
        ))),
    }
}

/// `int(x)` for one argument.
/// A special method of `v`'s class written in Python (not a builtin slot).
fn python_override(vm: &Vm, v: &PyRef, name: &str) -> Option<PyRef> {
    vm.lookup_special(v, name)
        .filter(|m| !matches!(m.payload, Payload::Builtin(_)))
}

pub fn to_int(vm: &mut Vm, v: &PyRef) -> PyResult {
    match &v.payload {
        Payload::Int(_) | Payload::BigInt(_) if v.class().is(&vm.types.int_type) => Ok(v.clone()),
        // `PyNumber_Long` on an int subclass: its own `__int__` if it has one, else the
        // value as a plain int (`long_long`).
        Payload::Int(_) | Payload::BigInt(_) => match python_override(vm, v, "__int__") {
            Some(m) => {
                let r = vm.call1(&m, std::slice::from_ref(v))?;
                exact_int_result(vm, r, "__int__")
            }
            None => Ok(vm.bigint(v.as_bigint().unwrap_or_default())),
        },
        Payload::Bool(b) => Ok(vm.int(*b as i64)),
        Payload::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let t = f.trunc();
            if t.abs() < 9.0e18 {
                Ok(vm.int(t as i64))
            } else {
                // Exact: an integral double is its own big integer (no i128 to saturate).
                let big = num_traits::FromPrimitive::from_f64(t).unwrap_or_default();
                Ok(vm.bigint(big))
            }
        }
        Payload::Str(s) => {
            let text = s.as_str().to_string();
            parse_int_or_error(vm, &text, 10)
        }
        _ => {
            // `PyNumber_Long`: `__int__`, then `__index__`, then (deprecated) `__trunc__`.
            if let Some(r) = vm.call_special(v, "__int__", &[])? {
                return exact_int_result(vm, r, "__int__");
            }
            if vm.lookup_special(v, "__index__").is_some() {
                let r = vm.number_index(v)?;
                return exact_int_result(vm, r, "__index__");
            }
            if let Some(trunc) = vm.lookup_special(v, "__trunc__") {
                deprecation_warning(vm, "The delegation of int() to __trunc__ is deprecated.")?;
                let r = vm.call1(&trunc, std::slice::from_ref(v))?;
                if r.is_int() {
                    return exact_int_result(vm, r, "");
                }
                if !vm.index_check(&r) {
                    return Err(vm.type_error(format!(
                        "__trunc__ returned non-Integral (type {})",
                        r.class_name()
                    )));
                }
                return vm.number_index_exact(&r);
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                v.class_name()
            )))
        }
    }
}

/// What `__int__` / `__index__` returned, checked as `PyNumber_Long` does: an exact int
/// as it is, an int subclass copied to an int (with a DeprecationWarning naming `slot`,
/// none when `slot` is empty), anything else a TypeError.
fn exact_int_result(vm: &mut Vm, r: PyRef, slot: &str) -> PyResult {
    if r.is_int() && r.class().is(&vm.types.int_type) {
        return Ok(r);
    }
    if !r.is_int() {
        return Err(vm.type_error(format!("{slot} returned non-int (type {})", r.class_name())));
    }
    if !slot.is_empty() {
        deprecation_warning(
            vm,
            &format!(
                "{slot} returned non-int (type {}).  The ability to return an instance of a \
                 strict subclass of int is deprecated, and may be removed in a future version \
                 of Python.",
                r.class_name()
            ),
        )?;
    }
    Ok(vm.bigint(r.as_bigint().unwrap_or_default()))
}

/// `PyErr_WarnEx(PyExc_DeprecationWarning, msg, 1)`: through the `warnings` module, so
/// the filters decide and the running Python line is the one shown.
pub(crate) fn deprecation_warning(vm: &mut Vm, msg: &str) -> PyResult<()> {
    let module = vm.import_module("warnings")?;
    let warn = vm.getattr_str(&module, "warn")?;
    let category = vm.exc_type("DeprecationWarning");
    let text = vm.str(msg);
    vm.call1(&warn, &[text, category]).map(drop)
}

/// What `__float__` returned, checked as `PyNumber_Float` does.
fn exact_float_result(vm: &mut Vm, v: &PyRef, r: PyRef) -> PyResult {
    match r.payload {
        Payload::Float(_) if r.class().is(&vm.types.float_type) => Ok(r),
        Payload::Float(f) => {
            deprecation_warning(
                vm,
                &format!(
                    "{}.__float__ returned non-float (type {}).  The ability to return an \
                     instance of a strict subclass of float is deprecated, and may be removed \
                     in a future version of Python.",
                    v.class_name(),
                    r.class_name()
                ),
            )?;
            Ok(vm.float(f))
        }
        _ => Err(vm.type_error(format!(
            "{}.__float__ returned non-float (type {})",
            v.class_name(),
            r.class_name()
        ))),
    }
}

fn float_of(vm: &mut Vm, v: &PyRef) -> PyResult<f64> {
    let f = to_float(vm, v)?;
    Ok(match f.payload {
        Payload::Float(x) => x,
        _ => 0.0,
    })
}

/// `complex(real=0, imag=0)` (`complex_new_impl`): from a string, or from two numbers
/// either of which may be complex (`complex(a, b)` is `a + b*1j`), through `__complex__`,
/// `__float__` or `__index__`.
fn complex_new(vm: &mut Vm, real: Option<PyRef>, imag: Option<PyRef>) -> PyResult {
    let Some(real) = real else {
        return match imag {
            Some(i) => complex_new(vm, Some(vm.int(0)), Some(i)),
            None => Ok(vm.complex(0.0, 0.0)),
        };
    };
    if let Payload::Str(s) = &real.payload {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match crate::format::float::parse_complex(s.as_str()) {
            Some((re, im)) => Ok(vm.complex(re, im)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if imag
        .as_ref()
        .is_some_and(|i| matches!(i.payload, Payload::Str(_)))
    {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    if imag.is_none()
        && matches!(real.payload, Payload::Complex(..))
        && real.class().is(&vm.types.complex_type)
    {
        return Ok(real);
    }
    let (r, r_is_complex) = complex_part(vm, &real, "first argument must be a string or a number")?;
    let (i, i_is_complex) = match &imag {
        Some(v) => complex_part(vm, v, "second argument must be a number")?,
        None => ((0.0, 0.0), false),
    };
    // (a+bj) + (c+dj)*1j: the real part loses d, the imaginary part gains b.
    let re = if i_is_complex { r.0 - i.1 } else { r.0 };
    let im = if r_is_complex { i.0 + r.1 } else { i.0 };
    Ok(vm.complex(re, im))
}

/// One argument of `complex()` as a pair, and whether it was complex (its own value, or
/// what its `__complex__` returned).
fn complex_part(vm: &mut Vm, v: &PyRef, what: &str) -> PyResult<((f64, f64), bool)> {
    if let Payload::Complex(re, im) = v.payload {
        if v.class().is(&vm.types.complex_type) {
            return Ok(((re, im), true));
        }
    }
    if let Some(c) = vm.call_special(v, "__complex__", &[])? {
        return match c.payload {
            Payload::Complex(re, im) => Ok(((re, im), true)),
            _ => Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                c.class_name()
            ))),
        };
    }
    if let Payload::Complex(re, im) = v.payload {
        return Ok(((re, im), true));
    }
    let numeric = matches!(
        v.payload,
        Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_) | Payload::Float(_)
    ) || vm.lookup_special(v, "__float__").is_some()
        || vm.lookup_special(v, "__index__").is_some();
    if !numeric {
        return Err(vm.type_error(format!("complex() {what}, not '{}'", v.class_name())));
    }
    Ok(((float_of(vm, v)?, 0.0), false))
}

/// `float(x)`.
pub fn to_float(vm: &mut Vm, v: &PyRef) -> PyResult {
    match &v.payload {
        Payload::Float(_) if v.class().is(&vm.types.float_type) => Ok(v.clone()),
        // `PyNumber_Float` on a float subclass: its own `__float__`, else the plain value.
        Payload::Float(f) => match python_override(vm, v, "__float__") {
            Some(m) => {
                let r = vm.call1(&m, std::slice::from_ref(v))?;
                exact_float_result(vm, v, r)
            }
            None => Ok(vm.float(*f)),
        },
        Payload::Int(i) => Ok(vm.float(*i as f64)),
        Payload::Bool(b) => Ok(vm.float(*b as i64 as f64)),
        Payload::BigInt(b) => match crate::format::int::int_to_f64(b) {
            Ok(f) => Ok(vm.float(f)),
            Err(e) => Err(vm.format_error(e)),
        },
        Payload::Str(s) => match crate::format::float::parse_float(s.as_str()) {
            Some(f) => Ok(vm.float(f)),
            None => Err(vm.value_error(format!(
                "could not convert string to float: {}",
                crate::vm::text::str_repr(s.as_str())
            ))),
        },
        // `PyFloat_FromString` takes bytes-like text too; the error shows the object.
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            let text: Option<String> = crate::objects::memoryview::buffer_bytes(vm, v)?
                .filter(|b| b.is_ascii())
                .map(|b| b.into_iter().map(char::from).collect());
            match text.and_then(|t| crate::format::float::parse_float(&t)) {
                Some(f) => Ok(vm.float(f)),
                None => {
                    let shown = vm.repr_string(v)?;
                    Err(vm.value_error(format!("could not convert string to float: {shown}")))
                }
            }
        }
        _ => {
            if let Some(r) = vm.call_special(v, "__float__", &[])? {
                return exact_float_result(vm, v, r);
            }
            if vm.lookup_special(v, "__index__").is_some() {
                let r = vm.number_index(v)?;
                return to_float(vm, &r);
            }
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                v.class_name()
            )))
        }
    }
}

/// The argument rules `bytes()` and `bytearray()` share: the source, and its encoded
/// bytes when an encoding is given (which needs a str source, as `errors` does).
fn encoded_source<'a>(
    vm: &mut Vm,
    fname: &str,
    pos: &'a [PyRef],
    args: &Args<'a>,
) -> PyResult<(Option<&'a PyRef>, Option<Vec<u8>>)> {
    let source = pos.first().or_else(|| args.kwarg("source"));
    let encoding = pos.get(1).or_else(|| args.kwarg("encoding")).cloned();
    let errors = pos.get(2).or_else(|| args.kwarg("errors")).cloned();
    let is_str = source
        .as_ref()
        .is_some_and(|s| matches!(s.payload, Payload::Str(_)));
    match (&source, encoding) {
        (Some(text), Some(encoding)) if is_str => {
            use crate::objects::codecs::str_arg;
            let encoding = str_arg(vm, fname, "encoding", Some(&encoding), "")?;
            let errors = match &errors {
                Some(e) => Some(str_arg(vm, fname, "errors", Some(e), "")?),
                None => None,
            };
            let encoded = crate::objects::codecs::encode_str(vm, text, encoding, errors)?;
            let data = match &encoded.payload {
                Payload::Bytes(b) => b.to_vec(),
                _ => Vec::new(),
            };
            Ok((source, Some(data)))
        }
        (_, Some(_)) => Err(vm.type_error("encoding without a string argument")),
        (_, None) if errors.is_some() && is_str => {
            Err(vm.type_error("string argument without an encoding"))
        }
        (_, None) if errors.is_some() => Err(vm.type_error("errors without a string argument")),
        _ => Ok((source, None)),
    }
}

/// `bytes(...)` (`bytes_new`): encoding rules, then `__bytes__`, then an integer size, a
/// buffer, or an iterable of ints.
fn bytes_new(vm: &mut Vm, pos: &[PyRef], args: &Args) -> PyResult {
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "bytes() takes at most 3 arguments ({} given)",
            pos.len()
        )));
    }
    let (source, encoded) = encoded_source(vm, "bytes", pos, args)?;
    if let Some(data) = encoded {
        return Ok(vm.bytes(data));
    }
    let Some(v) = source else {
        return Ok(vm.bytes(Vec::new()));
    };
    if let Some(r) = vm.call_special(v, "__bytes__", &[])? {
        if !matches!(r.payload, Payload::Bytes(_)) {
            return Err(vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                r.class_name()
            )));
        }
        return Ok(r);
    }
    match &v.payload {
        // An exact bytes object is returned as is.
        Payload::Bytes(_) if !crate::vm::containers::is_heap(v) => return Ok(v.clone()),
        Payload::Str(_) => return Err(vm.type_error("string argument without an encoding")),
        _ => {}
    }
    // `PyNumber_AsSsize_t(x, PyExc_OverflowError)`; a TypeError falls through to the
    // buffer and iteration paths (a weakref proxy has `__index__` whatever its referent).
    let index = if v.is_int() || vm.lookup_special(v, "__index__").is_some() {
        match vm.index_value(v) {
            Err(e) if vm.exc_matches_name(&e.0, "IndexError") => {
                return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            Err(e) if vm.exc_matches_name(&e.0, "TypeError") => None,
            n => Some(n?),
        }
    } else {
        None
    };
    if let Some(n) = index {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        // `PyBytes_FromStringAndSize`: the size plus the object header must fit.
        if n > isize::MAX as i64 - 33 {
            return Err(vm.overflow_error("byte string is too large"));
        }
        let data = crate::heap::limits::filled(0u8, n as usize);
        return Ok(vm.bytes_filled(data.map_err(|e| vm.no_memory(e))?));
    }
    // `_PyBytes_FromBuffer`.
    if let Some(data) = crate::objects::memoryview::buffer_bytes(vm, v)? {
        return Ok(vm.bytes_filled(data));
    }
    // `_PyBytes_FromList` / `_PyBytes_FromTuple` read the items in place; when every one
    // is a small exact-payload int no conversion can run Python code, so they are read
    // here without an iterator (any other item takes the general path below). The list's
    // writer hands a one-byte result out shared, the tuple's fills a new object.
    // Exact lists and tuples only: a subclass's `__iter__` decides what it yields.
    match &v.payload {
        Payload::List(items) if v.class().is(&vm.types.list_type) => {
            if let Some(data) = bytes_of_small_ints(&items.borrow()) {
                return Ok(vm.bytes(data));
            }
        }
        Payload::Tuple(items) if v.class().is(&vm.types.tuple_type) => {
            if let Some(data) = bytes_of_small_ints(items) {
                return Ok(vm.bytes_filled(data));
            }
        }
        _ => {}
    }
    let iterator = match vm.iter(v) {
        Ok(it) => it,
        Err(e) if vm.exc_matches_name(&e.0, "TypeError") => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                v.class_name()
            )))
        }
        Err(e) => return Err(e),
    };
    // `_PyBytes_FromIterator`: one item at a time, each converted (and released) before
    // the next is asked for.
    let mut out = Vec::new();
    while let Some(item) = vm.next(&iterator)? {
        let b = vm.index_value(&item)?;
        if !(0..256).contains(&b) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(b as u8);
    }
    Ok(vm.bytes(out))
}

/// The bytes of items that are all ints in `range(256)`; None if one is anything else.
fn bytes_of_small_ints(items: &[PyRef]) -> Option<Vec<u8>> {
    items
        .iter()
        .map(|item| match item.payload {
            Payload::Int(n @ 0..=255) => Some(n as u8),
            _ => None,
        })
        .collect()
}

/// `bytearray(...)` (`bytearray___init__`): the initial bytes, allocated as CPython does
/// (see `sizeof::bytearray_resize`).
fn bytearray_init(vm: &mut Vm, pos: &[PyRef], args: &Args) -> PyResult<Vec<u8>> {
    use crate::objects::sizeof::bytearray_resize;
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "bytearray() takes at most 3 arguments ({} given)",
            pos.len()
        )));
    }
    let mut out = Vec::new();
    let (source, encoded) = encoded_source(vm, "bytearray", pos, args)?;
    if let Some(data) = encoded {
        // `bytearray_iconcat` on the empty array.
        bytearray_resize(&mut out, data.len());
        out.copy_from_slice(&data);
        return Ok(out);
    }
    let Some(source) = source else {
        return Ok(out);
    };
    if let Payload::Str(_) = &source.payload {
        return Err(vm.type_error("string argument without an encoding"));
    }
    // `PyByteArray_FromObject` through the buffer protocol.
    if let Some(data) = crate::objects::memoryview::buffer_bytes(vm, source)? {
        bytearray_resize(&mut out, data.len());
        out.copy_from_slice(&data);
        return Ok(out);
    }
    // As in `bytes()`, a TypeError from `__index__` falls through to iteration.
    let is_index = source.is_int() || vm.lookup_special(source, "__index__").is_some();
    let index = match is_index.then(|| vm.index_value(source)) {
        Some(Err(e)) if vm.exc_matches_name(&e.0, "TypeError") => None,
        other => other.transpose()?,
    };
    if let Some(n) = index {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        crate::objects::sizeof::try_bytearray_resize(&mut out, n as usize)
            .map_err(|e| vm.no_memory(e))?;
        return Ok(out);
    }
    let exact_seq = (source.class().is(&vm.types.list_type)
        && matches!(source.payload, Payload::List(_)))
        || (source.class().is(&vm.types.tuple_type) && matches!(source.payload, Payload::Tuple(_)));
    let iterator = match vm.iter(source) {
        Ok(it) => it,
        Err(e) if vm.exc_matches_name(&e.0, "TypeError") => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytearray",
                source.class_name()
            )))
        }
        Err(e) => return Err(e),
    };
    if exact_seq {
        let items = vm.iterate(&iterator)?;
        if items.iter().all(|i| matches!(i.payload, Payload::Int(_))) {
            // The list/tuple fast path: one resize to the final size.
            bytearray_resize(&mut out, items.len());
            for (slot, item) in out.iter_mut().zip(&items) {
                *slot = byte_value(vm, item)?;
            }
            return Ok(out);
        }
        for item in &items {
            push_byte(vm, &mut out, item)?;
        }
        return Ok(out);
    }
    // `bytearray_extend`'s iterator path: one item at a time.
    while let Some(item) = vm.next(&iterator)? {
        push_byte(vm, &mut out, &item)?;
    }
    Ok(out)
}

/// Appends `item` as a byte, growing as `bytearray_extend` grows.
fn push_byte(vm: &mut Vm, out: &mut Vec<u8>, item: &PyRef) -> PyResult<()> {
    use crate::objects::sizeof::bytearray_resize;
    let b = byte_value(vm, item)?;
    let n = out.len();
    bytearray_resize(out, n + 1);
    out[n] = b;
    Ok(())
}

/// `_getbytevalue`: an int in `range(0, 256)`.
pub fn byte_value(vm: &mut Vm, item: &PyRef) -> PyResult<u8> {
    let v = match &item.payload {
        Payload::Int(i) => *i,
        Payload::BigInt(_) => -1,
        _ => vm.index_value(item)?,
    };
    if !(0..256).contains(&v) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(v as u8)
}

/// `str(object=b'', encoding='utf-8', errors='strict')` with an encoding or errors given:
/// `PyUnicode_FromEncodedObject`, decoding a bytes-like object as `bytes.decode` does.
fn str_decode(vm: &mut Vm, args: Args) -> PyResult {
    let p =
        super::methods::bind_params(vm, "str", args, 0, &["object", "encoding", "errors"], 0, 3)?;
    use crate::objects::codecs::{decode_bytes, str_arg};
    let encoding = str_arg(vm, "str", "encoding", p[1].as_ref(), "utf-8")?;
    let errors = match &p[2] {
        Some(e) => Some(str_arg(vm, "str", "errors", Some(e), "")?),
        None => None,
    };
    let Some(obj) = p[0].clone() else {
        return Ok(vm.str(""));
    };
    // `unicode_new_impl`: without an encoding or errors, `str(object=x)` is `str(x)`.
    if p[1].is_none() && p[2].is_none() {
        return vm.to_str(&obj);
    }
    let data = match &obj.payload {
        Payload::Bytes(_) => obj.clone(),
        Payload::Str(_) => return Err(vm.type_error("decoding str is not supported")),
        _ => match crate::objects::memoryview::buffer_bytes(vm, &obj)? {
            Some(bytes) => vm.bytes(bytes),
            None => {
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    obj.class_name()
                )))
            }
        },
    };
    let bytes = match &data.payload {
        Payload::Bytes(b) => b.to_vec(),
        _ => Vec::new(),
    };
    decode_bytes(vm, &bytes, encoding, errors)
}

/// `func_new`: `function(code, globals, name=None, argdefs=None, closure=None)`, with the
/// builtins taken from the globals as for any new function (`PyFunction_New`).
fn function_new(vm: &mut Vm, args: Args) -> PyResult {
    let names = ["code", "globals", "name", "argdefs", "closure"];
    let a = crate::objects::methods::bind_params(vm, "function", args, 0, &names, 2, 5)?;
    let [code, globals, name, argdefs, closure] =
        <[Option<PyRef>; 5]>::try_from(a).unwrap_or_else(|_| unreachable!("five parameters"));
    let (code, globals) = (code.expect("required"), globals.expect("required"));
    let Payload::Code(cd) = &code.payload else {
        return Err(vm.type_error(format!(
            "function() argument 'code' must be code, not {}",
            code.class_name()
        )));
    };
    if !matches!(globals.payload, Payload::Dict(_)) {
        return Err(vm.type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            globals.class_name()
        )));
    }
    let given = |v: Option<PyRef>| v.filter(|v| !matches!(v.payload, Payload::NoneValue));
    let (name, argdefs, closure) = (given(name), given(argdefs), given(closure));
    if name.as_ref().is_some_and(|n| n.as_str_opt().is_none()) {
        return Err(vm.type_error("arg 3 (name) must be None or string"));
    }
    if argdefs
        .as_ref()
        .is_some_and(|d| !matches!(d.payload, Payload::Tuple(_)))
    {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let nfree = cd.code.freevars.len();
    match &closure {
        Some(c) if !matches!(c.payload, Payload::Tuple(_)) => {
            return Err(vm.type_error("arg 5 (closure) must be None or tuple"));
        }
        None if nfree > 0 => return Err(vm.type_error("arg 5 (closure) must be tuple")),
        Some(c) => {
            let cells = c.tuple_items().unwrap_or(&[]);
            if cells.len() != nfree {
                return Err(vm.value_error(format!(
                    "{} requires closure of length {}, not {}",
                    cd.code.name,
                    nfree,
                    cells.len()
                )));
            }
            if let Some(bad) = cells
                .iter()
                .find(|c| !matches!(c.payload, Payload::Cell(_)))
            {
                return Err(vm.type_error(format!(
                    "arg 5 (closure) expected cell, found {}",
                    bad.class_name()
                )));
            }
        }
        None => {}
    }
    let func = vm.make_function(code.clone(), globals, argdefs, None, closure, None);
    if let (Some(n), Payload::Function(f)) = (name, &func.payload) {
        drop(f.name.replace(n));
    }
    Ok(func)
}

/// A `super` object of `cls` for `this_class` and `obj`, after `super_init_impl`'s
/// `supercheck`: `super(type)` (or `super(type, None)`) is unbound, else `obj` is an
/// instance of the type or a subclass of it. Serves `super(...)` and the argument-less
/// form alike.
pub fn checked_super(vm: &mut Vm, cls: &PyRef, this_class: PyRef, obj: PyRef) -> PyResult {
    let bound = !matches!(obj.payload, Payload::NoneValue);
    let fits = (matches!(obj.payload, Payload::Type(_)) && vm.is_subclass(&obj, &this_class))
        || vm.isinstance(&obj, &this_class);
    if bound && !fits {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(PyRef::new(cls, Payload::Super { this_class, obj }))
}
