//! The container slots of the builtin sequences, mappings, sets, dict views, ranges,
//! slices and iterators as callable methods (`list.__iadd__`, `dict.__or__`,
//! `dict_keys.__and__`, `range.__reversed__`...), for the tables in `objects::slots`.
//!
//! Every wrapper works on the payload, never through the type's special methods: a subclass
//! overriding `__iter__` or `__getitem__` calls `list.__iter__(self)` to reach the builtin
//! behaviour, and a wrapper that dispatched again would come back to the override.

use super::num_slots::{binary_operands, operands, unary_operand};
use crate::bytecode::{BinaryOperator, CompareKind};
use crate::heap::PyRef;
use crate::objects::dictview;
use crate::objects::iterators::IterState;
use crate::objects::payload::Payload;
use crate::objects::set::SetData;
use crate::vm::{Args, PyResult, Vm};

// ---- the item protocol ----

pub fn getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (o, k) = binary_operands(vm, &args)?;
    match vm.native_getitem(o, k)? {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!("'{}' object is not subscriptable", o.class_name()))),
    }
}

pub fn setitem(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, 2)?;
    vm.native_setitem(&a[0], &a[1], a[2].clone())?;
    Ok(vm.none())
}

pub fn delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (o, k) = binary_operands(vm, &args)?;
    vm.native_delitem(o, k)?;
    Ok(vm.none())
}

pub fn len(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    let n = vm.native_len(o)?.unwrap_or(0);
    Ok(vm.int(n as i64))
}

pub fn contains(vm: &mut Vm, args: Args) -> PyResult {
    let (o, x) = binary_operands(vm, &args)?;
    let r = match &o.payload {
        Payload::DictView { .. } => dictview::contains(vm, o, x)?,
        Payload::Bytes(_) | Payload::ByteArray(_) => bytes_contains(vm, o, x)?,
        // `set_contains`: an unhashable set is looked for as the frozenset it equals.
        Payload::Set(_) | Payload::FrozenSet(_) if matches!(x.payload, Payload::Set(_)) => {
            let data = super::set_data_from(vm, x)?;
            let frozen = PyRef::new(&vm.types.frozenset_type, Payload::FrozenSet(Box::new(data)));
            vm.native_contains(o, &frozen)?.unwrap_or(false)
        }
        _ => vm.native_contains(o, x)?.unwrap_or(false),
    };
    Ok(vm.bool(r))
}

/// `x in b` for bytes and bytearray: a byte value, or a bytes-like subsequence.
fn bytes_contains(vm: &mut Vm, haystack: &PyRef, x: &PyRef) -> PyResult<bool> {
    let data = bytes_of(haystack).unwrap_or_default();
    if let Some(needle) = bytes_of(x) {
        return Ok(needle.is_empty() || data.windows(needle.len()).any(|w| w == needle));
    }
    if !vm.index_check(x) {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            x.class_name()
        )));
    }
    let v = match x.as_i64() {
        Some(v) => v,
        None if x.is_int() => -1,
        None => vm.index_value(x)?,
    };
    if !(0..256).contains(&v) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(data.contains(&(v as u8)))
}

pub fn iter(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    match native_iter(vm, o) {
        Some(it) => Ok(it),
        None => Err(vm.type_error(format!("'{}' object is not iterable", o.class_name()))),
    }
}

/// A new iterator over a builtin payload, of CPython's iterator class for it.
pub fn native_iter(vm: &Vm, o: &PyRef) -> Option<PyRef> {
    let t = &vm.types;
    let seq = |class: &PyRef| {
        vm.iterator(
            IterState::Seq {
                seq: Some(o.clone()),
                index: 0,
            },
            class,
        )
    };
    Some(match &o.payload {
        Payload::List(_) => seq(&t.list_iterator_type),
        Payload::Tuple(_) => seq(&t.tuple_iterator_type),
        Payload::Str(s) if s.as_str().is_ascii() => seq(&t.str_iterator_type),
        Payload::Str(_) => seq(&t.str_unicode_iterator_type),
        Payload::Bytes(_) => seq(&t.bytes_iterator_type),
        Payload::ByteArray(_) => seq(&t.bytearray_iterator_type),
        Payload::Dict(d) => {
            let n = d.borrow().len();
            vm.iterator(
                IterState::Dict {
                    dict: Some(o.clone()),
                    pos: 0,
                    len: n,
                    left: n,
                    kind: 0,
                    reverse: false,
                    result: None,
                },
                &t.dict_keyiterator_type,
            )
        }
        Payload::Set(_) | Payload::FrozenSet(_) => {
            let len = match &o.payload {
                Payload::Set(s) => s.borrow().len(),
                Payload::FrozenSet(s) => s.len(),
                _ => 0,
            };
            vm.iterator(
                IterState::Set {
                    set: Some(o.clone()),
                    pos: 0,
                    len,
                },
                &t.set_iterator_type,
            )
        }
        Payload::Range { start, stop, step } => {
            match (start.as_i64(), stop.as_i64(), step.as_i64()) {
                (Some(next), Some(stop), Some(step)) => vm.iterator(
                    IterState::Range { next, stop, step },
                    &t.range_iterator_type,
                ),
                // Bounds beyond `i64` (CPython's `longrange_iterator`): by index.
                _ => seq(&t.longrange_iterator_type),
            }
        }
        Payload::DictView { .. } => dictview::iter(vm, o),
        Payload::Iterator(_) | Payload::Generator { .. } => o.clone(),
        _ => return None,
    })
}

/// `__reversed__` of `list`, `dict`, `range` and the dict views.
pub fn reversed(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    match crate::builtins::iteration::native_reversed(vm, o)? {
        Some(it) => Ok(it),
        None => Err(vm.type_error(format!("'{}' object is not reversible", o.class_name()))),
    }
}

// ---- concatenation and repetition ----

/// `__add__` of `str`, `bytes`, `bytearray`, `list` and `tuple` (`sq_concat`): an error,
/// not `NotImplemented`, for an operand of another kind.
pub fn concat(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    if let Payload::Bytes(x) = &a.payload {
        return match bytes_of(b) {
            Some(y) => {
                let v = crate::heap::limits::concat(x, &y).map_err(|e| vm.no_memory(e))?;
                Ok(vm.bytes(v))
            }
            None => concat_refused(vm, a, b),
        };
    }
    if let Some(r) = vm.sequence_op(a, b, BinaryOperator::Add, false)? {
        return Ok(r);
    }
    concat_refused(vm, a, b)
}

/// What `sq_concat` does with an operand it cannot take. CPython's operator tries the
/// other operand's `__radd__` before the sequence's concatenation, but the VM asks this
/// wrapper first: so when a Python class's `__radd__` could answer, the answer is
/// `NotImplemented`, leaving the VM to ask it; otherwise CPython's error (no builtin
/// `__radd__` takes a sequence).
fn concat_refused(vm: &mut Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let heap = b.class().type_data().is_some_and(|t| t.is_heap_type);
    if heap && vm.lookup_special(b, "__radd__").is_some() {
        return Ok(vm.not_implemented.clone());
    }
    Err(concat_error(vm, a, b))
}

fn concat_error(vm: &Vm, a: &PyRef, b: &PyRef) -> crate::vm::PyErr {
    let kind = seq_kind(a);
    match &a.payload {
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            vm.type_error(format!("can't concat {} to {kind}", b.class_name()))
        }
        _ => vm.type_error(format!(
            "can only concatenate {kind} (not \"{}\") to {kind}",
            b.class_name()
        )),
    }
}

/// The builtin sequence kind of a payload, as CPython's messages name it.
fn seq_kind(o: &PyRef) -> &'static str {
    match &o.payload {
        Payload::Str(_) => "str",
        Payload::Bytes(_) => "bytes",
        Payload::ByteArray(_) => "bytearray",
        Payload::List(_) => "list",
        _ => "tuple",
    }
}

/// The bytes of a bytes-like operand (`bytes`, `bytearray`).
fn bytes_of(o: &PyRef) -> Option<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// `__iadd__` of `list` (`list.extend`) and `bytearray`.
pub fn inplace_concat(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    if let Payload::List(l) = &a.payload {
        crate::objects::sizeof::list_extend_from(vm, l, b)?;
        return Ok(a.clone());
    }
    if bytes_of(b).is_some() {
        if let Some(r) = vm.sequence_op(a, b, BinaryOperator::Add, true)? {
            return Ok(r);
        }
    }
    concat_refused(vm, a, b)
}

/// `__mul__` and `__rmul__` of the sequences (`sq_repeat`: the count is on either side).
pub fn repeat(vm: &mut Vm, args: Args) -> PyResult {
    repeat_with(vm, args, false)
}

/// `__imul__` of `list` and `bytearray`.
pub fn inplace_repeat(vm: &mut Vm, args: Args) -> PyResult {
    repeat_with(vm, args, true)
}

fn repeat_with(vm: &mut Vm, args: Args, inplace: bool) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    // Not an index: the VM's operator goes on to the other operand, then says "can't
    // multiply sequence by non-int", as CPython's `sequence_repeat`.
    if !b.is_int() && vm.lookup_special(b, "__index__").is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let n = repeat_count(vm, b)?;
    if let Payload::ByteArray(data) = &a.payload {
        let repeated = crate::heap::limits::repeat(&data.borrow(), n);
        let v = repeated.map_err(|e| vm.no_memory(e))?;
        if inplace {
            // `bytearray_irepeat`: `*= 1` leaves it alone; else `PyByteArray_Resize` to the
            // new length (its over-allocation rules), then the copies.
            if n == 1 {
                return Ok(a.clone());
            }
            if v.len() != data.borrow().len() {
                crate::objects::memoryview::check_resizable(vm, a)?;
            }
            let mut d = data.borrow_mut();
            crate::objects::sizeof::try_bytearray_resize_in(a, &mut d, v.len())
                .map_err(|e| vm.no_memory(e))?;
            d.copy_from_slice(&v);
            return Ok(a.clone());
        }
        let v = crate::objects::sizeof::bytearray_exact(&v);
        return Ok(PyRef::new(
            &vm.types.bytearray_type,
            Payload::ByteArray(std::cell::RefCell::new(v)),
        ));
    }
    let count = vm.int(n as i64);
    match vm.sequence_op(a, &count, BinaryOperator::Multiply, inplace)? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            b.class_name()
        ))),
    }
}

/// A repeat count: an int or an object with `__index__`; negative counts are zero.
fn repeat_count(vm: &mut Vm, n: &PyRef) -> PyResult<usize> {
    let v = match &n.payload {
        Payload::BigInt(b) if b.sign() == num_bigint::Sign::Minus => 0,
        Payload::BigInt(_) => {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
        }
        _ if n.is_int() || vm.lookup_special(n, "__index__").is_some() => vm.index_value(n)?,
        _ => {
            return Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                n.class_name()
            )))
        }
    };
    Ok(v.max(0) as usize)
}

/// `str.__mod__`: printf-style formatting.
pub fn str_mod(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    vm.percent_format(a, b)
}

/// `str.__rmod__`: formats with the other operand as the format, when it is a str.
pub fn str_rmod(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    if !matches!(b.payload, Payload::Str(_)) {
        return Ok(vm.not_implemented.clone());
    }
    vm.percent_format(b, a)
}

/// `bytes.__mod__` and `bytearray.__mod__`: printf-style formatting of bytes, done as the
/// str formatting of their Latin-1 text with the arguments each conversion takes turned
/// into that text first (`%s`/`%b` want bytes-like objects, `%r`/`%a` give `ascii()`).
pub fn bytes_mod(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    let fmt = bytes_of(a).unwrap_or_default();
    let out = crate::objects::methods::bytes_format::format(vm, &fmt, b)?;
    Ok(match &a.payload {
        Payload::ByteArray(_) => PyRef::new(
            &vm.types.bytearray_type,
            Payload::ByteArray(std::cell::RefCell::new(
                crate::objects::sizeof::bytearray_exact(&out),
            )),
        ),
        _ => vm.bytes(out),
    })
}

/// `bytes.__rmod__`: formatting belongs to the left operand, a bytes format only.
pub fn bytes_rmod(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    if !matches!(b.payload, Payload::Bytes(_) | Payload::ByteArray(_)) {
        return Ok(vm.not_implemented.clone());
    }
    let swapped = [b.clone(), a.clone()];
    bytes_mod(vm, Args::new(&swapped))
}

// ---- dict ----

/// `dict.__or__` / `dict.__ror__`: a new dict, for two dicts only.
pub fn dict_or(vm: &mut Vm, args: Args, reflected: bool) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    if !matches!(b.payload, Payload::Dict(_)) {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    dict_union(vm, x, y)
}

/// `dict_or`'s result: a `PyDict_Copy` of the left dict, updated from the right one.
pub fn dict_union(vm: &mut Vm, left: &PyRef, right: &PyRef) -> PyResult {
    let Payload::Dict(l) = &left.payload else {
        return Ok(vm.not_implemented.clone());
    };
    let d = vm.dict_from(l.borrow().clone_entries());
    vm.dict_merge(&d, right, false)?;
    Ok(d)
}

/// `dict.__ior__`: `update` with any mapping or iterable of pairs.
pub fn dict_ior(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    if let Payload::Dict(d) = &a.payload {
        crate::objects::methods::dict_update_from(vm, d, b)?;
    }
    Ok(a.clone())
}

// ---- sets and set-like views ----

fn is_any_set(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_))
}

/// `set` / `frozenset` binary operators: both operands sets, the result of the left one's
/// kind.
pub fn set_op(vm: &mut Vm, args: Args, op: BinaryOperator, reflected: bool) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    if !is_any_set(b) {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let r = crate::objects::methods::set_binary_op(vm, x, y, op)?;
    Ok(r.unwrap_or_else(|| vm.not_implemented.clone()))
}

/// `set.__ior__`, `__iand__`, `__isub__`, `__ixor__`: the receiver updated in place.
pub fn set_inplace(vm: &mut Vm, args: Args, op: BinaryOperator) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    if !is_any_set(b) {
        return Ok(vm.not_implemented.clone());
    }
    let r = crate::objects::methods::set_inplace_op(vm, a, b, op)?;
    Ok(r.unwrap_or_else(|| vm.not_implemented.clone()))
}

/// `set.__reduce__`: `(type(s), (list(s),), s.__dict__ or None)`.
pub fn set_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let s = unary_operand(vm, &args)?;
    let items: Vec<PyRef> = match &s.payload {
        Payload::Set(d) => d.borrow().iter().map(|(_, k)| k.clone()).collect(),
        Payload::FrozenSet(d) => d.iter().map(|(_, k)| k.clone()).collect(),
        _ => Vec::new(),
    };
    let list = vm.list(items);
    let state = instance_state(vm, s)?;
    Ok(vm.tuple(vec![s.class().clone(), vm.tuple(vec![list]), state]))
}

/// An object's `__dict__` if it has a non-empty one, else None.
pub fn instance_state(vm: &mut Vm, o: &PyRef) -> PyResult {
    match vm.getattr_opt(o, "__dict__")? {
        Some(d) if matches!(&d.payload, Payload::Dict(dd) if !dd.borrow().is_empty()) => Ok(d),
        _ => Ok(vm.none()),
    }
}

/// The binary operators of `dict_keys` and `dict_items`: the view's items as a set,
/// combined with any iterable (on either side for the reflected ones).
pub fn view_op(vm: &mut Vm, args: Args, op: BinaryOperator, reflected: bool) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let (x, y) = (as_set(vm, x)?, as_set(vm, y)?);
    let r = crate::objects::methods::set_binary_op(vm, &x, &y, op)?;
    Ok(r.unwrap_or_else(|| vm.not_implemented.clone()))
}

/// A set holding the items of any iterable (the view's items for a view).
fn as_set(vm: &mut Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::DictView { .. } => dictview::to_set(vm, o),
        _ => {
            let s = vm.set(SetData::new());
            for item in vm.iterate(o)? {
                vm.set_add(&s, item)?;
            }
            Ok(s)
        }
    }
}

/// Rich comparison of `dict_keys` / `dict_items` with sets and set-like views.
pub fn view_compare(vm: &mut Vm, args: Args, kind: CompareKind) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    let set_like = is_any_set(b)
        || (matches!(b.payload, Payload::DictView { .. }) && dictview::is_set_like(b));
    if !set_like {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = (as_set(vm, a)?, as_set(vm, b)?);
    let r = vm.native_compare(&x, &y, kind)?;
    Ok(match r {
        Some(r) => vm.bool(r),
        None => vm.not_implemented.clone(),
    })
}

// ---- range and slice ----

pub fn range_bool(vm: &mut Vm, args: Args) -> PyResult {
    let r = unary_operand(vm, &args)?;
    // `range_bool`: the length as an int, so a range past `sys.maxsize` is true too.
    let nonempty = vm
        .range_len_big(r)
        .is_some_and(|n| n != num_bigint::BigInt::from(0));
    Ok(vm.bool(nonempty))
}

/// `range.__reduce__` and `slice.__reduce__`: `(type, (start, stop, step))`.
pub fn bounds_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    let (Payload::Range { start, stop, step } | Payload::Slice { start, stop, step }) = &o.payload
    else {
        return Ok(vm.none());
    };
    let bounds = vm.tuple(vec![start.clone(), stop.clone(), step.clone()]);
    Ok(vm.tuple(vec![o.class().clone(), bounds]))
}

/// `slice.__eq__`, `__lt__`...: slices compare as `(start, stop, step)` tuples.
pub fn slice_compare(vm: &mut Vm, args: Args, kind: CompareKind) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    let as_tuple = |vm: &Vm, o: &PyRef| match &o.payload {
        Payload::Slice { start, stop, step } => {
            Some(vm.tuple(vec![start.clone(), stop.clone(), step.clone()]))
        }
        _ => None,
    };
    let (Some(x), Some(y)) = (as_tuple(vm, a), as_tuple(vm, b)) else {
        return Ok(vm.not_implemented.clone());
    };
    match vm.native_compare(&x, &y, kind)? {
        Some(r) => Ok(vm.bool(r)),
        None => Ok(vm.not_implemented.clone()),
    }
}

// ---- iterators ----

pub fn iter_self(vm: &mut Vm, args: Args) -> PyResult {
    Ok(unary_operand(vm, &args)?.clone())
}

pub fn iter_next(vm: &mut Vm, args: Args) -> PyResult {
    let it = unary_operand(vm, &args)?;
    // The native advance itself: `vm.next` of a subclass instance comes back here.
    let next = match &it.payload {
        Payload::Iterator(_) => vm.iterator_next(it)?,
        _ => vm.next(it)?,
    };
    match next {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

pub fn length_hint(vm: &mut Vm, args: Args) -> PyResult {
    let it = unary_operand(vm, &args)?;
    let n = crate::objects::sizeof::length_hint(vm, it, 0)?;
    Ok(vm.int(n as i64))
}

/// A builtin by name (`iter`, `reversed`...), as the iterators' `__reduce__` return it.
fn builtin_named(vm: &Vm, name: &str) -> PyRef {
    let found = vm.dict_payload(&vm.builtins_dict).and_then(|d| {
        d.borrow()
            .get_str(crate::objects::str::str_hash(name), name)
            .cloned()
    });
    found.unwrap_or_else(|| vm.none())
}

/// `__reduce__` of the builtin iterators: the callable and arguments that rebuild one in
/// its current position (the index as the state where there is one).
pub fn iter_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let it = unary_operand(vm, &args)?;
    let Payload::Iterator(state) = &it.payload else {
        return Ok(vm.none());
    };
    let iter = builtin_named(vm, "iter");
    let empty = {
        let t = &vm.types;
        let class = it.class();
        if class.is(&t.list_iterator_type) || class.is(&t.list_reverseiterator_type) {
            vm.list(Vec::new())
        } else if class.is(&t.str_iterator_type) || class.is(&t.str_unicode_iterator_type) {
            vm.str("")
        } else {
            vm.tuple(Vec::new())
        }
    };
    // What is needed is copied out first: draining a copy below runs the VM.
    enum Plan {
        Call(PyRef, Vec<PyRef>, Option<PyRef>),
        Remaining(IterState, PyRef),
    }
    let plan = {
        let st = state.borrow();
        match &*st {
            IterState::Seq {
                seq: Some(s),
                index,
            } => Plan::Call(iter.clone(), vec![s.clone()], Some(vm.int(*index as i64))),
            IterState::SeqReverse {
                seq: Some(s),
                index,
            } => Plan::Call(
                builtin_named(vm, "reversed"),
                vec![s.clone()],
                Some(vm.int(*index as i64)),
            ),
            IterState::Range { next, stop, step } => {
                let range = PyRef::new(
                    &vm.types.range_type,
                    Payload::Range {
                        start: vm.int(*next),
                        stop: vm.int(*stop),
                        step: vm.int(*step),
                    },
                );
                Plan::Call(iter.clone(), vec![range], Some(vm.int(0)))
            }
            IterState::Dict {
                dict: Some(d),
                pos,
                len,
                left,
                kind,
                reverse,
                ..
            } => Plan::Remaining(
                IterState::Dict {
                    dict: Some(d.clone()),
                    pos: *pos,
                    len: *len,
                    left: *left,
                    kind: *kind,
                    reverse: *reverse,
                    result: None,
                },
                it.class().clone(),
            ),
            IterState::ODict {
                od: Some(od),
                current,
                kind,
                reverse,
                size,
                state,
                ..
            } => Plan::Remaining(
                IterState::ODict {
                    od: Some(od.clone()),
                    current: current.clone(),
                    kind: *kind,
                    reverse: *reverse,
                    size: *size,
                    state: *state,
                    result: None,
                },
                it.class().clone(),
            ),
            IterState::Set {
                set: Some(s),
                pos,
                len,
            } => Plan::Remaining(
                IterState::Set {
                    set: Some(s.clone()),
                    pos: *pos,
                    len: *len,
                },
                it.class().clone(),
            ),
            IterState::Enumerate {
                it: inner, count, ..
            } => Plan::Call(
                builtin_named(vm, "enumerate"),
                vec![inner.clone(), count.clone()],
                None,
            ),
            IterState::Zip { its, strict, .. } => Plan::Call(
                builtin_named(vm, "zip"),
                its.tuple_items().unwrap_or_default().to_vec(),
                strict.then(|| vm.bool(true)),
            ),
            IterState::Map { its, func } => {
                let mut a = vec![func.clone()];
                a.extend(its.tuple_items().unwrap_or_default().iter().cloned());
                Plan::Call(builtin_named(vm, "map"), a, None)
            }
            IterState::Filter { func, it: inner } => Plan::Call(
                builtin_named(vm, "filter"),
                vec![func.clone(), inner.clone()],
                None,
            ),
            IterState::CallIter { callable, sentinel } => {
                Plan::Call(iter.clone(), vec![callable.clone(), sentinel.clone()], None)
            }
            _ => Plan::Call(iter.clone(), vec![empty], None),
        }
    };
    let (callable, call_args, state) = match plan {
        Plan::Call(c, a, s) => (c, a, s),
        Plan::Remaining(st, class) => {
            let copy = vm.iterator(st, &class);
            let rest = vm.iterate(&copy)?;
            (iter, vec![vm.list(rest)], None)
        }
    };
    let mut out = vec![callable, vm.tuple(call_args)];
    out.extend(state);
    Ok(vm.tuple(out))
}

/// `__setstate__` of the index-based iterators: the position to resume from (clamped to
/// the sequence, as CPython's); `zip.__setstate__` sets `strict`.
pub fn iter_setstate(vm: &mut Vm, args: Args) -> PyResult {
    let (it, value) = binary_operands(vm, &args)?;
    let Payload::Iterator(state) = &it.payload else {
        return Ok(vm.none());
    };
    let (is_zip, seq) = match &*state.borrow() {
        IterState::Zip { .. } => (true, None),
        IterState::Seq { seq, .. } | IterState::SeqReverse { seq, .. } => (false, seq.clone()),
        _ => (false, None),
    };
    if is_zip {
        let t = vm.is_true(value)?;
        if let IterState::Zip { strict, .. } = &mut *state.borrow_mut() {
            *strict = t;
        }
        return Ok(vm.none());
    }
    let n = vm.index_value(value)?;
    let Some(s) = seq else {
        return Ok(vm.none());
    };
    let len = vm.native_len(&s)?.unwrap_or(0) as i64;
    match &mut *state.borrow_mut() {
        IterState::Seq { index, .. } => *index = n.clamp(0, len) as usize,
        IterState::SeqReverse { index, .. } => *index = n.clamp(-1, len - 1) as isize,
        _ => {}
    }
    Ok(vm.none())
}
