//! The `tracemalloc` module.
//!
//! The heap calls the hooks installed by `start()` for every object born and freed
//! ([`crate::heap::set_alloc_hooks`]). The hooks run inside allocation and deallocation, so
//! they only touch a thread-local Rust table: address → (size, file, line). The size is an
//! estimate made from the payload when the object is born (no `&Vm` is at hand there); it
//! is taken off again, exactly, when the object dies. The file and line are where the
//! running Python code was (`vm.trace_allocs` makes frames record it). Only one frame is
//! kept per trace.
//!
//! The native half here exposes the books (`_traces`, `_object_trace`, the counters); the
//! classes (`Snapshot`, `Statistic`, `Traceback`, `Filter`...) are Python code in
//! `py/tracemalloc.py`, run into the module at startup. While `_traces` builds its result
//! the hooks are suspended, so the snapshot's own objects are not traced.

use crate::heap::{AllocHooks, PyRef};
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

const SOURCE: &str = include_str!("py/tracemalloc.py");

struct Trace {
    size: usize,
    file: Rc<str>,
    line: u32,
    /// For a container with a separate array or table (a block of its own in CPython):
    /// the size of the object's own block, the rest being that second block; 0 for one.
    head: usize,
}

#[derive(Default)]
struct Books {
    traces: HashMap<usize, Trace>,
    current: usize,
    peak: usize,
}

thread_local! {
    static BOOKS: RefCell<Books> = RefCell::new(Books::default());
    static TRACING: Cell<bool> = const { Cell::new(false) };
    static SUSPENDED: Cell<bool> = const { Cell::new(false) };
    static NFRAME: Cell<usize> = const { Cell::new(1) };
    static UNKNOWN: Rc<str> = Rc::from("<unknown>");
}

pub fn init(vm: &mut Vm) {
    let m = super::register(
        vm,
        "tracemalloc",
        &[
            ("_start", start),
            ("stop", stop),
            ("is_tracing", is_tracing),
            ("get_traced_memory", get_traced_memory),
            ("reset_peak", reset_peak),
            ("clear_traces", clear_traces),
            ("get_tracemalloc_memory", get_tracemalloc_memory),
            ("get_traceback_limit", get_traceback_limit),
            ("_traces", traces),
            ("_object_trace", object_trace),
        ],
    );
    if let Err(e) = vm.exec_source(SOURCE, "<frozen tracemalloc>", &m) {
        vm.print_exception(&e.0);
    }
}

/// A cheap size estimate from the payload alone (close to `sys.getsizeof` for the common
/// types; it must not allocate objects nor borrow anything that may be borrowed mutably).
fn estimate(obj: &PyRef) -> usize {
    let heap = obj.class().type_data().is_some_and(|t| t.is_heap_type);
    let p = &obj.payload;
    let pre = if heap {
        if matches!(p, Payload::Instance(_)) {
            32
        } else {
            16
        }
    } else if p.is_gc_container() {
        16
    } else {
        0
    };
    let body = match p {
        Payload::None | Payload::NoneValue | Payload::NotImplemented | Payload::Ellipsis => 16,
        Payload::Bool(_) | Payload::Int(_) => 28,
        Payload::BigInt(_) => 36,
        Payload::Float(_) => 24,
        Payload::Complex(..) => 32,
        Payload::Str(s) => {
            let n = s.char_len();
            if s.is_ascii() {
                48 + n + 1
            } else {
                let kind = match s.max_char() {
                    0..=0xff => 1,
                    0x100..=0xffff => 2,
                    _ => 4,
                };
                72 + (n + 1) * kind
            }
        }
        Payload::Bytes(b) => 33 + b.len(),
        Payload::ByteArray(b) => 56 + b.try_borrow().map(|v| v.capacity()).unwrap_or(0),
        Payload::Tuple(t) => 24 + 8 * t.len(),
        Payload::List(l) => 40 + 8 * l.try_borrow().map(|v| v.capacity()).unwrap_or(0),
        Payload::Dict(d) => d.try_borrow().map(|d| d.sizeof()).unwrap_or(64),
        // The object, and its own table once it outgrows the 8 inline slots.
        Payload::Set(t) => 200 + t.try_borrow().map_or(0, |t| set_table(t.table_size())),
        Payload::FrozenSet(t) => 200 + set_table(t.table_size()),
        Payload::Instance(_) => 24,
        Payload::Function(_) => 136,
        Payload::Builtin(_) => 56,
        Payload::BoundMethod { .. } => 48,
        Payload::Type(_) => 904,
        Payload::Frame(_) => 304,
        Payload::Code(_) => 168,
        Payload::Exception(_) => 72,
        Payload::Cell(_) => 24,
        _ => 48,
    };
    pre + body
}

fn set_table(slots: usize) -> usize {
    if slots > 8 {
        16 * slots
    } else {
        0
    }
}

fn on_alloc(obj: &PyRef) {
    if SUSPENDED.with(|s| s.get()) {
        return;
    }
    let size = estimate(obj);
    let (file, line) =
        crate::vm::eval::current_location().unwrap_or_else(|| (UNKNOWN.with(|u| u.clone()), 0));
    let addr = obj.id();
    BOOKS.with(|b| {
        let Ok(mut b) = b.try_borrow_mut() else {
            return;
        };
        let trace = Trace {
            size,
            file,
            line,
            head: 0,
        };
        if let Some(old) = b.traces.insert(addr, trace) {
            b.current = b.current.saturating_sub(old.size);
        }
        b.current += size;
        if b.current > b.peak {
            b.peak = b.current;
        }
    });
}

fn on_free(addr: usize) {
    BOOKS.with(|b| {
        let Ok(mut b) = b.try_borrow_mut() else {
            return;
        };
        if let Some(old) = b.traces.remove(&addr) {
            b.current = b.current.saturating_sub(old.size);
        }
    });
}

fn clear_books() {
    BOOKS.with(|b| {
        if let Ok(mut b) = b.try_borrow_mut() {
            *b = Books::default();
        }
    });
}

fn start(vm: &mut Vm, args: Args) -> PyResult {
    let nframe = match args.positional().first() {
        Some(n) => vm.index_value(n)?,
        None => 1,
    };
    if !(1..=65535).contains(&nframe) {
        return Err(vm.value_error("the number of frames must be in range [1; 65535]"));
    }
    NFRAME.with(|n| n.set(nframe as usize));
    if !TRACING.with(|t| t.get()) {
        clear_books();
        TRACING.with(|t| t.set(true));
        crate::heap::set_alloc_hooks(Some(AllocHooks { on_alloc, on_free }));
    }
    vm.trace_allocs = true;
    // The running frames switch to their instrumented loop at their next instruction.
    crate::heap::wake();
    Ok(vm.none())
}

fn stop(vm: &mut Vm, _args: Args) -> PyResult {
    crate::heap::set_alloc_hooks(None);
    TRACING.with(|t| t.set(false));
    vm.trace_allocs = false;
    clear_books();
    Ok(vm.none())
}

fn is_tracing(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.bool(TRACING.with(|t| t.get())))
}

/// Re-measures the traced containers (lists, dicts, sets grow and shrink after birth,
/// where the hooks measured them): their item arrays and tables are CPython
/// allocations of their own, traced where the container was made.
fn refresh_containers() {
    if !TRACING.with(|t| t.get()) {
        return;
    }
    let live = crate::gc::all_tracked();
    BOOKS.with(|b| {
        let Ok(mut b) = b.try_borrow_mut() else {
            return;
        };
        for obj in &live {
            if !matches!(
                obj.payload,
                Payload::List(_) | Payload::Dict(_) | Payload::Set(_)
            ) {
                continue;
            }
            let size = estimate(obj);
            // The object's block: the GC header and the struct (`PyListObject`,
            // `PyDictObject`, `PySetObject` with its inline small table).
            let head = match &obj.payload {
                Payload::List(_) => 56,
                Payload::Dict(_) => 64,
                _ => 216,
            };
            let Some(t) = b.traces.get_mut(&obj.id()) else {
                continue;
            };
            t.head = if head < size { head } else { 0 };
            let old = std::mem::replace(&mut t.size, size);
            b.current = b.current.saturating_sub(old) + size;
        }
        if b.current > b.peak {
            b.peak = b.current;
        }
    });
}

fn get_traced_memory(vm: &mut Vm, _args: Args) -> PyResult {
    refresh_containers();
    let (cur, peak) = BOOKS.with(|b| {
        b.try_borrow()
            .map(|b| (b.current, b.peak.max(b.current)))
            .unwrap_or((0, 0))
    });
    let items = vec![vm.int(cur as i64), vm.int(peak as i64)];
    Ok(vm.tuple(items))
}

fn reset_peak(vm: &mut Vm, _args: Args) -> PyResult {
    BOOKS.with(|b| {
        if let Ok(mut b) = b.try_borrow_mut() {
            b.peak = b.current;
        }
    });
    Ok(vm.none())
}

fn clear_traces(vm: &mut Vm, _args: Args) -> PyResult {
    clear_books();
    Ok(vm.none())
}

fn get_tracemalloc_memory(vm: &mut Vm, _args: Args) -> PyResult {
    let n = BOOKS.with(|b| {
        b.try_borrow()
            .map(|b| {
                b.traces.capacity()
                    * (std::mem::size_of::<usize>() + std::mem::size_of::<Trace>() + 8)
            })
            .unwrap_or(0)
    });
    Ok(vm.int(n as i64))
}

fn get_traceback_limit(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.int(NFRAME.with(|n| n.get()) as i64))
}

/// `_traces()`: the live traces as CPython's `_get_traces()` gives them, a list of
/// `(domain, size, ((filename, lineno),), total_nframe)` tuples.
fn traces(vm: &mut Vm, _args: Args) -> PyResult {
    refresh_containers();
    let raw: Vec<(usize, Rc<str>, u32)> = BOOKS.with(|b| {
        b.try_borrow()
            .map(|b| {
                b.traces
                    .values()
                    .flat_map(|t| {
                        let blocks = if t.head > 0 {
                            vec![t.head, t.size - t.head]
                        } else {
                            vec![t.size]
                        };
                        blocks.into_iter().map(|n| (n, t.file.clone(), t.line))
                    })
                    .collect()
            })
            .unwrap_or_default()
    });
    let was = SUSPENDED.with(|s| s.replace(true));
    let mut names: HashMap<*const u8, PyRef> = HashMap::new();
    let mut items = Vec::with_capacity(raw.len());
    for (size, file, line) in raw {
        let name = names
            .entry(file.as_ptr())
            .or_insert_with(|| vm.str(&file))
            .clone();
        let frame = vm.tuple(vec![name, vm.int(line as i64)]);
        let frames = vm.tuple(vec![frame]);
        let t = vec![vm.int(0), vm.int(size as i64), frames, vm.int(1)];
        items.push(vm.tuple(t));
    }
    drop(names);
    let list = vm.list(items);
    SUSPENDED.with(|s| s.set(was));
    Ok(list)
}

/// `_object_trace(obj)`: `((filename, lineno),)` where `obj` was allocated, or None.
fn object_trace(vm: &mut Vm, args: Args) -> PyResult {
    let Some(obj) = args.positional().first() else {
        return Err(vm.type_error("_object_trace() takes exactly one argument (0 given)"));
    };
    // CPython 3.11 looks the trace up at `obj - sizeof(PyGC_Head)`, which misses the
    // block of an object with a managed `__dict__` (its pre-header is 32 bytes): None.
    let cls = obj.class();
    if cls.type_data().is_some_and(|t| t.is_heap_type)
        && crate::objects::sizeof::class_shape(cls).managed_dict
    {
        return Ok(vm.none());
    }
    let found = BOOKS.with(|b| {
        b.try_borrow()
            .ok()
            .and_then(|b| b.traces.get(&obj.id()).map(|t| (t.file.clone(), t.line)))
    });
    match found {
        Some((file, line)) => {
            let frame = vm.tuple(vec![vm.str(&file), vm.int(line as i64)]);
            Ok(vm.tuple(vec![frame]))
        }
        None => Ok(vm.none()),
    }
}
