//! `print` and `input`.
//!
//! Output goes to the VM's buffered stdout unless a `file=` is given, or `sys.stdout` has been
//! replaced by an instance of a user class; then the object's `write` method is called, once
//! per piece as CPython does.

use crate::heap::PyRef;
use crate::objects::methods::{func_args, match_kwargs};
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

/// A `sep=`/`end=` argument: the text, or `default` for None/absent.
fn text_kwarg(vm: &Vm, arg: Option<&PyRef>, name: &str, default: &str) -> PyResult<String> {
    match arg {
        None => Ok(default.to_string()),
        Some(a) if matches!(a.payload, Payload::NoneValue) => Ok(default.to_string()),
        Some(a) => match a.as_str_opt() {
            Some(s) => Ok(s.to_string()),
            None => Err(vm.type_error(format!(
                "{name} must be None or a string, not {}",
                a.class_name()
            ))),
        },
    }
}

/// The object to write to: `file=`, or a user replacement of `sys.stdout`; None means the
/// VM's own stdout.
fn target_file(vm: &mut Vm, file: Option<&PyRef>) -> PyResult<Option<PyRef>> {
    if let Some(f) = file.filter(|f| !matches!(f.payload, Payload::NoneValue)) {
        return Ok(Some(f.clone()));
    }
    let Some(sys) = vm.sys_module.clone() else {
        return Ok(None);
    };
    let stdout = vm.getattr_opt(&sys, "stdout")?;
    Ok(stdout.filter(|s| s.class().type_data().is_some_and(|t| t.is_heap_type)))
}

pub fn builtin_print(vm: &mut Vm, args: Args) -> PyResult {
    // `print(*args, sep=' ', end='\n', file=None, flush=False)` is an argument-clinic
    // function: its parser's keyword tuple is made by the first call, and every call
    // packs the positional arguments into a tuple, held for the call.
    const KEYWORDS: [&str; 4] = ["sep", "end", "file", "flush"];
    vm.note_clinic_parser("print", &KEYWORDS);
    let _varargs = (!args.positional().is_empty()).then(|| vm.tuple(args.positional().to_vec()));
    let kw = match_kwargs(vm, "print", args, &KEYWORDS)?;
    // No `file=` and `sys.stdout` None (as at exit, once sys's dict is cleared): nothing.
    if kw[2]
        .as_ref()
        .is_none_or(|f| matches!(f.payload, Payload::NoneValue))
    {
        if let Some(sys) = vm.sys_module.clone() {
            match vm.getattr_opt(&sys, "stdout")? {
                Some(s) if matches!(s.payload, Payload::NoneValue) => return Ok(vm.none()),
                Some(_) => {}
                None => return Err(vm.new_error("RuntimeError", "lost sys.stdout")),
            }
        }
    }
    let sep = text_kwarg(vm, kw[0].as_ref(), "sep", " ")?;
    let end = text_kwarg(vm, kw[1].as_ref(), "end", "\n")?;
    let file = target_file(vm, kw[2].as_ref())?;
    let flush = match &kw[3] {
        Some(f) => vm.is_true(f)?,
        None => false,
    };
    match &file {
        None => {
            let mut out = String::new();
            for (i, obj) in args.positional().iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                let s = vm.to_str(obj)?;
                out.push_str(s.as_str_opt().unwrap_or(""));
            }
            out.push_str(&end);
            vm.write_stdout(&out);
            if flush {
                vm.flush_stdout();
            }
        }
        Some(f) => {
            let write = vm.getattr_str(f, "write")?;
            for (i, obj) in args.positional().iter().enumerate() {
                if i > 0 {
                    let s = vm.str(&sep);
                    vm.call(&write, Args::new(&[s]))?;
                }
                let s = vm.to_str(obj)?;
                vm.call(&write, Args::new(&[s]))?;
            }
            let e = vm.str(&end);
            vm.call(&write, Args::new(&[e]))?;
            if flush {
                if let Some(fl) = vm.getattr_opt(f, "flush")? {
                    vm.call(&fl, Args::new(&[]))?;
                }
            }
        }
    }
    Ok(vm.none())
}

/// `sys.<name>` when a script replaced it (it is not `sys.__<name>__`): then `input()`
/// goes through its methods, as CPython's does for anything but the console.
fn replaced_stream(vm: &mut Vm, name: &str) -> PyResult<Option<PyRef>> {
    let Some(sys) = vm.sys_module.clone() else {
        return Ok(None);
    };
    let current = vm.getattr_opt(&sys, name)?;
    let original = vm.getattr_opt(&sys, &format!("__{name}__"))?;
    Ok(match (current, original) {
        (Some(c), Some(o)) if !c.is(&o) => Some(c),
        _ => None,
    })
}

pub fn builtin_input(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "input", args, 0, 1)?;
    let stdin = replaced_stream(vm, "stdin")?;
    let stdout = replaced_stream(vm, "stdout")?;
    if stdin.is_some() || stdout.is_some() {
        return input_through(vm, a.first(), stdin, stdout);
    }
    if let Some(prompt) = a.first() {
        let s = vm.to_str(prompt)?;
        vm.write_stdout(s.as_str_opt().unwrap_or(""));
    }
    vm.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.new_error("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.string(line))
        }
        Err(e) => Err(vm.new_error("OSError", e.to_string())),
    }
}

/// `input()` with a replaced `sys.stdin` or `sys.stdout`: the prompt through
/// `sys.stdout.write`, the line from `sys.stdin.readline()`.
fn input_through(
    vm: &mut Vm,
    prompt: Option<&PyRef>,
    stdin: Option<PyRef>,
    stdout: Option<PyRef>,
) -> PyResult {
    if let Some(prompt) = prompt {
        let text = vm.to_str(prompt)?;
        match &stdout {
            Some(out) => {
                let write = vm.getattr_str(out, "write")?;
                vm.call(&write, Args::new(&[text]))?;
                if let Some(flush) = vm.getattr_opt(out, "flush")? {
                    vm.call(&flush, Args::new(&[]))?;
                }
            }
            None => vm.write_stdout(text.as_str_opt().unwrap_or("")),
        }
    }
    vm.flush_stdout();
    let sys_stdin = match stdin {
        Some(s) => s,
        None => {
            let sys = vm.sys_module.clone().expect("sys is loaded");
            vm.getattr_str(&sys, "stdin")?
        }
    };
    let readline = vm.getattr_str(&sys_stdin, "readline")?;
    let line = vm.call(&readline, Args::new(&[]))?;
    // `PyFile_GetLine`: a str or bytes line, its newline stripped.
    match &line.payload {
        Payload::Str(_) | Payload::Bytes(_) if vm.len(&line)? == 0 => {
            Err(vm.new_error("EOFError", "EOF when reading a line"))
        }
        Payload::Str(s) => {
            let text = s.as_str();
            Ok(vm.string(text.strip_suffix('\n').unwrap_or(text).to_string()))
        }
        Payload::Bytes(b) => Ok(vm.bytes(b.strip_suffix(b"\n").unwrap_or(b).to_vec())),
        _ => Err(vm.type_error("object.readline() returned non-string")),
    }
}
