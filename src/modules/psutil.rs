//! A small `psutil`: the process and system memory figures that scripts measuring their
//! own memory use (and `memory_profiler`) ask for, read from Linux's `/proc`.
//!
//! The native half here only reads files and returns plain ints, tuples and dicts; the
//! classes (`Process`, the `pmem` / `svmem` named tuples, the exceptions) are Python code in
//! `py/psutil.py`, run into the module at startup. Figures follow psutil's Linux backend:
//! `memory_info()` is `/proc/<pid>/statm` times the page size, `virtual_memory()` comes from
//! `/proc/meminfo` (kB → bytes). A process or file that cannot be read gives `None`, which
//! the Python half turns into `NoSuchProcess`; nothing here panics on odd input.

use crate::vm::{Args, PyResult, Vm};
use std::cell::Cell;

const SOURCE: &str = include_str!("py/psutil.py");

thread_local! {
    static PAGE_SIZE: Cell<u64> = const { Cell::new(0) };
}

pub fn init(vm: &mut Vm) {
    let m = super::register(
        vm,
        "psutil",
        &[
            ("_getpid", getpid),
            ("_statm", statm),
            ("_meminfo", meminfo),
            ("_pids", pids),
            ("_comm", comm),
            ("_status", status),
            ("_ppid", ppid),
            ("_cpu_count", cpu_count),
            ("_page_size", page_size_fn),
        ],
    );
    if let Err(e) = vm.exec_source(SOURCE, "<frozen psutil>", &m) {
        vm.print_exception(&e.0);
    }
}

/// The kernel's page size: the first `KernelPageSize` of `/proc/self/smaps`, else 4096.
fn page_size() -> u64 {
    PAGE_SIZE.with(|p| {
        if p.get() == 0 {
            p.set(read_page_size().unwrap_or(4096));
        }
        p.get()
    })
}

fn read_page_size() -> Option<u64> {
    use std::io::BufRead;
    let f = std::fs::File::open("/proc/self/smaps").ok()?;
    for line in std::io::BufReader::new(f).lines().take(64) {
        let line = line.ok()?;
        if let Some(rest) = line.strip_prefix("KernelPageSize:") {
            let kb: u64 = rest.trim().trim_end_matches("kB").trim().parse().ok()?;
            return (kb > 0).then_some(kb * 1024);
        }
    }
    None
}

/// The `/proc` folder of the process named by the first argument (`None`: this process).
fn proc_dir(vm: &Vm, args: &Args) -> PyResult<Option<String>> {
    match args.positional().first() {
        None => Ok(Some("/proc/self".to_string())),
        Some(p) if p.is(&vm.none()) => Ok(Some("/proc/self".to_string())),
        Some(p) => match p.as_i64() {
            Some(n) if n >= 0 => Ok(Some(format!("/proc/{n}"))),
            Some(_) => Ok(None),
            None => Err(vm.type_error(format!("pid must be an integer (got {})", p.class_name()))),
        },
    }
}

fn getpid(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.int(std::process::id() as i64))
}

/// `_statm(pid)`: `(rss, vms, shared, text, lib, data, dirty)` in bytes, or None.
fn statm(vm: &mut Vm, args: Args) -> PyResult {
    let Some(dir) = proc_dir(vm, &args)? else {
        return Ok(vm.none());
    };
    let Ok(text) = std::fs::read_to_string(format!("{dir}/statm")) else {
        return Ok(vm.none());
    };
    let f: Vec<u64> = text
        .split_whitespace()
        .map(|s| s.parse().unwrap_or(0))
        .collect();
    if f.len() < 7 {
        return Ok(vm.none());
    }
    let ps = page_size();
    let bytes = |i: usize| f[i].saturating_mul(ps).min(i64::MAX as u64) as i64;
    // statm: size resident shared text lib data dt; psutil's pmem order puts rss first.
    let order = [1, 0, 2, 3, 4, 5, 6];
    let items = order.iter().map(|&i| vm.int(bytes(i))).collect();
    Ok(vm.tuple(items))
}

/// `_meminfo()`: `/proc/meminfo` as a dict of field name → bytes (None if unreadable).
fn meminfo(vm: &mut Vm, _args: Args) -> PyResult {
    let Ok(text) = std::fs::read_to_string("/proc/meminfo") else {
        return Ok(vm.none());
    };
    let d = vm.dict();
    for line in text.lines() {
        let Some((name, rest)) = line.split_once(':') else {
            continue;
        };
        let mut parts = rest.split_whitespace();
        let Some(Ok(n)) = parts.next().map(str::parse::<u64>) else {
            continue;
        };
        let n = if parts.next() == Some("kB") {
            n.saturating_mul(1024)
        } else {
            n
        };
        let key = vm.str(name.trim());
        let value = vm.int(n.min(i64::MAX as u64) as i64);
        if let Some(dd) = vm.dict_payload(&d) {
            vm.dict_set(dd, key, value)?;
        }
    }
    Ok(d)
}

/// `_pids()`: the sorted list of running process ids.
fn pids(vm: &mut Vm, _args: Args) -> PyResult {
    let mut ids: Vec<i64> = match std::fs::read_dir("/proc") {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().to_str().and_then(|s| s.parse().ok()))
            .collect(),
        Err(_) => Vec::new(),
    };
    ids.sort_unstable();
    let items = ids.into_iter().map(|i| vm.int(i)).collect();
    Ok(vm.list(items))
}

/// `_comm(pid)`: the process name (`/proc/<pid>/comm`), or None.
fn comm(vm: &mut Vm, args: Args) -> PyResult {
    let Some(dir) = proc_dir(vm, &args)? else {
        return Ok(vm.none());
    };
    match std::fs::read_to_string(format!("{dir}/comm")) {
        Ok(s) => Ok(vm.str(s.trim_end_matches('\n'))),
        Err(_) => Ok(vm.none()),
    }
}

/// The fields of `/proc/<pid>/stat` after the `(comm)` part, or None.
fn stat_fields(dir: &str) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(format!("{dir}/stat")).ok()?;
    let rest = text.rsplit_once(')')?.1;
    Some(rest.split_whitespace().map(str::to_string).collect())
}

/// `_status(pid)`: psutil's status name (`'running'`, `'sleeping'`...), or None.
fn status(vm: &mut Vm, args: Args) -> PyResult {
    let Some(dir) = proc_dir(vm, &args)? else {
        return Ok(vm.none());
    };
    let Some(f) = stat_fields(&dir) else {
        return Ok(vm.none());
    };
    let name = match f.first().map(String::as_str) {
        Some("R") => "running",
        Some("S") => "sleeping",
        Some("D") => "disk-sleep",
        Some("T") => "stopped",
        Some("t") => "tracing-stop",
        Some("Z") => "zombie",
        Some("X") | Some("x") => "dead",
        Some("K") => "wake-kill",
        Some("W") => "waking",
        Some("I") => "idle",
        Some("P") => "parked",
        _ => "unknown",
    };
    Ok(vm.str(name))
}

/// `_ppid(pid)`: the parent's id, or None.
fn ppid(vm: &mut Vm, args: Args) -> PyResult {
    let Some(dir) = proc_dir(vm, &args)? else {
        return Ok(vm.none());
    };
    match stat_fields(&dir).and_then(|f| f.get(1).and_then(|s| s.parse::<i64>().ok())) {
        Some(p) => Ok(vm.int(p)),
        None => Ok(vm.none()),
    }
}

fn cpu_count(vm: &mut Vm, _args: Args) -> PyResult {
    match std::thread::available_parallelism() {
        Ok(n) => Ok(vm.int(n.get() as i64)),
        Err(_) => Ok(vm.none()),
    }
}

fn page_size_fn(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.int(page_size() as i64))
}
