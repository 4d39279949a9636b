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

/// The frames of a trace below the running one: (file, line), innermost first.
type Callers = Option<Box<[(Rc<str>, u32)]>>;

struct Trace {
    size: usize,
    file: Rc<str>,
    line: u32,
    /// With `start(n)`, n > 1: the callers' frames, innermost first (after `file:line`),
    /// up to n - 1 of them; and how many frames the stack had in all (`total_nframe`).
    callers: Callers,
    total: usize,
    /// For a container with a separate array or table (a block of its own in CPython):
    /// the size of the object's own block, the rest being that second block; 0 for one.
    head: usize,
    /// Where the object's own block is traced.
    head_at: HeadAt,
    /// Where the second block (a list's items, a dict's table) was last allocated, when
    /// that was not with the object: CPython's `realloc` moves its trace to the line
    /// that made the container grow or shrink.
    rest_at: Option<Box<Origin>>,
    /// The free list that takes the object's block back when it dies, if any.
    free_list: Option<usize>,
}

/// A traced location: file, line, the callers' frames and the stack depth.
#[derive(Clone)]
struct Origin {
    file: Rc<str>,
    line: u32,
    callers: Callers,
    total: usize,
}

/// Where an object's own block is traced. CPython keeps freed tuples, lists, dicts and
/// a slice on free lists and reuses the block without a new allocation;
/// `_Py_NewReference` then moves a traced block's trace to the new object's traceback,
/// but a block allocated before tracing started stays untraced.
enum HeadAt {
    Here,
    Untraced,
}

impl Trace {
    /// The size of the object's own block.
    fn own(&self) -> usize {
        if self.head > 0 {
            self.head
        } else {
            self.size
        }
    }

    /// The bytes traced for the object (its own block may not be).
    fn traced(&self) -> usize {
        match self.head_at {
            HeadAt::Untraced => self.size - self.own(),
            _ => self.size,
        }
    }

    fn origin(&self) -> Origin {
        Origin {
            file: self.file.clone(),
            line: self.line,
            callers: self.callers.clone(),
            total: self.total,
        }
    }

    /// Where the object's own block is traced (`get_object_traceback` looks it up).
    fn head_origin(&self) -> Option<Origin> {
        match self.head_at {
            HeadAt::Here => Some(self.origin()),
            HeadAt::Untraced => None,
        }
    }
}

#[derive(Default)]
struct Books {
    traces: HashMap<usize, Trace>,
    current: usize,
    peak: usize,
    /// The blocks on each free list (`gc::Shape`), newest last: whether each was traced
    /// (not when freed before tracing started, or since forgotten). CPython keeps a dead
    /// block's trace while it waits there; the books let it go with the object, as the
    /// temporaries refpy makes where CPython makes none would otherwise stay in view.
    ghosts: Vec<Vec<bool>>,
    /// Where list item arrays and dict tables were last (re)allocated, by the address of
    /// their storage (see [`note_table`]).
    tables: HashMap<usize, Origin>,
}

impl Books {
    /// Brings free list `list` to the `len` blocks it holds: blocks the books did not see
    /// go or come (a block CPython would reuse for an object made while the hooks were
    /// suspended, a temporary refpy does not make) change its top.
    fn reconcile(&mut self, list: usize, len: usize) {
        if self.ghosts.len() <= list {
            self.ghosts.resize_with(crate::gc::FREE_LISTS, Vec::new);
        }
        self.ghosts[list].resize(len, false);
    }

    fn reconcile_all(&mut self) {
        for (list, len) in crate::gc::free_list_occupancy().into_iter().enumerate() {
            self.reconcile(list, len as usize);
        }
    }
}

thread_local! {
    static BOOKS: RefCell<Books> = RefCell::new(Books::default());
    static TRACING: Cell<bool> = const { Cell::new(false) };
    static SUSPENDED: Cell<bool> = const { Cell::new(false) };
    static NFRAME: Cell<usize> = const { Cell::new(1) };
    static UNKNOWN: Rc<str> = Rc::from("<unknown>");
    /// The VM's stack of running frames, for the callers of an allocation (the hooks get
    /// no `&Vm`); set by `start()`. Only read, between instructions' own changes to it.
    static ACTIVE: Cell<*const Vec<crate::vm::frame::ActiveFrame>> =
        const { Cell::new(std::ptr::null()) };
}

/// The frames below the running one, innermost first, at most `limit`: each frame's file
/// and the line its call is at (`caller_lasti` of the frame above it); and the depth.
fn callers(limit: usize) -> (Callers, usize) {
    let ptr = ACTIVE.with(|a| a.get());
    if ptr.is_null() {
        return (None, 1);
    }
    // SAFETY: `start()` stored the address of the VM's `active_frames`, which lives as
    // long as the VM; the hooks run inside an allocation, where no frame is being pushed
    // or popped, and only read it. Each entry's code pointer is held by its frame's runner
    // while the entry is on the stack.
    let frames = unsafe { &*ptr };
    let depth = frames.len().max(1);
    if limit == 0 || frames.len() < 2 {
        return (None, depth);
    }
    let mut out = Vec::with_capacity(limit.min(frames.len() - 1));
    for i in (0..frames.len() - 1).rev() {
        if out.len() == limit {
            break;
        }
        // SAFETY: as above: the entry's code object is held while it is on the stack.
        let code = unsafe { &*frames[i].code };
        if let Payload::Code(cd) = &code.payload {
            out.push((
                cd.code.filename.clone(),
                cd.code.line_of(frames[i + 1].caller_lasti),
            ));
        }
    }
    (Some(out.into_boxed_slice()), depth)
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
    if let Some((object, values)) = instance_blocks(obj) {
        return object + values;
    }
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
        // `_PyLong_FromMedium` allocates a whole `PyLongObject` (32 bytes) for a one-digit
        // int; longer ones are `_PyLong_New(ndigits)`: the header and 4 bytes a digit.
        Payload::Bool(_) => 28,
        Payload::Int(v) if v.unsigned_abs() < 1 << 30 => 32,
        Payload::Int(v) => 24 + 4 * (64 - v.unsigned_abs().leading_zeros() as usize).div_ceil(30),
        Payload::BigInt(b) => 24 + 4 * (b.bits() as usize).div_ceil(30),
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
        // `PyType_GenericAlloc` gives an instance of a tuple subclass one item more.
        Payload::Tuple(t) => 24 + 8 * (t.len() + usize::from(heap)),
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

/// An instance of a Python class: its block (the GC header, the managed-dict pre-header
/// and `tp_basicsize`, so `__slots__` classes are smaller) and, when it keeps a managed
/// `__dict__`, the values array `init_inline_values` allocates with it: `new_values(size)`
/// for the class's `shared_keys_usable_size` (which shrinks as the class makes instances).
fn instance_blocks(obj: &PyRef) -> Option<(usize, usize)> {
    let Payload::Instance(inst) = &obj.payload else {
        return None;
    };
    let cls = obj.class();
    let t = cls.type_data().filter(|t| t.is_heap_type)?;
    let shape = crate::objects::sizeof::class_shape(cls);
    let managed = shape.managed_dict;
    let object = 16 + if managed { 16 } else { 0 } + shape.basicsize;
    let values = if managed && inst.keeps_attributes() {
        let size = t.shared_keys.value_slots().max(1);
        (size + 2).div_ceil(8) * 8 + 8 * size
    } else {
        0
    };
    Some((object, values))
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
    // A call's frame lives on CPython's data stack, memory tracemalloc never sees (and
    // refpy's finished frames wait on a free list: no trace would ever end).
    if matches!(obj.payload, Payload::Frame(_)) {
        return;
    }
    let size = estimate(obj);
    let (file, line) =
        crate::vm::eval::current_location().unwrap_or_else(|| (UNKNOWN.with(|u| u.clone()), 0));
    let addr = obj.id();
    // (Asked before the object is tracked, which takes the block off the free list.)
    let served = crate::gc::free_list_to_serve(obj)
        .map(|list| (list, crate::gc::free_list_occupancy()[list] as usize));
    BOOKS.with(|b| {
        let Ok(mut b) = b.try_borrow_mut() else {
            return;
        };
        let head = match instance_blocks(obj) {
            Some((object, values)) if values > 0 => object,
            _ => container_head(obj).filter(|&h| h < size).unwrap_or(0),
        };
        let head_at = match served {
            Some((list, len)) => {
                b.reconcile(list, len);
                match b.ghosts[list].pop() {
                    Some(true) => HeadAt::Here,
                    _ => HeadAt::Untraced,
                }
            }
            None => HeadAt::Here,
        };
        let (callers, total) = callers(NFRAME.with(|n| n.get()) - 1);
        let trace = Trace {
            size,
            file,
            line,
            callers,
            total,
            head,
            head_at,
            rest_at: None,
            free_list: crate::gc::free_list_of(obj),
        };
        // A fresh container's storage is traced with it (a record at the same address
        // is of a block freed since).
        if let Some(a) = table_address(obj) {
            b.tables.remove(&a);
        }
        let traced = trace.traced();
        if let Some(old) = b.traces.insert(addr, trace) {
            b.current = b.current.saturating_sub(old.traced());
        }
        b.current += traced;
        if b.current > b.peak {
            b.peak = b.current;
        }
    });
}

/// `_PyTraceMalloc_NewReference`: a float taken back from the free list. Its block never
/// left tracemalloc's books; a traced one is now traced where it is reused (an untraced
/// one, parked before tracing started, stays untraced).
fn on_float_reuse(obj: &PyRef) {
    if SUSPENDED.with(|s| s.get()) {
        return;
    }
    BOOKS.with(|b| {
        let Ok(mut b) = b.try_borrow_mut() else {
            return;
        };
        if !b.traces.contains_key(&obj.id()) {
            return;
        }
        let (file, line) =
            crate::vm::eval::current_location().unwrap_or_else(|| (UNKNOWN.with(|u| u.clone()), 0));
        let (callers, total) = callers(NFRAME.with(|n| n.get()) - 1);
        if let Some(t) = b.traces.get_mut(&obj.id()) {
            t.file = file;
            t.line = line;
            t.callers = callers;
            t.total = total;
        }
    });
}

fn on_free(addr: usize) {
    let refill = crate::gc::take_refill();
    BOOKS.with(|b| {
        let Ok(mut b) = b.try_borrow_mut() else {
            return;
        };
        let Some(old) = b.traces.remove(&addr) else {
            return;
        };
        b.current = b.current.saturating_sub(old.traced());
        // A block kept on a free list: the next object it serves is traced as it was.
        if let Some(list) = refill.filter(|&l| old.free_list == Some(l)) {
            let len = crate::gc::free_list_occupancy()[list] as usize;
            b.reconcile(list, len.saturating_sub(1));
            let traced = matches!(old.head_at, HeadAt::Here);
            b.ghosts[list].push(traced);
        }
    });
}

/// A list's item array or a dict's table of `slots` slots was just (re)allocated at `ptr`:
/// while tracing, remembers where, for the container's trace (`refresh_containers`).
/// Every list and dict resize calls this, so the "is tracing" test is inlined into the
/// caller and the rest stays out of its way.
#[inline]
pub fn note_table(ptr: *const u8, slots: usize) {
    if slots != 0 && TRACING.with(Cell::get) {
        note_table_traced(ptr);
    }
}

/// [`note_table`] while tracing.
#[cold]
#[inline(never)]
fn note_table_traced(ptr: *const u8) {
    if SUSPENDED.with(Cell::get) {
        return;
    }
    let Some((file, line)) = crate::vm::eval::current_location() else {
        return;
    };
    let (callers, total) = callers(NFRAME.with(|n| n.get()) - 1);
    let origin = Origin {
        file,
        line,
        callers,
        total,
    };
    BOOKS.with(|b| {
        if let Ok(mut b) = b.try_borrow_mut() {
            b.tables.insert(ptr as usize, origin);
        }
    });
}

/// The address of a container's second block (see [`note_table`]), if it has one.
fn table_address(obj: &PyRef) -> Option<usize> {
    match &obj.payload {
        Payload::List(l) => l
            .try_borrow()
            .ok()
            .filter(|v| v.capacity() > 0)
            .map(|v| v.as_ptr() as usize),
        Payload::Dict(d) => d.try_borrow().ok()?.table_address(),
        _ => None,
    }
}

/// The size of a container's own block, when its items or table may be a second block:
/// the GC header and the struct (`PyListObject`, `PyDictObject`, `PySetObject` with its
/// inline small table).
fn container_head(obj: &PyRef) -> Option<usize> {
    match &obj.payload {
        Payload::List(_) => Some(56),
        Payload::Dict(_) => Some(64),
        Payload::Set(_) | Payload::FrozenSet(_) => Some(216),
        _ => None,
    }
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
    if !TRACING.with(|t| t.get()) {
        // As `tracemalloc_start`: while tracing already, start() changes nothing.
        NFRAME.with(|n| n.set(nframe as usize));
        ACTIVE.with(|a| a.set(&vm.active_frames));
        clear_books();
        // A refill seen before tracing started belongs to no traced death.
        crate::gc::take_refill();
        TRACING.with(|t| t.set(true));
        crate::heap::set_alloc_hooks(Some(AllocHooks {
            on_alloc,
            on_free,
            on_float_reuse: Some(on_float_reuse),
        }));
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
        b.reconcile_all();
        for obj in &live {
            if !matches!(
                obj.payload,
                Payload::List(_) | Payload::Dict(_) | Payload::Set(_)
            ) {
                continue;
            }
            let size = estimate(obj);
            let Some(head) = container_head(obj) else {
                continue;
            };
            let head = if head < size { head } else { 0 };
            let rest_at = table_address(obj)
                .and_then(|a| b.tables.get(&a))
                .map(|o| Box::new(o.clone()));
            let Some(t) = b.traces.get_mut(&obj.id()) else {
                // Made before tracing started, and grown since: its new table is traced.
                if let (Some(o), true) = (rest_at, head > 0) {
                    let trace = Trace {
                        size,
                        file: o.file.clone(),
                        line: o.line,
                        callers: o.callers.clone(),
                        total: o.total,
                        head,
                        head_at: HeadAt::Untraced,
                        rest_at: None,
                        free_list: crate::gc::free_list_of(obj),
                    };
                    b.current += trace.traced();
                    b.traces.insert(obj.id(), trace);
                }
                continue;
            };
            let old = t.traced();
            t.head = head;
            t.size = size;
            t.rest_at = rest_at;
            let new = t.traced();
            b.current = b.current.saturating_sub(old) + new;
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
    type Raw = (usize, Rc<str>, u32, Callers, usize);
    let raw: Vec<Raw> = BOOKS.with(|b| {
        b.try_borrow()
            .map(|b| {
                let block = |size: usize, o: Origin| (size, o.file, o.line, o.callers, o.total);
                let objects = b.traces.values().flat_map(|t| {
                    let own = t.head_origin().map(|o| block(t.own(), o));
                    let rest = (t.head > 0).then(|| {
                        let at = t.rest_at.as_deref().cloned().unwrap_or_else(|| t.origin());
                        block(t.size - t.head, at)
                    });
                    own.into_iter().chain(rest)
                });
                objects.collect()
            })
            .unwrap_or_default()
    });
    let was = SUSPENDED.with(|s| s.replace(true));
    let mut names: HashMap<*const u8, PyRef> = HashMap::new();
    let mut items = Vec::with_capacity(raw.len());
    for (size, file, line, callers, total) in raw {
        let mut frames = Vec::with_capacity(1 + callers.as_ref().map_or(0, |c| c.len()));
        for (file, line) in std::iter::once((file, line)).chain(callers.into_iter().flatten()) {
            let name = names
                .entry(file.as_ptr())
                .or_insert_with(|| vm.str(&file))
                .clone();
            frames.push(vm.tuple(vec![name, vm.int(line as i64)]));
        }
        let frames = vm.tuple(frames);
        let t = vec![vm.int(0), vm.int(size as i64), frames, vm.int(total as i64)];
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
        b.try_borrow().ok().and_then(|b| {
            b.traces
                .get(&obj.id())
                .and_then(Trace::head_origin)
                .map(|o| (o.file, o.line, o.callers))
        })
    });
    match found {
        Some((file, line, callers)) => {
            let frames = std::iter::once((file, line))
                .chain(callers.into_iter().flatten())
                .map(|(file, line)| vm.tuple(vec![vm.str(&file), vm.int(line as i64)]))
                .collect();
            Ok(vm.tuple(frames))
        }
        None => Ok(vm.none()),
    }
}
