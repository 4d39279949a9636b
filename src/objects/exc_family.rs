//! Which builtin exception classes with behaviour of their own a class derives from.
//!
//! Making an exception asks a dozen such questions (is it an `OSError`, whose arguments
//! become `errno`/`strerror`? a Unicode error, whose arguments are checked? an
//! `ImportError`, a `NameError` or an `AttributeError`, which take keyword fields? a
//! `SyntaxError`? an exception group?). CPython answers them from the C struct and slots
//! its type inherits; refpy walked the MRO once per question, after finding each class by
//! name: ~4,000 instructions per iteration (four raises) of the exceptions benchmark,
//! ~1,300 with this table. [`of`] answers them
//! all from one bit set per class, kept beside the method cache's class flags and
//! invalidated with them (the global type version moves on every change to a class
//! namespace, on `__bases__` assignment and on class creation).
//!
//! [`is_exception_class`] is CPython's `PyExceptionClass_Check`: the
//! `Py_TPFLAGS_BASE_EXC_SUBCLASS` flag every class deriving from `BaseException` inherits,
//! in refpy the exception layout (a class's layout is fixed when it is made, and
//! `__bases__` assignment keeps it).

use crate::heap::PyRef;
use crate::objects::method_cache;
use crate::objects::typeobj::Layout;
use crate::vm::Vm;
use std::cell::Cell;

/// The builtin exception classes `cls` derives from, among those that behave specially
/// when an instance is made. One bit per class of [`FAMILIES`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ExcFamily(u16);

impl ExcFamily {
    pub const OS_ERROR: u16 = 1;
    pub const UNICODE_ERROR: u16 = 1 << 1;
    pub const UNICODE_ENCODE: u16 = 1 << 2;
    pub const UNICODE_DECODE: u16 = 1 << 3;
    pub const UNICODE_TRANSLATE: u16 = 1 << 4;
    pub const IMPORT_ERROR: u16 = 1 << 5;
    pub const NAME_ERROR: u16 = 1 << 6;
    pub const ATTRIBUTE_ERROR: u16 = 1 << 7;
    pub const SYNTAX_ERROR: u16 = 1 << 8;
    pub const BASE_EXCEPTION_GROUP: u16 = 1 << 9;
    /// The three concrete Unicode errors, whose `__init__` checks its arguments.
    pub const UNICODE_CONCRETE: u16 =
        Self::UNICODE_ENCODE | Self::UNICODE_DECODE | Self::UNICODE_TRANSLATE;

    /// Whether the class derives from any of the classes of `bits`.
    #[inline]
    pub fn has(self, bits: u16) -> bool {
        self.0 & bits != 0
    }
}

/// The classes behind the bits, by name.
const FAMILIES: [(&str, u16); 10] = [
    ("OSError", ExcFamily::OS_ERROR),
    ("UnicodeError", ExcFamily::UNICODE_ERROR),
    ("UnicodeEncodeError", ExcFamily::UNICODE_ENCODE),
    ("UnicodeDecodeError", ExcFamily::UNICODE_DECODE),
    ("UnicodeTranslateError", ExcFamily::UNICODE_TRANSLATE),
    ("ImportError", ExcFamily::IMPORT_ERROR),
    ("NameError", ExcFamily::NAME_ERROR),
    ("AttributeError", ExcFamily::ATTRIBUTE_ERROR),
    ("SyntaxError", ExcFamily::SYNTAX_ERROR),
    ("BaseExceptionGroup", ExcFamily::BASE_EXCEPTION_GROUP),
];

/// `PyExceptionClass_Check` for an object known to be a class (or anything: a non-class
/// has no layout and is not one).
#[inline]
pub fn is_exception_class(cls: &PyRef) -> bool {
    cls.type_data()
        .is_some_and(|t| t.layout == Layout::Exception)
}

/// `PyExceptionInstance_Check`: by the object's own type, as CPython's (not `__class__`).
#[inline]
pub fn is_exception_instance(obj: &PyRef) -> bool {
    is_exception_class(obj.class())
}

#[derive(Clone, Copy)]
struct Entry {
    version: u64,
    class: usize,
    family: ExcFamily,
}

const SIZE: usize = 64;

thread_local! {
    static TABLE: [Cell<Entry>; SIZE] = const {
        [const { Cell::new(Entry { version: 0, class: 0, family: ExcFamily(0) }) }; SIZE]
    };
}

#[inline]
fn slot(class: usize) -> usize {
    method_cache::fib_slot(class >> 4, SIZE.trailing_zeros())
}

/// The family of `cls`, from the table when computed at the current type version.
#[inline]
pub fn of(vm: &Vm, cls: &PyRef) -> ExcFamily {
    let (version, id) = (method_cache::version(), cls.id());
    let e = TABLE.with(|t| t[slot(id)].get());
    if e.version == version && e.class == id {
        return e.family;
    }
    compute(vm, cls, version, id)
}

#[cold]
fn compute(vm: &Vm, cls: &PyRef, version: u64, id: usize) -> ExcFamily {
    let mut bits = 0;
    if is_exception_class(cls) {
        for (name, bit) in FAMILIES {
            if vm.is_subclass(cls, &vm.exc_type(name)) {
                bits |= bit;
            }
        }
    }
    let family = ExcFamily(bits);
    TABLE.with(|t| {
        t[slot(id)].set(Entry {
            version,
            class: id,
            family,
        })
    });
    family
}
