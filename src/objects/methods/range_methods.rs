//! `range` methods: `index` and `count`, computed arithmetically for ints (of any size),
//! by a search of the items for anything else (`_PySequence_IterSearch`).

use super::check_args;
use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;

pub fn register(vm: &mut Vm) {
    let range = vm.types.range_type.clone();
    vm.add_method(&range, "index", range_index);
    vm.add_method(&range, "count", range_count);
}

/// Whether `v` is an exact int or bool: the values `range_contains_long` answers for.
fn is_exact_int(vm: &Vm, v: &PyRef) -> bool {
    v.class().is(&vm.types.int_type) || v.class().is(&vm.types.bool_type)
}

/// The position of the int `v` in the range, if the range contains it.
fn position(r: &PyRef, v: &PyRef) -> Option<BigInt> {
    use num_integer::Integer;
    use num_traits::{Signed, Zero};
    let Payload::Range { start, stop, step } = &r.payload else {
        return None;
    };
    let (a, b, c, x) = (
        start.as_bigint()?,
        stop.as_bigint()?,
        step.as_bigint()?,
        v.as_bigint()?,
    );
    let inside = if c.is_positive() {
        a <= x && x < b
    } else {
        b < x && x <= a
    };
    let offset = &x - &a;
    (inside && offset.mod_floor(&c).is_zero()).then(|| offset.div_floor(&c))
}

/// The range and the value of a call, after CPython's argument check.
fn operands<'a>(vm: &mut Vm, name: &str, args: &'a Args) -> PyResult<(&'a PyRef, &'a PyRef)> {
    check_args(vm, name, &args.args[1.min(args.args.len())..], 1, 1)?;
    Ok((&args.args[0], &args.args[1]))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult {
    let (r, v) = operands(vm, "range.index", &args)?;
    if is_exact_int(vm, v) {
        return match position(r, v) {
            Some(i) => Ok(vm.bigint(i)),
            None => {
                let text = vm.repr_string_any(v)?;
                Err(vm.value_error(format!("{text} is not in range")))
            }
        };
    }
    let (it, v) = (vm.iter(r)?, v.clone());
    let mut i = 0;
    while let Some(item) = vm.iterator_next(&it)? {
        if vm.eq(&item, &v)? {
            return Ok(vm.int(i));
        }
        i += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult {
    let (r, v) = operands(vm, "range.count", &args)?;
    if is_exact_int(vm, v) {
        let found = position(r, v).is_some();
        return Ok(vm.int(found as i64));
    }
    let (it, v) = (vm.iter(r)?, v.clone());
    let mut n = 0;
    while let Some(item) = vm.iterator_next(&it)? {
        if vm.eq(&item, &v)? {
            n += 1;
        }
    }
    Ok(vm.int(n))
}
