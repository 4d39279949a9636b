//! `collections.deque` and its two iterators, after CPython's `Modules/_collectionsmodule.c`.
//!
//! The items live in a `VecDeque`; CPython's chain of 64-slot blocks is kept only as the
//! number `leftindex` (where the first item sits in the first block), which with the
//! length gives the number of blocks, and so `sys.getsizeof`. Every operation moves
//! `leftindex` as CPython's moves it: see [`Deque::note_popleft`] and friends.
//!
//! `state` counts the changes that invalidate iterators, as CPython's `state` does: the
//! iterators, `count`, `index`, `remove`, `in` and the comparisons raise when a call into
//! Python code (an item's `__eq__`, a `__del__`) changed the deque under them. No borrow
//! of the items is ever held while Python code runs: items that leave the deque are
//! released after the borrow ends, in CPython's order, so a `__del__` may use the deque.
//!
//! The interpreter's protocols reach the payload through the `Payload::Deque` arms of
//! `vm::containers` / `vm::text`; the slot wrappers registered here (`__len__`...) serve
//! subclasses and explicit calls (`deque.__getitem__(d, 0)`).

use crate::bytecode::CompareKind;
use crate::heap::limits;
use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::objects::methods::{check_args, descriptor_error, method_args};
use crate::objects::payload::Payload;
use crate::vm::{Args, PyErr, PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

/// Item slots per CPython block.
const BLOCKLEN: usize = 64;
/// `leftindex` of an empty deque: the middle of its one block.
const CENTER: usize = (BLOCKLEN - 1) / 2;
/// `sizeof(dequeobject)` and `sizeof(block)` (two links and the slots).
pub const BASICSIZE: usize = 216;
const BLOCKSIZE: usize = 8 * BLOCKLEN + 16;
/// `tp_name`, as CPython's messages show it.
const TP_NAME: &str = "collections.deque";

/// A deque's state (`dequeobject`).
pub struct Deque {
    items: RefCell<VecDeque<PyRef>>,
    /// None for an unbounded deque (CPython's -1).
    maxlen: Cell<Option<usize>>,
    state: Cell<usize>,
    /// CPython's `leftindex`: the slot of the first item in the first block.
    leftindex: Cell<usize>,
}

impl Default for Deque {
    fn default() -> Self {
        Deque::new()
    }
}

impl Deque {
    /// `deque_new`: empty, unbounded, centred in one block.
    pub fn new() -> Deque {
        Deque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(None),
            state: Cell::new(0),
            leftindex: Cell::new(CENTER + 1),
        }
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn maxlen(&self) -> Option<usize> {
        self.maxlen.get()
    }

    /// `deque_sizeof` without the basic size: the blocks the items span.
    pub fn blocks_size(&self) -> usize {
        let blocks = (self.leftindex.get() + self.len()).div_ceil(BLOCKLEN);
        blocks * BLOCKSIZE
    }

    /// `deque_traverse`: first to last.
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(visit)
        }
    }

    /// `deque_clear` for the collector: the items go, first to last.
    pub fn clear_into(&self, out: &mut Vec<PyRef>) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            if !items.is_empty() {
                self.leftindex.set(CENTER + 1);
                self.bump();
            }
            out.extend(items.drain(..));
        }
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn get(&self, i: usize) -> Option<PyRef> {
        self.items.borrow().get(i).cloned()
    }

    // ---- CPython's bookkeeping of `leftindex`, per primitive ----

    /// After a `popleft` that left `len` items: an emptied first block goes, and an empty
    /// deque re-centres.
    fn note_popleft(&self, len: usize) {
        let mut i = self.leftindex.get() + 1;
        if i == BLOCKLEN {
            i = if len > 0 { 0 } else { CENTER + 1 };
        }
        self.leftindex.set(i);
        self.bump();
    }

    /// After a `pop` that left `len` items: an empty deque whose last item sat at the
    /// start of its block re-centres.
    fn note_pop(&self, len: usize) {
        if len == 0 && self.leftindex.get() == 0 {
            self.leftindex.set(CENTER + 1);
        }
        self.bump();
    }

    /// Before an `appendleft`: a full first block gets a new block on its left.
    fn note_appendleft(&self) {
        let i = self.leftindex.get();
        self.leftindex
            .set(if i == 0 { BLOCKLEN - 1 } else { i - 1 });
    }

    /// `_deque_rotate(n)` on `len` items: `n` reduced as CPython reduces it; the first
    /// item then sits `n` slots further left. Returns the reduced `n`.
    fn note_rotate(&self, n: i64, len: usize) -> i64 {
        if len <= 1 {
            return 0;
        }
        let len = len as i64;
        let half = len >> 1;
        let mut n = n;
        if n > half || n < -half {
            n %= len; // C's `%`: the dividend's sign
            if n > half {
                n -= len;
            } else if n < -half {
                n += len;
            }
        }
        self.bump();
        let shifted = (self.leftindex.get() as i64 - n).rem_euclid(BLOCKLEN as i64);
        self.leftindex.set(shifted as usize);
        n
    }

    // ---- the primitives (no Python code runs in them) ----

    /// `deque_append_internal`: the item trimmed from the left, if any, for the caller to
    /// release.
    fn append(&self, item: PyRef, maxlen: Option<usize>) -> Option<PyRef> {
        let mut items = self.items.borrow_mut();
        items.push_back(item);
        if maxlen.is_some_and(|m| items.len() > m) {
            let old = items.pop_front();
            self.note_popleft(items.len());
            return old;
        }
        self.bump();
        None
    }

    /// `deque_appendleft_internal`: the item trimmed from the right, if any.
    fn appendleft(&self, item: PyRef) -> Option<PyRef> {
        let mut items = self.items.borrow_mut();
        self.note_appendleft();
        items.push_front(item);
        if self.maxlen.get().is_some_and(|m| items.len() > m) {
            let old = items.pop_back();
            self.note_pop(items.len());
            return old;
        }
        self.bump();
        None
    }

    fn pop(&self) -> Option<PyRef> {
        let mut items = self.items.borrow_mut();
        let item = items.pop_back()?;
        self.note_pop(items.len());
        Some(item)
    }

    fn popleft(&self) -> Option<PyRef> {
        let mut items = self.items.borrow_mut();
        let item = items.pop_front()?;
        self.note_popleft(items.len());
        Some(item)
    }

    /// `deque_clear`: empties the deque first, then releases the items first to last.
    fn clear(&self) {
        let old = {
            let mut items = self.items.borrow_mut();
            if items.is_empty() {
                return;
            }
            self.leftindex.set(CENTER + 1);
            self.bump();
            std::mem::take(&mut *items)
        };
        for item in old {
            drop(item);
        }
    }

    fn rotate(&self, n: i64) {
        let mut items = self.items.borrow_mut();
        let n = self.note_rotate(n, items.len());
        if n > 0 {
            items.rotate_right(n as usize);
        } else if n < 0 {
            items.rotate_left(n.unsigned_abs() as usize);
        }
    }

    /// `deque_del_item(i)`: rotate, `popleft`, rotate back; the item is returned for the
    /// caller to release once the deque is whole again.
    fn remove_at(&self, i: usize) -> Option<PyRef> {
        let mut items = self.items.borrow_mut();
        let n = items.len();
        if i >= n {
            return None;
        }
        self.note_rotate(-(i as i64), n);
        self.note_popleft(n - 1);
        self.note_rotate(i as i64, n - 1);
        items.remove(i)
    }

    /// `deque_insert` past its checks (`0 < |index| < len`): rotate, append on the near
    /// end, rotate back.
    fn insert_inside(&self, index: i64, value: PyRef) {
        let mut items = self.items.borrow_mut();
        let n = items.len();
        self.note_rotate(-index, n);
        if index > 0 {
            self.note_appendleft();
        }
        self.bump();
        self.note_rotate(index, n + 1);
        let at = if index < 0 { index + n as i64 } else { index };
        items.insert(at as usize, value);
    }
}

/// A position in a deque as an iterator holds it (`dequeiterobject`): the next index,
/// the items left, and the deque's `state` when iteration began.
#[derive(Clone, Copy)]
struct Cursor {
    index: usize,
    counter: usize,
    state: usize,
}

impl Cursor {
    fn new(d: &Deque, reverse: bool) -> Cursor {
        let len = d.len();
        Cursor {
            index: if reverse { len.wrapping_sub(1) } else { 0 },
            counter: len,
            state: d.state.get(),
        }
    }

    /// `dequeiter_next` / `dequereviter_next` (which look at the counter and the state
    /// in opposite orders): `Err(())` when the deque changed.
    fn next(&mut self, d: &Deque, reverse: bool) -> Result<Option<PyRef>, ()> {
        let mutated = d.state.get() != self.state;
        if reverse && self.counter == 0 {
            return Ok(None);
        }
        if mutated {
            self.counter = 0;
            return Err(());
        }
        if self.counter == 0 {
            return Ok(None);
        }
        let Some(item) = d.get(self.index) else {
            self.counter = 0;
            return Ok(None);
        };
        self.index = if reverse {
            self.index.wrapping_sub(1)
        } else {
            self.index + 1
        };
        self.counter -= 1;
        Ok(Some(item))
    }
}

/// A deque iterator (`_collections._deque_iterator` or `_deque_reverse_iterator`).
pub struct DequeIter {
    deque: PyRef,
    reverse: bool,
    cursor: Cell<Cursor>,
}

impl DequeIter {
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.deque)
    }
}

/// The deque state of `obj`, if it is a deque.
pub fn deque_of(obj: &PyRef) -> Option<&Deque> {
    match &obj.payload {
        Payload::Deque(d) => Some(d),
        _ => None,
    }
}

fn mutated_error(vm: &Vm) -> PyErr {
    vm.new_error("RuntimeError", "deque mutated during iteration")
}

// ---- the protocols, for `vm` (`len`, `d[i]`, `x in d`, `iter`, `repr`) ----

/// `iter(d)` or `reversed(d)`.
pub fn new_iter(vm: &Vm, obj: &PyRef, reverse: bool) -> PyRef {
    let cursor = deque_of(obj).map_or(
        Cursor {
            index: 0,
            counter: 0,
            state: 0,
        },
        |d| Cursor::new(d, reverse),
    );
    let class = if reverse {
        &vm.types.deque_reverse_iterator_type
    } else {
        &vm.types.deque_iterator_type
    };
    PyRef::new(
        class,
        Payload::DequeIter(Box::new(DequeIter {
            deque: obj.clone(),
            reverse,
            cursor: Cell::new(cursor),
        })),
    )
}

/// `next(it)` of a deque iterator: `Ok(None)` when exhausted.
pub fn iter_next(vm: &Vm, it: &PyRef) -> PyResult<Option<PyRef>> {
    let Payload::DequeIter(state) = &it.payload else {
        return Ok(None);
    };
    let Some(d) = deque_of(&state.deque) else {
        return Ok(None);
    };
    let mut cursor = state.cursor.get();
    let r = cursor.next(d, state.reverse);
    state.cursor.set(cursor);
    r.map_err(|()| mutated_error(vm))
}

/// `PyNumber_AsSsize_t(key, IndexError)` after `PyIndex_Check`, then a negative index
/// counted from the end and checked (`deque_item`).
fn item_index(vm: &mut Vm, d: &Deque, key: &PyRef) -> PyResult<usize> {
    if !vm.index_check(key) {
        return Err(vm.type_error(format!(
            "sequence index must be integer, not '{}'",
            key.class_name()
        )));
    }
    let i = vm.index_value(key)?;
    let len = d.len() as i64;
    let i = if i < 0 { i + len } else { i };
    if !(0..len).contains(&i) {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(i as usize)
}

/// `d[key]`.
pub fn getitem(vm: &mut Vm, obj: &PyRef, key: &PyRef) -> PyResult {
    let d = deque_of(obj).ok_or_else(|| vm.type_error("deque expected"))?;
    let i = item_index(vm, d, key)?;
    d.get(i)
        .ok_or_else(|| vm.index_error("deque index out of range"))
}

/// `d[key] = value` (`deque_ass_item`): the old item is released after the store.
pub fn setitem(vm: &mut Vm, obj: &PyRef, key: &PyRef, value: PyRef) -> PyResult<()> {
    let d = deque_of(obj).ok_or_else(|| vm.type_error("deque expected"))?;
    let i = item_index(vm, d, key)?;
    let old = d
        .items
        .borrow_mut()
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, value));
    drop(old);
    Ok(())
}

/// `del d[key]` (`deque_del_item`).
pub fn delitem(vm: &mut Vm, obj: &PyRef, key: &PyRef) -> PyResult<()> {
    let d = deque_of(obj).ok_or_else(|| vm.type_error("deque expected"))?;
    let i = item_index(vm, d, key)?;
    let item = d.remove_at(i);
    drop(item);
    Ok(())
}

/// What [`scan`] is looking for, which decides when it stops and how it reports a
/// change of the deque.
#[derive(Clone, Copy, PartialEq)]
enum Scan {
    /// Every match (`count`).
    Count,
    /// The first match (`index`, `in`): a match found is returned even if the deque
    /// changed during that comparison.
    Find,
    /// The first match (`remove`): a change is an IndexError, even on a match.
    Remove,
}

/// Walks the items from `start` to `stop` comparing each with `value` (its `__eq__`
/// first, as `PyObject_RichCompareBool(item, value)`): the index of the first match (none
/// for [`Scan::Count`]) and the number of matches. A change of the deque during a
/// comparison is `deque mutated during iteration`.
fn scan(
    vm: &mut Vm,
    d: &Deque,
    value: &PyRef,
    (start, stop): (usize, usize),
    how: Scan,
) -> PyResult<(Option<usize>, usize)> {
    let state = d.state.get();
    let mut matches = 0;
    for i in start..stop {
        let Some(item) = d.get(i) else { break };
        let equal = vm.eq(&item, value)?;
        drop(item);
        let changed = d.state.get() != state;
        if changed && how == Scan::Remove {
            return Err(vm.index_error("deque mutated during iteration"));
        }
        if equal && how != Scan::Count {
            return Ok((Some(i), 1));
        }
        matches += equal as usize;
        if changed {
            return Err(mutated_error(vm));
        }
    }
    Ok((None, matches))
}

/// `x in d` (`deque_contains`).
pub fn contains(vm: &mut Vm, obj: &PyRef, value: &PyRef) -> PyResult<bool> {
    let d = deque_of(obj).ok_or_else(|| vm.type_error("deque expected"))?;
    let (found, _) = scan(vm, d, value, (0, d.len()), Scan::Find)?;
    Ok(found.is_some())
}

/// The text of `repr(d)` inside CPython's `Py_ReprEnter` guard (which the caller holds):
/// `deque([...])`, or `deque([...], maxlen=n)`, named by the object's class.
pub fn repr(vm: &mut Vm, obj: &PyRef) -> PyResult<String> {
    let d = deque_of(obj).ok_or_else(|| vm.type_error("deque expected"))?;
    let list = as_list(vm, obj)?;
    let inner = vm.repr_string_any(&list)?;
    drop(list);
    let name = obj
        .class()
        .type_data()
        .map(|t| t.name())
        .unwrap_or_default();
    Ok(match d.maxlen() {
        Some(m) => format!("{name}({inner}, maxlen={m})"),
        None => format!("{name}({inner})"),
    })
}

/// `PySequence_List(d)`: the items in a new list, read through `iter(d)` (a subclass's
/// own `__iter__` included).
fn as_list(vm: &mut Vm, obj: &PyRef) -> PyResult {
    let items = vm.iterate(obj)?;
    Ok(vm.list(items))
}

// ---- construction ----

/// `deque(...)` on the exact type: `deque_new`, then `deque_init`.
pub fn construct(vm: &mut Vm, cls: &PyRef, args: Args) -> PyResult {
    let obj = PyRef::new(cls, Payload::Deque(Box::default()));
    init(vm, &obj, args)?;
    Ok(obj)
}

/// `deque_init(iterable=(), maxlen=None)`: the old items go, the new come from `iterable`.
fn init(vm: &mut Vm, obj: &PyRef, args: Args) -> PyResult<()> {
    let given = args.args.len();
    if given > 2 {
        return Err(vm.type_error(format!("deque() takes at most 2 arguments ({given} given)")));
    }
    // Borrowed, as `deque_init` borrows its arguments.
    let a = crate::objects::methods::bind_params_borrowed(
        vm,
        "deque",
        args,
        0,
        &["iterable", "maxlen"],
        0,
        2,
    )?;
    let maxlen = match a[1].filter(|m| !matches!(m.payload, Payload::NoneValue)) {
        None => None,
        Some(m) => {
            if !m.is_int() {
                return Err(vm.type_error("an integer is required"));
            }
            let n = ssize(vm, m, "Python int too large to convert to C ssize_t")?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let d = deque_of(obj).ok_or_else(|| vm.type_error("deque expected"))?;
    d.maxlen.set(maxlen);
    d.clear();
    if let Some(iterable) = a[0] {
        extend(vm, obj, iterable, false)?;
    }
    Ok(())
}

/// An `n` argument (`PyNumber_AsSsize_t(x, OverflowError)`): `__index__`, and an int
/// beyond 64 bits is an OverflowError with `overflow` as its message.
fn ssize(vm: &mut Vm, x: &PyRef, overflow: &str) -> PyResult<i64> {
    if matches!(x.payload, Payload::BigInt(_)) {
        return Err(vm.new_error("OverflowError", overflow));
    }
    vm.index_value(x)
}

// ---- the methods ----

/// The deque a method is called on (`args[0]`), with CPython's descriptor errors.
fn receiver<'a>(vm: &Vm, args: &Args<'a>, name: &str, wrapper: bool) -> PyResult<&'a PyRef> {
    let Some(this) = args.args.first() else {
        return Err(vm.type_error(if wrapper {
            format!("descriptor '{name}' of '{TP_NAME}' object needs an argument")
        } else {
            format!("unbound method deque.{name}() needs an argument")
        }));
    };
    if deque_of(this).is_none() {
        return Err(if wrapper {
            vm.type_error(format!(
                "descriptor '{name}' requires a '{TP_NAME}' object but received a '{}'",
                this.class_name()
            ))
        } else {
            descriptor_error(vm, name, TP_NAME, this)
        });
    }
    Ok(this)
}

/// A `METH_NOARGS` / `METH_O` method's receiver and its `n` arguments.
fn method<'a>(vm: &Vm, args: Args<'a>, name: &str, n: usize) -> PyResult<(&'a PyRef, &'a [PyRef])> {
    let this = receiver(vm, &args, name, false)?;
    // The qualified name is only formatted for an error message (a `format!` per call was
    // two fifths of `popleft`).
    if args.kwnames.is_empty() && args.args.len() == n + 1 {
        return Ok((this, &args.args[1..]));
    }
    method_args(vm, &format!("deque.{name}"), args, n, n)
}

/// A slot wrapper's receiver and its `n` arguments (no keywords).
fn wrapper<'a>(
    vm: &Vm,
    args: Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<(&'a PyRef, &'a [PyRef])> {
    let this = receiver(vm, &args, name, true)?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let rest = &args.args[1..];
    if rest.len() != n {
        return Err(vm.type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            rest.len()
        )));
    }
    Ok((this, rest))
}

/// The payload of a checked receiver.
fn payload(this: &PyRef) -> &Deque {
    deque_of(this).expect("checked receiver")
}

fn append_method(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method(vm, args, "append", 1)?;
    let d = payload(this);
    let trimmed = d.append(a[0].clone(), d.maxlen());
    drop(trimmed);
    Ok(vm.none())
}

fn appendleft_method(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method(vm, args, "appendleft", 1)?;
    let trimmed = payload(this).appendleft(a[0].clone());
    drop(trimmed);
    Ok(vm.none())
}

fn pop_method(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method(vm, args, "pop", 0)?;
    payload(this)
        .pop()
        .ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn popleft_method(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method(vm, args, "popleft", 0)?;
    payload(this)
        .popleft()
        .ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn clear_method(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method(vm, args, "clear", 0)?;
    payload(this).clear();
    Ok(vm.none())
}

/// `deque_extend` / `deque_extendleft`: one item at a time from `iterable` (a deque
/// extended by itself reads a list of its items first). An empty deque starts filling
/// from the end away from the growth (CPython's space-saving heuristic).
fn extend(vm: &mut Vm, this: &PyRef, iterable: &PyRef, left: bool) -> PyResult<()> {
    if iterable.is(this) {
        let items = as_list(vm, this)?;
        return extend(vm, this, &items, left);
    }
    let d = payload(this);
    let maxlen = d.maxlen();
    let it = vm.iter(iterable)?;
    if maxlen == Some(0) {
        while let Some(item) = vm.next(&it)? {
            drop(item);
        }
        return Ok(());
    }
    if d.is_empty() {
        d.leftindex.set(if left { BLOCKLEN - 1 } else { 1 });
    }
    while let Some(item) = vm.next(&it)? {
        let trimmed = if left {
            d.appendleft(item)
        } else {
            d.append(item, maxlen)
        };
        drop(trimmed);
    }
    Ok(())
}

fn extend_method(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method(vm, args, "extend", 1)?;
    extend(vm, this, &a[0], false)?;
    Ok(vm.none())
}

fn extendleft_method(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method(vm, args, "extendleft", 1)?;
    extend(vm, this, &a[0], true)?;
    Ok(vm.none())
}

/// `deque_copy`: an exact deque is copied directly (one item appended, more extended);
/// a subclass is called as `type(d)(d)` or `type(d)(d, maxlen)`.
fn copy(vm: &mut Vm, this: &PyRef) -> PyResult {
    let d = payload(this);
    let cls = this.class().clone();
    if cls.is(&vm.types.deque_type) {
        let new = PyRef::new(&cls, Payload::Deque(Box::default()));
        let nd = payload(&new);
        nd.maxlen.set(d.maxlen());
        match d.get(0).filter(|_| d.len() == 1) {
            Some(item) => drop(nd.append(item, nd.maxlen())),
            None => extend(vm, &new, this, false)?,
        }
        return Ok(new);
    }
    let result = match d.maxlen() {
        None => vm.call1(&cls, std::slice::from_ref(this))?,
        Some(m) => {
            let m = vm.int(m as i64);
            vm.call1(&cls, &[this.clone(), m])?
        }
    };
    if deque_of(&result).is_none() {
        return Err(vm.type_error(format!(
            "{}() must return a deque, not {}",
            this.class_name(),
            result.class_name()
        )));
    }
    Ok(result)
}

fn copy_method(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method(vm, args, "copy", 0)?;
    copy(vm, this)
}

fn dunder_copy(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method(vm, args, "__copy__", 0)?;
    copy(vm, this)
}

fn count_method(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method(vm, args, "count", 1)?;
    let d = payload(this);
    let (_, n) = scan(vm, d, &a[0], (0, d.len()), Scan::Count)?;
    Ok(vm.int(n as i64))
}

fn not_in_deque(vm: &mut Vm, value: &PyRef) -> PyErr {
    match vm.repr_string_any(value) {
        Ok(r) => vm.value_error(format!("{r} is not in deque")),
        Err(e) => e,
    }
}

/// A `start`/`stop` of `index` (`_PyEval_SliceIndexNotNone`): big ints clamp.
fn slice_bound(vm: &mut Vm, x: &PyRef, len: usize) -> PyResult<usize> {
    if matches!(x.payload, Payload::NoneValue) {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    let i = crate::objects::methods::slice_index_not_none(vm, x)?;
    let len = len as i64;
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
}

fn index_method(vm: &mut Vm, args: Args) -> PyResult {
    let this = receiver(vm, &args, "index", false)?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("deque.index() takes no keyword arguments"));
    }
    let a = check_args(vm, "index()", &args.args[1..], 1, 3)?;
    let d = payload(this);
    let len = d.len();
    let start = match a.get(1) {
        Some(x) => slice_bound(vm, x, len)?,
        None => 0,
    };
    let stop = match a.get(2) {
        Some(x) => slice_bound(vm, x, len)?,
        None => len,
    };
    let len = d.len();
    let stop = stop.min(len);
    let start = start.min(stop);
    match scan(vm, d, &a[0], (start, stop), Scan::Find)? {
        (Some(i), _) => Ok(vm.int(i as i64)),
        (None, _) => Err(not_in_deque(vm, &a[0])),
    }
}

fn insert_method(vm: &mut Vm, args: Args) -> PyResult {
    let this = receiver(vm, &args, "insert", false)?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("deque.insert() takes no keyword arguments"));
    }
    let a = check_args(vm, "insert()", &args.args[1..], 2, 2)?;
    let index = ssize(vm, &a[0], "Python int too large to convert to C ssize_t")?;
    let d = payload(this);
    let n = d.len() as i64;
    if d.maxlen() == Some(n as usize) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let value = a[1].clone();
    let trimmed = if index >= n {
        d.append(value, d.maxlen())
    } else if index <= -n || index == 0 {
        d.appendleft(value)
    } else {
        d.insert_inside(index, value);
        None
    };
    drop(trimmed);
    Ok(vm.none())
}

fn remove_method(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method(vm, args, "remove", 1)?;
    let d = payload(this);
    match scan(vm, d, &a[0], (0, d.len()), Scan::Remove)? {
        (Some(i), _) => {
            let item = d.remove_at(i);
            drop(item);
            Ok(vm.none())
        }
        (None, _) => Err(not_in_deque(vm, &a[0])),
    }
}

fn reverse_method(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method(vm, args, "reverse", 0)?;
    payload(this).items.borrow_mut().make_contiguous().reverse();
    Ok(vm.none())
}

fn rotate_method(vm: &mut Vm, args: Args) -> PyResult {
    let this = receiver(vm, &args, "rotate", false)?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("deque.rotate() takes no keyword arguments"));
    }
    let a = &args.args[1..];
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "deque.rotate expected at most 1 argument, got {}",
            a.len()
        )));
    }
    let n = match a.first() {
        Some(x) => ssize(vm, x, "Python int too large to convert to C ssize_t")?,
        None => 1,
    };
    payload(this).rotate(n);
    Ok(vm.none())
}

fn reduce_method(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method(vm, args, "__reduce__", 0)?;
    let getstate = vm.getattr_str(this, "__getstate__")?;
    let state = vm.call(&getstate, Args::new(&[]))?;
    let it = new_iter(vm, this, false);
    let cls = this.class().clone();
    let ctor_args = match payload(this).maxlen() {
        None => vm.tuple(Vec::new()),
        Some(m) => {
            let empty = vm.tuple(Vec::new());
            let m = vm.int(m as i64);
            vm.tuple(vec![empty, m])
        }
    };
    Ok(vm.tuple(vec![cls, ctor_args, state, it]))
}

fn reversed_method(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method(vm, args, "__reversed__", 0)?;
    Ok(new_iter(vm, this, true))
}

fn sizeof_method(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method(vm, args, "__sizeof__", 0)?;
    let n = crate::objects::sizeof::native_sizeof(vm, this);
    Ok(vm.int(n as i64))
}

/// `deque.maxlen`.
fn maxlen_get(vm: &mut Vm, args: Args) -> PyResult {
    let this = receiver(vm, &args, "maxlen", false)?;
    Ok(match payload(this).maxlen() {
        Some(m) => vm.int(m as i64),
        None => vm.none(),
    })
}

fn maxlen_set(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.attribute_error(format!(
        "attribute 'maxlen' of '{TP_NAME}' objects is not writable"
    )))
}

// ---- the slot wrappers ----

fn new_wrapper(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.args.first() else {
        return Err(vm.type_error(format!("{TP_NAME}.__new__(): not enough arguments")));
    };
    let Some(t) = cls.type_data() else {
        return Err(vm.type_error(format!(
            "{TP_NAME}.__new__(X): X is not a type object ({})",
            cls.class_name()
        )));
    };
    let deque_type = vm.types.deque_type.clone();
    if !vm.is_subclass(cls, &deque_type) {
        let name = t.tp_name();
        return Err(vm.type_error(format!(
            "{TP_NAME}.__new__({name}): {name} is not a subtype of {TP_NAME}"
        )));
    }
    crate::objects::methods::object_slots::builtin_new(vm, args)
}

fn init_wrapper(vm: &mut Vm, args: Args) -> PyResult {
    let this = receiver(vm, &args, "__init__", true)?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    init(vm, this, rest)?;
    Ok(vm.none())
}

fn len_wrapper(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = wrapper(vm, args, "__len__", 0)?;
    Ok(vm.int(payload(this).len() as i64))
}

fn repr_wrapper(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = wrapper(vm, args, "__repr__", 0)?;
    let s = vm.repr_string(this)?;
    Ok(vm.string(s))
}

fn iter_wrapper(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = wrapper(vm, args, "__iter__", 0)?;
    Ok(new_iter(vm, this, false))
}

fn getitem_wrapper(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = wrapper(vm, args, "__getitem__", 1)?;
    getitem(vm, this, &a[0])
}

fn setitem_wrapper(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = wrapper(vm, args, "__setitem__", 2)?;
    setitem(vm, this, &a[0], a[1].clone())?;
    Ok(vm.none())
}

fn delitem_wrapper(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = wrapper(vm, args, "__delitem__", 1)?;
    delitem(vm, this, &a[0])?;
    Ok(vm.none())
}

fn contains_wrapper(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = wrapper(vm, args, "__contains__", 1)?;
    let found = contains(vm, this, &a[0])?;
    Ok(vm.bool(found))
}

/// `other`'s reflected operator written in Python, called as CPython's number slots are
/// tried before a sequence's `+` and `*` (`deque + x` asks `x.__radd__` before
/// refusing): its result, or None when it has none or declined.
fn reflected_result(
    vm: &mut Vm,
    this: &PyRef,
    other: &PyRef,
    reflected: &str,
) -> PyResult<Option<PyRef>> {
    let Some(m) = vm.lookup_special(other, reflected) else {
        return Ok(None);
    };
    if matches!(m.payload, Payload::Builtin(_)) {
        return Ok(None);
    }
    let r = vm.call1(&m, &[other.clone(), this.clone()])?;
    Ok((!r.is(&vm.not_implemented)).then_some(r))
}

/// `deque_concat`: a copy extended by another deque.
fn add_wrapper(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = wrapper(vm, args, "__add__", 1)?;
    let other = &a[0];
    if deque_of(other).is_none() {
        if let Some(r) = reflected_result(vm, this, other, "__radd__")? {
            return Ok(r);
        }
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            other.class_name()
        )));
    }
    let new = copy(vm, this)?;
    extend(vm, &new, other, false)?;
    Ok(new)
}

fn iadd_wrapper(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = wrapper(vm, args, "__iadd__", 1)?;
    extend(vm, this, &a[0], false)?;
    Ok(this.clone())
}

/// The count of `d * n` (`PyNumber_AsSsize_t(n, OverflowError)`), or (`Err(Ok(r))`)
/// the result of `n.__rmul__(d)` when `n` is no integer and answers that.
fn repeat_count(
    vm: &mut Vm,
    this: &PyRef,
    n: &PyRef,
    reflected: bool,
) -> PyResult<Result<i64, PyRef>> {
    if !vm.index_check(n) {
        if !reflected {
            if let Some(r) = reflected_result(vm, this, n, "__rmul__")? {
                return Ok(Err(r));
            }
        }
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.class_name()
        )));
    }
    ssize(vm, n, "cannot fit 'int' into an index-sized integer").map(Ok)
}

/// `deque_inplace_repeat`: one item is repeated in place, more are extended by a list
/// of the items; `maxlen` cuts the repetitions short.
fn inplace_repeat(vm: &mut Vm, this: &PyRef, n: i64) -> PyResult<()> {
    let d = payload(this);
    let size = d.len();
    if size == 0 || n == 1 {
        return Ok(());
    }
    if n <= 0 {
        d.clear();
        return Ok(());
    }
    let n = n as usize;
    if size == 1 {
        let n = d.maxlen().map_or(n, |m| n.min(m));
        limits::bytes_for::<PyRef>(n)
            .and_then(limits::check)
            .map_err(|e| vm.no_memory(e))?;
        let mut items = d.items.borrow_mut();
        d.bump();
        let item = items[0].clone();
        items.extend(std::iter::repeat_n(item, n - 1));
        return Ok(());
    }
    let total = limits::product(size, n).map_err(|e| vm.no_memory(e))?;
    let n = match d.maxlen() {
        Some(m) if total > m => m.div_ceil(size),
        _ => {
            limits::bytes_for::<PyRef>(total)
                .and_then(limits::check)
                .map_err(|e| vm.no_memory(e))?;
            n
        }
    };
    let seq = as_list(vm, this)?;
    for _ in 1..n {
        extend(vm, this, &seq, false)?;
    }
    Ok(())
}

fn mul_wrapper(vm: &mut Vm, args: Args, name: &str, reflected: bool) -> PyResult {
    let (this, a) = wrapper(vm, args, name, 1)?;
    let n = match repeat_count(vm, this, &a[0], reflected)? {
        Ok(n) => n,
        Err(answer) => return Ok(answer),
    };
    let new = copy(vm, this)?;
    inplace_repeat(vm, &new, n)?;
    Ok(new)
}

fn imul_wrapper(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = wrapper(vm, args, "__imul__", 1)?;
    let n = match repeat_count(vm, this, &a[0], false)? {
        Ok(n) => n,
        Err(answer) => return Ok(answer),
    };
    inplace_repeat(vm, this, n)?;
    Ok(this.clone())
}

/// `deque_richcompare`: both deques walked by iterators up to the first unequal pair,
/// which decides; else the lengths do.
pub fn compare(vm: &mut Vm, a: &PyRef, b: &PyRef, kind: CompareKind) -> PyResult {
    let (Some(da), Some(db)) = (deque_of(a), deque_of(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let same_len = da.len() == db.len();
    match kind {
        CompareKind::Eq if a.is(b) || !same_len => return Ok(vm.bool(a.is(b))),
        CompareKind::Ne if a.is(b) || !same_len => return Ok(vm.bool(!a.is(b))),
        _ => {}
    }
    let (mut it1, mut it2) = (Cursor::new(da, false), Cursor::new(db, false));
    let (x, y) = loop {
        let x = it1.next(da, false).map_err(|()| mutated_error(vm))?;
        let y = it2.next(db, false);
        let (Some(x), Ok(Some(y))) = (&x, &y) else {
            break (x, y.map_err(|()| mutated_error(vm))?);
        };
        if !vm.eq(x, y)? {
            let r = vm.compare(x, y, kind)?;
            let r = vm.is_true(&r)?;
            return Ok(vm.bool(r));
        }
    };
    let (x_end, y_end) = (x.is_none(), y.is_none());
    let r = match kind {
        CompareKind::Lt => !y_end,
        CompareKind::Le => x_end,
        CompareKind::Eq => x_end && y_end,
        CompareKind::Ne => x_end != y_end,
        CompareKind::Gt => !x_end,
        CompareKind::Ge => y_end,
    };
    Ok(vm.bool(r))
}

fn compare_wrapper(vm: &mut Vm, args: Args, name: &str, kind: CompareKind) -> PyResult {
    let (this, a) = wrapper(vm, args, name, 1)?;
    compare(vm, this, &a[0], kind)
}

// ---- the iterators' methods ----

/// The iterator a method of `_deque_iterator` is called on.
fn iterator_receiver<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a DequeIter> {
    match args.args.first().map(|o| &o.payload) {
        Some(Payload::DequeIter(it)) => Ok(it),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for '_collections._deque_iterator' objects doesn't apply to \
             this object"
        ))),
    }
}

fn iter_self(vm: &mut Vm, args: Args) -> PyResult {
    iterator_receiver(vm, &args, "__iter__")?;
    Ok(args.args[0].clone())
}

fn iter_next_wrapper(vm: &mut Vm, args: Args) -> PyResult {
    iterator_receiver(vm, &args, "__next__")?;
    match iter_next(vm, &args.args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.new_error("StopIteration", "")),
    }
}

fn iter_length_hint(vm: &mut Vm, args: Args) -> PyResult {
    let it = iterator_receiver(vm, &args, "__length_hint__")?;
    Ok(vm.int(it.cursor.get().counter as i64))
}

/// `dequeiter_reduce`: `(type(it), (deque, items already read))`.
fn iter_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let it = iterator_receiver(vm, &args, "__reduce__")?;
    let read = deque_of(&it.deque).map_or(0, Deque::len) as i64 - it.cursor.get().counter as i64;
    let cls = args.args[0].class().clone();
    let read = vm.int(read);
    let inner = vm.tuple(vec![it.deque.clone(), read]);
    Ok(vm.tuple(vec![cls, inner]))
}

/// `dequeiter_new(deque, index=0)`: an iterator that has already read `index` items.
fn iter_new(vm: &mut Vm, args: Args, reverse: bool) -> PyResult {
    let a = args.positional().get(1..).unwrap_or(&[]);
    if a.is_empty() {
        return Err(vm.type_error("function takes at least 1 argument (0 given)"));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "function takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    if deque_of(&a[0]).is_none() {
        return Err(vm.type_error(format!(
            "argument 1 must be {TP_NAME}, not {}",
            a[0].class_name()
        )));
    }
    let index = match a.get(1) {
        Some(x) => ssize(vm, x, "Python int too large to convert to C ssize_t")?,
        None => 0,
    };
    let it = new_iter(vm, &a[0], reverse);
    for _ in 0..index {
        if iter_next(vm, &it)?.is_none() {
            break;
        }
    }
    Ok(it)
}

// ---- registration ----

const DOC: &str = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence \
                   optimized for data accesses near its endpoints.";

/// Fills the types' namespaces and makes the `_collections` module that `collections`
/// imports the type from.
pub fn register(vm: &mut Vm) {
    let cls = vm.types.deque_type.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("append", append_method),
        ("appendleft", appendleft_method),
        ("clear", clear_method),
        ("__copy__", dunder_copy),
        ("copy", copy_method),
        ("count", count_method),
        ("extend", extend_method),
        ("extendleft", extendleft_method),
        ("index", index_method),
        ("insert", insert_method),
        ("pop", pop_method),
        ("popleft", popleft_method),
        ("__reduce__", reduce_method),
        ("remove", remove_method),
        ("__reversed__", reversed_method),
        ("reverse", reverse_method),
        ("rotate", rotate_method),
        ("__sizeof__", sizeof_method),
    ];
    for (name, f) in methods {
        vm.add_method(&cls, name, *f);
    }
    let wrappers: &[(&'static str, NativeFn)] = &[
        ("__init__", init_wrapper),
        ("__repr__", repr_wrapper),
        (
            "__getattribute__",
            crate::objects::methods::object_slots::object_getattribute,
        ),
        ("__lt__", |vm, a| {
            compare_wrapper(vm, a, "__lt__", CompareKind::Lt)
        }),
        ("__le__", |vm, a| {
            compare_wrapper(vm, a, "__le__", CompareKind::Le)
        }),
        ("__eq__", |vm, a| {
            compare_wrapper(vm, a, "__eq__", CompareKind::Eq)
        }),
        ("__ne__", |vm, a| {
            compare_wrapper(vm, a, "__ne__", CompareKind::Ne)
        }),
        ("__gt__", |vm, a| {
            compare_wrapper(vm, a, "__gt__", CompareKind::Gt)
        }),
        ("__ge__", |vm, a| {
            compare_wrapper(vm, a, "__ge__", CompareKind::Ge)
        }),
        ("__iter__", iter_wrapper),
        ("__len__", len_wrapper),
        ("__getitem__", getitem_wrapper),
        ("__setitem__", setitem_wrapper),
        ("__delitem__", delitem_wrapper),
        ("__add__", add_wrapper),
        ("__mul__", |vm, a| mul_wrapper(vm, a, "__mul__", false)),
        ("__rmul__", |vm, a| mul_wrapper(vm, a, "__rmul__", true)),
        ("__contains__", contains_wrapper),
        ("__iadd__", iadd_wrapper),
        ("__imul__", imul_wrapper),
    ];
    for (name, f) in wrappers {
        vm.add_wrapper(&cls, name, *f);
    }
    vm.add_staticmethod(&cls, "__new__", new_wrapper);
    vm.add_classmethod(
        &cls,
        "__class_getitem__",
        crate::objects::methods::generic_alias::class_getitem,
    );
    let none = vm.none();
    vm.set_type_attr(&cls, "__hash__", none);
    let doc = vm.str(DOC);
    vm.set_type_attr(&cls, "__doc__", doc);
    use crate::objects::descriptor::{SlotDescriptor, SlotKind};
    let access = (maxlen_get as NativeFn, maxlen_set as NativeFn);
    let maxlen = SlotDescriptor::new_native(vm, &cls, "maxlen", SlotKind::Getset, access);
    vm.set_type_attr(&cls, "maxlen", maxlen);

    let iterators = [
        (vm.types.deque_iterator_type.clone(), false),
        (vm.types.deque_reverse_iterator_type.clone(), true),
    ];
    for (it_cls, reverse) in &iterators {
        vm.add_wrapper(
            it_cls,
            "__getattribute__",
            crate::objects::methods::object_slots::object_getattribute,
        );
        vm.add_wrapper(it_cls, "__iter__", iter_self);
        vm.add_wrapper(it_cls, "__next__", iter_next_wrapper);
        vm.add_method(it_cls, "__length_hint__", iter_length_hint);
        vm.add_method(it_cls, "__reduce__", iter_reduce);
        let new: NativeFn = if *reverse {
            |vm, a| iter_new(vm, a, true)
        } else {
            |vm, a| iter_new(vm, a, false)
        };
        vm.add_staticmethod(it_cls, "__new__", new);
        let none = vm.none();
        vm.set_type_attr(it_cls, "__doc__", none);
    }

    let module = crate::modules::register(vm, "_collections", &[]);
    crate::modules::set_attr(vm, &module, "deque", cls);
    for (it_cls, _) in iterators {
        let name = it_cls.type_data().map(|t| t.name()).unwrap_or_default();
        crate::modules::set_attr(vm, &module, &name, it_cls);
    }
}
