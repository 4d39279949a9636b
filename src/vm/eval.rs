//! The dispatch loop: runs one frame until it returns, yields or raises.
//!
//! One `match` per instruction; helpers live with the protocols they implement. After every
//! instruction the loop checks the heap's pending queue and runs `__del__` methods and
//! weakref callbacks that deaths during that instruction asked for, so they run "before the
//! next statement" as in CPython. Exceptions unwind the block stack as described in
//! `bytecode::instruction`.

use super::frame::{push, Block, FrameData};
use super::inline_cache::name_hash;
use super::{Args, FrameResult, PyErr, PyResult, Vm};
use crate::bytecode::{Conversion, Instruction};
use crate::heap::{has_pending, PyRef};
use crate::objects::exc_family::{is_exception_class, is_exception_instance};
use crate::objects::function::{CodeData, FastBuiltin, Function};
use crate::objects::payload::Payload;
use std::cell::RefCell;

/// How an instruction left the frame.
enum Flow {
    /// Stopped between instructions for the caller to switch loops (allocation tracing
    /// was switched on).
    Suspend,
    Return(PyRef),
    Yield(PyRef),
}

/// How a frame's run ended (see [`Vm::leave_frame`]).
pub(super) enum Exit {
    Return,
    Yield,
    Raise,
}

/// The frame a dispatch loop runs now: the one it was started with, or the innermost one
/// it runs inline. Pointers, as the loop switches between frames whose data are borrowed
/// by their holders for as long as they run: the loop's caller (for the whole loop), or
/// an [`InlineFrame`](super::frame_stack::InlineFrame) on the stack, which only this loop
/// pops (a nested loop pops only the entries it pushed), after which its `Running` is not
/// used. The frame's reference is an uncounted copy (its holder may move).
struct Running {
    frame: std::mem::ManuallyDrop<PyRef>,
    f: *mut FrameData,
    cd: *const CodeData,
    code: *const PyRef,
}

impl Running {
    #[inline(always)]
    fn new(frame: &PyRef, f: *mut FrameData, code: *const PyRef) -> Running {
        // SAFETY: `code` points at a running frame's code object (see the type's doc),
        // and a code object's data is its payload, in place while it lives.
        let Payload::Code(cd) = &unsafe { &*code }.payload else {
            unreachable!("frame code is a code object")
        };
        Running {
            // SAFETY: the frame's holder keeps it alive while it runs (see the type's doc).
            frame: unsafe { super::frame_stack::alias(frame) },
            f,
            cd: &**cd,
            code,
        }
    }
}

impl Vm {
    /// Runs `frame_ref` from its current instruction.
    pub fn run_frame(&mut self, frame_ref: &PyRef) -> PyResult<FrameResult> {
        self.may_enter_frame()?;
        let Payload::Frame(cell) = &frame_ref.payload else {
            return Err(self.type_error("not a frame"));
        };
        let Ok(mut f) = cell.try_borrow_mut() else {
            return Err(self.value_error("generator already executing"));
        };
        let code_obj = f.code.clone();
        let Payload::Code(cd) = &code_obj.payload else {
            unreachable!("frame code is a code object")
        };
        let result = self.run_entered(frame_ref, &mut f, cd, &code_obj);
        drop(f);
        if matches!(result, Ok(FrameResult::Return(_))) {
            self.run_pending_if_any();
        }
        result
    }

    /// `PyEval_GetGlobals`: the globals of the innermost running Python frame.
    pub fn current_globals(&self) -> Option<PyRef> {
        let top = self.active_frames.last()?;
        // SAFETY: `enter_frame` points this at the `globals` of the frame it enters, whose
        // data stays borrowed (so in place and alive) until `leave_frame` pops the entry.
        Some(unsafe { &*top.globals }.clone())
    }

    /// `PyEval_GetBuiltins`: the builtins of the innermost running Python frame (the
    /// interpreter's when none runs).
    pub fn current_builtins(&self) -> PyRef {
        match self.active_frames.last() {
            // SAFETY: as for `current_globals`.
            Some(top) => unsafe { &*top.builtins }.clone(),
            None => self.builtins_dict.clone(),
        }
    }

    /// `_PyEval_BuiltinsFromGlobals`: the globals' `__builtins__` entry (a module's dict
    /// for a module), else the running frame's builtins.
    pub fn builtins_from_globals(&self, globals: &PyRef) -> PyRef {
        if let Payload::Dict(d) = &globals.payload {
            let found = d
                .borrow()
                .get_str(crate::static_str_hash!("__builtins__"), "__builtins__")
                .cloned();
            if let Some(b) = found {
                return match &b.payload {
                    Payload::Module(dict) => dict.clone(),
                    _ => b,
                };
            }
        }
        self.current_builtins()
    }

    /// Whether anything observes frames as they run (a line hook, a step observer,
    /// allocation tracing): one test, false in nearly every call.
    #[inline(always)]
    pub(super) fn observed(&self) -> bool {
        crate::HOOKS
            && (self.line_hook.is_some() || self.step_observer.is_some() || self.trace_allocs)
    }

    /// What stops a frame before its first instruction: the recursion limit, or a Ctrl-C
    /// waiting to be raised.
    /// (Two tests inline in every call and resumption; the errors are made out of line.)
    #[inline(always)]
    pub(super) fn may_enter_frame(&mut self) -> PyResult<()> {
        if self.depth >= self.recursion_limit || super::interrupt::take() {
            return Err(self.cannot_enter_frame());
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn cannot_enter_frame(&mut self) -> PyErr {
        if self.depth >= self.recursion_limit {
            self.new_error("RecursionError", "maximum recursion depth exceeded")
        } else {
            self.keyboard_interrupt()
        }
    }

    /// Runs a borrowed frame from its `pc` and tidies it as it leaves: on return its
    /// locals go (in slot order), unless something took hold of the frame while it ran
    /// (a traceback), as CPython's `_PyFrame_Clear` hands them to a frame object still in
    /// use; on an exception its stack goes. Finalizers its exit queued are the caller's
    /// to run, once the frame is no longer borrowed.
    #[inline(always)]
    pub(super) fn run_entered(
        &mut self,
        frame_ref: &PyRef,
        f: &mut FrameData,
        cd: &CodeData,
        code_obj: &PyRef,
    ) -> PyResult<FrameResult> {
        let entry_refs = self.enter_frame(frame_ref, f, code_obj);
        let floor = self.inline_frames.len();
        // Each outcome is taken apart and rebuilt rather than the loop's result moved on
        // whole: a 16-byte copy of what the loop has just stored in two halves stalls on
        // store forwarding, once per call (7 % of a call-heavy program's cycles).
        let instrumented = |r: PyResult<Option<FrameResult>>| match r {
            Ok(Some(done)) => Ok(done),
            Ok(None) => unreachable!("an instrumented loop runs the frame to its end"),
            Err(e) => Err(e),
        };
        // One test of all the hooks first: none is set in nearly every call.
        let hooked = self.observed();
        let line_events = hooked && self.traced() && !self.in_line_hook;
        let result = if hooked && (line_events || self.tracing_allocations()) {
            instrumented(self.dispatch::<true>(
                frame_ref,
                f,
                cd,
                code_obj,
                line_events,
                true,
                floor,
            ))
        } else {
            self.uninstrumented_frames += 1;
            let r = self.dispatch::<false>(frame_ref, f, cd, code_obj, false, true, floor);
            self.uninstrumented_frames -= 1;
            match r {
                Ok(Some(FrameResult::Return(v))) => Ok(FrameResult::Return(v)),
                Ok(Some(FrameResult::Yield(v))) => Ok(FrameResult::Yield(v)),
                Ok(None) => instrumented(
                    self.dispatch::<true>(frame_ref, f, cd, code_obj, false, false, floor),
                ),
                Err(e) => Err(e),
            }
        };
        let exit = match &result {
            Ok(FrameResult::Return(_)) => Exit::Return,
            Ok(FrameResult::Yield(_)) => Exit::Yield,
            Err(_) => Exit::Raise,
        };
        let links_back = !cd.code.flags.generator && !cd.code.flags.coroutine;
        // A generator's frame is its generator's own (CPython embeds it, one reference):
        // anything else holding it (a `gi_frame` kept in a name) keeps its locals when it
        // returns, as `_PyFrame_Clear` hands them to a frame object still in use.
        let own_refs = if links_back { entry_refs } else { 1 };
        self.leave_frame(frame_ref, f, own_refs, exit, links_back);
        result
    }

    /// The start of a frame's run, by [`Vm::run_entered`] or inline (`Vm::enter_inline`):
    /// one level deeper, and the frame on the frame stack. Returns the frame's count then
    /// (see [`Vm::leave_frame`]).
    #[inline(always)]
    pub(super) fn enter_frame(
        &mut self,
        frame_ref: &PyRef,
        f: &FrameData,
        code_obj: &PyRef,
    ) -> usize {
        self.depth += 1;
        super::frame::push(
            &mut self.active_frames,
            super::frame::ActiveFrame {
                // SAFETY: the frame's runner holds `frame_ref` until `leave_frame` pops
                // the entry.
                frame: unsafe { super::frame_stack::alias(frame_ref) },
                code: code_obj,
                globals: &*f.globals,
                builtins: &*f.builtins,
                caller_lasti: self.current_lasti,
            },
        );
        frame_ref.refcount()
    }

    /// The end of a frame's run begun by [`Vm::enter_frame`] (`entry_refs` its count
    /// then): off the frame stack, and tidied as it leaves: on return its locals go (in
    /// slot order), unless something took hold of the frame while it ran (a traceback),
    /// as CPython's `_PyFrame_Clear` hands them to a frame object still in use; on an
    /// exception its stack goes. A function's frame that outlives its run
    /// (`links_back`) links its caller.
    #[inline(always)]
    pub(super) fn leave_frame(
        &mut self,
        frame_ref: &PyRef,
        f: &mut FrameData,
        entry_refs: usize,
        exit: Exit,
        links_back: bool,
    ) {
        self.depth -= 1;
        if let Some(entry) = self.active_frames.pop() {
            self.current_lasti = entry.caller_lasti;
            if self.tracing_allocations() {
                self.restore_caller_location(entry.caller_lasti);
            }
        }
        let outlives = frame_ref.refcount() > entry_refs;
        match exit {
            Exit::Return => {
                f.blocks.clear();
                if outlives {
                    f.stack.clear();
                } else {
                    f.release_locals();
                }
            }
            Exit::Yield => return,
            Exit::Raise => {
                f.stack.clear();
                f.blocks.clear();
            }
        }
        if outlives && links_back {
            // `take_ownership`: a frame object still in use once its call is over links
            // the frame that was running below it.
            f.back = self.caller_frame();
        }
    }

    /// The loop proper. `TRACE` compiles in the instrumentation, so that code nobody
    /// observes pays nothing for it: line events for the line hook (`sys._set_line_hook`,
    /// used by `memory_profiler`) when `line_events`, with a "call" event first when
    /// `entering`, and the location `tracemalloc` attributes allocations to. `Ok(None)`:
    /// the uninstrumented loop saw `tracemalloc` start, and the frame goes on in the
    /// instrumented one (so the frame that called `tracemalloc.start()`, and its callers
    /// when they resume, attribute their allocations).
    ///
    /// The uninstrumented loop runs the Python functions its frames call inline (see
    /// [`InlineFrame`](super::frame_stack::InlineFrame)): the entries of
    /// `Vm::inline_frames` above `floor` are this loop's, and it runs the innermost (the
    /// switches at calls and returns are `execute`'s; an exception leaving such a frame
    /// comes back here). Those left when the loop hands over to the instrumented one are
    /// run by that loop, from where they stopped.
    #[allow(clippy::too_many_arguments)]
    fn dispatch<const TRACE: bool>(
        &mut self,
        frame_ref: &PyRef,
        f: &mut FrameData,
        cd: &CodeData,
        code_obj: &PyRef,
        line_events: bool,
        entering: bool,
        floor: usize,
    ) -> PyResult<Option<FrameResult>> {
        if TRACE && line_events && entering {
            let code = &cd.code;
            self.line_event(
                code_obj,
                Some(f),
                if f.pc == 0 {
                    code.first_line
                } else {
                    code.line_of(f.pc)
                },
                "call",
            );
        }
        let bottom = Running::new(frame_ref, f, code_obj);
        // The index of the next instruction lives in a local (a register) while the loop
        // runs, and in `f.pc` whenever anything else may look: when the loop stops or
        // switches frames or hands the frame to a line event, and around unwinding.
        // SAFETY (for each `running` below): see `Running`.
        let mut pc = unsafe { (*self.innermost(floor, &bottom).f).pc };
        // The error a frame run inline left its caller to handle, in place of the
        // caller's next instruction (see `resume_caller`).
        let mut pending_error = None;
        loop {
            let flow = match pending_error.take() {
                None => {
                    let running = self.innermost(floor, &bottom);
                    // Runs instructions (and calls and returns of frames run inline)
                    // until one stops the frame it is in (returns, yields, raises).
                    self.execute::<TRACE>(running, line_events, &mut pc, floor, &bottom)
                }
                Some(e) => Err((e, false)),
            };
            let running = self.innermost(floor, &bottom);
            // SAFETY: see `Running`.
            let (f, cd, code_obj) = unsafe { (&mut *running.f, &*running.cd, &*running.code) };
            let frame_ref: &PyRef = &running.frame;
            let code = &cd.code;
            f.pc = pc;
            match flow {
                // The frames run inline go on in the instrumented loop as well.
                Ok(Flow::Suspend) => return Ok(None),
                Ok(Flow::Return(v)) => {
                    debug_assert_eq!(self.inline_frames.len(), floor, "execute returns inline");
                    self.stop_frame(f, code);
                    if TRACE && line_events {
                        self.line_event(code_obj, Some(f), code.line_of(f.lasti), "return");
                    }
                    return Ok(Some(FrameResult::Return(v)));
                }
                Ok(Flow::Yield(v)) => {
                    debug_assert_eq!(self.inline_frames.len(), floor, "only generators yield");
                    self.stop_frame(f, code);
                    if TRACE && line_events {
                        self.line_event(code_obj, Some(f), code.line_of(f.lasti), "return");
                    }
                    return Ok(Some(FrameResult::Yield(v)));
                }
                Err((err, reraise)) => {
                    self.stop_frame(f, code);
                    let exc = err.0;
                    if !reraise {
                        // An error raised by native code right here gets the handled
                        // exception as its context (`_PyErr_SetObject`); one that comes
                        // out of a call, already through a frame (so with a traceback),
                        // was chained where it was raised and is left alone.
                        if let Some(h) = &self.handled_exc {
                            if !h.is(&exc) {
                                if let Some(e) = self.exc_data(&exc) {
                                    if e.context.borrow().is_none()
                                        && e.traceback.borrow().is_none()
                                    {
                                        *e.context.borrow_mut() = Some(h.clone());
                                    }
                                }
                            }
                        }
                        crate::gc::track(frame_ref);
                        let line = code.line_of(f.lasti);
                        self.add_traceback(&exc, frame_ref, code_obj, f.lasti, line);
                    }
                    if self.unwind(f, exc.clone()) {
                        pc = f.pc;
                        continue;
                    }
                    if TRACE && line_events {
                        self.line_event(code_obj, Some(f), code.line_of(f.lasti), "return");
                    }
                    if self.inline_frames.len() == floor {
                        return Err(PyErr(exc));
                    }
                    // A frame run inline raised: its caller's call instruction raises it.
                    if let Err(e) = self.resume_caller(floor, &bottom, Err(PyErr(exc))) {
                        pending_error = Some(e);
                    }
                    // SAFETY: see `Running`.
                    pc = unsafe { (*self.innermost(floor, &bottom).f).pc };
                }
            }
        }
    }

    /// What a frame's exit begins with (a return, a yield, an exception leaving it or
    /// caught in it): its `f_lasti` stored, and the finalizers queued by the stopping
    /// instruction run.
    #[inline(always)]
    fn stop_frame(&mut self, f: &mut FrameData, code: &crate::bytecode::CodeObject) {
        f.lasti = self.current_lasti;
        if has_pending() {
            self.run_pending_at(code);
        }
    }

    /// The innermost frame run inline (see [`Vm::dispatch`]) returned (`Ok`) or raised,
    /// and has stopped ([`Vm::stop_frame`]): finished as a called frame is
    /// ([`Vm::finish_inline`]), it leaves its caller (now the innermost frame of the loop
    /// started at `floor` with `bottom`) to complete the call instruction as after a call
    /// that returned: the finalizers the call queued run, then the value is pushed, or
    /// the error is the instruction's.
    #[inline(always)]
    fn resume_caller(
        &mut self,
        floor: usize,
        bottom: &Running,
        result: PyResult,
    ) -> PyResult<Running> {
        let result = self.finish_inline(result);
        let running = self.innermost(floor, bottom);
        // SAFETY: see `Running`.
        let (f, cd) = unsafe { (&mut *running.f, &*running.cd) };
        if has_pending() {
            self.run_pending_at(&cd.code);
        }
        push(&mut f.stack, result?);
        Ok(running)
    }

    /// The frame a loop started at `floor` with `bottom` runs now (see [`Vm::dispatch`]).
    #[inline(always)]
    fn innermost(&mut self, floor: usize, bottom: &Running) -> Running {
        let inline = self.inline_frames.len() > floor;
        match self.inline_frames.last_mut() {
            Some(top) if inline => {
                let f: *mut FrameData = &mut *top.data;
                // SAFETY: `f` points at the entry's borrowed data, just taken.
                Running::new(&top.frame, f, unsafe { &(*f).code })
            }
            _ => Running {
                // SAFETY: a copy of `bottom`'s, which is alive while its loop runs.
                frame: unsafe { super::frame_stack::alias(&bottom.frame) },
                ..*bottom
            },
        }
    }

    /// What ends every instruction that carries on: finalizers queued by deaths during it
    /// run now, before the next instruction. True: `tracemalloc.start()` woke the
    /// uninstrumented loop, which is to hand its frames over (see [`Vm::dispatch`]).
    #[inline(always)]
    fn after_instruction<const TRACE: bool>(
        &mut self,
        f: &mut FrameData,
        code: &crate::bytecode::CodeObject,
    ) -> bool {
        if has_pending() {
            self.run_pending_at(code);
            if !TRACE && self.tracing_allocations() {
                f.lasti = self.current_lasti;
                return true;
            }
        }
        false
    }

    /// Calls the line hook with `(code, lineno, event)`; its errors are reported and ignored.
    /// The step observer, if any, sees the event first, with the frame's data when given.
    pub(crate) fn line_event(
        &mut self,
        code: &PyRef,
        frame: Option<&FrameData>,
        line: u32,
        event: &str,
    ) {
        if self.in_line_hook {
            return;
        }
        if let (Some(observe), Some(f)) = (self.step_observer, frame) {
            self.in_line_hook = true;
            observe(self, f, code, line, event);
            self.in_line_hook = false;
        }
        let Some(hook) = self.line_hook.clone() else {
            return;
        };
        self.in_line_hook = true;
        let args = [code.clone(), self.int(line as i64), self.intern(event)];
        let r = self.call1(&hook, &args);
        self.in_line_hook = false;
        if let Err(e) = r {
            self.report_unraisable(&e.0, "Exception ignored in line hook:");
        }
    }

    /// Unwinds the block stack to the nearest handler; false if the frame has none.
    fn unwind(&mut self, f: &mut FrameData, exc: PyRef) -> bool {
        while let Some(block) = f.blocks.pop() {
            match block {
                Block::Finally { handler, level } => {
                    truncate_stack(&mut f.stack, level as usize);
                    f.blocks.push(Block::ExceptHandler {
                        level: f.stack.len() as u32,
                    });
                    f.saved_exc.push(self.handled_exc.replace(exc.clone()));
                    push(&mut f.stack, exc);
                    f.pc = handler as usize;
                    return true;
                }
                Block::ExceptHandler { level } => {
                    truncate_stack(&mut f.stack, level as usize);
                    self.handled_exc = f.saved_exc.pop().flatten();
                }
            }
        }
        false
    }

    /// Runs queued `__del__` methods and weakref callbacks (see `heap::pending`).
    pub fn run_pending(&mut self) {
        // Depth first, as CPython runs this code synchronously inside the deallocation
        // that asked for it: what one piece's deaths queue runs before the next piece of
        // the batch that queued it (a stack of batches rather than recursion, so a long
        // chain of finalizers cannot overflow the Rust stack).
        let mut batches: Vec<std::vec::IntoIter<crate::heap::Pending>> = Vec::new();
        loop {
            if has_pending() {
                batches.push(crate::heap::take_pending().into_iter());
            }
            let Some(batch) = batches.last_mut() else {
                break;
            };
            let Some(p) = batch.next() else {
                batches.pop();
                continue;
            };
            match p {
                crate::heap::Pending::Finalize { obj, pinned } => {
                    self.run_finalizer(&obj);
                    drop(obj);
                    drop(pinned);
                }
                crate::heap::Pending::Release(obj) => drop(obj),
                crate::heap::Pending::WeakCallback { callback, weakref } => {
                    if let Err(e) = self.call1(&callback, &[weakref]) {
                        self.report_unraisable_in(&e.0, &callback);
                    }
                }
            }
        }
        if crate::gc::CONFIG.with(|c| c.stress.get() && !c.collecting.get()) {
            self.stress_check();
        }
        if crate::gc::CONFIG.with(|c| {
            c.counts[0].get() > c.thresholds[0].get()
                && c.thresholds[0].get() > 0
                && c.enabled.get()
                && !c.collecting.get()
        }) {
            crate::modules::gc::collect_generations(self);
        }
        if self.tracing_allocations() && self.uninstrumented_frames > 0 {
            // Keeps the frames that run uninstrumented since `tracemalloc.start()` waking
            // until each has switched (instructions that settle the queue consume wakes).
            crate::heap::wake();
        }
    }

    /// `-X stress-gc`: verifies the heap after allocations. Each check costs a walk of the
    /// heap, so checks are spaced out to every `live / 16` allocations: amortized, each
    /// allocation pays for a walk of 16 objects.
    fn stress_check(&mut self) {
        let due = crate::gc::CONFIG.with(|c| {
            let live: usize = crate::gc::counts().iter().sum();
            let due = c.stress_allocations.get() > live / 16;
            if due {
                c.stress_allocations.set(0);
            }
            due
        });
        if !due {
            return;
        }
        if let Err(msg) = crate::gc::verify_heap() {
            self.write_stderr(&format!("refpy: stress-gc: {msg}\n"));
            std::process::exit(70);
        }
    }

    #[inline]
    pub fn run_pending_if_any(&mut self) {
        if has_pending() {
            self.run_pending();
        }
    }

    /// Calls `type(obj).__del__(obj)`; an exception is reported and ignored, as CPython does.
    pub fn run_finalizer(&mut self, obj: &PyRef) {
        if let Payload::Generator { frame, .. } = &obj.payload {
            if super::coroutine::warn_if_never_awaited(self, obj)
                || super::async_generator::finalize(self, obj)
            {
                return;
            }
            // `_PyGen_Finalize`: a generator not yet finished is closed (GeneratorExit runs
            // its `finally` blocks; one never started just lets go of its frame).
            let unfinished = frame.borrow().is_some();
            if unfinished {
                // The builtin `close` itself: these types cannot be subclassed or changed.
                if let Err(e) = crate::objects::methods::generator_methods::close(self, obj) {
                    self.report_unraisable_in(&e.0, obj);
                }
            }
            return;
        }
        self.call_del(obj);
    }

    /// `_PyErr_WriteUnraisableMsg`: `sys.unraisablehook` gets the exception with
    /// `header` as its message; the default hook prints the header, the traceback and
    /// the exception.
    pub fn report_unraisable(&mut self, exc: &PyRef, header: &str) {
        crate::modules::traceback::write_unraisable(self, exc, Some(header), None);
    }

    /// `PyErr_WriteUnraisable(obj)`: as `report_unraisable`, the hook getting `obj`; the
    /// default hook prints `Exception ignored in: repr(obj)`.
    pub fn report_unraisable_in(&mut self, exc: &PyRef, obj: &PyRef) {
        crate::modules::traceback::write_unraisable(self, exc, None, Some(obj));
    }

    /// The dispatch loop proper: runs the frame's instructions from `*pc` until one
    /// stops it. An instruction that carries on falls through to the end of the loop body
    /// (the finalizer check) and the next fetch, so the common case never builds or tests
    /// a result. A call of a Python function run inline switches `f`, `cd` and `code_obj`
    /// to its frame, and its return back to the caller's (the frames of the loop started
    /// at `floor` with `bottom`, see [`Vm::dispatch`]); the frame that stops the loop is
    /// the innermost one then.
    #[allow(clippy::type_complexity, clippy::too_many_arguments)]
    #[inline(always)]
    fn execute<const TRACE: bool>(
        &mut self,
        running: Running,
        line_events: bool,
        pc: &mut usize,
        floor: usize,
        bottom: &Running,
    ) -> Result<Flow, (PyErr, bool)> {
        // The frame's data is reborrowed here from the pointer, never taken as a `&mut`
        // argument: a return run inline reborrows its caller's data from the side stack
        // (or `bottom`) while this function runs, which a protected argument would forbid.
        // SAFETY: see `Running`.
        let (mut f, mut cd, mut code_obj): (&mut FrameData, &CodeData, &PyRef) =
            unsafe { (&mut *running.f, &*running.cd, &*running.code) };
        macro_rules! pop {
            () => {
                f.stack.pop().expect("stack underflow")
            };
        }
        // CPython runs a `__del__` inside the decref that frees the object, while the
        // instruction's operands are still on its stack; ours run from the pending queue.
        // Instructions that can free objects while holding operands (a store, a delete, a
        // call, an in-place operator) settle the queue before letting go of them, so counts
        // seen from `__del__` include those operands as CPython's do.
        macro_rules! settle {
            () => {
                if has_pending() {
                    self.run_pending_at(&cd.code);
                }
            };
        }
        macro_rules! top {
            () => {
                f.stack.last().expect("stack underflow")
            };
        }
        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => return Err((e, false)),
                }
            };
        }
        // Goes on in another frame of this loop (see `dispatch`): the frame stops where
        // it is (`pc`), the loop switches to the innermost one, at its `pc`.
        macro_rules! switch_frames {
            ($running:expr) => {{
                let running: Running = $running;
                // SAFETY: see `Running`.
                unsafe {
                    f = &mut *running.f;
                    cd = &*running.cd;
                    code_obj = &*running.code;
                }
                *pc = f.pc;
            }};
        }
        // The end of a call instruction whose slots start at `base`. A Python function
        // entered to run inline (`None`, see `call_from_stack`) has taken its arguments:
        // its call's slots go before it runs (the null markers left: as CPython's `CALL`
        // pops them before `start_frame`), and the loop switches to it; its return
        // completes the instruction (see `frame_return`).
        macro_rules! complete_call {
            ($called:expr, $base:expr, $run:lifetime) => {
                match $called {
                    Some(result) => {
                        settle!();
                        drop_call_slots(&mut f.stack, $base);
                        push(&mut f.stack, tri!(result));
                    }
                    None => {
                        debug_assert!(f.stack.len() - $base <= 2, "only null markers left");
                        drop_call_slots(&mut f.stack, $base);
                        f.pc = *pc;
                        switch_frames!(self.innermost(floor, bottom));
                        continue $run;
                    }
                }
            };
        }
        // A return: the loop's own frame stops here; one run inline finishes, and its
        // caller completes its call instruction with the value (then the end of the
        // instruction, below, is the caller's).
        macro_rules! frame_return {
            ($value:expr) => {{
                let v = $value;
                if self.inline_frames.len() == floor {
                    return Ok(Flow::Return(v));
                }
                f.pc = *pc;
                self.stop_frame(f, &cd.code);
                match self.resume_caller(floor, bottom, Ok(v)) {
                    Ok(running) => switch_frames!(running),
                    Err(_) => unreachable!("a return finishes as it returned"),
                }
            }};
        }
        'run: loop {
            // Nothing derived from the frame or the code is hoisted out of the loop (see
            // `launder`): the loop is entered once per run of a frame that is not called
            // inline (and once per exception leaving a frame run inline).
            f = super::frame::launder(f);
            cd = super::frame::launder_ref(cd);
            let code = &cd.code;
            if TRACE && self.trace_allocs {
                set_location(&code.filename, code.line_of(*pc));
            }
            if TRACE && line_events {
                // CPython 3.11's rule: an event when execution reaches the first instruction
                // of a line, or jumps backwards (each loop iteration).
                let at = *pc;
                let starts_line = at == 0 || code.line_of(at) != code.line_of(at - 1);
                if starts_line || at <= f.lasti {
                    f.pc = at;
                    self.line_event(code_obj, Some(f), code.line_of(at), "line");
                }
            }
            // A line hook sees every instruction, and allocation tracing the line of each:
            // instrumented code runs the original ones, the rest the quickened copy (same
            // indices, so a frame may move from one loop to the other). A reference, not a
            // copy: each arm reads just the operands it uses, where it uses them, instead
            // of the loop head splitting all eight bytes into fields before the jump.
            let instr = if TRACE {
                &code.instructions[*pc]
            } else {
                debug_assert!(*pc < cd.quick.len());
                // SAFETY: `pc` is always in bounds: it starts at 0 or where the frame
                // stopped, and moves to the next instruction (the last one never falls
                // through), to a jump target, or to a handler (also a jump target);
                // `quicken` asserts both for every code object. Saves the bounds check
                // on every dispatch.
                unsafe { cd.quick.get_unchecked(*pc) }
            };
            // `f.lasti` is written back when the frame stops (returns, yields, raises);
            // the line-event check above reads it between instructions.
            if TRACE {
                f.lasti = *pc;
            }
            self.current_lasti = *pc;
            *pc += 1;
            'instr: {
                match *instr {
                    Instruction::Nop => {}
                    Instruction::PopTop => {
                        pop!();
                    }
                    Instruction::RotTwo => {
                        let n = f.stack.len();
                        f.stack.swap(n - 1, n - 2);
                    }
                    Instruction::RotThree => {
                        let v = pop!();
                        let n = f.stack.len();
                        f.stack.insert(n - 2, v);
                    }
                    Instruction::RotFour => {
                        let v = pop!();
                        let n = f.stack.len();
                        f.stack.insert(n - 3, v);
                    }
                    Instruction::DupTop => {
                        let v = top!().clone();
                        push(&mut f.stack, v);
                    }
                    Instruction::DupTopTwo => {
                        let n = f.stack.len();
                        let a = f.stack[n - 2].clone();
                        let b = f.stack[n - 1].clone();
                        push(&mut f.stack, a);
                        push(&mut f.stack, b);
                    }
                    Instruction::LoadConst(i) => push(&mut f.stack, cd.consts[i as usize].clone()),
                    Instruction::LoadFast(i) => match &f.locals[i as usize] {
                        Some(v) => push(&mut f.stack, v.clone()),
                        None => {
                            return Err((self.unbound_local(&cd.code.varnames[i as usize]), false))
                        }
                    },
                    Instruction::StoreFast(i) => {
                        let v = pop!();
                        store_fast(f, i as usize, v);
                    }
                    Instruction::DeleteFast(i) => match f.locals[i as usize].take() {
                        Some(old) => drop(old),
                        None => {
                            return Err((self.unbound_local(&cd.code.varnames[i as usize]), false))
                        }
                    },
                    Instruction::LoadClosure(i) => push(&mut f.stack, f.cells[i as usize].clone()),
                    Instruction::LoadDeref(i) | Instruction::LoadClassDeref(i) => {
                        if let (Instruction::LoadClassDeref(_), Some(locals)) =
                            (*instr, &f.locals_dict)
                        {
                            let name = self.cell_name(cd, i as usize);
                            if let Payload::Dict(d) = &locals.payload {
                                if let Some(v) = d
                                    .borrow()
                                    .get_str(crate::objects::str::str_hash(&name), &name)
                                {
                                    push(&mut f.stack, v.clone());
                                    break 'instr;
                                }
                            }
                        }
                        let v = match &f.cells[i as usize].payload {
                            Payload::Cell(c) => c.borrow().clone(),
                            _ => None,
                        };
                        match v {
                            Some(v) => push(&mut f.stack, v),
                            None => {
                                let name = self.cell_name(cd, i as usize);
                                let err = if (i as usize) < cd.code.cellvars.len() {
                                    self.unbound_local(&name)
                                } else {
                                    self.new_error(
                                "NameError",
                                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                            )
                                };
                                return Err((err, false));
                            }
                        }
                    }
                    Instruction::StoreDeref(i) => {
                        let v = pop!();
                        if let Payload::Cell(c) = &f.cells[i as usize].payload {
                            let old = c.borrow_mut().replace(v);
                            drop(old);
                        }
                    }
                    Instruction::DeleteDeref(i) => {
                        if let Payload::Cell(c) = &f.cells[i as usize].payload {
                            let old = c.borrow_mut().take();
                            drop(old);
                        }
                    }
                    Instruction::LoadGlobal(i) => {
                        let (name, site) = (&cd.names[i as usize], &cd.global_sites[i as usize]);
                        let v = tri!(self.load_global_cached(site, &f.globals, &f.builtins, name));
                        push(&mut f.stack, v);
                    }
                    Instruction::StoreGlobal(i) => {
                        let v = pop!();
                        let globals = f.globals.clone();
                        if let Payload::Dict(d) = &globals.payload {
                            self.dict_set_str(d, &cd.names[i as usize], v);
                        }
                    }
                    Instruction::DeleteGlobal(i) => {
                        let name = &cd.names[i as usize];
                        let globals = f.globals.clone();
                        tri!(self.delete_name_in(&globals, name));
                    }
                    Instruction::LoadName(i) => {
                        let (name, site) = (&cd.names[i as usize], &cd.global_sites[i as usize]);
                        let locals = f.locals_dict.clone();
                        if let Some(locals) = locals {
                            // An exact dict is read in place; any other mapping (a dict subclass
                            // too) through `PyObject_GetItem`, a `KeyError` meaning "not there".
                            match &locals.payload {
                                Payload::Dict(d) if locals.class().is(&self.types.dict_type) => {
                                    if let Some(v) = self.namespace_get_cached(site, d, name) {
                                        push(&mut f.stack, v);
                                        break 'instr;
                                    }
                                }
                                _ => match self.getitem(&locals, name) {
                                    Ok(v) => {
                                        push(&mut f.stack, v);
                                        break 'instr;
                                    }
                                    Err(e) if self.exc_matches_name(&e.0, "KeyError") => {}
                                    Err(e) => return Err((e, false)),
                                },
                            }
                        }
                        let v = tri!(self.load_name_global(&f.globals, &f.builtins, name));
                        push(&mut f.stack, v);
                    }
                    Instruction::StoreName(i) => {
                        let v = pop!();
                        let (name, site) = (&cd.names[i as usize], &cd.global_sites[i as usize]);
                        let target = f.locals_dict.clone().unwrap_or_else(|| f.globals.clone());
                        match &target.payload {
                            Payload::Dict(d) if target.class().is(&self.types.dict_type) => {
                                self.namespace_set_cached(site, d, name, v)
                            }
                            _ => tri!(self.setitem(&target, name, v)),
                        }
                    }
                    Instruction::DeleteName(i) => {
                        let name = &cd.names[i as usize];
                        let target = f.locals_dict.clone().unwrap_or_else(|| f.globals.clone());
                        tri!(self.delete_name_in(&target, name));
                    }
                    Instruction::LoadAttr(i) => {
                        let (name, site) = (&cd.names[i as usize], &cd.attr_sites[i as usize]);
                        // The value takes the object's place on the stack, as `SET_TOP` does.
                        let top = f.stack.last_mut().expect("stack underflow");
                        if let Some(v) = self.instance_attr_hit(site, top, name) {
                            drop(std::mem::replace(top, v));
                        } else {
                            tri!(self.load_attr_miss(f, cd, i));
                        }
                    }
                    Instruction::StoreAttr(i) => {
                        let obj = pop!();
                        let v = pop!();
                        let (name, site) = (&cd.names[i as usize], &cd.attr_sites[i as usize]);
                        let r = match self.setattr_cached(site, &obj, name, v) {
                            Ok(()) => Ok(()),
                            Err(v) => self.setattr(&obj, name, v),
                        };
                        settle!();
                        tri!(r);
                    }
                    Instruction::DeleteAttr(i) => {
                        let obj = pop!();
                        let r = self.delattr(&obj, &cd.names[i as usize]);
                        settle!();
                        tri!(r);
                    }
                    Instruction::LoadMethod(i) => {
                        let (name, site) = (&cd.names[i as usize], &cd.attr_sites[i as usize]);
                        // The function goes under the object, which stays where it is as `self`.
                        if let Some(func) = self.instance_method_hit(site, top!(), name) {
                            let obj = std::mem::replace(
                                f.stack.last_mut().expect("stack underflow"),
                                func,
                            );
                            push(&mut f.stack, obj);
                            break 'instr;
                        }
                        tri!(self.load_method_miss(f, cd, i));
                    }
                    // ---- superinstructions (`bytecode::quicken`): the first half, then the
                    // second as its own instruction would run it (a second half that fails
                    // reports the second instruction's position) ----
                    Instruction::LoadFastLoadFast(a, b) => {
                        let v = tri!(self.load_fast(f, cd, a.into()));
                        push(&mut f.stack, v);
                        self.enter_second_half(pc);
                        let v = tri!(self.load_fast(f, cd, b.into()));
                        push(&mut f.stack, v);
                    }
                    Instruction::LoadFastLoadConst(a, b) => {
                        let v = tri!(self.load_fast(f, cd, a.into()));
                        push(&mut f.stack, v);
                        self.enter_second_half(pc);
                        push(&mut f.stack, cd.consts[b as usize].clone());
                    }
                    Instruction::LoadConstLoadFast(a, b) => {
                        push(&mut f.stack, cd.consts[a as usize].clone());
                        self.enter_second_half(pc);
                        let v = tri!(self.load_fast(f, cd, b.into()));
                        push(&mut f.stack, v);
                    }
                    Instruction::LoadFastLoadAttr(a, b) => {
                        let (name, site) = (&cd.names[b as usize], &cd.attr_sites[b as usize]);
                        // The hit reads the attribute straight from the local: no count on it.
                        let hit = match &f.locals[a as usize] {
                            Some(obj) => self.instance_attr_hit(site, obj, name),
                            None => None,
                        };
                        if let Some(attr) = hit {
                            self.enter_second_half(pc);
                            push(&mut f.stack, attr);
                        } else {
                            let v = tri!(self.load_fast(f, cd, a.into()));
                            push(&mut f.stack, v);
                            self.enter_second_half(pc);
                            tri!(self.load_attr_miss(f, cd, b.into()));
                        }
                    }
                    Instruction::LoadFastLoadMethod(a, b) => {
                        let obj = tri!(self.load_fast(f, cd, a.into()));
                        self.enter_second_half(pc);
                        let (name, site) = (&cd.names[b as usize], &cd.attr_sites[b as usize]);
                        if let Some(func) = self.instance_method_hit(site, &obj, name) {
                            push(&mut f.stack, func);
                            push(&mut f.stack, obj);
                        } else {
                            push(&mut f.stack, obj);
                            tri!(self.load_method_miss(f, cd, b.into()));
                        }
                    }
                    Instruction::StoreFastLoadFast(a, b) => {
                        if self.store_fast_first_half(f, a, pc) {
                            let v = tri!(self.load_fast(f, cd, b.into()));
                            push(&mut f.stack, v);
                        }
                    }
                    Instruction::StoreFastLoadFastLoadFast(a, b, c) => {
                        if self.store_fast_first_half(f, a, pc) {
                            let v = tri!(self.load_fast(f, cd, b.into()));
                            push(&mut f.stack, v);
                            self.enter_second_half(pc);
                            let v = tri!(self.load_fast(f, cd, c.into()));
                            push(&mut f.stack, v);
                        }
                    }
                    Instruction::StoreFastStoreFast(a, b) => {
                        if self.store_fast_first_half(f, a, pc) {
                            let v = pop!();
                            store_fast(f, b.into(), v);
                        }
                    }
                    Instruction::ForIterStoreFast(exit, local) => {
                        tri!(self.for_iter_store(f, exit, local, pc));
                    }
                    Instruction::LoadConstReturnValue(a) => {
                        self.enter_second_half(pc);
                        frame_return!(cd.consts[a as usize].clone());
                    }
                    Instruction::LoadFastReturnValue(a) => {
                        let v = tri!(self.load_fast(f, cd, a));
                        self.enter_second_half(pc);
                        frame_return!(v);
                    }
                    Instruction::JumpToForIter(t) => {
                        let head = t as usize;
                        if head < *pc && super::interrupt::take() {
                            return Err((self.keyboard_interrupt(), false));
                        }
                        // The loop head runs in this step as its own instruction would.
                        self.current_lasti = head;
                        *pc = head + 1;
                        match cd.quick[head] {
                            Instruction::ForIterStoreFast(exit, local) => {
                                tri!(self.for_iter_store(f, exit, local, pc));
                            }
                            Instruction::ForIter(exit) => {
                                if let Some(v) = tri!(self.for_iter_next(f, exit as usize, pc)) {
                                    push(&mut f.stack, v);
                                }
                            }
                            // Quickening points this jump at a loop head only; anything else
                            // runs as a plain jump.
                            _ => *pc = head,
                        }
                    }
                    Instruction::CallMethod(argc) => {
                        let base = f.stack.len() - argc as usize - 2;
                        let receiver_is_null = f.stack[base + 1].is(&self.null_marker);
                        // The call owns the callable, as CPython's frame owns `f_func` (and a C call
                        // borrows its stack slot): one reference, not two.
                        let func = take_callable(&mut f.stack, base, &self.null_marker);
                        let first_arg = if receiver_is_null { base + 2 } else { base + 1 };
                        let called = self.call_from_stack::<TRACE>(
                            f,
                            cd,
                            func,
                            first_arg,
                            &[],
                            receiver_is_null,
                        );
                        complete_call!(called, base, 'run);
                    }
                    Instruction::BinarySubscr => {
                        // The specialized forms read the operands in place; the item takes
                        // the container's slot.
                        let n = f.stack.len();
                        if let Some(v) = self.subscr_fast(&f.stack[n - 2], &f.stack[n - 1]) {
                            let key = pop!();
                            drop(std::mem::replace(&mut f.stack[n - 2], v));
                            drop(key);
                            break 'instr;
                        }
                        let key = pop!();
                        let obj = pop!();
                        let v = tri!(self.getitem(&obj, &key));
                        drop(obj);
                        drop(key);
                        push(&mut f.stack, v);
                    }
                    Instruction::StoreSubscr => {
                        let key = pop!();
                        let obj = pop!();
                        let v = pop!();
                        let r = match self.store_subscr_fast(&obj, &key, v) {
                            Ok(old) => {
                                drop(old);
                                Ok(())
                            }
                            Err(v) => self.setitem(&obj, &key, v),
                        };
                        settle!();
                        tri!(r);
                    }
                    Instruction::DeleteSubscr => {
                        let key = pop!();
                        let obj = pop!();
                        let r = self.delitem(&obj, &key);
                        settle!();
                        tri!(r);
                    }
                    Instruction::BinaryOp { op, inplace } => {
                        let b = pop!();
                        let a = pop!();
                        // Exact ints and floats (`num_fast`).
                        if let Some((r, right_first)) = self.binary_number_fast(&a, &b, op) {
                            super::num_fast::release_operands(right_first, a, b);
                            push(&mut f.stack, r);
                            break 'instr;
                        }
                        let v = self.binary_op(&a, &b, op, inplace);
                        if inplace {
                            settle!();
                        }
                        let v = tri!(v);
                        let right_first = self.releases_right_first(&a, &b, op);
                        super::num_fast::release_operands(right_first, a, b);
                        push(&mut f.stack, v);
                    }
                    Instruction::UnaryNegative
                    | Instruction::UnaryPositive
                    | Instruction::UnaryInvert => {
                        let a = pop!();
                        let fast = match instr {
                            Instruction::UnaryNegative => self.negative_number_fast(&a),
                            _ => None,
                        };
                        if let Some(v) = fast {
                            drop(a);
                            push(&mut f.stack, v);
                            break 'instr;
                        }
                        let v = tri!(self.unary_op(&a, *instr));
                        drop(a);
                        push(&mut f.stack, v);
                    }
                    Instruction::UnaryNot => {
                        let a = pop!();
                        let t = tri!(self.truth_of(&a));
                        drop(a);
                        push(&mut f.stack, self.bool(!t));
                    }
                    Instruction::CompareOp(kind) => {
                        let b = pop!();
                        let a = pop!();
                        // Exact ints and floats (`num_fast`): left operand released first.
                        if let Some(r) = self.compare_number_fast(&a, &b, kind) {
                            drop(a);
                            drop(b);
                            self.push_bool_or_jump(f, cd, r, pc);
                            break 'instr;
                        }
                        let v = tri!(self.compare(&a, &b, kind));
                        drop(a);
                        drop(b);
                        push(&mut f.stack, v);
                    }
                    Instruction::IsOp(invert) => {
                        let b = pop!();
                        let a = pop!();
                        let r = a.is(&b) != invert;
                        drop(a);
                        drop(b);
                        self.push_bool_or_jump(f, cd, r, pc);
                    }
                    Instruction::ContainsOp(invert) => {
                        let container = pop!();
                        let item = pop!();
                        let r = match self.dict_contains_fast(&container, &item) {
                            Some(r) => r,
                            None => tri!(self.contains(&container, &item)),
                        } != invert;
                        drop(container);
                        drop(item);
                        self.push_bool_or_jump(f, cd, r, pc);
                    }
                    Instruction::BuildTuple(n) => {
                        let items = f.stack.split_off(f.stack.len() - n as usize);
                        push(&mut f.stack, self.tuple(items));
                    }
                    Instruction::BuildList(n) => {
                        let items = f.stack.split_off(f.stack.len() - n as usize);
                        push(&mut f.stack, self.list(items));
                    }
                    Instruction::BuildSet(n) => {
                        let items = f.stack.split_off(f.stack.len() - n as usize);
                        let s = self.set(crate::objects::set::SetData::new());
                        for item in items {
                            tri!(self.set_add(&s, item));
                        }
                        push(&mut f.stack, s);
                    }
                    Instruction::BuildMap(n) => {
                        let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                        let d = self.dict();
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            if let Payload::Dict(dd) = &d.payload {
                                tri!(self.dict_set(dd, k, v));
                            }
                        }
                        push(&mut f.stack, d);
                    }
                    Instruction::BuildConstKeyMap(n) => {
                        let keys = pop!();
                        let values = f.stack.split_off(f.stack.len() - n as usize);
                        let d = self.dict();
                        let key_items = keys.tuple_items().map(|k| k.to_vec()).unwrap_or_default();
                        for (k, v) in key_items.into_iter().zip(values) {
                            if let Payload::Dict(dd) = &d.payload {
                                tri!(self.dict_set(dd, k, v));
                            }
                        }
                        push(&mut f.stack, d);
                    }
                    Instruction::BuildString(n) => {
                        // The pieces are read in place and released after, first to last.
                        let start = f.stack.len() - n as usize;
                        let s = self.build_string(&f.stack[start..]);
                        f.stack.truncate(start);
                        push(&mut f.stack, s);
                    }
                    Instruction::BuildSlice(n) => {
                        let step = if n == 3 { pop!() } else { self.none() };
                        let stop = pop!();
                        let start = pop!();
                        push(
                            &mut f.stack,
                            PyRef::new(
                                &self.types.slice_type,
                                Payload::Slice { start, stop, step },
                            ),
                        );
                    }
                    Instruction::ListToTuple => {
                        let l = pop!();
                        let items = match &l.payload {
                            Payload::List(items) => items.borrow().clone(),
                            _ => Vec::new(),
                        };
                        push(&mut f.stack, self.tuple(items));
                    }
                    Instruction::ListAppend(depth) => {
                        let v = pop!();
                        let n = f.stack.len();
                        if let Payload::List(items) = &f.stack[n - depth as usize].payload {
                            crate::objects::sizeof::list_append(&mut items.borrow_mut(), v);
                        }
                    }
                    Instruction::SetAdd(depth) => {
                        let v = pop!();
                        let n = f.stack.len();
                        let s = f.stack[n - depth as usize].clone();
                        tri!(self.set_add(&s, v));
                    }
                    Instruction::MapAdd(depth) => {
                        let v = pop!();
                        let k = pop!();
                        let n = f.stack.len();
                        let d = f.stack[n - depth as usize].clone();
                        if let Payload::Dict(dd) = &d.payload {
                            tri!(self.dict_set(dd, k, v));
                        }
                    }
                    Instruction::ListExtend(depth) => {
                        let it = pop!();
                        let target = f.stack[f.stack.len() - depth as usize].clone();
                        if let Payload::List(l) = &target.payload {
                            tri!(self.list_extend_unpacking(l, &it));
                        }
                    }
                    Instruction::SetUpdate(depth) => {
                        let it = pop!();
                        let n = f.stack.len();
                        let s = f.stack[n - depth as usize].clone();
                        tri!(crate::objects::methods::set_update_object(self, &s, &it));
                    }
                    Instruction::DictUpdate(depth) => {
                        let m = pop!();
                        let n = f.stack.len();
                        let d = f.stack[n - depth as usize].clone();
                        tri!(self.dict_merge(&d, &m, false));
                    }
                    Instruction::DictMerge(depth) => {
                        // `f(**m)`: below the dict being built lie the positional arguments and
                        // the function, which the errors name (`format_kwargs_error`).
                        let m = pop!();
                        let n = f.stack.len();
                        let d = f.stack[n - depth as usize].clone();
                        if let Err(e) = self.dict_merge(&d, &m, true) {
                            let func = f.stack[n - depth as usize - 2].clone();
                            return Err((self.kwargs_error(e, &func, &m), false));
                        }
                    }
                    Instruction::UnpackSequence(n) => {
                        let seq = pop!();
                        // `UNPACK_SEQUENCE_TUPLE`/`_LIST`: an exact tuple or list of the right
                        // length puts its items straight on the stack, last first.
                        let n = n as usize;
                        let unpacked = match &seq.payload {
                            Payload::Tuple(t)
                                if t.len() == n && seq.class().is(&self.types.tuple_type) =>
                            {
                                t.iter().rev().for_each(|v| push(&mut f.stack, v.clone()));
                                true
                            }
                            Payload::List(l) if seq.class().is(&self.types.list_type) => {
                                let l = l.borrow();
                                let fits = l.len() == n;
                                if fits {
                                    l.iter().rev().for_each(|v| push(&mut f.stack, v.clone()));
                                }
                                fits
                            }
                            _ => false,
                        };
                        if !unpacked {
                            let items = tri!(self.unpack(&seq, n, None));
                            f.stack.extend(items.into_iter().rev());
                        }
                    }
                    Instruction::UnpackEx { before, after } => {
                        let seq = pop!();
                        let items = tri!(self.unpack(&seq, before as usize, Some(after as usize)));
                        f.stack.extend(items.into_iter().rev());
                    }
                    Instruction::FormatValue {
                        conversion,
                        has_spec,
                    } => {
                        let spec = if has_spec { Some(pop!()) } else { None };
                        let v = pop!();
                        let converted = match conversion {
                            Conversion::None => v,
                            Conversion::Str => tri!(self.to_str(&v)),
                            Conversion::Repr => tri!(self.repr(&v)),
                            Conversion::Ascii => tri!(self.ascii(&v)),
                        };
                        let spec_str = spec.as_ref().and_then(|s| s.as_str_opt()).unwrap_or("");
                        let r = if spec_str.is_empty()
                            && matches!(converted.payload, Payload::Str(_))
                            && converted.class().is(&self.types.str_type)
                        {
                            converted
                        } else {
                            tri!(self.format(&converted, spec_str))
                        };
                        push(&mut f.stack, r);
                    }
                    Instruction::Jump(t) => {
                        // Backward jumps close loops: a pending Ctrl-C is noticed there (and at
                        // calls), as CPython's eval breaker does.
                        if (t as usize) < *pc && super::interrupt::take() {
                            return Err((self.keyboard_interrupt(), false));
                        }
                        *pc = t as usize;
                    }
                    Instruction::PopJumpIfFalse(t) => {
                        let v = pop!();
                        if !tri!(self.truth_of(&v)) {
                            *pc = t as usize;
                        }
                    }
                    Instruction::PopJumpIfTrue(t) => {
                        let v = pop!();
                        if tri!(self.truth_of(&v)) {
                            *pc = t as usize;
                        }
                    }
                    Instruction::JumpIfFalseOrPop(t) => {
                        if !tri!(self.truth_of(top!())) {
                            *pc = t as usize;
                        } else {
                            pop!();
                        }
                    }
                    Instruction::JumpIfTrueOrPop(t) => {
                        if tri!(self.truth_of(top!())) {
                            *pc = t as usize;
                        } else {
                            pop!();
                        }
                    }
                    Instruction::GetIter => {
                        let v = pop!();
                        let it = tri!(self.iter(&v));
                        drop(v);
                        push(&mut f.stack, it);
                    }
                    Instruction::ForIter(t) => {
                        if let Some(v) = tri!(self.for_iter_next(f, t as usize, pc)) {
                            push(&mut f.stack, v);
                        }
                    }
                    Instruction::ReturnValue => frame_return!(pop!()),
                    Instruction::MakeFunction(flags) => {
                        let code = pop!();
                        // The optional parts, pushed in flag order, come off last first.
                        let mut take = |bit: u32| (flags & bit != 0).then(|| pop!());
                        let closure = take(0x08);
                        let annotations = take(0x04);
                        let kwdefaults = take(0x02);
                        let defaults = take(0x01);
                        let func = self.make_function(
                            code,
                            f.globals.clone(),
                            defaults,
                            kwdefaults,
                            closure,
                            annotations,
                        );
                        push(&mut f.stack, func);
                    }
                    Instruction::Call(argc) => {
                        let base = f.stack.len() - argc as usize - 1;
                        let func = take_callable(&mut f.stack, base, &self.null_marker);
                        let called =
                            self.call_from_stack::<TRACE>(f, cd, func, base + 1, &[], true);
                        complete_call!(called, base, 'run);
                    }
                    Instruction::CallKw(argc) => {
                        let kwnames = pop!();
                        let base = f.stack.len() - argc as usize - 1;
                        let func = take_callable(&mut f.stack, base, &self.null_marker);
                        let names = kwnames.tuple_items().unwrap_or(&[]);
                        let called =
                            self.call_from_stack::<TRACE>(f, cd, func, base + 1, names, true);
                        complete_call!(called, base, 'run);
                    }
                    Instruction::CallEx(has_kwargs) => {
                        let kwargs = if has_kwargs { Some(pop!()) } else { None };
                        let args = pop!();
                        let func = pop!();
                        let result = self.call_ex(&func, args, kwargs.as_ref());
                        settle!();
                        drop(kwargs);
                        drop(func);
                        push(&mut f.stack, tri!(result));
                    }
                    Instruction::LoadBuildClass => {
                        // From the builtins only (`LOAD_BUILD_CLASS`).
                        let builtins = f.builtins.clone();
                        let name = self.intern("__build_class__");
                        let found = match &builtins.payload {
                            Payload::Dict(d) if builtins.class().is(&self.types.dict_type) => {
                                d.borrow().get_name(name_hash(&name), &name).cloned()
                            }
                            _ => match self.getitem(&builtins, &name) {
                                Ok(v) => Some(v),
                                Err(e) if self.exc_matches_name(&e.0, "KeyError") => None,
                                Err(e) => return Err((e, false)),
                            },
                        };
                        let Some(v) = found else {
                            return Err((
                                self.new_error("NameError", "__build_class__ not found"),
                                false,
                            ));
                        };
                        push(&mut f.stack, v);
                    }
                    Instruction::LoadAssertionError => {
                        push(&mut f.stack, self.exc_type("AssertionError"))
                    }
                    Instruction::YieldValue => return Ok(Flow::Yield(pop!())),
                    Instruction::GetYieldFromIter => {
                        let v = pop!();
                        let it = if matches!(v.payload, Payload::Generator { .. }) {
                            v
                        } else {
                            tri!(self.iter(&v))
                        };
                        push(&mut f.stack, it);
                    }
                    Instruction::YieldFrom => {
                        let v = pop!();
                        // The delegate stays on the stack, uncounted by the step, as in
                        // CPython's `SEND` (counts seen inside it agree).
                        let it = top!();
                        if let Payload::Generator { .. } = &it.payload {
                            // `gen_send_ex2`: a delegate generator that returns hands its value
                            // over directly, without a StopIteration to make and catch.
                            match tri!(self.resume_generator(it, v, None)) {
                                super::containers::GenStep::Yielded(y) => {
                                    *pc -= 1;
                                    return Ok(Flow::Yield(y));
                                }
                                super::containers::GenStep::Returned(r) => {
                                    drop(pop!());
                                    push(&mut f.stack, r);
                                    break 'instr;
                                }
                            }
                        }
                        match self.send_to(it, v) {
                            Ok(Some(y)) => {
                                // Re-run this instruction when resumed.
                                *pc -= 1;
                                return Ok(Flow::Yield(y));
                            }
                            Ok(None) => {
                                unreachable!("send_to returns the value or a StopIteration")
                            }
                            Err(e) => {
                                if self.exc_matches_name(&e.0, "StopIteration") {
                                    pop!();
                                    let value = self.stop_iteration_value(&e.0);
                                    push(&mut f.stack, value);
                                } else {
                                    return Err((e, false));
                                }
                            }
                        }
                    }
                    Instruction::GetAwaitable(what) => {
                        let v = pop!();
                        push(
                            &mut f.stack,
                            tri!(super::coroutine::get_awaitable(self, v, what)),
                        );
                    }
                    Instruction::GetAiter => {
                        let v = pop!();
                        push(&mut f.stack, tri!(super::coroutine::get_aiter(self, v)));
                    }
                    Instruction::GetAnext => {
                        let awaitable = tri!(super::coroutine::get_anext(self, top!()));
                        push(&mut f.stack, awaitable);
                    }
                    Instruction::EndAsyncFor => {
                        if let Err(e) = super::coroutine::end_async_for(self, f) {
                            return Err((e, true));
                        }
                    }
                    Instruction::BeforeAsyncWith => {
                        let mgr = pop!();
                        let (exit, enter) = tri!(super::coroutine::before_async_with(self, mgr));
                        push(&mut f.stack, exit);
                        push(&mut f.stack, enter);
                    }
                    Instruction::SetupFinally(h) => f.blocks.push(Block::Finally {
                        handler: h,
                        level: f.stack.len() as u32,
                    }),
                    Instruction::SetupWith(h) => {
                        // BEFORE_WITH left `__exit__` and `__enter__`'s result: the handler's
                        // level keeps `__exit__` only (the result is popped or stored next), so an
                        // exception leaving an inner `with` drops its `__exit__` on the way out.
                        f.blocks.push(Block::Finally {
                            handler: h,
                            level: f.stack.len() as u32 - 1,
                        })
                    }
                    Instruction::BeforeWith => {
                        // CPython's BEFORE_WITH: bind `__enter__`, then `__exit__`, then call
                        // the bound `__enter__`.
                        let mgr = pop!();
                        let cls = mgr.class().clone();
                        let protocol = |vm: &Vm, extra: &str| {
                            vm.type_error(format!(
                                "'{}' object does not support the context manager protocol{extra}",
                                cls.type_data().map_or_else(|| "?".into(), |t| t.tp_name())
                            ))
                        };
                        let Some(enter) = self.lookup_special(&mgr, "__enter__") else {
                            return Err((protocol(self, ""), false));
                        };
                        let enter = tri!(self.bind_descriptor(&enter, Some(&mgr), &cls));
                        let Some(exit) = self.lookup_special(&mgr, "__exit__") else {
                            return Err((protocol(self, " (missed __exit__ method)"), false));
                        };
                        let exit = tri!(self.bind_descriptor(&exit, Some(&mgr), &cls));
                        // The manager's own reference goes before `__enter__` runs.
                        drop(mgr);
                        let enter = tri!(self.call1(&enter, &[]));
                        push(&mut f.stack, exit);
                        push(&mut f.stack, enter);
                    }
                    Instruction::PopBlock => {
                        f.blocks.pop();
                    }
                    Instruction::PopExcept => {
                        // The stack is left alone: a `return` inside a handler has its value on it.
                        if let Some(Block::ExceptHandler { .. }) = f.blocks.pop() {
                            let prev = f.saved_exc.pop().flatten();
                            let old = std::mem::replace(&mut self.handled_exc, prev);
                            drop(old);
                        }
                    }
                    Instruction::Reraise => {
                        let exc = pop!();
                        return Err((PyErr(exc), true));
                    }
                    Instruction::JumpIfNotExcMatch(t) => {
                        let typ = pop!();
                        let exc = top!().clone();
                        if !tri!(self.exception_matches(&exc, &typ)) {
                            *pc = t as usize;
                        }
                    }
                    Instruction::CheckEgMatch => tri!(self.check_eg_match(&mut f.stack)),
                    Instruction::PrepReraiseStar => tri!(self.prep_reraise_star(&mut f.stack)),
                    Instruction::WithExceptStart => {
                        let n = f.stack.len();
                        let exc = f.stack[n - 1].clone();
                        let exit = f.stack[n - 2].clone();
                        let tb = self
                            .exc_data(&exc)
                            .and_then(|e| e.traceback.borrow().clone())
                            .unwrap_or_else(|| self.none());
                        let r = tri!(self.call1(&exit, &[exc.class().clone(), exc, tb]));
                        push(&mut f.stack, r);
                    }
                    Instruction::RaiseVarargs(n) => {
                        let err = match n {
                            0 => match &self.handled_exc {
                                Some(e) => return Err((PyErr(e.clone()), true)),
                                None => self.runtime_error("No active exception to reraise"),
                            },
                            1 => {
                                let e = pop!();
                                match self.make_exception(&e) {
                                    Ok(exc) => {
                                        self.chain_context(&exc);
                                        PyErr(exc)
                                    }
                                    Err(e) => e,
                                }
                            }
                            _ => {
                                let cause = pop!();
                                let e = pop!();
                                match self.make_exception(&e) {
                                    Ok(exc) => {
                                        // `do_raise`: a class is called (its result is not
                                        // checked), an instance is kept, None clears the cause.
                                        let cause = if matches!(cause.payload, Payload::NoneValue) {
                                            None
                                        } else if is_exception_class(&cause) {
                                            Some(tri!(self.call1(&cause, &[])))
                                        } else if is_exception_instance(&cause) {
                                            Some(cause)
                                        } else {
                                            return Err((
                                        self.type_error(
                                            "exception causes must derive from BaseException",
                                        ),
                                        false,
                                    ));
                                        };
                                        if let Some(d) = self.exc_data(&exc) {
                                            let old = d.cause.replace(cause);
                                            drop(old);
                                            d.suppress_context.set(true);
                                        }
                                        self.chain_context(&exc);
                                        PyErr(exc)
                                    }
                                    Err(e) => e,
                                }
                            }
                        };
                        return Err((err, false));
                    }
                    Instruction::ImportName(i) => {
                        let fromlist = pop!();
                        let level = pop!();
                        let name = cd.names[i as usize].clone();
                        // `import_name`: `__import__` from the frame's builtins; the builtin one
                        // imports directly, a replacement is called.
                        let key = self.intern("__import__");
                        let import_func = match &f.builtins.payload {
                            Payload::Dict(d) => d.borrow().get_name(name_hash(&key), &key).cloned(),
                            _ => None,
                        };
                        let Some(import_func) = import_func else {
                            return Err((
                                self.new_error("ImportError", "__import__ not found"),
                                false,
                            ));
                        };
                        let m = if matches!(&import_func.payload,
                    Payload::Builtin(b) if b.name == "__import__" && b.owner.is_none())
                        {
                            tri!(self.import_name(&name, &fromlist, &level, &f.globals))
                        } else {
                            let locals = f.locals_dict.clone().unwrap_or_else(|| self.none());
                            let globals = f.globals.clone();
                            tri!(self.call1(&import_func, &[name, globals, locals, fromlist, level]))
                        };
                        push(&mut f.stack, m);
                    }
                    Instruction::ImportFrom(i) => {
                        let module = top!().clone();
                        let v = tri!(self.import_from(&module, &cd.names[i as usize]));
                        push(&mut f.stack, v);
                    }
                    Instruction::ImportStar => {
                        let module = pop!();
                        let target = f.locals_dict.clone().unwrap_or_else(|| f.globals.clone());
                        tri!(self.import_star(&module, &target));
                    }
                    Instruction::GetLen => {
                        let n = tri!(self.len(top!()));
                        push(&mut f.stack, self.int(n as i64));
                    }
                    Instruction::MatchMapping => {
                        let r = self.match_mapping(top!());
                        push(&mut f.stack, self.bool(r));
                    }
                    Instruction::MatchSequence => {
                        let r = self.match_sequence(top!());
                        push(&mut f.stack, self.bool(r));
                    }
                    Instruction::MatchKeys => {
                        let n = f.stack.len();
                        let keys = f.stack[n - 1].clone();
                        let subject = f.stack[n - 2].clone();
                        let r = tri!(self.match_mapping_keys(&subject, &keys));
                        push(&mut f.stack, r);
                    }
                    Instruction::MatchClass(count) => {
                        let names = pop!();
                        let cls = pop!();
                        let subject = pop!();
                        let r =
                            tri!(self.match_class_pattern(&subject, &cls, count as usize, &names));
                        push(&mut f.stack, r);
                    }
                    Instruction::CopyDictWithoutKeys => {
                        let keys = pop!();
                        let subject = top!().clone();
                        let d = self.dict();
                        tri!(self.dict_merge(&d, &subject, false));
                        if let Payload::Dict(dd) = &d.payload {
                            for k in keys.tuple_items().unwrap_or(&[]) {
                                tri!(self.dict_remove(dd, k));
                            }
                        }
                        push(&mut f.stack, d);
                    }
                    Instruction::SetupAnnotations => {
                        let target = f.locals_dict.clone().unwrap_or_else(|| f.globals.clone());
                        if let Payload::Dict(d) = &target.payload {
                            let key = self.intern("__annotations__");
                            if d.borrow()
                                .get_str(name_hash(&key), "__annotations__")
                                .is_none()
                            {
                                let ann = self.dict();
                                self.dict_set_str(d, &key, ann);
                            }
                        }
                    }
                    Instruction::PrintExpr => {
                        let v = pop!();
                        tri!(self.display_hook(&v));
                    }
                }
            }
            if self.after_instruction::<TRACE>(f, &cd.code) {
                return Ok(Flow::Suspend);
            }
        }
    }

    /// Calls `func` with the arguments on the value stack from index `first` (keyword
    /// values last, named by `kwnames`). A Python function's arguments *move* into its new
    /// frame, as CPython 3.11 steals them from the caller's stack, so inside the callee an
    /// argument is counted once per name, not also by the caller's stack. The caller
    /// truncates the stack afterwards. `None`: the uninstrumented loop (`!TRACE`) is to
    /// run the Python function's frame inline, entered (see
    /// [`InlineFrame`](super::frame_stack::InlineFrame)), when nothing observes frames and
    /// the arguments bind by the fast paths.
    fn call_from_stack<const TRACE: bool>(
        &mut self,
        f: &mut FrameData,
        cd: &CodeData,
        func: PyRef,
        first: usize,
        kwnames: &[PyRef],
        unpack_bound: bool,
    ) -> Option<PyResult> {
        let mut func = func;
        if let Payload::BoundMethod {
            func: inner,
            receiver,
        } = &func.payload
        {
            if unpack_bound && matches!(inner.payload, Payload::Function(_)) {
                // CPython unpacks a bound method called as a plain callable into function
                // and self on the stack, and lets go of the method object before the call.
                let (inner, receiver) = (inner.clone(), receiver.clone());
                f.stack.insert(first, receiver);
                func = inner;
            }
        }
        match &func.payload {
            Payload::Builtin(b) if b.fast != FastBuiltin::None && kwnames.is_empty() => {
                if let Some(r) = self.call_fast_builtin(b, &f.stack[first..]) {
                    return Some(r);
                }
            }
            Payload::Type(_) if kwnames.is_empty() && f.stack.len() == first + 1 => {
                if let Some(r) = self.call_fast_type(&func, &f.stack[first]) {
                    return Some(r);
                }
            }
            _ => {}
        }
        Some(match &func.payload {
            Payload::Function(function) => {
                // The arguments move from this stack into the callee's locals, as 3.11's
                // frames take them over.
                let n = f.stack.len() - first;
                let inline = !TRACE && !self.observed();
                if kwnames.is_empty() {
                    if let Some(missing) = super::call::positional_shortfall(function, n) {
                        let stack = &mut f.stack;
                        return self.call_or_enter(func, inline, |function, locals| {
                            let (given, rest) = locals.split_at_mut(n);
                            move_args(stack, given);
                            if missing > 0 {
                                super::call::fill_defaults(function, &mut rest[..missing]);
                            }
                        });
                    }
                }
                if let Some(plan) = super::call::keyword_plan(function, n - kwnames.len(), kwnames)
                {
                    let stack = &mut f.stack;
                    return self.call_or_enter(func, inline, move |_, locals| {
                        plan.fill(locals, |positional, keyword| {
                            for k in (0..kwnames.len()).rev() {
                                if let Some(v) = stack.pop() {
                                    keyword(k, v);
                                }
                            }
                            move_args(stack, positional);
                        });
                    });
                }
                let frame = match self.make_frame(
                    function,
                    Args {
                        args: &f.stack[first..],
                        kwnames,
                    },
                ) {
                    Ok(frame) => frame,
                    Err(e) => return Some(Err(e)),
                };
                truncate_stack(&mut f.stack, first);
                self.run_function_frame(&func, function, frame)
            }
            Payload::Type(_) if first == f.stack.len() && func.is(&self.types.super_type) => {
                self.super_from_frame(f, cd)
            }
            // Builtins that read the calling frame (CPython reads it through the thread state).
            Payload::Builtin(b)
                if first == f.stack.len()
                    && b.owner.is_none()
                    && FRAME_BUILTINS.contains(&b.name) =>
            {
                self.frame_builtin(f, cd, b.name)
            }
            // `exec` / `eval` default to the calling frame's namespaces.
            Payload::Builtin(b) if b.owner.is_none() && matches!(b.name, "exec" | "eval") => {
                let args = Args {
                    args: &f.stack[first..],
                    kwnames,
                };
                crate::builtins::exec::call_from_frame(self, f, cd, b.name, args)
            }
            Payload::Builtin(b) => self.call_builtin(
                &func,
                b,
                Args {
                    args: &f.stack[first..],
                    kwnames,
                },
            ),
            // `str(x)` and `type(x)` without `type.__call__`'s general path. `str` has no
            // vectorcall in 3.11: the tuple `_PyObject_MakeTpCall` packs its argument in
            // is alive during `PyObject_Str` (as `gc.get_count()` and the argument's count
            // show), the argument itself is borrowed from this stack; the recursion check
            // is `PyObject_Str`'s own, as at a specialized site (see `call_type`).
            Payload::Type(_) if kwnames.is_empty() && f.stack.len() == first + 1 => {
                let arg = &f.stack[first];
                if func.is(&self.types.str_type) {
                    let _tp_call_args = self.tp_call_args(Args::new(&f.stack[first..]));
                    self.to_str(arg)
                } else if func.is(&self.types.type_type) {
                    Ok(arg.class().clone())
                } else {
                    self.call_type(&func, Args::new(&f.stack[first..]))
                }
            }
            _ => self.call(
                &func,
                Args {
                    args: &f.stack[first..],
                    kwnames,
                },
            ),
        })
    }

    /// A comparison's native result: when the next instruction is a conditional jump on
    /// it (an `if` or `while` test), the jump happens here and that instruction is
    /// skipped, as 3.11's `COMPARE_OP_INT_JUMP` does; otherwise the bool is pushed.
    /// Never under a line hook, which must see every instruction.
    #[inline(always)]
    fn push_bool_or_jump(&mut self, f: &mut FrameData, cd: &CodeData, r: bool, pc: &mut usize) {
        let jump = match cd.code.instructions.get(*pc) {
            Some(&Instruction::PopJumpIfFalse(t)) => Some((t, !r)),
            Some(&Instruction::PopJumpIfTrue(t)) => Some((t, r)),
            _ => None,
        };
        match jump {
            Some((t, taken)) if !self.traced() => {
                *pc = if taken { t as usize } else { *pc + 1 };
            }
            _ => push(&mut f.stack, self.bool(r)),
        }
    }

    /// `globals()`, `locals()`, `vars()` and `dir()` without arguments.
    fn frame_builtin(&mut self, f: &FrameData, cd: &CodeData, name: &str) -> PyResult {
        let namespace = match name {
            "globals" => return Ok(f.globals.clone()),
            _ => match &f.locals_dict {
                Some(d) => d.clone(),
                None => self.fast_locals_dict(f, cd),
            },
        };
        match name {
            "dir" => {
                let mut keys = match &namespace.payload {
                    Payload::Dict(d) => d.borrow().keys().cloned().collect::<Vec<_>>(),
                    _ => Vec::new(),
                };
                keys.sort_by(|a, b| a.as_str_opt().cmp(&b.as_str_opt()));
                Ok(self.list(keys))
            }
            _ => Ok(namespace),
        }
    }

    /// A snapshot dict of a function frame's bound local variables (`locals()`).
    pub(crate) fn fast_locals_dict(&mut self, f: &FrameData, cd: &CodeData) -> PyRef {
        let code = &cd.code;
        let d = f.fast_locals_cache.get_or_init(|| self.dict()).clone();
        let Payload::Dict(dd) = &d.payload else {
            return d;
        };
        // `_PyFrame_FastToLocalsWithError`: bound names are set, unbound ones removed.
        let cell_values = f.cells.iter().map(|cell| match &cell.payload {
            Payload::Cell(c) => c.borrow().clone(),
            _ => None,
        });
        let names = code
            .varnames
            .iter()
            .chain(&code.cellvars)
            .chain(&code.freevars);
        let values: Vec<Option<PyRef>> = f.locals.iter().cloned().chain(cell_values).collect();
        // A cleared frame (`frame.clear()`) has no cells left: its names are unbound.
        let values = values.into_iter().chain(std::iter::repeat(None));
        for (name, value) in names.zip(values) {
            let k = self.intern(name);
            match value {
                Some(v) => self.dict_set_str(dd, &k, v),
                None => {
                    let mut table = dd.borrow_mut();
                    let removed = table
                        .index_of_name(name_hash(&k), &k)
                        .and_then(|i| table.remove_index(i));
                    drop(table);
                    drop(removed);
                }
            }
        }
        d
    }

    /// Zero-argument `super()`: the `__class__` cell and the first argument of the calling
    /// frame, as CPython's `super_init_without_args` reads them.
    fn super_from_frame(&mut self, f: &FrameData, cd: &CodeData) -> PyResult {
        let code = &cd.code;
        // `super_init_without_args`' order: a first parameter (a `*args` is none), still
        // bound, then the `__class__` cell.
        if code.argcount == 0 {
            return Err(self.runtime_error("super(): no arguments"));
        }
        let first = match code.cell2arg.iter().position(|a| *a == Some(0)) {
            Some(cell) => match &f.cells[cell].payload {
                Payload::Cell(c) => c.borrow().clone(),
                _ => None,
            },
            None => f.locals.first().cloned().flatten(),
        };
        let Some(obj) = first else {
            return Err(self.runtime_error("super(): arg[0] deleted"));
        };
        let Some(pos) = code.freevars.iter().position(|v| v == "__class__") else {
            return Err(self.runtime_error("super(): __class__ cell not found"));
        };
        let class = match &f.cells[code.cellvars.len() + pos].payload {
            Payload::Cell(c) => c.borrow().clone(),
            _ => None,
        };
        let Some(class) = class else {
            return Err(self.runtime_error("super(): empty __class__ cell"));
        };
        if !matches!(class.payload, Payload::Type(_)) {
            return Err(self.runtime_error(format!(
                "super(): __class__ is not a type ({})",
                class.class_name()
            )));
        }
        let super_type = self.types.super_type.clone();
        crate::objects::constructors::checked_super(self, &super_type, class, obj)
    }

    /// What a pending interrupt raises: `KeyboardInterrupt`, or `MemoryError` / a stop
    /// for a limit (see `vm::interrupt`).
    fn keyboard_interrupt(&self) -> PyErr {
        super::interrupt::exception(self)
    }

    fn cell_name(&self, cd: &CodeData, i: usize) -> String {
        let code = &cd.code;
        if i < code.cellvars.len() {
            code.cellvars[i].clone()
        } else {
            code.freevars
                .get(i - code.cellvars.len())
                .cloned()
                .unwrap_or_default()
        }
    }

    /// `LOAD_FAST`'s value: a new reference to local `i`, or UnboundLocalError.
    #[inline(always)]
    fn load_fast(&self, f: &FrameData, cd: &CodeData, i: u32) -> PyResult {
        match &f.locals[i as usize] {
            Some(v) => Ok(v.clone()),
            None => Err(self.unbound_local(&cd.code.varnames[i as usize])),
        }
    }

    /// `FOR_ITER`'s step: the iterator's next value, or `None` once it is exhausted (the
    /// iterator popped, `pc` at the loop's exit).
    #[inline(always)]
    fn for_iter_next(
        &mut self,
        f: &mut FrameData,
        exit: usize,
        pc: &mut usize,
    ) -> PyResult<Option<PyRef>> {
        let it = f.stack.last().expect("stack underflow");
        if let Some(v) = self.iterator_next_fast(it) {
            return Ok(Some(v));
        }
        // The iterator stays on the stack, uncounted by the step, as CPython's
        // `FOR_ITER` calls `tp_iternext` on it (counts seen inside a generator agree).
        match self.next(it)? {
            Some(v) => Ok(Some(v)),
            None => {
                f.stack.pop();
                *pc = exit;
                Ok(None)
            }
        }
    }

    /// The `STORE_FAST` that starts a superinstruction; false when the store queued a
    /// finalizer: the superinstruction stops there, and the loop runs the finalizer and
    /// then the next instruction on its own (so `__del__` runs between the two, as it
    /// would without the superinstruction).
    #[inline(always)]
    fn store_fast_first_half(&mut self, f: &mut FrameData, local: u16, pc: &mut usize) -> bool {
        let v = f.stack.pop().expect("stack underflow");
        store_fast(f, local.into(), v);
        if has_pending() {
            return false;
        }
        self.enter_second_half(pc);
        true
    }

    /// `ForIterStoreFast`: the loop head and the store of its value; the store is left to
    /// its own instruction when the step queued finalizers (they run first).
    #[inline(always)]
    fn for_iter_store(
        &mut self,
        f: &mut FrameData,
        exit: u16,
        local: u16,
        pc: &mut usize,
    ) -> PyResult<()> {
        let Some(v) = self.for_iter_next(f, exit.into(), pc)? else {
            return Ok(());
        };
        if has_pending() {
            push(&mut f.stack, v);
            return Ok(());
        }
        self.enter_second_half(pc);
        store_fast(f, local.into(), v);
        Ok(())
    }

    /// A superinstruction moves on to its second half: errors, line numbers and `f_lasti`
    /// now report the second instruction, as if the loop had dispatched it.
    #[inline(always)]
    fn enter_second_half(&mut self, pc: &mut usize) {
        self.current_lasti = *pc;
        *pc += 1;
    }

    /// `LOAD_ATTR` past its inline hit: `[obj] -> [obj.names[i]]`.
    #[inline(never)]
    fn load_attr_miss(&mut self, f: &mut FrameData, cd: &CodeData, i: u32) -> PyResult<()> {
        let (name, site) = (&cd.names[i as usize], &cd.attr_sites[i as usize]);
        let obj = f.stack.pop().expect("stack underflow");
        let v = if self.is_locals_of_running(&obj, name) {
            // The running code's own frame: its locals are at hand only here.
            self.frame_builtin(f, cd, "locals")
        } else {
            self.getattr_cached(site, &obj, name)
        };
        drop(obj);
        push(&mut f.stack, v?);
        Ok(())
    }

    /// `LOAD_METHOD` past its inline hit: `[obj] -> [func, obj]`, or `[attr, NULL]` when
    /// the name is not a method found on the class.
    #[inline(never)]
    fn load_method_miss(&mut self, f: &mut FrameData, cd: &CodeData, i: u32) -> PyResult<()> {
        let (name, site) = (&cd.names[i as usize], &cd.attr_sites[i as usize]);
        let obj = f.stack.pop().expect("stack underflow");
        match self.load_method_cached(site, &obj, name)? {
            Some(func) => {
                push(&mut f.stack, func);
                push(&mut f.stack, obj);
            }
            None => {
                let v = self.getattr_cached(site, &obj, name)?;
                drop(obj);
                push(&mut f.stack, v);
                push(&mut f.stack, self.null_marker());
            }
        }
        Ok(())
    }

    fn unbound_local(&self, name: &str) -> PyErr {
        self.new_error(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    /// `LOAD_GLOBAL`: globals, then builtins; NameError otherwise. When either is not an
    /// exact dict, both are read with `PyObject_GetItem` (a `KeyError` means "not there").
    pub fn load_global(&mut self, globals: &PyRef, builtins: &PyRef, name: &PyRef) -> PyResult {
        let hash = name_hash(name);
        let exact = |o: &PyRef| o.class().is(&self.types.dict_type);
        if let (Payload::Dict(g), Payload::Dict(b), true, true) = (
            &globals.payload,
            &builtins.payload,
            exact(globals),
            exact(builtins),
        ) {
            if let Some(v) = g.borrow().get_name(hash, name) {
                return Ok(v.clone());
            }
            if let Some(v) = b.borrow().get_name(hash, name) {
                return Ok(v.clone());
            }
            return Err(self.name_error(name.as_str_opt().unwrap_or("")));
        }
        for ns in [globals, builtins] {
            match self.getitem(ns, name) {
                Ok(v) => return Ok(v),
                Err(e) if self.exc_matches_name(&e.0, "KeyError") => {}
                Err(e) => return Err(e),
            }
        }
        Err(self.name_error(name.as_str_opt().unwrap_or("")))
    }

    /// `LOAD_NAME` past the locals: the globals' own entries (`PyDict_GetItemWithError`,
    /// whatever their class), then the builtins (`PyObject_GetItem` unless an exact dict).
    fn load_name_global(&mut self, globals: &PyRef, builtins: &PyRef, name: &PyRef) -> PyResult {
        let hash = name_hash(name);
        if let Payload::Dict(d) = &globals.payload {
            if let Some(v) = d.borrow().get_name(hash, name) {
                return Ok(v.clone());
            }
        }
        match &builtins.payload {
            Payload::Dict(b) if builtins.class().is(&self.types.dict_type) => {
                if let Some(v) = b.borrow().get_name(hash, name) {
                    return Ok(v.clone());
                }
            }
            _ => match self.getitem(builtins, name) {
                Ok(v) => return Ok(v),
                Err(e) if self.exc_matches_name(&e.0, "KeyError") => {}
                Err(e) => return Err(e),
            },
        }
        Err(self.name_error(name.as_str_opt().unwrap_or("")))
    }

    fn delete_name_in(&mut self, target: &PyRef, name: &PyRef) -> PyResult<()> {
        if let Payload::Dict(d) = &target.payload {
            let s = name.as_str_opt().unwrap_or("");
            let idx = d.borrow().index_of_str(name_hash(name), s);
            return match idx {
                Some(i) => {
                    let removed = d.borrow_mut().remove_index(i);
                    drop(removed);
                    Ok(())
                }
                None => Err(self.name_error(s)),
            };
        }
        self.delitem(target, name)
    }

    /// The null half of a `LoadMethod` pair when the attribute was not a plain method.
    fn null_marker(&self) -> PyRef {
        self.null_marker.clone()
    }

    /// `LoadMethod`: a function found on the class (not shadowed by the instance) is returned
    /// unbound, saving the bound-method allocation.
    pub(super) fn load_method(&mut self, obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
        // Only objects with the generic attribute lookup qualify (CPython checks for
        // `PyObject_GenericGetAttr`): classes, modules and super objects look up differently.
        if matches!(
            obj.payload,
            Payload::Type(_) | Payload::Module(_) | Payload::Super { .. }
        ) {
            return Ok(None);
        }
        let s = name.as_str_opt().unwrap_or("");
        let Some(attr) = self.lookup_in_mro_hashed(obj.class(), s, name_hash(name)) else {
            return Ok(None);
        };
        let plain = match &attr.payload {
            Payload::Function(_) => true,
            Payload::Builtin(b) => b.owner.is_some() && b.receiver.is_none(),
            _ => false,
        };
        if !plain {
            return Ok(None);
        }
        // An instance's own attributes are read where they are (inline values stay
        // inline, as `_PyObject_GetMethod` reads them without making a dict).
        let shadowed = match &obj.payload {
            Payload::Instance(_) => self.instance_has(obj, name, u32::MAX),
            _ => self
                .instance_dict(obj)
                .is_some_and(|d| d.borrow().get_name(name_hash(name), name).is_some()),
        };
        if shadowed {
            return Ok(None);
        }
        // A `__getattribute__` written in Python sees every lookup (builtin types cannot
        // have one: the flag is only set for heap types).
        if self
            .class_flags(obj.class())
            .has(crate::objects::method_cache::ClassFlags::GETATTRIBUTE)
        {
            return Ok(None);
        }
        Ok(Some(attr))
    }

    pub(crate) fn make_function(
        &mut self,
        code: PyRef,
        globals: PyRef,
        defaults: Option<PyRef>,
        kwdefaults: Option<PyRef>,
        closure: Option<PyRef>,
        annotations: Option<PyRef>,
    ) -> PyRef {
        let (name, qualname, doc) = match &code.payload {
            Payload::Code(cd) => (
                cd.strings.name.clone(),
                cd.strings.qualname.clone(),
                cd.doc().cloned().unwrap_or_else(|| self.none()),
            ),
            _ => (self.none(), self.none(), self.none()),
        };
        let module = match &globals.payload {
            Payload::Dict(d) => d
                .borrow()
                .get_str(crate::static_str_hash!("__name__"), "__name__")
                .cloned(),
            _ => None,
        }
        .unwrap_or_else(|| self.none());
        let builtins = self.builtins_from_globals(&globals);
        let Payload::Code(cd) = &code.payload else {
            unreachable!("MAKE_FUNCTION's code is a code object")
        };
        let shape = crate::objects::function::CallShape::new(&cd.code, closure.as_ref());
        PyRef::new(
            &self.types.function_type,
            Payload::Function(Box::new(Function {
                shape,
                code,
                globals,
                builtins,
                name: RefCell::new(name),
                qualname: RefCell::new(qualname),
                module: RefCell::new(module),
                doc: RefCell::new(doc),
                defaults: RefCell::new(defaults),
                kwdefaults: RefCell::new(kwdefaults),
                closure,
                annotations: RefCell::new(annotations),
                dict: RefCell::new(None),
            })),
        )
    }

    /// `f(*args, **kwargs)`.
    /// `CALL_FUNCTION_EX`: positional arguments that are not a tuple become one
    /// (`PySequence_Tuple`), and the original goes at once; the call borrows the tuple's
    /// items, so each argument counts once for the tuple (and once for the callee's local).
    fn call_ex(&mut self, func: &PyRef, args: PyRef, kwargs: Option<&PyRef>) -> PyResult {
        let args = if args.class().is(&self.types.tuple_type) {
            args
        } else {
            // `check_args_iterable`: neither `__iter__` nor a sequence.
            if self.cannot_unpack(&args) {
                let what = self.function_str(func);
                return Err(self.type_error(format!(
                    "{what} argument after * must be an iterable, not {}",
                    args.class_name()
                )));
            }
            let items = self.iterate(&args)?;
            drop(args);
            self.tuple(items)
        };
        let positional = args.tuple_items().unwrap_or(&[]);
        let no_keywords = kwargs.is_none_or(|kw| match &kw.payload {
            Payload::Dict(d) => d.borrow().is_empty(),
            _ => true,
        });
        if no_keywords {
            return self.call(func, Args::new(positional));
        }
        let mut all = positional.to_vec();
        let mut names = Vec::new();
        if let Some(kw) = kwargs {
            if let Payload::Dict(d) = &kw.payload {
                let entries: Vec<(PyRef, PyRef)> = d.borrow().snapshot();
                for (k, v) in entries {
                    if k.as_str_opt().is_none() {
                        return Err(self.type_error("keywords must be strings"));
                    }
                    names.push(k);
                    all.push(v);
                }
            }
        }
        self.call(
            func,
            Args {
                args: &all,
                kwnames: &names,
            },
        )
    }

    /// `format_kwargs_error`: what `f(**m)` raises when `m` is not a mapping (its `keys`
    /// lookup failed) or repeats a keyword (a `KeyError` of the key); other errors pass.
    fn kwargs_error(&mut self, err: PyErr, func: &PyRef, m: &PyRef) -> PyErr {
        if self.exc_matches_name(&err.0, "AttributeError") {
            let what = self.function_str(func);
            return self.type_error(format!(
                "{what} argument after ** must be a mapping, not {}",
                m.class_name()
            ));
        }
        if self.exc_matches_name(&err.0, "KeyError") {
            let args = self
                .exc_data(&err.0)
                .map(|e| e.args.borrow().clone())
                .and_then(|a| a.tuple_items().map(<[PyRef]>::to_vec));
            if let Some([key]) = args.as_deref() {
                let what = self.function_str(func);
                let key = match self.to_str(key) {
                    Ok(s) => s.as_str_opt().unwrap_or("").to_string(),
                    Err(e) => return e,
                };
                return self.type_error(format!(
                    "{what} got multiple values for keyword argument '{key}'"
                ));
            }
        }
        err
    }

    /// `_PyObject_FunctionStr`: `module.qualname()` for a callable outside `builtins`,
    /// `qualname()` inside it, and `str(func)` for one without a `__qualname__`.
    fn function_str(&mut self, func: &PyRef) -> String {
        let qualname = match self.getattr_opt(func, "__qualname__") {
            Ok(Some(q)) => q.as_str_opt().map(str::to_string),
            _ => None,
        };
        let Some(qualname) = qualname else {
            return match self.to_str(func) {
                Ok(s) => s.as_str_opt().unwrap_or("").to_string(),
                Err(_) => String::new(),
            };
        };
        let module = match self.getattr_opt(func, "__module__") {
            Ok(Some(m)) => m.as_str_opt().map(str::to_string),
            _ => None,
        };
        match module {
            Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
            _ => format!("{qualname}()"),
        }
    }

    /// `_PyErr_SetObject`'s implicit chaining, at a raise: the handled exception becomes
    /// `exc`'s context (replacing any), after `exc` is cut out of the handled exception's
    /// context chain so that no new cycle forms (Floyd's walk stops at an old cycle).
    pub(crate) fn chain_context(&mut self, exc: &PyRef) {
        let Some(handled) = self.handled_exc.clone() else {
            return;
        };
        if handled.is(exc) {
            return;
        }
        let context_of =
            |vm: &Vm, o: &PyRef| vm.exc_data(o).and_then(|d| d.context.borrow().clone());
        let (mut o, mut slow) = (handled.clone(), handled.clone());
        let mut toggle = false;
        while let Some(context) = context_of(self, &o) {
            if context.is(exc) {
                if let Some(d) = self.exc_data(&o) {
                    let old = d.context.replace(None);
                    drop(old);
                }
                break;
            }
            o = context;
            if o.is(&slow) {
                break;
            }
            if toggle {
                slow = context_of(self, &slow).unwrap_or_else(|| slow.clone());
            }
            toggle = !toggle;
        }
        if let Some(d) = self.exc_data(exc) {
            let old = d.context.replace(Some(handled));
            drop(old);
        }
    }

    /// `raise X`: an exception class is instantiated; anything else must be an instance.
    fn make_exception(&mut self, e: &PyRef) -> PyResult {
        if let Payload::Type(_) = &e.payload {
            if is_exception_class(e) {
                let inst = self.call1(e, &[])?;
                if !is_exception_instance(&inst) {
                    let (e_repr, t_repr) = (self.repr(e)?, self.repr(inst.class())?);
                    return Err(self.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        e_repr.as_str_opt().unwrap_or(""),
                        t_repr.as_str_opt().unwrap_or("")
                    )));
                }
                return Ok(inst);
            }
        } else if is_exception_instance(e) {
            return Ok(e.clone());
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// `except typ:` matching (a class or a tuple of classes).
    fn exception_matches(&mut self, exc: &PyRef, typ: &PyRef) -> PyResult<bool> {
        if let Some(items) = typ.tuple_items() {
            for t in items {
                if self.exception_matches(exc, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if !is_exception_class(typ) {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(self.isinstance(exc, typ))
    }

    pub fn stop_iteration_value(&self, exc: &PyRef) -> PyRef {
        self.exc_data(exc)
            .and_then(|e| {
                e.args
                    .borrow()
                    .tuple_items()
                    .and_then(|t| t.first().cloned())
            })
            .unwrap_or_else(|| self.none())
    }

    /// Unpacks exactly `n` items (or `n` before and `after` after a starred rest).
    fn unpack(&mut self, seq: &PyRef, n: usize, after: Option<usize>) -> PyResult<Vec<PyRef>> {
        // Subclasses may define `__iter__`: only the exact types are read in place.
        let items = match &seq.payload {
            Payload::Tuple(t) if seq.class().is(&self.types.tuple_type) => t.to_vec(),
            Payload::List(l) if seq.class().is(&self.types.list_type) => l.borrow().clone(),
            _ => {
                let it = match self.iter(seq) {
                    Ok(it) => it,
                    Err(e)
                        if self.exc_matches_name(&e.0, "TypeError")
                            && self.lookup_special(seq, "__getitem__").is_none() =>
                    {
                        return Err(self.type_error(format!(
                            "cannot unpack non-iterable {} object",
                            seq.class_name()
                        )));
                    }
                    Err(e) => return Err(e),
                };
                // Without a starred target, stop one item past `n`: an endless iterator
                // still gets "too many values" (`unpack_iterable`).
                let limit = if after.is_none() { n + 1 } else { usize::MAX };
                let mut items = Vec::new();
                while items.len() < limit {
                    match self.next(&it)? {
                        Some(v) => items.push(v),
                        None => break,
                    }
                }
                items
            }
        };
        match after {
            None => {
                if items.len() != n {
                    return Err(if items.len() > n {
                        self.value_error(format!("too many values to unpack (expected {n})"))
                    } else {
                        self.value_error(format!(
                            "not enough values to unpack (expected {}, got {})",
                            n,
                            items.len()
                        ))
                    });
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < n + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n + after,
                        items.len()
                    )));
                }
                // The items move into place (no second copy): `before` targets, the list of
                // the middle ones, then `after` targets.
                let mut out = items;
                let tail = out.split_off(out.len() - after);
                let rest = out.split_off(n);
                out.push(self.list(rest));
                out.extend(tail);
                Ok(out)
            }
        }
    }

    /// `{**m}` / `f(**m)` (`DICT_UPDATE` / `DICT_MERGE`): `m`'s items into dict `d`; with
    /// `reject_dupes`, a key `d` already has is an error (a repeated keyword).
    pub fn dict_merge(&mut self, d: &PyRef, m: &PyRef, reject_dupes: bool) -> PyResult<()> {
        use crate::objects::methods::dict_methods::{dict_merge, OnDuplicate};
        let Payload::Dict(dd) = &d.payload else {
            return Ok(());
        };
        let on_duplicate = if reject_dupes {
            OnDuplicate::Raise
        } else {
            OnDuplicate::Replace
        };
        if dict_merge(self, dd, m, on_duplicate)? {
            return Ok(());
        }
        Err(if reject_dupes {
            // `format_kwargs_error` turns this into "argument after ** must be a mapping".
            self.new_error(
                "AttributeError",
                format!("'{}' object has no attribute 'keys'", m.class_name()),
            )
        } else {
            self.type_error(format!("'{}' object is not a mapping", m.class_name()))
        })
    }

    /// The REPL's echo of an expression statement.
    fn display_hook(&mut self, v: &PyRef) -> PyResult<()> {
        // `sys.displayhook` when the script (or `doctest`) replaced it, or sys.py's own.
        if let Some(sys) = self.sys_module.clone() {
            if let Some(hook) = self.getattr_opt(&sys, "displayhook")? {
                return self.call1(&hook, std::slice::from_ref(v)).map(drop);
            }
        }
        if matches!(v.payload, Payload::NoneValue) {
            return Ok(());
        }
        let r = self.repr(v)?;
        self.write_stdout(r.as_str_opt().unwrap_or(""));
        self.write_stdout("\n");
        let key = self.intern("_");
        if let Payload::Dict(d) = &self.builtins_dict.clone().payload {
            self.dict_set_str(d, &key, v.clone());
        }
        Ok(())
    }
}

thread_local! {
    /// Where Python code is running (file, line), kept only while allocations are traced.
    static LOCATION: std::cell::RefCell<(Option<std::rc::Rc<str>>, u32)> =
        const { std::cell::RefCell::new((None, 0)) };
}

impl Vm {
    /// Once a frame returned or yielded, what runs is its caller again: allocations go to
    /// the caller's line (CPython's `tracemalloc` reads the line of the frame on top),
    /// not to the line the callee ended on, until the caller's next instruction sets it.
    /// A class body's frame ends before `__build_class__` makes the class, for one.
    fn restore_caller_location(&self, caller_lasti: usize) {
        let Some(caller) = self.active_frames.last() else {
            return;
        };
        // SAFETY: `enter_frame` pushes pointers to references held until `leave_frame`
        // pops the entry, so they are alive while the entry is on the stack.
        let code = unsafe { &*caller.code };
        if let Payload::Code(cd) = &code.payload {
            set_location(&cd.code.filename, cd.code.line_of(caller_lasti));
        }
    }
}

impl Vm {
    /// Runs the queued finalizers of `code`'s running instruction, out of the dispatch
    /// loop's way (callers check `has_pending` first). A finalizer's warning points at
    /// that instruction (`coroutine.rs`).
    #[inline(never)]
    fn run_pending_at(&mut self, code: &crate::bytecode::CodeObject) {
        set_location(&code.filename, code.line_of(self.current_lasti));
        self.run_pending();
    }
}

fn set_location(file: &std::rc::Rc<str>, line: u32) {
    LOCATION.with(|l| {
        let mut l = l.borrow_mut();
        if !l.0.as_ref().is_some_and(|f| std::rc::Rc::ptr_eq(f, file)) {
            l.0 = Some(file.clone());
        }
        l.1 = line;
    });
}

/// The file and line of the Python code running now, while `Vm::trace_allocs` is set
/// (`tracemalloc` attributes each allocation to it).
pub fn current_location() -> Option<(std::rc::Rc<str>, u32)> {
    LOCATION.with(|l| {
        let l = l.borrow();
        l.0.clone().map(|f| (f, l.1))
    })
}

/// Builtins answered from the calling frame when called without arguments.
const FRAME_BUILTINS: [&str; 4] = ["globals", "locals", "vars", "dir"];

/// The callable of a call at `stack[base]`, taken out for the call (which owns it, as
/// CPython's frame owns `f_func`), leaving in its slot an *uncounted* copy of the
/// immortal, untracked null marker: the slot is not read while the call runs (the callee
/// has its own stack; the collector ignores an untracked object), and
/// [`drop_call_slots`] lets it go without a release. A counted placeholder cost an
/// increment and a release test per call.
#[inline(always)]
fn take_callable(stack: &mut [PyRef], base: usize, null_marker: &PyRef) -> PyRef {
    debug_assert!(null_marker.is_immortal() && null_marker.gc.get().is_none());
    let slot: *mut PyRef = &mut stack[base];
    // SAFETY: `slot` is an initialized element: its reference moves out to the caller,
    // and the bitwise copy of the null marker written in its place is never released
    // (see `drop_call_slots`), so no count changes and none is lost.
    unsafe {
        let func = std::ptr::read(slot);
        std::ptr::write(slot, std::ptr::read(null_marker));
        func
    }
}

/// What a call leaves of its slots, from `base` up, once it returned: the callable's slot
/// (the uncounted null marker [`take_callable`] left), and usually nothing else, since a
/// Python function's arguments moved into its frame. The arguments left are released
/// bottom up, first argument first, as `CALL` clears its stack after a C call.
#[inline(always)]
fn drop_call_slots(stack: &mut Vec<PyRef>, base: usize) {
    match stack.len() - base {
        // SAFETY: the one slot left, at `base`, holds the uncounted marker: shortening
        // the stack forgets it.
        1 => unsafe { stack.set_len(base) },
        2 => {
            let arg = stack.pop();
            // SAFETY: as above, once the argument above the marker is off the stack.
            unsafe { stack.set_len(base) };
            drop(arg);
        }
        _ => drop_slots_in_order(stack, base),
    }
}

/// [`drop_call_slots`] of a call that left more than two slots.
#[inline(never)]
fn drop_slots_in_order(stack: &mut Vec<PyRef>, base: usize) {
    stack.drain(base + 1..).for_each(drop);
    // SAFETY: as in `drop_call_slots`: the last slot left is the uncounted marker.
    unsafe { stack.set_len(base) };
}

/// `STORE_FAST`: the old value goes (its finalizer, if it was the last reference, queued).
#[inline(always)]
fn store_fast(f: &mut FrameData, i: usize, v: PyRef) {
    let old = f.locals[i].replace(v);
    drop(old);
}

/// Moves a call's arguments from the top of the value stack into the callee's first
/// locals (as many as `slots`, all empty: a blank frame's), in order. A bitwise move, as
/// 3.11 copies the stack's pointers into `localsplus`: popping each (a bounds check) and
/// storing it over the empty slot (a drop check) cost 15 instructions per argument.
#[inline(always)]
fn move_args(stack: &mut Vec<PyRef>, slots: &mut [Option<PyRef>]) {
    let n = slots.len();
    let Some(from) = stack.len().checked_sub(n) else {
        unreachable!("a call's arguments are on its stack")
    };
    debug_assert!(slots.iter().all(Option::is_none));
    // SAFETY: the `n` values from `from` are initialized; the length drops to `from` first,
    // so each is owned once, by its slot. The slots are empty, so overwriting them without
    // dropping loses nothing.
    unsafe {
        stack.set_len(from);
        let src = stack.as_ptr().add(from);
        for (i, slot) in slots.iter_mut().enumerate() {
            std::ptr::write(slot, Some(std::ptr::read(src.add(i))));
        }
    }
}

fn truncate_stack(stack: &mut Vec<PyRef>, level: usize) {
    while stack.len() > level {
        stack.pop();
    }
}
