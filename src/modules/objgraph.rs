//! The native half of the `objgraph` module (its Python half is `py/objgraph.py`).
//!
//! Naming an edge from an instance to one of its attributes in Python would need
//! `vars(obj)`, which materializes the instance's `__dict__` and so changes what
//! `gc.get_referents` reports afterwards. `_attr_name` reads the attributes where they are,
//! without changing the object.

use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

pub static NATIVE: &[(&str, crate::objects::function::NativeFn)] = &[("_attr_name", attr_name)];

/// `_attr_name(holder, held)`: the name of an attribute of `holder` whose value is `held`
/// (the first in insertion order), or None.
fn attr_name(vm: &mut Vm, args: Args) -> PyResult {
    let [holder, held] = args.positional() else {
        return Err(vm.type_error("_attr_name() takes exactly 2 arguments"));
    };
    let found = match &holder.payload {
        Payload::Instance(inst) => match inst.dict_object() {
            Some(d) => match &d.payload {
                Payload::Dict(d) => d
                    .try_borrow()
                    .ok()
                    .and_then(|d| d.iter().find(|(_, v)| v.is(held)).map(|(k, _)| k.clone())),
                _ => None,
            },
            None if inst.has_inline_values() => {
                let mut index = None;
                inst.each_inline_value(|i, v| {
                    if index.is_none() && v.is(held) {
                        index = Some(i);
                    }
                });
                let keys = holder.class().type_data().map(|t| &t.shared_keys);
                index.and_then(|i| keys?.key_at(i)).map(|(_, k)| k)
            }
            None => inst
                .attrs()
                .and_then(|a| a.try_borrow().ok())
                .and_then(|a| a.iter().find(|(_, v)| v.is(held)).map(|(k, _)| k.clone())),
        },
        _ => None,
    };
    Ok(found.unwrap_or_else(|| vm.none()))
}
