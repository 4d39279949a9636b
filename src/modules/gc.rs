//! The `gc` module: the Python face of the collector in `crate::gc`.

use crate::gc::{self as collector, CONFIG};
use crate::vm::{Args, PyResult, Vm};

pub fn init(vm: &mut Vm) {
    super::register(
        vm,
        "gc",
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("get_count", get_count),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("is_tracked", is_tracked),
        ],
    );
}

/// Runs one collection of `generation`, including its finalizers and callbacks.
pub fn collect_generation(vm: &mut Vm, generation: usize) -> usize {
    CONFIG.with(|c| c.collecting.set(true));
    let collection = collector::begin(generation);
    for (cb, wr) in collection.weak_callbacks.clone() {
        if let Err(e) = vm.call1(&cb, &[wr]) {
            vm.report_unraisable(&e.0, "Exception ignored in: <weakref callback>");
        }
    }
    for obj in collection.finalizers.clone() {
        vm.run_finalizer(&obj);
    }
    let n = collector::finish(collection, None);
    CONFIG.with(|c| {
        c.collecting.set(false);
        c.counts[0].set(0);
        if generation + 1 < 3 {
            c.counts[generation + 1].set(c.counts[generation + 1].get() + 1);
        }
        for g in 1..=generation {
            c.counts[g].set(0);
        }
    });
    vm.run_pending_if_any();
    n
}

/// Automatic collection: the oldest generation whose count exceeds its threshold.
pub fn collect_generations(vm: &mut Vm) {
    let gen = CONFIG.with(|c| {
        (0..3)
            .rev()
            .find(|&g| c.counts[g].get() > c.thresholds[g].get())
            .unwrap_or(0)
    });
    collect_generation(vm, gen);
}

fn collect(vm: &mut Vm, args: Args) -> PyResult {
    let generation = match args.args.first() {
        Some(g) => vm.index_value(g)?,
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    let n = collect_generation(vm, generation as usize);
    Ok(vm.int(n as i64))
}

fn enable(vm: &mut Vm, _args: Args) -> PyResult {
    CONFIG.with(|c| c.enabled.set(true));
    Ok(vm.none())
}

fn disable(vm: &mut Vm, _args: Args) -> PyResult {
    CONFIG.with(|c| c.enabled.set(false));
    Ok(vm.none())
}

fn isenabled(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.bool(CONFIG.with(|c| c.enabled.get())))
}

fn get_count(vm: &mut Vm, _args: Args) -> PyResult {
    let counts = CONFIG.with(|c| [0, 1, 2].map(|i| c.counts[i].get()));
    let items = counts.iter().map(|n| vm.int(*n as i64)).collect();
    Ok(vm.tuple(items))
}

fn get_threshold(vm: &mut Vm, _args: Args) -> PyResult {
    let t = CONFIG.with(|c| [0, 1, 2].map(|i| c.thresholds[i].get()));
    let items = t.iter().map(|n| vm.int(*n as i64)).collect();
    Ok(vm.tuple(items))
}

fn set_threshold(vm: &mut Vm, args: Args) -> PyResult {
    for (i, a) in args.positional().iter().enumerate().take(3) {
        let n = vm.index_value(a)?;
        CONFIG.with(|c| c.thresholds[i].set(n.max(0) as usize));
    }
    Ok(vm.none())
}

fn is_tracked(vm: &mut Vm, args: Args) -> PyResult {
    let t = args.args.first().is_some_and(collector::is_tracked);
    Ok(vm.bool(t))
}
