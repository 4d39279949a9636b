//! The `weakref` module.
//!
//! The reference objects are `Payload::WeakRef` (see `objects::weakref`); how they die is the
//! heap's business. This file provides the native half: creating refs and proxies (with
//! CPython's reuse of the plain ref and the plain proxy), dereferencing, hashing, comparing,
//! reprs and `getweakrefs`. The classes themselves (`ReferenceType`, `ProxyType`,
//! `CallableProxyType`) and the containers built on them (`WeakValueDictionary`,
//! `WeakKeyDictionary`, `WeakSet`, `finalize`, `WeakMethod`) are Python code in
//! `py/weakref.py`, run into the module at startup. Making the reference types Python-level
//! (heap) classes lets every protocol (calls, hashing, comparison, attribute forwarding)
//! dispatch through the VM's ordinary special-method paths; `vm.types.weakref_type` and the
//! proxy types are replaced by these classes.

use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::objects::weakref::WeakRefData;
use crate::vm::{Args, PyResult, Vm};
use std::cell::{Cell, RefCell};

const SOURCE: &str = include_str!("py/weakref.py");

pub fn init(vm: &mut Vm) {
    let m = super::register(
        vm,
        "weakref",
        &[
            ("_new_ref", new_ref),
            ("_new_proxy", new_proxy),
            ("_deref", deref),
            ("_proxy_target", proxy_target),
            ("_ref_hash", ref_hash),
            ("_ref_eq", ref_eq),
            ("_ref_ne", ref_ne),
            ("_ref_repr", ref_repr),
            ("_proxy_repr", proxy_repr),
            ("_ref_callback", ref_callback),
            ("_is_ref", is_ref),
            ("_tp_name", tp_name_fn),
            ("_bind", bind),
            ("_new_keyed_ref", new_keyed_ref),
            ("_remove_dead_weakref", remove_dead_weakref),
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
            ("_as_startup_work", as_startup_work),
        ],
    );
    // `REFPY_STDLIB_DIR` (see `frozen::dev_source`) runs the folder's current `weakref.py`.
    let source = super::frozen::dev_source("weakref", SOURCE);
    if let Err(e) = vm.exec_source(&source, "<frozen weakref>", &m) {
        vm.print_exception(&e.0);
        return;
    }
    install_slots(vm, &m);
    // `weakref.py`'s `WeakMethod` adds four slots to the C reference (`_func_ref`,
    // `_meth_type`, `_alive`, `__weakref__`); refpy's keeps its state elsewhere but is
    // sized as CPython's.
    if let Ok(Some(t)) = vm.getattr_opt(&m, "WeakMethod") {
        if let Some(data) = t.type_data() {
            data.c_layout.set(Some(c_shape(96, true)));
        }
    }
    for (name, slot) in [
        ("ReferenceType", 0),
        ("ProxyType", 1),
        ("CallableProxyType", 2),
    ] {
        if let Ok(Some(t)) = vm.getattr_opt(&m, name) {
            if let Some(data) = t.type_data() {
                data.c_type_name.set(true);
                // `PyWeakReference`: 64 bytes, no `__dict__`, no weak list of its own.
                data.c_layout.set(Some(c_shape(64, false)));
                t.make_immortal();
                match slot {
                    0 => vm.types.weakref_type = t,
                    1 => vm.types.weakproxy_type = t,
                    _ => vm.types.weakcallableproxy_type = t,
                }
            }
        }
    }
}

/// A C layout for `sys._c_layout`'s slot: `basicsize`, no `__dict__`.
fn c_shape(basicsize: usize, has_weakref: bool) -> crate::objects::sizeof::ClassShape {
    crate::objects::sizeof::ClassShape {
        basicsize,
        itemsize: 0,
        has_dict: false,
        has_weakref,
        managed_dict: false,
    }
}

/// Gives `ReferenceType` and `KeyedRef` native `__init__` and `__call__` (CPython's slots
/// `weakref___init__` and `weakref_call`), and `ReferenceType` native `__hash__`, `__eq__`
/// and `__ne__` (`weakref_hash`, `weakref_richcompare`): creating, dereferencing, hashing
/// and comparing refs are the hot operations of every weak container (a
/// `WeakKeyDictionary` lookup hashes a new ref and compares it with the stored one), and a
/// Python-level method would cost a frame each. (`__new__` is the native `_new_ref` /
/// `_new_keyed_ref`, as a staticmethod in the class body.)
fn install_slots(vm: &mut Vm, m: &PyRef) {
    for name in ["ReferenceType", "KeyedRef"] {
        if let Ok(Some(cls)) = vm.getattr_opt(m, name) {
            if matches!(cls.payload, Payload::Type(_)) {
                vm.add_method(&cls, "__init__", ref_init);
                if name == "ReferenceType" {
                    vm.add_method(&cls, "__call__", ref_call);
                    vm.add_wrapper(&cls, "__hash__", ref_hash);
                    vm.add_wrapper(&cls, "__eq__", ref_eq);
                    vm.add_wrapper(&cls, "__ne__", ref_ne);
                }
            }
        }
    }
}

/// `weakref.__init__`: the arguments were checked by `__new__`.
fn ref_init(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

/// `weakref_call`: the referent, or None once it died.
fn ref_call(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("weakref() takes no keyword arguments"));
    }
    if args.args.len() != 1 {
        return Err(vm.type_error(format!(
            "weakref expected 0 arguments, got {}",
            args.args.len().saturating_sub(1)
        )));
    }
    deref(vm, args)
}

fn data(obj: &PyRef) -> Option<&WeakRefData> {
    match &obj.payload {
        Payload::WeakRef(d) => Some(d),
        _ => None,
    }
}

/// `tp_name` as CPython prints it in messages (see [`TypeData::tp_name`]).
///
/// [`TypeData::tp_name`]: crate::objects::typeobj::TypeData::tp_name
pub fn tp_name(cls: &PyRef) -> String {
    cls.type_data().map_or_else(|| "?".into(), |t| t.tp_name())
}

fn tp_name_fn(vm: &mut Vm, args: Args) -> PyResult {
    let o = arg(vm, &args, 0, "_tp_name")?;
    let cls = if matches!(o.payload, Payload::Type(_)) {
        o.clone()
    } else {
        o.class().clone()
    };
    let name = weak_tp_name(vm, &cls);
    Ok(vm.string(name))
}

/// [`tp_name`], where the weak reference types (shown as `weakref`'s) are `_weakref`'s.
fn weak_tp_name(vm: &Vm, cls: &PyRef) -> String {
    if cls.is(&vm.types.weakref_type) {
        "weakref.ReferenceType".to_string()
    } else if cls.is(&vm.types.weakproxy_type) {
        "weakref.ProxyType".to_string()
    } else if cls.is(&vm.types.weakcallableproxy_type) {
        "weakref.CallableProxyType".to_string()
    } else {
        tp_name(cls)
    }
}

/// Whether `obj` accepts weak references (CPython's `tp_weaklistoffset != 0`).
pub fn is_weakrefable(obj: &PyRef) -> bool {
    // Builtin types with a weak reference list of their own (`tp_weaklistoffset`): their
    // subclasses keep it, whatever their `__slots__` say.
    let own_list = matches!(
        obj.payload,
        Payload::Function(_)
            | Payload::Builtin(_)
            | Payload::BoundMethod { .. }
            | Payload::Type(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Generator { .. }
            | Payload::Module(_)
            | Payload::Code(_)
            | Payload::MemoryView(_)
            | Payload::Deque(_)
    );
    if own_list {
        return true;
    }
    // Other builtin layouts have none; a Python class adds one unless its `__slots__`
    // leave it out, and never over a variable-size base.
    obj.class().type_data().is_some_and(|t| {
        t.is_heap_type
            && t.weakrefable
            && !matches!(
                obj.payload,
                Payload::Int(_)
                    | Payload::BigInt(_)
                    | Payload::Bool(_)
                    | Payload::Tuple(_)
                    | Payload::Bytes(_)
                    | Payload::Complex(..)
            )
    })
}

fn arg<'a>(vm: &Vm, args: &Args<'a>, i: usize, name: &str) -> PyResult<&'a PyRef> {
    args.args
        .get(i)
        .ok_or_else(|| vm.type_error(format!("{name}() missing required argument")))
}

fn not_weakrefable(vm: &Vm, obj: &PyRef) -> crate::vm::PyErr {
    vm.type_error(format!(
        "cannot create weak reference to '{}' object",
        weak_tp_name(vm, obj.class())
    ))
}

/// Creates a weak reference object of class `cls` (reusing the plain one when allowed).
fn make_ref(
    vm: &mut Vm,
    cls: &PyRef,
    ob: &PyRef,
    callback: Option<PyRef>,
    is_proxy: bool,
) -> PyResult {
    if !is_weakrefable(ob) {
        return Err(not_weakrefable(vm, ob));
    }
    let callback = callback.filter(|c| !matches!(c.payload, Payload::NoneValue));
    let basic = if is_proxy {
        true
    } else {
        cls.is(&vm.types.weakref_type)
    };
    if callback.is_none() && basic {
        let reusable = ob.find_weakref(|wr| {
            data(wr).is_some_and(|d| {
                d.is_proxy == is_proxy
                    && d.callback.borrow().is_none()
                    && (is_proxy || wr.class().is(&vm.types.weakref_type))
                    && d.get().is_some_and(|o| o.is(ob))
            })
        });
        if let Some(wr) = reusable {
            return Ok(wr);
        }
    }
    let has_callback = callback.is_some();
    let wr = PyRef::new(
        cls,
        Payload::WeakRef(Box::new(WeakRefData {
            slots: RefCell::default(),
            referent: RefCell::new(Some(ob.downgrade())),
            callback: RefCell::new(callback),
            hash: Cell::new(None),
            is_proxy,
        })),
    );
    // Weak reference objects are containers in CPython (they hold their callback).
    crate::gc::track(&wr);
    if has_callback {
        wr.defer_release_while_finalizing();
    }
    ob.add_weakref(&wr);
    Ok(wr)
}

/// `_new_ref(cls, ob, callback=None)`: `ReferenceType.__new__`.
fn new_ref(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(vm.type_error(format!(
            "__new__ expected at least 1 argument, got {}",
            pos.len().saturating_sub(1)
        )));
    }
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            pos.len() - 1
        )));
    }
    let cls = pos[0].clone();
    if !matches!(cls.payload, Payload::Type(_)) {
        return Err(vm.type_error("ReferenceType.__new__(X): X is not a type object"));
    }
    make_ref(vm, &cls, &pos[1], pos.get(2).cloned(), false)
}

/// `_new_keyed_ref(cls, ob, callback, key)`: `KeyedRef.__new__`, a ref with a callback that
/// remembers the key it is stored under (what `WeakValueDictionary` keeps).
fn new_keyed_ref(vm: &mut Vm, args: Args) -> PyResult {
    // Binds as CPython's Python `def __new__(type, ob, callback, key)` does, with its
    // messages.
    const NAMES: [&str; 4] = ["type", "ob", "callback", "key"];
    let pos = args.positional();
    if pos.len() > 4 {
        return Err(vm.type_error(format!(
            "KeyedRef.__new__() takes 4 positional arguments but {} were given",
            pos.len()
        )));
    }
    let mut bound: [Option<PyRef>; 4] = Default::default();
    for (slot, value) in bound.iter_mut().zip(pos) {
        *slot = Some(value.clone());
    }
    for (name, value) in args.keywords() {
        let Some(i) = NAMES.iter().position(|n| *n == name) else {
            return Err(vm.type_error(format!(
                "KeyedRef.__new__() got an unexpected keyword argument '{name}'"
            )));
        };
        if bound[i].is_some() {
            return Err(vm.type_error(format!(
                "KeyedRef.__new__() got multiple values for argument '{name}'"
            )));
        }
        bound[i] = Some(value.clone());
    }
    let missing: Vec<String> = NAMES
        .iter()
        .zip(&bound)
        .filter(|(_, v)| v.is_none())
        .map(|(n, _)| n.to_string())
        .collect();
    if !missing.is_empty() {
        return Err(vm.missing_args("KeyedRef.__new__", &missing, "positional"));
    }
    let [Some(cls), Some(ob), Some(callback), Some(key)] = bound else {
        unreachable!("every argument is bound once none is missing")
    };
    if !matches!(cls.payload, Payload::Type(_)) {
        return Err(vm.type_error("KeyedRef.__new__(X): X is not a type object"));
    }
    let wr = make_ref(vm, &cls, &ob, Some(callback), false)?;
    let key = match store_key_in_slot(vm, &cls, &wr, key) {
        Ok(()) => return Ok(wr),
        Err(key) => key,
    };
    let name = vm.intern("key");
    vm.setattr(&wr, &name, key)?;
    Ok(wr)
}

/// `self.key = key` in `KeyedRef.__new__`, straight into the slot while the class's `key`
/// is still a `__slots__` member and no `__setattr__` other than the builtin one is in
/// between (a subclass may define either; `Err` hands `key` back for the full
/// `setattr`). The full path (the name interned, the descriptor found and checked) cost
/// ~850 instructions, once for every item a `WeakValueDictionary` stores.
fn store_key_in_slot(vm: &Vm, cls: &PyRef, wr: &PyRef, key: PyRef) -> Result<(), PyRef> {
    use crate::objects::descriptor::SlotKind;
    use crate::objects::instance::SlotValues;
    use crate::objects::method_cache::ClassFlags;
    let member = vm.lookup_in_mro(cls, "key").is_some_and(
        |d| matches!(&d.payload, Payload::SlotDescriptor(s) if s.kind == SlotKind::Member),
    );
    let index = crate::vm::protocols::slot_index_of(cls, "key");
    match (&wr.payload, index) {
        (Payload::WeakRef(w), Some(i))
            if member && !vm.class_flags(cls).has(ClassFlags::SETATTR) =>
        {
            let old = w.slots.put_slot(i, key)?;
            drop(old);
            Ok(())
        }
        _ => Err(key),
    }
}

/// `_remove_dead_weakref(dict, key)`: deletes `dict[key]` if it is a dead weak reference
/// (CPython's `_weakref._remove_dead_weakref`, the removal callback of weak containers: a
/// live ref stored again under the same key stays).
fn remove_dead_weakref(vm: &mut Vm, args: Args) -> PyResult {
    let d = arg(vm, &args, 0, "_remove_dead_weakref")?;
    let key = arg(vm, &args, 1, "_remove_dead_weakref")?;
    let Some(dict) = vm.dict_payload(d) else {
        return Err(vm.type_error("_remove_dead_weakref() argument 1 must be dict"));
    };
    let hash = vm.hash(key)?;
    if let Some(i) = vm.dict_find(dict, hash, key)? {
        let dead = dict.borrow().get_index(i).map(|(_, v)| match data(v) {
            Some(w) => Ok(w.get().is_none()),
            None => Err(()),
        });
        match dead {
            Some(Ok(true)) => {
                let removed = dict.borrow_mut().remove_index(i);
                drop(removed);
            }
            Some(Err(())) => return Err(vm.type_error("not a weakref")),
            _ => {}
        }
    }
    Ok(vm.none())
}

/// `_new_proxy(cls, ob, callback=None)`.
fn new_proxy(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(vm.type_error("proxy() missing required argument 'object' (pos 1)"));
    }
    let cls = pos[0].clone();
    make_ref(vm, &cls, &pos[1], pos.get(2).cloned(), true)
}

fn deref(vm: &mut Vm, args: Args) -> PyResult {
    let r = arg(vm, &args, 0, "_deref")?;
    Ok(referent_or_none(vm, r))
}

/// What calling the weak reference `r` with no arguments gives (`weakref_call`): its
/// referent, or None once that died.
pub fn referent_or_none(vm: &Vm, r: &PyRef) -> PyRef {
    data(r).and_then(|d| d.get()).unwrap_or_else(|| vm.none())
}

fn proxy_target(vm: &mut Vm, args: Args) -> PyResult {
    let r = arg(vm, &args, 0, "_proxy_target")?;
    match data(r).and_then(|d| d.get()) {
        Some(o) => Ok(o),
        None => Err(vm.new_error(
            "ReferenceError",
            "weakly-referenced object no longer exists",
        )),
    }
}

fn ref_hash(vm: &mut Vm, args: Args) -> PyResult {
    let r = arg(vm, &args, 0, "_ref_hash")?;
    let Some(d) = data(r) else {
        return Err(vm.type_error("not a weak reference"));
    };
    let h = hash(vm, d)?;
    Ok(vm.int(h))
}

/// `weakref_hash`: the referent's hash, computed once while it lives and kept (what
/// `hash(ref)` gives through `builtin_hash`, and `ReferenceType.__hash__`).
pub fn hash(vm: &mut Vm, d: &WeakRefData) -> PyResult<i64> {
    if let Some(h) = d.hash.get() {
        return Ok(h);
    }
    match d.get() {
        Some(o) => {
            let h = vm.hash(&o)?;
            d.hash.set(Some(h));
            Ok(h)
        }
        None => Err(vm.type_error("weak object has gone away")),
    }
}

fn compare_refs(vm: &mut Vm, args: Args, ne: bool) -> PyResult {
    let a = arg(vm, &args, 0, "_ref_eq")?;
    let b = arg(vm, &args, 1, "_ref_eq")?;
    let (Some(da), Some(db)) = (data(a), data(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    if da.is_proxy || db.is_proxy {
        return Ok(vm.not_implemented.clone());
    }
    let kind = if ne {
        crate::bytecode::CompareKind::Ne
    } else {
        crate::bytecode::CompareKind::Eq
    };
    richcompare(vm, a, b, da, db, kind)
}

/// `weakref_richcompare` for two references (not proxies): while both referents live,
/// their comparison; else whether the references are the same object.
fn richcompare(
    vm: &mut Vm,
    a: &PyRef,
    b: &PyRef,
    da: &WeakRefData,
    db: &WeakRefData,
    kind: crate::bytecode::CompareKind,
) -> PyResult {
    match (da.get(), db.get()) {
        (Some(x), Some(y)) => vm.compare(&x, &y, kind),
        _ => Ok(vm.bool(a.is(b) != (kind == crate::bytecode::CompareKind::Ne))),
    }
}

/// `a == b` or `a != b` for two references of the exact reference type, as
/// `do_richcompare` runs its slot: the type cannot be changed, so its `__eq__` and `__ne__`
/// are always `weakref_richcompare`, which this calls without looking them up and calling
/// them as methods (a weak dictionary compares a new ref with the stored one per lookup).
/// `None` for anything else, left to the method protocol.
pub fn compare_exact_refs(
    vm: &mut Vm,
    a: &PyRef,
    b: &PyRef,
    kind: crate::bytecode::CompareKind,
) -> Option<PyResult> {
    use crate::bytecode::CompareKind;
    if !matches!(kind, CompareKind::Eq | CompareKind::Ne) {
        return None;
    }
    let t = &vm.types.weakref_type;
    if !a.class().is(t) || !b.class().is(t) {
        return None;
    }
    let (Some(da), Some(db)) = (data(a), data(b)) else {
        return None;
    };
    // The slot's call counts a level against the recursion limit, as the method's did.
    if let Err(e) = vm.enter_recursive_call(" in comparison") {
        return Some(Err(e));
    }
    let r = richcompare(vm, a, b, da, db, kind);
    vm.depth -= 1;
    Some(r)
}

fn ref_eq(vm: &mut Vm, args: Args) -> PyResult {
    compare_refs(vm, args, false)
}

fn ref_ne(vm: &mut Vm, args: Args) -> PyResult {
    compare_refs(vm, args, true)
}

fn ref_repr(vm: &mut Vm, args: Args) -> PyResult {
    let r = arg(vm, &args, 0, "_ref_repr")?;
    let target = data(r).and_then(|d| d.get());
    let s = match target {
        None => format!("<weakref at {:#x}; dead>", r.id()),
        Some(o) => {
            let tn = tp_name(o.class());
            let name = match vm.getattr_opt(&o, "__name__") {
                Ok(Some(n)) => n.as_str_opt().map(str::to_string),
                Ok(None) => None,
                Err(e) => return Err(e),
            };
            match name {
                Some(n) => format!(
                    "<weakref at {:#x}; to '{}' at {:#x} ({})>",
                    r.id(),
                    tn,
                    o.id(),
                    n
                ),
                None => format!("<weakref at {:#x}; to '{}' at {:#x}>", r.id(), tn, o.id()),
            }
        }
    };
    Ok(vm.string(s))
}

fn proxy_repr(vm: &mut Vm, args: Args) -> PyResult {
    let r = arg(vm, &args, 0, "_proxy_repr")?;
    let target = data(r).and_then(|d| d.get()).unwrap_or_else(|| vm.none());
    Ok(vm.string(format!(
        "<weakproxy at {:#x} to {} at {:#x}>",
        r.id(),
        tp_name(target.class()),
        target.id()
    )))
}

fn ref_callback(vm: &mut Vm, args: Args) -> PyResult {
    let r = arg(vm, &args, 0, "__callback__")?;
    Ok(data(r)
        .and_then(|d| d.callback.borrow().clone())
        .unwrap_or_else(|| vm.none()))
}

fn is_ref(vm: &mut Vm, args: Args) -> PyResult {
    let r = arg(vm, &args, 0, "_is_ref")?;
    Ok(vm.bool(data(r).is_some_and(|d| !d.is_proxy)))
}

/// The weak references to `obj` in CPython's list order: the plain ref, the plain proxy,
/// then the others newest first.
fn ordered_weakrefs(vm: &Vm, obj: &PyRef) -> Vec<PyRef> {
    let all = obj.weakrefs();
    let mut plain = Vec::new();
    let mut proxy = Vec::new();
    let mut rest = Vec::new();
    for wr in all {
        let Some(d) = data(&wr) else { continue };
        if d.get().is_none_or(|o| !o.is(obj)) {
            continue;
        }
        let no_cb = d.callback.borrow().is_none();
        if no_cb && !d.is_proxy && wr.class().is(&vm.types.weakref_type) {
            plain.push(wr);
        } else if no_cb && d.is_proxy {
            proxy.push(wr);
        } else {
            rest.push(wr);
        }
    }
    rest.reverse();
    plain.extend(proxy);
    plain.extend(rest);
    plain
}

fn getweakrefcount(vm: &mut Vm, args: Args) -> PyResult {
    let Some(o) = args.positional().first() else {
        return Err(vm.type_error("getweakrefcount() takes exactly one argument (0 given)"));
    };
    let n = ordered_weakrefs(vm, o).len();
    Ok(vm.int(n as i64))
}

fn getweakrefs(vm: &mut Vm, args: Args) -> PyResult {
    let Some(o) = args.positional().first() else {
        return Err(vm.type_error("getweakrefs() takes exactly one argument (0 given)"));
    };
    let v = ordered_weakrefs(vm, o);
    Ok(vm.list(v))
}

/// `_bind(func, obj)`: a bound method (what `types.MethodType(func, obj)` makes).
fn bind(vm: &mut Vm, args: Args) -> PyResult {
    let f = arg(vm, &args, 0, "_bind")?;
    let o = arg(vm, &args, 1, "_bind")?;
    Ok(vm.bound_method(f, o))
}

/// `_as_startup_work(f)`: calls `f()` as work CPython did during start-up (see
/// `gc::as_startup_work`): `gc.get_count()`, the free lists and the generations of the
/// script's objects are as if it had not run.
fn as_startup_work(vm: &mut Vm, args: Args) -> PyResult {
    let Some(func) = args.positional().first().cloned() else {
        return Err(vm.type_error("_as_startup_work() needs a callable"));
    };
    crate::gc::as_startup_work(|| vm.call(&func, Args::new(&[])))
}
