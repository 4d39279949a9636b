//! `globals()` and `locals()`.
//!
//! Called directly, these read the calling frame, which the dispatch loop answers itself
//! (`vm::eval`, `FRAME_BUILTINS`). These native versions serve indirect calls (through a
//! variable, `map`, `functools.partial`...): they read the innermost running Python frame
//! (`PyEval_GetGlobals` / `PyEval_GetLocals`), `__main__`'s namespace when there is none.

use crate::vm::{Args, PyResult, Vm};

pub fn builtin_globals(vm: &mut Vm, _args: Args) -> PyResult {
    if let Some(g) = vm.current_globals() {
        return Ok(g);
    }
    let main = vm.import_module("__main__")?;
    Ok(vm.module_globals(&main))
}

pub fn builtin_locals(vm: &mut Vm, args: Args) -> PyResult {
    if let Some(l) = vm.current_locals() {
        return Ok(l);
    }
    builtin_globals(vm, args)
}
