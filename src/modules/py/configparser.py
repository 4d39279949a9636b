"""INI-style configuration files: sections of ``key = value`` options.

refpy's own implementation, written from the library documentation and from the
behaviour of CPython 3.11 (messages, reprs, the order in which errors surface).
"""

import functools
import io
import itertools
import os
import re
import sys
import warnings
from collections import ChainMap
from collections.abc import MutableMapping

__all__ = [
    'NoSectionError',
    'DuplicateOptionError',
    'DuplicateSectionError',
    'NoOptionError',
    'InterpolationError',
    'InterpolationDepthError',
    'InterpolationMissingOptionError',
    'InterpolationSyntaxError',
    'ParsingError',
    'MissingSectionHeaderError',
    'ConfigParser',
    'SafeConfigParser',
    'RawConfigParser',
    'Interpolation',
    'BasicInterpolation',
    'ExtendedInterpolation',
    'LegacyInterpolation',
    'SectionProxy',
    'ConverterMapping',
    'DEFAULTSECT',
    'MAX_INTERPOLATION_DEPTH',
]

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10

# Marks "argument not given" where None is a meaningful value.
_NOT_GIVEN = object()


# ---------------------------------------------------------------- exceptions

class Error(Exception):
    """Root of this module's exceptions; str() and repr() give `message`."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _reading_place(source, lineno):
    """'While reading from SOURCE [line  N]', or None without a source."""
    if source is None:
        return None
    place = 'While reading from ' + repr(source)
    if lineno is not None:
        place += ' [line %2d]' % (lineno,)
    return place


class NoSectionError(Error):
    """The named section does not exist."""

    def __init__(self, section):
        Error.__init__(self, 'No section: ' + repr(section))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    """A section appeared twice (in one source when strict, or add_section)."""

    def __init__(self, section, source=None, lineno=None):
        place = _reading_place(source, lineno)
        if place is None:
            text = 'Section %r already exists' % (section,)
        else:
            text = '%s: section %r already exists' % (place, section)
        Error.__init__(self, text)
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """An option appeared twice in one section of one source (strict mode)."""

    def __init__(self, section, option, source=None, lineno=None):
        place = _reading_place(source, lineno)
        if place is None:
            text = 'Option %r in section %r already exists' % (option, section)
        else:
            text = '%s: option %r in section %r already exists' % (place, option, section)
        Error.__init__(self, text)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """The section exists but lacks the option."""

    def __init__(self, option, section):
        Error.__init__(self, 'No option %r in section: %r' % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Root of the errors raised while substituting references in a value."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A value refers to an option that cannot be found."""

    def __init__(self, option, section, rawval, reference):
        text = ('Bad value substitution: option {!r} in section {!r} contains an '
                'interpolation key {!r} which is not a valid option name. '
                'Raw value: {!r}').format(option, section, reference, rawval)
        InterpolationError.__init__(self, option, section, text)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value's reference syntax is malformed."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH."""

    def __init__(self, option, section, rawval):
        text = ('Recursion limit exceeded in value substitution: option {!r} in '
                'section {!r} contains an interpolation key which cannot be '
                'substituted in {} steps. Raw value: {!r}').format(
                    option, section, MAX_INTERPOLATION_DEPTH, rawval)
        InterpolationError.__init__(self, option, section, text)
        self.args = (option, section, rawval)


_FILENAME_NOTE = "The 'filename' attribute will be removed in Python 3.12. Use 'source' instead."


class ParsingError(Error):
    """Lines of a source that could not be understood (collected, then raised)."""

    def __init__(self, source=None, filename=None):
        if source and filename:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        if not (source or filename):
            raise ValueError("Required argument `source' not given.")
        if filename:
            source = filename
        Error.__init__(self, 'Source contains parsing errors: %r' % (source,))
        self.source = source
        self.errors = []
        self.args = (source,)

    @property
    def filename(self):
        warnings.warn(_FILENAME_NOTE, DeprecationWarning, stacklevel=2)
        return self.source

    @filename.setter
    def filename(self, value):
        warnings.warn(_FILENAME_NOTE, DeprecationWarning, stacklevel=2)
        self.source = value

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message = '%s\n\t[line %2d]: %s' % (self.message, lineno, line)


class MissingSectionHeaderError(ParsingError):
    """An option line came before any [section] line."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r'
                       % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


# ------------------------------------------------------------- interpolation

class Interpolation:
    """The do-nothing interpolation: values pass through unchanged."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _Syntax:
    """What distinguishes one reference notation from another: the sigil that
    starts a reference, the character that opens a name after it, and the regex
    of a whole reference (group 1 is the name)."""

    def __init__(self, sigil, opener, pattern):
        self.sigil = sigil
        self.opener = opener
        self.whole = re.compile(pattern)

    def pieces(self, text, option, section):
        """Walk `text` left to right, yielding ('text', s) for literal runs and
        ('ref', name, end) for references; malformed syntax raises when reached."""
        if not text:
            return
        sigil = self.sigil
        pos = 0
        while True:
            hit = text.find(sigil, pos)
            if hit < 0:
                if pos < len(text):
                    yield ('text', text[pos:])
                return
            if hit > pos:
                yield ('text', text[pos:hit])
            follower = text[hit + 1:hit + 2]
            if follower == sigil:
                yield ('text', sigil)
                pos = hit + 2
            elif follower == self.opener:
                found = self.whole.match(text, hit)
                if found is None:
                    raise InterpolationSyntaxError(
                        option, section,
                        'bad interpolation variable reference %r' % (text[hit:],))
                yield ('ref', found.group(1), found.end())
                pos = found.end()
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'{0}' must be followed by '{0}' or '{1}', found: {2!r}".format(
                        sigil, self.opener, text[hit:]))

    def check(self, value):
        """The ValueError set() raises for a value with a stray sigil."""
        stripped = self.whole.sub('', value.replace(self.sigil * 2, ''))
        where = stripped.find(self.sigil)
        if where >= 0:
            raise ValueError('invalid interpolation syntax in %r at position %d'
                             % (value, where))


def _raw_value(parser, section, option, fallback):
    # The unexpanded text an error message quotes.
    return parser.get(section, option, raw=True, fallback=fallback)


_PERCENT = _Syntax('%', '(', r'%\(([^)]+)\)s')
_DOLLAR = _Syntax('$', '{', r'\$\{([^}]+)\}')


class BasicInterpolation(Interpolation):
    """%(name)s references to options of the same section (or the defaults)."""

    def before_get(self, parser, section, option, value, defaults):
        return ''.join(self._expand(parser, section, option, value, defaults, 1))

    def before_set(self, parser, section, option, value):
        _PERCENT.check(value)
        return value

    def _expand(self, parser, section, option, text, lookup, level):
        if level > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section,
                                          _raw_value(parser, section, option, text))
        for piece in _PERCENT.pieces(text, option, section):
            if piece[0] == 'text':
                yield piece[1]
                continue
            key = parser.optionxform(piece[1])
            try:
                found = lookup[key]
            except KeyError:
                raise InterpolationMissingOptionError(
                    option, section, _raw_value(parser, section, option, text), key) from None
            if '%' in found:
                yield from self._expand(parser, section, option, found, lookup, level + 1)
            else:
                yield found


class ExtendedInterpolation(Interpolation):
    """${name} and ${section:name} references, as in zc.buildout."""

    def before_get(self, parser, section, option, value, defaults):
        return ''.join(self._expand(parser, section, option, value, defaults, 1))

    def before_set(self, parser, section, option, value):
        _DOLLAR.check(value)
        return value

    def _expand(self, parser, section, option, text, lookup, level):
        if level > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section,
                                          _raw_value(parser, section, option, text))
        for piece in _DOLLAR.pieces(text, option, section):
            if piece[0] == 'text':
                yield piece[1]
                continue
            name, end = piece[1], piece[2]
            parts = name.split(':')
            if len(parts) > 2:
                raise InterpolationSyntaxError(option, section,
                                               "More than one ':' found: %r" % (text[end:],))
            try:
                if len(parts) == 1:
                    where, key = section, parser.optionxform(parts[0])
                    found = lookup[key]
                else:
                    where, key = parts[0], parser.optionxform(parts[1])
                    found = parser.get(where, key, raw=True)
            except (KeyError, NoSectionError, NoOptionError):
                raise InterpolationMissingOptionError(
                    option, section, _raw_value(parser, section, option, text), name) from None
            if '$' in found:
                inner = dict(parser.items(where, raw=True))
                yield from self._expand(parser, where, key, found, inner, level + 1)
            else:
                yield found


_LEGACY_NAME = re.compile(r'%\(([^)]*)\)s')


class LegacyInterpolation(Interpolation):
    """The old %-formatting interpolation (deprecated)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn("LegacyInterpolation has been deprecated since Python 3.2 "
                      "and will be removed from the configparser module in Python 3.13. "
                      "Use BasicInterpolation or ExtendedInterpolation instead.",
                      DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        original = value
        table = dict(vars)

        def lowered(match):
            return '%%(%s)s' % parser.optionxform(match.group(1))

        rounds = MAX_INTERPOLATION_DEPTH
        while rounds and value and '%(' in value:
            rounds -= 1
            try:
                value = _LEGACY_NAME.sub(lowered, value) % table
            except KeyError as missing:
                raise InterpolationMissingOptionError(
                    option, section, original, missing.args[0]) from None
        if value and '%(' in value:
            raise InterpolationDepthError(option, section, original)
        return value

    def before_set(self, parser, section, option, value):
        return value


# -------------------------------------------------------------------- reading

def _inline_comment_at(line, prefixes):
    """Index where an inline comment starts in `line`, or None.

    A prefix counts at the start of the line or after whitespace. The search goes
    in rounds: each round moves every prefix to its next occurrence, and the
    first round with a qualifying occurrence decides (its leftmost one)."""
    last = dict.fromkeys(prefixes, -1)
    while last:
        best = None
        for prefix in list(last):
            at = line.find(prefix, last[prefix] + 1)
            if at < 0:
                del last[prefix]
                continue
            last[prefix] = at
            if at == 0 or line[at - 1].isspace():
                if best is None or at < best:
                    best = at
        if best is not None:
            return best
    return None


class _SourceReader:
    """Feeds the lines of one source into a parser's sections."""

    def __init__(self, parser, source):
        self.parser = parser
        self.source = source
        self.met = set()          # sections and (section, option) pairs of this source
        self.section = None       # name of the section being filled
        self.options = None       # its option dict
        self.key = None           # option that indented lines continue
        self.indent = 0           # indentation of the line that started it
        self.problems = None      # ParsingError collecting bad lines

    def complain(self, lineno, line):
        if self.problems is None:
            self.problems = ParsingError(self.source)
        self.problems.append(lineno, repr(line))

    def feed(self, lineno, line):
        p = self.parser
        cut = _inline_comment_at(line, p._inline_marks)
        bare = line.strip()
        if any(bare.startswith(mark) for mark in p._line_marks):
            cut = 0
        content = (line if cut is None else line[:cut]).strip()
        if not content:
            if not p._blank_lines_continue:
                self.indent = sys.maxsize
            elif cut is None and self.key and self.options is not None \
                    and self.options[self.key] is not None:
                self.options[self.key].append('')
            return
        indent = len(line) - len(line.lstrip())
        if self.key and self.options is not None and indent > self.indent:
            self.options[self.key].append(content)
            return
        self.indent = indent
        header = p.SECTCRE.match(content)
        if header is not None:
            self.open_section(header.group('header'), lineno)
            return
        if self.options is None:
            raise MissingSectionHeaderError(self.source, lineno, line)
        parts = p._option_re.match(content)
        if parts is None:
            self.complain(lineno, line)
            return
        name, value = parts.group('option'), parts.group('value')
        if not name:
            self.complain(lineno, line)
        key = p.optionxform(name.rstrip())
        pair = (self.section, key)
        if p._strict and pair in self.met:
            raise DuplicateOptionError(self.section, key, self.source, lineno)
        self.met.add(pair)
        self.key = key
        self.options[key] = None if value is None else [value.strip()]

    def open_section(self, name, lineno):
        p = self.parser
        if name in p._sections:
            if p._strict and name in self.met:
                raise DuplicateSectionError(name, self.source, lineno)
            self.options = p._sections[name]
            self.met.add(name)
        elif name == p.default_section:
            self.options = p._defaults
        else:
            self.options = p._sections[name] = p._dict_type()
            p._views[name] = SectionProxy(p, name)
            self.met.add(name)
        self.section = name
        self.key = None

    def finish(self):
        p = self.parser
        every = itertools.chain([(p.default_section, p._defaults)], p._sections.items())
        for name, options in every:
            for key, value in options.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[key] = p._interpolation.before_read(p, name, key, value)
        if self.problems is not None:
            raise self.problems


def _option_pattern(delimiters, optional):
    alternatives = '|'.join(re.escape(d) for d in delimiters)
    if optional:
        return r'(?P<option>.*?)\s*(?:(?P<vi>%s)\s*(?P<value>.*))?$' % alternatives
    return r'(?P<option>.*?)\s*(?P<vi>%s)\s*(?P<value>.*)$' % alternatives


# ------------------------------------------------------------------- parsers

class RawConfigParser(MutableMapping):
    """A configuration parser without interpolation."""

    SECTCRE = re.compile(r'\[(?P<header>.+)\]')
    OPTCRE = re.compile(_option_pattern(('=', ':'), False))
    OPTCRE_NV = re.compile(_option_pattern(('=', ':'), True))
    NONSPACECRE = re.compile(r'\S')
    BOOLEAN_STATES = dict.fromkeys(('1', 'yes', 'true', 'on'), True)
    BOOLEAN_STATES.update(dict.fromkeys(('0', 'no', 'false', 'off'), False))

    _standard_interpolation = Interpolation()

    def __init__(self, defaults=None, dict_type=dict,
                 allow_no_value=False, *, delimiters=('=', ':'),
                 comment_prefixes=('#', ';'), inline_comment_prefixes=None,
                 strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT,
                 interpolation=_NOT_GIVEN, converters=_NOT_GIVEN):
        self._dict_type = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._conv_map = ConverterMapping(self)
        self._views = dict_type()
        self._views[default_section] = SectionProxy(self, default_section)
        self._delims = tuple(delimiters)
        if self._delims == ('=', ':'):
            self._option_re = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            self._option_re = re.compile(_option_pattern(self._delims, allow_no_value))
        self._line_marks = tuple(comment_prefixes or ())
        self._inline_marks = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_nv = allow_no_value
        self._blank_lines_continue = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _NOT_GIVEN:
            interpolation = self._standard_interpolation
        elif interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError('interpolation= must be None or an instance of Interpolation;'
                            ' got an object of type %s' % (type(interpolation),))
        self._interpolation = interpolation
        if converters is not _NOT_GIVEN:
            self._conv_map.update(converters)
        if defaults:
            self._install_defaults(defaults)

    def _install_defaults(self, defaults):
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    # -- sections and options

    def defaults(self):
        return self._defaults

    def sections(self):
        return list(self._sections)

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % (section,))
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict_type()
        self._views[section] = SectionProxy(self, section)

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        try:
            own = self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None
        return list(own) + [k for k in self._defaults if k not in own]

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        key = self.optionxform(option)
        return key in self._sections[section] or key in self._defaults

    def _option_dict(self, section):
        # The dict set()/remove_option() work on: '' and the default section
        # name mean the defaults.
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._option_dict(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        table = self._option_dict(section)
        key = self.optionxform(option)
        if key not in table:
            return False
        del table[key]
        return True

    def remove_section(self, section):
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._views[section]
        return True

    # -- reading

    def read(self, filenames, encoding=None):
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as handle:
                    self._consume(handle, name)
            except OSError:
                continue
            done.append(os.fspath(name) if isinstance(name, os.PathLike) else name)
        return done

    def read_file(self, f, source=None):
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._consume(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        met = set()
        for given_section, entries in dictionary.items():
            section = str(given_section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in met:
                    raise
            met.add(section)
            for given_key, given_value in entries.items():
                key = self.optionxform(str(given_key))
                value = given_value if given_value is None else str(given_value)
                if self._strict and (section, key) in met:
                    raise DuplicateOptionError(section, key, source)
                met.add((section, key))
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        warnings.warn("This method will be removed in Python 3.12. "
                      "Use 'parser.read_file()' instead.",
                      DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    def _consume(self, lines, source):
        reader = _SourceReader(self, source)
        lineno = 0
        for line in lines:
            lineno += 1
            reader.feed(lineno, line)
        reader.finish()

    # -- getting values

    def _lookup_chain(self, section, vars):
        """vars, then the section, then the defaults, as one mapping."""
        own = {}
        try:
            own = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        extra = {}
        if vars:
            for key, value in vars.items():
                extra[self.optionxform(key)] = value if value is None else str(value)
        return ChainMap(extra, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_NOT_GIVEN):
        try:
            chain = self._lookup_chain(section, vars)
        except NoSectionError:
            if fallback is _NOT_GIVEN:
                raise
            return fallback
        key = self.optionxform(option)
        try:
            value = chain[key]
        except KeyError:
            if fallback is _NOT_GIVEN:
                raise NoOptionError(key, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, key, value, chain)

    def _get_converted(self, section, option, conv, *, raw=False, vars=None,
                       fallback=_NOT_GIVEN, **kwargs):
        try:
            return conv(self.get(section, option, raw=raw, vars=vars, **kwargs))
        except (NoSectionError, NoOptionError):
            if fallback is _NOT_GIVEN:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None,
               fallback=_NOT_GIVEN, **kwargs):
        return self._get_converted(section, option, int, raw=raw, vars=vars,
                                   fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None,
                 fallback=_NOT_GIVEN, **kwargs):
        return self._get_converted(section, option, float, raw=raw, vars=vars,
                                   fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None,
                   fallback=_NOT_GIVEN, **kwargs):
        return self._get_converted(section, option, self._truth, raw=raw, vars=vars,
                                   fallback=fallback, **kwargs)

    def _truth(self, value):
        state = self.BOOLEAN_STATES.get(value.lower(), _NOT_GIVEN)
        if state is _NOT_GIVEN:
            raise ValueError('Not a boolean: %s' % value)
        return state

    def items(self, section=_NOT_GIVEN, raw=False, vars=None):
        if section is _NOT_GIVEN:
            return super().items()
        merged = self._defaults.copy()
        try:
            merged.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(merged)
        if vars:
            for key, value in vars.items():
                merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        expand = self._interpolation.before_get
        return [(name, expand(self, section, name, merged[name], merged)) for name in names]

    def popitem(self):
        for name in self.sections():
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    @property
    def converters(self):
        return self._conv_map

    def _check_types(self, *, section='', option='', value=''):
        if not isinstance(section, str):
            raise TypeError('section names must be strings')
        if not isinstance(option, str):
            raise TypeError('option keys must be strings')
        if (value or not self._allow_nv) and not isinstance(value, str):
            raise TypeError('option values must be strings')

    # -- writing

    def write(self, fp, space_around_delimiters=True):
        sep = self._delims[0]
        if space_around_delimiters:
            sep = ' %s ' % sep
        if self._defaults:
            self._write_one(fp, self.default_section, self._defaults, sep)
        for name, options in self._sections.items():
            self._write_one(fp, name, options, sep)

    def _write_one(self, fp, name, options, sep):
        fp.write(f'[{name}]\n')
        for key, value in options.items():
            value = self._interpolation.before_write(self, name, key, value)
            if value is None and self._allow_nv:
                fp.write(f'{key}\n')
            else:
                shown = str(value).replace('\n', '\n\t')
                fp.write(f'{key}{sep}{shown}\n')
        fp.write('\n')

    # -- the mapping of section names to SectionProxy objects

    def __getitem__(self, key):
        if key != self.default_section and key not in self._sections:
            raise KeyError(key)
        return self._views[key]

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError('Cannot remove the default section.')
        if key not in self._sections:
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or key in self._sections

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        yield self.default_section
        yield from self._sections


class ConfigParser(RawConfigParser):
    """A configuration parser with %(name)s interpolation by default."""

    _standard_interpolation = BasicInterpolation()

    def set(self, section, option, value=None):
        self._check_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._check_types(section=section)
        super().add_section(section)

    def _install_defaults(self, defaults):
        # As read_dict() into the default section, but without interpolation
        # checks on the values.
        name = self.default_section
        met = set()
        for given_key, given_value in defaults.items():
            key = self.optionxform(str(given_key))
            value = given_value if given_value is None else str(given_value)
            if self._strict and key in met:
                raise DuplicateOptionError(name, key, '<dict>')
            met.add(key)
            self._check_types(option=key, value=value)
            self._defaults[self.optionxform(key)] = value


class SafeConfigParser(ConfigParser):
    """The pre-3.2 name of ConfigParser (deprecated)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn("The SafeConfigParser class has been renamed to ConfigParser "
                      "in Python 3.2. This alias will be removed in Python 3.12. "
                      "Use ConfigParser directly instead.",
                      DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):
    """A live view of one section of a parser."""

    def __init__(self, parser, name):
        self._owner = parser
        self._section = name
        for conv_name in parser.converters:
            method = 'get' + conv_name
            setattr(self, method, functools.partial(self.get, _impl=getattr(parser, method)))

    def __repr__(self):
        return '<Section: %s>' % (self._section,)

    def _names(self):
        if self._section == self._owner.default_section:
            return self._owner.defaults()
        return self._owner.options(self._section)

    def __getitem__(self, key):
        if not self._owner.has_option(self._section, key):
            raise KeyError(key)
        return self._owner.get(self._section, key)

    def __setitem__(self, key, value):
        self._owner._check_types(option=key, value=value)
        return self._owner.set(self._section, key, value)

    def __delitem__(self, key):
        owner = self._owner
        if not owner.has_option(self._section, key) or not owner.remove_option(self._section, key):
            raise KeyError(key)

    def __contains__(self, key):
        return self._owner.has_option(self._section, key)

    def __len__(self):
        return len(self._names())

    def __iter__(self):
        return iter(self._names())

    @property
    def parser(self):
        return self._owner

    @property
    def name(self):
        return self._section

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        getter = _impl or self._owner.get
        return getter(self._section, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The converters of a parser: name -> function, each one also available as
    a get<name>() method of the parser and of its section proxies."""

    GETTERCRE = re.compile(r'^get(?P<name>.+)$')

    def __init__(self, parser):
        self._owner = parser
        self._table = {}
        for attr in dir(parser):
            found = self.GETTERCRE.match(attr)
            if found is not None and callable(getattr(parser, attr)):
                self._table[found.group('name')] = None

    def __getitem__(self, key):
        return self._table[key]

    def __setitem__(self, key, value):
        try:
            method = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if method == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._table[key] = value
        getter = functools.partial(self._owner._get_converted, conv=value)
        getter.converter = value
        setattr(self._owner, method, getter)
        for proxy in self._owner.values():
            setattr(proxy, method, functools.partial(proxy.get, _impl=getter))

    def __delitem__(self, key):
        try:
            method = 'get' + key
            if method == 'get':
                raise TypeError
        except TypeError:
            raise KeyError(key)
        del self._table[key]
        for holder in itertools.chain((self._owner,), self._owner.values()):
            if method in vars(holder):
                delattr(holder, method)

    def __iter__(self):
        return iter(self._table)

    def __len__(self):
        return len(self._table)
