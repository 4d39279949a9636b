//! `sys.getsizeof` as 64-bit CPython 3.11 reports it, and the allocation policies that make
//! its answers come out right.
//!
//! ## What `getsizeof` adds up
//!
//! CPython's `sys.getsizeof(o)` is `type(o).__sizeof__(o)` plus the type's *pre-header*
//! (`_PyType_PreHeaderSize`): 16 bytes of `PyGC_Head` when the type is GC-tracked
//! ([`GC_HEADER`]) and, in 3.11, 16 more when instances keep their `__dict__` in the managed
//! pre-header slots ([`MANAGED_DICT`]: classes defined in Python whose base is not
//! variable-sized). [`native_sizeof`] is the `__sizeof__` part for builtin payloads (what
//! `object.__sizeof__`, registered here, returns); [`preheader`] is the rest; a class that
//! defines its own `__sizeof__` gets it called, checked as CPython does, plus the pre-header.
//!
//! ## Containers report what they allocated, not what they hold
//!
//! A list is `40 + 8 * allocated`, a bytearray `56 + ob_alloc`, a dict its keys table, a set
//! its hash table: sizes depend on the history of the object. The list and bytearray
//! payloads are `Vec`s whose `capacity()` *is* CPython's allocation, so every path that
//! grows or shrinks them must go through the policy functions below ([`list_resize`],
//! [`list_extend`], [`bytearray_resize`]...), which `reserve_exact`/`shrink_to` to exactly
//! what `Objects/listobject.c` and `Objects/bytearrayobject.c` would allocate. A `Vec` built
//! any other way (e.g. `collect()`) is taken as exactly sized, which is what CPython's
//! `PyList_New(n)` + fill does. A dict's table is CPython's keys object itself
//! (`objects::dict`); a set models its table beside the data (`set::SetData`).

use crate::heap::limits::OutOfMemory;
use crate::heap::{PyObject, PyRef};
use crate::objects::iterators::IterState;
use crate::objects::payload::Payload;
use crate::objects::typeobj::Layout;
use crate::vm::{Args, PyResult, Vm};

/// `sizeof(PyGC_Head)`: every GC-tracked type's objects carry it before the object.
pub const GC_HEADER: usize = 16;
/// The managed-dict pre-header of 3.11 (dict pointer and values pointer).
pub const MANAGED_DICT: usize = 16;

// ---------------------------------------------------------------------------------------
// Lists: Objects/listobject.c
// ---------------------------------------------------------------------------------------

/// Sets a list's allocation back to `allocated` slots (`list.sort` keeps it).
pub fn set_allocated<T>(v: &mut Vec<T>, allocated: usize) {
    set_capacity(v, allocated);
}

/// Sets a vector's capacity to exactly `cap` (never below its length).
fn set_capacity<T>(v: &mut Vec<T>, cap: usize) {
    if try_set_capacity(v, cap).is_err() {
        // Callers that cannot raise: Rust's own growth (which aborts if the system is out).
        v.reserve_exact(cap.max(v.len()) - v.len());
    }
}

/// [`set_capacity`], refusing a growth the heap cannot give (`MemoryError`).
fn try_set_capacity<T>(v: &mut Vec<T>, cap: usize) -> Result<(), OutOfMemory> {
    let cap = cap.max(v.len());
    if cap > v.capacity() {
        crate::heap::limits::reserve(v, cap - v.len())?;
    } else if cap < v.capacity() {
        v.shrink_to(cap);
    } else {
        return Ok(());
    }
    // CPython's `realloc`: tracemalloc traces the array where it was last resized.
    crate::modules::tracemalloc::note_table(v.as_ptr().cast(), v.capacity());
    Ok(())
}

/// CPython's `list_resize(self, newsize)` applied to the capacity only.
///
/// Call it *before* growing (the list still holds its old items, `newsize > len`) and
/// *after* shrinking (the items are gone, `newsize == len`). It over-allocates
/// `newsize + newsize/8 + 6` rounded down to a multiple of 4 (growth pattern 0, 4, 8, 16,
/// 24, 32, 40, 52, 64, 76, ...), allocates just `newsize` rounded up to 4 when a big jump
/// would land closer to that, and reallocates down when the list falls under half its
/// allocation.
#[inline]
pub fn list_resize<T>(v: &mut Vec<T>, newsize: usize) {
    // CPython's own first test, kept inline: most appends find room and no reason to shrink.
    if has_room(v.capacity(), newsize) {
        return;
    }
    if try_list_resize(v, newsize).is_err() {
        set_capacity(v, newsize);
    }
}

/// `list_resize`'s first test: the allocation holds `newsize` items and is not twice too
/// big, so nothing moves.
#[inline]
fn has_room(allocated: usize, newsize: usize) -> bool {
    allocated >= newsize && newsize >= (allocated >> 1)
}

/// [`list_resize`], refusing a growth the heap cannot give (`MemoryError`).
pub fn try_list_resize<T>(v: &mut Vec<T>, newsize: usize) -> Result<(), OutOfMemory> {
    let allocated = v.capacity();
    if has_room(allocated, newsize) {
        return Ok(());
    }
    let old = v.len();
    let mut new_allocated = (newsize + (newsize >> 3) + 6) & !3;
    if newsize > old && newsize - old > new_allocated - newsize {
        new_allocated = (newsize + 3) & !3;
    }
    if newsize == 0 {
        new_allocated = 0;
    }
    try_set_capacity(v, new_allocated)
}

/// `list_ass_slice(a, lo, hi, v)`: replaces `v[lo..hi]` by `new` with CPython's
/// allocation (a result of length 0 is `_list_clear`: the allocation goes; otherwise
/// `list_resize` to the new length, before growing or after shrinking). Returns the items
/// taken out; the caller releases them last to first, as CPython's `recycle` loop does.
pub fn list_ass_slice(v: &mut Vec<PyRef>, lo: usize, hi: usize, new: Vec<PyRef>) -> Vec<PyRef> {
    let hi = hi.max(lo);
    let (n, norig) = (new.len(), hi - lo);
    if v.len() - norig + n == 0 {
        return std::mem::take(v);
    }
    if n < norig {
        let removed = v.splice(lo..hi, new).collect();
        list_shrunk(v);
        removed
    } else {
        list_resize(v, v.len() - norig + n);
        v.splice(lo..hi, new).collect()
    }
}

/// `list_preallocate_exact`: the first allocation of an empty list about to receive `n`
/// items, rounded up to an even count.
pub fn list_preallocate_exact<T>(v: &mut Vec<T>, n: usize) {
    set_capacity(v, (n + 1) & !1);
}

/// `list.append(item)` (`_PyList_AppendTakeRef`; also `LIST_APPEND` in comprehensions).
#[inline]
pub fn list_append(v: &mut Vec<PyRef>, item: PyRef) {
    list_resize(v, v.len() + 1);
    v.push(item);
}

/// `list.insert(i, item)` (`ins1`), `i` already clamped to `0..=len`.
pub fn list_insert(v: &mut Vec<PyRef>, i: usize, item: PyRef) {
    list_resize(v, v.len() + 1);
    v.insert(i.min(v.len()), item);
}

/// After items were removed (`pop`, `remove`, `del`, slice deletion): shrink as
/// `list_resize(self, len)` would.
pub fn list_shrunk<T>(v: &mut Vec<T>) {
    list_resize(v, v.len());
}

/// `list_extend(self, iterable)` with the items already collected.
///
/// `sized` is true for CPython's fast path (the iterable is an exact list or tuple, or the
/// list itself): room for exactly `len + n`, or an even-rounded first allocation. Otherwise
/// `hint` is `PyObject_LengthHint(iterable, 8)` (see [`length_hint`]): CPython makes room
/// for the hint, appends one by one past it, and trims the unused guess at the end.
/// `list(x)`, `[*x]` and `LIST_EXTEND` are this on an empty list.
pub fn list_extend(v: &mut Vec<PyRef>, items: Vec<PyRef>, sized: bool, hint: usize) {
    let n = items.len();
    let m = v.len();
    // `self->ob_item == NULL`: a fresh or cleared list (an unallocated `Vec`).
    let unallocated = v.capacity() == 0;
    if sized {
        if n == 0 {
            return;
        }
        if unallocated {
            list_preallocate_exact(v, n);
        } else {
            list_resize(v, m + n);
        }
        v.extend(items);
        return;
    }
    if unallocated {
        if hint > 0 {
            list_preallocate_exact(v, hint);
        }
    } else {
        list_resize(v, m + hint);
    }
    for item in items {
        if v.len() < v.capacity() {
            v.push(item);
        } else {
            list_append(v, item);
        }
    }
    if v.len() < v.capacity() {
        list_shrunk(v);
    }
}

/// Whether `list.extend(obj)` takes CPython's sized fast path (exact list or tuple).
pub fn is_exact_list_or_tuple(vm: &Vm, obj: &PyRef) -> bool {
    matches!(obj.payload, Payload::List(_) | Payload::Tuple(_))
        && (obj.class().is(&vm.types.list_type) || obj.class().is(&vm.types.tuple_type))
}

/// `list_extend` of `obj`'s items into `v` (see [`list_extend`]): the length hint is taken
/// before iterating, as CPython does.
pub fn list_extend_from(
    vm: &mut Vm,
    v: &std::cell::RefCell<Vec<PyRef>>,
    obj: &PyRef,
) -> PyResult<()> {
    let sized = is_exact_list_or_tuple(vm, obj);
    let (items, hint) = if sized {
        let copied = match &obj.payload {
            Payload::List(l) => crate::heap::limits::repeat(&l.borrow(), 1),
            Payload::Tuple(t) => crate::heap::limits::repeat(t, 1),
            _ => Ok(Vec::new()),
        };
        let items = copied.map_err(|e| vm.no_memory(e))?;
        // A result that cannot be allocated fails first, the list left as it was.
        let total = crate::heap::limits::sum(v.borrow().len(), items.len());
        let bytes = total.and_then(crate::heap::limits::bytes_for::<PyRef>);
        bytes
            .and_then(crate::heap::limits::probe)
            .map_err(|e| vm.no_memory(e))?;
        (items, 0)
    } else {
        // `list_extend` takes the iterator first, then the hint of the iterable.
        let it = vm.iter(obj)?;
        let hint = length_hint(vm, obj, 8)?;
        // `list_preallocate_exact` / `list_resize(m + hint)`: a hint too big to allocate
        // fails before iterating.
        let total = crate::heap::limits::sum(v.borrow().len(), hint);
        let bytes = total.and_then(crate::heap::limits::bytes_for::<PyRef>);
        bytes
            .and_then(crate::heap::limits::probe)
            .map_err(|e| vm.no_memory(e))?;
        (vm.collect_iterator(&it)?, hint)
    };
    list_extend(&mut v.borrow_mut(), items, sized, hint);
    Ok(())
}

/// The vector of a list made by `PyList_New(prealloc)` whose first `prealloc` items were
/// set in place and the rest appended (`stringlib`'s split results: `PREALLOC_SIZE`
/// slots, then `PyList_Append`); `prealloc` 0 is a list built by appends alone.
pub fn list_preallocated_then_appended(
    items: impl IntoIterator<Item = PyRef>,
    prealloc: usize,
) -> Vec<PyRef> {
    let mut v = Vec::new();
    set_capacity(&mut v, prealloc);
    for item in items {
        if v.len() < prealloc {
            v.push(item);
        } else {
            list_append(&mut v, item);
        }
    }
    v
}

/// A new list's vector made from `items` with `PyList_New(n)` semantics: exactly `n` slots
/// (slices, `copy()`, `+`, `*`, `BUILD_LIST`).
pub fn list_exact(mut items: Vec<PyRef>) -> Vec<PyRef> {
    items.shrink_to_fit();
    items
}

/// `PyObject_LengthHint(obj, default)`: `len(obj)` if it has one, else `__length_hint__`,
/// else `default`. Builtin iterators answer natively (the ones CPython gives a
/// `__length_hint__`); generators, `map`, `zip`... have none.
pub fn length_hint(vm: &mut Vm, obj: &PyRef, default: usize) -> PyResult<usize> {
    if !crate::vm::containers::is_heap(obj) {
        if let Some(n) = vm.native_len(obj)? {
            return Ok(n);
        }
        if let Payload::Iterator(state) = &obj.payload {
            let seq_len = |vm: &mut Vm, seq: &PyRef| -> PyResult<Option<usize>> {
                if crate::vm::containers::is_heap(seq) {
                    if vm.lookup_special(seq, "__len__").is_none() {
                        return Ok(None);
                    }
                    return vm.len(seq).map(Some);
                }
                vm.native_len(seq)
            };
            let (seq, index, reverse) = {
                let st = state.borrow();
                match &*st {
                    IterState::Seq { seq, index } => (seq.clone(), *index as isize, false),
                    IterState::SeqReverse { seq, index } => (seq.clone(), *index, true),
                    IterState::Range { next, stop, step } => {
                        let n = if *step > 0 && next < stop {
                            (stop - next + step - 1) / step
                        } else if *step < 0 && next > stop {
                            (next - stop - step - 1) / -step
                        } else {
                            0
                        };
                        return Ok(n.max(0) as usize);
                    }
                    // dictiter_len: what is left, unless the dict changed size.
                    IterState::Dict {
                        dict: Some(d),
                        len,
                        left,
                        ..
                    } => {
                        let used = match &d.payload {
                            Payload::Dict(dd) => dd.borrow().len(),
                            _ => 0,
                        };
                        return Ok(if used == *len { *left } else { 0 });
                    }
                    IterState::Set {
                        set: Some(_), len, ..
                    } => return Ok(*len),
                    IterState::Dict { dict: None, .. }
                    | IterState::Set { set: None, .. }
                    | IterState::Exhausted => return Ok(0),
                    _ => return Ok(default),
                }
            };
            let Some(seq) = seq else {
                return Ok(0);
            };
            if reverse {
                return Ok((index + 1).max(0) as usize);
            }
            return Ok(match seq_len(vm, &seq)? {
                Some(n) => n.saturating_sub(index.max(0) as usize),
                None => default,
            });
        }
        if let Payload::Generator { .. } = &obj.payload {
            return Ok(default);
        }
    }
    // A TypeError from `__len__` or `__length_hint__` only means "no hint" (a weakref
    // proxy has a `__len__` whatever its referent has).
    let type_error = |vm: &Vm, e: &crate::vm::PyErr| vm.exc_matches_name(&e.0, "TypeError");
    if vm.lookup_special(obj, "__len__").is_some() {
        match vm.len(obj) {
            Err(e) if type_error(vm, &e) => {}
            other => return other,
        }
    }
    let r = match vm.call_special(obj, "__length_hint__", &[]) {
        Ok(Some(r)) => r,
        Ok(None) => return Ok(default),
        Err(e) if type_error(vm, &e) => return Ok(default),
        Err(e) => return Err(e),
    };
    if matches!(r.payload, Payload::NotImplemented) {
        return Ok(default);
    }
    if !r.is_int() {
        return Err(vm.type_error(format!(
            "__length_hint__ must be an integer, not {}",
            r.class_name()
        )));
    }
    let n = vm.index_value(&r)?;
    if n < 0 {
        return Err(vm.value_error("__length_hint__() should return >= 0"));
    }
    Ok(n as usize)
}

// ---------------------------------------------------------------------------------------
// bytearray: Objects/bytearrayobject.c
// ---------------------------------------------------------------------------------------

/// CPython's `ob_alloc` of a bytearray vector: its capacity, which keeps room for the
/// trailing NUL; a vector made exactly to size elsewhere counts as `len + 1`
/// (`PyByteArray_FromStringAndSize`), an empty unallocated one as 0.
pub fn bytearray_alloc(v: &Vec<u8>) -> usize {
    if v.capacity() > v.len() {
        v.capacity()
    } else if v.is_empty() {
        0
    } else {
        v.len() + 1
    }
}

/// `PyByteArray_Resize(self, size)` of a bytearray without a front offset (a new one):
/// see [`try_bytearray_resize_from`].
pub fn bytearray_resize(v: &mut Vec<u8>, size: usize) {
    if try_bytearray_resize_from(v, size, 0).is_err() {
        v.resize(size, 0);
    }
}

/// [`bytearray_resize`], refusing a growth the heap cannot give (`MemoryError`; the
/// bytearray is left as it was).
pub fn try_bytearray_resize(v: &mut Vec<u8>, size: usize) -> Result<(), OutOfMemory> {
    try_bytearray_resize_from(v, size, 0).map(drop)
}

/// `PyByteArray_Resize(obj, size)` for the bytearray `obj` whose buffer is `v`: as
/// [`try_bytearray_resize_from`] with its logical start offset, which a reallocation
/// resets.
pub fn try_bytearray_resize_in(
    obj: &PyObject,
    v: &mut Vec<u8>,
    size: usize,
) -> Result<(), OutOfMemory> {
    let start = obj.bytearray_start();
    if try_bytearray_resize_from(v, size, start)? && start > 0 {
        obj.extra().bytearray_start.set(0);
    }
    Ok(())
}

/// [`try_bytearray_resize_in`] where a failure cannot happen or is not reported (shrinks,
/// and growths by one byte).
pub fn bytearray_resize_in(obj: &PyObject, v: &mut Vec<u8>, size: usize) {
    if try_bytearray_resize_in(obj, v, size).is_err() {
        v.resize(size, 0);
    }
}

/// `bytearray_setslice_linear` shrinking a bytearray at index 0: the buffer's logical start
/// moves up by `n` bytes instead of the tail moving down, then `PyByteArray_Resize` to the
/// shorter length decides with that offset (and a reallocation drops it).
pub fn bytearray_delete_front(obj: &PyObject, v: &mut Vec<u8>, n: usize) {
    if n == 0 {
        return;
    }
    let start = obj.bytearray_start() + n;
    v.drain(..n);
    let size = v.len();
    let reallocated = apply_bytearray_resize(v, size, start).unwrap_or(true);
    let new_start = if reallocated { 0 } else { start };
    if new_start != obj.bytearray_start() {
        obj.extra().bytearray_start.set(new_start);
    }
}

/// `PyByteArray_Resize` proper: sets the length to `size` (new bytes are 0) and the
/// allocation as CPython does, for a buffer whose first `start` bytes were given up (see
/// [`bytearray_advance_start`]): when `size + start + 1` fits the allocation, a shrink
/// below half of it reallocates to `size + 1` and anything else keeps the buffer; past
/// it, a moderate growth over-allocates `size + size/8 + (3 or 6)`, a big one allocates
/// `size + 1`. Returns whether the buffer was reallocated (which drops the offset).
fn try_bytearray_resize_from(
    v: &mut Vec<u8>,
    size: usize,
    start: usize,
) -> Result<bool, OutOfMemory> {
    if size == v.len() {
        return Ok(false);
    }
    apply_bytearray_resize(v, size, start)
}

/// [`try_bytearray_resize_from`]'s decision and its application, `v` holding the bytes
/// kept (already shortened when the start moved).
fn apply_bytearray_resize(v: &mut Vec<u8>, size: usize, start: usize) -> Result<bool, OutOfMemory> {
    let alloc = bytearray_alloc(v);
    let new_alloc = if size + start < alloc {
        if size < alloc / 2 {
            Some(size + 1)
        } else {
            None
        }
    } else if (size as f64) <= alloc as f64 * 1.125 {
        Some(size + (size >> 3) + if size < 9 { 3 } else { 6 })
    } else {
        Some(size + 1)
    };
    let target = new_alloc.unwrap_or(alloc);
    if size < v.len() {
        v.truncate(size);
        set_capacity(v, target);
    } else {
        try_set_capacity(v, target)?;
        v.resize(size, 0);
    }
    Ok(new_alloc.is_some())
}

/// A bytearray vector holding `data` as `PyByteArray_FromStringAndSize` makes it
/// (`len + 1` allocated; nothing for empty data).
pub fn bytearray_exact(data: &[u8]) -> Vec<u8> {
    let mut v = Vec::new();
    bytearray_resize(&mut v, data.len());
    v.copy_from_slice(data);
    v
}

// ---------------------------------------------------------------------------------------
// getsizeof
// ---------------------------------------------------------------------------------------

/// `sys.getsizeof(obj)`: `__sizeof__()` plus the pre-header; see the module doc. Errors are
/// CPython's: a `__sizeof__` returning a non-int raises `TypeError` ("an integer is
/// required"), a negative one `ValueError`, a huge one `OverflowError`.
pub fn sizeof(vm: &mut Vm, obj: &PyRef) -> PyResult<usize> {
    let native = vm.lookup_in_mro(&vm.types.object_type, "__sizeof__");
    let found = vm.lookup_special(obj, "__sizeof__");
    let size = match (&found, &native) {
        (Some(f), Some(n)) if f.is(n) => native_sizeof(vm, obj),
        (None, _) => native_sizeof(vm, obj),
        _ => {
            let r = vm
                .call_special(obj, "__sizeof__", &[])?
                .unwrap_or_else(|| vm.int(0));
            let n = match &r.payload {
                Payload::Int(i) => *i,
                Payload::Bool(b) => *b as i64,
                Payload::BigInt(b) => {
                    return Err(if b.sign() == num_bigint::Sign::Minus {
                        vm.value_error("__sizeof__() should return >= 0")
                    } else {
                        vm.overflow_error("Python int too large to convert to C ssize_t")
                    })
                }
                _ => return Err(vm.type_error("an integer is required")),
            };
            if n < 0 {
                return Err(vm.value_error("__sizeof__() should return >= 0"));
            }
            n as usize
        }
    };
    Ok(size + preheader(vm, obj))
}

/// `sys.getsizeof(obj[, default])`: `default` replaces a `TypeError` only.
pub fn getsizeof(vm: &mut Vm, obj: &PyRef, default: Option<&PyRef>) -> PyResult {
    match sizeof(vm, obj) {
        Ok(n) => Ok(vm.int(n as i64)),
        Err(e) => match default {
            Some(d) if vm.exc_matches_name(&e.0, "TypeError") => Ok(d.clone()),
            _ => Err(e),
        },
    }
}

/// `_PyType_PreHeaderSize(type(obj))`: the GC header for GC types, plus the managed-dict
/// slots for Python classes whose instances keep a `__dict__` there.
pub fn preheader(vm: &Vm, obj: &PyRef) -> usize {
    let cls = obj.class();
    if cls.type_data().is_some_and(|t| t.is_heap_type) {
        return GC_HEADER
            + if class_shape(cls).managed_dict {
                MANAGED_DICT
            } else {
                0
            };
    }
    // `object()` is the one builtin instance that is not GC-tracked.
    // Nor are the range iterators, whatever their payload (a sequence iterator for
    // `longrangeiterobject`, an exhausted one after the end).
    if !matches!(obj.payload, Payload::Instance(_))
        && is_gc_type(&obj.payload)
        && !cls.is(&vm.types.longrange_iterator_type)
        && !cls.is(&vm.types.range_iterator_type)
    {
        GC_HEADER
    } else {
        0
    }
}

/// Whether objects with this (builtin) payload are GC-tracked in CPython.
fn is_gc_type(p: &Payload) -> bool {
    match p {
        Payload::Range { .. } => false,
        Payload::Iterator(st) => !matches!(&*st.borrow(), IterState::Range { .. }),
        Payload::Code(_) => false,
        Payload::Slice { .. } | Payload::WeakRef(_) => true,
        other => other.is_gc_container(),
    }
}

/// The instance layout a class gives its objects (CPython's `tp_basicsize` and flags).
#[derive(Clone, Copy, Debug)]
pub struct ClassShape {
    /// `tp_basicsize`.
    pub basicsize: usize,
    /// `tp_itemsize` of the solid base (non-zero for int, bytes, tuple).
    pub itemsize: usize,
    pub has_dict: bool,
    pub has_weakref: bool,
    /// `Py_TPFLAGS_MANAGED_DICT`: the `__dict__` lives in the pre-header.
    pub managed_dict: bool,
}

/// Basic size of the builtin exception whose C struct `cls`'s instances have: the
/// builtin reached through `tp_base` (`best_base`, the base whose layout wins: a class
/// of `ValueError` and `OSError` is laid out as an `OSError`).
fn exception_basicsize(cls: &PyRef) -> usize {
    let mut c = cls.clone();
    loop {
        let Some(t) = c.type_data() else {
            return 72;
        };
        if !t.is_heap_type {
            return builtin_exception_size(&t.name());
        }
        let base = crate::objects::typeobj::best_base(&t.bases());
        match base {
            Some(b) => c = b,
            None => return 72,
        }
    }
}

/// `tp_basicsize` of the builtin exception class named `name` (the struct of `OSError`,
/// `SyntaxError`, ...; `PyBaseExceptionObject` for the simple ones).
pub fn builtin_exception_size(name: &str) -> usize {
    match name {
        "StopIteration" | "SystemExit" | "NameError" | "UnboundLocalError" => 80,
        "AttributeError" | "BaseExceptionGroup" => 88,
        // A heap type in CPython (`PyErr_NewException`), which adds a weakref slot.
        "ExceptionGroup" => 96,
        "ImportError" | "ModuleNotFoundError" => 96,
        "UnicodeEncodeError" | "UnicodeDecodeError" | "UnicodeTranslateError" => 112,
        "SyntaxError" | "IndentationError" | "TabError" => 136,
        n if is_oserror(n) => 112,
        _ => 72,
    }
}

/// `ExceptionGroup` already has the `__weakref__` slot its subclasses would add.
fn has_group_weakref(cls: &PyRef) -> bool {
    cls.type_data().is_some_and(|t| {
        t.mro().iter().any(|c| {
            c.type_data()
                .is_some_and(|ct| !ct.is_heap_type && ct.name() == "ExceptionGroup")
        })
    })
}

fn is_oserror(name: &str) -> bool {
    matches!(
        name,
        "OSError"
            | "BlockingIOError"
            | "ChildProcessError"
            | "ConnectionError"
            | "BrokenPipeError"
            | "ConnectionAbortedError"
            | "ConnectionRefusedError"
            | "ConnectionResetError"
            | "FileExistsError"
            | "FileNotFoundError"
            | "InterruptedError"
            | "IsADirectoryError"
            | "NotADirectoryError"
            | "PermissionError"
            | "ProcessLookupError"
            | "TimeoutError"
    )
}

/// The layout of `cls`'s instances: the solid builtin base's, then what each Python class
/// of the MRO adds (`type_new_descriptors`): 8 bytes per `__slots__` name, 8 for a
/// `__weakref__` slot (not on variable-sized bases), and a `__dict__` — inline (8 bytes)
/// on variable-sized bases, else managed in the pre-header.
pub fn class_shape(cls: &PyRef) -> ClassShape {
    let Some(t) = cls.type_data() else {
        return ClassShape {
            basicsize: 16,
            itemsize: 0,
            has_dict: false,
            has_weakref: false,
            managed_dict: false,
        };
    };
    let (basicsize, itemsize, has_dict, has_weakref) = match t.layout {
        Layout::Object | Layout::Internal => {
            let solid = t.mro().iter().find_map(|c| {
                c.type_data()
                    .filter(|ct| !ct.is_heap_type)
                    .map(|ct| ct.tp_name())
            });
            match solid.as_deref().and_then(builtin_layout) {
                Some((basic, item, dict)) => (basic, item, dict, false),
                None => (16, 0, false, false),
            }
        }
        Layout::Int => (24, 4, false, false),
        // `PyBool_Type` is sized as a whole `PyLongObject` (one digit, padded).
        Layout::Bool => (32, 4, false, false),
        Layout::Float => (24, 0, false, false),
        Layout::Complex => (32, 0, false, false),
        Layout::Str => (80, 0, false, false),
        Layout::Bytes => (33, 1, false, false),
        Layout::ByteArray => (56, 0, false, false),
        // `dequeobject` has its own weak reference list.
        Layout::Deque => (crate::objects::deque::BASICSIZE, 0, false, true),
        Layout::Tuple => (24, 8, false, false),
        Layout::List => (40, 0, false, false),
        Layout::Dict => (48, 0, false, false),
        Layout::Set | Layout::FrozenSet => (200, 0, false, true),
        Layout::Exception => (exception_basicsize(cls), 0, true, has_group_weakref(cls)),
        Layout::Type => (904, 40, true, true),
        Layout::Module => (56, 0, true, true),
    };
    let mut shape = ClassShape {
        basicsize,
        itemsize,
        has_dict,
        has_weakref,
        managed_dict: false,
    };
    let mro: Vec<PyRef> = t.mro().to_vec();
    for c in mro.iter().rev() {
        let Some(ct) = c.type_data() else { continue };
        if !ct.is_heap_type {
            continue;
        }
        if let Some(layout) = ct.c_layout.get() {
            // A C type written in Python: its subclasses build on the C layout (items,
            // as a struct sequence's, stay the builtin base's).
            shape = ClassShape {
                itemsize: shape.itemsize,
                ..layout
            };
            continue;
        }
        match &ct.slot_names {
            Some(names) => {
                for n in names {
                    match n.as_str() {
                        "__dict__" => add_dict(&mut shape),
                        "__weakref__" => add_weakref(&mut shape),
                        _ => shape.basicsize += 8,
                    }
                }
            }
            None => {
                add_dict(&mut shape);
                if shape.itemsize == 0 {
                    add_weakref(&mut shape);
                }
            }
        }
    }
    shape
}

/// `__dictoffset__` and `__weakrefoffset__` (`tp_dictoffset`, `tp_weaklistoffset`) of a
/// class: a builtin type's from its C struct, a Python class's as `type_new` lays out its
/// slots (named slots, then `__weakref__`, then a managed `__dict__` before the object:
/// `-basicsize - 24`; a `__dict__` after the items of a variable-size base: `-8`).
pub fn type_offsets(cls: &PyRef) -> (i64, i64) {
    let Some(t) = cls.type_data() else {
        return (0, 0);
    };
    let mro: Vec<PyRef> = t.mro().to_vec();
    let base = mro
        .iter()
        .find(|c| c.type_data().is_some_and(|ct| !ct.is_heap_type))
        .cloned()
        .unwrap_or_else(|| cls.clone());
    let base_shape = class_shape(&base);
    let (mut dict, mut weak) = builtin_offsets(&base, &base_shape);
    let mut size = base_shape.basicsize as i64;
    let itemsize = base_shape.itemsize;
    for c in mro.iter().rev() {
        let Some(ct) = c.type_data() else { continue };
        if !ct.is_heap_type {
            continue;
        }
        if let Some(layout) = ct.c_layout.get() {
            // A C type written in Python: the C struct's offsets.
            size = layout.basicsize as i64;
            (dict, weak) = c_layout_offsets(&ct.name(), &layout);
            continue;
        }
        let (named, add_dict, add_weak) = match &ct.slot_names {
            Some(names) => (
                names
                    .iter()
                    .filter(|n| !matches!(n.as_str(), "__dict__" | "__weakref__"))
                    .count() as i64,
                dict == 0 && names.iter().any(|n| n == "__dict__"),
                weak == 0 && names.iter().any(|n| n == "__weakref__"),
            ),
            None => (0, dict == 0, weak == 0 && itemsize == 0),
        };
        size += 8 * named;
        if add_dict && itemsize != 0 {
            dict = -8;
            size += 8;
        }
        if add_weak {
            weak = size;
            size += 8;
        }
        if add_dict && itemsize == 0 {
            dict = -size - 24;
        }
    }
    (dict, weak)
}

/// The offsets of a builtin type's `__dict__` and weak reference list in its C struct.
fn builtin_offsets(cls: &PyRef, shape: &ClassShape) -> (i64, i64) {
    let Some(t) = cls.type_data() else {
        return (0, 0);
    };
    match t.layout {
        Layout::Exception => return (16, 0),
        Layout::Type => return (264, 368),
        Layout::Module => return (16, 40),
        Layout::Set | Layout::FrozenSet => return (0, 192),
        Layout::Deque => return (0, shape.basicsize as i64 - 8),
        _ => {}
    }
    match t.tp_name().as_str() {
        "function" => (88, 96),
        "staticmethod" | "classmethod" => (24, 0),
        "types.SimpleNamespace" | "SimpleNamespace" => (16, 0),
        "code" => (0, 144),
        "generator" | "coroutine" | "async_generator" => (0, 24),
        "method" => (0, 32),
        "builtin_function_or_method" => (0, 40),
        "memoryview" => (0, 136),
        "types.GenericAlias" => (0, 40),
        _ => (0, 0),
    }
}

/// The offsets of a C type written in Python (`sys._c_layout`): its struct's, as CPython
/// declares them, or by default the dict then the weak list as the struct's last fields.
fn c_layout_offsets(name: &str, layout: &ClassShape) -> (i64, i64) {
    let known = match name {
        "OrderedDict" => Some((96, 104)),
        "partial" => Some((40, 48)),
        "StringIO" => Some((104, 112)),
        "BytesIO" => Some((40, 48)),
        "TextIOWrapper" => Some((184, 176)),
        "BufferedReader" | "BufferedWriter" | "BufferedRandom" => Some((136, 144)),
        "BufferedRWPair" => Some((32, 40)),
        "FileIO" => Some((40, 32)),
        "_IOBase" | "_RawIOBase" | "_BufferedIOBase" | "_TextIOBase" => Some((16, 24)),
        _ => None,
    };
    if let Some(offsets) = known {
        return offsets;
    }
    let end = layout.basicsize as i64;
    match (layout.has_dict, layout.has_weakref) {
        (true, true) => (end - 16, end - 8),
        (true, false) => (end - 8, 0),
        (false, true) => (0, end - 8),
        (false, false) => (0, 0),
    }
}

/// `tp_basicsize`, `tp_itemsize` and whether `tp_dictoffset` is set, of the builtin types
/// with a C struct of their own (by `tp_name`): the one source of both `__basicsize__`
/// and the fixed part of `sys.getsizeof` of their instances (see [`native_sizeof`]).
fn builtin_layout(tp_name: &str) -> Option<(usize, usize, bool)> {
    Some(match tp_name {
        "generator" | "coroutine" | "async_generator" => (152, 8, false),
        "frame" => (120, 8, false),
        "code" => (184, 2, false),
        "memoryview" => (144, 8, false),
        "function" => (136, 0, true),
        "builtin_function_or_method" => (56, 0, false),
        "method_descriptor" | "classmethod_descriptor" | "wrapper_descriptor" => (56, 0, false),
        "getset_descriptor" | "member_descriptor" => (48, 0, false),
        "method" => (48, 0, false),
        "method-wrapper" => (32, 0, false),
        "staticmethod" | "classmethod" => (32, 0, true),
        "property" => (64, 0, false),
        "super" => (40, 0, false),
        "cell" => (24, 0, false),
        "range" => (48, 0, false),
        "slice" => (40, 0, false),
        "traceback" => (40, 0, false),
        "mappingproxy" | "dict_keys" | "dict_values" | "dict_items" => (24, 0, false),
        "list_iterator"
        | "list_reverseiterator"
        | "tuple_iterator"
        | "str_iterator"
        | "str_ascii_iterator"
        | "bytes_iterator"
        | "bytearray_iterator"
        | "callable_iterator"
        | "reversed"
        | "map"
        | "filter" => (32, 0, false),
        "range_iterator" | "longrange_iterator" | "set_iterator" | "zip" | "memory_iterator" => {
            (48, 0, false)
        }
        "dict_keyiterator"
        | "dict_valueiterator"
        | "dict_itemiterator"
        | "dict_reversekeyiterator"
        | "dict_reversevalueiterator"
        | "dict_reverseitemiterator"
        | "enumerate" => (56, 0, false),
        "odict_iterator" => (64, 0, false),
        "weakref.ReferenceType" | "weakref.ProxyType" | "weakref.CallableProxyType" => {
            (64, 0, false)
        }
        "itertools.combinations" | "itertools.combinations_with_replacement" => (56, 0, false),
        "itertools.permutations" => (64, 0, false),
        "itertools.product" => (48, 0, false),
        _ => return None,
    })
}

fn add_dict(shape: &mut ClassShape) {
    if shape.has_dict {
        return;
    }
    shape.has_dict = true;
    if shape.itemsize != 0 {
        shape.basicsize += 8;
    } else {
        shape.managed_dict = true;
    }
}

fn add_weakref(shape: &mut ClassShape) {
    if !shape.has_weakref {
        shape.has_weakref = true;
        shape.basicsize += 8;
    }
}

/// Number of 30-bit digits of an int's magnitude (CPython's `Py_SIZE`, at least 1 counted).
fn int_digits(p: &Payload) -> usize {
    let digits = match p {
        Payload::Int(i) => {
            let mag = i.unsigned_abs();
            (64 - mag.leading_zeros() as usize).div_ceil(30)
        }
        Payload::BigInt(b) => (b.bits() as usize).div_ceil(30),
        Payload::Bool(b) => *b as usize,
        _ => 0,
    };
    digits.max(1)
}

/// The code object's `co_nlocalsplus`: locals, then cells and free variables not already
/// counted as arguments.
fn nlocalsplus(code: &crate::bytecode::CodeObject) -> usize {
    let shared = code.cell2arg.iter().filter(|a| a.is_some()).count();
    code.varnames.len() + code.cellvars.len() - shared.min(code.cellvars.len())
        + code.freevars.len()
}

/// `co_stacksize` as CPython 3.11 would have it (see `stackdepth::cpython_stack_size`).
pub fn code_stacksize(code: &crate::bytecode::CodeObject) -> usize {
    crate::compile::stackdepth::cpython_stack_size(code).map_or(1, |d| d as usize)
}

/// What `type(obj).__sizeof__(obj)` returns for builtin payloads (no pre-header): the
/// value of `object.__sizeof__` and of the builtin types' own `__sizeof__` methods.
pub fn native_sizeof(vm: &Vm, obj: &PyRef) -> usize {
    let cls = obj.class();
    let heap = cls.type_data().is_some_and(|t| t.is_heap_type);
    let basic = || class_shape(cls).basicsize;
    // A type of [`builtin_layout`] (or a class deriving from one) takes its fixed size
    // from there, as `__basicsize__` does; `n` stands for a type it does not list.
    let fixed = |n: usize| {
        let listed = heap
            || cls
                .type_data()
                .is_some_and(|t| builtin_layout(&t.tp_name()).is_some());
        if listed {
            basic()
        } else {
            n
        }
    };
    match &obj.payload {
        Payload::None | Payload::NoneValue | Payload::NotImplemented | Payload::Ellipsis => 16,
        Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_) => {
            24 + 4 * int_digits(&obj.payload)
        }
        Payload::Float(_) => basic(),
        Payload::Complex(..) => basic(),
        Payload::Str(s) => {
            let n = s.char_len();
            let kind = match s.max_char() {
                0..=0xff => 1,
                0x100..=0xffff => 2,
                _ => 4,
            };
            if heap {
                // A subclass instance is a "legacy" two-block string.
                80 + (n + 1) * kind
            } else if s.is_ascii() {
                48 + n + 1
            } else {
                72 + (n + 1) * kind
            }
        }
        Payload::Bytes(b) => basic() + b.len(),
        Payload::ByteArray(b) => basic() + bytearray_alloc(&b.borrow()),
        Payload::Deque(d) => basic() + d.blocks_size(),
        // `dequeiterobject`.
        Payload::DequeIter(_) => 56,
        Payload::Tuple(items) => {
            let c = cls;
            if c.is(&vm.types.dict_keys_type)
                || c.is(&vm.types.dict_values_type)
                || c.is(&vm.types.dict_items_type)
            {
                return 24;
            }
            basic() + 8 * items.len()
        }
        Payload::List(items) => basic() + 8 * items.borrow().capacity(),
        Payload::Dict(d) => basic() - 48 + d.borrow().sizeof(),
        Payload::Set(s) => basic() + set_table(s.borrow().table_size()),
        Payload::FrozenSet(s) => basic() + set_table(s.table_size()),
        Payload::Range { .. } => fixed(48),
        Payload::Slice { .. } => fixed(40),
        Payload::Function(_) => fixed(136),
        // `wrapperobject` (descriptor and self) against `PyCFunctionObject`.
        Payload::Builtin(_) if obj.class().is(&vm.types.method_wrapper_type) => fixed(32),
        Payload::Builtin(_) => fixed(56),
        Payload::BoundMethod { .. } => fixed(48),
        Payload::Type(t) => {
            if t.is_heap_type {
                // sizeof(PyHeapTypeObject), plus the shared keys object made for the
                // instances' managed dicts (`ht_cached_keys`).
                904 + if class_shape(obj).managed_dict {
                    768
                } else {
                    0
                }
            } else {
                408
            }
        }
        Payload::Instance(_) => basic(),
        Payload::Module(_) => basic(),
        Payload::Cell(_) => fixed(24),
        Payload::Code(c) => 168 + 2 * c.code.instructions.len(),
        // `frame_sizeof`: the frame object and its `_PyInterpreterFrame` header, then a
        // slot per local, cell and value-stack entry.
        Payload::Frame(fd) => {
            // A running frame's data is held by its dispatch loop: the frame stack
            // knows its code.
            let code = match fd.try_borrow() {
                Ok(fd) => Some(fd.code.clone()),
                Err(_) => vm.running_frame(obj).map(|view| view.code),
            };
            let slots = code.and_then(|code| match &code.payload {
                Payload::Code(c) => Some(nlocalsplus(&c.code) + code_stacksize(&c.code)),
                _ => None,
            });
            // `offsetof(PyFrameObject, _f_frame_data)` + `offsetof(_PyInterpreterFrame,
            // localsplus)`: 48 + 72.
            fixed(120) + 8 * slots.unwrap_or(1)
        }
        // `gen_sizeof`: the frame's slots as the code sizes them, alive or finished.
        Payload::Generator { names, .. } => {
            let n = match &names.code.payload {
                Payload::Code(c) => nlocalsplus(&c.code) + code_stacksize(&c.code),
                _ => 1,
            };
            fixed(152) + 8 * n
        }
        // `memoryiterobject`: index, view, length and format.
        Payload::Iterator(_) if cls.is(&vm.types.memory_iterator_type) => fixed(48),
        Payload::Iterator(st) => match &*st.borrow() {
            IterState::Seq { .. } | IterState::SeqReverse { .. } => fixed(32),
            IterState::Range { .. } => fixed(48),
            IterState::Dict { .. } | IterState::Enumerate { .. } => fixed(56),
            IterState::Set { .. } | IterState::Zip { .. } => fixed(48),
            IterState::ODict { .. } => fixed(64),
            IterState::Map { .. } | IterState::Filter { .. } | IterState::CallIter { .. } => {
                fixed(32)
            }
            IterState::Itertools(tool) => tool.sizeof(),
            // `PyAsyncGenASend` / `PyAsyncGenAThrow` (generator, value or args, state);
            // `anextawaitableobject` (wrapped, default).
            IterState::AsyncAwait(aw) => match &**aw {
                crate::vm::async_generator::AsyncAwait::Gen { .. } => 40,
                crate::vm::async_generator::AsyncAwait::Default { .. } => 32,
            },
            // An exhausted iterator keeps its type's size (`fixed` reads it from the type).
            IterState::Exhausted => fixed(32),
        },
        Payload::Property { .. } => fixed(64),
        Payload::SlotDescriptor(_) => fixed(48),
        Payload::MappingProxy(_) => fixed(24),
        // A builtin type's class method is a `PyMethodDescrObject`.
        Payload::ClassMethod(_) if obj.class().is(&vm.types.classmethod_descriptor_type) => {
            fixed(56)
        }
        Payload::StaticMethod(_) | Payload::ClassMethod(_) => fixed(32),
        Payload::Super { .. } => fixed(40),
        Payload::Exception(_) => basic(),
        Payload::Traceback { .. } => fixed(40),
        Payload::WeakRef(_) => fixed(64),
        // A view is a GC object holding one pointer: 24 here plus the 16-byte pre-header.
        Payload::DictView { .. } => fixed(24),
        Payload::MemoryView(m) => m.sizeof(),
        Payload::ManagedBuffer(_) => crate::objects::memoryview::MANAGED_BUFFER_SIZE,
    }
}

/// A set's table beyond the 8-slot small table inside the object (16 bytes a slot).
fn set_table(slots: usize) -> usize {
    if slots > 8 {
        16 * slots
    } else {
        0
    }
}

/// `object.__sizeof__(self)`, serving every builtin type.
fn object_sizeof(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = crate::objects::methods::method_args(vm, "object.__sizeof__", args, 0, 0)?;
    let n = native_sizeof(vm, this);
    Ok(vm.int(n as i64))
}

/// Registers `object.__sizeof__`.
pub fn register(vm: &mut Vm) {
    let object = vm.types.object_type.clone();
    vm.add_method(&object, "__sizeof__", object_sizeof);
}
