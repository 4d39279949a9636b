//! Frames: one activation of a code object.
//!
//! A frame is a heap object (tracebacks and generators keep frames alive, and with them
//! their locals). Fast locals live in `locals` by slot; the value stack and block stack are
//! the 3.10 model described in `bytecode::instruction`. When a frame finishes, its locals
//! are released in slot order, as CPython releases `localsplus`.

use crate::heap::PyRef;
use crate::objects::payload::Payload;
use std::mem::ManuallyDrop;
use std::ops::Deref;

/// `f_globals`. A function's frame borrows its globals from the function, as CPython's
/// frames do: the frame adds no count of its own, so `sys.getrefcount(globals())` and the
/// collector's view of a module namespace are CPython's. The function outlives the
/// frame's use of them: the caller holds it during the call, and [`FrameData::func`] once
/// the frame outlives the call. Module, class-body and `exec` frames own their globals
/// (CPython's frame holds the function `PyEval_EvalCode` makes, which holds them).
pub struct Globals {
    dict: ManuallyDrop<PyRef>,
    /// A counted reference (dropped with the frame) rather than a borrowed one.
    pub owned: bool,
}

impl Globals {
    pub fn owned(dict: PyRef) -> Globals {
        Globals {
            dict: ManuallyDrop::new(dict),
            owned: true,
        }
    }

    /// A reference that does not count.
    ///
    /// # Safety
    /// `dict` must stay alive for as long as the frame reads these globals (see the type's
    /// doc for how function frames ensure it); dropping the result never touches it.
    pub unsafe fn borrowed(dict: &PyRef) -> Globals {
        Globals {
            // SAFETY: a bitwise copy of the counted reference without an increment; `ManuallyDrop` and
            // `owned: false` keep it from ever being decremented, and the caller
            // guarantees the object outlives every read through it.
            dict: ManuallyDrop::new(unsafe { std::ptr::read(dict) }),
            owned: false,
        }
    }
}

impl Globals {
    /// Puts `new` in place of a borrowed reference (a pooled frame's, at each call) without
    /// the drop's test of `owned`: a borrowed reference's drop releases nothing, so
    /// skipping it loses nothing. (Over an owned one this would leak its count.)
    #[inline(always)]
    pub fn replace_borrowed(&mut self, new: Globals) {
        debug_assert!(
            !self.owned,
            "only a borrowed reference is replaced unreleased"
        );
        std::mem::forget(std::mem::replace(self, new));
    }
}

impl Deref for Globals {
    type Target = PyRef;
    fn deref(&self) -> &PyRef {
        &self.dict
    }
}

impl Drop for Globals {
    // Inlined: a function frame's globals are replaced at each call, and the check of
    // `owned` is all the drop of a borrowed reference does.
    #[inline(always)]
    fn drop(&mut self) {
        if self.owned {
            // SAFETY: an owned reference is dropped exactly once, here.
            unsafe { ManuallyDrop::drop(&mut self.dict) }
        }
    }
}

/// An entry of the block stack.
#[derive(Clone, Copy, Debug)]
pub enum Block {
    /// `SetupFinally` / `SetupWith`: where to jump on an exception, and the stack depth.
    Finally { handler: u32, level: u32 },
    /// An except handler is running; unwinding past it restores the previously handled
    /// exception (saved in `FrameData::saved_exc` at index `saved`).
    ExceptHandler { level: u32 },
}

pub struct FrameData {
    /// A `Payload::Code` object.
    pub code: PyRef,
    pub globals: Globals,
    /// `f_builtins`: borrowed from the function like the globals (`func_builtins`), owned
    /// by module, class-body and `exec` frames (`_PyEval_BuiltinsFromGlobals`).
    pub builtins: Globals,
    /// The locals mapping of module and class bodies (`LoadName` / `StoreName`).
    pub locals_dict: Option<PyRef>,
    /// A function frame's `f_locals` (CPython's `frame->f_locals`): made by the first
    /// `locals()` or `f_locals`, refreshed from the fast locals at each, so it is the
    /// same dict every time and keeps what it last saw alive until the next refresh or
    /// the frame's end.
    pub fast_locals_cache: std::cell::OnceCell<PyRef>,
    pub locals: Vec<Option<PyRef>>,
    /// Cells: the code's cellvars, then its freevars (from the closure).
    pub cells: Vec<PyRef>,
    pub stack: Vec<PyRef>,
    pub blocks: Vec<Block>,
    /// Exceptions being handled when each `ExceptHandler` block was entered.
    pub saved_exc: Vec<Option<PyRef>>,
    /// Index of the next instruction.
    pub pc: usize,
    /// Index of the instruction running now (for line numbers in tracebacks).
    pub lasti: usize,
    /// `f_func`, held once the frame outlives its call (a generator's frame, or one a
    /// traceback or `sys._getframe` kept); until then the caller holds the function.
    /// Declared last: a dying frame releases its locals and stack first (`_PyFrame_Clear`),
    /// and the collector's clear leaves it, as `frame_tp_clear` leaves `f_func`.
    pub func: Option<PyRef>,
    /// `f_back` of a frame that outlived its call: the frame that was running below it
    /// when it finished (CPython's `take_ownership` links it then). While the frame runs,
    /// its caller is found on [`Vm::active_frames`](crate::vm::Vm) instead.
    pub back: Option<PyRef>,
}

/// One running frame on the VM's frame stack (CPython's chain of `_PyInterpreterFrame`s):
/// what `sys._getframe`, `f_back` and `f_lineno` read of a frame whose data its dispatch
/// loop holds borrowed. The pointers are to references held for the whole time the entry
/// is on the stack: by its `run_entered`, or (a frame run inline, see
/// [`InlineFrame`](super::frame_stack::InlineFrame)) inside the borrowed frame data.
pub struct ActiveFrame {
    /// An uncounted copy of the frame's reference (its holder, an entry of
    /// `Vm::inline_frames` among them, may move while the frame runs; the object does not).
    pub frame: ManuallyDrop<PyRef>,
    pub code: *const PyRef,
    pub globals: *const PyRef,
    pub builtins: *const PyRef,
    /// The instruction the frame below was running when this one was entered (the
    /// caller's `f_lasti` while this frame runs).
    pub caller_lasti: usize,
}

impl FrameData {
    /// `frame_traverse`'s order: `f_back`, then `_PyFrame_Traverse`'s: the locals mapping, the function (or the globals a
    /// module, class-body or `exec` frame owns in its place), the code, then the fast
    /// locals, cells and stack. Only counted references are visited: a running function
    /// frame's borrowed globals and its caller-held function are not.
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.back.iter().for_each(&mut *visit);
        self.locals_dict.iter().for_each(&mut *visit);
        self.fast_locals_cache.get().iter().for_each(|d| visit(d));
        match &self.func {
            Some(func) => visit(func),
            None => {
                if self.globals.owned {
                    visit(&self.globals);
                }
                if self.builtins.owned {
                    visit(&self.builtins);
                }
            }
        }
        visit(&self.code);
        self.locals.iter().flatten().for_each(&mut *visit);
        self.cells.iter().for_each(&mut *visit);
        self.stack.iter().for_each(&mut *visit);
        self.saved_exc.iter().flatten().for_each(visit);
    }

    pub fn clear(&mut self, out: &mut Vec<PyRef>) {
        out.extend(self.locals.drain(..).flatten());
        out.append(&mut self.cells);
        out.append(&mut self.stack);
        out.extend(self.saved_exc.drain(..).flatten());
        out.extend(self.locals_dict.take());
        out.extend(self.fast_locals_cache.take());
    }

    /// Releases the locals in slot order (frame exit), then the stack. Inlined at every
    /// return: a frame without cells, a value stack left or a locals mapping (most
    /// calls) releases its locals and nothing else.
    #[inline(always)]
    pub fn release_locals(&mut self) {
        if !self.cells.is_empty() {
            return self.release_locals_with_cells();
        }
        for slot in self.locals.iter_mut() {
            if slot.is_some() {
                drop(slot.take());
            }
        }
        if !self.stack.is_empty() || self.fast_locals_cache.get().is_some() {
            self.release_stack_and_mapping();
        }
    }

    /// [`FrameData::release_locals`] of a frame with cells: the locals and cells in
    /// CPython's order (see [`FrameData::release_locals_and_cells`] for a parameter
    /// that is a cell variable), then the stack and the locals mapping.
    #[cold]
    #[inline(never)]
    fn release_locals_with_cells(&mut self) {
        if self.has_cell_arguments() {
            self.release_locals_and_cells();
        } else {
            for slot in self.locals.iter_mut() {
                drop(slot.take());
            }
            for cell in self.cells.drain(..) {
                drop(cell);
            }
        }
        self.release_stack_and_mapping();
    }

    /// The value stack left by a return from inside a loop (its iterators), then the
    /// locals mapping, which `_PyFrame_Clear` releases after the locals.
    #[cold]
    #[inline(never)]
    fn release_stack_and_mapping(&mut self) {
        while let Some(v) = self.stack.pop() {
            drop(v);
        }
        drop(self.fast_locals_cache.take());
    }
}

impl FrameData {
    /// Whether a parameter of the frame's code is a cell variable (its cell then takes the
    /// parameter's place in the release order, see [`FrameData::release_locals_and_cells`]).
    fn has_cell_arguments(&self) -> bool {
        match &self.code.payload {
            Payload::Code(cd) => cd.code.cell2arg.iter().any(Option::is_some),
            _ => false,
        }
    }

    /// The locals and cells in CPython 3.11's `localsplus` order, which `_PyFrame_Clear`
    /// releases first to last: a parameter that is a cell variable has its cell in its
    /// own slot, among the fast locals; the other cell variables follow the fast locals,
    /// then the closure's cells. (`__del__` of what they hold runs in that order.)
    #[cold]
    #[inline(never)]
    fn release_locals_and_cells(&mut self) {
        let code = match &self.code.payload {
            Payload::Code(cd) => Some(cd.code.clone()),
            _ => None,
        };
        let cell2arg = code.as_ref().map_or(&[][..], |c| &c.cell2arg[..]);
        // Each cell is taken out of its slot when its turn comes (same size as
        // `PyRef`, so collecting reuses the vector's buffer, kept for the next call).
        let mut cells: Vec<Option<PyRef>> = std::mem::take(&mut self.cells)
            .into_iter()
            .map(Some)
            .collect();
        for (i, slot) in self.locals.iter_mut().enumerate() {
            if let Some(j) = cell2arg.iter().position(|&a| a == Some(i as u32)) {
                drop(cells[j].take());
            }
            drop(slot.take());
        }
        for cell in cells.iter_mut() {
            drop(cell.take());
        }
        self.cells = cells.into_iter().flatten().collect();
    }
}

/// Pushes onto a frame's value stack: a capacity check and a store. `Vec::push` is not
/// inlined into the big `execute` (LLVM's budget is spent), and a call per push cost 6 %
/// of the instructions of a call-heavy program; growing, rare since a frame's stack
/// starts at its code's size, stays out of line.
#[inline(always)]
pub fn push<T>(stack: &mut Vec<T>, value: T) {
    if stack.len() == stack.capacity() {
        grow_stack(stack);
    }
    let len = stack.len();
    // SAFETY: `len < capacity` (ensured just above), so slot `len` is allocated and
    // uninitialized; writing it and then counting it in the length is what `push` does.
    unsafe {
        stack.as_mut_ptr().add(len).write(value);
        stack.set_len(len + 1);
    }
}

#[cold]
#[inline(never)]
fn grow_stack<T>(stack: &mut Vec<T>) {
    stack.reserve(8);
}

/// The same reference, from a register the optimizer cannot see into. The dispatch loop
/// launders its frame and code at each instruction: otherwise LLVM hoists the thirty-odd
/// addresses and fields it derives from them out of the loop, computing and spilling
/// them at every entry of the loop, so at every Python call and resumption (~55
/// instructions), to save nothing inside it (each use reloads its spill slot anyway).
#[inline(always)]
pub fn launder<T>(r: &mut T) -> &mut T {
    // SAFETY: the same pointer, reborrowed for `r`'s lifetime (`r` is not used again).
    unsafe { &mut *opaque(r) }
}

/// [`launder`] for a shared reference.
#[inline(always)]
pub fn launder_ref<T>(r: &T) -> &T {
    // SAFETY: the same pointer, for `r`'s lifetime, only read through.
    unsafe { &*opaque(r as *const T as *mut T) }
}

/// `p`, passed through an empty `asm!` block (where there is none, as it is). The block
/// reads nothing through `p`: `nomem` is right, whatever clippy suspects of a pointer.
#[inline(always)]
#[allow(unused_mut, clippy::pointers_in_nomem_asm_block)]
fn opaque<T>(mut p: *mut T) -> *mut T {
    #[cfg(all(not(miri), any(target_arch = "x86_64", target_arch = "aarch64")))]
    // SAFETY: the template is empty: `p` comes out as it went in, no memory is touched.
    unsafe {
        std::arch::asm!("/* {0} */", inout(reg) p, options(nomem, nostack, preserves_flags));
    }
    p
}

#[cfg(test)]
mod tests {
    use super::{launder, launder_ref, push, Globals};
    use crate::heap::PyRef;
    use crate::objects::payload::Payload;
    use crate::vm::types::Types;

    /// Pushes past the initial capacity (growing several times) and checks every value
    /// arrives once, in order, with its count (run under Miri by `scripts/miri.sh`).
    #[test]
    fn push_grows_and_keeps_values() {
        let types = Types::new();
        let values: Vec<PyRef> = (0..40)
            .map(|i| PyRef::new_untracked(&types.object_type, Payload::Int(i)))
            .collect();
        let mut stack = Vec::with_capacity(1);
        for v in &values {
            push(&mut stack, v.clone());
        }
        assert_eq!(stack.len(), values.len());
        for (a, b) in stack.iter().zip(&values) {
            assert!(a.is(b));
            assert_eq!(b.refcount(), 2);
        }
        drop(stack);
        assert!(values.iter().all(|v| v.refcount() == 1));
    }

    /// Laundering a reference changes nothing about it: same address, same value.
    #[test]
    fn launder_is_identity() {
        let mut x = [1u64, 2, 3];
        let p: *const [u64; 3] = &x;
        let r = launder(&mut x);
        r[1] = 5;
        assert!(std::ptr::eq(r, p));
        assert_eq!(launder_ref(&x), &[1, 5, 3]);
    }

    /// A borrowed `Globals` reads the dict without counting it and never releases it; an
    /// owned one holds one reference and releases it once (run under Miri too).
    #[test]
    fn globals_borrowed_do_not_count() {
        let types = Types::new();
        let dict = PyRef::new_untracked(&types.object_type, Payload::Int(7));
        // SAFETY: `dict` outlives `borrowed`.
        let borrowed = unsafe { Globals::borrowed(&dict) };
        assert_eq!(dict.refcount(), 1);
        assert!(borrowed.is(&dict));
        let owned = Globals::owned(borrowed.clone());
        assert_eq!(dict.refcount(), 2);
        drop(borrowed);
        assert_eq!(dict.refcount(), 2);
        drop(owned);
        assert_eq!(dict.refcount(), 1);
    }
}
