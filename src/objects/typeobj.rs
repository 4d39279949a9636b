//! `type`: classes, builtin and user-defined.
//!
//! A class is its name, bases, method resolution order (C3, computed once at creation) and
//! namespace dict. `layout` says which payload its instances carry, so that a user class
//! deriving from `list` makes objects with a list payload.

use crate::heap::PyRef;
use crate::objects::dict::Dict;
use std::cell::{Cell, RefCell};

/// Which payload instances of a class carry (CPython's "solid base").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    /// `collections.deque` (`objects::deque`).
    Deque,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
    /// Types whose instances are only made by the interpreter (functions, frames, ...).
    Internal,
}

pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub module: RefCell<String>,
    /// A builtin type's bases. A class's are its [`TypeData::bases_tuple`]; read either
    /// through [`TypeData::bases`].
    pub bases_list: RefCell<Vec<PyRef>>,
    /// A class's `__bases__` (`tp_bases`), a tuple object of its own, as in CPython.
    pub bases_tuple: RefCell<Option<PyRef>>,
    /// A builtin type's method resolution order, itself first. A class's lives in
    /// [`TypeData::mro_tuple`] alone, so that the class counts one reference to itself
    /// (CPython's `tp_mro`); read either through [`TypeData::mro`].
    pub mro_list: RefCell<Vec<PyRef>>,
    /// A class's `tp_base` (`best_base` of its bases), a reference CPython counts.
    pub base: RefCell<Option<PyRef>>,
    pub dict: RefCell<Dict>,
    pub layout: Layout,
    /// Instances need `__del__` run at death (set when the class or a base defines it).
    pub has_finalizer: Cell<bool>,
    /// Names in `__slots__` (None: instances have a `__dict__`).
    pub slot_names: Option<Vec<String>>,
    /// Instances can be weakly referenced.
    pub weakrefable: bool,
    /// Created by a `class` statement (can get attributes set, is a GC container).
    pub is_heap_type: bool,
    /// Whether Python code may subclass it (`bool`, `NoneType`... may not).
    pub basetype: bool,
    /// A builtin type CPython 3.11 calls through `tp_vectorcall`: no argument tuple and
    /// no recursion level for the call (`_PyObject_MakeTpCall` is for the others).
    pub vectorcall: bool,
    /// CPython 3.11's shared keys of its instances' attribute dicts (see [`SharedKeys`]).
    pub shared_keys: SharedKeys,
    /// `__mro__` as a tuple object, always the same object (CPython's `tp_mro`); made
    /// with the class (on first access for builtin types).
    pub mro_tuple: RefCell<Option<PyRef>>,
    /// Whether CPython would have made this class's `tp_subclasses` dict (its first
    /// subclass does; static types have one from the start).
    pub has_subclasses_dict: Cell<bool>,
    /// A class of our Python stdlib that stands for a C type of CPython
    /// (`weakref.ReferenceType`): its [`TypeData::tp_name`] is module-prefixed as a static
    /// type's.
    pub c_type_name: Cell<bool>,
    /// The instance layout of the C type such a class stands for (set by
    /// `sys._c_layout`): sizes and `__basicsize__` are the C type's, whatever the
    /// Python class statement gives its instances.
    pub c_layout: Cell<Option<crate::objects::sizeof::ClassShape>>,
    /// `tp_flags & COLLECTION_FLAGS`: [`TPFLAGS_SEQUENCE`] or [`TPFLAGS_MAPPING`] (what a
    /// `match` sequence or mapping pattern accepts), inherited from `tp_base`, set by an
    /// ABC's `__abc_tpflags__` and by registering with such an ABC.
    pub collection_flags: Cell<u8>,
}

/// `Py_TPFLAGS_SEQUENCE` (`1 << 5`).
pub const TPFLAGS_SEQUENCE: u8 = 1 << 5;
/// `Py_TPFLAGS_MAPPING` (`1 << 6`).
pub const TPFLAGS_MAPPING: u8 = 1 << 6;
/// `COLLECTION_FLAGS`.
pub const COLLECTION_FLAGS: u8 = TPFLAGS_SEQUENCE | TPFLAGS_MAPPING;

/// `SHARED_KEYS_MAX_SIZE` in CPython 3.11.
pub const SHARED_KEYS_MAX: usize = 30;

/// A class's `ht_cached_keys` in CPython 3.11: the keys its instances' attribute dicts
/// share while they are split tables. `names` holds every attribute name in the order an
/// instance first set it (instances release their attributes in this order); `usable`
/// is `dk_usable`, the room left. It starts at [`SHARED_KEYS_MAX`], and CPython takes one
/// away for each new instance (`init_inline_values`, while above 1) as well as for each
/// new name, so how many instances a class has made shows in its dicts' sizes: a split
/// dict is `dk_nentries + dk_usable` value slots (`_PyDict_SizeOf`).
#[derive(Debug)]
pub struct SharedKeys {
    /// The names with their hashes: a lookup compares hashes and reads the text of the
    /// one that matches only (CPython's shared keys are a hash table of interned names).
    /// Each name is the key object first stored under it, held as CPython's keys hold it:
    /// an instance's inline values are made into a dict with these keys.
    names: RefCell<Vec<(i64, PyRef)>>,
    usable: Cell<usize>,
}

impl Default for SharedKeys {
    fn default() -> SharedKeys {
        SharedKeys {
            names: RefCell::new(Vec::new()),
            usable: Cell::new(SHARED_KEYS_MAX),
        }
    }
}

impl SharedKeys {
    /// `insert_into_dictkeys`: whether `name` is (now) one of the keys; false when there
    /// is no room for it, and the dict that asked becomes a combined table.
    pub fn accept(&self, key: &PyRef, name: &str, hash: i64) -> bool {
        self.accept_index(key, name, hash).is_some()
    }

    /// [`SharedKeys::accept`], giving the name's position in the keys.
    pub fn accept_index(&self, key: &PyRef, name: &str, hash: i64) -> Option<usize> {
        if let Some(i) = self.find(name, hash) {
            return Some(i);
        }
        if self.usable.get() == 0 {
            return None;
        }
        let mut names = self.names.borrow_mut();
        names.push((hash, key.clone()));
        self.usable.set(self.usable.get() - 1);
        Some(names.len() - 1)
    }

    /// The position of `name` (whose hash is `hash`) in the keys: hashes compared first.
    #[inline]
    pub fn find(&self, name: &str, hash: i64) -> Option<usize> {
        self.names
            .borrow()
            .iter()
            .position(|(h, k)| *h == hash && k.as_str_opt() == Some(name))
    }

    /// [`SharedKeys::find`] for the key object `key` (`name`, `hash`): the object the
    /// keys hold is compared first, so an interned name is found without reading text.
    #[inline]
    pub fn find_key(&self, key: &PyRef, name: &str, hash: i64) -> Option<usize> {
        self.names
            .borrow()
            .iter()
            .position(|(h, k)| k.is(key) || (*h == hash && k.as_str_opt() == Some(name)))
    }

    /// Key number `i` and its hash.
    pub fn key_at(&self, i: usize) -> Option<(i64, PyRef)> {
        self.names.borrow().get(i).cloned()
    }

    /// Whether key number `i` is `key` itself (the object the keys hold).
    #[inline]
    pub fn key_is(&self, i: usize, key: &PyRef) -> bool {
        self.names.borrow().get(i).is_some_and(|(_, k)| k.is(key))
    }

    /// `init_inline_values`: a new instance takes one slot of room while more than one is left.
    pub fn note_new_instance(&self) {
        if self.usable.get() > 1 {
            self.usable.set(self.usable.get() - 1);
        }
    }

    /// The position of `name` in the shared keys.
    pub fn index(&self, name: &str) -> Option<usize> {
        self.names
            .borrow()
            .iter()
            .position(|(_, k)| k.as_str_opt() == Some(name))
    }

    /// How many names the keys hold: the attributes a typical instance gets.
    pub fn key_count(&self) -> usize {
        self.names.borrow().len()
    }

    /// `shared_keys_usable_size`: the value slots of a split dict using these keys.
    pub fn value_slots(&self) -> usize {
        self.names.borrow().len() + self.usable.get()
    }
}

impl TypeData {
    /// CPython's `tp_name`, the name in messages (`object of type '...' has no len()`):
    /// `module.name` for a type of a C module (`itertools.permutations`,
    /// `weakref.ReferenceType`), the bare `__name__` for builtins and `class` statements.
    pub fn tp_name(&self) -> String {
        let module = self.module.borrow();
        if (self.is_heap_type && !self.c_type_name.get()) || *module == "builtins" {
            return self.name();
        }
        format!("{module}.{}", self.name())
    }

    /// How many collectable objects a Python class has in CPython that refpy keeps
    /// inline: its namespace dict, when tracked. `gc.collect()` counts it when the class
    /// is collected.
    pub fn hidden_gc_objects(&self) -> usize {
        let dict_tracked = self.is_heap_type
            && self
                .dict
                .try_borrow()
                .is_ok_and(|d| d.values().any(crate::gc::may_be_tracked));
        usize::from(dict_tracked)
    }

    /// The objects CPython allocates with a class that refpy keeps inline: its `__dict__`
    /// (a copy of the namespace), the `__slots__` names, the weak
    /// reference the bases' `__subclasses__()` hold, and the dict holding its own
    /// subclasses' references. They move `gc.get_count()` when the class is made and
    /// when it dies.
    pub fn hidden_objects(&self) -> Vec<crate::gc::Shape> {
        use crate::gc::Shape;
        if !self.is_heap_type {
            return Vec::new();
        }
        let members = self.member_slot_count();
        // One weak reference serves every base (`PyWeakref_NewRef` reuses the basic ref).
        let mut shapes = vec![Shape::Dict, Shape::Other];
        if self.slot_names.is_some() && members > 0 {
            // `ht_slots`: the member names.
            shapes.push(Shape::Tuple(members));
        }
        if self.has_subclasses_dict.get() {
            shapes.push(Shape::Dict);
        }
        shapes
    }

    /// The `__slots__` names that become member descriptors (all but `__dict__` and
    /// `__weakref__`).
    fn member_slot_count(&self) -> usize {
        self.slot_names.as_ref().map_or(0, |names| {
            names
                .iter()
                .filter(|n| *n != "__dict__" && *n != "__weakref__")
                .count()
        })
    }

    /// `type_new`'s `add_dict` and `add_weak`: whether this class gives its instances a
    /// `__dict__` and a `__weakref__` that its base did not.
    pub fn added_attribute_slots(&self) -> (bool, bool) {
        let (may_dict, may_weak) = self
            .solid_base()
            .and_then(|b| b.type_data().map(TypeData::may_add_attribute_slots))
            .unwrap_or((true, true));
        match &self.slot_names {
            None => (may_dict, may_weak),
            Some(names) => (
                may_dict && names.iter().any(|n| n == "__dict__"),
                may_weak && names.iter().any(|n| n == "__weakref__"),
            ),
        }
    }

    /// Whether a subclass of this class could still add a `__dict__` and a `__weakref__`
    /// (its instances have none yet, and their size is fixed).
    fn may_add_attribute_slots(&self) -> (bool, bool) {
        if self.is_heap_type {
            let (base_dict, base_weak) = self
                .solid_base()
                .and_then(|b| b.type_data().map(TypeData::may_add_attribute_slots))
                .unwrap_or((true, true));
            let (dict, weak) = self.added_attribute_slots();
            return (base_dict && !dict, base_weak && !weak);
        }
        if self.layout == Layout::Exception {
            return (false, true);
        }
        match self.name().as_str() {
            "int" | "bool" | "bytes" | "tuple" | "set" | "frozenset" => (true, false),
            "type" => (false, false),
            "staticmethod" | "classmethod" => (false, true),
            _ => (true, true),
        }
    }

    /// `best_base`: the first base whose instances are not plain objects, else the first.
    /// `best_base`: the base whose instance layout the others' layouts extend (`tp_base`).
    fn solid_base(&self) -> Option<PyRef> {
        best_base(&self.bases())
    }

    /// Whether instances of this class carry fields its base's lack (`extra_ivars`):
    /// member slots for a Python class, a payload of its own for a builtin one.
    fn adds_fields(&self) -> bool {
        if self.is_heap_type {
            return self
                .slot_names
                .as_ref()
                .is_some_and(|names| names.iter().any(|n| n != "__dict__" && n != "__weakref__"));
        }
        match self.bases().first().and_then(|b| b.type_data()) {
            // Builtin exceptions share a layout; those with a C struct of their own
            // (`OSError`, `SyntaxError`, `StopIteration`...) add fields.
            Some(base) if base.layout == Layout::Exception && self.layout == Layout::Exception => {
                crate::objects::sizeof::builtin_exception_size(&self.name())
                    != crate::objects::sizeof::builtin_exception_size(&base.name())
            }
            Some(base) => base.layout != self.layout,
            None => true,
        }
    }

    /// The first builtin class in the MRO (a builtin type is its own): the type whose
    /// layout and `tp_new` instances of a Python class inherit.
    pub fn nearest_builtin_base(&self) -> Option<PyRef> {
        self.mro()
            .iter()
            .find(|c| c.type_data().is_some_and(|d| !d.is_heap_type))
            .cloned()
    }

    /// The bases, as `__bases__` lists them (empty once a dead class is cleared).
    pub fn bases(&self) -> std::cell::Ref<'_, [PyRef]> {
        self.class_or_builtin(&self.bases_tuple, &self.bases_list)
    }

    /// The method resolution order, the class itself first (empty once a dead class is
    /// cleared).
    pub fn mro(&self) -> std::cell::Ref<'_, [PyRef]> {
        self.class_or_builtin(&self.mro_tuple, &self.mro_list)
    }

    /// The items of a class's tuple object, or of a builtin type's list.
    fn class_or_builtin<'a>(
        &self,
        tuple: &'a RefCell<Option<PyRef>>,
        list: &'a RefCell<Vec<PyRef>>,
    ) -> std::cell::Ref<'a, [PyRef]> {
        if self.is_heap_type {
            std::cell::Ref::map(tuple.borrow(), |t| {
                t.as_ref().and_then(|t| t.tuple_items()).unwrap_or(&[])
            })
        } else {
            std::cell::Ref::map(list.borrow(), Vec::as_slice)
        }
    }

    /// The position of `name` in the shared keys.
    pub fn shared_key_index(&self, name: &str) -> Option<usize> {
        self.shared_keys.index(name)
    }

    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    /// `type_traverse`'s order: `tp_dict` (the namespace), then the class's links.
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.traverse_namespace(visit);
        self.traverse_links(visit);
    }

    /// The values of the namespace: CPython's `tp_dict`, a dict of its own, which the
    /// collector treats as a separate entry of its lists (see `gc::registry`).
    pub fn traverse_namespace(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(d) = self.dict.try_borrow() {
            d.traverse(visit);
        }
    }

    /// Everything but the namespace: `tp_mro`, `tp_bases`, `tp_base`, and a builtin
    /// type's MRO list (immortal: visiting it changes nothing).
    pub fn traverse_links(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(t) = self.mro_tuple.try_borrow() {
            t.iter().for_each(&mut *visit);
        }
        if let Ok(b) = self.bases_tuple.try_borrow() {
            b.iter().for_each(&mut *visit);
        }
        if let Ok(b) = self.bases_list.try_borrow() {
            b.iter().for_each(&mut *visit);
        }
        if let Ok(b) = self.base.try_borrow() {
            b.iter().for_each(&mut *visit);
        }
        if let Ok(m) = self.mro_list.try_borrow() {
            m.iter().for_each(visit);
        }
    }

    pub fn clear(&self, out: &mut Vec<PyRef>) {
        if let Ok(mut m) = self.mro_list.try_borrow_mut() {
            out.extend(m.drain(..));
        }
        if let Ok(mut b) = self.base.try_borrow_mut() {
            out.extend(b.take());
        }
        if let Ok(mut b) = self.bases_tuple.try_borrow_mut() {
            out.extend(b.take());
        }
        if let Ok(mut t) = self.mro_tuple.try_borrow_mut() {
            out.extend(t.take());
        }
        crate::objects::method_cache::invalidate();
        if let Ok(mut d) = self.dict.try_borrow_mut() {
            d.drain_into(out);
        }
    }
}

/// `best_base`'s check: the solid bases of `bases` must lie on one line of descent, since
/// an instance can have only one layout ("multiple bases have instance lay-out conflict").
pub fn has_layout_conflict(bases: &[PyRef]) -> bool {
    let descends = |a: &PyRef, b: &PyRef| {
        a.type_data()
            .is_some_and(|t| t.mro().iter().any(|c| c.is(b)))
    };
    let mut winner: Option<PyRef> = None;
    for base in bases {
        let candidate = solid_type(base);
        match &winner {
            None => winner = Some(candidate),
            Some(w) if descends(w, &candidate) => {}
            Some(w) if descends(&candidate, w) => winner = Some(candidate),
            Some(_) => return true,
        }
    }
    false
}

/// `solid_base`: the nearest class, up the `tp_base` chain, that adds instance fields.
fn solid_type(cls: &PyRef) -> PyRef {
    match cls.type_data() {
        Some(t) if !t.adds_fields() => match t.solid_base() {
            Some(base) => solid_type(&base),
            None => cls.clone(),
        },
        _ => cls.clone(),
    }
}

/// `best_base`: of `bases`, the one whose solid base is the most derived (the layouts of
/// all others are its ancestors'; a conflict is reported when the class is made).
pub fn best_base(bases: &[PyRef]) -> Option<PyRef> {
    let mut best: Option<(PyRef, PyRef)> = None;
    for base in bases {
        let solid = solid_type(base);
        let better = match &best {
            None => true,
            Some((_, winner)) => {
                !winner.is(&solid)
                    && solid
                        .type_data()
                        .is_some_and(|t| t.mro().iter().any(|c| c.is(winner)))
            }
        };
        if better {
            best = Some((base.clone(), solid));
        }
    }
    best.map(|(base, _)| base)
}

/// What `compatible_for_assignment` reads of a class: `tp_base`, `tp_basicsize`,
/// `tp_itemsize`, `tp_dictoffset`, `tp_weaklistoffset`, `Py_TPFLAGS_MANAGED_DICT` and,
/// for a Python class, `ht_slots` (its own `__slots__` names, sorted, without `__dict__`
/// and `__weakref__`; None without `__slots__`).
struct TypeLayout {
    base: Option<PyRef>,
    basicsize: usize,
    itemsize: usize,
    offsets: (i64, i64),
    managed_dict: bool,
    heap: bool,
    /// `Py_TPFLAGS_HAVE_GC`, which `tp_free` follows.
    gc: bool,
    builtin_layout: Layout,
    slots: Option<Vec<String>>,
}

impl TypeLayout {
    fn of(cls: &PyRef) -> Option<TypeLayout> {
        let t = cls.type_data()?;
        let shape = crate::objects::sizeof::class_shape(cls);
        let slots = t.slot_names.as_ref().map(|names| {
            let mut own: Vec<String> = names
                .iter()
                .filter(|n| *n != "__dict__" && *n != "__weakref__")
                .cloned()
                .collect();
            own.sort();
            own
        });
        Some(TypeLayout {
            base: best_base(&t.bases()),
            basicsize: shape.basicsize,
            itemsize: shape.itemsize,
            offsets: crate::objects::sizeof::type_offsets(cls),
            managed_dict: shape.managed_dict,
            heap: t.is_heap_type,
            gc: crate::objects::methods::object_slots::frees_as_gc(cls),
            builtin_layout: t.layout,
            slots,
        })
    }
}

/// `compatible_with_tp_base`: instances of `child` are laid out as its base's (a Python
/// class that adds no slot, or a builtin type that adds no field, such as `ValueError`).
/// Every Python class is a collector type (`Py_TPFLAGS_HAVE_GC`) with `subtype_dealloc`;
/// a builtin type shares its base's deallocator when they have one builtin layout.
fn compatible_with_tp_base(child: &TypeLayout) -> Option<TypeLayout> {
    let parent = TypeLayout::of(child.base.as_ref()?)?;
    let same = child.basicsize == parent.basicsize
        && child.itemsize == parent.itemsize
        && child.offsets == parent.offsets
        && child.gc == parent.gc
        && (child.heap || child.builtin_layout == parent.builtin_layout);
    same.then_some(parent)
}

/// `same_slots_added`: two classes on one base add the same slots, in the same space.
fn same_slots_added(a: &TypeLayout, b: &TypeLayout) -> bool {
    let Some(base) = a.base.as_ref().and_then(TypeLayout::of) else {
        return false;
    };
    let mut size = base.basicsize as i64;
    if a.offsets.0 == size && b.offsets.0 == size {
        size += 8;
    }
    if a.offsets.1 == size && b.offsets.1 == size {
        size += 8;
    }
    if !a.heap || !b.heap {
        return false;
    }
    if let (Some(sa), Some(sb)) = (&a.slots, &b.slots) {
        if sa != sb {
            return false;
        }
        size += 8 * sa.len() as i64;
    }
    size == a.basicsize as i64 && size == b.basicsize as i64
}

/// `compatible_for_assignment`'s layout test (its deallocator test comes first, apart):
/// whether an object laid out for `old` may become a `new` (`__class__` and `__bases__`
/// assignment). Each class is walked up to the first base whose layout differs from its
/// own; the two must then be one class, or siblings adding the same slots, and agree
/// about a managed `__dict__`.
pub fn same_instance_layout(old: &PyRef, new: &PyRef) -> bool {
    let (Some(mut newbase), Some(mut oldbase)) = (TypeLayout::of(new), TypeLayout::of(old)) else {
        return false;
    };
    let (mut new_cls, mut old_cls) = (new.clone(), old.clone());
    while let Some(parent) = compatible_with_tp_base(&newbase) {
        new_cls = newbase.base.clone().expect("a parent has a class");
        newbase = parent;
    }
    while let Some(parent) = compatible_with_tp_base(&oldbase) {
        old_cls = oldbase.base.clone().expect("a parent has a class");
        oldbase = parent;
    }
    let same_base = match (&newbase.base, &oldbase.base) {
        (Some(a), Some(b)) => a.is(b),
        (None, None) => true,
        _ => false,
    };
    if !new_cls.is(&old_cls) && (!same_base || !same_slots_added(&newbase, &oldbase)) {
        return false;
    }
    let managed = |c: &PyRef| TypeLayout::of(c).is_some_and(|l| l.managed_dict);
    managed(old) == managed(new)
}
