//! The virtual machine: interpreter state, object constructors, and the entry points.
//!
//! `Vm` owns everything global to one interpreter: the builtin types, the singletons, the
//! builtins and `sys` modules, the call stack and the recursion limit. Every operation that
//! may run Python code takes `&mut Vm` and returns a [`PyResult`]; an `Err` carries the
//! exception object. Submodules: `eval` (the dispatch loop), `call` (argument binding),
//! `protocols` (attribute access, operators, iteration, conversions), `class` (class
//! creation, MRO, `super`), `errors` (exception helpers and traceback printing), `import`.

pub mod async_generator;
mod borrowed;
mod builtin_fast;
pub mod call;
pub mod class;
pub mod containers;
pub mod coroutine;
pub mod errors;
pub mod eval;
pub mod exception_groups;
pub mod frame;
pub mod frame_stack;
pub mod import;
pub mod inline_cache;
pub mod interrupt;
pub mod items;
mod items_fast;
mod num_fast;
pub mod operators;
pub mod protocols;
pub mod runtime_objects;
pub mod stdout;
pub mod text;
pub mod types;

use crate::heap::PyRef;
use crate::objects::dict::Dict;
use crate::objects::payload::Payload;
use crate::objects::str::PyStr;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
pub use types::Types;

/// A raised exception: the exception instance.
#[derive(Debug)]
pub struct PyErr(pub PyRef);

pub type PyResult<T = PyRef> = Result<T, PyErr>;

/// Arguments of a call in vectorcall form: positional values, then keyword values whose
/// names are in `kwnames` (str objects), so no call needs to allocate a dict.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub args: &'a [PyRef],
    pub kwnames: &'a [PyRef],
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [PyRef]) -> Args<'a> {
        Args { args, kwnames: &[] }
    }

    /// Positional arguments.
    pub fn positional(&self) -> &'a [PyRef] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }

    /// Keyword arguments as (name, value) pairs.
    pub fn keywords(&self) -> impl Iterator<Item = (&'a str, &'a PyRef)> + 'a {
        let values = &self.args[self.args.len() - self.kwnames.len()..];
        self.kwnames
            .iter()
            .map(|n| n.as_str_opt().unwrap_or(""))
            .zip(values.iter())
    }

    pub fn kwarg(&self, name: &str) -> Option<&'a PyRef> {
        self.keywords().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

pub use borrowed::{with_borrowed, with_prepended};

/// See `Vm::native_depth`: far above any depth Python code reaches through builtins
/// (each Python level counts against `recursion_limit` as well), far below what the
/// interpreter thread's stack holds.
pub const NATIVE_DEPTH_LIMIT: usize = 20_000;

/// Interpreter-wide state.
pub struct Vm {
    pub types: Types,
    pub none: PyRef,
    pub true_obj: PyRef,
    pub false_obj: PyRef,
    pub not_implemented: PyRef,
    pub ellipsis: PyRef,
    pub empty_tuple: PyRef,
    /// The one-character strings of [`Vm::latin1_char`].
    latin1_chars: Vec<PyRef>,
    /// The one `b""`.
    pub empty_bytes: PyRef,
    /// The one-byte bytes objects of [`Vm::bytes`].
    byte_chars: Vec<PyRef>,
    pub empty_str: PyRef,
    /// The "no receiver" half of a `LoadMethod` pair (never visible to Python code).
    pub null_marker: PyRef,
    small_ints: Vec<PyRef>,
    /// Identifiers by text (`ahash`: looked up on every attribute lookup by Rust name).
    interned: RefCell<HashMap<Box<str>, PyRef, ahash::RandomState>>,
    /// Strings `sys.intern` interned at run time: mortal, as in CPython 3.11 (the table's
    /// entry does not count); dead entries are swept as the table grows.
    interned_mortal: RefCell<HashMap<Box<str>, crate::heap::WeakPyRef, ahash::RandomState>>,
    pub builtins: PyRef,
    pub builtins_dict: PyRef,
    pub sys_module: Option<PyRef>,
    /// `sys.modules`.
    pub modules: PyRef,
    /// The exception being handled (`sys.exc_info()`), innermost.
    pub handled_exc: Option<PyRef>,
    /// Set while the `traceback` module formats: its source lines come through
    /// `linecache` (whose `cache` may hold lines of made-up file names), where the
    /// interpreter's own report reads only files.
    pub formatting_for_traceback_module: bool,
    pub recursion_limit: usize,
    pub depth: usize,
    /// Nesting of native (builtin) calls: a loop of builtins calling each other without a
    /// Python frame between them (a descriptor whose `__get__` binds itself again) stops
    /// with `RecursionError` at [`NATIVE_DEPTH_LIMIT`] instead of exhausting the Rust stack.
    pub native_depth: usize,
    pub argv: Vec<String>,
    pub script_path: String,
    /// Objects kept by `DEBUG_SAVEALL` (`gc.garbage`).
    pub gc_garbage: Option<PyRef>,
    /// `gc.callbacks`.
    pub gc_callbacks: Option<PyRef>,
    pub leakcheck: bool,
    /// Objects that `gc.garbage` and `gc.callbacks` kept alive past interpreter exit
    /// (`gc::fini`): reachable by the script, so no leak.
    pub held_at_exit: usize,
    /// Objects CPython's runtime makes for itself (see `runtime_objects`).
    pub runtime_objects: runtime_objects::RuntimeObjects,
    /// The running Python frames, innermost last (pushed and popped by
    /// `Vm::enter_frame` and `Vm::leave_frame`): what `sys._getframe`, `f_back` and
    /// [`Vm::current_globals`] read.
    pub(crate) active_frames: Vec<frame::ActiveFrame>,
    /// The instruction the innermost running frame is executing (its `f_lasti`, kept
    /// here as well so that frames above it can record where their caller stands).
    pub(crate) current_lasti: usize,
    /// `sys._set_line_hook(func)`: called as `func(code, lineno, event)` for the events
    /// `"call"`, `"line"` and `"return"` of every frame, as `sys.settrace` would see them.
    pub line_hook: Option<PyRef>,
    /// Set while the hook runs, so that its own code is not traced.
    pub in_line_hook: bool,
    /// A native observer of the same events (`refpy trace`), called before `line_hook`
    /// with the running frame's data, which no Python hook can see.
    pub step_observer: Option<StepObserver>,
    /// `tracemalloc` is tracing: frames record where they run (`eval::current_location`).
    pub trace_allocs: bool,
    /// Frames running in the uninstrumented dispatch loop (see `eval::dispatch`).
    uninstrumented_frames: u32,
    /// Finished frames kept for reuse (see `Vm::park_frame`).
    frame_pool: Vec<PyRef>,
    /// The frames dispatch loops run inline, innermost last (see
    /// [`frame_stack::InlineFrame`]); each loop owns the entries above the length it
    /// started at.
    inline_frames: Vec<frame_stack::InlineFrame>,
    /// The type attribute cache (`objects::method_cache`).
    pub(crate) method_cache: crate::objects::method_cache::MethodCache,
    /// A locals vector left by the last recycled frame, for the next call to reuse.
    spare_locals: Option<Vec<Option<PyRef>>>,
    /// See [`class::ObjectConstruct`].
    object_construct: Option<std::rc::Rc<class::ObjectConstruct>>,
    /// `type.__call__`'s remembered plans (see `class::ConstructPlan`).
    construct_plans: Vec<Option<class::ConstructPlan>>,
}

/// See [`Vm::step_observer`]: called as `(vm, frame, code, line, event)`.
pub type StepObserver = fn(&mut Vm, &frame::FrameData, &PyRef, u32, &str);

/// Result of running a frame: a value returned or yielded.
pub enum FrameResult {
    Return(PyRef),
    Yield(PyRef),
}

impl Vm {
    /// Whether a line hook or a step observer wants this thread's line events (never, in
    /// a build without the hooks: see [`crate::HOOKS`]).
    #[inline(always)]
    pub fn traced(&self) -> bool {
        crate::HOOKS && (self.line_hook.is_some() || self.step_observer.is_some())
    }

    /// Whether `tracemalloc` traces: frames run instrumented, recording where they are.
    #[inline(always)]
    pub fn tracing_allocations(&self) -> bool {
        crate::HOOKS && self.trace_allocs
    }

    pub fn new() -> Vm {
        let types = Types::new();
        let mk = |cls: &PyRef, p: Payload| {
            let o = PyRef::new(cls, p);
            o.make_immortal();
            o
        };
        let none = mk(&types.none_type, Payload::NoneValue);
        let true_obj = mk(&types.bool_type, Payload::Bool(true));
        let false_obj = mk(&types.bool_type, Payload::Bool(false));
        let not_implemented = mk(&types.not_implemented_type, Payload::NotImplemented);
        let ellipsis = mk(&types.ellipsis_type, Payload::Ellipsis);
        let empty_tuple = mk(&types.tuple_type, Payload::Tuple(Box::new([])));
        crate::gc::untrack(&empty_tuple);
        let empty_str = mk(&types.str_type, Payload::Str(PyStr::new("")));
        let empty_bytes = mk(&types.bytes_type, Payload::Bytes(Box::new([])));
        let byte_chars = (0..=255u8)
            .map(|b| mk(&types.bytes_type, Payload::Bytes(Box::new([b]))))
            .collect();
        let latin1_chars = (0..=255u8)
            .map(|b| {
                let text = char::from(b).to_string();
                mk(&types.str_type, Payload::Str(PyStr::new(text)))
            })
            .collect();
        let null_marker = mk(&types.object_type, Payload::Ellipsis);
        let small_ints = (-5..=256)
            .map(|i| mk(&types.int_type, Payload::Int(i)))
            .collect();
        let builtins_dict = mk(
            &types.dict_type,
            Payload::Dict(Box::new(RefCell::new(Dict::new()))),
        );
        let modules = mk(
            &types.dict_type,
            Payload::Dict(Box::new(RefCell::new(Dict::new()))),
        );
        let builtins = mk(&types.module_type, Payload::Module(builtins_dict.clone()));
        let mut vm = Vm {
            types,
            none,
            true_obj,
            false_obj,
            not_implemented,
            ellipsis,
            empty_tuple,
            latin1_chars,
            empty_bytes,
            byte_chars,
            empty_str,
            null_marker,
            small_ints,
            interned: RefCell::new(HashMap::default()),
            interned_mortal: RefCell::new(HashMap::default()),
            builtins,
            builtins_dict,
            sys_module: None,
            modules,
            handled_exc: None,
            formatting_for_traceback_module: false,
            recursion_limit: 1000,
            depth: 0,
            native_depth: 0,
            argv: Vec::new(),
            script_path: String::new(),
            gc_garbage: None,
            gc_callbacks: None,
            leakcheck: false,
            held_at_exit: 0,
            runtime_objects: Default::default(),
            active_frames: Vec::with_capacity(64),
            current_lasti: 0,
            line_hook: None,
            in_line_hook: false,
            step_observer: None,
            trace_allocs: false,
            uninstrumented_frames: 0,
            frame_pool: Vec::new(),
            inline_frames: Vec::new(),
            method_cache: Default::default(),
            spare_locals: None,
            object_construct: None,
            construct_plans: (0..class::CONSTRUCT_PLANS).map(|_| None).collect(),
        };
        types::populate(&mut vm);
        crate::builtins::init(&mut vm);
        crate::modules::init(&mut vm);
        vm
    }

    // ---- constructors: each returns a new (owned) reference ----

    #[inline]
    pub fn none(&self) -> PyRef {
        self.none.clone()
    }

    #[inline]
    pub fn bool(&self, b: bool) -> PyRef {
        if b {
            self.true_obj.clone()
        } else {
            self.false_obj.clone()
        }
    }

    #[inline]
    pub fn int(&self, i: i64) -> PyRef {
        if (-5..=256).contains(&i) {
            self.small_ints[(i + 5) as usize].clone()
        } else {
            PyRef::new_number(&self.types.int_type, crate::heap::Number::Int(i))
        }
    }

    /// An int from a big integer, normalized to the `i64` fast path when it fits.
    pub fn bigint(&self, b: BigInt) -> PyRef {
        match b.to_i64() {
            Some(i) => self.int(i),
            None => PyRef::new(&self.types.int_type, Payload::BigInt(Box::new(b))),
        }
    }

    pub fn float(&self, f: f64) -> PyRef {
        PyRef::new_number(&self.types.float_type, crate::heap::Number::Float(f))
    }

    pub fn complex(&self, re: f64, im: f64) -> PyRef {
        PyRef::new(&self.types.complex_type, Payload::Complex(re, im))
    }

    pub fn str(&self, s: &str) -> PyRef {
        if s.is_empty() {
            return self.empty_str.clone();
        }
        if let Some(c) = self.latin1_char(s) {
            return c;
        }
        PyRef::new(&self.types.str_type, Payload::Str(PyStr::new(s)))
    }

    pub fn string(&self, s: String) -> PyRef {
        if s.is_empty() {
            return self.empty_str.clone();
        }
        if let Some(c) = self.latin1_char(&s) {
            return c;
        }
        PyRef::new(&self.types.str_type, Payload::Str(PyStr::new(s)))
    }

    /// `get_latin1_char`: a one-character string below U+0100 is one shared object, as
    /// CPython's `unicode_result` gives it (indexing, slicing, `chr`, iteration, joins...).
    #[inline]
    fn latin1_char(&self, s: &str) -> Option<PyRef> {
        if s.len() > 2 {
            return None;
        }
        let mut chars = s.chars();
        let c = chars.next()? as u32;
        if chars.next().is_some() || c > 0xff {
            return None;
        }
        Some(self.latin1_chars[c as usize].clone())
    }

    /// An interned string: one shared, immortal object per distinct text (identifiers).
    pub fn intern(&self, s: &str) -> PyRef {
        if s.is_empty() {
            // The one empty string, whichever way it was made.
            return self.empty_str.clone();
        }
        if let Some(r) = self.interned.borrow().get(s) {
            return r.clone();
        }
        // A string `sys.intern` made mortal becomes the identifier (and immortal).
        let mortal = self.interned_mortal.borrow_mut().remove(s);
        let r = match mortal.and_then(|w| w.upgrade()) {
            Some(r) => r,
            None => PyRef::new(&self.types.str_type, Payload::Str(PyStr::new(s))),
        };
        r.make_immortal();
        self.interned.borrow_mut().insert(s.into(), r.clone());
        r
    }

    /// Whether `obj` is the interned string of its text (an identifier).
    pub fn is_interned(&self, obj: &PyRef) -> bool {
        match &obj.payload {
            Payload::Str(text) if obj.is_immortal() => self
                .interned
                .borrow()
                .get(text.as_str())
                .is_some_and(|r| r.is(obj)),
            _ => false,
        }
    }

    /// `sys.intern(s)` (`PyUnicode_InternInPlace`): `s` itself becomes the interned string
    /// unless one with its text exists. It stays mortal, as CPython 3.11's interned
    /// strings are: `sys.getrefcount` shows only the references the program holds.
    pub fn intern_in_place(&self, s: &PyRef, text: &str) -> PyRef {
        if text.is_empty() {
            return self.empty_str.clone();
        }
        if let Some(r) = self.interned.borrow().get(text) {
            return r.clone();
        }
        let mut mortal = self.interned_mortal.borrow_mut();
        if let Some(r) = mortal.get(text).and_then(|w| w.upgrade()) {
            return r;
        }
        if mortal.len() >= 64 && mortal.len().is_power_of_two() {
            mortal.retain(|_, w| w.is_alive());
        }
        mortal.insert(text.into(), s.downgrade());
        s.clone()
    }

    /// `PyBytes_FromStringAndSize(data, n)`: the empty bytes and the one-byte bytes are
    /// shared objects (CPython's `characters` cache).
    pub fn bytes(&self, b: Vec<u8>) -> PyRef {
        if b.is_empty() {
            return self.empty_bytes.clone();
        }
        if let [byte] = b[..] {
            return self.byte_chars[byte as usize].clone();
        }
        PyRef::new(&self.types.bytes_type, Payload::Bytes(b.into_boxed_slice()))
    }

    /// Bytes CPython allocates first and fills after (`PyBytes_FromStringAndSize(NULL,
    /// n)`: `bytes(n)`, `bytes(buffer)`, `memoryview.tobytes()`, `int.to_bytes()`): a
    /// one-byte result is an object of its own.
    pub fn bytes_filled(&self, b: Vec<u8>) -> PyRef {
        if b.is_empty() {
            return self.empty_bytes.clone();
        }
        PyRef::new(&self.types.bytes_type, Payload::Bytes(b.into_boxed_slice()))
    }

    pub fn tuple(&self, items: Vec<PyRef>) -> PyRef {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        PyRef::new(
            &self.types.tuple_type,
            Payload::Tuple(items.into_boxed_slice()),
        )
    }

    /// A list of exactly these items, allocated as CPython allocates a list of known size.
    pub fn list(&self, items: Vec<PyRef>) -> PyRef {
        self.list_allocated(crate::objects::sizeof::list_exact(items))
    }

    /// A list that keeps `items`' capacity as its allocation (built by one of the
    /// policies of `objects::sizeof`).
    pub fn list_allocated(&self, items: Vec<PyRef>) -> PyRef {
        PyRef::new(&self.types.list_type, Payload::List(RefCell::new(items)))
    }

    pub fn dict(&self) -> PyRef {
        PyRef::new(
            &self.types.dict_type,
            Payload::Dict(Box::new(RefCell::new(Dict::new()))),
        )
    }

    pub fn dict_from(&self, d: Dict) -> PyRef {
        PyRef::new(
            &self.types.dict_type,
            Payload::Dict(Box::new(RefCell::new(d))),
        )
    }

    pub fn set(&self, s: crate::objects::set::SetData) -> PyRef {
        PyRef::new(
            &self.types.set_type,
            Payload::Set(Box::new(RefCell::new(s))),
        )
    }

    pub fn frozenset(&self, s: crate::objects::set::SetData) -> PyRef {
        PyRef::new(&self.types.frozenset_type, Payload::FrozenSet(Box::new(s)))
    }

    pub fn iterator(&self, state: crate::objects::iterators::IterState, class: &PyRef) -> PyRef {
        PyRef::new(class, Payload::Iterator(Box::new(RefCell::new(state))))
    }

    /// A builtin function object (not bound).
    pub fn builtin(&self, name: &'static str, func: crate::objects::function::NativeFn) -> PyRef {
        self.builtin_in(name, func, None)
    }

    /// A builtin function of module `module` (its `__module__`; None: `builtins`).
    pub fn builtin_in(
        &self,
        name: &'static str,
        func: crate::objects::function::NativeFn,
        module: Option<&'static str>,
    ) -> PyRef {
        let f = PyRef::new(
            &self.types.builtin_function_type,
            Payload::Builtin(Box::new(crate::objects::function::BuiltinFunction {
                name,
                func,
                receiver: None,
                owner: None,
                owner_type: None,
                module,
                varargs: crate::objects::function::takes_varargs(None, module, name),
                checks_recursion: crate::objects::function::checks_recursion(None, module, name),
                fast: crate::objects::function::FastBuiltin::of(None, module, name),
            })),
        );
        f.make_immortal();
        f
    }

    // ---- output ----

    /// Writes to `sys.stdout` (buffered; flushed before anything goes to stderr).
    pub fn write_stdout(&mut self, s: &str) {
        let s = interrupt::within_output_limit(s, false);
        stdout::write(s.as_bytes());
    }

    pub fn flush_stdout(&mut self) {
        stdout::flush();
    }

    /// Raw bytes to stdout or stderr (`sys.stdout.buffer`), under the same output cap.
    pub fn write_bytes(&mut self, stderr: bool, b: &[u8]) {
        let b = interrupt::within_output_limit_bytes(b, stderr);
        if stderr {
            self.flush_stdout();
            let _ = std::io::stderr().write_all(b);
        } else {
            stdout::write(b);
        }
    }

    pub fn write_stderr(&mut self, s: &str) {
        self.flush_stdout();
        let s = interrupt::within_output_limit(s, true);
        let _ = std::io::stderr().write_all(s.as_bytes());
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

impl PyRef {
    /// The text of a str object, or None.
    #[inline]
    pub fn as_str_opt(&self) -> Option<&str> {
        match &self.payload {
            Payload::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    /// The `i64` value of an int (or bool) that fits, or None.
    #[inline]
    pub fn as_i64(&self) -> Option<i64> {
        match &self.payload {
            Payload::Int(i) => Some(*i),
            Payload::Bool(b) => Some(*b as i64),
            _ => None,
        }
    }

    /// The value of any int (or bool) as a big integer.
    pub fn as_bigint(&self) -> Option<BigInt> {
        match &self.payload {
            Payload::Int(i) => Some(BigInt::from(*i)),
            Payload::Bool(b) => Some(BigInt::from(*b as i64)),
            Payload::BigInt(b) => Some((**b).clone()),
            _ => None,
        }
    }

    pub fn is_int(&self) -> bool {
        matches!(
            self.payload,
            Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_)
        )
    }

    /// The class's type data (panics if `self` is not a type: callers check).
    pub fn type_data(&self) -> Option<&crate::objects::typeobj::TypeData> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }

    /// The name of the object's class in messages: CPython's `tp_name`
    /// (`weakref.ReferenceType` for a weak reference; see `TypeData::tp_name`).
    pub fn class_name(&self) -> String {
        self.class()
            .type_data()
            .map_or_else(|| "?".into(), |t| t.tp_name())
    }

    /// `type(x).__name__`, for what counts objects by type name (traces, `objgraph`).
    pub fn type_name(&self) -> String {
        self.class()
            .type_data()
            .map_or_else(|| "?".into(), |t| t.name())
    }

    pub fn tuple_items(&self) -> Option<&[PyRef]> {
        match &self.payload {
            Payload::Tuple(t) => Some(t),
            _ => None,
        }
    }
}
