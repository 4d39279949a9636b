//! The builtin type objects, created once per interpreter.
//!
//! `type` and `object` point at each other, so they are built unclassed and tied together
//! first; every other builtin type is then an ordinary `type` instance. Builtin types are
//! immortal, as CPython's static types are. Methods are registered by `objects::methods`,
//! one table per type.

use super::Vm;
use crate::heap::PyRef;
use crate::objects::dict::Dict;
use crate::objects::payload::Payload;
use crate::objects::typeobj::{Layout, TypeData};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

macro_rules! builtin_types {
    ($($field:ident = $name:literal : $layout:ident, $base:literal;)*) => {
        /// Every builtin type, by field.
        pub struct Types {
            pub type_type: PyRef,
            pub object_type: PyRef,
            $(pub $field: PyRef,)*
            /// Exception classes by name (`TypeError`, ...).
            pub exceptions: ExceptionMap,
        }

        impl Types {
            pub fn new() -> Types {
                let object_type = PyRef::new_unclassed(type_payload("object", &[], Layout::Object, true));
                let type_type = PyRef::new_unclassed(type_payload("type", &[], Layout::Type, true));
                object_type.init_class(&type_type);
                type_type.init_class(&type_type);
                object_type.make_immortal();
                type_type.make_immortal();
                set_mro(&object_type, &[]);
                set_bases(&type_type, std::slice::from_ref(&object_type));
                set_mro(&type_type, std::slice::from_ref(&object_type));
                let mut by_name: HashMap<&'static str, PyRef> = HashMap::new();
                by_name.insert("object", object_type.clone());
                by_name.insert("type", type_type.clone());
                $(
                    let base = by_name[$base].clone();
                    let t = new_static_type(&type_type, $name, &base, Layout::$layout);
                    by_name.insert($name, t.clone());
                    let $field = t;
                )*
                let exceptions = make_exceptions(&type_type, &by_name);
                Types { type_type, object_type, $($field,)* exceptions }
            }
        }
    };
}

builtin_types! {
    none_type = "NoneType": Internal, "object";
    not_implemented_type = "NotImplementedType": Internal, "object";
    ellipsis_type = "ellipsis": Internal, "object";
    int_type = "int": Int, "object";
    bool_type = "bool": Bool, "int";
    float_type = "float": Float, "object";
    complex_type = "complex": Complex, "object";
    str_type = "str": Str, "object";
    bytes_type = "bytes": Bytes, "object";
    bytearray_type = "bytearray": ByteArray, "object";
    tuple_type = "tuple": Tuple, "object";
    list_type = "list": List, "object";
    dict_type = "dict": Dict, "object";
    set_type = "set": Set, "object";
    frozenset_type = "frozenset": FrozenSet, "object";
    range_type = "range": Internal, "object";
    slice_type = "slice": Internal, "object";
    function_type = "function": Internal, "object";
    builtin_function_type = "builtin_function_or_method": Internal, "object";
    method_type = "method": Internal, "object";
    wrapper_descriptor_type = "wrapper_descriptor": Internal, "object";
    method_descriptor_type = "method_descriptor": Internal, "object";
    classmethod_descriptor_type = "classmethod_descriptor": Internal, "object";
    method_wrapper_type = "method-wrapper": Internal, "object";
    module_type = "module": Module, "object";
    cell_type = "cell": Internal, "object";
    code_type = "code": Internal, "object";
    frame_type = "frame": Internal, "object";
    generator_type = "generator": Internal, "object";
    coroutine_type = "coroutine": Internal, "object";
    async_generator_type = "async_generator": Internal, "object";
    async_generator_asend_type = "async_generator_asend": Internal, "object";
    async_generator_athrow_type = "async_generator_athrow": Internal, "object";
    anext_awaitable_type = "anext_awaitable": Internal, "object";
    property_type = "property": Internal, "object";
    getset_descriptor_type = "getset_descriptor": Internal, "object";
    member_descriptor_type = "member_descriptor": Internal, "object";
    mappingproxy_type = "mappingproxy": Internal, "object";
    staticmethod_type = "staticmethod": Internal, "object";
    classmethod_type = "classmethod": Internal, "object";
    super_type = "super": Internal, "object";
    traceback_type = "traceback": Internal, "object";
    weakref_type = "weakref.ReferenceType": Internal, "object";
    weakproxy_type = "weakref.ProxyType": Internal, "object";
    weakcallableproxy_type = "weakref.CallableProxyType": Internal, "object";
    list_iterator_type = "list_iterator": Internal, "object";
    list_reverseiterator_type = "list_reverseiterator": Internal, "object";
    tuple_iterator_type = "tuple_iterator": Internal, "object";
    str_iterator_type = "str_ascii_iterator": Internal, "object";
    str_unicode_iterator_type = "str_iterator": Internal, "object";
    bytes_iterator_type = "bytes_iterator": Internal, "object";
    bytearray_iterator_type = "bytearray_iterator": Internal, "object";
    longrange_iterator_type = "longrange_iterator": Internal, "object";
    range_iterator_type = "range_iterator": Internal, "object";
    dict_keyiterator_type = "dict_keyiterator": Internal, "object";
    dict_valueiterator_type = "dict_valueiterator": Internal, "object";
    dict_itemiterator_type = "dict_itemiterator": Internal, "object";
    dict_reversekeyiterator_type = "dict_reversekeyiterator": Internal, "object";
    dict_reversevalueiterator_type = "dict_reversevalueiterator": Internal, "object";
    dict_reverseitemiterator_type = "dict_reverseitemiterator": Internal, "object";
    set_iterator_type = "set_iterator": Internal, "object";
    odict_iterator_type = "odict_iterator": Internal, "object";
    iterator_type = "iterator": Internal, "object";
    callable_iterator_type = "callable_iterator": Internal, "object";
    enumerate_type = "enumerate": Internal, "object";
    zip_type = "zip": Internal, "object";
    map_type = "map": Internal, "object";
    filter_type = "filter": Internal, "object";
    reversed_type = "reversed": Internal, "object";
    dict_keys_type = "dict_keys": Internal, "object";
    dict_values_type = "dict_values": Internal, "object";
    dict_items_type = "dict_items": Internal, "object";
    memoryview_type = "memoryview": Internal, "object";
    managedbuffer_type = "managedbuffer": Internal, "object";
    memory_iterator_type = "memory_iterator": Internal, "object";
    itertools_product_type = "itertools.product": Internal, "object";
    itertools_permutations_type = "itertools.permutations": Internal, "object";
    itertools_combinations_type = "itertools.combinations": Internal, "object";
    itertools_cwr_type = "itertools.combinations_with_replacement": Internal, "object";
    deque_type = "collections.deque": Deque, "object";
    deque_iterator_type = "_collections._deque_iterator": Internal, "object";
    deque_reverse_iterator_type = "_collections._deque_reverse_iterator": Internal, "object";
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

/// The exception hierarchy: (name, base), parents before children.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", "object"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("TimeoutError", "OSError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("BaseExceptionGroup", "BaseException"),
    ("ExceptionGroup", "BaseExceptionGroup"),
];

/// The builtin exception classes by name. `Vm::exc_type` looks one up a dozen times per
/// raise (making the exception, filling its fields, matching `except` clauses), always
/// with a name the interpreter spells as a literal: a small memo keyed by the name's
/// address answers those without hashing the text (a hash lookup was 115 instructions,
/// 7 % of the exceptions benchmark).
pub struct ExceptionMap {
    classes: Vec<(&'static str, PyRef)>,
    /// Each name's index in `classes`.
    by_name: HashMap<&'static str, usize, ahash::RandomState>,
    /// Direct-mapped by the address of the text asked for: an index into `classes` plus
    /// one (0: empty), whose name is compared with the text on every hit, so a name that
    /// is not a literal (or a slot another name took) only costs the hash lookup. Indices,
    /// not references: a memo must not count as a reference to the class
    /// (`sys.getrefcount(ValueError)` is the same before and after a raise).
    recent: [Cell<u32>; MEMO_SLOTS],
}

const MEMO_SLOTS: usize = 64;

impl Default for ExceptionMap {
    fn default() -> Self {
        ExceptionMap {
            classes: Vec::new(),
            by_name: HashMap::default(),
            recent: [const { Cell::new(0) }; MEMO_SLOTS],
        }
    }
}

impl ExceptionMap {
    fn insert(&mut self, name: &'static str, class: PyRef) {
        self.by_name.insert(name, self.classes.len());
        self.classes.push((name, class));
    }

    /// The class named `name`.
    #[inline]
    pub fn get(&self, name: &str) -> Option<PyRef> {
        let slot = &self.recent[(name.as_ptr() as usize >> 3) % MEMO_SLOTS];
        if let Some((key, class)) = (slot.get() as usize)
            .checked_sub(1)
            .and_then(|i| self.classes.get(i))
        {
            // The same literal, usually (the linker merges equal constant strings): no
            // byte comparison then.
            if (key.as_ptr() == name.as_ptr() && key.len() == name.len()) || *key == name {
                return Some(class.clone());
            }
        }
        let index = *self.by_name.get(name)?;
        slot.set(index as u32 + 1);
        Some(self.classes[index].1.clone())
    }

    /// Every builtin exception class, with its name.
    pub fn iter(&self) -> impl Iterator<Item = (&&'static str, &PyRef)> {
        self.classes.iter().map(|(name, class)| (name, class))
    }
}

impl std::ops::Index<&str> for ExceptionMap {
    type Output = PyRef;
    fn index(&self, name: &str) -> &PyRef {
        &self.classes[self.by_name[name]].1
    }
}

fn make_exceptions(type_type: &PyRef, by_name: &HashMap<&'static str, PyRef>) -> ExceptionMap {
    let mut out = ExceptionMap::default();
    for (name, base) in EXCEPTIONS {
        let base = out.get(base).unwrap_or_else(|| by_name[base].clone());
        let t = new_static_type(type_type, name, &base, Layout::Exception);
        out.insert(name, t);
    }
    // `ExceptionGroup(BaseExceptionGroup, Exception)`: the one builtin exception with two bases.
    let (group, exception) = (&out["ExceptionGroup"], &out["Exception"]);
    set_bases(
        group,
        &[out["BaseExceptionGroup"].clone(), exception.clone()],
    );
    set_mro(
        group,
        &[
            out["BaseExceptionGroup"].clone(),
            exception.clone(),
            out["BaseException"].clone(),
            by_name["object"].clone(),
        ],
    );
    out
}

fn type_payload(name: &str, bases: &[PyRef], layout: Layout, basetype: bool) -> Payload {
    Payload::Type(Box::new(TypeData {
        name: RefCell::new(name.rsplit('.').next().unwrap_or(name).to_string()),
        qualname: RefCell::new(name.rsplit('.').next().unwrap_or(name).to_string()),
        module: RefCell::new(match name.rsplit_once('.') {
            Some((m, _)) => m.to_string(),
            None => "builtins".to_string(),
        }),
        bases_list: RefCell::new(bases.to_vec()),
        bases_tuple: RefCell::new(None),
        mro_list: RefCell::new(Vec::new()),
        base: RefCell::new(None),
        dict: RefCell::new(Dict::new()),
        layout,
        has_finalizer: Cell::new(false),
        slot_names: None,
        weakrefable: false,
        is_heap_type: false,
        basetype,
        vectorcall: matches!(
            name,
            "type"
                | "bool"
                | "dict"
                | "list"
                | "tuple"
                | "set"
                | "frozenset"
                | "range"
                | "float"
                | "enumerate"
                | "reversed"
                | "map"
                | "filter"
                | "super"
        ),
        shared_keys: Default::default(),
        mro_tuple: RefCell::new(None),
        has_subclasses_dict: Cell::new(true),
        c_type_name: Cell::new(false),
        c_layout: Cell::new(None),
        collection_flags: Cell::new(match name {
            "list" | "tuple" | "range" | "memoryview" | "collections.deque" => {
                crate::objects::typeobj::TPFLAGS_SEQUENCE
            }
            "dict" | "mappingproxy" => crate::objects::typeobj::TPFLAGS_MAPPING,
            _ => 0,
        }),
    }))
}

fn new_static_type(type_type: &PyRef, name: &str, base: &PyRef, layout: Layout) -> PyRef {
    let basetype = !matches!(
        name,
        "bool"
            | "NoneType"
            | "NotImplementedType"
            | "ellipsis"
            | "range"
            | "slice"
            | "function"
            | "builtin_function_or_method"
            | "method"
            | "cell"
            | "code"
            | "frame"
            | "generator"
            | "memoryview"
            | "managedbuffer"
            | "memory_iterator"
            // Subclassable in CPython; refpy's `reversed()` makes its objects of the
            // builtin class only (`iterator_new`).
            | "reversed"
    );
    let t = PyRef::new(
        type_type,
        type_payload(name, std::slice::from_ref(base), layout, basetype),
    );
    crate::gc::untrack(&t);
    let mut mro = base
        .type_data()
        .map(|b| b.mro().to_vec())
        .unwrap_or_default();
    mro.insert(0, t.clone());
    *t.type_data().expect("type").mro_list.borrow_mut() = mro;
    t.make_immortal();
    t
}

fn set_mro(t: &PyRef, rest: &[PyRef]) {
    let mut mro = vec![t.clone()];
    mro.extend_from_slice(rest);
    *t.type_data().expect("type").mro_list.borrow_mut() = mro;
}

fn set_bases(t: &PyRef, bases: &[PyRef]) {
    *t.type_data().expect("type").bases_list.borrow_mut() = bases.to_vec();
}

/// Fills the builtin types' namespaces (methods, `__doc__`...).
pub fn populate(vm: &mut Vm) {
    // A one-character Latin-1 string is one shared object however it is made
    // (`get_latin1_char`), so interning its text (a name or constant "A") gives that
    // object: `chr(65) is "A"`. Except for the names CPython 3.11's deep-frozen startup
    // modules interned first as static strings of their own (`chr(97) is not "a"`).
    const STATIC_FIRST: &str = "BCLST_abcdefhijklmnopqrstvwxy";
    for (code, c) in vm.latin1_chars.iter().enumerate() {
        let ch = char::from(code as u8);
        if STATIC_FIRST.contains(ch) {
            vm.intern(&ch.to_string());
        } else {
            vm.interned
                .borrow_mut()
                .insert(ch.to_string().into(), c.clone());
        }
    }
    crate::objects::methods::register_all(vm);
}

impl Vm {
    /// Looks up an exception class by name (panics on an unknown name: a bug).
    pub fn exc_type(&self, name: &str) -> PyRef {
        self.types
            .exceptions
            .get(name)
            .unwrap_or_else(|| panic!("no exception type {name}"))
    }

    /// Adds a builtin method to a builtin type's namespace: a `method_descriptor`
    /// (`list.append`).
    pub fn add_method(
        &self,
        class: &PyRef,
        name: &'static str,
        func: crate::objects::function::NativeFn,
    ) {
        self.add_method_descriptor(class, name, func, true);
    }

    /// Adds a method that takes whatever it is given as its first argument
    /// (`type.__prepare__`, a classmethod in CPython): no receiver check.
    pub fn add_unchecked_method(
        &self,
        class: &PyRef,
        name: &'static str,
        func: crate::objects::function::NativeFn,
    ) {
        self.add_method_descriptor(class, name, func, false);
    }

    fn add_method_descriptor(
        &self,
        class: &PyRef,
        name: &'static str,
        func: crate::objects::function::NativeFn,
        check_receiver: bool,
    ) {
        let descriptor = &self.types.method_descriptor_type;
        let f = self.unbound_builtin(class, name, func, descriptor, check_receiver);
        self.set_type_attr(class, name, f);
    }

    /// Adds a slot wrapper, a `wrapper_descriptor` (`int.__add__`): bound, a
    /// `method-wrapper`.
    pub fn add_wrapper(
        &self,
        class: &PyRef,
        name: &'static str,
        func: crate::objects::function::NativeFn,
    ) {
        let f = self.unbound_builtin(
            class,
            name,
            func,
            &self.types.wrapper_descriptor_type,
            false,
        );
        self.set_type_attr(class, name, f);
    }

    /// A builtin method of `class` not bound to an object, an instance of `kind`; with
    /// `check_receiver`, a call checks its first argument against `class` (see
    /// `BuiltinFunction::owner_type`; builtin classes only, which are immortal).
    fn unbound_builtin(
        &self,
        class: &PyRef,
        name: &'static str,
        func: crate::objects::function::NativeFn,
        kind: &PyRef,
        check_receiver: bool,
    ) -> PyRef {
        let owner: &'static str = Box::leak(
            class
                .type_data()
                .map(|t| t.name())
                .unwrap_or_default()
                .into_boxed_str(),
        );
        let f = PyRef::new(
            kind,
            Payload::Builtin(Box::new(crate::objects::function::BuiltinFunction {
                name,
                func,
                receiver: None,
                owner: Some(owner),
                owner_type: (check_receiver && class.is_immortal()).then(|| class.clone()),
                module: None,
                varargs: crate::objects::function::takes_varargs(Some(owner), None, name),
                checks_recursion: crate::objects::function::checks_recursion(
                    Some(owner),
                    None,
                    name,
                ),
                fast: crate::objects::function::FastBuiltin::of(Some(owner), None, name),
            })),
        );
        f.make_immortal();
        f
    }

    /// Adds a builtin classmethod (it receives the class as its first argument).
    pub fn add_classmethod(
        &self,
        class: &PyRef,
        name: &'static str,
        func: crate::objects::function::NativeFn,
    ) {
        let f = self.unbound_builtin(class, name, func, &self.types.builtin_function_type, false);
        let cm = PyRef::new(
            &self.types.classmethod_descriptor_type,
            Payload::ClassMethod(f),
        );
        cm.make_immortal();
        self.set_type_attr(class, name, cm);
    }

    /// Adds a builtin staticmethod.
    pub fn add_staticmethod(
        &self,
        class: &PyRef,
        name: &'static str,
        func: crate::objects::function::NativeFn,
    ) {
        let f = self.unbound_builtin(class, name, func, &self.types.builtin_function_type, false);
        let sm = PyRef::new(&self.types.staticmethod_type, Payload::StaticMethod(f));
        sm.make_immortal();
        self.set_type_attr(class, name, sm);
    }

    /// Stores `value` in a class namespace.
    pub fn set_type_attr(&self, class: &PyRef, name: &str, value: PyRef) {
        let key = self.intern(name);
        let hash = key
            .as_str_opt()
            .map(crate::objects::str::str_hash)
            .unwrap_or(0);
        let t = class.type_data().expect("a type");
        crate::objects::method_cache::invalidate();
        let mut dict = t.dict.borrow_mut();
        match dict.index_of_str(hash, name) {
            Some(i) => {
                let old = dict.replace_value(i, value);
                drop(dict);
                drop(old);
            }
            None => dict.push_new(hash, key, value),
        }
    }
}
