"""JSON encoding and decoding (dumps, dump, loads, load).

refpy's own `json`, written from the documented behaviour of CPython 3.11's module and
its C accelerator: `dumps`/`dump` produce the same text (separators, indentation,
escapes, float reprs, key conversions) and `dump` writes the same chunks; `loads`/`load`
accept the same documents, build the same objects (one key object per distinct key in a
document, as CPython's key memo does) and fail with the same `JSONDecodeError` message
and position. `json.decoder` and `json.encoder` are frozen submodules re-exporting the
classes from here, so this module carries an empty `__path__`.
"""

__all__ = [
    "dump",
    "dumps",
    "load",
    "loads",
    "JSONDecoder",
    "JSONDecodeError",
    "JSONEncoder",
]

__version__ = "2.0.9"

try:
    __path__
except NameError:
    __path__ = []

_INFINITY = float("inf")
_WHITESPACE = " \t\n\r"


# ---------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------


class JSONDecodeError(ValueError):
    """A ValueError that also says where decoding failed: msg (the bare message),
    doc (the document), pos (an index into doc), lineno and colno (1-based)."""

    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(
            self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        )
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------

def scanstring(s, end, strict=True):
    """Decodes the JSON string whose opening quote is at s[end - 1]: returns its
    text and the index after its closing quote. With strict False, raw control characters
    may appear inside."""
    return _scanstring(s, end, strict, JSONDecodeError)


_CONSTANTS = {
    "-Infinity": float("-inf"),
    "Infinity": float("inf"),
    "NaN": float("nan"),
}


def _skip_whitespace(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WHITESPACE:
        idx += 1
    return idx


class JSONDecoder(object):
    """Decodes JSON text: objects become dicts (or what object_hook or
    object_pairs_hook make of them), arrays lists, strings str, numbers int or float (or
    what parse_int / parse_float return), true/false/null True/False/None, and the
    non-standard NaN, Infinity and -Infinity floats (or parse_constant's values)."""

    __module__ = "json.decoder"

    def __init__(
        self,
        *,
        object_hook=None,
        parse_float=None,
        parse_int=None,
        parse_constant=None,
        strict=True,
        object_pairs_hook=None
    ):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def decode(self, s):
        """The value of the JSON document s, surrounded by whitespace only."""
        obj, end = self.raw_decode(s, _skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """The value of the JSON document starting at s[idx], and the index where it
        ends; whatever follows is left alone."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

    def scan_once(self, s, idx):
        """The value starting at ``s[idx]`` and the index after it; StopIteration
        when no value starts there."""
        parse_float = self.parse_float
        parse_int = self.parse_int
        return _scan_once(
            s,
            idx,
            self.strict,
            self.object_hook,
            self.object_pairs_hook,
            None if parse_float is float else parse_float,
            None if parse_int is int else parse_int,
            self.parse_constant,
            JSONDecodeError,
        )


# ---------------------------------------------------------------------------------------
# Encoding
# ---------------------------------------------------------------------------------------

# `"`, `\\` and control characters escaped; the ASCII form also escapes everything
# outside printable ASCII, as \uXXXX (surrogate pairs above U+FFFF).
encode_basestring = _encode_basestring
encode_basestring_ascii = _encode_basestring_ascii


class JSONEncoder(object):
    """Encodes dicts as objects, lists and tuples as arrays, str as strings, int
    and float as numbers, and True/False/None as true/false/null. For other objects it
    calls default(), which a subclass (or the default= argument) overrides to return
    something encodable."""

    __module__ = "json.encoder"

    item_separator = ", "
    key_separator = ": "

    def __init__(
        self,
        *,
        skipkeys=False,
        ensure_ascii=True,
        check_circular=True,
        allow_nan=True,
        sort_keys=False,
        indent=None,
        separators=None,
        default=None
    ):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """What to encode in place of o; the base class refuses with TypeError."""
        raise TypeError(
            f"Object of type {o.__class__.__name__} " f"is not JSON serializable"
        )

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return "".join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, as an iterator of chunks (what dump() writes)."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        if _one_shot and indent is None:
            # CPython's C encoder: one chunk.
            return [
                _encode(
                    o,
                    self.check_circular,
                    self.default,
                    self.ensure_ascii,
                    self.item_separator,
                    self.key_separator,
                    sorted if self.sort_keys else None,
                    self.skipkeys,
                    self.allow_nan,
                )
            ]
        return _Writer(self, indent).chunks(o, 0)


class _Writer:
    """One chunked encoding (CPython's pure-Python encoder, which dump() and indenting
    use): the encoder's options and the circular-reference markers."""

    def __init__(self, encoder, indent):
        self.markers = {} if encoder.check_circular else None
        self.default = encoder.default
        self.escape = (
            encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        )
        self.indent = indent
        self.key_separator = encoder.key_separator
        self.item_separator = encoder.item_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.allow_nan = encoder.allow_nan

    def float_text(self, o):
        if o != o:
            text = "NaN"
        elif o == _INFINITY:
            text = "Infinity"
        elif o == -_INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError(
                "Out of range float values are not JSON compliant: " + repr(o)
            )
        return text

    def scalar(self, o):
        """The text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.escape(o)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def key_text(self, key):
        """A dict key as a str; None when skipkeys skips it."""
        if isinstance(key, str):
            return key
        text = self.scalar(key)
        if text is not None:
            return text
        if self.skipkeys:
            return None
        raise TypeError(
            f"keys must be str, int, float, bool or None, "
            f"not {key.__class__.__name__}"
        )

    def enter(self, o):
        markers = self.markers
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    # The iterative encoder yields the chunks CPython's pure-Python encoder yields (what
    # `dump` writes one by one).

    def chunks(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.list_chunks(o, level)
        elif isinstance(o, dict):
            yield from self.dict_chunks(o, level)
        else:
            self.enter(o)
            yield from self.chunks(self.default(o), level)
            self.leave(o)

    def nested_chunks(self, o, level):
        if isinstance(o, (list, tuple)):
            return self.list_chunks(o, level)
        if isinstance(o, dict):
            return self.dict_chunks(o, level)
        return self.chunks(o, level)

    def list_chunks(self, lst, level):
        if not lst:
            yield "[]"
            return
        self.enter(lst)
        prefix = "["
        indent = self.indent
        if indent is not None:
            level += 1
            newline = "\n" + indent * level
            separator = self.item_separator + newline
            prefix += newline
        else:
            newline = None
            separator = self.item_separator
        first = True
        for item in lst:
            if first:
                first = False
            else:
                prefix = separator
            text = self.scalar(item)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from self.nested_chunks(item, level)
        if newline is not None:
            level -= 1
            yield "\n" + indent * level
        yield "]"
        self.leave(lst)

    def dict_chunks(self, dct, level):
        if not dct:
            yield "{}"
            return
        self.enter(dct)
        yield "{"
        indent = self.indent
        if indent is not None:
            level += 1
            newline = "\n" + indent * level
            separator = self.item_separator + newline
            yield newline
        else:
            newline = None
            separator = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, item in items:
            key = self.key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield self.escape(key)
            yield self.key_separator
            text = self.scalar(item)
            if text is not None:
                yield text
            else:
                yield from self.nested_chunks(item, level)
        if newline is not None:
            level -= 1
            yield "\n" + indent * level
        yield "}"
        self.leave(dct)


# ---------------------------------------------------------------------------------------
# The module functions
# ---------------------------------------------------------------------------------------

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder(cls, kw, **options):
    """The shared default encoder when every option is at its default (as CPython takes
    it), else a `cls` (JSONEncoder by default) made with the options."""
    defaults = dict(
        skipkeys=False,
        ensure_ascii=True,
        check_circular=True,
        allow_nan=True,
        indent=None,
        separators=None,
        default=None,
        sort_keys=False,
    )
    if cls is None and not kw and all(
        bool(options[k]) == bool(v) if isinstance(v, bool) else options[k] is v
        for k, v in defaults.items()
    ):
        return _default_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(**options, **kw)


def dump(
    obj,
    fp,
    *,
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    cls=None,
    indent=None,
    separators=None,
    default=None,
    sort_keys=False,
    **kw
):
    """Writes obj as JSON to fp, chunk by chunk (as CPython writes them); the options are
    JSONEncoder's."""
    encoder = _encoder(
        cls,
        kw,
        skipkeys=skipkeys,
        ensure_ascii=ensure_ascii,
        check_circular=check_circular,
        allow_nan=allow_nan,
        indent=indent,
        separators=separators,
        default=default,
        sort_keys=sort_keys,
    )
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(
    obj,
    *,
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    cls=None,
    indent=None,
    separators=None,
    default=None,
    sort_keys=False,
    **kw
):
    """obj as a JSON str; the options are JSONEncoder's."""
    return _encoder(
        cls,
        kw,
        skipkeys=skipkeys,
        ensure_ascii=ensure_ascii,
        check_circular=check_circular,
        allow_nan=allow_nan,
        indent=indent,
        separators=separators,
        default=default,
        sort_keys=sort_keys,
    ).encode(obj)


def detect_encoding(b):
    """The encoding of a JSON document in bytes: a BOM, or the pattern of zero bytes
    that UTF-16 and UTF-32 give the first (ASCII) characters."""
    if b.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")):
        return "utf-32"
    if b.startswith((b"\xfe\xff", b"\xff\xfe")):
        return "utf-16"
    if b.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if len(b) >= 4:
        if not b[0]:
            return "utf-16-be" if b[1] else "utf-32-be"
        if not b[1]:
            return "utf-16-le" if b[2] or b[3] else "utf-32-le"
    elif len(b) == 2:
        if not b[0]:
            return "utf-16-be"
        if not b[1]:
            return "utf-16-le"
    return "utf-8"


def _decode_bytes(b):
    encoding = detect_encoding(b)
    if encoding == "utf-8":
        return bytes(b).decode("utf-8")
    if encoding == "utf-8-sig":
        return bytes(b[3:]).decode("utf-8")
    # UTF-16 and UTF-32 by hand: code units, then surrogate pairs joined.
    width = 4 if encoding.startswith("utf-32") else 2
    data = bytes(b)
    order = "big" if encoding.endswith("-be") else "little"
    if encoding in ("utf-32", "utf-16"):
        order = "big" if data[0] in (0, 0xFE) and data[:2] != b"\xff\xfe" else "little"
        data = data[width:]
    units = [
        int.from_bytes(data[i : i + width], order)
        for i in range(0, len(data) - width + 1, width)
    ]
    out = []
    i = 0
    while i < len(units):
        unit = units[i]
        if 0xD800 <= unit <= 0xDBFF and i + 1 < len(units) and 0xDC00 <= units[i + 1] <= 0xDFFF:
            unit = 0x10000 + ((unit - 0xD800) << 10) + (units[i + 1] - 0xDC00)
            i += 1
        out.append(chr(unit))
        i += 1
    return "".join(out)


def load(
    fp,
    *,
    cls=None,
    object_hook=None,
    parse_float=None,
    parse_int=None,
    parse_constant=None,
    object_pairs_hook=None,
    **kw
):
    """The value of the JSON document fp.read() returns."""
    return loads(
        fp.read(),
        cls=cls,
        object_hook=object_hook,
        parse_float=parse_float,
        parse_int=parse_int,
        parse_constant=parse_constant,
        object_pairs_hook=object_pairs_hook,
        **kw
    )


def loads(
    s,
    *,
    cls=None,
    object_hook=None,
    parse_float=None,
    parse_int=None,
    parse_constant=None,
    object_pairs_hook=None,
    **kw
):
    """The value of the JSON document s (str, or bytes / bytearray in UTF-8,
    UTF-16 or UTF-32); the options are JSONDecoder's."""
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(
                f"the JSON object must be str, bytes or bytearray, "
                f"not {s.__class__.__name__}"
            )
        s = _decode_bytes(s)
    if (
        cls is None
        and object_hook is None
        and parse_int is None
        and parse_float is None
        and parse_constant is None
        and object_pairs_hook is None
        and not kw
    ):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw["object_hook"] = object_hook
    if object_pairs_hook is not None:
        kw["object_pairs_hook"] = object_pairs_hook
    if parse_float is not None:
        kw["parse_float"] = parse_float
    if parse_int is not None:
        kw["parse_int"] = parse_int
    if parse_constant is not None:
        kw["parse_constant"] = parse_constant
    return cls(**kw).decode(s)


# The submodules come with the package, as CPython's json/__init__.py imports them.
from json import decoder, encoder
