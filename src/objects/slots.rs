//! Slot wrappers: the special methods of builtin types as callable attributes.
//!
//! The VM runs builtin payloads natively (`vm.native_getitem`...), so these are not on the
//! fast path. They exist so that Python code can reach the builtin behaviour by name:
//! `super().__init__(msg)` in an exception class, `list.__getitem__(self, i)` in a list
//! subclass that overrides it, `object.__setattr__(self, k, v)`, `dir(1)`, `hasattr(x,
//! '__iter__')`. Each wrapper calls the native implementation and never the override, so a
//! subclass calling its base never recurses into itself.
//!
//! Each type has its own table, holding exactly the names CPython 3.11 defines in that
//! type's `__dict__` (`scripts/gen_dunder_names.py` prints them): a name a type inherits
//! is not repeated, and a name it lacks is not there, so `hasattr`, `dir()` and
//! `T.__dict__` agree with CPython. The wrappers themselves live in `methods/*_slots.rs`.

use crate::bytecode::{BinaryOperator, CompareKind};
use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::objects::mappingproxy as proxy;
use crate::objects::memoryview as mv;
use crate::objects::methods::container_slots as seq;
use crate::objects::methods::descr_slots as descr;
use crate::objects::methods::exception_slots as exc;
use crate::objects::methods::generic_alias;
use crate::objects::methods::num_slots::{self as num, Domain};
use crate::objects::methods::object_slots as obj;
use crate::objects::payload::Payload;
use crate::objects::typeobj::Layout;
use crate::vm::{Args, PyResult, Vm};
use BinaryOperator::{
    Add, And, FloorDivide, Lshift, Multiply, Or, Remainder, Rshift, Subtract, TrueDivide, Xor,
};

/// How a table entry is exposed, which decides how its first argument is checked.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    /// A slot wrapper (`int.__add__`): the receiver must be an instance of the type.
    Wrapper,
    /// A method descriptor (`float.__round__`): likewise, with that descriptor's wording.
    Method,
    /// A class method (`float.__getformat__`, `list.__class_getitem__`): gets the class.
    Class,
    /// `__new__`, a static method whose first argument is a subtype to instantiate.
    New,
    /// A method taking whatever it is given (`type.__prepare__`).
    Unchecked,
    /// `__hash__ = None`: instances are unhashable.
    Unhashable,
    /// A read-only data descriptor of the instances (`int.real`, `method.__func__`): `func`
    /// is the getter, `setter` refuses assignment and deletion with CPython's message.
    Get,
    /// A read-only `member_descriptor` of the instances (`complex.real`, `range.start`):
    /// as `Get`, refusing assignment with `readonly attribute`.
    Member,
    /// The instances answer `__doc__` themselves (functions, properties...): CPython has a
    /// data descriptor there, which refpy's payloads stand for, so the type gets no `__doc__`
    /// (its class-level `__doc__` stays None without one).
    OwnDoc,
}

pub struct Slot {
    pub name: &'static str,
    pub kind: Kind,
    pub func: NativeFn,
    pub setter: Option<NativeFn>,
}

/// One table entry: `func` wrapped in the check of its first argument against `owner`.
macro_rules! slot {
    ($owner:expr, $kind:ident, $name:literal, $f:expr) => {
        slot!($owner, $kind, $name, $f, None)
    };
    ($owner:expr, $kind:ident, $name:literal, $f:expr, $setter:expr) => {
        Slot {
            name: $name,
            kind: Kind::$kind,
            func: {
                fn checked(vm: &mut Vm, args: Args) -> PyResult {
                    // A `Get`/`Member` function is only reached through its descriptor,
                    // whose `__get__` checked the instance against the type already.
                    if !matches!(Kind::$kind, Kind::Get | Kind::Member) {
                        let owner: fn(&Vm) -> PyRef = $owner;
                        check_first(vm, &args, Kind::$kind, $name, &owner(vm))?;
                    }
                    let f: NativeFn = $f;
                    f(vm, args)
                }
                checked
            },
            setter: $setter,
        }
    };
}

/// A type's table: `slots![owner; Kind "name" => function, ...]`, where `compare =>
/// f` stands for the six rich comparisons as `f(vm, args, kind)`, `unhashable` for
/// `__hash__ = None`, `get "name"` for a read-only attribute of the instances,
/// `getset "name" => (getter, setter)` for one with its own setter (`member "name" => ...`
/// for a `member_descriptor`), and `own_doc` for a type
/// whose instances answer `__doc__` themselves.
macro_rules! slots {
    (@acc [$($done:tt)*] $owner:expr;) => { &[$($done)*] };
    (@acc [$($done:tt)*] $owner:expr; own_doc $(, $($rest:tt)*)?) => {
        slots!(@acc [$($done)*
            Slot { name: "__doc__", kind: Kind::OwnDoc, func: no_call, setter: None },
        ] $owner; $($($rest)*)?)
    };
    (@acc [$($done:tt)*] $owner:expr; unhashable $(, $($rest:tt)*)?) => {
        slots!(@acc [$($done)*
            Slot { name: "__hash__", kind: Kind::Unhashable, func: no_call, setter: None },
        ] $owner; $($($rest)*)?)
    };
    (@acc [$($done:tt)*] $owner:expr; getset $name:literal => ($get:expr, $set:expr)
        $(, $($rest:tt)*)?) => {
        slots!(@acc [$($done)* slot!($owner, Get, $name, $get, Some($set)),]
            $owner; $($($rest)*)?)
    };
    (@acc [$($done:tt)*] $owner:expr; member $name:literal => ($get:expr, $set:expr)
        $(, $($rest:tt)*)?) => {
        slots!(@acc [$($done)* slot!($owner, Member, $name, $get, Some($set)),]
            $owner; $($($rest)*)?)
    };
    (@acc [$($done:tt)*] $owner:expr; get $name:literal $(, $($rest:tt)*)?) => {
        slots!(@acc [$($done)*
            slot!($owner, Get, $name, |vm, a| attribute_get(vm, a, $name),
                Some(|vm, a| attribute_readonly(vm, a, $name))),
        ] $owner; $($($rest)*)?)
    };
    (@acc [$($done:tt)*] $owner:expr; member $name:literal $(, $($rest:tt)*)?) => {
        slots!(@acc [$($done)*
            slot!($owner, Member, $name, |vm, a| attribute_get(vm, a, $name),
                Some(member_readonly)),
        ] $owner; $($($rest)*)?)
    };
    (@acc [$($done:tt)*] $owner:expr; exc_getset $name:literal $(, $($rest:tt)*)?) => {
        slots!(@acc [$($done)*
            slot!($owner, Get, $name, |vm, a| attribute_get(vm, a, $name),
                Some(|vm, a| exc_field_set(vm, a, $name))),
        ] $owner; $($($rest)*)?)
    };
    (@acc [$($done:tt)*] $owner:expr; exc_member $name:literal $(, $($rest:tt)*)?) => {
        slots!(@acc [$($done)*
            slot!($owner, Member, $name, |vm, a| attribute_get(vm, a, $name),
                Some(|vm, a| exc_field_set(vm, a, $name))),
        ] $owner; $($($rest)*)?)
    };
    (@acc [$($done:tt)*] $owner:expr; compare => $cmp:expr $(, $($rest:tt)*)?) => {
        slots!(@acc [$($done)*
            slot!($owner, Wrapper, "__lt__", |vm, a| ($cmp)(vm, a, CompareKind::Lt)),
            slot!($owner, Wrapper, "__le__", |vm, a| ($cmp)(vm, a, CompareKind::Le)),
            slot!($owner, Wrapper, "__eq__", |vm, a| ($cmp)(vm, a, CompareKind::Eq)),
            slot!($owner, Wrapper, "__ne__", |vm, a| ($cmp)(vm, a, CompareKind::Ne)),
            slot!($owner, Wrapper, "__gt__", |vm, a| ($cmp)(vm, a, CompareKind::Gt)),
            slot!($owner, Wrapper, "__ge__", |vm, a| ($cmp)(vm, a, CompareKind::Ge)),
        ] $owner; $($($rest)*)?)
    };
    (@acc [$($done:tt)*] $owner:expr; $kind:ident $name:literal => $f:expr $(, $($rest:tt)*)?) => {
        slots!(@acc [$($done)* slot!($owner, $kind, $name, $f),] $owner; $($($rest)*)?)
    };
    ($owner:expr; $($rest:tt)*) => { slots!(@acc [] $owner; $($rest)*) };
}

/// The placeholder function of an `Unhashable` entry, which is stored as None.
fn no_call(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

/// CPython's checks of a descriptor's first argument: `descriptor '__add__' requires a
/// 'int' object but received a 'str'`, `int.__new__(str): str is not a subtype of int`...
fn check_first(vm: &Vm, args: &Args, kind: Kind, name: &str, owner: &PyRef) -> PyResult<()> {
    // Only the error messages need the type's name.
    let type_name = || owner.type_data().map(|t| t.name()).unwrap_or_default();
    match kind {
        Kind::Wrapper | Kind::Method | Kind::Get | Kind::Member => {
            let Some(first) = args.args.first() else {
                let tname = type_name();
                return Err(vm.type_error(match kind {
                    Kind::Wrapper => {
                        format!("descriptor '{name}' of '{tname}' object needs an argument")
                    }
                    _ => format!("unbound method {tname}.{name}() needs an argument"),
                }));
            };
            if !vm.isinstance(first, owner) {
                let tname = type_name();
                return Err(vm.type_error(match kind {
                    Kind::Wrapper => format!(
                        "descriptor '{name}' requires a '{tname}' object but received a '{}'",
                        first.class_name()
                    ),
                    _ => format!(
                        "descriptor '{name}' for '{tname}' objects doesn't apply to a '{}' object",
                        first.class_name()
                    ),
                }));
            }
            let takes_keywords = matches!(name, "__init__" | "__call__");
            if kind == Kind::Wrapper && !takes_keywords && !args.kwnames.is_empty() {
                return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
            }
            Ok(())
        }
        Kind::New => {
            let Some(cls) = args.args.first() else {
                let tname = type_name();
                return Err(vm.type_error(format!("{tname}.__new__(): not enough arguments")));
            };
            let Some(t) = cls.type_data() else {
                let tname = type_name();
                return Err(vm.type_error(format!(
                    "{tname}.__new__(X): X is not a type object ({})",
                    cls.class_name()
                )));
            };
            if !vm.is_subclass(cls, owner) {
                let tname = type_name();
                return Err(vm.type_error(format!(
                    "{tname}.__new__({}): {} is not a subtype of {tname}",
                    t.name(),
                    t.name()
                )));
            }
            // `tp_new_wrapper`: the nearest builtin class must make its instances with this
            // very `__new__` (`int.__new__(bool)` would make no bool). The exception tables
            // are shared, their owner standing for several classes, so they are not checked.
            if owner
                .type_data()
                .is_some_and(|d| d.layout == Layout::Exception)
            {
                return Ok(());
            }
            if let Some(base) = t.nearest_builtin_base().filter(|b| !b.is(owner)) {
                let mine = vm.lookup_in_mro(owner, "__new__");
                let theirs = vm.lookup_in_mro(&base, "__new__");
                if let (Some(m), Some(b)) = (mine, theirs) {
                    if !m.is(&b) {
                        let (tname, bname) = (
                            type_name(),
                            base.type_data().map(|d| d.name()).unwrap_or_default(),
                        );
                        return Err(vm.type_error(format!(
                            "{tname}.__new__({}) is not safe, use {bname}.__new__()",
                            t.name()
                        )));
                    }
                }
            }
            Ok(())
        }
        Kind::Class | Kind::Unchecked | Kind::Unhashable | Kind::OwnDoc => Ok(()),
    }
}

/// Puts a table's entries in a type's namespace, and the `__doc__` every builtin type has
/// (refpy keeps no docstrings: None).
fn install(vm: &mut Vm, class: &PyRef, table: &[Slot]) {
    for s in table {
        match s.kind {
            Kind::Wrapper => vm.add_wrapper(class, s.name, s.func),
            Kind::Method => vm.add_method(class, s.name, s.func),
            Kind::Unchecked => vm.add_unchecked_method(class, s.name, s.func),
            Kind::Class => vm.add_classmethod(class, s.name, s.func),
            Kind::New => vm.add_staticmethod(class, s.name, s.func),
            Kind::Unhashable => {
                let none = vm.none();
                vm.set_type_attr(class, s.name, none);
            }
            Kind::OwnDoc => {}
            Kind::Get | Kind::Member => {
                use crate::objects::descriptor::{SlotDescriptor, SlotKind};
                let kind = if s.kind == Kind::Get {
                    SlotKind::Getset
                } else {
                    SlotKind::NativeMember
                };
                let set = s.setter.unwrap_or(attribute_readonly_any);
                let descriptor = SlotDescriptor::new_native(vm, class, s.name, kind, (s.func, set));
                vm.set_type_attr(class, s.name, descriptor);
            }
        }
    }
    let has_doc = class.type_data().is_some_and(|t| {
        t.dict
            .borrow()
            .get_str(crate::static_str_hash!("__doc__"), "__doc__")
            .is_some()
    });
    let own_doc = table.iter().any(|s| s.kind == Kind::OwnDoc);
    if !has_doc && !own_doc {
        let none = vm.none();
        vm.set_type_attr(class, "__doc__", none);
    }
}

/// The getter of a read-only attribute: the value the payload holds.
fn attribute_get(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    let o = num::unary_operand(vm, &args)?;
    match crate::objects::methods::payload_attr(vm, o, name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(o, name)),
    }
}

/// The setter and deleter of a read-only attribute.
fn attribute_readonly(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    let cls = args
        .args
        .first()
        .map(|o| o.class_name())
        .unwrap_or_default();
    Err(vm.attribute_error(format!(
        "attribute '{name}' of '{cls}' objects is not writable"
    )))
}

/// The setter and deleter of a builtin exception field (`args`, `OSError.errno`...).
fn exc_field_set(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    let o = num::unary_operand(vm, &Args::new(&args.args[..1.min(args.args.len())]))?.clone();
    vm.set_exc_field(&o, name, args.args.get(1).cloned())?;
    Ok(vm.none())
}

/// The setter and deleter of a read-only member (`T_OBJECT` with `READONLY`).
fn member_readonly(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.attribute_error("readonly attribute"))
}

/// The setter of a `Get` entry made without one.
fn attribute_readonly_any(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.attribute_error("readonly attribute"))
}

/// Registers the special methods of every builtin type.
pub fn register(vm: &mut Vm) {
    let t = &vm.types;
    let tables: Vec<(PyRef, &[Slot])> = vec![
        (t.object_type.clone(), OBJECT),
        (t.type_type.clone(), TYPE),
        (t.int_type.clone(), INT),
        (t.bool_type.clone(), BOOL),
        (t.float_type.clone(), FLOAT),
        (t.complex_type.clone(), COMPLEX),
        (t.str_type.clone(), STR),
        (t.bytes_type.clone(), BYTES),
        (t.bytearray_type.clone(), BYTEARRAY),
        (t.list_type.clone(), LIST),
        (t.tuple_type.clone(), TUPLE),
        (t.dict_type.clone(), DICT),
        (t.set_type.clone(), SET),
        (t.frozenset_type.clone(), FROZENSET),
        (t.range_type.clone(), RANGE),
        (t.slice_type.clone(), SLICE),
        (t.dict_keys_type.clone(), DICT_KEYS),
        (t.dict_items_type.clone(), DICT_ITEMS),
        (t.dict_values_type.clone(), DICT_VALUES),
        (t.list_iterator_type.clone(), LIST_ITERATOR),
        (t.list_reverseiterator_type.clone(), LIST_REVERSEITERATOR),
        (t.tuple_iterator_type.clone(), TUPLE_ITERATOR),
        (t.str_iterator_type.clone(), STR_ITERATOR),
        (t.str_unicode_iterator_type.clone(), STR_UNICODE_ITERATOR),
        (t.bytes_iterator_type.clone(), BYTES_ITERATOR),
        (t.bytearray_iterator_type.clone(), BYTEARRAY_ITERATOR),
        (t.longrange_iterator_type.clone(), LONGRANGE_ITERATOR),
        (t.range_iterator_type.clone(), RANGE_ITERATOR),
        (t.iterator_type.clone(), SEQ_ITERATOR),
        (t.dict_keyiterator_type.clone(), DICT_KEYITERATOR),
        (t.dict_valueiterator_type.clone(), DICT_VALUEITERATOR),
        (t.dict_itemiterator_type.clone(), DICT_ITEMITERATOR),
        (
            t.dict_reversekeyiterator_type.clone(),
            DICT_REVERSEKEYITERATOR,
        ),
        (
            t.dict_reversevalueiterator_type.clone(),
            DICT_REVERSEVALUEITERATOR,
        ),
        (
            t.dict_reverseitemiterator_type.clone(),
            DICT_REVERSEITEMITERATOR,
        ),
        (t.set_iterator_type.clone(), SET_ITERATOR),
        (t.odict_iterator_type.clone(), ODICT_ITERATOR),
        (t.callable_iterator_type.clone(), CALLABLE_ITERATOR),
        (t.enumerate_type.clone(), ENUMERATE),
        (t.zip_type.clone(), ZIP),
        (t.map_type.clone(), MAP),
        (t.filter_type.clone(), FILTER),
        (t.reversed_type.clone(), REVERSED),
        (t.itertools_product_type.clone(), ITERTOOLS_PRODUCT),
        (
            t.itertools_permutations_type.clone(),
            ITERTOOLS_PERMUTATIONS,
        ),
        (
            t.itertools_combinations_type.clone(),
            ITERTOOLS_COMBINATIONS,
        ),
        (t.itertools_cwr_type.clone(), ITERTOOLS_CWR),
        (t.generator_type.clone(), GENERATOR),
        (t.coroutine_type.clone(), COROUTINE),
        (t.async_generator_type.clone(), ASYNC_GENERATOR),
        (t.async_generator_asend_type.clone(), ASYNC_GENERATOR_ASEND),
        (
            t.async_generator_athrow_type.clone(),
            ASYNC_GENERATOR_ATHROW,
        ),
        (t.anext_awaitable_type.clone(), ANEXT_AWAITABLE),
        (t.function_type.clone(), FUNCTION),
        (t.builtin_function_type.clone(), BUILTIN_FUNCTION),
        (t.method_type.clone(), METHOD),
        (t.wrapper_descriptor_type.clone(), WRAPPER_DESCRIPTOR),
        (t.method_descriptor_type.clone(), METHOD_DESCRIPTOR),
        (
            t.classmethod_descriptor_type.clone(),
            CLASSMETHOD_DESCRIPTOR,
        ),
        (t.method_wrapper_type.clone(), METHOD_WRAPPER),
        (t.property_type.clone(), PROPERTY),
        (t.getset_descriptor_type.clone(), GETSET_DESCRIPTOR),
        (t.member_descriptor_type.clone(), MEMBER_DESCRIPTOR),
        (t.mappingproxy_type.clone(), MAPPINGPROXY),
        (t.staticmethod_type.clone(), STATICMETHOD),
        (t.classmethod_type.clone(), CLASSMETHOD),
        (t.super_type.clone(), SUPER),
        (t.module_type.clone(), MODULE),
        (t.cell_type.clone(), CELL),
        (t.code_type.clone(), CODE),
        (t.traceback_type.clone(), TRACEBACK),
        (t.none_type.clone(), NONE_TYPE),
        (t.not_implemented_type.clone(), NOT_IMPLEMENTED_TYPE),
        (t.ellipsis_type.clone(), ELLIPSIS),
        (t.memoryview_type.clone(), MEMORYVIEW),
        (t.managedbuffer_type.clone(), MANAGEDBUFFER),
        (t.memory_iterator_type.clone(), MEMORY_ITERATOR),
    ];
    for (class, table) in tables {
        install(vm, &class, table);
    }
    for (name, table) in EXCEPTIONS {
        let class = vm.exc_type(name);
        install(vm, &class, table);
    }
}

// ---- object and type ----

const OBJECT: &[Slot] = slots![|vm| vm.types.object_type.clone();
    getset "__class__" => (obj::class_get, obj::class_set),
    New "__new__" => obj::object_new,
    Wrapper "__init__" => obj::object_init,
    Class "__init_subclass__" => obj::object_init_subclass,
    Class "__subclasshook__" => obj::object_subclasshook,
    Wrapper "__repr__" => obj::object_repr,
    Wrapper "__str__" => obj::object_str,
    Wrapper "__hash__" => obj::object_hash,
    Wrapper "__eq__" => obj::object_eq,
    Wrapper "__ne__" => obj::object_ne,
    Wrapper "__lt__" => obj::object_order,
    Wrapper "__le__" => obj::object_order,
    Wrapper "__gt__" => obj::object_order,
    Wrapper "__ge__" => obj::object_order,
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__setattr__" => obj::object_setattr,
    Wrapper "__delattr__" => obj::object_delattr,
    Method "__format__" => obj::object_format,
    Method "__dir__" => obj::dir,
    Method "__getstate__" => obj::object_getstate,
    Method "__reduce__" => obj::object_reduce,
    Method "__reduce_ex__" => obj::object_reduce_ex,
];

const TYPE: &[Slot] = slots![|vm| vm.types.type_type.clone();
    own_doc,
    New "__new__" => crate::objects::methods::type_methods::type_new,
    Wrapper "__init__" => crate::objects::methods::type_methods::type_init,
    Wrapper "__call__" => crate::objects::methods::type_methods::type_call,
    Wrapper "__repr__" => native_repr,
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__setattr__" => obj::object_setattr,
    Wrapper "__delattr__" => obj::object_delattr,
    Wrapper "__or__" => |vm, a| generic_alias::type_or(vm, a, false),
    Wrapper "__ror__" => |vm, a| generic_alias::type_or(vm, a, true),
    Unchecked "__prepare__" => obj::type_prepare,
    Method "__dir__" => obj::dir,
    Method "__instancecheck__" => obj::type_instancecheck,
    Method "__subclasscheck__" => obj::type_subclasscheck,
    Method "__subclasses__" => obj::type_subclasses,
    Method "__sizeof__" => obj::sizeof,
    getset "__name__" => (|vm, a| obj::type_attr_get(vm, a, "__name__"),
        |vm, a| obj::type_attr_set(vm, a, "__name__")),
    getset "__qualname__" => (|vm, a| obj::type_attr_get(vm, a, "__qualname__"),
        |vm, a| obj::type_attr_set(vm, a, "__qualname__")),
    getset "__bases__" => (|vm, a| obj::type_attr_get(vm, a, "__bases__"),
        |vm, a| obj::type_attr_set(vm, a, "__bases__")),
    getset "__module__" => (|vm, a| obj::type_attr_get(vm, a, "__module__"),
        |vm, a| obj::type_attr_set(vm, a, "__module__")),
    getset "__dict__" => (|vm, a| obj::type_attr_get(vm, a, "__dict__"),
        |vm, a| obj::type_attr_readonly(vm, a, "__dict__", false)),
    getset "__doc__" => (|vm, a| obj::type_attr_get(vm, a, "__doc__"),
        |vm, a| obj::type_attr_set(vm, a, "__doc__")),
    member "__basicsize__" => (|vm, a| obj::type_attr_get(vm, a, "__basicsize__"),
        |vm, a| obj::type_attr_readonly(vm, a, "__basicsize__", true)),
    member "__itemsize__" => (|vm, a| obj::type_attr_get(vm, a, "__itemsize__"),
        |vm, a| obj::type_attr_readonly(vm, a, "__itemsize__", true)),
    member "__flags__" => (|vm, a| obj::type_attr_get(vm, a, "__flags__"),
        |vm, a| obj::type_attr_readonly(vm, a, "__flags__", true)),
    member "__weakrefoffset__" => (|vm, a| obj::type_attr_get(vm, a, "__weakrefoffset__"),
        |vm, a| obj::type_attr_readonly(vm, a, "__weakrefoffset__", true)),
    member "__base__" => (|vm, a| obj::type_attr_get(vm, a, "__base__"),
        |vm, a| obj::type_attr_readonly(vm, a, "__base__", true)),
    member "__dictoffset__" => (|vm, a| obj::type_attr_get(vm, a, "__dictoffset__"),
        |vm, a| obj::type_attr_readonly(vm, a, "__dictoffset__", true)),
    member "__mro__" => (|vm, a| obj::type_attr_get(vm, a, "__mro__"),
        |vm, a| obj::type_attr_readonly(vm, a, "__mro__", true)),
];

// ---- numbers ----

const INT: &[Slot] = slots![|vm| vm.types.int_type.clone();
    New "__new__" => obj::builtin_new,
    get "real",
    get "imag",
    get "numerator",
    get "denominator",
    Wrapper "__repr__" => int_repr,
    Wrapper "__hash__" => native_hash,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => |vm, a, k| compare_if(vm, a, k, is_int),
    Wrapper "__add__" => |vm, a| num::binary(vm, a, Add, Domain::Int, false),
    Wrapper "__radd__" => |vm, a| num::binary(vm, a, Add, Domain::Int, true),
    Wrapper "__sub__" => |vm, a| num::binary(vm, a, Subtract, Domain::Int, false),
    Wrapper "__rsub__" => |vm, a| num::binary(vm, a, Subtract, Domain::Int, true),
    Wrapper "__mul__" => |vm, a| num::binary(vm, a, Multiply, Domain::Int, false),
    Wrapper "__rmul__" => |vm, a| num::binary(vm, a, Multiply, Domain::Int, true),
    Wrapper "__mod__" => |vm, a| num::binary(vm, a, Remainder, Domain::Int, false),
    Wrapper "__rmod__" => |vm, a| num::binary(vm, a, Remainder, Domain::Int, true),
    Wrapper "__divmod__" => |vm, a| num::divmod(vm, a, Domain::Int, false),
    Wrapper "__rdivmod__" => |vm, a| num::divmod(vm, a, Domain::Int, true),
    Wrapper "__pow__" => |vm, a| num::power(vm, a, Domain::Int, false),
    Wrapper "__rpow__" => |vm, a| num::power(vm, a, Domain::Int, true),
    Wrapper "__neg__" => num::neg,
    Wrapper "__pos__" => num::pos,
    Wrapper "__abs__" => num::abs,
    Wrapper "__bool__" => num::bool_,
    Wrapper "__invert__" => num::invert,
    Wrapper "__lshift__" => |vm, a| num::binary(vm, a, Lshift, Domain::Int, false),
    Wrapper "__rlshift__" => |vm, a| num::binary(vm, a, Lshift, Domain::Int, true),
    Wrapper "__rshift__" => |vm, a| num::binary(vm, a, Rshift, Domain::Int, false),
    Wrapper "__rrshift__" => |vm, a| num::binary(vm, a, Rshift, Domain::Int, true),
    Wrapper "__and__" => |vm, a| num::int_bitwise(vm, a, And, false),
    Wrapper "__rand__" => |vm, a| num::int_bitwise(vm, a, And, true),
    Wrapper "__xor__" => |vm, a| num::int_bitwise(vm, a, Xor, false),
    Wrapper "__rxor__" => |vm, a| num::int_bitwise(vm, a, Xor, true),
    Wrapper "__or__" => |vm, a| num::int_bitwise(vm, a, Or, false),
    Wrapper "__ror__" => |vm, a| num::int_bitwise(vm, a, Or, true),
    Wrapper "__int__" => num::int_value,
    Wrapper "__float__" => num::float_value,
    Wrapper "__floordiv__" => |vm, a| num::binary(vm, a, FloorDivide, Domain::Int, false),
    Wrapper "__rfloordiv__" => |vm, a| num::binary(vm, a, FloorDivide, Domain::Int, true),
    Wrapper "__truediv__" => |vm, a| num::binary(vm, a, TrueDivide, Domain::Int, false),
    Wrapper "__rtruediv__" => |vm, a| num::binary(vm, a, TrueDivide, Domain::Int, true),
    Wrapper "__index__" => num::int_value,
    Method "__trunc__" => num::int_value,
    Method "__floor__" => num::int_value,
    Method "__ceil__" => num::int_value,
    Method "__round__" => num::int_round,
    Method "__getnewargs__" => num::getnewargs,
    Method "__format__" => num::format,
    Method "__sizeof__" => obj::sizeof,
];

const BOOL: &[Slot] = slots![|vm| vm.types.bool_type.clone();
    New "__new__" => obj::builtin_new,
    Wrapper "__repr__" => native_repr,
    Wrapper "__and__" => |vm, a| num::binary(vm, a, And, Domain::Int, false),
    Wrapper "__rand__" => |vm, a| num::binary(vm, a, And, Domain::Int, true),
    Wrapper "__xor__" => |vm, a| num::binary(vm, a, Xor, Domain::Int, false),
    Wrapper "__rxor__" => |vm, a| num::binary(vm, a, Xor, Domain::Int, true),
    Wrapper "__or__" => |vm, a| num::binary(vm, a, Or, Domain::Int, false),
    Wrapper "__ror__" => |vm, a| num::binary(vm, a, Or, Domain::Int, true),
];

const FLOAT: &[Slot] = slots![|vm| vm.types.float_type.clone();
    New "__new__" => obj::builtin_new,
    get "real",
    get "imag",
    Wrapper "__repr__" => native_repr,
    Wrapper "__hash__" => native_hash,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => |vm, a, k| compare_if(vm, a, k, is_real),
    Wrapper "__add__" => |vm, a| num::binary(vm, a, Add, Domain::Real, false),
    Wrapper "__radd__" => |vm, a| num::binary(vm, a, Add, Domain::Real, true),
    Wrapper "__sub__" => |vm, a| num::binary(vm, a, Subtract, Domain::Real, false),
    Wrapper "__rsub__" => |vm, a| num::binary(vm, a, Subtract, Domain::Real, true),
    Wrapper "__mul__" => |vm, a| num::binary(vm, a, Multiply, Domain::Real, false),
    Wrapper "__rmul__" => |vm, a| num::binary(vm, a, Multiply, Domain::Real, true),
    Wrapper "__mod__" => |vm, a| num::binary(vm, a, Remainder, Domain::Real, false),
    Wrapper "__rmod__" => |vm, a| num::binary(vm, a, Remainder, Domain::Real, true),
    Wrapper "__divmod__" => |vm, a| num::divmod(vm, a, Domain::Real, false),
    Wrapper "__rdivmod__" => |vm, a| num::divmod(vm, a, Domain::Real, true),
    Wrapper "__pow__" => |vm, a| num::power(vm, a, Domain::Real, false),
    Wrapper "__rpow__" => |vm, a| num::power(vm, a, Domain::Real, true),
    Wrapper "__neg__" => num::neg,
    Wrapper "__pos__" => num::pos,
    Wrapper "__abs__" => num::abs,
    Wrapper "__bool__" => num::bool_,
    Wrapper "__int__" => num::float_trunc,
    Wrapper "__float__" => num::float_value,
    Wrapper "__floordiv__" => |vm, a| num::binary(vm, a, FloorDivide, Domain::Real, false),
    Wrapper "__rfloordiv__" => |vm, a| num::binary(vm, a, FloorDivide, Domain::Real, true),
    Wrapper "__truediv__" => |vm, a| num::binary(vm, a, TrueDivide, Domain::Real, false),
    Wrapper "__rtruediv__" => |vm, a| num::binary(vm, a, TrueDivide, Domain::Real, true),
    Method "__trunc__" => num::float_trunc,
    Method "__floor__" => num::float_floor,
    Method "__ceil__" => num::float_ceil,
    Method "__round__" => num::float_round,
    Method "__getnewargs__" => num::getnewargs,
    Method "__format__" => num::format,
    Class "__getformat__" => num::float_getformat,
];

const COMPLEX: &[Slot] = slots![|vm| vm.types.complex_type.clone();
    New "__new__" => obj::builtin_new,
    member "real",
    member "imag",
    Wrapper "__repr__" => native_repr,
    Wrapper "__hash__" => native_hash,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => |vm, a, k| compare_if(vm, a, k, is_number),
    Wrapper "__add__" => |vm, a| num::binary(vm, a, Add, Domain::Complex, false),
    Wrapper "__radd__" => |vm, a| num::binary(vm, a, Add, Domain::Complex, true),
    Wrapper "__sub__" => |vm, a| num::binary(vm, a, Subtract, Domain::Complex, false),
    Wrapper "__rsub__" => |vm, a| num::binary(vm, a, Subtract, Domain::Complex, true),
    Wrapper "__mul__" => |vm, a| num::binary(vm, a, Multiply, Domain::Complex, false),
    Wrapper "__rmul__" => |vm, a| num::binary(vm, a, Multiply, Domain::Complex, true),
    Wrapper "__pow__" => |vm, a| num::power(vm, a, Domain::Complex, false),
    Wrapper "__rpow__" => |vm, a| num::power(vm, a, Domain::Complex, true),
    Wrapper "__neg__" => num::neg,
    Wrapper "__pos__" => num::pos,
    Wrapper "__abs__" => num::abs,
    Wrapper "__bool__" => num::bool_,
    Wrapper "__truediv__" => |vm, a| num::binary(vm, a, TrueDivide, Domain::Complex, false),
    Wrapper "__rtruediv__" => |vm, a| num::binary(vm, a, TrueDivide, Domain::Complex, true),
    Method "__complex__" => num::complex_value,
    Method "__getnewargs__" => num::getnewargs,
    Method "__format__" => num::format,
];

// ---- text and bytes ----

const STR: &[Slot] = slots![|vm| vm.types.str_type.clone();
    New "__new__" => obj::builtin_new,
    Wrapper "__repr__" => native_repr,
    Wrapper "__hash__" => native_hash,
    Wrapper "__str__" => str_str,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => |vm, a, k| compare_if(vm, a, k, is_str),
    Wrapper "__iter__" => seq::iter,
    Wrapper "__mod__" => seq::str_mod,
    Wrapper "__rmod__" => seq::str_rmod,
    Wrapper "__len__" => seq::len,
    Wrapper "__getitem__" => seq::getitem,
    Wrapper "__add__" => seq::concat,
    Wrapper "__mul__" => seq::repeat,
    Wrapper "__rmul__" => seq::repeat,
    Wrapper "__contains__" => seq::contains,
    Method "__format__" => str_format,
    Method "__sizeof__" => obj::sizeof,
    Method "__getnewargs__" => str_getnewargs,
];

const BYTES: &[Slot] = slots![|vm| vm.types.bytes_type.clone();
    New "__new__" => obj::builtin_new,
    Wrapper "__repr__" => native_repr,
    Wrapper "__hash__" => native_hash,
    Wrapper "__str__" => native_repr,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => |vm, a, k| compare_if(vm, a, k, is_bytes),
    Wrapper "__iter__" => seq::iter,
    Wrapper "__mod__" => seq::bytes_mod,
    Wrapper "__rmod__" => seq::bytes_rmod,
    Wrapper "__len__" => seq::len,
    Wrapper "__getitem__" => seq::getitem,
    Wrapper "__add__" => seq::concat,
    Wrapper "__mul__" => seq::repeat,
    Wrapper "__rmul__" => seq::repeat,
    Wrapper "__contains__" => seq::contains,
    Method "__bytes__" => bytes_bytes,
    Method "__getnewargs__" => bytes_getnewargs,
];

const BYTEARRAY: &[Slot] = slots![|vm| vm.types.bytearray_type.clone();
    New "__new__" => obj::builtin_new,
    Wrapper "__init__" => bytearray_init,
    Wrapper "__repr__" => native_repr,
    Wrapper "__str__" => native_repr,
    unhashable,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => |vm, a, k| compare_if(vm, a, k, is_bytes_like),
    Wrapper "__iter__" => seq::iter,
    Wrapper "__mod__" => seq::bytes_mod,
    Wrapper "__rmod__" => seq::bytes_rmod,
    Wrapper "__len__" => seq::len,
    Wrapper "__getitem__" => crate::objects::methods::bytearray_methods::dunder_getitem,
    Wrapper "__setitem__" => crate::objects::methods::bytearray_methods::dunder_setitem,
    Wrapper "__delitem__" => crate::objects::methods::bytearray_methods::dunder_delitem,
    Wrapper "__add__" => seq::concat,
    Wrapper "__mul__" => seq::repeat,
    Wrapper "__rmul__" => seq::repeat,
    Wrapper "__contains__" => seq::contains,
    Wrapper "__iadd__" => seq::inplace_concat,
    Wrapper "__imul__" => seq::inplace_repeat,
    Method "__alloc__" => bytearray_alloc,
    Method "__reduce__" => |vm, a| bytearray_reduce(vm, a, false),
    Method "__reduce_ex__" => |vm, a| bytearray_reduce(vm, a, true),
    Method "__sizeof__" => obj::sizeof,
];

// ---- containers ----

const LIST: &[Slot] = slots![|vm| vm.types.list_type.clone();
    New "__new__" => obj::builtin_new,
    Wrapper "__init__" => container_init,
    Wrapper "__repr__" => native_repr,
    unhashable,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => |vm, a, k| compare_if(vm, a, k, is_list),
    Wrapper "__iter__" => seq::iter,
    Wrapper "__len__" => seq::len,
    // `list_methods`' METH_COEXIST entry: a method descriptor, not a slot wrapper.
    Method "__getitem__" => seq::getitem,
    Wrapper "__setitem__" => seq::setitem,
    Wrapper "__delitem__" => seq::delitem,
    Wrapper "__add__" => seq::concat,
    Wrapper "__mul__" => seq::repeat,
    Wrapper "__rmul__" => seq::repeat,
    Wrapper "__contains__" => seq::contains,
    Wrapper "__iadd__" => seq::inplace_concat,
    Wrapper "__imul__" => seq::inplace_repeat,
    Method "__reversed__" => seq::reversed,
    Method "__sizeof__" => obj::sizeof,
    Class "__class_getitem__" => generic_alias::class_getitem,
];

const TUPLE: &[Slot] = slots![|vm| vm.types.tuple_type.clone();
    New "__new__" => obj::builtin_new,
    Wrapper "__repr__" => native_repr,
    Wrapper "__hash__" => native_hash,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => |vm, a, k| compare_if(vm, a, k, is_tuple),
    Wrapper "__iter__" => seq::iter,
    Wrapper "__len__" => seq::len,
    Wrapper "__getitem__" => seq::getitem,
    Wrapper "__add__" => seq::concat,
    Wrapper "__mul__" => seq::repeat,
    Wrapper "__rmul__" => seq::repeat,
    Wrapper "__contains__" => seq::contains,
    Method "__getnewargs__" => tuple_getnewargs,
    Class "__class_getitem__" => generic_alias::class_getitem,
];

const DICT: &[Slot] = slots![|vm| vm.types.dict_type.clone();
    New "__new__" => obj::builtin_new,
    Wrapper "__init__" => container_init,
    Wrapper "__repr__" => native_repr,
    unhashable,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => |vm, a, k| compare_if(vm, a, k, is_dict),
    Wrapper "__iter__" => seq::iter,
    Wrapper "__len__" => seq::len,
    Method "__getitem__" => seq::getitem,
    Wrapper "__setitem__" => seq::setitem,
    Wrapper "__delitem__" => seq::delitem,
    Method "__contains__" => seq::contains,
    Wrapper "__or__" => |vm, a| seq::dict_or(vm, a, false),
    Wrapper "__ror__" => |vm, a| seq::dict_or(vm, a, true),
    Wrapper "__ior__" => seq::dict_ior,
    Method "__reversed__" => seq::reversed,
    Method "__sizeof__" => obj::sizeof,
    Class "__class_getitem__" => generic_alias::class_getitem,
];

const SET: &[Slot] = slots![|vm| vm.types.set_type.clone();
    New "__new__" => obj::builtin_new,
    Wrapper "__init__" => container_init,
    Wrapper "__repr__" => native_repr,
    unhashable,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => |vm, a, k| compare_if(vm, a, k, is_any_set),
    Wrapper "__iter__" => seq::iter,
    Wrapper "__len__" => seq::len,
    Method "__contains__" => seq::contains,
    Wrapper "__sub__" => |vm, a| seq::set_op(vm, a, Subtract, false),
    Wrapper "__rsub__" => |vm, a| seq::set_op(vm, a, Subtract, true),
    Wrapper "__and__" => |vm, a| seq::set_op(vm, a, And, false),
    Wrapper "__rand__" => |vm, a| seq::set_op(vm, a, And, true),
    Wrapper "__xor__" => |vm, a| seq::set_op(vm, a, Xor, false),
    Wrapper "__rxor__" => |vm, a| seq::set_op(vm, a, Xor, true),
    Wrapper "__or__" => |vm, a| seq::set_op(vm, a, Or, false),
    Wrapper "__ror__" => |vm, a| seq::set_op(vm, a, Or, true),
    Wrapper "__isub__" => |vm, a| seq::set_inplace(vm, a, Subtract),
    Wrapper "__iand__" => |vm, a| seq::set_inplace(vm, a, And),
    Wrapper "__ixor__" => |vm, a| seq::set_inplace(vm, a, Xor),
    Wrapper "__ior__" => |vm, a| seq::set_inplace(vm, a, Or),
    Method "__reduce__" => seq::set_reduce,
    Method "__sizeof__" => obj::sizeof,
    Class "__class_getitem__" => generic_alias::class_getitem,
];

const FROZENSET: &[Slot] = slots![|vm| vm.types.frozenset_type.clone();
    New "__new__" => obj::builtin_new,
    Wrapper "__repr__" => native_repr,
    Wrapper "__hash__" => native_hash,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => |vm, a, k| compare_if(vm, a, k, is_any_set),
    Wrapper "__iter__" => seq::iter,
    Wrapper "__len__" => seq::len,
    Method "__contains__" => seq::contains,
    Wrapper "__sub__" => |vm, a| seq::set_op(vm, a, Subtract, false),
    Wrapper "__rsub__" => |vm, a| seq::set_op(vm, a, Subtract, true),
    Wrapper "__and__" => |vm, a| seq::set_op(vm, a, And, false),
    Wrapper "__rand__" => |vm, a| seq::set_op(vm, a, And, true),
    Wrapper "__xor__" => |vm, a| seq::set_op(vm, a, Xor, false),
    Wrapper "__rxor__" => |vm, a| seq::set_op(vm, a, Xor, true),
    Wrapper "__or__" => |vm, a| seq::set_op(vm, a, Or, false),
    Wrapper "__ror__" => |vm, a| seq::set_op(vm, a, Or, true),
    Method "__reduce__" => seq::set_reduce,
    Method "__sizeof__" => obj::sizeof,
    Class "__class_getitem__" => generic_alias::class_getitem,
];

const RANGE: &[Slot] = slots![|vm| vm.types.range_type.clone();
    New "__new__" => obj::builtin_new,
    member "start",
    member "stop",
    member "step",
    Wrapper "__repr__" => native_repr,
    Wrapper "__hash__" => native_hash,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => |vm, a, k| compare_if(vm, a, k, is_range),
    Wrapper "__iter__" => seq::iter,
    Wrapper "__bool__" => seq::range_bool,
    Wrapper "__len__" => seq::len,
    Wrapper "__getitem__" => seq::getitem,
    Wrapper "__contains__" => seq::contains,
    Method "__reversed__" => seq::reversed,
    Method "__reduce__" => seq::bounds_reduce,
];

const SLICE: &[Slot] = slots![|vm| vm.types.slice_type.clone();
    New "__new__" => obj::builtin_new,
    member "start",
    member "stop",
    member "step",
    Wrapper "__repr__" => native_repr,
    unhashable,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => seq::slice_compare,
    Method "__reduce__" => seq::bounds_reduce,
];

// ---- dict views ----

/// The table of a set-like dict view (`dict_keys`, `dict_items`).
macro_rules! set_view_slots {
    ($owner:expr) => {
        slots![$owner;
            Wrapper "__repr__" => native_repr,
            unhashable,
            Wrapper "__getattribute__" => obj::object_getattribute,
            compare => seq::view_compare,
            Wrapper "__iter__" => seq::iter,
            Wrapper "__len__" => seq::len,
            Wrapper "__contains__" => seq::contains,
            Wrapper "__sub__" => |vm, a| seq::view_op(vm, a, Subtract, false),
            Wrapper "__rsub__" => |vm, a| seq::view_op(vm, a, Subtract, true),
            Wrapper "__and__" => |vm, a| seq::view_op(vm, a, And, false),
            Wrapper "__rand__" => |vm, a| seq::view_op(vm, a, And, true),
            Wrapper "__xor__" => |vm, a| seq::view_op(vm, a, Xor, false),
            Wrapper "__rxor__" => |vm, a| seq::view_op(vm, a, Xor, true),
            Wrapper "__or__" => |vm, a| seq::view_op(vm, a, Or, false),
            Wrapper "__ror__" => |vm, a| seq::view_op(vm, a, Or, true),
            Method "__reversed__" => seq::reversed,
        ]
    };
}

const DICT_KEYS: &[Slot] = set_view_slots!(|vm| vm.types.dict_keys_type.clone());
const DICT_ITEMS: &[Slot] = set_view_slots!(|vm| vm.types.dict_items_type.clone());

const DICT_VALUES: &[Slot] = slots![|vm| vm.types.dict_values_type.clone();
    Wrapper "__repr__" => native_repr,
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__iter__" => seq::iter,
    Wrapper "__len__" => seq::len,
    Method "__reversed__" => seq::reversed,
];

// ---- iterators ----

/// The table of an iterator over an indexable sequence: it can say how much is left and
/// be moved to an index.
macro_rules! seq_iterator_slots {
    ($owner:expr) => {
        slots![$owner;
            Wrapper "__getattribute__" => obj::object_getattribute,
            Wrapper "__iter__" => seq::iter_self,
            Wrapper "__next__" => seq::iter_next,
            Method "__length_hint__" => seq::length_hint,
            Method "__reduce__" => seq::iter_reduce,
            Method "__setstate__" => seq::iter_setstate,
        ]
    };
}

/// The table of an iterator over a hash table (dict, set): it can say how much is left.
macro_rules! table_iterator_slots {
    ($owner:expr) => {
        slots![$owner;
            Wrapper "__getattribute__" => obj::object_getattribute,
            Wrapper "__iter__" => seq::iter_self,
            Wrapper "__next__" => seq::iter_next,
            Method "__length_hint__" => seq::length_hint,
            Method "__reduce__" => seq::iter_reduce,
        ]
    };
}

const LIST_ITERATOR: &[Slot] = seq_iterator_slots!(|vm| vm.types.list_iterator_type.clone());
const LIST_REVERSEITERATOR: &[Slot] =
    seq_iterator_slots!(|vm| vm.types.list_reverseiterator_type.clone());
const TUPLE_ITERATOR: &[Slot] = seq_iterator_slots!(|vm| vm.types.tuple_iterator_type.clone());
const STR_ITERATOR: &[Slot] = seq_iterator_slots!(|vm| vm.types.str_iterator_type.clone());
const STR_UNICODE_ITERATOR: &[Slot] =
    seq_iterator_slots!(|vm| vm.types.str_unicode_iterator_type.clone());
const BYTES_ITERATOR: &[Slot] = seq_iterator_slots!(|vm| vm.types.bytes_iterator_type.clone());
const BYTEARRAY_ITERATOR: &[Slot] =
    seq_iterator_slots!(|vm| vm.types.bytearray_iterator_type.clone());
const LONGRANGE_ITERATOR: &[Slot] =
    seq_iterator_slots!(|vm| vm.types.longrange_iterator_type.clone());
const RANGE_ITERATOR: &[Slot] = seq_iterator_slots!(|vm| vm.types.range_iterator_type.clone());
const SEQ_ITERATOR: &[Slot] = seq_iterator_slots!(|vm| vm.types.iterator_type.clone());
const DICT_KEYITERATOR: &[Slot] =
    table_iterator_slots!(|vm| vm.types.dict_keyiterator_type.clone());
const DICT_VALUEITERATOR: &[Slot] =
    table_iterator_slots!(|vm| vm.types.dict_valueiterator_type.clone());
const DICT_ITEMITERATOR: &[Slot] =
    table_iterator_slots!(|vm| vm.types.dict_itemiterator_type.clone());
const DICT_REVERSEKEYITERATOR: &[Slot] =
    table_iterator_slots!(|vm| vm.types.dict_reversekeyiterator_type.clone());
const DICT_REVERSEVALUEITERATOR: &[Slot] =
    table_iterator_slots!(|vm| vm.types.dict_reversevalueiterator_type.clone());
const DICT_REVERSEITEMITERATOR: &[Slot] =
    table_iterator_slots!(|vm| vm.types.dict_reverseitemiterator_type.clone());
const SET_ITERATOR: &[Slot] = table_iterator_slots!(|vm| vm.types.set_iterator_type.clone());
/// `odict_iterator` has no `__length_hint__`.
const ODICT_ITERATOR: &[Slot] = slots![|vm| vm.types.odict_iterator_type.clone();
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__iter__" => seq::iter_self,
    Wrapper "__next__" => seq::iter_next,
    Method "__reduce__" => seq::iter_reduce,
];

const CALLABLE_ITERATOR: &[Slot] = slots![|vm| vm.types.callable_iterator_type.clone();
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__iter__" => seq::iter_self,
    Wrapper "__next__" => seq::iter_next,
    Method "__reduce__" => seq::iter_reduce,
];

const ENUMERATE: &[Slot] = slots![|vm| vm.types.enumerate_type.clone();
    New "__new__" => obj::iterator_new,
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__iter__" => seq::iter_self,
    Wrapper "__next__" => seq::iter_next,
    Method "__reduce__" => seq::iter_reduce,
    Class "__class_getitem__" => generic_alias::class_getitem,
];

const ZIP: &[Slot] = slots![|vm| vm.types.zip_type.clone();
    New "__new__" => obj::iterator_new,
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__iter__" => seq::iter_self,
    Wrapper "__next__" => seq::iter_next,
    Method "__reduce__" => seq::iter_reduce,
    Method "__setstate__" => seq::iter_setstate,
];

/// The table of `map` and `filter`: lazy, with no length to tell.
macro_rules! lazy_iterator_slots {
    ($owner:expr) => {
        slots![$owner;
            New "__new__" => obj::iterator_new,
            Wrapper "__getattribute__" => obj::object_getattribute,
            Wrapper "__iter__" => seq::iter_self,
            Wrapper "__next__" => seq::iter_next,
            Method "__reduce__" => seq::iter_reduce,
        ]
    };
}

const MAP: &[Slot] = lazy_iterator_slots!(|vm| vm.types.map_type.clone());
const FILTER: &[Slot] = lazy_iterator_slots!(|vm| vm.types.filter_type.clone());

const REVERSED: &[Slot] = slots![|vm| vm.types.reversed_type.clone();
    New "__new__" => obj::iterator_new,
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__iter__" => seq::iter_self,
    Wrapper "__next__" => seq::iter_next,
    Method "__length_hint__" => seq::length_hint,
    Method "__reduce__" => seq::iter_reduce,
    Method "__setstate__" => seq::iter_setstate,
];

/// The table of the native `itertools` iterators (`modules::itertools`): made by their
/// own `__new__`, no length hint.
macro_rules! itertools_slots {
    ($owner:expr, $new:path) => {
        slots![$owner;
            New "__new__" => $new,
            Wrapper "__getattribute__" => obj::object_getattribute,
            Wrapper "__iter__" => seq::iter_self,
            Wrapper "__next__" => seq::iter_next,
        ]
    };
}

const ITERTOOLS_PRODUCT: &[Slot] = itertools_slots!(
    |vm| vm.types.itertools_product_type.clone(),
    crate::modules::itertools::product_new
);
const ITERTOOLS_PERMUTATIONS: &[Slot] = itertools_slots!(
    |vm| vm.types.itertools_permutations_type.clone(),
    crate::modules::itertools::permutations_new
);
const ITERTOOLS_COMBINATIONS: &[Slot] = itertools_slots!(
    |vm| vm.types.itertools_combinations_type.clone(),
    crate::modules::itertools::combinations_new
);
const ITERTOOLS_CWR: &[Slot] = itertools_slots!(
    |vm| vm.types.itertools_cwr_type.clone(),
    crate::modules::itertools::cwr_new
);

/// `coroutine` shares the generator's payload and machinery (`vm/coroutine.rs`); it is
/// awaitable, not iterable.
const COROUTINE: &[Slot] = slots![|vm| vm.types.coroutine_type.clone();
    member "cr_code",
    get "cr_frame",
    get "cr_running",
    get "cr_suspended",
    get "cr_await",
    member "cr_origin",
    Wrapper "__repr__" => native_repr,
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__await__" => crate::vm::coroutine::coro_await,
    Wrapper "__del__" => descr::generator_del,
    Method "__sizeof__" => obj::sizeof,
];

/// `async_generator` shares the generator's payload too (`vm/async_generator.rs`).
const ASYNC_GENERATOR: &[Slot] = slots![|vm| vm.types.async_generator_type.clone();
    get "ag_await",
    member "ag_code",
    get "ag_frame",
    member "ag_running",
    Wrapper "__repr__" => native_repr,
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__aiter__" => crate::vm::async_generator::ag_aiter,
    Wrapper "__anext__" => crate::vm::async_generator::ag_anext,
    Wrapper "__del__" => crate::vm::async_generator::ag_del,
    Method "asend" => crate::vm::async_generator::ag_asend,
    Method "athrow" => crate::vm::async_generator::ag_athrow,
    Method "aclose" => crate::vm::async_generator::ag_aclose,
    Method "__sizeof__" => obj::sizeof,
    Class "__class_getitem__" => generic_alias::class_getitem,
];

/// The awaitables of async iteration: `asend`/`__anext__`, `athrow`/`aclose`, and
/// `anext(it, default)`; each is its own iterator.
macro_rules! async_awaitable_slots {
    ($owner:expr) => {
        slots![$owner;
            Wrapper "__repr__" => native_repr,
            Wrapper "__getattribute__" => obj::object_getattribute,
            Wrapper "__await__" => crate::vm::async_generator::await_self,
            Wrapper "__iter__" => crate::vm::async_generator::await_self,
            Wrapper "__next__" => crate::vm::async_generator::await_next,
            Method "send" => crate::vm::async_generator::await_send,
            Method "throw" => crate::vm::async_generator::await_throw,
            Method "close" => crate::vm::async_generator::await_close,
        ]
    };
}
const ASYNC_GENERATOR_ASEND: &[Slot] =
    async_awaitable_slots!(|vm| vm.types.async_generator_asend_type.clone());
const ASYNC_GENERATOR_ATHROW: &[Slot] =
    async_awaitable_slots!(|vm| vm.types.async_generator_athrow_type.clone());
const ANEXT_AWAITABLE: &[Slot] = async_awaitable_slots!(|vm| vm.types.anext_awaitable_type.clone());

const GENERATOR: &[Slot] = slots![|vm| vm.types.generator_type.clone();
    member "gi_code",
    get "gi_frame",
    get "gi_running",
    get "gi_suspended",
    get "gi_yieldfrom",
    Wrapper "__repr__" => native_repr,
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__iter__" => crate::objects::methods::generator_methods::gen_iter,
    Wrapper "__next__" => crate::objects::methods::generator_methods::gen_next,
    Wrapper "__del__" => descr::generator_del,
    Method "__sizeof__" => obj::sizeof,
];

// ---- callables and descriptors ----

const FUNCTION: &[Slot] = slots![|vm| vm.types.function_type.clone();
    own_doc,
    New "__new__" => obj::builtin_new,
    member "__closure__",
    member "__globals__",
    member "__builtins__",
    Wrapper "__repr__" => native_repr,
    Wrapper "__call__" => descr::call,
    Wrapper "__get__" => descr::function_get,
];

const BUILTIN_FUNCTION: &[Slot] = slots![|vm| vm.types.builtin_function_type.clone();
    own_doc,
    get "__self__",
    get "__name__",
    get "__qualname__",
    get "__text_signature__",
    Wrapper "__repr__" => native_repr,
    Wrapper "__hash__" => native_hash,
    Wrapper "__call__" => descr::call,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => descr::builtin_compare,
    Method "__reduce__" => descr::builtin_reduce,
];

/// The methods of builtin types, unbound (`wrapper_descriptor` for slot wrappers,
/// `method_descriptor` for the others; the two share their table as in CPython).
macro_rules! builtin_descriptor_table {
    ($name:ident, $field:ident) => {
        const $name: &[Slot] = slots![|vm| vm.types.$field.clone();
            Wrapper "__repr__" => native_repr,
            Wrapper "__call__" => descr::call,
            Wrapper "__getattribute__" => obj::object_getattribute,
            Wrapper "__get__" => descr::builtin_descriptor_get,
            Method "__reduce__" => descr::builtin_reduce,
            member "__objclass__",
            member "__name__",
            own_doc,
            get "__qualname__",
            get "__text_signature__",
        ];
    };
}
builtin_descriptor_table!(WRAPPER_DESCRIPTOR, wrapper_descriptor_type);
builtin_descriptor_table!(METHOD_DESCRIPTOR, method_descriptor_type);

const CLASSMETHOD_DESCRIPTOR: &[Slot] = slots![|vm| vm.types.classmethod_descriptor_type.clone();
    Wrapper "__repr__" => native_repr,
    Wrapper "__call__" => descr::classmethod_descriptor_call,
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__get__" => descr::classmethod_get,
    member "__objclass__",
    member "__name__",
    own_doc,
    get "__qualname__",
    get "__text_signature__",
];

/// A slot wrapper bound to its object (`(1).__add__`).
const METHOD_WRAPPER: &[Slot] = slots![|vm| vm.types.method_wrapper_type.clone();
    Wrapper "__repr__" => native_repr,
    Wrapper "__hash__" => native_hash,
    Wrapper "__call__" => descr::call,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => descr::builtin_compare,
    Method "__reduce__" => descr::builtin_reduce,
    member "__self__",
    get "__objclass__",
    get "__name__",
    get "__qualname__",
    own_doc,
    get "__text_signature__",
];

const METHOD: &[Slot] = slots![|vm| vm.types.method_type.clone();
    New "__new__" => descr::method_new,
    own_doc,
    member "__func__",
    member "__self__",
    Wrapper "__repr__" => native_repr,
    Wrapper "__hash__" => native_hash,
    Wrapper "__call__" => descr::call,
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__setattr__" => obj::object_setattr,
    Wrapper "__delattr__" => obj::object_delattr,
    compare => descr::method_compare,
    Method "__reduce__" => descr::method_reduce,
];

const PROPERTY: &[Slot] = slots![|vm| vm.types.property_type.clone();
    own_doc,
    New "__new__" => obj::builtin_new,
    member "fget",
    member "fset",
    member "fdel",
    get "__isabstractmethod__",
    Wrapper "__init__" => descr::property_init,
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__get__" => crate::objects::methods::property_methods::property_get,
    Wrapper "__set__" => descr::property_set,
    Wrapper "__delete__" => descr::property_delete,
    Method "__set_name__" => descr::property_set_name,
];

/// The class-namespace descriptors of `objects::descriptor`; the two types share their
/// methods as CPython's `getset_descriptor` and `member_descriptor` do.
macro_rules! slot_descriptor_table {
    ($name:ident, $field:ident) => {
        const $name: &[Slot] = slots![|vm| vm.types.$field.clone();
            own_doc,
            member "__objclass__",
            member "__name__",
            get "__qualname__",
            Wrapper "__repr__" => native_repr,
            Wrapper "__getattribute__" => obj::object_getattribute,
            Wrapper "__get__" => crate::objects::descriptor::descriptor_get,
            Wrapper "__set__" => crate::objects::descriptor::descriptor_set,
            Wrapper "__delete__" => crate::objects::descriptor::descriptor_delete,
        ];
    };
}
slot_descriptor_table!(GETSET_DESCRIPTOR, getset_descriptor_type);
slot_descriptor_table!(MEMBER_DESCRIPTOR, member_descriptor_type);

const MAPPINGPROXY: &[Slot] = slots![|vm| vm.types.mappingproxy_type.clone();
    New "__new__" => proxy::proxy_new,
    Wrapper "__repr__" => native_repr,
    Wrapper "__str__" => proxy::dunder_str,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => proxy::richcompare,
    Wrapper "__iter__" => proxy::dunder_iter,
    Wrapper "__or__" => |vm, a| proxy::or(vm, a, false),
    Wrapper "__ror__" => |vm, a| proxy::or(vm, a, true),
    Wrapper "__ior__" => proxy::ior,
    Wrapper "__len__" => seq::len,
    Wrapper "__getitem__" => seq::getitem,
    Wrapper "__contains__" => seq::contains,
    Method "get" => proxy::get,
    Method "keys" => |vm, a| proxy::forward(vm, a, "keys"),
    Method "values" => |vm, a| proxy::forward(vm, a, "values"),
    Method "items" => |vm, a| proxy::forward(vm, a, "items"),
    Method "copy" => |vm, a| proxy::forward(vm, a, "copy"),
    Class "__class_getitem__" => generic_alias::class_getitem,
    Method "__reversed__" => |vm, a| proxy::forward(vm, a, "__reversed__"),
    unhashable,
];

const STATICMETHOD: &[Slot] = slots![|vm| vm.types.staticmethod_type.clone();
    New "__new__" => obj::builtin_new,
    member "__func__",
    member "__wrapped__",
    get "__isabstractmethod__",
    Wrapper "__init__" => descr::staticmethod_init,
    Wrapper "__repr__" => native_repr,
    Wrapper "__call__" => descr::staticmethod_call,
    Wrapper "__get__" => descr::staticmethod_get,
];

const CLASSMETHOD: &[Slot] = slots![|vm| vm.types.classmethod_type.clone();
    New "__new__" => obj::builtin_new,
    member "__func__",
    member "__wrapped__",
    get "__isabstractmethod__",
    Wrapper "__init__" => descr::classmethod_init,
    Wrapper "__repr__" => native_repr,
    Wrapper "__get__" => descr::classmethod_get,
];

const SUPER: &[Slot] = slots![|vm| vm.types.super_type.clone();
    New "__new__" => obj::builtin_new,
    member "__thisclass__",
    member "__self__",
    member "__self_class__",
    Wrapper "__init__" => descr::super_init,
    Wrapper "__repr__" => native_repr,
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__get__" => descr::super_get,
];

// ---- other builtin types ----

const MODULE: &[Slot] = slots![|vm| vm.types.module_type.clone();
    New "__new__" => obj::builtin_new,
    Wrapper "__init__" => obj::module_init,
    Wrapper "__repr__" => native_repr,
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__setattr__" => obj::object_setattr,
    Wrapper "__delattr__" => obj::object_delattr,
    Method "__dir__" => obj::dir,
];

const CELL: &[Slot] = slots![|vm| vm.types.cell_type.clone();
    New "__new__" => obj::builtin_new,
    Wrapper "__repr__" => native_repr,
    unhashable,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => obj::cell_compare,
];

const CODE: &[Slot] = slots![|vm| vm.types.code_type.clone();
    New "__new__" => obj::builtin_new,
    member "co_argcount",
    member "co_flags",
    member "co_posonlyargcount",
    member "co_kwonlyargcount",
    member "co_nlocals",
    member "co_stacksize",
    member "co_consts",
    member "co_names",
    get "co_varnames",
    get "co_freevars",
    get "co_cellvars",
    member "co_filename",
    member "co_name",
    member "co_qualname",
    member "co_firstlineno",
    Wrapper "__repr__" => native_repr,
    Wrapper "__hash__" => native_hash,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => obj::identity_compare,
    Method "__sizeof__" => obj::sizeof,
];

const TRACEBACK: &[Slot] = slots![|vm| vm.types.traceback_type.clone();
    New "__new__" => obj::builtin_new,
    member "tb_frame",
    member "tb_lasti",
    get "tb_lineno",
    Wrapper "__getattribute__" => obj::object_getattribute,
    Method "__dir__" => obj::traceback_dir,
];

const NONE_TYPE: &[Slot] = slots![|vm| vm.types.none_type.clone();
    New "__new__" => obj::builtin_new,
    Wrapper "__repr__" => native_repr,
    Wrapper "__bool__" => obj::false_bool,
];

const NOT_IMPLEMENTED_TYPE: &[Slot] = slots![|vm| vm.types.not_implemented_type.clone();
    New "__new__" => obj::builtin_new,
    Wrapper "__repr__" => native_repr,
    Wrapper "__bool__" => obj::true_bool,
    Method "__reduce__" => obj::singleton_reduce,
];

const ELLIPSIS: &[Slot] = slots![|vm| vm.types.ellipsis_type.clone();
    New "__new__" => obj::builtin_new,
    Wrapper "__repr__" => native_repr,
    Wrapper "__getattribute__" => obj::object_getattribute,
    Method "__reduce__" => obj::singleton_reduce,
];

// ---- memoryview (objects/memoryview.rs) ----

const MEMORYVIEW: &[Slot] = slots![|vm| vm.types.memoryview_type.clone();
    New "__new__" => obj::builtin_new,
    Wrapper "__repr__" => native_repr,
    Wrapper "__hash__" => native_hash,
    Wrapper "__getattribute__" => obj::object_getattribute,
    compare => |vm, a, k| compare_if(vm, a, k, |_| true),
    Wrapper "__iter__" => mv::dunder_iter,
    Wrapper "__len__" => mv::dunder_len,
    Wrapper "__getitem__" => mv::dunder_getitem,
    Wrapper "__setitem__" => mv::dunder_setitem,
    Wrapper "__delitem__" => mv::dunder_delitem,
    Method "release" => mv::release_method,
    Method "tobytes" => mv::tobytes,
    Method "hex" => mv::hex,
    Method "tolist" => mv::tolist,
    Method "cast" => mv::cast,
    Method "toreadonly" => mv::toreadonly,
    Method "__enter__" => mv::enter,
    Method "__exit__" => mv::release,
    get "obj",
    get "nbytes",
    get "readonly",
    get "itemsize",
    get "format",
    get "ndim",
    get "shape",
    get "strides",
    get "suboffsets",
    get "c_contiguous",
    get "f_contiguous",
    get "contiguous",
];

const MANAGEDBUFFER: &[Slot] = slots![|vm| vm.types.managedbuffer_type.clone();
    Wrapper "__getattribute__" => obj::object_getattribute,
];

const MEMORY_ITERATOR: &[Slot] = slots![|vm| vm.types.memory_iterator_type.clone();
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__iter__" => seq::iter_self,
    Wrapper "__next__" => seq::iter_next,
];

// ---- exceptions ----

/// The exception classes' own tables, by class name. CPython gives most of them their own
/// `__init__` and `__new__`; a few a `__str__` or `__reduce__` of their own.
const EXCEPTIONS: &[(&str, &[Slot])] = &[
    ("BaseException", BASE_EXCEPTION),
    ("SystemExit", SYSTEM_EXIT),
    ("KeyboardInterrupt", EXC_INIT_NEW),
    ("GeneratorExit", EXC_INIT_NEW),
    ("Exception", EXC_INIT_NEW),
    ("StopIteration", STOP_ITERATION),
    ("StopAsyncIteration", EXC_INIT_NEW),
    ("ArithmeticError", EXC_INIT_NEW),
    ("FloatingPointError", EXC_INIT_NEW),
    ("OverflowError", EXC_INIT_NEW),
    ("ZeroDivisionError", EXC_INIT_NEW),
    ("AssertionError", EXC_INIT_NEW),
    ("AttributeError", ATTRIBUTE_ERROR),
    ("BufferError", EXC_INIT_NEW),
    ("EOFError", EXC_INIT_NEW),
    ("ImportError", IMPORT_ERROR),
    ("ModuleNotFoundError", MODULE_NOT_FOUND),
    ("LookupError", EXC_INIT_NEW),
    ("IndexError", EXC_INIT_NEW),
    ("KeyError", KEY_ERROR),
    ("MemoryError", EXC_INIT_NEW),
    ("NameError", NAME_ERROR),
    ("UnboundLocalError", EXC_INIT),
    ("OSError", OS_ERROR),
    ("FileNotFoundError", OS_ERROR_SUB),
    ("FileExistsError", OS_ERROR_SUB),
    ("PermissionError", OS_ERROR_SUB),
    ("IsADirectoryError", OS_ERROR_SUB),
    ("NotADirectoryError", OS_ERROR_SUB),
    ("TimeoutError", OS_ERROR_SUB),
    ("BlockingIOError", OS_ERROR_SUB),
    ("ChildProcessError", OS_ERROR_SUB),
    ("ConnectionError", OS_ERROR_SUB),
    ("BrokenPipeError", OS_ERROR_SUB),
    ("ConnectionAbortedError", OS_ERROR_SUB),
    ("ConnectionRefusedError", OS_ERROR_SUB),
    ("ConnectionResetError", OS_ERROR_SUB),
    ("InterruptedError", OS_ERROR_SUB),
    ("ProcessLookupError", OS_ERROR_SUB),
    ("ReferenceError", EXC_INIT_NEW),
    ("RuntimeError", EXC_INIT_NEW),
    ("NotImplementedError", EXC_INIT_NEW),
    ("RecursionError", EXC_INIT_NEW),
    ("SyntaxError", SYNTAX_ERROR),
    ("IndentationError", SYNTAX_ERROR_SUB),
    ("TabError", SYNTAX_ERROR_SUB),
    ("SystemError", EXC_INIT_NEW),
    ("TypeError", EXC_INIT_NEW),
    ("ValueError", EXC_INIT_NEW),
    ("UnicodeError", EXC_INIT_NEW),
    ("UnicodeDecodeError", UNICODE_ERROR),
    ("UnicodeEncodeError", UNICODE_ERROR),
    ("UnicodeTranslateError", UNICODE_ERROR),
    ("Warning", EXC_INIT_NEW),
    ("UserWarning", EXC_INIT_NEW),
    ("DeprecationWarning", EXC_INIT_NEW),
    ("PendingDeprecationWarning", EXC_INIT_NEW),
    ("SyntaxWarning", EXC_INIT_NEW),
    ("RuntimeWarning", EXC_INIT_NEW),
    ("FutureWarning", EXC_INIT_NEW),
    ("ImportWarning", EXC_INIT_NEW),
    ("UnicodeWarning", EXC_INIT_NEW),
    ("BytesWarning", EXC_INIT_NEW),
    ("ResourceWarning", EXC_INIT_NEW),
    ("EncodingWarning", EXC_INIT_NEW),
    ("BaseExceptionGroup", BASE_EXCEPTION_GROUP),
];

fn base_exception(vm: &Vm) -> PyRef {
    vm.exc_type("BaseException")
}

const BASE_EXCEPTION: &[Slot] = slots![base_exception;
    New "__new__" => obj::builtin_new,
    Wrapper "__init__" => exc::exception_init,
    Wrapper "__repr__" => native_repr,
    Wrapper "__str__" => exc::exception_str,
    Wrapper "__getattribute__" => obj::object_getattribute,
    Wrapper "__setattr__" => obj::object_setattr,
    Wrapper "__delattr__" => obj::object_delattr,
    Method "__reduce__" => exc::exception_reduce,
    Method "__setstate__" => exc::exception_setstate,
    Method "with_traceback" => exc::exception_with_traceback,
    Method "add_note" => crate::vm::exception_groups::exception_add_note,
    exc_member "__suppress_context__",
    getset "__dict__" => (crate::vm::errors::exception_dict_get, crate::vm::errors::exception_dict_set),
    exc_getset "args",
    exc_getset "__traceback__",
    exc_getset "__context__",
    exc_getset "__cause__",
];

const SYSTEM_EXIT: &[Slot] = slots![|vm| vm.exc_type("SystemExit");
    Wrapper "__init__" => exc::exception_init,
    exc_member "code",
];

const STOP_ITERATION: &[Slot] = slots![|vm| vm.exc_type("StopIteration");
    Wrapper "__init__" => exc::exception_init,
    exc_member "value",
];

const ATTRIBUTE_ERROR: &[Slot] = slots![|vm| vm.exc_type("AttributeError");
    Wrapper "__init__" => exc::import_error_init,
    Wrapper "__str__" => exc::exception_str,
    exc_member "name",
    exc_member "obj",
];

const NAME_ERROR: &[Slot] = slots![|vm| vm.exc_type("NameError");
    Wrapper "__init__" => exc::import_error_init,
    Wrapper "__str__" => exc::exception_str,
    exc_member "name",
];

const BASE_EXCEPTION_GROUP: &[Slot] = slots![|vm| vm.exc_type("BaseExceptionGroup");
    New "__new__" => crate::vm::exception_groups::group_new,
    Wrapper "__init__" => crate::vm::exception_groups::group_init,
    Wrapper "__str__" => crate::vm::exception_groups::group_str,
    Method "derive" => crate::vm::exception_groups::group_derive,
    Method "split" => crate::vm::exception_groups::group_split,
    Method "subgroup" => crate::vm::exception_groups::group_subgroup,
    member "message" => (crate::vm::exception_groups::group_message, crate::vm::exception_groups::readonly_member),
    member "exceptions" => (crate::vm::exception_groups::group_exceptions, crate::vm::exception_groups::readonly_member),
];

/// The subclasses sharing a table are checked against `BaseException`: they differ only in
/// which exception an error message would name.
const EXC_INIT: &[Slot] = slots![base_exception;
    Wrapper "__init__" => exc::exception_init,
];

// `ModuleNotFoundError` has `ImportError_init` as its own `__init__`.
const MODULE_NOT_FOUND: &[Slot] = slots![base_exception;
    Wrapper "__init__" => exc::import_error_init,
];

const EXC_INIT_NEW: &[Slot] = slots![base_exception;
    New "__new__" => obj::builtin_new,
    Wrapper "__init__" => exc::exception_init,
];

const KEY_ERROR: &[Slot] = slots![|vm| vm.exc_type("KeyError");
    Wrapper "__init__" => exc::exception_init,
    Wrapper "__str__" => exc::key_error_str,
];

const IMPORT_ERROR: &[Slot] = slots![|vm| vm.exc_type("ImportError");
    Wrapper "__init__" => exc::import_error_init,
    Wrapper "__str__" => exc::import_error_str,
    Method "__reduce__" => exc::import_error_reduce,
    exc_member "msg",
    exc_member "name",
    exc_member "path",
];

const OS_ERROR: &[Slot] = slots![|vm| vm.exc_type("OSError");
    New "__new__" => obj::builtin_new,
    Wrapper "__init__" => exc::os_error_init,
    Wrapper "__str__" => exc::os_error_str,
    Method "__reduce__" => exc::os_error_reduce,
    exc_member "errno",
    exc_member "strerror",
    exc_member "filename",
    exc_member "filename2",
    getset "characters_written" => (crate::vm::errors::os_error_written_get, crate::vm::errors::os_error_written_set),
];

/// `FileNotFoundError` and the other `OSError` subclasses have `OSError_init` as their own
/// `__init__`.
const OS_ERROR_SUB: &[Slot] = slots![base_exception;
    Wrapper "__init__" => exc::os_error_init,
];

/// `IndentationError` and `TabError` have `SyntaxError_init` as their own `__init__`.
const SYNTAX_ERROR_SUB: &[Slot] = slots![base_exception;
    Wrapper "__init__" => exc::syntax_error_init,
];

const SYNTAX_ERROR: &[Slot] = slots![|vm| vm.exc_type("SyntaxError");
    Wrapper "__init__" => exc::syntax_error_init,
    Wrapper "__str__" => exc::syntax_error_str,
    exc_member "msg",
    exc_member "filename",
    exc_member "lineno",
    exc_member "offset",
    exc_member "text",
    exc_member "end_lineno",
    exc_member "end_offset",
    exc_member "print_file_and_line",
];

const UNICODE_ERROR: &[Slot] = slots![|vm| vm.exc_type("UnicodeError");
    New "__new__" => obj::builtin_new,
    Wrapper "__init__" => exc::unicode_error_init,
    Wrapper "__str__" => exc::unicode_error_str,
    exc_member "encoding",
    exc_member "object",
    exc_member "start",
    exc_member "end",
    exc_member "reason",
];

// ---- wrappers shared by many types ----

fn native_repr(vm: &mut Vm, args: Args) -> PyResult {
    let o = num::unary_operand(vm, &args)?;
    let s = vm.repr_string(o)?;
    Ok(vm.string(s))
}

/// `int.__repr__` (`long_to_decimal_string`): the number's digits, also for a `bool`
/// (`int.__repr__(True)` is `'1'`; `bool`'s own `__repr__` says `True`).
fn int_repr(vm: &mut Vm, args: Args) -> PyResult {
    let o = num::unary_operand(vm, &args)?;
    if let Payload::Bool(b) = &o.payload {
        return Ok(vm.str(if *b { "1" } else { "0" }));
    }
    native_repr(vm, args)
}

fn native_hash(vm: &mut Vm, args: Args) -> PyResult {
    let o = num::unary_operand(vm, &args)?;
    match crate::objects::methods::builtin_hash(vm, o)? {
        Some(h) => Ok(vm.int(h)),
        None => Ok(vm.int(crate::vm::protocols::identity_hash(o))),
    }
}

/// A rich comparison of the builtin payloads, `NotImplemented` unless `accepts` takes the
/// other operand (`int.__eq__(1, 1.0)` is `NotImplemented`: float answers that one).
fn compare_if(vm: &mut Vm, args: Args, kind: CompareKind, accepts: fn(&PyRef) -> bool) -> PyResult {
    let (a, b) = num::binary_operands(vm, &args)?;
    if !accepts(b) {
        return Ok(vm.not_implemented.clone());
    }
    match vm.native_compare(a, b, kind)? {
        Some(r) => Ok(vm.bool(r)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn is_int(o: &PyRef) -> bool {
    matches!(
        o.payload,
        Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_)
    )
}

fn is_real(o: &PyRef) -> bool {
    is_int(o) || matches!(o.payload, Payload::Float(_))
}

fn is_number(o: &PyRef) -> bool {
    is_real(o) || matches!(o.payload, Payload::Complex(..))
}

fn is_str(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Str(_))
}

fn is_bytes(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Bytes(_))
}

fn is_bytes_like(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Bytes(_) | Payload::ByteArray(_))
}

fn is_list(o: &PyRef) -> bool {
    matches!(o.payload, Payload::List(_))
}

fn is_tuple(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Tuple(_))
}

fn is_dict(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Dict(_))
}

fn is_any_set(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_))
}

fn is_range(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Range { .. })
}

/// `list.__init__`, `dict.__init__`, `set.__init__`: refill the receiver from the arguments.
fn container_init(vm: &mut Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    let pos = args.positional();
    let (name, max_kw) = match &o.payload {
        Payload::List(_) => ("list", false),
        Payload::Dict(_) => ("dict", true),
        _ => ("set", false),
    };
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    if !max_kw && !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let src = pos.get(1).cloned();
    match &o.payload {
        Payload::List(l) => {
            let old = std::mem::take(&mut *l.borrow_mut());
            crate::objects::release_reversed(old);
            if let Some(s) = src {
                crate::objects::sizeof::list_extend_from(vm, l, &s)?;
            }
        }
        Payload::Dict(d) => {
            if let Some(s) = src {
                crate::objects::methods::dict_update_from(vm, d, &s)?;
            }
            for (k, v) in args.keywords() {
                let key = vm.str(k);
                vm.dict_set(d, key, v.clone())?;
            }
        }
        Payload::Set(s) => {
            let mut old = Vec::new();
            s.borrow_mut().drain_into(&mut old);
            drop(old);
            if let Some(src) = src {
                for item in vm.iterate(&src)? {
                    vm.set_add(&o, item)?;
                }
            }
        }
        _ => {}
    }
    Ok(vm.none())
}

/// `bytearray.__init__(source=b'', encoding, errors)`: the receiver's bytes replaced by
/// what `bytearray(...)` would hold.
fn bytearray_init(vm: &mut Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    if matches!(&o.payload, Payload::ByteArray(b) if !b.borrow().is_empty()) {
        crate::objects::memoryview::check_resizable(vm, &o)?;
    }
    let bytearray = vm.types.bytearray_type.clone();
    let fresh = crate::objects::constructors::construct_builtin(vm, &bytearray, rest)?;
    if let (Payload::ByteArray(dst), Payload::ByteArray(src)) = (&o.payload, &fresh.payload) {
        let data = std::mem::take(&mut *src.borrow_mut());
        *dst.borrow_mut() = data;
        // A new buffer: no bytes given up at its front.
        if o.bytearray_start() > 0 {
            o.extra().bytearray_start.set(0);
        }
    }
    Ok(vm.none())
}

fn bytearray_alloc(vm: &mut Vm, args: Args) -> PyResult {
    let o = num::unary_operand(vm, &args)?;
    let n = match &o.payload {
        Payload::ByteArray(b) => crate::objects::sizeof::bytearray_alloc(&b.borrow()),
        _ => 0,
    };
    Ok(vm.int(n as i64))
}

/// `bytearray.__reduce__()` / `__reduce_ex__(protocol)`: the bytes as Latin-1 text before
/// protocol 3, as bytes from it on; the instance `__dict__` as the state.
fn bytearray_reduce(vm: &mut Vm, args: Args, with_protocol: bool) -> PyResult {
    let (o, protocol) = if with_protocol {
        let (o, p) = num::binary_operands(vm, &args)?;
        (o, vm.index_value(p)?)
    } else {
        (num::unary_operand(vm, &args)?, 2)
    };
    let data = match &o.payload {
        Payload::ByteArray(b) => b.borrow().clone(),
        _ => Vec::new(),
    };
    let state = seq::instance_state(vm, o)?;
    let ctor_args = if protocol < 3 {
        let text: String = data.iter().map(|&b| b as char).collect();
        vec![vm.string(text), vm.str("latin-1")]
    } else if data.is_empty() {
        Vec::new()
    } else {
        vec![vm.bytes(data)]
    };
    Ok(vm.tuple(vec![o.class().clone(), vm.tuple(ctor_args), state]))
}

/// `str.__str__`: the value as an exact str.
fn str_str(vm: &mut Vm, args: Args) -> PyResult {
    let o = num::unary_operand(vm, &args)?;
    if o.class().is(&vm.types.str_type) {
        return Ok(o.clone());
    }
    Ok(vm.str(o.as_str_opt().unwrap_or("")))
}

/// `str.__format__`: the builtin formatting of the exact str, so that a subclass's own
/// `__format__` calling its base does not come back to itself.
fn str_format(vm: &mut Vm, args: Args) -> PyResult {
    let (o, spec) = num::binary_operands(vm, &args)?;
    let Some(spec) = spec.as_str_opt().map(str::to_string) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            crate::vm::errors::arg_type_name(spec)
        )));
    };
    let exact = if o.class().is(&vm.types.str_type) {
        o.clone()
    } else {
        vm.str(o.as_str_opt().unwrap_or(""))
    };
    vm.format(&exact, &spec)
}

fn str_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    let o = num::unary_operand(vm, &args)?;
    let exact = vm.str(o.as_str_opt().unwrap_or(""));
    Ok(vm.tuple(vec![exact]))
}

/// `bytes.__bytes__`: the value as exact bytes.
fn bytes_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let o = num::unary_operand(vm, &args)?;
    if o.class().is(&vm.types.bytes_type) {
        return Ok(o.clone());
    }
    let data = match &o.payload {
        Payload::Bytes(b) => b.to_vec(),
        _ => Vec::new(),
    };
    Ok(vm.bytes(data))
}

fn bytes_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    let exact = bytes_bytes(vm, args)?;
    Ok(vm.tuple(vec![exact]))
}

fn tuple_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    let o = num::unary_operand(vm, &args)?;
    let items = o.tuple_items().unwrap_or(&[]).to_vec();
    Ok(vm.tuple(vec![vm.tuple(items)]))
}
