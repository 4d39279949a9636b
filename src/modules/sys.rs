//! The `sys` module.

use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let m = super::register(
        vm,
        "sys",
        &[
            ("getrefcount", getrefcount),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("exit", exit),
            ("getsizeof", getsizeof),
        ],
    );
    let maxsize = vm.int(i64::MAX);
    super::set_attr(vm, &m, "maxsize", maxsize);
    let version = vm.str("3.11.7 (refpy)");
    super::set_attr(vm, &m, "version", version);
    let modules = vm.modules.clone();
    super::set_attr(vm, &m, "modules", modules);
    vm.sys_module = Some(m);
}

/// Sets `sys.argv` (called by the CLI once it knows the arguments).
pub fn set_argv(vm: &mut Vm, argv: &[String]) {
    let items = argv.iter().map(|a| vm.str(a)).collect();
    let list = vm.list(items);
    if let Some(m) = vm.sys_module.clone() {
        super::set_attr(vm, &m, "argv", list);
    }
}

fn getrefcount(vm: &mut Vm, args: Args) -> PyResult {
    match args.args.first() {
        Some(o) => {
            let n = if o.is_immortal() {
                999_999_999 + o.refcount()
            } else {
                o.refcount()
            };
            Ok(vm.int(n as i64))
        }
        None => Err(vm.type_error("getrefcount() takes exactly one argument (0 given)")),
    }
}

fn getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult {
    let n = match args.args.first() {
        Some(v) => vm.index_value(v)?,
        None => {
            return Err(vm.type_error("setrecursionlimit() takes exactly one argument (0 given)"))
        }
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(vm.none())
}

fn exit(vm: &mut Vm, args: Args) -> PyResult {
    let cls = vm.exc_type("SystemExit");
    Err(crate::vm::PyErr(
        vm.new_exception(&cls, args.positional().to_vec()),
    ))
}

fn getsizeof(vm: &mut Vm, args: Args) -> PyResult {
    let Some(o) = args.args.first() else {
        return Err(vm.type_error("getsizeof() takes at least 1 argument (0 given)"));
    };
    let size: usize = match &o.payload {
        Payload::Int(i) => {
            let mag = i.unsigned_abs();
            let digits = if mag == 0 {
                0
            } else {
                (64 - mag.leading_zeros() as usize).div_ceil(30)
            };
            24 + 4 * digits.max(1)
        }
        Payload::BigInt(b) => 24 + 4 * (b.bits() as usize).div_ceil(30),
        Payload::Bool(_) => 28,
        Payload::Float(_) => 24,
        Payload::NoneValue => 16,
        Payload::Str(s) => {
            if s.is_ascii() {
                49 + s.char_len()
            } else {
                let kind = match s.max_char() {
                    0..=0xff => 1,
                    0x100..=0xffff => 2,
                    _ => 4,
                };
                let header = if kind == 1 { 73 } else { 74 };
                header + kind * (s.char_len() + 1) - if kind == 1 { 1 } else { kind }
            }
        }
        Payload::Bytes(b) => 33 + b.len(),
        Payload::Tuple(t) => 40 + 8 * t.len(),
        Payload::List(l) => 56 + 8 * l.borrow().capacity(),
        Payload::Dict(_) => 64,
        Payload::Set(s) => {
            216 + if s.borrow().table_size() > 8 {
                16 * s.borrow().table_size()
            } else {
                0
            }
        }
        Payload::Instance(_) => 56,
        Payload::Function(_) => 152,
        Payload::Type(_) => 1688,
        Payload::Range { .. } => 48,
        _ => 48,
    };
    Ok(vm.int(size as i64))
}
