"""Break Python source text into tokens (refpy's own implementation).

The stream matches CPython 3.11's pure-Python tokenizer token for token, quirks
included: unknown characters and unterminated one-line strings become ERRORTOKENs, a
file without a final newline gets an empty NEWLINE, f-strings are single STRING tokens,
and ``async``/``await`` are plain names. The scanner below works on one physical line
at a time and recognises tokens character by character.
"""

import builtins as _bi
import codecs as _codecs
import collections as _collections
import sys as _sys
import token as _token
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = _token.__all__ + ['tokenize', 'generate_tokens', 'detect_encoding',
                            'untokenize', 'TokenInfo']

BOM_UTF8 = _codecs.BOM_UTF8
tabsize = 8


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


class TokenInfo(_collections.namedtuple('TokenInfo', 'type string start end line')):

    def __repr__(self):
        return ('TokenInfo(type=%d (%s), string=%r, start=%r, end=%r, line=%r)'
                % (self.type, tok_name[self.type], self.string, self.start,
                   self.end, self.line))

    @property
    def exact_type(self):
        if self.type == OP:
            return EXACT_TOKEN_TYPES.get(self.string, OP)
        return self.type


# ------------------------------------------------------------------ character classes

_DEC = frozenset('0123456789')
_RADIX_DIGITS = {'x': frozenset('0123456789abcdefABCDEF'), 'o': frozenset('01234567'),
                 'b': frozenset('01')}
_BLANKS = ' \t\f'
_QUOTES = ('"', "'")
_STRING_PREFIXES = frozenset(['', 'b', 'r', 'u', 'f', 'br', 'rb', 'fr', 'rf'])

# operators by their first character, longest spelling first
_OPERATORS = {}
for _spelling in sorted(EXACT_TOKEN_TYPES, key=len, reverse=True):
    _OPERATORS.setdefault(_spelling[0], []).append(_spelling)
del _spelling


def _word_char(ch):
    return ch == '_' or ch.isalnum()


def _digit_run(text, i, allowed):
    """End of `d(_?d)*` starting at i (i itself when no digit is there)."""
    size = len(text)
    if i >= size or text[i] not in allowed:
        return i
    i += 1
    while i < size:
        ch = text[i]
        if ch in allowed:
            i += 1
        elif ch == '_' and i + 1 < size and text[i + 1] in allowed:
            i += 2
        else:
            break
    return i


def _after_exponent(text, i):
    """End of an exponent part starting at i, or -1."""
    if text[i:i + 1] not in ('e', 'E'):
        return -1
    j = i + 1
    if text[j:j + 1] in ('+', '-'):
        j += 1
    k = _digit_run(text, j, _DEC)
    return k if k > j else -1


def _number_end(text, start):
    """Where the number literal starting at `start` ends (a digit or '.digit' is there)."""
    lead = text[start]
    marker = text[start + 1:start + 2].lower()
    if lead == '0' and marker in _RADIX_DIGITS:
        body = start + 2
        if text[body:body + 1] == '_':
            body += 1
        stop = _digit_run(text, body, _RADIX_DIGITS[marker])
        if stop > body:
            return stop
        return _digit_run(text, start, '0')
    whole = _digit_run(text, start, _DEC)
    fractional = False
    stop = whole
    if lead == '.':
        stop = _digit_run(text, start + 1, _DEC)
        fractional = True
    elif text[whole:whole + 1] == '.':
        stop = _digit_run(text, whole + 1, _DEC)
        fractional = True
    exp = _after_exponent(text, stop)
    if exp >= 0:
        stop = exp
        fractional = True
    if text[stop:stop + 1] in ('j', 'J'):
        return stop + 1
    if fractional:
        return stop
    # a plain integer: leading zeros only form a number of zeros
    if lead == '0':
        return _digit_run(text, start, '0')
    return whole


def _one_line_string_end(text, i, quote):
    """Scan a one-quote string body from i: (end, continued) or None if unterminated."""
    size = len(text)
    while i < size:
        ch = text[i]
        if ch == quote:
            return i + 1, False
        if ch == '\n':
            return None
        if ch == '\\':
            if text[i + 1:i + 2] == '\n':
                return i + 2, True
            if text[i + 1:i + 3] == '\r\n':
                return i + 3, True
            if i + 1 >= size:
                return None
            i += 2
            continue
        i += 1
    return None


def _closing_quote(text, i, quote):
    """End of the closing `quote` (one or three characters) found from i, or -1.

    A backslash escapes the next character, but never a line break: the string then
    goes on in the following lines."""
    size = len(text)
    width = len(quote)
    first = quote[0]
    while i < size:
        ch = text[i]
        if ch == '\\':
            if i + 1 >= size or text[i + 1] == '\n':
                return -1
            i += 2
        elif ch == first and text.startswith(quote, i):
            return i + width
        else:
            i += 1
    return -1


def _string_opening(text, p):
    """If a string literal opens at p: (index just past the opening quotes, quotes)."""
    for width in (0, 1, 2):
        q = p + width
        if q < len(text) and text[q] in _QUOTES:
            if text[p:q].lower() not in _STRING_PREFIXES:
                return None
            quote = text[q]
            if text.startswith(quote * 3, q):
                return q + 3, quote * 3
            return q + 1, quote
        if q >= len(text) or text[q] not in 'bBrRuUfF':
            return None
    return None


# ------------------------------------------------------------------ the line scanner

class _OpenString:
    """A string literal that goes on past the end of its first line."""

    def __init__(self, where, quote, text, lines):
        self.where = where
        self.quote = quote
        self.text = text
        self.lines = lines


class _Scanner:

    def __init__(self, readline, encoding):
        self.readline = readline
        self.encoding = encoding
        self.row = 0
        self.depth = 0
        self.columns = [0]
        self.joined = False
        self.open_string = None
        # Set by a one-quote string continued with a backslash; from then on an open
        # string's next line must end with a backslash too, until a string closes.
        # (An unterminated one leaves it set, as CPython's tokenizer does.)
        self.strict_tail = False

    def _next_line(self):
        try:
            line = self.readline()
        except StopIteration:
            line = ''
        else:
            if self.encoding is not None:
                line = line.decode(self.encoding)
        self.row += 1
        return line

    def run(self):
        if self.encoding is not None:
            name = 'utf-8' if self.encoding == 'utf-8-sig' else self.encoding
            self.encoding = name
            yield TokenInfo(ENCODING, name, (0, 0), (0, 0), '')
        previous = line = ''
        while True:
            previous = line
            line = self._next_line()
            if self.open_string is not None:
                pos, out = self._continue_string(line)
                if out is not None:
                    yield out
                if pos < 0:
                    continue
            elif self.depth == 0 and not self.joined:
                pos, out = self._line_start(line)
                if pos < 0:
                    break
                yield from out
                if out and out[-1].type == NL:
                    continue
            else:
                if not line:
                    raise TokenError('EOF in multi-line statement', (self.row, 0))
                self.joined = False
                pos = 0
            yield from self._scan(line, pos)

        if previous and previous[-1] not in '\r\n' and not previous.strip().startswith('#'):
            yield TokenInfo(NEWLINE, '', (self.row - 1, len(previous)),
                            (self.row - 1, len(previous) + 1), '')
        for _ in self.columns[1:]:
            yield TokenInfo(DEDENT, '', (self.row, 0), (self.row, 0), '')
        yield TokenInfo(ENDMARKER, '', (self.row, 0), (self.row, 0), '')

    def _continue_string(self, line):
        """Feed a line to the open string: (position after it or -1, token or None)."""
        pending = self.open_string
        if not line:
            raise TokenError('EOF in multi-line string', pending.where)
        end = _closing_quote(line, 0, pending.quote)
        if end >= 0:
            self.open_string = None
            self.strict_tail = False
            return end, TokenInfo(STRING, pending.text + line[:end], pending.where,
                                  (self.row, end), pending.lines + line)
        if self.strict_tail and not line.endswith(('\\\n', '\\\r\n')):
            self.open_string = None
            return -1, TokenInfo(ERRORTOKEN, pending.text + line, pending.where,
                                 (self.row, len(line)), pending.lines)
        pending.text += line
        pending.lines += line
        return -1, None

    def _line_start(self, line):
        """Indentation of a new logical line: (position, tokens); -1 at the end of input."""
        column = 0
        pos = 0
        size = len(line)
        while pos < size:
            ch = line[pos]
            if ch == ' ':
                column += 1
            elif ch == '\t':
                column = (column // tabsize + 1) * tabsize
            elif ch == '\f':
                column = 0
            else:
                break
            pos += 1
        if pos == size:
            return -1, None
        row = self.row
        out = []
        if line[pos] in '#\r\n':
            if line[pos] == '#':
                text = line[pos:].rstrip('\r\n')
                out.append(TokenInfo(COMMENT, text, (row, pos), (row, pos + len(text)), line))
                pos += len(text)
            out.append(TokenInfo(NL, line[pos:], (row, pos), (row, len(line)), line))
            return pos, out
        if column > self.columns[-1]:
            self.columns.append(column)
            out.append(TokenInfo(INDENT, line[:pos], (row, 0), (row, pos), line))
        while column < self.columns[-1]:
            if column not in self.columns:
                raise IndentationError(
                    'unindent does not match any outer indentation level',
                    ('<tokenize>', row, pos, line))
            self.columns.pop()
            out.append(TokenInfo(DEDENT, '', (row, pos), (row, pos), line))
        return pos, out

    def _scan(self, line, pos):
        row = self.row
        size = len(line)
        while pos < size:
            p = pos
            while p < size and line[p] in _BLANKS:
                p += 1
            if p == size:
                break
            found = self._token_at(line, p)
            if found is None:
                yield TokenInfo(ERRORTOKEN, line[pos], (row, pos), (row, pos + 1), line)
                pos += 1
                continue
            kind, end = found
            if kind is None:          # the rest of the line is an open string
                return
            pos = end
            if kind == -1:            # a backslash joining the next line
                self.joined = True
                continue
            yield TokenInfo(kind, line[p:end], (row, p), (row, end), line)

    def _token_at(self, line, p):
        """(token type, end) of the token at p; None when nothing matches there.

        The type is None when a string opens here and does not end on this line,
        -1 for a line-joining backslash."""
        ch = line[p]
        nxt = line[p + 1:p + 2]
        if ch == '#':
            end = p
            while end < len(line) and line[end] not in '\r\n':
                end += 1
            return COMMENT, end
        if ch == '\\':
            if nxt == '\n':
                return -1, p + 2
            if line[p + 1:p + 3] == '\r\n':
                return -1, p + 3
            return None
        if ch in _DEC or (ch == '.' and nxt in _DEC and nxt):
            return NUMBER, _number_end(line, p)
        if ch == '\n' or (ch == '\r' and nxt == '\n'):
            return (NL if self.depth > 0 else NEWLINE), p + (1 if ch == '\n' else 2)
        for spelling in _OPERATORS.get(ch, ()):
            if line.startswith(spelling, p):
                if ch in '([{':
                    self.depth += 1
                elif ch in ')]}':
                    self.depth -= 1
                return OP, p + len(spelling)
        opening = _string_opening(line, p)
        if opening is not None:
            body, quote = opening
            if len(quote) == 3:
                end = _closing_quote(line, body, quote)
                if end >= 0:
                    return STRING, end
                self.open_string = _OpenString((self.row, p), quote, line[p:], line)
                return None, len(line)
            found = _one_line_string_end(line, body, quote)
            if found is not None:
                end, continued = found
                if not continued:
                    return STRING, end
                self.open_string = _OpenString((self.row, p), quote, line[p:], line)
                self.strict_tail = True
                return None, len(line)
        if _word_char(ch):
            end = p + 1
            while end < len(line) and _word_char(line[end]):
                end += 1
            return (NAME if ch.isidentifier() else OP), end
        return None


# ------------------------------------------------------------------ entry points

def generate_tokens(readline):
    return _Scanner(readline, None).run()


def tokenize(readline):
    encoding, first_lines = detect_encoding(readline)
    return _Scanner(_Replay(first_lines, readline), encoding).run()


class _Replay:
    """A readline that gives back the lines detect_encoding read, then the rest; once
    the source returns b'' it keeps returning b''."""

    def __init__(self, lines, readline):
        self.lines = list(lines)
        self.source = readline

    def __call__(self):
        if self.lines:
            return self.lines.pop(0)
        if self.source is None:
            return b''
        try:
            line = self.source()
        except StopIteration:
            line = b''
        if line == b'':
            self.source = None
        return line


def _cookie_name(text):
    """The encoding named by a coding cookie in a comment line, or None."""
    stripped = text.lstrip(' \t\f')
    if not stripped.startswith('#'):
        return None
    stripped = stripped.split('\n', 1)[0]
    at = stripped.find('coding')
    while at >= 0:
        k = at + 6
        if stripped[k:k + 1] in (':', '='):
            k += 1
            while stripped[k:k + 1] in (' ', '\t'):
                k += 1
            stop = k
            while stop < len(stripped) and (stripped[stop] in '-_.' or
                                            (stripped[stop].isascii() and stripped[stop].isalnum())):
                stop += 1
            if stop > k:
                return stripped[k:stop]
        at = stripped.find('coding', at + 1)
    return None


def _canonical_encoding(name):
    key = name[:12].lower().replace('_', '-')
    if key == 'utf-8' or key.startswith('utf-8-'):
        return 'utf-8'
    for latin in ('latin-1', 'iso-8859-1', 'iso-latin-1'):
        if key == latin or key.startswith(latin + '-'):
            return 'iso-8859-1'
    return name


def _blank_or_comment(raw):
    rest = raw.lstrip(b' \t\f')
    return rest == b'' or rest[:1] in (b'#', b'\r', b'\n')


def detect_encoding(readline):
    try:
        source = readline.__self__.name
    except AttributeError:
        source = None

    def fetch():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie_in(raw, bom):
        try:
            text = raw.decode('utf-8')
        except UnicodeDecodeError:
            message = 'invalid or missing encoding declaration'
            if source is not None:
                message += ' for %r' % (source,)
            raise SyntaxError(message)
        name = _cookie_name(text)
        if name is None:
            return None
        name = _canonical_encoding(name)
        try:
            _codecs.lookup(name)
        except LookupError:
            if source is None:
                raise SyntaxError('unknown encoding: ' + name)
            raise SyntaxError('unknown encoding for %r: %s' % (source, name))
        if bom:
            if name != 'utf-8':
                if source is None:
                    raise SyntaxError('encoding problem: utf-8')
                raise SyntaxError('encoding problem for %r: utf-8' % (source,))
            name += '-sig'
        return name

    first = fetch()
    bom = first.startswith(BOM_UTF8)
    if bom:
        first = first[3:]
    fallback = 'utf-8-sig' if bom else 'utf-8'
    if not first:
        return fallback, []
    name = cookie_in(first, bom)
    if name:
        return name, [first]
    if not _blank_or_comment(first):
        return fallback, [first]
    second = fetch()
    if not second:
        return fallback, [first]
    name = cookie_in(second, bom)
    if name:
        return name, [first, second]
    return fallback, [first, second]


def open(filename):
    """Open a source file for reading as text, in the encoding detect_encoding() finds."""
    with _bi.open(filename, 'rb') as raw:
        encoding, _ = detect_encoding(raw.readline)
    return _bi.open(filename, 'r', encoding=encoding)


# ------------------------------------------------------------------ untokenize

class _Rebuilder:
    """Joins tokens back into source text.

    Full tokens (with positions) are laid out at their columns; as soon as a token
    comes with only (type, string), the rest is spaced by rule instead."""

    def __init__(self):
        self.parts = []
        self.encoding = None
        self.row = 1
        self.col = 0

    def _move_to(self, where):
        row, col = where
        if row < self.row or (row == self.row and col < self.col):
            raise ValueError('start ({},{}) precedes previous end ({},{})'
                             .format(row, col, self.row, self.col))
        if row > self.row:
            self.parts.append('\\\n' * (row - self.row))
            self.col = 0
        if col > self.col:
            self.parts.append(' ' * (col - self.col))

    def build(self, tokens):
        stream = iter(tokens)
        levels = []
        at_line_start = False
        for item in stream:
            if len(item) == 2:
                self._by_rule(item, stream)
                break
            kind, text, start, end, line = item
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                levels.append(text)
                continue
            if kind == DEDENT:
                levels.pop()
                self.row, self.col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and levels:
                at_line_start = False
                margin = levels[-1]
                if start[1] >= len(margin):
                    self.parts.append(margin)
                    self.col = len(margin)
            self._move_to(start)
            self.parts.append(text)
            self.row, self.col = end
            if kind in (NEWLINE, NL):
                self.row += 1
                self.col = 0
        return ''.join(self.parts)

    def _by_rule(self, first, rest):
        levels = []
        at_line_start = False
        after_string = False
        for item in _chain_one(first, rest):
            kind, text = item[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            was_string = after_string
            after_string = kind == STRING
            if kind in (NAME, NUMBER):
                text += ' '
            elif kind == STRING and was_string:
                text = ' ' + text
            if kind == INDENT:
                levels.append(text)
                continue
            if kind == DEDENT:
                levels.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and levels:
                self.parts.append(levels[-1])
                at_line_start = False
            self.parts.append(text)


def _chain_one(first, rest):
    yield first
    yield from rest


def untokenize(iterable):
    rebuilder = _Rebuilder()
    text = rebuilder.build(iterable)
    if rebuilder.encoding is not None:
        return text.encode(rebuilder.encoding)
    return text


# ------------------------------------------------------------------ command line

def main():
    import argparse

    def fail(message, filename=None, where=None):
        if where:
            out = '%s:%d:%d: error: %s' % ((filename,) + tuple(where) + (message,))
        elif filename:
            out = '%s: error: %s' % (filename, message)
        else:
            out = 'error: %s' % (message,)
        _sys.stderr.write(out + '\n')
        raise SystemExit(1)

    cli = argparse.ArgumentParser(prog='python -m tokenize')
    cli.add_argument(dest='filename', nargs='?', metavar='filename.py',
                     help='the file to tokenize; defaults to stdin')
    cli.add_argument('-e', '--exact', dest='exact', action='store_true',
                     help='display token names using the exact type')
    options = cli.parse_args()
    shown = None
    try:
        if options.filename:
            shown = options.filename
            with _bi.open(shown, 'rb') as source:
                stream = list(tokenize(source.readline))
        else:
            shown = '<stdin>'
            stream = generate_tokens(_sys.stdin.readline)
        for tok in stream:
            kind = tok.exact_type if options.exact else tok.type
            span = '%d,%d-%d,%d:' % (tok.start + tok.end)
            print('%-20s%-15s%-15r' % (span, tok_name[kind], tok.string))
    except IndentationError as exc:
        fail(exc.args[0], shown, exc.args[1][1:3])
    except TokenError as exc:
        fail(exc.args[0], shown, exc.args[1])
    except SyntaxError as exc:
        fail(exc, shown)
    except OSError as exc:
        fail(exc)
    except KeyboardInterrupt:
        print('interrupted\n')
    except Exception as exc:
        _sys.stderr.write('unexpected error: %s\n' % (exc,))
        raise


if __name__ == '__main__':
    main()
