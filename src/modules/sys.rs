//! The `sys` module.

use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let m = super::register(
        vm,
        "sys",
        &[
            ("getrefcount", getrefcount),
            ("_getframe", getframe),
            ("getrecursionlimit", getrecursionlimit),
            ("getswitchinterval", getswitchinterval),
            ("setswitchinterval", setswitchinterval),
            ("is_finalizing", is_finalizing),
            ("setrecursionlimit", setrecursionlimit),
            ("exit", exit),
            ("getsizeof", getsizeof),
            ("getallocatedblocks", getallocatedblocks),
            ("_c_layout", super::c_types::c_layout),
            ("_set_tpflags", super::c_types::set_tpflags),
            ("_register_tpflags", super::c_types::register_tpflags),
            ("_untrack_gc", super::c_types::untrack_gc),
            ("_c_type_name", super::structmod::c_type_name),
            ("_set_line_hook", set_line_hook),
            ("_write", write),
            ("_read", read),
            ("_flush", flush),
            ("_flag_values", flag_values),
            ("exc_info", exc_info),
            ("exception", exception),
            ("excepthook", super::traceback::excepthook),
            ("unraisablehook", super::traceback::unraisablehook),
            ("getdefaultencoding", getdefaultencoding),
            ("getfilesystemencoding", getdefaultencoding),
            ("intern", intern),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
            (
                "set_asyncgen_hooks",
                crate::vm::async_generator::set_asyncgen_hooks,
            ),
            (
                "_get_asyncgen_hooks",
                crate::vm::async_generator::get_asyncgen_hooks,
            ),
        ],
    );
    let maxsize = vm.int(i64::MAX);
    super::set_attr(vm, &m, "maxsize", maxsize);
    let version = vm.str("3.11.7 (main, refpy) [rustc]");
    super::set_attr(vm, &m, "version", version);
    for (name, value) in [
        ("platform", "linux"),
        (
            "byteorder",
            if cfg!(target_endian = "little") {
                "little"
            } else {
                "big"
            },
        ),
        ("executable", ""),
        ("prefix", "/usr"),
        ("exec_prefix", "/usr"),
        ("base_prefix", "/usr"),
        ("base_exec_prefix", "/usr"),
        ("platlibdir", "lib"),
    ] {
        let v = if name == "executable" {
            let exe = std::env::current_exe()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default();
            vm.string(exe)
        } else {
            vm.str(value)
        };
        super::set_attr(vm, &m, name, v);
    }
    let hexversion = vm.int(0x030b07f0);
    super::set_attr(vm, &m, "hexversion", hexversion);
    let maxunicode = vm.int(0x10ffff);
    super::set_attr(vm, &m, "maxunicode", maxunicode);
    let path = vm.list(Vec::new());
    super::set_attr(vm, &m, "path", path);
    let argv = vm.list(Vec::new());
    super::set_attr(vm, &m, "argv", argv);
    let modules = vm.modules.clone();
    super::set_attr(vm, &m, "modules", modules);
    vm.sys_module = Some(m.clone());
    let source = super::frozen::dev_source("sys", SOURCE);
    if let Err(e) = vm.exec_source(&source, "<frozen sys>", &m) {
        vm.print_exception(&e.0);
    }
}

const SOURCE: &str = include_str!("py/sys.py");

static INSPECT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Records `-i` for `sys.flags` (the CLI calls this before the VM starts).
pub fn set_inspect_flag(on: bool) {
    INSPECT.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// Whether the C library's `LC_CTYPE` locale, as the environment selects it, is "C" or
/// "POSIX" (then CPython turns UTF-8 mode on).
fn c_locale() -> bool {
    // SAFETY: setlocale with a NUL-terminated name; the previous name is copied before
    // it is restored, and nothing else uses the C locale concurrently at start-up.
    unsafe {
        let old = libc::setlocale(libc::LC_CTYPE, std::ptr::null());
        let old = (!old.is_null()).then(|| std::ffi::CStr::from_ptr(old).to_owned());
        let now = libc::setlocale(libc::LC_CTYPE, c"".as_ptr());
        let name = if now.is_null() {
            "C".to_string()
        } else {
            std::ffi::CStr::from_ptr(now).to_string_lossy().into_owned()
        };
        if let Some(old) = old {
            libc::setlocale(libc::LC_CTYPE, old.as_ptr());
        }
        name == "C" || name == "POSIX"
    }
}

/// `_flag_values()`: the values of `sys.flags` for this run, from the environment
/// variables CPython reads and the command line (`-i`).
fn flag_values(vm: &mut Vm, _args: Args) -> PyResult {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let set = |name: &str| i64::from(env(name).is_some());
    let inspect = INSPECT.load(std::sync::atomic::Ordering::Relaxed);
    let utf8 = match env("PYTHONUTF8").as_deref() {
        Some("1") => 1,
        Some("0") => 0,
        _ => i64::from(c_locale()),
    };
    let hash_random = i64::from(env("PYTHONHASHSEED").as_deref() != Some("0"));
    let max_digits = CONFIGURED_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed);
    let ints = [
        0,                                         // debug
        i64::from(inspect) | set("PYTHONINSPECT"), // inspect
        i64::from(inspect),                        // interactive
        0,                                         // optimize (refpy keeps asserts)
        set("PYTHONDONTWRITEBYTECODE"),            // dont_write_bytecode
        set("PYTHONNOUSERSITE"),                   // no_user_site
        0,                                         // no_site
        0,                                         // ignore_environment
        0,                                         // verbose
        0,                                         // bytes_warning
        0,                                         // quiet
        hash_random,                               // hash_randomization
        0,                                         // isolated
    ];
    let mut items: Vec<PyRef> = ints.iter().map(|&v| vm.int(v)).collect();
    items.push(vm.bool(env("PYTHONDEVMODE").is_some())); // dev_mode
    items.push(vm.int(utf8)); // utf8_mode
    items.push(vm.int(set("PYTHONWARNDEFAULTENCODING"))); // warn_default_encoding
    items.push(vm.bool(env("PYTHONSAFEPATH").is_some())); // safe_path
    items.push(vm.int(max_digits)); // int_max_str_digits
    Ok(vm.tuple(items))
}

/// `_write(fd, s)`: the write of `sys.stdout` / `sys.stderr` (returns the length).
fn write(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.positional();
    let (Some(fd), Some(s)) = (pos.first().and_then(|f| f.as_i64()), pos.get(1)) else {
        return Err(vm.type_error("_write(fd, s)"));
    };
    if let Payload::Bytes(b) = &s.payload {
        // `sys.stdout.buffer.write`: the bytes as they are.
        vm.write_bytes(fd == 2, b);
        return Ok(vm.int(b.len() as i64));
    }
    let Payload::Str(text) = &s.payload else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            crate::vm::errors::arg_type_name(s)
        )));
    };
    if fd == 2 {
        vm.write_stderr(text.as_str());
    } else {
        vm.write_stdout(text.as_str());
    }
    Ok(vm.int(text.char_len() as i64))
}

/// `_read(line, size)`: `sys.stdin.readline(size)` or `sys.stdin.read(size)` (a negative
/// size: to the end of the line or of the input). Shares the process's buffered stdin
/// with `input()`.
fn read(vm: &mut Vm, args: Args) -> PyResult {
    use std::io::{BufRead, Read};
    let pos = args.positional();
    let line = pos
        .first()
        .is_some_and(|l| matches!(l.payload, Payload::Bool(true)));
    let size = pos.get(1).and_then(|s| s.as_i64()).unwrap_or(-1);
    vm.flush_stdout();
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut text = String::new();
    let result = match (line, usize::try_from(size)) {
        (true, Err(_)) => input.read_line(&mut text).map(drop),
        (false, Err(_)) => input.read_to_string(&mut text).map(drop),
        (_, Ok(n)) => {
            // Up to `n` characters (a character's continuation bytes come with it),
            // stopping after a newline for `readline`.
            let mut bytes = Vec::new();
            let mut chars = 0;
            let result = loop {
                let byte = match input.fill_buf() {
                    Ok([]) => break Ok(()),
                    Ok(buf) => buf[0],
                    Err(e) => break Err(e),
                };
                let starts_char = byte & 0xC0 != 0x80;
                if starts_char && chars == n {
                    break Ok(());
                }
                chars += usize::from(starts_char);
                bytes.push(byte);
                input.consume(1);
                if line && byte == b'\n' {
                    break Ok(());
                }
            };
            text = String::from_utf8_lossy(&bytes).into_owned();
            result
        }
    };
    match result {
        Ok(()) => Ok(vm.string(text)),
        Err(e) => Err(vm.new_error("OSError", e.to_string())),
    }
}

fn flush(vm: &mut Vm, _args: Args) -> PyResult {
    vm.flush_stdout();
    Ok(vm.none())
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult {
    match vm.handled_exc.clone() {
        Some(e) => {
            let cls = e.class().clone();
            let tb = vm
                .getattr_opt(&e, "__traceback__")?
                .unwrap_or_else(|| vm.none());
            Ok(vm.tuple(vec![cls, e, tb]))
        }
        None => Ok(vm.tuple(vec![vm.none(), vm.none(), vm.none()])),
    }
}

fn exception(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.handled_exc.clone().unwrap_or_else(|| vm.none()))
}

fn getdefaultencoding(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.str("utf-8"))
}

fn intern(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.positional();
    match pos.first() {
        Some(s) if pos.len() == 1 => match &s.payload {
            Payload::Str(text) if s.class().is(&vm.types.str_type) => {
                Ok(vm.intern_in_place(s, text.as_str()))
            }
            Payload::Str(_) => Err(vm.type_error(format!("can't intern {}", s.class_name()))),
            _ => Err(vm.type_error(format!(
                "intern() argument must be str, not {}",
                crate::vm::errors::arg_type_name(s)
            ))),
        },
        _ => Err(vm.type_error(format!(
            "intern() takes exactly one argument ({} given)",
            pos.len()
        ))),
    }
}

/// `sys.flags.int_max_str_digits`: the limit the command line or the environment set at
/// start-up, -1 when neither did.
static CONFIGURED_MAX_STR_DIGITS: std::sync::atomic::AtomicI64 =
    std::sync::atomic::AtomicI64::new(-1);

/// Start-up's `config_init_int_max_str_digits`: `PYTHONINTMAXSTRDIGITS`, then the first
/// `-X int_max_str_digits=N` (which wins), set the limit `int`/`str` conversions start
/// with. Each is checked when present; an invalid one is an error naming where it came
/// from (CPython then refuses to start).
pub fn configure_int_max_str_digits(xoptions: &[String]) -> Result<(), &'static str> {
    let valid = |n: Option<i32>| n.filter(|&n| n == 0 || n >= 640);
    let mut limit = None;
    if let Some(v) = std::env::var("PYTHONINTMAXSTRDIGITS")
        .ok()
        .filter(|v| !v.is_empty())
    {
        limit = Some(valid(str_to_int(&v)).ok_or("PYTHONINTMAXSTRDIGITS")?);
    }
    let option = xoptions
        .iter()
        .find(|x| x.split('=').next() == Some("int_max_str_digits"));
    if let Some(x) = option {
        let value = x.split_once('=').map(|(_, v)| str_to_int(v));
        limit = Some(valid(value.flatten()).ok_or("-X int_max_str_digits")?);
    }
    if let Some(n) = limit {
        crate::format::set_int_max_str_digits(n as usize);
        CONFIGURED_MAX_STR_DIGITS.store(n.into(), std::sync::atomic::Ordering::Relaxed);
    }
    Ok(())
}

/// `_Py_str_to_int`: `strtol` in base 10 over the whole text (leading blanks and a sign
/// allowed, nothing after the digits, an empty text is 0) into a C `int`.
fn str_to_int(text: &str) -> Option<i32> {
    if text.is_empty() {
        return Some(0);
    }
    let t = text.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse::<i32>().ok()
}

fn get_int_max_str_digits(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.int(crate::format::int_max_str_digits() as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult {
    let Some(v) = args
        .positional()
        .first()
        .or_else(|| args.kwarg("maxdigits"))
    else {
        return Err(
            vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
        );
    };
    let n = vm.index_value(v)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::format::set_int_max_str_digits(n as usize);
    Ok(vm.none())
}

/// Sets `sys.argv` (called by the CLI once it knows the arguments).
pub fn set_argv(vm: &mut Vm, argv: &[String]) {
    let items = argv.iter().map(|a| vm.str(a)).collect();
    let list = vm.list(items);
    if let Some(m) = vm.sys_module.clone() {
        super::set_attr(vm, &m, "argv", list);
        let dir = argv
            .first()
            .filter(|a| a.as_str() != "-c")
            .and_then(|a| std::fs::canonicalize(a).ok())
            .and_then(|p| p.parent().map(|d| d.to_string_lossy().to_string()))
            .unwrap_or_default();
        let mut entries = vec![vm.string(dir)];
        for entry in super::importlib::pythonpath_entries() {
            entries.push(vm.string(entry));
        }
        let path = vm.list(entries);
        super::set_attr(vm, &m, "path", path);
    }
}

fn getrefcount(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("sys.getrefcount() takes no keyword arguments"));
    }
    match args.args {
        [o] => {
            let n = cpython_refcount(vm, o);
            Ok(vm.int(n as i64))
        }
        more => Err(vm.type_error(format!(
            "sys.getrefcount() takes exactly one argument ({} given)",
            more.len()
        ))),
    }
}

/// The `ob_refcnt` CPython 3.11 would have for `o`, counting the caller's own reference
/// to it (as `sys.getrefcount` counts its argument).
pub(super) fn cpython_refcount(vm: &Vm, o: &PyRef) -> usize {
    if vm.is_interned(o) && !is_static_in_cpython(o) {
        // Interned strings are mortal in CPython 3.11, and its interned dict's two
        // references do not count: refpy's table and the immortal mark hold one each.
        o.refcount() - 2
    } else if o.is_immortal() {
        999_999_999 + o.refcount()
    } else {
        o.refcount()
    }
}

/// Whether CPython 3.11 allocates this string statically, with a count of 999999999
/// (its `_Py_ID` identifiers; `scripts/gen_static_strings.py` lists them).
fn is_static_in_cpython(s: &PyRef) -> bool {
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| {
        include_str!("../objects/static_strings.txt")
            .lines()
            .collect()
    });
    s.as_str_opt()
        .is_some_and(|text| names.binary_search(&text).is_ok())
}

/// `sys._set_line_hook(func or None)`: refpy's tracing hook (see `Vm::line_hook`).
fn set_line_hook(vm: &mut Vm, args: Args) -> PyResult {
    let hook = args
        .args
        .first()
        .filter(|h| !matches!(h.payload, Payload::NoneValue))
        .cloned();
    vm.line_hook = hook;
    Ok(vm.none())
}

thread_local! {
    /// `_PyRuntime._finalizing`: set once the atexit handlers have run.
    static FINALIZING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The GIL switch interval in microseconds (`_PyEval_SetSwitchInterval`).
    static SWITCH_INTERVAL_US: std::cell::Cell<u64> = const { std::cell::Cell::new(5000) };
}

/// Interpreter exit, after the atexit handlers: `sys.is_finalizing()` is True from now.
pub fn set_finalizing() {
    FINALIZING.with(|f| f.set(true));
}

fn no_args(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("sys.{name}() takes no keyword arguments")));
    }
    if !args.args.is_empty() {
        let n = args.args.len();
        return Err(vm.type_error(format!("sys.{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

fn is_finalizing(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "is_finalizing", &args)?;
    Ok(vm.bool(FINALIZING.with(|f| f.get())))
}

fn getswitchinterval(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "getswitchinterval", &args)?;
    Ok(vm.float(1e-6 * SWITCH_INTERVAL_US.with(|s| s.get()) as f64))
}

fn setswitchinterval(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("sys.setswitchinterval() takes no keyword arguments"));
    }
    let [value] = args.args else {
        let n = args.args.len();
        return Err(vm.type_error(format!(
            "sys.setswitchinterval() takes exactly one argument ({n} given)"
        )));
    };
    let interval = super::math::to_f64(vm, value)?;
    if interval <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    SWITCH_INTERVAL_US.with(|s| s.set((1e6 * interval) as u64));
    Ok(vm.none())
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
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("exit() takes no keyword arguments"));
    }
    if args.args.len() > 1 {
        return Err(vm.type_error(format!(
            "exit expected at most 1 argument, got {}",
            args.args.len()
        )));
    }
    let cls = vm.exc_type("SystemExit");
    // `PyErr_SetObject(PyExc_SystemExit, status)` (`_PyErr_CreateException`): a None
    // status makes an exception without arguments, as no status does, and a tuple
    // gives its items as the arguments.
    let status: Vec<PyRef> = match args.positional().first() {
        None => Vec::new(),
        Some(s) => match &s.payload {
            Payload::NoneValue => Vec::new(),
            Payload::Tuple(items) => items.to_vec(),
            _ => vec![s.clone()],
        },
    };
    Err(crate::vm::PyErr(vm.new_exception(&cls, status)))
}

/// `sys.getsizeof(obj[, default])`: see `objects::sizeof`.
/// `sys.getallocatedblocks()`: pymalloc's count of blocks in use, as near as refpy can
/// tell (see `heap::allocated_blocks`).
fn getallocatedblocks(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("sys.getallocatedblocks() takes no keyword arguments"));
    }
    if !args.args.is_empty() {
        return Err(vm.type_error(format!(
            "sys.getallocatedblocks() takes no arguments ({} given)",
            args.args.len()
        )));
    }
    Ok(vm.int(crate::heap::allocated_blocks() as i64))
}

fn getsizeof(vm: &mut Vm, args: Args) -> PyResult {
    let p = crate::objects::methods::bind_params(
        vm,
        "getsizeof",
        args,
        0,
        &["object", "default"],
        1,
        2,
    )?;
    let none = vm.none();
    let o = p[0].as_ref().unwrap_or(&none);
    crate::objects::sizeof::getsizeof(vm, o, p[1].as_ref())
}

/// `sys._getframe(depth=0)`.
fn getframe(vm: &mut Vm, args: Args) -> PyResult {
    let depth = match args.args {
        [] => 0,
        [d] => vm.index_value(d)?.max(0) as usize,
        more => {
            let msg = format!("_getframe expected at most 1 argument, got {}", more.len());
            return Err(vm.type_error(&msg));
        }
    };
    vm.getframe(depth)
        .ok_or_else(|| vm.value_error("call stack is not deep enough"))
}
