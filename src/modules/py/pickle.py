"""Serialize Python objects to bytes and back (protocols 0 to 5).

The Pickler emits exactly the opcode sequences of CPython's C pickler
(framing, memo, batching, global lookups), so pickles are byte-for-byte
identical; the Unpickler reads every opcode of every protocol.
"""

import sys
import copyreg
from struct import pack, unpack
from itertools import islice

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID",
           "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD",
           "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT",
           "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4",
           "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL",
           "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG", "LONG1",
           "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE",
           "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER",
           "NONE", "OBJ", "PERSID", "POP", "POP_MARK", "PROTO", "PUT",
           "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE",
           "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1",
           "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method.
    """


class UnpicklingError(PickleError):
    """This exception is raised if there is a problem unpickling an object,
    such as a security violation.
    """


# CPython defines these in its C accelerator `_pickle`, which is where
# their pickles and tracebacks say they live; this module stands in for it.
for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = "_pickle"
sys.modules.setdefault("_pickle", sys.modules[__name__])


class PickleBuffer:
    """Wrapper for a buffer exported by an object, for protocol 5
    out-of-band pickling."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        """A flat byte view of the wrapped buffer."""
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view.cast("B") if self._view.format != "B" else self._view

    def release(self):
        self._view = None


# ---- opcodes (one byte each, except the protocol 0 TRUE/FALSE spellings)

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
# protocol 2
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
# protocol 3
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
# protocol 4
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
# protocol 5
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_TUPLE_SIZE_OPS = (EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3)
_BATCHSIZE = 1000
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_SIZE_MIN = 4
_FRAME_HEADER_SIZE = 9


# ---- Python 2 name compatibility (protocols 0-2 with fix_imports=True)

_PY2_EXCEPTIONS = (
    "ArithmeticError AssertionError AttributeError BaseException BufferError "
    "BytesWarning DeprecationWarning EOFError EnvironmentError Exception "
    "FloatingPointError FutureWarning GeneratorExit IOError ImportError "
    "ImportWarning IndentationError IndexError KeyError KeyboardInterrupt "
    "LookupError MemoryError NameError NotImplementedError OSError "
    "OverflowError PendingDeprecationWarning ReferenceError RuntimeError "
    "RuntimeWarning StopIteration SyntaxError SyntaxWarning SystemError "
    "SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError "
    "UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning "
    "UserWarning ValueError Warning ZeroDivisionError").split()

_OSERROR_SUBCLASSES = (
    "BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError "
    "ConnectionRefusedError ConnectionResetError FileExistsError "
    "FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError "
    "PermissionError ProcessLookupError TimeoutError").split()

# Python 3 module names -> the Python 2 names written by protocols 0-2
# (as observed from CPython 3.11).
_REVERSE_IMPORT_MAPPING = {
    "_bz2": "bz2", "_dbm": "dbm", "_functools": "functools", "_gdbm": "gdbm",
    "_markupbase": "markupbase", "_pickle": "pickle", "_thread": "thread",
    "builtins": "__builtin__", "configparser": "ConfigParser",
    "copyreg": "copy_reg", "dbm": "anydbm", "dbm.bsd": "dbhash",
    "dbm.dumb": "dumbdbm", "dbm.gnu": "gdbm", "dbm.ndbm": "dbm",
    "html.entities": "htmlentitydefs", "html.parser": "HTMLParser",
    "http.client": "httplib", "http.cookiejar": "cookielib",
    "http.cookies": "Cookie", "http.server": "BaseHTTPServer",
    "queue": "Queue", "reprlib": "repr", "socketserver": "SocketServer",
    "subprocess": "commands", "tkinter": "Tkinter",
    "tkinter.colorchooser": "tkColorChooser",
    "tkinter.commondialog": "tkCommonDialog",
    "tkinter.constants": "Tkconstants", "tkinter.dialog": "Dialog",
    "tkinter.dnd": "Tkdnd", "tkinter.filedialog": "tkFileDialog",
    "tkinter.font": "tkFont", "tkinter.messagebox": "tkMessageBox",
    "tkinter.scrolledtext": "ScrolledText",
    "tkinter.simpledialog": "tkSimpleDialog", "tkinter.tix": "Tix",
    "tkinter.ttk": "ttk", "urllib.parse": "urlparse",
    "urllib.request": "urllib2", "urllib.robotparser": "robotparser",
    "winreg": "_winreg", "xmlrpc.client": "xmlrpclib",
    "xmlrpc.server": "SimpleXMLRPCServer",
}

# Python 2 module names -> Python 3 module names, used when reading.  The
# ambiguous Python 2 names "dbm" and "gdbm" read as their Python 3 modules.
_IMPORT_MAPPING = {v: k for k, v in _REVERSE_IMPORT_MAPPING.items()
                   if k not in ("_dbm", "_gdbm", "_pickle", "_functools",
                                "_bz2")}
_IMPORT_MAPPING.update({
    "cPickle": "pickle", "cStringIO": "io", "StringIO": "io",
    "UserDict": "collections", "UserList": "collections",
    "UserString": "collections", "whichdb": "dbm", "exceptions": "builtins",
})

# Python 2 (module, name) -> Python 3 (module, name), beyond the module renames.
_NAME_MAPPING = {
    ("__builtin__", "xrange"): ("builtins", "range"),
    ("__builtin__", "reduce"): ("functools", "reduce"),
    ("__builtin__", "intern"): ("sys", "intern"),
    ("__builtin__", "unichr"): ("builtins", "chr"),
    ("__builtin__", "unicode"): ("builtins", "str"),
    ("__builtin__", "long"): ("builtins", "int"),
    ("__builtin__", "basestring"): ("builtins", "str"),
    ("itertools", "izip"): ("builtins", "zip"),
    ("itertools", "imap"): ("builtins", "map"),
    ("itertools", "ifilter"): ("builtins", "filter"),
    ("itertools", "ifilterfalse"): ("itertools", "filterfalse"),
    ("itertools", "izip_longest"): ("itertools", "zip_longest"),
    ("UserDict", "IterableUserDict"): ("collections", "UserDict"),
    ("UserList", "UserList"): ("collections", "UserList"),
    ("UserString", "UserString"): ("collections", "UserString"),
    ("exceptions", "StandardError"): ("builtins", "Exception"),
}
for _name in _PY2_EXCEPTIONS:
    _NAME_MAPPING[("exceptions", _name)] = ("builtins", _name)

_REVERSE_NAME_MAPPING = {
    ("builtins", "range"): ("__builtin__", "xrange"),
    ("functools", "reduce"): ("__builtin__", "reduce"),
    ("_functools", "reduce"): ("__builtin__", "reduce"),
    ("sys", "intern"): ("__builtin__", "intern"),
    ("builtins", "chr"): ("__builtin__", "unichr"),
    ("builtins", "str"): ("__builtin__", "unicode"),
    ("builtins", "int"): ("__builtin__", "long"),
    ("builtins", "zip"): ("itertools", "izip"),
    ("builtins", "map"): ("itertools", "imap"),
    ("builtins", "filter"): ("itertools", "ifilter"),
    ("itertools", "filterfalse"): ("itertools", "ifilterfalse"),
    ("itertools", "zip_longest"): ("itertools", "izip_longest"),
    ("collections", "UserDict"): ("UserDict", "IterableUserDict"),
    ("collections", "UserList"): ("UserList", "UserList"),
    ("collections", "UserString"): ("UserString", "UserString"),
    ("builtins", "ModuleNotFoundError"): ("exceptions", "ImportError"),
}
for _name in _PY2_EXCEPTIONS:
    _REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", _name)
for _name in _OSERROR_SUBCLASSES + ["EnvironmentError", "IOError"]:
    _REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", "OSError")


def _latin1_encode(obj, encoding):
    """Stand-in for `_codecs.encode`, which protocols 0-2 name to rebuild bytes."""
    return obj.encode(encoding)


# Globals that refpy lacks, with the stand-ins used in their place.
_STAND_IN_GLOBALS = {("_codecs", "encode"): _latin1_encode}


def _codecs_encode():
    module = sys.modules.get("_codecs")
    return getattr(module, "encode", None) or _latin1_encode


# ---- shared helpers

def _type_name(obj):
    """A type's name the way CPython's tp_name spells it."""
    cls = type(obj)
    module = getattr(cls, "__module__", "builtins")
    if module in ("builtins", None):
        return cls.__qualname__
    return f"{module}.{cls.__qualname__}"


def _dotted_path(name, obj=None):
    """Split a qualified name, refusing the '<locals>' of nested functions."""
    path = name.split(".")
    if "<locals>" in path:
        if obj is None:
            raise AttributeError(f"Can't pickle local object {name!r}")
        raise AttributeError(f"Can't pickle local attribute {name!r} on {obj!r}")
    return path


def _deep_getattr(obj, path):
    """Follow `path` from `obj`: (found object, its parent), or (None, None)."""
    parent = None
    for name in path:
        parent = obj
        try:
            obj = getattr(parent, name)
        except AttributeError:
            return None, None
    return obj, parent


def _import_module(name):
    __import__(name)
    return sys.modules[name]


def _whichmodule(obj, path):
    """The module name a global lives in: its __module__, else a search."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in list(sys.modules.items()):
        if module_name in ("__main__", "__mp_main__") or module is None:
            continue
        try:
            if _deep_getattr(module, path)[0] is obj:
                return module_name
        except Exception:
            pass
    return "__main__"


def _encode_long(x):
    """Little-endian two's complement bytes of a non-zero int, as LONG1 wants."""
    nbytes = (abs(x).bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def _raw_unicode_escape(s):
    """Protocol 0 UNICODE argument: latin-1 with escapes for the line syntax."""
    out = bytearray()
    for ch in s:
        code = ord(ch)
        if code >= 0x10000:
            out += b"\\U%08x" % code
        elif code >= 256 or ch in "\\\0\n\r\x1a":
            out += b"\\u%04x" % code
        else:
            out.append(code)
    return bytes(out)


def _utf8(s):
    return s.encode("utf-8", "surrogatepass")


_FunctionType = type(_utf8)


def _fresh_str(s):
    """An equal string that is not the interned object."""
    return "".join(list(s))


_BUILTIN_MODULE_NAMES = {}


def _is_builtin_function(obj):
    return type(obj).__name__ in ("builtin_function_or_method",
                                  "method_descriptor")


def _reduce_datetime(obj, proto):
    """CPython's datetime types pickle a packed-bytes state; refpy's own
    __reduce__ uses ints, so the C layout is rebuilt here."""
    dt = sys.modules["datetime"]
    cls = type(obj)
    if isinstance(obj, dt.datetime):
        month = obj.month + (128 if obj.fold and proto > 3 else 0)
        us = obj.microsecond
        state = bytes([obj.year >> 8, obj.year & 255, month, obj.day,
                       obj.hour, obj.minute, obj.second,
                       us >> 16, (us >> 8) & 255, us & 255])
    elif isinstance(obj, dt.date):
        state = bytes([obj.year >> 8, obj.year & 255, obj.month, obj.day])
    else:
        hour = obj.hour + (128 if obj.fold and proto > 3 else 0)
        us = obj.microsecond
        state = bytes([hour, obj.minute, obj.second,
                       us >> 16, (us >> 8) & 255, us & 255])
    if getattr(obj, "tzinfo", None) is None:
        return cls, (state,)
    return cls, (state, obj.tzinfo)


def _datetime_reducer(obj):
    """The compat reducer for `obj` when it is a refpy datetime value whose
    class keeps the module's own __reduce__, else None."""
    dt = sys.modules.get("datetime")
    if dt is None:
        return None
    cls = type(obj)
    for base in (dt.datetime, dt.date, dt.time):
        if isinstance(obj, base):
            if cls.__reduce__ is base.__reduce__ and cls.__reduce_ex__ is object.__reduce_ex__:
                return _reduce_datetime
            return None
    return None


def _datetime_from_state(cls, args):
    """Undo `_reduce_datetime` when a datetime class is called with bytes."""
    dt = sys.modules["datetime"]
    state, tz = args[0], (args[1] if len(args) > 1 else None)
    if issubclass(cls, dt.datetime) and len(state) == 10:
        us = (state[7] << 16) | (state[8] << 8) | state[9]
        return cls((state[0] << 8) | state[1], state[2] & 127, state[3],
                   state[4], state[5], state[6], us, tz, fold=state[2] >> 7)
    if issubclass(cls, dt.date) and not issubclass(cls, dt.datetime) and len(state) == 4:
        return cls((state[0] << 8) | state[1], state[2], state[3])
    if issubclass(cls, dt.time) and len(state) == 6:
        us = (state[3] << 16) | (state[4] << 8) | state[5]
        return cls(state[0] & 127, state[1], state[2], us, tz, fold=state[0] >> 7)
    return None


def _object_reduce_ex(obj, proto):
    """`object.__reduce_ex__(proto)` with CPython's results: a class's own
    __reduce__ wins; protocols 0-1 go through copyreg; 2+ use __newobj__."""
    cls = type(obj)
    if getattr(cls, "__reduce__", None) is not object.__reduce__:
        return obj.__reduce__()
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    args = kwargs = None
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        result = obj.__getnewargs_ex__()
        if not isinstance(result, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, "
                            f"not '{_type_name(result)}'")
        if len(result) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of "
                             f"length 2, not {len(result)}")
        args, kwargs = result
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, "
                            f"not '{_type_name(args)}'")
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, "
                            f"not '{_type_name(kwargs)}'")
    elif getattr(cls, "__getnewargs__", None) is not None:
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, "
                            f"not '{_type_name(args)}'")
    if kwargs:
        func, newargs = copyreg.__newobj_ex__, (cls, args, kwargs)
    else:
        func, newargs = copyreg.__newobj__, (cls,) + (args or ())
    required = not (args is not None or isinstance(obj, (list, dict)))
    state = _object_getstate(obj, cls, required)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, newargs, state, listitems, dictitems


def _object_getstate(obj, cls, required):
    if getattr(cls, "__getstate__", None) is not object.__getstate__:
        return obj.__getstate__()
    if required:
        # CPython refuses objects whose C layout holds more than a plain
        # object does; the nearest refpy test is a built-in base class.
        for base in cls.__mro__:
            if copyreg._is_builtin_class(base):
                if base is not object:
                    raise TypeError(f"cannot pickle '{_type_name(obj)}' object")
                break
    return _interned_keys(obj.__getstate__())


def _interned_keys(state):
    """Give the default state the key identities CPython's has: attribute
    and slot names are interned strings, shared (and so memoized) across
    instances."""
    if isinstance(state, dict):
        return {sys.intern(k) if type(k) is str else k: v
                for k, v in state.items()}
    if isinstance(state, tuple) and len(state) == 2:
        return tuple(_interned_keys(part) for part in state)
    return state


# ---- the pickler

class _Output:
    """The pickle being built, with protocol 4 framing of its opcodes."""

    def __init__(self):
        self.data = bytearray()
        self.framing = False
        self.frame_start = -1

    def write(self, chunk):
        if self.framing and self.frame_start < 0:
            self.frame_start = len(self.data)
            self.data += bytes(_FRAME_HEADER_SIZE)
        self.data += chunk

    def commit_frame(self):
        """Close the open frame: fill its header, or drop it when tiny."""
        start = self.frame_start
        if start < 0:
            return
        size = len(self.data) - start - _FRAME_HEADER_SIZE
        if size >= _FRAME_SIZE_MIN:
            self.data[start:start + _FRAME_HEADER_SIZE] = FRAME + pack("<Q", size)
        else:
            del self.data[start:start + _FRAME_HEADER_SIZE]
        self.frame_start = -1

    def opcode_boundary(self):
        """Start a new frame once the current one reaches the target size."""
        if (self.framing and self.frame_start >= 0 and
                len(self.data) - self.frame_start - _FRAME_HEADER_SIZE >= _FRAME_SIZE_TARGET):
            self.commit_frame()

    def write_large(self, header, payload):
        """Big payloads are written outside any frame."""
        if len(payload) < _FRAME_SIZE_TARGET:
            self.write(header)
            self.write(payload)
            return
        self.commit_frame()
        self.data += header
        self.data += payload


class Pickler:
    """Write pickles of objects to a binary file-like object."""

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._buffer_callback = buffer_callback
        self.memo = {}

    def clear_memo(self):
        """Forget the objects pickled so far (shared references restart)."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError(f"Pickler.__init__() was not called by "
                                f"{type(self).__name__}.__init__()")
        self._out = _Output()
        self._persistent_id = getattr(self, "persistent_id", None)
        self._reducer_override = getattr(self, "reducer_override", None)
        self._dispatch_table = getattr(self, "dispatch_table", None)
        try:
            if self.proto >= 2:
                self._out.write(PROTO + bytes([self.proto]))
                if self.proto >= 4:
                    self._out.framing = True
            self.save(obj)
            self._out.write(STOP)
            self._out.commit_frame()
        finally:
            self._out.framing = False
            data = bytes(self._out.data)
            self._out = None
        self._file_write(data)

    def _write(self, chunk):
        self._out.write(chunk)

    # -- memo

    def memoize(self, obj):
        """Store obj in the memo and emit the matching PUT-family opcode."""
        if self.fast:
            return
        idx = len(self.memo)
        self.memo[id(obj)] = idx, obj
        if self.proto >= 4:
            self._write(MEMOIZE)
        elif self.bin:
            self._write(BINPUT + bytes([idx]) if idx < 256
                        else LONG_BINPUT + pack("<I", idx))
        else:
            self._write(PUT + b"%d\n" % idx)

    def _get(self, obj):
        idx = self.memo[id(obj)][0]
        if self.bin:
            self._write(BINGET + bytes([idx]) if idx < 256
                        else LONG_BINGET + pack("<I", idx))
        else:
            self._write(GET + b"%d\n" % idx)

    def _in_memo(self, obj):
        return id(obj) in self.memo

    # -- dispatch

    def save(self, obj, save_persistent_id=True):
        self._out.opcode_boundary()
        if save_persistent_id and self._persistent_id is not None:
            pid = self._persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        cls = type(obj)
        if obj is None:
            self._write(NONE)
            return
        if obj is True or obj is False:
            if self.proto >= 2:
                self._write(NEWTRUE if obj else NEWFALSE)
            else:
                self._write(TRUE if obj else FALSE)
            return
        if cls is int:
            self._save_long(obj)
            return
        if cls is float:
            self._save_float(obj)
            return
        if self._in_memo(obj):
            self._get(obj)
            return
        saver = self._exact_savers.get(cls)
        if saver is not None:
            saver(self, obj)
            return
        reduce_value = NotImplemented
        if self._reducer_override is not None:
            reduce_value = self._reducer_override(obj)
        if reduce_value is NotImplemented:
            if cls is type:
                self._save_type(obj)
                return
            if cls is _FunctionType:
                self.save_global(obj)
                return
            reduce_value = self._reduce(obj, cls)
            if reduce_value is None:
                self.save_global(obj)
                return
        if isinstance(reduce_value, str):
            self.save_global(obj, reduce_value)
            return
        if not isinstance(reduce_value, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self.save_reduce(*self._check_reduce(reduce_value), obj=obj)

    def _reduce(self, obj, cls):
        """The reduce value of obj (None means: save it as a global)."""
        table = self._dispatch_table
        if table is None:
            table = copyreg.dispatch_table
        try:
            reducer = table[cls]
        except KeyError:
            reducer = None
        if reducer is not None:
            return reducer(obj)
        if isinstance(obj, type):
            return None
        compat = _datetime_reducer(obj)
        if compat is not None:
            return compat(obj, self.proto)
        if _is_builtin_function(obj):
            return self._reduce_builtin_function(obj)
        reduce_ex = getattr(obj, "__reduce_ex__", None)
        if reduce_ex is not None:
            if getattr(cls, "__reduce_ex__", None) is object.__reduce_ex__:
                return _object_reduce_ex(obj, self.proto)
            return reduce_ex(self.proto)
        reduce = getattr(obj, "__reduce__", None)
        if reduce is not None:
            return reduce()
        raise PicklingError(f"can't pickle '{_type_name(obj)}' object: {obj!r}")

    @staticmethod
    def _reduce_builtin_function(obj):
        """Builtins reduce to their name, methods to getattr(owner, name)."""
        if type(obj).__name__ == "method_descriptor":
            return getattr, (obj.__objclass__, obj.__name__)
        owner = getattr(obj, "__self__", None)
        if owner is None or type(owner).__name__ == "module":
            return obj.__qualname__
        return getattr, (owner, obj.__name__)

    @staticmethod
    def _check_reduce(rv):
        """Validate a reduce tuple as CPython does; pad it to 6 items."""
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        func, args, state, listitems, dictitems, state_setter = \
            rv + (None,) * (6 - len(rv))
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        for position, items in (("fourth", listitems), ("fifth", dictitems)):
            if items is not None and not hasattr(items, "__next__"):
                raise PicklingError(f"{position} element of the tuple returned "
                                    f"by __reduce__ must be an iterator, not "
                                    f"{_type_name(items)}")
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by "
                                "__reduce__ must be a function, not "
                                f"{_type_name(state_setter)}")
        return func, args, state, listitems, dictitems, state_setter

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
            return
        try:
            text = str(pid).encode("ascii")
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be "
                                "ASCII strings") from None
        self._write(PERSID + text + b"\n")

    # -- reduce

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        name = getattr(func, "__name__", None) if self.proto >= 2 else None
        if name == "__newobj_ex__":
            self._save_newobj_ex(args)
        elif name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            self.save(cls)
            self.save(args[1:])
            self._write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self._write(REDUCE)
        if obj is not None:
            if self._in_memo(obj):
                # Recursive: drop the rebuilt object, use the memo entry.
                self._write(POP)
                self._get(obj)
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self._write(BUILD)
            else:
                # state_setter(obj, state) through REDUCE, then drop its result.
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self._write(TUPLE2 + REDUCE + POP)

    def _save_newobj_ex(self, args):
        if len(args) != 3:
            raise PicklingError("length of the NEWOBJ_EX argument tuple must "
                                f"be exactly 3, not {len(args)}")
        cls, cargs, kwargs = args
        if not isinstance(cls, type):
            raise PicklingError("first item from NEWOBJ_EX argument tuple "
                                f"must be a class, not {_type_name(cls)}")
        if not isinstance(cargs, tuple):
            raise PicklingError("second item from NEWOBJ_EX argument tuple "
                                f"must be a tuple, not {_type_name(cargs)}")
        if not isinstance(kwargs, dict):
            raise PicklingError("third item from NEWOBJ_EX argument tuple "
                                f"must be a dict, not {_type_name(kwargs)}")
        if self.proto >= 4:
            self.save(cls)
            self.save(cargs)
            self.save(kwargs)
            self._write(NEWOBJ_EX)
        else:
            import functools
            self.save(functools.partial(cls.__new__, cls, *cargs, **kwargs))
            self.save(())
            self._write(REDUCE)

    # -- atoms

    def _save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if not self.bin:
                self._write(INT + b"%d\n" % obj)
            elif 0 <= obj <= 0xff:
                self._write(BININT1 + bytes([obj]))
            elif 0 <= obj <= 0xffff:
                self._write(BININT2 + pack("<H", obj))
            else:
                self._write(BININT + pack("<i", obj))
        elif self.proto >= 2:
            data = _encode_long(obj)
            if len(data) < 256:
                self._write(LONG1 + bytes([len(data)]) + data)
            else:
                self._write(LONG4 + pack("<i", len(data)) + data)
        else:
            self._write(LONG + repr(obj).encode("ascii") + b"L\n")

    def _save_float(self, obj):
        if self.bin:
            self._write(BINFLOAT + pack(">d", obj))
        else:
            self._write(FLOAT + repr(obj).encode("ascii") + b"\n")

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode(),
                                 (obj.decode("latin1"), "latin1"), obj=obj)
            return
        self._save_bytes_data(obj, obj)

    def _save_bytes_data(self, data, obj):
        n = len(data)
        if n <= 0xff:
            header = SHORT_BINBYTES + bytes([n])
        elif n <= 0xffffffff:
            header = BINBYTES + pack("<I", n)
        else:
            header = BINBYTES8 + pack("<Q", n)
        self._out.write_large(header, bytes(data))
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self._save_bytearray_data(obj, obj)

    def _save_bytearray_data(self, data, obj):
        self._out.write_large(BYTEARRAY8 + pack("<Q", len(data)), bytes(data))
        self.memoize(obj)

    def _save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        view = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if view.readonly:
                self._save_bytes_data(view, obj)
            else:
                self._save_bytearray_data(view, obj)
        else:
            self._write(NEXT_BUFFER)
            if view.readonly:
                self._write(READONLY_BUFFER)

    def _save_str(self, obj):
        if self.bin:
            data = _utf8(obj)
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                header = SHORT_BINUNICODE + bytes([n])
            elif n > 0xffffffff and self.proto >= 4:
                header = BINUNICODE8 + pack("<Q", n)
            else:
                header = BINUNICODE + pack("<I", n)
            self._out.write_large(header, data)
        else:
            self._write(UNICODE + _raw_unicode_escape(obj) + b"\n")
        self.memoize(obj)

    # -- containers

    def _save_tuple(self, obj):
        n = len(obj)
        if not n:
            self._write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        small = n <= 3 and self.proto >= 2
        if not small:
            self._write(MARK)
        for item in obj:
            self.save(item)
        if self._in_memo(obj):
            # The tuple contains itself through a mutable object that is now
            # memoized with it: discard the items and fetch the memo entry.
            if small:
                self._write(POP * n)
            else:
                self._write(POP_MARK if self.bin else POP * (n + 1))
            self._get(obj)
            return
        self._write(_TUPLE_SIZE_OPS[n] if small else TUPLE)
        self.memoize(obj)

    def _save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if obj:
            if self.proto > 0:
                self._batch_exact(obj, list(obj), self._save_item, APPEND, APPENDS, False)
            else:
                self._batch_appends(iter(obj))

    def _save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if obj:
            if self.proto > 0:
                self._batch_exact(obj, list(obj.items()), self._save_pair,
                                  SETITEM, SETITEMS, True, "dictionary")
            else:
                self._batch_setitems(iter(obj.items()))

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._write(EMPTY_SET)
        self.memoize(obj)
        if obj:
            self._batch_exact(obj, list(obj), self._save_item, None, ADDITEMS, True, "set")

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        if self._in_memo(obj):
            self._write(POP_MARK)
            self._get(obj)
            return
        self._write(FROZENSET)
        self.memoize(obj)

    def _save_item(self, item):
        self.save(item)

    def _save_pair(self, pair):
        self.save(pair[0])
        self.save(pair[1])

    def _batch_exact(self, container, items, save_one, single_op, batch_op,
                     empty_tail, kind=None):
        """The batching of exact lists, dicts and sets: MARK, up to 1000
        items, APPENDS/SETITEMS/ADDITEMS.  A lone item of a list or dict uses
        APPEND/SETITEM; dicts and sets end with an empty batch when their
        size is a multiple of the batch size, as CPython's loops do."""
        size = len(items)
        if size == 1 and single_op is not None:
            save_one(items[0])
            self._write(single_op)
            return
        start = 0
        while True:
            batch = items[start:start + _BATCHSIZE]
            start += len(batch)
            self._write(MARK)
            for item in batch:
                save_one(item)
            self._write(batch_op)
            if kind is not None and len(container) != size:
                raise RuntimeError(f"{kind} changed size during iteration")
            if empty_tail:
                if len(batch) < _BATCHSIZE:
                    break
            elif start >= size:
                break

    def _batch_appends(self, items):
        self._batch_iter(items, self._save_item, APPEND, APPENDS)

    def _batch_setitems(self, items):
        self._batch_iter(items, self._save_dict_item, SETITEM, SETITEMS)

    def _save_dict_item(self, pair):
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise TypeError("dict items iterator must return 2-tuples")
        self._save_pair(pair)

    def _batch_iter(self, it, save_one, single_op, batch_op):
        """Batching for any iterator (reduce list/dict items, protocol 0)."""
        if self.proto == 0:
            for item in it:
                save_one(item)
                self._write(single_op)
            return
        while True:
            batch = list(islice(it, _BATCHSIZE))
            if not batch:
                return
            if len(batch) == 1:
                save_one(batch[0])
                self._write(single_op)
                return
            self._write(MARK)
            for item in batch:
                save_one(item)
            self._write(batch_op)
            if len(batch) < _BATCHSIZE:
                return

    # -- globals

    def _save_type(self, obj):
        for singleton in (None, NotImplemented, ...):
            if obj is type(singleton):
                self.save_reduce(type, (singleton,), obj=obj)
                return
        self.save_global(obj)

    def save_global(self, obj, name=None):
        """Save obj by reference to its module and qualified name."""
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        for key, stand_in in _STAND_IN_GLOBALS.items():
            if obj is stand_in:
                self._write_global(*key)
                self.memoize(obj)
                return
        path = _dotted_path(name)
        module_name = _whichmodule(obj, path)
        # Which name strings are the same object decides what the memo
        # shares, so CPython's identities are reproduced: class and function
        # names are interned; a builtin function's name is a new string and
        # its module name one string per module, neither interned.
        if _is_builtin_function(obj):
            name = _fresh_str(name)
            module_name = _BUILTIN_MODULE_NAMES.setdefault(
                module_name, _fresh_str(module_name))
        else:
            name = sys.intern(name)
            module_name = sys.intern(module_name)
        try:
            module = _import_module(module_name)
        except Exception:
            raise PicklingError(f"Can't pickle {obj!r}: import of module "
                                f"{module_name!r} failed") from None
        found, parent = _deep_getattr(module, path)
        if found is None and parent is None:
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup "
                                f"{name} on {module_name} failed")
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same "
                                f"object as {module_name}.{name}")
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code is not None:
                self._save_ext(obj, code)
                return
        lastname = path[-1]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            self._write_global(module_name, name)
        self.memoize(obj)

    def _save_ext(self, obj, code):
        if not isinstance(code, int):
            raise PicklingError(f"Can't pickle {obj!r}: extension code "
                                f"{code!r} isn't an integer")
        if not 0 < code <= 0x7fffffff:
            raise PicklingError(f"Can't pickle {obj!r}: extension code "
                                f"{code} is out of range")
        if code <= 0xff:
            self._write(EXT1 + bytes([code]))
        elif code <= 0xffff:
            self._write(EXT2 + pack("<H", code))
        else:
            self._write(EXT4 + pack("<i", code))

    def _write_global(self, module_name, name):
        """A GLOBAL opcode, with Python 2 names for protocols 0-2."""
        if self.fix_imports:
            module_name, name = _REVERSE_NAME_MAPPING.get(
                (module_name, name), (module_name, name))
            module_name = _REVERSE_IMPORT_MAPPING.get(module_name, module_name)
        encoding = "utf-8" if self.proto == 3 else "ascii"
        parts = []
        for kind, text in (("module", module_name), ("global", name)):
            try:
                parts.append(text.encode(encoding))
            except UnicodeEncodeError:
                raise PicklingError(f"can't pickle {kind} identifier "
                                    f"'{text}' using pickle protocol "
                                    f"{self.proto}") from None
        self._write(GLOBAL + parts[0] + b"\n" + parts[1] + b"\n")

    _exact_savers = {
        bytes: _save_bytes,
        str: _save_str,
        dict: _save_dict,
        set: _save_set,
        frozenset: _save_frozenset,
        list: _save_list,
        tuple: _save_tuple,
        bytearray: _save_bytearray,
        PickleBuffer: _save_picklebuffer,
    }


# ---- the unpickler

class _MemoryInput:
    """The input of loads(): the bytes and a read position."""

    def __init__(self, data):
        self.data = bytes(data) if not isinstance(data, bytes) else data
        self.pos = 0

    def read(self, n):
        pos = self.pos
        chunk = self.data[pos:pos + n]
        self.pos = pos + len(chunk)
        return chunk

    def readline(self):
        data = self.data
        end = data.find(b"\n", self.pos)
        end = len(data) if end < 0 else end + 1
        line = data[self.pos:end]
        self.pos = end
        return line


def _truncated():
    return UnpicklingError("pickle data was truncated")


def _decode_escapes(data):
    """The byte string of a protocol 0 STRING argument (Python escapes)."""
    simple = {ord("\\"): 92, ord("'"): 39, ord('"'): 34, ord("a"): 7,
              ord("b"): 8, ord("f"): 12, ord("n"): 10, ord("r"): 13,
              ord("t"): 9, ord("v"): 11}
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        i += 1
        if c != 92 or i >= n:
            out.append(c)
            continue
        c = data[i]
        i += 1
        if c in simple:
            out.append(simple[c])
        elif c == 10:
            pass
        elif 48 <= c <= 55:
            value, count = c - 48, 1
            while count < 3 and i < n and 48 <= data[i] <= 55:
                value = value * 8 + data[i] - 48
                i += 1
                count += 1
            out.append(value & 0xff)
        elif c == ord("x"):
            digits = data[i:i + 2]
            try:
                out.append(int(digits, 16))
                if len(digits) != 2:
                    raise ValueError
            except ValueError:
                raise ValueError(f"invalid \\x escape at position {i - 2}") from None
            i += 2
        else:
            out += bytes([92, c])
    return bytes(out)


def _decode_raw_unicode_escape(data):
    """The text of a protocol 0 UNICODE argument (\\u and \\U escapes only)."""
    out = []
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c == 92 and i + 1 < n and data[i + 1] in (117, 85):
            width = 4 if data[i + 1] == 117 else 8
            digits = data[i + 2:i + 2 + width]
            try:
                if len(digits) != width:
                    raise ValueError
                out.append(chr(int(digits, 16)))
            except ValueError:
                raise UnicodeDecodeError(
                    "rawunicodeescape", bytes(data), i, i + 2 + len(digits),
                    "truncated \\uXXXX escape" if width == 4
                    else "truncated \\UXXXXXXXX escape") from None
            i += 2 + width
        else:
            out.append(chr(c))
            i += 1
    return "".join(out)


def _parse_c_long(text):
    """strtol(text, base 0): decimal, 0x hex, 0o/leading-0 octal."""
    s = text.strip()
    sign = 1
    if s[:1] in ("-", "+"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if s[:2].lower() == "0x":
        return sign * int(s[2:], 16)
    if len(s) > 1 and s[0] == "0":
        return sign * int(s[1:], 8)
    return sign * int(s, 10)


class Unpickler:
    """Read pickles from a binary file-like object."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' "
                            "attributes") from None
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self.memo = {}

    def load(self):
        """Read one pickled object from the file and return it."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError(f"Unpickler.__init__() was not called by "
                                  f"{type(self).__name__}.__init__()")
        self._stack = []
        self._marks = []
        self._persistent_load = getattr(self, "persistent_load", None)
        dispatch = self._dispatch
        read = self._file_read
        while True:
            op = read(1)
            if not op:
                raise EOFError("Ran out of input")
            handler = dispatch.get(op[0])
            if handler is None:
                raise UnpicklingError(f"invalid load key, {chr(op[0])!r}.")
            if handler is Unpickler._load_stop:
                value = self._pop()
                self._stack = self._marks = None
                return value
            handler(self)

    # -- input

    def _read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise _truncated()
        return data

    def _readline(self):
        line = self._file_readline()
        if not line.endswith(b"\n"):
            raise _truncated()
        return line

    def _read_size(self, fmt, size):
        return unpack(fmt, self._read(size))[0]

    # -- the stack

    def _underflow(self):
        return UnpicklingError("unexpected MARK found" if self._marks
                               else "unpickling stack underflow")

    def _fence(self):
        return self._marks[-1] if self._marks else 0

    def _pop(self):
        if len(self._stack) <= self._fence():
            raise self._underflow()
        return self._stack.pop()

    def _top(self):
        if len(self._stack) <= self._fence():
            raise self._underflow()
        return self._stack[-1]

    def _push(self, value):
        self._stack.append(value)

    def _pop_mark(self):
        """The items pushed since the last MARK, removed with the mark."""
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        start = self._marks.pop()
        items = self._stack[start:]
        del self._stack[start:]
        return items

    def _pop_n(self, n):
        if len(self._stack) - self._fence() < n:
            raise self._underflow()
        items = self._stack[len(self._stack) - n:]
        del self._stack[len(self._stack) - n:]
        return items

    # -- opcode handlers

    def _load_proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError(f"unsupported pickle protocol: {proto}")
        self.proto = proto

    def _load_frame(self):
        self._read_size("<Q", 8)

    def _load_stop(self):
        pass

    def _load_mark(self):
        self._marks.append(len(self._stack))

    def _load_pop(self):
        if self._marks and self._marks[-1] == len(self._stack):
            self._marks.pop()
        else:
            self._pop()

    def _load_pop_mark(self):
        self._pop_mark()

    def _load_dup(self):
        self._push(self._top())

    def _load_none(self):
        self._push(None)

    def _load_true(self):
        self._push(True)

    def _load_false(self):
        self._push(False)

    def _load_int(self):
        line = self._readline()
        text = line[:-1].decode("ascii", "replace")
        if line == b"00\n" or line == b"01\n":
            self._push(line == b"01\n")
            return
        try:
            value = _parse_c_long(text)
        except ValueError:
            raise ValueError("could not convert string to int") from None
        self._push(value)

    def _load_binint(self):
        self._push(self._read_size("<i", 4))

    def _load_binint1(self):
        self._push(self._read(1)[0])

    def _load_binint2(self):
        self._push(self._read_size("<H", 2))

    def _load_long(self):
        line = self._readline()
        if line.endswith(b"L\n"):
            line = line[:-2]
        self._push(int(line.decode("ascii"), 10))

    def _load_long_n(self, fmt, size):
        n = self._read_size(fmt, size)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self._push(int.from_bytes(self._read(n), "little", signed=True))

    def _load_long1(self):
        self._load_long_n("<B", 1)

    def _load_long4(self):
        self._load_long_n("<i", 4)

    def _load_float(self):
        line = self._readline()
        try:
            self._push(float(line[:-1].decode("ascii")))
        except (ValueError, UnicodeDecodeError):
            raise ValueError("could not convert string to float") from None

    def _load_binfloat(self):
        self._push(self._read_size(">d", 8))

    def _decode_string(self, data):
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    def _load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b"'", b'"'):
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self._push(self._decode_string(_decode_escapes(data)))

    def _load_sized(self, fmt, size):
        """The payload of an opcode whose length prefix has format `fmt`."""
        n = self._read_size(fmt, size)
        if n < 0:
            raise _truncated()
        return self._read(n)

    def _load_binstring(self):
        self._push(self._decode_string(self._load_sized("<i", 4)))

    def _load_short_binstring(self):
        self._push(self._decode_string(self._load_sized("<B", 1)))

    def _load_unicode(self):
        self._push(_decode_raw_unicode_escape(self._readline()[:-1]))

    def _push_utf8(self, data):
        self._push(str(data, "utf-8", "surrogatepass"))

    def _load_binunicode(self):
        self._push_utf8(self._load_sized("<I", 4))

    def _load_binunicode8(self):
        self._push_utf8(self._load_sized("<Q", 8))

    def _load_short_binunicode(self):
        self._push_utf8(self._load_sized("<B", 1))

    def _load_binbytes(self):
        self._push(bytes(self._load_sized("<I", 4)))

    def _load_binbytes8(self):
        self._push(bytes(self._load_sized("<Q", 8)))

    def _load_short_binbytes(self):
        self._push(bytes(self._load_sized("<B", 1)))

    def _load_bytearray8(self):
        self._push(bytearray(self._load_sized("<Q", 8)))

    def _load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            self._push(next(self._buffers))
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None

    def _load_readonly_buffer(self):
        buf = self._top()
        view = memoryview(buf)
        if not view.readonly:
            self._stack[-1] = view.toreadonly()

    def _load_tuple(self):
        self._push(tuple(self._pop_mark()))

    def _load_empty_tuple(self):
        self._push(())

    def _load_tuple_n(self, n):
        self._push(tuple(self._pop_n(n)))

    def _load_tuple1(self):
        self._load_tuple_n(1)

    def _load_tuple2(self):
        self._load_tuple_n(2)

    def _load_tuple3(self):
        self._load_tuple_n(3)

    def _load_empty_list(self):
        self._push([])

    def _load_empty_dict(self):
        self._push({})

    def _load_empty_set(self):
        self._push(set())

    def _load_list(self):
        self._push(self._pop_mark())

    def _load_dict(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self._push({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _load_frozenset(self):
        self._push(frozenset(self._pop_mark()))

    def _load_append(self):
        value = self._pop()
        self._extend(self._top(), [value])

    def _load_appends(self):
        items = self._pop_mark()
        self._extend(self._top(), items)

    @staticmethod
    def _extend(target, items):
        if type(target) is list:
            target.extend(items)
            return
        extend = getattr(target, "extend", None)
        if extend is not None and len(items) != 1:
            extend(items)
            return
        append = target.append
        for item in items:
            append(item)

    def _load_setitem(self):
        key, value = self._pop_n(2)
        self._top()[key] = value

    def _load_setitems(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _load_additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def _load_global(self):
        module = self._readline()[:-1].decode("utf-8")
        name = self._readline()[:-1].decode("utf-8")
        self._push(self.find_class(module, name))

    def _load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._push(self.find_class(module, name))

    def find_class(self, module, name):
        """Return the object `name` of `module` (overridable to restrict it)."""
        audit = getattr(sys, "audit", None)
        if audit is not None:
            audit("pickle.find_class", module, name)
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_MAPPING:
                module, name = _NAME_MAPPING[(module, name)]
            elif module in _IMPORT_MAPPING:
                module = _IMPORT_MAPPING[module]
        try:
            mod = _import_module(module)
        except ImportError:
            stand_in = _STAND_IN_GLOBALS.get((module, name))
            if stand_in is None:
                raise
            return stand_in
        if self.proto >= 4:
            found, parent = _deep_getattr(mod, _dotted_path(name, mod))
            if parent is not None:
                return found
        else:
            try:
                return getattr(mod, name)
            except AttributeError:
                pass
        raise AttributeError(f"Can't get attribute {name!r} on {mod!r}")

    def _load_ext(self, fmt, size):
        code = self._read_size(fmt, size)
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        if code in copyreg._extension_cache:
            self._push(copyreg._extension_cache[code])
            return
        key = copyreg._inverted_registry.get(code)
        if key is None:
            raise ValueError(f"unregistered extension code {code}")
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self._push(obj)

    def _load_ext1(self):
        self._load_ext("<B", 1)

    def _load_ext2(self):
        self._load_ext("<H", 2)

    def _load_ext4(self):
        self._load_ext("<i", 4)

    def _call(self, func, args):
        """func(*args), reading datetime values in CPython's bytes layout."""
        if (args and type(args[0]) is bytes and isinstance(func, type)
                and "datetime" in sys.modules):
            dt = sys.modules["datetime"]
            if issubclass(func, (dt.date, dt.time)):
                value = _datetime_from_state(func, args)
                if value is not None:
                    return value
        return func(*args)

    def _load_reduce(self):
        args = self._pop()
        func = self._pop()
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        self._push(self._call(func, args))

    def _load_newobj_common(self, with_kwargs):
        opname = "NEWOBJ_EX" if with_kwargs else "NEWOBJ"
        kwargs = self._pop() if with_kwargs else {}
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError(f"{opname} class argument must be a type, "
                                  f"not {_type_name(cls)}")
        if not isinstance(args, tuple):
            raise UnpicklingError(f"{opname} args argument must be a tuple, "
                                  f"not {_type_name(args)}")
        if not isinstance(kwargs, dict):
            raise UnpicklingError(f"{opname} kwargs argument must be a dict, "
                                  f"not {_type_name(kwargs)}")
        self._push(cls.__new__(cls, *args, **kwargs))

    def _load_newobj(self):
        self._load_newobj_common(False)

    def _load_newobj_ex(self):
        self._load_newobj_common(True)

    def _instantiate(self, cls, args):
        if not args and isinstance(cls, type) and not hasattr(cls, "__getinitargs__"):
            self._push(cls.__new__(cls))
        else:
            self._push(self._call(cls, tuple(args)))

    def _load_inst(self):
        module = self._readline()[:-1].decode("ascii")
        name = self._readline()[:-1].decode("ascii")
        args = self._pop_mark()
        self._instantiate(self.find_class(module, name), args)

    def _load_obj(self):
        args = self._pop_mark()
        if not args:
            raise self._underflow()
        self._instantiate(args[0], args[1:])

    def _load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for key, value in state.items():
                if type(key) is str:
                    key = sys.intern(key)
                inst_dict[key] = value
        if slotstate is not None:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for key, value in slotstate.items():
                setattr(inst, key, value)

    def _memo_index(self, text_line=False, fmt=None, size=0):
        if text_line:
            return int(self._readline()[:-1].decode("ascii"))
        return self._read_size(fmt, size)

    def _memo_get(self, idx):
        try:
            self._push(self.memo[idx])
        except KeyError:
            raise UnpicklingError(f"Memo value not found at index {idx}") from None

    def _load_get(self):
        self._memo_get(self._memo_index(True))

    def _load_binget(self):
        self._memo_get(self._read(1)[0])

    def _load_long_binget(self):
        self._memo_get(self._read_size("<I", 4))

    def _memo_put(self, idx, opname):
        value = self._top()
        if idx < 0:
            raise ValueError(f"negative {opname} argument")
        self.memo[idx] = value

    def _load_put(self):
        self._memo_put(self._memo_index(True), "PUT")

    def _load_binput(self):
        self._memo_put(self._read(1)[0], "BINPUT")

    def _load_long_binput(self):
        self._memo_put(self._read_size("<I", 4), "LONG_BINPUT")

    def _load_memoize(self):
        self._memo_put(len(self.memo), "MEMOIZE")

    def _persistent(self, pid):
        if self._persistent_load is None:
            raise UnpicklingError("A load persistent id instruction was "
                                  "encountered,\nbut no persistent_load "
                                  "function was specified.")
        self._push(self._persistent_load(pid))

    def _load_persid(self):
        line = self._readline()[:-1]
        try:
            pid = line.decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be "
                                  "ASCII strings") from None
        self._persistent(pid)

    def _load_binpersid(self):
        self._persistent(self._pop())

    _dispatch = {}


# Opcode byte -> Unpickler handler: one table, built from the opcode names.
for _name in [n for n in __all__ if n.isupper() and n not in
              ("DEFAULT_PROTOCOL", "HIGHEST_PROTOCOL", "TRUE", "FALSE",
               "NEWTRUE", "NEWFALSE")]:
    Unpickler._dispatch[globals()[_name][0]] = getattr(Unpickler, "_load_" + _name.lower())
Unpickler._dispatch[NEWTRUE[0]] = Unpickler._load_true
Unpickler._dispatch[NEWFALSE[0]] = Unpickler._load_false
del _name, _cls


# ---- module-level shortcuts

class _BytesSink:
    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return b"".join(sink.chunks)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_MemoryInput(data), fix_imports=fix_imports,
                     buffers=buffers, encoding=encoding, errors=errors).load()
