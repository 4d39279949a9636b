//! The order of an `OrderedDict`: CPython's `PyODictObject` linked list of nodes
//! (`Objects/odictobject.c`), kept beside the dict's own table.
//!
//! CPython's OrderedDict never reorders its underlying dict: the dict's entries stay in
//! insertion order (so `del`, `clear()` and teardown release values in that order, and
//! `dict.keys(od)` shows it), while a doubly linked list of nodes gives the order that
//! iteration, `move_to_end` and `popitem` see. Each node holds a strong reference to its
//! key (a key of an OrderedDict is referenced twice) and its hash; `od_state` changes on
//! every list change so that an `odict_iterator` notices mutation.
//!
//! CPython finds a key's node through `od_fast_nodes`, a table mirroring the dict's hash
//! table; here a node is found by the identity of the key the dict stores (which is the
//! node's key: both were the key first inserted). Nodes live in a slab; their Rust
//! allocation is not part of any Python-visible size (`_odict_sizeof` computes C's).

use std::collections::HashMap;

use crate::heap::PyRef;

/// One `_ODictNode`.
struct Node {
    key: PyRef,
    hash: i64,
    prev: Option<u32>,
    next: Option<u32>,
}

/// The linked order of an OrderedDict (`od_first`, `od_last`, the nodes, `od_state`).
#[derive(Default)]
pub struct ODictOrder {
    nodes: Vec<Option<Node>>,
    free: Vec<u32>,
    /// Node of each key, by the key's identity.
    by_key: HashMap<usize, u32>,
    first: Option<u32>,
    last: Option<u32>,
    /// `od_state`: incremented whenever the list changes.
    state: u64,
}

impl ODictOrder {
    fn node(&self, id: u32) -> &Node {
        self.nodes[id as usize]
            .as_ref()
            .expect("a linked odict node is live")
    }

    fn node_mut(&mut self, id: u32) -> &mut Node {
        self.nodes[id as usize]
            .as_mut()
            .expect("a linked odict node is live")
    }

    pub fn state(&self) -> u64 {
        self.state
    }

    pub fn is_empty(&self) -> bool {
        self.first.is_none()
    }

    /// Whether `key` (the dict's stored key object) has a node.
    pub fn contains(&self, key: &PyRef) -> bool {
        self.by_key.contains_key(&key.id())
    }

    /// `_odict_add_new_node`: a node for `key` at the end, unless it has one.
    pub fn add_new(&mut self, key: PyRef, hash: i64) {
        if self.contains(&key) {
            return;
        }
        let node = Node {
            key,
            hash,
            prev: None,
            next: None,
        };
        let id = match self.free.pop() {
            Some(id) => {
                self.nodes[id as usize] = Some(node);
                id
            }
            None => {
                self.nodes.push(Some(node));
                (self.nodes.len() - 1) as u32
            }
        };
        let k = self.node(id).key.id();
        self.by_key.insert(k, id);
        self.link_tail(id);
    }

    /// `_odict_add_tail`.
    fn link_tail(&mut self, id: u32) {
        let last = self.last;
        {
            let n = self.node_mut(id);
            n.prev = last;
            n.next = None;
        }
        match last {
            Some(l) => self.node_mut(l).next = Some(id),
            None => self.first = Some(id),
        }
        self.last = Some(id);
        self.state += 1;
    }

    /// `_odict_add_head`.
    fn link_head(&mut self, id: u32) {
        let first = self.first;
        {
            let n = self.node_mut(id);
            n.next = first;
            n.prev = None;
        }
        match first {
            Some(f) => self.node_mut(f).prev = Some(id),
            None => self.last = Some(id),
        }
        self.first = Some(id);
        self.state += 1;
    }

    /// `_odict_remove_node`: unlinks without freeing.
    fn unlink(&mut self, id: u32) {
        let (prev, next) = {
            let n = self.node(id);
            (n.prev, n.next)
        };
        match prev {
            Some(p) => self.node_mut(p).next = next,
            None => self.first = next,
        }
        match next {
            Some(n) => self.node_mut(n).prev = prev,
            None => self.last = prev,
        }
        let n = self.node_mut(id);
        n.prev = None;
        n.next = None;
        self.state += 1;
    }

    /// `_odict_clear_node`: removes `key`'s node; returns its key reference for the
    /// caller to release (outside any borrow), or `None` if the key had no node.
    pub fn remove(&mut self, key: &PyRef) -> Option<PyRef> {
        let id = self.by_key.remove(&key.id())?;
        self.unlink(id);
        self.free.push(id);
        self.nodes[id as usize].take().map(|n| n.key)
    }

    /// `move_to_end` on a key with a node; false if it has none.
    pub fn move_to_end(&mut self, key: &PyRef, last: bool) -> bool {
        let Some(&id) = self.by_key.get(&key.id()) else {
            return false;
        };
        if last && self.last != Some(id) {
            self.unlink(id);
            self.link_tail(id);
        } else if !last && self.first != Some(id) {
            self.unlink(id);
            self.link_head(id);
        }
        true
    }

    /// The key and hash at the front (`last == false`) or back of the list.
    pub fn end(&self, last: bool) -> Option<(&PyRef, i64)> {
        let id = if last { self.last } else { self.first }?;
        let n = self.node(id);
        Some((&n.key, n.hash))
    }

    /// The key after (or, `reverse`, before) `key`'s node: `None` at the end. The outer
    /// `None` means `key` has no node.
    pub fn neighbour(&self, key: &PyRef, reverse: bool) -> Option<Option<&PyRef>> {
        let &id = self.by_key.get(&key.id())?;
        let n = self.node(id);
        let other = if reverse { n.prev } else { n.next };
        Some(other.map(|o| &self.node(o).key))
    }

    /// The keys, first to last.
    pub fn keys(&self) -> impl Iterator<Item = &PyRef> {
        let mut cur = self.first;
        std::iter::from_fn(move || {
            let n = self.node(cur?);
            cur = n.next;
            Some(&n.key)
        })
    }

    /// `_odict_clear_nodes`: every key reference, first to last, for the caller to release.
    pub fn drain_into(&mut self, out: &mut Vec<PyRef>) {
        let mut cur = self.first;
        while let Some(id) = cur {
            let n = self.nodes[id as usize]
                .take()
                .expect("a linked odict node is live");
            cur = n.next;
            out.push(n.key);
        }
        self.nodes.clear();
        self.free.clear();
        self.by_key.clear();
        self.first = None;
        self.last = None;
    }
}

impl Drop for ODictOrder {
    /// `odict_dealloc` frees the nodes first to last.
    fn drop(&mut self) {
        let mut keys = Vec::new();
        self.drain_into(&mut keys);
        drop(keys);
    }
}
