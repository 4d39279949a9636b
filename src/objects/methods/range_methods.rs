//! `range` methods: `index` and `count`, computed arithmetically.

use super::check_args;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

pub fn register(vm: &mut Vm) {
    let range = vm.types.range_type.clone();
    vm.add_method(&range, "index", range_index);
    vm.add_method(&range, "count", range_count);
}

/// The position of `value` in the range, if it is an int the range contains.
fn position(vm: &mut Vm, args: &Args) -> PyResult<Option<i64>> {
    check_args(
        vm,
        "range.index",
        &args.args[1.min(args.args.len())..],
        1,
        1,
    )?;
    let (r, v) = (&args.args[0], &args.args[1]);
    let Payload::Range { start, stop, step } = &r.payload else {
        return Ok(None);
    };
    let (Some(a), Some(b), Some(c), Some(x)) =
        (start.as_i64(), stop.as_i64(), step.as_i64(), v.as_i64())
    else {
        return Ok(None);
    };
    let inside = if c > 0 {
        x >= a && x < b
    } else {
        x <= a && x > b
    };
    Ok((inside && (x - a) % c == 0).then(|| (x - a) / c))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult {
    match position(vm, &args)? {
        Some(i) => Ok(vm.int(i)),
        None => {
            let r = vm.repr_string_any(&args.args[1])?;
            Err(vm.value_error(format!("{r} is not in range")))
        }
    }
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult {
    let found = position(vm, &args)?.is_some();
    Ok(vm.int(found as i64))
}
