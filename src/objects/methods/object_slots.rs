//! Slots of `object` and `type`, the builtin types' `__new__`, and those of the small
//! builtin types (`NoneType`, `module`, `cell`, `code`, `traceback`...), for the tables in
//! `objects::slots`.

use super::container_slots::instance_state;
use super::num_slots::{binary_operands, unary_operand};
use crate::bytecode::CompareKind;
use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::objects::typeobj::Layout;
use crate::vm::{Args, PyResult, Vm};

// ---- object ----

pub fn object_init(vm: &mut Vm, args: Args) -> PyResult {
    if args.args.len() > 1 {
        // `object_init`'s check of extra arguments.
        let cls = args.args[0].class().clone();
        if !overrides_nothing(vm, &cls, "__init__") {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if overrides_nothing(vm, &cls, "__new__") {
            let name = cls.type_data().map(|t| t.name()).unwrap_or_default();
            return Err(vm.type_error(format!(
                "{name}.__init__() takes exactly one argument (the instance to initialize)"
            )));
        }
    }
    Ok(vm.none())
}

/// `object.__new__(cls, ...)`; the table has checked that `cls` is a class whose nearest
/// builtin base takes `object.__new__`.
pub fn object_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    if args.args.len() > 1 {
        // `object_new`'s check of extra arguments.
        if !overrides_nothing(vm, &cls, "__new__") {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if overrides_nothing(vm, &cls, "__init__") {
            let name = cls.type_data().map(|t| t.name()).unwrap_or_default();
            return Err(vm.type_error(format!("{name}() takes no arguments")));
        }
    }
    if cls.type_data().is_some_and(|t| !t.is_heap_type) {
        return crate::objects::constructors::construct_builtin(vm, &cls, Args::new(&[]));
    }
    check_not_abstract(vm, &cls)?;
    vm.new_instance_of(&cls, Args::new(&args.args[1..]))
}

/// `object_new`'s `Py_TPFLAGS_IS_ABSTRACT` check: a class whose own `__abstractmethods__`
/// is true (what `abc.ABCMeta` sets) cannot be instantiated; no allocation otherwise.
pub fn check_not_abstract(vm: &mut Vm, cls: &PyRef) -> PyResult<()> {
    static HASH: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
    const NAME: &str = "__abstractmethods__";
    let Some(t) = cls.type_data().filter(|t| t.is_heap_type) else {
        return Ok(());
    };
    let hash = *HASH.get_or_init(|| crate::objects::str::str_hash(NAME));
    let Some(value) = t.dict.borrow().get_str(hash, NAME).cloned() else {
        return Ok(());
    };
    if !vm.is_true(&value)? {
        return Ok(());
    }
    let mut names = Vec::new();
    for n in vm.iterate(&value)? {
        let text = vm.to_str(&n)?;
        names.push(text.as_str_opt().unwrap_or("").to_owned());
    }
    names.sort();
    let s = if names.len() > 1 { "s" } else { "" };
    Err(vm.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{s} {}",
        t.name(),
        names.join(", ")
    )))
}

/// `T.__new__(cls, ...)` of a builtin type `T` other than `object`; the table has checked
/// that `cls` is a subtype of `T`. A Python subclass gets an instance of its layout; a
/// builtin class is constructed, empty for the mutable containers whose `__init__` fills
/// them (`list.__new__(list, [1])` is `[]`).
pub fn builtin_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let Some(t) = cls.type_data() else {
        return Err(vm.type_error("__new__ needs a type"));
    };
    if t.is_heap_type {
        return vm.new_instance_of(&cls, rest);
    }
    if matches!(
        t.layout,
        Layout::List | Layout::Dict | Layout::Set | Layout::ByteArray | Layout::Deque
    ) {
        return crate::objects::constructors::construct_builtin(vm, &cls, Args::new(&[]));
    }
    crate::objects::constructors::construct_builtin(vm, &cls, rest)
}

/// `__new__` of the lazy iterators (`enumerate`, `zip`, `map`, `filter`, `reversed`),
/// which refpy's builtins construct as functions. The first four make an object of the
/// class asked for, which may be a Python subclass (`class Z(zip)`).
pub fn iterator_new(vm: &mut Vm, args: Args) -> PyResult {
    use crate::builtins::iteration::{enumerate_new, filter_new, map_new, zip_new};
    let cls = args.args[0].clone();
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let base = cls.type_data().and_then(|t| t.nearest_builtin_base());
    let t = &vm.types;
    let make: Option<fn(&mut Vm, Args, &PyRef) -> PyResult> = match base {
        Some(b) if b.is(&t.enumerate_type) => Some(enumerate_new),
        Some(b) if b.is(&t.zip_type) => Some(zip_new),
        Some(b) if b.is(&t.map_type) => Some(map_new),
        Some(b) if b.is(&t.filter_type) => Some(filter_new),
        _ => None,
    };
    if let Some(make) = make {
        return make(vm, rest, &cls);
    }
    if cls.is(&t.reversed_type) {
        return crate::builtins::iteration::builtin_reversed(vm, rest);
    }
    let name = cls.type_data().map(|t| t.name()).unwrap_or_default();
    Err(vm.type_error(format!("cannot create '{name}' instances")))
}

/// Whether `cls` gets `name` (`__new__` or `__init__`) from `object` itself, as CPython's
/// `type->tp_new == object_new` / `type->tp_init == object_init`.
fn overrides_nothing(vm: &Vm, cls: &PyRef, name: &str) -> bool {
    let object = vm.types.object_type.clone();
    match (vm.lookup_in_mro(cls, name), vm.lookup_in_mro(&object, name)) {
        (Some(found), Some(own)) => found.is(&own),
        _ => false,
    }
}

/// `object.__init_subclass__`: the end of the chain, where no keyword may be left over.
pub fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult {
    let extra = args.positional().len().saturating_sub(1);
    if !args.kwnames.is_empty() || extra > 0 {
        let name = args
            .args
            .first()
            .and_then(|c| c.type_data())
            .map(|t| t.qualname.borrow().clone())
            .unwrap_or_default();
        // The bound method's `__qualname__`: the class's qualified name (METH_NOARGS).
        return Err(vm.type_error(if args.kwnames.is_empty() {
            format!("{name}.__init_subclass__() takes no arguments ({extra} given)")
        } else {
            format!("{name}.__init_subclass__() takes no keyword arguments")
        }));
    }
    Ok(vm.none())
}

pub fn class_get(vm: &mut Vm, args: Args) -> PyResult {
    Ok(unary_operand(vm, &args)?.class().clone())
}

/// Assigning `__class__` (`object_set_class`): CPython's checks in its order, the value,
/// then mutability, then the layout (`compatible_for_assignment`). The attributes of an
/// instance that keeps them inline move into a `__dict__` object first (the inline
/// values are laid out by the old class's shared keys), as 3.11 materializes the dict;
/// then the object points at the new class and lets go of the old one.
pub fn class_set(vm: &mut Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let Some(new) = args.args.get(1) else {
        return Err(vm.type_error("can't delete __class__ attribute"));
    };
    if new.type_data().is_none() {
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            new.class_name()
        )));
    }
    let module = vm.types.module_type.clone();
    let modules = vm.is_subclass(new, &module) && vm.is_subclass(o.class(), &module);
    let heap = |c: &PyRef| c.type_data().is_some_and(|t| t.is_heap_type);
    if !modules && (!heap(o.class()) || !heap(new)) {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    compatible_for_assignment(vm, o.class(), new, "__class__")?;
    if matches!(o.payload, Payload::Instance(_)) {
        vm.materialize_dict(o);
    }
    o.set_class(new);
    Ok(vm.none())
}

/// The getter of `type`'s getset and member descriptors (`type.__dict__['__name__']`):
/// what the class answers for the name (`Vm::type_special_attr`).
pub fn type_attr_get(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    let cls = unary_operand(vm, &args)?.clone();
    match vm.type_special_attr(&cls, name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&cls, name)),
    }
}

/// `type_setattro`'s first refusal, which comes before any descriptor
/// (`Vm::refuse_immutable_type`).
fn refuse_immutable(vm: &Vm, cls: &PyRef, name: &str) -> PyResult<()> {
    match cls.type_data() {
        Some(t) => vm.refuse_immutable_type(t, name),
        None => Ok(()),
    }
}

/// The setter of `type`'s writable getsets (`type_set_name`, `type_set_doc`...): none
/// can be deleted (`check_set_special_type_attr`); a value goes where `type_setattro`
/// puts it.
pub fn type_attr_set(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    let cls = unary_operand(vm, &Args::new(&args.args[..1.min(args.args.len())]))?.clone();
    refuse_immutable(vm, &cls, name)?;
    let Some(t) = cls.type_data() else {
        return Err(vm.no_attribute(&cls, name));
    };
    let Some(value) = args.args.get(1).cloned() else {
        return Err(vm.type_error(format!(
            "cannot delete '{name}' attribute of immutable type '{}'",
            t.tp_name()
        )));
    };
    let name_obj = vm.intern(name);
    vm.type_setattr(&cls, t, &name_obj, name, Some(value))?;
    Ok(vm.none())
}

/// The setter of `type`'s read-only members (`member`: "readonly attribute") and of its
/// `__dict__` getset, which has none.
pub fn type_attr_readonly(vm: &mut Vm, args: Args, name: &str, member: bool) -> PyResult {
    let cls = unary_operand(vm, &Args::new(&args.args[..1.min(args.args.len())]))?.clone();
    refuse_immutable(vm, &cls, name)?;
    Err(vm.attribute_error(if member {
        "readonly attribute".to_string()
    } else {
        format!("attribute '{name}' of 'type' objects is not writable")
    }))
}

/// `tp_free` of a class, as `compatible_for_assignment` compares it: whether its
/// instances are collector objects (`PyObject_GC_Del`; every Python class's are) or
/// not (`PyObject_Free`: object, int, float, str...).
pub(crate) fn frees_as_gc(cls: &PyRef) -> bool {
    let Some(t) = cls.type_data() else {
        return false;
    };
    t.is_heap_type
        || !matches!(
            t.layout,
            Layout::Object
                | Layout::Int
                | Layout::Bool
                | Layout::Float
                | Layout::Complex
                | Layout::Str
                | Layout::Bytes
                | Layout::ByteArray
        )
}

/// `compatible_for_assignment(oldto, newto, attr)`: whether objects laid out for `old`
/// could be `new`'s (for `__class__` and `__bases__` assignment), with CPython's messages.
pub(crate) fn compatible_for_assignment(
    vm: &Vm,
    old: &PyRef,
    new: &PyRef,
    attr: &str,
) -> PyResult<()> {
    let name = |c: &PyRef| c.type_data().map(|t| t.tp_name()).unwrap_or_default();
    if frees_as_gc(old) != frees_as_gc(new) {
        return Err(vm.type_error(format!(
            "{attr} assignment: '{}' deallocator differs from '{}'",
            name(new),
            name(old)
        )));
    }
    if !crate::objects::typeobj::same_instance_layout(old, new) {
        return Err(vm.type_error(format!(
            "{attr} assignment: '{}' object layout differs from '{}'",
            name(new),
            name(old)
        )));
    }
    Ok(())
}

/// `object.__subclasshook__`: no opinion, whatever it is asked.
pub fn object_subclasshook(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.not_implemented.clone())
}

pub fn object_repr(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    let s = vm.default_repr(o);
    Ok(vm.string(s))
}

pub fn object_str(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?.clone();
    vm.repr(&o)
}

pub fn object_eq(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    Ok(if a.is(b) {
        vm.bool(true)
    } else {
        vm.not_implemented.clone()
    })
}

/// `object.__ne__`: the inverse of the type's `__eq__`, unless that is `NotImplemented`.
pub fn object_ne(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    let Some(eq) = vm.lookup_special(a, "__eq__") else {
        return Ok(vm.not_implemented.clone());
    };
    let r = vm.call1(&eq, &[a.clone(), b.clone()])?;
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    let t = vm.is_true(&r)?;
    Ok(vm.bool(!t))
}

/// `object.__lt__`, `__le__`, `__gt__`, `__ge__`: objects have no order.
pub fn object_order(vm: &mut Vm, args: Args) -> PyResult {
    binary_operands(vm, &args)?;
    Ok(vm.not_implemented.clone())
}

pub fn object_hash(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    Ok(vm.int(crate::vm::protocols::identity_hash(o)))
}

pub fn object_setattr(vm: &mut Vm, args: Args) -> PyResult {
    let a = super::num_slots::operands(vm, &args, 2)?;
    let (o, name, value) = (&a[0], &a[1], &a[2]);
    let s = attr_name(vm, name)?;
    vm.generic_setattr(o, name, &s, Some(value.clone()))?;
    Ok(vm.none())
}

pub fn object_delattr(vm: &mut Vm, args: Args) -> PyResult {
    let (o, name) = binary_operands(vm, &args)?;
    let s = attr_name(vm, name)?;
    vm.generic_setattr(o, name, &s, None)?;
    Ok(vm.none())
}

fn attr_name(vm: &Vm, name: &PyRef) -> PyResult<String> {
    match name.as_str_opt() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            name.class_name()
        ))),
    }
}

pub fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult {
    let (o, name) = binary_operands(vm, &args)?;
    let s = attr_name(vm, name)?;
    match vm.getattr_inner(o, name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(o, &s)),
    }
}

pub fn object_format(vm: &mut Vm, args: Args) -> PyResult {
    let (o, spec) = binary_operands(vm, &args)?;
    let Some(spec) = spec.as_str_opt() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            crate::vm::errors::arg_type_name(spec)
        )));
    };
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            o.class_name()
        )));
    }
    let o = o.clone();
    vm.to_str(&o)
}

/// `object.__dir__`, `type.__dir__` and `module.__dir__`: what `dir()` lists for them.
pub fn dir(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    crate::builtins::objects::dir_names(vm, o)
}

/// `object.__getstate__`: the instance `__dict__` (None when empty), paired with the
/// `__slots__` values when any is set.
pub fn object_getstate(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    getstate(vm, o, false)
}

/// Whether `g` is `object.__getstate__` itself (not overridden).
fn is_object_getstate(vm: &Vm, g: &PyRef) -> bool {
    vm.lookup_in_mro(&vm.types.object_type, "__getstate__")
        .is_some_and(|own| own.is(g))
}

/// `object_getstate_default`. `required` (`reduce_newobj` found no arguments for
/// `__new__`): an object whose C layout holds more than its `__dict__`, weak reference
/// list and slots cannot be rebuilt from its state, and cannot be pickled.
fn getstate(vm: &mut Vm, o: &PyRef, required: bool) -> PyResult {
    if required {
        let shape = crate::objects::sizeof::class_shape(o.class());
        let slots: usize = o
            .class()
            .type_data()
            .map(|t| t.mro().to_vec())
            .unwrap_or_default()
            .iter()
            .filter_map(|c| c.type_data().and_then(|t| t.slot_names.clone()))
            .flatten()
            .filter(|n| n != "__dict__" && n != "__weakref__")
            .count();
        let word = std::mem::size_of::<usize>();
        let basicsize = 2 * word
            + word * usize::from(shape.has_dict && !shape.managed_dict)
            + word * usize::from(shape.has_weakref)
            + word * slots;
        if shape.basicsize > basicsize {
            let name = crate::modules::weakref::tp_name(o.class());
            return Err(vm.type_error(format!("cannot pickle '{name}' object")));
        }
    }
    let empty = vm.instance_dict(o).is_none_or(|d| d.borrow().is_empty());
    let state = if empty {
        vm.none()
    } else {
        instance_state(vm, o)?
    };
    let mut slots = Vec::new();
    let mro = o
        .class()
        .type_data()
        .map(|t| t.mro().to_vec())
        .unwrap_or_default();
    for c in mro {
        let names = c
            .type_data()
            .and_then(|t| t.slot_names.clone())
            .unwrap_or_default();
        for name in names {
            if name == "__dict__" || name == "__weakref__" {
                continue;
            }
            if let Some(v) = vm.getattr_opt(o, &name)? {
                slots.push((name, v));
            }
        }
    }
    if slots.is_empty() {
        return Ok(state);
    }
    let d = vm.dict();
    for (k, v) in slots {
        vm.setitem(&d, &vm.str(&k), v)?;
    }
    Ok(vm.tuple(vec![state, d]))
}

/// `object.__reduce__`: `_common_reduce(self, 0)`.
pub fn object_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    common_reduce(vm, o, 0)
}

/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` wins; otherwise
/// `_common_reduce`.
pub fn object_reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    let (o, protocol) = binary_operands(vm, &args)?;
    if !protocol.is_int() {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            protocol.class_name()
        )));
    }
    let protocol = vm.index_value(protocol)?;
    let own = vm.lookup_in_mro(&vm.types.object_type.clone(), "__reduce__");
    if let Some(r) = vm.lookup_special(o, "__reduce__") {
        if !own.is_some_and(|own| own.is(&r)) {
            return vm.call1(&r, std::slice::from_ref(o));
        }
    }
    common_reduce(vm, o, protocol)
}

/// `_common_reduce`: protocols 0 and 1 go through `copyreg._reduce_ex`, the others are
/// `reduce_newobj`'s.
fn common_reduce(vm: &mut Vm, o: &PyRef, protocol: i64) -> PyResult {
    if protocol >= 2 {
        return reduce_newobj(vm, o);
    }
    let copyreg = vm.import_module("copyreg")?;
    let reduce_ex = vm.getattr_str(&copyreg, "_reduce_ex")?;
    let protocol = vm.int(protocol);
    vm.call1(&reduce_ex, &[o.clone(), protocol])
}

/// The arguments `__new__` needs, from `__getnewargs_ex__` or `__getnewargs__`
/// (`_PyObject_GetNewArguments`): positional ones and keyword ones; `None` when the object
/// has neither method.
type NewArguments = Option<(Vec<PyRef>, Option<PyRef>)>;

fn new_arguments(vm: &mut Vm, o: &PyRef) -> PyResult<NewArguments> {
    if let Some(r) = vm.call_special(o, "__getnewargs_ex__", &[])? {
        let Some(pair) = r.tuple_items().map(<[PyRef]>::to_vec) else {
            return Err(vm.type_error(format!(
                "__getnewargs_ex__ should return a tuple, not '{}'",
                r.class_name()
            )));
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "__getnewargs_ex__ should return a tuple of length 2, not {}",
                pair.len()
            )));
        }
        let Some(args) = pair[0].tuple_items().map(<[PyRef]>::to_vec) else {
            return Err(vm.type_error(format!(
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                pair[0].class_name()
            )));
        };
        if !matches!(pair[1].payload, Payload::Dict(_)) {
            return Err(vm.type_error(format!(
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                pair[1].class_name()
            )));
        }
        return Ok(Some((args, Some(pair[1].clone()))));
    }
    if let Some(r) = vm.call_special(o, "__getnewargs__", &[])? {
        return match r.tuple_items() {
            Some(items) => Ok(Some((items.to_vec(), None))),
            None => Err(vm.type_error(format!(
                "__getnewargs__ should return a tuple, not '{}'",
                r.class_name()
            ))),
        };
    }
    Ok(None)
}

/// `reduce_newobj`: `(copyreg.__newobj__, (cls, *args), state, listitems, dictitems)`, or
/// `(copyreg.__newobj_ex__, (cls, args, kwargs), ...)` when there are keyword arguments.
fn reduce_newobj(vm: &mut Vm, o: &PyRef) -> PyResult {
    let cls = o.class().clone();
    let new_args = new_arguments(vm, o)?;
    // Without arguments for `__new__`, the state must be all there is to the object.
    let required = new_args.is_none() && !matches!(o.payload, Payload::List(_) | Payload::Dict(_));
    let (args, kwargs) = new_args.unwrap_or_default();
    let copyreg = vm.import_module("copyreg")?;
    let kwargs =
        kwargs.filter(|k| matches!(&k.payload, Payload::Dict(d) if !d.borrow().is_empty()));
    let (newobj, newargs) = match kwargs {
        Some(kwargs) => {
            let f = vm.getattr_str(&copyreg, "__newobj_ex__")?;
            (f, vm.tuple(vec![cls.clone(), vm.tuple(args), kwargs]))
        }
        None => {
            let f = vm.getattr_str(&copyreg, "__newobj__")?;
            let mut all = vec![cls.clone()];
            all.extend(args);
            (f, vm.tuple(all))
        }
    };
    let state = if vm
        .lookup_in_mro(&cls, "__getstate__")
        .is_some_and(|g| !is_object_getstate(vm, &g))
    {
        let g = vm.getattr_str(o, "__getstate__")?;
        vm.call1(&g, &[])?
    } else {
        getstate(vm, o, required)?
    };
    let listitems = match &o.payload {
        Payload::List(_) => vm.iter(o)?,
        _ => vm.none(),
    };
    let dictitems = match &o.payload {
        Payload::Dict(_) => {
            let items = vm.getattr_str(o, "items")?;
            let view = vm.call1(&items, &[])?;
            vm.iter(&view)?
        }
        _ => vm.none(),
    };
    Ok(vm.tuple(vec![newobj, newargs, state, listitems, dictitems]))
}

// ---- type ----

pub fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, obj) = binary_operands(vm, &args)?;
    Ok(vm.bool(vm.isinstance(obj, cls)))
}

pub fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, sub) = binary_operands(vm, &args)?;
    if !matches!(sub.payload, Payload::Type(_)) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    Ok(vm.bool(vm.is_subclass(sub, cls)))
}

/// `type.__prepare__(name, bases, **kwds)`: the namespace of a new class, an empty dict
/// whatever the arguments.
pub fn type_prepare(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.dict())
}

/// `cls.__subclasses__()`: see [`subclasses_of`].
pub fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult {
    let cls = unary_operand(vm, &args)?;
    let found = subclasses_of(vm, cls);
    Ok(vm.list(found))
}

/// The classes naming `cls` among their bases (CPython's `tp_subclasses`): refpy keeps no
/// list of subclasses, so the builtin classes and the live Python classes are searched.
pub fn subclasses_of(vm: &Vm, cls: &PyRef) -> Vec<PyRef> {
    let has_base = |c: &PyRef| {
        c.type_data()
            .is_some_and(|t| t.bases().iter().any(|b| b.is(cls)))
    };
    let mut found: Vec<PyRef> = Vec::new();
    let mut candidates: Vec<PyRef> = vm
        .dict_payload(&vm.builtins_dict)
        .map(|d| d.borrow().values().cloned().collect())
        .unwrap_or_default();
    candidates.extend(crate::gc::all_tracked());
    for c in candidates {
        if matches!(c.payload, Payload::Type(_)) && has_base(&c) && !found.iter().any(|f| f.is(&c))
        {
            found.push(c);
        }
    }
    found
}

/// `__sizeof__` of the builtin types that define their own: the payload's size.
pub fn sizeof(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    let n = crate::objects::sizeof::native_sizeof(vm, o);
    Ok(vm.int(n as i64))
}

// ---- singletons ----

pub fn false_bool(vm: &mut Vm, args: Args) -> PyResult {
    unary_operand(vm, &args)?;
    Ok(vm.bool(false))
}

pub fn true_bool(vm: &mut Vm, args: Args) -> PyResult {
    unary_operand(vm, &args)?;
    Ok(vm.bool(true))
}

/// `NotImplemented.__reduce__()` and `Ellipsis.__reduce__()`: their builtin names.
pub fn singleton_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    let s = vm.repr_string(o)?;
    Ok(vm.string(s))
}

// ---- module, cell, code, traceback ----

/// `module.__init__(name, doc=None)`: the module attributes every module has.
pub fn module_init(vm: &mut Vm, args: Args) -> PyResult {
    let p = super::bind_params(vm, "module", args, 1, &["name", "doc"], 1, 2)?;
    let m = &args.args[0];
    let name = p[0].clone().unwrap_or_else(|| vm.none());
    if !matches!(name.payload, Payload::Str(_)) {
        return Err(vm.type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            crate::vm::errors::arg_type_name(&name)
        )));
    }
    let doc = p[1].clone().unwrap_or_else(|| vm.none());
    let none = vm.none();
    for (k, v) in [
        ("__name__", name),
        ("__doc__", doc),
        ("__package__", none.clone()),
        ("__loader__", none.clone()),
        ("__spec__", none),
    ] {
        let key = vm.intern(k);
        vm.generic_setattr(m, &key, k, Some(v))?;
    }
    Ok(vm.none())
}

/// `cell.__eq__`...: cells compare by contents, an empty cell before any full one.
pub fn cell_compare(vm: &mut Vm, args: Args, kind: CompareKind) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    let (Payload::Cell(x), Payload::Cell(y)) = (&a.payload, &b.payload) else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y) = (x.borrow().clone(), y.borrow().clone());
    match (x, y) {
        (Some(x), Some(y)) => vm.compare(&x, &y, kind),
        (x, y) => {
            let (p, q) = (vm.int(x.is_some() as i64), vm.int(y.is_some() as i64));
            vm.compare(&p, &q, kind)
        }
    }
}

/// Equality by identity (`code`): no order.
pub fn identity_compare(vm: &mut Vm, args: Args, kind: CompareKind) -> PyResult {
    let (a, b) = binary_operands(vm, &args)?;
    if !a.class().is(b.class()) {
        return Ok(vm.not_implemented.clone());
    }
    Ok(match kind {
        CompareKind::Eq => vm.bool(a.is(b)),
        CompareKind::Ne => vm.bool(!a.is(b)),
        _ => vm.not_implemented.clone(),
    })
}

/// `traceback.__dir__`: its four attributes.
pub fn traceback_dir(vm: &mut Vm, args: Args) -> PyResult {
    unary_operand(vm, &args)?;
    let names = ["tb_frame", "tb_lasti", "tb_lineno", "tb_next"]
        .iter()
        .map(|n| vm.str(n))
        .collect();
    Ok(vm.list(names))
}
