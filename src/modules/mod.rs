//! Builtin modules: native ones, one file each, registered in `sys.modules` at startup;
//! and the stdlib written in our own Python (`frozen`), loaded by the first import.

pub mod array;
pub mod ast;
pub mod atexit;
pub mod c_types;
pub mod cmath;
pub mod collections;
pub mod ctypes;
pub mod frozen;
pub mod gc;
pub mod hashing;
pub mod hashlib;
pub mod importlib;
pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
pub mod memory_profiler;
pub mod mmap;
pub mod objgraph;
pub mod os;
pub mod psutil;
pub mod random;
pub mod re;
pub mod resource;
pub mod signal;
pub mod sqlite3;
pub mod structmod;
pub mod subprocess;
pub mod sys;
pub mod time;
pub mod traceback;
pub mod tracemalloc;
pub mod unicodedata;
pub mod weakref;
pub mod zlib;

use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    sys::init(vm);
    gc::init(vm);
    math::init(vm);
    time::init(vm);
    atexit::init(vm);
    weakref::init(vm);
    io::init(vm);
    psutil::init(vm);
    memory_profiler::init(vm);
    tracemalloc::init(vm);
    crate::objects::deque::register(vm);
}

/// Creates a builtin module with the given functions and registers it in `sys.modules`.
/// The functions report CPython's C module as `__module__` (`_weakref` for `weakref`...),
/// which also keys their calling convention (`function::takes_varargs`).
pub fn register(
    vm: &mut Vm,
    name: &'static str,
    funcs: &[(&'static str, crate::objects::function::NativeFn)],
) -> crate::heap::PyRef {
    let m = vm.new_module(name);
    // `weakref` is a Python module in CPython: it dies (and its registries with it) when
    // nothing but garbage holds it at exit.
    if name != "weakref" {
        m.make_immortal();
    }
    let home = match name {
        "weakref" => "_weakref",
        "tracemalloc" => "_tracemalloc",
        _ => name,
    };
    for (fname, f) in funcs {
        let func = vm.builtin_in(fname, *f, Some(home));
        set_attr(vm, &m, fname, func);
    }
    let key = vm.str(name);
    let modules = vm.modules.clone();
    if let Some(d) = vm.dict_payload(&modules) {
        let _ = vm.dict_set(d, key, m.clone());
    }
    m
}

/// Sets a module attribute.
pub fn set_attr(vm: &mut Vm, module: &crate::heap::PyRef, name: &str, value: crate::heap::PyRef) {
    if let Some(d) = vm.instance_dict(module) {
        let k = vm.intern(name);
        vm.dict_set_str(&d, &k, value);
    }
}
