//! Calls: dispatch on the callable's kind, and binding arguments to a new frame.
//!
//! Binding follows CPython's `_PyEval_MakeFrameVector` and its error messages
//! (`f() missing 1 required positional argument: 'x'`, using the qualified name). A Python
//! function's arguments are moved into the new frame's fast locals; cells for captured
//! parameters are filled from them (`cell2arg`).

use super::frame::{FrameData, Globals};
use super::frame_stack::InlineFrame;
use super::{Args, FrameResult, PyResult, Vm};
use crate::heap::PyRef;
use crate::objects::function::{BuiltinFunction, Function};
use crate::objects::payload::{GeneratorNames, Payload};
use std::cell::{Cell, RefCell, RefMut};

/// How many finished frames the pool keeps for the next calls (and generators).
pub(super) const FREE_FRAMES: usize = 64;

impl Vm {
    /// Calls `func` with `args`; returns an owned result.
    pub fn call(&mut self, func: &PyRef, args: Args) -> PyResult {
        match &func.payload {
            Payload::Function(f) => self.call_function(func, f, args),
            Payload::Builtin(b) => self.call_builtin(func, b, args),
            Payload::BoundMethod {
                func: inner,
                receiver,
            } => super::with_prepended(receiver, args.args, |all| {
                self.call(
                    inner,
                    Args {
                        args: all,
                        kwnames: args.kwnames,
                    },
                )
            }),
            Payload::Type(_) => self.call_type(func, args),
            // `weakref_call` through `_PyObject_MakeTpCall`: with no arguments its tuple
            // is the shared empty one, so the call is the referent and nothing else (the
            // type is immutable: its `__call__` is always `weakref_call`).
            Payload::WeakRef(_)
                if args.args.is_empty()
                    && args.kwnames.is_empty()
                    && func.class().is(&self.types.weakref_type) =>
            {
                Ok(crate::modules::weakref::referent_or_none(self, func))
            }
            _ => {
                if let Some(call) = self.lookup_special(func, "__call__") {
                    // `_PyObject_MakeTpCall`: one level of the recursion limit.
                    self.enter_recursive_call(" while calling a Python object")?;
                    let _tp_call_args = self.tp_call_args(args);
                    let r = super::with_prepended(func, args.args, |all| {
                        self.call(
                            &call,
                            Args {
                                args: all,
                                kwnames: args.kwnames,
                            },
                        )
                    });
                    self.depth -= 1;
                    return r;
                }
                Err(self.type_error(format!("'{}' object is not callable", func.class_name())))
            }
        }
    }

    /// Calls a builtin function or method (CPython's `cfunction_vectorcall_*` and
    /// `method_vectorcall_*` kinds): one level of the recursion limit when its convention
    /// counts one ([`BuiltinFunction::checks_recursion`]), the argument tuple a
    /// `METH_VARARGS` builtin holds for the whole call, the receiver of a bound builtin
    /// prepended. The call sites of the dispatch loop come here directly.
    #[inline]
    pub(super) fn call_builtin(
        &mut self,
        func: &PyRef,
        b: &BuiltinFunction,
        args: Args,
    ) -> PyResult {
        if self.native_depth >= super::NATIVE_DEPTH_LIMIT {
            return Err(self.native_depth_exceeded());
        }
        // `cfunction_vectorcall_O` and its kind: one level of the recursion limit.
        if b.checks_recursion {
            self.enter_recursive_call(" while calling a Python object")?;
        }
        self.native_depth += 1;
        let _varargs = b.varargs.then(|| {
            // An unbound method's first argument is its receiver, not in the tuple.
            let skip = usize::from(b.receiver.is_none() && b.owner.is_some());
            let rest = args.args.get(skip..).unwrap_or(&[]);
            self.tp_call_args(Args {
                args: rest,
                kwnames: args.kwnames,
            })
        });
        let r = match &b.receiver {
            // `method_check_args`: a method descriptor called without its receiver.
            None if args.positional().is_empty()
                && b.owner.is_some()
                && func.class().is(&self.types.method_descriptor_type) =>
            {
                Err(self.unbound_method_without_receiver(b))
            }
            // `descr_check`: the receiver is an instance of the method's type, checked
            // before the arguments (one pointer comparison for an exact receiver).
            None if b.owner_type.as_ref().is_some_and(|t| {
                args.positional().first().is_some_and(|r| {
                    let cls = r.class();
                    !cls.is(t) && !self.is_subclass(cls, t)
                })
            }) =>
            {
                Err(self.descriptor_not_applicable(b, &args.args[0]))
            }
            None => (b.func)(self, args),
            Some(r) => super::with_prepended(r, args.args, |all| {
                (b.func)(
                    self,
                    Args {
                        args: all,
                        kwnames: args.kwnames,
                    },
                )
            }),
        };
        self.native_depth -= 1;
        if b.checks_recursion {
            self.depth -= 1;
        }
        r
    }

    /// The error of a builtin call nested past [`super::NATIVE_DEPTH_LIMIT`].
    #[cold]
    #[inline(never)]
    fn native_depth_exceeded(&self) -> super::PyErr {
        self.new_error(
            "RecursionError",
            "maximum recursion depth exceeded while calling a Python object",
        )
    }

    /// What `_PyObject_MakeTpCall` builds for a callable without vectorcall (instances
    /// with `__call__`, Python classes): a tuple of the positional arguments and a dict of
    /// the keyword ones, alive for the whole call, so each argument counts one more.
    pub(super) fn tp_call_args(&mut self, args: Args) -> (PyRef, Option<PyRef>) {
        let tuple = self.tuple(args.positional().to_vec());
        let kwargs = (!args.kwnames.is_empty()).then(|| {
            let d = self.dict();
            if let Payload::Dict(dd) = &d.payload {
                for (name, value) in args.keywords() {
                    let k = self.str(name);
                    self.dict_set_str(dd, &k, value.clone());
                }
            }
            d
        });
        (tuple, kwargs)
    }

    /// Calls with positional arguments only.
    pub fn call1(&mut self, func: &PyRef, args: &[PyRef]) -> PyResult {
        self.call(func, Args::new(args))
    }

    /// Calls a Python function: its arguments bound straight into a pooled frame when
    /// they fill its positional parameters (with defaults for the rest), else through the
    /// general binding of [`Vm::make_frame`].
    fn call_function(&mut self, func_obj: &PyRef, func: &Function, args: Args) -> PyResult {
        if args.kwnames.is_empty() {
            let n = args.args.len();
            if let Some(missing) = positional_shortfall(func, n) {
                return self.call_positional(func_obj, func, |locals| {
                    let (given, rest) = locals.split_at_mut(n);
                    clone_into(given, args.args);
                    if missing > 0 {
                        fill_defaults(func, &mut rest[..missing]);
                    }
                });
            }
        }
        if let Some(plan) = keyword_plan(func, args.positional().len(), args.kwnames) {
            return self.call_positional(func_obj, func, move |locals| {
                plan.fill(locals, |positional, keyword| {
                    clone_into(positional, args.positional());
                    for (k, (_, v)) in args.keywords().enumerate() {
                        keyword(k, v.clone());
                    }
                });
            });
        }
        let frame = self.make_frame(func, args)?;
        self.run_function_frame(func_obj, func, frame)
    }

    /// Runs a freshly bound frame of `func`, or wraps it in a generator.
    pub(super) fn run_function_frame(
        &mut self,
        func_obj: &PyRef,
        func: &Function,
        frame: PyRef,
    ) -> PyResult {
        if func.shape.makes_generator {
            return Ok(self.make_generator(func_obj, func, frame));
        }
        let Payload::Frame(cell) = &frame.payload else {
            unreachable!("a call's frame")
        };
        // One borrow of the frame for its run and its parking.
        let parked = self.run_call(func_obj, func, &frame, cell.borrow_mut());
        self.end_call(frame, parked)
    }

    /// A call whose arguments bind without the general machinery (see
    /// [`positional_shortfall`] and [`keyword_plan`]): `fill_args` puts them in the first
    /// locals, all empty before. The frame is filled, run and parked under one borrow.
    #[inline]
    pub(super) fn call_positional(
        &mut self,
        func_obj: &PyRef,
        func: &Function,
        fill_args: impl FnOnce(&mut [Option<PyRef>]),
    ) -> PyResult {
        let (frame, f) = self.bind_frame(func, fill_args);
        self.start_bound(func_obj, func, frame, f)
    }

    /// Runs the frame of a call of `func` that [`Vm::bind_frame`] bound (borrowed as
    /// `f`), or wraps it in a generator.
    #[inline(always)]
    fn start_bound(
        &mut self,
        func_obj: &PyRef,
        func: &Function,
        frame: PyRef,
        f: RefMut<'static, FrameData>,
    ) -> PyResult {
        if func.shape.makes_generator {
            drop(f);
            return Ok(self.make_generator(func_obj, func, frame));
        }
        let parked = self.run_call(func_obj, func, &frame, f);
        self.end_call(frame, parked)
    }

    /// [`Vm::call_positional`] of the function `func_obj` from a dispatch loop that can
    /// run the callee inline (`inline`: see [`InlineFrame`]): its frame is then bound and
    /// entered for the loop to run, and `None` says so. `fill_args` gets the function.
    #[inline(always)]
    pub(super) fn call_or_enter(
        &mut self,
        func_obj: PyRef,
        inline: bool,
        fill_args: impl FnOnce(&Function, &mut [Option<PyRef>]),
    ) -> Option<PyResult> {
        let Payload::Function(func) = &func_obj.payload else {
            unreachable!("called as a function")
        };
        // One binding for both ways (the argument moves inlined once).
        let (frame, f) = self.bind_frame(func, |locals| fill_args(func, locals));
        if inline && !func.shape.makes_generator {
            return self.enter_inline(func_obj, frame, f);
        }
        Some(self.start_bound(&func_obj, func, frame, f))
    }

    /// Enters a bound frame of a call of `func_obj` for the calling dispatch loop to run
    /// (see [`InlineFrame`]): what [`Vm::run_call`] does before the frame's first
    /// instruction. `None`: entered; else the call's error (the recursion limit, a
    /// Ctrl-C), the frame finished as `run_call` finishes one that cannot start.
    #[inline(always)]
    fn enter_inline(
        &mut self,
        func_obj: PyRef,
        frame: PyRef,
        f: RefMut<'static, FrameData>,
    ) -> Option<PyResult> {
        if let Err(e) = self.may_enter_frame() {
            let parked = self.close_call(&func_obj, &frame, f, Err(e));
            return Some(self.end_call(frame, parked));
        }
        // (Not counted in `uninstrumented_frames`: the loop's own frame is, and the
        // count is only asked whether any frame runs uninstrumented.)
        let entry_refs = self.enter_frame(&frame, &f, &f.code);
        super::frame::push(
            &mut self.inline_frames,
            InlineFrame {
                data: f,
                frame,
                func: func_obj,
                entry_refs,
            },
        );
        None
    }

    /// Finishes the innermost frame run inline (see [`InlineFrame`]) when it returned
    /// (`result` its value) or raised, exactly as [`Vm::run_entered`], [`Vm::run_call`]
    /// and [`Vm::end_call`] finish a called frame: off the frame stack, its locals
    /// released, parked, the finalizers its exit queued run, and then the function let
    /// go.
    #[inline(always)]
    pub(super) fn finish_inline(&mut self, result: PyResult) -> PyResult {
        let Some(InlineFrame {
            data: mut f,
            frame,
            func,
            entry_refs,
        }) = self.inline_frames.pop()
        else {
            unreachable!("a frame run inline finishes once")
        };
        let exit = match result {
            Ok(_) => super::eval::Exit::Return,
            Err(_) => super::eval::Exit::Raise,
        };
        self.leave_frame(&frame, &mut f, entry_refs, exit, true);
        let parked = self.close_call(&func, &frame, f, result);
        let result = self.end_call(frame, parked);
        drop(func);
        result
    }

    /// A blank frame (see [`Vm::blank_frame`]) with a call of `func` bound into it (see
    /// [`Vm::fill_frame`]), and its data borrowed for the call's run.
    #[inline(always)]
    fn bind_frame(
        &mut self,
        func: &Function,
        fill_args: impl FnOnce(&mut [Option<PyRef>]),
    ) -> (PyRef, RefMut<'static, FrameData>) {
        let frame = self.blank_frame();
        let mut f = InlineFrame::borrow_data(&frame);
        self.fill_frame(func, &mut f, fill_args);
        (frame, f)
    }

    /// A generator (or coroutine, or async generator) over a freshly bound frame of `func`.
    fn make_generator(&mut self, func_obj: &PyRef, func: &Function, frame: PyRef) -> PyRef {
        let code = func.code();
        // A coroutine is a generator of its own type (as in `genobject.c`), and so is
        // an `async def` that yields (`vm::async_generator`).
        let (cls, asyncgen) = match (code.flags.coroutine, code.flags.generator) {
            (true, true) => (&self.types.async_generator_type, Some(Box::default())),
            (true, false) => (&self.types.coroutine_type, None),
            _ => (&self.types.generator_type, None),
        };
        if let Payload::Frame(f) = &frame.payload {
            f.borrow_mut().func = Some(func_obj.clone());
        }
        // The frame leaves the interpreter's own frames (see [`Vm::blank_frame`]).
        crate::heap::note_cached(false);
        let generator = PyRef::new(
            cls,
            Payload::Generator {
                frame: RefCell::new(Some(frame)),
                running: Cell::new(false),
                names: Box::new(GeneratorNames {
                    code: func.code.clone(),
                    name: RefCell::new(func.name.borrow().clone()),
                    qualname: RefCell::new(func.qualname.borrow().clone()),
                }),
                asyncgen,
            },
        );
        // Generators finalize themselves by closing (see `Vm::run_finalizer`).
        generator.set_has_finalizer(true);
        generator
    }

    /// Runs the bound frame of a call of `func` (borrowed as `f`), and readies it for the
    /// next call when nothing else holds it ([`Vm::park_frame`]). The frame is unborrowed
    /// when this returns; [`Vm::end_call`] finishes the call.
    #[inline(always)]
    fn run_call(
        &mut self,
        func_obj: &PyRef,
        func: &Function,
        frame: &PyRef,
        mut f: RefMut<'_, FrameData>,
    ) -> (PyResult, bool) {
        let Payload::Code(cd) = &func.code.payload else {
            unreachable!("a function's code is a code object")
        };
        let result = match self.may_enter_frame() {
            Ok(()) => self
                .run_entered(frame, &mut f, cd, &func.code)
                .map(|(FrameResult::Return(v) | FrameResult::Yield(v))| v),
            Err(e) => Err(e),
        };
        self.close_call(func_obj, frame, f, result)
    }

    /// The end of a call's run of its frame (borrowed as `f`), by [`Vm::run_call`] or
    /// inline ([`Vm::finish_inline`]): the frame readied for the next call when nothing
    /// else holds it ([`Vm::park_frame`]), and unborrowed.
    #[inline(always)]
    fn close_call(
        &mut self,
        func_obj: &PyRef,
        frame: &PyRef,
        mut f: RefMut<'_, FrameData>,
        result: PyResult,
    ) -> (PyResult, bool) {
        let code = self.park_frame(func_obj, frame, &mut f, result.is_ok());
        drop(f);
        let Some(code) = code else {
            // The frame leaves the interpreter's own frames: it lives on as an object, or
            // dies with the pool full.
            crate::heap::note_cached(false);
            return (result, false);
        };
        drop(code);
        (result, true)
    }

    /// The end of a call run by [`Vm::run_call`]: the frame goes back to the pool when
    /// it was parked, and finalizers the frame's exit queued run (the caller's pending
    /// queue settles on an error).
    #[inline(always)]
    fn end_call(&mut self, frame: PyRef, (result, parked): (PyResult, bool)) -> PyResult {
        if parked {
            self.pool_frame(frame);
        } else {
            drop(frame);
        }
        if result.is_ok() {
            self.run_pending_if_any();
        }
        result
    }

    /// Readies a finished frame that nothing else references for the next call (CPython's
    /// frame free list: a call then allocates no frame object, value stack or locals), and
    /// hands back its code, for the caller to drop once the frame is unborrowed and then
    /// park the frame; `None`: the frame is not to be parked.
    /// `returned`: the frame returned, so `run_entered` has released its locals, its value
    /// stack and its block stack.
    #[inline(always)]
    fn park_frame(
        &mut self,
        func_obj: &PyRef,
        frame: &PyRef,
        f: &mut FrameData,
        returned: bool,
    ) -> Option<PyRef> {
        if frame.refcount() != 1 {
            // The frame outlives its call (`_PyFrame_Clear`'s take_ownership): it holds
            // its function from now on, and so the globals it borrows.
            f.func = Some(func_obj.clone());
            return None;
        }
        if self.frame_pool.len() >= FREE_FRAMES {
            return None;
        }
        Some(self.empty_frame(f, returned))
    }

    /// A finished frame that is no call's (a generator's, once it returned or raised)
    /// back to the frame pool, as [`Vm::park_frame`] readies a call's: what it holds is
    /// released in its death's order (the locals in slot order, the stack, the saved
    /// exceptions, then its function, `f_back` and code), unless something else holds
    /// it (a traceback: it lives on with its locals, as a frame object does) or the pool
    /// is full (it dies).
    pub(super) fn recycle_frame(&mut self, frame: PyRef) {
        if frame.refcount() != 1 || self.frame_pool.len() >= FREE_FRAMES {
            return drop(frame);
        }
        let Payload::Frame(cell) = &frame.payload else {
            return drop(frame);
        };
        let (code, func, back) = {
            let mut f = cell.borrow_mut();
            let code = self.empty_frame(&mut f, false);
            (code, f.func.take(), f.back.take())
        };
        // Released once the frame is unborrowed. The globals it borrowed from `func` are
        // left as they are: nothing reads a pooled frame's until the next call replaces
        // them (see [`Globals`]).
        drop(func);
        drop(back);
        drop(code);
        // The frame becomes one of the interpreter's own again (see [`Vm::blank_frame`]).
        crate::heap::note_cached(true);
        self.pool_frame(frame);
    }

    /// Empties a finished frame for the pool, and hands back its code for the caller to
    /// release once the frame is unborrowed: a pooled frame keeps nothing alive. `released`:
    /// the frame returned, so `run_entered` has released its locals and value stack.
    #[inline(always)]
    fn empty_frame(&self, f: &mut FrameData, released: bool) -> PyRef {
        if !released {
            // Locals left by an exception: released in slot order, as at frame death
            // (the value stack and the locals mapping after them).
            f.release_locals();
        }
        debug_assert!(f.locals.iter().all(Option::is_none) && f.stack.is_empty());
        f.blocks.clear();
        f.saved_exc.clear();
        if f.locals_dict.is_some() {
            f.locals_dict = None;
        }
        std::mem::replace(&mut f.code, self.none.clone())
    }

    /// Puts an emptied, unborrowed frame in the pool. A frame object something asked for
    /// (a traceback, `sys._getframe`) is freed at this point in CPython, and its
    /// deallocation lowers the gc counter; refpy keeps the frame for the next call, so it
    /// counts that free itself.
    #[inline(always)]
    fn pool_frame(&mut self, frame: PyRef) {
        if frame.gc.get().is_some() {
            crate::gc::count_free(crate::gc::Shape::Other);
            crate::gc::untrack(&frame);
        }
        self.frame_pool.push(frame);
    }

    /// A frame to bind a call into: a parked one (its vectors keep their capacity), or a
    /// new empty one. Either holds `None` for its code and globals and no locals.
    ///
    /// The leak check does not count the interpreter's own frames (`heap::note_cached`):
    /// from their making here to the moment they outlive a call or die (see
    /// [`Vm::run_call`]), running or parked alike, as a 3.11 frame is no object while it
    /// runs. Counting them in and out of the pool at each call cost two thread-local
    /// updates per call.
    #[inline(always)]
    fn blank_frame(&mut self) -> PyRef {
        if let Some(frame) = self.frame_pool.pop() {
            return frame;
        }
        self.new_blank_frame()
    }

    /// A new frame object for [`Vm::blank_frame`] when the pool is empty (a call deeper
    /// than any before, or past the pool's size).
    #[cold]
    #[inline(never)]
    fn new_blank_frame(&mut self) -> PyRef {
        let frame = FrameData {
            code: self.none.clone(),
            // SAFETY: None is immortal.
            globals: unsafe { Globals::borrowed(&self.none) },
            // SAFETY: as above.
            builtins: unsafe { Globals::borrowed(&self.none) },
            locals_dict: None,
            fast_locals_cache: Default::default(),
            locals: Vec::new(),
            cells: Vec::new(),
            stack: Vec::with_capacity(8),
            blocks: Vec::new(),
            saved_exc: Vec::new(),
            pc: 0,
            lasti: 0,
            func: None,
            back: None,
        };
        let frame = PyRef::new_untracked(
            &self.types.frame_type,
            Payload::Frame(Box::new(RefCell::new(frame))),
        );
        crate::heap::note_cached(true);
        frame
    }

    /// A frame for `func` with the locals `make_frame` bound (the blank frame's own
    /// vector is kept for the next `make_frame`).
    fn new_frame(&mut self, func: &Function, locals: Vec<Option<PyRef>>) -> PyRef {
        let frame = self.blank_frame();
        let Payload::Frame(cell) = &frame.payload else {
            unreachable!("the frame pool holds frames")
        };
        let mut f = cell.borrow_mut();
        let spare = std::mem::replace(&mut f.locals, locals);
        self.fill_frame(func, &mut f, |_| {});
        drop(f);
        self.spare_locals = Some(spare);
        frame
    }

    /// An empty locals vector of `n` slots, reusing a recycled frame's allocation.
    fn locals_vec(&mut self, n: usize) -> Vec<Option<PyRef>> {
        match self.spare_locals.take() {
            Some(mut v) => {
                v.clear();
                v.resize(n, None);
                v
            }
            None => vec![None; n],
        }
    }

    /// Builds the frame for a call, binding arguments to parameters.
    pub(super) fn make_frame(&mut self, func: &Function, args: Args) -> PyResult<PyRef> {
        let code = func.code();
        let nlocals = code.varnames.len();
        let mut locals = self.locals_vec(nlocals);
        let positional = args.positional();
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let qualname = || {
            func.qualname
                .borrow()
                .as_str_opt()
                .unwrap_or("?")
                .to_string()
        };

        // Positional parameters.
        let n = positional.len().min(argcount);
        for (slot, v) in locals.iter_mut().zip(positional.iter()).take(n) {
            *slot = Some(v.clone());
        }
        let mut varargs_index = None;
        if code.flags.varargs {
            let idx = argcount + kwonly;
            varargs_index = Some(idx);
            let extra = if positional.len() > argcount {
                positional[argcount..].to_vec()
            } else {
                Vec::new()
            };
            locals[idx] = Some(self.tuple(extra));
        } else if positional.len() > argcount {
            let defaults = func
                .defaults
                .borrow()
                .as_ref()
                .and_then(|d| d.tuple_items().map(|t| t.len()))
                .unwrap_or(0);
            let given = positional.len();
            let kw_given = args
                .keywords()
                .filter(|(k, _)| {
                    code.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|v| v == k)
                })
                .count();
            let takes = if defaults > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount as isize - defaults as isize,
                    argcount
                )
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let was = if kw_given > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    given,
                    if given == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{} {} given",
                    given,
                    if given == 1 { "was" } else { "were" }
                )
            };
            return Err(self.type_error(format!("{}() takes {} but {}", qualname(), takes, was)));
        }
        // Keyword arguments.
        let mut kwargs_dict = None;
        if code.flags.varkeywords {
            let idx = argcount + kwonly + code.flags.varargs as usize;
            let d = self.dict();
            locals[idx] = Some(d.clone());
            kwargs_dict = Some(d);
        }
        let mut posonly_as_kw = Vec::new();
        let keyword_values = &args.args[args.args.len() - args.kwnames.len()..];
        for (keyword, value) in args.kwnames.iter().zip(keyword_values) {
            let name = keyword.as_str_opt().unwrap_or("");
            let found = code.varnames[posonly..argcount + kwonly]
                .iter()
                .position(|v| v == name)
                .map(|i| i + posonly);
            match found {
                Some(i) => {
                    if locals[i].is_some() {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            qualname(),
                            name
                        )));
                    }
                    locals[i] = Some(value.clone());
                }
                None => match &kwargs_dict {
                    // `_PyEval_MakeFrameVector`: the call's keyword-name object itself is
                    // the key (so `list(kw)[0] is 'abc'` for an interned name).
                    Some(d) => {
                        if let Payload::Dict(dd) = &d.payload {
                            self.dict_set(dd, keyword.clone(), value.clone())?;
                        }
                    }
                    None => {
                        if code.varnames[..posonly].iter().any(|v| v == name) {
                            posonly_as_kw.push(name.to_string());
                            continue;
                        }
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            qualname(),
                            name
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qualname(),
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positional parameters.
        if positional.len() < argcount {
            let defaults: Vec<PyRef> = func
                .defaults
                .borrow()
                .as_ref()
                .and_then(|d| d.tuple_items().map(|t| t.to_vec()))
                .unwrap_or_default();
            // More defaults than parameters (`FunctionType`, `__defaults__`): the last ones.
            let first_default = argcount as isize - defaults.len() as isize;
            let mut missing = Vec::new();
            for i in positional.len()..argcount {
                if locals[i].is_none() {
                    if i as isize >= first_default {
                        locals[i] = Some(defaults[(i as isize - first_default) as usize].clone());
                    } else {
                        missing.push(code.varnames[i].clone());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(&qualname(), &missing, "positional"));
            }
        }
        // Keyword-only defaults.
        if kwonly > 0 {
            let mut missing = Vec::new();
            for (slot, name) in locals[argcount..argcount + kwonly]
                .iter_mut()
                .zip(&code.varnames[argcount..])
            {
                if slot.is_none() {
                    let default = match func.kwdefaults.borrow().as_ref() {
                        Some(d) => match &d.payload {
                            Payload::Dict(dd) => dd
                                .borrow()
                                .get_str(crate::objects::str::str_hash(name), name)
                                .cloned(),
                            _ => None,
                        },
                        None => None,
                    };
                    match default {
                        Some(v) => *slot = Some(v),
                        None => missing.push(name.clone()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(&qualname(), &missing, "keyword-only"));
            }
        }
        let _ = varargs_index;
        Ok(self.new_frame(func, locals))
    }

    /// `missing_arguments`: "f() missing 2 required positional arguments: 'a' and 'b'".
    pub(crate) fn missing_args(
        &self,
        qualname: &str,
        missing: &[String],
        kind: &str,
    ) -> super::PyErr {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            _ => format!(
                "{}, and {}",
                quoted[..quoted.len() - 1].join(", "),
                quoted[quoted.len() - 1]
            ),
        };
        self.type_error(format!(
            "{}() missing {} required {} argument{}: {}",
            qualname,
            missing.len(),
            kind,
            if missing.len() == 1 { "" } else { "s" },
            list
        ))
    }

    /// Runs a module or class body code object with a locals mapping.
    pub fn run_code_with_locals(
        &mut self,
        code: &PyRef,
        globals: &PyRef,
        locals: &PyRef,
        closure: Vec<PyRef>,
    ) -> PyResult {
        let Payload::Code(cd) = &code.payload else {
            return Err(self.type_error("expected a code object"));
        };
        let ncells = cd.code.cellvars.len();
        let mut cells: Vec<PyRef> = (0..ncells)
            .map(|_| PyRef::new(&self.types.cell_type, Payload::Cell(RefCell::new(None))))
            .collect();
        cells.extend(closure);
        let builtins = self.builtins_from_globals(globals);
        let frame = FrameData {
            code: code.clone(),
            globals: Globals::owned(globals.clone()),
            builtins: Globals::owned(builtins),
            locals_dict: Some(locals.clone()),
            fast_locals_cache: Default::default(),
            locals: vec![None; cd.code.varnames.len()],
            cells,
            stack: Vec::new(),
            blocks: Vec::new(),
            saved_exc: Vec::new(),
            pc: 0,
            lasti: 0,
            func: None,
            back: None,
        };
        let frame = PyRef::new_untracked(
            &self.types.frame_type,
            Payload::Frame(Box::new(RefCell::new(frame))),
        );
        match self.run_frame(&frame)? {
            FrameResult::Return(v) | FrameResult::Yield(v) => Ok(v),
        }
    }
}

/// Whether a call of `func` with `nargs` positional arguments (and no keywords) binds them
/// one to one to its parameters: no defaults to fill, no stars.
#[inline]
pub(super) fn takes_exactly(func: &Function, nargs: usize) -> bool {
    nargs == func.shape.simple_argcount as usize
}

/// How many positional parameters of `func` a call with `nargs` positional arguments (and
/// no keywords) leaves to its defaults, when the call binds without the general machinery
/// (`func` has positional parameters only): 0 when the arguments fill them one to one
/// (3.11's `CALL_PY_EXACT_ARGS`), else as many as the last defaults cover
/// (`CALL_PY_WITH_DEFAULTS`, see [`fill_defaults`]); `None` when neither applies. One
/// answer for both, so the call sites bind through one inlined copy of the call path.
#[inline(always)]
pub(super) fn positional_shortfall(func: &Function, nargs: usize) -> Option<usize> {
    let argcount = func.shape.simple_argcount;
    if takes_exactly(func, nargs) {
        return Some(0);
    }
    if argcount == u32::MAX || nargs > argcount as usize {
        return None;
    }
    let missing = argcount as usize - nargs;
    defaults_cover(func, missing).then_some(missing)
}

/// Whether `func` has at least `missing` positional defaults.
#[inline(never)]
fn defaults_cover(func: &Function, missing: usize) -> bool {
    func.defaults
        .borrow()
        .as_ref()
        .is_some_and(|d| tuple_items(d).len() >= missing)
}

/// Fills the parameters `slots` (the last positional ones, left by the arguments) from the
/// last of `func`'s defaults, which [`positional_shortfall`] found enough of. The binding
/// runs no Python code, so `__defaults__` stays as it was checked.
#[inline(never)]
pub(super) fn fill_defaults(func: &Function, slots: &mut [Option<PyRef>]) {
    let defaults = func.defaults.borrow();
    let items = defaults.as_ref().map_or(&[][..], tuple_items);
    clone_into(slots, &items[items.len() - slots.len()..]);
}

/// How a call with keyword arguments binds to a function with positional parameters only
/// when nothing about it is an error: each keyword names a parameter after the positional
/// arguments (and after the positional-only ones), and every parameter left unfilled has a
/// default. [`keyword_plan`] makes it; [`KeywordPlan::fill`] binds.
pub(super) struct KeywordPlan {
    /// The parameter each keyword argument goes to, in the call's order.
    slots: [u8; KEYWORD_PLAN_MAX],
    /// The defaults, when some parameter takes one: the tuple, and the parameter index the
    /// tuple's first item belongs to (negative when there are more defaults than
    /// parameters, as `__defaults__` allows: the last ones count).
    defaults: Option<(PyRef, isize)>,
    nargs: usize,
    argcount: usize,
}

const KEYWORD_PLAN_MAX: usize = 8;

/// The [`KeywordPlan`] of a call of `func` with `nargs` positional arguments and keyword
/// arguments named `kwnames`; `None` sends the call to the general binding (which also
/// words its errors).
pub(super) fn keyword_plan(
    func: &Function,
    nargs: usize,
    kwnames: &[PyRef],
) -> Option<KeywordPlan> {
    let argcount = func.shape.simple_argcount as usize;
    if func.shape.simple_argcount == u32::MAX
        || argcount > 64
        || kwnames.is_empty()
        || kwnames.len() > KEYWORD_PLAN_MAX
        || nargs + kwnames.len() > argcount
    {
        return None;
    }
    let code = func.code();
    let from = nargs.max(code.posonlyargcount as usize);
    let mut filled: u64 = (1u64 << nargs) - 1;
    let mut slots = [0u8; KEYWORD_PLAN_MAX];
    for (slot, name) in slots.iter_mut().zip(kwnames) {
        let name = name.as_str_opt()?;
        let i = from
            + code.varnames[from..argcount]
                .iter()
                .position(|v| v == name)?;
        if filled & (1 << i) != 0 {
            return None;
        }
        filled |= 1 << i;
        *slot = i as u8;
    }
    let all = if argcount == 64 {
        u64::MAX
    } else {
        (1u64 << argcount) - 1
    };
    let defaults = if filled == all {
        None
    } else {
        let defaults = func.defaults.borrow().clone()?;
        let first = argcount as isize - tuple_items(&defaults).len() as isize;
        // The first parameter left unfilled must have a default (so all after it do).
        if ((!filled).trailing_zeros() as isize) < first {
            return None;
        }
        Some((defaults, first))
    };
    Some(KeywordPlan {
        slots,
        defaults,
        nargs,
        argcount,
    })
}

impl KeywordPlan {
    /// Binds the call into a blank frame's locals: `take_args` gives the positional
    /// arguments' slots to fill and then the keyword ones' (from the call's order), and the
    /// defaults fill the rest.
    pub(super) fn fill(
        self,
        locals: &mut [Option<PyRef>],
        take_args: impl FnOnce(&mut [Option<PyRef>], &mut dyn FnMut(usize, PyRef)),
    ) {
        let slots = self.slots;
        let (given, _) = locals.split_at_mut(self.argcount);
        let (positional, rest) = given.split_at_mut(self.nargs);
        let nargs = self.nargs;
        take_args(positional, &mut |k, v| {
            rest[slots[k] as usize - nargs] = Some(v)
        });
        if let Some((defaults, first)) = self.defaults {
            let items = tuple_items(&defaults);
            for (i, slot) in given.iter_mut().enumerate().skip(self.nargs) {
                if slot.is_none() {
                    *slot = Some(items[(i as isize - first) as usize].clone());
                }
            }
        }
    }
}

/// The items of a tuple (of `__defaults__`, which only ever holds a tuple or `None`).
#[inline]
pub(super) fn tuple_items(t: &PyRef) -> &[PyRef] {
    t.tuple_items().unwrap_or(&[])
}

/// Fills empty argument slots with counted references to `values`, in order.
#[inline(always)]
pub(super) fn clone_into(slots: &mut [Option<PyRef>], values: &[PyRef]) {
    for (slot, v) in slots.iter_mut().zip(values) {
        *slot = Some(v.clone());
    }
}

impl Vm {
    /// Binds a call of `func` into a blank frame (see [`Vm::blank_frame`]): its code and
    /// globals, the arguments `fill_args` puts in the first locals, and its cells.
    #[inline(always)]
    fn fill_frame(
        &mut self,
        func: &Function,
        f: &mut FrameData,
        fill_args: impl FnOnce(&mut [Option<PyRef>]),
    ) {
        let nlocals = func.shape.nlocals as usize;
        f.code = func.code.clone();
        // A blank frame's globals are borrowed ones (a pooled frame is a function's).
        let (globals, builtins) = function_globals(func);
        f.globals.replace_borrowed(globals);
        f.builtins.replace_borrowed(builtins);
        // A blank frame has only empty locals: when it had as many as this call needs,
        // they are ready as they are.
        if f.locals.len() != nlocals {
            f.locals.truncate(0);
            f.locals.resize(nlocals, None);
        }
        fill_args(&mut f.locals);
        if func.shape.has_cells {
            self.fill_cells(func, f);
        }
        f.pc = 0;
        f.lasti = 0;
    }

    /// A frame's cells once its arguments are bound: a new cell per cell variable (holding
    /// its parameter's value when it is one, `cell2arg`), then the closure's cells.
    fn fill_cells(&mut self, func: &Function, f: &mut FrameData) {
        let code = func.code();
        f.cells.reserve(code.cellvars.len() + code.freevars.len());
        for arg in &code.cell2arg {
            let contents = arg.and_then(|a| f.locals[a as usize].take());
            f.cells.push(PyRef::new(
                &self.types.cell_type,
                Payload::Cell(RefCell::new(contents)),
            ));
        }
        if let Some(items) = func.closure.as_ref().and_then(|c| c.tuple_items()) {
            f.cells.extend(items.iter().cloned());
        }
    }
}

/// A function frame's globals and builtins: borrowed from the function (see [`Globals`]).
fn function_globals(func: &Function) -> (Globals, Globals) {
    // SAFETY: the caller holds the function for the whole call, and a frame that outlives
    // the call gets its own reference to the function (`park_frame`, and at a
    // generator's creation in `run_function_frame`); a function's globals and builtins
    // never change.
    unsafe {
        (
            Globals::borrowed(&func.globals),
            Globals::borrowed(&func.builtins),
        )
    }
}
