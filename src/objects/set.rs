//! `set` and `frozenset`: CPython's open-addressing table, slot for slot.
//!
//! The table layout is observable: a set iterates in slot order (so small non-negative ints
//! come out ascending) and `sys.getsizeof` reports the table size, which depends on how the
//! set grew. So this follows `Objects/setobject.c` (3.11): 8 slots minimum, linear probing of
//! up to 9 neighbours then perturbed jumps, dummies left by removals, and a resize to
//! `used * 4` (or `* 2` past 50,000) when the fill reaches 3/5 of the table.
//!
//! Equality may run Python code, so every operation takes an `eq` callback that can fail;
//! the callback is a type parameter, so the callers' native comparison (exact ints and
//! strs, no Python code) is inlined into the probe loop.

use crate::heap::PyRef;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// CPython's `setentry`: a key and its hash, 16 bytes. No key: an empty slot (hash 0) or
/// a dummy left by a removal (hash -1, `dummy`'s marker).
#[derive(Clone)]
struct Slot {
    hash: i64,
    key: Option<PyRef>,
}

const DUMMY_HASH: i64 = -1;

impl Slot {
    const EMPTY: Slot = Slot { hash: 0, key: None };
    const DUMMY: Slot = Slot {
        hash: DUMMY_HASH,
        key: None,
    };

    #[inline]
    fn is_empty(&self) -> bool {
        self.key.is_none() && self.hash != DUMMY_HASH
    }

    #[inline]
    fn active(&self) -> Option<(i64, &PyRef)> {
        self.key.as_ref().map(|k| (self.hash, k))
    }
}

/// A table of `n` empty slots.
fn empty_table(n: usize) -> Vec<Slot> {
    let mut t = Vec::with_capacity(n);
    t.resize_with(n, || Slot::EMPTY);
    t
}

pub struct SetData {
    /// The slots; empty (no allocation) until the first key arrives, standing for
    /// CPython's 8-slot `smalltable`, which lives inside the set object.
    table: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// `so->finger`: where the next `pop` starts looking (CPython's search finger, so
    /// that popping in a loop does not rescan the emptied start of the table).
    finger: usize,
}

impl Default for SetData {
    fn default() -> Self {
        SetData::new()
    }
}

/// Where a lookup that lets `__eq__` change the set stands: the loop state of CPython's
/// `set_lookkey`/`set_add_entry`, kept while the set is not borrowed.
pub struct Probe {
    i: usize,
    /// The next of the linear probes at `i`.
    j: usize,
    perturb: u64,
    freeslot: Option<usize>,
    /// The table walked ([`SetData::table_identity`]).
    table: usize,
}

/// What [`SetData::probe_step`] reached.
pub enum Step {
    Found(usize),
    /// Not present; the slot where it would go.
    Absent(usize),
    /// A key of the same hash at this slot, whose `__eq__` must run.
    Compare(usize, PyRef),
}

enum Lookup {
    Found(usize),
    /// Not present; the slot where it would go.
    Absent(usize),
}

impl SetData {
    pub fn new() -> SetData {
        SetData {
            table: Vec::new(),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots in the table (for `getsizeof`).
    pub fn table_size(&self) -> usize {
        self.table.len().max(MIN_SIZE)
    }

    /// The table's size less one (as if allocated: see `table`).
    fn mask(&self) -> usize {
        self.table_size() - 1
    }

    /// Allocates the minimal table of a set that has had none yet.
    fn ensure_table(&mut self) {
        if self.table.is_empty() {
            self.table = empty_table(MIN_SIZE);
        }
    }

    /// The probe sequence of `setobject.c`, stopping at the key or at an empty slot.
    #[inline(always)]
    fn lookup<E, F: FnMut(&PyRef, &PyRef) -> Result<bool, E> + ?Sized>(
        &self,
        hash: i64,
        key: &PyRef,
        eq: &mut F,
    ) -> Result<Lookup, E> {
        if self.table.is_empty() {
            return Ok(Lookup::Absent(0));
        }
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for (j, slot) in self.table[i..=i + probes].iter().enumerate() {
                match &slot.key {
                    Some(k) => {
                        if slot.hash == hash && (k.is(key) || eq(k, key)?) {
                            return Ok(Lookup::Found(i + j));
                        }
                    }
                    // `set_add_entry` takes the last dummy it passed, not the first.
                    None if slot.hash == DUMMY_HASH => freeslot = Some(i + j),
                    None => return Ok(Lookup::Absent(freeslot.unwrap_or(i + j))),
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Which table a lookup walks, as CPython's `so->table` pointer tells: every small
    /// table is the set's one `smalltable`, a larger one is new at each resize.
    fn table_identity(&self) -> usize {
        if self.table.len() > MIN_SIZE {
            self.table.as_ptr() as usize
        } else {
            0
        }
    }

    /// A lookup whose `__eq__` calls run with the set free to change (see [`Probe`]).
    pub fn probe(&self, hash: i64) -> Probe {
        let mask = self.mask();
        Probe {
            i: (hash as u64 as usize) & mask,
            j: 0,
            perturb: hash as u64,
            freeslot: None,
            table: self.table_identity(),
        }
    }

    /// Walks `probe` on from where it stopped, with `native` for equality that needs no
    /// Python code (its `Err` hands the comparison to the caller: [`Step::Compare`]).
    pub fn probe_step<E>(
        &self,
        hash: i64,
        key: &PyRef,
        probe: &mut Probe,
        native: &mut impl FnMut(&PyRef, &PyRef) -> Result<bool, E>,
    ) -> Step {
        if self.table.is_empty() {
            return Step::Absent(0);
        }
        let mask = self.mask();
        loop {
            let probes = if probe.i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            while probe.j <= probes {
                let at = probe.i + probe.j;
                probe.j += 1;
                let slot = &self.table[at];
                match &slot.key {
                    Some(k) if slot.hash == hash => {
                        if k.is(key) {
                            return Step::Found(at);
                        }
                        match native(k, key) {
                            Ok(true) => return Step::Found(at),
                            Ok(false) => {}
                            Err(_) => return Step::Compare(at, k.clone()),
                        }
                    }
                    Some(_) => {}
                    None if slot.hash == DUMMY_HASH => probe.freeslot = Some(at),
                    None => return Step::Absent(probe.freeslot.unwrap_or(at)),
                }
            }
            probe.perturb >>= PERTURB_SHIFT;
            probe.i = (probe
                .i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(probe.perturb as usize))
                & mask;
            probe.j = 0;
        }
    }

    /// After an `__eq__` found `startkey` (at `at`) unequal: whether the walk may go on,
    /// or must restart because the comparison changed the table (`set_lookkey`'s
    /// `table != so->table || entry->key != startkey`).
    pub fn probe_still_valid(&self, probe: &Probe, at: usize, startkey: &PyRef) -> bool {
        probe.table == self.table_identity()
            && self
                .table
                .get(at)
                .and_then(|s| s.key.as_ref())
                .is_some_and(|k| k.is(startkey))
    }

    /// Whether slot `at` holds a key (a lookup's `entry->key != NULL`).
    pub fn is_active(&self, at: usize) -> bool {
        self.table.get(at).is_some_and(|s| s.key.is_some())
    }

    /// Puts `key` in slot `at`, where a lookup just found it absent (`found_unused` /
    /// `found_unused_or_dummy` of `set_add_entry`), then grows the table if it filled.
    pub fn insert_at(&mut self, at: usize, hash: i64, key: PyRef) {
        self.ensure_table();
        let was_empty = self.table[at].is_empty();
        self.table[at] = Slot {
            hash,
            key: Some(key),
        };
        self.used += 1;
        if was_empty {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let min_used = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(min_used);
            }
        }
    }

    /// Takes the key out of slot `at`, leaving a dummy (`set_discard_entry`).
    pub fn remove_at(&mut self, at: usize) -> Option<PyRef> {
        let key = self.table.get_mut(at)?.key.take()?;
        self.table[at] = Slot::DUMMY;
        self.used -= 1;
        Some(key)
    }

    pub fn contains<E, F: FnMut(&PyRef, &PyRef) -> Result<bool, E> + ?Sized>(
        &self,
        hash: i64,
        key: &PyRef,
        eq: &mut F,
    ) -> Result<bool, E> {
        Ok(matches!(self.lookup(hash, key, eq)?, Lookup::Found(_)))
    }

    /// Adds `key`; returns whether it was new.
    pub fn add<E, F: FnMut(&PyRef, &PyRef) -> Result<bool, E> + ?Sized>(
        &mut self,
        hash: i64,
        key: PyRef,
        eq: &mut F,
    ) -> Result<bool, E> {
        self.try_add(hash, key, eq).map_err(|(e, _)| e)
    }

    /// Adds `key`, or hands it back with the error when a comparison failed (a caller
    /// that tries a native comparison first retries with the same key, without holding a
    /// second reference to it meanwhile).
    #[inline]
    pub fn try_add<E, F: FnMut(&PyRef, &PyRef) -> Result<bool, E> + ?Sized>(
        &mut self,
        hash: i64,
        key: PyRef,
        eq: &mut F,
    ) -> Result<bool, (E, PyRef)> {
        self.ensure_table();
        match self.lookup(hash, &key, eq) {
            Err(e) => Err((e, key)),
            Ok(Lookup::Found(_)) => Ok(false),
            Ok(Lookup::Absent(slot)) => {
                self.insert_at(slot, hash, key);
                Ok(true)
            }
        }
    }

    /// Removes `key`; returns it if it was present.
    pub fn remove<E, F: FnMut(&PyRef, &PyRef) -> Result<bool, E> + ?Sized>(
        &mut self,
        hash: i64,
        key: &PyRef,
        eq: &mut F,
    ) -> Result<Option<PyRef>, E> {
        match self.lookup(hash, key, eq)? {
            Lookup::Found(i) => {
                let old = std::mem::replace(&mut self.table[i], Slot::DUMMY);
                self.used -= 1;
                Ok(old.key)
            }
            Lookup::Absent(_) => Ok(None),
        }
    }

    /// Grows (or shrinks) the table to the smallest power of two above `min_used`.
    fn resize(&mut self, min_used: usize) {
        let mut new_size = MIN_SIZE;
        while new_size <= min_used {
            new_size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, empty_table(new_size));
        self.fill = self.used;
        for slot in old {
            if let Some(k) = slot.key {
                self.insert_clean(slot.hash, k);
            }
        }
    }

    /// Inserts a key known to be absent into a table without dummies.
    fn insert_clean(&mut self, hash: i64, key: PyRef) {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for slot in &mut self.table[i..=i + probes] {
                if slot.is_empty() {
                    *slot = Slot {
                        hash,
                        key: Some(key),
                    };
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// The end of `set_difference_update_internal`: when more than a quarter of the table
    /// is dummies, resize them away.
    pub fn resize_away_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let used = self.used;
            self.resize(if used > 50_000 { used * 2 } else { used * 4 });
        }
    }

    /// `set_merge`'s pre-sizing before adding `incoming` keys from another set.
    pub fn reserve_for_merge(&mut self, incoming: usize) {
        self.ensure_table();
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// `set_merge`: adds every key of `other`. The table is sized once up front; an empty
    /// table the size of `other`'s, which has no dummies, becomes a slot-for-slot copy of
    /// it, and any other empty table gets the keys in `other`'s slot order (so a copy's
    /// layout, hence its iteration order, can differ from the original's).
    pub fn merge<E, F: FnMut(&PyRef, &PyRef) -> Result<bool, E> + ?Sized>(
        &mut self,
        other: &SetData,
        eq: &mut F,
    ) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        self.reserve_for_merge(other.used);
        if self.fill == 0 {
            if self.table.len() == other.table.len() && other.fill == other.used {
                // The slots only: the pop finger stays this set's own.
                self.table.clone_from(&other.table);
                self.fill = other.fill;
                self.used = other.used;
                return Ok(());
            }
            for (h, k) in other.iter() {
                self.insert_clean(h, k.clone());
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        for (h, k) in other.iter() {
            self.add(h, k.clone(), eq)?;
        }
        Ok(())
    }

    /// `make_new_set` from another set: an empty set, then [`SetData::merge`].
    pub fn merged_copy(other: &SetData) -> SetData {
        let mut s = SetData::new();
        let no_compare = &mut |_: &PyRef, _: &PyRef| Ok::<bool, ()>(false);
        // An empty table never compares keys.
        let _ = s.merge(other, no_compare);
        s
    }

    /// Active entries in slot order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &PyRef)> {
        self.table.iter().filter_map(Slot::active)
    }

    /// The entry at or after slot `pos`: `(next_pos, key)`, for iterators.
    pub fn entry_from(&self, mut pos: usize) -> Option<(usize, &PyRef)> {
        while pos < self.table.len() {
            if let Some(k) = &self.table[pos].key {
                return Some((pos + 1, k));
            }
            pos += 1;
        }
        None
    }

    /// `set_clear_internal`: the entries go (returned, for the caller to release outside
    /// any borrow) and the table is a new empty one; the pop finger stays where it was.
    pub fn clear(&mut self) -> SetData {
        let finger = self.finger;
        let old = std::mem::take(self);
        self.finger = finger;
        old
    }

    /// `set_swap_bodies`: this set takes `other`'s table, fill and used, and hands back
    /// its own, but keeps its pop finger (CPython swaps everything but `so->finger`), so a
    /// `pop` after `intersection_update` or `&=` starts where the last one stopped.
    pub fn swap_bodies(&mut self, other: SetData) -> SetData {
        let finger = self.finger;
        let old = std::mem::replace(self, other);
        self.finger = finger;
        old
    }

    /// `set_pop`: the first active slot from the finger on (wrapping), which becomes a
    /// dummy; the finger moves past it.
    pub fn pop(&mut self) -> Option<PyRef> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.table[i].key.is_none() {
            i = if i >= mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        self.used -= 1;
        std::mem::replace(&mut self.table[i], Slot::DUMMY).key
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        for (_, k) in self.iter() {
            visit(k);
        }
    }

    pub fn drain_into(&mut self, out: &mut Vec<PyRef>) {
        out.extend(
            std::mem::take(&mut self.table)
                .into_iter()
                .filter_map(|s| s.key),
        );
        self.fill = 0;
        self.used = 0;
    }

    pub fn copy(&self) -> SetData {
        SetData {
            table: self.table.clone(),
            fill: self.fill,
            used: self.used,
            finger: 0,
        }
    }
}
