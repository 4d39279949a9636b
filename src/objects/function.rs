//! Functions: Python functions (code + globals + defaults + closure), native builtins, and
//! code objects as heap values.

use crate::bytecode::CodeObject;
use crate::heap::PyRef;
use crate::objects::dict::Dict;
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// A code object as a heap value: the compiled code plus its constants and names turned
/// into objects once (names are interned strings, so attribute lookups hash nothing).
pub struct CodeData {
    pub code: Rc<CodeObject>,
    pub consts: Box<[PyRef]>,
    pub names: Box<[PyRef]>,
}

pub struct Function {
    /// A `Payload::Code` object.
    pub code: PyRef,
    pub globals: PyRef,
    pub name: RefCell<PyRef>,
    pub qualname: RefCell<PyRef>,
    pub module: RefCell<PyRef>,
    pub doc: RefCell<PyRef>,
    /// Tuple of positional defaults, if any.
    pub defaults: RefCell<Option<PyRef>>,
    /// Dict of keyword-only defaults, if any.
    pub kwdefaults: RefCell<Option<PyRef>>,
    /// Tuple of cells for the code's free variables.
    pub closure: Option<PyRef>,
    /// `f.__dict__` attributes.
    pub attrs: RefCell<Dict>,
}

impl Function {
    pub fn code(&self) -> &Rc<CodeObject> {
        match &self.code.payload {
            crate::objects::payload::Payload::Code(c) => &c.code,
            _ => unreachable!("a function's code is a code object"),
        }
    }

    pub fn code_data(&self) -> &CodeData {
        match &self.code.payload {
            crate::objects::payload::Payload::Code(c) => c,
            _ => unreachable!("a function's code is a code object"),
        }
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.code);
        visit(&self.globals);
        for cell in [&self.name, &self.qualname, &self.module, &self.doc] {
            if let Ok(v) = cell.try_borrow() {
                visit(&v);
            }
        }
        for cell in [&self.defaults, &self.kwdefaults] {
            if let Ok(v) = cell.try_borrow() {
                v.iter().for_each(&mut *visit);
            }
        }
        if let Some(c) = &self.closure {
            visit(c);
        }
        if let Ok(a) = self.attrs.try_borrow() {
            a.traverse(visit);
        }
    }

    pub fn clear(&self, out: &mut Vec<PyRef>) {
        for cell in [&self.defaults, &self.kwdefaults] {
            if let Ok(mut v) = cell.try_borrow_mut() {
                out.extend(v.take());
            }
        }
        if let Ok(mut a) = self.attrs.try_borrow_mut() {
            a.drain_into(out);
        }
    }
}

/// A function implemented in Rust. For methods, `args[0]` is the receiver.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult;

pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// The object a builtin method is bound to (`[].append`), prepended to the arguments.
    pub receiver: Option<PyRef>,
    /// The type a method belongs to (for reprs such as `<method 'append' of 'list' objects>`).
    pub owner: Option<&'static str>,
}
