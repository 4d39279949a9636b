"""A collection of string constants, capwords() and Template.

refpy's own implementation of the documented behaviour of CPython 3.11's string module.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words with s.split(sep), capitalize each, and join them with sep
    (a single space when sep is None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_id_start = frozenset('_' + ascii_letters)
_id_rest = frozenset('_' + ascii_letters + digits)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _identifier_at(self, i):
        s = self.template
        if i < len(s) and s[i] in _id_start:
            j = i + 1
            while j < len(s) and s[j] in _id_rest:
                j += 1
            return j
        return None

    def _parse(self):
        """Yields (literal text, kind, name, position of the delimiter): kind is
        'escaped', 'named', 'invalid' or None after the last literal."""
        s = self.template
        delim = self.delimiter
        n = len(delim)
        start = 0
        i = s.find(delim)
        while i >= 0:
            literal = s[start:i]
            after = i + n
            if s.startswith(delim, after):
                yield literal, 'escaped', None, i
                start = after + n
            else:
                end = self._identifier_at(after)
                if end is not None:
                    yield literal, 'named', s[after:end], i
                    start = end
                elif after < len(s) and s[after] == '{':
                    end = self._identifier_at(after + 1)
                    if end is not None and end < len(s) and s[end] == '}':
                        yield literal, 'named', s[after + 1:end], i
                        start = end + 1
                    else:
                        yield literal, 'invalid', None, i
                        start = after
                else:
                    yield literal, 'invalid', None, i
                    start = after
            i = s.find(delim, start)
        yield s[start:], None, None, len(s)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, args, kws, safe):
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, args[0])
        else:
            mapping = args[0]
        out = []
        for literal, kind, name, pos in self._parse():
            out.append(literal)
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'named':
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(self.template[pos:self._end_of(pos)])
                else:
                    out.append(str(mapping[name]))
            elif kind == 'invalid':
                if safe:
                    out.append(self.delimiter)
                else:
                    self._invalid(pos + len(self.delimiter))
        return ''.join(out)

    def _end_of(self, pos):
        after = pos + len(self.delimiter)
        if self.template[after] == '{':
            return self.template.index('}', after) + 1
        return self._identifier_at(after)

    def substitute(self, mapping={}, /, **kws):
        return self._substitute((mapping,) if mapping is not Template.substitute.__defaults__[0]
                                else (), kws, False)

    def safe_substitute(self, mapping={}, /, **kws):
        return self._substitute((mapping,) if mapping is not Template.safe_substitute.__defaults__[0]
                                else (), kws, True)

    def is_valid(self):
        for _, kind, _, _ in self._parse():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for _, kind, name, pos in self._parse():
            if kind == 'invalid':
                self._invalid(pos + len(self.delimiter))
            if kind == 'named' and name not in ids:
                ids.append(name)
        return ids


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)
