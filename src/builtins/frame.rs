//! `globals()` and `locals()`.
//!
//! Called directly, these read the calling frame, which the dispatch loop answers itself
//! (`vm::eval`, `FRAME_BUILTINS`). These native versions serve indirect calls (through a
//! variable, `map`, ...), where no frame is at hand: they answer for `__main__`.

use crate::vm::{Args, PyResult, Vm};

pub fn builtin_globals(vm: &mut Vm, _args: Args) -> PyResult {
    let main = vm.import_module("__main__")?;
    Ok(vm.module_globals(&main))
}

pub fn builtin_locals(vm: &mut Vm, args: Args) -> PyResult {
    builtin_globals(vm, args)
}
