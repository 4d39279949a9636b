"""refpy's tomllib: read TOML 1.0 documents (`loads`, `load`, `TOMLDecodeError`).

Written for refpy from the TOML 1.0 specification and the tomllib documentation, and
checked against python3's results and error texts (not CPython's Lib). One pass over the
text with a position `at`; every error names its place as "(at line L, column C)" or
"(at end of document)". CRLF becomes LF before parsing.

Which tables a document may still add to is kept in two sets of key paths (paths leave
out array indexes; starting a new `[[array]]` element forgets what was below it):
`_declared` holds tables a `[header]` named or a dotted key made (dotted keys count once
the next header starts), `_frozen` the inline tables and arrays, closed with all below.
"""

import string as _string
from datetime import date as _date, datetime as _datetime, time as _time
from datetime import timedelta as _timedelta, timezone as _timezone
import re as _re

__all__ = ('loads', 'load', 'TOMLDecodeError')


class TOMLDecodeError(ValueError):
    """An error while decoding a TOML document."""


_WS = ' \t'
_BARE = frozenset(_string.ascii_letters + _string.digits + '-_')
_KEY_START = _BARE | {'"', "'"}
# Control characters other than tab; strings and comments may not hold them raw.
_CONTROL = frozenset(chr(c) for c in range(32) if c != 9) | {'\x7f'}
_ESCAPES = {'\\b': '\b', '\\t': '\t', '\\n': '\n', '\\f': '\f', '\\r': '\r',
            '\\"': '"', '\\\\': '\\'}

_DIGITS = '[0-9](?:_?[0-9])*'
_NUMBER = _re.compile(
    r'0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*'
    r'|0o[0-7](?:_?[0-7])*'
    r'|0b[01](?:_?[01])*'
    r'|[+-]?(?:0|[1-9](?:_?[0-9])*)'
    r'(?P<frac>(?:\.' + _DIGITS + r')?(?:[eE][+-]?' + _DIGITS + r')?)')
_CLOCK = r'([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?'
_DATETIME = _re.compile(
    r'([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])'
    r'(?:[Tt ]' + _CLOCK + r'(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?')
_LOCAL_TIME = _re.compile(_CLOCK)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document from a str; return a dict."""
    text = s.replace('\r\n', '\n')
    return _Parser(text, _checked_float(parse_float)).document()


def load(fp, /, *, parse_float=float):
    """Parse a TOML document from a binary file object; return a dict."""
    raw = fp.read()
    try:
        text = raw.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def _checked_float(parse_float):
    if parse_float is float:
        return float

    def checked(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError('parse_float must not return dicts or lists')
        return value

    return checked


def _under(path, prefix):
    return path[:len(prefix)] == prefix


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.n = len(src)
        self.parse_float = parse_float
        self.root = {}
        self._declared = set()
        self._frozen = set()
        self._pending = []

    # --- positions and errors -------------------------------------------------

    def fail(self, at, message):
        src = self.src
        if at >= self.n:
            where = 'end of document'
        else:
            line = src.count('\n', 0, at) + 1
            column = at + 1 if line == 1 else at - src.rindex('\n', 0, at)
            where = f'line {line}, column {column}'
        return TOMLDecodeError(f'{message} (at {where})')

    def char(self, at):
        return self.src[at] if at < self.n else ''

    def skip_ws(self, at):
        src, n = self.src, self.n
        while at < n and src[at] in _WS:
            at += 1
        return at

    def skip_comment(self, at):
        src, n = self.src, self.n
        if at < n and src[at] == '#':
            at += 1
            while at < n and src[at] != '\n':
                if src[at] in _CONTROL:
                    raise self.fail(at, f'Found invalid character {src[at]!r}')
                at += 1
        return at

    def skip_blank(self, at):
        # Inside arrays: spaces, newlines and comments.
        while True:
            start = at
            at = self.skip_ws(at)
            while self.char(at) == '\n':
                at = self.skip_ws(at + 1)
            at = self.skip_comment(at)
            if at == start:
                return at

    # --- the document -----------------------------------------------------------

    def document(self):
        at = 0
        header = ()
        src = self.src
        while True:
            at = self.skip_ws(at)
            if at >= self.n:
                break
            c = src[at]
            if c == '\n':
                at += 1
                continue
            if c in _KEY_START:
                at = self.key_value_statement(at, header)
            elif c == '[':
                if self.char(at + 1) == '[':
                    at, header = self.array_header(at + 2)
                else:
                    at, header = self.table_header(at + 1)
            elif c != '#':
                raise self.fail(at, 'Invalid statement')
            at = self.skip_comment(self.skip_ws(at))
            if at >= self.n:
                break
            if src[at] != '\n':
                raise self.fail(at, 'Expected newline or end of document after a statement')
            at += 1
        return self.root

    def _flush_pending(self):
        self._declared.update(self._pending)
        self._pending = []

    def _is_frozen(self, path):
        return any(path[:i] in self._frozen for i in range(1, len(path) + 1))

    def _nest(self, path, at):
        """The table at `path` (the last element of an array of tables), made as needed."""
        table = self.root
        for part in path:
            if part not in table:
                table[part] = {}
            table = table[part]
            if isinstance(table, list):
                table = table[-1]
            if not isinstance(table, dict):
                raise self.fail(at, 'Cannot overwrite a value')
        return table

    def table_header(self, at):
        self._flush_pending()
        at = self.skip_ws(at)
        at, key = self.key(at)
        at = self.skip_ws(at)
        if key in self._declared or self._is_frozen(key):
            raise self.fail(at, f'Cannot declare {key} twice')
        self._declared.add(key)
        self._nest(key, at)
        if self.char(at) != ']':
            raise self.fail(at, "Expected ']' at the end of a table declaration")
        return at + 1, key

    def array_header(self, at):
        self._flush_pending()
        at = self.skip_ws(at)
        at, key = self.key(at)
        at = self.skip_ws(at)
        if self._is_frozen(key):
            raise self.fail(at, f'Cannot mutate immutable namespace {key}')
        # A new element: whatever was declared below the previous one is forgotten.
        self._declared = {p for p in self._declared if not _under(p, key)}
        self._frozen = {p for p in self._frozen if not _under(p, key)}
        self._declared.add(key)
        parent = self._nest(key[:-1], at)
        last = key[-1]
        if last not in parent:
            parent[last] = [{}]
        elif isinstance(parent[last], list):
            parent[last].append({})
        else:
            raise self.fail(at, 'Cannot overwrite a value')
        if not self.src.startswith(']]', at):
            raise self.fail(at, "Expected ']]' at the end of an array declaration")
        return at + 2, key

    def key_value_statement(self, at, header):
        at, key, value = self.key_value(at)
        parent, last = key[:-1], key[-1]
        full_parent = header + parent
        for i in range(1, len(parent) + 1):
            made = header + key[:i]
            if made in self._declared:
                raise self.fail(at, f'Cannot redefine namespace {made}')
            self._pending.append(made)
        if self._is_frozen(full_parent):
            raise self.fail(at, f'Cannot mutate immutable namespace {full_parent}')
        table = self._nest(full_parent, at)
        if last in table:
            raise self.fail(at, 'Cannot overwrite a value')
        if isinstance(value, (dict, list)):
            self._frozen.add(header + key)
        table[last] = value
        return at

    def key_value(self, at):
        at, key = self.key(at)
        at = self.skip_ws(at)
        if self.char(at) != '=':
            raise self.fail(at, "Expected '=' after a key in a key/value pair")
        at = self.skip_ws(at + 1)
        at, value = self.value(at)
        return at, key, value

    # --- keys ---------------------------------------------------------------------

    def key(self, at):
        parts = []
        while True:
            at, part = self.key_part(at)
            parts.append(part)
            at = self.skip_ws(at)
            if self.char(at) != '.':
                return at, tuple(parts)
            at = self.skip_ws(at + 1)

    def key_part(self, at):
        src, n = self.src, self.n
        c = self.char(at)
        if c in _BARE:
            start = at
            while at < n and src[at] in _BARE:
                at += 1
            return at, src[start:at]
        if c == "'":
            return self.literal_string(at + 1)
        if c == '"':
            return self.basic_string(at + 1)
        raise self.fail(at, 'Invalid initial character for a key part')

    # --- values -------------------------------------------------------------------

    def value(self, at):
        src = self.src
        c = self.char(at)
        if c == '"':
            if src.startswith('"""', at):
                return self.multiline_basic(at + 3)
            return self.basic_string(at + 1)
        if c == "'":
            if src.startswith("'''", at):
                return self.multiline_literal(at + 3)
            return self.literal_string(at + 1)
        if c == 't' and src.startswith('true', at):
            return at + 4, True
        if c == 'f' and src.startswith('false', at):
            return at + 5, False
        if c == '[':
            return self.array(at + 1)
        if c == '{':
            return self.inline_table(at + 1)
        found = _DATETIME.match(src, at)
        if found:
            try:
                made = _make_datetime(found)
            except ValueError:
                raise self.fail(at, 'Invalid date or datetime') from None
            return found.end(), made
        found = _LOCAL_TIME.match(src, at)
        if found:
            return found.end(), _make_time(found.groups())
        found = _NUMBER.match(src, at)
        if found:
            text = found.group()
            if found.group('frac'):
                return found.end(), self.parse_float(text.replace('_', ''))
            return found.end(), int(text, 0)
        word = src[at:at + 3]
        if word in ('inf', 'nan'):
            return at + 3, self.parse_float(word)
        word = src[at:at + 4]
        if word[:1] in ('+', '-') and word[1:] in ('inf', 'nan'):
            return at + 4, self.parse_float(word)
        raise self.fail(at, 'Invalid value')

    def array(self, at):
        items = []
        at = self.skip_blank(at)
        if self.char(at) == ']':
            return at + 1, items
        while True:
            at, item = self.value(at)
            items.append(item)
            at = self.skip_blank(at)
            c = self.char(at)
            if c == ']':
                return at + 1, items
            if c != ',':
                raise self.fail(at, 'Unclosed array')
            at = self.skip_blank(at + 1)
            if self.char(at) == ']':
                return at + 1, items

    def inline_table(self, at):
        table = {}
        frozen = set()
        at = self.skip_ws(at)
        if self.char(at) == '}':
            return at + 1, table
        while True:
            at, key, value = self.key_value(at)
            if any(key[:i] in frozen for i in range(1, len(key) + 1)):
                raise self.fail(at, f'Cannot mutate immutable namespace {key}')
            nest = table
            for part in key[:-1]:
                if part not in nest:
                    nest[part] = {}
                nest = nest[part]
                if not isinstance(nest, dict):
                    raise self.fail(at, 'Cannot overwrite a value')
            if key[-1] in nest:
                raise self.fail(at, f'Duplicate inline table key {key[-1]!r}')
            nest[key[-1]] = value
            if isinstance(value, (dict, list)):
                frozen.add(key)
            at = self.skip_ws(at)
            c = self.char(at)
            if c == '}':
                return at + 1, table
            if c != ',':
                raise self.fail(at, 'Unclosed inline table')
            at = self.skip_ws(at + 1)

    # --- strings ------------------------------------------------------------------

    def _raw_until(self, at, closing, allowed):
        # The text up to `closing` (which must exist), free of control characters.
        src = self.src
        end = src.find(closing, at)
        if end < 0:
            raise self.fail(self.n, f'Expected "{closing}"')
        for i in range(at, end):
            if src[i] in _CONTROL and src[i] not in allowed:
                raise self.fail(i, f'Found invalid character {src[i]!r}')
        return end

    def literal_string(self, at):
        end = self._raw_until(at, "'", '')
        return end + 1, self.src[at:end]

    def multiline_literal(self, at):
        if self.char(at) == '\n':
            at += 1
        end = self._raw_until(at, "'''", '\n')
        return self._close_multiline(end, "'", self.src[at:end])

    def _close_multiline(self, end, quote, body):
        # Up to two more quotes right before the closing three belong to the string.
        at = end + 3
        for _ in range(2):
            if self.char(at) != quote:
                break
            body += quote
            at += 1
        return at, body

    def basic_string(self, at):
        return self._basic(at, False)

    def multiline_basic(self, at):
        if self.char(at) == '\n':
            at += 1
        return self._basic(at, True)

    def _basic(self, at, multiline):
        src, n = self.src, self.n
        out = []
        start = at
        while True:
            if at >= n:
                raise self.fail(at, 'Unterminated string')
            c = src[at]
            if c == '"':
                if not multiline:
                    out.append(src[start:at])
                    return at + 1, ''.join(out)
                if src.startswith('"""', at):
                    out.append(src[start:at])
                    return self._close_multiline(at, '"', ''.join(out))
                at += 1
                continue
            if c == '\\':
                out.append(src[start:at])
                at, piece = self.escape(at, multiline)
                out.append(piece)
                start = at
                continue
            if c in _CONTROL and not (multiline and c == '\n'):
                raise self.fail(at, f'Illegal character {c!r}')
            at += 1

    def escape(self, at, multiline):
        src = self.src
        pair = src[at:at + 2]
        at += 2
        if multiline and pair in ('\\ ', '\\\t', '\\\n'):
            # A line-ending backslash: drop the whitespace and newlines that follow.
            if pair != '\\\n':
                at = self.skip_ws(at)
                if at >= self.n:
                    return at, ''
                if src[at] != '\n':
                    raise self.fail(at, "Unescaped '\\' in a string")
                at += 1
            while at < self.n and src[at] in ' \t\n':
                at += 1
            return at, ''
        if pair == '\\u':
            return self.hex_char(at, 4)
        if pair == '\\U':
            return self.hex_char(at, 8)
        if pair not in _ESCAPES:
            raise self.fail(at, "Unescaped '\\' in a string")
        return at, _ESCAPES[pair]

    def hex_char(self, at, width):
        digits = self.src[at:at + width]
        if len(digits) != width or not all(d in _string.hexdigits for d in digits):
            raise self.fail(at, 'Invalid hex value')
        at += width
        code = int(digits, 16)
        if not (code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
            raise self.fail(at, 'Escaped character is not a Unicode scalar value')
        return at, chr(code)


def _make_time(groups):
    hour, minute, second, fraction = groups
    micro = int(fraction.ljust(6, '0')) if fraction else 0
    return _time(int(hour), int(minute), int(second), micro)


def _make_datetime(found):
    (year, month, day, hour, minute, second, fraction, zulu, sign, off_h,
     off_m) = found.groups()
    day_value = _date(int(year), int(month), int(day))
    if hour is None:
        return day_value
    clock = _make_time((hour, minute, second, fraction))
    zone = None
    if zulu:
        zone = _timezone.utc
    elif sign:
        offset = _timedelta(hours=int(off_h), minutes=int(off_m))
        zone = _timezone(-offset if sign == '-' else offset)
    return _datetime(day_value.year, day_value.month, day_value.day, clock.hour,
                     clock.minute, clock.second, clock.microsecond, tzinfo=zone)
