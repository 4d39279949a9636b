//! The `atexit` module: a list of exit handlers in our own embedded Python
//! (`py/atexit.py`), plus the native report CPython gives a handler that raises
//! ("Exception ignored in atexit callback: ...").

use crate::vm::{Args, PyResult, Vm};

const SOURCE: &str = include_str!("py/atexit.py");

pub fn init(vm: &mut Vm) {
    let m = super::register(vm, "atexit", &[("_report_unraisable", report_unraisable)]);
    if let Err(e) = vm.exec_source(SOURCE, "<frozen atexit>", &m) {
        vm.print_exception(&e.0);
    }
}

/// Runs the registered handlers, newest first. The CLI calls this once the main module
/// finished, before any module is torn down.
pub fn run_exitfuncs(vm: &mut Vm) {
    let Ok(m) = vm.import_module("atexit") else {
        return;
    };
    if let Ok(Some(f)) = vm.getattr_opt(&m, "_run_exitfuncs") {
        if let Err(e) = vm.call1(&f, &[]) {
            vm.print_exception(&e.0);
        }
    }
    vm.run_pending_if_any();
}

/// `_PyErr_WriteUnraisableMsg("in atexit callback", func)`.
fn report_unraisable(vm: &mut Vm, args: Args) -> PyResult {
    if let [exc, func, ..] = args.args {
        let what = vm
            .repr(func)
            .ok()
            .and_then(|r| r.as_str_opt().map(str::to_string))
            .unwrap_or_default();
        vm.report_unraisable(
            exc,
            &format!("Exception ignored in atexit callback: {what}"),
        );
    }
    Ok(vm.none())
}
