//! `dict`: an insertion-ordered hash map (indexmap) keyed by Python objects.
//!
//! Keys carry their Python hash. Equality of keys can run Python code (`__eq__`), which may
//! touch the very dict being searched, so a lookup never calls Python while the map is
//! borrowed: [`Dict::probe`] answers for keys whose equality is known natively (identity,
//! str, int, float...) and otherwise returns the candidates with an equal hash; the caller
//! (`vm::dict_ops`) compares those with the map released, then finds the winner by identity.

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
}

/// Native equality of two keys when it is decidable without running Python code.
pub type NativeEq = fn(&PyRef, &PyRef) -> Option<bool>;

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            map: Map::with_capacity_and_hasher(n, Default::default()),
        }
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
        let slot = self.map.get_index_mut(i).expect("index in range").1;
        std::mem::replace(slot, value)
    }

    /// Appends a key known to be absent.
    pub fn push_new(&mut self, hash: i64, key: PyRef, value: PyRef) {
        self.map.insert(DictKey { hash, key }, value);
    }

    /// Removes entry `i` keeping the order of the others; returns (key, value).
    pub fn remove_index(&mut self, i: usize) -> Option<(PyRef, PyRef)> {
        self.map.shift_remove_index(i).map(|(k, v)| (k.key, v))
    }

    pub fn pop_last(&mut self) -> Option<(PyRef, PyRef)> {
        self.map.pop().map(|(k, v)| (k.key, v))
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
        for (k, v) in self.map.drain(..) {
            out.push(k.key);
            out.push(v);
        }
    }

    /// Takes all entries out (the caller drops them outside any borrow).
    pub fn take(&mut self) -> Dict {
        std::mem::take(self)
    }

    pub fn clone_entries(&self) -> Dict {
        let mut d = Dict::with_capacity(self.len());
        for (k, v) in self.map.iter() {
            d.map.insert(
                DictKey {
                    hash: k.hash,
                    key: k.key.clone(),
                },
                v.clone(),
            );
        }
        d
    }
}
