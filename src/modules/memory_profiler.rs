//! The `memory_profiler` module: `@profile` prints, after each call of the decorated function,
//! the table of the memory_profiler package (0.61): per source line of the function, the
//! process's RSS after the line, the increment it caused and how many line events it had.
//!
//! The profiler is Python code in `py/memory_profiler.py`, run into the module at startup; it
//! traces with refpy's `sys._set_line_hook` (the analogue of `sys.settrace`) and measures with
//! the builtin `psutil` module. The native half here provides what it needs from outside the
//! language: the source lines of a file (as `linecache.getlines` gives them, universal
//! newlines and a final `\n`), whether a file exists, and the current line hook (the analogue
//! of `sys.gettrace`, so that nested profilers chain to the hook they replaced). None of these
//! cache anything in the module, so a script's objects never outlive it here.

use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

const SOURCE: &str = include_str!("py/memory_profiler.py");

pub fn init(vm: &mut Vm) {
    let m = super::register(
        vm,
        "memory_profiler",
        &[
            ("_getlines", getlines),
            ("_exists", exists),
            ("_get_line_hook", get_line_hook),
        ],
    );
    if let Err(e) = vm.exec_source(SOURCE, "<frozen memory_profiler>", &m) {
        vm.print_exception(&e.0);
    }
}

fn path_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a str> {
    match args.positional().first() {
        Some(p) => match &p.payload {
            Payload::Str(_) => Ok(p.as_str_opt().unwrap_or("")),
            _ => Err(vm.type_error(format!(
                "{name}() argument must be str, not {}",
                p.class_name()
            ))),
        },
        None => Err(vm.type_error(format!("{name}() takes exactly one argument (0 given)"))),
    }
}

/// `_getlines(filename)`: the file's lines, each ending in `\n`; `[]` if it cannot be read.
fn getlines(vm: &mut Vm, args: Args) -> PyResult {
    let path = path_arg(vm, &args, "_getlines")?;
    let Ok(bytes) = std::fs::read(path) else {
        return Ok(vm.list(Vec::new()));
    };
    let text = String::from_utf8_lossy(&bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let items = text
        .split_inclusive('\n')
        .map(|l| {
            if l.ends_with('\n') {
                vm.str(l)
            } else {
                vm.str(&format!("{l}\n"))
            }
        })
        .collect();
    Ok(vm.list(items))
}

/// `_exists(path)`: `os.path.exists`.
fn exists(vm: &mut Vm, args: Args) -> PyResult {
    let path = path_arg(vm, &args, "_exists")?;
    Ok(vm.bool(!path.is_empty() && std::path::Path::new(path).exists()))
}

/// `_get_line_hook()`: the function `sys._set_line_hook` installed, or None.
fn get_line_hook(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.line_hook.clone().unwrap_or_else(|| vm.none()))
}
