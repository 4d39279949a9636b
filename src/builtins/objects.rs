//! Object builtins: `len`, `repr`, `ascii`, `ord`, `chr`, `isinstance`, `issubclass`,
//! `callable`, `id`, `hash`, attribute access (`getattr`, `setattr`, `hasattr`, `delattr`),
//! `vars`, `dir` and `format`.

use crate::heap::PyRef;
use crate::objects::methods::func_args;
use crate::objects::payload::Payload;
use crate::objects::typeobj::TypeData;
use crate::vm::{Args, PyResult, Vm};

pub fn builtin_len(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "len()", args, 1, 1)?;
    let n = vm.len(&a[0])?;
    Ok(vm.int(n as i64))
}

pub fn builtin_repr(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "repr()", args, 1, 1)?;
    vm.repr(&a[0])
}

pub fn builtin_ascii(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "ascii()", args, 1, 1)?;
    vm.ascii(&a[0])
}

pub fn builtin_ord(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "ord()", args, 1, 1)?;
    let c = &a[0];
    let (code, len) = match &c.payload {
        Payload::Str(s) => (s.as_str().chars().next().map(|ch| ch as i64), s.char_len()),
        Payload::Bytes(b) => (b.first().map(|b| *b as i64), b.len()),
        Payload::ByteArray(b) => (b.borrow().first().map(|b| *b as i64), b.borrow().len()),
        _ => {
            return Err(vm.type_error(format!(
                "ord() expected string of length 1, but {} found",
                c.class_name()
            )))
        }
    };
    match code {
        Some(code) if len == 1 => Ok(vm.int(code)),
        _ => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {len} found"
        ))),
    }
}

pub fn builtin_chr(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "chr()", args, 1, 1)?;
    let i = match &a[0].payload {
        Payload::BigInt(_) => {
            return Err(vm.overflow_error("Python int too large to convert to C int"))
        }
        _ => vm.index_value(&a[0])?,
    };
    if !(0..0x110000).contains(&i) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(vm.string(c.to_string())),
        // Lone surrogates cannot live in a Rust string.
        None => {
            Err(vm
                .value_error("chr() arg is a surrogate code point, which refpy's str cannot hold"))
        }
    }
}

/// `isinstance`/`issubclass` against a class or a (nested) tuple of classes, honouring a
/// metaclass's `__instancecheck__`/`__subclasscheck__`.
fn class_check(vm: &mut Vm, subject: &PyRef, classinfo: &PyRef, instance: bool) -> PyResult<bool> {
    // `object_recursive_isinstance`: an instance of exactly that class, without asking a
    // metaclass's `__instancecheck__`.
    if instance && subject.class().is(classinfo) {
        return Ok(true);
    }
    if let Payload::Tuple(items) = &classinfo.payload {
        for c in items.clone().iter() {
            if class_check(vm, subject, c, instance)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let hook = if instance {
        "__instancecheck__"
    } else {
        "__subclasscheck__"
    };
    let meta = classinfo.class().clone();
    if meta.type_data().is_some_and(|t| t.is_heap_type) {
        if let Some(r) = vm.call_special(classinfo, hook, std::slice::from_ref(subject))? {
            return vm.is_true(&r);
        }
    }
    if !matches!(classinfo.payload, Payload::Type(_)) {
        if let Some(r) = vm.call_special(classinfo, hook, std::slice::from_ref(subject))? {
            return vm.is_true(&r);
        }
        return Err(vm.type_error(if instance {
            "isinstance() arg 2 must be a type, a tuple of types, or a union"
        } else {
            "issubclass() arg 2 must be a class, a tuple of classes, or a union"
        }));
    }
    Ok(if instance {
        vm.isinstance(subject, classinfo) || class_attr_isinstance(vm, subject, classinfo)?
    } else {
        vm.is_subclass(subject, classinfo)
    })
}

/// `object_isinstance`'s fallback: an object whose `__class__` attribute is another type
/// than its own (a proxy, a mock) is an instance of what that type is a subclass of.
/// Only Python classes can answer `__class__` differently, so builtins skip the lookup.
fn class_attr_isinstance(vm: &mut Vm, subject: &PyRef, cls: &PyRef) -> PyResult<bool> {
    if !subject.class().type_data().is_some_and(|t| t.is_heap_type) {
        return Ok(false);
    }
    let flags = vm.class_flags(subject.class());
    if flags.has(crate::objects::method_cache::ClassFlags::PLAIN_CLASS) {
        return Ok(false);
    }
    match vm.getattr_opt(subject, "__class__") {
        Ok(Some(icls)) => Ok(!icls.is(subject.class())
            && matches!(icls.payload, Payload::Type(_))
            && vm.is_subclass(&icls, cls)),
        Ok(None) => Ok(false),
        Err(e) => Err(e),
    }
}

pub fn builtin_isinstance(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "isinstance", args, 2, 2)?;
    let r = class_check(vm, &a[0], &a[1], true)?;
    Ok(vm.bool(r))
}

pub fn builtin_issubclass(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "issubclass", args, 2, 2)?;
    if !matches!(a[0].payload, Payload::Type(_)) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let r = class_check(vm, &a[0], &a[1], false)?;
    Ok(vm.bool(r))
}

pub fn builtin_callable(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "callable()", args, 1, 1)?;
    Ok(vm.bool(super::iteration::is_callable(vm, &a[0])))
}

pub fn builtin_id(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "id()", args, 1, 1)?;
    Ok(vm.bigint(num_bigint::BigInt::from(a[0].id())))
}

pub fn builtin_hash(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "hash()", args, 1, 1)?;
    let h = vm.hash(&a[0])?;
    Ok(vm.int(h))
}

/// The attribute-name argument of getattr & co.
fn attr_name<'a>(vm: &Vm, name: &'a PyRef) -> PyResult<&'a PyRef> {
    match name.payload {
        Payload::Str(_) => Ok(name),
        _ => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            name.class_name()
        ))),
    }
}

/// `PyObject_SetAttr` interns an exact str name in place (`PyUnicode_InternInPlace`), so
/// the key a `setattr` stores is the interned string.
fn interned_attr_name(vm: &Vm, name: &PyRef) -> PyRef {
    match &name.payload {
        Payload::Str(s) if name.class().is(&vm.types.str_type) => {
            vm.intern_in_place(name, s.as_str())
        }
        _ => name.clone(),
    }
}

pub fn builtin_getattr(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, &a[1])?;
    match a.get(2) {
        // `_PyObject_LookupAttr`: a missing attribute makes no AttributeError.
        Some(default) => Ok(vm
            .lookup_attr_opt(&a[0], name)?
            .unwrap_or_else(|| default.clone())),
        None => vm.getattr(&a[0], name),
    }
}

pub fn builtin_hasattr(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, &a[1])?;
    // `_PyObject_LookupAttr`, as `getattr` with a default.
    let found = vm.lookup_attr_opt(&a[0], name)?.is_some();
    Ok(vm.bool(found))
}

pub fn builtin_setattr(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "setattr", args, 3, 3)?;
    let name = interned_attr_name(vm, attr_name(vm, &a[1])?);
    vm.setattr(&a[0], &name, a[2].clone())?;
    Ok(vm.none())
}

pub fn builtin_delattr(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "delattr", args, 2, 2)?;
    let name = interned_attr_name(vm, attr_name(vm, &a[1])?);
    vm.delattr(&a[0], &name)?;
    Ok(vm.none())
}

/// Calls another builtin by name (`vars()` and `dir()` without arguments use `locals`).
fn call_builtin(vm: &mut Vm, name: &str) -> PyResult {
    let builtins = vm.builtins_dict.clone();
    let f = vm.dict_payload(&builtins).and_then(|d| {
        d.borrow()
            .get_str(crate::objects::str::str_hash(name), name)
            .cloned()
    });
    match f {
        Some(f) => vm.call(&f, Args::new(&[])),
        None => Err(vm.new_error("SystemError", format!("builtins.{name} is missing"))),
    }
}

pub fn builtin_vars(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "vars", args, 0, 1)?;
    let Some(obj) = a.first() else {
        return call_builtin(vm, "locals");
    };
    match vm.getattr_opt(obj, "__dict__")? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

/// The str keys of a dict object or payload.
fn str_keys_of(d: &std::cell::RefCell<crate::objects::dict::Dict>, out: &mut Vec<PyRef>) {
    out.extend(
        d.borrow()
            .keys()
            .filter(|k| matches!(k.payload, Payload::Str(_)))
            .cloned(),
    );
}

pub fn builtin_dir(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "dir", args, 0, 1)?;
    let names = match a.first() {
        None => {
            let locals = call_builtin(vm, "locals")?;
            vm.iterate(&locals)?
        }
        Some(obj) => {
            let user_dir = vm
                .lookup_special(obj, "__dir__")
                .filter(|m| !matches!(m.payload, Payload::Builtin(_)));
            // `module_dir`: a module's own `__dir__` function, called without arguments.
            let module_dir = match &obj.payload {
                Payload::Module(_) if user_dir.is_none() => vm.instance_dict(obj).and_then(|d| {
                    let h = crate::static_str_hash!("__dir__");
                    let f = d.borrow().get_str(h, "__dir__").cloned();
                    f
                }),
                _ => None,
            };
            let result = match (user_dir, module_dir) {
                (Some(method), _) => vm.call(&method, Args::new(std::slice::from_ref(obj)))?,
                (None, Some(func)) => vm.call(&func, Args::new(&[]))?,
                (None, None) => return dir_names(vm, obj),
            };
            // `PyObject_Dir`: the result as a list, sorted (duplicates and all).
            let items = vm.iterate(&result)?;
            return match crate::objects::methods::sort_items(vm, items, None, false) {
                Ok(sorted) => Ok(vm.list(sorted)),
                Err((_, e)) => Err(e),
            };
        }
    };
    Ok(sorted_names(vm, &names))
}

/// The builtin `__dir__` of an object (`object.__dir__`, `type.__dir__`, `module.__dir__`):
/// its attribute names, sorted, as a new list. A module lists its namespace; a class the
/// namespaces along its MRO; anything else its own attributes and its class's.
pub fn dir_names(vm: &mut Vm, obj: &PyRef) -> PyResult {
    let mut names: Vec<PyRef> = Vec::new();
    match &obj.payload {
        Payload::Module(d) => {
            if let Payload::Dict(dd) = &d.payload {
                str_keys_of(dd, &mut names)
            }
        }
        Payload::Type(_) => {
            let mro = obj
                .type_data()
                .map(|t| t.mro().to_vec())
                .unwrap_or_default();
            for c in mro {
                if let Some(t) = c.type_data() {
                    str_keys_of(&t.dict, &mut names);
                }
            }
        }
        _ => {
            if let Some(d) = vm.instance_dict(obj) {
                str_keys_of(&d, &mut names);
            }
            let dict = vm.getattr_opt(obj, "__dict__")?;
            if let Some(Payload::Dict(d)) = dict.as_ref().map(|d| &d.payload) {
                str_keys_of(d, &mut names);
            }
            // `object.__dir__` asks for `__class__` (a proxy answers its referent's).
            let class = match vm.getattr_opt(obj, "__class__")? {
                Some(c) if c.type_data().is_some() => c,
                _ => obj.class().clone(),
            };
            if let Some(Payload::Dict(d)) = dict.as_ref().map(|d| &d.payload) {
                let split = d.borrow().split_class().filter(|_| !d.borrow().is_empty());
                if let Some(keys_class) = split.as_ref().and_then(|c| c.type_data()) {
                    merge_class_dict_into_split_copy(keys_class, &class);
                }
            }
            let mro = class
                .type_data()
                .map(|t| t.mro().to_vec())
                .unwrap_or_default();
            for c in mro {
                if let Some(t) = c.type_data() {
                    str_keys_of(&t.dict, &mut names);
                }
            }
        }
    }
    Ok(sorted_names(vm, &names))
}

/// `object.__dir__` copies a non-empty `__dict__` and merges the class namespaces into the
/// copy (`merge_class_dict`: the class, then each of its bases, depth first). A copy of
/// a split table shares the class's keys (`PyDict_Copy`), and `insertdict` adds each new
/// name to them while they have room: so `dir(obj)` fills the shared keys, and later
/// instances of the class outgrow them sooner. Returns false once the copy has become a
/// combined table (the keys had no room left).
fn merge_class_dict_into_split_copy(keys_class: &TypeData, class: &PyRef) -> bool {
    let Some(t) = class.type_data() else {
        return true;
    };
    let names: Vec<PyRef> = t
        .dict
        .borrow()
        .iter()
        .filter(|(k, _)| k.as_str_opt().is_some())
        .map(|(k, _)| k.clone())
        .collect();
    if !names.iter().all(|k| {
        let n = k.as_str_opt().unwrap_or("");
        keys_class
            .shared_keys
            .accept(k, n, crate::objects::str::str_hash(n))
    }) {
        return false;
    }
    let bases = t.bases().to_vec();
    bases
        .iter()
        .all(|b| merge_class_dict_into_split_copy(keys_class, b))
}

fn sorted_names(vm: &Vm, names: &[PyRef]) -> PyRef {
    let mut texts: Vec<String> = names
        .iter()
        .filter_map(|n| n.as_str_opt().map(str::to_string))
        .collect();
    texts.sort();
    texts.dedup();
    let items = texts.iter().map(|t| vm.str(t)).collect();
    vm.list(items)
}

pub fn builtin_format(vm: &mut Vm, args: Args) -> PyResult {
    let a = func_args(vm, "format", args, 1, 2)?;
    let spec = match a.get(1) {
        None => String::new(),
        Some(s) => match s.as_str_opt() {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    crate::vm::errors::arg_type_name(s)
                )))
            }
        },
    };
    vm.format(&a[0], &spec)
}
