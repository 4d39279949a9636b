"""CSV parsing and writing.

This module reads and writes tabular data in comma-separated values (CSV) format:
`reader` turns lines of text into rows (lists of strings), `writer` turns rows into
lines. A dialect (`excel` by default) names a set of formatting parameters: delimiter,
quotechar, escapechar, doublequote, skipinitialspace, lineterminator, quoting and
strict; keyword arguments override single parameters. `DictReader` and `DictWriter`
map rows to and from dicts, and `Sniffer` guesses the dialect of a sample.
"""

# refpy's own csv. CPython splits it into the C module `_csv` (Dialect, reader, writer,
# the registry, Error) and `csv.py`; here both are one module, and the C types keep
# their names (`_csv.Dialect`, `_csv.reader`, `_csv.writer`, `_csv.Error`) so reprs,
# tracebacks and messages read as CPython 3.11's.
#
# The reader is the state machine of `_csv.c` (its states keep their C names), run one
# line at a time; a line without quotes, escapes or embedded line breaks takes a fast
# path through str.split, and inside a field runs of ordinary characters are taken
# whole (a regex finds the next character that matters). Results and errors are those
# of the character-at-a-time machine.

import re
import sys as _sys
from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'Error', 'Dialect', '__doc__', 'excel', 'excel_tab',
           'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'Sniffer',
           'unregister_dialect', '__version__', 'DictReader', 'DictWriter',
           'unix_dialect']

__version__ = '1.0'

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    pass


Error.__module__ = '_csv'

_dialects = {}
_field_limit = 128 * 1024


def _type_name(obj):
    return type(obj).__name__


# ---- _csv.Dialect: the validated parameters readers and writers use ----

_DIALECT_KEYWORDS = ('dialect', 'delimiter', 'doublequote', 'escapechar', 'lineterminator',
                     'quotechar', 'quoting', 'skipinitialspace', 'strict')
_GETSET_NAMES = ('delimiter', 'escapechar', 'lineterminator', 'quotechar', 'quoting')
_MEMBER_NAMES = ('skipinitialspace', 'doublequote', 'strict')
_UNSET = object()


def _parse_dialect_args(args, kwargs):
    """The nine parameters of `_csv.Dialect(...)`, bound as PyArg_ParseTupleAndKeywords
    does; parameters not given are `_UNSET`."""
    if len(args) + len(kwargs) > 9:
        raise TypeError('function takes at most 9 %sarguments (%d given)'
                        % ('keyword ' if not args else '', len(args) + len(kwargs)))
    values = list(args) + [_UNSET] * (9 - len(args))
    for i, name in enumerate(_DIALECT_KEYWORDS):
        if name in kwargs:
            if i < len(args):
                raise TypeError("argument for function given by name ('%s') and position (%d)"
                                % (name, i + 1))
            values[i] = kwargs[name]
    for key in kwargs:
        if key not in _DIALECT_KEYWORDS:
            raise TypeError('%r is an invalid keyword argument for this function' % (key,))
    return values


def _char(name, value, default):
    """A parameter that must be one character (the delimiter)."""
    if value is _UNSET:
        return default
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, _type_name(value)))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return str(value)


def _char_or_none(name, value, default):
    """A parameter that is one character or None (quotechar, escapechar)."""
    if value is _UNSET:
        return default
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, _type_name(value)))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return str(value)


def _flag(value, default):
    return default if value is _UNSET else bool(value)


class _Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator',
                 '_quotechar', '_quoting', '_skipinitialspace', '_strict')

    def __new__(cls, *args, **kwargs):
        (dialect, delimiter, doublequote, escapechar, lineterminator, quotechar, quoting,
         skipinitialspace, strict) = _parse_dialect_args(args, kwargs)
        if dialect is not _UNSET:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if (isinstance(dialect, _Dialect) and delimiter is _UNSET
                    and doublequote is _UNSET and escapechar is _UNSET
                    and lineterminator is _UNSET and quotechar is _UNSET
                    and quoting is _UNSET and skipinitialspace is _UNSET
                    and strict is _UNSET):
                return dialect
            # Parameters not given come from the dialect's attributes, when it has them.
            delimiter = _attribute(dialect, 'delimiter', delimiter)
            doublequote = _attribute(dialect, 'doublequote', doublequote)
            escapechar = _attribute(dialect, 'escapechar', escapechar)
            lineterminator = _attribute(dialect, 'lineterminator', lineterminator)
            quotechar = _attribute(dialect, 'quotechar', quotechar)
            quoting = _attribute(dialect, 'quoting', quoting)
            skipinitialspace = _attribute(dialect, 'skipinitialspace', skipinitialspace)
            strict = _attribute(dialect, 'strict', strict)
        self = object.__new__(cls)
        init = object.__setattr__
        init(self, '_delimiter', _char('delimiter', delimiter, ','))
        init(self, '_doublequote', _flag(doublequote, True))
        init(self, '_escapechar', _char_or_none('escapechar', escapechar, None))
        if lineterminator is _UNSET:
            lineterminator = '\r\n'
        elif lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        init(self, '_lineterminator', lineterminator)
        init(self, '_quotechar', _char_or_none('quotechar', quotechar, '"'))
        if quoting is _UNSET:
            quoting_value = QUOTE_MINIMAL
        else:
            if type(quoting) is not int:
                raise TypeError('"quoting" must be an integer')
            if not -0x80000000 <= quoting <= 0x7fffffff:
                raise OverflowError('Python int too large to convert to C int')
            quoting_value = quoting
        init(self, '_skipinitialspace', _flag(skipinitialspace, False))
        init(self, '_strict', _flag(strict, False))
        if quoting_value not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if quotechar is None and quoting is _UNSET:
            quoting_value = QUOTE_NONE
        if quoting_value != QUOTE_NONE and self._quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if lineterminator is None:
            raise TypeError('lineterminator must be set')
        init(self, '_quoting', quoting_value)
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __setattr__(self, name, value):
        _read_only(self, name, '_csv.Dialect', _GETSET_NAMES, _MEMBER_NAMES)

    def __delattr__(self, name):
        _read_only(self, name, '_csv.Dialect', _GETSET_NAMES, _MEMBER_NAMES)

    def __getattr__(self, name):
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'Dialect' instances")

    def __reduce__(self):
        raise TypeError("cannot pickle 'Dialect' instances")


_Dialect.__name__ = 'Dialect'
_Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'


def _attribute(dialect, name, given):
    if given is not _UNSET:
        return given
    try:
        return getattr(dialect, name)
    except Exception:
        return _UNSET


def _read_only(obj, name, type_name, getsets, members):
    """The AttributeError of assigning to an attribute of a C type's instance."""
    if name in getsets:
        raise AttributeError("attribute '%s' of '%s' objects is not writable"
                             % (name, type_name))
    if name in members:
        raise AttributeError('readonly attribute')
    raise AttributeError("'%s' object has no attribute '%s'" % (type_name, name))


def _call_dialect(args, kwargs):
    """The `_csv.Dialect` for a reader or writer: `args` is () or (dialect,)."""
    return _Dialect(*args, **kwargs)


def _unpack_tuple(args, low, high):
    """Check positional arguments as PyArg_UnpackTuple does with an empty name."""
    if len(args) < low:
        raise TypeError(' expected %s%d argument%s, got %d'
                        % ('at least ' if low != high else '', low, '' if low == 1 else 's',
                           len(args)))
    if len(args) > high:
        raise TypeError(' expected %s%d argument%s, got %d'
                        % ('at most ' if low != high else '', high, '' if high == 1 else 's',
                           len(args)))


# ---- the dialect registry ----

def register_dialect(*args, **kwargs):
    """Create a mapping from a string name to a dialect class.
    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"""
    _unpack_tuple(args, 1, 2)
    name = args[0]
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _call_dialect(args[1:], kwargs)


def _name_argument(fname, args, kwargs):
    """The `name` argument of get_dialect and unregister_dialect, bound as Argument
    Clinic does."""
    if len(args) + len(kwargs) > 1:
        raise TypeError('%s() takes at most 1 argument (%d given)'
                        % (fname, len(args) + len(kwargs)))
    if args:
        return args[0]
    if 'name' in kwargs:
        return kwargs['name']
    for key in kwargs:
        raise TypeError('%r is an invalid keyword argument for %s()' % (key, fname))
    raise TypeError("%s() missing required argument 'name' (pos 1)" % fname)


def unregister_dialect(*args, **kwargs):
    """Delete the name/dialect mapping associated with a string name.

    csv.unregister_dialect(name)"""
    name = _name_argument('unregister_dialect', args, kwargs)
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(*args, **kwargs):
    """Return the dialect instance associated with name.

    dialect = csv.get_dialect(name)"""
    name = _name_argument('get_dialect', args, kwargs)
    dialect = _dialects.get(name, _UNSET)
    if dialect is _UNSET:
        raise Error('unknown dialect')
    return dialect


def list_dialects(*args, **kwargs):
    """Return a list of all know dialect names.

    names = csv.list_dialects()"""
    if args or kwargs:
        if kwargs:
            raise TypeError('_csv.list_dialects() takes no keyword arguments')
        raise TypeError('_csv.list_dialects() takes no arguments (%d given)' % len(args))
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields.

    csv.field_size_limit([limit])

Returns old limit. If limit is not given, no new limit is set and
the old limit is returned"""
    global _field_limit
    if len(args) + len(kwargs) > 1:
        raise TypeError('field_size_limit() takes at most 1 argument (%d given)'
                        % (len(args) + len(kwargs)))
    for key in kwargs:
        if key != 'new_limit':
            raise TypeError('%r is an invalid keyword argument for field_size_limit()' % (key,))
    old = _field_limit
    if args or kwargs:
        limit = args[0] if args else kwargs['new_limit']
        if type(limit) is not int:
            raise TypeError('limit must be an integer')
        if not -0x8000000000000000 <= limit <= 0x7fffffffffffffff:
            raise OverflowError('Python int too large to convert to C long')
        _field_limit = limit
    return old


# ---- _csv.reader ----

(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)

_NEWLINE_MESSAGE = ('new-line character seen in unquoted field - '
                    'do you need to open the file in universal-newline mode?')


def _char_class(chars):
    """A compiled pattern matching any one of `chars` (None entries left out), or None."""
    chars = [c for c in chars if c is not None]
    if not chars:
        return None
    return re.compile('[' + ''.join(re.escape(c) for c in chars) + ']')


class _Reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    __slots__ = ('_input', '_dialect', '_line_num', '_fields', '_field',
                 '_field_len', '_numeric', '_field_stop', '_quoted_stop', '_plain')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_csv.reader' instances")

    dialect = property(lambda self: self._dialect)
    line_num = property(lambda self: self._line_num)

    def __setattr__(self, name, value):
        _read_only(self, name, '_csv.reader', (), ('dialect', 'line_num'))

    def __delattr__(self, name):
        _read_only(self, name, '_csv.reader', (), ('dialect', 'line_num'))

    def __getattr__(self, name):
        raise AttributeError("'_csv.reader' object has no attribute '%s'" % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.reader' object")

    def __iter__(self):
        return self

    def __next__(self):
        line = self._next_line()
        if line is _UNSET:
            raise StopIteration
        plain = self._plain
        if plain is not None:
            # The fast path: a line with no quote, escape or inner line break is its
            # fields split at the delimiter, as the state machine would read it.
            body = line.rstrip('\r\n')
            if plain.search(body) is None:
                if not body:
                    return []
                fields = body.split(self._dialect.delimiter)
                for field in fields:
                    if field and len(field) > _field_limit:
                        raise Error('field larger than field limit (%d)' % _field_limit)
                return fields
        init = object.__setattr__
        init(self, '_fields', [])
        init(self, '_field', [])
        init(self, '_field_len', 0)
        init(self, '_numeric', False)
        state = self._parse_line(line, _START_RECORD)
        while state != _START_RECORD:
            line = self._next_line()
            if line is _UNSET:
                # the input ended inside a record
                if self._field_len == 0 and state != _IN_QUOTED_FIELD:
                    raise StopIteration
                if self._dialect.strict:
                    raise Error('unexpected end of data')
                self._save_field()
                break
            state = self._parse_line(line, state)
        fields = self._fields
        init(self, '_fields', None)
        return fields

    def _next_line(self):
        """The next line of input, or _UNSET at its end."""
        try:
            line = next(self._input)
        except StopIteration:
            return _UNSET
        if not isinstance(line, str):
            raise Error('iterator should return strings, not %s '
                        '(the file should be opened in text mode)' % _type_name(line))
        object.__setattr__(self, '_line_num', self._line_num + 1)
        return line

    def _add(self, text):
        """Append `text` to the field being read, within the field size limit."""
        length = self._field_len + len(text)
        if length > _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(text)
        object.__setattr__(self, '_field_len', length)

    def _save_field(self):
        field = ''.join(self._field)
        self._field.clear()
        object.__setattr__(self, '_field_len', 0)
        if self._numeric:
            object.__setattr__(self, '_numeric', False)
            field = float(field)
        self._fields.append(field)

    def _parse_line(self, line, state):
        """Run the machine over `line` and its end (EOL); return the new state."""
        d = self._dialect
        delimiter = d.delimiter
        quotechar = d.quotechar if d.quoting != QUOTE_NONE else None
        escapechar = d.escapechar
        skipspace = d.skipinitialspace
        field_stop = self._field_stop
        quoted_stop = self._quoted_stop
        n = len(line)
        i = 0
        while True:
            if i < n:
                c = line[i]
            else:
                c = None                  # EOL: the end of the line
            i += 1
            if state == _START_RECORD:
                if c is None:
                    return state
                if c == '\n' or c == '\r':
                    state = _EAT_CRNL
                    continue
                state = _START_FIELD
            if state == _START_FIELD:
                if c is None or c == '\n' or c == '\r':
                    self._save_field()
                    state = _START_RECORD if c is None else _EAT_CRNL
                elif c == quotechar:
                    state = _IN_QUOTED_FIELD
                elif c == escapechar:
                    state = _ESCAPED_CHAR
                elif c == ' ' and skipspace:
                    pass
                elif c == delimiter:
                    self._save_field()
                else:
                    if d.quoting == QUOTE_NONNUMERIC:
                        object.__setattr__(self, '_numeric', True)
                    self._add(c)
                    state = _IN_FIELD
            elif state == _ESCAPED_CHAR:
                if c == '\n' or c == '\r':
                    self._add(c)
                    state = _AFTER_ESCAPED_CRNL
                else:
                    self._add('\n' if c is None else c)
                    state = _IN_FIELD
            elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
                # After an escaped line break the field goes on to the next line: this
                # state reads characters as _IN_FIELD does but ignores the end of line,
                # and (as in _csv.c) plain characters do not leave it.
                if c is None:
                    if state == _IN_FIELD:
                        self._save_field()
                        state = _START_RECORD
                    return state
                if c == '\n' or c == '\r':
                    self._save_field()
                    state = _EAT_CRNL
                elif c == escapechar:
                    state = _ESCAPED_CHAR
                elif c == delimiter:
                    self._save_field()
                    state = _START_FIELD
                else:
                    # take the run of ordinary characters up to the next one that matters
                    m = field_stop.search(line, i)
                    end = m.start() if m else n
                    self._add(line[i - 1:end])
                    i = end
            elif state == _IN_QUOTED_FIELD:
                if c is None:
                    return state
                if c == escapechar:
                    state = _ESCAPE_IN_QUOTED_FIELD
                elif c == quotechar:
                    state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
                else:
                    m = quoted_stop.search(line, i) if quoted_stop is not None else None
                    end = m.start() if m else n
                    self._add(line[i - 1:end])
                    i = end
            elif state == _ESCAPE_IN_QUOTED_FIELD:
                self._add('\n' if c is None else c)
                state = _IN_QUOTED_FIELD
            elif state == _QUOTE_IN_QUOTED_FIELD:
                if c is not None and c == quotechar:
                    self._add(c)
                    state = _IN_QUOTED_FIELD
                elif c == delimiter:
                    self._save_field()
                    state = _START_FIELD
                elif c is None or c == '\n' or c == '\r':
                    self._save_field()
                    state = _START_RECORD if c is None else _EAT_CRNL
                elif not d.strict:
                    self._add(c)
                    state = _IN_FIELD
                else:
                    raise Error("'%s' expected after '%s'" % (delimiter, d.quotechar))
            elif state == _EAT_CRNL:
                if c == '\n' or c == '\r':
                    pass
                elif c is None:
                    return _START_RECORD
                else:
                    raise Error(_NEWLINE_MESSAGE)
            if c is None:
                return state

_sys._c_layout(_Reader, 88, False, False)


_Reader.__name__ = 'reader'
_Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


def reader(*args, **kwargs):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)

The "iterable" argument can be any object that returns a line
of input for each iteration, such as a file object or a list.  The
optional "dialect" parameter is discussed below.  The function
also accepts optional keyword arguments which override settings
provided by the dialect.

The returned object is an iterator.  Each iteration returns a row
of the CSV file (which can span multiple input lines).
"""
    _unpack_tuple(args, 1, 2)
    source = iter(args[0])
    dialect = _call_dialect(args[1:], kwargs)
    self = object.__new__(_Reader)
    init = object.__setattr__
    init(self, '_input', source)
    init(self, '_dialect', dialect)
    init(self, '_line_num', 0)
    init(self, '_fields', None)
    init(self, '_field', [])
    init(self, '_field_len', 0)
    init(self, '_numeric', False)
    quotechar = dialect.quotechar if dialect.quoting != QUOTE_NONE else None
    init(self, '_field_stop', _char_class(['\n', '\r', dialect.escapechar,
                                           dialect.delimiter]))
    init(self, '_quoted_stop', _char_class([dialect.escapechar, quotechar]))
    # The fast path needs a line that split() reads as the machine would.
    if dialect.skipinitialspace or dialect.quoting == QUOTE_NONNUMERIC:
        plain = None
    else:
        plain = _char_class(['\n', '\r', dialect.escapechar, quotechar])
    init(self, '_plain', plain)
    return self


# ---- _csv.writer ----

def _is_number(value):
    """PyNumber_Check: what QUOTE_NONNUMERIC leaves unquoted."""
    if isinstance(value, (int, float, complex)):
        return True
    t = type(value)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__'))


class _Writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    __slots__ = ('_write', '_dialect', '_special')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_csv.writer' instances")

    dialect = property(lambda self: self._dialect)

    def __setattr__(self, name, value):
        _read_only(self, name, '_csv.writer', (), ('dialect',))

    def __delattr__(self, name):
        _read_only(self, name, '_csv.writer', (), ('dialect',))

    def __getattr__(self, name):
        raise AttributeError("'_csv.writer' object has no attribute '%s'" % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.writer' object")

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        d = self._dialect
        try:
            fields = iter(row)
        except TypeError:
            fields = None
        if fields is None:
            # raised outside the handler: CPython's Error has no __context__ here
            raise Error('iterable expected, not %s' % _type_name(row))
        quoting = d.quoting
        parts = []
        for field in fields:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._field_text(text, quoted))
        line = d.delimiter.join(parts)
        if parts and not line:
            # a record of one empty field is written as "" so it reads back as ['']
            if quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            line = d.quotechar * 2
        return self._write(line + d.lineterminator)

    def _field_text(self, text, quoted):
        """The field as written: escaped, quotes doubled, quoted if needed."""
        d = self._dialect
        if self._special.search(text) is None:
            if quoted:
                return d.quotechar + text + d.quotechar
            return text
        quotechar = d.quotechar
        escapechar = d.escapechar
        none = d.quoting == QUOTE_NONE
        out = []
        for c in text:
            if (c == d.delimiter or c == escapechar or c == quotechar
                    or c in d.lineterminator):
                escape = False
                if none:
                    escape = True
                else:
                    if c == quotechar:
                        if d.doublequote:
                            out.append(quotechar)
                        else:
                            escape = True
                    elif c == escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(escapechar)
            out.append(c)
        text = ''.join(out)
        if quoted:
            return quotechar + text + quotechar
        return text

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            _Writer.writerow(self, row)

_sys._c_layout(_Writer, 72, False, False)


_Writer.__name__ = 'writer'
_Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'
_Writer.writerow.__qualname__ = 'writer.writerow'
_Writer.writerows.__qualname__ = 'writer.writerows'


def writer(*args, **kwargs):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)

    [or]

    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    csv_writer.writerows(rows)

The "fileobj" argument can be any object that supports the file API.
"""
    _unpack_tuple(args, 1, 2)
    write = getattr(args[0], 'write', None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    dialect = _call_dialect(args[1:], kwargs)
    self = object.__new__(_Writer)
    init = object.__setattr__
    init(self, '_write', write)
    init(self, '_dialect', dialect)
    init(self, '_special', _char_class([dialect.delimiter, dialect.escapechar,
                                        dialect.quotechar] + list(dialect.lineterminator)))
    return self


# ---- the dialect classes of csv.py ----

class Dialect:
    """Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting.

    """
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            # the checks of _csv.Dialect, reported as csv.Error
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect('excel', excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


register_dialect('excel-tab', excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect('unix', unix_dialect)


# ---- rows as dicts ----

class DictReader:

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect='excel', *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey          # key of the list of extra values of a long row
        self.restval = restval          # value of the keys a short row lacks
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        # The first row, read on first use, unless fieldnames were given.
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames           # reads the header row
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:              # blank lines are skipped
            row = next(self.reader)
        result = dict(zip(self.fieldnames, row))
        nkeys = len(self.fieldnames)
        nvalues = len(row)
        if nkeys < nvalues:
            result[self.restkey] = row[nkeys:]
        elif nkeys > nvalues:
            for key in self.fieldnames[nvalues:]:
                result[key] = self.restval
        return result


class DictWriter:

    def __init__(self, f, fieldnames, restval='', extrasaction='raise',
                 dialect='excel', *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# ---- Sniffer: guess a dialect from a sample ----

# Text between two equal quotes with the same delimiter before and after it
# (`,'text',`); then the same at the start of a line, at its end, and alone on a line.
_QUOTED_PATTERNS = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


class Sniffer:
    '''
    "Sniffs" the format of a CSV file (i.e. delimiter, quotechar)
    Returns a Dialect object.
    '''

    def __init__(self):
        # the order in which equally likely delimiters are chosen
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """
        Returns a dialect (or None) corresponding to the sample
        """
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error('Could not determine delimiter')

        class dialect(Dialect):
            _name = 'sniffed'
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """
        Looks for text enclosed between two identical quotes
        (the probable quotechar) which are preceded and followed
        by the same character (the probable delimiter).
        For example:
                         ,'some text',
        The quote with the most wins, same with the delimiter.
        If there is no quotechar the delimiter can't be determined
        this way.
        """
        matches = []
        for pattern in _QUOTED_PATTERNS:
            regexp = re.compile(pattern, re.DOTALL | re.MULTILINE)
            matches = regexp.findall(data)
            if matches:
                break
        if not matches:
            return ('', False, None, 0)
        groups = regexp.groupindex
        quotes = {}
        delims = {}
        spaces = 0
        for m in matches:
            quote = m[groups['quote'] - 1]
            if quote:
                quotes[quote] = quotes.get(quote, 0) + 1
            if 'delim' not in groups:
                continue
            delim = m[groups['delim'] - 1]
            if delim and (delimiters is None or delim in delimiters):
                delims[delim] = delims.get(delim, 0) + 1
            if 'space' not in groups:
                continue
            if m[groups['space'] - 1]:
                spaces += 1

        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':         # most likely a single column
                delim = ''
        else:
            delim = ''                # a single column of quoted values
            skipinitialspace = 0

        # A third quote between two delimiters means quotes are doubled inside fields.
        escaped = re.escape(delim)
        dq_regexp = re.compile(
            r'((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)'
            % (escaped, quotechar, escaped, quotechar, escaped, quotechar, escaped),
            re.MULTILINE)
        doublequote = bool(dq_regexp.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """
        The delimiter /should/ occur the same number of times on
        each row. However, due to malformed data, it may not. We don't want
        an all or nothing approach, so we allow for small variations in this
        number.
          1) build a table of the frequency of each character on every line.
          2) build a table of frequencies of this frequency (meta-frequency?),
             e.g.  'x occurred 5 times in 10 rows, 6 times in 1000 rows,
             7 times in 2 rows'
          3) use the mode of the meta-frequency to determine the /expected/
             frequency for that character
          4) find out how often the character actually meets that goal
          5) the character that best meets its goal is the delimiter
        For performance reasons, the data is evaluated in chunks, so it can
        try and evaluate the smallest portion of the data possible, evaluating
        additional chunks as necessary.
        """
        lines = [line for line in data.split('\n') if line]
        ascii = [chr(c) for c in range(127)]
        chunk = min(10, len(lines))
        iteration = 0
        frequencies = {}      # char -> {count on a line: number of such lines}
        modes = {}            # char -> (most common count, its weight)
        delims = {}
        start, end = 0, chunk
        while start < len(lines):
            iteration += 1
            for line in lines[start:end]:
                for char in ascii:
                    table = frequencies.get(char, {})
                    count = line.count(char)
                    table[count] = table.get(count, 0) + 1
                    frequencies[char] = table

            for char in frequencies.keys():
                items = list(frequencies[char].items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    mode = max(items, key=lambda item: item[1])
                    # the mode's weight, less the lines that disagree with it
                    items.remove(mode)
                    modes[char] = (mode[0], mode[1] - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]

            mode_items = modes.items()
            total = float(min(chunk * iteration, len(lines)))
            consistency = 1.0
            threshold = 0.9
            while len(delims) == 0 and consistency >= threshold:
                for char, (count, weight) in mode_items:
                    if count > 0 and weight > 0:
                        if (weight / total >= consistency
                                and (delimiters is None or char in delimiters)):
                            delims[char] = (count, weight)
                consistency -= 0.01

            if len(delims) == 1:
                delim = list(delims.keys())[0]
                skipinitialspace = lines[0].count(delim) == lines[0].count('%c ' % delim)
                return (delim, skipinitialspace)

            start = end
            end += chunk

        if not delims:
            return ('', 0)

        if len(delims) > 1:
            for d in self.preferred:
                if d in delims.keys():
                    skipinitialspace = lines[0].count(d) == lines[0].count('%c ' % d)
                    return (d, skipinitialspace)

        ranked = sorted((value, char) for char, value in delims.items())
        delim = ranked[-1][1]
        skipinitialspace = lines[0].count(delim) == lines[0].count('%c ' % delim)
        return (delim, skipinitialspace)

    def has_header(self, sample):
        # The first row is taken for a header when it differs from the rows under it:
        # a column whose other rows all convert to complex (or all have one length)
        # votes for a header if the first row's cell does not (or has another length).
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        columns = len(header)
        column_types = {}
        for i in range(columns):
            column_types[i] = None

        checked = 0
        for row in rows:
            if checked > 20:          # enough rows to decide
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_types.keys()):
                this_type = complex
                try:
                    this_type(row[col])
                except (ValueError, OverflowError):
                    this_type = len(row[col])
                if this_type != column_types[col]:
                    if column_types[col] is None:
                        column_types[col] = this_type
                    else:
                        del column_types[col]   # inconsistent: this column cannot tell

        votes = 0
        for col, col_type in column_types.items():
            if type(col_type) == type(0):
                if len(header[col]) != col_type:
                    votes += 1
                else:
                    votes -= 1
            else:
                try:
                    col_type(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0

del _sys
