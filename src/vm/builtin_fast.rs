//! The builtin calls CPython 3.11 specializes (`PRECALL_NO_KW_LEN`,
//! `PRECALL_NO_KW_ISINSTANCE`, `PRECALL_NO_KW_LIST_APPEND` in `Python/ceval.c`): the call
//! site does the builtin's work itself, for the argument shapes the specialization
//! covers, instead of the generic builtin call (`Vm::call_builtin`: argument checks, a
//! recursion-limit level, the builtin's own parsing). Anything else (another type, a
//! subclass that may override, keywords) takes the generic call, unchanged.
//!
//! A builtin's kind ([`FastBuiltin`]) is decided once, when the builtin object is made.

use super::{PyResult, Vm};
use crate::heap::PyRef;
use crate::objects::function::{BuiltinFunction, FastBuiltin};
use crate::objects::methods::{dict_methods, list_methods};
use crate::objects::payload::Payload;

impl Vm {
    /// The specialized call of `b` on `args` (positional, no keywords), or `None` when the
    /// arguments are not a shape its specialization takes.
    #[inline]
    pub(super) fn call_fast_builtin(
        &mut self,
        b: &BuiltinFunction,
        args: &[PyRef],
    ) -> Option<PyResult> {
        if b.receiver.is_some() {
            return None;
        }
        match (b.fast, args) {
            (FastBuiltin::Len, [obj]) => self.exact_len(obj).map(|n| Ok(self.int(n as i64))),
            (FastBuiltin::IsInstance, [obj, cls]) => self.plain_isinstance(obj, cls),
            (FastBuiltin::ListAppend, [list, item]) => exact_list_append(self, list, item),
            (FastBuiltin::ListPop, [list]) => pop_at(list, None),
            (FastBuiltin::ListPop, [list, i]) => pop_at(list, Some(small_index(i)?)),
            (FastBuiltin::ListInsert, [list, i, item]) => {
                insert_at(self, list, small_index(i)?, item)
            }
            (FastBuiltin::SetAdd, [set, key]) => {
                let Payload::Set(cell) = &set.payload else {
                    return None;
                };
                // `PRECALL_NO_KW_METHOD_DESCRIPTOR_O`: one level of the recursion limit.
                if let Err(e) = self.enter_recursive_call(" while calling a Python object") {
                    return Some(Err(e));
                }
                let r = crate::objects::methods::set_methods::cell_add(self, cell, key.clone());
                self.depth -= 1;
                Some(r.map(|_| self.none()))
            }
            (FastBuiltin::DictGet, [dict, key, default @ ..]) if default.len() <= 1 => {
                let Payload::Dict(d) = &dict.payload else {
                    return None;
                };
                Some(dict_methods::get_or_default(self, d, key, default.first()))
            }
            _ => None,
        }
    }

    /// `type(x)` and `str(x)` with one positional argument, done at the call site
    /// instead of through `type.__call__` (its `tp_new`/`tp_init` lookups): `type(x)` is
    /// `Py_TYPE(x)` (`type_vectorcall`, as `PRECALL_NO_KW_TYPE_1`); `str(x)` is
    /// `PyObject_Str` with the argument tuple `_PyObject_MakeTpCall` makes for it alive
    /// meanwhile, as at a call site 3.11 has not specialized yet (the counts and the
    /// collector's count a `__str__` sees are the generic call's, see the golden test
    /// `call_specialized_builtins`).
    #[inline]
    pub(super) fn call_fast_type(&mut self, cls: &PyRef, arg: &PyRef) -> Option<PyResult> {
        if cls.is(&self.types.type_type) {
            return Some(Ok(arg.class().clone()));
        }
        if cls.is(&self.types.str_type) {
            let _tp_call_args = self.tp_call_args(super::Args::new(std::slice::from_ref(arg)));
            return Some(self.to_str(arg));
        }
        None
    }

    /// `PyObject_Length` of an exact builtin container, read in place (no `__len__` can
    /// answer for it); `None` for anything else.
    #[inline]
    fn exact_len(&self, obj: &PyRef) -> Option<usize> {
        let t = &self.types;
        let cls = obj.class();
        Some(match &obj.payload {
            Payload::List(l) if cls.is(&t.list_type) => l.try_borrow().ok()?.len(),
            Payload::Tuple(v) if cls.is(&t.tuple_type) => v.len(),
            Payload::Str(s) if cls.is(&t.str_type) => s.char_len(),
            Payload::Dict(d) if cls.is(&t.dict_type) => d.try_borrow().ok()?.len(),
            Payload::Set(s) if cls.is(&t.set_type) => s.try_borrow().ok()?.len(),
            Payload::FrozenSet(s) if cls.is(&t.frozenset_type) => s.len(),
            Payload::Bytes(b) if cls.is(&t.bytes_type) => b.len(),
            _ => return None,
        })
    }

    /// `PyObject_IsInstance`'s answers that need no hook: an object of exactly that class
    /// (its first test), or a class whose metaclass is exactly `type` (no
    /// `__instancecheck__` to ask) among whose subclasses the object's class is. A
    /// negative answer may still come from a `__class__` attribute: the generic call
    /// decides those.
    #[inline]
    fn plain_isinstance(&self, obj: &PyRef, cls: &PyRef) -> Option<PyResult> {
        let found = obj.class().is(cls)
            || (matches!(cls.payload, Payload::Type(_))
                && cls.class().is(&self.types.type_type)
                && self.isinstance(obj, cls));
        found.then(|| Ok(self.bool(true)))
    }
}

/// An index argument that is an `int` (of any class: `_PyNumber_Index` takes an int
/// subclass's value as it is) small enough for a machine word.
#[inline]
fn small_index(i: &PyRef) -> Option<i64> {
    match i.payload {
        Payload::Int(i) => Some(i),
        _ => None,
    }
}

/// `list.pop(i)` (`None`: the last item) of a list (the method's receiver check passes
/// for any list) when `i` names an item; an empty list or an index out of range raises
/// through the generic call.
#[inline]
fn pop_at(list: &PyRef, i: Option<i64>) -> Option<PyResult> {
    let Payload::List(items) = &list.payload else {
        return None;
    };
    let mut items = items.try_borrow_mut().ok()?;
    list_methods::pop_index(&mut items, i.unwrap_or(-1)).map(Ok)
}

/// `list.insert(i, item)` of a list.
#[inline]
fn insert_at(vm: &Vm, list: &PyRef, i: i64, item: &PyRef) -> Option<PyResult> {
    let Payload::List(items) = &list.payload else {
        return None;
    };
    let mut items = items.try_borrow_mut().ok()?;
    list_methods::insert_clamped(&mut items, i, item.clone());
    Some(Ok(vm.none()))
}

/// `list.append` on an exact list (`_PyList_AppendTakeRef`), with CPython's growth.
#[inline]
fn exact_list_append(vm: &Vm, list: &PyRef, item: &PyRef) -> Option<PyResult> {
    let Payload::List(items) = &list.payload else {
        return None;
    };
    if !list.class().is(&vm.types.list_type) {
        return None;
    }
    let mut items = items.try_borrow_mut().ok()?;
    crate::objects::sizeof::list_append(&mut items, item.clone());
    Some(Ok(vm.none()))
}
