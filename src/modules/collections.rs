//! Native helpers of `collections` (whose types are written in our own Python, except
//! `deque`: see `objects::deque`).

use crate::objects::function::NativeFn;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

pub static NATIVE: &[(&str, NativeFn)] = &[("_odict_sizeof", odict_sizeof)];

/// `_odict_sizeof(od)`: what C's `odict_sizeof` reports for an `OrderedDict` with `od`'s
/// dict: the dict (`_PyDict_SizeOf`), the eight fields `PyODictObject` adds, a 32-byte
/// node per key, and a node pointer per slot of the dict's hash table (`od_fast_nodes`,
/// resized with the table).
fn odict_sizeof(vm: &mut Vm, args: Args) -> PyResult {
    let size = match args.args.first().map(|d| &d.payload) {
        Some(Payload::Dict(d)) => {
            let d = d.borrow();
            d.sizeof() + 64 + 32 * d.len() + 8 * d.table_size()
        }
        _ => return Err(vm.type_error("_odict_sizeof(OrderedDict)")),
    };
    Ok(vm.int(size as i64))
}
