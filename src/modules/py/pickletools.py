"""Inspect pickles: `genops` walks the opcodes, `dis` prints a listing.

Only the walking and listing parts of CPython's module are provided (no
`optimize`, no per-opcode documentation).
"""

import io
import sys
from struct import unpack

import pickle

__all__ = ["dis", "genops"]


class ArgumentDescriptor:
    """How an opcode's inline argument is read from the stream."""

    def __init__(self, name, reader):
        self.name = name
        self.reader = reader

    def __repr__(self):
        return self.name


class OpcodeInfo:
    def __init__(self, name, code, arg, proto, pops_mark):
        self.name = name
        self.code = code
        self.arg = arg
        self.proto = proto
        self.pops_mark = pops_mark

    def __repr__(self):
        return f"<OpcodeInfo {self.name}>"


def _read_exact(f, n):
    data = f.read(n)
    if len(data) != n:
        raise ValueError(f"expected {n} bytes in a {n}-byte argument, "
                         f"but only {len(data)} remain")
    return data


def _fixed(fmt, size):
    return lambda f: unpack(fmt, _read_exact(f, size))[0]


def _line(f):
    data = f.readline()
    if not data.endswith(b"\n"):
        raise ValueError("no newline found when trying to read stringnl")
    return data[:-1]


def _text_line(f):
    return _line(f).decode("latin-1")


def _sized(size_reader, convert):
    def read(f):
        n = size_reader(f)
        if n < 0:
            raise ValueError(f"negative byte count: {n}")
        return convert(_read_exact(f, n))
    return read


def _int_line(f):
    text = _text_line(f)
    if text == "00":
        return False
    if text == "01":
        return True
    return int(text)


def _long_line(f):
    text = _text_line(f)
    if text.endswith("L"):
        text = text[:-1]
    return int(text)


def _string_line(f):
    text = _line(f)
    for quote in (b"'", b'"'):
        if len(text) >= 2 and text.startswith(quote) and text.endswith(quote):
            return pickle._decode_escapes(text[1:-1]).decode("latin-1")
    raise ValueError(f"no string quotes around {text!r}")


def _global_pair(f):
    module = _text_line(f)
    return module + " " + _text_line(f)


_u1, _u2, _i4 = _fixed("<B", 1), _fixed("<H", 2), _fixed("<i", 4)
_u4, _u8 = _fixed("<I", 4), _fixed("<Q", 8)
_latin1 = lambda b: b.decode("latin-1")
_utf8 = lambda b: b.decode("utf-8", "surrogatepass")
_long = lambda b: int.from_bytes(b, "little", signed=True)

_ARGS = {
    "uint1": _u1, "uint2": _u2, "int4": _i4, "uint4": _u4, "uint8": _u8,
    "decimalnl_short": _int_line, "decimalnl_long": _long_line,
    "floatnl": lambda f: float(_text_line(f)),
    "float8": _fixed(">d", 8),
    "stringnl": _string_line,
    "stringnl_noescape": _text_line,
    "stringnl_noescape_pair": _global_pair,
    "unicodestringnl": lambda f: pickle._decode_raw_unicode_escape(_line(f)),
    "long1": _sized(_u1, _long), "long4": _sized(_i4, _long),
    "string1": _sized(_u1, _latin1), "string4": _sized(_i4, _latin1),
    "bytes1": _sized(_u1, bytes), "bytes4": _sized(_u4, bytes),
    "bytes8": _sized(_u8, bytes), "bytearray8": _sized(_u8, bytearray),
    "unicodestring1": _sized(_u1, _utf8), "unicodestring4": _sized(_u4, _utf8),
    "unicodestring8": _sized(_u8, _utf8),
}

# name, argument kind, protocol, whether it consumes a MARK.  The opcode
# bytes themselves come from the constants of the pickle module.
_TABLE = [
    ("INT", "decimalnl_short", 0, 0), ("BININT", "int4", 1, 0),
    ("BININT1", "uint1", 1, 0), ("BININT2", "uint2", 1, 0),
    ("LONG", "decimalnl_long", 0, 0), ("LONG1", "long1", 2, 0),
    ("LONG4", "long4", 2, 0), ("STRING", "stringnl", 0, 0),
    ("BINSTRING", "string4", 1, 0), ("SHORT_BINSTRING", "string1", 1, 0),
    ("BINBYTES", "bytes4", 3, 0), ("SHORT_BINBYTES", "bytes1", 3, 0),
    ("BINBYTES8", "bytes8", 4, 0), ("BYTEARRAY8", "bytearray8", 5, 0),
    ("NEXT_BUFFER", None, 5, 0), ("READONLY_BUFFER", None, 5, 0),
    ("NONE", None, 0, 0), ("NEWTRUE", None, 2, 0), ("NEWFALSE", None, 2, 0),
    ("UNICODE", "unicodestringnl", 0, 0),
    ("SHORT_BINUNICODE", "unicodestring1", 4, 0),
    ("BINUNICODE", "unicodestring4", 1, 0),
    ("BINUNICODE8", "unicodestring8", 4, 0), ("FLOAT", "floatnl", 0, 0),
    ("BINFLOAT", "float8", 1, 0), ("EMPTY_LIST", None, 1, 0),
    ("APPEND", None, 0, 0), ("APPENDS", None, 1, 1), ("LIST", None, 0, 1),
    ("EMPTY_TUPLE", None, 1, 0), ("TUPLE", None, 0, 1),
    ("TUPLE1", None, 2, 0), ("TUPLE2", None, 2, 0), ("TUPLE3", None, 2, 0),
    ("EMPTY_DICT", None, 1, 0), ("DICT", None, 0, 1),
    ("SETITEM", None, 0, 0), ("SETITEMS", None, 1, 1),
    ("EMPTY_SET", None, 4, 0), ("ADDITEMS", None, 4, 1),
    ("FROZENSET", None, 4, 1), ("POP", None, 0, 0), ("DUP", None, 0, 0),
    ("MARK", None, 0, 0), ("POP_MARK", None, 1, 1),
    ("GET", "decimalnl_short", 0, 0), ("BINGET", "uint1", 1, 0),
    ("LONG_BINGET", "uint4", 1, 0), ("PUT", "decimalnl_short", 0, 0),
    ("BINPUT", "uint1", 1, 0), ("LONG_BINPUT", "uint4", 1, 0),
    ("MEMOIZE", None, 4, 0), ("EXT1", "uint1", 2, 0), ("EXT2", "uint2", 2, 0),
    ("EXT4", "int4", 2, 0), ("GLOBAL", "stringnl_noescape_pair", 0, 0),
    ("STACK_GLOBAL", None, 4, 0), ("REDUCE", None, 0, 0),
    ("BUILD", None, 0, 0), ("INST", "stringnl_noescape_pair", 0, 1),
    ("OBJ", None, 1, 1), ("NEWOBJ", None, 2, 0), ("NEWOBJ_EX", None, 4, 0),
    ("PROTO", "uint1", 2, 0), ("STOP", None, 0, 0), ("FRAME", "uint8", 4, 0),
    ("PERSID", "stringnl_noescape", 0, 0), ("BINPERSID", None, 1, 0),
]

opcodes = [OpcodeInfo(name, getattr(pickle, name).decode("latin-1"),
                      ArgumentDescriptor(kind, _ARGS[kind]) if kind else None,
                      proto, bool(pops_mark))
           for name, kind, proto, pops_mark in _TABLE]
code2op = {op.code: op for op in opcodes}


def genops(pickle):
    """Yield (opcode, argument or None, position or None) for each opcode
    of a pickle given as bytes or a binary file."""
    if isinstance(pickle, (bytes, bytearray)):
        pickle = io.BytesIO(pickle)
    getpos = getattr(pickle, "tell", None)
    while True:
        pos = getpos() if getpos is not None else None
        code = pickle.read(1)
        op = code2op.get(code.decode("latin-1"))
        if op is None:
            if code == b"":
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError(f"at position {'<unknown>' if pos is None else pos}, "
                             f"opcode {code!r} unknown")
        arg = op.arg.reader(pickle) if op.arg is not None else None
        yield op, arg, pos
        if code == b".":
            assert op.name == "STOP"
            break


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Print a symbolic listing of a pickle, one opcode a line, indented by
    the MARKs in effect."""
    out = sys.stdout if out is None else out
    memo = {} if memo is None else memo
    markstack = []
    maxproto = -1
    for op, arg, pos in genops(pickle):
        maxproto = max(maxproto, op.proto)
        line = "%5d: %-4s %s%s" % (pos, repr(op.code)[1:-1],
                                   " " * indentlevel * len(markstack), op.name)
        note = error = None
        if op.pops_mark:
            if not markstack:
                raise ValueError("no MARK exists on stack")
            note = f"(MARK at {markstack.pop()})"
        elif op.name == "MARK":
            markstack.append(pos)
        elif op.name == "MEMOIZE":
            note = f"(as {len(memo)})"
            memo[len(memo)] = None
        elif op.name in ("PUT", "BINPUT", "LONG_BINPUT"):
            memo[arg] = None
        elif op.name in ("GET", "BINGET", "LONG_BINGET") and arg not in memo:
            error = f"memo key {arg!r} has never been stored into"
        if arg is not None or note:
            line += " " * (10 - len(op.name))
            if arg is not None:
                line += " " + repr(arg)
            if note:
                line += " " + note
        print(line, file=out)
        if error:
            raise ValueError(error)
    print("highest protocol among opcodes =", maxproto, file=out)
    if markstack:
        raise ValueError(f"stack not empty after STOP: {markstack}")
