//! Objects CPython's runtime allocates on its own behalf, lazily: the thread state's dict
//! with its `Py_Repr` list (made by the first `Py_ReprEnter`), and the keyword tuple of
//! each argument-clinic parser (made by its first call). They are ordinary heap objects
//! there, seen by `gc.get_count()`, `gc.get_objects()` and `sys.getrefcount`, so refpy
//! makes them at the same moments and keeps them until interpreter exit.

use super::Vm;
use crate::heap::PyRef;
use crate::objects::payload::Payload;

/// The lazily made objects, released by [`Vm::release_runtime_objects`].
#[derive(Default)]
pub struct RuntimeObjects {
    /// `tstate->dict`, holding `Py_Repr`.
    thread_state_dict: Option<PyRef>,
    /// The `Py_Repr` list: the containers whose repr is being computed, innermost last.
    repr_list: Option<PyRef>,
    /// `_PyArg_Parser.kwtuple` of the parsers used so far, by function name.
    parser_keywords: Vec<(&'static str, PyRef)>,
    /// `tstate->async_gen_firstiter` and `async_gen_finalizer` (`sys.set_asyncgen_hooks`).
    asyncgen_hooks: (Option<PyRef>, Option<PyRef>),
}

impl RuntimeObjects {
    /// The async generator hooks `(firstiter, finalizer)`, new references.
    pub fn asyncgen_hooks(&self) -> (Option<PyRef>, Option<PyRef>) {
        self.asyncgen_hooks.clone()
    }

    pub fn set_asyncgen_hooks(&mut self, firstiter: Option<PyRef>, finalizer: Option<PyRef>) {
        let old = std::mem::replace(&mut self.asyncgen_hooks, (firstiter, finalizer));
        drop(old);
    }
}

impl Vm {
    /// `Py_ReprEnter`: false when `obj`'s repr is already being computed (a cycle).
    pub(super) fn repr_list_enter(&mut self, obj: &PyRef) -> bool {
        let list = self.repr_list();
        let Payload::List(items) = &list.payload else {
            return true;
        };
        if items.borrow().iter().rev().any(|o| o.is(obj)) {
            return false;
        }
        items.borrow_mut().push(obj.clone());
        true
    }

    /// `Py_ReprLeave`: the innermost entry for `obj` leaves the list.
    pub(super) fn repr_list_leave(&mut self, obj: &PyRef) {
        let Some(list) = self.runtime_objects.repr_list.clone() else {
            return;
        };
        if let Payload::List(items) = &list.payload {
            let removed = {
                let mut items = items.borrow_mut();
                items
                    .iter()
                    .rposition(|o| o.is(obj))
                    .map(|i| items.remove(i))
            };
            drop(removed);
        }
    }

    fn repr_list(&mut self) -> PyRef {
        if let Some(list) = &self.runtime_objects.repr_list {
            return list.clone();
        }
        // `PyThreadState_GetDict` makes the dict, then `Py_ReprEnter` the list.
        let dict = self.dict();
        let list = self.list(Vec::new());
        if let Some(d) = self.dict_payload(&dict) {
            let key = self.intern("Py_Repr");
            let _ = self.dict_set(d, key, list.clone());
        }
        self.runtime_objects.thread_state_dict = Some(dict);
        self.runtime_objects.repr_list = Some(list.clone());
        list
    }

    /// The first call of an argument-clinic function with keyword parameters builds its
    /// parser's tuple of keyword names, kept from then on.
    pub fn note_clinic_parser(&mut self, function: &'static str, keywords: &[&str]) {
        if self
            .runtime_objects
            .parser_keywords
            .iter()
            .any(|(f, _)| *f == function)
        {
            return;
        }
        let names = keywords.iter().map(|k| self.intern(k)).collect();
        let tuple = self.tuple(names);
        self.runtime_objects.parser_keywords.push((function, tuple));
    }

    /// Interpreter exit (`PyThreadState_Clear`, `_PyArg_Fini`).
    pub fn release_runtime_objects(&mut self) {
        let objects = std::mem::take(&mut self.runtime_objects);
        drop(objects);
    }
}
