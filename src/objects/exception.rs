//! Exception instances: `args`, the traceback, and the chaining slots.

use crate::heap::PyRef;
use crate::objects::dict::Dict;
use crate::objects::instance::InstanceData;
use std::cell::{Cell, RefCell};

/// The fields are declared in the order a dying exception releases them (Rust drops
/// fields in declaration order): the subclass's own fields (`OSError_clear`...), then
/// `BaseException_clear`'s order: the dict, args, traceback, cause, context.
pub struct ExceptionData {
    /// The C-level fields builtin subclasses add (`OSError.errno`, `NameError.name`,
    /// `StopIteration.value`...): member descriptors in CPython, so never in `__dict__`.
    pub members: RefCell<Dict>,
    /// Attributes set by user code (`self.code = 3`): the `__dict__`, a dict object made on
    /// the first assignment or access, as `BaseException`'s `dict` slot is.
    pub attrs: InstanceData,
    /// Always a tuple.
    pub args: RefCell<PyRef>,
    pub traceback: RefCell<Option<PyRef>>,
    pub cause: RefCell<Option<PyRef>>,
    pub context: RefCell<Option<PyRef>>,
    pub suppress_context: Cell<bool>,
}

impl ExceptionData {
    pub fn new(args: PyRef) -> ExceptionData {
        ExceptionData {
            args: RefCell::new(args),
            traceback: RefCell::new(None),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            members: RefCell::new(Dict::default()),
            attrs: InstanceData::default(),
        }
    }

    /// The subclass's traverse first (its fields), then `BaseException_traverse`'s order:
    /// the dict, args, traceback, cause, context.
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(m) = self.members.try_borrow() {
            m.traverse(visit);
        }
        self.attrs.traverse(visit);
        if let Ok(a) = self.args.try_borrow() {
            visit(&a);
        }
        for slot in [&self.traceback, &self.cause, &self.context] {
            if let Ok(s) = slot.try_borrow() {
                s.iter().for_each(&mut *visit);
            }
        }
    }

    pub fn clear(&self, out: &mut Vec<PyRef>) {
        // The subclass's fields, the dict, then the chaining slots (as the dealloc order).
        if let Ok(mut m) = self.members.try_borrow_mut() {
            m.drain_into(out);
        }
        self.attrs.clear(out);
        for slot in [&self.traceback, &self.cause, &self.context] {
            if let Ok(mut s) = slot.try_borrow_mut() {
                out.extend(s.take());
            }
        }
    }
}
