"""importlib.util: specs and modules made by hand.

The usual recipe, loading a file as a module without putting its folder on sys.path:

    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

`find_spec` answers without importing (except the parent package of a dotted name), by
looking where refpy's import system looks, in the same order: the files of `sys.path`
(or the parent's `__path__`), then the modules compiled into refpy, then namespace
folders. Specs and loaders are `_frozen_importlib`'s, the same objects the import system
attaches to the modules it loads.
"""

import os
import sys

import _frozen_importlib as _bootstrap
from importlib import _is_frozen, _resolve_name

MAGIC_NUMBER = b'\xa7\r\r\n'


def resolve_name(name, package):
    """The absolute name of a possibly relative module name."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError('no package specified for %s (required for relative module names)'
                          % repr(name))
    level = len(name) - len(name.lstrip('.'))
    return _resolve_name(name[level:], package, level)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module `loader` will load."""
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return _bootstrap.ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for the source file `location`, loaded by a SourceFileLoader unless one is
    given; None when the file name does not end in '.py' and no loader is given."""
    if location is None:
        location = '<unknown>'
    location = os.fspath(location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = _bootstrap.SourceFileLoader(name, location)
    spec = _bootstrap.ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is None and hasattr(loader, 'is_package'):
        try:
            if loader.is_package(name):
                spec.submodule_search_locations = [os.path.dirname(location)]
        except ImportError:
            pass
    elif submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """A new module for `spec`, its import attributes set, its code not yet run."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        module.__cached__ = spec.cached
    return module


def find_spec(name, package=None):
    """The spec of the module `name` would import, or None when there is none.

    A module already in sys.modules answers with its own `__spec__`; a dotted name
    imports its parent package first, as CPython does."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError('{}.__spec__ is not set'.format(fullname)) from None
        if spec is None:
            raise ValueError('{}.__spec__ is None'.format(fullname))
        return spec
    parent, _, tail = fullname.rpartition('.')
    if parent:
        parent_module = __import__(parent, fromlist=['__name__'])
        try:
            entries = parent_module.__path__
        except AttributeError:
            raise ModuleNotFoundError(
                "__path__ attribute not found on {!r} while trying to find {!r}"
                .format(parent, fullname), name=fullname) from None
    else:
        entries = sys.path
    namespace = []
    for entry in entries:
        base = entry if isinstance(entry, str) and entry else os.getcwd()
        folder = os.path.join(base, tail)
        init = os.path.join(folder, '__init__.py')
        if os.path.isfile(init):
            return _bootstrap._spec_for(fullname, 'source', init, [folder])
        source = os.path.join(base, tail + '.py')
        if os.path.isfile(source):
            return _bootstrap._spec_for(fullname, 'source', source, None)
        if os.path.isdir(folder):
            namespace.append(folder)
    if _is_frozen(fullname):
        return _bootstrap._spec_for(fullname, 'frozen', None, None)
    if namespace:
        return _bootstrap._spec_for(fullname, 'namespace', None, namespace)
    return None


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Where CPython 3.11 would cache the bytecode of the source file `path`."""
    head, tail = os.path.split(os.fspath(path))
    stem = tail.rpartition('.')[0] if '.' in tail else tail
    suffix = '' if not optimization else '.opt-%s' % (optimization,)
    return os.path.join(head, '__pycache__', '%s.cpython-311%s.pyc' % (stem, suffix))


def source_from_cache(path):
    """The source file a cache file of `cache_from_source` belongs to."""
    head, pycache_filename = os.path.split(os.fspath(path))
    head, pycache = os.path.split(head)
    if pycache != '__pycache__':
        raise ValueError('{} not bottom-level directory in {!r}'.format('__pycache__', path))
    stem = pycache_filename.split('.')[0]
    return os.path.join(head, stem + '.py')


def decode_source(source_bytes):
    """Source bytes as text, with universal newlines."""
    text = source_bytes.decode('utf-8')
    return text.replace('\r\n', '\n').replace('\r', '\n')
