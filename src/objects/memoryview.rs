//! `memoryview` and its managed buffer (CPython's `Objects/memoryobject.c`).
//!
//! CPython splits a view in two objects, and so does refpy, because both are visible to
//! the collector (`gc.get_referents(m)`, `gc.collect()` counts):
//!
//! * a **managed buffer** (`managedbuffer`, GC-tracked) owns the one reference to the
//!   exporter (bytes or bytearray) and counts the views registered with it
//!   (`mbuf->exports`). A bytearray exporter is *exported* (its `ob_exports`, kept in the
//!   object's [`crate::heap::Extra`]) from the buffer's creation until its release, and
//!   refuses every resize meanwhile ([`check_resizable`]);
//! * a **memoryview** (GC-tracked) holds one reference to its managed buffer and its own
//!   geometry ([`View`]: offset, format, shape, strides). `memoryview(m)`, slices, `cast`
//!   and `toreadonly` register a new view with the *same* managed buffer.
//!
//! Releasing a view (`release()`, `with`, its death, or the collector's clear) unregisters
//! it; the last one to go releases the managed buffer, which drops the exporter and its
//! export count, so `sys.getrefcount` and `BufferError` follow CPython exactly.
//!
//! Items are read through the exporter's bytes at the view's byte offsets; the exporter
//! cannot change size while exported, and an offset out of range (which CPython never
//! meets) is a `BufferError`, not a panic.

use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyErr, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::{Cell, RefCell};

const RELEASED: &str = "operation forbidden on released memoryview object";
/// `PyBUF_MAX_NDIM`.
const MAX_NDIM: usize = 64;

/// `_PyManagedBufferObject`: the exporter's buffer, shared by the views made from it.
pub struct ManagedBuffer {
    /// `master.obj`; None once released (`_Py_MANAGED_BUFFER_RELEASED`).
    exporter: RefCell<Option<PyRef>>,
    /// The object the buffer was asked of, when its bytes live in another object (an
    /// `array.array` over its bytearray): `master.obj` as `.obj` and reference counts see
    /// it; released with the exporter.
    owner: RefCell<Option<PyRef>>,
    /// The memoryviews registered with this buffer and not yet released.
    views: Cell<usize>,
}

/// `PyMemoryViewObject`: a registered view of a managed buffer.
pub struct MemoryView {
    /// The managed buffer (None only after the collector cleared the view).
    mbuf: RefCell<Option<PyRef>>,
    /// `_Py_MEMORYVIEW_RELEASED`.
    released: Cell<bool>,
    /// The cached hash (`mv->hash`), kept after a release as CPython keeps it.
    hash: Cell<Option<i64>>,
    view: View,
}

/// A `Py_buffer`'s geometry over the exporter's bytes.
#[derive(Clone)]
struct View {
    /// Byte offset of the first item in the exporter's data (`buf`).
    start: isize,
    /// `len`: product(shape) * itemsize.
    len: usize,
    itemsize: usize,
    /// A native single-character format, `@`-prefixed when cast so.
    format: &'static str,
    readonly: bool,
    shape: Vec<usize>,
    strides: Vec<isize>,
    /// The dimensions the object was allocated for (`Py_SIZE(mv) / 3`), for `__sizeof__`.
    alloc_ndim: usize,
}

impl ManagedBuffer {
    /// `mbuf_release`: drops the exporter and its export, once; the caller releases the
    /// returned reference (the collector's `clear` releases it after the whole cycle).
    fn release(&self, mbuf: Option<&PyRef>) -> Vec<PyRef> {
        let Some(exporter) = self.exporter.borrow_mut().take() else {
            return Vec::new();
        };
        if let Some(m) = mbuf {
            crate::gc::untrack(m);
        }
        if matches!(exporter.payload, Payload::ByteArray(_)) {
            let exports = &exporter.extra().buffer_exports;
            exports.set(exports.get().saturating_sub(1));
        }
        let owner = self.owner.borrow_mut().take();
        std::iter::once(exporter).chain(owner).collect()
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(e) = self.exporter.try_borrow() {
            e.iter().for_each(&mut *visit)
        }
        if let Ok(o) = self.owner.try_borrow() {
            o.iter().for_each(visit)
        }
    }

    /// `mbuf_clear`.
    pub fn clear(&self, out: &mut Vec<PyRef>) {
        out.extend(self.release(None));
    }
}

impl Drop for ManagedBuffer {
    /// `mbuf_dealloc`.
    fn drop(&mut self) {
        drop(self.release(None));
    }
}

impl MemoryView {
    /// `_memory_release`: unregisters the view; the last view releases the buffer. What
    /// must be released goes to `out`.
    fn release_into(&self, out: &mut Vec<PyRef>) {
        if self.released.replace(true) {
            return;
        }
        let mbuf = self.mbuf.borrow().clone();
        if let Some(m) = mbuf {
            if let Payload::ManagedBuffer(b) = &m.payload {
                let left = b.views.get().saturating_sub(1);
                b.views.set(left);
                if left == 0 {
                    out.extend(b.release(Some(&m)));
                }
            }
        }
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(m) = self.mbuf.try_borrow() {
            m.iter().for_each(visit)
        }
    }

    /// `memory_clear`: release, then drop the managed buffer.
    pub fn clear(&self, out: &mut Vec<PyRef>) {
        self.release_into(out);
        if let Ok(mut m) = self.mbuf.try_borrow_mut() {
            out.extend(m.take());
        }
    }

    /// `sizeof(PyMemoryViewObject)` with its shape/strides/suboffsets array.
    pub fn sizeof(&self) -> usize {
        144 + 24 * self.view.alloc_ndim
    }

    /// `BASE_INACCESSIBLE`: this view or its managed buffer was released.
    fn inaccessible(&self) -> bool {
        self.released.get()
            || self
                .mbuf
                .borrow()
                .as_ref()
                .is_none_or(|m| match &m.payload {
                    Payload::ManagedBuffer(b) => b.exporter.borrow().is_none(),
                    _ => true,
                })
    }

    fn exporter(&self) -> Option<PyRef> {
        match &self.mbuf.borrow().as_ref()?.payload {
            Payload::ManagedBuffer(b) => b.exporter.borrow().clone(),
            _ => None,
        }
    }

    /// `.obj`: the object the buffer was asked of.
    fn obj(&self) -> Option<PyRef> {
        match &self.mbuf.borrow().as_ref()?.payload {
            Payload::ManagedBuffer(b) => b.owner.borrow().clone().or_else(|| self.exporter()),
            _ => None,
        }
    }
}

impl Drop for MemoryView {
    /// `memory_dealloc`: release (possibly freeing the exporter), then the buffer.
    fn drop(&mut self) {
        let mut out = Vec::new();
        self.release_into(&mut out);
        drop(out);
    }
}

/// `sizeof(_PyManagedBufferObject)`.
pub const MANAGED_BUFFER_SIZE: usize = 112;

// ---------------------------------------------------------------------------------------
// Exporters
// ---------------------------------------------------------------------------------------

/// `_canresize`: a bytearray with exported buffers refuses to change size.
pub fn check_resizable(vm: &Vm, obj: &PyRef) -> PyResult<()> {
    if obj.buffer_exports() > 0 {
        return Err(vm.new_error(
            "BufferError",
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

/// Runs `f` on the exporter's bytes (None if it holds none).
fn with_data<R>(exporter: &PyRef, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match &exporter.payload {
        Payload::Bytes(b) => Some(f(b)),
        Payload::ByteArray(b) => b.try_borrow().ok().map(|v| f(&v)),
        _ => None,
    }
}

/// `PyObject_GetBuffer(obj, PyBUF_FULL_RO)`: the exporter and the geometry of its bytes;
/// `Ok(None)` for objects without the buffer protocol.
fn get_buffer(vm: &Vm, obj: &PyRef) -> PyResult<Option<(PyRef, View)>> {
    let simple = |len: usize, readonly: bool| View {
        start: 0,
        len,
        itemsize: 1,
        format: "B",
        readonly,
        shape: vec![len],
        strides: vec![1],
        alloc_ndim: 1,
    };
    Ok(match &obj.payload {
        Payload::Bytes(b) => Some((obj.clone(), simple(b.len(), true))),
        Payload::ByteArray(b) => Some((obj.clone(), simple(b.borrow().len(), false))),
        Payload::MemoryView(mv) => {
            let Some(exporter) = mv.exporter().filter(|_| !mv.inaccessible()) else {
                return Err(vm.value_error(RELEASED));
            };
            Some((exporter, mv.view.clone()))
        }
        Payload::Instance(inst) => python_type_buffer(vm, obj, inst),
        _ => None,
    })
}

/// The buffer of a C type refpy writes in Python over a bytearray (`array.array`): its
/// class names, in `_buffer_slots_`, the slot holding the bytearray and the slot holding
/// the item's format character. The bytearray exports the view (so it refuses to resize
/// while exported, as the array does in CPython).
fn python_type_buffer(
    vm: &Vm,
    obj: &PyRef,
    inst: &crate::objects::instance::InstanceData,
) -> Option<(PyRef, View)> {
    let names = vm.lookup_in_mro(obj.class(), "_buffer_slots_")?;
    let Payload::Tuple(names) = &names.payload else {
        return None;
    };
    let [data_name, format_name] = &names[..] else {
        return None;
    };
    let slot = |name: &PyRef| {
        let index = crate::vm::protocols::slot_index_of(obj.class(), name.as_str_opt()?)?;
        inst.slot(index)
    };
    let (data, format) = (slot(data_name)?, slot(format_name)?);
    let (format, itemsize) = crate::modules::array::buffer_format(format.as_str_opt()?)?;
    let Payload::ByteArray(bytes) = &data.payload else {
        return None;
    };
    let len = bytes.try_borrow().ok()?.len();
    let view = View {
        start: 0,
        len,
        itemsize,
        format,
        readonly: false,
        shape: vec![len / itemsize],
        strides: vec![itemsize as isize],
        alloc_ndim: 1,
    };
    Some((data, view))
}

/// The bytes of any buffer exporter, in C order (`bytes(m)`, `b''.join`, `+`); `Ok(None)`
/// for objects without the buffer protocol.
pub fn buffer_bytes(vm: &Vm, obj: &PyRef) -> PyResult<Option<Vec<u8>>> {
    match get_buffer(vm, obj)? {
        Some((exporter, view)) => gather(vm, &exporter, &view, false).map(Some),
        None => Ok(None),
    }
}

/// The bytes of a simple buffer request (`PyBUF_SIMPLE`, as `b''.join` makes): `Ok(None)`
/// also for a view that is not C-contiguous, which such a request refuses.
pub fn simple_buffer_bytes(vm: &Vm, obj: &PyRef) -> PyResult<Option<Vec<u8>>> {
    match get_buffer(vm, obj)? {
        Some((exporter, view)) if view.contiguous(false) => {
            gather(vm, &exporter, &view, false).map(Some)
        }
        _ => Ok(None),
    }
}

/// The byte offsets of every item, in C order (last index fastest) or Fortran order.
fn item_offsets(view: &View, fortran: bool) -> Vec<isize> {
    let ndim = view.shape.len();
    if view.shape.contains(&0) {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(view.len / view.itemsize.max(1));
    let mut index = vec![0usize; ndim];
    loop {
        let offset: isize = index
            .iter()
            .zip(&view.strides)
            .map(|(&i, &s)| i as isize * s)
            .sum();
        out.push(view.start + offset);
        // Advance the multi-index like an odometer.
        let order: Box<dyn Iterator<Item = usize>> = if fortran {
            Box::new(0..ndim)
        } else {
            Box::new((0..ndim).rev())
        };
        let mut carried = true;
        for d in order {
            index[d] += 1;
            if index[d] < view.shape[d] {
                carried = false;
                break;
            }
            index[d] = 0;
        }
        if carried {
            return out;
        }
    }
}

fn changed_size(vm: &Vm) -> PyErr {
    vm.new_error("BufferError", "memoryview: underlying buffer changed size")
}

/// The view's items as contiguous bytes (`PyBuffer_ToContiguous`, C or Fortran order).
fn gather(vm: &Vm, exporter: &PyRef, view: &View, fortran: bool) -> PyResult<Vec<u8>> {
    let offsets = item_offsets(view, fortran);
    let n = view.itemsize;
    with_data(exporter, |data| {
        let mut out = Vec::with_capacity(offsets.len() * n);
        for o in offsets {
            let o = usize::try_from(o).ok()?;
            out.extend_from_slice(data.get(o..o.checked_add(n)?)?);
        }
        Some(out)
    })
    .flatten()
    .ok_or_else(|| changed_size(vm))
}

/// Writes `bytes` at byte offset `at` of a bytearray exporter.
fn write_at(vm: &Vm, exporter: &PyRef, at: isize, bytes: &[u8]) -> PyResult<()> {
    let Payload::ByteArray(b) = &exporter.payload else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let mut v = b.borrow_mut();
    let slot = usize::try_from(at)
        .ok()
        .and_then(|at| v.get_mut(at..at.checked_add(bytes.len())?));
    match slot {
        Some(slot) => {
            slot.copy_from_slice(bytes);
            Ok(())
        }
        None => Err(changed_size(vm)),
    }
}

// ---------------------------------------------------------------------------------------
// Formats: native single characters (struct module syntax)
// ---------------------------------------------------------------------------------------

/// `(char, itemsize, format, @format)` of the native formats `cast` accepts in 3.11.
const NATIVE: &[(char, usize, &str, &str)] = &[
    ('c', 1, "c", "@c"),
    ('b', 1, "b", "@b"),
    ('B', 1, "B", "@B"),
    ('h', 2, "h", "@h"),
    ('H', 2, "H", "@H"),
    ('i', 4, "i", "@i"),
    ('I', 4, "I", "@I"),
    ('l', 8, "l", "@l"),
    ('L', 8, "L", "@L"),
    ('q', 8, "q", "@q"),
    ('Q', 8, "Q", "@Q"),
    ('n', 8, "n", "@n"),
    ('N', 8, "N", "@N"),
    ('f', 4, "f", "@f"),
    ('d', 8, "d", "@d"),
    ('?', 1, "?", "@?"),
    ('P', 8, "P", "@P"),
];

/// `get_native_fmtchar` and `get_native_fmtstr`: the format character, its size and the
/// static format string, or None for anything but one native character.
fn native_format(fmt: &str) -> Option<(char, usize, &'static str)> {
    let (at, rest) = match fmt.strip_prefix('@') {
        Some(rest) => (true, rest),
        None => (false, fmt),
    };
    let mut chars = rest.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    NATIVE
        .iter()
        .find(|e| e.0 == c)
        .map(|&(c, size, plain, with_at)| (c, size, if at { with_at } else { plain }))
}

fn format_char(view: &View) -> char {
    native_format(view.format).map_or('B', |f| f.0)
}

fn is_byte_format(c: char) -> bool {
    matches!(c, 'b' | 'B' | 'c')
}

/// `unpack_single`: the Python value of one item.
fn unpack(vm: &Vm, fmt: char, b: &[u8]) -> PyRef {
    let mut raw = [0u8; 8];
    raw[..b.len().min(8)].copy_from_slice(&b[..b.len().min(8)]);
    let unsigned = u64::from_le_bytes(raw);
    let signed = |bits: u32| -> i64 {
        let shift = 64 - bits;
        ((unsigned << shift) as i64) >> shift
    };
    match fmt {
        'b' => vm.int(signed(8)),
        'h' => vm.int(signed(16)),
        'i' => vm.int(signed(32)),
        'l' | 'q' | 'n' => vm.int(signed(64)),
        'H' => vm.int(unsigned as u16 as i64),
        'I' => vm.int(unsigned as u32 as i64),
        'L' | 'Q' | 'N' | 'P' => match i64::try_from(unsigned) {
            Ok(v) => vm.int(v),
            Err(_) => vm.bigint(BigInt::from(unsigned)),
        },
        'f' => vm.float(f32::from_bits(unsigned as u32) as f64),
        'd' => vm.float(f64::from_bits(unsigned)),
        '?' => vm.bool(unsigned & 0xff != 0),
        'c' => vm.bytes(vec![unsigned as u8]),
        _ => vm.int(unsigned as u8 as i64),
    }
}

/// An item as a value that compares as the unpacked Python objects would (`struct`
/// unpacking then `==`): ints, floats and bools by value, `'c'` bytes only with bytes.
#[derive(Clone, Copy)]
enum Scalar {
    Int(i128),
    Float(f64),
    Byte(u8),
}

fn scalar(fmt: char, b: &[u8]) -> Scalar {
    let mut raw = [0u8; 8];
    raw[..b.len().min(8)].copy_from_slice(&b[..b.len().min(8)]);
    let u = u64::from_le_bytes(raw);
    let signed = |bits: u32| ((u << (64 - bits)) as i64 >> (64 - bits)) as i128;
    match fmt {
        'b' => Scalar::Int(signed(8)),
        'h' => Scalar::Int(signed(16)),
        'i' => Scalar::Int(signed(32)),
        'l' | 'q' | 'n' => Scalar::Int(signed(64)),
        'H' => Scalar::Int(u as u16 as i128),
        'I' => Scalar::Int(u as u32 as i128),
        'L' | 'Q' | 'N' | 'P' => Scalar::Int(u as i128),
        'f' => Scalar::Float(f32::from_bits(u as u32) as f64),
        'd' => Scalar::Float(f64::from_bits(u)),
        '?' => Scalar::Int((u & 0xff != 0) as i128),
        'c' => Scalar::Byte(u as u8),
        _ => Scalar::Int(u as u8 as i128),
    }
}

fn scalar_eq(a: Scalar, b: Scalar) -> bool {
    let int_float = |i: i128, f: f64| f.is_finite() && f.fract() == 0.0 && f as i128 == i;
    match (a, b) {
        (Scalar::Int(x), Scalar::Int(y)) => x == y,
        (Scalar::Float(x), Scalar::Float(y)) => x == y,
        (Scalar::Int(i), Scalar::Float(f)) | (Scalar::Float(f), Scalar::Int(i)) => int_float(i, f),
        (Scalar::Byte(x), Scalar::Byte(y)) => x == y,
        _ => false,
    }
}

/// `pack_single`: the bytes of `item` in format `fmt`, with CPython's errors (`fix_error_int`
/// turns TypeError and OverflowError/ValueError into the format's own messages).
fn pack(vm: &mut Vm, fmt: char, format: &str, item: &PyRef) -> PyResult<Vec<u8>> {
    let invalid_type =
        |vm: &Vm| vm.type_error(format!("memoryview: invalid type for format '{format}'"));
    let invalid_value =
        |vm: &Vm| vm.value_error(format!("memoryview: invalid value for format '{format}'"));
    let fix = |vm: &Vm, e: PyErr| {
        if vm.exc_matches_name(&e.0, "TypeError") {
            invalid_type(vm)
        } else if vm.exc_matches_name(&e.0, "OverflowError")
            || vm.exc_matches_name(&e.0, "ValueError")
        {
            invalid_value(vm)
        } else {
            e
        }
    };
    match fmt {
        'c' => match &item.payload {
            Payload::Bytes(b) if b.len() == 1 => Ok(b.to_vec()),
            Payload::Bytes(_) => Err(invalid_value(vm)),
            _ => Err(invalid_type(vm)),
        },
        '?' => Ok(vec![vm.is_true(item)? as u8]),
        'f' | 'd' => {
            let x = crate::modules::math::to_f64(vm, item).map_err(|e| fix(vm, e))?;
            Ok(if fmt == 'f' {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            })
        }
        _ => {
            let n = vm.index_bigint(item).map_err(|e| fix(vm, e))?;
            let (lo, hi, size): (i128, i128, usize) = match fmt {
                'b' => (i8::MIN.into(), i8::MAX.into(), 1),
                'h' => (i16::MIN.into(), i16::MAX.into(), 2),
                'i' => (i32::MIN.into(), i32::MAX.into(), 4),
                'l' | 'q' | 'n' => (i64::MIN.into(), i64::MAX.into(), 8),
                'B' => (0, u8::MAX.into(), 1),
                'H' => (0, u16::MAX.into(), 2),
                'I' => (0, u32::MAX.into(), 4),
                'P' => (i64::MIN.into(), u64::MAX.into(), 8),
                _ => (0, u64::MAX.into(), 8),
            };
            match n.to_i128().filter(|v| (lo..=hi).contains(v)) {
                Some(v) => Ok(v.to_le_bytes()[..size].to_vec()),
                None => Err(invalid_value(vm)),
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Construction and registration
// ---------------------------------------------------------------------------------------

/// `mbuf_add_view`: a new memoryview registered with `mbuf` (one more view to release).
fn add_view(vm: &Vm, mbuf: &PyRef, view: View) -> PyRef {
    if let Payload::ManagedBuffer(b) = &mbuf.payload {
        b.views.set(b.views.get() + 1);
    }
    PyRef::new(
        &vm.types.memoryview_type,
        Payload::MemoryView(Box::new(MemoryView {
            mbuf: RefCell::new(Some(mbuf.clone())),
            released: Cell::new(false),
            hash: Cell::new(None),
            view,
        })),
    )
}

/// `PyMemoryView_FromObject`: a view of a memoryview shares its managed buffer; any other
/// exporter gets a new managed buffer (exporting a bytearray).
pub fn from_object(vm: &mut Vm, obj: &PyRef) -> PyResult {
    if let Payload::MemoryView(mv) = &obj.payload {
        let mbuf = live(vm, obj)?.mbuf.borrow().clone();
        return match mbuf {
            Some(m) => Ok(add_view(vm, &m, mv.view.clone())),
            None => Err(vm.value_error(RELEASED)),
        };
    }
    let Some((exporter, view)) = get_buffer(vm, obj)? else {
        return Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            obj.class_name()
        )));
    };
    if matches!(exporter.payload, Payload::ByteArray(_)) {
        let exports = &exporter.extra().buffer_exports;
        exports.set(exports.get() + 1);
    }
    let owner = (!exporter.is(obj)).then(|| obj.clone());
    let mbuf = PyRef::new(
        &vm.types.managedbuffer_type,
        Payload::ManagedBuffer(Box::new(ManagedBuffer {
            exporter: RefCell::new(Some(exporter)),
            owner: RefCell::new(owner),
            views: Cell::new(0),
        })),
    );
    Ok(add_view(vm, &mbuf, view))
}

/// `memoryview(object)`, with Argument Clinic's errors (the count is checked before the
/// keyword names).
pub fn construct(vm: &mut Vm, args: Args) -> PyResult {
    let (positional, total) = (args.positional().len(), args.args.len());
    if total > 1 {
        let what = if positional == 0 {
            "keyword argument"
        } else {
            "argument"
        };
        return Err(vm.type_error(format!(
            "memoryview() takes at most 1 {what} ({total} given)"
        )));
    }
    let object = args.positional().first().or_else(|| args.kwarg("object"));
    match object.cloned() {
        Some(obj) => from_object(vm, &obj),
        None => Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)")),
    }
}

/// The memoryview payload of `obj`, checked not released (`CHECK_RELEASED`).
fn live<'a>(vm: &Vm, obj: &'a PyRef) -> PyResult<&'a MemoryView> {
    let mv = this(vm, obj)?;
    if mv.inaccessible() {
        return Err(vm.value_error(RELEASED));
    }
    Ok(mv)
}

fn this<'a>(vm: &Vm, obj: &'a PyRef) -> PyResult<&'a MemoryView> {
    match &obj.payload {
        Payload::MemoryView(mv) => Ok(mv),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'memoryview' object but received a '{}'",
            obj.class_name()
        ))),
    }
}

/// The view's exporter and geometry, checked not released.
fn source(vm: &Vm, obj: &PyRef) -> PyResult<(PyRef, View)> {
    let mv = live(vm, obj)?;
    let exporter = mv.exporter().ok_or_else(|| vm.value_error(RELEASED))?;
    Ok((exporter, mv.view.clone()))
}

fn managed_buffer(vm: &Vm, obj: &PyRef) -> PyResult<PyRef> {
    live(vm, obj)?
        .mbuf
        .borrow()
        .clone()
        .ok_or_else(|| vm.value_error(RELEASED))
}

// ---------------------------------------------------------------------------------------
// Geometry: contiguity (`init_flags`), lengths, item lookup
// ---------------------------------------------------------------------------------------

impl View {
    fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// `PyBuffer_IsContiguous` without suboffsets, in C or Fortran order.
    fn is_contiguous(&self, fortran: bool) -> bool {
        if self.len == 0 {
            return true;
        }
        let mut expected = self.itemsize as isize;
        let dims: Vec<usize> = if fortran {
            (0..self.ndim()).collect()
        } else {
            (0..self.ndim()).rev().collect()
        };
        for d in dims {
            if self.shape[d] > 1 && self.strides[d] != expected {
                return false;
            }
            expected *= self.shape[d] as isize;
        }
        true
    }

    /// `MV_C_CONTIGUOUS` / `MV_F_CONTIGUOUS` as `init_flags` sets them.
    fn contiguous(&self, fortran: bool) -> bool {
        match self.ndim() {
            0 => true,
            1 => self.shape[0] == 1 || self.strides[0] == self.itemsize as isize,
            _ => self.is_contiguous(fortran),
        }
    }

    /// `lookup_dimension`: the byte offset of `index` along `dim` from `at`.
    fn lookup(&self, vm: &Vm, at: isize, dim: usize, index: i64) -> PyResult<isize> {
        let n = self.shape[dim] as i64;
        let i = if index < 0 { index + n } else { index };
        if !(0..n).contains(&i) {
            return Err(vm.index_error(format!("index out of bounds on dimension {}", dim + 1)));
        }
        Ok(at + self.strides[dim] * i as isize)
    }
}

/// `ptr_from_tuple`: the offset of the item a tuple of indices names.
fn offset_from_tuple(vm: &mut Vm, view: &View, key: &[PyRef]) -> PyResult<isize> {
    if key.len() > view.ndim() {
        return Err(vm.type_error(format!(
            "cannot index {}-dimension view with {}-element tuple",
            view.ndim(),
            key.len()
        )));
    }
    let mut at = view.start;
    for (dim, k) in key.iter().enumerate() {
        let i = vm.index_value(k)?;
        at = view.lookup(vm, at, dim, i)?;
    }
    Ok(at)
}

fn read_item(vm: &Vm, exporter: &PyRef, view: &View, at: isize) -> PyResult<PyRef> {
    let n = view.itemsize;
    let bytes = with_data(exporter, |data| {
        let at = usize::try_from(at).ok()?;
        data.get(at..at.checked_add(n)?).map(<[u8]>::to_vec)
    })
    .flatten()
    .ok_or_else(|| changed_size(vm))?;
    Ok(unpack(vm, format_char(view), &bytes))
}

fn tuple_items(key: &PyRef) -> Option<&[PyRef]> {
    match &key.payload {
        Payload::Tuple(items) => Some(items),
        _ => None,
    }
}

/// `memory_subscript`: an item, a sliced view sharing the buffer, or CPython's errors.
pub fn getitem(vm: &mut Vm, obj: &PyRef, key: &PyRef) -> PyResult {
    let (exporter, view) = source(vm, obj)?;
    if view.ndim() == 0 {
        if tuple_items(key).is_some_and(|t| t.is_empty()) {
            return read_item(vm, &exporter, &view, view.start);
        }
        if key.is(&vm.ellipsis) {
            return Ok(obj.clone());
        }
        return Err(vm.type_error("invalid indexing of 0-dim memory"));
    }
    if vm.index_check(key) {
        let i = vm.index_value(key)?;
        let (exporter, view) = source(vm, obj)?;
        if view.ndim() != 1 {
            return Err(vm.new_error(
                "NotImplementedError",
                "multi-dimensional sub-views are not implemented",
            ));
        }
        let at = view.lookup(vm, view.start, 0, i)?;
        return read_item(vm, &exporter, &view, at);
    }
    if let Payload::Slice { .. } = &key.payload {
        let mbuf = managed_buffer(vm, obj)?;
        let mut sliced = view.clone();
        let (start, stop, step) = vm.slice_indices(key, view.shape[0])?;
        sliced.start += view.strides[0] * start as isize;
        sliced.shape[0] = slice_length(start, stop, step);
        sliced.strides[0] *= step as isize;
        sliced.len = sliced.shape.iter().product::<usize>() * sliced.itemsize;
        return Ok(add_view(vm, &mbuf, sliced));
    }
    if let Some(items) = tuple_items(key) {
        if items.iter().all(|k| vm.index_check(k)) {
            if items.len() < view.ndim() {
                return Err(vm.new_error("NotImplementedError", "sub-views are not implemented"));
            }
            let at = offset_from_tuple(vm, &view, items)?;
            let (exporter, view) = source(vm, obj)?;
            return read_item(vm, &exporter, &view, at);
        }
        if !items.is_empty()
            && items
                .iter()
                .all(|k| matches!(k.payload, Payload::Slice { .. }))
        {
            return Err(vm.new_error(
                "NotImplementedError",
                "multi-dimensional slicing is not implemented",
            ));
        }
    }
    Err(vm.type_error("memoryview: invalid slice key"))
}

/// `PySlice_AdjustIndices`' slice length.
fn slice_length(start: i64, stop: i64, step: i64) -> usize {
    let n = if step > 0 && stop > start {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / -step + 1
    } else {
        0
    };
    n as usize
}

/// `memory_ass_sub`: `m[key] = value` (`value` None for `del m[key]`).
pub fn setitem(vm: &mut Vm, obj: &PyRef, key: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let (_, view) = source(vm, obj)?;
    if view.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Some(value) = value else {
        return Err(vm.type_error("cannot delete memory"));
    };
    let fmt = format_char(&view);
    let store = |vm: &mut Vm, at: isize, value: &PyRef| -> PyResult<()> {
        let bytes = pack(vm, fmt, view.format, value)?;
        // `CHECK_RELEASED_INT_AGAIN`: the conversion may have run Python code.
        let (exporter, _) = source(vm, obj)?;
        write_at(vm, &exporter, at, &bytes)
    };
    if view.ndim() == 0 {
        if key.is(&vm.ellipsis) || tuple_items(key).is_some_and(|t| t.is_empty()) {
            return store(vm, view.start, value);
        }
        return Err(vm.type_error("invalid indexing of 0-dim memory"));
    }
    if vm.index_check(key) {
        if view.ndim() > 1 {
            return Err(vm.new_error("NotImplementedError", "sub-views are not implemented"));
        }
        let i = vm.index_value(key)?;
        let at = view.lookup(vm, view.start, 0, i)?;
        return store(vm, at, value);
    }
    let is_slice = matches!(key.payload, Payload::Slice { .. });
    if is_slice && view.ndim() == 1 {
        let Some((src_exporter, src)) = get_buffer(vm, value)? else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                value.class_name()
            )));
        };
        let (start, stop, step) = vm.slice_indices(key, view.shape[0])?;
        let mut dest = view.clone();
        dest.start += view.strides[0] * start as isize;
        dest.shape[0] = slice_length(start, stop, step);
        dest.strides[0] *= step as isize;
        let (exporter, _) = source(vm, obj)?;
        let same_format = dest.format.trim_start_matches('@') == src.format.trim_start_matches('@')
            && dest.itemsize == src.itemsize;
        if !same_format || !equiv_shape(&dest, &src) {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        // Read all of the source first: it may overlap the destination (memmove).
        let data = gather(vm, &src_exporter, &src, false)?;
        let n = dest.itemsize;
        for (at, chunk) in item_offsets(&dest, false).into_iter().zip(data.chunks(n)) {
            write_at(vm, &exporter, at, chunk)?;
        }
        return Ok(());
    }
    if let Some(items) = tuple_items(key) {
        if items.iter().all(|k| vm.index_check(k)) {
            if items.len() < view.ndim() {
                return Err(vm.new_error("NotImplementedError", "sub-views are not implemented"));
            }
            let at = offset_from_tuple(vm, &view, items)?;
            return store(vm, at, value);
        }
    }
    let multislice = tuple_items(key).is_some_and(|t| {
        !t.is_empty() && t.iter().all(|k| matches!(k.payload, Payload::Slice { .. }))
    });
    if is_slice || multislice {
        return Err(vm.new_error(
            "NotImplementedError",
            "memoryview slice assignments are currently restricted to ndim = 1",
        ));
    }
    Err(vm.type_error("memoryview: invalid slice key"))
}

/// `equiv_shape`: same dimensions, equal up to a zero-length one.
fn equiv_shape(a: &View, b: &View) -> bool {
    if a.ndim() != b.ndim() {
        return false;
    }
    for (x, y) in a.shape.iter().zip(&b.shape) {
        if x != y {
            return false;
        }
        if *x == 0 {
            break;
        }
    }
    true
}

/// `memory_length`.
/// A 0-dim view has length 1 in 3.11.
pub fn len(vm: &Vm, obj: &PyRef) -> PyResult<usize> {
    Ok(live(vm, obj)?.view.shape.first().copied().unwrap_or(1))
}

/// `memory_iter`: a `memory_iterator` over a one-dimensional view.
pub fn iter(vm: &Vm, obj: &PyRef) -> PyResult {
    let mv = live(vm, obj)?;
    match mv.view.ndim() {
        0 => Err(vm.type_error("invalid indexing of 0-dim memory")),
        1 => Ok(vm.iterator(
            crate::objects::iterators::IterState::Seq {
                seq: Some(obj.clone()),
                index: 0,
            },
            &vm.types.memory_iterator_type,
        )),
        _ => Err(vm.new_error(
            "NotImplementedError",
            "multi-dimensional sub-views are not implemented",
        )),
    }
}

/// `memory_repr`.
pub fn repr(obj: &PyRef) -> String {
    let released = matches!(&obj.payload, Payload::MemoryView(mv) if mv.released.get());
    let what = if released {
        "released memory"
    } else {
        "memory"
    };
    format!("<{what} at {:#x}>", obj.id())
}

/// `memory_hash`: read-only byte views hash as the bytes they show; the hash is cached.
pub fn hash(vm: &mut Vm, obj: &PyRef) -> PyResult<i64> {
    let mv = this(vm, obj)?;
    if let Some(h) = mv.hash.get() {
        return Ok(h);
    }
    let (exporter, view) = source(vm, obj)?;
    if !view.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(format_char(&view)) {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    vm.hash(&exporter)?;
    let data = gather(vm, &exporter, &view, false)?;
    let h = crate::objects::methods::bytes_hash(&data);
    mv.hash.set(Some(h));
    Ok(h)
}

/// `memory_richcompare` for `==` and `!=` (`None`: NotImplemented). A released view is
/// equal only to itself; other exporters compare item by item, as unpacked values.
pub fn equal(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<Option<bool>> {
    let released = |o: &PyRef| matches!(&o.payload, Payload::MemoryView(mv) if mv.inaccessible());
    if released(a) || released(b) {
        return Ok(Some(a.is(b)));
    }
    let (Some((ea, va)), Some((eb, vb))) = (get_buffer(vm, a)?, get_buffer(vm, b)?) else {
        return Ok(None);
    };
    if !equiv_shape(&va, &vb) {
        return Ok(Some(false));
    }
    let (da, db) = (gather(vm, &ea, &va, false)?, gather(vm, &eb, &vb, false)?);
    let (fa, fb) = (format_char(&va), format_char(&vb));
    let items_a = da.chunks(va.itemsize.max(1)).map(|c| scalar(fa, c));
    let mut items_b = db.chunks(vb.itemsize.max(1)).map(|c| scalar(fb, c));
    Ok(Some(
        items_a.zip(&mut items_b).all(|(x, y)| scalar_eq(x, y)),
    ))
}

/// The bytes of a memoryview for ordering against a bytearray (`bytearray_richcompare`
/// compares any buffer); None for anything else.
pub fn ordering_bytes(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<Option<(Vec<u8>, Vec<u8>)>> {
    if !matches!(a.payload, Payload::ByteArray(_)) {
        return Ok(None);
    }
    match (buffer_bytes(vm, a)?, buffer_bytes(vm, b)?) {
        (Some(x), Some(y)) => Ok(Some((x, y))),
        _ => Ok(None),
    }
}

// ---------------------------------------------------------------------------------------
// Attributes and methods
// ---------------------------------------------------------------------------------------

fn receiver<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a PyRef> {
    args.args
        .first()
        .ok_or_else(|| vm.type_error("unbound method needs an argument"))
}

fn int_tuple(vm: &Vm, values: impl Iterator<Item = i64>) -> PyRef {
    let items = values.map(|v| vm.int(v)).collect();
    vm.tuple(items)
}

/// The attributes `obj`, `nbytes`, `readonly`, ... (each checks the view is not released);
/// `Ok(None)` for other names.
pub fn attribute(vm: &mut Vm, obj: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
    const NAMES: &[&str] = &[
        "obj",
        "nbytes",
        "readonly",
        "itemsize",
        "format",
        "ndim",
        "shape",
        "strides",
        "suboffsets",
        "c_contiguous",
        "f_contiguous",
        "contiguous",
    ];
    if !NAMES.contains(&name) {
        return Ok(None);
    }
    let mv = live(vm, obj)?;
    let v = &mv.view;
    Ok(Some(match name {
        "obj" => mv.obj().unwrap_or_else(|| vm.none()),
        "nbytes" => vm.int(v.len as i64),
        "readonly" => vm.bool(v.readonly),
        "itemsize" => vm.int(v.itemsize as i64),
        "format" => vm.str(v.format),
        "ndim" => vm.int(v.ndim() as i64),
        "shape" => int_tuple(vm, v.shape.iter().map(|&n| n as i64)),
        "strides" => int_tuple(vm, v.strides.iter().map(|&n| n as i64)),
        "suboffsets" => vm.tuple(Vec::new()),
        "c_contiguous" => vm.bool(v.contiguous(false)),
        "f_contiguous" => vm.bool(v.contiguous(true)),
        _ => vm.bool(v.contiguous(false) || v.contiguous(true)),
    }))
}

/// `release()` and `__exit__(*exc_info)`.
pub fn release(vm: &mut Vm, args: Args) -> PyResult {
    let obj = receiver(vm, &args)?;
    let mut out = Vec::new();
    this(vm, obj)?.release_into(&mut out);
    drop(out);
    Ok(vm.none())
}

pub fn release_method(vm: &mut Vm, args: Args) -> PyResult {
    crate::objects::methods::method_args(vm, "memoryview.release", args, 0, 0)?;
    release(vm, args)
}

/// `__enter__`: the view itself.
pub fn enter(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, _) = crate::objects::methods::method_args(vm, "memoryview.__enter__", args, 0, 0)?;
    live(vm, obj)?;
    Ok(obj.clone())
}

/// `tobytes(order='C')`.
pub fn tobytes(vm: &mut Vm, args: Args) -> PyResult {
    let bound = crate::objects::methods::bind_params(vm, "tobytes", args, 1, &["order"], 0, 1)?;
    let obj = receiver(vm, &args)?;
    let (exporter, view) = source(vm, obj)?;
    let order = match &bound[0] {
        None => 'C',
        Some(o) => match &o.payload {
            Payload::NoneValue => 'C',
            Payload::Str(s) => match s.as_str() {
                "C" => 'C',
                "F" => 'F',
                "A" => 'A',
                _ => return Err(vm.value_error("order must be 'C', 'F' or 'A'")),
            },
            _ => {
                return Err(vm.type_error(format!(
                    "tobytes() argument 'order' must be str or None, not {}",
                    o.class_name()
                )))
            }
        },
    };
    // `PyBuffer_ToContiguous`: 'A' keeps a Fortran-contiguous layout as it is.
    let fortran =
        order == 'F' || (order == 'A' && !view.is_contiguous(false) && view.is_contiguous(true));
    let data = gather(vm, &exporter, &view, fortran)?;
    Ok(vm.bytes_filled(data))
}

/// `tolist()`: the items, nested by dimension.
pub fn tolist(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, _) = crate::objects::methods::method_args(vm, "memoryview.tolist", args, 0, 0)?;
    let (exporter, view) = source(vm, obj)?;
    let data = gather(vm, &exporter, &view, false)?;
    let fmt = format_char(&view);
    let items: Vec<PyRef> = data
        .chunks(view.itemsize.max(1))
        .map(|c| unpack(vm, fmt, c))
        .collect();
    if view.ndim() == 0 {
        return Ok(items.into_iter().next().unwrap_or_else(|| vm.none()));
    }
    Ok(nest(vm, &view.shape, &mut items.into_iter()))
}

fn nest(vm: &Vm, shape: &[usize], items: &mut std::vec::IntoIter<PyRef>) -> PyRef {
    let out: Vec<PyRef> = match shape {
        [n] => items.take(*n).collect(),
        [n, rest @ ..] => (0..*n).map(|_| nest(vm, rest, items)).collect(),
        [] => Vec::new(),
    };
    vm.list(out)
}

/// `hex(sep=<unrepresentable>, bytes_per_sep=1)` (`_Py_strhex_with_sep`).
pub fn hex(vm: &mut Vm, args: Args) -> PyResult {
    let bound =
        crate::objects::methods::bind_params(vm, "hex", args, 1, &["sep", "bytes_per_sep"], 0, 2)?;
    let obj = receiver(vm, &args)?;
    let (exporter, view) = source(vm, obj)?;
    let data = gather(vm, &exporter, &view, false)?;
    hex_with_sep(vm, &data, &bound)
}

/// The hex digits of `data` with the bound `(sep, bytes_per_sep)` arguments of a `hex()`
/// method (bytes, bytearray and memoryview share it).
pub fn hex_with_sep(vm: &mut Vm, data: &[u8], bound: &[Option<PyRef>]) -> PyResult {
    let per_sep = match &bound[1] {
        Some(n) => {
            let n = vm.index_bigint(n)?;
            n.to_i32()
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?
        }
        None => 1,
    };
    let sep = match &bound[0] {
        Some(sep) => Some(sep_char(vm, sep)?),
        None => None,
    };
    Ok(vm.string(strhex(data, sep, per_sep)))
}

/// The separator of `hex()`: one ASCII character, as str or bytes.
fn sep_char(vm: &mut Vm, sep: &PyRef) -> PyResult<char> {
    let n = vm.len(sep)?;
    if n != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    let c = match &sep.payload {
        Payload::Str(s) => s.as_str().chars().next().unwrap_or(' '),
        Payload::Bytes(b) => b.first().map_or(' ', |&b| b as char),
        _ => return Err(vm.type_error("sep must be str or bytes.")),
    };
    if !c.is_ascii() {
        return Err(vm.value_error("sep must be ASCII."));
    }
    Ok(c)
}

/// Hex digits with `sep` every `|per_sep|` bytes, counted from the right when positive.
fn strhex(data: &[u8], sep: Option<char>, per_sep: i32) -> String {
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let group = per_sep.unsigned_abs() as usize;
    let Some(sep) = sep.filter(|_| group != 0 && group < data.len()) else {
        return digits.concat();
    };
    let mut groups: Vec<String> = if per_sep > 0 {
        let mut g: Vec<String> = digits.rchunks(group).map(|c| c.concat()).collect();
        g.reverse();
        g
    } else {
        digits.chunks(group).map(|c| c.concat()).collect()
    };
    let first = groups.remove(0);
    groups
        .into_iter()
        .fold(first, |acc, g| format!("{acc}{sep}{g}"))
}

/// `toreadonly()`: a new read-only view of the same buffer.
pub fn toreadonly(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, _) = crate::objects::methods::method_args(vm, "memoryview.toreadonly", args, 0, 0)?;
    let mbuf = managed_buffer(vm, obj)?;
    let mut view = live(vm, obj)?.view.clone();
    view.readonly = true;
    view.alloc_ndim = view.ndim();
    Ok(add_view(vm, &mbuf, view))
}

/// `cast(format, shape=None)`: a C-contiguous view reinterpreted as another native format,
/// one-dimensional or of the given shape.
pub fn cast(vm: &mut Vm, args: Args) -> PyResult {
    let bound =
        crate::objects::methods::bind_params(vm, "cast", args, 1, &["format", "shape"], 1, 2)?;
    let obj = receiver(vm, &args)?;
    let Some(format) = bound[0].clone() else {
        return Err(vm.type_error("cast() missing required argument 'format' (pos 1)"));
    };
    let Some(format_text) = format.as_str_opt().map(str::to_string) else {
        return Err(vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            crate::vm::errors::arg_type_name(&format)
        )));
    };
    let (_, view) = source(vm, obj)?;
    let mbuf = managed_buffer(vm, obj)?;
    if !view.contiguous(false) {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let shape = bound[1].clone();
    if (shape.is_some() || view.ndim() != 1) && view.shape.contains(&0) {
        return Err(vm.type_error("memoryview: cannot cast view with zeros in shape or strides"));
    }
    let dims: Option<Vec<PyRef>> = match &shape {
        None => None,
        Some(s) => match &s.payload {
            Payload::List(l) => Some(l.borrow().clone()),
            Payload::Tuple(t) => Some(t.to_vec()),
            _ => return Err(vm.type_error("shape must be a list or a tuple")),
        },
    };
    if let Some(d) = &dims {
        if d.len() > MAX_NDIM {
            return Err(vm.value_error("memoryview: number of dimensions must not exceed 64"));
        }
        if view.ndim() != 1 && d.len() != 1 {
            return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
        }
    }
    // `cast_to_1D`.
    if !format_text.is_ascii() {
        let encode = vm.getattr_str(&format, "encode")?;
        let ascii = vm.str("ascii");
        vm.call(&encode, Args::new(&[ascii]))?;
    }
    let Some((dest, itemsize, fmt)) = native_format(&format_text) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format \
             prefixed with an optional '@'",
        ));
    };
    let src_is_byte = native_format(view.format).is_some_and(|f| is_byte_format(f.0));
    if !src_is_byte && !is_byte_format(dest) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    if !view.len.is_multiple_of(itemsize) {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let mut cast = View {
        start: view.start,
        len: view.len,
        itemsize,
        format: fmt,
        readonly: view.readonly,
        shape: vec![view.len / itemsize],
        strides: vec![itemsize as isize],
        alloc_ndim: 1,
    };
    // `cast_to_ND`.
    if let Some(d) = dims {
        let mut len = itemsize;
        let mut shape = Vec::with_capacity(d.len());
        for x in &d {
            if !x.is_int() {
                return Err(vm.type_error("memoryview.cast(): elements of shape must be integers"));
            }
            let n = x
                .as_bigint()
                .and_then(|b| b.to_i64())
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
            if n <= 0 {
                return Err(
                    vm.value_error("memoryview.cast(): elements of shape must be integers > 0")
                );
            }
            len = len
                .checked_mul(n as usize)
                .filter(|l| *l <= isize::MAX as usize)
                .ok_or_else(|| vm.value_error("memoryview.cast(): product(shape) > SSIZE_MAX"))?;
            shape.push(n as usize);
        }
        if len != view.len {
            return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
        let mut strides = vec![itemsize as isize; shape.len()];
        for i in (0..shape.len().saturating_sub(1)).rev() {
            strides[i] = strides[i + 1] * shape[i + 1] as isize;
        }
        cast.alloc_ndim = shape.len().max(1);
        cast.shape = shape;
        cast.strides = strides;
    }
    Ok(add_view(vm, &mbuf, cast))
}

/// `__iter__`, `__len__`, `__getitem__`, `__setitem__`, `__delitem__` as slot wrappers.
pub fn dunder_iter(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, _) = crate::objects::methods::method_args(vm, "memoryview.__iter__", args, 0, 0)?;
    iter(vm, obj)
}

pub fn dunder_len(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, _) = crate::objects::methods::method_args(vm, "memoryview.__len__", args, 0, 0)?;
    let n = len(vm, obj)?;
    Ok(vm.int(n as i64))
}

pub fn dunder_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, a) = crate::objects::methods::method_args(vm, "memoryview.__getitem__", args, 1, 1)?;
    getitem(vm, obj, &a[0])
}

pub fn dunder_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, a) = crate::objects::methods::method_args(vm, "__setitem__", args, 2, 2)?;
    setitem(vm, obj, &a[0], Some(&a[1]))?;
    Ok(vm.none())
}

pub fn dunder_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, a) = crate::objects::methods::method_args(vm, "memoryview.__delitem__", args, 1, 1)?;
    setitem(vm, obj, &a[0], None)?;
    Ok(vm.none())
}
