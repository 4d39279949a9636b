//! `type.__flags__`: CPython 3.11's `tp_flags` bits (`Include/object.h`), as a class
//! reports them.
//!
//! A builtin type's flags are facts about its C definition (whether it is a base type,
//! collectable, instantiable, a sequence...), listed in [`STATIC`] as CPython 3.11
//! reports them. A class's flags follow from how `type_new` builds it: a heap type,
//! collectable, a base type, with a managed `__dict__` when it adds one to a base laid
//! out without items (`sizeof::class_shape`), abstract while `__abstractmethods__` is
//! not empty, and inheriting from its builtin base the "fast subclass" bit, the
//! sequence/mapping kind and `Py_TPFLAGS_MATCH_SELF` (`inherit_special`).
//!
//! `Py_TPFLAGS_VALID_VERSION_TAG` says whether CPython's method cache has met the type
//! yet; it depends on everything the interpreter ran. refpy reports it as a fresh
//! `python3` leaves builtin types after its start-up (the third column of [`STATIC`]),
//! and never for a class.

use crate::heap::PyRef;
use crate::objects::payload::Payload;

const MANAGED_DICT: u64 = 1 << 4;
const HEAPTYPE: u64 = 1 << 9;
const BASETYPE: u64 = 1 << 10;
const READY: u64 = 1 << 12;
const HAVE_GC: u64 = 1 << 14;
const VALID_VERSION_TAG: u64 = 1 << 19;
const IS_ABSTRACT: u64 = 1 << 20;
const MATCH_SELF: u64 = 1 << 22;
/// `Py_TPFLAGS_LONG_SUBCLASS` .. `Py_TPFLAGS_TYPE_SUBCLASS`.
const FAST_SUBCLASS: u64 = 0xff00_0000;
/// The bits a class inherits from its builtin base (the collection bits come from the
/// class's own `collection_flags`, which also follow `__abc_tpflags__` and `register`).
const INHERITED: u64 = FAST_SUBCLASS | MATCH_SELF;
/// `Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_READY | Py_TPFLAGS_HAVE_GC`: a builtin type
/// missing from [`STATIC`] (its base-type bit added as it is).
const STATIC_DEFAULT: u64 = (1 << 8) | READY | HAVE_GC;
/// Every builtin exception class (`Py_TPFLAGS_BASE_EXC_SUBCLASS`, collectable, a base).
const EXCEPTION: u64 = 0x4000_5500;

/// The builtin types' flags without the version tag, by `tp_name`, and whether a fresh
/// interpreter has tagged them (after importing their module, for the types of C
/// modules).
const STATIC: &[(&str, u64, bool)] = &[
    ("object", 0x1500, true),
    ("type", 0x8000_5d00, true),
    ("int", 0x140_1500, true),
    ("bool", 0x140_1100, true),
    ("float", 0x40_1500, false),
    ("complex", 0x1500, false),
    ("str", 0x1040_1500, true),
    ("bytes", 0x840_1500, true),
    ("bytearray", 0x40_1500, true),
    ("tuple", 0x440_5520, true),
    ("list", 0x240_5520, true),
    ("dict", 0x2040_5540, true),
    ("set", 0x40_5500, true),
    ("frozenset", 0x40_5500, true),
    ("range", 0x1120, true),
    ("slice", 0x5100, false),
    ("function", 0x2_5900, true),
    ("builtin_function_or_method", 0x5980, true),
    ("method", 0x5900, false),
    ("wrapper_descriptor", 0x2_5180, true),
    ("method_descriptor", 0x2_5980, false),
    ("classmethod_descriptor", 0x5180, false),
    ("method-wrapper", 0x5180, false),
    ("module", 0x5500, true),
    ("cell", 0x5100, false),
    ("code", 0x1100, false),
    ("frame", 0x5180, true),
    ("generator", 0x5180, true),
    ("coroutine", 0x5180, true),
    ("async_generator", 0x5180, true),
    ("async_generator_asend", 0x5180, false),
    ("async_generator_athrow", 0x5180, false),
    ("anext_awaitable", 0x5180, false),
    ("property", 0x5500, true),
    ("getset_descriptor", 0x5180, true),
    ("member_descriptor", 0x5180, true),
    ("mappingproxy", 0x5140, true),
    ("staticmethod", 0x5500, true),
    ("classmethod", 0x5500, true),
    ("super", 0x5500, false),
    ("traceback", 0x5100, true),
    ("weakref.ReferenceType", 0x5d00, true),
    ("weakref.ProxyType", 0x5180, false),
    ("weakref.CallableProxyType", 0x5180, false),
    ("list_iterator", 0x5180, false),
    ("list_reverseiterator", 0x5180, false),
    ("tuple_iterator", 0x5180, false),
    ("str_ascii_iterator", 0x5180, false),
    ("str_iterator", 0x5180, false),
    ("bytes_iterator", 0x5180, false),
    ("bytearray_iterator", 0x5180, false),
    ("longrange_iterator", 0x1180, false),
    ("range_iterator", 0x1180, false),
    ("dict_keyiterator", 0x5180, false),
    ("dict_valueiterator", 0x5180, false),
    ("dict_itemiterator", 0x5180, false),
    ("dict_reversekeyiterator", 0x5180, false),
    ("dict_reversevalueiterator", 0x5180, false),
    ("dict_reverseitemiterator", 0x5180, false),
    ("set_iterator", 0x5180, false),
    ("odict_iterator", 0x5180, false),
    ("iterator", 0x5180, false),
    ("callable_iterator", 0x5180, false),
    ("enumerate", 0x5500, false),
    ("zip", 0x5500, false),
    ("map", 0x5500, true),
    ("filter", 0x5500, false),
    ("reversed", 0x5500, false),
    ("dict_keys", 0x5180, false),
    ("dict_values", 0x5180, false),
    ("dict_items", 0x5180, true),
    ("memoryview", 0x5120, true),
    ("memory_iterator", 0x5180, false),
    ("itertools.product", 0x5500, false),
    ("itertools.permutations", 0x5500, false),
    ("itertools.combinations", 0x5500, false),
    ("itertools.combinations_with_replacement", 0x5500, false),
    ("collections.deque", 0x5520, false),
    ("_collections._deque_iterator", 0x5100, false),
    ("_collections._deque_reverse_iterator", 0x5100, false),
    ("NoneType", 0x1100, true),
    ("NotImplementedType", 0x1100, false),
    ("ellipsis", 0x1100, true),
    ("BaseException", EXCEPTION, true),
    ("Exception", EXCEPTION, true),
    // Types of C modules that refpy writes as classes of its Python stdlib
    // (`TypeData::c_type_name`). CPython makes some with `PyType_FromSpec`: heap types,
    // immutable (`functools.partial`, `re.Pattern`, `array.array`...).
    ("odict_keys", 0x5100, false),
    ("odict_values", 0x5100, false),
    ("odict_items", 0x5100, false),
    ("collections.OrderedDict", 0x2040_5540, false),
    ("collections.defaultdict", 0x2040_5540, false),
    ("_collections._tuplegetter", 0x5100, true),
    ("_io.BufferedRWPair", 0x5500, false),
    ("_io.BufferedRandom", 0x5500, false),
    ("_io.BufferedReader", 0x5500, true),
    ("_io.BufferedWriter", 0x5500, false),
    ("_io.BytesIO", 0x5500, false),
    ("_io.FileIO", 0x5500, true),
    ("_io.IncrementalNewlineDecoder", 0x1500, false),
    ("_io.StringIO", 0x5500, false),
    ("_io.TextIOWrapper", 0x5500, true),
    ("_io._IOBase", 0x5500, true),
    ("_io._RawIOBase", 0x5500, true),
    ("_io._BufferedIOBase", 0x5500, true),
    ("_io._TextIOBase", 0x5500, true),
    ("_queue.SimpleQueue", 0x5700, false),
    ("_struct.Struct", 0x5700, false),
    ("_struct.unpack_iterator", 0x5300, false),
    ("_thread.RLock", 0x5700, true),
    ("_thread._local", 0x5700, false),
    ("_thread.lock", 0x5380, true),
    ("array.array", 0x5720, false),
    ("array.arrayiterator", 0x5380, false),
    ("functools.partial", 0x5f00, false),
    ("functools.KeyWrapper", 0x5380, false),
    ("functools._lru_cache_wrapper", 0x2_5300, true),
    ("itertools._grouper", 0x5100, false),
    ("itertools._tee", 0x5100, false),
    ("itertools._tee_dataobject", 0x5100, false),
    ("itertools.accumulate", 0x5500, false),
    ("itertools.chain", 0x5500, false),
    ("itertools.compress", 0x5500, false),
    ("itertools.count", 0x5500, true),
    ("itertools.cycle", 0x5500, false),
    ("itertools.dropwhile", 0x5500, false),
    ("itertools.filterfalse", 0x5500, false),
    ("itertools.groupby", 0x5500, false),
    ("itertools.islice", 0x5500, false),
    ("itertools.pairwise", 0x5500, false),
    ("itertools.repeat", 0x5500, false),
    ("itertools.starmap", 0x5500, false),
    ("itertools.takewhile", 0x5500, false),
    ("itertools.zip_longest", 0x5500, false),
    ("operator.attrgetter", 0x5b00, false),
    ("operator.itemgetter", 0x5b00, false),
    ("operator.methodcaller", 0x5300, false),
    ("re.Match", 0x5380, false),
    ("re.Pattern", 0x5380, true),
    ("_sre.SRE_Scanner", 0x5380, false),
    // Struct sequences: `PyStructSequence_InitType2` types are static, immutable, not
    // instantiable when they have unnamed fields; `PyStructSequence_NewType` ones heap
    // types.
    ("sys.flags", 0x440_51a0, true),
    ("sys.float_info", 0x440_5120, false),
    ("sys.hash_info", 0x440_5120, false),
    ("sys.int_info", 0x440_5120, false),
    ("sys.thread_info", 0x440_5120, false),
    ("sys.version_info", 0x440_51a0, false),
    ("time.struct_time", 0x440_5220, false),
    ("os.stat_result", 0x440_5220, true),
    ("os.terminal_size", 0x440_5220, false),
    ("types.GenericAlias", 0x5d00, true),
    ("types.SimpleNamespace", 0x5500, true),
    ("types.UnionType", 0x5180, false),
];

/// `cls.__flags__`.
pub fn flags(cls: &PyRef) -> u64 {
    let Some(t) = cls.type_data() else {
        return 0;
    };
    // A class of our Python stdlib standing for a C type reports the C type's flags.
    if !t.is_heap_type || t.c_type_name.get() {
        return static_flags(cls);
    }
    let builtin = t.nearest_builtin_base();
    let mut f = HEAPTYPE | BASETYPE | READY | HAVE_GC;
    f |= builtin.as_ref().map_or(0, |b| static_flags(b) & INHERITED);
    f |= u64::from(t.collection_flags.get());
    if crate::objects::sizeof::class_shape(cls).managed_dict {
        f |= MANAGED_DICT;
    }
    let abstract_methods = t
        .dict
        .borrow()
        .get_str(
            crate::static_str_hash!("__abstractmethods__"),
            "__abstractmethods__",
        )
        .cloned();
    let is_abstract = abstract_methods.is_some_and(|m| match &m.payload {
        Payload::FrozenSet(s) => !s.is_empty(),
        Payload::Set(s) => !s.borrow().is_empty(),
        Payload::Tuple(items) => !items.is_empty(),
        Payload::List(items) => !items.borrow().is_empty(),
        _ => true,
    });
    if is_abstract {
        f |= IS_ABSTRACT;
    }
    f
}

/// The flags of a builtin type (see [`STATIC`]).
fn static_flags(cls: &PyRef) -> u64 {
    let Some(t) = cls.type_data() else {
        return 0;
    };
    let name = t.tp_name();
    if let Some(&(_, f, tagged)) = STATIC.iter().find(|(n, ..)| *n == name) {
        return if tagged { f | VALID_VERSION_TAG } else { f };
    }
    if t.layout == crate::objects::typeobj::Layout::Exception {
        return EXCEPTION;
    }
    STATIC_DEFAULT | if t.basetype { BASETYPE } else { 0 }
}
