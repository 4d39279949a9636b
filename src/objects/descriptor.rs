//! The descriptors a `class` statement adds to its namespace (CPython's
//! `Objects/descrobject.c`): a `getset_descriptor` for `__dict__` and one for `__weakref__`
//! when the class gives its instances these, and a `member_descriptor` per `__slots__`
//! name. They are objects of their own, as in CPython: each holds its class (a reference
//! the class's count shows, and a cycle through the class's namespace the collector sees).
//!
//! Instances find their slots, `__dict__` and `__weakref__` without going through these
//! (`Vm::special_attr` answers first); the descriptors serve `C.__dict__`, `C.a`,
//! `descr.__get__(obj)` and the collector's bookkeeping.

use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

/// What a class-namespace descriptor reads and writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotKind {
    /// `__dict__` (`subtype_dict`/`subtype_setdict`).
    Dict,
    /// `__weakref__` (`subtype_getweakref`, read-only).
    Weakref,
    /// A `__slots__` member.
    Member,
    /// An attribute of a builtin type's instances that a C getter computes (`int.real`,
    /// `object.__class__`): a `getset_descriptor` over `SlotDescriptor::native`.
    Getset,
    /// A builtin type's C struct member (`complex.real`, `range.start`): a
    /// `member_descriptor` over `SlotDescriptor::native`.
    NativeMember,
}

/// The getter and setter (also the deleter, called without a value) of a builtin type's
/// attribute; both take the instance first.
pub type NativeAccess = (
    crate::objects::function::NativeFn,
    crate::objects::function::NativeFn,
);

pub struct SlotDescriptor {
    /// `d_type`: the class that made it.
    pub owner: PyRef,
    /// `d_name`, an interned str.
    pub name: PyRef,
    pub kind: SlotKind,
    /// The functions of a `Getset` or `NativeMember` descriptor.
    pub native: Option<NativeAccess>,
}

impl SlotDescriptor {
    /// Makes the descriptor object (a `getset_descriptor` or a `member_descriptor`).
    pub fn new_object(vm: &Vm, owner: &PyRef, name: PyRef, kind: SlotKind) -> PyRef {
        let class = match kind {
            SlotKind::Member | SlotKind::NativeMember => &vm.types.member_descriptor_type,
            SlotKind::Dict | SlotKind::Weakref | SlotKind::Getset => {
                &vm.types.getset_descriptor_type
            }
        };
        PyRef::new(
            class,
            Payload::SlotDescriptor(Box::new(SlotDescriptor {
                owner: owner.clone(),
                name,
                kind,
                native: None,
            })),
        )
    }

    /// A builtin type's attribute descriptor (`Getset` or `NativeMember`), immortal like
    /// the type that holds it.
    pub fn new_native(
        vm: &Vm,
        owner: &PyRef,
        name: &str,
        kind: SlotKind,
        access: NativeAccess,
    ) -> PyRef {
        let class = match kind {
            SlotKind::NativeMember => &vm.types.member_descriptor_type,
            _ => &vm.types.getset_descriptor_type,
        };
        let descr = PyRef::new(
            class,
            Payload::SlotDescriptor(Box::new(SlotDescriptor {
                owner: owner.clone(),
                name: vm.intern(name),
                kind,
                native: Some(access),
            })),
        );
        descr.make_immortal();
        descr
    }

    fn name(&self) -> &str {
        self.name.as_str_opt().unwrap_or("?")
    }

    /// The owner's `tp_name` (`collections.deque` for a C module's type).
    fn owner_name(&self) -> String {
        self.owner
            .type_data()
            .map(|t| t.tp_name())
            .unwrap_or_default()
    }

    /// `member_repr` / `getset_repr`.
    pub fn repr(&self) -> String {
        let what = match self.kind {
            SlotKind::Member | SlotKind::NativeMember => "member",
            SlotKind::Dict | SlotKind::Weakref | SlotKind::Getset => "attribute",
        };
        format!(
            "<{what} '{}' of '{}' objects>",
            self.name(),
            self.owner_name()
        )
    }

    /// `descr_traverse`: the class.
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.owner);
    }

    /// `descr_check`: the object must be an instance of the owner.
    fn check(&self, vm: &Vm, obj: &PyRef) -> PyResult<()> {
        if vm.isinstance(obj, &self.owner) {
            return Ok(());
        }
        Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            self.name(),
            self.owner_name(),
            obj.class()
                .type_data()
                .map(|t| t.tp_name())
                .unwrap_or_default()
        )))
    }

    /// `__get__` with an instance.
    pub fn get(&self, vm: &mut Vm, obj: &PyRef) -> PyResult {
        self.check(vm, obj)?;
        if let Some((get, _)) = self.native {
            return get(vm, Args::new(std::slice::from_ref(obj)));
        }
        if self.kind == SlotKind::Weakref {
            return Ok(weakref_head(obj).unwrap_or_else(|| vm.none()));
        }
        match vm.slot_attr(obj, self.name())? {
            Some(v) => Ok(v),
            None => Err(vm.no_attribute(obj, self.name())),
        }
    }

    /// `__set__` (`value` Some) and `__delete__` (None).
    pub fn set(&self, vm: &mut Vm, obj: &PyRef, value: Option<PyRef>) -> PyResult<()> {
        self.check(vm, obj)?;
        if let Some((_, set)) = self.native {
            let mut args = vec![obj.clone()];
            args.extend(value);
            return set(vm, Args::new(&args)).map(|_| ());
        }
        if self.kind == SlotKind::Weakref {
            return Err(vm.attribute_error(format!(
                "attribute '__weakref__' of '{}' objects is not writable",
                self.owner_name()
            )));
        }
        let name = self.name.clone();
        vm.generic_setattr(obj, &name, self.name(), value)
    }

    /// The attributes of the descriptor itself.
    pub fn attr(&self, vm: &mut Vm, name: &str) -> Option<PyRef> {
        Some(match name {
            "__objclass__" => self.owner.clone(),
            "__name__" => self.name.clone(),
            "__qualname__" => vm.str(&format!("{}.{}", self.qualname_of_owner(), self.name())),
            "__doc__" => match self.kind {
                SlotKind::Dict => vm.str("dictionary for instance variables"),
                SlotKind::Weakref => vm.str("list of weak references to the object"),
                SlotKind::Getset | SlotKind::NativeMember => {
                    let owner = self.qualname_of_owner();
                    match crate::objects::docstrings::member_doc(Some(&owner), self.name()) {
                        Some(text) => vm.str(text),
                        None => vm.none(),
                    }
                }
                SlotKind::Member => vm.none(),
            },
            _ => return None,
        })
    }

    fn qualname_of_owner(&self) -> String {
        self.owner
            .type_data()
            .map(|t| t.qualname.borrow().clone())
            .unwrap_or_default()
    }
}

/// `obj.__weakref__`: the head of its list of weak references, as CPython keeps it (the
/// plain `ref` without callback first, then the plain proxy, else the newest), or None.
fn weakref_head(obj: &PyRef) -> Option<PyRef> {
    let refs = obj.weakrefs();
    let basic = |r: &&PyRef| {
        matches!(&r.payload, Payload::WeakRef(w) if w.callback.borrow().is_none())
            && !r.class().type_data().is_some_and(|t| t.is_heap_type)
    };
    refs.iter()
        .filter(basic)
        .find(|r| !r.class().class_name().contains("Proxy"))
        .or_else(|| refs.iter().find(basic))
        .or(refs.last())
        .cloned()
}

fn descriptor_of<'a>(vm: &Vm, args: &'a Args) -> PyResult<(&'a SlotDescriptor, &'a PyRef)> {
    match args.args.first().map(|d| &d.payload) {
        Some(Payload::SlotDescriptor(d)) => Ok((d, &args.args[0])),
        _ => Err(vm.type_error("descriptor requires a 'getset_descriptor' object")),
    }
}

/// `descr.__get__(obj, type=None)`: the descriptor itself for `obj` None.
pub fn descriptor_get(vm: &mut Vm, args: Args) -> PyResult {
    let (d, this) = descriptor_of(vm, &args)?;
    // `wrap_descr_get`'s unpacking (an empty function name, hence the leading space).
    let n = args.args.len() - 1;
    if n == 0 || n > 2 {
        let bound = if n == 0 {
            "at least 1 argument"
        } else {
            "at most 2 arguments"
        };
        return Err(vm.type_error(format!(" expected {bound}, got {n}")));
    }
    let is_none = |o: Option<&PyRef>| o.is_none_or(|o| matches!(o.payload, Payload::NoneValue));
    match args.args.get(1) {
        Some(obj) if !matches!(obj.payload, Payload::NoneValue) => d.get(vm, obj),
        _ if is_none(args.args.get(2)) => Err(vm.type_error("__get__(None, None) is invalid")),
        _ => Ok(this.clone()),
    }
}

/// `descr.__set__(obj, value)`.
pub fn descriptor_set(vm: &mut Vm, args: Args) -> PyResult {
    let (d, _) = descriptor_of(vm, &args)?;
    let (Some(obj), Some(value), 3) = (args.args.get(1), args.args.get(2), args.args.len()) else {
        return Err(vm.type_error(format!(
            " expected 2 arguments, got {}",
            args.args.len().saturating_sub(1)
        )));
    };
    d.set(vm, obj, Some(value.clone()))?;
    Ok(vm.none())
}

/// `descr.__delete__(obj)`.
pub fn descriptor_delete(vm: &mut Vm, args: Args) -> PyResult {
    let (d, _) = descriptor_of(vm, &args)?;
    let (Some(obj), 2) = (args.args.get(1), args.args.len()) else {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.args.len().saturating_sub(1)
        )));
    };
    d.set(vm, obj, None)?;
    Ok(vm.none())
}
