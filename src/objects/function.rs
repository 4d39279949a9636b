//! Functions: Python functions (code + globals + defaults + closure), native builtins, and
//! code objects as heap values.

use crate::bytecode::CodeObject;
use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::inline_cache::Site;
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// A code object as a heap value: the compiled code plus its constants and names turned
/// into objects once (names are interned strings, so attribute lookups hash nothing).
pub struct CodeData {
    pub code: Rc<CodeObject>,
    /// The instructions the dispatch loop runs: `code.instructions` with superinstructions
    /// (see `bytecode::quicken`).
    pub quick: Box<[crate::bytecode::Instruction]>,
    /// `co_consts` and `co_names`: real tuples, merged with equal constants of the same
    /// compilation as CPython's `makecode` merges them (`merge_const_one`).
    pub consts: ConstTuple,
    pub names: ConstTuple,
    /// Inline caches of `LOAD_GLOBAL`, one per name (see `vm::inline_cache`).
    pub global_sites: Box<[RefCell<Site>]>,
    /// Inline caches of attribute loads, stores and method loads, one per name.
    pub attr_sites: Box<[RefCell<Site>]>,
    /// `co_name` and `co_qualname` as objects, made with the code: every function made
    /// from it shares them, as CPython's `func_name` is the code's `co_name` (so
    /// `MAKE_FUNCTION` allocates no strings).
    pub strings: CodeStrings,
}

impl CodeData {
    /// The doc of a function made from this code (`PyFunction_NewWithQualName`):
    /// `co_consts[0]` when that is a str (a function's docstring comes first, or None).
    pub fn doc(&self) -> Option<&PyRef> {
        self.consts
            .first()
            .filter(|c| matches!(c.payload, Payload::Str(_)))
    }
}

/// A tuple a code object holds (`co_consts`, `co_names`), read as a slice by the dispatch
/// loop. The tuple is an ordinary object (tracked by the collector, untracked by it when it
/// holds only atoms, shared with equal constants): `gc.get_referrers` finds a nested code
/// object through it, and `f.__code__.co_consts` is the same object on every read.
///
/// The items are also kept as a slice pointer: `LOAD_CONST` and the name instructions
/// then read them as directly as from a boxed slice (through the tuple's payload, a
/// constant-heavy loop ran 8 instructions more per load).
pub struct ConstTuple {
    tuple: PyRef,
    items: *const [PyRef],
}

impl ConstTuple {
    /// Takes `tuple`, which must be a tuple (its items are what the slice shows).
    pub fn new(tuple: PyRef) -> ConstTuple {
        let items: *const [PyRef] = match &tuple.payload {
            Payload::Tuple(items) => &**items,
            _ => &[],
        };
        ConstTuple { tuple, items }
    }

    /// The tuple object (borrowed: the code object owns it).
    pub fn object(&self) -> &PyRef {
        &self.tuple
    }
}

impl std::ops::Deref for ConstTuple {
    type Target = [PyRef];

    #[inline]
    fn deref(&self) -> &[PyRef] {
        // SAFETY: `items` is the boxed item slice of the tuple `self.tuple` holds (or a
        // static empty slice). A tuple's items never change or move while it lives (its
        // payload is not behind a cell), and it lives as long as `self`.
        unsafe { &*self.items }
    }
}

/// See [`CodeData::strings`].
pub struct CodeStrings {
    pub name: PyRef,
    pub qualname: PyRef,
}

pub struct Function {
    /// A `Payload::Code` object.
    pub code: PyRef,
    pub globals: PyRef,
    /// `func_builtins`: the builtins dict, held by every 3.11 function.
    pub builtins: PyRef,
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
    /// `func_annotations`: the flat `(name, value, ...)` tuple `MAKE_FUNCTION` gives, made
    /// a dict by the first read of `__annotations__` (see [`Function::annotations_dict`]).
    pub annotations: RefCell<Option<PyRef>>,
    /// `f.__dict__`: made on the first attribute assignment or access, as `func_dict` is.
    pub dict: RefCell<Option<PyRef>>,
    /// What the call path asks of the code on every call, kept here (the code and the
    /// closure never change) so a call reads it without chasing function -> code object
    /// -> compiled code.
    pub shape: CallShape,
}

/// A function's calling convention, from its code and closure (see [`Function::shape`]).
#[derive(Clone, Copy, Debug)]
pub struct CallShape {
    /// The number of positional parameters when they are all there is (no keyword-only
    /// parameters, no `*args`/`**kwargs`): a call binds its arguments, then defaults, to
    /// the first locals in order. `u32::MAX` otherwise.
    pub simple_argcount: u32,
    /// The number of fast locals (`co_nlocals`).
    pub nlocals: u32,
    /// The frame has cells: cell variables, or a closure's free variables.
    pub has_cells: bool,
    /// A call makes a generator, coroutine or async generator instead of running.
    pub makes_generator: bool,
}

impl CallShape {
    pub fn new(code: &CodeObject, closure: Option<&PyRef>) -> CallShape {
        let simple = code.kwonlyargcount == 0 && !code.flags.varargs && !code.flags.varkeywords;
        CallShape {
            simple_argcount: if simple { code.argcount } else { u32::MAX },
            nlocals: code.varnames.len() as u32,
            has_cells: !code.cellvars.is_empty() || closure.is_some(),
            makes_generator: code.flags.generator || code.flags.coroutine,
        }
    }
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

    /// `func_traverse`'s order: code, globals, builtins, module, defaults, kwdefaults, doc, name,
    /// dict, closure, annotations, qualname.
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.code);
        visit(&self.globals);
        visit(&self.builtins);
        let mut visit_cell = |cell: &RefCell<PyRef>| {
            if let Ok(v) = cell.try_borrow() {
                visit(&v);
            }
        };
        visit_cell(&self.module);
        for cell in [&self.defaults, &self.kwdefaults] {
            if let Ok(v) = cell.try_borrow() {
                v.iter().for_each(&mut *visit);
            }
        }
        for cell in [&self.doc, &self.name] {
            if let Ok(v) = cell.try_borrow() {
                visit(&v);
            }
        }
        if let Ok(d) = self.dict.try_borrow() {
            d.iter().for_each(&mut *visit);
        }
        if let Some(c) = &self.closure {
            visit(c);
        }
        if let Ok(a) = self.annotations.try_borrow() {
            a.iter().for_each(&mut *visit);
        }
        if let Ok(v) = self.qualname.try_borrow() {
            visit(&v);
        }
    }

    pub fn clear(&self, out: &mut Vec<PyRef>) {
        for cell in [&self.defaults, &self.kwdefaults] {
            if let Ok(mut v) = cell.try_borrow_mut() {
                out.extend(v.take());
            }
        }
        if let Ok(mut d) = self.dict.try_borrow_mut() {
            out.extend(d.take());
        }
        if let Ok(mut a) = self.annotations.try_borrow_mut() {
            out.extend(a.take());
        }
    }

    /// `func_get_annotations`: the annotations dict, made from `MAKE_FUNCTION`'s flat
    /// tuple (or empty) on first use and kept.
    pub fn annotations_dict(&self, vm: &mut Vm) -> PyResult {
        let current = self.annotations.borrow().clone();
        if let Some(a) = current
            .as_ref()
            .filter(|a| matches!(a.payload, Payload::Dict(_)))
        {
            return Ok(a.clone());
        }
        let d = vm.dict();
        if let Some(pairs) = current.as_ref().and_then(|t| t.tuple_items()) {
            for pair in pairs.chunks(2) {
                if let [k, v] = pair {
                    vm.setitem(&d, k, v.clone())?;
                }
            }
        }
        let old = self.annotations.replace(Some(d.clone()));
        drop(old);
        Ok(d)
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
    /// That type itself, for a method descriptor of an immortal (builtin) type: a call
    /// checks its receiver against it first (`descr_check` in `method_vectorcall_*`), so
    /// `str.upper(b'x')` fails as in CPython although str, bytes and bytearray share the
    /// implementation. None elsewhere (bound builtins have checked at binding).
    pub owner_type: Option<PyRef>,
    /// The module a module-level function reports as `__module__` (CPython's C module,
    /// e.g. `posix` for `os.stat`); None for the `builtins` module.
    pub module: Option<&'static str>,
    /// CPython's `METH_VARARGS` calling convention (see [`takes_varargs`]): the call packs
    /// the positional arguments, the receiver apart, into a tuple and the keyword ones
    /// into a dict, alive for the whole call, so each argument counts one more meanwhile.
    pub varargs: bool,
    /// Whether CPython's call of it counts a level against the recursion limit
    /// (`Py_EnterRecursiveCall(" while calling a Python object")`) once its call site is
    /// specialized, as it is in any loop or recursion: the `METH_O`, `METH_NOARGS` and
    /// `METH_VARARGS` conventions do, `METH_FASTCALL` does not. See [`checks_recursion`].
    pub checks_recursion: bool,
    /// The specialized call CPython 3.11's loop makes of it (see `vm::builtin_fast`).
    pub fast: FastBuiltin,
}

/// The builtins whose calls CPython 3.11 specializes into an instruction of their own
/// (`PRECALL_NO_KW_LEN`, `PRECALL_NO_KW_ISINSTANCE`, `PRECALL_NO_KW_LIST_APPEND`): such a
/// call does the work in the loop, without the generic builtin call (no recursion-limit
/// level, no argument checks beyond the arity).
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub enum FastBuiltin {
    #[default]
    None,
    Len,
    IsInstance,
    ListAppend,
    /// The methods loops call most (`PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST` for the
    /// `METH_FASTCALL` ones, no recursion level; `_O` for `set.add`, which counts one as
    /// its generic call does), each on a receiver of its own type.
    ListPop,
    ListInsert,
    SetAdd,
    DictGet,
}

impl FastBuiltin {
    /// The specialization of the builtin `name` of `owner` (a type's method) or of
    /// `module` (`None`: `builtins`), if CPython has one.
    pub fn of(owner: Option<&str>, module: Option<&str>, name: &str) -> FastBuiltin {
        match (owner, module, name) {
            (None, None, "len") => FastBuiltin::Len,
            (None, None, "isinstance") => FastBuiltin::IsInstance,
            (Some("list"), None, "append") => FastBuiltin::ListAppend,
            (Some("list"), None, "pop") => FastBuiltin::ListPop,
            (Some("list"), None, "insert") => FastBuiltin::ListInsert,
            (Some("set"), None, "add") => FastBuiltin::SetAdd,
            (Some("dict"), None, "get") => FastBuiltin::DictGet,
            _ => FastBuiltin::None,
        }
    }
}

impl BuiltinFunction {
    /// CPython's `__doc__` of this builtin (`meth_get__doc__`), from the docstring table:
    /// a builtin type's method by its type, a module's function by its module.
    pub fn doc(&self) -> Option<&'static str> {
        crate::objects::docstrings::member_doc(self.owner.or(self.module), self.name)
    }
}

/// Where a builtin lives, for [`METH_VARARGS`]: a type's method, or a module's function
/// (keyed by the C module CPython reports as `__module__`: `builtins`, `gc`, `posix`...).
#[derive(PartialEq)]
enum Home<'a> {
    Type(&'a str),
    Module(&'a str),
}

/// The builtins CPython 3.11 implements with `METH_VARARGS` (its `PyMethodDef` tables and
/// Argument Clinic's optional groups): the others take their arguments from the caller's
/// stack.
const METH_VARARGS: &[(Home, &str)] = &[
    (Home::Module("builtins"), "max"),
    (Home::Module("builtins"), "min"),
    (Home::Module("builtins"), "dir"),
    (Home::Module("builtins"), "vars"),
    (Home::Module("builtins"), "__import__"),
    (Home::Module("gc"), "set_threshold"),
    // `gc.get_referrers` is one too, but CPython skips its own tuple among the
    // referrers: it goes without (its tuple could not be seen otherwise).
    (Home::Module("gc"), "get_referents"),
    (Home::Module("sys"), "getsizeof"),
    (Home::Module("math"), "log"),
    (Home::Type("str"), "format"),
    (Home::Type("dict"), "update"),
    (Home::Type("set"), "union"),
    (Home::Type("set"), "intersection"),
    (Home::Type("set"), "difference"),
    (Home::Type("set"), "update"),
    (Home::Type("set"), "intersection_update"),
    (Home::Type("set"), "difference_update"),
    (Home::Type("frozenset"), "union"),
    (Home::Type("frozenset"), "intersection"),
    (Home::Type("frozenset"), "difference"),
];

/// Whether the builtin `name` of `owner` (a method) or else of `module` (a function; None:
/// the `builtins` module) has CPython's `METH_VARARGS` convention: see
/// [`BuiltinFunction::varargs`].
pub fn takes_varargs(owner: Option<&str>, module: Option<&str>, name: &str) -> bool {
    let home = match owner {
        Some(t) => Home::Type(t),
        None => Home::Module(module.unwrap_or("builtins")),
    };
    METH_VARARGS.contains(&(home, name))
}

/// The functions of `builtins` CPython 3.11 implements with `METH_O` or `METH_NOARGS`
/// whose calls stay checked once the call site is specialized (`len` and `isinstance`
/// get calls of their own without the check).
const METH_O_BUILTINS: &[&str] = &[
    "abs", "aiter", "all", "any", "ascii", "bin", "callable", "chr", "globals", "hash", "hex",
    "id", "locals", "oct", "ord", "repr",
];

/// Methods of builtin types CPython 3.11 implements with `METH_O` or `METH_NOARGS`
/// (`method_vectorcall_O`, and `PRECALL_NO_KW_METHOD_DESCRIPTOR_O` once specialized), by
/// type and name: the generator's and coroutine's resumptions, where a script meets the
/// recursion limit through them (a `send` at the limit fails before the frame resumes).
const METH_O_METHODS: &[(&str, &str)] = &[
    ("generator", "send"),
    ("generator", "close"),
    ("coroutine", "send"),
    ("coroutine", "close"),
    ("set", "add"),
];

/// Whether a call of the builtin `name` counts a level against the recursion limit in
/// CPython ([`BuiltinFunction::checks_recursion`]): every `METH_VARARGS` builtin
/// (`_PyObject_MakeTpCall`, `method_vectorcall_VARARGS`), the `METH_O`/`METH_NOARGS`
/// functions of `builtins` (`cfunction_vectorcall_O`) and the methods of
/// [`METH_O_METHODS`].
pub fn checks_recursion(owner: Option<&str>, module: Option<&str>, name: &str) -> bool {
    takes_varargs(owner, module, name)
        || match owner {
            None => module.is_none() && METH_O_BUILTINS.contains(&name),
            Some(owner) => METH_O_METHODS.contains(&(owner, name)),
        }
}

/// Stores into the function fields `func_getsetlist` and `func_memberlist` guard:
/// `__dict__` (a dict, never deleted), `__code__` (a code object with as many free
/// variables as the closure has cells), and the read-only `__globals__`, `__closure__`
/// and `__builtins__`. `Ok(None)` lets the store go on: a `__code__` that passed the
/// checks (refpy's functions keep the code they were made with).
pub(crate) fn check_field_store(
    vm: &mut Vm,
    func: &Function,
    name: &str,
    value: Option<PyRef>,
) -> PyResult<Option<()>> {
    match name {
        "__dict__" => {
            let Some(v) = value else {
                return Err(vm.type_error("cannot delete __dict__"));
            };
            if !matches!(v.payload, Payload::Dict(_)) {
                return Err(vm.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    v.class_name()
                )));
            }
            let old = func.dict.borrow_mut().replace(v);
            drop(old);
            Ok(Some(()))
        }
        "__code__" => {
            let Some(Payload::Code(cd)) = value.as_ref().map(|v| &v.payload) else {
                return Err(vm.type_error("__code__ must be set to a code object"));
            };
            let nfree = cd.code.freevars.len();
            let nclosure = match func.closure.as_ref().map(|c| &c.payload) {
                Some(Payload::Tuple(cells)) => cells.len(),
                _ => 0,
            };
            if nfree != nclosure {
                let fname = func.name.borrow().as_str_opt().unwrap_or("?").to_string();
                return Err(vm.value_error(format!(
                    "{fname}() requires a code object with {nclosure} free vars, not {nfree}"
                )));
            }
            Ok(None)
        }
        _ => Err(vm.attribute_error("readonly attribute")),
    }
}
