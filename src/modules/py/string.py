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


import re as _re


class _Unset:
    """The default of substitute()'s mapping: tells 'no mapping given' from {}."""
    __slots__ = ()


_unset = _Unset()


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # The identifier after the delimiter (ASCII only, as documented); braceidpattern,
    # when set, is used between ${ and } instead.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._compile_pattern()

    @classmethod
    def _compile_pattern(cls):
        # A subclass may give its own `pattern` (with the four groups escaped, named,
        # braced and invalid); otherwise it is built from the other class attributes.
        if 'pattern' in cls.__dict__:
            source = cls.pattern
        else:
            d = _re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or ident
            source = ('%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))'
                      % (d, d, ident, braced))
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        before = self.template[:i].splitlines(keepends=True)
        if before:
            lineno = len(before)
            colno = i - sum(map(len, before[:-1]))
        else:
            lineno = colno = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _unrecognized(self):
        raise ValueError('Unrecognized named group in pattern', self.pattern)

    @staticmethod
    def _classify(match):
        """What a match of the pattern found: ('id', name), ('escape', None),
        ('bad', None), or (None, None) for a group the pattern should not have."""
        found = match.groupdict()
        name = found.get('named')
        if name is None:
            name = found.get('braced')
        if name is not None:
            return 'id', name
        if found.get('escaped') is not None:
            return 'escape', None
        if found.get('invalid') is not None:
            return 'bad', None
        return None, None

    def _render(self, mapping, kws, lenient):
        if mapping is _unset:
            lookup = kws
        elif kws:
            lookup = _ChainMap(kws, mapping)
        else:
            lookup = mapping

        def one(match):
            kind, name = self._classify(match)
            if kind == 'id':
                if not lenient:
                    return str(lookup[name])
                try:
                    return str(lookup[name])
                except KeyError:
                    return match.group()
            if kind == 'escape':
                return self.delimiter
            if kind == 'bad':
                if lenient:
                    return match.group()
                self._invalid(match)
            self._unrecognized()
        return self.pattern.sub(one, self.template)

    def substitute(self, mapping=_unset, /, **kws):
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping=_unset, /, **kws):
        return self._render(mapping, kws, True)

    def is_valid(self):
        for match in self.pattern.finditer(self.template):
            kind = self._classify(match)[0]
            if kind == 'bad':
                return False
            if kind is None:
                self._unrecognized()
        return True

    def get_identifiers(self):
        names = []
        for match in self.pattern.finditer(self.template):
            kind, name = self._classify(match)
            if kind == 'id':
                if name not in names:
                    names.append(name)
            elif kind is None:
                self._unrecognized()
        return names


Template._compile_pattern()


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


def _parse_format(s):
    """The pieces of a format string, as str.format reads it: tuples
    (literal, field_name, format_spec, conversion); the last three are None after
    literal text that no field follows."""
    n = len(s)
    i = 0
    while i < n:
        # literal text up to a brace; a doubled brace ends the piece with one brace
        start = i
        while i < n and s[i] not in '{}':
            i += 1
        if i == n:
            yield s[start:], None, None, None
            return
        brace = s[i]
        if i + 1 < n and s[i + 1] == brace:
            yield s[start:i + 1], None, None, None
            i += 2
            continue
        if brace == '}':
            raise ValueError("Single '}' encountered in format string")
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        literal = s[start:i]
        i += 1
        # the field name: up to '!', ':' or '}' outside [...]
        name_start = i
        in_index = False
        while True:
            if i == n:
                raise ValueError("expected '}' before end of string")
            c = s[i]
            if in_index:
                if c == ']':
                    in_index = False
            elif c == '[':
                in_index = True
            elif c == '{':
                raise ValueError("unexpected '{' in field name")
            elif c in '!:}':
                break
            i += 1
        name = s[name_start:i]
        conversion = None
        if s[i] == '!':
            i += 1
            if i == n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = s[i]
            i += 1
            if i == n:
                raise ValueError("unmatched '{' in format spec")
            if s[i] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        spec = ''
        if s[i] == ':':
            i += 1
            spec_start = i
            depth = 1
            while True:
                if i == n:
                    raise ValueError("unmatched '{' in format spec")
                c = s[i]
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if not depth:
                        break
                i += 1
            spec = s[spec_start:i]
        i += 1      # the closing brace
        yield literal, name, spec, conversion


def _split_field_name(name):
    """(first, iterator of (is_attribute, key)) of a field name such as 'a.b[0]'; an
    all-digit first part or index is an int. Errors in the rest come while iterating."""
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit() and first.isascii():
        first = int(first)
    return first, _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] not in '.[':
                i += 1
            key = name[start:i]
            if not key:
                raise ValueError('Empty attribute in format string')
            yield True, key
        elif c == '[':
            end = name.find(']', i)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i:end]
            if not key:
                raise ValueError('Empty attribute in format string')
            if key.isdigit() and key.isascii():
                key = int(key)
            yield False, key
            i = end + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    """str.format's machinery, with every step a method a subclass can replace."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        seen = set()
        text = self._expand(format_string, args, kwargs, seen, 2, 0)[0]
        self.check_unused_args(seen, args, kwargs)
        return text

    def _expand(self, fmt, args, kwargs, seen, depth, next_auto):
        """fmt with its fields replaced, and the next automatic field number (False
        once an explicit number was used: the two kinds cannot be mixed)."""
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, name, spec, conversion in self.parse(fmt):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            if name == '' or name.isdigit():
                if (next_auto is False) if name == '' else next_auto:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                if name == '':
                    name = str(next_auto)
                    next_auto += 1
                else:
                    next_auto = False
            value, key = self.get_field(name, args, kwargs)
            seen.add(key)
            value = self.convert_field(value, conversion)
            spec, next_auto = self._expand(spec, args, kwargs, seen, depth - 1, next_auto)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), next_auto

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
