//! The native half of `os` (`py/os.py`): the calls that need the operating system, over
//! `std::env` and `std::fs`. The Python half checks and converts arguments (`fspath`, the
//! `TypeError` texts) and passes plain `str` paths; these functions only touch the system.
//!
//! Every failure becomes `OSError(errno, strerror, filename)` made through `OSError`
//! itself, so CPython's errno map picks the subclass (`FileNotFoundError` for ENOENT,
//! `FileExistsError` for EEXIST...) and the text is CPython's
//! `[Errno 2] No such file or directory: 'x'`.

use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::vm::{Args, PyErr, PyResult, Vm};
use std::os::unix::fs::MetadataExt;

/// Set in `os` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("getcwd", getcwd),
    ("getpid", getpid),
    ("getppid", getppid),
    ("umask", umask),
    ("cpu_count", cpu_count),
    ("sysconf", sysconf),
    ("_sysconf_names", sysconf_names),
    ("urandom", urandom),
    ("_system", system),
    ("_chdir", chdir),
    ("_listdir", listdir),
    ("_stat", stat),
    ("_mkdir", mkdir),
    ("_rmdir", rmdir),
    ("_remove", remove),
    ("_rename", rename),
    ("_readlink", readlink),
    ("_environ", environ),
    ("_putenv", putenv),
    ("_unsetenv", unsetenv),
    ("_open", open),
    ("close", close),
    ("read", read),
    ("_write", write),
    ("_chmod", chmod),
    ("_utime", utime),
    ("_symlink", symlink),
    ("_link", link),
    ("_access", access),
    ("_statvfs", statvfs),
    ("_terminal_size", terminal_size),
    ("_o_flags", o_flags),
    ("_mkfifo", mkfifo),
    ("_posix_builtins", posix_builtins),
    ("_strerror", strerror),
];

/// The `os` functions CPython implements in C (module `posix`) that refpy writes in
/// Python. `os.py` defines each under its public name, then swaps it for the builtin
/// `_posix_builtins()` makes, keeping the Python function in `os._python_impls`; so
/// `os.stat` is `<built-in function stat>` with `__module__` 'posix', as in CPython,
/// and calling it runs the Python function.
macro_rules! forwarders {
    ($($name:ident)*) => {
        static FORWARDED: &[(&str, NativeFn)] = &[$(
            (stringify!($name), {
                fn call(vm: &mut Vm, args: Args) -> PyResult {
                    forward(vm, stringify!($name), args)
                }
                call
            }),
        )*];
    };
}

forwarders!(
    fspath getcwdb system chdir listdir mkdir rmdir remove unlink rename replace scandir
    readlink stat lstat putenv unsetenv open write chmod utime symlink link access kill
    statvfs uname get_terminal_size mkfifo
);

thread_local! {
    /// `os._python_impls`, held weakly once `forward` has found it.
    static PYTHON_IMPLS: std::cell::RefCell<Option<crate::heap::WeakPyRef>> =
        const { std::cell::RefCell::new(None) };
}

/// Calls the Python implementation of `os.<name>`.
fn forward(vm: &mut Vm, name: &str, args: Args) -> PyResult {
    let impls = match vm.sys_modules_get("os")? {
        Some(os) => {
            let impls = vm.getattr_str(&os, "_python_impls")?;
            PYTHON_IMPLS.with(|w| *w.borrow_mut() = Some(impls.downgrade()));
            impls
        }
        // At exit `os` has left `sys.modules` while finalizers may still call its
        // functions (C functions in CPython): the table lives as long as `os`'s globals.
        None => match PYTHON_IMPLS.with(|w| w.borrow().as_ref().and_then(|w| w.upgrade())) {
            Some(impls)
                if !matches!(impls.payload, crate::objects::payload::Payload::NoneValue) =>
            {
                impls
            }
            _ => return Err(vm.new_error("RuntimeError", format!("os.{name}: os is not imported"))),
        },
    };
    let key = vm.str(name);
    let func = vm.getitem(&impls, &key)?;
    // The natives take str paths; an error names a path given as bytes as bytes
    // (`filename` for the first path argument, `filename2` for the second).
    let bytes_paths: Vec<(usize, PyRef)> = args
        .positional()
        .iter()
        .take(2)
        .enumerate()
        .filter(|(_, p)| matches!(p.payload, crate::objects::payload::Payload::Bytes(_)))
        .map(|(i, p)| (i, p.clone()))
        .collect();
    let result = vm.call(&func, args);
    if let Err(e) = &result {
        if !bytes_paths.is_empty() && vm.isinstance(&e.0, &vm.exc_type("OSError")) {
            for (i, given) in bytes_paths {
                let field = if i == 0 { "filename" } else { "filename2" };
                if let Ok(Some(v)) = vm.getattr_opt(&e.0, field) {
                    if v.as_str_opt().is_some() {
                        vm.set_exc_attr(&e.0, field, given);
                    }
                }
            }
        }
    }
    result
}

/// `_posix_builtins()`: `(name, builtin)` pairs for the functions `os.py` hands over.
fn posix_builtins(vm: &mut Vm, args: Args) -> PyResult {
    if let Some(impls) = args.positional().first() {
        PYTHON_IMPLS.with(|w| *w.borrow_mut() = Some(impls.downgrade()));
    }
    let pairs = FORWARDED
        .iter()
        .map(|&(name, func)| {
            let key = vm.str(name);
            let builtin = vm.builtin_in(name, func, Some("posix"));
            vm.tuple(vec![key, builtin])
        })
        .collect();
    Ok(vm.list(pairs))
}

/// `_mkfifo(path, mode)`: `mkfifo(3)`, the mode applied under the umask.
fn mkfifo(vm: &mut Vm, args: Args) -> PyResult {
    let path = str_arg(vm, &args, 0)?;
    let mode = match args.positional().get(1) {
        Some(m) => vm.index_value(m)?,
        None => 0o666,
    };
    let Ok(c_path) = std::ffi::CString::new(path.as_bytes()) else {
        return Err(vm.value_error("embedded null byte"));
    };
    // SAFETY: `c_path` is a NUL-terminated string that outlives the call.
    if unsafe { libc::mkfifo(c_path.as_ptr(), mode as libc::mode_t) } != 0 {
        // CPython reports mkfifo's failures without the file name.
        let e = std::io::Error::last_os_error();
        return Err(os_error_paths(vm, &e, &[]));
    }
    Ok(vm.none())
}

/// `OSError(errno, strerror, path)`, which CPython's errno map turns into the subclass.
fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> PyErr {
    os_error_paths(vm, e, &[path])
}

/// [`os_error`] naming any number of paths: none (`putenv`), one, or two (`rename`,
/// whose message reads `'src' -> 'dst'`; the `OSError` constructor takes the second
/// filename as its fifth argument).
fn os_error_paths(vm: &mut Vm, e: &std::io::Error, paths: &[&str]) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    // std appends " (os error N)" to strerror's text.
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    let mut args = vec![vm.int(errno as i64), vm.string(text)];
    match paths {
        [] => {}
        [one] => args.push(vm.str(one)),
        [src, dst, ..] => args.extend([vm.str(src), vm.int(0), vm.str(dst)]),
    }
    let cls = vm.exc_type("OSError");
    match vm.call(&cls, Args::new(&args)) {
        Ok(exc) => PyErr(exc),
        Err(e) => e,
    }
}

/// The `i`-th positional argument as a str (the Python half has converted it already).
fn str_arg(vm: &Vm, args: &Args, i: usize) -> PyResult<String> {
    args.positional()
        .get(i)
        .and_then(|p| p.as_str_opt())
        .map(str::to_string)
        .ok_or_else(|| vm.type_error("expected str"))
}

/// CPython's text for a call with arguments to a function that takes none.
fn no_args(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if args.args.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "posix.{name}() takes no arguments ({} given)",
        args.args.len()
    )))
}

fn getcwd(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "getcwd", &args)?;
    match std::env::current_dir() {
        Ok(p) => Ok(vm.string(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(vm, &e, ".")),
    }
}

/// `os.getpid()`: the process id, as `psutil`'s `_getpid` reads it.
fn getpid(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "getpid", &args)?;
    Ok(vm.int(std::process::id() as i64))
}

/// `os.umask(mask)`: sets the file mode creation mask, returning the previous one.
fn umask(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("umask() takes no keyword arguments"));
    }
    if args.args.len() != 1 {
        return Err(vm.type_error(format!(
            "posix.umask() takes exactly one argument ({} given)",
            args.args.len()
        )));
    }
    if matches!(
        args.args[0].payload,
        crate::objects::payload::Payload::Float(_)
    ) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let mask = int_arg(vm, &args, 0)?;
    // SAFETY: umask only swaps the process's mask.
    let old = unsafe { libc::umask(mask as libc::mode_t) };
    Ok(vm.int(old as i64))
}

/// `os._strerror(code)`: the C library's text for an errno value (the Python half has
/// checked that the code is a C int).
fn strerror(vm: &mut Vm, args: Args) -> PyResult {
    let code = int_arg(vm, &args, 0)?;
    let text = std::io::Error::from_raw_os_error(code as i32).to_string();
    // std appends " (os error N)" to strerror's text.
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    Ok(vm.string(text))
}

fn getppid(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "getppid", &args)?;
    Ok(vm.int(std::os::unix::process::parent_id() as i64))
}

/// `os.cpu_count()`: CPUs online (`sysconf(_SC_NPROCESSORS_ONLN)` reads the same list),
/// not the affinity mask `available_parallelism` honours.
fn cpu_count(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "cpu_count", &args)?;
    let online = std::fs::read_to_string("/sys/devices/system/cpu/online")
        .ok()
        .and_then(|s| count_cpu_list(s.trim()));
    let n = online.or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()));
    Ok(n.map_or_else(|| vm.none(), |n| vm.int(n as i64)))
}

/// The `os.sysconf_names` scripts use, with glibc's `_SC_*` values.
const SYSCONF_NAMES: &[(&str, i32)] = &[
    ("SC_ARG_MAX", 0),
    ("SC_CHILD_MAX", 1),
    ("SC_CLK_TCK", 2),
    ("SC_NGROUPS_MAX", 3),
    ("SC_OPEN_MAX", 4),
    ("SC_STREAM_MAX", 5),
    ("SC_TZNAME_MAX", 6),
    ("SC_PAGESIZE", 30),
    ("SC_PAGE_SIZE", 30),
    ("SC_LINE_MAX", 43),
    ("SC_IOV_MAX", 60),
    ("SC_GETGR_R_SIZE_MAX", 69),
    ("SC_GETPW_R_SIZE_MAX", 70),
    ("SC_LOGIN_NAME_MAX", 71),
    ("SC_TTY_NAME_MAX", 72),
    ("SC_NPROCESSORS_CONF", 83),
    ("SC_NPROCESSORS_ONLN", 84),
    ("SC_PHYS_PAGES", 85),
    ("SC_AVPHYS_PAGES", 86),
];

/// `os.sysconf(name)`: a name of `sysconf_names` or its number.
fn sysconf(vm: &mut Vm, args: Args) -> PyResult {
    let [name] = args.args else {
        let n = args.args.len();
        return Err(vm.type_error(format!("sysconf() takes exactly one argument ({n} given)")));
    };
    let code = if let Some(s) = name.as_str_opt() {
        match SYSCONF_NAMES.iter().find(|(n, _)| *n == s) {
            Some((_, c)) => *c,
            None => return Err(vm.value_error("unrecognized configuration name")),
        }
    } else if name.is_int() {
        vm.index_value(name)? as i32
    } else {
        return Err(vm.type_error("configuration names must be strings or integers"));
    };
    // SAFETY: sysconf only reads its argument; errno is read right after.
    let (value, err) = unsafe {
        *libc::__errno_location() = 0;
        (libc::sysconf(code), *libc::__errno_location())
    };
    if value == -1 && err != 0 {
        return Err(os_error_paths(
            vm,
            &std::io::Error::from_raw_os_error(err),
            &[],
        ));
    }
    Ok(vm.int(value))
}

/// The table behind `os.sysconf_names`.
fn sysconf_names(vm: &mut Vm, _args: Args) -> PyResult {
    let d = vm.dict();
    for (name, code) in SYSCONF_NAMES {
        let (k, v) = (vm.str(name), vm.int(*code as i64));
        vm.setitem(&d, &k, v)?;
    }
    Ok(d)
}

/// Counts a kernel CPU list such as `0-3,6,8-9`.
fn count_cpu_list(list: &str) -> Option<usize> {
    let mut n = 0;
    for part in list.split(',') {
        n += match part.split_once('-') {
            Some((a, b)) => b.parse::<usize>().ok()?.checked_sub(a.parse().ok()?)? + 1,
            None => part.parse::<usize>().map(|_| 1).ok()?,
        };
    }
    Some(n)
}

/// `os.urandom(n)`: the entropy source `random.SystemRandom` already reads.
fn urandom(vm: &mut Vm, args: Args) -> PyResult {
    let Some((_, read)) = super::random::PY_NATIVE
        .iter()
        .find(|(name, _)| *name == "_urandom")
    else {
        return Err(vm.new_error("NotImplementedError", "urandom"));
    };
    if args.positional().len() != 1 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "urandom() takes exactly one argument ({} given)",
            args.args.len()
        )));
    }
    // A size no allocation can satisfy is CPython's MemoryError, not an abort.
    match args.positional().first().map(|n| (&n.payload, n.as_i64())) {
        Some((_, Some(n))) if n > MAX_URANDOM => return Err(vm.new_error("MemoryError", "")),
        Some((crate::objects::payload::Payload::BigInt(_), _)) => {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        _ => {}
    }
    read(vm, args)
}

/// The largest `os.urandom` request served (1 GiB); larger ones raise MemoryError.
const MAX_URANDOM: i64 = 1 << 30;

/// `_system(command)`: runs `/bin/sh -c command` as `system(3)` does, with refpy's
/// buffered output written first; returns the raw wait status.
fn system(vm: &mut Vm, args: Args) -> PyResult {
    use std::os::unix::process::ExitStatusExt;
    let command = str_arg(vm, &args, 0)?;
    vm.flush_stdout();
    let status = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(&command)
        .status();
    Ok(vm.int(status.map_or(127 << 8, |s| s.into_raw() as i64)))
}

fn chdir(vm: &mut Vm, args: Args) -> PyResult {
    let path = str_arg(vm, &args, 0)?;
    std::env::set_current_dir(&path).map_err(|e| os_error(vm, &e, &path))?;
    Ok(vm.none())
}

/// `_listdir(path)`: the names in the folder, in the order the system gives them.
fn listdir(vm: &mut Vm, args: Args) -> PyResult {
    let path = str_arg(vm, &args, 0)?;
    let entries = std::fs::read_dir(&path).map_err(|e| os_error(vm, &e, &path))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| os_error(vm, &e, &path))?;
        names.push(vm.string(entry.file_name().to_string_lossy().into_owned()));
    }
    Ok(vm.list(names))
}

/// `_stat(path, follow_symlinks)`: `(mode, ino, dev, nlink, uid, gid, size, atime_ns,
/// mtime_ns, ctime_ns, blksize, blocks, rdev)`; the Python half builds `stat_result`.
fn stat(vm: &mut Vm, args: Args) -> PyResult {
    let path = str_arg(vm, &args, 0)?;
    let follow = match args.positional().get(1) {
        Some(f) => vm.is_true(f)?,
        None => true,
    };
    let meta = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    };
    let m = meta.map_err(|e| os_error(vm, &e, &path))?;
    let ns = |s: i64, n: i64| num_bigint::BigInt::from(s) * 1_000_000_000 + n;
    let fields: Vec<PyRef> = vec![
        vm.int(m.mode() as i64),
        vm.bigint(m.ino().into()),
        vm.bigint(m.dev().into()),
        vm.int(m.nlink() as i64),
        vm.int(m.uid() as i64),
        vm.int(m.gid() as i64),
        vm.int(m.size() as i64),
        vm.bigint(ns(m.atime(), m.atime_nsec())),
        vm.bigint(ns(m.mtime(), m.mtime_nsec())),
        vm.bigint(ns(m.ctime(), m.ctime_nsec())),
        vm.int(m.blksize() as i64),
        vm.int(m.blocks() as i64),
        vm.bigint(m.rdev().into()),
    ];
    Ok(vm.tuple(fields))
}

/// `_mkdir(path, mode)`: the mode is applied as `mkdir(2)` does, under the umask.
fn mkdir(vm: &mut Vm, args: Args) -> PyResult {
    use std::os::unix::fs::DirBuilderExt;
    let path = str_arg(vm, &args, 0)?;
    let mode = match args.positional().get(1) {
        Some(m) => vm.index_value(m)?,
        None => 0o777,
    };
    std::fs::DirBuilder::new()
        .mode((mode & 0o7777) as u32)
        .create(&path)
        .map_err(|e| os_error(vm, &e, &path))?;
    Ok(vm.none())
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult {
    let path = str_arg(vm, &args, 0)?;
    std::fs::remove_dir(&path).map_err(|e| os_error(vm, &e, &path))?;
    Ok(vm.none())
}

/// `_remove(path)`: `unlink(2)`, which refuses folders with EISDIR as CPython reports.
fn remove(vm: &mut Vm, args: Args) -> PyResult {
    let path = str_arg(vm, &args, 0)?;
    std::fs::remove_file(&path).map_err(|e| os_error(vm, &e, &path))?;
    Ok(vm.none())
}

/// `_rename(src, dst)`: CPython names both paths; the message shows `src -> dst`.
fn rename(vm: &mut Vm, args: Args) -> PyResult {
    let src = str_arg(vm, &args, 0)?;
    let dst = str_arg(vm, &args, 1)?;
    std::fs::rename(&src, &dst).map_err(|e| os_error_paths(vm, &e, &[&src, &dst]))?;
    Ok(vm.none())
}

fn readlink(vm: &mut Vm, args: Args) -> PyResult {
    let path = str_arg(vm, &args, 0)?;
    let target = std::fs::read_link(&path).map_err(|e| os_error(vm, &e, &path))?;
    Ok(vm.string(target.to_string_lossy().into_owned()))
}

/// `_environ()`: the process environment as `(key, value)` pairs, in `environ` order.
fn environ(vm: &mut Vm, _args: Args) -> PyResult {
    let pairs: Vec<PyRef> = std::env::vars_os()
        .map(|(k, v)| {
            let k = vm.string(k.to_string_lossy().into_owned());
            let v = vm.string(v.to_string_lossy().into_owned());
            vm.tuple(vec![k, v])
        })
        .collect();
    Ok(vm.list(pairs))
}

/// Checks what `setenv` would refuse (and `std::env::set_var` would panic on).
fn check_env(vm: &mut Vm, key: &str, value: &str) -> PyResult<()> {
    if key.contains('\0') || value.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    if key.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    if key.is_empty() {
        let einval = std::io::Error::from_raw_os_error(22);
        return Err(os_error_paths(vm, &einval, &[]));
    }
    Ok(())
}

fn putenv(vm: &mut Vm, args: Args) -> PyResult {
    let key = str_arg(vm, &args, 0)?;
    let value = str_arg(vm, &args, 1)?;
    check_env(vm, &key, &value)?;
    std::env::set_var(key, value);
    Ok(vm.none())
}

fn unsetenv(vm: &mut Vm, args: Args) -> PyResult {
    let key = str_arg(vm, &args, 0)?;
    check_env(vm, &key, "")?;
    std::env::remove_var(key);
    Ok(vm.none())
}

// ---------------------------------------------------------------------------
// File descriptors and file attributes (for tempfile, shutil and pathlib)
// ---------------------------------------------------------------------------

/// The `i`-th positional argument as an int (through `__index__`).
fn int_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    let arg = args
        .positional()
        .get(i)
        .cloned()
        .ok_or_else(|| vm.type_error("missing argument"))?;
    vm.index_value(&arg)
}

/// A path for libc; the Python half has refused embedded NULs already.
fn c_path(vm: &Vm, path: &str) -> PyResult<std::ffi::CString> {
    std::ffi::CString::new(path).map_err(|_| vm.value_error("embedded null byte"))
}

/// The `errno` of the failed call just made.
fn last_error() -> std::io::Error {
    std::io::Error::last_os_error()
}

/// The raw fd argument of `close`/`read`/`_write` as a C int: an fd past `int`'s range is
/// CPython's `OverflowError`.
fn fd_arg(vm: &mut Vm, args: &Args) -> PyResult<libc::c_int> {
    let fd = int_arg(vm, args, 0)?;
    libc::c_int::try_from(fd).map_err(|_| {
        let which = if fd < 0 {
            "less than minimum"
        } else {
            "greater than maximum"
        };
        vm.overflow_error(format!("signed integer is {which}"))
    })
}

/// `_open(path, flags, mode)`: `open(2)`, returning the new descriptor.
fn open(vm: &mut Vm, args: Args) -> PyResult {
    let path = str_arg(vm, &args, 0)?;
    let flags = int_arg(vm, &args, 1)? as libc::c_int;
    let mode = int_arg(vm, &args, 2)? as libc::c_uint;
    let c = c_path(vm, &path)?;
    // CPython opens every descriptor non-inheritable (PEP 446).
    // SAFETY: `c` is a NUL-terminated path that outlives the call; open(2) reads only it.
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) };
    if fd < 0 {
        return Err(os_error(vm, &last_error(), &path));
    }
    Ok(vm.int(fd as i64))
}

fn close(vm: &mut Vm, args: Args) -> PyResult {
    let fd = fd_arg(vm, &args)?;
    // SAFETY: close(2) takes any integer; a descriptor the script does not own fails
    // with EBADF, as `os.close` does in CPython (no Rust object owns script descriptors).
    if unsafe { libc::close(fd) } < 0 {
        return Err(os_error_paths(vm, &last_error(), &[]));
    }
    Ok(vm.none())
}

/// `read(fd, n)`: at most `n` bytes; `b''` at the end of the file.
fn read(vm: &mut Vm, args: Args) -> PyResult {
    let fd = fd_arg(vm, &args)?;
    let n = int_arg(vm, &args, 1)?;
    if n < 0 {
        let einval = std::io::Error::from_raw_os_error(libc::EINVAL);
        return Err(os_error_paths(vm, &einval, &[]));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: `buf` is a live, writable allocation of exactly `buf.len()` bytes.
    let got = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if got < 0 {
        return Err(os_error_paths(vm, &last_error(), &[]));
    }
    buf.truncate(got as usize);
    Ok(vm.bytes(buf))
}

/// `_write(fd, data)`: one `write(2)` of the bytes (the Python half converts any
/// bytes-like object); returns the count written.
fn write(vm: &mut Vm, args: Args) -> PyResult {
    let fd = fd_arg(vm, &args)?;
    let data = match args.positional().get(1).map(|d| &d.payload) {
        Some(crate::objects::payload::Payload::Bytes(b)) => b.to_vec(),
        _ => return Err(vm.type_error("_write() needs bytes")),
    };
    // SAFETY: `data` is a live allocation of `data.len()` readable bytes.
    let done = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
    if done < 0 {
        return Err(os_error_paths(vm, &last_error(), &[]));
    }
    Ok(vm.int(done as i64))
}

/// `_chmod(path, mode, follow_symlinks)`: returns False when the system cannot change a
/// link's own mode (`EOPNOTSUPP`), for the Python half's `NotImplementedError`.
fn chmod(vm: &mut Vm, args: Args) -> PyResult {
    let path = str_arg(vm, &args, 0)?;
    let mode = int_arg(vm, &args, 1)? as libc::mode_t;
    let follow = match args.positional().get(2) {
        Some(f) => vm.is_true(f)?,
        None => true,
    };
    let c = c_path(vm, &path)?;
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `c` is a NUL-terminated path that outlives the call.
    if unsafe { libc::fchmodat(libc::AT_FDCWD, c.as_ptr(), mode, flags) } < 0 {
        let e = last_error();
        if !follow && e.raw_os_error() == Some(libc::EOPNOTSUPP) {
            return Ok(vm.bool(false));
        }
        return Err(os_error(vm, &e, &path));
    }
    Ok(vm.bool(true))
}

/// `_utime(path, times_ns, follow_symlinks)`: `times_ns` is None (now) or
/// `(atime_ns, mtime_ns)`. Its OSError names no file, as CPython's.
fn utime(vm: &mut Vm, args: Args) -> PyResult {
    let path = str_arg(vm, &args, 0)?;
    let follow = match args.positional().get(2) {
        Some(f) => vm.is_true(f)?,
        None => true,
    };
    let spec = |ns: i64| libc::timespec {
        tv_sec: ns.div_euclid(1_000_000_000) as libc::time_t,
        tv_nsec: ns.rem_euclid(1_000_000_000) as _,
    };
    let items = args
        .positional()
        .get(1)
        .and_then(|t| t.tuple_items().map(<[PyRef]>::to_vec));
    let times = match items {
        Some(items) if items.len() == 2 => {
            let atime = vm.index_value(&items[0])?;
            let mtime = vm.index_value(&items[1])?;
            Some([spec(atime), spec(mtime)])
        }
        _ => None,
    };
    let c = c_path(vm, &path)?;
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    let ptr = times.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    // SAFETY: `c` is a NUL-terminated path; `ptr` is null or points at two timespecs
    // in `times`, which outlives the call.
    if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ptr, flags) } < 0 {
        // CPython's utime() reports no file name.
        return Err(os_error_paths(vm, &last_error(), &[]));
    }
    Ok(vm.none())
}

/// `_symlink(src, dst)`: a link at `dst` pointing to `src`; errors name both.
fn symlink(vm: &mut Vm, args: Args) -> PyResult {
    let src = str_arg(vm, &args, 0)?;
    let dst = str_arg(vm, &args, 1)?;
    std::os::unix::fs::symlink(&src, &dst).map_err(|e| os_error_paths(vm, &e, &[&src, &dst]))?;
    Ok(vm.none())
}

/// `_link(src, dst)`: a hard link at `dst` to `src`.
fn link(vm: &mut Vm, args: Args) -> PyResult {
    let src = str_arg(vm, &args, 0)?;
    let dst = str_arg(vm, &args, 1)?;
    std::fs::hard_link(&src, &dst).map_err(|e| os_error_paths(vm, &e, &[&src, &dst]))?;
    Ok(vm.none())
}

/// `_access(path, mode)`: `access(2)` as a bool; errors are False, as in CPython.
fn access(vm: &mut Vm, args: Args) -> PyResult {
    let path = str_arg(vm, &args, 0)?;
    let mode = int_arg(vm, &args, 1)? as libc::c_int;
    let c = c_path(vm, &path)?;
    // SAFETY: `c` is a NUL-terminated path that outlives the call.
    Ok(vm.bool(unsafe { libc::access(c.as_ptr(), mode) } == 0))
}

/// `_statvfs(path)`: `(f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree,
/// f_favail, f_flag, f_namemax, f_fsid)`; the Python half builds `statvfs_result`.
fn statvfs(vm: &mut Vm, args: Args) -> PyResult {
    let path = str_arg(vm, &args, 0)?;
    let c = c_path(vm, &path)?;
    // SAFETY: `statvfs` is a plain C struct of integers, valid when all zero.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: `c` is a NUL-terminated path and `st` a writable statvfs, both live.
    if unsafe { libc::statvfs(c.as_ptr(), &mut st) } < 0 {
        return Err(os_error(vm, &last_error(), &path));
    }
    let fields = [
        st.f_bsize as u64,
        st.f_frsize as u64,
        st.f_blocks as u64,
        st.f_bfree as u64,
        st.f_bavail as u64,
        st.f_files as u64,
        st.f_ffree as u64,
        st.f_favail as u64,
        st.f_flag as u64,
        st.f_namemax as u64,
        st.f_fsid as u64,
    ];
    let items = fields.iter().map(|&f| vm.bigint(f.into())).collect();
    Ok(vm.tuple(items))
}

/// `_terminal_size(fd)`: `(columns, lines)` from `TIOCGWINSZ`; `ENOTTY` and the like
/// become OSError as in CPython.
fn terminal_size(vm: &mut Vm, args: Args) -> PyResult {
    let fd = fd_arg(vm, &args)?;
    // SAFETY: `winsize` is a plain C struct of integers, valid when all zero.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one `winsize` through the pointer, which is live.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) } < 0 {
        return Err(os_error_paths(vm, &last_error(), &[]));
    }
    let columns = vm.int(size.ws_col as i64);
    let lines = vm.int(size.ws_row as i64);
    Ok(vm.tuple(vec![columns, lines]))
}

/// `_o_flags()`: the system's `O_*` open flags as `(name, value)` pairs.
fn o_flags(vm: &mut Vm, _args: Args) -> PyResult {
    let flags: &[(&str, libc::c_int)] = &[
        ("O_RDONLY", libc::O_RDONLY),
        ("O_WRONLY", libc::O_WRONLY),
        ("O_RDWR", libc::O_RDWR),
        ("O_APPEND", libc::O_APPEND),
        ("O_CREAT", libc::O_CREAT),
        ("O_EXCL", libc::O_EXCL),
        ("O_TRUNC", libc::O_TRUNC),
        ("O_NOFOLLOW", libc::O_NOFOLLOW),
        ("O_DIRECTORY", libc::O_DIRECTORY),
        ("O_CLOEXEC", libc::O_CLOEXEC),
        ("O_NONBLOCK", libc::O_NONBLOCK),
        ("O_NOCTTY", libc::O_NOCTTY),
        ("O_SYNC", libc::O_SYNC),
        ("O_ACCMODE", libc::O_ACCMODE),
    ];
    let pairs = flags
        .iter()
        .map(|&(name, value)| {
            let name = vm.str(name);
            let value = vm.int(value as i64);
            vm.tuple(vec![name, value])
        })
        .collect();
    Ok(vm.list(pairs))
}
