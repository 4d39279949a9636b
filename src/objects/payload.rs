//! The payload: what distinguishes one kind of object from another.
//!
//! A `PyObject` is a class pointer, a header and one `Payload`. Instances of user classes
//! carry `Payload::Instance` (their attributes); a user subclass of a builtin type (a
//! `class Stack(list)`) carries the builtin's payload and keeps its attributes in the
//! `attrs` of a `Payload::...` that supports them (see `InstanceData`).
//!
//! This file also holds the two collector hooks every container must implement, as CPython's
//! `tp_traverse` and `tp_clear`: [`Payload::traverse`] visits every reference the payload
//! owns (a missed one is a leak the collector can never free), and [`Payload::clear`] drops
//! them to break cycles. Keep the three lists (`traverse`, `clear`, `is_gc_container`) in
//! step when adding a variant.

use crate::heap::PyRef;
use crate::objects::dict::Dict;
use crate::objects::function::{BuiltinFunction, Function};
use crate::objects::instance::InstanceData;
use crate::objects::iterators::IterState;
use crate::objects::set::SetData;
use crate::objects::str::PyStr;
use crate::objects::typeobj::TypeData;
use crate::vm::frame::FrameData;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};

pub enum Payload {
    /// A payload already released (only seen while an object is being freed).
    None,
    /// The `None` singleton.
    NoneValue,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(Box<BigInt>),
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    Tuple(Box<[PyRef]>),
    List(RefCell<Vec<PyRef>>),
    Dict(Box<RefCell<Dict>>),
    Set(Box<RefCell<SetData>>),
    FrozenSet(Box<SetData>),
    Range {
        start: PyRef,
        stop: PyRef,
        step: PyRef,
    },
    Slice {
        start: PyRef,
        stop: PyRef,
        step: PyRef,
    },
    Function(Box<Function>),
    Builtin(Box<BuiltinFunction>),
    BoundMethod {
        func: PyRef,
        receiver: PyRef,
    },
    Type(Box<TypeData>),
    Instance(InstanceData),
    /// A module: its namespace dict, which is also the globals of its code.
    Module(PyRef),
    Cell(RefCell<Option<PyRef>>),
    Code(Box<crate::objects::function::CodeData>),
    Frame(Box<RefCell<FrameData>>),
    /// A generator: its suspended frame (`None` once finished) and whether it is running.
    Generator {
        frame: RefCell<Option<PyRef>>,
        running: Cell<bool>,
        /// `gi_code`, `gi_name`, `gi_qualname`: kept after the frame is gone.
        names: Box<GeneratorNames>,
        /// What an async generator adds (`vm::async_generator`); None for the others.
        asyncgen: Option<Box<crate::vm::async_generator::AsyncGenState>>,
    },
    Iterator(Box<RefCell<IterState>>),
    /// A `property`: its fields can be replaced by `property.__init__` run again.
    Property(Box<RefCell<crate::objects::methods::property_methods::PropertyData>>),
    StaticMethod(PyRef),
    ClassMethod(PyRef),
    /// A class's `__dict__`/`__weakref__` getset or a `__slots__` member descriptor.
    SlotDescriptor(Box<crate::objects::descriptor::SlotDescriptor>),
    Super {
        this_class: PyRef,
        obj: PyRef,
    },
    /// An exception instance: args and the chaining/traceback slots, plus attributes.
    Exception(Box<crate::objects::exception::ExceptionData>),
    /// A traceback entry: the frame, the instruction index, the line, and the next entry.
    /// `code` is the frame's code, kept so the entry can be printed while its frame still
    /// runs (a running frame's data is borrowed by its dispatch loop); the collector does
    /// not see it (a code object is no container), as `tb_traverse` sees no code.
    Traceback {
        frame: PyRef,
        code: PyRef,
        lasti: u32,
        lineno: u32,
        next: Cell<Option<PyRef>>,
    },
    WeakRef(Box<crate::objects::weakref::WeakRefData>),
    /// `d.keys()`, `d.values()`, `d.items()`: a live view of a dict.
    DictView {
        dict: PyRef,
        kind: crate::objects::methods::ViewKind,
    },
    /// A `mappingproxy` of a mapping, or of a class's namespace (see `objects::mappingproxy`).
    MappingProxy(PyRef),
    /// A `memoryview` (see `objects::memoryview`).
    MemoryView(Box<crate::objects::memoryview::MemoryView>),
    /// The `managedbuffer` a memoryview shares with the views made from it.
    ManagedBuffer(Box<crate::objects::memoryview::ManagedBuffer>),
    /// A `collections.deque` (see `objects::deque`).
    Deque(Box<crate::objects::deque::Deque>),
    /// A deque's forward or reverse iterator.
    DequeIter(Box<crate::objects::deque::DequeIter>),
}

impl Payload {
    /// Whether objects with this payload can be part of a cycle (CPython's GC-tracked types).
    pub fn is_gc_container(&self) -> bool {
        if let Payload::Iterator(st) = self {
            // `rangeiterobject` and `longrangeiterobject` are plain objects, outside the
            // collector (and its allocation count).
            return match st.try_borrow().as_deref() {
                Ok(crate::objects::iterators::IterState::Range { .. }) => false,
                Ok(crate::objects::iterators::IterState::Seq { seq: Some(s), .. }) => {
                    !matches!(s.payload, Payload::Range { .. })
                }
                _ => true,
            };
        }
        matches!(
            self,
            Payload::Tuple(_)
                | Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::FrozenSet(_)
                // `PySlice_Type` is collectable (a slice can hold a container that holds it).
                | Payload::Slice { .. }
                | Payload::Function(_)
                | Payload::BoundMethod { .. }
                | Payload::Type(_)
                | Payload::Instance(_)
                | Payload::Module(_)
                | Payload::Cell(_)
                | Payload::Frame(_)
                | Payload::Generator { .. }
                | Payload::Property { .. }
                | Payload::SlotDescriptor(_)
                | Payload::StaticMethod(_)
                | Payload::ClassMethod(_)
                | Payload::Super { .. }
                | Payload::Exception(_)
                | Payload::Traceback { .. }
                | Payload::Builtin(_)
                | Payload::DictView { .. }
                | Payload::MappingProxy(_)
                | Payload::MemoryView(_)
                | Payload::ManagedBuffer(_)
                | Payload::Deque(_)
                | Payload::DequeIter(_)
        )
    }

    /// Whether releasing this payload can release other objects (used by the trashcan).
    pub fn holds_references(&self) -> bool {
        !matches!(
            self,
            Payload::None
                | Payload::NoneValue
                | Payload::NotImplemented
                | Payload::Ellipsis
                | Payload::Bool(_)
                | Payload::Int(_)
                | Payload::BigInt(_)
                | Payload::Float(_)
                | Payload::Complex(..)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
        )
    }

    /// A short name for debugging output.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Payload::None => "freed",
            Payload::NoneValue => "NoneType",
            Payload::NotImplemented => "NotImplementedType",
            Payload::Ellipsis => "ellipsis",
            Payload::Bool(_) => "bool",
            Payload::Int(_) | Payload::BigInt(_) => "int",
            Payload::Float(_) => "float",
            Payload::Complex(..) => "complex",
            Payload::Str(_) => "str",
            Payload::Bytes(_) => "bytes",
            Payload::ByteArray(_) => "bytearray",
            Payload::Tuple(_) => "tuple",
            Payload::List(_) => "list",
            Payload::Dict(_) => "dict",
            Payload::Set(_) => "set",
            Payload::FrozenSet(_) => "frozenset",
            Payload::Range { .. } => "range",
            Payload::Slice { .. } => "slice",
            Payload::Function(_) => "function",
            Payload::Builtin(_) => "builtin_function_or_method",
            Payload::BoundMethod { .. } => "method",
            Payload::Type(_) => "type",
            Payload::Instance(_) => "object",
            Payload::Module(_) => "module",
            Payload::Cell(_) => "cell",
            Payload::Code(_) => "code",
            Payload::Frame(_) => "frame",
            Payload::Generator { .. } => "generator",
            Payload::Iterator(_) => "iterator",
            Payload::Property { .. } => "property",
            Payload::SlotDescriptor(_) => "descriptor",
            Payload::StaticMethod(_) => "staticmethod",
            Payload::ClassMethod(_) => "classmethod",
            Payload::Super { .. } => "super",
            Payload::Exception(_) => "exception",
            Payload::Traceback { .. } => "traceback",
            Payload::WeakRef(_) => "weakref",
            Payload::DictView { .. } => "dict_view",
            Payload::MappingProxy(_) => "mappingproxy",
            Payload::MemoryView(_) => "memoryview",
            Payload::ManagedBuffer(_) => "managedbuffer",
            Payload::Deque(_) => "deque",
            Payload::DequeIter(_) => "deque_iterator",
        }
    }

    /// `tp_traverse`: calls `visit` on every reference this payload owns.
    ///
    /// Contract: must not run Python code nor mutate anything. A payload whose cell is
    /// mutably borrowed (a frame that is executing) is skipped: it is reachable anyway.
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        match self {
            // `tupletraverse` and `list_traverse` visit last to first.
            Payload::Tuple(items) => items.iter().rev().for_each(visit),
            Payload::List(items) => {
                if let Ok(items) = items.try_borrow() {
                    items.iter().rev().for_each(visit)
                }
            }
            Payload::Dict(d) => {
                if let Ok(d) = d.try_borrow() {
                    d.traverse(visit)
                }
            }
            Payload::Set(s) => {
                if let Ok(s) = s.try_borrow() {
                    s.traverse(visit)
                }
            }
            Payload::FrozenSet(s) => s.traverse(visit),
            Payload::Range { start, stop, step } | Payload::Slice { start, stop, step } => {
                visit(start);
                visit(stop);
                visit(step);
            }
            Payload::Function(f) => f.traverse(visit),
            Payload::Builtin(b) => {
                if let Some(s) = &b.receiver {
                    visit(s)
                }
            }
            Payload::BoundMethod { func, receiver } => {
                visit(func);
                visit(receiver);
            }
            Payload::Type(t) => t.traverse(visit),
            Payload::Instance(i) => i.traverse(visit),
            Payload::Module(d) => visit(d),
            Payload::Cell(c) => {
                if let Ok(c) = c.try_borrow() {
                    c.iter().for_each(visit)
                }
            }
            Payload::Frame(f) => {
                if let Ok(f) = f.try_borrow() {
                    f.traverse(visit)
                }
            }
            Payload::Generator {
                frame,
                asyncgen,
                names,
                ..
            } => {
                // `gen_traverse`: the code and names, then the embedded frame.
                visit(&names.code);
                visit(&names.name.borrow());
                visit(&names.qualname.borrow());
                if let Ok(f) = frame.try_borrow() {
                    f.iter()
                        .for_each(|frame| visit_generator_frame(frame, &mut *visit))
                }
                if let Some(st) = asyncgen {
                    st.traverse(visit);
                }
            }
            Payload::Iterator(it) => {
                if let Ok(it) = it.try_borrow() {
                    it.traverse(visit)
                }
            }
            Payload::Property(p) => {
                if let Ok(p) = p.try_borrow() {
                    p.traverse(visit)
                }
            }
            Payload::StaticMethod(f) | Payload::ClassMethod(f) => visit(f),
            Payload::SlotDescriptor(d) => d.traverse(visit),
            Payload::Super { this_class, obj } => {
                visit(this_class);
                visit(obj);
            }
            Payload::Exception(e) => e.traverse(visit),
            // `tb_traverse`: the next entry, then the frame.
            Payload::Traceback { frame, next, .. } => {
                let n = next.take();
                n.iter().for_each(&mut *visit);
                next.set(n);
                visit(frame);
            }
            Payload::WeakRef(w) => w.traverse(visit),
            Payload::DictView { dict, .. } => visit(dict),
            Payload::MappingProxy(m) => visit(m),
            Payload::MemoryView(m) => m.traverse(visit),
            Payload::ManagedBuffer(b) => b.traverse(visit),
            Payload::Deque(d) => d.traverse(visit),
            Payload::DequeIter(it) => it.traverse(visit),
            _ => {}
        }
    }

    /// `tp_clear`: drops the references that can form cycles. The dropped references are
    /// returned so the caller releases them after every object of the cycle is cleared.
    pub fn clear(&self, out: &mut Vec<PyRef>) {
        match self {
            Payload::List(items) => {
                if let Ok(mut items) = items.try_borrow_mut() {
                    out.extend(items.drain(..).rev())
                }
            }
            Payload::Dict(d) => {
                if let Ok(mut d) = d.try_borrow_mut() {
                    d.drain_into(out)
                }
            }
            Payload::Set(s) => {
                if let Ok(mut s) = s.try_borrow_mut() {
                    s.drain_into(out)
                }
            }
            Payload::Function(f) => f.clear(out),
            Payload::Type(t) => t.clear(out),
            Payload::Instance(i) => i.clear(out),
            Payload::Cell(c) => {
                if let Ok(mut c) = c.try_borrow_mut() {
                    out.extend(c.take())
                }
            }
            Payload::Frame(f) => {
                if let Ok(mut f) = f.try_borrow_mut() {
                    f.clear(out)
                }
            }
            Payload::Generator { frame, .. } => {
                if let Ok(mut f) = frame.try_borrow_mut() {
                    out.extend(f.take())
                }
            }
            Payload::Iterator(it) => {
                if let Ok(mut it) = it.try_borrow_mut() {
                    it.clear(out)
                }
            }
            Payload::Exception(e) => e.clear(out),
            Payload::Traceback { next, .. } => out.extend(next.take()),
            Payload::WeakRef(w) => w.clear(out),
            Payload::MemoryView(m) => m.clear(out),
            Payload::ManagedBuffer(b) => b.clear(out),
            Payload::Deque(d) => d.clear_into(out),
            // `property_clear`: the doc only.
            Payload::Property(p) => {
                if let Ok(mut p) = p.try_borrow_mut() {
                    out.extend(p.doc.take())
                }
            }
            // Tuples, bound methods... are immutable: clearing their mutable
            // neighbours in the cycle is enough to free them.
            _ => {}
        }
    }
}

impl Drop for Payload {
    /// Containers release their items in CPython's order: lists and tuples last to first.
    fn drop(&mut self) {
        match self {
            Payload::List(items) => {
                crate::objects::release_reversed(std::mem::take(items.get_mut()))
            }
            Payload::Tuple(items) => {
                crate::objects::release_reversed(std::mem::take(items).into_vec())
            }
            // `tb_dealloc` releases the rest of the chain before the frame.
            Payload::Traceback { next, .. } => drop(next.take()),
            _ => {}
        }
    }
}

/// What a generator keeps of its function besides the frame (`gi_code`, `gi_name`,
/// `gi_qualname`): the function's own code and name objects, shared, not copied.
pub struct GeneratorNames {
    pub code: PyRef,
    /// `gi_name` / `gi_qualname`: assignable (`gen_set_name`, `gen_set_qualname`).
    pub name: RefCell<PyRef>,
    pub qualname: RefCell<PyRef>,
}

impl GeneratorNames {
    pub fn qualname(&self) -> String {
        self.qualname
            .borrow()
            .as_str_opt()
            .unwrap_or("")
            .to_string()
    }
}

/// A suspended generator owns its frame as CPython embeds it: the collector sees the
/// frame's references as the generator's own, and the frame is no object of its own in
/// the graph (nor in `gc.collect()`'s count). A frame that a traceback captured is
/// tracked by then, and is visited as an object.
fn visit_generator_frame(frame: &PyRef, visit: &mut dyn FnMut(&PyRef)) {
    match &frame.payload {
        Payload::Frame(f) if !crate::gc::is_tracked(frame) => {
            if let Ok(f) = f.try_borrow() {
                f.traverse(visit)
            }
        }
        _ => visit(frame),
    }
}

/// A traceback entry's `tb_next` (a new reference), leaving the entry as it was.
pub fn traceback_next(next: &Cell<Option<PyRef>>) -> Option<PyRef> {
    let n = next.take();
    let copy = n.clone();
    next.set(n);
    copy
}
