//! Exception instances: `args`, the traceback, and the chaining slots.

use crate::heap::PyRef;
use crate::objects::instance::InstanceData;
use std::cell::{Cell, RefCell};

pub struct ExceptionData {
    /// Always a tuple.
    pub args: RefCell<PyRef>,
    pub traceback: RefCell<Option<PyRef>>,
    pub cause: RefCell<Option<PyRef>>,
    pub context: RefCell<Option<PyRef>>,
    pub suppress_context: Cell<bool>,
    /// Attributes set by user code (`self.code = 3`), and extras such as `StopIteration.value`.
    pub attrs: InstanceData,
}

impl ExceptionData {
    pub fn new(args: PyRef) -> ExceptionData {
        ExceptionData {
            args: RefCell::new(args),
            traceback: RefCell::new(None),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            attrs: InstanceData::default(),
        }
    }

    /// `BaseException_traverse`'s order: attributes, args, traceback, cause, context.
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
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
        for slot in [&self.traceback, &self.cause, &self.context] {
            if let Ok(mut s) = slot.try_borrow_mut() {
                out.extend(s.take());
            }
        }
        self.attrs.clear(out);
    }
}
