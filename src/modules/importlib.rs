//! The native half of `importlib` (`py/importlib.py`) and the builtin `__import__`: thin
//! entry points into the import system of `vm::import`.

use crate::objects::methods::bind_params;
use crate::vm::{Args, PyResult, Vm};

/// Set in the `importlib` module before its Python source runs.
pub static NATIVE: &[(&str, crate::objects::function::NativeFn)] = &[
    ("_find_and_load", find_and_load),
    ("_reexec", reexec),
    ("__import__", builtin_import),
    ("_is_frozen", is_frozen),
];

/// `_find_and_load(name)`: the absolute import of `name`, returning that module itself.
fn find_and_load(vm: &mut Vm, args: Args) -> PyResult {
    let p = bind_params(vm, "_find_and_load", args, 0, &["name"], 1, 1)?;
    let name = p[0].clone().unwrap_or_else(|| vm.none());
    match name.as_str_opt() {
        Some(n) => vm.import_module(n),
        None => Err(vm.type_error("module name must be a string")),
    }
}

/// `_reexec(name, module)`: finds `name` again and runs its code in `module`.
fn reexec(vm: &mut Vm, args: Args) -> PyResult {
    let p = bind_params(vm, "_reexec", args, 0, &["name", "module"], 2, 2)?;
    let (Some(name), Some(module)) = (p[0].clone(), p[1].clone()) else {
        return Err(vm.type_error("_reexec() needs a name and a module"));
    };
    let name = name.as_str_opt().unwrap_or("").to_string();
    vm.reload_module(&name, &module)?;
    Ok(vm.none())
}

/// `_is_frozen(name)`: whether `name` is one of the modules compiled into refpy (what
/// `importlib.util.find_spec` falls back on after the files of `sys.path`, as the
/// import system does).
fn is_frozen(vm: &mut Vm, args: Args) -> PyResult {
    let p = bind_params(vm, "_is_frozen", args, 0, &["name"], 1, 1)?;
    let found = p[0]
        .as_ref()
        .and_then(|n| n.as_str_opt())
        .is_some_and(|n| crate::modules::frozen::find(n).is_some());
    Ok(vm.bool(found))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn builtin_import(vm: &mut Vm, args: Args) -> PyResult {
    let p = bind_params(
        vm,
        "__import__",
        args,
        0,
        &["name", "globals", "locals", "fromlist", "level"],
        1,
        5,
    )?;
    let name = p[0].clone().unwrap_or_else(|| vm.none());
    // None stays: a relative import then reports that globals must be a dict.
    let globals = p[1].clone();
    let fromlist = p[3].clone().unwrap_or_else(|| vm.empty_tuple.clone());
    let level = match &p[4] {
        Some(l) => vm.index_value(l)?,
        None => 0,
    };
    vm.import_level(&name, globals.as_ref(), &fromlist, level)
}

/// The `sys.path` entries `PYTHONPATH` adds after the script's folder: absolute (an
/// empty entry is the current directory), normalized, and each once, as CPython's
/// startup (`site.removeduppaths`) leaves them.
pub fn pythonpath_entries() -> Vec<String> {
    let Some(var) = std::env::var_os("PYTHONPATH") else {
        return Vec::new();
    };
    let var = var.to_string_lossy().into_owned();
    if var.is_empty() {
        return Vec::new();
    }
    let cwd = std::env::current_dir()
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut out: Vec<String> = Vec::new();
    for entry in var.split(':') {
        let joined = if entry.starts_with('/') {
            entry.to_string()
        } else {
            format!("{cwd}/{entry}")
        };
        let path = normpath(&joined);
        if !out.contains(&path) {
            out.push(path);
        }
    }
    out
}

/// `os.path.normpath` for an absolute path: no empty, `.` or `..` components.
fn normpath(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}
