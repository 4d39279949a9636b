//! The native half of `resource` (`py/resource.py`): `getrusage(2)`, `prlimit(2)` (behind
//! `getrlimit`, `setrlimit` and `prlimit`) and the page size. The Python half checks and
//! converts the arguments (CPython's `TypeError`/`OverflowError`/`ValueError` texts) and
//! builds `struct_rusage`; these functions take plain ints and only call the system.
//!
//! A failed call becomes `OSError(errno, strerror)` made through `OSError` itself, so
//! CPython's errno map picks the subclass (`ProcessLookupError` for ESRCH...).

use crate::objects::function::NativeFn;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Set in `resource` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("_getrusage", getrusage),
    ("_prlimit", prlimit),
    ("_getpagesize", getpagesize),
];

/// `OSError(errno, strerror[, filename])` for a raw errno, which CPython's errno map turns
/// into the subclass; shared by the other OS-facing modules (`subprocess`, `signal`,
/// `mmap`).
pub fn errno_error(vm: &mut Vm, errno: i32, filename: Option<&str>) -> PyErr {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    // std appends " (os error N)" to strerror's text.
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    let mut args = vec![vm.int(errno as i64), vm.string(text)];
    if let Some(name) = filename {
        args.push(vm.str(name));
    }
    let cls = vm.exc_type("OSError");
    match vm.call(&cls, Args::new(&args)) {
        Ok(exc) => PyErr(exc),
        Err(e) => e,
    }
}

/// The errno of the failed call just made.
pub fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// The `i`-th positional argument as an i64 (the Python half passes plain ints).
pub fn int_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    let arg = args
        .positional()
        .get(i)
        .cloned()
        .ok_or_else(|| vm.type_error("missing argument"))?;
    vm.index_value(&arg)
}

/// A `struct timeval` in seconds, as CPython's `doubletime`.
fn seconds(tv: &libc::timeval) -> f64 {
    tv.tv_sec as f64 + tv.tv_usec as f64 * 1e-6
}

/// `_getrusage(who)`: the 16 fields of `struct rusage`, times as floats. `EINVAL` is
/// CPython's `ValueError: invalid who parameter`.
fn getrusage(vm: &mut Vm, args: Args) -> PyResult {
    let who = int_arg(vm, &args, 0)? as libc::c_int;
    // SAFETY: `rusage` is a plain C struct of integers, valid when all zero.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `ru` is a live, writable rusage; getrusage writes only it.
    if unsafe { libc::getrusage(who, &mut ru) } < 0 {
        let errno = last_errno();
        if errno == libc::EINVAL {
            return Err(vm.value_error("invalid who parameter"));
        }
        return Err(errno_error(vm, errno, None));
    }
    let ints = [
        ru.ru_maxrss,
        ru.ru_ixrss,
        ru.ru_idrss,
        ru.ru_isrss,
        ru.ru_minflt,
        ru.ru_majflt,
        ru.ru_nswap,
        ru.ru_inblock,
        ru.ru_oublock,
        ru.ru_msgsnd,
        ru.ru_msgrcv,
        ru.ru_nsignals,
        ru.ru_nvcsw,
        ru.ru_nivcsw,
    ];
    let mut fields = vec![
        vm.float(seconds(&ru.ru_utime)),
        vm.float(seconds(&ru.ru_stime)),
    ];
    fields.extend(ints.iter().map(|&n| vm.int(n)));
    Ok(vm.tuple(fields))
}

/// A limit as Python sees it: `RLIM_INFINITY` is -1, the rest as the C value.
fn limit_value(vm: &Vm, v: libc::rlim_t) -> crate::heap::PyRef {
    if v == libc::RLIM_INFINITY {
        vm.int(-1)
    } else {
        vm.bigint(num_bigint::BigInt::from(v))
    }
}

/// `_prlimit(pid, resource, new)`: `new` is None (only read) or `(soft, hard)` as C longs
/// (a negative value wraps to `rlim_t`, as CPython's conversion does). Returns the old
/// `(soft, hard)`. `getrlimit`/`setrlimit` call it with pid 0 (this process).
fn prlimit(vm: &mut Vm, args: Args) -> PyResult {
    let pid = int_arg(vm, &args, 0)? as libc::pid_t;
    let resource = int_arg(vm, &args, 1)?;
    let new = match args.positional().get(2).and_then(|t| t.tuple_items()) {
        Some(items) if items.len() == 2 => {
            let items = items.to_vec();
            let soft = vm.index_value(&items[0])?;
            let hard = vm.index_value(&items[1])?;
            Some(libc::rlimit {
                rlim_cur: soft as libc::rlim_t,
                rlim_max: hard as libc::rlim_t,
            })
        }
        _ => None,
    };
    let mut old = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    let new_ptr = new.as_ref().map_or(std::ptr::null(), |n| n as *const _);
    // SAFETY: `new_ptr` is null or points at `new`, which outlives the call; `old` is a
    // live, writable rlimit. The resource number was range-checked by the Python half.
    let rc = unsafe {
        libc::prlimit(
            pid,
            resource as libc::__rlimit_resource_t,
            new_ptr,
            &mut old,
        )
    };
    if rc < 0 {
        let errno = last_errno();
        return Err(match errno {
            libc::EINVAL if new.is_some() => vm.value_error("current limit exceeds maximum limit"),
            libc::EINVAL => vm.value_error("invalid resource specified"),
            libc::EPERM if new.is_some() => vm.value_error("not allowed to raise maximum limit"),
            _ => errno_error(vm, errno, None),
        });
    }
    let soft = limit_value(vm, old.rlim_cur);
    let hard = limit_value(vm, old.rlim_max);
    Ok(vm.tuple(vec![soft, hard]))
}

/// `_getpagesize()`: `sysconf(_SC_PAGESIZE)`.
fn getpagesize(vm: &mut Vm, _args: Args) -> PyResult {
    // SAFETY: sysconf only reads a system constant.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    Ok(vm.int(size as i64))
}
