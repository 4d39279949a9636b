//! The stack of running frames (CPython's chain of `_PyInterpreterFrame`s): what
//! `sys._getframe`, `f_back` and the attributes of a running frame read.
//!
//! A running frame's data is borrowed by its dispatch loop, so what introspection needs of
//! it lives on [`ActiveFrame`] entries instead: the frame object, its code and globals, and
//! where its caller stood. Asking for a frame makes it an object of its own, as CPython
//! materializes a frame object then: from then on the collector sees it.

use super::frame::ActiveFrame;
use super::Vm;
use crate::heap::PyRef;

/// What a running frame shows of itself.
pub struct RunningFrame {
    pub code: PyRef,
    pub globals: PyRef,
    pub lasti: usize,
    pub back: Option<PyRef>,
}

impl ActiveFrame {
    fn frame(&self) -> &PyRef {
        // SAFETY: `run_entered` pushes pointers to references it holds until it pops the
        // entry, so they are alive while the entry is on the stack.
        unsafe { &*self.frame }
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
        matches!(obj.payload, crate::objects::payload::Payload::Frame(_))
            && name.as_str_opt() == Some("f_locals")
            && self
                .active_frames
                .last()
                .is_some_and(|top| top.frame().is(obj))
    }

    /// What `frame` shows while it runs; `None` when it is not running.
    pub fn running_frame(&self, frame: &PyRef) -> Option<RunningFrame> {
        let frames = &self.active_frames;
        let index = frames.iter().rposition(|e| e.frame().is(frame))?;
        let entry = &frames[index];
        // SAFETY: as for `frame()`: `run_entered` holds these until it pops the entry.
        let (code, globals) = unsafe { ((*entry.code).clone(), (*entry.globals).clone()) };
        let lasti = match frames.get(index + 1) {
            Some(above) => above.caller_lasti,
            None => self.current_lasti,
        };
        let back = index.checked_sub(1).map(|below| {
            let back = frames[below].frame().clone();
            crate::gc::track(&back);
            back
        });
        Some(RunningFrame {
            code,
            globals,
            lasti,
            back,
        })
    }
}
