//! The recorder: follows the running program through three observers and turns what they
//! report into steps.
//!
//! - The VM's step observer (`Vm::step_observer`) sees every `call`, `line` and `return`
//!   event with the running frame's data. It keeps a shadow stack of frames (a frame that is
//!   not running is borrowed by its own dispatch loop, so each frame's locals are remembered,
//!   weakly, from its own last event) and takes a picture at each `line` event of code from
//!   a file. A `call` of `__del__`, or of a function whose first argument is a dead weak
//!   reference, is reported as a finalizer or a weakref callback.
//! - The heap's allocation hooks give each object an id when it is born and report its
//!   death. An object in the last picture that dies is a free event; one born and dead
//!   between two pictures only counts as a temporary.
//! - The collector's observer reports each collection's unreachable set and result; a death
//!   of one of those objects during the collection is "collected", any other "refcount".
//!
//! Steps record the state *before* their line runs and the events of the line before.
//! Recording stops (the program runs on) at the step or size limit.

use super::record::{Event, FrameRec, FreeReason, Step, Target, Trace};
use super::walk::{Limits, Walk};
use crate::heap::{PyRef, WeakPyRef};
use crate::objects::payload::Payload;
use crate::vm::frame::FrameData;
use crate::vm::Vm;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

/// The most bytes of record kept (about the size of the page); past it recording stops.
const MAX_BYTES: usize = 48 << 20;

struct ShadowFrame {
    key: usize,
    name: String,
    file: String,
    line: u32,
    visible: bool,
    locals: Vec<(String, WeakPyRef)>,
    /// The namespace of module and class bodies, read whole at each picture.
    dict: Option<WeakPyRef>,
}

pub struct Recorder {
    pub trace: Trace,
    limits: Limits,
    stack: Vec<ShadowFrame>,
    ids: HashMap<usize, u64>,
    next_id: u64,
    /// Ids born since the last picture.
    born: HashSet<u64>,
    /// Ids in the last picture, with their state index.
    seen: HashMap<u64, u32>,
    events: Vec<Event>,
    temporaries: u64,
    stdout: String,
    collections: u64,
    /// Addresses of the unreachable objects of the collection running now.
    garbage: HashSet<usize>,
    /// The ids found unreachable by the collection running now.
    open_collect: Option<Vec<u64>>,
    baseline_live: usize,
    stopped: bool,
}

thread_local! {
    static RECORDER: RefCell<Option<Recorder>> = const { RefCell::new(None) };
}

/// Starts recording into `trace`: installs the three observers.
pub fn start(vm: &mut Vm, trace: Trace) {
    let limits = Limits {
        max_objects: trace.max_objects,
        max_refs: trace.max_refs,
    };
    let rec = Recorder {
        trace,
        limits,
        stack: Vec::new(),
        ids: HashMap::new(),
        next_id: 1,
        born: HashSet::new(),
        seen: HashMap::new(),
        events: Vec::new(),
        temporaries: 0,
        stdout: String::new(),
        collections: 0,
        garbage: HashSet::new(),
        open_collect: None,
        baseline_live: crate::heap::live_mortal_objects(),
        stopped: false,
    };
    RECORDER.with(|r| *r.borrow_mut() = Some(rec));
    vm.step_observer = Some(observe);
    crate::heap::set_alloc_hooks(Some(crate::heap::AllocHooks {
        on_alloc,
        on_free,
        on_float_reuse: None,
    }));
    crate::gc::set_observer(Some(on_collect));
}

/// Stops recording; takes a last picture of `main`'s globals ("end") first if recording
/// was still on, and hands back the record.
pub fn finish(vm: &mut Vm, main: &PyRef, exit_code: i32) -> Trace {
    let globals = match &main.payload {
        Payload::Module(d) => Some(d.clone()),
        _ => None,
    };
    let (file, line) = RECORDER.with(|r| {
        r.borrow()
            .as_ref()
            .map(|rec| {
                rec.trace
                    .steps
                    .last()
                    .map(|_| (rec.trace.script.clone(), last_line(&rec.trace)))
                    .unwrap_or((rec.trace.script.clone(), 0))
            })
            .unwrap_or_default()
    });
    take_stdout(vm);
    let end = ShadowFrame {
        key: 0,
        name: "<module> (ended)".to_string(),
        file: file.clone(),
        line,
        visible: true,
        locals: Vec::new(),
        dict: globals.as_ref().map(PyRef::downgrade),
    };
    stop_hooks(vm);
    RECORDER.with(|r| {
        let mut slot = r.borrow_mut();
        let mut rec = slot.take().expect("recording");
        if !rec.stopped {
            rec.stack = vec![end];
            rec.picture(vm, &file, line);
        }
        rec.trace.exit_code = exit_code;
        rec.trace
    })
}

fn last_line(trace: &Trace) -> u32 {
    // The line of the last step, read back from its JSON head (`{"file":...,"line":N,`).
    trace
        .steps
        .last()
        .and_then(|s| s.split("\"line\":").nth(1))
        .and_then(|s| s.split(',').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

fn stop_hooks(vm: &mut Vm) {
    vm.step_observer = None;
    crate::heap::set_alloc_hooks(None);
    crate::gc::set_observer(None);
}

/// Moves what the program printed since the last call into the record, then lets it out.
fn take_stdout(vm: &mut Vm) {
    let text = crate::vm::stdout::pending();
    if text.is_empty() {
        return;
    }
    vm.flush_stdout();
    with(|rec| {
        if !rec.stopped {
            rec.stdout.push_str(&text)
        }
    });
}

fn with(f: impl FnOnce(&mut Recorder)) {
    RECORDER.with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            if let Some(rec) = r.as_mut() {
                f(rec);
            }
        }
    });
}

fn on_alloc(obj: &PyRef) {
    with(|rec| {
        let id = rec.next_id;
        rec.next_id += 1;
        rec.ids.insert(obj.id(), id);
        rec.born.insert(id);
    });
}

fn on_free(addr: usize) {
    with(|rec| {
        let Some(id) = rec.ids.remove(&addr) else {
            return;
        };
        if rec.born.remove(&id) {
            rec.temporaries += 1;
            return;
        }
        if let Some(state) = rec.seen.remove(&id) {
            let reason = match rec.open_collect {
                Some(_) if rec.garbage.contains(&addr) => FreeReason::Collected(rec.collections),
                _ => FreeReason::Refcount,
            };
            rec.events.push(Event::Free { id, state, reason });
        }
    });
}

fn on_collect(event: crate::gc::CollectEvent) {
    use crate::gc::CollectEvent;
    with(|rec| match event {
        CollectEvent::Begin {
            generation,
            unreachable,
        } => {
            rec.collections += 1;
            rec.garbage = unreachable.iter().map(PyRef::id).collect();
            let unreachable: Vec<u64> = unreachable.iter().map(|o| rec.id_of(o)).collect();
            rec.events.push(Event::Collect {
                number: rec.collections,
                generation,
                unreachable: Vec::clone(&unreachable),
                collected: None,
            });
            rec.open_collect = Some(unreachable);
        }
        CollectEvent::End {
            generation,
            collected,
        } => {
            let unreachable = rec.open_collect.take().unwrap_or_default();
            rec.events.push(Event::Collect {
                number: rec.collections,
                generation,
                unreachable,
                collected: Some(collected),
            });
            rec.garbage.clear();
        }
    });
}

/// The step observer (see the module doc).
fn observe(vm: &mut Vm, f: &FrameData, code: &PyRef, line: u32, event: &str) {
    take_stdout(vm);
    let Payload::Code(cd) = &code.payload else {
        return;
    };
    let key = f as *const FrameData as usize;
    let file = cd.code.filename.to_string();
    let name = cd.code.name.clone();
    let visible = !file.starts_with('<');
    let mut stopped = false;
    let vm_ref: &Vm = vm;
    with(|rec| {
        if rec.stopped {
            return;
        }
        if event == "call" {
            rec.note_special_call(&name, f, visible);
        }
        let pos = match rec.stack.iter().rposition(|s| s.key == key) {
            Some(p) if event != "call" => p,
            _ => {
                rec.stack.push(ShadowFrame {
                    key,
                    name: name.clone(),
                    file: file.clone(),
                    line,
                    visible,
                    locals: Vec::new(),
                    dict: None,
                });
                rec.stack.len() - 1
            }
        };
        if event == "return" {
            rec.stack.truncate(pos);
            return;
        }
        rec.stack.truncate(pos + 1);
        let frame = &mut rec.stack[pos];
        frame.line = line;
        remember_locals(frame, f, cd);
        if event == "line" && visible {
            rec.picture(vm_ref, &file, line);
            stopped = rec.stopped;
        }
    });
    if stopped {
        stop_hooks(vm);
    }
}

/// Remembers a frame's locals weakly (the frame cannot be read while a callee runs).
fn remember_locals(
    frame: &mut ShadowFrame,
    f: &FrameData,
    cd: &crate::objects::function::CodeData,
) {
    let code = &cd.code;
    frame.locals.clear();
    for (name, value) in code.varnames.iter().zip(f.locals.iter()) {
        if let Some(v) = value {
            frame.locals.push((name.clone(), v.downgrade()));
        }
    }
    let cell_names = code.cellvars.iter().chain(code.freevars.iter());
    for (name, cell) in cell_names.zip(f.cells.iter()) {
        if let Payload::Cell(c) = &cell.payload {
            if let Ok(c) = c.try_borrow() {
                if let Some(v) = c.as_ref() {
                    frame.locals.push((name.clone(), v.downgrade()));
                }
            }
        }
    }
    frame.dict = f.locals_dict.as_ref().map(PyRef::downgrade);
}

impl Recorder {
    /// The object's id, given now if it was born before recording started.
    fn id_of(&mut self, obj: &PyRef) -> u64 {
        let addr = obj.id();
        if let Some(&id) = self.ids.get(&addr) {
            return id;
        }
        let id = self.next_id;
        self.next_id += 1;
        self.ids.insert(addr, id);
        id
    }

    /// `__del__` and weakref callbacks, recognized at their call (a callback is a function
    /// of the program's files whose first argument is a dead weak reference).
    fn note_special_call(&mut self, name: &str, f: &FrameData, in_file: bool) {
        let Some(Some(first)) = f.locals.first() else {
            return;
        };
        if name == "__del__" {
            let id = self.id_of(first);
            self.events.push(Event::Del {
                id,
                type_name: first.type_name(),
            });
        } else if let (true, Payload::WeakRef(data)) = (in_file, &first.payload) {
            let dead = data
                .referent
                .try_borrow()
                .is_ok_and(|r| !r.as_ref().is_some_and(|w| w.is_alive()));
            if dead {
                let id = self.id_of(first);
                self.events.push(Event::WeakrefCallback {
                    id,
                    function: name.to_string(),
                });
            }
        }
    }

    /// Takes the picture of one step and appends the step.
    fn picture(&mut self, vm: &Vm, file: &str, line: u32) {
        if self.trace.steps.len() >= self.trace.max_steps {
            self.stop(format!(
                "recording stopped after {} steps (--max-steps); the program ran to its end",
                self.trace.max_steps
            ));
            return;
        }
        if self.trace.bytes >= MAX_BYTES {
            self.stop(format!(
                "recording stopped at step {}: the record reached {} MiB; the program ran to its end (lower --max-objects or --max-steps)",
                self.trace.steps.len(),
                MAX_BYTES >> 20
            ));
            return;
        }
        let mut walk = Walk::new(vm, &self.limits);
        let mut frames = Vec::new();
        for frame in self.stack.iter().filter(|f| f.visible) {
            let mut locals = Vec::new();
            for (name, w) in &frame.locals {
                if let Some(v) = w.upgrade() {
                    locals.push((name.clone(), walk.root(&v)));
                }
            }
            if let Some(d) = frame.dict.as_ref().and_then(WeakPyRef::upgrade) {
                for (name, v) in namespace(&d) {
                    locals.push((name, walk.root(&v)));
                }
            }
            frames.push(FrameRec {
                name: frame.name.clone(),
                file: frame.file.clone(),
                line: frame.line,
                locals,
            });
        }
        let picture = walk.finish();
        let mut heap = Vec::with_capacity(picture.objects.len());
        let mut seen = HashMap::new();
        let mut events = std::mem::take(&mut self.events);
        for (addr, mut state) in picture.objects {
            let id = self.id_from_addr(addr);
            state.id = id;
            for (_, t) in state.refs.iter_mut() {
                self.resolve(t);
            }
            state.weak = state.weak.map(|w| self.id_from_addr(w as usize));
            let born = self.born.contains(&id);
            let type_name = state.type_name.clone();
            let index = self.trace.intern_state(&state);
            if born {
                events.push(Event::Alloc { id, type_name });
            }
            heap.push(index);
            seen.insert(id, index);
        }
        for frame in frames.iter_mut() {
            for (_, t) in frame.locals.iter_mut() {
                self.resolve(t);
            }
        }
        if self.temporaries > 0 {
            events.push(Event::Temporaries {
                count: self.temporaries,
            });
        }
        self.temporaries = 0;
        self.born.clear();
        self.seen = seen;
        let step = Step {
            file: file.to_string(),
            line,
            frames,
            heap,
            folded: picture.folded,
            events,
            stdout: std::mem::take(&mut self.stdout),
            live_objects: crate::heap::live_mortal_objects().saturating_sub(self.baseline_live),
            heap_bytes: picture.bytes,
        };
        self.trace.push_step(&step);
        self.note_file(file);
    }

    fn id_from_addr(&mut self, addr: usize) -> u64 {
        if let Some(&id) = self.ids.get(&addr) {
            return id;
        }
        let id = self.next_id;
        self.next_id += 1;
        self.ids.insert(addr, id);
        id
    }

    fn resolve(&mut self, t: &mut Target) {
        if let Target::Obj(addr) = t {
            *addr = self.id_from_addr(*addr as usize);
        }
    }

    fn note_file(&mut self, file: &str) {
        if self.trace.files.iter().any(|(f, _)| f == file) {
            return;
        }
        let lines = std::fs::read(file)
            .map(|b| {
                String::from_utf8_lossy(&b)
                    .lines()
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        self.trace.files.push((file.to_string(), lines));
    }

    fn stop(&mut self, why: String) {
        if !self.stopped {
            eprintln!("refpy trace: {why}");
            self.trace.truncated = Some(why);
            self.stopped = true;
            self.events.clear();
        }
    }
}

/// The names a module or class body shows: its namespace without dunder names.
fn namespace(dict: &PyRef) -> Vec<(String, PyRef)> {
    let Payload::Dict(d) = &dict.payload else {
        return Vec::new();
    };
    let Ok(d) = d.try_borrow() else {
        return Vec::new();
    };
    d.iter()
        .filter_map(|(k, v)| {
            let name = k.as_str_opt()?;
            (!(name.starts_with("__") && name.ends_with("__")))
                .then(|| (name.to_string(), v.clone()))
        })
        .collect()
}
