//! Numeric builtins: `abs`, `divmod`, `pow`, `round`, `min`, `max`, `sum`, `hex`, `oct`,
//! `bin`. Builtin numbers go through `objects::number`; everything else through the special
//! methods, with CPython's fallbacks and messages.

use crate::bytecode::{BinaryOperator, CompareKind};
use crate::heap::PyRef;
use crate::objects::methods::{bind_params, bind_params_borrowed, func_args};
use crate::objects::number;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, Zero};

pub fn builtin_abs(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "abs()", args, 1, 1)?;
    let x = &a[0];
    // A subclass's `nb_absolute` may be its own `__abs__`.
    if x.class().type_data().is_some_and(|t| t.is_heap_type) {
        return match vm.call_special(x, "__abs__", &[])? {
            Some(r) => Ok(r),
            None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", x.class_name()))),
        };
    }
    match &x.payload {
        // `long_abs` of a machine-size exact int, without going through a big integer.
        Payload::Int(n) if x.class().is(&vm.types.int_type) && *n != i64::MIN => {
            Ok(if *n >= 0 { x.clone() } else { vm.int(-*n) })
        }
        Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_) => {
            let v = x.as_bigint().unwrap_or_default();
            if !v.is_negative() {
                // `long_abs` of a non-negative int is `long_long`: the int itself.
                return Ok(number::exact_copy(vm, x).unwrap_or_else(|| vm.bigint(v)));
            }
            Ok(vm.bigint(v.abs()))
        }
        Payload::Float(f) => Ok(vm.float(f.abs())),
        Payload::Complex(re, im) => Ok(vm.float(re.hypot(*im))),
        _ => match vm.call_special(x, "__abs__", &[])? {
            Some(r) => Ok(r),
            None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", x.class_name()))),
        },
    }
}

/// Calls `a.<name>(b)`, treating a missing method and `NotImplemented` alike (None).
fn try_special(vm: &mut Vm, a: &PyRef, name: &str, args: &[PyRef]) -> PyResult<Option<PyRef>> {
    Ok(vm
        .call_special(a, name, args)?
        .filter(|r| !matches!(r.payload, Payload::NotImplemented)))
}

pub fn builtin_divmod(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "divmod", args, 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    if let Some(r) = number::divmod(vm, x, y)? {
        return Ok(r);
    }
    if let Some(r) = try_special(vm, x, "__divmod__", std::slice::from_ref(y))? {
        return Ok(r);
    }
    if !x.class().is(y.class()) {
        if let Some(r) = try_special(vm, y, "__rdivmod__", std::slice::from_ref(x))? {
            return Ok(r);
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        x.class_name(),
        y.class_name()
    )))
}

pub fn builtin_pow(vm: &mut Vm, args: Args) -> PyResult {
    let p = bind_params(vm, "pow", args, 0, &["base", "exp", "mod"], 2, 3)?;
    let (base, exp) = (
        p[0].clone().unwrap_or_else(|| vm.none()),
        p[1].clone().unwrap_or_else(|| vm.none()),
    );
    match p[2]
        .as_ref()
        .filter(|m| !matches!(m.payload, Payload::NoneValue))
    {
        None => vm.binary_op(&base, &exp, BinaryOperator::Power, false),
        Some(m) => ternary_pow(vm, &base, &exp, m),
    }
}

/// The `nb_power` slot of a type, as `ternary_op` tells them apart: a class defined in
/// Python that has `__pow__` or `__rpow__` (`slot_nb_power`), or the builtin numbers'.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PowSlot {
    Missing,
    Heap,
    Proxy,
    Int,
    Float,
    Complex,
}

/// A weakref proxy's referent (`UNWRAP`), anything else itself.
fn unwrap_proxy(vm: &Vm, x: &PyRef) -> PyResult {
    let cls = x.class();
    if !(cls.is(&vm.types.weakproxy_type) || cls.is(&vm.types.weakcallableproxy_type)) {
        return Ok(x.clone());
    }
    let target = crate::modules::weakref::referent_or_none(vm, x);
    if matches!(target.payload, Payload::NoneValue) {
        return Err(vm.new_error(
            "ReferenceError",
            "weakly-referenced object no longer exists",
        ));
    }
    Ok(target)
}

fn pow_slot(vm: &Vm, cls: &PyRef) -> PowSlot {
    let Some(t) = cls.type_data() else {
        return PowSlot::Missing;
    };
    let hashes = [
        ("__pow__", crate::static_str_hash!("__pow__")),
        ("__rpow__", crate::static_str_hash!("__rpow__")),
    ];
    for c in t.mro().iter() {
        if c.is(&vm.types.weakproxy_type) || c.is(&vm.types.weakcallableproxy_type) {
            return PowSlot::Proxy;
        }
        if c.is(&vm.types.int_type) {
            return PowSlot::Int;
        }
        if c.is(&vm.types.float_type) {
            return PowSlot::Float;
        }
        if c.is(&vm.types.complex_type) {
            return PowSlot::Complex;
        }
        let Some(ct) = c.type_data() else { continue };
        if ct.is_heap_type
            && hashes
                .iter()
                .any(|(n, h)| ct.dict.borrow().get_str(*h, n).is_some())
        {
            return PowSlot::Heap;
        }
    }
    PowSlot::Missing
}

/// `ternary_op(v, w, z, nb_power)`: `pow()` with a modulus tries the slot of `v`'s type,
/// then `w`'s, then `z`'s (each once), as CPython does; a class's `__pow__` is only ever
/// called on `v` (`slot_nb_power`: three-argument power never uses `__rpow__`).
fn ternary_pow(vm: &mut Vm, v: &PyRef, w: &PyRef, z: &PyRef) -> PyResult {
    let slot_v = pow_slot(vm, v.class());
    let mut slot_w = PowSlot::Missing;
    if !w.class().is(v.class()) {
        slot_w = pow_slot(vm, w.class());
        if slot_w == slot_v {
            slot_w = PowSlot::Missing;
        }
    }
    let mut slot_z = pow_slot(vm, z.class());
    if slot_z == slot_v || slot_z == slot_w {
        slot_z = PowSlot::Missing;
    }
    let w_first = slot_v != PowSlot::Missing
        && slot_w != PowSlot::Missing
        && vm.is_subclass(w.class(), v.class());
    let order = if w_first {
        [slot_w, slot_v, slot_z]
    } else {
        [slot_v, slot_w, slot_z]
    };
    for slot in order {
        let r = match slot {
            PowSlot::Missing => None,
            PowSlot::Heap if slot_v == PowSlot::Heap => {
                // `lookup_method`'s AttributeError carries the bare name.
                let r = vm
                    .call_special(v, "__pow__", &[w.clone(), z.clone()])?
                    .ok_or_else(|| vm.attribute_error("__pow__"))?;
                (!matches!(r.payload, Payload::NotImplemented)).then_some(r)
            }
            PowSlot::Heap => None,
            // `proxy_pow`: the referents, through the whole protocol again.
            PowSlot::Proxy => {
                let [v, w, z] = [v, w, z].map(|x| unwrap_proxy(vm, x));
                return ternary_pow(vm, &v?, &w?, &z?);
            }
            // `long_pow`: ints only, the modulus an int too.
            PowSlot::Int if v.is_int() && w.is_int() && z.is_int() => {
                Some(number::pow3(vm, v, w, z)?)
            }
            PowSlot::Int => None,
            // `float_pow` refuses a modulus before looking at its operands.
            PowSlot::Float => {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ))
            }
            // `complex_pow` converts both operands first.
            PowSlot::Complex => {
                let num = |x: &PyRef| {
                    x.is_int() || matches!(x.payload, Payload::Float(_) | Payload::Complex(..))
                };
                if num(v) && num(w) {
                    return Err(vm.value_error("complex modulo"));
                }
                None
            }
        };
        if let Some(r) = r {
            return Ok(r);
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        v.class_name(),
        w.class_name(),
        z.class_name()
    )))
}

/// `round(number[, ndigits])`: ties to even; floats with `ndigits` via the format library's
/// correctly rounded `round_float`.
pub fn builtin_round(vm: &mut Vm, args: Args) -> PyResult {
    let p = bind_params(vm, "round", args, 0, &["number", "ndigits"], 1, 2)?;
    let x = p[0].clone().unwrap_or_else(|| vm.none());
    let ndigits = p[1]
        .clone()
        .filter(|n| !matches!(n.payload, Payload::NoneValue));
    if let Some(r) = round_native(vm, &x, ndigits.clone())? {
        return Ok(r);
    }
    let extra: Vec<PyRef> = ndigits.into_iter().collect();
    match vm.call_special(&x, "__round__", &extra)? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            x.class_name()
        ))),
    }
}

/// Rounding of the builtin ints and floats (`int.__round__`, `float.__round__` and
/// `round()` share it); `Ok(None)` for other payloads.
pub fn round_native(vm: &mut Vm, x: &PyRef, ndigits: Option<PyRef>) -> PyResult<Option<PyRef>> {
    Ok(Some(match (&x.payload, ndigits) {
        (Payload::Float(f), None) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            vm.bigint(BigInt::from_f64(f.round_ties_even()).unwrap_or_default())
        }
        (Payload::Float(f), Some(n)) => {
            let n = vm.index_value(&n)?;
            let r = crate::format::float::round_float(*f, n).map_err(|e| vm.format_error(e))?;
            vm.float(r)
        }
        (Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_), None) => {
            number::exact_copy(vm, x).unwrap_or_else(|| vm.int(0))
        }
        (Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_), Some(n)) => {
            let n = vm.index_value(&n)?;
            let v = x.as_bigint().unwrap_or_default();
            if n >= 0 {
                return Ok(Some(
                    number::exact_copy(vm, x).unwrap_or_else(|| vm.bigint(v)),
                ));
            }
            vm.bigint(round_int(&v, n.unsigned_abs()))
        }
        _ => return Ok(None),
    }))
}

/// `v` rounded to a multiple of `10**digits`, ties to even.
fn round_int(v: &BigInt, digits: u64) -> BigInt {
    let Ok(digits) = u32::try_from(digits) else {
        return BigInt::zero();
    };
    let unit = num_traits::pow::Pow::pow(&BigInt::from(10), digits);
    let (q, r) = v.div_mod_floor(&unit);
    let twice = &r * 2;
    let q = if twice > unit || (twice == unit && q.is_odd()) {
        q + 1
    } else {
        q
    };
    q * unit
}

/// `a <kind> b` as a bool: native for numbers and strings, else the rich comparison.
fn compare_bool(vm: &mut Vm, a: &PyRef, b: &PyRef, kind: CompareKind) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_str_opt(), b.as_str_opt()) {
        return Ok(if kind == CompareKind::Lt {
            x < y
        } else {
            x > y
        });
    }
    if let Some(ord) = number::num_compare(a, b) {
        return Ok(ord
            == if kind == CompareKind::Lt {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Greater
            });
    }
    let r = vm.compare(a, b, kind)?;
    vm.is_true(&r)
}

/// `min`/`max`: one iterable or several arguments, `key=`, `default=`.
fn min_max(vm: &mut Vm, args: Args, name: &str, kind: CompareKind) -> PyResult {
    let positional = args.positional();
    // `min_max` borrows its arguments and walks the iterable one item at a time, holding
    // only the best item and its key: a loser dies as soon as it is compared.
    let kw = crate::objects::methods::parse_kwargs_borrowed(vm, name, args, &["key", "default"])?;
    let key = kw[0].filter(|k| !matches!(k.payload, Payload::NoneValue));
    // One iterable is iterated; several arguments are walked in place (the call's
    // argument vector stands for CPython's `args` tuple, which holds them already).
    let it = match positional.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => Some(vm.iter(&positional[0])?),
        _ => {
            if kw[1].is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            None
        }
    };
    let mut rest = positional.iter();
    // (item, key), as `maxitem` and `maxval`.
    let mut best: Option<(PyRef, PyRef)> = None;
    loop {
        let item = match &it {
            Some(it) => vm.next(it)?,
            None => rest.next().cloned(),
        };
        let Some(item) = item else {
            break;
        };
        let k = match key {
            Some(f) => vm.call(f, Args::new(std::slice::from_ref(&item)))?,
            None => item.clone(),
        };
        let replace = match &best {
            None => true,
            Some((_, best_key)) => compare_bool(vm, &k, best_key, kind)?,
        };
        if replace {
            // The old key, then the old item (`Py_DECREF(maxval); Py_DECREF(maxitem)`).
            if let Some((old_item, old_key)) = best.replace((item, k)) {
                drop(old_key);
                drop(old_item);
            }
        } else {
            // `Py_DECREF(item); Py_DECREF(val)`.
            drop(item);
            drop(k);
        }
    }
    drop(it);
    match (best, kw[1]) {
        (Some((item, k)), _) => {
            drop(k);
            Ok(item)
        }
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

pub fn builtin_min(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, "min", CompareKind::Lt)
}

pub fn builtin_max(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, "max", CompareKind::Gt)
}

pub fn builtin_sum(vm: &mut Vm, args: Args) -> PyResult {
    if args.positional().is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    // The iterable as the call holds it; the start held once more, as the running total
    // (`Py_INCREF(result)`).
    let p = bind_params_borrowed(vm, "sum", args, 0, &["iterable", "start"], 1, 2)?;
    let iterable = p[0].expect("required");
    let mut acc = p[1].cloned().unwrap_or_else(|| vm.int(0));
    match &acc.payload {
        Payload::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Payload::Bytes(_) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Payload::ByteArray(_) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.iter(iterable)?;
    // `builtin_sum_impl`'s fast loops keep the running total in a machine int while the
    // start and the items are exact ints (or bools), then in a double while they are
    // exact floats (or ints of a C long): no number object per step, as in CPython (so
    // the float free list and `id()`s go as there). An item of another kind makes the
    // total an object again, and `+` takes over from there.
    if acc.class().is(&vm.types.int_type) {
        if let Some(start) = machine_int(&acc) {
            drop(acc);
            let (total, item) = sum_ints(vm, &it, start)?;
            let Some(item) = item else {
                return Ok(vm.int(total));
            };
            acc = vm.int(total);
            acc = vm.binary_op(&acc, &item, BinaryOperator::Add, false)?;
        }
    }
    if acc.class().is(&vm.types.float_type) {
        if let Payload::Float(start) = acc.payload {
            drop(acc);
            let (total, item) = sum_floats(vm, &it, start)?;
            let Some(item) = item else {
                return Ok(vm.float(total));
            };
            acc = vm.float(total);
            acc = vm.binary_op(&acc, &item, BinaryOperator::Add, false)?;
        }
    }
    while let Some(item) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &item, BinaryOperator::Add, false)?;
    }
    Ok(acc)
}

/// `PyLong_AsLongAndOverflow` of an int (or bool, or int subclass): its value when it
/// fits a C long.
fn machine_int(x: &PyRef) -> Option<i64> {
    match &x.payload {
        Payload::Int(i) => Some(*i),
        Payload::Bool(b) => Some(i64::from(*b)),
        Payload::BigInt(b) => i64::try_from(&**b).ok(),
        _ => None,
    }
}

/// `sum`'s int loop: adds exact ints and bools to `total` while the sum fits a C long.
/// Returns the total and the item that ended the loop (None at the iterator's end).
fn sum_ints(vm: &mut Vm, it: &PyRef, mut total: i64) -> PyResult<(i64, Option<PyRef>)> {
    while let Some(item) = vm.next(it)? {
        let exact = item.class().is(&vm.types.int_type) || matches!(item.payload, Payload::Bool(_));
        let value = if exact { machine_int(&item) } else { None };
        if let Some(sum) = value.and_then(|b| total.checked_add(b)) {
            total = sum;
            continue;
        }
        return Ok((total, Some(item)));
    }
    Ok((total, None))
}

/// `sum`'s float loop: adds exact floats, and ints (subclasses too: `PyLong_Check`) that
/// fit a C long, to `total`. Returns the total and the item that ended the loop.
fn sum_floats(vm: &mut Vm, it: &PyRef, mut total: f64) -> PyResult<(f64, Option<PyRef>)> {
    while let Some(item) = vm.next(it)? {
        match item.payload {
            Payload::Float(x) if item.class().is(&vm.types.float_type) => total += x,
            Payload::Int(_) | Payload::Bool(_) | Payload::BigInt(_) => match machine_int(&item) {
                Some(b) => total += b as f64,
                None => return Ok((total, Some(item))),
            },
            _ => return Ok((total, Some(item))),
        }
    }
    Ok((total, None))
}

/// `hex`/`oct`/`bin`: the integer (via `__index__`) in base `radix` with `prefix`.
fn int_in_base(vm: &mut Vm, args: Args, name: &str, radix: u32, prefix: &str) -> PyResult {
    let a = func_args(vm, name, args, 1, 1)?;
    let v = match a[0].as_bigint() {
        Some(v) => v,
        None => match vm
            .call_special(&a[0], "__index__", &[])?
            .and_then(|r| r.as_bigint())
        {
            Some(v) => v,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    a[0].class_name()
                )))
            }
        },
    };
    let sign = if v.is_negative() { "-" } else { "" };
    Ok(vm.string(format!(
        "{sign}{prefix}{}",
        v.magnitude().to_str_radix(radix)
    )))
}

pub fn builtin_hex(vm: &mut Vm, args: Args) -> PyResult {
    int_in_base(vm, args, "hex()", 16, "0x")
}

pub fn builtin_oct(vm: &mut Vm, args: Args) -> PyResult {
    int_in_base(vm, args, "oct()", 8, "0o")
}

pub fn builtin_bin(vm: &mut Vm, args: Args) -> PyResult {
    int_in_base(vm, args, "bin()", 2, "0b")
}
