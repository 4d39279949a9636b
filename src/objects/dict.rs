//! `dict`: an insertion-ordered hash map (indexmap) keyed by Python objects.
//!
//! Keys carry their Python hash. Equality of keys can run Python code (`__eq__`), which may
//! touch the very dict being searched, so a lookup never calls Python while the map is
//! borrowed: [`Dict::probe`] answers for keys whose equality is known natively (identity,
//! str, int, float...) and otherwise returns the candidates with an equal hash; the caller
//! (`vm::dict_ops`) compares those with the map released, then finds the winner by identity.
//!
//! `sys.getsizeof` must report CPython's table size, which the indexmap does not have: a
//! [`KeysShape`] beside the map replays `Objects/dictobject.c` (3.11) for the keys object
//! alone — its size, kind (all-`str` "unicode" keys: 16-byte entries; general: 24), the
//! `dk_usable` countdown, `dk_nentries` and where deleted entries left holes — on every
//! insert, delete, `popitem`, `clear`, copy and merge.

use crate::heap::PyRef;
use indexmap::map::RawEntryApiV1;
use indexmap::IndexMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

/// A key with its precomputed Python hash.
pub struct DictKey {
    pub hash: i64,
    pub key: PyRef,
}

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash as u64);
    }
}

impl PartialEq for DictKey {
    fn eq(&self, other: &Self) -> bool {
        self.key.is(&other.key)
    }
}
impl Eq for DictKey {}

/// The keys already carry a good hash: pass it through.
#[derive(Default)]
pub struct PassThroughHasher(u64);

impl Hasher for PassThroughHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8) ^ (*b as u64) ^ (self.0 >> 56);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = mix(n as i64);
    }
}

/// Spreads a Python hash over all 64 bits (Python's int hashes are small integers, and the
/// table uses the top bits as tags). Every lookup must hash through this too.
#[inline]
fn mix(hash: i64) -> u64 {
    (hash as u64).wrapping_mul(0x9E3779B97F4A7C15)
}

type Map = IndexMap<DictKey, PyRef, BuildHasherDefault<PassThroughHasher>>;

/// What a probe found.
pub enum Probe {
    Found(usize),
    Missing,
    /// Keys with an equal hash whose equality needs Python: compare them, then look up the
    /// winner with [`Dict::index_of_identical`].
    NeedsEq(Vec<PyRef>),
}

#[derive(Default)]
pub struct Dict {
    map: Map,
    shape: KeysShape,
    /// Whether CPython would have this dict tracked by the collector: a dict starts
    /// untracked and becomes tracked when a key or value that may be tracked goes in
    /// (`MAINTAIN_TRACKING`); only a full collection untracks it again.
    tracked: bool,
}

/// CPython 3.11's `PyDictKeysObject` as far as its size is concerned.
///
/// `log2_size == 0` is the shared static `Py_EMPTY_KEYS` (a fresh or cleared dict), which
/// `getsizeof` does not count. Entries are appended at `nentries`; a deletion leaves a hole
/// (CPython's `DKIX_DUMMY`) that only a resize compacts, and does not give back `usable`.
#[derive(Clone, Default)]
pub struct KeysShape {
    log2_size: u8,
    /// Some key is not an exact `str` (`DICT_KEYS_GENERAL`).
    general: bool,
    usable: usize,
    nentries: usize,
    /// CPython entry positions of deleted entries, ascending.
    holes: Vec<usize>,
}

const LOG_MINSIZE: u8 = 3;

/// `USABLE_FRACTION(n)`: a table of `n` slots holds `2n/3` entries.
fn usable_fraction(n: usize) -> usize {
    (n << 1) / 3
}

/// `calculate_log2_keysize` (64-bit): `bit_length(((minsize | 8) - 1) | 7)` — at least 8
/// slots, and *not* simply the next power of two (3 gives 16, 16 gives 32).
fn calculate_log2_keysize(minsize: usize) -> u8 {
    let m = ((minsize | 8) - 1) | 7;
    (usize::BITS - m.leading_zeros()).min(62) as u8
}

/// `estimate_log2_keysize`: a table that holds `n` entries without resizing.
fn estimate_log2_keysize(n: usize) -> u8 {
    calculate_log2_keysize(n.saturating_mul(3).div_ceil(2))
}

impl KeysShape {
    /// `new_keys_object(log2, unicode)` replacing the table, `used` entries moved in.
    fn resize(&mut self, log2: u8, unicode: bool, used: usize) {
        // `dictresize`: a general table never becomes unicode again.
        let unicode = unicode && !self.general;
        self.log2_size = log2;
        self.general = !unicode;
        self.usable = usable_fraction(1 << log2).saturating_sub(used);
        self.nentries = used;
        self.holes.clear();
    }

    /// `insertdict` (and `insert_to_emptydict`) adding a new key; `used` counts the
    /// entries before it.
    fn insert_new(&mut self, exact_str: bool, used: usize) {
        if self.log2_size == 0 {
            self.resize(LOG_MINSIZE, exact_str, 0);
            self.general = !exact_str;
        } else {
            if !self.general && !exact_str {
                // insertion_resize(mp, 0): the table turns general.
                self.general = true;
                self.resize(calculate_log2_keysize(used * 3), false, used);
            }
            if self.usable == 0 {
                // insertion_resize(mp, 1): GROWTH_RATE(d) = used * 3.
                self.resize(calculate_log2_keysize(used * 3), true, used);
            }
        }
        self.usable = self.usable.saturating_sub(1);
        self.nentries += 1;
    }

    /// CPython's entry position of the `i`-th live entry.
    fn position_of(&self, i: usize) -> usize {
        let mut pos = i;
        for &h in &self.holes {
            if h <= pos {
                pos += 1;
            } else {
                break;
            }
        }
        pos
    }

    fn delete(&mut self, i: usize) {
        let pos = self.position_of(i);
        let at = self.holes.partition_point(|&h| h < pos);
        self.holes.insert(at, pos);
    }

    /// `dict.popitem()` took the last live entry: `dk_nentries` drops to its position.
    fn pop_last(&mut self) {
        let mut last = self.nentries;
        while last > 0 && self.holes.last() == Some(&(last - 1)) {
            self.holes.pop();
            last -= 1;
        }
        self.nentries = last.saturating_sub(1);
    }

    /// `_PyDict_KeysSize`: bytes of the keys object (0 for the shared empty one).
    fn size(&self) -> usize {
        if self.log2_size == 0 {
            return 0;
        }
        let log2 = self.log2_size as usize;
        let index_bytes = if log2 < 8 {
            1usize << log2
        } else if log2 < 16 {
            2usize << log2
        } else if log2 < 32 {
            4usize << log2
        } else {
            8usize << log2
        };
        let entry = if self.general { 24 } else { 16 };
        32 + index_bytes + usable_fraction(1 << log2) * entry
    }
}

/// Whether `key` is an exact `str` (CPython's `PyUnicode_CheckExact`).
fn is_exact_str(key: &PyRef) -> bool {
    key.class()
        .type_data()
        .is_some_and(|t| !t.is_heap_type && t.layout == crate::objects::typeobj::Layout::Str)
}

/// Native equality of two keys when it is decidable without running Python code.
pub type NativeEq = fn(&PyRef, &PyRef) -> Option<bool>;

impl Dict {
    /// See the `tracked` field.
    pub fn is_tracked(&self) -> bool {
        self.tracked
    }

    /// `_PyDict_MaybeUntrack`: untracks a dict left holding only atoms.
    pub fn maybe_untrack(&mut self) {
        if self.tracked {
            self.tracked = self
                .map
                .iter()
                .any(|(k, v)| crate::gc::may_be_tracked(&k.key) || crate::gc::may_be_tracked(v));
        }
    }

    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            map: Map::with_capacity_and_hasher(n, Default::default()),
            shape: KeysShape::default(),
            tracked: false,
        }
    }

    /// `_PyDict_NewPresized(n)` / `dict_new_presized` (BUILD_MAP, BUILD_CONST_KEY_MAP):
    /// room for `n` entries; `unicode` when every key is an exact `str`.
    pub fn new_presized(n: usize, unicode: bool) -> Dict {
        let mut d = Dict::with_capacity(n);
        if n > usable_fraction(1 << LOG_MINSIZE) {
            let log2 = if n > usable_fraction(1 << 17) {
                17
            } else {
                estimate_log2_keysize(n)
            };
            d.shape.resize(log2, unicode, 0);
        }
        d
    }

    /// Whether every key of `keys` is an exact `str` (for [`Dict::new_presized`]).
    pub fn all_exact_str<'a>(mut keys: impl Iterator<Item = &'a PyRef>) -> bool {
        keys.all(is_exact_str)
    }

    /// The size `sys.getsizeof` reports without the GC header: `sizeof(PyDictObject)`
    /// plus the keys object unless it is the shared empty one (`_PyDict_SizeOf`).
    pub fn sizeof(&self) -> usize {
        48 + self.shape.size()
    }

    /// Whether the table holds only exact-`str` keys (CPython's unicode kind).
    pub fn is_unicode(&self) -> bool {
        !self.shape.general
    }

    /// `dictresize(mp, estimate_log2_keysize(n), unicode)` on an empty dict: what
    /// `dict.fromkeys(dict_or_set)` does before inserting.
    pub fn presize_for(&mut self, n: usize, unicode: bool) {
        let used = self.len();
        self.shape.resize(estimate_log2_keysize(n), unicode, used);
    }

    /// The first half of CPython's `dict_merge(self, other)` for a dict `other`, run before
    /// the caller inserts `other`'s entries: if `self` is empty and `other` is compact, the
    /// keys object is cloned — then this copies the entries too and returns `true` (nothing
    /// left to insert); otherwise it makes one big resize when `other` cannot fit.
    pub fn prepare_merge(&mut self, other: &Dict) -> bool {
        if other.is_empty() {
            return false;
        }
        if self.is_empty() {
            let o = &other.shape;
            if other.len() == o.nentries
                && (o.log2_size == LOG_MINSIZE
                    || usable_fraction((1usize << o.log2_size) / 2) < other.len())
            {
                self.clone_from_dict(other);
                return true;
            }
        }
        if usable_fraction(1usize << self.shape.log2_size) < other.len() {
            let used = self.len();
            let unicode = other.is_unicode();
            self.shape
                .resize(estimate_log2_keysize(used + other.len()), unicode, used);
        }
        false
    }

    /// Makes `self` (empty) an exact copy of `other`, keys object included.
    fn clone_from_dict(&mut self, other: &Dict) {
        let old = std::mem::take(&mut self.map);
        debug_assert!(old.is_empty());
        drop(old);
        self.map.reserve(other.len());
        for (k, v) in other.map.iter() {
            self.map.insert(
                DictKey {
                    hash: k.hash,
                    key: k.key.clone(),
                },
                v.clone(),
            );
        }
        self.shape = other.shape.clone();
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.map.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Looks `key` up using `native_eq` for equality; see the module doc.
    pub fn probe(&self, hash: i64, key: &PyRef, native_eq: NativeEq) -> Probe {
        let mut slow = Vec::new();
        let found = self.map.raw_entry_v1().from_hash_full(mix(hash), |k| {
            if k.key.is(key) {
                return true;
            }
            if k.hash != hash {
                return false;
            }
            match native_eq(&k.key, key) {
                Some(eq) => eq,
                None => {
                    slow.push(k.key.clone());
                    false
                }
            }
        });
        match found {
            Some((i, _, _)) => Probe::Found(i),
            None if slow.is_empty() => Probe::Missing,
            None => Probe::NeedsEq(slow),
        }
    }

    /// Index of the entry whose key *is* `key`.
    pub fn index_of_identical(&self, hash: i64, key: &PyRef) -> Option<usize> {
        self.map
            .raw_entry_v1()
            .from_hash_full(mix(hash), |k| k.key.is(key))
            .map(|(i, _, _)| i)
    }

    /// Looks up a str key by its text (attribute dictionaries, globals).
    /// Looks up a str key given as an object: an interned name finds its own key object
    /// by identity, without comparing text.
    pub fn get_name(&self, hash: i64, name: &PyRef) -> Option<&PyRef> {
        let text = name.as_str_opt().unwrap_or("");
        self.map
            .raw_entry_v1()
            .from_hash(mix(hash), |k| {
                k.key.is(name) || (k.hash == hash && k.key.as_str_opt() == Some(text))
            })
            .map(|(_, v)| v)
    }

    pub fn get_str(&self, hash: i64, name: &str) -> Option<&PyRef> {
        self.map
            .raw_entry_v1()
            .from_hash(mix(hash), |k| {
                k.hash == hash && k.key.as_str_opt() == Some(name)
            })
            .map(|(_, v)| v)
    }

    pub fn index_of_str(&self, hash: i64, name: &str) -> Option<usize> {
        self.map
            .raw_entry_v1()
            .from_hash_full(mix(hash), |k| {
                k.hash == hash && k.key.as_str_opt() == Some(name)
            })
            .map(|(i, _, _)| i)
    }

    pub fn get_index(&self, i: usize) -> Option<(&PyRef, &PyRef)> {
        self.map.get_index(i).map(|(k, v)| (&k.key, v))
    }

    /// Replaces the value at `i`, returning the old one (the caller drops it after releasing
    /// the borrow, since dropping may free objects).
    pub fn replace_value(&mut self, i: usize, value: PyRef) -> PyRef {
        self.tracked |= crate::gc::may_be_tracked(&value);
        let slot = self.map.get_index_mut(i).expect("index in range").1;
        std::mem::replace(slot, value)
    }

    /// Appends a key known to be absent.
    pub fn push_new(&mut self, hash: i64, key: PyRef, value: PyRef) {
        self.tracked |= crate::gc::may_be_tracked(&key) || crate::gc::may_be_tracked(&value);
        self.shape.insert_new(is_exact_str(&key), self.map.len());
        self.map.insert(DictKey { hash, key }, value);
    }

    /// Removes entry `i` keeping the order of the others; returns (key, value).
    pub fn remove_index(&mut self, i: usize) -> Option<(PyRef, PyRef)> {
        let removed = self.map.shift_remove_index(i).map(|(k, v)| (k.key, v));
        if removed.is_some() {
            self.shape.delete(i);
        }
        removed
    }

    pub fn pop_last(&mut self) -> Option<(PyRef, PyRef)> {
        let popped = self.map.pop().map(|(k, v)| (k.key, v));
        if popped.is_some() {
            self.shape.pop_last();
        }
        popped
    }

    pub fn iter(&self) -> impl Iterator<Item = (&PyRef, &PyRef)> {
        self.map.iter().map(|(k, v)| (&k.key, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &PyRef> {
        self.map.keys().map(|k| &k.key)
    }

    pub fn values(&self) -> impl Iterator<Item = &PyRef> {
        self.map.values()
    }

    pub fn hash_at(&self, i: usize) -> i64 {
        self.map.get_index(i).map_or(0, |(k, _)| k.hash)
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        for (k, v) in self.map.iter() {
            visit(&k.key);
            visit(v);
        }
    }

    /// Moves every key and value into `out`, in entry order, key before value.
    pub fn drain_into(&mut self, out: &mut Vec<PyRef>) {
        self.shape = KeysShape::default();
        for (k, v) in self.map.drain(..) {
            out.push(k.key);
            out.push(v);
        }
    }

    /// Takes all entries out (the caller drops them outside any borrow). What is left is
    /// a cleared dict: CPython's `PyDict_Clear` goes back to the shared empty keys.
    pub fn take(&mut self) -> Dict {
        std::mem::take(self)
    }

    /// A copy, as `PyDict_Copy`: an empty dict for an empty one; a clone of the keys
    /// object when at most a third of the entries are holes; else a fresh merge.
    pub fn clone_entries(&self) -> Dict {
        let mut d = Dict::new();
        if self.is_empty() {
            return d;
        }
        if self.len() >= self.shape.nentries * 2 / 3 {
            d.clone_from_dict(self);
            return d;
        }
        if !d.prepare_merge(self) {
            d.map.reserve(self.len());
            for (k, v) in self.map.iter() {
                d.push_new(k.hash, k.key.clone(), v.clone());
            }
        }
        d
    }
}
