//! `dict`: CPython 3.11's compact dict, written out by hand.
//!
//! ## The layout
//!
//! A [`Dict`] *is* CPython's combined-table `PyDictObject` plus its `PyDictKeysObject`
//! (`Objects/dictobject.c`), so that everything observable about a dict — iteration order,
//! which entry an iterator sees after a mutation, the order references are released in,
//! and `sys.getsizeof` — falls out of the same table CPython would have:
//!
//! ```text
//!   indices: [ -1, 2, -1, -2, 0, -1, 1, -1 ]     dk_indices: 2**log2_size slots
//!                  |           |      |           (DKIX_EMPTY = -1, DKIX_DUMMY = -2)
//!   entries: [ (h,k,v), (h,k,v), (h,k,v), None ]  dk_entries[0 .. dk_nentries]
//!                                         hole: a deleted entry
//! ```
//!
//! * `entries` is dense and in insertion order: a new key is appended (`insertdict`,
//!   `insert_to_emptydict`), so iterating the entries and skipping holes *is* iteration
//!   order. An entry keeps its position until the next resize; deleting one
//!   (`delitem_common`) leaves a hole (`None`) and turns its index slot into
//!   `DKIX_DUMMY`, in O(1) — no shifting.
//! * `indices` is the open-addressed hash table over the entries, probed as `lookdict`
//!   does (3.11 order: `perturb >>= PERTURB_SHIFT` *then* `i = (i*5 + perturb + 1) & mask`,
//!   from `i = hash & mask`). A new key takes the first `DKIX_EMPTY` slot on its probe path
//!   (`find_empty_slot` skips dummies: they are never reused before a resize).
//! * `usable` is `dk_usable`: it starts at `USABLE_FRACTION(size) = 2*size/3`, every append
//!   consumes one, and nothing gives one back — neither a delete nor `popitem` (which only
//!   lowers `dk_nentries`, here: truncates `entries`). When it reaches 0 the next insert
//!   resizes (`insertion_resize`) to `calculate_log2_keysize(GROWTH_RATE = used * 3)`;
//!   `dictresize` copies the live entries into a fresh table in order, dropping the holes
//!   (so positions change only there), and rebuilds the indices (`build_indices_*`).
//! * The kind: a table whose keys are all exact `str` is `DICT_KEYS_UNICODE` (16-byte
//!   entries in CPython, no stored hash); the first other key turns it
//!   `DICT_KEYS_GENERAL` (24-byte entries) through an `insertion_resize(mp, 0)`, and it
//!   never goes back before `clear`. We store the hash in every entry either way; the kind
//!   only decides sizes and when that extra resize happens.
//! * No table at all (`log2_size == 0`, empty `indices`) is CPython's shared
//!   `Py_EMPTY_KEYS`: a new or cleared dict, which `getsizeof` does not count.
//!
//! `sizeof()` is then `_PyDict_SizeOf` read off the real table: `sizeof(PyDictObject)` +
//! `_PyDict_KeysSize` (header, index bytes of the width CPython picks for `log2_size`, and
//! `USABLE_FRACTION(size)` entries of the kind's size). Index slots here are always `i32`
//! (a dict of 2**31 entries cannot exist on this machine), which is CPython's width from
//! 2**16 slots on and faster than switching widths.
//!
//! ## Lookups never run Python while the dict is borrowed
//!
//! Equality of keys can run Python code (`__eq__`), which may touch the very dict being
//! searched. [`Dict::probe`] walks the probe path and answers for keys whose equality is
//! known natively (identity, str, int, float...); at the first candidate of equal hash that
//! needs Python it returns that candidate and every later one on the path
//! ([`Probe::NeedsEq`], in probe order as `dictkeys_generic_lookup` would compare them);
//! the caller (`vm::dict_find`) compares them with the dict released, then finds the
//! winner again by identity ([`Dict::index_of_identical`]) — CPython's restart on
//! `DKIX_KEY_CHANGED` in spirit.
//!
//! ## Positions
//!
//! An index `i` handed out by this API ([`Probe::Found`], [`Dict::index_of_str`]...) is an
//! entry position (`ix` in CPython), stable until the next insert that resizes. Code that
//! walks a dict by position (the dict iterators, module teardown) walks `0..nentries()` and
//! skips holes, as `dictiter_iternextkey` walks `di_pos` over `dk_entries`.
//!
//! Release order matches `free_keys_object` / `PyDict_Clear`: entry order, key before value
//! ([`Dict::drain_into`], and dropping a [`Dict`] returned by [`Dict::take`]).

use crate::heap::{PyRef, WeakPyRef};

/// `DKIX_EMPTY`: an index slot never used since the table was made.
const DKIX_EMPTY: i32 = -1;
/// `DKIX_DUMMY`: an index slot whose entry was deleted.
const DKIX_DUMMY: i32 = -2;
const PERTURB_SHIFT: u32 = 5;
/// `PyDict_LOG_MINSIZE`: the smallest real table has 8 slots.
const LOG_MINSIZE: u8 = 3;
/// `dict_new_presized` never presizes beyond 2**17 slots.
const LOG_MAX_PRESIZE: u8 = 17;

/// One `PyDictKeyEntry`. Field order is drop order: key before value.
struct Entry {
    hash: i64,
    key: PyRef,
    value: PyRef,
}

impl Entry {
    fn duplicate(&self) -> Entry {
        Entry {
            hash: self.hash,
            key: self.key.clone(),
            value: self.value.clone(),
        }
    }
}

/// What a probe found.
pub enum Probe {
    Found(usize),
    Missing,
    /// Keys with an equal hash whose equality needs Python, in probe order: compare them
    /// (identity first, then `==`), then look up the winner with
    /// [`Dict::index_of_identical`].
    NeedsEq(Vec<PyRef>),
}

/// A dict's table: see the module doc.
#[derive(Default)]
pub struct Dict {
    /// `dk_indices`, `2**log2_size` slots (see [`Indices`]); empty for `Py_EMPTY_KEYS`.
    indices: Indices,
    /// `dk_entries[0 .. dk_nentries]`; `None` is a deleted entry.
    entries: Vec<Option<Entry>>,
    /// `dk_log2_size` (0: `Py_EMPTY_KEYS`).
    log2_size: u8,
    /// `dk_kind == DICT_KEYS_GENERAL`: some key is not an exact `str`.
    general: bool,
    /// `dk_usable`. (`u32`, as `used`: every dict pays for these fields, and a dict of
    /// four billion entries would not fit in this machine's memory.)
    usable: u32,
    /// `ma_used`: live entries.
    used: u32,
    /// Whether CPython would have this dict tracked by the collector: a dict starts
    /// untracked and becomes tracked when a key or value that may be tracked goes in
    /// (`MAINTAIN_TRACKING`); only a full collection untracks it again.
    tracked: bool,
    /// An untracked dict a collection took out of the generation lists, where CPython's
    /// (in no list at all) would be: becoming tracked puts it back at the young end of
    /// generation 0, as `_PyObject_GC_TRACK` does (`gc::reattach_dict`).
    detached: bool,
    /// An exact dict made untracked (`PyDict_New` does not track) and never tracked
    /// since: one more than its object's position in generation 0 when it was allocated
    /// (0: none). CPython's such dict is in no list, and `MAINTAIN_TRACKING` appends it to
    /// generation 0 when it becomes tracked, after everything allocated meanwhile;
    /// refpy's sits where it was allocated until then, and moves to the young end at that
    /// moment (`gc::track_at_young_end`, which finds the entry from this position, kept
    /// current when the list is compacted). A `u32` in what was padding: the dict pays
    /// no space for it, and its allocation one store.
    young_at: u32,
    /// Changes whenever a key comes, goes or moves (CPython's `dk_version` idea): equal
    /// versions mean the same dict with the same keys at the same positions, so inline
    /// caches (`vm::inline_cache`) can keep a position. Values drawn from one counter, so
    /// no two dicts share a version except 0, which only a dict that never held a key has.
    version: u64,
    /// A split table: the class whose shared keys (`TypeData::shared_keys`) this dict's
    /// keys are, as an instance's attribute dict starts out in CPython 3.11. Only its size
    /// depends on it (`_PyDict_SizeOf`); a key the shared keys have no room for, or
    /// `popitem`, turns it into a combined table.
    split_of: Option<WeakPyRef>,
}

thread_local! {
    static LAST_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A dict keys version never handed out before.
fn next_version() -> u64 {
    LAST_VERSION.with(|v| {
        let next = v.get() + 1;
        v.set(next);
        next
    })
}

/// The largest table whose index slots are bytes (CPython's `int8_t` indices go to
/// `2**7` slots too: an entry position there is below `USABLE_FRACTION(128) = 85`).
const LOG2_NARROW_MAX: u8 = 7;

/// `dk_indices`: one slot per table entry, `DKIX_EMPTY`, `DKIX_DUMMY` or an entry
/// position. A table of up to `2**LOG2_NARROW_MAX` slots keeps them as bytes, four to a
/// word: an instance's attribute table (8 slots) takes 8 bytes instead of 32, and every
/// instance has one. Larger tables keep `i32` slots. The words are stored either way (a
/// `Box<[i32]>`, no tag: the table's `log2_size` says which view applies), so a dict
/// pays one pointer and one length for them.
#[derive(Default, Clone)]
struct Indices(Box<[i32]>);

impl Indices {
    /// A table of `2**log2` empty slots.
    fn empty(log2: u8) -> Indices {
        let size = 1usize << log2;
        if log2 <= LOG2_NARROW_MAX {
            // Four byte slots to a word, each byte DKIX_EMPTY (0xff).
            Indices(vec![DKIX_EMPTY; size.div_ceil(4)].into_boxed_slice())
        } else {
            Indices(vec![DKIX_EMPTY; size].into_boxed_slice())
        }
    }

    /// The byte slots of a narrow table.
    #[inline(always)]
    fn narrow(&self) -> &[i8] {
        // SAFETY: any `i32` is four valid `i8`s; the slice covers exactly the words'
        // bytes, borrowed as long as `self`.
        unsafe { std::slice::from_raw_parts(self.0.as_ptr().cast(), self.0.len() * 4) }
    }

    #[inline(always)]
    fn narrow_mut(&mut self) -> &mut [i8] {
        // SAFETY: as in `narrow`, and any four `i8`s are a valid `i32`; the borrow is
        // unique as `self`'s is.
        unsafe { std::slice::from_raw_parts_mut(self.0.as_mut_ptr().cast(), self.0.len() * 4) }
    }

    fn as_ptr(&self) -> *const u8 {
        self.0.as_ptr().cast()
    }
}

/// An index slot of either width.
trait Slot: Copy {
    fn get(self) -> i32;
    fn of(ix: i32) -> Self;
}

impl Slot for i8 {
    #[inline(always)]
    fn get(self) -> i32 {
        self as i32
    }
    #[inline(always)]
    fn of(ix: i32) -> i8 {
        debug_assert!(
            (i32::from(i8::MIN)..=i32::from(i8::MAX)).contains(&ix),
            "a narrow table holds positions below 128"
        );
        ix as i8
    }
}

impl Slot for i32 {
    #[inline(always)]
    fn get(self) -> i32 {
        self
    }
    #[inline(always)]
    fn of(ix: i32) -> i32 {
        ix
    }
}

/// Runs `$body` with `$slots` bound to the table's slots at their width (a generic
/// body, so the probe loops are compiled once per width and branch once per call).
macro_rules! with_slots {
    ($dict:expr, |$slots:ident| $body:expr) => {
        if $dict.log2_size <= LOG2_NARROW_MAX {
            let $slots = $dict.indices.narrow();
            $body
        } else {
            let $slots = &*$dict.indices.0;
            $body
        }
    };
}

/// [`with_slots!`] with the slots borrowed mutably.
macro_rules! with_slots_mut {
    ($indices:expr, $log2:expr, |$slots:ident| $body:expr) => {
        if $log2 <= LOG2_NARROW_MAX {
            let $slots = $indices.narrow_mut();
            $body
        } else {
            let $slots = &mut *$indices.0;
            $body
        }
    };
}

/// `NEXT_LOG2_SHARED_KEYS_MAX_SIZE`: the table size of a class's shared keys.
const LOG2_SHARED_KEYS_SIZE: u8 = 6;

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

/// `_PyDict_KeysSize` of a table of `2**log2` slots (0 for `Py_EMPTY_KEYS`): the header,
/// the indices at the width `new_keys_object` picks, and `USABLE_FRACTION` entries.
fn keys_size(log2: u8, general: bool) -> usize {
    if log2 == 0 {
        return 0;
    }
    let log2 = log2 as usize;
    let index_bytes = match log2 {
        0..=7 => 1usize << log2,
        8..=15 => 2usize << log2,
        16..=31 => 4usize << log2,
        _ => 8usize << log2,
    };
    let entry = if general { 24 } else { 16 };
    32 + index_bytes + usable_fraction(1 << log2) * entry
}

/// Whether `key` is an exact `str` (CPython's `PyUnicode_CheckExact`).
pub(crate) fn is_exact_str(key: &PyRef) -> bool {
    key.class()
        .type_data()
        .is_some_and(|t| !t.is_heap_type && t.layout == crate::objects::typeobj::Layout::Str)
}

/// Native equality of two keys when it is decidable without running Python code.
pub type NativeEq = fn(&PyRef, &PyRef) -> Option<bool>;

/// The probe path of `hash` in a table of `mask + 1` slots: `lookdict`'s walk.
struct ProbePath {
    mask: usize,
    perturb: u64,
    i: usize,
}

impl ProbePath {
    #[inline(always)]
    fn new(hash: i64, mask: usize) -> ProbePath {
        ProbePath {
            mask,
            perturb: hash as u64,
            i: (hash as u64 as usize) & mask,
        }
    }

    #[inline(always)]
    fn advance(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.i = self
            .i
            .wrapping_mul(5)
            .wrapping_add(self.perturb as usize)
            .wrapping_add(1)
            & self.mask;
    }
}

// ---- the table: lookup, insert, delete, resize --------------------------------------------

impl Dict {
    /// The core of `lookdict`: walks `hash`'s probe path and returns the position of the
    /// first live entry `is_match` accepts, or `None` at the first `DKIX_EMPTY` slot.
    #[inline(always)]
    fn lookup(&self, hash: i64, is_match: impl FnMut(&Entry) -> bool) -> Option<usize> {
        if self.log2_size == 0 {
            return None;
        }
        with_slots!(self, |slots| Self::lookup_in(
            slots,
            self.mask(),
            &self.entries,
            hash,
            is_match
        ))
    }

    /// `lookup` over slots of one width.
    #[inline(always)]
    fn lookup_in<S: Slot>(
        slots: &[S],
        mask: usize,
        entries: &[Option<Entry>],
        hash: i64,
        mut is_match: impl FnMut(&Entry) -> bool,
    ) -> Option<usize> {
        let mut path = ProbePath::new(hash, mask);
        loop {
            let ix = slots[path.i].get();
            if ix >= 0 {
                if let Some(e) = &entries[ix as usize] {
                    if is_match(e) {
                        return Some(ix as usize);
                    }
                }
            } else if ix == DKIX_EMPTY {
                return None;
            }
            path.advance();
        }
    }

    /// `dk_size - 1`, for a dict with a table.
    #[inline(always)]
    fn mask(&self) -> usize {
        (1usize << self.log2_size) - 1
    }

    /// `find_empty_slot`: the first `DKIX_EMPTY` slot on `hash`'s path (dummies are
    /// skipped, not reused), set to point at entry `ix`.
    #[inline]
    fn place(indices: &mut Indices, log2: u8, hash: i64, ix: usize) {
        fn place_in<S: Slot>(slots: &mut [S], mask: usize, hash: i64, ix: usize) {
            let mut path = ProbePath::new(hash, mask);
            while slots[path.i].get() != DKIX_EMPTY {
                path.advance();
            }
            slots[path.i] = S::of(ix as i32);
        }
        let mask = (1usize << log2) - 1;
        with_slots_mut!(indices, log2, |slots| place_in(slots, mask, hash, ix))
    }

    /// Turns the index slot that points at entry `ix` into `DKIX_DUMMY`
    /// (`lookdict_index`, then the store of `delitem_common`).
    fn forget_slot_of(&mut self, hash: i64, ix: usize) {
        fn forget_in<S: Slot>(slots: &mut [S], mask: usize, hash: i64, ix: usize) {
            let mut path = ProbePath::new(hash, mask);
            loop {
                let found = slots[path.i].get();
                if found == ix as i32 {
                    slots[path.i] = S::of(DKIX_DUMMY);
                    return;
                }
                assert!(
                    found != DKIX_EMPTY,
                    "dict entry {ix} missing from its index"
                );
                path.advance();
            }
        }
        let mask = self.mask();
        with_slots_mut!(self.indices, self.log2_size, |slots| forget_in(
            slots, mask, hash, ix
        ))
    }

    /// `dictresize(mp, log2, unicode)`: a fresh table of `2**log2` slots holding the live
    /// entries in order (holes dropped), indices rebuilt (`build_indices_*`). A general
    /// table never becomes unicode again.
    fn resize(&mut self, log2: u8, unicode: bool) {
        let size = 1usize << log2;
        let usable = usable_fraction(size);
        let used = self.used as usize;
        debug_assert!(usable >= used, "dictresize below ma_used");
        // An instance's first attribute: room for the attributes its class's instances
        // usually get, not the table's whole usable size (the values array CPython's
        // split table allocates is what this stands for, in bytes).
        let usual = || {
            let class = self.split_class()?;
            Some(class.type_data()?.shared_keys.key_count().clamp(1, usable))
        };
        let capacity = match used {
            0 => usual().unwrap_or(usable),
            used => usable.max(used),
        };
        let mut entries = Vec::with_capacity(capacity);
        entries.extend(
            std::mem::take(&mut self.entries)
                .into_iter()
                .flatten()
                .map(Some),
        );
        let mut indices = Indices::empty(log2);
        for (ix, e) in entries.iter().enumerate() {
            let hash = e.as_ref().map_or(0, |e| e.hash);
            Self::place(&mut indices, log2, hash, ix);
        }
        self.general = self.general || !unicode;
        self.version = next_version();
        // A new keys object: tracemalloc traces it where the dict grew.
        crate::modules::tracemalloc::note_table(indices.as_ptr(), size);
        self.indices = indices;
        self.entries = entries;
        self.log2_size = log2;
        self.usable = usable.saturating_sub(used) as u32;
    }

    /// `insertion_resize(mp, unicode)`: grow to `GROWTH_RATE(mp) = used * 3`.
    fn insertion_resize(&mut self, unicode: bool) {
        self.resize(calculate_log2_keysize(self.used as usize * 3), unicode);
    }

    /// The class whose shared keys this split table uses, if it is one (and the class lives).
    /// Whether this is a split table of `class`'s shared keys (so every key is one of
    /// them). The weak pointer keeps the class's allocation, so an equal address is
    /// that class and no later object.
    #[inline]
    pub fn is_split_of(&self, class: &PyRef) -> bool {
        self.split_of.as_ref().is_some_and(|w| w.id() == class.id())
    }

    pub fn split_class(&self) -> Option<PyRef> {
        self.split_of.as_ref().and_then(WeakPyRef::upgrade)
    }

    /// Whether the class whose keys this split table shares takes `key` into them.
    fn shared_keys_accept(&self, key: &PyRef) -> bool {
        let crate::objects::payload::Payload::Str(name) = &key.payload else {
            return false;
        };
        if !is_exact_str(key) {
            return false;
        }
        self.split_of
            .as_ref()
            .and_then(WeakPyRef::upgrade)
            .is_some_and(|class| {
                class
                    .type_data()
                    .is_some_and(|t| t.shared_keys.accept(key, name.as_str(), name.hash()))
            })
    }

    /// Whether adding `key` would turn this split table into a combined one: its class's
    /// shared keys have no room for it, or it is not an exact `str`. Asking records the
    /// name in the shared keys when there is room, as `insert_into_dictkeys` does.
    pub fn split_refuses(&self, key: &PyRef) -> bool {
        self.split_of.is_some() && !self.shared_keys_accept(key)
    }

    /// The insert half of `insertdict` / `insert_to_emptydict` for a key known absent.
    fn insert_new(&mut self, hash: i64, key: PyRef, value: PyRef) {
        if self.split_of.is_some() && !self.shared_keys_accept(&key) {
            // `insertdict` on a split table without room in the shared keys (or with a
            // key that is not an exact str): `insertion_resize`, a combined table.
            self.split_of = None;
            self.insertion_resize(is_exact_str(&key));
        }
        self.insert_accepted(hash, key, value);
    }

    /// [`Dict::insert_new`] once a split table's shared keys took the key.
    fn insert_accepted(&mut self, hash: i64, key: PyRef, value: PyRef) {
        let exact_str = is_exact_str(&key);
        if self.log2_size == 0 {
            // insert_to_emptydict: a minimal table of the key's kind.
            self.general = !exact_str;
            self.resize(LOG_MINSIZE, exact_str);
        } else {
            if !self.general && !exact_str {
                // insertdict: a non-str key turns a unicode table general first.
                self.insertion_resize(false);
            }
            if self.usable == 0 {
                self.insertion_resize(true);
            }
        }
        Self::place(&mut self.indices, self.log2_size, hash, self.entries.len());
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
        self.usable -= 1;
        self.version = next_version();
    }

    /// `delitem_common`: entry `ix` becomes a hole, its index slot `DKIX_DUMMY`.
    fn delete_at(&mut self, ix: usize) -> Option<Entry> {
        let e = self.entries.get_mut(ix)?.take()?;
        self.forget_slot_of(e.hash, ix);
        self.used -= 1;
        self.version = next_version();
        Some(e)
    }
}

// ---- the public API ------------------------------------------------------------------------

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    /// See the `tracked` field.
    pub fn is_tracked(&self) -> bool {
        self.tracked
    }

    /// See the `detached` field (the collector's side: `gc::detach_dict`).
    pub fn set_detached(&mut self) {
        self.detached = true;
        self.young_at = 0;
    }

    /// See the `young_at` field: this untracked dict's object was allocated at `index` of
    /// generation 0 (or moved there by a compaction of the list).
    #[inline]
    pub fn set_young_at(&mut self, index: usize) {
        self.young_at = u32::try_from(index + 1).unwrap_or(0);
    }

    /// See the `young_at` field.
    pub fn is_young(&self) -> bool {
        self.young_at != 0
    }

    pub fn is_detached(&self) -> bool {
        self.detached
    }

    /// `MAINTAIN_TRACKING`'s `_PyObject_GC_TRACK`: tracked from now on if `may` (an entry
    /// that may be tracked goes in).
    #[inline]
    fn track_if(&mut self, may: bool) {
        if may && !self.tracked {
            self.tracked = true;
            if self.detached {
                self.detached = false;
                crate::gc::reattach_dict(self as *const Dict as usize);
            } else if self.young_at != 0 {
                let index = std::mem::take(&mut self.young_at) as usize - 1;
                crate::gc::track_at_young_end(self as *const Dict as usize, index);
            }
        }
    }

    /// `_PyDict_MaybeUntrack`: untracks a dict left holding only atoms.
    pub fn maybe_untrack(&mut self) {
        if self.tracked {
            let keep = self
                .iter()
                .any(|(k, v)| crate::gc::may_be_tracked(k) || crate::gc::may_be_tracked(v));
            self.tracked = keep;
        }
    }

    /// `_PyDict_NewPresized(n)` / `dict_new_presized` (BUILD_MAP, BUILD_CONST_KEY_MAP):
    /// room for `n` entries; `unicode` when every key is an exact `str`.
    pub fn new_presized(n: usize, unicode: bool) -> Dict {
        let mut d = Dict::new();
        if n > usable_fraction(1 << LOG_MINSIZE) {
            let log2 = if n > usable_fraction(1 << LOG_MAX_PRESIZE) {
                LOG_MAX_PRESIZE
            } else {
                estimate_log2_keysize(n)
            };
            d.resize(log2, unicode);
        }
        d
    }

    /// Whether every key of `keys` is an exact `str` (for [`Dict::new_presized`]).
    pub fn all_exact_str<'a>(mut keys: impl Iterator<Item = &'a PyRef>) -> bool {
        keys.all(is_exact_str)
    }

    /// The size `sys.getsizeof` reports without the GC header (`_PyDict_SizeOf`):
    /// `sizeof(PyDictObject)` plus the keys object unless it is the shared empty one.
    pub fn sizeof(&self) -> usize {
        // A split table: its value slots; the keys belong to the class.
        let split = self.split_of.as_ref().and_then(WeakPyRef::upgrade);
        if let Some(t) = split.as_ref().and_then(|c| c.type_data()) {
            return 48 + 8 * t.shared_keys.value_slots();
        }
        48 + keys_size(self.log2_size, self.general)
    }

    /// The address of the table's storage (what `tracemalloc` knows a keys object by);
    /// `None` without one.
    pub fn table_address(&self) -> Option<usize> {
        (self.log2_size != 0).then_some(self.indices.as_ptr() as usize)
    }

    /// `dk_size`: the slots of the hash table (0 without one, the shared empty keys).
    pub fn table_size(&self) -> usize {
        if self.log2_size == 0 {
            0
        } else {
            1 << self.log2_size
        }
    }

    /// Makes this (empty) dict a split table of `class`'s shared keys (an instance's
    /// attributes, as `init_inline_values` starts them).
    pub fn share_keys_of(&mut self, class: &PyRef) {
        self.split_of = Some(class.downgrade());
    }

    /// Whether the table holds only exact-`str` keys (CPython's unicode kind).
    pub fn is_unicode(&self) -> bool {
        !self.general
    }

    /// `dictresize(mp, estimate_log2_keysize(n), unicode)` on an empty dict: what
    /// `dict.fromkeys(dict_or_set)` does before inserting.
    pub fn presize_for(&mut self, n: usize, unicode: bool) {
        self.resize(estimate_log2_keysize(n.max(self.used as usize)), unicode);
    }

    /// The first half of CPython's `dict_merge(self, other)` for a dict `other`, run before
    /// the caller inserts `other`'s entries: if `self` is empty and `other` is combined
    /// (not split), compact and freshly sized, the keys object is cloned — entries included, so this returns `true`
    /// (nothing left to insert); otherwise it makes one big resize when `other` cannot fit.
    pub fn prepare_merge(&mut self, other: &Dict) -> bool {
        if other.is_empty() {
            return false;
        }
        if self.is_empty()
            && other.split_of.is_none()
            && other.len() == other.entries.len()
            && (other.log2_size == LOG_MINSIZE
                || usable_fraction((1usize << other.log2_size) / 2) < other.len())
        {
            self.clone_from_dict(other);
            return true;
        }
        if usable_fraction(1usize << self.log2_size) < other.len() {
            let n = self.len() + other.len();
            self.resize(estimate_log2_keysize(n), other.is_unicode());
        }
        false
    }

    /// `clone_combined_dict_keys`: makes `self` (empty) an exact copy of `other`, holes
    /// and all. The copy is tracked if `other` is (`PyDict_Copy`, `dict_merge`: "Maintain
    /// tracking").
    fn clone_from_dict(&mut self, other: &Dict) {
        debug_assert!(self.is_empty());
        let mut entries = Vec::with_capacity(usable_fraction(1usize << other.log2_size));
        entries.extend(
            other
                .entries
                .iter()
                .map(|e| e.as_ref().map(Entry::duplicate)),
        );
        let young_at = self.young_at;
        let old = std::mem::replace(
            self,
            Dict {
                indices: other.indices.clone(),
                entries,
                log2_size: other.log2_size,
                general: other.general,
                usable: other.usable,
                used: other.used,
                tracked: self.tracked,
                detached: self.detached,
                young_at,
                version: next_version(),
                split_of: None,
            },
        );
        self.track_if(other.tracked);
        drop(old);
    }

    /// See the `version` field.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// The value of the live entry at position `i`, if there is one.
    #[inline]
    pub fn live_value_at(&self, i: usize) -> Option<&PyRef> {
        self.entries.get(i)?.as_ref().map(|e| &e.value)
    }

    /// The value at position `i` if that entry's key is `name` itself (by identity): a
    /// position remembered by an inline cache, checked without hashing.
    #[inline]
    pub fn value_if_key_at(&self, i: usize, name: &PyRef) -> Option<&PyRef> {
        match self.entries.get(i)? {
            Some(e) if e.key.is(name) => Some(&e.value),
            _ => None,
        }
    }

    /// Replaces the value at position `i` if that entry's key is `name` itself (a
    /// position an inline cache remembered, checked without hashing): the old value, or
    /// `value` back when the key is not there.
    #[inline]
    pub fn replace_if_key_at(
        &mut self,
        i: usize,
        name: &PyRef,
        value: PyRef,
    ) -> Result<PyRef, PyRef> {
        if !matches!(self.entries.get(i), Some(Some(e)) if e.key.is(name)) {
            return Err(value);
        }
        if !self.tracked {
            self.track_if(crate::gc::may_be_tracked(&value));
        }
        match self.entries.get_mut(i) {
            Some(Some(e)) => Ok(std::mem::replace(&mut e.value, value)),
            _ => Err(value),
        }
    }

    /// `ma_used`: the number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.used as usize
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// `dk_nentries`: entry positions in use, holes included. Positions run `0..nentries()`.
    #[inline]
    pub fn nentries(&self) -> usize {
        self.entries.len()
    }

    /// Looks `key` up using `native_eq` for equality; see the module doc.
    pub fn probe(&self, hash: i64, key: &PyRef, native_eq: NativeEq) -> Probe {
        let mut slow: Vec<PyRef> = Vec::new();
        let found = self.lookup(hash, |e| {
            if !slow.is_empty() {
                // An earlier candidate needs Python: the rest wait their turn.
                if e.key.is(key) || e.hash == hash {
                    slow.push(e.key.clone());
                }
                return false;
            }
            if e.key.is(key) {
                return true;
            }
            if e.hash != hash {
                return false;
            }
            match native_eq(&e.key, key) {
                Some(eq) => eq,
                None => {
                    slow.push(e.key.clone());
                    false
                }
            }
        });
        match found {
            Some(i) => Probe::Found(i),
            None if slow.is_empty() => Probe::Missing,
            None => Probe::NeedsEq(slow),
        }
    }

    /// Position of the entry whose key *is* `key`.
    pub fn index_of_identical(&self, hash: i64, key: &PyRef) -> Option<usize> {
        self.lookup(hash, |e| e.key.is(key))
    }

    /// Looks up a str key given as an object: an interned name finds its own key object
    /// by identity, without comparing text.
    pub fn get_name(&self, hash: i64, name: &PyRef) -> Option<&PyRef> {
        let text = name.as_str_opt().unwrap_or("");
        self.lookup(hash, |e| {
            e.key.is(name) || (e.hash == hash && e.key.as_str_opt() == Some(text))
        })
        .map(|i| self.value_at(i))
    }

    /// [`Dict::get_name`]'s position.
    pub fn index_of_name(&self, hash: i64, name: &PyRef) -> Option<usize> {
        let text = name.as_str_opt().unwrap_or("");
        self.lookup(hash, |e| {
            e.key.is(name) || (e.hash == hash && e.key.as_str_opt() == Some(text))
        })
    }

    /// Looks up a str key by its text (attribute dictionaries, globals).
    pub fn get_str(&self, hash: i64, name: &str) -> Option<&PyRef> {
        self.index_of_str(hash, name).map(|i| self.value_at(i))
    }

    pub fn index_of_str(&self, hash: i64, name: &str) -> Option<usize> {
        self.lookup(hash, |e| e.hash == hash && e.key.as_str_opt() == Some(name))
    }

    fn value_at(&self, i: usize) -> &PyRef {
        &self.entries[i].as_ref().expect("a live entry").value
    }

    /// The entry at position `i`, unless it is a hole.
    pub fn get_index(&self, i: usize) -> Option<(&PyRef, &PyRef)> {
        self.entries.get(i)?.as_ref().map(|e| (&e.key, &e.value))
    }

    /// The last live entry before position `end`, with its position: one step of
    /// `dictreviter_iternext`.
    pub fn prev_entry(&self, end: usize) -> Option<(usize, &PyRef, &PyRef)> {
        let end = end.min(self.entries.len());
        self.entries[..end]
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, e)| e.as_ref().map(|e| (i, &e.key, &e.value)))
    }

    /// The first live entry at position `pos` or after, with its position: one step of
    /// `dictiter_iternextkey`.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, &PyRef, &PyRef)> {
        self.entries
            .get(pos..)?
            .iter()
            .enumerate()
            .find_map(|(j, e)| e.as_ref().map(|e| (pos + j, &e.key, &e.value)))
    }

    /// Replaces the value at `i`, returning the old one (the caller drops it after releasing
    /// the borrow, since dropping may free objects).
    pub fn replace_value(&mut self, i: usize, value: PyRef) -> PyRef {
        if !self.tracked {
            self.track_if(crate::gc::may_be_tracked(&value));
        }
        let e = self.entries[i].as_mut().expect("a live entry");
        std::mem::replace(&mut e.value, value)
    }

    /// `insertdict`'s first step, before its lookup: a key that is not an exact `str`
    /// turns a unicode table general (`insertion_resize(mp, 0)`), even if an equal key is
    /// already there and only its value gets replaced. Call before looking `key` up to
    /// store it.
    pub fn prepare_insert(&mut self, key: &PyRef) {
        if !self.general && self.log2_size != 0 && !is_exact_str(key) {
            self.insertion_resize(false);
        }
    }

    /// Appends a key known to be absent (`insertdict`'s new-key path).
    pub fn push_new(&mut self, hash: i64, key: PyRef, value: PyRef) {
        self.note_new_entry(&key, &value);
        self.insert_new(hash, key, value);
    }

    /// `MAINTAIN_TRACKING` for an entry about to go in.
    fn note_new_entry(&mut self, key: &PyRef, value: &PyRef) {
        if !self.tracked {
            self.track_if(crate::gc::may_be_tracked(key) || crate::gc::may_be_tracked(value));
        }
    }

    /// [`Dict::push_new`] of a name an attribute store adds, unless it would turn this
    /// split table combined (the caller then moves the attributes to a `__dict__` object
    /// first): `value` back in that case. The shared keys are asked once, where
    /// [`Dict::split_refuses`] then [`Dict::push_new`] would ask twice.
    pub fn push_new_keeping_split(
        &mut self,
        hash: i64,
        name: &PyRef,
        value: PyRef,
    ) -> Result<(), PyRef> {
        if self.split_of.is_some() && !self.shared_keys_accept(name) {
            return Err(value);
        }
        self.note_new_entry(name, &value);
        self.insert_accepted(hash, name.clone(), value);
        Ok(())
    }

    /// Deletes the entry at position `i` (`delitem_common`), leaving a hole; returns
    /// (key, value) for the caller to release, key first.
    pub fn remove_index(&mut self, i: usize) -> Option<(PyRef, PyRef)> {
        self.delete_at(i).map(|e| (e.key, e.value))
    }

    /// `dict.popitem()`: takes the last live entry; `dk_nentries` drops to its position
    /// (trailing holes go too) but `dk_usable` is not given back.
    pub fn pop_last(&mut self) -> Option<(PyRef, PyRef)> {
        if self.used == 0 {
            return None;
        }
        if self.split_of.take().is_some() {
            // `dict_popitem` first converts a split table: a combined one of the shared
            // keys' size (`NEXT_LOG2_SHARED_KEYS_MAX_SIZE`).
            self.resize(LOG2_SHARED_KEYS_SIZE, !self.general);
        }
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        let ix = self.entries.len() - 1;
        let e = self.delete_at(ix).expect("a live last entry");
        self.entries.pop();
        Some((e.key, e.value))
    }

    /// Live entries in order.
    /// The entries in order as counted references: what code iterates when Python code
    /// it runs on the way (a `__hash__`, `__eq__` or `__repr__`) may change the dict.
    pub fn snapshot(&self) -> Vec<(PyRef, PyRef)> {
        self.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&PyRef, &PyRef)> {
        self.entries
            .iter()
            .filter_map(|e| e.as_ref().map(|e| (&e.key, &e.value)))
    }

    pub fn keys(&self) -> impl Iterator<Item = &PyRef> {
        self.entries
            .iter()
            .filter_map(|e| e.as_ref().map(|e| &e.key))
    }

    pub fn values(&self) -> impl Iterator<Item = &PyRef> {
        self.entries
            .iter()
            .filter_map(|e| e.as_ref().map(|e| &e.value))
    }

    /// The stored hash of the entry at position `i` (0 for a hole).
    pub fn hash_at(&self, i: usize) -> i64 {
        self.entries
            .get(i)
            .and_then(Option::as_ref)
            .map_or(0, |e| e.hash)
    }

    /// Visits every key and value, in entry order, key before value.
    /// `dict_traverse`: a table of str keys shows only its values; any other table each
    /// value, then its key (the order the collector meets them in).
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        let unicode = self.is_unicode();
        for (k, v) in self.iter() {
            visit(v);
            if !unicode {
                visit(k);
            }
        }
    }

    /// Moves every key and value into `out`, in entry order, key before value (the
    /// release order of `free_keys_object`), leaving the shared empty keys.
    pub fn drain_into(&mut self, out: &mut Vec<PyRef>) {
        let taken = self.take();
        out.reserve(taken.len() * 2);
        for e in taken.entries.into_iter().flatten() {
            out.push(e.key);
            out.push(e.value);
        }
    }

    /// Takes all entries out (the caller drops them outside any borrow; dropping the
    /// returned dict releases in entry order, key before value). What is left is a cleared
    /// dict: `PyDict_Clear` goes back to the shared empty keys, and does not untrack.
    pub fn take(&mut self) -> Dict {
        let (tracked, detached, young_at) = (self.tracked, self.detached, self.young_at);
        let taken = std::mem::take(self);
        self.tracked = tracked;
        self.detached = detached;
        self.young_at = young_at;
        taken
    }

    /// A copy, as `PyDict_Copy`: an empty dict for an empty one; a clone of the keys
    /// object when at most a third of the entries are holes; else a fresh merge.
    pub fn clone_entries(&self) -> Dict {
        let mut d = Dict::new();
        if self.is_empty() {
            return d;
        }
        if self.split_of.is_some() {
            // `PyDict_Copy` of a split table: another split table of the same keys.
            d.clone_from_dict(self);
            d.split_of = self.split_of.clone();
            return d;
        }
        if self.len() >= self.entries.len() * 2 / 3 {
            d.clone_from_dict(self);
            return d;
        }
        if !d.prepare_merge(self) {
            for e in self.entries.iter().flatten() {
                d.push_new(e.hash, e.key.clone(), e.value.clone());
            }
        }
        d
    }
}

#[cfg(test)]
mod tests;
