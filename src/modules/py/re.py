"""Regular expressions with CPython's sre semantics.

The engine is native (src/modules/re: `_sre_compile` and `_sre_scan`, set in this module before
it runs); this file is the API: flags, Pattern, Match, templates for sub, split,
findall, the compile cache and `error`.
"""

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I",
    "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
    "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

import enum as _enum

_FLAG_NAMES = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
)


def _flag_text(value, names):
    parts = []
    rest = value
    for name, bit in names:
        if value & bit:
            parts.append("re." + name)
            rest &= ~bit
    if rest or not parts:
        if not parts:
            return "re.NOFLAG" if value == 0 else hex(value)
        parts.append(hex(rest))
    return "|".join(parts)


@_enum.global_enum
class RegexFlag(_enum.IntFlag, boundary=_enum.KEEP):
    """An enumeration."""

    # an IntFlag as in CPython (its doc too); global_enum makes the module's A, I, ... its members
    __str__ = object.__str__
    _numeric_repr_ = hex
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128


class error(Exception):
    """Raised for an invalid pattern or template: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error

# The repr order of flags in `re.compile(...)` (pattern_repr in _sre.c).
_REPR_FLAGS = (
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
    ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256),
)


def _text_of(string, pattern_is_str):
    """The str or bytes the engine reads, checking that it fits the pattern."""
    if isinstance(string, str):
        if not pattern_is_str:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return string
    if pattern_is_str:
        if isinstance(string, (bytes, bytearray, memoryview)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)
    if isinstance(string, bytes):
        return string
    if isinstance(string, (bytearray, memoryview)):
        return bytes(string)
    raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


def _index(value, length):
    if type(value) is not int:
        # pos/endpos are C integers: __index__, with CPython's complaint otherwise
        value = range(value).stop
    if value < 0:
        return 0
    return min(value, length)


class Pattern:
    """A compiled regular expression (CPython's `re.Pattern`)."""

    __slots__ = ("pattern", "flags", "groups", "_groupindex", "_is_str", "_code", "__weakref__")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = self.flags
        if self._is_str:
            flags &= ~32
        if not flags:
            return "re.compile(%s)" % text
        return "re.compile(%s, %s)" % (text, _flag_text(flags, _REPR_FLAGS))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __ne__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return not (self.pattern == other.pattern and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        return cls

    def _run(self, string, pos, endpos, mode):
        text = _text_of(string, self._is_str)
        n = len(text)
        spans = _sre_scan(self.pattern, self.flags, text, _index(pos, n), _index(endpos, n), mode, 0)
        if spans is None:
            return None
        return _make_match(self, string, text, pos, endpos, spans)

    # match, search and fullmatch are native (`_sre_install` below), for an exact str or
    # bytes; these serve every other call.
    def _py_match(self, string, pos=0, endpos=9223372036854775807):
        return self._run(string, pos, endpos, 0)

    def _py_search(self, string, pos=0, endpos=9223372036854775807):
        return self._run(string, pos, endpos, 1)

    def _py_fullmatch(self, string, pos=0, endpos=9223372036854775807):
        return self._run(string, pos, endpos, 2)

    def _all(self, string, pos, endpos, limit):
        text = _text_of(string, self._is_str)
        n = len(text)
        return text, _sre_scan(self.pattern, self.flags, text, _index(pos, n), _index(endpos, n), 3, limit)

    def finditer(self, string, pos=0, endpos=9223372036854775807):
        text = _text_of(string, self._is_str)
        n = len(text)
        pos, endpos = _index(pos, n), _index(endpos, n)
        state = [pos, 0]
        # A callable_iterator, as CPython's `iter(scanner.search, None)`: each match is
        # found when asked for.
        return iter(lambda: _sre_next(self, string, text, pos, endpos, state), None)

    def scanner(self, string, pos=0, endpos=9223372036854775807):
        return _Scanner(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=9223372036854775807):
        text = _text_of(string, self._is_str)
        n = len(text)
        return _sre_scan(self.pattern, self.flags, text, _index(pos, n), _index(endpos, n), 4, 0)

    def split(self, string, maxsplit=0):
        text = _text_of(string, self._is_str)
        if maxsplit < 0:
            return [text[:]]
        return _sre_scan(self.pattern, self.flags, text, 0, len(text), 5, maxsplit)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count, False)

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count, True)

    def _subx(self, repl, string, count, with_count):
        text = _text_of(string, self._is_str)
        literal = None
        filter = None
        if callable(repl):
            filter = repl
        elif isinstance(repl, str) == self._is_str and isinstance(
                repl, (str, bytes, bytearray, memoryview)):
            # The common case, done natively: a template of the pattern's own type.
            if not isinstance(repl, str):
                repl = bytes(repl)
            if (b"\\" if isinstance(repl, bytes) else "\\") in repl:
                template = _parse_template(self, repl)
            else:
                template = [repl]
            if count < 0:
                result, n = (text[:], 0)
            else:
                result, n = _sre_sub(self.pattern, self.flags, text, count, template)
            if not n and type(string) is type(text):
                result = string
            return (result, n) if with_count else result
        elif isinstance(repl, (str, bytes, bytearray, memoryview)):
            if (isinstance(repl, str) and "\\" not in repl) or (
                    not isinstance(repl, str) and b"\\" not in bytes(repl)):
                literal = repl
            else:
                template = _parse_template(self, repl if isinstance(repl, str) else bytes(repl))
                filter = lambda m: _expand(template, m)
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(repl).__name__)
        # Empty slices of the string are left out, as pattern_subx does, so a join
        # error names the item index CPython's names.
        parts = []
        last = 0
        n = 0
        state = [0, 0]
        while count >= 0 and (not count or n < count):
            m = _sre_next(self, string, text, 0, len(text), state)
            if m is None:
                break
            n += 1
            s = m._spans
            if s[1] > last:
                parts.append(text[last:s[1]])
            if literal is not None:
                parts.append(literal)
            else:
                item = filter(m)
                if item is not None:
                    parts.append(item)
            last = s[2]
        if last < len(text):
            parts.append(text[last:])
        result = text[:0].join(parts)
        if not n and type(string) is type(text):
            result = string
        if with_count:
            return (result, n)
        return result


def _make_pattern(pattern, flags):
    info = _sre_compile(pattern, flags)
    if isinstance(info[0], str):
        msg, pos, kind = info
        if kind == 1:
            raise OverflowError(msg)
        if kind == 2:
            raise ValueError(msg)
        if kind == 3:
            raise RecursionError(msg)
        # The compiler's errors (a variable-width look-behind) carry no pattern.
        raise error(msg, pattern if pos is not None else None, pos)
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = info[0]
    p.groups = info[1]
    p._groupindex = dict(info[2])
    p._is_str = isinstance(pattern, str)
    p._code = info[3]
    return p


class Match:
    """The result of a successful match (CPython's `re.Match`)."""

    __slots__ = ("re", "string", "pos", "endpos", "lastindex", "_spans", "_text")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, (str, bytes)):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        else:
            try:
                g = g.__index__()
            except (AttributeError, TypeError):
                pass
            else:
                if 0 <= g <= self.re.groups:
                    return g
        raise IndexError("no such group")

    def _source(self):
        return self.string if self._text is None else self._text

    def _get(self, i, default=None):
        a = self._spans[2 * i + 1]
        if a < 0:
            return default
        return self._source()[a:self._spans[2 * i + 2]]

    # group, start, end and span are native (`_sre_install` below) for int groups;
    # these serve every other call.
    def _py_group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def _py_start(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def _py_end(self, group=0):
        return self._spans[2 * self._index(group) + 2]

    def _py_span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i + 1], self._spans[2 * i + 2])

    @property
    def regs(self):
        return tuple((self._spans[2 * i + 1], self._spans[2 * i + 2])
                     for i in range(self.re.groups + 1))

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, i in self.re._groupindex.items():
            if i == self.lastindex:
                return name
        return None

    def expand(self, template):
        return _expand(_parse_template(self.re, _text_of(template, self.re._is_str)), self)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[1], self._spans[2], self._get(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls

    def __sizeof__(self):
        # sizeof(MatchObject): the header, eight fields, then a start and an end per group.
        return 88 + 16 * (self.re.groups + 1)


_sre_install(Pattern, Match)


def _make_match(pattern, string, text, pos, endpos, spans):
    m = object.__new__(Match)
    m.re = pattern
    m.string = string
    n = len(text)
    m.pos = _index(pos, n)
    m.endpos = _index(endpos, n)
    m.lastindex = spans[0] or None
    m._spans = spans
    # The text read when it differs from `string` (a bytearray's bytes); else None, so
    # a match holds one reference to its string, as CPython's does.
    m._text = None if text is string else text
    return m


class _Scanner:
    __slots__ = ("pattern", "_string", "_pos", "_endpos")

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos

    def _step(self, mode):
        text = _text_of(self._string, self.pattern._is_str)
        if self._pos is None or self._pos > len(text):
            return None
        found = _sre_scan(self.pattern.pattern, self.pattern.flags, text,
                      _index(self._pos, len(text)), _index(self._endpos, len(text)), 3, 1)
        if mode == 0:
            m = self.pattern._run(self._string, self._pos, self._endpos, 0)
            if m is None:
                self._pos = None
            else:
                self._pos = m.end() + (m.end() == m.start())
            return m
        if not found:
            self._pos = None
            return None
        s = found[0]
        self._pos = s[2] + (s[1] == s[2])
        return _make_match(self.pattern, self._string, text, 0, self._endpos, s)

    def match(self):
        return self._step(0)

    def search(self):
        return self._step(1)


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_MAXGROUPS = 1073741823


def _template_error(msg, template, pos):
    if isinstance(template, bytes):
        template = template.decode("latin-1")
    return error(msg, template, pos)


def _parse_template(pattern, template):
    """A replacement template as a list of literal pieces and group numbers."""
    is_bytes = isinstance(template, bytes)
    src = template.decode("latin-1") if is_bytes else template
    items = []
    literal = []
    i = 0
    n = len(src)
    groups = pattern.groups

    def add_group(index, pos):
        if index > groups:
            raise error("invalid group reference %d" % index, template, pos)
        if literal:
            items.append("".join(literal))
            del literal[:]
        items.append(index)

    while i < n:
        c = src[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", template, n - 1)
        c = src[i + 1]
        start = i
        i += 2
        if c == "g":
            if i >= n or src[i] != "<":
                raise error("missing <", template, i)
            close = src.find(">", i + 1)
            if close < 0:
                name = src[i + 1:]
                if not name:
                    raise error("missing group name", template, n)
                raise error("missing >, unterminated name", template, i + 1)
            name = src[i + 1:close]
            if not name:
                raise error("missing group name", template, i + 1)
            i = close + 1
            if name.isidentifier():
                index = pattern._groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise error("bad character in group name %r" % name, template,
                                i - len(name) - 1) from None
                if index >= _MAXGROUPS:
                    raise error("invalid group reference %d" % index, template,
                                i - len(name) - 1)
            add_group(index, i - len(name) - 1)
        elif c == "0":
            j = i
            while j < n and j < i + 2 and src[j] in "01234567":
                j += 1
            literal.append(chr(int(src[i - 1:j], 8) & 0xFF))
            i = j
        elif c in "0123456789":
            if i < n and src[i] in "0123456789":
                if (c in "01234567" and src[i] in "01234567" and i + 1 < n
                        and src[i + 1] in "01234567"):
                    value = int(src[i - 1:i + 2], 8)
                    if value > 0o377:
                        raise error("octal escape value %s outside of range 0-0o377"
                                    % src[start:i + 2], template, start)
                    literal.append(chr(value))
                    i += 2
                    continue
                i += 1
            add_group(int(src[start + 1:i]), start + 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\%s" % c, template, start)
        else:
            literal.append("\\" + c)
    if literal:
        items.append("".join(literal))
    if is_bytes:
        items = [x.encode("latin-1") if isinstance(x, str) else x for x in items]
    return items


def _expand(template, match):
    empty = match._source()[:0]
    out = []
    for item in template:
        if isinstance(item, int):
            value = match._get(item)
            if value:
                out.append(value)
        else:
            out.append(item)
    return empty.join(out)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.__index__()
    try:
        return _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & 1:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented "
                      "flag without an obvious purpose. Don't use it.", DeprecationWarning)
    p = _make_pattern(pattern, flags)
    if not flags & 128:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | 1)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    pattern = str(pattern, "latin1")
    return "".join("\\" + c if c in _SPECIAL else c for c in pattern).encode("latin1")


Pattern.__module__ = "re"
Match.__module__ = "re"
# C types in CPython: immutable, named 're.Pattern' and 're.Match' in messages.
__import__('sys')._c_type_name(Pattern)
__import__('sys')._c_type_name(Match)


class Scanner:
    """A simple lexer (undocumented in CPython, used by tutorials): `lexicon` is a list
    of (pattern, action); scan() matches them in turn from the start of the string,
    calls each callable action as action(scanner, text) and collects the results."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._starts = []  # the group each phrase's own text is in
        group = 1
        for phrase, _action in lexicon:
            self._starts.append(group)
            parts.append("(%s)" % phrase)
            group += 1 + compile(phrase, flags).groups
        self.scanner = compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        i = 0
        while True:
            m = self.scanner.match(string, i)
            if m is None:
                break
            j = m.end()
            if i == j:
                break
            for k, start in enumerate(self._starts):
                if m.start(start) != -1:
                    action = self.lexicon[k][1]
                    break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
