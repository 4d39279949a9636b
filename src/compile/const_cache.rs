//! The compiler's constant cache (compile.c's `c_const_cache`), replayed after the fact.
//!
//! CPython merges equal constants of one compilation into one object
//! (`merge_consts_recursive`): the first object to enter the cache under a key is the one
//! every later equal constant becomes. Which object that is decides a count a program can
//! see. The parsed tree (its arena) holds one reference to each constant written in the
//! source while the main script or an `exec` string runs; when such a constant was the first
//! of its key, the merged object carries that reference, and when something the compiler
//! made came first (call keyword names, an import's names, a `def`'s folded defaults, a
//! function's `co_consts` or `co_names`), the tree's own object is a different one and the
//! merged object does not show it.
//!
//! refpy's compiler makes plain [`Const`] values; it records, per constant, when it entered
//! the cache and whether from the source ([`crate::bytecode::ConstOrigin`]), and when each
//! code object's tuples did (`made_seq`). [`source_owned`] replays those entries in order
//! and answers which keys the tree owns; `vm::import` builds the objects with [`ConstKey`].

use std::collections::{HashMap, HashSet};

use crate::bytecode::{CodeObject, Const, ConstOrigin};

/// `_PyCode_ConstantKey`: constants are merged when type and value agree (floats by
/// their bits, so `0.0` and `-0.0` stay apart). Code objects are never merged.
#[derive(Clone, Debug, Hash, PartialEq, Eq)]
pub enum ConstKey {
    None,
    Bool(bool),
    Int(num_bigint::BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
}

impl ConstKey {
    /// The key of a tuple of `items` (None when one of them is a code object).
    pub fn of_tuple(items: &[Const]) -> Option<ConstKey> {
        let keys = items.iter().map(ConstKey::of).collect::<Option<Vec<_>>>();
        keys.map(ConstKey::Tuple)
    }

    /// The key of a tuple of names (`co_names`).
    pub fn of_names(names: &[String]) -> ConstKey {
        ConstKey::Tuple(names.iter().map(|n| ConstKey::Str(n.clone())).collect())
    }

    pub fn of(c: &Const) -> Option<ConstKey> {
        let all = |items: &[Const]| items.iter().map(ConstKey::of).collect::<Option<Vec<_>>>();
        Some(match c {
            Const::None => ConstKey::None,
            Const::Bool(b) => ConstKey::Bool(*b),
            Const::Int(i) => ConstKey::Int(i.clone()),
            Const::Float(f) => ConstKey::Float(f.to_bits()),
            Const::Complex(re, im) => ConstKey::Complex(re.to_bits(), im.to_bits()),
            Const::Str(s) => ConstKey::Str(s.clone()),
            Const::Bytes(b) => ConstKey::Bytes(b.clone()),
            Const::Ellipsis => ConstKey::Ellipsis,
            Const::Tuple(items) => ConstKey::Tuple(all(items)?),
            Const::FrozenSet(items) => ConstKey::FrozenSet(all(items)?),
            Const::Code(_) => return None,
        })
    }
}

/// The keys whose merged object is the parsed tree's own: the first entry of the key in
/// the cache of the compilation of `code` (and the code nested in it) came from the source.
pub fn source_owned(code: &CodeObject) -> HashSet<ConstKey> {
    // (seq, order within seq, key, origin)
    let mut entries: Vec<(u32, u8, ConstKey, ConstOrigin)> = Vec::new();
    let mut stack = vec![code];
    while let Some(code) = stack.pop() {
        for (c, origin) in code.consts.iter().zip(&code.const_origins) {
            if let Const::Code(inner) = c {
                stack.push(inner);
            } else if let Some(key) = ConstKey::of(c) {
                entries.push((origin.seq, 0, key, *origin));
            }
        }
        // `makecode`: `co_names`, then `co_consts`, of objects already in the cache.
        let made = ConstOrigin {
            seq: code.made_seq,
            source: false,
            source_items: false,
        };
        entries.push((code.made_seq, 1, ConstKey::of_names(&code.names), made));
        if let Some(key) = ConstKey::of_tuple(&code.consts) {
            entries.push((code.made_seq, 2, key, made));
        }
    }
    entries.sort_by_key(|e| (e.0, e.1));
    let mut first: HashMap<ConstKey, bool> = HashMap::new();
    for (_, _, key, origin) in entries {
        enter(&mut first, key, origin.source, origin.source_items);
    }
    first
        .into_iter()
        .filter_map(|(key, source)| source.then_some(key))
        .collect()
}

/// `merge_consts_recursive`: a new key enters with its items (the tree's when
/// `source_items`); a known one changes nothing. A frozenset is remade from its merged
/// items, so the tree never owns one.
fn enter(first: &mut HashMap<ConstKey, bool>, key: ConstKey, source: bool, source_items: bool) {
    if first.contains_key(&key) {
        return;
    }
    let items = match &key {
        ConstKey::Tuple(items) | ConstKey::FrozenSet(items) => items.clone(),
        _ => Vec::new(),
    };
    let owned = source && !matches!(key, ConstKey::FrozenSet(_));
    first.insert(key, owned);
    for item in items {
        enter(first, item, source_items, source_items);
    }
}
