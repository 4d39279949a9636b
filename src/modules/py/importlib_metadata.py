"""importlib.metadata: what installed distributions say about themselves.

refpy's own version. An installed distribution is a `NAME-VERSION.dist-info` folder
(or an older `NAME-VERSION.egg-info` folder or file) in one of the folders of
`sys.path`; its METADATA (or PKG-INFO) file holds RFC 822 style headers, its
entry_points.txt an INI-like list of groups, its RECORD a CSV list of installed files.
refpy installs nothing itself, so only distributions that a script puts on `sys.path`
are found.
"""

import csv as _csv
import functools as _functools
import os as _os
import pathlib as _pathlib
import re as _re
import sys as _sys
import warnings as _warnings

__all__ = ['Distribution', 'DistributionFinder', 'PackageMetadata', 'PackageNotFoundError',
           'distribution', 'distributions', 'entry_points', 'files', 'metadata',
           'packages_distributions', 'requires', 'version']


class PackageNotFoundError(ModuleNotFoundError):
    """No installed distribution has the name asked for."""

    def __init__(self, *args):
        # refpy: ImportError's own `name` field still wins over the property below, so
        # it gets the distribution name too.
        super().__init__(*args, name=args[0] if len(args) == 1 else None)

    def __str__(self):
        name, = self.args
        return 'No package metadata was found for %s' % (name,)

    @property
    def name(self):
        name, = self.args
        return name


def _canonical(name):
    """The comparison form of a distribution name: case and runs of -_. do not count."""
    return _re.sub(r'[-_.]+', '-', name).lower().replace('-', '_')


# ---------------------------------------------------------------------------------------
# The metadata headers
# ---------------------------------------------------------------------------------------

class PackageMetadata:
    """What a distribution's metadata offers (a Message): see `_Headers`."""

    __module__ = 'importlib.metadata._meta'


_LIST_FIELDS = frozenset(name.lower() for name in (
    'Classifier', 'Obsoletes-Dist', 'Platform', 'Project-URL', 'Provides-Dist',
    'Provides-Extra', 'Requires-Dist', 'Requires-External', 'Supported-Platform',
    'Dynamic'))


class _Headers(PackageMetadata):
    """RFC 822 headers plus a body, looked up without regard to case. A missing header
    reads as None; the body also shows as a Description header."""

    __module__ = 'importlib.metadata._adapters'

    def __init__(self, text):
        self._fields = []
        body = ''
        lines = text.splitlines(True)
        for n, line in enumerate(lines):
            bare = line.rstrip('\r\n')
            if not bare:
                body = ''.join(lines[n + 1:])
                break
            if bare[0] in ' \t' and self._fields:
                key, value = self._fields[-1]
                self._fields[-1] = (key, value + '\n' + bare)
                continue
            key, colon, value = bare.partition(':')
            if colon:
                self._fields.append((key.strip(), value.strip()))
        self._body = body
        if body:
            self._fields.append(('Description', body))

    def __getitem__(self, name):
        wanted = name.lower()
        for key, value in self._fields:
            if key.lower() == wanted:
                return value
        return None

    def get(self, name, failobj=None):
        value = self[name]
        return failobj if value is None else value

    def get_all(self, name, failobj=None):
        wanted = name.lower()
        found = [value for key, value in self._fields if key.lower() == wanted]
        return found or failobj

    def __contains__(self, name):
        return self[name] is not None

    def keys(self):
        return [key for key, _ in self._fields]

    def values(self):
        return [value for _, value in self._fields]

    def items(self):
        return list(self._fields)

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self._fields)

    def get_payload(self):
        return self._body

    @property
    def json(self):
        result = {}
        for key in dict.fromkeys(self.keys()):
            if key.lower() in _LIST_FIELDS:
                value = self.get_all(key)
            else:
                value = self[key]
            if key.lower() == 'keywords':
                value = _re.split(r'\s+', value)
            result[key.lower().replace('-', '_')] = value
        return result


_Headers.__name__ = _Headers.__qualname__ = 'Message'


# ---------------------------------------------------------------------------------------
# Entry points
# ---------------------------------------------------------------------------------------

class EntryPoint:
    """A named reference `module:attr [extras]` a distribution publishes in a group."""

    def __init__(self, name, value, group):
        set_ = object.__setattr__
        set_(self, 'name', name)
        set_(self, 'value', value)
        set_(self, 'group', group)
        set_(self, 'dist', None)

    def __setattr__(self, name, value):
        raise AttributeError('EntryPoint objects are immutable.')

    def __delattr__(self, name):
        raise AttributeError('EntryPoint objects are immutable.')

    def _parts(self):
        head, bracket, tail = self.value.partition('[')
        target, colon, attr = head.partition(':')
        return (target.strip(), attr.strip() if colon else None,
                _re.findall(r'\w+', tail) if bracket else [])

    @property
    def module(self):
        return self._parts()[0]

    @property
    def attr(self):
        return self._parts()[1]

    @property
    def extras(self):
        return self._parts()[2]

    def load(self):
        """Import the module and follow the attribute path."""
        import importlib
        target, attr, _ = self._parts()
        found = importlib.import_module(target)
        for part in (attr or '').split('.'):
            if part:
                found = getattr(found, part)
        return found

    def _with_dist(self, dist):
        object.__setattr__(self, 'dist', dist)
        return self

    def matches(self, **params):
        return all(getattr(self, key) == value for key, value in params.items())

    def _key(self):
        return (self.name, self.value, self.group)

    def __eq__(self, other):
        if not isinstance(other, EntryPoint):
            return NotImplemented
        return (self.name, self.value, self.group) == other._key()

    def __lt__(self, other):
        return (self.name, self.value, self.group) < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return 'EntryPoint(name=%r, value=%r, group=%r)' % self._key()

    def __reduce__(self):
        return (type(self), self._key())

    def __iter__(self):
        _warnings.warn('Construction of dict of EntryPoints is deprecated in favor of '
                       'EntryPoints.', DeprecationWarning, stacklevel=2)
        return iter((self.name, self))

    def __getitem__(self, index):
        _warnings.warn('EntryPoint tuple interface is deprecated. Access members by name.',
                       DeprecationWarning, stacklevel=2)
        return self._key()[index]


class EntryPoints(list):
    """A list of entry points, also indexable by entry point name."""

    __slots__ = ()

    def __getitem__(self, name):
        if isinstance(name, int):
            _warnings.warn('Accessing entry points by index is deprecated. '
                           'Cast to tuple if needed.', DeprecationWarning, stacklevel=2)
            return list.__getitem__(self, name)
        for point in self:
            if point.name == name:
                return point
        raise KeyError(name)

    def select(self, **params):
        return EntryPoints(point for point in self if point.matches(**params))

    @property
    def names(self):
        return {point.name for point in self}

    @property
    def groups(self):
        return {point.group for point in self}


class SelectableGroups(dict):
    """entry_points() without arguments: a dict of group name -> EntryPoints."""

    __slots__ = ()

    @classmethod
    def load(cls, points):
        grouped = {}
        for point in points:
            grouped.setdefault(point.group, EntryPoints()).append(point)
        return cls(grouped)

    def __getitem__(self, group):
        _warnings.warn('SelectableGroups dict interface is deprecated. Use select.',
                       DeprecationWarning, stacklevel=2)
        return dict.__getitem__(self, group)

    def _all(self):
        return EntryPoints(point for group in dict.values(self) for point in group)

    @property
    def groups(self):
        return self._all().groups

    @property
    def names(self):
        return self._all().names

    def select(self, **params):
        if not params:
            return self
        return self._all().select(**params)


def _sections(text):
    """(section, line) for the meaningful lines of an INI-like text."""
    section = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(('#', ';')):
            continue
        if line.startswith('[') and line.endswith(']'):
            section = line[1:-1].strip()
            continue
        yield section, line


def _entry_points_from(text, dist):
    points = EntryPoints()
    for group, line in _sections(text or ''):
        name, _, value = line.partition('=')
        points.append(EntryPoint(name.strip(), value.strip(), group)._with_dist(dist))
    return points


# ---------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------

class FileHash:
    def __init__(self, spec):
        parts = spec.split('=', 1)
        self.mode = parts[0]
        self.value = parts[1] if len(parts) > 1 else ''

    def __repr__(self):
        return '<FileHash mode: %s value: %s>' % (self.mode, self.value)


class PackagePath(_pathlib.PurePosixPath):
    """A file a distribution installed, relative to its site folder."""

    def read_text(self, encoding='utf-8'):
        return self.locate().read_text(encoding=encoding)

    def read_binary(self):
        return self.locate().read_bytes()

    def locate(self):
        return self.dist.locate_file(self)


def _package_path(text, hash_spec, size, dist):
    entry = PackagePath(text)
    entry.hash = FileHash(hash_spec) if hash_spec else None
    entry.size = int(size) if size else None
    entry.dist = dist
    return entry


# ---------------------------------------------------------------------------------------
# Distributions
# ---------------------------------------------------------------------------------------

class Distribution:
    """An installed distribution: subclasses say how to read its metadata files."""

    def read_text(self, filename):
        raise NotImplementedError

    def locate_file(self, path):
        raise NotImplementedError

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError('A distribution name is required.')
        for dist in cls.discover(name=name):
            return dist
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        given = kwargs.pop('context', None)
        if given and kwargs:
            raise ValueError('cannot accept context and kwargs')
        wanted = given if given else DistributionFinder.Context(**kwargs)
        for finder in _finders():
            yield from finder.find_distributions(wanted)

    @staticmethod
    def at(path):
        return PathDistribution(_pathlib.Path(path))

    @property
    def metadata(self):
        text = (self.read_text('METADATA') or self.read_text('PKG-INFO')
                or self.read_text(''))
        return _Headers(text)

    @property
    def name(self):
        return self.metadata['Name']

    @property
    def _normalized_name(self):
        return _canonical(self.name)

    @property
    def version(self):
        return self.metadata['Version']

    @property
    def entry_points(self):
        return _entry_points_from(self.read_text('entry_points.txt'), self)

    @property
    def files(self):
        record = self.read_text('RECORD')
        if record is not None:
            rows = _csv.reader(record.splitlines())
            return [_package_path(row[0], row[1] if len(row) > 1 else '',
                                  row[2] if len(row) > 2 else '', self)
                    for row in rows if row]
        listing = self.read_text('installed-files.txt')
        if listing is not None:
            return [_package_path(_posix_relative(line), '', '', self)
                    for line in listing.splitlines() if line]
        listing = self.read_text('SOURCES.txt')
        if listing is not None:
            return [_package_path(line, '', '', self)
                    for line in listing.splitlines() if line]
        return None

    @property
    def requires(self):
        found = self.metadata.get_all('Requires-Dist')
        if found is not None:
            return found
        text = self.read_text('requires.txt')
        if text is None:
            return None
        return list(_requirements_from_egg(text))


def _posix_relative(line):
    return line.replace(_os.sep, '/')


def _requirements_from_egg(text):
    """Turns requires.txt sections ([extra:marker]) into Requires-Dist lines."""
    for section, line in _sections(text):
        extra, _, marker = (section or '').partition(':')
        conditions = []
        if marker:
            conditions.append('(%s)' % marker if extra else marker)
        if extra:
            conditions.append('extra == "%s"' % extra)
        yield line + ('; ' + ' and '.join(conditions) if conditions else '')


class PathDistribution(Distribution):
    """A distribution whose metadata is a folder (or an egg-info file) on disk."""

    def __init__(self, path):
        self._path = path

    def read_text(self, filename):
        try:
            return (self._path / filename).read_text(encoding='utf-8')
        except (FileNotFoundError, IsADirectoryError, KeyError, NotADirectoryError,
                PermissionError):
            return None

    def locate_file(self, path):
        return self._path.parent / path


class DistributionFinder:
    """A meta path finder that can also list distributions."""

    class Context:
        """What to look for: a distribution name (None: all) in the folders `path`."""

        name = None

        def __init__(self, **kwargs):
            vars(self).update(kwargs)

        @property
        def path(self):
            return vars(self).get('path', _sys.path)

    def find_distributions(self, context=Context()):
        raise NotImplementedError


def _metadata_folders(folder):
    """The dist-info entries of `folder`, then its egg-info ones, in listing order."""
    try:
        names = _os.listdir(folder or '.')
    except OSError:
        return
    for suffix in ('.dist-info', '.egg-info'):
        for name in names:
            if name.lower().endswith(suffix):
                yield name


class MetadataPathFinder(DistributionFinder):
    """Finds distributions in the folders of sys.path (or the context's path)."""

    @classmethod
    def find_distributions(cls, context=DistributionFinder.Context()):
        wanted = None if context.name is None else _canonical(context.name)
        for folder in context.path:
            for entry in _metadata_folders(folder):
                stem = entry.rpartition('.')[0].partition('-')[0]
                if wanted is None or _canonical(stem) == wanted:
                    yield PathDistribution(_pathlib.Path(folder or '.', entry))

    @classmethod
    def invalidate_caches(cls):
        pass


def _finders():
    finders = [f for f in getattr(_sys, 'meta_path', ())
               if hasattr(f, 'find_distributions') and f is not MetadataPathFinder]
    finders.append(MetadataPathFinder)
    return finders


# ---------------------------------------------------------------------------------------
# The functions
# ---------------------------------------------------------------------------------------

def distribution(distribution_name):
    """The Distribution called `distribution_name`."""
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    """All distributions found (kwargs: name, path, or context)."""
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    return distribution(distribution_name).metadata


def version(distribution_name):
    return distribution(distribution_name).version


def files(distribution_name):
    return distribution(distribution_name).files


def requires(distribution_name):
    return distribution(distribution_name).requires


def _first_of_each_name(dists):
    seen = set()
    for dist in dists:
        key = _canonical(dist.name or '')
        if key not in seen:
            seen.add(key)
            yield dist


def entry_points(**params):
    """The entry points of every distribution: all of them grouped (no params), or an
    EntryPoints of those matching params (group=..., name=...)."""
    points = (point for dist in _first_of_each_name(distributions())
              for point in dist.entry_points)
    groups = SelectableGroups.load(points)
    return groups.select(**params)


def packages_distributions():
    """{top-level import name: [names of the distributions providing it]}."""
    found = {}
    for dist in distributions():
        listed = dist.read_text('top_level.txt')
        if listed is not None:
            tops = listed.split()
        else:
            tops = []
            for entry in dist.files or ():
                if entry.suffix == '.py' or len(entry.parts) > 1:
                    top = entry.parts[0]
                    top = top[:-3] if top.endswith('.py') else top
                    if '.' not in top and top not in tops:
                        tops.append(top)
        for top in tops:
            found.setdefault(top, []).append(dist.metadata['Name'])
    return found
