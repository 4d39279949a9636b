//! The `builtins` module: the builtin functions (`len`, `print`, `sorted`...), the builtin
//! types under their Python names, and every builtin exception class.
//!
//! [`init`] is one flat table, one line per name; the functions live in submodules by
//! theme; `__build_class__` forwards to the VM's `build_class`. `globals`, `locals`, `exec`
//! and `eval` read the calling frame, which the dispatch loop hands them when called
//! directly. Argument checking uses `objects::methods::{func_args, bind_params}` so the
//! messages match CPython's.

pub(crate) mod exec;
mod frame;
mod io;
pub(crate) mod iteration;
pub(crate) mod numeric;
pub(crate) mod objects;

use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::vm::Vm;

/// The builtin functions, by name.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("__import__", crate::modules::importlib::builtin_import),
    ("len", objects::builtin_len),
    ("abs", numeric::builtin_abs),
    ("divmod", numeric::builtin_divmod),
    ("pow", numeric::builtin_pow),
    ("round", numeric::builtin_round),
    ("min", numeric::builtin_min),
    ("max", numeric::builtin_max),
    ("sum", numeric::builtin_sum),
    ("hex", numeric::builtin_hex),
    ("oct", numeric::builtin_oct),
    ("bin", numeric::builtin_bin),
    ("any", iteration::builtin_any),
    ("all", iteration::builtin_all),
    ("sorted", iteration::builtin_sorted),
    ("iter", iteration::builtin_iter),
    ("next", iteration::builtin_next),
    ("aiter", crate::vm::async_generator::builtin_aiter),
    ("anext", crate::vm::async_generator::builtin_anext),
    ("repr", objects::builtin_repr),
    ("ascii", objects::builtin_ascii),
    ("ord", objects::builtin_ord),
    ("chr", objects::builtin_chr),
    ("isinstance", objects::builtin_isinstance),
    ("issubclass", objects::builtin_issubclass),
    ("callable", objects::builtin_callable),
    ("id", objects::builtin_id),
    ("hash", objects::builtin_hash),
    ("getattr", objects::builtin_getattr),
    ("setattr", objects::builtin_setattr),
    ("hasattr", objects::builtin_hasattr),
    ("delattr", objects::builtin_delattr),
    ("vars", objects::builtin_vars),
    ("globals", frame::builtin_globals),
    ("locals", frame::builtin_locals),
    ("dir", objects::builtin_dir),
    ("format", objects::builtin_format),
    ("print", io::builtin_print),
    ("input", io::builtin_input),
    ("__build_class__", builtin_build_class),
    ("compile", exec::builtin_compile),
    ("exec", exec::builtin_exec),
    ("eval", exec::builtin_eval),
    ("breakpoint", exec::builtin_breakpoint),
];

/// `__build_class__(func, name, *bases, **kwds)`: the `class` statement, done by the VM.
fn builtin_build_class(vm: &mut Vm, args: crate::vm::Args) -> crate::vm::PyResult {
    vm.build_class(args)
}

/// Registers the builtin functions, types and exceptions in the builtins namespace.
pub fn init(vm: &mut Vm) {
    for (name, f) in FUNCTIONS {
        let func = vm.builtin(name, *f);
        set(vm, name, func);
    }
    let t = &vm.types;
    let types: Vec<(&str, PyRef)> = vec![
        ("int", t.int_type.clone()),
        ("float", t.float_type.clone()),
        ("complex", t.complex_type.clone()),
        ("bool", t.bool_type.clone()),
        ("str", t.str_type.clone()),
        ("bytes", t.bytes_type.clone()),
        ("bytearray", t.bytearray_type.clone()),
        ("memoryview", t.memoryview_type.clone()),
        ("tuple", t.tuple_type.clone()),
        ("list", t.list_type.clone()),
        ("dict", t.dict_type.clone()),
        ("set", t.set_type.clone()),
        ("frozenset", t.frozenset_type.clone()),
        ("object", t.object_type.clone()),
        ("type", t.type_type.clone()),
        ("range", t.range_type.clone()),
        ("slice", t.slice_type.clone()),
        ("property", t.property_type.clone()),
        ("staticmethod", t.staticmethod_type.clone()),
        ("classmethod", t.classmethod_type.clone()),
        ("super", t.super_type.clone()),
        // Iterator types, called to make their iterators (`constructors::construct_builtin`).
        ("enumerate", t.enumerate_type.clone()),
        ("reversed", t.reversed_type.clone()),
        ("zip", t.zip_type.clone()),
        ("map", t.map_type.clone()),
        ("filter", t.filter_type.clone()),
    ];
    for (name, class) in types {
        set(vm, name, class);
    }
    let (ellipsis, not_implemented) = (vm.ellipsis.clone(), vm.not_implemented.clone());
    set(vm, "Ellipsis", ellipsis);
    set(vm, "NotImplemented", not_implemented);
    let mut exceptions: Vec<(&'static str, PyRef)> = vm
        .types
        .exceptions
        .iter()
        .map(|(n, c)| (*n, c.clone()))
        .collect();
    exceptions.sort_by_key(|(n, _)| *n);
    for (name, class) in exceptions {
        set(vm, name, class);
    }
    // The old names of OSError, kept as aliases.
    let os_error = vm.exc_type("OSError");
    for alias in ["EnvironmentError", "IOError"] {
        set(vm, alias, os_error.clone());
    }
    exec::register_module(vm);
}

/// `builtins.<name> = value`.
fn set(vm: &mut Vm, name: &str, value: PyRef) {
    let key = vm.intern(name);
    let builtins = vm.builtins_dict.clone();
    if let Some(d) = vm.dict_payload(&builtins) {
        vm.dict_set_str(d, &key, value);
    }
}
