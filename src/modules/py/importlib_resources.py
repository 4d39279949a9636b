"""importlib.resources: the data files that live beside a package's modules.

refpy's own version. A package on disk is a folder, so `files(package)` is that folder
as a `pathlib.Path`; a namespace package spread over several folders gets a
`MultiplexedPath` that looks through all of them. The older one-call functions
(`read_text`, `open_binary`, `path`, `contents`, ...) are kept, each warning that it is
deprecated as 3.11's do, and are written on top of `files()`. Packages compiled into
refpy (its own stdlib) have no folder and so no resources.
"""

import os as _os
import pathlib as _pathlib
import sys as _sys
import types as _types
from contextlib import contextmanager as _contextmanager
from typing import Union as _Union
import abc as _abc

__all__ = ['Package', 'Resource', 'ResourceReader', 'as_file', 'contents', 'files',
           'is_resource', 'open_binary', 'open_text', 'path', 'read_binary', 'read_text']

Package = _Union[_types.ModuleType, str]
Resource = str


class ResourceReader(metaclass=_abc.ABCMeta):
    """What a loader offers to read its package's resources (the pre-`files()` API)."""

    @_abc.abstractmethod
    def open_resource(self, resource):
        raise FileNotFoundError

    @_abc.abstractmethod
    def resource_path(self, resource):
        raise FileNotFoundError

    @_abc.abstractmethod
    def is_resource(self, path):
        raise FileNotFoundError

    @_abc.abstractmethod
    def contents(self):
        raise FileNotFoundError


ResourceReader.__module__ = 'importlib.resources.abc'


class MultiplexedPath:
    """The merged view of a namespace package's folders: a directory whose entries are
    those of every folder, the first folder winning when two hold the same name."""

    def __init__(self, *paths):
        folders = [_pathlib.Path(p) for p in paths]
        if not folders:
            raise FileNotFoundError('MultiplexedPath must contain at least one path')
        for folder in folders:
            if not folder.is_dir():
                raise NotADirectoryError('MultiplexedPath only supports directories')
        self._folders = folders

    def iterdir(self):
        taken = set()
        for folder in self._folders:
            for entry in folder.iterdir():
                if entry.name not in taken:
                    taken.add(entry.name)
                    yield entry

    def _not_a_file(self):
        return FileNotFoundError('%s is not a file' % (self,))

    def read_bytes(self):
        raise self._not_a_file()

    def read_text(self, *args, **kwargs):
        raise self._not_a_file()

    def open(self, *args, **kwargs):
        raise self._not_a_file()

    def is_dir(self):
        return True

    def is_file(self):
        return False

    def joinpath(self, child):
        for entry in self.iterdir():
            if entry.name == child:
                return entry
        return self._folders[0] / child

    __truediv__ = joinpath

    @property
    def name(self):
        return self._folders[0].name

    def __repr__(self):
        return 'MultiplexedPath(%s)' % ', '.join(repr(str(f)) for f in self._folders)


MultiplexedPath.__module__ = 'importlib.resources.readers'


def _package_module(package):
    """The module object of `package` (imported when given by name), checked to be a
    package."""
    if isinstance(package, _types.ModuleType):
        module = package
    else:
        import importlib
        module = importlib.import_module(package)
    spec = getattr(module, '__spec__', None)
    locations = getattr(spec, 'submodule_search_locations', None)
    if locations is None and getattr(module, '__path__', None) is None:
        raise TypeError('%r is not a package' % (package,))
    return module


def _folders_of(module):
    spec = getattr(module, '__spec__', None)
    origin = getattr(spec, 'origin', None) or getattr(module, '__file__', None)
    if origin and _os.path.isfile(origin):
        return [_os.path.dirname(origin)]
    locations = getattr(spec, 'submodule_search_locations', None)
    if locations is None:
        locations = getattr(module, '__path__', ())
    return [p for p in locations if _os.path.isdir(p)]


def files(package):
    """The package's folder (a Traversable: pathlib.Path or MultiplexedPath)."""
    module = _package_module(package)
    folders = _folders_of(module)
    if len(folders) == 1 and getattr(module.__spec__, 'origin', None):
        return _pathlib.Path(folders[0])
    return MultiplexedPath(*folders)


@_contextmanager
def _as_path_itself(path):
    yield path


@_contextmanager
def _as_temporary_copy(traversable):
    """Writes a resource that is not a real file into a temporary file for the block."""
    import tempfile
    handle, name = tempfile.mkstemp(suffix=traversable.name)
    try:
        _os.write(handle, traversable.read_bytes())
        _os.close(handle)
        yield _pathlib.Path(name)
    finally:
        try:
            _os.remove(name)
        except FileNotFoundError:
            pass


def as_file(path):
    """A context manager giving a real file system path for the Traversable `path`."""
    if isinstance(path, _pathlib.Path):
        return _as_path_itself(path)
    return _as_temporary_copy(path)


# ---------------------------------------------------------------------------------------
# The legacy functions (deprecated in 3.11)
# ---------------------------------------------------------------------------------------

def _deprecated(func):
    import functools

    @functools.wraps(func)
    def warned(*args, **kwargs):
        import warnings
        warnings.warn('%s is deprecated. Use files() instead. Refer to '
                      'https://importlib-resources.readthedocs.io/en/latest/using.html'
                      '#migrating-from-legacy for migration advice.' % func.__name__,
                      DeprecationWarning, stacklevel=2)
        return func(*args, **kwargs)
    return warned


def _plain_name(resource):
    """`resource` must name an entry of the package folder itself."""
    head, tail = _os.path.split(str(resource))
    if head:
        raise ValueError('%r must be only a file name' % (resource,))
    return tail


def _entry(package, resource):
    return files(package) / _plain_name(resource)


@_deprecated
def open_binary(package, resource):
    """Open a resource for reading bytes."""
    return _entry(package, resource).open('rb')


@_deprecated
def read_binary(package, resource):
    """The bytes of a resource."""
    return _entry(package, resource).read_bytes()


@_deprecated
def open_text(package, resource, encoding='utf-8', errors='strict'):
    """Open a resource for reading text."""
    return _entry(package, resource).open('r', encoding=encoding, errors=errors)


@_deprecated
def read_text(package, resource, encoding='utf-8', errors='strict'):
    """The text of a resource."""
    with open_text(package, resource, encoding, errors) as stream:
        return stream.read()


@_deprecated
def contents(package):
    """The names of the entries of the package folder (a list)."""
    return [entry.name for entry in files(package).iterdir()]


@_deprecated
def is_resource(package, name):
    """Whether `name` is a file directly inside the package folder."""
    wanted = _plain_name(name)
    return any(entry.name == wanted and entry.is_file()
               for entry in files(package).iterdir())


@_deprecated
def path(package, resource):
    """A context manager giving a file system path for the resource."""
    return as_file(_entry(package, resource))
