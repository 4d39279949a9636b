//! The sort behind `list.sort` and `sorted()`: CPython 3.11's timsort (`listsort` in
//! `Objects/listobject.c`, described in `Objects/listsort.txt`), step for step.
//!
//! Which `<` comparisons a sort makes, in which order and on which operands, is visible to
//! Python code (a key class whose `__lt__` counts or logs), so this follows CPython's
//! algorithm exactly: natural runs (`count_run`, strictly descending ones reversed), short
//! runs extended to `minrun` by binary insertion, the "powersort" merge policy of 3.11
//! (`powerloop` / `found_new_run`, then `merge_force_collapse`), and `merge_at` trimming
//! both runs by galloping before `merge_lo` / `merge_hi`, with galloping mode and its
//! `min_gallop` adaptation.
//!
//! The sort permutes indices, not objects: [`timsort`] is generic over a `Copy` element and
//! a fallible `lt`, and the caller sorts the indices of the keys. No reference count
//! changes while Python code runs (CPython's merges copy raw pointers too), the items move
//! with their keys (CPython's `sortslice`), and when a comparison raises, the indices are
//! left in the partially merged permutation CPython leaves its array in.
//!
//! [`key_compare`] is `list_sort_impl`'s pre-scan: keys all of one exact type get the
//! specialised comparisons (native `str`, `int`, `float`; the type's own `__lt__` first
//! for other classes; tuples compared item by item with the first items specialised).

use crate::bytecode::CompareKind;
use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::{PyResult, Vm};
use std::cmp::Ordering;

/// When galloping starts, and the value `min_gallop` adapts around.
const MIN_GALLOP: usize = 7;

/// A pending run: `len` sorted elements from index `base`, with its powersort `power`.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// The state of one sort (CPython's `MergeState`).
struct MergeState<T> {
    min_gallop: usize,
    listlen: usize,
    /// Scratch space for merges: the shorter of the two runs.
    tmp: Vec<T>,
    pending: Vec<Run>,
}

/// Sorts `v` stably by `lt`, CPython's timsort. On an error from `lt` the sort stops and
/// `v` holds some permutation of its elements (the one CPython leaves).
pub fn timsort<T: Copy, E>(
    v: &mut [T],
    lt: &mut impl FnMut(T, T) -> Result<bool, E>,
) -> Result<(), E> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = compute_minrun(n);
    if minrun == n {
        // Below 64 elements the whole list is one run, extended by binary insertion:
        // the loop below without the merge state it would never use.
        let (len, descending) = count_run(v, 0, n, lt)?;
        if descending {
            v[..len].reverse();
        }
        return binary_sort(v, 0, n, len, lt);
    }
    let mut ms = MergeState {
        min_gallop: MIN_GALLOP,
        listlen: n,
        tmp: Vec::new(),
        pending: Vec::new(),
    };
    let mut lo = 0;
    while lo < n {
        let (mut len, descending) = count_run(v, lo, n, lt)?;
        if descending {
            v[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = (n - lo).min(minrun);
            binary_sort(v, lo, lo + force, lo + len, lt)?;
            len = force;
        }
        ms.found_new_run(v, len, lt)?;
        ms.pending.push(Run {
            base: lo,
            len,
            power: 0,
        });
        lo += len;
    }
    ms.force_collapse(v, lt)
}

/// `merge_compute_minrun`: `n` below 64, else a length in 32..=64 such that `n / minrun`
/// is a power of two or a little less.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The length of the run starting at `lo` (below `hi`): the longest non-descending
/// prefix, or the longest strictly descending one (then `true`).
fn count_run<T: Copy, E>(
    v: &[T],
    lo: usize,
    hi: usize,
    lt: &mut impl FnMut(T, T) -> Result<bool, E>,
) -> Result<(usize, bool), E> {
    if lo + 1 == hi {
        return Ok((1, false));
    }
    let mut i = lo + 2;
    if lt(v[lo + 1], v[lo])? {
        while i < hi && lt(v[i], v[i - 1])? {
            i += 1;
        }
        Ok((i - lo, true))
    } else {
        while i < hi && !lt(v[i], v[i - 1])? {
            i += 1;
        }
        Ok((i - lo, false))
    }
}

/// Binary insertion of `v[start..hi]` into the sorted `v[lo..start]`.
fn binary_sort<T: Copy, E>(
    v: &mut [T],
    lo: usize,
    hi: usize,
    start: usize,
    lt: &mut impl FnMut(T, T) -> Result<bool, E>,
) -> Result<(), E> {
    let start = if start == lo { start + 1 } else { start };
    for i in start..hi {
        let pivot = v[i];
        let (mut l, mut r) = (lo, i);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(pivot, v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v.copy_within(l..i, l + 1);
        v[l] = pivot;
    }
    Ok(())
}

/// Where `key` goes in the sorted `a` (non-empty), left of any equal elements: the `k`
/// with `a[k-1] < key <= a[k]`. Gallops from `hint`, then searches binarily.
fn gallop_left<T: Copy, E>(
    key: T,
    a: &[T],
    hint: usize,
    lt: &mut impl FnMut(T, T) -> Result<bool, E>,
) -> Result<usize, E> {
    let n = a.len();
    let (mut lastofs, mut ofs);
    if lt(a[hint], key)? {
        // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs].
        let maxofs = n - hint;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(a[hint + ofs], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint + 1;
        ofs += hint;
    } else {
        // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs].
        let maxofs = hint + 1;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(a[hint - ofs], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        // The C code's `lastofs = hint - ofs` may be -1; this is that plus one.
        let k = lastofs;
        lastofs = hint + 1 - ofs;
        ofs = hint - k;
    }
    // Now a[lastofs - 1] < key <= a[ofs].
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(a[m], key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs)
}

/// Like [`gallop_left`], but right of any equal elements: `a[k-1] <= key < a[k]`.
fn gallop_right<T: Copy, E>(
    key: T,
    a: &[T],
    hint: usize,
    lt: &mut impl FnMut(T, T) -> Result<bool, E>,
) -> Result<usize, E> {
    let n = a.len();
    let (mut lastofs, mut ofs);
    if lt(key, a[hint])? {
        // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs].
        let maxofs = hint + 1;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(key, a[hint - ofs])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint + 1 - ofs;
        ofs = hint - k;
    } else {
        // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs].
        let maxofs = n - hint;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(key, a[hint + ofs])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint + 1;
        ofs += hint;
    }
    // Now a[lastofs - 1] <= key < a[ofs].
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, a[m])? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs)
}

/// `powerloop`: the depth, in the conceptual binary merge tree over `0..n`, of the node
/// between the run `s1..s1+n1` and the next run of length `n2`.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    // Twice the midpoints of the two runs, compared one bit of `x / n` at a time.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut result = 0;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl<T: Copy> MergeState<T> {
    /// `found_new_run`: before a run of length `n2` is pushed, merges the pending runs
    /// whose power exceeds that of the boundary with the new run.
    fn found_new_run<E>(
        &mut self,
        v: &mut [T],
        n2: usize,
        lt: &mut impl FnMut(T, T) -> Result<bool, E>,
    ) -> Result<(), E> {
        let Some(last) = self.pending.last() else {
            return Ok(());
        };
        let power = powerloop(last.base, last.len, n2, self.listlen);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(v, self.pending.len() - 2, lt)?;
        }
        if let Some(last) = self.pending.last_mut() {
            last.power = power;
        }
        Ok(())
    }

    /// `merge_force_collapse`: merges all pending runs, the smaller neighbour first.
    fn force_collapse<E>(
        &mut self,
        v: &mut [T],
        lt: &mut impl FnMut(T, T) -> Result<bool, E>,
    ) -> Result<(), E> {
        while self.pending.len() > 1 {
            let mut i = self.pending.len() - 2;
            if i > 0 && self.pending[i - 1].len < self.pending[i + 1].len {
                i -= 1;
            }
            self.merge_at(v, i, lt)?;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at<E>(
        &mut self,
        v: &mut [T],
        i: usize,
        lt: &mut impl FnMut(T, T) -> Result<bool, E>,
    ) -> Result<(), E> {
        let Run {
            base: mut base_a,
            len: mut na,
            ..
        } = self.pending[i];
        let Run {
            base: base_b,
            len: nb,
            ..
        } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Elements of A already below B's first stay where they are...
        let k = gallop_right(v[base_b], &v[base_a..base_a + na], 0, lt)?;
        base_a += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // ... and so do the elements of B above A's last.
        let nb = gallop_left(v[base_a + na - 1], &v[base_b..base_b + nb], nb - 1, lt)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(v, base_a, na, nb, lt)
        } else {
            self.merge_hi(v, base_a, na, nb, lt)
        }
    }

    /// Merges `v[base..base+na]` and the `nb` elements after them, copying A (the shorter
    /// run) out and filling from the left. `v[base]` belongs after B's first element, and
    /// A's last after all of B.
    fn merge_lo<E>(
        &mut self,
        v: &mut [T],
        base: usize,
        na: usize,
        nb: usize,
        lt: &mut impl FnMut(T, T) -> Result<bool, E>,
    ) -> Result<(), E> {
        let end = base + na + nb;
        self.tmp.clear();
        self.tmp.extend_from_slice(&v[base..base + na]);
        let tmp = &mut self.tmp;
        // Positions: A's rest is tmp[pa..pa+na], B's rest v[end-nb..end], the next
        // destination end - na - nb.
        let (mut na, mut nb, mut pa) = (na, nb, 0);
        let dest = |na: usize, nb: usize| end - na - nb;
        let result: Result<(), E> = 'merge: {
            v[dest(na, nb)] = v[end - nb];
            nb -= 1;
            if nb == 0 {
                break 'merge Ok(());
            }
            if na == 1 {
                // CopyB: B's rest, then A's last element.
                v.copy_within(end - nb..end, dest(na, nb));
                v[end - 1] = tmp[pa];
                return Ok(());
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                // One element at a time, until one run wins min_gallop times in a row.
                loop {
                    match lt(v[end - nb], tmp[pa]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            v[dest(na, nb)] = v[end - nb];
                            nb -= 1;
                            bcount += 1;
                            acount = 0;
                            if nb == 0 {
                                break 'merge Ok(());
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            v[dest(na, nb)] = tmp[pa];
                            pa += 1;
                            na -= 1;
                            acount += 1;
                            bcount = 0;
                            if na == 1 {
                                v.copy_within(end - nb..end, dest(na, nb));
                                v[end - 1] = tmp[pa];
                                return Ok(());
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                // Galloping mode, while either run keeps winning MIN_GALLOP at a time.
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(v[end - nb], &tmp[pa..pa + na], 0, lt) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        let d = dest(na, nb);
                        v[d..d + k].copy_from_slice(&tmp[pa..pa + k]);
                        pa += k;
                        na -= k;
                        if na == 1 {
                            v.copy_within(end - nb..end, dest(na, nb));
                            v[end - 1] = tmp[pa];
                            return Ok(());
                        }
                        // Impossible with a consistent `<`, but possible with others.
                        if na == 0 {
                            break 'merge Ok(());
                        }
                    }
                    v[dest(na, nb)] = v[end - nb];
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Ok(());
                    }
                    let k = match gallop_left(tmp[pa], &v[end - nb..end], 0, lt) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        let d = dest(na, nb);
                        v.copy_within(end - nb..end - nb + k, d);
                        nb -= k;
                        if nb == 0 {
                            break 'merge Ok(());
                        }
                    }
                    v[dest(na, nb)] = tmp[pa];
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        v.copy_within(end - nb..end, dest(na, nb));
                        v[end - 1] = tmp[pa];
                        return Ok(());
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                // Leaving galloping mode costs a penalty.
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        // Success or failure: what is left of A goes back before what is left of B.
        if na > 0 {
            let d = dest(na, nb);
            v[d..d + na].copy_from_slice(&tmp[pa..pa + na]);
        }
        result
    }

    /// Merges `v[base..base+na]` and the `nb` elements after them, copying B (the shorter
    /// run) out and filling from the right.
    fn merge_hi<E>(
        &mut self,
        v: &mut [T],
        base: usize,
        na: usize,
        nb: usize,
        lt: &mut impl FnMut(T, T) -> Result<bool, E>,
    ) -> Result<(), E> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&v[base + na..base + na + nb]);
        let tmp = &mut self.tmp;
        // Positions: A's rest is v[base..base+na], B's rest tmp[..nb], the next
        // destination (filled downwards) base + na + nb - 1.
        let (mut na, mut nb) = (na, nb);
        let dest = |na: usize, nb: usize| base + na + nb - 1;
        let result: Result<(), E> = 'merge: {
            v[dest(na, nb)] = v[base + na - 1];
            na -= 1;
            if na == 0 {
                break 'merge Ok(());
            }
            if nb == 1 {
                // CopyA: A's rest moves up one, and B's only element goes first.
                v.copy_within(base..base + na, base + 1);
                v[base] = tmp[0];
                return Ok(());
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    match lt(tmp[nb - 1], v[base + na - 1]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            v[dest(na, nb)] = v[base + na - 1];
                            na -= 1;
                            acount += 1;
                            bcount = 0;
                            if na == 0 {
                                break 'merge Ok(());
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            v[dest(na, nb)] = tmp[nb - 1];
                            nb -= 1;
                            bcount += 1;
                            acount = 0;
                            if nb == 1 {
                                v.copy_within(base..base + na, base + 1);
                                v[base] = tmp[0];
                                return Ok(());
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(tmp[nb - 1], &v[base..base + na], na - 1, lt) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        v.copy_within(base + na - k..base + na, base + na - k + nb);
                        na -= k;
                        if na == 0 {
                            break 'merge Ok(());
                        }
                    }
                    v[dest(na, nb)] = tmp[nb - 1];
                    nb -= 1;
                    if nb == 1 {
                        v.copy_within(base..base + na, base + 1);
                        v[base] = tmp[0];
                        return Ok(());
                    }
                    let k = match gallop_left(v[base + na - 1], &tmp[..nb], nb - 1, lt) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        let d = base + na + nb - k;
                        v[d..d + k].copy_from_slice(&tmp[nb - k..nb]);
                        nb -= k;
                        if nb == 1 {
                            v.copy_within(base..base + na, base + 1);
                            v[base] = tmp[0];
                            return Ok(());
                        }
                        // Impossible with a consistent `<`, but possible with others.
                        if nb == 0 {
                            break 'merge Ok(());
                        }
                    }
                    v[dest(na, nb)] = v[base + na - 1];
                    na -= 1;
                    if na == 0 {
                        break 'merge Ok(());
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        // Success or failure: what is left of B goes back after what is left of A.
        if nb > 0 {
            v[base + na..base + na + nb].copy_from_slice(&tmp[..nb]);
        }
        result
    }
}

/// How two keys (or the first items of two tuple keys) are compared.
#[derive(Clone, Copy, PartialEq)]
pub enum ItemCompare {
    /// All exact `str`: by code points (`unsafe_latin_compare` and `PyUnicode_Compare`).
    Str,
    /// All exact `int` (`unsafe_long_compare` and `long_richcompare`).
    Int,
    /// All exact `float` (`unsafe_float_compare`).
    Float,
    /// All of one exact Python class: its `__lt__` first (`unsafe_object_compare`).
    Object,
    /// Anything: the rich comparison (`safe_object_compare`).
    Safe,
}

/// The comparison `list_sort_impl`'s pre-scan picks for `keys`.
#[derive(Clone, Copy, PartialEq)]
pub enum KeyCompare {
    Item(ItemCompare),
    /// All keys exact non-empty tuples (`unsafe_tuple_compare`); their first items are
    /// compared with the given comparison.
    Tuple(ItemCompare),
}

/// The pre-scan of `list_sort_impl`: the first key decides the candidate type, checked
/// against every key.
pub fn key_compare<'a>(vm: &Vm, keys: &'a [PyRef]) -> KeyCompare {
    let Some(first) = keys.first() else {
        return KeyCompare::Item(ItemCompare::Safe);
    };
    let tuple_type = &vm.types.tuple_type;
    // The first item of an exact non-empty tuple.
    let head = |k: &'a PyRef| match &k.payload {
        Payload::Tuple(t) if k.class().is(tuple_type) => t.first(),
        _ => None,
    };
    let in_tuples = head(first).is_some();
    let key_type = head(first).unwrap_or(first).class();
    let mut same_type = true;
    for k in keys {
        if in_tuples {
            match head(k) {
                None => return KeyCompare::Item(ItemCompare::Safe),
                Some(h) => same_type &= h.class().is(key_type),
            }
        } else if !k.class().is(key_type) {
            same_type = false;
            break;
        }
    }
    let types = &vm.types;
    let item = if !same_type {
        ItemCompare::Safe
    } else if key_type.is(&types.str_type) {
        ItemCompare::Str
    } else if key_type.is(&types.int_type) {
        ItemCompare::Int
    } else if key_type.is(&types.float_type) {
        ItemCompare::Float
    } else if key_type.type_data().is_some_and(|t| t.is_heap_type) {
        ItemCompare::Object
    } else {
        // A builtin type's own comparison is the rich comparison's first step, and
        // runs no Python code before it.
        ItemCompare::Safe
    };
    if in_tuples {
        // Tuples of tuples compare their first items generically.
        let item = if key_type.is(tuple_type) {
            ItemCompare::Safe
        } else {
            item
        };
        KeyCompare::Tuple(item)
    } else {
        KeyCompare::Item(item)
    }
}

/// `PyObject_RichCompareBool(a, b, Py_LT)`.
pub fn rich_lt(vm: &mut Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    if let Some(order) = exact_pair_order(vm, a, b) {
        return Ok(order == Some(Ordering::Less));
    }
    rich_compare_bool(vm, a, b, CompareKind::Lt)
}

/// `PyObject_RichCompareBool(a, b, Py_EQ)`: identity implies equality.
fn rich_eq(vm: &mut Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if let Some(order) = exact_pair_order(vm, a, b) {
        return Ok(order == Some(Ordering::Equal));
    }
    rich_compare_bool(vm, a, b, CompareKind::Eq)
}

/// The order of two machine ints, two strs or two floats, all of the exact builtin type
/// (what tuple keys mostly hold): their comparisons run no Python code and cannot fail,
/// so they are decided here without the rich comparison's dispatch. `Some(None)` is
/// unordered (a NaN); `None` is any other pair.
#[inline]
fn exact_pair_order(vm: &Vm, a: &PyRef, b: &PyRef) -> Option<Option<Ordering>> {
    let types = &vm.types;
    let exact = |t: &PyRef| a.class().is(t) && b.class().is(t);
    match (&a.payload, &b.payload) {
        (Payload::Int(x), Payload::Int(y)) if exact(&types.int_type) => Some(Some(x.cmp(y))),
        (Payload::Str(x), Payload::Str(y)) if exact(&types.str_type) => {
            Some(Some(x.as_str().cmp(y.as_str())))
        }
        (Payload::Float(x), Payload::Float(y)) if exact(&types.float_type) => {
            Some(x.partial_cmp(y))
        }
        _ => None,
    }
}

/// A comparison's truth. Builtin operands (the later items of tuple keys, compared one
/// pair at a time, are mostly ints and strs) compare natively, without a bool object in
/// between; `Vm::compare` would take the same path first.
fn rich_compare_bool(vm: &mut Vm, a: &PyRef, b: &PyRef, kind: CompareKind) -> PyResult<bool> {
    if let Some(r) = vm.builtin_compare_values(a, b, kind)? {
        return Ok(r);
    }
    let r = vm.compare(a, b, kind)?;
    truth(vm, &r)
}

fn truth(vm: &mut Vm, r: &PyRef) -> PyResult<bool> {
    match r.payload {
        Payload::Bool(b) => Ok(b),
        _ => vm.is_true(r),
    }
}

/// `a < b` for two ints (exact, or at least builtin numbers).
fn int_lt(a: &PyRef, b: &PyRef) -> bool {
    match (&a.payload, &b.payload) {
        (Payload::Int(x), Payload::Int(y)) => x < y,
        _ => crate::objects::number::num_compare(a, b) == Some(Ordering::Less),
    }
}

fn float_of(k: &PyRef) -> f64 {
    match k.payload {
        Payload::Float(f) => f,
        _ => f64::NAN,
    }
}

fn str_of(k: &PyRef) -> &str {
    match &k.payload {
        Payload::Str(s) => s.as_str(),
        _ => "",
    }
}

/// `unsafe_object_compare`: the class's `__lt__` called directly; if it returns
/// `NotImplemented`, the whole rich comparison.
fn object_lt(vm: &mut Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    match vm.call_special(a, "__lt__", std::slice::from_ref(b))? {
        Some(r) if !r.is(&vm.not_implemented) => truth(vm, &r),
        _ => rich_lt(vm, a, b),
    }
}

fn item_lt(vm: &mut Vm, how: ItemCompare, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    match how {
        ItemCompare::Str => Ok(str_of(a) < str_of(b)),
        ItemCompare::Int => Ok(int_lt(a, b)),
        ItemCompare::Float => Ok(float_of(a) < float_of(b)),
        ItemCompare::Object => object_lt(vm, a, b),
        ItemCompare::Safe => rich_lt(vm, a, b),
    }
}

/// `unsafe_tuple_compare`: the first items that are not equal (`==`, identity first)
/// decide, the first pair with the specialised comparison; else the lengths.
fn tuple_lt(vm: &mut Vm, first: ItemCompare, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    tuple_lt_from(vm, first, a, b, 0)
}

/// [`tuple_lt`] for tuples whose items before `start` are known to be equal.
#[inline]
fn tuple_lt_from(
    vm: &mut Vm,
    first: ItemCompare,
    a: &PyRef,
    b: &PyRef,
    start: usize,
) -> PyResult<bool> {
    let (Payload::Tuple(x), Payload::Tuple(y)) = (&a.payload, &b.payload) else {
        return rich_lt(vm, a, b);
    };
    let mut i = start;
    while i < x.len() && i < y.len() {
        if !rich_eq(vm, &x[i], &y[i])? {
            break;
        }
        i += 1;
    }
    if i >= x.len() || i >= y.len() {
        return Ok(x.len() < y.len());
    }
    if i == 0 {
        item_lt(vm, first, &x[0], &y[0])
    } else {
        rich_lt(vm, &x[i], &y[i])
    }
}

/// The values of int keys when all fit a machine word (collected into a vector sized
/// once: a `collect` into `Option<Vec>` grows it step by step).
fn machine_ints<'a>(keys: impl ExactSizeIterator<Item = &'a PyRef>) -> Option<Vec<i64>> {
    let mut v = Vec::with_capacity(keys.len());
    for k in keys {
        match k.payload {
            Payload::Int(i) => v.push(i),
            _ => return None,
        }
    }
    Some(v)
}

/// The first item of a tuple key (the pre-scan made sure every key has one).
fn tuple_head(k: &PyRef) -> &PyRef {
    match &k.payload {
        Payload::Tuple(t) => &t[0],
        _ => k,
    }
}

/// Sorts `order` (indices into `keys`) by the keys with the comparison `how`.
pub fn sort_indices(
    vm: &mut Vm,
    order: &mut [usize],
    keys: &[PyRef],
    how: KeyCompare,
) -> PyResult<()> {
    match how {
        KeyCompare::Item(ItemCompare::Str) => {
            let text: Vec<&str> = keys.iter().map(str_of).collect();
            timsort(order, &mut |a: usize, b: usize| Ok(text[a] < text[b]))
        }
        KeyCompare::Item(ItemCompare::Int) => match machine_ints(keys.iter()) {
            Some(v) => timsort(order, &mut |a: usize, b: usize| Ok(v[a] < v[b])),
            None => timsort(order, &mut |a: usize, b: usize| {
                Ok(int_lt(&keys[a], &keys[b]))
            }),
        },
        KeyCompare::Item(ItemCompare::Float) => {
            let v: Vec<f64> = keys.iter().map(float_of).collect();
            timsort(order, &mut |a: usize, b: usize| Ok(v[a] < v[b]))
        }
        KeyCompare::Item(item) => timsort(order, &mut |a: usize, b: usize| {
            item_lt(vm, item, &keys[a], &keys[b])
        }),
        KeyCompare::Tuple(ItemCompare::Int) => match machine_ints(keys.iter().map(tuple_head)) {
            // First items that differ decide natively, as `unsafe_tuple_compare`'s `==`
            // and then `unsafe_long_compare` would; equal ones go on to the second items.
            Some(heads) => timsort(order, &mut |a: usize, b: usize| {
                if heads[a] != heads[b] {
                    return Ok(heads[a] < heads[b]);
                }
                tuple_lt_from(vm, ItemCompare::Int, &keys[a], &keys[b], 1)
            }),
            None => timsort(order, &mut |a: usize, b: usize| {
                tuple_lt(vm, ItemCompare::Int, &keys[a], &keys[b])
            }),
        },
        KeyCompare::Tuple(first) => timsort(order, &mut |a: usize, b: usize| {
            tuple_lt(vm, first, &keys[a], &keys[b])
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::timsort;

    /// A deterministic pseudo-random sequence.
    fn lcg(n: usize, seed: u64, modulo: u64) -> Vec<u64> {
        let mut s = seed;
        (0..n)
            .map(|_| {
                s = s
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (s >> 33) % modulo
            })
            .collect()
    }

    #[test]
    fn sorts_stably() {
        for n in [0, 1, 2, 5, 63, 64, 65, 200, 1000, 5000] {
            for modulo in [3, 50, 1 << 30] {
                let data = lcg(n, n as u64 + modulo, modulo);
                let mut idx: Vec<usize> = (0..n).collect();
                timsort::<usize, ()>(&mut idx, &mut |a, b| Ok(data[a] < data[b])).unwrap();
                let mut expect: Vec<usize> = (0..n).collect();
                expect.sort_by_key(|&i| data[i]);
                assert_eq!(idx, expect);
            }
        }
    }

    #[test]
    fn error_leaves_a_permutation() {
        let data = lcg(3000, 7, 1000);
        for stop in [0, 1, 10, 100, 1000, 5000, 20000] {
            let mut idx: Vec<usize> = (0..data.len()).collect();
            let mut count = 0;
            let r = timsort(&mut idx, &mut |a, b| {
                count += 1;
                if count > stop {
                    Err(())
                } else {
                    Ok(data[a] < data[b])
                }
            });
            assert!(r.is_err());
            let mut seen = idx.clone();
            seen.sort_unstable();
            assert_eq!(seen, (0..data.len()).collect::<Vec<_>>());
        }
    }
}
