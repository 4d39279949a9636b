# refpy's import bookkeeping objects: the `__spec__` and `__loader__` of every module the
# import system (src/vm/import.rs) loads. Loading itself is native; these classes only
# carry what CPython's carry, so code that inspects a module's spec sees the same values.
# Loaded the first time a module is imported from a file or from the frozen stdlib.


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = ['name=%r' % (self.name,), 'loader=%r' % (self.loader,)]
        if self.origin is not None:
            parts.append('origin=%r' % (self.origin,))
        if self.submodule_search_locations is not None:
            parts.append('submodule_search_locations=%s' % (self.submodule_search_locations,))
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def __eq__(self, other):
        locations = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin
                    and locations == other.submodule_search_locations
                    and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            head, _, tail = self.origin.rpartition('/')
            stem = tail[:-3] if tail.endswith('.py') else tail
            self._cached = head + '/__pycache__/' + stem + '.cpython-311.pyc'
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class SourceFileLoader:
    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def is_package(self, fullname):
        return self.path.rpartition('/')[2] == '__init__.py'

    def get_source(self, fullname):
        with open(self.path) as f:
            return f.read()

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        """Runs the file's code in `module` (how `importlib.util` loads a spec)."""
        code = compile(self.get_source(self.name), self.path, 'exec', dont_inherit=True)
        exec(code, module.__dict__)



class NamespaceLoader:
    __module__ = '_frozen_importlib_external'

    def __init__(self, name, path):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''



class _NamespacePath:
    __module__ = '_frozen_importlib_external'

    def __init__(self, paths):
        self._path = list(paths)

    def __iter__(self):
        return iter(self._path)

    def __getitem__(self, index):
        return self._path[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._path)

    def __contains__(self, item):
        return item in self._path

    def __repr__(self):
        return '_NamespacePath(%r)' % (self._path,)

    def append(self, item):
        self._path.append(item)



class FrozenImporter:
    @staticmethod
    def is_package(fullname):
        return False


class BuiltinImporter:
    @staticmethod
    def is_package(fullname):
        return False


def _spec_for(name, kind, origin, locations):
    """The spec the native loader attaches: kind is 'source', 'namespace' or 'frozen'."""
    if kind == 'source':
        spec = ModuleSpec(name, SourceFileLoader(name, origin), origin=origin,
                          is_package=locations is not None)
        spec._set_fileattr = True
        if locations is not None:
            spec.submodule_search_locations.extend(locations)
    elif kind == 'namespace':
        path = _NamespacePath(locations)
        spec = ModuleSpec(name, NamespaceLoader(name, path), is_package=True)
        spec.submodule_search_locations = path
    else:
        spec = ModuleSpec(name, FrozenImporter, origin='frozen',
                          is_package=locations is not None)
        if locations is not None:
            spec.submodule_search_locations.extend(locations)
    return spec
