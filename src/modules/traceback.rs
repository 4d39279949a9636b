//! The native half of `traceback` (`py/traceback.py`): the text of an exception and of
//! a traceback, made by the same code that prints an uncaught exception, so
//! `traceback.format_exc()` and the interpreter's own report agree to the character.

use crate::objects::function::NativeFn;
use crate::vm::{Args, PyResult, Vm};

/// Set in `traceback` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("_format_exception", format_exception),
    ("_format_exception_only", format_exception_only),
    ("_format_tb", format_tb),
];

/// `_format_exception(exc, chain)`: the whole report, as one str.
fn format_exception(vm: &mut Vm, args: Args) -> PyResult {
    let [exc, chain] = args.args else {
        return Err(vm.type_error("_format_exception(exc, chain)"));
    };
    let chain = vm.is_true(chain)?;
    let text = for_traceback_module(vm, |vm| vm.format_exception_text(exc, chain));
    Ok(vm.str(&text))
}

/// `_format_exception_only(exc)`: the last line (`Type: message`) and any notes.
fn format_exception_only(vm: &mut Vm, args: Args) -> PyResult {
    let [exc] = args.args else {
        return Err(vm.type_error("_format_exception_only(exc)"));
    };
    let mut text = vm.format_exception_only(exc);
    text.push('\n');
    Ok(vm.str(&text))
}

/// `_format_tb(tb)`: the traceback's entries, without the header line.
fn format_tb(vm: &mut Vm, args: Args) -> PyResult {
    let [tb] = args.args else {
        return Err(vm.type_error("_format_tb(tb)"));
    };
    let text = for_traceback_module(vm, |vm| vm.format_traceback_entries(tb));
    Ok(vm.str(&text))
}

/// Runs `format` with source lines read as the `traceback` module reads them.
fn for_traceback_module(vm: &mut Vm, format: impl FnOnce(&mut Vm) -> String) -> String {
    let outer = std::mem::replace(&mut vm.formatting_for_traceback_module, true);
    let text = format(vm);
    vm.formatting_for_traceback_module = outer;
    text
}
