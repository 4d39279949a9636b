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
    ("cpu_count", cpu_count),
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
];

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
