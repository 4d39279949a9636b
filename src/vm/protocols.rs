//! The object protocols: attribute access, calls, truth, hashing, comparison, repr/str,
//! containers and iteration.
//!
//! Each protocol tries the builtin payload first (the fast path, no dictionary lookups),
//! then the class's special method found along the MRO (`lookup_special`, which like
//! CPython never looks in the instance).

use super::{Args, PyErr, PyResult, Vm};
use crate::heap::PyRef;
use crate::objects::descriptor::SlotKind;
use crate::objects::dict::{Dict, Probe};
use crate::objects::instance::{AttrStore, InstanceData, SlotValues};
use crate::objects::method_cache::{self, ClassFlags};
use crate::objects::payload::Payload;
use crate::objects::str::str_hash;
use crate::objects::typeobj::Layout;

impl Vm {
    // ---- types ----

    pub fn is_subclass(&self, cls: &PyRef, base: &PyRef) -> bool {
        if cls.is(base) {
            return true;
        }
        match cls.type_data() {
            Some(t) => t.mro().iter().any(|c| c.is(base)),
            None => false,
        }
    }

    /// `MATCH_SEQUENCE`: whether `obj`'s type has `Py_TPFLAGS_SEQUENCE` (list, tuple,
    /// range, memoryview, array, deque, their subclasses, `Sequence` ABCs and what is
    /// registered with them).
    pub fn match_sequence(&self, obj: &PyRef) -> bool {
        obj.class().type_data().is_some_and(|t| {
            t.collection_flags.get() & crate::objects::typeobj::TPFLAGS_SEQUENCE != 0
        })
    }

    /// `MATCH_MAPPING`: whether `obj`'s type has `Py_TPFLAGS_MAPPING`.
    pub fn match_mapping(&self, obj: &PyRef) -> bool {
        obj.class().type_data().is_some_and(|t| {
            t.collection_flags.get() & crate::objects::typeobj::TPFLAGS_MAPPING != 0
        })
    }

    pub fn isinstance(&self, obj: &PyRef, cls: &PyRef) -> bool {
        self.is_subclass(obj.class(), cls)
    }

    /// Finds `name` along the MRO of `cls` (a borrowed lookup; returns an owned reference).
    pub fn lookup_in_mro(&self, cls: &PyRef, name: &str) -> Option<PyRef> {
        // An interned name carries its hash: hashing the text (SipHash) on every lookup
        // was ~8 % of instantiating a class (`__new__` and `__init__` are looked up by name).
        // Its own text keys the method cache by address (no byte comparison on a hit).
        if let Some(known) = self.method_cache.known_name(name) {
            return self.lookup_interned(cls, &known);
        }
        let interned = self.interned.borrow().get(name).cloned();
        if let Some(known) = interned {
            self.method_cache.remember_name(name, &known);
            return self.lookup_interned(cls, &known);
        }
        let hash = str_hash(name);
        if let Some(hit) = self.method_cache.get(cls, name, hash) {
            return hit;
        }
        self.lookup_in_mro_uncached(cls, name, hash, None)
    }

    /// [`Vm::lookup_in_mro`] with the name's hash already known (interned names cache it).
    #[inline]
    pub fn lookup_in_mro_hashed(&self, cls: &PyRef, name: &str, hash: i64) -> Option<PyRef> {
        if let Some(hit) = self.method_cache.get(cls, name, hash) {
            return hit;
        }
        // The cache compares names by address when it knows the name object: the
        // interned identifier, when `name` is its text.
        let interned = self.interned.borrow().get(name).cloned();
        self.lookup_in_mro_uncached(cls, name, hash, interned.as_ref())
    }

    /// [`Vm::lookup_in_mro_hashed`] for a name given as a `str` object (`name_str` its text).
    #[inline]
    pub fn lookup_in_mro_name(
        &self,
        cls: &PyRef,
        name: &PyRef,
        name_str: &str,
        hash: i64,
    ) -> Option<PyRef> {
        if let Some(hit) = self.method_cache.get(cls, name_str, hash) {
            return hit;
        }
        self.lookup_in_mro_uncached(cls, name_str, hash, Some(name))
    }

    /// [`Vm::lookup_in_mro_name`] for an interned name: its own text and cached hash, so
    /// the method cache matches it by address.
    #[inline]
    pub fn lookup_interned(&self, cls: &PyRef, name: &PyRef) -> Option<PyRef> {
        let hash = super::inline_cache::name_hash(name);
        self.lookup_in_mro_name(cls, name, name.as_str_opt().unwrap_or(""), hash)
    }

    /// The MRO walk behind the method cache; records its result.
    fn lookup_in_mro_uncached(
        &self,
        cls: &PyRef,
        name: &str,
        hash: i64,
        name_obj: Option<&PyRef>,
    ) -> Option<PyRef> {
        let t = cls.type_data()?;
        let mut found = None;
        for c in t.mro().iter() {
            if let Some(td) = c.type_data() {
                if let Some(v) = td.dict.borrow().get_str(hash, name) {
                    found = Some(v.clone());
                    break;
                }
            }
        }
        self.method_cache
            .put(cls, name, hash, found.as_ref(), name_obj);
        found
    }

    /// The attribute-access facts of `cls` ([`ClassFlags`]), cached until a class
    /// namespace changes.
    #[inline]
    pub fn class_flags(&self, cls: &PyRef) -> ClassFlags {
        match method_cache::flags(cls) {
            Some(f) => f,
            None => self.compute_class_flags(cls),
        }
    }

    fn compute_class_flags(&self, cls: &PyRef) -> ClassFlags {
        let overridden = |name: &str| {
            self.lookup_in_mro(cls, name)
                .is_some_and(|m| !matches!(m.payload, Payload::Builtin(_)))
        };
        let mut bits = 0;
        if let Some(t) = cls.type_data() {
            let slots = t.mro().iter().any(|c| {
                c.type_data()
                    .is_some_and(|ct| ct.slot_names.as_ref().is_some_and(|n| !n.is_empty()))
            });
            if slots {
                bits |= ClassFlags::SLOTS;
            }
            if t.is_heap_type && overridden("__getattribute__") {
                bits |= ClassFlags::GETATTRIBUTE;
            }
        }
        if self.has_instance_dict(cls) {
            bits |= ClassFlags::INSTANCE_DICT;
        }
        if overridden("__setattr__") {
            bits |= ClassFlags::SETATTR;
        }
        if overridden("__delattr__") {
            bits |= ClassFlags::DELATTR;
        }
        if self.lookup_in_mro(cls, "__bool__").is_some()
            || self.lookup_in_mro(cls, "__len__").is_some()
        {
            bits |= ClassFlags::TRUTH;
        }
        let object_hash = self.lookup_in_mro(&self.types.object_type, "__hash__");
        if let (Some(mine), Some(object_hash)) = (self.lookup_in_mro(cls, "__hash__"), object_hash)
        {
            if mine.is(&object_hash) {
                bits |= ClassFlags::OBJECT_HASH;
            }
        }
        let object_class = self.lookup_in_mro(&self.types.object_type, "__class__");
        if bits & ClassFlags::GETATTRIBUTE == 0
            && object_class.is_some_and(|o| {
                self.lookup_in_mro(cls, "__class__")
                    .is_some_and(|c| c.is(&o))
            })
        {
            bits |= ClassFlags::PLAIN_CLASS;
        }
        let flags = ClassFlags::new(bits);
        method_cache::put_flags(cls, flags);
        flags
    }

    /// A special method (`__add__`...) of the object's class.
    #[inline]
    pub fn lookup_special(&self, obj: &PyRef, name: &str) -> Option<PyRef> {
        self.lookup_in_mro(obj.class(), name)
    }

    /// Calls the special method `name` on `obj` with `args`; `None` if the class lacks it.
    pub fn call_special(
        &mut self,
        obj: &PyRef,
        name: &str,
        args: &[PyRef],
    ) -> PyResult<Option<PyRef>> {
        let Some(method) = self.lookup_special(obj, name) else {
            return Ok(None);
        };
        super::with_prepended(obj, args, |all| {
            self.call_descriptor_method(&method, obj, all)
        })
        .map(Some)
    }

    /// Calls a method found on a class with `all[0]` as self, binding as a descriptor would
    /// (functions get self; staticmethods don't; classmethods get the class).
    pub(super) fn call_descriptor_method(
        &mut self,
        method: &PyRef,
        obj: &PyRef,
        all: &[PyRef],
    ) -> PyResult {
        match &method.payload {
            Payload::Function(_) | Payload::Builtin(_) => self.call(method, Args::new(all)),
            Payload::StaticMethod(f) => {
                let f = f.clone();
                self.call(&f, Args::new(&all[1..]))
            }
            Payload::ClassMethod(f) if matches!(f.payload, Payload::Function(_)) => {
                let f = f.clone();
                let mut v = vec![obj.class().clone()];
                v.extend_from_slice(&all[1..]);
                self.call(&f, Args::new(&v))
            }
            _ => {
                let bound = self.bind_descriptor(method, Some(obj), obj.class())?;
                self.call(&bound, Args::new(&all[1..]))
            }
        }
    }

    // ---- attributes ----

    /// `getattr(obj, name)`; an AttributeError without `name` and `obj` gets them
    /// (`set_attribute_error_context`, which the "Did you mean" hint reads).
    pub fn getattr(&mut self, obj: &PyRef, name: &PyRef) -> PyResult {
        let r = self.getattr_unmarked(obj, name);
        if let Err(e) = &r {
            let unset =
                |m: Option<PyRef>| m.is_none_or(|v| matches!(v.payload, Payload::NoneValue));
            if self.exc_matches_name(&e.0, "AttributeError")
                && unset(self.exc_member(&e.0, "name"))
                && unset(self.exc_member(&e.0, "obj"))
            {
                self.set_exc_attr(&e.0, "name", name.clone());
                self.set_exc_attr(&e.0, "obj", obj.clone());
            }
        }
        r
    }

    fn getattr_unmarked(&mut self, obj: &PyRef, name: &PyRef) -> PyResult {
        match self.lookup_attr(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name.as_str_opt().unwrap_or("?"))),
        }
    }

    /// `_PyObject_LookupAttr`: the attribute, or `None` when the generic lookup and every
    /// `__getattr__` hook find nothing, without making an AttributeError for that case
    /// (one made and dropped would count in `gc.get_count()`). An AttributeError a hook or
    /// descriptor raises still comes back as an error.
    fn lookup_attr(&mut self, obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
        if let Some(hook) = self.getattribute_override(obj) {
            // `slot_tp_getattr_hook`: `__getattribute__`, then `__getattr__` on AttributeError.
            let r = self.call(&hook, Args::new(&[obj.clone(), name.clone()]));
            return match r {
                Err(e) if self.exc_matches_name(&e.0, "AttributeError") => {
                    match self.lookup_special(obj, "__getattr__") {
                        Some(ga) => self.call(&ga, Args::new(&[obj.clone(), name.clone()])),
                        None => Err(e),
                    }
                }
                r => r,
            }
            .map(Some);
        }
        let found = match self.getattr_inner(obj, name) {
            Ok(found) => found,
            // `slot_tp_getattr_hook`: any AttributeError of the generic lookup (an empty
            // `__slots__` member, a property raising one) goes to `__getattr__`.
            Err(e) if self.exc_matches_name(&e.0, "AttributeError") => {
                match self.lookup_special(obj, "__getattr__") {
                    Some(ga) => {
                        return self
                            .call(&ga, Args::new(&[obj.clone(), name.clone()]))
                            .map(Some)
                    }
                    None => return Err(e),
                }
            }
            Err(e) => return Err(e),
        };
        match found {
            Some(v) => Ok(Some(v)),
            None => {
                if let Some(ga) = self.lookup_special(obj, "__getattr__") {
                    return self
                        .call(&ga, Args::new(&[obj.clone(), name.clone()]))
                        .map(Some);
                }
                // PEP 562: a module's own `__getattr__` answers names its dict lacks.
                if let Payload::Module(_) = &obj.payload {
                    let hook = self.instance_dict(obj).and_then(|d| {
                        d.borrow()
                            .get_str(crate::static_str_hash!("__getattr__"), "__getattr__")
                            .cloned()
                    });
                    if let Some(hook) = hook {
                        return self
                            .call(&hook, Args::new(std::slice::from_ref(name)))
                            .map(Some);
                    }
                }
                Ok(None)
            }
        }
    }

    /// A `__getattribute__` defined in Python on the object's class, if any (only Python
    /// classes can define one; builtin types use the generic lookup).
    fn getattribute_override(&mut self, obj: &PyRef) -> Option<PyRef> {
        if !self.class_flags(obj.class()).has(ClassFlags::GETATTRIBUTE) {
            return None;
        }
        self.lookup_special(obj, "__getattribute__")
            .filter(|g| !matches!(g.payload, Payload::Builtin(_)))
    }

    /// `getattr` by Rust name (interned).
    pub fn getattr_str(&mut self, obj: &PyRef, name: &str) -> PyResult {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    /// Like [`Vm::getattr_str`] but an AttributeError becomes `None` (`_PyObject_LookupAttr`).
    pub fn getattr_opt(&mut self, obj: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
        let n = self.intern(name);
        self.lookup_attr_opt(obj, &n)
    }

    /// `_PyObject_LookupAttr` for a name object (`getattr(obj, name, default)`,
    /// `hasattr`): the attribute, or `None` where `getattr` would raise AttributeError.
    /// A plain miss makes no exception (building and dropping one cost ~3000 instructions
    /// and counted in `gc.get_count()`, where CPython's lookup makes none).
    pub fn lookup_attr_opt(&mut self, obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
        match self.lookup_attr(obj, name) {
            Err(e) if self.exc_matches_name(&e.0, "AttributeError") => Ok(None),
            r => r,
        }
    }

    pub fn no_attribute(&self, obj: &PyRef, name: &str) -> PyErr {
        let msg = match &obj.payload {
            Payload::Type(t) => {
                format!("type object '{}' has no attribute '{}'", t.tp_name(), name)
            }
            // `module_getattro`: without a str `__name__`, no module name.
            Payload::Module(_) => match self.instance_dict(obj).and_then(|d| {
                let n = d
                    .borrow()
                    .get_str(crate::static_str_hash!("__name__"), "__name__")
                    .cloned();
                n.and_then(|n| n.as_str_opt().map(str::to_string))
            }) {
                Some(mname) => format!("module '{mname}' has no attribute '{name}'"),
                None => format!("module has no attribute '{name}'"),
            },
            _ => format!("'{}' object has no attribute '{}'", obj.class_name(), name),
        };
        let err = self.attribute_error(msg);
        self.set_exc_attr(&err.0, "name", self.str(name));
        self.set_exc_attr(&err.0, "obj", obj.clone());
        err
    }

    pub fn module_name(&self, module: &PyRef) -> String {
        if let Some(d) = self.instance_dict(module) {
            if let Some(n) = d
                .borrow()
                .get_str(crate::static_str_hash!("__name__"), "__name__")
            {
                return n.as_str_opt().unwrap_or("?").to_string();
            }
        }
        "?".into()
    }

    /// The instance attribute store of `obj`, if it has one.
    pub fn instance_dict<'a>(&self, obj: &'a PyRef) -> Option<AttrStore<'a>> {
        match &obj.payload {
            Payload::Instance(i) => i.store_of(obj.class()),
            Payload::Module(d) => match &d.payload {
                Payload::Dict(dd) => Some(AttrStore::Inline(dd)),
                _ => None,
            },
            Payload::Exception(e) => e.attrs.store(),
            Payload::Function(f) => f.dict.borrow().clone().map(AttrStore::Object),
            _ if self.has_wrapper_dict(obj) => {
                obj.extra().dict.get().cloned().map(AttrStore::Object)
            }
            // An instance of a Python subclass of a builtin type (`class D(dict)`), once
            // its dict exists (made by the first store or by `__dict__`).
            _ if obj.class().type_data().is_some_and(|t| t.is_heap_type) => {
                match &obj.extra().dict.get()?.payload {
                    Payload::Dict(d) => Some(AttrStore::Inline(d)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Generic attribute lookup (`PyObject_GenericGetAttr`): data descriptors on the type,
    /// then the instance, then other class attributes. `Ok(None)` means not found.
    pub fn getattr_inner(&mut self, obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
        let name_str = name.as_str_opt().unwrap_or("");
        if let (Payload::Instance(inst), Payload::Str(s)) = (&obj.payload, &name.payload) {
            // The common case, `obj.attr` on an instance of a class without `__slots__`:
            // `special_attr` knows nothing of it, and nothing here needs a new reference
            // to the class (an object's class never changes).
            let class = obj.class();
            if !name_str.starts_with("__") && !self.class_flags(class).has(ClassFlags::SLOTS) {
                let hash = s.hash();
                let class_attr = self.lookup_in_mro_name(class, name, name_str, hash);
                if let Some(attr) = &class_attr {
                    if is_data_descriptor_get(attr) {
                        return self.bind_descriptor(attr, Some(obj), class).map(Some);
                    }
                }
                let found = match inst.inline_lookup(class, name_str, hash) {
                    Some(found) => found,
                    None => inst
                        .dict_opt()
                        .and_then(|store| match &*store.dict_obj.borrow() {
                            Some(d) => match &d.payload {
                                Payload::Dict(d) => d.borrow().get_name(hash, name).cloned(),
                                _ => None,
                            },
                            None => store.attrs.borrow().get_name(hash, name).cloned(),
                        }),
                };
                if found.is_some() {
                    return Ok(found);
                }
                return match class_attr {
                    Some(attr) => self.bind_descriptor(&attr, Some(obj), class).map(Some),
                    None => Ok(None),
                };
            }
        }
        if let Payload::Type(_) = &obj.payload {
            return self.type_getattr(obj, name_str);
        }
        if let Payload::Super {
            this_class,
            obj: target,
        } = &obj.payload
        {
            if name_str != "__class__" {
                let (c, t) = (this_class.clone(), target.clone());
                if let Some(v) = self.super_getattr(&c, &t, name_str)? {
                    return Ok(Some(v));
                }
            }
        }
        if let Some(v) = self.special_attr(obj, name_str)? {
            return Ok(Some(v));
        }
        let class = obj.class().clone();
        let name_hash = match &name.payload {
            Payload::Str(s) => s.hash(),
            _ => str_hash(name_str),
        };
        let class_attr = self.lookup_in_mro_name(&class, name, name_str, name_hash);
        if let Some(attr) = &class_attr {
            if is_data_descriptor_get(attr) {
                return self.bind_descriptor(attr, Some(obj), &class).map(Some);
            }
        }
        let inline = match &obj.payload {
            Payload::Instance(inst) => inst.inline_lookup(&class, name_str, name_hash),
            _ => None,
        };
        if let Some(found) = inline {
            if found.is_some() {
                return Ok(found);
            }
        } else if let Some(d) = self.instance_dict(obj) {
            if let Some(v) = d.borrow().get_name(name_hash, name) {
                return Ok(Some(v.clone()));
            }
        }
        match class_attr {
            Some(attr) => self.bind_descriptor(&attr, Some(obj), &class).map(Some),
            // `method_getattro`: what the method type lacks, the function answers.
            None => match &obj.payload {
                Payload::BoundMethod { func, .. } => {
                    // A miss is the function's (`'function' object has no attribute`).
                    let func = func.clone();
                    self.getattr(&func, name).map(Some)
                }
                _ => Ok(None),
            },
        }
    }

    /// Attribute lookup on a class: metaclass data descriptors aside, the MRO then `type`.
    fn type_getattr(&mut self, cls: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
        if let Some(v) = self.type_special_attr(cls, name)? {
            return Ok(Some(v));
        }
        // `type_getattro`: a data descriptor of the metaclass comes before the class's MRO.
        let meta_attr = self.lookup_in_mro(cls.class(), name);
        if let Some(attr) = meta_attr.filter(is_data_descriptor_get) {
            return self
                .bind_descriptor(&attr, Some(cls), &cls.class().clone())
                .map(Some);
        }
        if let Some(attr) = self.lookup_in_mro(cls, name) {
            return self.bind_descriptor(&attr, None, cls).map(Some);
        }
        let meta = cls.class().clone();
        if let Some(attr) = self.lookup_in_mro(&meta, name) {
            return self.bind_descriptor(&attr, Some(cls), &meta).map(Some);
        }
        Ok(None)
    }

    /// `type_setattro`'s first refusal, before any descriptor: static types (and
    /// `Py_TPFLAGS_IMMUTABLETYPE` ones) cannot have attributes set or deleted; nor can a
    /// Python class standing for a C type (`c_type_name`), except by code of its own
    /// module (CPython's C code sets its types' attributes freely).
    pub(crate) fn refuse_immutable_type(
        &self,
        t: &crate::objects::typeobj::TypeData,
        name_str: &str,
    ) -> PyResult<()> {
        let own_module = || {
            let globals = self.current_globals()?;
            let Payload::Dict(g) = &globals.payload else {
                return None;
            };
            let g = g.borrow();
            let name = g.get_str(crate::static_str_hash!("__name__"), "__name__")?;
            Some(name.as_str_opt()? == t.module.borrow().as_str())
        };
        if !t.is_heap_type || (t.c_type_name.get() && own_module() != Some(true)) {
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name_str,
                t.tp_name()
            )));
        }
        Ok(())
    }

    /// `type_setattro` after the metaclass's data descriptors: static (and
    /// `Py_TPFLAGS_IMMUTABLETYPE`) types refuse; `__name__`, `__qualname__` and
    /// `__bases__` go to the type itself, anything else to its namespace. Also the setter
    /// of `type`'s own getset descriptors (`type.__dict__['__name__']`...).
    pub(crate) fn type_setattr(
        &mut self,
        obj: &PyRef,
        t: &crate::objects::typeobj::TypeData,
        name: &PyRef,
        name_str: &str,
        value: Option<PyRef>,
    ) -> PyResult<()> {
        self.refuse_immutable_type(t, name_str)?;
        if name_str == "__bases__" {
            return self.set_bases(obj, value);
        }
        // `type_set_name` / `type_set_qualname`: kept in the type itself, not its dict.
        if let (Some(v), "__name__" | "__qualname__") = (&value, name_str) {
            let Some(text) = v.as_str_opt() else {
                return Err(self.type_error(format!(
                    "can only assign string to {}.{}, not '{}'",
                    t.name(),
                    name_str,
                    v.class_name()
                )));
            };
            if name_str == "__name__" && text.contains('\0') {
                return Err(self.value_error("type name must not contain null characters"));
            }
            let field = if name_str == "__name__" {
                &t.name
            } else {
                &t.qualname
            };
            *field.borrow_mut() = text.to_string();
            return Ok(());
        }
        // `type_module` reads `__module__` back from the dict: the repr follows it.
        if let (Some(text), "__module__") = (value.as_ref().and_then(|v| v.as_str_opt()), name_str)
        {
            *t.module.borrow_mut() = text.to_string();
        }
        let hash = str_hash(name_str);
        let old = {
            crate::objects::method_cache::invalidate();
            let mut d = t.dict.borrow_mut();
            let found = d.index_of_str(hash, name_str);
            match store_or_delete(&mut d, found, hash, name, value) {
                Some(old) => old,
                None => {
                    drop(d);
                    return Err(self.no_attribute(obj, name_str));
                }
            }
        };
        if name_str == "__del__" {
            self.update_finalizers(obj);
        }
        drop(old);
        Ok(())
    }

    /// `descr.__get__(obj, cls)` for the descriptor kinds refpy has.
    pub fn bind_descriptor(&mut self, attr: &PyRef, obj: Option<&PyRef>, cls: &PyRef) -> PyResult {
        match &attr.payload {
            Payload::Function(_) => match obj {
                Some(o) => Ok(self.bound_method(attr, o)),
                None => Ok(attr.clone()),
            },
            Payload::Builtin(b) if b.owner.is_some() && b.receiver.is_none() => match obj {
                Some(o) => Ok(self.bind(attr, o)),
                None => Ok(attr.clone()),
            },
            Payload::StaticMethod(f) => Ok(f.clone()),
            // `cm_descr_get(cm, obj, type)`: bound to `type` (a metaclass's classmethod
            // read on a class binds the metaclass).
            Payload::ClassMethod(f) => {
                let f = f.clone();
                crate::objects::methods::descr_slots::classmethod_bind(self, &f, cls)
            }
            Payload::Property(p) => match obj {
                Some(o) => {
                    // Taken out before the call: the getter may re-initialise this very
                    // property (`property.__init__`), which needs the fields unborrowed.
                    let getter = p.borrow().fget.clone();
                    match getter {
                        Some(g) => self.call(&g, Args::new(std::slice::from_ref(o))),
                        None => Err(crate::objects::methods::property_methods::missing_accessor(
                            self, attr, o, "getter",
                        )),
                    }
                }
                None => Ok(attr.clone()),
            },
            Payload::SlotDescriptor(d) => match obj {
                Some(o) => d.get(self, o),
                None => Ok(attr.clone()),
            },
            Payload::Instance(_) => {
                if let Some(get) = self.lookup_special(attr, "__get__") {
                    let o = obj.cloned().unwrap_or_else(|| self.none());
                    return self.call(&get, Args::new(&[attr.clone(), o, cls.clone()]));
                }
                Ok(attr.clone())
            }
            _ => Ok(attr.clone()),
        }
    }

    /// `func` bound to `receiver` as a descriptor binds it: a method of a builtin type
    /// (`list.append`, `int.__add__`, `dict.fromkeys`) becomes a builtin bound to the object
    /// (`builtin_function_or_method`, or `method-wrapper` for a slot wrapper), anything
    /// else a `method`.
    pub fn bind(&self, func: &PyRef, receiver: &PyRef) -> PyRef {
        if let Payload::Builtin(b) = &func.payload {
            if b.owner.is_some() && b.receiver.is_none() {
                let class = if func.class().is(&self.types.wrapper_descriptor_type) {
                    &self.types.method_wrapper_type
                } else {
                    &self.types.builtin_function_type
                };
                return PyRef::new(
                    class,
                    Payload::Builtin(Box::new(crate::objects::function::BuiltinFunction {
                        name: b.name,
                        func: b.func,
                        receiver: Some(receiver.clone()),
                        owner: b.owner,
                        owner_type: None,
                        module: b.module,
                        varargs: b.varargs,
                        checks_recursion: b.checks_recursion,
                        // A bound method's receiver comes first: not the shape the
                        // specializations take.
                        fast: crate::objects::function::FastBuiltin::None,
                    })),
                );
            }
        }
        self.bound_method(func, receiver)
    }

    /// A `method` object (`types.MethodType(func, receiver)`).
    pub fn bound_method(&self, func: &PyRef, receiver: &PyRef) -> PyRef {
        PyRef::new(
            &self.types.method_type,
            Payload::BoundMethod {
                func: func.clone(),
                receiver: receiver.clone(),
            },
        )
    }

    /// `obj.name = value`.
    pub fn setattr(&mut self, obj: &PyRef, name: &PyRef, value: PyRef) -> PyResult<()> {
        let name_str = name.as_str_opt().unwrap_or("");
        if self.class_flags(obj.class()).has(ClassFlags::SETATTR) {
            if let Some(sa) = self.lookup_special(obj, "__setattr__") {
                if !matches!(sa.payload, Payload::Builtin(_)) {
                    self.call(&sa, Args::new(&[obj.clone(), name.clone(), value]))?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, name_str, Some(value))
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &PyRef, name: &PyRef) -> PyResult<()> {
        let name_str = name.as_str_opt().unwrap_or("");
        if self.class_flags(obj.class()).has(ClassFlags::DELATTR) {
            if let Some(da) = self.lookup_special(obj, "__delattr__") {
                if !matches!(da.payload, Payload::Builtin(_)) {
                    self.call(&da, Args::new(&[obj.clone(), name.clone()]))?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, name_str, None)
    }

    /// `tb_next_set`: another traceback or None, never one that leads back here.
    fn set_tb_next(
        &mut self,
        tb: &PyRef,
        next: &std::cell::Cell<Option<PyRef>>,
        value: Option<PyRef>,
    ) -> PyResult<()> {
        use crate::objects::payload::traceback_next;
        let Some(value) = value else {
            return Err(self.type_error("can't delete tb_next attribute"));
        };
        let new = match &value.payload {
            Payload::NoneValue => None,
            Payload::Traceback { .. } => Some(value.clone()),
            _ => {
                return Err(self.type_error(format!(
                    "expected traceback object, got '{}'",
                    value.class_name()
                )))
            }
        };
        let mut cursor = new.clone();
        while let Some(c) = cursor {
            if c.is(tb) {
                return Err(self.value_error("traceback loop detected"));
            }
            cursor = match &c.payload {
                Payload::Traceback { next, .. } => traceback_next(next),
                _ => None,
            };
        }
        drop(next.replace(new));
        Ok(())
    }

    /// `object.__setattr__` / `object.__delattr__` (`value` None deletes).
    pub fn generic_setattr(
        &mut self,
        obj: &PyRef,
        name: &PyRef,
        name_str: &str,
        value: Option<PyRef>,
    ) -> PyResult<()> {
        let class = obj.class().clone();
        let name_hash = match &name.payload {
            Payload::Str(s) => s.hash(),
            _ => str_hash(name_str),
        };
        if let Payload::Instance(inst) = &obj.payload {
            let flags = self.class_flags(&class);
            // (`__dict__` in `__slots__` is the dict's descriptor, not a value slot.)
            if flags.has(ClassFlags::SLOTS) && name_str != "__dict__" {
                if let Some(idx) = self.slot_index(&class, name_str) {
                    return self.store_slot(inst, idx, name_str, value);
                }
            }
            let has_dict = flags.has(ClassFlags::INSTANCE_DICT);
            if name_str == "__dict__" && has_dict {
                inst.spill(&class);
                return self.set_instance_dict(inst, value);
            }
            if !has_dict
                && self
                    .lookup_in_mro_name(&class, name, name_str, name_hash)
                    .is_none()
            {
                return Err(self.no_attribute(obj, name_str));
            }
        }
        if let Some(attr) = self.lookup_in_mro_name(&class, name, name_str, name_hash) {
            match &attr.payload {
                Payload::Property(p) => {
                    let p = p.borrow();
                    let f = if value.is_some() { &p.fset } else { &p.fdel }.clone();
                    drop(p);
                    return match f {
                        Some(f) => {
                            let mut args = vec![obj.clone()];
                            args.extend(value);
                            self.call(&f, Args::new(&args)).map(|_| ())
                        }
                        None => {
                            let what = if value.is_some() { "setter" } else { "deleter" };
                            Err(crate::objects::methods::property_methods::missing_accessor(
                                self, &attr, obj, what,
                            ))
                        }
                    };
                }
                // The others store through the paths below, as `C.a.__set__` does.
                Payload::SlotDescriptor(d) if d.kind == SlotKind::Weakref || d.native.is_some() => {
                    return d.set(self, obj, value);
                }
                // An exception's or a weak reference's `__slots__` value, kept apart from
                // its `__dict__`.
                Payload::SlotDescriptor(d) if d.kind == SlotKind::Member => {
                    if let Some(slots) = builtin_value_slots(obj) {
                        if let Some(idx) = self.slot_index(&class, name_str) {
                            return self.store_slot_value(slots, idx, name_str, value);
                        }
                    }
                }
                Payload::Instance(_) => {
                    let m = if value.is_some() {
                        "__set__"
                    } else {
                        "__delete__"
                    };
                    if let Some(set) = self.lookup_special(&attr, m) {
                        let mut args = vec![attr.clone(), obj.clone()];
                        args.extend(value);
                        return self.call(&set, Args::new(&args)).map(|_| ());
                    }
                    // `slot_tp_descr_set`: a descriptor with only the other method.
                    if is_data_descriptor(&attr) {
                        return Err(self.new_error("AttributeError", m));
                    }
                }
                _ => {}
            }
        }
        if let (Payload::Traceback { next, .. }, "tb_next") = (&obj.payload, name_str) {
            return self.set_tb_next(obj, next, value);
        }
        if let (Payload::Generator { names, .. }, "__name__" | "__qualname__") =
            (&obj.payload, name_str)
        {
            // `gen_set_name` / `gen_set_qualname`: a str (or subclass) only, never deleted.
            let Some(v) = value.filter(|v| v.as_str_opt().is_some()) else {
                return Err(self.type_error(format!("{name_str} must be set to a string object")));
            };
            let field = if name_str == "__name__" {
                &names.name
            } else {
                &names.qualname
            };
            let old = field.replace(v);
            drop(old);
            return Ok(());
        }
        if let (Payload::Cell(cell), "cell_contents") = (&obj.payload, name_str) {
            // `cell_set_contents`: assignment fills the cell, `del` empties it.
            let old = std::mem::replace(&mut *cell.borrow_mut(), value);
            drop(old);
            return Ok(());
        }
        if let Payload::Type(t) = &obj.payload {
            return self.type_setattr(obj, t, name, name_str, value);
        }
        if let Payload::Function(func) = &obj.payload {
            if let Some(done) = self.set_function_field(func, name_str, value.clone())? {
                return Ok(done);
            }
        }
        if value.is_some()
            && (matches!(obj.payload, Payload::Exception(_) | Payload::Function(_))
                || self.has_wrapper_dict(obj))
        {
            // These keep attributes in a dict object only, made by the first assignment.
            self.materialize_dict(obj);
        } else if value.is_some() {
            self.builtin_subclass_dict_for_store(obj, name_str);
        }
        let mut value = value;
        if let Payload::Instance(inst) = &obj.payload {
            // `STORE_ATTR_INSTANCE_VALUE`'s case: a value into the inline values.
            if let Some(v) = value.take() {
                match inst.store_inline(&class, name, v) {
                    Ok((_, old)) => {
                        drop(old);
                        return Ok(());
                    }
                    Err(v) => value = Some(v),
                }
            }
            inst.spill(&class);
            if value.is_some() && self.class_flags(&class).has(ClassFlags::INSTANCE_DICT) {
                // The store the new value goes into (made at creation for instances
                // whose class gives them a `__dict__`; an instance without one takes
                // no attribute its class has no data descriptor for: "read-only").
                inst.dict_part();
            }
            self.leave_inline_values_if_refused(inst, name);
        }
        if let Some(d) = self.instance_dict(obj) {
            let hash = name_hash;
            let old = {
                let mut d = d.borrow_mut();
                let found = d.index_of_name(hash, name);
                match store_or_delete(&mut d, found, hash, name, value) {
                    Some(old) => old,
                    None => {
                        drop(d);
                        return Err(self.no_attribute(obj, name_str));
                    }
                }
            };
            drop(old);
            return Ok(());
        }
        if self.lookup_in_mro(&class, name_str).is_some() {
            return Err(self.attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                obj.class_name(),
                name_str
            )));
        }
        Err(self.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            obj.class_name(),
            name_str
        )))
    }

    /// Function attributes kept in fields rather than in `__dict__` (`__name__`,
    /// `__qualname__`, `__doc__`, `__module__`, `__defaults__`, `__kwdefaults__`).
    /// `Ok(None)` when `name` is not one of them.
    fn set_function_field(
        &mut self,
        func: &crate::objects::function::Function,
        name: &str,
        value: Option<PyRef>,
    ) -> PyResult<Option<()>> {
        let none = self.none();
        let (cell, nullable, must_be): (&std::cell::RefCell<PyRef>, bool, Option<&str>) = match name
        {
            "__name__" => (&func.name, false, Some("str")),
            "__qualname__" => (&func.qualname, false, Some("str")),
            "__doc__" => (&func.doc, true, None),
            "__module__" => (&func.module, true, None),
            "__annotations__" => {
                // `func_set_annotations`: a dict, or None / `del` to drop them.
                let new = value.filter(|v| !matches!(v.payload, Payload::NoneValue));
                if new
                    .as_ref()
                    .is_some_and(|v| !matches!(v.payload, Payload::Dict(_)))
                {
                    return Err(self.type_error("__annotations__ must be set to a dict object"));
                }
                let old = std::mem::replace(&mut *func.annotations.borrow_mut(), new);
                drop(old);
                return Ok(Some(()));
            }
            "__code__" => {
                // `func_set_code`'s checks pass; but a function's code is fixed when refpy
                // makes it (`Function::code`), so a change fails loudly rather than
                // landing in the function's `__dict__`.
                let same = value.as_ref().is_some_and(|v| v.is(&func.code));
                crate::objects::function::check_field_store(self, func, name, value)?;
                if same {
                    return Ok(Some(()));
                }
                let fname = func.name.borrow().as_str_opt().unwrap_or("?").to_string();
                return Err(self.type_error(format!(
                    "__code__ assignment: refpy cannot change the code of function '{fname}'"
                )));
            }
            "__dict__" | "__globals__" | "__closure__" | "__builtins__" => {
                return crate::objects::function::check_field_store(self, func, name, value);
            }
            "__defaults__" | "__kwdefaults__" => {
                let slot = if name == "__defaults__" {
                    &func.defaults
                } else {
                    &func.kwdefaults
                };
                let new = value.filter(|v| !matches!(v.payload, Payload::NoneValue));
                let (ok, kind) = match &new {
                    Some(v) if name == "__defaults__" => {
                        (matches!(v.payload, Payload::Tuple(_)), "tuple")
                    }
                    Some(v) => (matches!(v.payload, Payload::Dict(_)), "dict"),
                    None => (true, ""),
                };
                if !ok {
                    return Err(self.type_error(format!("{name} must be set to a {kind} object")));
                }
                let old = std::mem::replace(&mut *slot.borrow_mut(), new);
                drop(old);
                return Ok(Some(()));
            }
            _ => return Ok(None),
        };
        let value = match value {
            Some(v) => v,
            None if nullable => none,
            None => return Err(self.type_error(format!("{name} must be set to a string object"))),
        };
        if must_be == Some("str") && value.as_str_opt().is_none() {
            return Err(self.type_error(format!("{name} must be set to a string object")));
        }
        let old = std::mem::replace(&mut *cell.borrow_mut(), value);
        drop(old);
        Ok(Some(()))
    }

    /// The setter of a builtin exception field's descriptor (`BaseException.args`,
    /// `OSError.errno`...): stores into the field itself, whatever a subclass defines.
    pub fn set_exc_field(&mut self, exc: &PyRef, name: &str, value: Option<PyRef>) -> PyResult<()> {
        let Payload::Exception(e) = &exc.payload else {
            return Err(self.no_attribute(exc, name));
        };
        if matches!(name, "start" | "end") {
            // `UnicodeError`'s `T_PYSSIZET` members: never deleted, and a failed store
            // leaves -1 behind, as `PyMember_SetOne` does.
            let Some(v) = value else {
                return Err(self.type_error("can't delete numeric/char attribute"));
            };
            let n = match &v.payload {
                Payload::Int(i) => Ok(*i),
                Payload::Bool(b) => Ok(i64::from(*b)),
                Payload::BigInt(_) => Err(self.new_error(
                    "OverflowError",
                    "Python int too large to convert to C ssize_t",
                )),
                _ => Err(self.type_error("an integer is required")),
            };
            self.set_exc_attr(exc, name, self.int(*n.as_ref().unwrap_or(&-1)));
            return n.map(|_| ());
        }
        if !self.set_exception_field(exc, e, name, value.clone())? {
            // A `T_OBJECT` member: deleting it leaves None.
            self.set_exc_attr(exc, name, value.unwrap_or_else(|| self.none()));
        }
        Ok(())
    }

    /// `BaseException`'s getset fields (`__traceback__`, `__context__`, `__cause__`) with
    /// `BaseException_set_tb`/`exc_set_context`/`exc_set_cause`'s checks and messages;
    /// the old value is released at once (a dropped traceback frees its frames then).
    /// `Ok(false)` when `name` is not one of them.
    fn set_exception_field(
        &mut self,
        exc: &PyRef,
        e: &crate::objects::exception::ExceptionData,
        name: &str,
        value: Option<PyRef>,
    ) -> PyResult<bool> {
        if name == "__suppress_context__" {
            // A `T_BOOL` member.
            let as_bool = |v: PyRef| match v.payload {
                Payload::Bool(b) => Some(b),
                _ => None,
            };
            return match value.map(as_bool) {
                None => Err(self.type_error("can't delete numeric/char attribute")),
                Some(None) => Err(self.type_error("attribute value type must be bool")),
                Some(Some(b)) => {
                    e.suppress_context.set(b);
                    Ok(true)
                }
            };
        }
        if name == "args" {
            // `BaseException_set_args`: any iterable, kept as a tuple.
            let Some(value) = value else {
                return Err(self.type_error("args may not be deleted"));
            };
            let args = match value.payload {
                Payload::Tuple(_) if value.class().is(&self.types.tuple_type) => value,
                _ => {
                    let items = self.iterate(&value)?;
                    self.tuple(items)
                }
            };
            // `StopIteration.value` and `SystemExit.code` were set from the arguments at
            // creation and keep those values (refpy derives them from `args` until set).
            for (class, member) in [("StopIteration", "value"), ("SystemExit", "code")] {
                if self.isinstance(exc, &self.exc_type(class))
                    && self.exc_member(exc, member).is_none()
                {
                    if let Some(v) = self.getattr_opt(exc, member)? {
                        self.set_exc_attr(exc, member, v);
                    }
                }
            }
            drop(std::mem::replace(&mut *e.args.borrow_mut(), args));
            return Ok(true);
        }
        let (cell, kind) = match name {
            "__traceback__" => (&e.traceback, "__traceback__ must be a traceback"),
            "__context__" => (&e.context, "exception context must"),
            "__cause__" => (&e.cause, "exception cause must"),
            _ => return Ok(false),
        };
        let Some(value) = value else {
            return Err(self.type_error(format!("{name} may not be deleted")));
        };
        let accepted = match &value.payload {
            Payload::NoneValue => true,
            Payload::Traceback { .. } => name == "__traceback__",
            _ => name != "__traceback__" && self.exc_data(&value).is_some(),
        };
        if !accepted {
            return Err(self.type_error(if name == "__traceback__" {
                format!("{kind} or None")
            } else {
                format!("{kind} be None or derive from BaseException")
            }));
        }
        let new = (!matches!(value.payload, Payload::NoneValue)).then_some(value);
        let old = std::mem::replace(&mut *cell.borrow_mut(), new);
        if name == "__cause__" {
            // `PyException_SetCause` also sets `__suppress_context__`.
            e.suppress_context.set(true);
        }
        drop(old);
        Ok(true)
    }

    /// Stores (or deletes, for `None`) `__slots__` value number `idx`.
    pub(super) fn store_slot(
        &mut self,
        inst: &crate::objects::instance::InstanceData,
        idx: usize,
        name: &str,
        value: Option<PyRef>,
    ) -> PyResult<()> {
        self.store_slot_value(inst, idx, name, value)
    }

    /// [`Vm::store_slot`] into any object's slot values (`slots`).
    fn store_slot_value(
        &mut self,
        slots: &dyn SlotValues,
        idx: usize,
        name: &str,
        value: Option<PyRef>,
    ) -> PyResult<()> {
        let old = match value {
            Some(v) => match slots.put_slot(idx, v) {
                Ok(old) => old,
                Err(_) => return Err(self.attribute_error(name)),
            },
            // 3.11's `PyMember_SetOne` for an empty `T_OBJECT_EX`: the bare name.
            None => Some(
                slots
                    .take_slot(idx)
                    .ok_or_else(|| self.attribute_error(name))?,
            ),
        };
        drop(old);
        Ok(())
    }

    /// Whether instances of `class` have a `__dict__`: false only when every class in the
    /// MRO below `object` declares `__slots__` without `__dict__`.
    /// A `staticmethod` or `classmethod` (not a builtin type's class method): it has a
    /// `__dict__` (`cm_dict`), made by `__init__` copying its callable's attributes
    /// (`functools_wraps`) or by the first store.
    pub(crate) fn has_wrapper_dict(&self, obj: &PyRef) -> bool {
        matches!(
            obj.payload,
            Payload::StaticMethod(_) | Payload::ClassMethod(_)
        ) && !obj.class().is(&self.types.classmethod_descriptor_type)
    }

    pub fn has_instance_dict(&self, class: &PyRef) -> bool {
        let Some(t) = class.type_data() else {
            return true;
        };
        t.mro().iter().any(|c| {
            c.type_data().is_some_and(|ct| {
                ct.is_heap_type
                    && ct
                        .slot_names
                        .as_ref()
                        .is_none_or(|names| names.iter().any(|n| n == "__dict__"))
            })
        })
    }

    /// Index of a `__slots__` name in instances of `class`.
    fn slot_index(&self, class: &PyRef, name: &str) -> Option<usize> {
        slot_index_of(class, name)
    }

    /// Attributes every object answers without a dictionary (`__class__`, `__dict__`...).
    fn special_attr(&mut self, obj: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
        let dunder = name.starts_with("__");
        if let Payload::Instance(inst) = &obj.payload {
            // A `__slots__` value (a dunder name like `__x__` too, but not the `__dict__`
            // and `__weakref__` slots); `payload_attr` knows no other attribute of a plain
            // instance.
            let slot = match name {
                "__class__" | "__dict__" | "__weakref__" => None,
                _ if self.class_flags(obj.class()).has(ClassFlags::SLOTS) => {
                    self.slot_index(obj.class(), name)
                }
                _ => None,
            };
            if let Some(idx) = slot {
                return match inst.slot(idx) {
                    Some(v) => Ok(Some(v)),
                    None => Err(self.no_attribute(obj, name)),
                };
            }
            if !dunder {
                return Ok(None);
            }
        }
        match name {
            // A class may override `__class__` with a property (proxies, mocks) or a plain
            // class attribute: anything but `object`'s own descriptor is found by the
            // generic lookup.
            "__class__"
                if matches!(obj.payload, Payload::Instance(_))
                    && self.lookup_in_mro(obj.class(), name).is_some_and(|a| {
                        !matches!(a.payload, Payload::SlotDescriptor(_))
                            && !self
                                .lookup_in_mro(&self.types.object_type, name)
                                .is_some_and(|o| o.is(&a))
                    }) =>
            {
                Ok(None)
            }
            "__class__" => Ok(Some(obj.class().clone())),
            "__dict__" => Ok(self.materialize_dict(obj)),
            // An exception's fields are getset and member descriptors of its classes
            // (`BaseException.args`, `OSError.errno`...), found by the generic lookup.
            _ if matches!(obj.payload, Payload::Exception(_)) => Ok(None),
            _ => crate::objects::methods::payload_attr(self, obj, name),
        }
    }

    /// What a slot descriptor reads (`Vm::special_attr`: a `__slots__` value, the
    /// `__dict__`), else the value a builtin subclass's instance keeps in its dict.
    pub(crate) fn slot_attr(&mut self, obj: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
        // An exception's or a weak reference's `__slots__` values, apart from its dict and
        // its builtin fields.
        if let Some(slots) = builtin_value_slots(obj) {
            if let Some(idx) = self.slot_index(obj.class(), name) {
                return Ok(slots.slot(idx));
            }
        }
        if !matches!(obj.payload, Payload::Exception(_)) {
            if let Some(v) = self.special_attr(obj, name)? {
                return Ok(Some(v));
            }
        }
        Ok(self
            .instance_dict(obj)
            .and_then(|d| d.borrow().get_str(str_hash(name), name).cloned()))
    }

    /// `subtype_setdict`: `obj.__dict__ = d` makes `d` the attribute store; `del
    /// obj.__dict__` leaves none. The old attributes are released either way.
    fn set_instance_dict(
        &mut self,
        inst: &crate::objects::instance::InstanceData,
        value: Option<PyRef>,
    ) -> PyResult<()> {
        if let Some(v) = &value {
            if !matches!(v.payload, Payload::Dict(_)) {
                return Err(self.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    v.class_name()
                )));
            }
        }
        // A store still inline is materialized first, as `_PyObject_GetDictPtr` does, and
        // released as a dict.
        let Some(store) = inst.dict_part() else {
            return Err(self.attribute_error("__dict__"));
        };
        let inline = store.attrs.borrow_mut().take();
        let old_inline = (!inline.is_empty()).then(|| self.dict_from(inline));
        let old = std::mem::replace(&mut *store.dict_obj.borrow_mut(), value);
        drop(old_inline);
        drop(old);
        Ok(())
    }

    /// The dict of an instance of a Python subclass of a builtin type, made by its first
    /// attribute store. The builtin base's `tp_new` leaves such an instance without inline
    /// values, so CPython's `_PyObjectDict_SetItem` makes it: with a managed dict
    /// (`Py_TPFLAGS_MANAGED_DICT`), a split table of the class's shared keys
    /// (`new_dict_with_shared_keys`, which, unlike a new plain instance, leaves the keys'
    /// room as it is); over a base of variable size (`int`, `tuple`, `bytes`) the class
    /// has no cached keys in 3.11, and the dict is a plain one. (Asked for by `__dict__`
    /// first, the dict is always a plain empty one: `PyObject_GenericGetDict`.) Named
    /// `__slots__` of such classes are kept in this dict too.
    fn builtin_subclass_dict_for_store(&self, obj: &PyRef, name: &str) {
        let class = obj.class();
        if matches!(obj.payload, Payload::Instance(_) | Payload::Module(_))
            || !class.type_data().is_some_and(|t| t.is_heap_type)
            || !(self.has_instance_dict(class) || self.slot_index(class, name).is_some())
        {
            return;
        }
        obj.extra().dict.get_or_init(|| {
            let d = self.dict();
            let managed = crate::objects::sizeof::class_shape(obj.class()).managed_dict;
            if let (Payload::Dict(dd), true) = (&d.payload, managed) {
                dd.borrow_mut().share_keys_of(obj.class());
            }
            d
        });
    }

    /// An exception's `__dict__` (`BaseException.__dict__`'s getter).
    pub(crate) fn exception_dict(&mut self, obj: &PyRef) -> Option<PyRef> {
        match &obj.payload {
            Payload::Exception(e) => Some(self.materialize_store(&e.attrs)),
            _ => None,
        }
    }

    /// `PyObject_GenericSetDict` for an exception: a dict replaces the attributes, which
    /// are released at once; it cannot be deleted.
    pub(crate) fn set_exception_dict(&mut self, obj: &PyRef, value: Option<PyRef>) -> PyResult<()> {
        let Payload::Exception(e) = &obj.payload else {
            return Err(self.no_attribute(obj, "__dict__"));
        };
        if value.is_none() {
            return Err(self.type_error("cannot delete __dict__"));
        }
        self.set_instance_dict(&e.attrs, value)
    }

    /// `obj.__dict__`: turns the inline attribute store into a dict object shared from now on.
    pub(crate) fn materialize_dict(&mut self, obj: &PyRef) -> Option<PyRef> {
        match &obj.payload {
            Payload::Module(d) => Some(d.clone()),
            Payload::Instance(inst) => {
                if !self.has_instance_dict(obj.class()) {
                    return None;
                }
                // CPython 3.11 keeps attributes inline until someone asks for `__dict__`;
                // from then on the dict object is the store (and a collectable object).
                inst.spill(obj.class());
                Some(self.materialize_store(inst))
            }
            Payload::Exception(e) => Some(self.materialize_store(&e.attrs)),
            Payload::Function(f) => {
                if let Some(d) = f.dict.borrow().clone() {
                    return Some(d);
                }
                let d = self.dict();
                *f.dict.borrow_mut() = Some(d.clone());
                Some(d)
            }
            _ if self.has_wrapper_dict(obj) => {
                Some(obj.extra().dict.get_or_init(|| self.dict()).clone())
            }
            // An instance of a Python subclass of a builtin type keeps a dict object always.
            _ if obj.class().type_data().is_some_and(|t| t.is_heap_type)
                && self.has_instance_dict(obj.class()) =>
            {
                Some(obj.extra().dict.get_or_init(|| self.dict()).clone())
            }
            _ => None,
        }
    }

    /// `_PyObject_StoreInstanceAttribute`: a name the class's shared keys cannot take
    /// (they are full, or it is not an exact `str`) moves the inline values into a dict
    /// object (`make_dict_from_instance_attributes`), which takes the store (or delete)
    /// and, being a container of its own, counts in `gc.collect()` from then on.
    pub(super) fn leave_inline_values_if_refused(&self, inst: &InstanceData, name: &PyRef) {
        let Some(store) = inst.dict_opt() else { return };
        if store.dict_obj.borrow().is_none() && store.attrs.borrow().split_refuses(name) {
            self.materialize_store(inst);
        }
    }

    /// The `__dict__` object of an attribute store, made from the inline attributes the
    /// first time.
    fn materialize_store(&self, inst: &crate::objects::instance::InstanceData) -> PyRef {
        if let Some(d) = inst.dict_object() {
            return d;
        }
        let Some(store) = inst.dict_part() else {
            // A compact instance has no attribute store (its class gives it no `__dict__`).
            return self.dict();
        };
        let entries = store.attrs.borrow_mut().take();
        let d = self.dict_from(entries);
        *store.dict_obj.borrow_mut() = Some(d.clone());
        d
    }

    /// The attributes every class answers itself (`type`'s getset and member descriptors,
    /// which `type.__dict__` also lists: see `object_slots::type_attr_get`).
    pub(crate) fn type_special_attr(&mut self, cls: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
        let t = cls.type_data().expect("a type");
        Ok(Some(match name {
            "__name__" => self.str(&t.name.borrow()),
            "__qualname__" => self.str(&t.qualname.borrow()),
            // `tp_basicsize` / `tp_itemsize` of the layout `sys.getsizeof` measures.
            "__basicsize__" => {
                let size = crate::objects::sizeof::class_shape(cls).basicsize;
                self.int(size as i64)
            }
            "__itemsize__" => {
                let size = crate::objects::sizeof::class_shape(cls).itemsize;
                self.int(size as i64)
            }
            "__flags__" => self.int(crate::objects::typeflags::flags(cls) as i64),
            "__dictoffset__" => self.int(crate::objects::sizeof::type_offsets(cls).0),
            "__weakrefoffset__" => self.int(crate::objects::sizeof::type_offsets(cls).1),
            // `type_module`: the namespace entry (but `type`'s own holds its getset
            // descriptor), else the module the type was defined in.
            "__module__" => {
                let entry = t
                    .dict
                    .borrow()
                    .get_str(crate::static_str_hash!("__module__"), "__module__")
                    .filter(|m| !matches!(m.payload, Payload::SlotDescriptor(_)))
                    .cloned();
                match entry {
                    Some(m) => m,
                    None => self.str(&t.module.borrow()),
                }
            }
            "__mro__" => {
                let existing = t.mro_tuple.borrow().clone();
                match existing {
                    Some(tuple) => tuple,
                    None => {
                        let tuple = self.tuple(t.mro().to_vec());
                        if !t.is_heap_type {
                            // Builtin types live forever, and so does their `__mro__`.
                            tuple.make_immortal();
                        }
                        *t.mro_tuple.borrow_mut() = Some(tuple.clone());
                        tuple
                    }
                }
            }
            "__bases__" => match &*t.bases_tuple.borrow() {
                Some(tuple) => tuple.clone(),
                None => self.tuple(t.bases().to_vec()),
            },
            // `tp_base`: the base whose layout the class extends.
            "__base__" => match crate::objects::typeobj::best_base(&t.bases()) {
                Some(b) => b,
                None => self.none(),
            },
            "__dict__" => crate::objects::mappingproxy::new(self, cls),
            "__class__" => cls.class().clone(),
            // `type_get_doc`: a builtin type's own text (from the docstring table), else
            // the namespace's `__doc__`.
            "__doc__" => match t
                .dict
                .borrow()
                .get_str(crate::static_str_hash!("__doc__"), "__doc__")
            {
                Some(d) if t.is_heap_type => d.clone(),
                d => match crate::objects::docstrings::doc_of(&t.name()) {
                    Some(text) => self.str(text),
                    None => d
                        .filter(|d| !matches!(d.payload, Payload::SlotDescriptor(_)))
                        .cloned()
                        .unwrap_or_else(|| self.none()),
                },
            },
            _ => return Ok(None),
        }))
    }

    // ---- truth, hashing, equality ----

    /// `bool(obj)`.
    #[inline]
    pub fn is_true(&mut self, obj: &PyRef) -> PyResult<bool> {
        // A comparison's result or an exact int, the usual operands of a conditional
        // jump: no call.
        match &obj.payload {
            Payload::Bool(b) => Ok(*b),
            Payload::Int(i) if obj.class().is(&self.types.int_type) => Ok(*i != 0),
            _ => self.is_true_general(obj),
        }
    }

    fn is_true_general(&mut self, obj: &PyRef) -> PyResult<bool> {
        Ok(match &obj.payload {
            Payload::Bool(b) => *b,
            Payload::NoneValue => false,
            // `notimplemented_bool`.
            Payload::NotImplemented => {
                crate::objects::constructors::deprecation_warning(
                    self,
                    "NotImplemented should not be used in a boolean context",
                )?;
                true
            }
            // A Python subclass of int or float may define `__bool__` (the `_` arm calls it).
            Payload::Int(i) if !self.overrides_bool(obj) => *i != 0,
            Payload::BigInt(_) if !self.overrides_bool(obj) => true,
            Payload::Float(f) if !self.overrides_bool(obj) => *f != 0.0,
            Payload::Str(s) if obj.class().is(&self.types.str_type) => s.char_len() > 0,
            Payload::List(l) if obj.class().is(&self.types.list_type) => !l.borrow().is_empty(),
            Payload::Tuple(t) if obj.class().is(&self.types.tuple_type) => !t.is_empty(),
            Payload::Dict(d) if obj.class().is(&self.types.dict_type) => !d.borrow().is_empty(),
            Payload::Deque(d) if obj.class().is(&self.types.deque_type) => !d.is_empty(),
            Payload::Set(s) if obj.class().is(&self.types.set_type) => !s.borrow().is_empty(),
            Payload::FrozenSet(s) if obj.class().is(&self.types.frozenset_type) => !s.is_empty(),
            Payload::Instance(_) if !self.class_flags(obj.class()).has(ClassFlags::TRUTH) => true,
            _ => {
                if let Some(r) = self.call_special(obj, "__bool__", &[])? {
                    return match &r.payload {
                        Payload::Bool(b) => Ok(*b),
                        _ => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            r.class_name()
                        ))),
                    };
                }
                if let Some(r) = self.call_special(obj, "__len__", &[])? {
                    return Ok(self.len_result(&r)? != 0);
                }
                true
            }
        })
    }

    /// Whether `obj`'s class is a Python class whose MRO defines `__bool__` in Python.
    fn overrides_bool(&self, obj: &PyRef) -> bool {
        obj.class().type_data().is_some_and(|t| t.is_heap_type)
            && self
                .lookup_in_mro(obj.class(), "__bool__")
                .is_some_and(|m| !matches!(m.payload, Payload::Builtin(_)))
    }

    /// The hash of an exact `str` (cached in the string) or an exact machine `int`: the
    /// keys whose hash needs no Python code (a subclass may define its own `__hash__`).
    #[inline(always)]
    pub fn str_or_int_hash(&self, obj: &PyRef) -> Option<i64> {
        match &obj.payload {
            Payload::Str(s) if obj.class_is(&self.types.str_type) => Some(s.hash()),
            Payload::Int(i) if obj.class_is(&self.types.int_type) => {
                Some(crate::objects::number::hash_i64(*i))
            }
            _ => None,
        }
    }

    /// `hash(obj)`.
    pub fn hash(&mut self, obj: &PyRef) -> PyResult<i64> {
        if let Some(h) = self.str_or_int_hash(obj) {
            return Ok(h);
        }
        // Fast paths for the exact types only: a subclass may define its own `__hash__`.
        match &obj.payload {
            Payload::Bool(b) => return Ok(*b as i64),
            // `type`'s `tp_hash` is the address (`_Py_HashPointer`), and `type` cannot be
            // changed: classes key dispatch tables (`copy`'s, `functools.singledispatch`'s).
            Payload::Type(_) if obj.class().is(&self.types.type_type) => {
                return Ok(identity_hash(obj))
            }
            // `weakref_hash`: the reference type cannot be changed, so its `__hash__` is
            // always the native one (a weak dictionary hashes a new ref per lookup).
            Payload::WeakRef(d) if obj.class().is(&self.types.weakref_type) => {
                return crate::modules::weakref::hash(self, d)
            }
            _ => {}
        }
        let class = obj.class().clone();
        let is_builtin = class.type_data().is_some_and(|t| !t.is_heap_type);
        // A class statement's instance (whatever its builtin base) or a plain `object()`
        // whose `__hash__` is `object`'s: `object.__hash__` hashes the address, whatever
        // the payload (`class T(tuple): __hash__ = object.__hash__`).
        if (!is_builtin || matches!(obj.payload, Payload::Instance(_)))
            && self.class_flags(&class).has(ClassFlags::OBJECT_HASH)
        {
            return Ok(identity_hash(obj));
        }
        if is_builtin {
            if let Some(h) = crate::objects::methods::builtin_hash(self, obj)? {
                return Ok(h);
            }
        }
        match self.lookup_in_mro(&class, "__hash__") {
            Some(h) if matches!(h.payload, Payload::NoneValue) => {
                Err(self.type_error(format!("unhashable type: '{}'", obj.class_name())))
            }
            Some(h) if !matches!(h.payload, Payload::Builtin(_)) => {
                let r = self.call_descriptor_method(&h, obj, std::slice::from_ref(obj))?;
                // `slot_tp_hash`: a result that fits a Py_hash_t is the hash itself
                // (-1 reserved for errors becomes -2); only larger ones are re-hashed.
                match r.as_bigint() {
                    Some(b) => Ok(match i64::try_from(&b) {
                        Ok(-1) => -2,
                        Ok(h) => h,
                        Err(_) => crate::objects::number::hash_bigint(&b),
                    }),
                    None => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            _ => match crate::objects::methods::builtin_hash(self, obj)? {
                Some(h) => Ok(h),
                None => Ok(identity_hash(obj)),
            },
        }
    }

    /// `a == b` as a bool (identity implies equality, as in containers).
    pub fn eq(&mut self, a: &PyRef, b: &PyRef) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = builtin_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, crate::bytecode::CompareKind::Eq)?;
        self.is_true(&r)
    }

    // ---- dict operations with Python equality ----

    /// Looks `key` up in a dict payload; `Ok(None)` if absent.
    pub fn dict_get(
        &mut self,
        d: &std::cell::RefCell<Dict>,
        key: &PyRef,
    ) -> PyResult<Option<PyRef>> {
        let hash = self.hash(key)?;
        Ok(self
            .dict_find(d, hash, key)?
            .and_then(|i| d.borrow().get_index(i).map(|(_, v)| v.clone())))
    }

    /// Index of `key` (with precomputed hash) in a dict, comparing with Python `==`.
    pub fn dict_find(
        &mut self,
        d: &std::cell::RefCell<Dict>,
        hash: i64,
        key: &PyRef,
    ) -> PyResult<Option<usize>> {
        let probe = d.borrow().probe(hash, key, builtin_eq);
        match probe {
            Probe::Found(i) => Ok(Some(i)),
            Probe::Missing => Ok(None),
            Probe::NeedsEq(candidates) => {
                for c in candidates {
                    if c.is(key) || self.eq(&c, key)? {
                        return Ok(d.borrow().index_of_identical(hash, &c));
                    }
                }
                Ok(None)
            }
        }
    }

    /// `d[key] = value`.
    pub fn dict_set(
        &mut self,
        d: &std::cell::RefCell<Dict>,
        key: PyRef,
        value: PyRef,
    ) -> PyResult<()> {
        let hash = self.hash(&key)?;
        d.borrow_mut().prepare_insert(&key);
        match self.dict_find(d, hash, &key)? {
            Some(i) => {
                let old = d.borrow_mut().replace_value(i, value);
                drop(old);
            }
            None => d.borrow_mut().push_new(hash, key, value),
        }
        Ok(())
    }

    /// Removes `key`; returns its value if it was there.
    pub fn dict_remove(
        &mut self,
        d: &std::cell::RefCell<Dict>,
        key: &PyRef,
    ) -> PyResult<Option<PyRef>> {
        let hash = self.hash(key)?;
        match self.dict_find(d, hash, key)? {
            Some(i) => {
                let removed = d.borrow_mut().remove_index(i);
                Ok(removed.map(|(_, v)| v))
            }
            None => Ok(None),
        }
    }

    /// Sets a str-keyed entry (namespaces).
    pub fn dict_set_str(&self, d: &std::cell::RefCell<Dict>, key: &PyRef, value: PyRef) {
        let hash = match &key.payload {
            Payload::Str(s) => s.hash(),
            _ => 0,
        };
        let old = {
            let mut dm = d.borrow_mut();
            match dm.index_of_name(hash, key) {
                Some(i) => Some(dm.replace_value(i, value)),
                None => {
                    dm.push_new(hash, key.clone(), value);
                    None
                }
            }
        };
        drop(old);
    }

    /// The dict payload of a dict object.
    pub fn dict_payload<'a>(&self, obj: &'a PyRef) -> Option<&'a std::cell::RefCell<Dict>> {
        match &obj.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }

    /// `_PyIndex_Check`: whether `key` is an int or has `__index__`.
    pub fn index_check(&self, key: &PyRef) -> bool {
        key.is_int() || self.lookup_special(key, "__index__").is_some()
    }

    /// An integer usable as an index (`__index__`).
    /// `PyNumber_Index`: an int as it is, else what its `__index__` returns (an int).
    pub fn number_index(&mut self, obj: &PyRef) -> PyResult<PyRef> {
        if obj.is_int() {
            return Ok(obj.clone());
        }
        match self.call_special(obj, "__index__", &[])? {
            Some(r) if r.is_int() => Ok(r),
            Some(r) => Err(self.type_error(format!(
                "__index__ returned non-int (type {})",
                r.class_name()
            ))),
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                obj.class_name()
            ))),
        }
    }

    /// `PyNumber_Index`: [`Vm::number_index`] (CPython's `_PyNumber_Index`, which lets a
    /// bool or another int subclass through) made an exact `int`, as `range()` stores it.
    pub fn number_index_exact(&mut self, obj: &PyRef) -> PyResult<PyRef> {
        let i = self.number_index(obj)?;
        if i.class().is(&self.types.int_type) {
            return Ok(i);
        }
        Ok(self.bigint(i.as_bigint().expect("number_index gives an int")))
    }

    /// [`Vm::number_index`] as a big integer.
    pub fn index_bigint(&mut self, obj: &PyRef) -> PyResult<num_bigint::BigInt> {
        let i = self.number_index(obj)?;
        Ok(i.as_bigint().expect("number_index gives an int"))
    }

    /// A `Py_ssize_t` argument as Argument Clinic converts one (`_PyNumber_Index`, then
    /// `PyLong_AsSsize_t`): an int too large is an `OverflowError`, where an index
    /// ([`Vm::index_value`]) is an `IndexError`.
    pub fn ssize_value(&mut self, obj: &PyRef) -> PyResult<i64> {
        let i = self.number_index(obj)?;
        match i.as_i64() {
            Some(i) => Ok(i),
            None => Err(self.new_error(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            )),
        }
    }

    pub fn index_value(&mut self, obj: &PyRef) -> PyResult<i64> {
        match &obj.payload {
            Payload::Int(i) => Ok(*i),
            Payload::Bool(b) => Ok(*b as i64),
            Payload::BigInt(_) => {
                Err(self.new_error("IndexError", "cannot fit 'int' into an index-sized integer"))
            }
            _ => {
                let i = self.number_index(obj)?;
                match i.as_i64() {
                    Some(i) => Ok(i),
                    // `PyNumber_AsSsize_t` names the type of the object it was given.
                    None => Err(self.new_error(
                        "IndexError",
                        format!(
                            "cannot fit '{}' into an index-sized integer",
                            obj.class_name()
                        ),
                    )),
                }
            }
        }
    }

    pub fn layout_of(&self, obj: &PyRef) -> Layout {
        obj.class().type_data().map_or(Layout::Object, |t| t.layout)
    }
}

/// A data descriptor (property, or a user class with `__set__`/`__delete__`) on the type
/// overrides the instance attribute.
fn is_data_descriptor(attr: &PyRef) -> bool {
    match &attr.payload {
        Payload::Property { .. } | Payload::SlotDescriptor(_) => true,
        Payload::Instance(_) => {
            let cls = attr.class();
            let t = cls.type_data();
            t.is_some_and(|t| {
                t.mro().iter().any(|c| {
                    c.type_data().is_some_and(|ct| {
                        let d = ct.dict.borrow();
                        d.get_str(crate::static_str_hash!("__set__"), "__set__")
                            .is_some()
                            || d.get_str(crate::static_str_hash!("__delete__"), "__delete__")
                                .is_some()
                    })
                })
            })
        }
        _ => false,
    }
}

/// A data descriptor that also has `__get__` (`tp_descr_get != NULL && PyDescr_IsData`):
/// only such a one answers before the instance's dict; one with `__set__` alone does not.
fn is_data_descriptor_get(attr: &PyRef) -> bool {
    is_data_descriptor(attr)
        && (!matches!(attr.payload, Payload::Instance(_))
            || attr.class().type_data().is_some_and(|t| {
                t.mro().iter().any(|c| {
                    c.type_data().is_some_and(|ct| {
                        ct.dict
                            .borrow()
                            .get_str(crate::static_str_hash!("__get__"), "__get__")
                            .is_some()
                    })
                })
            }))
}

/// `object.__hash__`: derived from the address, as CPython (`id >> 4`).
pub fn identity_hash(obj: &PyRef) -> i64 {
    let a = obj.id();
    (a >> 4 | a << (usize::BITS - 4)) as i64
}

/// [`native_eq`] where it gives what `==` gives: neither operand's class is a class
/// statement's, which could define `__eq__` (or an `__eq__` taking priority as the
/// subclass's reflected method, `do_richcompare`).
#[inline]
pub fn builtin_eq(a: &PyRef, b: &PyRef) -> Option<bool> {
    use super::containers::is_heap;
    if is_heap(a) || is_heap(b) {
        return None;
    }
    native_eq(a, b)
}

/// Equality decidable without Python code: same builtin kinds (str, int, float...),
/// by payload (whatever the classes: `int.__eq__` of a subclass).
pub fn native_eq(a: &PyRef, b: &PyRef) -> Option<bool> {
    use crate::objects::number::num_eq;
    match (&a.payload, &b.payload) {
        (Payload::Str(x), Payload::Str(y)) => Some(x.as_str() == y.as_str()),
        (
            Payload::Int(_)
            | Payload::BigInt(_)
            | Payload::Bool(_)
            | Payload::Float(_)
            | Payload::Complex(..),
            Payload::Int(_)
            | Payload::BigInt(_)
            | Payload::Bool(_)
            | Payload::Float(_)
            | Payload::Complex(..),
        ) => num_eq(a, b),
        (Payload::NoneValue, _) | (_, Payload::NoneValue) => Some(a.is(b)),
        (Payload::Str(_), Payload::Int(_) | Payload::Float(_) | Payload::Tuple(_))
        | (Payload::Int(_) | Payload::Float(_) | Payload::Tuple(_), Payload::Str(_)) => Some(false),
        (Payload::Bytes(x), Payload::Bytes(y)) => Some(x == y),
        (Payload::ByteArray(x), Payload::ByteArray(y)) => Some(*x.borrow() == *y.borrow()),
        (Payload::ByteArray(x), Payload::Bytes(y)) | (Payload::Bytes(y), Payload::ByteArray(x)) => {
            Some(x.borrow().as_slice() == &y[..])
        }
        // Bound methods are equal when they bind the same function to the same object.
        (
            Payload::BoundMethod {
                func: f1,
                receiver: r1,
            },
            Payload::BoundMethod {
                func: f2,
                receiver: r2,
            },
        ) => Some(f1.is(f2) && r1.is(r2)),
        _ => None,
    }
}

/// The `__slots__` values a builtin payload keeps of its Python subclass's instances (an
/// exception's, a weak reference's); plain instances keep theirs in `InstanceData`.
fn builtin_value_slots(obj: &PyRef) -> Option<&dyn SlotValues> {
    match &obj.payload {
        Payload::Exception(e) => Some(&e.attrs),
        Payload::WeakRef(w) => Some(&w.slots),
        _ => None,
    }
}

/// Index of slot `name` in instances of `class`: base classes' slots first, in MRO order
/// from `object` down, as instances lay them out.
pub fn slot_index_of(class: &PyRef, name: &str) -> Option<usize> {
    let mut offset = 0;
    let mro = class.type_data()?.mro();
    for c in mro.iter().rev() {
        if let Some(names) = c.type_data().and_then(|t| t.slot_names.as_ref()) {
            if let Some(i) = names.iter().position(|n| n == name) {
                return Some(offset + i);
            }
            offset += names.len();
        }
    }
    None
}

/// The dict half of `setattr`/`delattr` on a namespace: stores `value` under `name` (at
/// `found` when the name is there) or, for `None`, deletes the entry. Gives back what
/// was replaced or removed, for the caller to release once the dict is unborrowed;
/// `None` when there was nothing to delete (the caller's `AttributeError`). A new name
/// goes in through `push_new`, so a split table records it in its class's shared keys.
fn store_or_delete(
    d: &mut crate::objects::dict::Dict,
    found: Option<usize>,
    hash: i64,
    name: &PyRef,
    value: Option<PyRef>,
) -> Option<Option<PyRef>> {
    match (found, value) {
        (Some(i), Some(v)) => Some(Some(d.replace_value(i, v))),
        (None, Some(v)) => {
            d.push_new(hash, name.clone(), v);
            Some(None)
        }
        (Some(i), None) => Some(d.remove_index(i).map(|(_, v)| v)),
        (None, None) => None,
    }
}
