//! The methods of the builtin types (`list.append`, `str.split`, ...), plus the two hooks the
//! attribute and hash protocols call for builtin payloads: [`payload_attr`] (attributes that
//! live in the payload, not in a dict: `int.real`, `f.__name__`, `exc.args`...) and
//! [`builtin_hash`].
//!
//! One file per family of types under `methods/`, each with a `register` function that is a
//! flat table, one line per method. Argument checking goes through [`check_args`] and
//! [`parse_kwargs`] only, so every method reports arity errors with CPython's wording.

pub mod bytearray_methods;
mod bytes_format;
pub mod container_slots;
pub mod descr_slots;
pub mod dict_methods;
pub mod exception_slots;
pub(crate) mod generator_methods;
pub mod generic_alias;
pub(crate) mod list_methods;
mod listsort;
mod num_methods;
pub mod num_slots;
pub mod object_slots;
pub(crate) mod property_methods;
mod range_methods;
pub mod set_methods;
mod slice_methods;
mod str_format;
mod text_methods;
pub(crate) mod type_methods;

use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Registers the methods of every builtin type.
pub fn register_all(vm: &mut Vm) {
    crate::objects::slots::register(vm);
    text_methods::register(vm);
    str_format::register(vm);
    list_methods::register(vm);
    dict_methods::register(vm);
    set_methods::register(vm);
    num_methods::register(vm);
    generator_methods::register(vm);
    property_methods::register(vm);
    range_methods::register(vm);
    type_methods::register(vm);
    slice_methods::register(vm);
    bytearray_methods::register(vm);
    crate::objects::sizeof::register(vm);
}

// ---- argument checking ----

/// Checks the number of positional arguments (`min..=max`, `usize::MAX` for no maximum) and
/// that no keyword was passed, reporting errors in the style CPython uses for `name`:
///
/// - `"list.append"` (a dotted name): `METH_O`/`METH_NOARGS` style,
///   `list.append() takes exactly one argument (2 given)`, `... takes no arguments (1 given)`;
/// - `"split()"` (ends with parentheses): `PyArg_ParseTuple` style,
///   `split() takes at most 2 arguments (3 given)`, and for one-argument functions
///   `len() takes exactly one argument (2 given)`;
/// - `"pop"` (a bare name): Argument Clinic style, `pop expected at most 1 argument, got 2`.
#[inline]
pub fn check_args<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [PyRef],
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    if (min..=max).contains(&args.len()) {
        return Ok(args);
    }
    Err(arg_count_error(vm, name, args.len(), min, max))
}

/// [`check_args`]'s error, out of line: every builtin call inlines only the count check.
#[cold]
#[inline(never)]
fn arg_count_error(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyErr {
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    let msg = if name.contains('.') {
        if max == 0 {
            format!("{name}() takes no arguments ({n} given)")
        } else if min == 1 && max == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else {
            format!("{name}() takes from {min} to {max} arguments ({n} given)")
        }
    } else if let Some(base) = name.strip_suffix("()") {
        if min == 1 && max == 1 {
            return vm.type_error(format!("{base}() takes exactly one argument ({n} given)"));
        }
        if max == 0 {
            return vm.type_error(format!("{base}() takes no arguments ({n} given)"));
        }
        let (how, k) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        format!("{base}() takes {how} {k} {} ({n} given)", plural(k))
    } else if min == max {
        format!("{name} expected {min} {}, got {n}", plural(min))
    } else if n < min {
        format!("{name} expected at least {min} {}, got {n}", plural(min))
    } else {
        format!("{name} expected at most {max} {}, got {n}", plural(max))
    };
    vm.type_error(msg)
}

/// A method call split into receiver and positional arguments, checked with [`check_args`]
/// (keywords rejected with `name() takes no keyword arguments`).
pub fn method_args<'a>(
    vm: &Vm,
    name: &str,
    args: Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<(&'a PyRef, &'a [PyRef])> {
    reject_kwargs(vm, name, args)?;
    let (this, rest) = args.args.split_first().ok_or_else(|| {
        // `method_check_args`: "unbound method list.append() needs an argument" when the
        // name says whose method it is.
        let n = name.strip_suffix("()").unwrap_or(name);
        vm.type_error(if n.contains('.') {
            format!("unbound method {n}() needs an argument")
        } else {
            format!("{} needs an argument", bare(name))
        })
    })?;
    Ok((this, check_args(vm, name, rest, min, max)?))
}

/// The positional arguments of a builtin function, checked with [`check_args`], keywords
/// rejected.
pub fn func_args<'a>(
    vm: &Vm,
    name: &str,
    args: Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    reject_kwargs(vm, name, args)?;
    check_args(vm, name, args.positional(), min, max)
}

/// The receiver (`args[0]`) of a method whose other arguments are bound by
/// [`bind_params`].
pub fn receiver_arg<'a>(vm: &Vm, args: Args<'a>) -> PyResult<&'a PyRef> {
    args.args
        .first()
        .ok_or_else(|| vm.type_error("unbound method needs an argument"))
}

fn bare(name: &str) -> &str {
    let n = name.strip_suffix("()").unwrap_or(name);
    n.rsplit('.').next().unwrap_or(n)
}

fn reject_kwargs(vm: &Vm, name: &str, args: Args) -> PyResult<()> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        let n = name.strip_suffix("()").unwrap_or(name);
        Err(vm.type_error(format!("{n}() takes no keyword arguments")))
    }
}

/// The keyword-only arguments of a call, by position in `allowed` (None where absent), as
/// `PyArg_ParseTupleAndKeywords` or Argument Clinic parse them: more keywords than `allowed`
/// raise `sort() takes at most 2 keyword arguments (3 given)` first, then an unknown name
/// `'x' is an invalid keyword argument for sort()`.
pub fn parse_kwargs(
    vm: &Vm,
    name: &str,
    args: Args,
    allowed: &[&str],
) -> PyResult<Vec<Option<PyRef>>> {
    let bound = parse_kwargs_borrowed(vm, name, args, allowed)?;
    Ok(bound.into_iter().map(|a| a.cloned()).collect())
}

/// [`parse_kwargs`] without the count check (`print`'s parser, which takes `*args`, has
/// none).
pub fn match_kwargs(
    vm: &Vm,
    name: &str,
    args: Args,
    allowed: &[&str],
) -> PyResult<Vec<Option<PyRef>>> {
    let bound = match_kwargs_borrowed(vm, name, args, allowed)?;
    Ok(bound.into_iter().map(|a| a.cloned()).collect())
}

/// [`parse_kwargs`] without new references: the keyword arguments as the call holds them
/// (Argument Clinic's borrowed pointers), so a key function or default is not counted
/// once more while the builtin runs.
pub fn parse_kwargs_borrowed<'a>(
    vm: &Vm,
    name: &str,
    args: Args<'a>,
    allowed: &[&str],
) -> PyResult<Vec<Option<&'a PyRef>>> {
    let given = args.kwnames.len();
    if given > allowed.len() {
        let max = allowed.len();
        let plural = if max == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{}() takes at most {max} keyword argument{plural} ({given} given)",
            bare(name)
        )));
    }
    match_kwargs_borrowed(vm, name, args, allowed)
}

/// [`match_kwargs`] without new references (see [`parse_kwargs_borrowed`]).
pub fn match_kwargs_borrowed<'a>(
    vm: &Vm,
    name: &str,
    args: Args<'a>,
    allowed: &[&str],
) -> PyResult<Vec<Option<&'a PyRef>>> {
    let mut out = vec![None; allowed.len()];
    for (k, v) in args.keywords() {
        match allowed.iter().position(|a| *a == k) {
            Some(i) => out[i] = Some(v),
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {}()",
                    bare(name)
                )))
            }
        }
    }
    Ok(out)
}

/// Binds positional-or-keyword parameters `names` (after skipping `skip` leading arguments,
/// the receiver of a method): at most `max_positional` positionally, the first `required`
/// mandatory. Errors as CPython's: `split() takes at most 2 arguments (3 given)`, `missing required argument 'bytes' (pos 1)`, `argument for
/// to_bytes() given by name ('length') and position (1)`, invalid keyword names.
pub fn bind_params(
    vm: &Vm,
    name: &str,
    args: Args,
    skip: usize,
    names: &[&str],
    required: usize,
    max_positional: usize,
) -> PyResult<Vec<Option<PyRef>>> {
    let bound = bind_params_borrowed(vm, name, args, skip, names, required, max_positional)?;
    Ok(bound.into_iter().map(|a| a.cloned()).collect())
}

/// [`bind_params`] without new references: the arguments as the call holds them, as
/// Argument Clinic's parsers hand C functions borrowed pointers (so counts seen while the
/// function runs, from a generator it consumes or a `__del__`, are CPython's).
pub fn bind_params_borrowed<'a>(
    vm: &Vm,
    name: &str,
    args: Args<'a>,
    skip: usize,
    names: &[&str],
    required: usize,
    max_positional: usize,
) -> PyResult<Vec<Option<&'a PyRef>>> {
    let positional = args.positional().get(skip..).unwrap_or(&[]);
    // `_PyArg_UnpackKeywords` counts keywords too, before anything else.
    let given = positional.len() + args.kwnames.len();
    if given > names.len() {
        return Err(vm.type_error(format!(
            "{name}() takes at most {} {}argument{} ({given} given)",
            names.len(),
            if positional.is_empty() {
                "keyword "
            } else {
                ""
            },
            if names.len() == 1 { "" } else { "s" }
        )));
    }
    if positional.len() > max_positional {
        let plural = if max_positional == 1 {
            "argument"
        } else {
            "arguments"
        };
        return Err(vm.type_error(format!(
            "{name}() takes at most {max_positional} {plural} ({} given)",
            positional.len()
        )));
    }
    let mut out: Vec<Option<&'a PyRef>> = vec![None; names.len()];
    for (slot, value) in out.iter_mut().zip(positional) {
        *slot = Some(value);
    }
    for (k, v) in args.keywords() {
        match names.iter().position(|n| *n == k) {
            Some(i) if i < positional.len() => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                )
            }
        }
    }
    if let Some(i) = out[..required].iter().position(Option::is_none) {
        return Err(vm.type_error(format!(
            "{name}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    Ok(out)
}

/// `descriptor 'append' for 'list' objects doesn't apply to a 'int' object`.
pub fn descriptor_error(vm: &Vm, method: &str, type_name: &str, obj: &PyRef) -> PyErr {
    vm.type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        bare(method),
        type_name,
        obj.class_name()
    ))
}

/// An optional argument that is None counts as absent (`split(None)`, `strip(None)`).
pub fn non_none(arg: Option<&PyRef>) -> Option<&PyRef> {
    arg.filter(|a| !matches!(a.payload, Payload::NoneValue))
}

/// A `start`/`end` argument of `index`/`find`/`count` on a sequence of length `len`:
/// negative values count from the end, the result is clamped to `0..=len` (big ints clamp
/// too), absent gives `default`, None is refused (`_PyEval_SliceIndexNotNone`).
pub fn slice_bound(
    vm: &mut Vm,
    arg: Option<&PyRef>,
    len: usize,
    default: usize,
) -> PyResult<usize> {
    let Some(arg) = arg else {
        return Ok(default);
    };
    let i = slice_index_not_none(vm, arg)?;
    let len = len as i64;
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
}

/// A slice-index argument as `i64` (big ints saturate, as CPython's clamping), None when
/// absent or None; `slice indices must be integers or None...` for other types
/// (`_PyEval_SliceIndex`).
pub fn slice_index(vm: &mut Vm, arg: Option<&PyRef>) -> PyResult<Option<i64>> {
    let Some(arg) = non_none(arg) else {
        return Ok(None);
    };
    // An int (of any class: `_PyNumber_Index` never calls an int's `__index__`) that fits
    // needs no lookup; this is every index of `a[i:j]` in practice.
    if let Payload::Int(i) = arg.payload {
        return Ok(Some(saturate_index(i)));
    }
    if !arg.is_int() && vm.lookup_special(arg, "__index__").is_none() {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    slice_index_value(vm, arg).map(Some)
}

/// `_PyEval_SliceIndexNotNone`: as [`slice_index`], but None is refused too.
pub fn slice_index_not_none(vm: &mut Vm, arg: &PyRef) -> PyResult<i64> {
    if !arg.is_int() && vm.lookup_special(arg, "__index__").is_none() {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    slice_index_value(vm, arg)
}

/// `PyNumber_AsSsize_t(v, NULL)` on an index: big values saturate (to half the `i64`
/// range, so that adding a length cannot overflow).
fn slice_index_value(vm: &mut Vm, arg: &PyRef) -> PyResult<i64> {
    let n = vm.number_index(arg)?;
    if let Some(i) = n.as_i64() {
        return Ok(saturate_index(i));
    }
    let negative = n
        .as_bigint()
        .is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
    Ok(if negative { i64::MIN / 2 } else { i64::MAX / 2 })
}

/// A slice index clamped to half the `i64` range, so that adding a length cannot overflow
/// (CPython clamps to `PY_SSIZE_T_MIN..=PY_SSIZE_T_MAX`, which no length comes near).
pub fn saturate_index(i: i64) -> i64 {
    i.clamp(i64::MIN / 2, i64::MAX / 2)
}

pub use dict_methods::{dict_update_from, ViewKind};
pub use list_methods::{less_than, sort_items, sort_reverse_arg};
pub use set_methods::{
    cell_add, cell_contains, new_set_data, set_binary_op, set_data_add, set_data_from,
    set_inplace_op, set_is_subset, set_update_object,
};

// ---- payload attributes ----

/// Attributes stored in builtin payloads rather than in a dict. `Ok(None)` when `obj` has
/// no such attribute (the caller goes on with the generic lookup).
pub fn payload_attr(vm: &mut Vm, obj: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
    let opt = |vm: &Vm, v: Option<PyRef>| v.unwrap_or_else(|| vm.none());
    Ok(Some(match (&obj.payload, name) {
        (Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_), "real" | "numerator") => {
            crate::objects::number::exact_copy(vm, obj).unwrap_or_else(|| vm.int(0))
        }
        (Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_), "imag") => vm.int(0),
        (Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_), "denominator") => vm.int(1),
        (Payload::Float(_), "real") => {
            crate::objects::number::exact_copy(vm, obj).unwrap_or_else(|| vm.float(0.0))
        }
        (Payload::Float(_), "imag") => vm.float(0.0),
        (Payload::Complex(re, _), "real") => vm.float(*re),
        (Payload::Complex(_, im), "imag") => vm.float(*im),
        (Payload::Slice { start, .. } | Payload::Range { start, .. }, "start") => start.clone(),
        (Payload::Slice { stop, .. } | Payload::Range { stop, .. }, "stop") => stop.clone(),
        (Payload::Slice { step, .. } | Payload::Range { step, .. }, "step") => step.clone(),
        (Payload::MemoryView(_), _) => return crate::objects::memoryview::attribute(vm, obj, name),
        // `dictview_mapping`: a read-only proxy of the viewed dict.
        (Payload::DictView { dict, .. }, "mapping") => crate::objects::mappingproxy::new(vm, dict),
        (Payload::Function(f), _) => match name {
            "__name__" => f.name.borrow().clone(),
            "__qualname__" => f.qualname.borrow().clone(),
            "__module__" => f.module.borrow().clone(),
            "__doc__" => f.doc.borrow().clone(),
            "__defaults__" => opt(vm, f.defaults.borrow().clone()),
            "__kwdefaults__" => opt(vm, f.kwdefaults.borrow().clone()),
            "__annotations__" => return f.annotations_dict(vm).map(Some),
            "__code__" => f.code.clone(),
            "__globals__" => f.globals.clone(),
            "__closure__" => opt(vm, f.closure.clone()),
            "__builtins__" => f.builtins.clone(),
            _ => return Ok(None),
        },
        (Payload::BoundMethod { func, receiver }, _) => match name {
            "__self__" => receiver.clone(),
            "__func__" => func.clone(),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                let func = func.clone();
                return vm.getattr_str(&func, name).map(Some);
            }
            _ => return Ok(None),
        },
        (Payload::Builtin(b), _) => match name {
            "__name__" => vm.intern(b.name),
            "__qualname__" => match b.owner {
                Some(owner) => vm.string(format!("{owner}.{}", b.name)),
                None => vm.intern(b.name),
            },
            // Only bound methods have `__self__` (the unbound descriptor types do not):
            // the receiver, the class for a type's `__new__`, else the module.
            "__self__" if !is_unbound_descriptor(vm, obj) => b
                .receiver
                .clone()
                .or_else(|| {
                    (b.name == "__new__")
                        .then(|| builtin_owner_class(vm, b))
                        .flatten()
                })
                .or_else(|| b.module.and_then(|m| vm.sys_modules_get(m).ok().flatten()))
                .unwrap_or_else(|| vm.builtins.clone()),
            // Only the descriptor types and `method-wrapper` have `__objclass__`.
            "__objclass__" if !obj.class().is(&vm.types.builtin_function_type) => {
                let Some(t) = builtin_owner_class(vm, b) else {
                    return Ok(None);
                };
                t
            }
            "__module__" if b.owner.is_none() => vm.intern(b.module.unwrap_or("builtins")),
            "__doc__" => b.doc().map_or_else(|| vm.none(), |d| vm.str(d)),
            "__text_signature__" => vm.none(),
            _ => return Ok(None),
        },
        (Payload::Exception(e), _) => match name {
            "args" => e.args.borrow().clone(),
            "__traceback__" => opt(vm, e.traceback.borrow().clone()),
            "__cause__" => opt(vm, e.cause.borrow().clone()),
            "__context__" => opt(vm, e.context.borrow().clone()),
            "__suppress_context__" => vm.bool(e.suppress_context.get()),
            // `SystemExit_init`: no argument gives None, one gives it, several the tuple.
            "code" if vm.isinstance(obj, &vm.exc_type("SystemExit")) => {
                if let Some(v) = vm.exc_member(obj, "code") {
                    return Ok(Some(v));
                }
                let args = e.args.borrow().clone();
                match args.tuple_items() {
                    Some([]) | None => vm.none(),
                    Some([one]) => one.clone(),
                    Some(_) => args.clone(),
                }
            }
            "value" if vm.isinstance(obj, &vm.exc_type("StopIteration")) => {
                if let Some(v) = vm.exc_member(obj, "value") {
                    return Ok(Some(v));
                }
                let first = e
                    .args
                    .borrow()
                    .tuple_items()
                    .and_then(|t| t.first().cloned());
                opt(vm, first)
            }
            _ if vm.exc_member_names(obj).contains(&name) => opt(vm, vm.exc_member(obj, name)),
            _ => return Ok(None),
        },
        (Payload::Property(p), _) => match name {
            "fget" => opt(vm, p.borrow().fget.clone()),
            "fset" => opt(vm, p.borrow().fset.clone()),
            "fdel" => opt(vm, p.borrow().fdel.clone()),
            // A subclass's own `__doc__` shadows the member; `property_init` put the
            // getter's doc in the instance's `__dict__` instead.
            "__doc__" if !obj.class().is(&vm.types.property_type) => return Ok(None),
            // `prop_doc`, set by `property.__init__`.
            "__doc__" => opt(vm, p.borrow().doc.clone()),
            "__isabstractmethod__" => {
                let p = p.borrow();
                let parts: Vec<PyRef> = [&p.fget, &p.fset, &p.fdel]
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect();
                drop(p);
                let mut abstract_ = false;
                for f in parts {
                    abstract_ = abstract_ || is_abstract(vm, &f)?;
                }
                vm.bool(abstract_)
            }
            _ => return Ok(None),
        },
        (Payload::SlotDescriptor(d), _) => return Ok(d.attr(vm, name)),
        (Payload::StaticMethod(f) | Payload::ClassMethod(f), "__func__" | "__wrapped__")
            if !obj.class().is(&vm.types.classmethod_descriptor_type) =>
        {
            f.clone()
        }
        // A builtin type's class method answers as its builtin, and with the builtin's
        // class as `__objclass__` (which a `builtin_function_or_method` lacks).
        (Payload::ClassMethod(f), "__objclass__")
            if obj.class().is(&vm.types.classmethod_descriptor_type) =>
        {
            let owner = match &f.payload {
                Payload::Builtin(b) => builtin_owner_class(vm, b),
                _ => None,
            };
            let Some(t) = owner else {
                return Ok(None);
            };
            t
        }
        (Payload::ClassMethod(f), "__name__" | "__qualname__" | "__text_signature__")
            if obj.class().is(&vm.types.classmethod_descriptor_type) =>
        {
            let f = f.clone();
            return payload_attr(vm, &f, name);
        }
        (Payload::StaticMethod(f) | Payload::ClassMethod(f), "__isabstractmethod__") => {
            let f = f.clone();
            let r = is_abstract(vm, &f)?;
            vm.bool(r)
        }
        (
            Payload::Super {
                this_class,
                obj: target,
            },
            _,
        ) => match name {
            "__thisclass__" => this_class.clone(),
            "__self__" => target.clone(),
            // The class lookups start from: the bound class itself, or the instance's.
            "__self_class__" => match &target.payload {
                Payload::NoneValue => target.clone(),
                Payload::Type(_) if vm.is_subclass(target, this_class) => target.clone(),
                _ => target.class().clone(),
            },
            _ => return Ok(None),
        },
        (Payload::Cell(c), "cell_contents") => match c.borrow().clone() {
            Some(v) => v,
            None => return Err(vm.new_error("ValueError", "Cell is empty")),
        },
        (
            Payload::Generator {
                names,
                frame,
                running,
                ..
            },
            _,
        ) => match name {
            "__name__" => names.name.borrow().clone(),
            "__qualname__" => names.qualname.borrow().clone(),
            "gi_running" | "cr_running" => vm.bool(running.get()),
            "ag_running" => vm.bool(crate::vm::async_generator::is_running(obj)),
            // Paused at a `yield`: started, not running, not finished.
            "gi_suspended" | "cr_suspended" => {
                let started = frame.borrow().as_ref().is_some_and(|f| match &f.payload {
                    Payload::Frame(fd) => fd.try_borrow().map(|d| d.pc > 0).unwrap_or(false),
                    _ => false,
                });
                vm.bool(started && !running.get())
            }
            "gi_yieldfrom" | "cr_await" | "ag_await" => {
                crate::vm::coroutine::yield_from_target(frame).unwrap_or_else(|| vm.none())
            }
            "cr_origin" => vm.none(),
            // Asking for the frame makes it an object of its own, as CPython materializes
            // a frame object then: from now on the collector sees (and counts) it.
            "gi_frame" | "cr_frame" | "ag_frame" => match frame.borrow().clone() {
                Some(f) => {
                    crate::gc::track(&f);
                    f
                }
                None => vm.none(),
            },
            "gi_code" | "cr_code" | "ag_code" => names.code.clone(),
            _ => return Ok(None),
        },
        (Payload::Frame(fd), _) => {
            // An unstarted generator's frame stands before its first instruction: its line
            // is the `def` line (`PyCode_Addr2Line` of a negative offset).
            let mut unstarted = false;
            let view = match fd.try_borrow() {
                Ok(f) => {
                    unstarted = f.pc == 0;
                    if name == "f_locals" {
                        return Ok(Some(match &f.locals_dict {
                            Some(d) => d.clone(),
                            None => {
                                let Payload::Code(cd) = &f.code.payload else {
                                    return Ok(None);
                                };
                                vm.fast_locals_dict(&f, cd)
                            }
                        }));
                    }
                    crate::vm::frame_stack::RunningFrame {
                        code: f.code.clone(),
                        globals: f.globals.clone(),
                        builtins: f.builtins.clone(),
                        lasti: f.lasti,
                        back: f.back.clone(),
                    }
                }
                // A running frame: its dispatch loop holds its data; the frame stack
                // knows the rest (`f_locals` is the running code's own `locals()`).
                Err(_) if name == "f_locals" => return Ok(vm.running_locals(obj)),
                Err(_) => match vm.running_frame(obj) {
                    Some(mut view) => {
                        if name == "f_back" {
                            view.back = vm.running_frame_back(obj);
                        }
                        view
                    }
                    None => return Ok(None),
                },
            };
            match name {
                "f_code" => view.code,
                "f_globals" => view.globals,
                "f_builtins" => view.builtins,
                "f_lineno" => match &view.code.payload {
                    Payload::Code(cd) if unstarted => vm.int(cd.code.first_line as i64),
                    Payload::Code(cd) => vm.int(cd.code.line_of(view.lasti) as i64),
                    _ => vm.none(),
                },
                "f_lasti" => vm.int(2 * view.lasti as i64),
                "f_back" => opt(vm, view.back),
                "f_trace" => vm.none(),
                _ => return Ok(None),
            }
        }
        (
            Payload::Traceback {
                frame,
                lasti,
                lineno,
                next,
                ..
            },
            _,
        ) => match name {
            "tb_frame" => frame.clone(),
            "tb_lineno" => vm.int(*lineno as i64),
            "tb_lasti" => vm.int(2 * *lasti as i64),
            "tb_next" => opt(vm, crate::objects::payload::traceback_next(next)),
            _ => return Ok(None),
        },
        (Payload::Code(c), _) => {
            let code = &c.code;
            match name {
                "co_name" => c.strings.name.clone(),
                "co_qualname" => c.strings.qualname.clone(),
                "co_filename" => vm.str(&code.filename),
                "co_firstlineno" => vm.int(code.first_line as i64),
                "co_consts" => c.consts.object().clone(),
                "co_names" => c.names.object().clone(),
                // CPython's CO_* bits refpy tracks (`inspect` and asyncio read them); a
                // function inside a function is CO_NESTED.
                "co_flags" => {
                    let fl = code.flags;
                    let bits = [
                        (!fl.uses_locals_dict, 0x3),
                        (fl.varargs, 0x4),
                        (fl.varkeywords, 0x8),
                        (code.qualname.contains("<locals>"), 0x10),
                        (fl.generator && !fl.coroutine, 0x20),
                        (fl.coroutine && !fl.generator, 0x80),
                        (fl.iterable_coroutine, 0x100),
                        (fl.coroutine && fl.generator, 0x200),
                    ];
                    vm.int(bits.iter().filter(|b| b.0).map(|b| b.1).sum::<i64>())
                }
                "co_argcount" => vm.int(code.argcount as i64),
                "co_nlocals" => vm.int(code.varnames.len() as i64),
                // The depth CPython's compiler would compute, which also sizes frames
                // and generators in `sys.getsizeof`.
                "co_stacksize" => vm.int(crate::objects::sizeof::code_stacksize(code) as i64),
                "co_posonlyargcount" => vm.int(code.posonlyargcount as i64),
                "co_kwonlyargcount" => vm.int(code.kwonlyargcount as i64),
                "co_varnames" => {
                    let names = code.varnames.iter().map(|n| vm.intern(n)).collect();
                    vm.tuple(names)
                }
                "co_freevars" => {
                    let names = code.freevars.iter().map(|n| vm.intern(n)).collect();
                    vm.tuple(names)
                }
                "co_cellvars" => {
                    let names = code.cellvars.iter().map(|n| vm.intern(n)).collect();
                    vm.tuple(names)
                }
                _ => return Ok(None),
            }
        }
        _ => return Ok(None),
    }))
}

/// Whether a callable is marked abstract (`__isabstractmethod__` true), as the descriptors
/// wrapping it report.
/// A builtin method not bound to anything (`str.join`, `int.__add__`, `dict.fromkeys`
/// in the class's `__dict__`).
fn is_unbound_descriptor(vm: &Vm, obj: &PyRef) -> bool {
    let t = &vm.types;
    let class = obj.class();
    class.is(&t.method_descriptor_type)
        || class.is(&t.wrapper_descriptor_type)
        || class.is(&t.classmethod_descriptor_type)
}

fn is_abstract(vm: &mut Vm, f: &PyRef) -> PyResult<bool> {
    match vm.getattr_opt(f, "__isabstractmethod__")? {
        Some(v) => vm.is_true(&v),
        None => Ok(false),
    }
}

// ---- hashing ----

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython 3.11's tuple hash (a reduced xxHash over the item hashes).
pub fn tuple_hash(item_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = item_hashes.len() as u64;
    let mut acc = XXPRIME_5;
    for h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    }
}

/// CPython 3.11's frozenset hash: an order-independent mix of the entries' hashes.
pub fn frozenset_hash(entry_hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for h in entry_hashes {
        hash ^= shuffle(h as u64);
    }
    hash ^= (len as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        590923713
    } else {
        hash as i64
    }
}

/// Hash of a bytes object: CPython's (see `objects::pyhash`).
pub fn bytes_hash(b: &[u8]) -> i64 {
    super::pyhash::hash_bytes(b)
}

/// The hash of a builtin payload; `Ok(None)` means "use the identity hash" (types,
/// functions, plain objects); mutable containers raise `unhashable type`.
pub fn builtin_hash(vm: &mut Vm, obj: &PyRef) -> PyResult<Option<i64>> {
    use crate::objects::number::{hash_bigint, hash_complex, hash_float, hash_i64};
    Ok(Some(match &obj.payload {
        Payload::Int(i) => hash_i64(*i),
        Payload::Bool(b) => *b as i64,
        Payload::BigInt(b) => hash_bigint(b),
        Payload::Float(f) if f.is_nan() => return Ok(None),
        Payload::Float(f) => hash_float(*f),
        Payload::Complex(re, im) => hash_complex(*re, *im),
        Payload::Str(s) => s.hash(),
        Payload::Bytes(b) => bytes_hash(b),
        Payload::Tuple(items) => {
            let items = items.clone();
            let mut hashes = Vec::with_capacity(items.len());
            for item in items.iter() {
                hashes.push(vm.hash(item)?);
            }
            tuple_hash(hashes.into_iter())
        }
        Payload::FrozenSet(s) => frozenset_hash(s.iter().map(|(h, _)| h), s.len()),
        // `range_hash`: the hash of `(len, start, step)`, the parts that do not change the
        // sequence left out (None), so equal ranges hash alike.
        Payload::Range { start, step, .. } => {
            let len = vm.native_len(obj)?.unwrap_or(0);
            let none = vm.none();
            let parts = [
                vm.int(len as i64),
                if len > 0 { start.clone() } else { none.clone() },
                if len > 1 { step.clone() } else { none },
            ];
            let mut hashes = Vec::with_capacity(3);
            for p in &parts {
                hashes.push(vm.hash(p)?);
            }
            tuple_hash(hashes.into_iter())
        }
        // Equal bound methods (the same function on the same object) hash alike.
        Payload::BoundMethod { func, receiver } => {
            let func = func.clone();
            let h = crate::vm::protocols::identity_hash(receiver) ^ vm.hash(&func)?;
            if h == -1 {
                -2
            } else {
                h
            }
        }
        Payload::Builtin(b) if b.receiver.is_some() => {
            let receiver = b.receiver.as_ref().map(crate::vm::protocols::identity_hash);
            let h = receiver.unwrap_or(0) ^ crate::objects::str::str_hash(b.name);
            if h == -1 {
                -2
            } else {
                h
            }
        }
        Payload::MemoryView(_) => crate::objects::memoryview::hash(vm, obj)?,
        Payload::WeakRef(d) if !d.is_proxy => crate::modules::weakref::hash(vm, d)?,
        Payload::List(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::ByteArray(_)
        | Payload::MappingProxy(_)
        | Payload::Slice { .. } => {
            return Err(vm.type_error(format!("unhashable type: '{}'", obj.class_name())))
        }
        _ => return Ok(None),
    }))
}

/// The builtin type a builtin method belongs to (`__objclass__`), found by the name it
/// keeps; None for a function.
pub fn builtin_owner_class(
    vm: &Vm,
    b: &crate::objects::function::BuiltinFunction,
) -> Option<PyRef> {
    let name = b.owner?;
    let builtins = vm.builtins_dict.clone();
    let Payload::Dict(d) = &builtins.payload else {
        return None;
    };
    let found = d
        .borrow()
        .values()
        .find(|v| v.type_data().is_some_and(|t| t.name() == name))
        .cloned();
    found
}
