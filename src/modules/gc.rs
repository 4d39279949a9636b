//! The `gc` module: the Python face of the collector in `crate::gc`.
//!
//! Besides the collector switches, this file runs a whole collection
//! ([`collect_generation`]): the `gc.callbacks` "start"/"stop" calls, `DEBUG_STATS` lines,
//! the weakref callbacks and finalizers that `gc::begin` hands back, `DEBUG_SAVEALL`
//! (`gc.garbage`) and the per-generation statistics of `gc.get_stats()`.

use crate::gc::{self as collector, CONFIG};
use crate::heap::{PyRef, WeakPyRef};
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use std::cell::{Cell, RefCell};

pub const DEBUG_STATS: u32 = 1;
pub const DEBUG_COLLECTABLE: u32 = 2;
pub const DEBUG_UNCOLLECTABLE: u32 = 4;
pub const DEBUG_SAVEALL: u32 = 32;
pub const DEBUG_LEAK: u32 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

thread_local! {
    /// `get_stats()`: (collections, collected, uncollectable) per generation.
    static STATS: [Cell<(usize, usize, usize)>; 3] =
        const { [Cell::new((0, 0, 0)), Cell::new((0, 0, 0)), Cell::new((0, 0, 0))] };
    /// Objects moved out of the collector's view by `gc.freeze()`.
    static FROZEN: RefCell<Vec<WeakPyRef>> = const { RefCell::new(Vec::new()) };
    /// The thresholds as last given to `set_threshold` (C ints: may be negative).
    static THRESHOLDS: [Cell<i32>; 3] = const { [Cell::new(700), Cell::new(10), Cell::new(10)] };
}

pub fn init(vm: &mut Vm) {
    let m = super::register(
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
            ("is_finalized", is_finalized),
            ("get_referents", get_referents),
            ("get_referrers", get_referrers),
            ("get_objects", get_objects),
            ("set_debug", set_debug),
            ("get_debug", get_debug),
            ("get_stats", get_stats),
            ("freeze", freeze),
            ("unfreeze", unfreeze),
            ("get_freeze_count", get_freeze_count),
        ],
    );
    for (name, v) in [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", DEBUG_LEAK),
    ] {
        let i = vm.int(v as i64);
        super::set_attr(vm, &m, name, i);
    }
    let garbage = vm.list(Vec::new());
    garbage.make_immortal();
    vm.gc_garbage = Some(garbage.clone());
    super::set_attr(vm, &m, "garbage", garbage);
    let callbacks = vm.list(Vec::new());
    callbacks.make_immortal();
    vm.gc_callbacks = Some(callbacks.clone());
    super::set_attr(vm, &m, "callbacks", callbacks);
}

/// Calls every `gc.callbacks` entry with `phase` and the info dict.
fn invoke_callbacks(
    vm: &mut Vm,
    phase: &str,
    generation: usize,
    collected: usize,
    uncollectable: usize,
) {
    let Some(cbs) = vm.gc_callbacks.clone() else {
        return;
    };
    let list: Vec<PyRef> = match &cbs.payload {
        Payload::List(l) => l.borrow().clone(),
        _ => return,
    };
    if list.is_empty() {
        return;
    }
    let info = vm.dict();
    if let Some(d) = vm.dict_payload(&info) {
        for (k, v) in [
            ("generation", generation),
            ("collected", collected),
            ("uncollectable", uncollectable),
        ] {
            let key = vm.intern(k);
            let val = vm.int(v as i64);
            vm.dict_set_str(d, &key, val);
        }
    }
    let phase = vm.str(phase);
    for cb in list {
        if let Err(e) = vm.call1(&cb, &[phase.clone(), info.clone()]) {
            vm.report_unraisable(&e.0, "Exception ignored in garbage collection callback");
        }
    }
}

/// `_PyGC_Fini`: at the very end, `gc.garbage` and then `gc.callbacks` let go of what they
/// hold, and no collection follows: cycles among those objects stay, as in CPython.
/// Returns how many objects stay alive that way (the script could reach them through
/// those lists, so a leak check counts them as accounted for).
pub fn fini(vm: &mut Vm) -> usize {
    let lists: Vec<PyRef> = [vm.gc_garbage.clone(), vm.gc_callbacks.clone()]
        .into_iter()
        .flatten()
        .collect();
    let held = reachable_from(&lists);
    for list in &lists {
        if let Payload::List(items) = &list.payload {
            let old = std::mem::take(&mut *items.borrow_mut());
            crate::objects::release_reversed(old);
        }
    }
    vm.run_pending_if_any();
    held.iter().filter(|w| w.upgrade().is_some()).count()
}

/// Every mortal object reachable from the contents of `roots`, as weak references.
fn reachable_from(roots: &[PyRef]) -> Vec<crate::heap::WeakPyRef> {
    let mut seen = std::collections::HashSet::new();
    let mut found = Vec::new();
    let mut stack: Vec<PyRef> = Vec::new();
    for root in roots {
        root.traverse(&mut |o| stack.push(o.clone()));
    }
    while let Some(obj) = stack.pop() {
        if obj.is_immortal() || !seen.insert(obj.id()) {
            continue;
        }
        found.push(obj.downgrade());
        obj.traverse(&mut |o| stack.push(o.clone()));
        // A generator's traversal hides its frame object (see `visit_generator_frame`),
        // a dict's its str keys (`dict_traverse`), and a code object, no container for
        // the collector, its constants and names.
        match &obj.payload {
            Payload::Generator { frame, .. } => stack.extend(frame.borrow().iter().cloned()),
            Payload::Dict(d) => stack.extend(d.borrow().keys().cloned()),
            Payload::Code(cd) => {
                stack.extend([cd.consts.object().clone(), cd.names.object().clone()]);
                let strings = &cd.strings;
                stack.extend([strings.name.clone(), strings.qualname.clone()]);
            }
            _ => {}
        }
    }
    found
}

/// Runs one collection of `generation`, including its finalizers and callbacks.
pub fn collect_generation(vm: &mut Vm, generation: usize) -> usize {
    collect_main(vm, generation, true, false)
}

/// `PyGC_Collect`, which interpreter exit runs before finalizing modules: a full
/// collection with callbacks, unless the script disabled the collector.
pub fn collect_if_enabled(vm: &mut Vm) -> usize {
    if !CONFIG.with(|c| c.enabled.get()) {
        return 0;
    }
    collect_main(vm, 2, true, false)
}

/// The full collection at interpreter exit (`_PyGC_CollectNoFail`): runs even when the
/// collector is disabled, and calls no `gc.callbacks`.
pub fn collect_no_fail(vm: &mut Vm) -> usize {
    collect_main(vm, 2, false, false)
}

/// `gc_collect_main`, with `gc_collect_with_callback`'s callbacks when `callbacks`;
/// `automatic` for the collection an allocation triggered (`gc_collect_generations`).
fn collect_main(vm: &mut Vm, generation: usize, with_callbacks: bool, automatic: bool) -> usize {
    if CONFIG.with(|c| c.collecting.get()) {
        return 0;
    }
    CONFIG.with(|c| c.collecting.set(true));
    // What CPython had not tracked yet when it collected.
    let young = collector::set_aside_young(automatic);
    if with_callbacks {
        invoke_callbacks(vm, "start", generation, 0, 0);
    }
    let debug = CONFIG.with(|c| c.debug.get());
    if debug & DEBUG_STATS != 0 {
        // Two writes, as CPython makes them: the header, then `show_stats_each_generations`.
        write_debug(vm, &format!("gc: collecting generation {generation}...\n"));
        let counts = collector::counts();
        write_debug(
            vm,
            &format!(
            "gc: objects in each generation: {} {} {}\ngc: objects in permanent generation: {}\n",
            counts[0],
            counts[1],
            counts[2],
            frozen_count()
        ),
        );
    }
    let start = std::time::Instant::now();
    // The counters restart before anything is collected: what finalizers allocate counts.
    CONFIG.with(|c| {
        if generation + 1 < 3 {
            c.counts[generation + 1].set(c.counts[generation + 1].get() + 1);
        }
        for g in 0..=generation {
            c.counts[g].set(0);
        }
        c.counts[0].set(young.count);
    });
    let mut collection = collector::begin(generation);
    if debug & DEBUG_COLLECTABLE != 0 {
        // `debug_cycle("collectable", op)` for each unreachable object, in list order,
        // before any weakref callback or finalizer runs.
        for (obj, namespace) in collection.garbage() {
            let name = if namespace {
                "dict".to_string()
            } else {
                obj.class()
                    .type_data()
                    .map_or_else(|| "?".into(), |t| t.tp_name())
            };
            write_debug(vm, &format!("gc: collectable <{name} {:#x}>\n", obj.id()));
        }
    }
    // Weakref callbacks: a weakref freed once its callback ran counts as collected.
    let mut freed_weakrefs = 0;
    let callbacks = std::mem::take(&mut collection.weak_callbacks);
    for (cb, wr) in callbacks {
        let watch = wr.downgrade();
        if let Err(e) = vm.call1(&cb, &[wr]) {
            // `handle_weakrefs`: `PyErr_WriteUnraisable(callback)`.
            vm.report_unraisable_in(&e.0, &cb);
        }
        drop(cb);
        if !watch.is_alive() {
            freed_weakrefs += 1;
        }
    }
    while let Some(obj) = collection.next_finalizer() {
        vm.run_finalizer(&obj);
    }
    let n = if debug & DEBUG_SAVEALL != 0 {
        let mut saved = Vec::new();
        let n = collector::finish(collection, Some(&mut saved));
        let saved = saved_objects(vm, saved);
        if let Some(g) = vm.gc_garbage.clone() {
            if let Payload::List(l) = &g.payload {
                l.borrow_mut().extend(saved);
            }
        }
        n
    } else {
        collector::finish(collection, None)
    } + freed_weakrefs;
    CONFIG.with(|c| {
        c.collecting.set(false);
        if generation == 2 {
            c.long_lived_pending.set(0);
            c.long_lived_total.set(collector::counts()[2]);
        } else if generation == 1 {
            c.long_lived_pending.set(
                c.long_lived_pending.get()
                    + collector::counts()[2]
                        .saturating_sub(c.long_lived_total.get() + c.long_lived_pending.get()),
            );
        }
    });
    if generation == 2 {
        collector::clear_free_lists();
        crate::heap::clear_float_free_list();
    }
    STATS.with(|s| {
        let (a, b, u) = s[generation].get();
        s[generation].set((a + 1, b + n, u));
    });
    if debug & DEBUG_STATS != 0 {
        let t = start.elapsed().as_secs_f64();
        write_debug(
            vm,
            &format!("gc: done, {n} unreachable, 0 uncollectable, {t:.4}s elapsed\n"),
        );
    }
    vm.run_pending_if_any();
    if with_callbacks {
        invoke_callbacks(vm, "stop", generation, n, 0);
    }
    collector::restore_young(young);
    n
}

/// `PySys_WriteStderr`: the collector's debug lines go through `sys.stderr.write` (so
/// `contextlib.redirect_stderr` catches them), not flushed; to the process's stderr when
/// `sys.stderr` is the original stream or cannot be written to.
fn write_debug(vm: &mut Vm, text: &str) {
    let file = vm
        .sys_module
        .clone()
        .and_then(|sys| vm.getattr_opt(&sys, "stderr").ok().flatten());
    let original = vm
        .sys_module
        .clone()
        .and_then(|sys| vm.getattr_opt(&sys, "__stderr__").ok().flatten());
    if let Some(f) = file.filter(|f| !original.as_ref().is_some_and(|o| f.is(o))) {
        if let Ok(Some(write)) = vm.getattr_opt(&f, "write") {
            let s = vm.str(text);
            if vm.call1(&write, &[s]).is_ok() {
                return;
            }
        }
    }
    vm.write_stderr(text);
}

/// Automatic collection (`gc_collect_generations`): the oldest generation whose count
/// exceeds its threshold; a full collection also waits until the objects that survived
/// full collections grew by 25% (the long-lived rule).
pub fn collect_generations(vm: &mut Vm) {
    let gen = CONFIG.with(|c| {
        if !c.enabled.get() || c.collecting.get() || c.thresholds[0].get() == 0 {
            return None;
        }
        for g in (0..3).rev() {
            if c.counts[g].get() > c.thresholds[g].get() {
                if g == 2 && c.long_lived_pending.get() < c.long_lived_total.get() / 4 {
                    continue;
                }
                return Some(g);
            }
        }
        None
    });
    if let Some(g) = gen {
        collect_main(vm, g, true, true);
    }
}

fn collect(vm: &mut Vm, args: Args) -> PyResult {
    let g = args
        .positional()
        .first()
        .or_else(|| args.kwarg("generation"));
    let generation = match g {
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
    let t = [0, 1, 2].map(threshold);
    let items = t.iter().map(|n| vm.int(*n)).collect();
    Ok(vm.tuple(items))
}

/// Threshold `i` as `get_threshold` reports it: the C `int` last given to `set_threshold`
/// (which may be negative), unless the collector's own setting changed since.
fn threshold(i: usize) -> i64 {
    let raw = THRESHOLDS.with(|t| t[i].get());
    let config = CONFIG.with(|c| c.thresholds[i].get());
    if raw.max(0) as usize == config {
        raw as i64
    } else {
        config as i64
    }
}

/// One `set_threshold` argument, converted as the `"i"` format of `PyArg_ParseTuple` does.
fn threshold_arg(vm: &mut Vm, a: &PyRef) -> PyResult<i32> {
    if matches!(a.payload, Payload::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let big = match a.as_bigint() {
        Some(b) => b,
        None => num_bigint::BigInt::from(vm.index_value(a)?),
    };
    let Ok(n) = i64::try_from(&big) else {
        return Err(vm.new_error("OverflowError", "Python int too large to convert to C long"));
    };
    if n > i32::MAX as i64 {
        return Err(vm.new_error("OverflowError", "signed integer is greater than maximum"));
    }
    if n < i32::MIN as i64 {
        return Err(vm.new_error("OverflowError", "signed integer is less than minimum"));
    }
    Ok(n as i32)
}

fn set_threshold(vm: &mut Vm, args: Args) -> PyResult {
    // METH_VARARGS (`function::takes_varargs`): the call holds the arguments' tuple.
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments"));
    }
    let pos = args.positional();
    if pos.is_empty() {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            pos.len()
        )));
    }
    let mut vals = Vec::new();
    for a in pos {
        vals.push(threshold_arg(vm, a)?);
    }
    // The collector counts in `usize`: a negative threshold behaves as 0 there (for
    // generation 0 that disables automatic collection, where CPython would collect on
    // every allocation); `get_threshold` still reports the value given.
    for (i, n) in vals.into_iter().enumerate() {
        THRESHOLDS.with(|t| t[i].set(n));
        CONFIG.with(|c| c.thresholds[i].set(n.max(0) as usize));
    }
    Ok(vm.none())
}

fn one_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    let pos = args.positional();
    if pos.len() != 1 {
        return Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            pos.len()
        )));
    }
    Ok(&pos[0])
}

fn is_tracked(vm: &mut Vm, args: Args) -> PyResult {
    let o = one_arg(vm, &args, "is_tracked")?;
    let t = (collector::is_tracked(o) || is_frozen(o)) && !frame_owned_elsewhere(o);
    Ok(vm.bool(t))
}

/// A frame object CPython 3.11 has not tracked yet: its frame is still executing (owned
/// by the thread) or belongs to a live generator. Only when the frame object takes
/// ownership of a finished frame (`take_ownership`) does the collector see it.
fn frame_owned_elsewhere(o: &PyRef) -> bool {
    let Payload::Frame(fd) = &o.payload else {
        return false;
    };
    let Ok(data) = fd.try_borrow() else {
        return true;
    };
    let gen_code = match &data.code.payload {
        Payload::Code(cd) => cd.code.flags.generator || cd.code.flags.coroutine,
        _ => false,
    };
    drop(data);
    gen_code
        && collector::all_tracked().iter().any(|g| match &g.payload {
            Payload::Generator { frame, .. } => frame
                .try_borrow()
                .is_ok_and(|f| f.as_ref().is_some_and(|f| f.is(o))),
            _ => false,
        })
}

fn is_finalized(vm: &mut Vm, args: Args) -> PyResult {
    let o = one_arg(vm, &args, "is_finalized")?;
    Ok(vm.bool(o.is_finalized()))
}

/// `tp_traverse` as `gc.get_referents` shows it: only containers have referents. Lists and
/// tuples report their items last to first; a dict reports each entry's value, then its key
/// unless every key is a str; an instance of a Python class reports (as `subtype_traverse`)
/// its `__slots__` values, then its attributes (the inline values, or the materialized
/// `__dict__`), then its class, then what its builtin base holds.
fn referents_of(obj: &PyRef, out: &mut Vec<PyRef>) {
    if !obj.payload.is_gc_container() && !matches!(obj.payload, Payload::WeakRef(_)) {
        return;
    }
    let heap_class = obj.class().type_data().is_some_and(|t| t.is_heap_type)
        && !matches!(obj.payload, Payload::Type(_));
    if let Payload::Instance(inst) = &obj.payload {
        inst.each_slot(|_, v| out.push(v.clone()));
        inst.each_inline_attr_by_key(obj.class(), |v| out.push(v.clone()));
        if let Some(d) = inst.dict_object() {
            out.push(d);
        }
        if heap_class {
            out.push(obj.class().clone());
        }
        return;
    }
    if heap_class {
        // A Python subclass of a builtin type: its `__dict__`, its class, then the base's
        // own traverse.
        if let Some(d) = obj.extra().dict.get() {
            out.push(d.clone());
        }
        out.push(obj.class().clone());
    }
    match &obj.payload {
        Payload::Dict(d) => {
            if let Ok(d) = d.try_borrow() {
                let all_str = d.iter().all(|(k, _)| matches!(k.payload, Payload::Str(_)));
                for (k, v) in d.iter() {
                    out.push(v.clone());
                    if !all_str {
                        out.push(k.clone());
                    }
                }
            }
        }
        Payload::List(items) => {
            if let Ok(items) = items.try_borrow() {
                out.extend(items.iter().rev().cloned());
            }
        }
        Payload::Tuple(items) => out.extend(items.iter().rev().cloned()),
        _ => obj.payload.traverse(&mut |r| out.push(r.clone())),
    }
}

fn get_referents(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("get_referents() takes no keyword arguments"));
    }
    let mut out = Vec::new();
    for o in args.positional() {
        match &o.payload {
            Payload::Type(t) if t.is_heap_type => class_referents(vm, t, &mut out),
            // `mappingproxy` of a class: the class's namespace dict.
            Payload::MappingProxy(m) if m.type_data().is_some_and(|t| t.is_heap_type) => {
                if let Some(t) = m.type_data() {
                    out.push(vm.dict_from(t.dict.borrow().clone_entries()));
                }
            }
            _ => referents_of(o, &mut out),
        }
    }
    Ok(vm.list(out))
}

/// What DEBUG_SAVEALL puts in `gc.garbage`: the collected objects, and for a class the
/// objects CPython would have collected with it that refpy keeps inline (see
/// `TypeData::hidden_gc_objects`), shown as fresh objects with the same contents: its
/// namespace dict where its entry sat.
fn saved_objects(vm: &mut Vm, saved: Vec<(PyRef, bool)>) -> Vec<PyRef> {
    let mut out = Vec::with_capacity(saved.len());
    for (obj, namespace) in saved {
        let Some(t) = obj.type_data() else {
            out.push(obj);
            continue;
        };
        if namespace {
            out.push(vm.dict_from(t.dict.borrow().clone_entries()));
            continue;
        }
        out.push(obj);
    }
    out
}

/// `type_traverse` of a heap type: `tp_dict`, `tp_mro`, `tp_bases`, `tp_base`. refpy keeps
/// the dict inline (see `TypeData::hidden_objects`), so it is shown as a fresh dict with
/// the same contents.
fn class_referents(vm: &mut Vm, t: &crate::objects::typeobj::TypeData, out: &mut Vec<PyRef>) {
    out.push(vm.dict_from(t.dict.borrow().clone_entries()));
    out.extend(t.mro_tuple.borrow().clone());
    out.extend(t.bases_tuple.borrow().clone());
    out.extend(t.base.borrow().clone());
}

fn get_referrers(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("get_referrers() takes no keyword arguments"));
    }
    let targets: Vec<PyRef> = args.positional().to_vec();
    let mut out = Vec::new();
    for obj in collector::all_tracked() {
        if !collector::is_tracked(&obj) {
            continue;
        }
        if let Some(t) = obj.type_data().filter(|t| t.is_heap_type) {
            // A class's namespace is its own dict in CPython (`tp_dict`): what it holds
            // is referred to by that dict (shown as a fresh dict with the same contents,
            // as `gc.get_referents` shows it), what the links hold by the class.
            let mut in_dict = false;
            let mut in_links = false;
            t.traverse_namespace(&mut |r| in_dict |= targets.iter().any(|x| x.is(r)));
            t.traverse_links(&mut |r| in_links |= targets.iter().any(|x| x.is(r)));
            if in_dict {
                let entries = t.dict.borrow().clone_entries();
                out.push(vm.dict_from(entries));
            }
            if in_links {
                out.push(obj);
            }
            continue;
        }
        let mut hit = false;
        let mut refs = Vec::new();
        referents_of(&obj, &mut refs);
        for r in &refs {
            if targets.iter().any(|t| t.is(r)) {
                hit = true;
                break;
            }
        }
        drop(refs);
        if hit {
            out.push(obj);
        }
    }
    Ok(vm.list(out))
}

fn get_objects(vm: &mut Vm, args: Args) -> PyResult {
    let g = args
        .positional()
        .first()
        .or_else(|| args.kwarg("generation"));
    let generation = match g {
        Some(g) if !matches!(g.payload, Payload::NoneValue) => {
            let n = vm.index_value(g)?;
            if n == -1 {
                // The C default: -1 means every generation, as None does.
                return get_objects_in(vm, None);
            }
            if n >= 3 {
                return Err(vm.value_error("generation parameter must be less than the number of available generations (3)"));
            }
            if n < 0 {
                return Err(vm.value_error("generation parameter cannot be negative"));
            }
            Some(n as u8)
        }
        _ => None,
    };
    get_objects_in(vm, generation)
}

fn get_objects_in(vm: &mut Vm, generation: Option<u8>) -> PyResult {
    // A dict holding only atoms stays in the lists for the counts but is untracked
    // (`MAINTAIN_TRACKING`): `gc_get_objects` never sees it.
    let objs: Vec<PyRef> = collector::all_tracked()
        .into_iter()
        .filter(|o| collector::is_tracked(o) && !frame_owned_elsewhere(o))
        .filter(|o| match generation {
            None => true,
            Some(g) => o.gc.get().is_some_and(|s| s.generation == g),
        })
        .collect();
    Ok(vm.list(objs))
}

fn set_debug(vm: &mut Vm, args: Args) -> PyResult {
    let o = one_arg(vm, &args, "set_debug")?;
    let v = vm.index_value(o)?;
    CONFIG.with(|c| c.debug.set(v as u32));
    Ok(vm.none())
}

fn get_debug(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.int(CONFIG.with(|c| c.debug.get()) as i64))
}

fn get_stats(vm: &mut Vm, _args: Args) -> PyResult {
    let stats = STATS.with(|s| [0, 1, 2].map(|i| s[i].get()));
    let mut items = Vec::new();
    for (a, b, u) in stats {
        let d = vm.dict();
        if let Some(dp) = vm.dict_payload(&d) {
            for (k, v) in [("collections", a), ("collected", b), ("uncollectable", u)] {
                let key = vm.intern(k);
                let val = vm.int(v as i64);
                vm.dict_set_str(dp, &key, val);
            }
        }
        items.push(d);
    }
    Ok(vm.list(items))
}

fn frozen_count() -> usize {
    FROZEN.with(|f| {
        let mut f = f.borrow_mut();
        f.retain(|w| w.is_alive());
        f.len()
    })
}

fn is_frozen(obj: &PyRef) -> bool {
    FROZEN.with(|f| {
        f.borrow()
            .iter()
            .any(|w| w.id() == obj.id() && w.is_alive())
    })
}

/// `gc.freeze()`: every tracked object leaves the generations (the permanent generation);
/// a dict CPython does not track was in none of them.
fn freeze(vm: &mut Vm, _args: Args) -> PyResult {
    let all = collector::all_tracked();
    FROZEN.with(|f| {
        let mut f = f.borrow_mut();
        for o in &all {
            if collector::detach_untracked_dict(o) {
                continue;
            }
            collector::untrack(o);
            f.push(o.downgrade());
        }
    });
    drop(all);
    CONFIG.with(|c| c.counts[0].set(0));
    Ok(vm.none())
}

/// `gc.unfreeze()`: the permanent generation goes back to the collector.
fn unfreeze(vm: &mut Vm, _args: Args) -> PyResult {
    let frozen: Vec<PyRef> = FROZEN.with(|f| {
        f.borrow_mut()
            .drain(..)
            .filter_map(|w| w.upgrade())
            .collect()
    });
    for o in &frozen {
        collector::track_in(o, 2);
    }
    drop(frozen);
    Ok(vm.none())
}

fn get_freeze_count(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.int(frozen_count() as i64))
}
