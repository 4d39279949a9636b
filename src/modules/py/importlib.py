"""importlib: programmatic imports over refpy's native import system.

The native half (src/modules/importlib.rs) provides _find_and_load (an absolute import
through sys.modules, sys.path and the frozen stdlib) and _reexec (run a module's code
again in its namespace); the argument checks and messages are here.
"""

import sys


def _import_dotted(name):
    """The object a dotted name 'pkg.mod.attr' names, importing each module part that is
    not yet an attribute of its parent (what `logging.config` and `unittest.mock.patch`
    resolve their strings with)."""
    parts = name.split('.')
    found = __import__(parts[0])
    so_far = parts[0]
    for part in parts[1:]:
        so_far += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(so_far)
            found = getattr(found, part)
    return found


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise _import_error('attempted relative import beyond top-level package')
    base = bits[0]
    return base + '.' + name if name else base


def _gcd_import(name, package=None, level=0):
    if not isinstance(name, str):
        raise TypeError('module name must be str, not %s' % (type(name),))
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        if not package:
            raise _import_error('attempted relative import with no known parent package')
        name = _resolve_name(name, package, level)
    elif not name:
        raise ValueError('Empty module name')
    return _find_and_load(name)


def import_module(name, package=None):
    """Import a module; a name starting with dots is relative to `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for %r" % (name,))
        level = len(name) - len(name.lstrip('.'))
    return _gcd_import(name[level:], package, level)


_reloading = {}


def reload(module):
    """Run a module's code again, in the same module object, and return it."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise _import_error('module %s not in sys.modules' % (name,), name)
    if name in _reloading:
        return _reloading[name]
    _reloading[name] = module
    try:
        parent = name.rpartition('.')[0]
        if parent and parent not in sys.modules:
            raise _import_error('parent %r not in sys.modules' % (parent,), parent)
        _reexec(name, module)
        return sys.modules[name]
    finally:
        del _reloading[name]


def _import_error(msg, name=None):
    e = ImportError(msg)
    e.name = name
    e.path = None
    return e


def invalidate_caches():
    """refpy keeps no finder caches: nothing to forget."""


# A frozen module gets no __path__ from the import system; an empty one makes importlib
# the package of its frozen submodules (importlib.resources, importlib.metadata).
try:
    __path__
except NameError:
    __path__ = []
