//! `list[int]` (`types.GenericAlias`, PEP 585) and `int | str` (`types.UnionType`,
//! PEP 604): what `__class_getitem__` and `type.__or__` return.
//!
//! Both are small Python classes, compiled the first time one is needed: annotations use
//! them everywhere, yet most programs never do, and as Python classes their reprs,
//! equality, hashing and `isinstance` hooks go through the VM's ordinary special-method
//! dispatch. The classes live as long as the interpreter, as CPython's static types do.

use crate::heap::PyRef;
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;

const SOURCE: &str = r#"
def _repr_item(obj):
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, (GenericAlias, UnionType)):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    return repr(obj)


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _union(a, b):
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        if x is None:
            x = type(None)
        for y in (x.__args__ if isinstance(x, UnionType) else (x,)):
            if y not in args:
                args.append(y)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class GenericAlias:
    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        if not self.__args__:
            inner = '()'
        else:
            inner = ', '.join([_repr_item(a) for a in self.__args__])
        return _repr_item(self.__origin__) + '[' + inner + ']'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)


class UnionType:
    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        return ' | '.join(['None' if a is type(None) else _repr_item(a) for a in self.__args__])

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def _check(self, what):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError(what + '() argument 2 cannot contain a parameterized generic')

    def __instancecheck__(self, obj):
        self._check('isinstance')
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        self._check('issubclass')
        return issubclass(cls, self.__args__)
"#;

thread_local! {
    /// The `types` namespace holding the two classes, made on first use.
    static NAMESPACE: RefCell<Option<PyRef>> = const { RefCell::new(None) };
}

/// The `types` namespace, once made: it stands for C types, so the leak check does not
/// count what it holds.
pub fn runtime_namespace() -> Option<PyRef> {
    NAMESPACE.with(|n| n.borrow().clone())
}

/// An attribute of the `types` namespace, made on first use.
fn types_attr(vm: &mut Vm, name: &str) -> PyResult {
    let ns = match NAMESPACE.with(|n| n.borrow().clone()) {
        Some(ns) => ns,
        None => {
            let m = vm.new_module("types");
            m.make_immortal();
            vm.exec_source(SOURCE, "<frozen types>", &m)?;
            for cls in ["GenericAlias", "UnionType"] {
                let cls = vm.getattr_str(&m, cls)?;
                cls.make_immortal();
                // C types: immutable, 'types.GenericAlias' in messages, sized as
                // `gaobject` (with its weak list) and `unionobject`.
                if let Some(t) = cls.type_data() {
                    t.c_type_name.set(true);
                    let alias = t.name() == "GenericAlias";
                    t.c_layout.set(Some(crate::objects::sizeof::ClassShape {
                        basicsize: if alias { 64 } else { 32 },
                        itemsize: 0,
                        has_dict: false,
                        has_weakref: alias,
                        managed_dict: false,
                    }));
                }
            }
            NAMESPACE.with(|n| *n.borrow_mut() = Some(m.clone()));
            m
        }
    };
    vm.getattr_str(&ns, name)
}

/// `__class_getitem__(cls, item)` of the builtin generic classes: `list[int]`.
pub fn class_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let a = super::num_slots::operands(vm, &args, 1)?;
    let alias = types_attr(vm, "GenericAlias")?;
    vm.call1(&alias, &[a[0].clone(), a[1].clone()])
}

/// `GenericAlias(origin, item)`: `PyObject_GetItem`'s `type[int]`.
pub fn new_alias(vm: &mut Vm, origin: &PyRef, item: &PyRef) -> PyResult {
    let alias = types_attr(vm, "GenericAlias")?;
    vm.call1(&alias, &[origin.clone(), item.clone()])
}

/// `type.__or__` / `type.__ror__`: `int | str`, `int | None`.
pub fn type_or(vm: &mut Vm, args: Args, reflected: bool) -> PyResult {
    let (a, b) = super::num_slots::binary_operands(vm, &args)?;
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let make = types_attr(vm, "_union")?;
    vm.call1(&make, &[x.clone(), y.clone()])
}
