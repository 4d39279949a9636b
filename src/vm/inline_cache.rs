//! Inline caches: what the last lookup of a global or an attribute by a code object found,
//! and how to tell whether it still holds (the idea of CPython 3.11's specializing
//! instructions, PEP 659, without rewriting the instructions).
//!
//! Each code object has one [`Site`] per name for globals and one per name for attributes
//! (`CodeData::global_sites`, `CodeData::attr_sites`). A site is only ever a shortcut to the
//! answer the full lookup would give, and it is checked before every use:
//! - a global remembers the position of its entry in the globals (or builtins) dict and
//!   the dicts' keys versions (`Dict::version`), which change whenever a key is added,
//!   removed or moved; replacing a value keeps the version, and the value is read afresh;
//! - an attribute remembers the class and the method cache's version (bumped by any change
//!   to any class namespace, and by class creation): for an instance attribute, the facts
//!   that make the instance's own dict the whole answer, and the position of the name in
//!   the last instance's dict (instances of a class usually share the order of their
//!   attributes, as CPython's split dicts do); for a `__slots__` member, its slot; for a
//!   method or a plain class value (`self.LIMIT`), the object found on the class, which
//!   the instance's own attributes could still hide: a split table holds only its
//!   class's shared keys, which only grow, so a site that saw the class's shared keys
//!   without the name rules that out by their count, without hashing (as
//!   `LOAD_METHOD_WITH_VALUES` checks the shared keys' version).
//!
//! Nothing here holds a reference: the method or value is a weak pointer, so a cache
//! changes no reference count and keeps nothing alive. The hits read a site, and the dict
//! they look in, without moving the `RefCell` counts (they run no code that could write
//! either).

use super::{PyResult, Vm};
use crate::heap::{PyRef, WeakPyRef};
use crate::objects::dict::Dict;
use crate::objects::instance::{InstanceData, InstanceDict};
use crate::objects::method_cache::{self, ClassFlags};
use crate::objects::payload::Payload;
use std::cell::{Cell, RefCell};

/// One cached lookup (see the module doc).
#[derive(Default)]
pub struct Site {
    kind: Kind,
    /// Globals: the globals dict's version. Attributes: the class's address.
    key: u64,
    /// Builtins: the builtins dict's version. Attributes: the method cache's version.
    key2: u64,
    /// `Kind::InstanceAttr` and the method kinds: the address of a second class the same
    /// facts (the same function) hold for, 0 for none. A site that sees instances of two
    /// classes (sibling subclasses running a base's method: `self.state` and
    /// `task.runnable()` in richards) keeps hitting for both instead of taking the full
    /// path at each alternation.
    alt_key: u64,
    /// Position of the entry in the dict that holds the value; with [`INLINE`] set, the
    /// index of the name in the primary class's shared keys, for instances keeping
    /// inline values (`LOAD_ATTR_INSTANCE_VALUE`).
    index: u32,
    /// `Kind::Method`: the function found on the class.
    method: Option<WeakPyRef>,
    /// What a hit learned about one class the site serves, `(class address, fact)`, so
    /// that the next hit for it reads the fact instead of scanning the class's shared
    /// keys: for an inline-values attribute site, the name's shared-key index in that
    /// class (its second one, which set its attributes in another order); for a method
    /// site, a shared-key count at which the class's keys lacked the name (a second
    /// class, or keys grown since the fill). Both stay true for as long as the site
    /// serves the class: shared keys only grow, and a refill forgets the fact.
    learned: Cell<(u64, u32)>,
}

#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum Kind {
    #[default]
    Empty,
    /// A global found in the globals dict.
    Global,
    /// A global found in the builtins dict (and absent from the globals).
    Builtin,
    /// The class has no attribute of this name anywhere in its MRO, no `__slots__`, no
    /// `__getattribute__` or `__setattr__` written in Python, and its instances have a
    /// `__dict__`: the instance's dict alone answers loads and stores.
    InstanceAttr,
    /// The class keeps the name in a `__slots__` member (`index` is the slot) and has no
    /// `__getattribute__` or `__setattr__` written in Python: the instance's slot answers
    /// (`LOAD_ATTR_SLOT` / `STORE_ATTR_SLOT`).
    SlotAttr,
    /// A plain value (no descriptor: an int, a str, a tuple, a class...) found on the
    /// class (`method` holds it), for a class with no Python `__getattribute__`: it
    /// answers a load when the instance's own attributes do not hide the name, as
    /// `PyObject_GenericGetAttr` would (a name of a `__slots__` member never qualifies).
    ClassAttr,
    /// `LOAD_METHOD` found a plain function on the class.
    Method,
    /// `LOAD_METHOD_NO_DICT`: a method found on a builtin class whose objects never have
    /// an attribute dict (`str`, `list`, `dict`...): the class alone answers.
    MethodNoDict,
    /// An attribute of a plain module found in the module's dict (`math.sqrt`): for a
    /// name that is not a dunder, `module`'s type has nothing that could answer first.
    ModuleAttr,
    /// The class at this version answers neither way: take the full path at once.
    Uncacheable,
}

/// The mark of a [`Site::index`] that is a shared-key index into an instance's inline
/// values (`InstanceData::inline_value`) rather than a dict position. Such an index
/// names the site's name for the site's primary class (`Site::key`) only: a class's
/// shared keys only grow, so it stays right for as long as the site is for that class.
const INLINE: u32 = 1 << 31;

/// Whether no object of `obj`'s class can have an attribute dict: a builtin class whose
/// objects are not instances, modules, exceptions, functions or the method wrappers that
/// keep a `__dict__` (see `Vm::instance_dict`).
fn never_has_dict(obj: &PyRef) -> bool {
    !obj.class().type_data().is_some_and(|t| t.is_heap_type)
        && !matches!(
            obj.payload,
            Payload::Instance(_)
                | Payload::Module(_)
                | Payload::Exception(_)
                | Payload::Function(_)
                | Payload::StaticMethod(_)
                | Payload::ClassMethod(_)
        )
}

/// Sites for `n` names.
pub fn sites(n: usize) -> Box<[RefCell<Site>]> {
    (0..n).map(|_| RefCell::new(Site::default())).collect()
}

/// The cached hash of a name (names are interned `str` objects).
#[inline]
pub(super) fn name_hash(name: &PyRef) -> i64 {
    match &name.payload {
        Payload::Str(s) => s.hash(),
        _ => 0,
    }
}

fn dict_of(obj: &PyRef) -> Option<&RefCell<Dict>> {
    match &obj.payload {
        Payload::Dict(d) => Some(d),
        _ => None,
    }
}

/// The attribute store of an instance: its inline attributes, or its `__dict__` object;
/// `None` for an instance without a store.
/// Inline values are spilled into the store first: the paths that need a dict are not
/// the ones an instance keeping inline values takes (see [`own_attr`]).
fn with_instance_store<R>(obj: &PyRef, f: impl FnOnce(&RefCell<Dict>) -> R) -> Option<R> {
    let Payload::Instance(inst) = &obj.payload else {
        return None;
    };
    with_store(inst.spilled(obj.class())?, f)
}

/// `name` among `obj`'s own attributes: its site index and value, read in place for an
/// instance keeping inline values (at `hint`, a site index, when that is the name's
/// shared key), else from its store.
fn own_attr(obj: &PyRef, name: &PyRef, hint: u32) -> Option<(u32, PyRef)> {
    if let Payload::Instance(inst) = &obj.payload {
        if inst.has_inline_values() {
            let class = obj.class();
            let i = sibling_index(class, name, hint)?;
            return inst.inline_value(i).map(|v| (i as u32 | INLINE, v));
        }
    }
    with_instance_store(obj, |d| {
        let d = d.borrow();
        let i = d.index_of_name(name_hash(name), name)?;
        d.live_value_at(i).map(|v| (i as u32, v.clone()))
    })
    .flatten()
}

/// The shared-key index a site's index names when it is `name`'s in `class`'s keys too
/// (a sibling class that set its attributes in the same order): checked by identity
/// of the key object, without hashing.
#[inline(always)]
fn inline_hint(class: &PyRef, name: &PyRef, index: u32) -> Option<usize> {
    if index & INLINE == 0 {
        return None;
    }
    let i = (index & !INLINE) as usize;
    class.type_data()?.shared_keys.key_is(i, name).then_some(i)
}

/// The shared-key index of `name` for a site's second class: the primary class's index
/// when the sibling set its attributes in the same order, else found in the sibling's
/// keys (a few pointer and hash comparisons, where a miss would refill the site and
/// swap its primary class at each alternation: `direction` of `deltablue`'s
/// `EqualityConstraint` and `ScaleConstraint` in a `BinaryConstraint` method).
#[inline]
fn sibling_index(class: &PyRef, name: &PyRef, index: u32) -> Option<usize> {
    inline_hint(class, name, index).or_else(|| inline_index(class, name))
}

/// The shared-key index of `name` in `class`'s keys.
fn inline_index(class: &PyRef, name: &PyRef) -> Option<usize> {
    let Payload::Str(s) = &name.payload else {
        return None;
    };
    class
        .type_data()?
        .shared_keys
        .find_key(name, s.as_str(), s.hash())
}

/// Whether an instance of `class` keeping inline values `inst` has `name` among them;
/// `shared_at` as for [`inline_attrs_have`].
#[inline(always)]
fn inline_values_have(inst: &InstanceData, class: &PyRef, shared_at: u32, name: &PyRef) -> bool {
    let Some(t) = class.type_data() else {
        return false;
    };
    if t.shared_keys.key_count() == shared_at as usize {
        return false;
    }
    inline_index(class, name).is_some_and(|i| inst.inline_value(i).is_some())
}

impl Site {
    /// [`sibling_index`] for a hit of this site on `class`, through what the site
    /// learned (see [`Site::learned`]).
    #[inline(always)]
    fn sibling_index(&self, class: &PyRef, name: &PyRef) -> Option<usize> {
        let id = class.id() as u64;
        let (known, i) = self.learned.get();
        if known == id {
            return Some(i as usize);
        }
        let i = sibling_index(class, name, self.index)?;
        self.learned.set((id, i as u32));
        Some(i)
    }

    /// [`inline_values_have`] for a method site's hit on `class`: a scan that finds the
    /// name missing from the class's keys is learned for the key count it saw.
    #[inline(always)]
    fn inline_values_have(&self, inst: &InstanceData, class: &PyRef, name: &PyRef) -> bool {
        let Some(t) = class.type_data() else {
            return false;
        };
        let count = t.shared_keys.key_count() as u32;
        let id = class.id() as u64;
        if count == self.shared_at(class) || self.learned.get() == (id, count) {
            return false;
        }
        match inline_index(class, name) {
            Some(i) => inst.inline_value(i).is_some(),
            None => {
                self.learned.set((id, count));
                false
            }
        }
    }
}

/// Records `index` as the site's position after a lookup found the name there: a
/// shared-key index only for the site's primary class (see [`INLINE`]), and a dict
/// position only over another dict position. A class whose instances mostly keep
/// inline values and sometimes a dict (one whose attributes were set in another order)
/// keeps hitting for the former instead of swapping the site's index at each
/// alternation.
fn note_index(site: &RefCell<Site>, class: &PyRef, index: u32) {
    let mut s = site.borrow_mut();
    let take = if index & INLINE != 0 {
        s.key == class.id() as u64
    } else {
        s.index & INLINE == 0
    };
    if take && s.index != index {
        s.index = index;
    }
}

fn with_store<R>(store: &InstanceDict, f: impl FnOnce(&RefCell<Dict>) -> R) -> Option<R> {
    let dict_obj = store.dict_obj.borrow();
    match dict_obj.as_ref() {
        Some(d) => dict_of(d).map(f),
        None => Some(f(&store.attrs)),
    }
}

/// Stores `value` under `name` in an attribute dict whose class lets it answer alone (see
/// `Kind::InstanceAttr`), looking first where a site saw the name: a name the dict lacks
/// is added, as `object.__setattr__` would. The position used, and the value replaced
/// (for the caller to release once no borrow is held). A new name that inline values
/// cannot take gives the value back: the full path moves them into a dict object first.
#[inline(always)]
fn store_at(
    d: &RefCell<Dict>,
    index: usize,
    name: &PyRef,
    value: PyRef,
) -> Result<(usize, Option<PyRef>), PyRef> {
    let mut d = d.borrow_mut();
    let value = match d.replace_if_key_at(index, name, value) {
        Ok(old) => return Ok((index, Some(old))),
        Err(value) => value,
    };
    let hash = name_hash(name);
    match d.index_of_name(hash, name) {
        Some(i) => Ok((i, Some(d.replace_value(i, value)))),
        None => {
            d.push_new_keeping_split(hash, name, value)?;
            Ok((d.nentries() - 1, None))
        }
    }
}

/// Fills `site` for `kind` on `class` at the current method-cache version. A site that
/// held the same facts (the same method, or none) for another class at this version keeps
/// that class as its second one (`Site::alt_key`).
fn refill_for_class(
    site: &RefCell<Site>,
    kind: Kind,
    class: &PyRef,
    index: usize,
    method: Option<&PyRef>,
) {
    let (key, key2) = (class.id() as u64, method_cache::version());
    let alt_key = {
        let old = site.borrow();
        let same_method = match (&old.method, method) {
            (Some(w), Some(m)) => w.upgrade().is_some_and(|o| o.is(m)),
            (None, None) => true,
            _ => false,
        };
        let polymorphic = matches!(
            kind,
            Kind::InstanceAttr | Kind::ClassAttr | Kind::Method | Kind::MethodNoDict
        );
        if polymorphic && old.kind == kind && old.key2 == key2 && old.key != key && same_method {
            old.key
        } else {
            0
        }
    };
    *site.borrow_mut() = Site {
        kind,
        key,
        key2,
        alt_key,
        index: index as u32,
        method: method.map(PyRef::downgrade),
        learned: Cell::default(),
    };
}

/// The site, read in place: a hit only reads it (and the objects it names), so the
/// `RefCell`'s count need not move; a site being refilled (`borrow_mut` held) reads as
/// `None`, a miss.
#[inline(always)]
fn read_site(site: &RefCell<Site>) -> Option<&Site> {
    // SAFETY: the reference is used by the hit paths below only, none of which runs code
    // that could refill a site (no Python code, no `borrow_mut` of a site) while it lives;
    // the flag check rules out a refill already in progress. (A hit may write
    // `Site::learned`, a `Cell`: no `&mut Site` exists meanwhile, for the same reasons.)
    unsafe { site.try_borrow_unguarded() }.ok()
}

/// A dict read in place, for the same reason: `None` while it is mutably borrowed.
#[inline(always)]
fn read_dict(d: &RefCell<Dict>) -> Option<&Dict> {
    // SAFETY: callers only read the table and clone a value out of it (an increment,
    // which runs no code and frees nothing) before anything else can touch the dict;
    // the flag check rules out a mutation in progress.
    unsafe { d.try_borrow_unguarded() }.ok()
}

/// The inline attributes of an instance store, read in place for the same reason:
/// `None` while they are mutably borrowed, or once a `__dict__` object holds the
/// attributes instead (`dict_obj` set).
#[inline(always)]
fn read_inline_attrs(store: &InstanceDict) -> Option<&Dict> {
    // SAFETY: only the option's state is read, at once; the flag check rules out an
    // assignment of `__dict__` in progress.
    let dict_obj = unsafe { store.dict_obj.try_borrow_unguarded() }.ok()?;
    if dict_obj.is_some() {
        return None;
    }
    read_dict(&store.attrs)
}

/// Whether an instance whose inline attributes are `attrs` has `name` among them. The
/// common answer (no) without hashing: a split table holds only its class's shared keys,
/// which only ever grow, so when `class` has as many shared keys as the site saw
/// (`shared_at`: the count when a site without the name was filled) the name is still not
/// one of them.
#[inline(always)]
fn inline_attrs_have(attrs: &Dict, class: &PyRef, shared_at: u32, name: &PyRef) -> bool {
    if attrs.is_empty() {
        return false;
    }
    if attrs.is_split_of(class)
        && class
            .type_data()
            .is_some_and(|t| t.shared_keys.key_count() == shared_at as usize)
    {
        return false;
    }
    attrs.get_name(name_hash(name), name).is_some()
}

/// The count of `class`'s shared keys, when it does not include `name`: what
/// [`inline_attrs_have`] compares against (`u32::MAX`, which no count reaches, otherwise).
fn shared_keys_without(class: &PyRef, name: &PyRef) -> u32 {
    let Some(t) = class.type_data() else {
        return u32::MAX;
    };
    match name.as_str_opt() {
        Some(text) if t.shared_key_index(text).is_none() => t.shared_keys.key_count() as u32,
        _ => u32::MAX,
    }
}

impl Site {
    #[inline(always)]
    fn is_for(&self, class: &PyRef) -> bool {
        let id = class.id() as u64;
        (self.key == id || self.alt_key == id) && self.key2 == method_cache::version()
    }

    /// `index` of a class-attribute or method site: the shared-key count its primary
    /// class had without the name ([`inline_attrs_have`]); none for its second class.
    #[inline(always)]
    fn shared_at(&self, class: &PyRef) -> u32 {
        if self.key == class.id() as u64 {
            self.index
        } else {
            u32::MAX
        }
    }

    #[inline]
    fn is_for_class(&self, kind: Kind, class: &PyRef) -> bool {
        let id = class.id() as u64;
        self.kind == kind
            && (self.key == id || self.alt_key == id)
            && self.key2 == method_cache::version()
    }
}

/// The second class of a method site that missed once at its version with another
/// method (see [`Vm::load_method_cached`]): no class lives at address 1.
const MISSED_ONCE: u64 = 1;

impl Vm {
    /// `LOAD_GLOBAL` through its site: globals, then builtins; `NameError` otherwise.
    #[inline(always)]
    pub(super) fn load_global_cached(
        &mut self,
        site: &RefCell<Site>,
        globals: &PyRef,
        builtins: &PyRef,
        name: &PyRef,
    ) -> PyResult {
        // `LOAD_GLOBAL_MODULE`: the globals dict still has the keys it had, so the entry
        // is where it was (its value read afresh). Everything else is out of line.
        // `LOAD_GLOBAL_BUILTIN`: both dicts have the keys they had, so the name is still
        // missing from the globals and the builtin is where it was.
        if let (Some(s), Some(g)) = (read_site(site), dict_of(globals).and_then(read_dict)) {
            if g.version() == s.key {
                match s.kind {
                    Kind::Global => {
                        if let Some(v) = g.live_value_at(s.index as usize) {
                            return Ok(v.clone());
                        }
                    }
                    Kind::Builtin => {
                        if let Some(b) = dict_of(builtins).and_then(read_dict) {
                            if b.version() == s.key2 {
                                if let Some(v) = b.live_value_at(s.index as usize) {
                                    return Ok(v.clone());
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        self.load_global_slow(site, globals, builtins, name)
    }

    /// [`Vm::load_global_cached`] on a miss: the full lookup, and the site refilled.
    #[inline(never)]
    fn load_global_slow(
        &mut self,
        site: &RefCell<Site>,
        globals: &PyRef,
        builtins: &PyRef,
        name: &PyRef,
    ) -> PyResult {
        let exact = |o: &PyRef| o.class().is(&self.types.dict_type);
        let (Some(g), Some(b), true, true) = (
            dict_of(globals),
            dict_of(builtins),
            exact(globals),
            exact(builtins),
        ) else {
            return self.load_global(globals, builtins, name);
        };
        let hash = match &name.payload {
            Payload::Str(s) => s.hash(),
            _ => return self.load_global(globals, builtins, name),
        };
        let (gd, bd) = (g.borrow(), b.borrow());
        let (kind, index, value) = if let Some(i) = gd.index_of_name(hash, name) {
            (Kind::Global, i, gd.live_value_at(i).cloned())
        } else if let Some(i) = bd.index_of_name(hash, name) {
            (Kind::Builtin, i, bd.live_value_at(i).cloned())
        } else {
            drop((gd, bd));
            return Err(self.name_error(name.as_str_opt().unwrap_or("")));
        };
        *site.borrow_mut() = Site {
            kind,
            key: gd.version(),
            key2: bd.version(),
            alt_key: 0,
            index: index as u32,
            method: None,
            learned: Cell::default(),
        };
        Ok(value.expect("a live entry"))
    }

    /// `LOAD_NAME` in a namespace that is an exact dict (a module's or a class body's):
    /// the value, if the dict has the name.
    pub(super) fn namespace_get_cached(
        &self,
        site: &RefCell<Site>,
        d: &RefCell<Dict>,
        name: &PyRef,
    ) -> Option<PyRef> {
        let dict = d.borrow();
        {
            let s = site.borrow();
            if s.kind == Kind::Global && dict.version() == s.key {
                return dict.live_value_at(s.index as usize).cloned();
            }
        }
        let i = dict.index_of_name(name_hash(name), name)?;
        *site.borrow_mut() = Site {
            kind: Kind::Global,
            key: dict.version(),
            key2: 0,
            alt_key: 0,
            index: i as u32,
            method: None,
            learned: Cell::default(),
        };
        dict.live_value_at(i).cloned()
    }

    /// `STORE_NAME` in a namespace that is an exact dict: a new value for a name it has
    /// replaces the old one in place (the dict's keys, and so its version, stay).
    pub(super) fn namespace_set_cached(
        &self,
        site: &RefCell<Site>,
        d: &RefCell<Dict>,
        name: &PyRef,
        value: PyRef,
    ) {
        let cached = {
            let s = site.borrow();
            (s.kind == Kind::Global && d.borrow().version() == s.key).then_some(s.index as usize)
        };
        if let Some(i) = cached {
            let old = d.borrow_mut().replace_value(i, value);
            drop(old);
            return;
        }
        self.dict_set_str(d, name, value);
        let dict = d.borrow();
        if let Some(i) = dict.index_of_name(name_hash(name), name) {
            *site.borrow_mut() = Site {
                kind: Kind::Global,
                key: dict.version(),
                key2: 0,
                alt_key: 0,
                index: i as u32,
                method: None,
                learned: Cell::default(),
            };
        }
    }

    /// Whether `obj`'s class makes its instance dict the whole answer for `name` (see
    /// `Kind::InstanceAttr`), checked the slow way to fill a site.
    fn instance_dict_answers(&self, obj: &PyRef, name: &PyRef) -> bool {
        let Some((text, hash, flags)) = self.plain_instance_name(obj, name) else {
            return false;
        };
        let class = obj.class();
        flags.has(ClassFlags::INSTANCE_DICT)
            && !flags.has(ClassFlags::SLOTS)
            && !flags.has(ClassFlags::GETATTRIBUTE)
            && !flags.has(ClassFlags::SETATTR)
            && self.lookup_in_mro_name(class, name, text, hash).is_none()
    }

    /// A site's name as text and hash, and `obj`'s class flags, when `obj` is an
    /// instance of a Python class and the name is not a dunder (what both instance-level
    /// site kinds require before looking further).
    fn plain_instance_name<'a>(
        &self,
        obj: &PyRef,
        name: &'a PyRef,
    ) -> Option<(&'a str, i64, ClassFlags)> {
        let Payload::Str(s) = &name.payload else {
            return None;
        };
        let text = s.as_str();
        if !matches!(obj.payload, Payload::Instance(_)) || text.starts_with("__") {
            return None;
        }
        Some((text, s.hash(), self.class_flags(obj.class())))
    }

    /// Records what `obj`'s class means for the site's name (`InstanceAttr` with the
    /// position of the name in `obj`'s dict, or `Uncacheable`).
    fn fill_class_site(&self, site: &RefCell<Site>, kind: Kind, obj: &PyRef, index: usize) {
        refill_for_class(site, kind, obj.class(), index, None);
    }

    /// An attribute of a plain module through its site (see `Kind::ModuleAttr`): the
    /// value, when the module's dict has the name.
    fn module_attr_cached(&self, site: &RefCell<Site>, obj: &PyRef, name: &PyRef) -> Option<PyRef> {
        let Payload::Module(dict_obj) = &obj.payload else {
            return None;
        };
        if !obj.class().is(&self.types.module_type) {
            return None;
        }
        let dict = dict_of(dict_obj)?.borrow();
        {
            let s = site.borrow();
            if s.kind == Kind::ModuleAttr && dict.version() == s.key {
                return dict.live_value_at(s.index as usize).cloned();
            }
        }
        if name.as_str_opt()?.starts_with("__") {
            return None;
        }
        let i = dict.index_of_name(name_hash(name), name)?;
        *site.borrow_mut() = Site {
            kind: Kind::ModuleAttr,
            key: dict.version(),
            key2: 0,
            alt_key: 0,
            index: i as u32,
            method: None,
            learned: Cell::default(),
        };
        dict.live_value_at(i).cloned()
    }

    /// `LOAD_ATTR_INSTANCE_VALUE` and `LOAD_ATTR_SLOT`: the value when the site says the
    /// instance's own attributes (or its `__slots__` member) answer for its class and the
    /// value is where the site saw it; `None` sends the load down [`Vm::getattr_cached`].
    /// Small enough to inline into the loop.
    #[inline(always)]
    pub(super) fn instance_attr_hit(
        &self,
        site: &RefCell<Site>,
        obj: &PyRef,
        name: &PyRef,
    ) -> Option<PyRef> {
        let Payload::Instance(inst) = &obj.payload else {
            return None;
        };
        let s = read_site(site)?;
        if !s.is_for(obj.class()) {
            return None;
        }
        match s.kind {
            Kind::InstanceAttr if s.index & INLINE != 0 => {
                let class = obj.class();
                let i = if s.key == class.id() as u64 {
                    (s.index & !INLINE) as usize
                } else {
                    s.sibling_index(class, name)?
                };
                inst.inline_value(i)
            }
            Kind::InstanceAttr => {
                let attrs = read_inline_attrs(inst.dict_opt()?)?;
                attrs.value_if_key_at(s.index as usize, name).cloned()
            }
            Kind::SlotAttr => inst.slot(s.index as usize),
            _ => None,
        }
    }

    /// `LOAD_METHOD_WITH_VALUES`: the function the site found on the class, when `obj` is
    /// a plain instance of that class whose own attributes do not hide the name; `None`
    /// sends the load down [`Vm::load_method_cached`].
    #[inline(always)]
    pub(super) fn instance_method_hit(
        &self,
        site: &RefCell<Site>,
        obj: &PyRef,
        name: &PyRef,
    ) -> Option<PyRef> {
        let s = read_site(site)?;
        let class = obj.class();
        if !s.is_for(class) {
            return None;
        }
        match (&obj.payload, s.kind) {
            (Payload::Instance(inst), Kind::Method) => {
                if inst.has_inline_values() {
                    if s.inline_values_have(inst, class, name) {
                        return None;
                    }
                } else if let Some(store) = inst.dict_opt() {
                    let attrs = read_inline_attrs(store)?;
                    if inline_attrs_have(attrs, class, s.shared_at(class), name) {
                        return None;
                    }
                }
            }
            (Payload::Instance(_), _) => return None,
            (_, Kind::MethodNoDict) => {}
            _ => return None,
        }
        s.method.as_ref()?.upgrade()
    }

    /// `LOAD_ATTR` through its site.
    pub(super) fn getattr_cached(
        &mut self,
        site: &RefCell<Site>,
        obj: &PyRef,
        name: &PyRef,
    ) -> PyResult {
        if let Payload::Module(_) = &obj.payload {
            if let Some(v) = self.module_attr_cached(site, obj, name) {
                return Ok(v);
            }
            return self.getattr(obj, name);
        }
        let cached = {
            let s = site.borrow();
            if s.is_for_class(Kind::Uncacheable, obj.class()) {
                drop(s);
                return self.getattr(obj, name);
            }
            if s.is_for_class(Kind::ClassAttr, obj.class()) {
                let shared_at = s.shared_at(obj.class());
                let value = s.method.as_ref().and_then(WeakPyRef::upgrade);
                drop(s);
                if let Some(v) = value {
                    if !self.instance_has(obj, name, shared_at) {
                        return Ok(v);
                    }
                }
                return self.getattr(obj, name);
            }
            if s.is_for_class(Kind::SlotAttr, obj.class()) {
                if let Payload::Instance(inst) = &obj.payload {
                    if let Some(v) = inst.slot(s.index as usize) {
                        return Ok(v);
                    }
                }
                // An empty slot: the full path raises its AttributeError.
                drop(s);
                return self.getattr(obj, name);
            }
            s.is_for_class(Kind::InstanceAttr, obj.class())
                .then_some(s.index as usize)
        };
        let cacheable = match cached {
            Some(index) => {
                let inline = matches!(&obj.payload, Payload::Instance(i) if i.has_inline_values());
                let found = if inline {
                    own_attr(obj, name, index as u32)
                } else {
                    with_instance_store(obj, |d| {
                        let d = d.borrow();
                        match d.value_if_key_at(index, name) {
                            Some(v) => Some((index as u32, v.clone())),
                            None => {
                                let hash = name_hash(name);
                                let i = d.index_of_name(hash, name)?;
                                d.live_value_at(i).map(|v| (i as u32, v.clone()))
                            }
                        }
                    })
                    .flatten()
                };
                if let Some((i, v)) = found {
                    note_index(site, obj.class(), i);
                    return Ok(v);
                }
                false
            }
            None => self.instance_dict_answers(obj, name),
        };
        if cacheable {
            // The instance's own attributes are the whole answer: one lookup there, no
            // full path (which would walk the MRO again).
            if let Some((i, v)) = own_attr(obj, name, 0) {
                self.fill_class_site(site, Kind::InstanceAttr, obj, i as usize);
                return Ok(v);
            }
        }
        let v = self.getattr(obj, name)?;
        if cacheable {
            if let Some((i, _)) = own_attr(obj, name, 0) {
                self.fill_class_site(site, Kind::InstanceAttr, obj, i as usize);
            }
        } else if cached.is_none() {
            if let Some(i) = self.slot_answers(obj, name) {
                self.fill_class_site(site, Kind::SlotAttr, obj, i);
            } else if let Some(value) = self.class_value_answers(obj, name) {
                let shared_at = shared_keys_without(obj.class(), name) as usize;
                let class = obj.class();
                refill_for_class(site, Kind::ClassAttr, class, shared_at, Some(&value));
            } else {
                self.fill_class_site(site, Kind::Uncacheable, obj, 0);
            }
        }
        Ok(v)
    }

    /// The plain value (see `Kind::ClassAttr`) that `obj`'s class has for `name`, when
    /// nothing but the instance's own attributes can answer before it.
    fn class_value_answers(&self, obj: &PyRef, name: &PyRef) -> Option<PyRef> {
        let (text, hash, flags) = self.plain_instance_name(obj, name)?;
        let class = obj.class();
        if flags.has(ClassFlags::GETATTRIBUTE)
            || (flags.has(ClassFlags::SLOTS)
                && super::protocols::slot_index_of(class, text).is_some())
        {
            return None;
        }
        let value = self.lookup_in_mro_name(class, name, text, hash)?;
        // What `bind_descriptor` hands back unchanged, and no data descriptor can be.
        let plain = !matches!(
            value.payload,
            Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::StaticMethod(_)
                | Payload::ClassMethod(_)
                | Payload::Property { .. }
                | Payload::SlotDescriptor(_)
                | Payload::Instance(_)
        );
        plain.then_some(value)
    }

    /// Whether the instance's own attributes (inline, or its `__dict__` object) have
    /// `name`; `shared_at` as for [`inline_attrs_have`].
    pub(super) fn instance_has(&self, obj: &PyRef, name: &PyRef, shared_at: u32) -> bool {
        let Payload::Instance(inst) = &obj.payload else {
            return false;
        };
        if inst.has_inline_values() {
            return inline_values_have(inst, obj.class(), shared_at, name);
        }
        let Some(store) = inst.dict_opt() else {
            return false;
        };
        let dict_obj = store.dict_obj.borrow();
        match dict_obj.as_ref() {
            Some(d) => dict_of(d).is_some_and(|d| {
                let d = d.borrow();
                !d.is_empty() && d.get_name(name_hash(name), name).is_some()
            }),
            None => inline_attrs_have(&store.attrs.borrow(), obj.class(), shared_at, name),
        }
    }

    /// The slot that holds `name` for instances of `obj`'s class, when the class's
    /// `__slots__` answer for it with no Python `__getattribute__` or `__setattr__` in
    /// between (a site serves the loads and the stores of its name): what
    /// `Kind::SlotAttr` caches.
    fn slot_answers(&self, obj: &PyRef, name: &PyRef) -> Option<usize> {
        if !matches!(obj.payload, Payload::Instance(_)) {
            return None;
        }
        let flags = self.class_flags(obj.class());
        if !flags.has(ClassFlags::SLOTS)
            || flags.has(ClassFlags::GETATTRIBUTE)
            || flags.has(ClassFlags::SETATTR)
        {
            return None;
        }
        match name.as_str_opt()? {
            "__class__" | "__dict__" | "__weakref__" => None,
            text => super::protocols::slot_index_of(obj.class(), text),
        }
    }

    /// `STORE_ATTR` through its site: a new value for an attribute the instance has.
    /// Returns the value back when the site does not apply (the caller takes the full path).
    #[inline(always)]
    pub(super) fn setattr_cached(
        &mut self,
        site: &RefCell<Site>,
        obj: &PyRef,
        name: &PyRef,
        value: PyRef,
    ) -> Result<(), PyRef> {
        // `STORE_ATTR_INSTANCE_VALUE` / `STORE_ATTR_SLOT`: a plain instance of the class
        // the site was filled for, keeping its attributes inline or storing to a
        // `__slots__` member, stores here in the loop.
        let hit = match (&obj.payload, read_site(site)) {
            (Payload::Instance(inst), Some(s)) if s.is_for(obj.class()) => {
                Some((inst, s.kind, s.index as usize, s))
            }
            _ => None,
        };
        let old = match hit {
            Some((inst, Kind::InstanceAttr, index, s)) if index as u32 & INLINE != 0 => {
                let i = if s.key == obj.class().id() as u64 {
                    Some(index & !(INLINE as usize))
                } else {
                    s.sibling_index(obj.class(), name)
                };
                let Some(i) = i else {
                    return self.setattr_cached_slow(site, obj, name, value);
                };
                match inst.put_inline_value(i, value) {
                    Ok(old) => old,
                    Err(value) => return self.setattr_cached_slow(site, obj, name, value),
                }
            }
            Some((inst, Kind::InstanceAttr, index, _)) => {
                let store = match inst.dict_opt() {
                    Some(store) if store.dict_obj.try_borrow().is_ok_and(|d| d.is_none()) => store,
                    _ => return self.setattr_cached_slow(site, obj, name, value),
                };
                let (i, old) = store_at(&store.attrs, index, name, value)?;
                if i != index {
                    site.borrow_mut().index = i as u32;
                }
                old
            }
            Some((inst, Kind::SlotAttr, index, _)) => match inst.put_slot(index, value) {
                Ok(old) => old,
                Err(value) => return self.setattr_cached_slow(site, obj, name, value),
            },
            _ => return self.setattr_cached_slow(site, obj, name, value),
        };
        // Released once no borrow is held: its `__del__` runs from the pending queue.
        drop(old);
        Ok(())
    }

    /// [`Vm::setattr_cached`] past its inline case: filling the site, and instances whose
    /// attributes live in a `__dict__` object.
    #[inline(never)]
    fn setattr_cached_slow(
        &mut self,
        site: &RefCell<Site>,
        obj: &PyRef,
        name: &PyRef,
        value: PyRef,
    ) -> Result<(), PyRef> {
        let index = {
            let s = site.borrow();
            if s.is_for_class(Kind::Uncacheable, obj.class()) {
                return Err(value);
            }
            if s.is_for_class(Kind::SlotAttr, obj.class()) {
                let Payload::Instance(inst) = &obj.payload else {
                    return Err(value);
                };
                let index = s.index as usize;
                drop(s);
                let stored = self.store_slot(inst, index, "", Some(value));
                debug_assert!(stored.is_ok(), "storing a value in a slot cannot fail");
                return Ok(());
            }
            if !s.is_for_class(Kind::InstanceAttr, obj.class()) {
                drop(s);
                if let Some(i) = self.slot_answers(obj, name) {
                    self.fill_class_site(site, Kind::SlotAttr, obj, i);
                } else if self.instance_dict_answers(obj, name) {
                    // Where the name is, or where it will go (the end of the dict; its
                    // shared key for inline values, which the store then takes).
                    let hash = name_hash(name);
                    let i = match &obj.payload {
                        Payload::Instance(inst) if inst.has_inline_values() => {
                            inline_index(obj.class(), name).map(|i| i | INLINE as usize)
                        }
                        _ => with_instance_store(obj, |d| {
                            let d = d.borrow();
                            d.index_of_name(hash, name).unwrap_or(d.nentries())
                        }),
                    };
                    if let Some(i) = i {
                        self.fill_class_site(site, Kind::InstanceAttr, obj, i);
                    }
                } else {
                    self.fill_class_site(site, Kind::Uncacheable, obj, 0);
                }
                return Err(value);
            }
            s.index as usize
        };
        let Payload::Instance(inst) = &obj.payload else {
            return Err(value);
        };
        let class = obj.class();
        let value = match inst.store_inline(class, name, value) {
            Ok((i, old)) => {
                note_index(site, class, i as u32 | INLINE);
                drop(old);
                return Ok(());
            }
            Err(value) => value,
        };
        // A store: the site holds a position in one (the value may be the first).
        inst.spill(class);
        let Some(store) = inst.dict_part() else {
            return Err(value);
        };
        let stored = with_store(store, |d| store_at(d, index, name, value));
        let (i, old) = stored.expect("a __dict__ object is a dict (checked when assigned)")?;
        note_index(site, class, i as u32);
        drop(old);
        Ok(())
    }

    /// `LOAD_METHOD` through its site: the function to call with `obj` as its first
    /// argument, or `None` for an ordinary attribute load.
    ///
    /// A method site that misses a second time at one version, for a class with another
    /// method, is megamorphic (`node.render()` over a tree of four node classes):
    /// refilling it at every miss would evict the class the next load needs, so its
    /// first refill marks it ([`MISSED_ONCE`] as its second class), and then it keeps its
    /// class and every miss goes through the type attribute cache, as 3.11's generic
    /// `LOAD_METHOD` does through `_PyType_Lookup` once its specialization has failed.
    /// A site whose class changed once (and stays) hits again after the first refill.
    pub(super) fn load_method_cached(
        &mut self,
        site: &RefCell<Site>,
        obj: &PyRef,
        name: &PyRef,
    ) -> PyResult<Option<PyRef>> {
        let (method, missed, megamorphic) = {
            let s = site.borrow();
            if s.is_for_class(Kind::Method, obj.class()) {
                (s.method.as_ref().and_then(WeakPyRef::upgrade), false, false)
            } else {
                let missed = matches!(s.kind, Kind::Method | Kind::MethodNoDict)
                    && s.key2 == method_cache::version();
                (None, missed, missed && s.alt_key == MISSED_ONCE)
            }
        };
        let method = match method {
            None if megamorphic => self.type_cached_method(obj, name),
            m => m,
        };
        if let Some(m) = method {
            // The class is as it was; only the instance's own dict can hide the method.
            let shadows = |d: &Dict| !d.is_empty() && d.get_name(name_hash(name), name).is_some();
            let shadowed = match &obj.payload {
                Payload::Instance(_) => self.instance_has(obj, name, u32::MAX),
                _ => match self.instance_dict(obj) {
                    Some(d) => shadows(&d.borrow()),
                    None => false,
                },
            };
            if !shadowed {
                return Ok(Some(m));
            }
        }
        let found = self.load_method(obj, name)?;
        if let (Some(m), false) = (&found, megamorphic) {
            let kind = if never_has_dict(obj) {
                Kind::MethodNoDict
            } else {
                Kind::Method
            };
            let shared_at = shared_keys_without(obj.class(), name);
            refill_for_class(site, kind, obj.class(), shared_at as usize, Some(m));
            let mut s = site.borrow_mut();
            if missed && s.alt_key == 0 {
                s.alt_key = MISSED_ONCE;
            }
        }
        Ok(found)
    }

    /// The plain function `name` names on `obj`'s class when the type attribute cache
    /// holds it and nothing in the class's attribute protocol can answer first (what
    /// [`Vm::load_method`] checks, less the instance's own attributes); `None` sends the
    /// load down the full path, which fills the cache.
    fn type_cached_method(&self, obj: &PyRef, name: &PyRef) -> Option<PyRef> {
        if matches!(
            obj.payload,
            Payload::Type(_) | Payload::Module(_) | Payload::Super { .. }
        ) {
            return None;
        }
        let class = obj.class();
        let m = self
            .method_cache
            .get(class, name.as_str_opt()?, name_hash(name))??;
        let plain = match &m.payload {
            Payload::Function(_) => true,
            Payload::Builtin(b) => b.owner.is_some() && b.receiver.is_none(),
            _ => false,
        };
        (plain && !self.class_flags(class).has(ClassFlags::GETATTRIBUTE)).then_some(m)
    }
}
