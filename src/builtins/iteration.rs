//! Iteration builtins: `iter`, `next`, `any`, `all`, `sorted`, `reversed`, and the lazy
//! `enumerate`, `zip`, `map`, `filter` (iterator objects whose state the VM advances, see
//! `objects::iterators`).

use crate::heap::PyRef;
use crate::objects::iterators::IterState;
use crate::objects::methods::{bind_params_borrowed, func_args, parse_kwargs_borrowed, sort_items};
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

pub fn builtin_iter(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "iter", args, 1, 2)?;
    match a.get(1) {
        None => vm.iter(&a[0]),
        Some(sentinel) => {
            if !is_callable(vm, &a[0]) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            let state = IterState::CallIter {
                callable: a[0].clone(),
                sentinel: sentinel.clone(),
            };
            Ok(vm.iterator(state, &vm.types.callable_iterator_type.clone()))
        }
    }
}

/// Whether `obj` can be called (`callable()`).
pub fn is_callable(vm: &Vm, obj: &PyRef) -> bool {
    match &obj.payload {
        Payload::Function(_)
        | Payload::Builtin(_)
        | Payload::BoundMethod { .. }
        | Payload::Type(_) => true,
        _ => vm.lookup_special(obj, "__call__").is_some(),
    }
}

pub fn builtin_next(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "next", args, 1, 2)?;
    let it = &a[0];
    // Coroutines and async generators share the generator payload but are no iterators.
    let generator =
        matches!(it.payload, Payload::Generator { .. }) && it.class().is(&vm.types.generator_type);
    let is_iterator = matches!(it.payload, Payload::Iterator(_))
        || generator
        || vm.lookup_special(it, "__next__").is_some();
    if !is_iterator {
        return Err(vm.type_error(format!("'{}' object is not an iterator", it.class_name())));
    }
    let awaitable = crate::vm::async_generator::is_awaitable_iter(it);
    if generator || awaitable {
        // A generator's return value travels in its StopIteration (an awaitable's result too).
        let none = vm.none();
        let step = if awaitable {
            crate::vm::async_generator::send(vm, it, none)
        } else {
            vm.gen_send(it, none)
        };
        return match (step, a.get(1)) {
            (Err(e), Some(default)) if vm.exc_matches_name(&e.0, "StopIteration") => {
                Ok(default.clone())
            }
            (r, _) => r,
        };
    }
    match (vm.next(it)?, a.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(vm.stop_iteration(None)),
    }
}

/// `any`/`all`: stops at the first item whose truth is `stop_at`.
fn short_circuit(vm: &mut Vm, args: Args, name: &str, stop_at: bool) -> PyResult {
    let a = func_args(vm, name, args, 1, 1)?;
    let it = vm.iter(&a[0])?;
    while let Some(item) = vm.next(&it)? {
        if vm.is_true(&item)? == stop_at {
            return Ok(vm.bool(stop_at));
        }
    }
    Ok(vm.bool(!stop_at))
}

pub fn builtin_any(vm: &mut Vm, args: Args) -> PyResult {
    short_circuit(vm, args, "any()", true)
}

pub fn builtin_all(vm: &mut Vm, args: Args) -> PyResult {
    short_circuit(vm, args, "all()", false)
}

pub fn builtin_sorted(vm: &mut Vm, args: Args) -> PyResult {
    let positional = args.positional();
    crate::objects::methods::check_args(vm, "sorted", positional, 1, 1)?;
    // The key function borrowed, as `builtin_sorted` passes its keywords on to `list.sort`.
    let kw = parse_kwargs_borrowed(vm, "sort", args, &["key", "reverse"])?;
    // `PySequence_List` (list.extend's allocation), then `list.sort`, which keeps it.
    let cell = std::cell::RefCell::new(Vec::new());
    crate::objects::sizeof::list_extend_from(vm, &cell, &positional[0])?;
    let items = cell.into_inner();
    let allocated = items.capacity();
    let key = kw[0].filter(|k| !matches!(k.payload, Payload::NoneValue));
    let reverse = crate::objects::methods::sort_reverse_arg(vm, kw[1])?;
    match sort_items(vm, items, key, reverse) {
        Ok(mut sorted) => {
            crate::objects::sizeof::set_allocated(&mut sorted, allocated);
            Ok(vm.list_allocated(sorted))
        }
        Err((_, e)) => Err(e),
    }
}

pub fn builtin_reversed(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "reversed", args, 1, 1)?;
    let seq = a[0].clone();
    let builtin_class = seq.class().type_data().is_some_and(|t| !t.is_heap_type);
    if builtin_class {
        if let Some(it) = native_reversed(vm, &seq)? {
            return Ok(it);
        }
    }
    if let Some(method) = vm.lookup_special(&seq, "__reversed__") {
        if matches!(method.payload, Payload::NoneValue) {
            return Err(vm.type_error(format!("'{}' object is not reversible", seq.class_name())));
        }
        return vm.call(&method, Args::new(std::slice::from_ref(&seq)));
    }
    let is_sequence = vm.lookup_special(&seq, "__getitem__").is_some()
        && !matches!(seq.payload, Payload::Dict(_));
    let builtin_sequence = matches!(
        seq.payload,
        Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Range { .. }
    );
    if is_sequence || builtin_sequence {
        // `PySequence_Size`: a sequence without `__len__` is "has no len()".
        let len = vm.len(&seq)?;
        let class = vm.types.reversed_type.clone();
        return Ok(vm.iterator(
            IterState::SeqReverse {
                seq: Some(seq),
                index: len as isize - 1,
            },
            &class,
        ));
    }
    Err(vm.type_error(format!("'{}' object is not reversible", seq.class_name())))
}

/// A reverse iterator over a builtin payload (`list.__reversed__`, `dict.__reversed__`,
/// `range.__reversed__`, the dict views'; tuples for `reversed()`), of CPython's class
/// where refpy has it; `Ok(None)` for other payloads and huge ranges.
pub fn native_reversed(vm: &mut Vm, seq: &PyRef) -> PyResult<Option<PyRef>> {
    let reverse_over = |vm: &Vm, seq: PyRef, len: usize, class: &PyRef| {
        vm.iterator(
            IterState::SeqReverse {
                seq: Some(seq),
                index: len as isize - 1,
            },
            class,
        )
    };
    Ok(Some(match &seq.payload {
        Payload::List(items) => {
            let len = items.borrow().len();
            let class = vm.types.list_reverseiterator_type.clone();
            reverse_over(vm, seq.clone(), len, &class)
        }
        Payload::Tuple(items) => {
            let len = items.len();
            let class = vm.types.reversed_type.clone();
            reverse_over(vm, seq.clone(), len, &class)
        }
        Payload::Range { start, stop, step } => {
            let state = match (start.as_i64(), stop.as_i64(), step.as_i64()) {
                (Some(start), Some(stop), Some(step)) => reversed_range(start, stop, step),
                _ => None,
            };
            match state {
                Some(state) => vm.iterator(state, &vm.types.range_iterator_type.clone()),
                // `range_reverse`'s `long_range`: a `longrange_iterator` over
                // `range(start + (n-1)*step, start - step, -step)`, by index.
                None => {
                    let (b, e, d) = (
                        start.as_bigint().unwrap_or_default(),
                        stop.as_bigint().unwrap_or_default(),
                        step.as_bigint().unwrap_or_default(),
                    );
                    let zero = num_bigint::BigInt::from(0);
                    let n = if (d > zero && b < e) || (d < zero && b > e) {
                        let one = if d > zero { 1 } else { -1 };
                        (&e - &b - one) / &d + 1
                    } else {
                        zero
                    };
                    let last = &b + (n - 1) * &d;
                    let (start, stop, step) = (vm.bigint(last), vm.bigint(&b - &d), vm.bigint(-d));
                    let range =
                        PyRef::new(&vm.types.range_type, Payload::Range { start, stop, step });
                    let state = IterState::Seq {
                        seq: Some(range),
                        index: 0,
                    };
                    vm.iterator(state, &vm.types.longrange_iterator_type.clone())
                }
            }
        }
        Payload::Dict(_) => crate::objects::dictview::dict_iterator(
            vm,
            seq,
            crate::objects::methods::ViewKind::Keys,
            true,
        ),
        Payload::DictView { .. } => match crate::objects::dictview::reversed(vm, seq) {
            Some(it) => it,
            None => return Ok(None),
        },
        _ => return Ok(None),
    }))
}

/// The state of `reversed(range(start, stop, step))` when `range_reverse` takes its C
/// `long` path: `-step`, `start - step` and the length fit in `i64`.
fn reversed_range(start: i64, stop: i64, step: i64) -> Option<IterState> {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    if step == i64::MIN as i128 {
        return None;
    }
    let len = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    i64::try_from(len).ok()?;
    let last = start + (len - 1) * step;
    let (next, stop, step) = (
        i64::try_from(last).ok()?,
        i64::try_from(start - step).ok()?,
        i64::try_from(-step).ok()?,
    );
    if len == 0 {
        return Some(IterState::Range {
            next: 0,
            stop: 0,
            step: 1,
        });
    }
    Some(IterState::Range { next, stop, step })
}

pub fn builtin_enumerate(vm: &mut Vm, args: Args) -> PyResult {
    let class = vm.types.enumerate_type.clone();
    enumerate_new(vm, args, &class)
}

/// `enum_new`: an `enumerate` object of `class` (`enumerate` or a Python subclass).
pub fn enumerate_new(vm: &mut Vm, args: Args, class: &PyRef) -> PyResult {
    if args.args.is_empty() {
        // `enumerate_vectorcall` reports the missing argument without its position.
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    // The arguments are borrowed, as `enum_new_impl` borrows them; `enumerate(iterable)`,
    // the common call, needs no binding of parameters.
    let start;
    let none = vm.none();
    let iterable = match args.args {
        [iterable] if args.kwnames.is_empty() => {
            start = None;
            iterable
        }
        _ => {
            let bound =
                bind_params_borrowed(vm, "enumerate", args, 0, &["iterable", "start"], 1, 2)?;
            start = bound[1];
            let given = args.positional().first();
            given.or_else(|| args.kwarg("iterable")).unwrap_or(&none)
        }
    };
    let count = match start {
        // `PyNumber_Index` gives an exact int itself, which `enum_new` keeps when it is past
        // `Py_ssize_t` (`en_longindex`).
        Some(s) if s.as_i64().is_none() && s.is_int() && s.class().is(&vm.types.int_type) => {
            s.clone()
        }
        Some(s) if s.is_int() => vm.bigint(s.as_bigint().unwrap_or_default()),
        Some(s) => {
            let i = vm.index_value(s)?;
            vm.int(i)
        }
        None => vm.int(0),
    };
    let it = vm.iter(iterable)?;
    // `enum_new` makes its result tuple up front, `(None, None)`.
    let result = Some(vm.tuple(vec![vm.none(), vm.none()]));
    Ok(vm.iterator(IterState::Enumerate { it, count, result }, class))
}

pub fn builtin_zip(vm: &mut Vm, args: Args) -> PyResult {
    let class = vm.types.zip_type.clone();
    zip_new(vm, args, &class)
}

/// `zip_new`: a `zip` object of `class` (`zip` or a Python subclass).
pub fn zip_new(vm: &mut Vm, args: Args, class: &PyRef) -> PyResult {
    let kw = parse_kwargs_borrowed(vm, "zip", args, &["strict"])?;
    let strict = match kw[0] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let mut its = Vec::with_capacity(args.positional().len());
    for iterable in args.positional() {
        its.push(vm.iter(iterable)?);
    }
    // `zip_new` makes its result tuple up front, filled with None.
    let result = Some(vm.tuple(vec![vm.none(); its.len()]));
    Ok(vm.iterator(
        IterState::Zip {
            its: vm.tuple(its),
            strict,
            result,
        },
        class,
    ))
}

pub fn builtin_map(vm: &mut Vm, args: Args) -> PyResult {
    let class = vm.types.map_type.clone();
    map_new(vm, args, &class)
}

/// `map_new`: a `map` object of `class` (`map` or a Python subclass).
pub fn map_new(vm: &mut Vm, args: Args, class: &PyRef) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    let a = args.positional();
    if a.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(a.len() - 1);
    for iterable in &a[1..] {
        its.push(vm.iter(iterable)?);
    }
    Ok(vm.iterator(
        IterState::Map {
            its: vm.tuple(its),
            func: a[0].clone(),
        },
        class,
    ))
}

pub fn builtin_filter(vm: &mut Vm, args: Args) -> PyResult {
    let class = vm.types.filter_type.clone();
    filter_new(vm, args, &class)
}

/// `filter_new`: a `filter` object of `class` (`filter` or a Python subclass).
pub fn filter_new(vm: &mut Vm, args: Args, class: &PyRef) -> PyResult {
    let a = func_args(vm, "filter", args, 2, 2)?;
    let it = vm.iter(&a[1])?;
    Ok(vm.iterator(
        IterState::Filter {
            func: a[0].clone(),
            it,
        },
        class,
    ))
}
