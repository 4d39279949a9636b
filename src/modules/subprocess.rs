//! The native half of `subprocess` (`py/subprocess.py`): starting a child with
//! `std::process::Command`, waiting for it with `waitpid(2)`, signalling it, and the
//! `poll(2)` loop of `communicate`. The Python half checks the arguments (CPython's
//! messages), turns every argument, path and environment entry into bytes, owns the pipe
//! descriptors (its file objects read and write them with `os.read`/`os.write`) and
//! raises the `OSError` a failed start reports.

use super::resource::{errno_error, int_arg, last_errno};
use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use std::ffi::OsStr;
use std::os::fd::{FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Set in `subprocess` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("_spawn", spawn),
    ("_wait", wait),
    ("_kill", kill),
    ("_communicate", communicate),
];

/// The stream specs of `_spawn`, as `subprocess` numbers them; a fd is `>= 0`, and the
/// Python half passes -4 for None (inherit).
const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;

/// The bytes of a bytes argument (the Python half has encoded every path already).
fn bytes_of(obj: &PyRef) -> Option<Vec<u8>> {
    match &obj.payload {
        Payload::Bytes(b) => Some(b.to_vec()),
        _ => None,
    }
}

/// The bytes items of the `i`-th argument, a tuple of bytes; None for None.
fn bytes_tuple(vm: &Vm, args: &Args, i: usize) -> PyResult<Option<Vec<Vec<u8>>>> {
    match args.positional().get(i) {
        Some(t) if matches!(t.payload, Payload::NoneValue) => Ok(None),
        Some(t) => t
            .tuple_items()
            .and_then(|items| items.iter().map(bytes_of).collect::<Option<Vec<_>>>())
            .map(Some)
            .ok_or_else(|| vm.type_error("expected a tuple of bytes")),
        None => Ok(None),
    }
}

/// The `i`-th argument as bytes, or None.
fn opt_bytes(vm: &Vm, args: &Args, i: usize) -> PyResult<Option<Vec<u8>>> {
    match args.positional().get(i) {
        Some(b) if matches!(b.payload, Payload::NoneValue) => Ok(None),
        Some(b) => bytes_of(b)
            .map(Some)
            .ok_or_else(|| vm.type_error("expected bytes")),
        None => Ok(None),
    }
}

/// A new pipe `(read end, write end)`, both close-on-exec.
fn pipe() -> Result<(OwnedFd, OwnedFd), i32> {
    let mut fds: [RawFd; 2] = [-1, -1];
    // SAFETY: `fds` is a live array of two ints for pipe2 to fill.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(last_errno());
    }
    // SAFETY: pipe2 succeeded, so both descriptors are open and owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// A close-on-exec duplicate of `fd` (a descriptor the script named, or our stdout), for
/// `Stdio::from`, which closes its copy after the start.
fn dup(fd: RawFd) -> Result<OwnedFd, i32> {
    // SAFETY: fcntl(F_DUPFD_CLOEXEC) takes any integer; an invalid one fails with EBADF.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 3) };
    if new < 0 {
        return Err(last_errno());
    }
    // SAFETY: `new` was just opened by fcntl and is owned by nobody else.
    Ok(unsafe { OwnedFd::from_raw_fd(new) })
}

/// The raw number of a descriptor the parent keeps (a pipe end), released to Python.
fn release(fd: OwnedFd) -> i64 {
    use std::os::fd::IntoRawFd;
    fd.into_raw_fd() as i64
}

/// What `_spawn` returns when the child could not start: `(False, errno, strerror,
/// in_cwd)`; `in_cwd` says the error is the working folder's.
fn failure(vm: &mut Vm, errno: i32, in_cwd: bool) -> PyResult {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    let items = vec![
        vm.bool(false),
        vm.int(errno as i64),
        vm.string(text),
        vm.bool(in_cwd),
    ];
    Ok(vm.tuple(items))
}

/// `_spawn(args, executable, cwd, env, stdin, stdout, stderr, new_session,
/// process_group, umask)`: `args` a tuple of bytes, `executable`/`cwd` bytes or None, `env`
/// a tuple of `b'KEY=VALUE'` or None (inherit), the streams `PIPE`/`STDOUT`/`DEVNULL`/
/// `INHERIT` or a descriptor, `process_group`/`umask` -1 for none. Returns `(True, pid,
/// stdin_w, stdout_r, stderr_r)` (-1 for a stream without a pipe), or [`failure`].
fn spawn(vm: &mut Vm, args: Args) -> PyResult {
    let Some(argv) = bytes_tuple(vm, &args, 0)?.filter(|a| !a.is_empty()) else {
        return Err(vm.value_error("args must not be empty"));
    };
    let executable = opt_bytes(vm, &args, 1)?;
    let cwd = opt_bytes(vm, &args, 2)?;
    let env = bytes_tuple(vm, &args, 3)?;
    let specs = [
        int_arg(vm, &args, 4)?,
        int_arg(vm, &args, 5)?,
        int_arg(vm, &args, 6)?,
    ];
    let new_session = match args.positional().get(7) {
        Some(b) => vm.is_true(b)?,
        None => false,
    };
    let process_group = int_arg(vm, &args, 8)?;
    let umask = int_arg(vm, &args, 9)?;

    if let Some(cwd) = &cwd {
        // The child changes folder after the fork, where std cannot tell its failure from
        // the exec's: check first, as CPython names the folder in this error.
        match std::fs::metadata(OsStr::from_bytes(cwd)) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => return failure(vm, libc::ENOTDIR, true),
            Err(e) => return failure(vm, e.raw_os_error().unwrap_or(libc::ENOENT), true),
        }
    }

    let program = executable.as_deref().unwrap_or(&argv[0]);
    let mut cmd = Command::new(OsStr::from_bytes(program));
    cmd.arg0(OsStr::from_bytes(&argv[0]));
    cmd.args(argv[1..].iter().map(|a| OsStr::from_bytes(a)));
    if let Some(cwd) = &cwd {
        cmd.current_dir(OsStr::from_bytes(cwd));
    }
    if let Some(env) = &env {
        cmd.env_clear();
        for entry in env {
            // An entry without '=' (CPython refuses those before) is skipped.
            if let Some(eq) = entry.iter().position(|&c| c == b'=') {
                cmd.env(
                    OsStr::from_bytes(&entry[..eq]),
                    OsStr::from_bytes(&entry[eq + 1..]),
                );
            }
        }
    }
    if process_group >= 0 {
        cmd.process_group(process_group as i32);
    }
    if new_session || umask >= 0 {
        let mask = umask as libc::mode_t;
        // SAFETY: the closure runs in the child between fork and exec and calls only
        // setsid(2) and umask(2), both async-signal-safe; it touches no lock or allocation.
        unsafe {
            cmd.pre_exec(move || {
                if new_session && libc::setsid() < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                if umask >= 0 {
                    libc::umask(mask);
                }
                Ok(())
            });
        }
    }

    // The parent's ends of the pipes, and the child's stdout for `stderr=STDOUT`.
    let mut parent: [Option<OwnedFd>; 3] = [None, None, None];
    let mut child_stdout: Option<OwnedFd> = None;
    for (i, &spec) in specs.iter().enumerate() {
        let stdio = match spec {
            PIPE => {
                let (r, w) = match pipe() {
                    Ok(p) => p,
                    Err(errno) => return Err(errno_error(vm, errno, None)),
                };
                let (mine, theirs) = if i == 0 { (w, r) } else { (r, w) };
                parent[i] = Some(mine);
                if i == 1 {
                    child_stdout = theirs.try_clone().ok();
                }
                Stdio::from(theirs)
            }
            DEVNULL => Stdio::null(),
            STDOUT if i == 2 => {
                let target = match (&child_stdout, specs[1]) {
                    (Some(fd), _) => fd.try_clone().map_err(|e| e.raw_os_error().unwrap_or(0)),
                    (None, DEVNULL) => {
                        cmd.stderr(Stdio::null());
                        continue;
                    }
                    (None, fd) if fd >= 0 => dup(fd as RawFd),
                    (None, _) => dup(1),
                };
                match target {
                    Ok(fd) => Stdio::from(fd),
                    Err(errno) => return Err(errno_error(vm, errno, None)),
                }
            }
            fd if fd >= 0 => match dup(fd as RawFd) {
                Ok(fd) => {
                    if i == 1 {
                        child_stdout = fd.try_clone().ok();
                    }
                    Stdio::from(fd)
                }
                Err(errno) => return Err(errno_error(vm, errno, None)),
            },
            _ => Stdio::inherit(),
        };
        match i {
            0 => cmd.stdin(stdio),
            1 => cmd.stdout(stdio),
            _ => cmd.stderr(stdio),
        };
    }
    drop(child_stdout);

    // The child writes to the same stdout: what the script printed comes first.
    vm.flush_stdout();
    let child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) => return failure(vm, e.raw_os_error().unwrap_or(libc::ENOENT), false),
    };
    // The child's ends of the pipes close with `cmd`; the `Child` has no handles (every
    // stream was given), and dropping it neither waits nor kills.
    let pid = child.id() as i64;
    drop(child);
    drop(cmd);
    let mut items = vec![vm.bool(true), vm.int(pid)];
    for fd in parent {
        items.push(vm.int(fd.map_or(-1, release)));
    }
    Ok(vm.tuple(items))
}

/// The return code of a wait status: the exit code, or minus the signal that ended it.
fn returncode(status: libc::c_int) -> i64 {
    if libc::WIFSIGNALED(status) {
        -(libc::WTERMSIG(status) as i64)
    } else if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status) as i64
    } else {
        status as i64
    }
}

/// One `waitpid`: `Some(code)` once the child has ended, None while it runs (`nohang`).
/// A child already reaped elsewhere (ECHILD) counts as exit status 0, as in CPython.
fn waitpid(pid: libc::pid_t, nohang: bool) -> Result<Option<i64>, i32> {
    loop {
        let mut status: libc::c_int = 0;
        let flags = if nohang { libc::WNOHANG } else { 0 };
        // SAFETY: `status` is a live int for waitpid to write.
        let rc = unsafe { libc::waitpid(pid, &mut status, flags) };
        if rc == pid {
            return Ok(Some(returncode(status)));
        }
        if rc == 0 {
            return Ok(None);
        }
        match last_errno() {
            libc::EINTR => continue,
            libc::ECHILD => return Ok(Some(0)),
            errno => return Err(errno),
        }
    }
}

/// A timeout argument: None, or seconds as a float (the Python half converts).
fn timeout_arg(args: &Args, i: usize) -> Option<f64> {
    match args.positional().get(i).map(|t| &t.payload) {
        Some(Payload::Float(f)) => Some(*f),
        Some(Payload::Int(n)) => Some(*n as f64),
        _ => None,
    }
}

/// `_wait(pid, timeout)`: the return code, or None if the child still runs after
/// `timeout` seconds (0: just look). Sleeps between looks as CPython does (0.5 ms,
/// doubling up to 50 ms).
fn wait(vm: &mut Vm, args: Args) -> PyResult {
    let pid = int_arg(vm, &args, 0)? as libc::pid_t;
    let timeout = timeout_arg(&args, 1);
    let result = match timeout {
        None => waitpid(pid, false),
        Some(secs) => {
            let end = Instant::now() + Duration::from_secs_f64(secs.clamp(0.0, 1e9));
            let mut delay = 0.0005;
            loop {
                match waitpid(pid, true) {
                    Ok(None) => {}
                    other => break other,
                }
                let now = Instant::now();
                if now >= end {
                    break Ok(None);
                }
                delay = f64::min(delay * 2.0, 0.05);
                let left = (end - now).as_secs_f64();
                std::thread::sleep(Duration::from_secs_f64(delay.min(left)));
            }
        }
    };
    match result {
        Ok(Some(code)) => Ok(vm.int(code)),
        Ok(None) => Ok(vm.none()),
        Err(errno) => Err(errno_error(vm, errno, None)),
    }
}

/// `_kill(pid, signal)`: `kill(2)`; its errors (ProcessLookupError...) as OSError.
pub fn kill(vm: &mut Vm, args: Args) -> PyResult {
    let pid = int_arg(vm, &args, 0)? as libc::pid_t;
    let sig = int_arg(vm, &args, 1)? as libc::c_int;
    // SAFETY: kill(2) takes any pid and signal number; bad ones fail with an errno.
    if unsafe { libc::kill(pid, sig) } < 0 {
        return Err(errno_error(vm, last_errno(), None));
    }
    Ok(vm.none())
}

/// `_communicate(stdin_w, data, stdout_r, stderr_r, timeout)`: writes `data` to the
/// child's stdin while reading its stdout and stderr, until all is written and both reach
/// their end, or `timeout` seconds pass; given a stdin, it returns as soon as the input
/// is written (for the Python half to close it). Descriptors are -1 when absent. Returns
/// `(written, out, err, stdin_done, stdout_eof, stderr_eof, timed_out)`; the Python half
/// keeps what was gathered, closes finished descriptors and calls again to go on.
fn communicate(vm: &mut Vm, args: Args) -> PyResult {
    let in_fd = int_arg(vm, &args, 0)? as RawFd;
    let data = args
        .positional()
        .get(1)
        .and_then(bytes_of)
        .unwrap_or_default();
    let out_fd = int_arg(vm, &args, 2)? as RawFd;
    let err_fd = int_arg(vm, &args, 3)? as RawFd;
    let end = timeout_arg(&args, 4)
        .map(|secs| Instant::now() + Duration::from_secs_f64(secs.clamp(0.0, 1e9)));

    let mut written = 0usize;
    // Once all is written the call returns, for the Python half to close stdin: the
    // child may be waiting for that end of its input before it ends its output.
    let had_input = in_fd >= 0;
    let mut in_done = !had_input || data.is_empty();
    let mut out_eof = out_fd < 0;
    let mut err_eof = err_fd < 0;
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut timed_out = false;
    let mut buf = vec![0u8; 32768];
    while if had_input {
        !in_done
    } else {
        !(out_eof && err_eof)
    } {
        let mut fds = Vec::with_capacity(3);
        if !in_done {
            fds.push(libc::pollfd {
                fd: in_fd,
                events: libc::POLLOUT,
                revents: 0,
            });
        }
        for (fd, eof) in [(out_fd, out_eof), (err_fd, err_eof)] {
            if !eof {
                fds.push(libc::pollfd {
                    fd,
                    events: libc::POLLIN,
                    revents: 0,
                });
            }
        }
        let wait_ms = match end {
            None => -1,
            Some(end) => {
                let now = Instant::now();
                if now >= end {
                    timed_out = true;
                    break;
                }
                ((end - now).as_secs_f64() * 1000.0).ceil() as libc::c_int
            }
        };
        // SAFETY: `fds` is a live vector of `fds.len()` pollfd structs.
        let ready = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, wait_ms) };
        if ready < 0 {
            match last_errno() {
                libc::EINTR => continue,
                errno => return Err(errno_error(vm, errno, None)),
            }
        }
        for p in &fds {
            if p.revents == 0 {
                continue;
            }
            if p.fd == in_fd && !in_done {
                let chunk = &data[written..data.len().min(written + libc::PIPE_BUF)];
                // SAFETY: `chunk` is a live slice of `chunk.len()` readable bytes.
                let n = unsafe { libc::write(in_fd, chunk.as_ptr().cast(), chunk.len()) };
                if n < 0 {
                    match last_errno() {
                        libc::EINTR | libc::EAGAIN => {}
                        // The child stopped reading: the rest of the input is dropped.
                        libc::EPIPE => in_done = true,
                        errno => return Err(errno_error(vm, errno, None)),
                    }
                } else {
                    written += n as usize;
                }
                if written >= data.len() {
                    in_done = true;
                }
            } else if p.fd == out_fd || p.fd == err_fd {
                // SAFETY: `buf` is a live, writable allocation of `buf.len()` bytes.
                let n = unsafe { libc::read(p.fd, buf.as_mut_ptr().cast(), buf.len()) };
                if n < 0 {
                    match last_errno() {
                        libc::EINTR | libc::EAGAIN => continue,
                        errno => return Err(errno_error(vm, errno, None)),
                    }
                }
                let (sink, eof) = if p.fd == out_fd {
                    (&mut out, &mut out_eof)
                } else {
                    (&mut err, &mut err_eof)
                };
                if n == 0 {
                    *eof = true;
                } else {
                    sink.extend_from_slice(&buf[..n as usize]);
                }
            }
        }
    }
    let items = vec![
        vm.int(written as i64),
        vm.bytes(out),
        vm.bytes(err),
        vm.bool(in_done),
        vm.bool(out_eof),
        vm.bool(err_eof),
        vm.bool(timed_out),
    ];
    Ok(vm.tuple(items))
}
