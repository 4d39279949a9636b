//! The stack of running frames (CPython's chain of `_PyInterpreterFrame`s): what
//! `sys._getframe`, `f_back` and the attributes of a running frame read.
//!
//! A running frame's data is borrowed by its dispatch loop, so what introspection needs of
//! it lives on [`ActiveFrame`] entries instead: the frame object, its code and globals, and
//! where its caller stood. Asking for a frame makes it an object of its own, as CPython
//! materializes a frame object then: from then on the collector sees it.

use super::frame::{ActiveFrame, FrameData};
use super::Vm;
use crate::heap::PyRef;
use crate::objects::payload::Payload;
use std::cell::RefMut;
use std::mem::ManuallyDrop;

/// What a running frame shows of itself.
pub struct RunningFrame {
    pub code: PyRef,
    pub globals: PyRef,
    pub builtins: PyRef,
    pub lasti: usize,
    /// The frame below; for a running frame only once `f_back` is asked for (see
    /// [`Vm::running_frame_back`]).
    pub back: Option<PyRef>,
}

impl ActiveFrame {
    /// The frame object (alive while the entry is on the stack: its runner holds it).
    fn frame(&self) -> &PyRef {
        &self.frame
    }
}

/// An uncounted copy of `r`, for a holder that never outlives the reference it copies
/// (never released: `ManuallyDrop`).
///
/// # Safety
/// `r`'s object must stay alive for as long as the copy is read.
#[inline(always)]
pub(super) unsafe fn alias(r: &PyRef) -> ManuallyDrop<PyRef> {
    // SAFETY: a bitwise copy of a counted reference, without an increment; it is never
    // released, and the caller keeps the object alive while it is used.
    ManuallyDrop::new(unsafe { std::ptr::read(r) })
}

/// A frame the dispatch loop runs *inline*: a Python function called from a frame in the
/// uninstrumented loop by `CALL`, `CALL_KW` or `CALL_METHOD` (and bound by the fast
/// paths) does not recurse into a new Rust invocation of the loop. As CPython 3.11's
/// `_PyEval_EvalFrameDefault` pushes the callee's `_PyInterpreterFrame` and goes on in
/// the same C frame (`start_frame`, and `RETURN_VALUE` popping back to
/// `frame->previous`), the call instruction hands the bound frame back to its loop, which
/// keeps it here, switches to it, and back to its caller (the entry below, or the frame
/// the loop was started with) when it returns or raises. What a call's Rust stack frame
/// held for the callee lives in the entry: the frame's data borrowed for its run, the
/// frame object, and the function (the call owns it, as CPython's frame owns `f_func`).
/// The callers' data stays borrowed too, by their entries or their loop's caller.
///
/// The cost of a Python call is then no Rust call and no loop prologue, and a deep Python
/// recursion no Rust stack: the recursion limit is the only limit, as in CPython.
pub(super) struct InlineFrame {
    /// The frame's data, borrowed for its whole run, as `run_call` borrows a called
    /// frame's (a running frame's data is not readable through its cell). Declared first:
    /// released before `frame`, whose object holds the cell.
    pub data: RefMut<'static, FrameData>,
    pub frame: PyRef,
    pub func: PyRef,
    /// The frame's count when it was entered (more at its end: something took it).
    pub entry_refs: usize,
}

impl InlineFrame {
    /// Borrows the data of `frame` (one of the interpreter's frames, unborrowed) for an
    /// entry holding `frame` itself.
    #[inline(always)]
    pub(super) fn borrow_data(frame: &PyRef) -> RefMut<'static, FrameData> {
        let Payload::Frame(cell) = &frame.payload else {
            unreachable!("a call's frame")
        };
        let data = cell.borrow_mut();
        // SAFETY: the cell is boxed in the frame object's payload, so it stays in place
        // while the object lives; the borrow is held beside a counted reference to that
        // object (an `InlineFrame`, or a call binding and running the frame) and released
        // before it, so it never outlives the cell despite the lifetime it is given.
        unsafe { std::mem::transmute::<RefMut<'_, FrameData>, RefMut<'static, FrameData>>(data) }
    }
}

impl Vm {
    /// `sys._getframe(depth)`: the frame `depth` calls below the innermost running one.
    pub fn getframe(&self, depth: usize) -> Option<PyRef> {
        let index = self.active_frames.len().checked_sub(depth + 1)?;
        let frame = self.active_frames[index].frame().clone();
        crate::gc::track(&frame);
        Some(frame)
    }

    /// The innermost running frame (the caller, once a finishing frame's entry is popped).
    pub(super) fn caller_frame(&self) -> Option<PyRef> {
        self.getframe(0)
    }

    /// `frame.f_locals` asked by the code `frame` runs (the innermost frame).
    pub(super) fn is_locals_of_running(&self, obj: &PyRef, name: &PyRef) -> bool {
        matches!(obj.payload, Payload::Frame(_))
            && name.as_str_opt() == Some("f_locals")
            && self
                .active_frames
                .last()
                .is_some_and(|top| top.frame().is(obj))
    }

    /// `PyEval_GetLocals` for a builtin reached indirectly (through `map`, `partial`...):
    /// the locals mapping of the innermost running frame (a snapshot dict for a function
    /// frame); `None` when no Python frame runs.
    pub fn current_locals(&mut self) -> Option<PyRef> {
        let frame = self.active_frames.last()?.frame().clone();
        self.running_locals(&frame)
    }

    /// `f_locals` of a frame that is running (its dispatch loop holds its data); `None`
    /// when it is not on the frame stack.
    pub fn running_locals(&mut self, frame: &PyRef) -> Option<PyRef> {
        self.active_frames
            .iter()
            .rposition(|e| e.frame().is(frame))?;
        let Payload::Frame(cell) = &frame.payload else {
            return None;
        };
        // SAFETY: a frame on the frame stack is either suspended in a call (its own
        // dispatch loop, or its entry in `inline_frames` while the shared loop runs a
        // callee) for as long as anything above it runs, this code among it; meanwhile
        // nothing writes what is read here (the code, the locals mapping, the fast locals
        // and the cells: the vectors keep their length and buffer while the frame runs),
        // and the read ends before control goes back to it. (The innermost frame itself
        // is this call's caller, also stopped at its call instruction.) The borrow flag
        // the running loop holds is bypassed, not released: a shared read of data no
        // one writes meanwhile.
        let f = unsafe { &*cell.as_ptr() };
        if let Some(d) = &f.locals_dict {
            return Some(d.clone());
        }
        let code = f.code.clone();
        let Payload::Code(cd) = &code.payload else {
            return None;
        };
        Some(self.fast_locals_dict(f, cd))
    }

    /// What `frame` shows while it runs; `None` when it is not running.
    pub fn running_frame(&self, frame: &PyRef) -> Option<RunningFrame> {
        let frames = &self.active_frames;
        let index = frames.iter().rposition(|e| e.frame().is(frame))?;
        let entry = &frames[index];
        // SAFETY: the frame's runner holds these until `leave_frame` pops the entry.
        let (code, globals, builtins) = unsafe {
            (
                (*entry.code).clone(),
                (*entry.globals).clone(),
                (*entry.builtins).clone(),
            )
        };
        let lasti = match frames.get(index + 1) {
            Some(above) => above.caller_lasti,
            None => self.current_lasti,
        };
        Some(RunningFrame {
            code,
            globals,
            builtins,
            lasti,
            back: None,
        })
    }

    /// `f_back` of a running frame: the frame below it, made an object now (CPython
    /// materializes a caller's frame object only when asked for it: a traceback or a
    /// line number does not, and the object shows in `gc.get_count()`).
    pub fn running_frame_back(&self, frame: &PyRef) -> Option<PyRef> {
        let frames = &self.active_frames;
        let index = frames.iter().rposition(|e| e.frame().is(frame))?;
        let back = frames[index.checked_sub(1)?].frame().clone();
        crate::gc::track(&back);
        Some(back)
    }
}
