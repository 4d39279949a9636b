//! Instances of user classes (and modules): their attributes.
//!
//! CPython 3.11 keeps an instance's attributes inline, without a separate dict object, until
//! someone asks for `__dict__`; only then does a dict exist (and count in `gc.collect()`).
//! `attrs` is the inline store; `slots` holds `__slots__` values by index.

use crate::heap::PyRef;
use crate::objects::dict::Dict;
use std::cell::{OnceCell, RefCell};

#[derive(Default)]
pub struct InstanceData {
    pub attrs: RefCell<Dict>,
    /// The materialized `__dict__` object: once set (on first access to `__dict__`), it
    /// *is* the attribute store and `attrs` stays empty. Set at most once.
    pub dict_obj: OnceCell<PyRef>,
    pub slots: RefCell<Vec<Option<PyRef>>>,
}

impl InstanceData {
    pub fn with_slots(n: usize) -> InstanceData {
        InstanceData {
            slots: RefCell::new(vec![None; n]),
            ..Default::default()
        }
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(a) = self.attrs.try_borrow() {
            a.traverse(visit);
        }
        if let Some(d) = self.dict_obj.get() {
            visit(d);
        }
        if let Ok(s) = self.slots.try_borrow() {
            s.iter().flatten().for_each(visit);
        }
    }

    pub fn clear(&self, out: &mut Vec<PyRef>) {
        if let Ok(mut a) = self.attrs.try_borrow_mut() {
            a.drain_into(out);
        }
        // A materialized dict is a container of its own: the collector clears it directly.
        if let Ok(mut s) = self.slots.try_borrow_mut() {
            out.extend(s.drain(..).flatten());
        }
    }
}
