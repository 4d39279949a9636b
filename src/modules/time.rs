//! The `time` module: clocks and `sleep` here; `struct_time` and the calendar functions
//! in Python (`py/time.py`), loaded by the module's `__getattr__` the first time a script
//! asks for a name the native half lacks, so start-up (which imports `time`, as CPython's
//! does) does not pay for them.

use crate::vm::{Args, PyResult, Vm};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    static START: Instant = Instant::now();
}

pub fn init(vm: &mut Vm) {
    START.with(|_| {});
    super::register(
        vm,
        "time",
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", perf_counter),
            ("monotonic_ns", perf_counter_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("sleep", sleep),
            ("__getattr__", load_python_half),
        ],
    );
}

const SOURCE: &str = include_str!("py/time.py");

/// Module `__getattr__` (PEP 562): runs `py/time.py` in the module once, then answers.
fn load_python_half(vm: &mut Vm, args: Args) -> PyResult {
    let [name] = args.positional() else {
        return Err(vm.type_error("__getattr__() takes exactly one argument"));
    };
    let name = name.clone();
    let module = vm.import_module("time")?;
    let hook = vm.intern("__getattr__");
    if vm.getattr_opt(&module, "__getattr__")?.is_some() {
        vm.delattr(&module, &hook)?;
        let source = super::frozen::dev_source("time", SOURCE);
        vm.exec_source(&source, "<frozen time>", &module)?;
    }
    vm.getattr(&module, &name)
}

fn epoch_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn mono_ns() -> u128 {
    START.with(|s| s.elapsed().as_nanos())
}

fn no_args(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if !args.args.is_empty() {
        return Err(vm.type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            args.args.len()
        )));
    }
    Ok(())
}

fn time(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "time", &args)?;
    Ok(vm.float(epoch_ns() as f64 / 1e9))
}

fn time_ns(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "time_ns", &args)?;
    Ok(vm.bigint(num_bigint::BigInt::from(epoch_ns())))
}

fn perf_counter(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "perf_counter", &args)?;
    Ok(vm.float(mono_ns() as f64 / 1e9))
}

fn perf_counter_ns(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "perf_counter_ns", &args)?;
    Ok(vm.bigint(num_bigint::BigInt::from(mono_ns())))
}

fn cpu_ns() -> u128 {
    // CLOCK_PROCESS_CPUTIME_ID through /proc would need libc; the process's CPU time is
    // read from /proc/self/stat (utime + stime, in clock ticks of 1/100 s).
    if let Ok(s) = std::fs::read_to_string("/proc/self/stat") {
        if let Some(rest) = s.rsplit(')').next() {
            let f: Vec<&str> = rest.split_whitespace().collect();
            if f.len() > 13 {
                let u: u128 = f[11].parse().unwrap_or(0);
                let st: u128 = f[12].parse().unwrap_or(0);
                return (u + st) * 10_000_000;
            }
        }
    }
    mono_ns()
}

fn process_time(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "process_time", &args)?;
    Ok(vm.float(cpu_ns() as f64 / 1e9))
}

fn process_time_ns(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "process_time_ns", &args)?;
    Ok(vm.bigint(num_bigint::BigInt::from(cpu_ns())))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult {
    let Some(a) = args.positional().first() else {
        return Err(vm.type_error("time.sleep() takes exactly one argument (0 given)"));
    };
    let secs = super::math::to_f64(vm, a).map_err(|_| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            a.class_name()
        ))
    })?;
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.flush_stdout();
    std::thread::sleep(std::time::Duration::from_secs_f64(secs.min(1e9)));
    Ok(vm.none())
}
