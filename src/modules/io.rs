//! `_io` and the builtin `open()`: the stream classes written in Python (`py/_io.py`) over
//! three native primitives that touch the file system. OS errors become Python's `OSError`
//! subclasses with CPython's `[Errno N] message: 'path'` text.

use crate::objects::payload::Payload;
use crate::vm::{Args, PyErr, PyResult, Vm};

const SOURCE: &str = include_str!("py/_io.py");

pub fn init(vm: &mut Vm) {
    let m = super::register(
        vm,
        "_io",
        &[
            ("_read", io_read),
            ("_write", io_write),
            ("_create_new", io_create_new),
        ],
    );
    let source = super::frozen::dev_source("_io", SOURCE);
    if let Err(e) = vm.exec_source(&source, "<frozen io>", &m) {
        vm.print_exception(&e.0);
        return;
    }
    if let Ok(Some(open)) = vm.getattr_opt(&m, "open") {
        let key = vm.intern("open");
        let builtins = vm.builtins_dict.clone();
        if let Some(d) = vm.dict_payload(&builtins) {
            vm.dict_set_str(d, &key, open);
        }
    }
}

/// `OSError` subclass and message for an I/O failure on `path`, as CPython reports it.
fn os_error(vm: &Vm, e: &std::io::Error, path: &str) -> PyErr {
    use std::io::ErrorKind::*;
    let class = match e.kind() {
        NotFound => "FileNotFoundError",
        PermissionDenied => "PermissionError",
        AlreadyExists => "FileExistsError",
        IsADirectory => "IsADirectoryError",
        NotADirectory => "NotADirectoryError",
        _ => "OSError",
    };
    let errno = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    let cls = vm.exc_type(class);
    let args = vec![vm.int(errno as i64), vm.str(&text)];
    let exc = vm.new_exception(&cls, args);
    vm.set_exc_attr(&exc, "errno", vm.int(errno as i64));
    vm.set_exc_attr(&exc, "strerror", vm.str(&text));
    vm.set_exc_attr(&exc, "filename", vm.str(path));
    PyErr(exc)
}

fn path_arg(vm: &Vm, args: &Args) -> PyResult<String> {
    args.args
        .first()
        .and_then(|p| p.as_str_opt())
        .map(str::to_string)
        .ok_or_else(|| vm.type_error("expected a path string"))
}

/// `_read(path)`: the whole file as bytes (`py/_io.py` decodes text itself).
fn io_read(vm: &mut Vm, args: Args) -> PyResult {
    let path = path_arg(vm, &args)?;
    let bytes = std::fs::read(&path).map_err(|e| os_error(vm, &e, &path))?;
    Ok(vm.bytes(bytes))
}

/// `_write(path, data, append)`.
fn io_write(vm: &mut Vm, args: Args) -> PyResult {
    use std::io::Write;
    let path = path_arg(vm, &args)?;
    let data: Vec<u8> = match args.args.get(1).map(|d| &d.payload) {
        Some(Payload::Str(s)) => s.as_str().as_bytes().to_vec(),
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => return Err(vm.type_error("_write() needs str or bytes")),
    };
    let append = match args.args.get(2) {
        Some(a) => vm.is_true(a)?,
        None => false,
    };
    let file = std::fs::OpenOptions::new()
        .create(true)
        .write(true)
        .append(append)
        .truncate(!append)
        .open(&path);
    let mut file = file.map_err(|e| os_error(vm, &e, &path))?;
    file.write_all(&data).map_err(|e| os_error(vm, &e, &path))?;
    Ok(vm.none())
}

/// `_create_new(path)`: mode `'x'` — fails if the file exists.
fn io_create_new(vm: &mut Vm, args: Args) -> PyResult {
    let path = path_arg(vm, &args)?;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| os_error(vm, &e, &path))?;
    Ok(vm.none())
}
