//! Classes: calling a type (construction), the `class` statement (`__build_class__`), the
//! C3 method resolution order, and `super`.

use super::{Args, PyResult, Vm};
use crate::heap::PyRef;
use crate::objects::dict::Dict;
use crate::objects::instance::InstanceData;
use crate::objects::payload::Payload;
use crate::objects::typeobj::{Layout, TypeData};
use std::cell::{Cell, RefCell};

/// What `type.__call__` compares a class's `__new__` and `__init__` with: `object`'s own
/// entries, and the interned names to look them up by (their hashes known), found once.
pub struct ObjectConstruct {
    new_name: PyRef,
    init_name: PyRef,
    new: PyRef,
    init: PyRef,
}

/// How `type.__call__` builds instances of one class (not a metaclass): what makes the
/// instance (see [`PlanNew`]) and its `__init__` (unless `object.__init__`). Valid while
/// no class namespace changes (the method cache's version), like the lookups it stands
/// for; kept weakly, so it keeps nothing alive.
pub struct ConstructPlan {
    class: usize,
    version: u64,
    new: PlanNew<crate::heap::WeakPyRef>,
    init: Option<crate::heap::WeakPyRef>,
}

/// What makes a planned class's instances (`R`: how the plan holds a callable).
enum PlanNew<R> {
    /// `object.__new__` of a plain layout, run inline: the instance's number of
    /// `__slots__` values and whether it has a `__dict__`.
    Object { nslots: usize, has_dict: bool },
    /// A `__new__` of the class's own (a Python function, or a native one such as
    /// `weakref.ref`'s behind its `staticmethod`), called with the class prepended.
    Call(R),
}

/// Plans kept, by class address (a direct-mapped cache).
pub const CONSTRUCT_PLANS: usize = 64;

#[inline]
fn construct_slot(class: usize) -> usize {
    (class >> 4).wrapping_mul(0x9E37_79B9) % CONSTRUCT_PLANS
}

impl Vm {
    /// See [`ObjectConstruct`]; made on the first call of a Python class.
    fn object_construct(&mut self) -> std::rc::Rc<ObjectConstruct> {
        if let Some(c) = &self.object_construct {
            return c.clone();
        }
        let object = self.types.object_type.clone();
        let entry = |vm: &Vm, name: &str| {
            let name = vm.intern(name);
            let found = vm.lookup_interned(&object, &name);
            (name, found.expect("object defines __new__ and __init__"))
        };
        let (new_name, new) = entry(self, "__new__");
        let (init_name, init) = entry(self, "__init__");
        let c = std::rc::Rc::new(ObjectConstruct {
            new_name,
            init_name,
            new,
            init,
        });
        self.object_construct = Some(c.clone());
        c
    }

    /// `cls(*args)`: the metaclass's `__call__` when it defines one in Python, else
    /// `type.__call__`. A class without `tp_vectorcall` (every Python class, and the
    /// builtin types without [`TypeData::vectorcall`]) is called through
    /// `_PyObject_MakeTpCall`, which counts a level against the recursion limit.
    pub fn call_type(&mut self, cls: &PyRef, args: Args) -> PyResult {
        if !self.calls_by_vectorcall(cls, args) {
            self.enter_recursive_call(" while calling a Python object")?;
            let r = self.call_type_unchecked(cls, args);
            self.depth -= 1;
            return r;
        }
        self.call_type_unchecked(cls, args)
    }

    /// Whether CPython 3.11 calls `cls` without `_PyObject_MakeTpCall`: a builtin type with
    /// `tp_vectorcall`, or `str(x)`, which a specialized call site (`PRECALL_NO_KW_STR_1`)
    /// turns into `PyObject_Str` directly.
    fn calls_by_vectorcall(&self, cls: &PyRef, args: Args) -> bool {
        cls.type_data().is_some_and(|t| {
            t.vectorcall
                || (cls.is(&self.types.str_type) && args.args.len() == 1 && args.kwnames.is_empty())
        })
    }

    fn call_type_unchecked(&mut self, cls: &PyRef, args: Args) -> PyResult {
        let meta = cls.class().clone();
        if meta.type_data().is_some_and(|t| t.is_heap_type) {
            let call = self
                .lookup_in_mro(&meta, "__call__")
                .filter(|c| !matches!(c.payload, Payload::Builtin(_)));
            if let Some(call) = call {
                let mut all = vec![cls.clone()];
                all.extend_from_slice(args.args);
                return self.call(
                    &call,
                    Args {
                        args: &all,
                        kwnames: args.kwnames,
                    },
                );
            }
        }
        self.type_call(cls, args)
    }

    /// `type.__call__`: `__new__`, then `__init__` when `__new__` made an instance of `cls`.
    pub fn type_call(&mut self, cls: &PyRef, args: Args) -> PyResult {
        if cls.is(&self.types.type_type) {
            // `type(x)` is the type of `x`; any other call of `type` itself needs the three
            // arguments of a class (a metaclass's call leaves the count to `type.__new__`).
            let given = args.positional();
            if given.len() == 1 {
                // `type_vectorcall`'s `_PyArg_NoKwnames("type", kwnames)`.
                if !args.kwnames.is_empty() {
                    return Err(self.type_error("type() takes no keyword arguments"));
                }
                return Ok(given[0].class().clone());
            }
            if given.len() != 3 {
                return Err(self.type_error("type() takes 1 or 3 arguments"));
            }
        }
        if let Some(plan) = self.construct_plan(cls) {
            return self.construct_planned(cls, plan, args);
        }
        let t = cls.type_data().expect("a type");
        let is_metatype = self.is_subclass(cls, &self.types.type_type.clone());
        if !t.is_heap_type && !is_metatype {
            // `_PyObject_MakeTpCall`: a builtin type without `tp_vectorcall` in 3.11 gets its
            // positional arguments as a tuple (and its keywords as a dict), alive for the
            // call. (An exception keeps that tuple as its `args`: `new_exception` makes it.)
            let _tp_call_args =
                (!args.args.is_empty() && t.layout != Layout::Exception && !t.vectorcall)
                    .then(|| self.tp_call_args(args));
            return crate::objects::constructors::construct_exact(self, cls, args);
        }
        let _tp_call_args = self.tp_call_args(args);
        let object = self.object_construct();
        let new = self.lookup_interned(cls, &object.new_name);
        let init = self.lookup_interned(cls, &object.init_name);
        let init_is_object = init.as_ref().is_some_and(|f| f.is(&object.init));
        let own_init = init.filter(|_| !init_is_object);
        let obj = match &new {
            // `object.__new__` itself, run here without a call: its check of extra
            // arguments, then the instance.
            Some(n) if n.is(&object.new) => {
                crate::objects::methods::object_slots::check_not_abstract(self, cls)?;
                if !args.args.is_empty() && init_is_object {
                    let name = cls.type_data().map(|t| t.name()).unwrap_or_default();
                    return Err(self.type_error(format!("{name}() takes no arguments")));
                }
                let plain = !is_metatype && matches!(t.layout, Layout::Object);
                if plain {
                    let made = PlanNew::Object {
                        nslots: self.count_slots(cls),
                        has_dict: self.has_instance_dict(cls),
                    };
                    self.remember_construct_plan(cls, made, own_init.as_ref());
                }
                self.new_instance_of(cls, args)?
            }
            // A user `__new__`.
            Some(n) if !matches!(n.payload, Payload::Builtin(_)) => {
                let f = match &n.payload {
                    Payload::StaticMethod(f) => f.clone(),
                    _ => n.clone(),
                };
                if !is_metatype {
                    self.remember_construct_plan(cls, PlanNew::Call(&f), own_init.as_ref());
                }
                self.call_new(&f, cls, args)?
            }
            // A builtin base's layout.
            _ => self.new_instance_of(cls, args)?,
        };
        self.init_made(cls, obj, own_init, args)
    }

    /// Calls a class's own `__new__` with the class prepended to the arguments.
    fn call_new(&mut self, new: &PyRef, cls: &PyRef, args: Args) -> PyResult {
        super::with_prepended(cls, args.args, |all| {
            self.call(
                new,
                Args {
                    args: all,
                    kwnames: args.kwnames,
                },
            )
        })
    }

    /// What `type_call` does once `__new__` made `obj`: nothing unless it is an instance
    /// of `cls`; else the `__init__` of the object's own type, which is `init` (the
    /// class's own, `None` for `object.__init__`) when `obj` is exactly a `cls`, a
    /// subclass's when `__new__` made one, the winning metaclass's for
    /// `type(name, bases, ns)`.
    fn init_made(&mut self, cls: &PyRef, obj: PyRef, init: Option<PyRef>, args: Args) -> PyResult {
        if !obj.class().is(cls) && !self.isinstance(&obj, cls) {
            return Ok(obj);
        }
        let init = if obj.class().is(cls) {
            init
        } else {
            let object = self.object_construct();
            let init = self.lookup_interned(&obj.class().clone(), &object.init_name);
            init.filter(|f| !f.is(&object.init))
        };
        if let Some(init) = init {
            self.run_init(&init, &obj, args)?;
        }
        Ok(obj)
    }

    /// Calls `init(obj, *args)` and checks that it returned `None`. A plain function whose
    /// parameters the arguments fill exactly gets its frame directly (no argument vector).
    fn run_init(&mut self, init: &PyRef, obj: &PyRef, args: Args) -> PyResult<()> {
        let r = match &init.payload {
            Payload::Function(func)
                if args.kwnames.is_empty()
                    && super::call::takes_exactly(func, args.args.len() + 1)
                    && !func.code().flags.generator
                    && !func.code().flags.coroutine =>
            {
                self.call_positional(init, func, |locals| {
                    locals[0] = Some(obj.clone());
                    for (slot, arg) in locals[1..].iter_mut().zip(args.args) {
                        *slot = Some(arg.clone());
                    }
                })?
            }
            _ => super::with_prepended(obj, args.args, |all| {
                self.call(
                    init,
                    Args {
                        args: all,
                        kwnames: args.kwnames,
                    },
                )
            })?,
        };
        if !matches!(r.payload, Payload::NoneValue) {
            return Err(self.type_error(format!(
                "__init__() should return None, not '{}'",
                r.class_name()
            )));
        }
        Ok(())
    }

    /// A class (not a metaclass) remembered with what makes its instances and its
    /// `__init__` (see [`ConstructPlan`]).
    fn remember_construct_plan(&mut self, cls: &PyRef, new: PlanNew<&PyRef>, init: Option<&PyRef>) {
        let new = match new {
            PlanNew::Object { nslots, has_dict } => PlanNew::Object { nslots, has_dict },
            PlanNew::Call(f) => PlanNew::Call(f.downgrade()),
        };
        let plan = ConstructPlan {
            class: cls.id(),
            version: crate::objects::method_cache::version(),
            new,
            init: init.map(PyRef::downgrade),
        };
        let i = construct_slot(cls.id());
        self.construct_plans[i] = Some(plan);
    }

    /// The remembered plan for calling `cls`, if still valid (same class, no class
    /// namespace changed since, its callables alive): what makes the instance, and the
    /// `__init__` (`None` for `object.__init__`).
    #[inline]
    fn construct_plan(&self, cls: &PyRef) -> Option<(PlanNew<PyRef>, Option<PyRef>)> {
        let plan = self.construct_plans[construct_slot(cls.id())].as_ref()?;
        if plan.class != cls.id() || plan.version != crate::objects::method_cache::version() {
            return None;
        }
        let new = match &plan.new {
            PlanNew::Object { nslots, has_dict } => PlanNew::Object {
                nslots: *nslots,
                has_dict: *has_dict,
            },
            PlanNew::Call(weak) => PlanNew::Call(weak.upgrade()?),
        };
        let init = match &plan.init {
            Some(weak) => Some(weak.upgrade()?),
            None => None,
        };
        Some((new, init))
    }

    /// `type.__call__` along a remembered plan: what [`Vm::type_call`] does, without the
    /// lookups along the MRO.
    fn construct_planned(
        &mut self,
        cls: &PyRef,
        (new, init): (PlanNew<PyRef>, Option<PyRef>),
        args: Args,
    ) -> PyResult {
        let _tp_call_args = self.tp_call_args(args);
        match new {
            PlanNew::Object { nslots, has_dict } => {
                if init.is_none() && !args.args.is_empty() {
                    let name = cls.type_data().map(|t| t.name()).unwrap_or_default();
                    return Err(self.type_error(format!("{name}() takes no arguments")));
                }
                let obj = self.plain_instance(cls, nslots, has_dict);
                self.init_made(cls, obj, init, args)
            }
            PlanNew::Call(new) => {
                let obj = self.call_new(&new, cls, args)?;
                self.init_made(cls, obj, init, args)
            }
        }
    }

    /// An instance of a class of plain layout, as `object.__new__` makes it.
    fn plain_instance(&self, cls: &PyRef, nslots: usize, has_dict: bool) -> PyRef {
        // `init_inline_values`: the attributes start as values by shared-key index.
        let inst = InstanceData::new_of(cls, nslots, has_dict);
        PyRef::new(cls, Payload::Instance(inst))
    }

    /// `object.__new__(cls)` and the builtin-layout equivalents for user subclasses.
    pub fn new_instance_of(&mut self, cls: &PyRef, args: Args) -> PyResult {
        let t = cls.type_data().expect("a type");
        let payload = match t.layout {
            Layout::Object => {
                let nslots = self.count_slots(cls);
                return Ok(self.plain_instance(cls, nslots, self.has_instance_dict(cls)));
            }
            Layout::Exception => {
                if let Some(group) = self.exception_group_new(cls, args) {
                    return group;
                }
                // `OSError_new`: a subclass without an `__init__` of its own has its
                // arguments parsed here, one with it starts with empty `args`.
                if crate::objects::exc_family::of(self, cls)
                    .has(crate::objects::exc_family::ExcFamily::OS_ERROR)
                {
                    if crate::objects::methods::exception_slots::os_error_use_init(self, cls) {
                        return Ok(self.new_exception(cls, Vec::new()));
                    }
                    if !args.kwnames.is_empty() {
                        let name = t.name();
                        return Err(self.type_error(format!("{name}() takes no keyword arguments")));
                    }
                    let exc = self.new_exception(cls, args.positional().to_vec());
                    self.init_exception_fields(&exc, args);
                    return Ok(exc);
                }
                let a = self.tuple(args.positional().to_vec());
                Payload::Exception(Box::new(crate::objects::exception::ExceptionData::new(a)))
            }
            Layout::List => Payload::List(RefCell::new(Vec::new())),
            // Mutable like list: `bytearray.__init__` fills it.
            Layout::ByteArray => Payload::ByteArray(RefCell::new(Vec::new())),
            // `deque.__init__` fills it too.
            Layout::Deque => Payload::Deque(Box::default()),
            Layout::Dict => Payload::Dict(Box::new(RefCell::new(Dict::new()))),
            Layout::Set => {
                Payload::Set(Box::new(RefCell::new(crate::objects::set::SetData::new())))
            }
            _ => {
                // Immutable builtin bases (int, str, tuple...): build the value, then re-class.
                let Some(base) = t.nearest_builtin_base() else {
                    return Err(self.type_error("bad base"));
                };
                // `property` is `PyType_GenericNew`: `property.__init__` fills it.
                if base.is(&self.types.property_type) {
                    return Ok(PyRef::new(cls, Payload::Property(Box::default())));
                }
                crate::objects::constructors::check_subclass_new_args(self, cls, &base, args)?;
                let v = crate::objects::constructors::construct_builtin(self, &base, args)?;
                return Ok(self.reclass_value(&v, cls));
            }
        };
        Ok(PyRef::new(cls, payload))
    }

    fn reclass_value(&self, v: &PyRef, cls: &PyRef) -> PyRef {
        let payload = match &v.payload {
            Payload::Int(i) => Payload::Int(*i),
            Payload::BigInt(b) => Payload::BigInt(b.clone()),
            Payload::Float(f) => Payload::Float(*f),
            Payload::Complex(re, im) => Payload::Complex(*re, *im),
            Payload::Str(s) => Payload::Str(crate::objects::str::PyStr::new(s.as_str())),
            Payload::Tuple(t) => Payload::Tuple(t.clone()),
            Payload::Bytes(b) => Payload::Bytes(b.clone()),
            Payload::FrozenSet(s) => Payload::FrozenSet(Box::new(s.copy())),
            Payload::StaticMethod(f) => Payload::StaticMethod(f.clone()),
            Payload::ClassMethod(f) => Payload::ClassMethod(f.clone()),
            _ => Payload::Instance(Default::default()),
        };
        PyRef::new(cls, payload)
    }

    fn count_slots(&self, cls: &PyRef) -> usize {
        cls.type_data()
            .map(|t| {
                t.mro()
                    .iter()
                    .filter_map(|c| {
                        c.type_data()
                            .and_then(|d| d.slot_names.as_ref().map(|s| s.len()))
                    })
                    .sum()
            })
            .unwrap_or(0)
    }

    /// `__build_class__(func, name, *bases, **kwds)`.
    pub fn build_class(&mut self, args: Args) -> PyResult {
        let pos = args.positional();
        if pos.len() < 2 {
            return Err(self.type_error("__build_class__: not enough arguments"));
        }
        let func = pos[0].clone();
        if !matches!(func.payload, Payload::Function(_)) {
            return Err(self.type_error("__build_class__: func must be a function"));
        }
        let Some(name) = pos[1].as_str_opt().map(str::to_string) else {
            return Err(self.type_error("__build_class__: name is not a string"));
        };
        let orig_bases: Vec<PyRef> = pos[2..].to_vec();
        let resolved = self.update_bases(&orig_bases)?;
        let bases = resolved.clone().unwrap_or_else(|| orig_bases.clone());
        // Class keywords other than `metaclass` go to the metaclass (and on to
        // `__init_subclass__`).
        let (kwnames, kwvalues): (Vec<PyRef>, Vec<PyRef>) = args
            .kwnames
            .iter()
            .zip(&args.args[args.args.len() - args.kwnames.len()..])
            .filter(|(n, _)| n.as_str_opt() != Some("metaclass"))
            .map(|(n, v)| (n.clone(), v.clone()))
            .unzip();
        let meta = match args.kwarg("metaclass") {
            Some(m) if !matches!(m.payload, Payload::Type(_)) => m.clone(),
            explicit => {
                // No `metaclass=`: the first base's type (`builtin___build_class__`).
                let start = match (explicit, bases.first()) {
                    (Some(m), _) => m.clone(),
                    (None, Some(b)) => b.class().clone(),
                    (None, None) => self.types.type_type.clone(),
                };
                self.calculate_metaclass(&start, &bases)?
            }
        };
        let Payload::Function(f) = &func.payload else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let ns = match self
            .getattr_opt(&meta, "__prepare__")?
            .filter(|p| !matches!(p.payload, Payload::Builtin(_)))
        {
            Some(prepare) => {
                let mut all = vec![self.str(&name), self.tuple(bases.clone())];
                all.extend(kwvalues.iter().cloned());
                let ns = self.call(
                    &prepare,
                    Args {
                        args: &all,
                        kwnames: &kwnames,
                    },
                )?;
                // `PyMapping_Check` on what `__prepare__` returned.
                if !matches!(ns.payload, Payload::Dict(_))
                    && self.lookup_special(&ns, "__getitem__").is_none()
                {
                    let who = match meta.type_data() {
                        Some(t) => t.tp_name(),
                        None => "<metaclass>".to_string(),
                    };
                    return Err(self.type_error(format!(
                        "{who}.__prepare__() must return a mapping, not {}",
                        ns.class_name()
                    )));
                }
                ns
            }
            None => self.dict(),
        };
        let globals = f.globals.clone();
        if let Payload::Dict(d) = &ns.payload {
            if let Payload::Dict(g) = &globals.payload {
                let modname = g
                    .borrow()
                    .get_str(crate::static_str_hash!("__name__"), "__name__")
                    .cloned();
                if let Some(m) = modname {
                    self.dict_set_str(d, &self.intern("__module__"), m);
                }
            }
            // A class body sets its `__qualname__` (a plain function given to
            // `__build_class__` does not: the class's is then its name).
            if f.code().flags.uses_locals_dict {
                let qual = f.code().qualname.clone();
                let q = self.string(qual);
                self.dict_set_str(d, &self.intern("__qualname__"), q);
            }
            if let Some(doc) = &f.code().docstring {
                let ds = self.str(doc);
                self.dict_set_str(d, &self.intern("__doc__"), ds);
            }
        }
        let closure = f
            .closure
            .as_ref()
            .and_then(|c| c.tuple_items().map(|t| t.to_vec()))
            .unwrap_or_default();
        let code = f.code.clone();
        self.run_code_with_locals(&code, &globals, &ns, closure)?;
        if resolved.is_some() {
            let key = self.intern("__orig_bases__");
            let value = self.tuple(orig_bases);
            self.setitem(&ns, &key, value)?;
        }
        let cls = if meta.is(&self.types.type_type) {
            let kw: Vec<(PyRef, PyRef)> = kwnames.into_iter().zip(kwvalues).collect();
            // `type_vectorcall` packs `(name, bases, namespace)` into a tuple for
            // `type_call` (`_PyObject_MakeTpCall`), freed once the class exists.
            crate::gc::count_allocation(crate::gc::Shape::Tuple(3));
            let cls = self.new_class_with(&name, bases, &ns, &meta, &kw);
            crate::gc::count_free(crate::gc::Shape::Tuple(3));
            cls?
        } else {
            let mut all = vec![self.str(&name), self.tuple(bases), ns.clone()];
            all.extend(kwvalues);
            self.call(
                &meta,
                Args {
                    args: &all,
                    kwnames: &kwnames,
                },
            )?
        };
        // Fill the `__class__` cell that methods using `super()` / `__class__` share.
        if let Payload::Dict(d) = &ns.payload {
            let cell = d
                .borrow()
                .get_str(crate::static_str_hash!("__classcell__"), "__classcell__")
                .cloned();
            if let Some(cell) = cell {
                if let Payload::Cell(c) = &cell.payload {
                    *c.borrow_mut() = Some(cls.clone());
                }
            }
        }
        Ok(cls)
    }

    /// PEP 560 (`update_bases` in `Python/bltinmodule.c`): a base that is not a class but
    /// has `__mro_entries__` (`List[int]`, `Generic[T]`, `NamedTuple`) is replaced by the
    /// classes that method returns. `None` when no base was replaced, so the common case
    /// allocates nothing and the namespace gets no `__orig_bases__`.
    fn update_bases(&mut self, bases: &[PyRef]) -> PyResult<Option<Vec<PyRef>>> {
        if bases.iter().all(|b| matches!(b.payload, Payload::Type(_))) {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(bases.len());
        let mut changed = false;
        let mut all: Option<PyRef> = None;
        for base in bases {
            let entries = match &base.payload {
                Payload::Type(_) => None,
                _ => self.getattr_opt(base, "__mro_entries__")?,
            };
            let Some(entries) = entries else {
                out.push(base.clone());
                continue;
            };
            let arg = all
                .get_or_insert_with(|| self.tuple(bases.to_vec()))
                .clone();
            let result = self.call(
                &entries,
                Args {
                    args: &[arg],
                    kwnames: &[],
                },
            )?;
            let Some(items) = result.tuple_items() else {
                return Err(self.type_error("__mro_entries__ must return a tuple"));
            };
            out.extend(items.iter().cloned());
            changed = true;
        }
        Ok(changed.then_some(out))
    }

    /// `_PyType_CalculateMetaclass`: the most derived of `meta` and the bases' metaclasses.
    pub fn calculate_metaclass(&mut self, meta: &PyRef, bases: &[PyRef]) -> PyResult {
        let mut winner = meta.clone();
        for b in bases {
            let candidate = b.class().clone();
            if self.is_subclass(&winner, &candidate) {
                continue;
            }
            if self.is_subclass(&candidate, &winner) {
                winner = candidate;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// `type.__new__(meta, name, bases, namespace, **kwds)`.
    pub fn type_new(&mut self, meta: &PyRef, args: Args) -> PyResult {
        let pos = args.positional();
        if pos.len() != 3 {
            return Err(self.type_error(format!(
                "type.__new__() takes exactly 3 arguments ({} given)",
                pos.len()
            )));
        }
        let checks = [(0, "str"), (1, "tuple"), (2, "dict")];
        for (i, want) in checks {
            let ok = match i {
                0 => matches!(pos[0].payload, Payload::Str(_)),
                1 => matches!(pos[1].payload, Payload::Tuple(_)),
                _ => matches!(pos[2].payload, Payload::Dict(_)),
            };
            if !ok {
                return Err(self.type_error(format!(
                    "type.__new__() argument {} must be {want}, not {}",
                    i + 1,
                    pos[i].class_name()
                )));
            }
        }
        let name = pos[0].as_str_opt().unwrap_or("?").to_string();
        let bases = pos[1].tuple_items().unwrap_or(&[]).to_vec();
        if name.contains('\0') {
            return Err(self.value_error("type name must not contain null characters"));
        }
        // `type_new_get_bases`: PEP 560 bases are resolved by `__build_class__` only.
        for b in &bases {
            if !matches!(b.payload, Payload::Type(_))
                && self.getattr_opt(b, "__mro_entries__")?.is_some()
            {
                return Err(self.type_error(
                    "type() doesn't support MRO entry resolution; use types.new_class()",
                ));
            }
        }
        let winner = self.calculate_metaclass(meta, &bases)?;
        if !winner.is(meta) {
            // A more derived metaclass with a `__new__` of its own makes the class.
            if let Some(new) = self.lookup_in_mro(&winner, "__new__") {
                let new = match &new.payload {
                    Payload::StaticMethod(f) => Some(f.clone()),
                    Payload::Builtin(_) => None,
                    _ => Some(new.clone()),
                };
                if let Some(new) = new {
                    return super::with_prepended(&winner, args.args, |all| {
                        self.call(
                            &new,
                            Args {
                                args: all,
                                kwnames: args.kwnames,
                            },
                        )
                    });
                }
            }
        }
        let kw: Vec<(PyRef, PyRef)> = args
            .keywords()
            .map(|(k, v)| (self.intern(k), v.clone()))
            .collect();
        let ns = self.namespace_with_module(&pos[2])?;
        self.new_class_with(&name, bases, &ns, &winner, &kw)
    }

    /// `type_new_set_module`: a namespace without `__module__` gets the `__name__` of the
    /// running Python code's globals, in the copy `type_new` makes of it (the caller's
    /// dict is left as it was).
    fn namespace_with_module(&mut self, ns: &PyRef) -> PyResult {
        let Payload::Dict(d) = &ns.payload else {
            return Ok(ns.clone());
        };
        let key = self.intern("__module__");
        if d.borrow()
            .get_str(crate::static_str_hash!("__module__"), "__module__")
            .is_some()
        {
            return Ok(ns.clone());
        }
        let name = match self.current_globals().as_ref().map(|g| &g.payload) {
            Some(Payload::Dict(g)) => g
                .borrow()
                .get_str(crate::static_str_hash!("__name__"), "__name__")
                .cloned(),
            _ => None,
        };
        let Some(name) = name else {
            return Ok(ns.clone());
        };
        let copy = self.dict_from(d.borrow().clone_entries());
        if let Payload::Dict(c) = &copy.payload {
            self.dict_set_str(c, &key, name);
        }
        Ok(copy)
    }

    /// Creates a class object from a name, bases and a namespace dict.
    pub fn new_class(
        &mut self,
        name: &str,
        bases: Vec<PyRef>,
        ns: &PyRef,
        meta: &PyRef,
    ) -> PyResult {
        self.new_class_with(name, bases, ns, meta, &[])
    }

    /// [`Vm::new_class`] with the class keywords, which go to `__init_subclass__`.
    pub fn new_class_with(
        &mut self,
        name: &str,
        bases: Vec<PyRef>,
        ns: &PyRef,
        meta: &PyRef,
        kw: &[(PyRef, PyRef)],
    ) -> PyResult {
        let bases = if bases.is_empty() {
            vec![self.types.object_type.clone()]
        } else {
            bases
        };
        for b in &bases {
            match b.type_data() {
                Some(t) if !t.basetype => {
                    return Err(self.type_error(format!(
                        "type '{}' is not an acceptable base type",
                        t.name()
                    )));
                }
                Some(_) => {}
                None => return Err(self.type_error("bases must be types")),
            }
        }
        let mut dict = Dict::new();
        let mut qualname = name.to_string();
        let mut module = "__main__".to_string();
        let mut slot_names = None;
        if let Payload::Dict(d) = &ns.payload {
            for (k, v) in d.borrow().iter() {
                match k.as_str_opt() {
                    Some("__qualname__") => match v.as_str_opt() {
                        Some(q) => qualname = q.to_string(),
                        None => {
                            return Err(self.type_error(format!(
                                "type __qualname__ must be a str, not {}",
                                v.class_name()
                            )))
                        }
                    },
                    Some("__classcell__") => continue,
                    Some(key) => {
                        if key == "__module__" {
                            module = v.as_str_opt().unwrap_or("__main__").to_string();
                        }
                        if key == "__slots__" {
                            let items: Vec<PyRef> = match &v.payload {
                                Payload::Str(_) => vec![v.clone()],
                                // a dict gives its keys (the values are docstrings)
                                Payload::Dict(sd) => {
                                    sd.borrow().iter().map(|(x, _)| x.clone()).collect()
                                }
                                _ => self.iterate(v)?,
                            };
                            // `type_new_slots_impl`: a variable-sized base has no room
                            // for slots.
                            let base = crate::objects::typeobj::best_base(&bases);
                            let shape = base.as_ref().map(crate::objects::sizeof::class_shape);
                            if let Some(b) = base.as_ref().filter(|_| !items.is_empty()) {
                                if shape.as_ref().is_some_and(|s| s.itemsize != 0) {
                                    let tp = b.type_data().map(|t| t.tp_name()).unwrap_or_default();
                                    return Err(self.type_error(format!(
                                        "nonempty __slots__ not supported for subtype of '{tp}'"
                                    )));
                                }
                            }
                            let names = self.visit_slots(&items, shape.as_ref())?;
                            // A slot may not shadow a name the class body set.
                            for n in &names {
                                if n == "__dict__" || n == "__weakref__" {
                                    continue;
                                }
                                let mangled = layout_slot_names(name, vec![n.clone()]).remove(0);
                                let h = crate::objects::str::str_hash(&mangled);
                                if d.borrow().get_str(h, &mangled).is_some() {
                                    return Err(self.value_error(format!(
                                        "'{mangled}' in __slots__ conflicts with class variable"
                                    )));
                                }
                            }
                            slot_names = Some(layout_slot_names(name, names));
                        }
                        let hash = crate::objects::str::str_hash(key);
                        // `type_new_set_attrs`: plain functions `__init_subclass__` and
                        // `__class_getitem__` are implicit classmethods (so a
                        // `super().__init_subclass__()` chain passes the class along),
                        // and `__new__` an implicit staticmethod (an object of its own,
                        // which the collector counts when the class dies).
                        let plain = matches!(v.payload, Payload::Function(_));
                        let v = match key {
                            "__init_subclass__" | "__class_getitem__" if plain => PyRef::new(
                                &self.types.classmethod_type,
                                Payload::ClassMethod(v.clone()),
                            ),
                            "__new__" if plain => PyRef::new(
                                &self.types.staticmethod_type,
                                Payload::StaticMethod(v.clone()),
                            ),
                            _ => v.clone(),
                        };
                        dict.push_new(hash, k.clone(), v);
                    }
                    None => {}
                }
            }
        }
        let layout = bases
            .iter()
            .filter_map(|b| b.type_data().map(|t| t.layout))
            .find(|l| *l != Layout::Object)
            .unwrap_or(Layout::Object);
        if bases.len() > 1 {
            // `mro_implementation` merges into a list, then makes the tuple.
            crate::gc::count_allocation(crate::gc::Shape::List);
            crate::gc::count_free(crate::gc::Shape::List);
        }
        if crate::objects::typeobj::has_layout_conflict(&bases) {
            return Err(self.type_error("multiple bases have instance lay-out conflict"));
        }
        let mro = self.mro_for_bases(&bases)?;
        // `tp_bases`, allocated before the class as the tuple `type_new` is given.
        let bases_tuple = self.tuple(bases);
        let cls = PyRef::new(
            meta,
            Payload::Type(Box::new(TypeData {
                name: RefCell::new(name.to_string()),
                qualname: RefCell::new(qualname),
                module: RefCell::new(module),
                bases_list: RefCell::new(Vec::new()),
                bases_tuple: RefCell::new(Some(bases_tuple)),
                mro_list: RefCell::new(Vec::new()),
                base: RefCell::new(None),
                dict: RefCell::new(dict),
                layout,
                has_finalizer: Cell::new(false),
                // A base's weak reference list is inherited (`tp_weaklistoffset`).
                weakrefable: slot_names
                    .as_ref()
                    .is_none_or(|s| s.iter().any(|n| n == "__weakref__"))
                    || mro.iter().any(|b| {
                        b.type_data()
                            .is_some_and(|t| t.is_heap_type && t.weakrefable)
                    }),
                slot_names,
                is_heap_type: true,
                basetype: true,
                vectorcall: false,
                shared_keys: Default::default(),
                mro_tuple: RefCell::new(None),
                has_subclasses_dict: Cell::new(false),
                c_type_name: Cell::new(false),
                c_layout: Cell::new(None),
                collection_flags: Cell::new(0),
            })),
        );
        // Each heap base's first subclass makes that base's `tp_subclasses` dict.
        if let Some(t) = cls.type_data() {
            for base in t.bases().iter() {
                if let Some(bt) = base.type_data() {
                    if !bt.has_subclasses_dict.replace(true) {
                        crate::gc::count_allocation(crate::gc::Shape::Dict);
                    }
                }
            }
        }
        // A new class may sit where a dead one was: cached lookups for that address go.
        crate::objects::method_cache::invalidate();
        let mut full = vec![cls.clone()];
        full.extend(mro);
        let td = cls.type_data().expect("type");
        // `tp_mro` exists from creation, so the class shows up among its referrers.
        *td.mro_tuple.borrow_mut() = Some(self.tuple(full));
        self.custom_mro(&cls)?;
        *td.base.borrow_mut() = crate::objects::typeobj::best_base(&td.bases());
        // `inherit_patma_flags`: the sequence or mapping flag of `tp_base`.
        if let Some(bt) = td.base.borrow().as_ref().and_then(|b| b.type_data()) {
            td.collection_flags.set(bt.collection_flags.get());
        }
        self.add_type_ready_entries(&cls);
        td.has_finalizer
            .set(self.lookup_in_mro(&cls, "__del__").is_some());
        // `__set_name__` on descriptors in the namespace (`type_new_set_names` walks a copy
        // of the class dict), before `__init_subclass__` (`type_new_init_subclass`).
        crate::gc::count_allocation(crate::gc::Shape::Dict);
        let entries: Vec<(PyRef, PyRef)> = td.dict.borrow().snapshot();
        for (k, v) in entries {
            // A builtin property records its name (`property_set_name`).
            if matches!(v.payload, Payload::Property { .. })
                && !v.class().type_data().is_some_and(|t| t.is_heap_type)
            {
                let name = self.repr_string(&k)?;
                crate::objects::methods::property_methods::set_property_name(&v, Some(name));
                continue;
            }
            // Any object of a Python class (other builtin values have no `__set_name__`).
            if v.class().type_data().is_some_and(|t| t.is_heap_type) {
                if let Some(sn) = self.lookup_special(&v, "__set_name__") {
                    // `_PyObject_LookupSpecial` binds what it finds.
                    let called = self
                        .bind_descriptor(&sn, Some(&v), v.class())
                        .and_then(|m| self.call1(&m, &[cls.clone(), k.clone()]));
                    if let Err(e) = called {
                        crate::gc::count_free(crate::gc::Shape::Dict);
                        let key = self.repr(&k)?;
                        let tp_name =
                            |c: &PyRef| c.type_data().map_or_else(|| "?".into(), |t| t.tp_name());
                        let msg = format!(
                            "Error calling __set_name__ on '{}' instance {} in '{}'",
                            tp_name(v.class()),
                            key.as_str_opt().unwrap_or("?"),
                            tp_name(&cls)
                        );
                        return Err(self.error_from_cause("RuntimeError", msg, e));
                    }
                }
            }
        }
        crate::gc::count_free(crate::gc::Shape::Dict);
        // `__init_subclass__` of the nearest base that defines one in Python.
        if let Some(init_sub) = self.lookup_in_mro_after(&cls, "__init_subclass__") {
            let f = match &init_sub.payload {
                Payload::ClassMethod(f) => f.clone(),
                _ => init_sub.clone(),
            };
            if matches!(f.payload, Payload::Function(_)) {
                let mut all = vec![cls.clone()];
                all.extend(kw.iter().map(|(_, v)| v.clone()));
                let names: Vec<PyRef> = kw.iter().map(|(k, _)| k.clone()).collect();
                self.call(
                    &f,
                    Args {
                        args: &all,
                        kwnames: &names,
                    },
                )?;
            } else if !kw.is_empty() {
                // The bound builtin method's `__qualname__`: the class's qualname.
                let qual = cls
                    .type_data()
                    .map(|t| t.qualname.borrow().clone())
                    .unwrap_or_default();
                return Err(self.type_error(format!(
                    "{qual}.__init_subclass__() takes no keyword arguments"
                )));
            }
        }
        Ok(cls)
    }

    /// What `PyType_Ready` adds to a new class's namespace after its body's names, each
    /// unless the body set it: the member descriptors of its `__slots__`
    /// (`type_add_members`), the `__dict__` and `__weakref__` getsets it gives its
    /// instances (`type_add_getset`), `__doc__` None (`type_dict_set_doc`), and
    /// `__hash__` None when it defines `__eq__` alone (`type_ready_set_hash`).
    fn add_type_ready_entries(&mut self, cls: &PyRef) {
        use crate::objects::descriptor::{SlotDescriptor, SlotKind};
        let Some(td) = cls.type_data() else { return };
        let mut entries: Vec<(&str, SlotKind)> = td
            .slot_names
            .iter()
            .flatten()
            .filter(|n| *n != "__dict__" && *n != "__weakref__")
            .map(|n| (n.as_str(), SlotKind::Member))
            .collect();
        let (add_dict, add_weak) = td.added_attribute_slots();
        if add_dict {
            entries.push(("__dict__", SlotKind::Dict));
        }
        if add_weak {
            entries.push(("__weakref__", SlotKind::Weakref));
        }
        for (name, kind) in entries {
            let key = self.intern(name);
            let descr = SlotDescriptor::new_object(self, cls, key.clone(), kind);
            set_default(&mut td.dict.borrow_mut(), name, key, descr);
        }
        let none = self.none();
        let doc = self.intern("__doc__");
        set_default(&mut td.dict.borrow_mut(), "__doc__", doc, none.clone());
        let has = |name: &str| {
            td.dict
                .borrow()
                .get_str(crate::objects::str::str_hash(name), name)
                .is_some()
        };
        if has("__eq__") && !has("__hash__") {
            let key = self.intern("__hash__");
            set_default(&mut td.dict.borrow_mut(), "__hash__", key, none);
        }
    }

    fn lookup_in_mro_after(&self, cls: &PyRef, name: &str) -> Option<PyRef> {
        let mro = cls.type_data()?.mro().to_vec();
        let hash = crate::objects::str::str_hash(name);
        for c in mro.iter().skip(1) {
            if let Some(v) = c
                .type_data()
                .and_then(|t| t.dict.borrow().get_str(hash, name).cloned())
            {
                return Some(v);
            }
        }
        None
    }

    /// `mro_implementation`: the duplicate check, then the C3 merge (the MRO without the
    /// class itself).
    fn mro_for_bases(&self, bases: &[PyRef]) -> PyResult<Vec<PyRef>> {
        // `check_duplicates`.
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|x| x.is(b)) {
                let n = b.type_data().map(|t| t.name()).unwrap_or_default();
                return Err(self.type_error(format!("duplicate base class {n}")));
            }
        }
        self.c3_mro(bases)
    }

    /// `type_set_bases`: `cls.__bases__ = new` (`None`: `del`). The checks in CPython's
    /// order, then the new bases and `tp_base`, then `mro_hierarchy` recomputes the MRO of
    /// the class and of every subclass below it; if any fails, all of it is undone.
    pub(crate) fn set_bases(&mut self, cls: &PyRef, value: Option<PyRef>) -> PyResult<()> {
        let td = cls.type_data().expect("set_bases on a class");
        let tp_name = td.tp_name();
        let Some(new) = value else {
            return Err(self.type_error(format!(
                "cannot delete '__bases__' attribute of immutable type '{tp_name}'"
            )));
        };
        let Payload::Tuple(items) = &new.payload else {
            return Err(self.type_error(format!(
                "can only assign tuple to {tp_name}.__bases__, not {}",
                new.class_name()
            )));
        };
        if items.is_empty() {
            return Err(self.type_error(format!(
                "can only assign non-empty tuple to {tp_name}.__bases__, not ()"
            )));
        }
        for b in items.iter() {
            if b.type_data().is_none() {
                return Err(self.type_error(format!(
                    "{tp_name}.__bases__ must be tuple of classes, not '{}'",
                    b.class_name()
                )));
            }
            if self.is_subclass(b, cls) {
                return Err(self.type_error("a __bases__ item causes an inheritance cycle"));
            }
        }
        if crate::objects::typeobj::has_layout_conflict(items) {
            return Err(self.type_error("multiple bases have instance lay-out conflict"));
        }
        let new_base = crate::objects::typeobj::best_base(items).expect("non-empty bases");
        let old_base = td.base.borrow().clone();
        if let Some(old) = &old_base {
            crate::objects::methods::object_slots::compatible_for_assignment(
                self,
                old,
                &new_base,
                "__bases__",
            )?;
        }
        drop(old_base);
        let old_bases = td.bases_tuple.replace(Some(new.clone()));
        let old_base = td.base.replace(Some(new_base));
        // `mro_hierarchy` collects (class, new mro, old mro) tuples in a list, freed at
        // the end: the old MROs live until then.
        crate::gc::count_allocation(crate::gc::Shape::List);
        let mut done: Vec<(PyRef, Option<PyRef>)> = Vec::new();
        let result = self.mro_hierarchy(cls, &mut done);
        for (_, old) in &done {
            crate::gc::count_free(crate::gc::Shape::Tuple(if old.is_some() { 3 } else { 2 }));
        }
        crate::gc::count_free(crate::gc::Shape::List);
        if let Err(e) = result {
            for (c, old) in done.into_iter().rev() {
                if let Some(t) = c.type_data() {
                    let bad = t.mro_tuple.replace(old);
                    drop(bad);
                }
            }
            let undone = (td.bases_tuple.replace(old_bases), td.base.replace(old_base));
            drop(undone);
            crate::objects::method_cache::invalidate();
            return Err(e);
        }
        // `add_all_subclasses`: a base's first subclass makes its `tp_subclasses` dict.
        for b in items.iter() {
            if let Some(bt) = b.type_data() {
                if !bt.has_subclasses_dict.replace(true) {
                    crate::gc::count_allocation(crate::gc::Shape::Dict);
                }
            }
        }
        crate::objects::method_cache::invalidate();
        self.update_finalizers(cls);
        drop(done);
        drop((old_bases, old_base));
        Ok(())
    }

    /// `mro_hierarchy`: a new MRO for `cls` (`mro_internal`), then for its subclasses,
    /// recording each old MRO in `done`.
    fn mro_hierarchy(
        &mut self,
        cls: &PyRef,
        done: &mut Vec<(PyRef, Option<PyRef>)>,
    ) -> PyResult<()> {
        let td = cls.type_data().expect("a class");
        let bases = td.bases().to_vec();
        if bases.len() > 1 {
            crate::gc::count_allocation(crate::gc::Shape::List);
            crate::gc::count_free(crate::gc::Shape::List);
        }
        let mut full = vec![cls.clone()];
        full.extend(self.mro_for_bases(&bases)?);
        let tuple = self.tuple(full);
        let old = td.mro_tuple.replace(Some(tuple));
        crate::gc::count_allocation(crate::gc::Shape::Tuple(if old.is_some() { 3 } else { 2 }));
        done.push((cls.clone(), old));
        crate::objects::method_cache::invalidate();
        self.custom_mro(cls)?;
        let subclasses = crate::objects::methods::object_slots::subclasses_of(self, cls);
        if !subclasses.is_empty() {
            crate::gc::count_allocation(crate::gc::Shape::List);
        }
        let mut result = Ok(());
        for sub in &subclasses {
            result = self.mro_hierarchy(sub, done);
            if result.is_err() {
                break;
            }
        }
        if !subclasses.is_empty() {
            crate::gc::count_free(crate::gc::Shape::List);
        }
        result
    }

    /// C3 linearization of the bases (the MRO without the class itself).
    fn c3_mro(&self, bases: &[PyRef]) -> PyResult<Vec<PyRef>> {
        let mut seqs: Vec<Vec<PyRef>> = bases
            .iter()
            .map(|b| b.type_data().map(|t| t.mro().to_vec()).unwrap_or_default())
            .collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let candidate = seqs
                .iter()
                .map(|s| s[0].clone())
                .find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| x.is(c))));
            let Some(c) = candidate else {
                // `set_mro_error`: the heads of the sequences still to merge, once each.
                let mut heads: Vec<&PyRef> = Vec::new();
                for s in &seqs {
                    if !heads.iter().any(|h| h.is(&s[0])) {
                        heads.push(&s[0]);
                    }
                }
                let names: Vec<String> = heads
                    .iter()
                    .map(|b| b.type_data().map(|t| t.name()).unwrap_or_default())
                    .collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            for s in seqs.iter_mut() {
                if s[0].is(&c) {
                    s.remove(0);
                }
            }
            out.push(c);
        }
    }

    /// Attribute lookup through `super(cls, obj)`: the MRO of `obj`'s type after `cls`.
    pub fn super_getattr(
        &mut self,
        this_class: &PyRef,
        obj: &PyRef,
        name: &str,
    ) -> PyResult<Option<PyRef>> {
        let start_type =
            if matches!(obj.payload, Payload::Type(_)) && self.is_subclass(obj, this_class) {
                obj.clone()
            } else {
                obj.class().clone()
            };
        let mro = start_type
            .type_data()
            .map(|t| t.mro().to_vec())
            .unwrap_or_default();
        let pos = mro
            .iter()
            .position(|c| c.is(this_class))
            .map_or(mro.len(), |p| p + 1);
        let hash = crate::objects::str::str_hash(name);
        for c in &mro[pos..] {
            let found = c
                .type_data()
                .and_then(|t| t.dict.borrow().get_str(hash, name).cloned());
            if let Some(attr) = found {
                let receiver = if matches!(obj.payload, Payload::Type(_)) && start_type.is(obj) {
                    None
                } else {
                    Some(obj)
                };
                return match (&attr.payload, receiver) {
                    (Payload::ClassMethod(f), _) => {
                        let f = f.clone();
                        crate::objects::methods::descr_slots::classmethod_bind(
                            self,
                            &f,
                            &start_type,
                        )
                        .map(Some)
                    }
                    (_, r) => self.bind_descriptor(&attr, r, &start_type).map(Some),
                };
            }
        }
        Ok(None)
    }
}

impl Vm {
    /// `type_new_visit_slots`: every `__slots__` item a str and an identifier, and
    /// `__dict__` / `__weakref__` only once and only where the base has none.
    fn visit_slots(
        &mut self,
        items: &[PyRef],
        base: Option<&crate::objects::sizeof::ClassShape>,
    ) -> PyResult<Vec<String>> {
        let may_add_dict = base.is_none_or(|s| !s.has_dict);
        let may_add_weak = base.is_none_or(|s| !s.has_weakref && s.itemsize == 0);
        let (mut add_dict, mut add_weak) = (false, false);
        let mut names = Vec::with_capacity(items.len());
        for item in items {
            let Some(text) = item.as_str_opt() else {
                return Err(self.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    item.class_name()
                )));
            };
            let mut chars = text.chars();
            let identifier = chars
                .next()
                .is_some_and(|c| c == '_' || unicode_ident::is_xid_start(c))
                && chars.all(unicode_ident::is_xid_continue);
            if !identifier {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            if text == "__dict__" {
                if !may_add_dict || add_dict {
                    return Err(self.type_error("__dict__ slot disallowed: we already got one"));
                }
                add_dict = true;
            }
            if text == "__weakref__" {
                if !may_add_weak || add_weak {
                    return Err(self.type_error(
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                    ));
                }
                add_weak = true;
            }
            names.push(text.to_string());
        }
        Ok(names)
    }
}

impl Vm {
    /// `update_slot(type, "__del__")`: setting or deleting `__del__` on a class changes
    /// `tp_finalize` of the class and of every subclass, and so of the instances that exist
    /// already (their type's slot is read when they die).
    pub(crate) fn update_finalizers(&mut self, cls: &PyRef) {
        let tracked = crate::gc::all_tracked();
        let mut changed: Vec<(PyRef, bool)> = Vec::new();
        for c in std::iter::once(cls).chain(tracked.iter()) {
            let Some(t) = c.type_data() else { continue };
            if !t.mro().iter().any(|b| b.is(cls)) || changed.iter().any(|(k, _)| k.is(c)) {
                continue;
            }
            let has = self.lookup_in_mro(c, "__del__").is_some();
            if t.has_finalizer.replace(has) != has {
                changed.push((c.clone(), has));
            }
        }
        if changed.is_empty() {
            return;
        }
        for obj in &tracked {
            if let Some((_, has)) = changed.iter().find(|(c, _)| obj.class().is(c)) {
                obj.set_has_finalizer(*has);
            }
        }
    }

    /// `mro_invoke`: a metaclass overriding `mro()` gives the class its MRO (a sequence of
    /// classes, turned into the `__mro__` tuple).
    fn custom_mro(&mut self, cls: &PyRef) -> PyResult<()> {
        let meta = cls.class().clone();
        if meta.is(&self.types.type_type) {
            return Ok(());
        }
        let Some(mro) = self.lookup_in_mro(&meta, "mro") else {
            return Ok(());
        };
        if matches!(mro.payload, Payload::Builtin(_)) {
            return Ok(());
        }
        let bound = self.bind_descriptor(&mro, Some(cls), &meta)?;
        let result = self.call(&bound, Args::new(&[]))?;
        let items = self.iterate(&result)?;
        for item in &items {
            if item.type_data().is_none() {
                return Err(self.type_error(format!(
                    "mro() returned a non-class ('{}')",
                    item.class_name()
                )));
            }
        }
        let tuple = self.tuple(items);
        let td = cls.type_data().expect("type");
        let old = td.mro_tuple.borrow_mut().replace(tuple);
        drop(old);
        crate::objects::method_cache::invalidate();
        Ok(())
    }

    /// `slot_tp_finalize`: `__del__` found as `lookup_maybe_method` finds it. A function
    /// (or a method descriptor) gets the object as its argument; anything else is bound
    /// first (`__get__(obj, type)`: a property's getter runs, a staticmethod gives its
    /// function, a callable without `__get__` is called bare). An error of the binding is
    /// dropped; one of the call is reported against what was called.
    pub(crate) fn call_del(&mut self, obj: &PyRef) {
        let Some(del) = self.lookup_special(obj, "__del__") else {
            return;
        };
        let unbound = match &del.payload {
            Payload::Function(_) => true,
            Payload::Builtin(b) => b.owner.is_some() && b.receiver.is_none(),
            _ => false,
        };
        let (callee, args) = if unbound {
            (del, std::slice::from_ref(obj))
        } else {
            match self.bind_descriptor(&del, Some(obj), obj.class()) {
                Ok(bound) => (bound, &[][..]),
                Err(_) => return,
            }
        };
        if let Err(e) = self.call(&callee, Args::new(args)) {
            self.report_unraisable_in(&e.0, &callee);
        }
    }
}

impl Vm {
    /// `MATCH_KEYS` (`match_keys` in `ceval.c`): the values of `keys` in the mapping
    /// `subject` as a tuple, or None when one is missing. Each goes through the subject's
    /// `get(key, dummy)` (so no `__missing__` runs, and a `Mapping` registered class is
    /// asked as CPython asks it); a key seen twice is a ValueError.
    pub fn match_mapping_keys(&mut self, subject: &PyRef, keys: &PyRef) -> PyResult {
        let keys = keys.tuple_items().unwrap_or(&[]).to_vec();
        if keys.is_empty() {
            return Ok(self.tuple(Vec::new()));
        }
        let get = self.getattr_str(subject, "get")?;
        let seen = self.set(crate::objects::set::SetData::default());
        let object = self.types.object_type.clone();
        let dummy = self.call1(&object, &[])?;
        // `values`: a tuple of `nkeys` made before the lookups.
        let n = keys.len();
        crate::gc::count_allocation(crate::gc::Shape::Tuple(n));
        let mut values = Vec::with_capacity(n);
        for key in keys {
            if self.set_contains(&seen, &key)? {
                crate::gc::count_free(crate::gc::Shape::Tuple(n));
                let r = self.repr_string(&key)?;
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            self.set_add(&seen, key.clone())?;
            let value = self.call1(&get, &[key, dummy.clone()])?;
            if value.is(&dummy) {
                crate::gc::count_free(crate::gc::Shape::Tuple(n));
                return Ok(self.none());
            }
            values.push(value);
        }
        crate::gc::count_free(crate::gc::Shape::Tuple(n));
        Ok(self.tuple(values))
    }

    /// `MATCH_CLASS` (ceval.c's `match_class`): the attributes a class pattern
    /// `cls(p0, .., k0=.., ..)` binds, as a tuple, or None when `subject` does not match.
    /// Positional sub-patterns name the attributes of `cls.__match_args__` (an exact tuple
    /// of exact strs); without one, the builtin types that match themselves (and their
    /// subclasses: `_Py_TPFLAGS_MATCH_SELF` is inherited) take one sub-pattern, the
    /// subject. An attribute named twice is an error; a missing one fails the match.
    pub(crate) fn match_class_pattern(
        &mut self,
        subject: &PyRef,
        cls: &PyRef,
        count: usize,
        names: &PyRef,
    ) -> PyResult {
        use crate::objects::typeobj::Layout;
        let Some(t) = cls.type_data() else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !self.isinstance(subject, cls) {
            return Ok(self.none());
        }
        let tp_name = t.tp_name();
        let mut seen: Vec<PyRef> = Vec::new();
        let mut out = Vec::new();
        let kw: Vec<PyRef> = names.tuple_items().unwrap_or(&[]).to_vec();
        let mut wanted: Vec<PyRef> = Vec::new();
        if count > 0 {
            let (match_args, match_self) = match self.getattr_opt(cls, "__match_args__")? {
                Some(m) if m.class().is(&self.types.tuple_type) => (m, false),
                Some(m) => {
                    return Err(self.type_error(format!(
                        "{tp_name}.__match_args__ must be a tuple (got {})",
                        m.class_name()
                    )))
                }
                None => {
                    let self_match = matches!(
                        t.layout,
                        Layout::Int
                            | Layout::Bool
                            | Layout::Float
                            | Layout::Str
                            | Layout::Bytes
                            | Layout::ByteArray
                            | Layout::Tuple
                            | Layout::List
                            | Layout::Dict
                            | Layout::Set
                            | Layout::FrozenSet
                    );
                    (self.tuple(Vec::new()), self_match)
                }
            };
            let items = match_args.tuple_items().unwrap_or(&[]).to_vec();
            let allowed = if match_self { 1 } else { items.len() };
            if allowed < count {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{tp_name}() accepts {allowed} positional sub-pattern{plural} ({count} given)"
                )));
            }
            if match_self {
                out.push(subject.clone());
            } else {
                for name in &items[..count] {
                    if !name.class().is(&self.types.str_type) {
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            name.class_name()
                        )));
                    }
                    wanted.push(name.clone());
                }
            }
        }
        // `match_class_attr`, positional names first, then the keywords.
        for name in wanted.iter().chain(&kw) {
            let text = name.as_str_opt().unwrap_or("");
            if seen.iter().any(|n| n.as_str_opt() == Some(text)) {
                let r = self.repr_string(name)?;
                return Err(self.type_error(format!(
                    "{tp_name}() got multiple sub-patterns for attribute {r}"
                )));
            }
            seen.push(name.clone());
            match self.getattr_opt(subject, text)? {
                Some(v) => out.push(v),
                None => return Ok(self.none()),
            }
        }
        Ok(self.tuple(out))
    }
}

/// The order instances lay out their `__slots__` (`type_new`): private names mangled
/// (`__x` in `C` is `_C__x`), then sorted. Values are released in this order too.
fn layout_slot_names(class_name: &str, mut names: Vec<String>) -> Vec<String> {
    let owner = class_name.trim_start_matches('_');
    for n in names.iter_mut() {
        if n.starts_with("__") && !n.ends_with("__") && !owner.is_empty() {
            *n = format!("_{owner}{n}");
        }
    }
    names.sort();
    names
}

/// `PyDict_SetDefault` on a namespace being built: `key` (the interned `name`) is set
/// to `value` unless present.
fn set_default(dict: &mut Dict, name: &str, key: PyRef, value: PyRef) {
    let hash = crate::objects::str::str_hash(name);
    if dict.get_str(hash, name).is_none() {
        dict.push_new(hash, key, value);
    }
}
