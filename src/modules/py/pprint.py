"""Pretty-printing of Python data structures.

refpy's `pprint`, written from the module's documentation and the layouts the reference
interpreter produces. An object whose one-line repr fits in the space left on its line is
printed as that repr; otherwise, when its type's __repr__ is one this module knows (dict,
list, tuple, sets, str, bytes, bytearray, mappingproxy, SimpleNamespace, the
`collections` types, dataclasses), it is laid out over several lines, its parts
recursively getting the same treatment.
"""

import collections as _coll
import sys as _sys
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Write the pretty form of object to stream (default sys.stdout), with a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty form of object, as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() that keeps dicts in insertion order unless told otherwise."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr of object that survives recursive data structures."""
    return PrettyPrinter()._plain(object, {}, None, 0)[0]


def isreadable(object):
    """Whether eval() could rebuild object from its saferepr()."""
    return PrettyPrinter()._plain(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself somewhere."""
    return PrettyPrinter()._plain(object, {}, None, 0)[2]


class _Ordered:
    """Sort key that never fails: values that cannot be compared fall back on
    (type name, id) so that mixed-type dicts and sets still print."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = (str(type(self.value)), id(self.value))
            theirs = (str(type(other.value)), id(other.value))
            return mine < theirs


def _item_key(pair):
    return _Ordered(pair[0]), _Ordered(pair[1])


def _recursion_note(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


def _word_runs(line):
    """line cut after each run of whitespace: every piece is some non-space
    characters followed by the spaces after them."""
    pieces = []
    start = 0
    prev_space = False
    for pos, ch in enumerate(line):
        space = ch.isspace()
        if prev_space and not space:
            pieces.append(line[start:pos])
            start = pos
        prev_space = space
    if start < len(line):
        pieces.append(line[start:])
    return pieces


def _pack(pieces, limit, last_limit, join):
    """Greedily join consecutive pieces into reprs of at most `limit` characters
    (`last_limit` while the last piece is being added)."""
    reprs = []
    current = None
    final = len(pieces) - 1
    for number, piece in enumerate(pieces):
        candidate = piece if current is None else join(current, piece)
        room = last_limit if number == final else limit
        if len(repr(candidate)) > room:
            if current:
                reprs.append(repr(current))
            current = piece
        else:
            current = candidate
    if current:
        reprs.append(repr(current))
    return reprs


def _is_generated_dataclass_repr(obj):
    cls = type(obj)
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or isinstance(obj, type) or not params.repr:
        return False
    method = cls.__repr__
    inner = getattr(method, "__wrapped__", None)
    if inner is not None:
        return "__create_fn__" in inner.__qualname__
    code = getattr(method, "__code__", None)
    return code is not None and code.co_name == "__repr__" and (
        code.co_filename.endswith("dataclasses>")
        or code.co_filename.endswith("dataclasses.py"))


class PrettyPrinter:
    """Formats objects over lines of at most `width` characters (as far as their
    parts allow), `indent` more spaces per nesting level, down to `depth` levels."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._step = indent
        self._line_width = width
        self._max_depth = depth
        self._target = _sys.stdout if stream is None else stream
        self._dense = bool(compact)
        self._sort_keys = sort_dicts
        self._underscores = underscore_numbers

    # -- public interface ---------------------------------------------------------

    def pprint(self, object):
        if self._target is not None:
            self._target.write(self.pformat(object))
            self._target.write("\n")

    def pformat(self, object):
        out = []
        self._emit(object, out, 0, 0, {}, 0)
        return "".join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) for object; subclasses may override this to
        change how objects are shown. context holds the ids of the containers being
        formatted, level their depth, maxlevels the limit (0 or None: none)."""
        return self._plain(object, context, maxlevels, level)

    # -- one-line reprs -----------------------------------------------------------

    def _oneline(self, obj, context, level):
        return self.format(obj, context.copy(), self._max_depth, level)[0]

    def _plain(self, obj, context, maxlevels, level):
        cls = type(obj)
        if cls in _SCALARS:
            return repr(obj), True, False
        own_repr = getattr(cls, "__repr__", None)
        if own_repr is int.__repr__ and issubclass(cls, int):
            if self._underscores:
                return format(obj, "_d"), True, False
            return repr(obj), True, False
        if own_repr is dict.__repr__ and issubclass(cls, dict):
            if not obj:
                return "{}", True, False
            return self._plain_parts(obj, "{%s}", None, context, maxlevels, level)
        if own_repr is list.__repr__ and issubclass(cls, list):
            if not obj:
                return "[]", True, False
            return self._plain_parts(obj, "[%s]", obj, context, maxlevels, level)
        if own_repr is tuple.__repr__ and issubclass(cls, tuple):
            if len(obj) == 1:
                template = "(%s,)"
            elif not obj:
                return "()", True, False
            else:
                template = "(%s)"
            return self._plain_parts(obj, template, obj, context, maxlevels, level)
        text = repr(obj)
        return text, (text and not text.startswith("<")), False

    def _plain_parts(self, obj, template, entries, context, maxlevels, level):
        """repr of a dict (entries None), list or tuple, built from the
        format() of each part; guards against recursion and the depth limit."""
        key = id(obj)
        if maxlevels and level >= maxlevels:
            return template % "...", False, key in context
        if key in context:
            return _recursion_note(obj), False, True
        context[key] = 1
        level += 1
        texts = []
        readable, recursive = True, False
        if entries is None:
            # a dict: "key: value" parts, in sorted order unless sort_dicts is off
            pairs = obj.items()
            if self._sort_keys:
                pairs = sorted(pairs, key=_item_key)
            for k, v in pairs:
                k_text, k_ok, k_rec = self.format(k, context, maxlevels, level)
                v_text, v_ok, v_rec = self.format(v, context, maxlevels, level)
                texts.append(k_text + ": " + v_text)
                readable = readable and k_ok and v_ok
                if k_rec or v_rec:
                    recursive = True
        else:
            for entry in entries:
                text, ok, rec = self.format(entry, context, maxlevels, level)
                texts.append(text)
                if not ok:
                    readable = False
                if rec:
                    recursive = True
        del context[key]
        return template % ", ".join(texts), readable, recursive

    # -- multi-line layout --------------------------------------------------------

    def _emit(self, obj, out, indent, allowance, context, level):
        """Append obj's text to out: its repr if that fits in the rest of the line
        (width minus indent minus the closing characters that must follow it),
        otherwise a layout over several lines when its type has one."""
        key = id(obj)
        if key in context:
            out.append(_recursion_note(obj))
            return
        text = self._oneline(obj, context, level)
        if len(text) > self._line_width - indent - allowance:
            name = _LAYOUTS.get(type(obj).__repr__)
            if name is None and _is_generated_dataclass_repr(obj):
                name = "_lay_dataclass"
            if name is not None:
                context[key] = 1
                getattr(self, name)(obj, out, indent, allowance, context, level + 1)
                del context[key]
                return
        out.append(text)

    def _pad(self, out):
        # indents wider than one continue on the first line after the bracket
        if self._step > 1:
            out.append(" " * (self._step - 1))

    def _sequence(self, entries, out, indent, allowance, context, level):
        """The elements of a list, tuple, set or deque, one per line (or, when
        compact, as many reprs per line as fit)."""
        indent += self._step
        self._pad(out)
        newline = ",\n" + " " * indent
        space = full = self._line_width - indent + 1
        entries = list(entries)
        count = len(entries)
        sep = ""
        for number, entry in enumerate(entries):
            last = number == count - 1
            if last:
                space -= allowance
                full -= allowance
            if self._dense:
                text = self._oneline(entry, context, level)
                need = len(text) + 2
                if space < need:
                    space = full
                    if sep:
                        sep = newline
                if space >= need:
                    space -= need
                    out.append(sep)
                    out.append(text)
                    sep = ", "
                    continue
            out.append(sep)
            sep = newline
            self._emit(entry, out, indent, allowance if last else 1, context, level)

    def _pairs(self, pairs, out, indent, allowance, context, level):
        """`key: value` lines of a dict-like object."""
        indent += self._step
        newline = ",\n" + " " * indent
        pairs = list(pairs)
        for number, (k, v) in enumerate(pairs):
            last = number == len(pairs) - 1
            k_text = self._oneline(k, context, level)
            out.append(k_text + ": ")
            self._emit(v, out, indent + len(k_text) + 2, allowance if last else 1,
                       context, level)
            if not last:
                out.append(newline)

    def _keywords(self, pairs, out, indent, allowance, context, level):
        """`name=value` lines of a namespace or dataclass."""
        newline = ",\n" + " " * indent
        pairs = list(pairs)
        for number, (name, v) in enumerate(pairs):
            last = number == len(pairs) - 1
            out.append(name + "=")
            if id(v) in context:
                out.append("...")  # as the generated dataclass repr shows recursion
            else:
                self._emit(v, out, indent + len(name) + 1, allowance if last else 1,
                           context, level)
            if not last:
                out.append(newline)

    def _lay_dict(self, obj, out, indent, allowance, context, level):
        out.append("{")
        self._pad(out)
        if len(obj):
            pairs = sorted(obj.items(), key=_item_key) if self._sort_keys else obj.items()
            self._pairs(pairs, out, indent, allowance + 1, context, level)
        out.append("}")

    def _lay_ordered_dict(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + "(")
        self._emit(list(obj.items()), out, indent + len(name) + 1, allowance + 1,
                   context, level)
        out.append(")")

    def _lay_list(self, obj, out, indent, allowance, context, level):
        out.append("[")
        self._sequence(obj, out, indent, allowance + 1, context, level)
        out.append("]")

    def _lay_tuple(self, obj, out, indent, allowance, context, level):
        closer = ",)" if len(obj) == 1 else ")"
        out.append("(")
        self._sequence(obj, out, indent, allowance + len(closer), context, level)
        out.append(closer)

    def _lay_set(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.append(repr(obj))
            return
        cls = type(obj)
        if cls is set:
            opener, closer = "{", "}"
        else:
            opener, closer = cls.__name__ + "({", "})"
            indent += len(cls.__name__) + 1
        out.append(opener)
        members = sorted(obj, key=_Ordered)
        self._sequence(members, out, indent, allowance + len(closer), context, level)
        out.append(closer)

    def _lay_str(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.append(repr(obj))
            return
        outermost = level == 1
        if outermost:
            # the pieces get parentheses around them
            indent += 1
            allowance += 1
        room = self._line_width - indent
        lines = obj.splitlines(True)
        chunks = []
        for number, line in enumerate(lines):
            is_last_line = number == len(lines) - 1
            whole = repr(line)
            if len(whole) <= (room - allowance if is_last_line else room):
                chunks.append(whole)
                continue
            last_room = room - allowance if is_last_line else room
            chunks.extend(_pack(_word_runs(line), room, last_room, str.__add__))
        if len(chunks) == 1:
            out.append(chunks[0])
            return
        self._stack(chunks, out, indent, outermost)

    def _stack(self, chunks, out, indent, parenthesize):
        if parenthesize:
            out.append("(")
        out.append(("\n" + " " * indent).join(chunks))
        if parenthesize:
            out.append(")")

    def _lay_bytes(self, obj, out, indent, allowance, context, level):
        if len(obj) <= 4:
            out.append(repr(obj))
            return
        outermost = level == 1
        if outermost:
            indent += 1
            allowance += 1
        room = self._line_width - indent
        quads = [obj[pos:pos + 4] for pos in range(0, len(obj), 4)]
        chunks = self._pack_bytes(quads, room, allowance, len(obj))
        self._stack(chunks, out, indent, outermost)

    @staticmethod
    def _pack_bytes(quads, room, allowance, size):
        # The allowance counts from the group that starts at size // 4 * 4: when
        # size is a multiple of 4 there is no such group and it is never counted.
        reprs = []
        current = b""
        boundary = size // 4 * 4
        for number, quad in enumerate(quads):
            if number * 4 == boundary:
                room -= allowance
            candidate = current + quad
            if len(repr(candidate)) > room:
                if current:
                    reprs.append(repr(current))
                current = quad
            else:
                current = candidate
        if current:
            reprs.append(repr(current))
        return reprs

    def _lay_bytearray(self, obj, out, indent, allowance, context, level):
        out.append("bytearray(")
        self._lay_bytes(bytes(obj), out, indent + 10, allowance + 1, context, level + 1)
        out.append(")")

    def _lay_mappingproxy(self, obj, out, indent, allowance, context, level):
        out.append("mappingproxy(")
        self._emit(obj.copy(), out, indent + 13, allowance + 1, context, level)
        out.append(")")

    def _lay_namespace(self, obj, out, indent, allowance, context, level):
        cls = type(obj)
        # SimpleNamespace's own repr calls it "namespace"
        name = "namespace" if cls is _types.SimpleNamespace else cls.__name__
        out.append(name + "(")
        self._keywords(obj.__dict__.items(), out, indent + len(name) + 1, allowance,
                       context, level)
        out.append(")")

    def _lay_dataclass(self, obj, out, indent, allowance, context, level):
        import dataclasses

        name = type(obj).__name__
        shown = [(f.name, getattr(obj, f.name))
                 for f in dataclasses.fields(obj) if f.repr]
        out.append(name + "(")
        self._keywords(shown, out, indent + len(name) + 1, allowance, context, level)
        out.append(")")

    def _lay_defaultdict(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.append(repr(obj))
            return
        factory = self._oneline(obj.default_factory, context, level)
        name = type(obj).__name__
        indent += len(name) + 1
        out.append("%s(%s,\n%s" % (name, factory, " " * indent))
        self._lay_dict(obj, out, indent, allowance + 1, context, level)
        out.append(")")

    def _lay_counter(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + "({")
        self._pad(out)
        self._pairs(obj.most_common(), out, indent + len(name) + 1, allowance + 2,
                    context, level)
        out.append("})")

    def _lay_chainmap(self, obj, out, indent, allowance, context, level):
        maps = obj.maps
        if not len(maps):
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + "(")
        indent += len(name) + 1
        for number, mapping in enumerate(maps):
            if number < len(maps) - 1:
                self._emit(mapping, out, indent, 1, context, level)
                out.append(",\n" + " " * indent)
            else:
                self._emit(mapping, out, indent, allowance + 1, context, level)
                out.append(")")

    def _lay_deque(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.append(repr(obj))
            return
        name = type(obj).__name__
        indent += len(name) + 1
        out.append(name + "([")
        if obj.maxlen is None:
            self._sequence(obj, out, indent, allowance + 2, context, level)
            out.append("])")
            return
        self._sequence(obj, out, indent, 2, context, level)
        limit = self._oneline(obj.maxlen, context, level)
        out.append("],\n%smaxlen=%s)" % (" " * indent, limit))

    def _lay_wrapped(self, obj, out, indent, allowance, context, level):
        # UserDict, UserList, UserString: laid out as the object they wrap
        self._emit(obj.data, out, indent, allowance, context, level - 1)


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})

_LAYOUTS = {
    dict.__repr__: "_lay_dict",
    _coll.OrderedDict.__repr__: "_lay_ordered_dict",
    list.__repr__: "_lay_list",
    tuple.__repr__: "_lay_tuple",
    set.__repr__: "_lay_set",
    frozenset.__repr__: "_lay_set",
    str.__repr__: "_lay_str",
    bytes.__repr__: "_lay_bytes",
    bytearray.__repr__: "_lay_bytearray",
    _types.MappingProxyType.__repr__: "_lay_mappingproxy",
    _types.SimpleNamespace.__repr__: "_lay_namespace",
    _coll.defaultdict.__repr__: "_lay_defaultdict",
    _coll.Counter.__repr__: "_lay_counter",
    _coll.ChainMap.__repr__: "_lay_chainmap",
    _coll.deque.__repr__: "_lay_deque",
    _coll.UserDict.__repr__: "_lay_wrapped",
    _coll.UserList.__repr__: "_lay_wrapped",
    _coll.UserString.__repr__: "_lay_wrapped",
}
