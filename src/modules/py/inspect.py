"""Get useful information from live Python objects.

refpy's own implementation of CPython 3.11's `inspect`: type predicates, source lookup
(read from the script's file), signatures and argument binding, frames and stacks,
generator and coroutine states.
"""

import sys
import os
import re
import types
import functools
import builtins
import keyword
import enum
import collections
import collections.abc as _abc_mod
from collections import namedtuple, OrderedDict
from keyword import iskeyword

__author__ = ('Ka-Ping Yee <ping@lfw.org>',
              'Yury Selivanov <yselivanov@sprymix.com>')

__all__ = [
    "ArgInfo", "Attribute", "BlockFinder", "BoundArguments",
    "CORO_CLOSED", "CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED",
    "CO_ASYNC_GENERATOR", "CO_COROUTINE", "CO_GENERATOR", "CO_ITERABLE_COROUTINE",
    "CO_NESTED", "CO_NEWLOCALS", "CO_NOFREE", "CO_OPTIMIZED", "CO_VARARGS",
    "CO_VARKEYWORDS", "ClassFoundException", "ClosureVars", "EndOfBlock", "FrameInfo",
    "FullArgSpec", "GEN_CLOSED", "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED",
    "Parameter", "Signature", "TPFLAGS_IS_ABSTRACT", "Traceback", "classify_class_attrs",
    "cleandoc", "currentframe", "findsource", "formatannotation",
    "formatannotationrelativeto", "formatargvalues", "get_annotations", "getabsfile",
    "getargs", "getargvalues", "getattr_static", "getblock", "getcallargs",
    "getclasstree", "getclosurevars", "getcomments", "getcoroutinelocals",
    "getcoroutinestate", "getdoc", "getfile", "getframeinfo", "getfullargspec",
    "getgeneratorlocals", "getgeneratorstate", "getinnerframes", "getlineno",
    "getmembers", "getmembers_static", "getmodule", "getmodulename", "getmro",
    "getouterframes", "getsource", "getsourcefile", "getsourcelines", "indentsize",
    "isabstract", "isasyncgen", "isasyncgenfunction", "isawaitable", "isbuiltin",
    "isclass", "iscode", "iscoroutine", "iscoroutinefunction", "isdatadescriptor",
    "isframe", "isfunction", "isgenerator", "isgeneratorfunction", "isgetsetdescriptor",
    "ismemberdescriptor", "ismethod", "ismethoddescriptor", "ismethodwrapper",
    "ismodule", "isroutine", "istraceback", "signature", "stack", "trace", "unwrap",
    "walktree",
]

# ---- code flags (the CO_* bits of `co_flags`) ----

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'

modulesbyfile = {}
_filesbymodname = {}


# A class with a slot: the type of its slot is `member_descriptor` (kept alive, so no
# garbage is left for a later `gc.collect()` to count).
class _SlotSample:
    __slots__ = ('slot',)


_MemberDescriptorType = getattr(types, 'MemberDescriptorType', None)
if _MemberDescriptorType is None:
    _MemberDescriptorType = type(_SlotSample.__dict__['slot'])
_GetSetDescriptorType = getattr(types, 'GetSetDescriptorType', None)


# ---- annotations ----

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a class, module or callable (a new dict each call)."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        home = sys.modules.get(getattr(obj, '__module__', None), None)
        obj_globals = getattr(home, '__dict__', None) if home is not None else None
        obj_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrapped = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrapped = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")

    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)

    if unwrapped is not None:
        while True:
            if hasattr(unwrapped, '__wrapped__'):
                unwrapped = unwrapped.__wrapped__
                continue
            if isinstance(unwrapped, functools.partial):
                unwrapped = unwrapped.func
                continue
            break
        if hasattr(unwrapped, '__globals__'):
            obj_globals = unwrapped.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    out = {}
    for key, value in ann.items():
        out[key] = value if not isinstance(value, str) else eval(value, globals, locals)
    return out


# ---- type predicates ----

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, types.MethodType)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor (has `__get__`, no `__set__`)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, "__get__") and not hasattr(kind, "__set__")


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (`__set__` or `__delete__`)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (a `__slots__` entry)."""
    return isinstance(object, _MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    if _GetSetDescriptorType is not None:
        return isinstance(object, _GetSetDescriptorType)
    # refpy's builtin types give their computed attributes (`int.real`...) as
    # properties over builtin functions: CPython's getset descriptors.
    return isinstance(object, property) and isinstance(object.fget, types.BuiltinFunctionType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def _code_flag_set(f, flag):
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if not (isfunction(f) or _looks_like_function(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _code_flag_set(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (`async def`)."""
    return _code_flag_set(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _code_flag_set(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """Return true if the object can be used in an `await` expression."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return isinstance(object, _abc_mod.Awaitable)


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper."""
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    if not isinstance(object, type):
        return False
    try:
        flags = object.__flags__
    except AttributeError:
        flags = None
    if flags is not None:
        if flags & TPFLAGS_IS_ABSTRACT:
            return True
    else:
        try:
            if object.__abstractmethods__:
                return True
        except AttributeError:
            pass
    import abc
    if not issubclass(type(object), abc.ABCMeta):
        return False
    if hasattr(object, '__abstractmethods__'):
        return False
    # The class is still being built (`__init_subclass__`): look for abstract methods.
    for value in object.__dict__.values():
        if getattr(value, "__isabstractmethod__", False):
            return True
    for base in object.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(object, name, None), "__isabstractmethod__", False):
                return True
    return False


# ---- members ----

def _members_via(object, predicate, getter):
    if isclass(object):
        search = (object,) + getmro(object)
    else:
        search = ()
    names = dir(object)
    if isclass(object):
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    found = []
    seen = set()
    for key in names:
        try:
            value = getter(object, key)
            if key in seen:
                raise AttributeError
        except AttributeError:
            for base in search:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            found.append((key, value))
        seen.add(key)
    found.sort(key=lambda pair: pair[0])
    return found


def getmembers(object, predicate=None):
    """All (name, value) members of an object, sorted by name, optionally filtered."""
    return _members_via(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers, without running descriptors or `__getattr__`."""
    return _members_via(object, predicate, getattr_static)


Attribute = namedtuple('Attribute', 'name kind defining_class object')


def _looked_up(cls, name):
    """getattr(cls, name), or None when that fails; `__dict__` is never looked up
    (it would give the mapping proxy rather than the descriptor)."""
    if name == '__dict__':
        return None
    try:
        return getattr(cls, name)
    except Exception:
        return None


def _home_by_identity(cls, name, found, own, meta):
    """The class whose attribute `name` is `found`: its __objclass__ if that is one
    of the class's own bases, else the last base (then metaclass) giving the very
    same object."""
    claimed = getattr(found, '__objclass__', None)
    if claimed in own:
        return claimed
    home = None
    for base in own:
        if getattr(base, name, None) is found:
            home = base
    for base in meta:
        try:
            value = base.__getattr__(cls, name)
        except AttributeError:
            continue
        if value is found:
            home = base
    return home


def _attribute_kind(raw, value):
    """(kind, object to report) for a class attribute."""
    if isinstance(raw, (staticmethod, types.BuiltinMethodType)):
        return "static method", raw
    if isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
        return "class method", raw
    if isinstance(raw, property):
        return "property", raw
    return ("method" if isroutine(value) else "data"), value


def classify_class_attrs(cls):
    """(name, kind, defining class, object) for each attribute of a class."""
    own = (cls,) + getmro(cls)
    meta = tuple(m for m in getmro(type(cls)) if m is not type and m is not object)
    wanted = dir(cls)
    wanted += [key for base in getmro(cls) for key, value in base.__dict__.items()
               if isinstance(value, types.DynamicClassAttribute) and value.fget is not None]
    done = set()
    found_attrs = []
    for name in wanted:
        found = None if name in done else _looked_up(cls, name)
        home = None
        if found is not None:
            home = _home_by_identity(cls, name, found, own, meta)
        raw = None
        holder = next((base for base in own + meta if name in base.__dict__), None)
        if holder is not None:
            raw = holder.__dict__[name]
            if home not in meta:
                home = holder
        if home is None:
            continue
        kind, shown = _attribute_kind(raw, raw if found is None else found)
        found_attrs.append(Attribute(name, kind, home, shown))
        done.add(name)
    return found_attrs


def getmro(cls):
    """The class's method resolution order, as a tuple."""
    return cls.__mro__


# ---- unwrapping ----

def unwrap(func, *, stop=None):
    """Follow the chain of `__wrapped__` attributes back to the innermost object."""
    first = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(first))
        seen.add(id(func))
    return func


# ---- documentation ----

def indentsize(line):
    """The number of columns of indentation of a line (tabs expanded)."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def _owner_class(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    if not isclass(cls):
        return None
    return cls


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                try:
                    doc = base.__doc__
                except AttributeError:
                    continue
                if doc is not None:
                    return doc
        return None

    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__') is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _owner_class(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        if isclass(self) and self.__qualname__ + '.' + name == obj.__qualname__:
            cls = self
        else:
            cls = self.__class__
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _owner_class(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = getattr(obj, '__name__', None)
        cls = getattr(obj, '__objclass__', None)
        if name is None or cls is None or getattr(cls, name) is not obj:
            return None
    elif isinstance(obj, functools.cached_property) if hasattr(functools, 'cached_property') else False:
        name = obj.attrname
        func = obj.func
        cls = _owner_class(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The documentation string of an object, cleaned up (inherited if not its own)."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    """Remove the indentation common to the lines after the first, and blank edge lines."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = len(line.lstrip())
        if stripped:
            width = len(line) - stripped
            if margin is None or width < margin:
                margin = width
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        del lines[0]
    return '\n'.join(lines)


# ---- files and modules ----

def getfile(object):
    """The name of the (text or binary) file an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getmodulename(path):
    """The module name a file path would import as, or None."""
    fname = os.path.basename(path)
    for suffix in ('.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so', '.py', '.pyc'):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    """The Python source file an object was defined in, if it can be found."""
    filename = getfile(object)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    elif filename.endswith('.so'):
        return None
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, '__spec__', None), 'loader', None) is not None:
        return filename
    if filename in _source_cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    """An absolute, normalized path to the source or compiled file of an object."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None and _filename in modulesbyfile:
        return sys.modules.get(modulesbyfile[_filename])
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    for modname, module in sys.modules.copy().items():
        if ismodule(module) and hasattr(module, '__file__'):
            f = module.__file__
            if f == _filesbymodname.get(modname, None):
                continue
            _filesbymodname[modname] = f
            f = getabsfile(module)
            modulesbyfile[f] = modulesbyfile[os.path.realpath(f)] = module.__name__
    if file in modulesbyfile:
        return sys.modules.get(modulesbyfile[file])
    main = sys.modules['__main__']
    if not hasattr(object, '__name__'):
        return None
    if hasattr(main, object.__name__):
        if getattr(main, object.__name__) is object:
            return main
    home = sys.modules['builtins']
    if hasattr(home, object.__name__):
        if getattr(home, object.__name__) is object:
            return home
    return None


# ---- source ----

# The lines of the source files read so far (what CPython's `linecache` keeps).
_source_cache = {}


def _file_lines(filename):
    lines = _source_cache.get(filename)
    if lines is not None:
        return lines
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, encoding='utf-8') as f:
            text = f.read()
    except (OSError, UnicodeDecodeError, ValueError):
        return []
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    _source_cache[filename] = lines
    return lines


_DEF_LINE = re.compile(r'^(\s*def\s)|(\s*async\s+def\s)|(.*(?<!\w)lambda(:|\s))|^(\s*@)')


def findsource(object):
    """The whole source file of an object as a list of lines, and the index of its start."""
    file = getsourcefile(object)
    if not file:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    lines = _file_lines(file)
    if not lines:
        raise OSError('could not get source code')

    if ismodule(object):
        return lines, 0

    if isclass(object):
        found = _find_class_line(lines, object.__qualname__)
        if found is None:
            raise OSError('could not find class definition')
        return lines, found

    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        while lnum > 0:
            if lnum >= len(lines):
                raise OSError('lineno is out of bounds')
            if _DEF_LINE.match(lines[lnum]):
                break
            lnum -= 1
        return lines, lnum
    raise OSError('could not find code object')


# A small Python tokenizer: enough of `tokenize` for finding blocks (names, operators,
# strings, comments, NEWLINE/NL and INDENT/DEDENT with CPython's positions).
_NAME, _OP, _STRING, _NUMBER, _COMMENT, _NEWLINE, _NL, _INDENT, _DEDENT, _END = range(10)

_STRING_START = re.compile(r'(?i)(?:[rbuf]|rb|br|fr|rf)?(\'\'\'|"""|\'|")')
_NAME_RE = re.compile(r'\w+')
_NUMBER_RE = re.compile(r'\d[\w.]*|\.\d[\w.]*')
_OP_RE = re.compile(r'\*\*=?|//=?|>>=?|<<=?|->|:=|[-+*/%&|^=<>!@]=|\.\.\.|\S')


def _tokens(lines):
    """(type, string, (srow, scol), (erow, ecol)) for each token of the lines."""
    indents = [0]
    depth = 0
    continued = False
    string_open = None  # (quote, start) of a string spanning lines
    row = 0
    for row, line in enumerate(lines, 1):
        pos = 0
        end = len(line)
        if string_open is not None:
            quote, start, text = string_open
            close = _string_end(line, 0, quote)
            if close < 0:
                string_open = (quote, start, text + line)
                continue
            yield (_STRING, text + line[:close], start, (row, close))
            string_open = None
            pos = close
        elif depth == 0 and not continued:
            # The start of a logical line: its indentation.
            column = 0
            while pos < end and line[pos] in ' \t\f':
                if line[pos] == ' ':
                    column += 1
                elif line[pos] == '\t':
                    column = (column // 8 + 1) * 8
                else:
                    column = 0
                pos += 1
            if pos == end or line[pos] in '#\r\n':
                if pos < end and line[pos] == '#':
                    text = line[pos:].rstrip('\r\n')
                    yield (_COMMENT, text, (row, pos), (row, pos + len(text)))
                    yield (_NL, line[pos + len(text):], (row, pos + len(text)),
                           (row, end))
                else:
                    yield (_NL, line[pos:], (row, pos), (row, end))
                continue
            if column > indents[-1]:
                indents.append(column)
                yield (_INDENT, line[:pos], (row, 0), (row, pos))
            while column < indents[-1]:
                indents.pop()
                if column > indents[-1]:
                    raise IndentationError(
                        'unindent does not match any outer indentation level')
                yield (_DEDENT, '', (row, pos), (row, pos))
        continued = False
        while pos < end:
            ch = line[pos]
            if ch in ' \t\f':
                pos += 1
                continue
            if ch == '#':
                text = line[pos:].rstrip('\r\n')
                yield (_COMMENT, text, (row, pos), (row, pos + len(text)))
                pos += len(text)
                continue
            if ch in '\r\n':
                kind = _NL if depth else _NEWLINE
                yield (kind, line[pos:], (row, pos), (row, end))
                pos = end
                break
            if ch == '\\' and line[pos + 1:].strip('\r\n') == '':
                continued = True
                pos = end
                break
            m = _STRING_START.match(line, pos)
            if m:
                quote = m.group(1)
                close = _string_end(line, m.end(), quote)
                if close < 0:
                    if len(quote) == 3 or line.rstrip('\r\n').endswith('\\'):
                        string_open = (quote, (row, pos), line[pos:])
                        pos = end
                        break
                    close = end
                yield (_STRING, line[pos:close], (row, pos), (row, close))
                pos = close
                continue
            if ch.isdigit() or (ch == '.' and line[pos + 1:pos + 2].isdigit()):
                m = _NUMBER_RE.match(line, pos)
                yield (_NUMBER, m.group(), (row, pos), (row, m.end()))
                pos = m.end()
                continue
            if ch.isidentifier():
                m = _NAME_RE.match(line, pos)
                stop = m.end() if m and m.end() > pos else pos + 1
                yield (_NAME, line[pos:stop], (row, pos), (row, stop))
                pos = stop
                continue
            m = _OP_RE.match(line, pos)
            text = m.group()
            if text in '([{':
                depth += 1
            elif text in ')]}':
                depth = max(depth - 1, 0)
            yield (_OP, text, (row, pos), (row, pos + len(text)))
            pos += len(text)
        else:
            # A last line without its newline ends the logical line too.
            if depth == 0 and not continued and string_open is None and pos > 0:
                yield (_NEWLINE, '', (row, end), (row, end + 1))
    for _ in indents[1:]:
        yield (_DEDENT, '', (row + 1, 0), (row + 1, 0))
    yield (_END, '', (row + 1, 0), (row + 1, 0))


def _string_end(line, pos, quote):
    """The index just past the closing quote in `line` from `pos`, or -1."""
    while True:
        i = line.find(quote, pos)
        b = line.find('\\', pos)
        if i < 0:
            return -1
        if 0 <= b < i:
            pos = b + 2
            continue
        return i + len(quote)


class EndOfBlock(Exception):
    pass


class BlockFinder:
    """Follows a token stream to find where the block of code at its top ends."""

    def __init__(self):
        self.indent = 0
        self.islambda = False
        self.started = False
        self.passline = False
        self.indecorator = False
        self.last = 1
        self.body_col0 = None

    def tokeneater(self, type, token, srowcol, erowcol, line):
        if not self.started and not self.indecorator:
            # Before the header: skip decorators, wait for `def`, `class` or `lambda`.
            if token == "@":
                self.indecorator = True
            elif token in ("def", "class", "lambda"):
                self.islambda = token == "lambda"
                self.started = True
            self.passline = True
            return
        if type == _NEWLINE:
            self.passline = False
            self.last = srowcol[0]
            if self.islambda:
                raise EndOfBlock
            self.indecorator = False
            return
        if self.passline:
            return
        if type == _INDENT:
            if self.body_col0 is None and self.started:
                self.body_col0 = erowcol[1]
            self.indent += 1
            self.passline = True
        elif type == _DEDENT:
            self.indent -= 1
            if self.indent <= 0:
                raise EndOfBlock
        elif type == _COMMENT:
            if self.body_col0 is not None and srowcol[1] >= self.body_col0:
                self.last = srowcol[0]
        elif self.indent == 0 and type != _NL:
            raise EndOfBlock


def getblock(lines):
    """The lines of the block of code at the top of `lines`."""
    finder = BlockFinder()
    try:
        for kind, text, start, end in _tokens(lines):
            finder.tokeneater(kind, text, start, end, None)
    except (EndOfBlock, IndentationError):
        pass
    return lines[:finder.last]


def _find_class_line(lines, qualname):
    """The 0-based line of the class statement (or its first decorator) for `qualname`."""
    # Walk the logical lines, keeping the enclosing `def`/`class` statements.
    scopes = []  # (indent column, qualname prefix parts)
    decorator_line = None
    header = []
    header_row = None
    try:
        toks = list(_tokens(lines))
    except IndentationError:
        return None
    column = 0
    for kind, text, start, end in toks:
        if kind in (_NL, _COMMENT, _INDENT, _DEDENT, _END):
            continue
        if kind == _NEWLINE:
            if header:
                while scopes and scopes[-1][0] >= column:
                    scopes.pop()
                first = header[0]
                if first == '@':
                    if decorator_line is None:
                        decorator_line = header_row
                else:
                    words = header[1:] if first == 'async' else header
                    if len(words) > 1 and words[0] in ('def', 'class'):
                        parts = list(scopes[-1][1]) if scopes else []
                        parts.append(words[1])
                        if words[0] == 'class' and '.'.join(parts) == qualname:
                            line = decorator_line if decorator_line is not None else header_row
                            return line - 1
                        if words[0] == 'def':
                            parts.append('<locals>')
                        scopes.append((column, parts))
                    decorator_line = None
            header = []
            continue
        if not header:
            header_row = start[0]
            column = len(lines[start[0] - 1][:start[1]].expandtabs())
        if len(header) < 3:
            header.append(text)
    return None


def getsourcelines(object):
    """The source lines of an object and the 1-based line it starts at."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The text of the source code of an object."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    """The comment lines just above an object's source (or at the top of a module)."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end += 1
            return ''.join(comments)
    elif lnum > 0:
        indent = indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end -= 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and indentsize(lines[end]) == indent:
                    comments[:0] = [comment]
                    end -= 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)
    return None


# ---- class trees ----

def walktree(classes, children, parent):
    results = []
    classes = sorted(classes, key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


def getclasstree(classes, unique=False):
    """Arrange classes into a nested list of (class, bases) by inheritance."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                if parent not in children:
                    children[parent] = []
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


# ---- argument specs ----

Arguments = namedtuple('Arguments', 'args, varargs, varkw')


def getargs(co):
    """The argument names of a code object: (args, varargs, varkw)."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    count = co.co_argcount + co.co_kwonlyargcount
    names = list(co.co_varnames[:count])
    star = starstar = None
    if co.co_flags & CO_VARARGS:
        star = co.co_varnames[count]
        count += 1
    if co.co_flags & CO_VARKEYWORDS:
        starstar = co.co_varnames[count]
    return Arguments(names, star, starstar)


FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The names and default values of a callable's parameters, as a FullArgSpec."""
    try:
        sig = _sig_of_callable(func, follow=False, drop_bound=False, make_sig=Signature,
                               eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    positional, kwonly = [], []
    star = starstar = None
    pos_defaults, kw_defaults = [], {}
    notes = {}
    if sig.return_annotation is not _empty:
        notes['return'] = sig.return_annotation
    for p in sig.parameters.values():
        has_default = p.default is not _empty
        if p.kind in (_K_POSONLY, _K_EITHER):
            positional.append(p.name)
            if has_default:
                pos_defaults.append(p.default)
        elif p.kind == _K_KWONLY:
            kwonly.append(p.name)
            if has_default:
                kw_defaults[p.name] = p.default
        elif p.kind == _K_STAR:
            star = p.name
        else:
            starstar = p.name
        if p.annotation is not _empty:
            notes[p.name] = p.annotation
    return FullArgSpec(positional, star, starstar, tuple(pos_defaults) or None,
                       kwonly, kw_defaults or None, notes)


ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    """The arguments of a frame: ArgInfo(args, varargs, keywords, locals)."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatannotation(annotation, base_module=None):
    """The text of an annotation as a signature shows it."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Format an argument spec from getargvalues()."""
    def convert(name, locals=locals, formatarg=formatarg, formatvalue=formatvalue):
        return formatarg(name) + formatvalue(locals[name])
    specs = [convert(name) for name in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def _quoted_names(names):
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    return ', '.join(quoted[:-1]) + ' and ' + quoted[-1]


def _report_missing(f_name, argnames, pos, values):
    names = [name for name in argnames if name not in values]
    kind = 'positional' if pos else 'keyword-only'
    raise TypeError("%s() missing %i required %s argument%s: %s" %
                    (f_name, len(names), kind, '' if len(names) == 1 else 's',
                     _quoted_names(names)))


def _report_too_many(f_name, args, kwonly, varargs, defcount, given, values):
    least = len(args) - defcount
    kwonly_given = sum(1 for name in kwonly if name in values)
    if varargs:
        plural = least != 1
        takes = 'at least %d' % least
    elif defcount:
        plural = True
        takes = 'from %d to %d' % (least, len(args))
    else:
        plural = len(args) != 1
        takes = str(len(args))
    extra = ''
    if kwonly_given:
        extra = ' positional argument%s (and %d keyword-only argument%s)' % (
            's' if given != 1 else '', kwonly_given, 's' if kwonly_given != 1 else '')
    verb = 'was' if given == 1 and not kwonly_given else 'were'
    raise TypeError('%s() takes %s positional argument%s but %d%s %s given' %
                    (f_name, takes, 's' if plural else '', given, extra, verb))


def getcallargs(func, /, *positional, **named):
    """The dict mapping a function's parameter names to the values a call would bind."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    f_name = func.__name__
    values = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    given = len(positional)
    nargs = len(args)
    taken = min(given, nargs)
    for i in range(taken):
        values[args[i]] = positional[i]
    if varargs:
        values[varargs] = tuple(positional[taken:])
    known = set(args + kwonlyargs)
    if varkw:
        values[varkw] = {}
    for name, value in named.items():
        if name not in known:
            if not varkw:
                raise TypeError("%s() got an unexpected keyword argument %r" %
                                (f_name, name))
            values[varkw][name] = value
            continue
        if name in values:
            raise TypeError("%s() got multiple values for argument %r" % (f_name, name))
        values[name] = value
    if given > nargs and not varargs:
        _report_too_many(f_name, args, kwonlyargs, varargs, len(defaults) if defaults else 0,
                  given, values)
    ndefaults = len(defaults) if defaults else 0
    if given < nargs:
        required = args[:nargs - ndefaults]
        for name in required:
            if name not in values:
                _report_missing(f_name, required, True, values)
        for i, name in enumerate(args[nargs - ndefaults:]):
            if name not in values:
                values[name] = defaults[i]
    missing = 0
    for name in kwonlyargs:
        if name not in values:
            if kwonlydefaults and name in kwonlydefaults:
                values[name] = kwonlydefaults[name]
            else:
                missing += 1
    if missing:
        _report_missing(f_name, kwonlyargs, False, values)
    return values


ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """The names a function refers to, split into nonlocals, globals, builtins, unbound."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {name: cell.cell_contents
                         for name, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound = set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


# ---- frames and stacks ----

_Traceback = namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


_FrameInfo = namedtuple('_FrameInfo', ('frame',) + _Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context,
                                   index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


# `dis.Positions` (refpy has no `dis` module yet).
_Positions = namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                        defaults=[None] * 4)
_Positions.__module__ = 'dis'


def _frame_positions(lineno):
    # refpy's code objects have no `co_positions()` yet: the line is known, the columns
    # are not.
    return _Positions(lineno, lineno, None, None)


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) of a frame or traceback."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    positions = _frame_positions(lineno)
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=positions)


def getlineno(frame):
    """The line number a frame is at."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo records for a frame and all the frames that called it, innermost first."""
    records = []
    while frame:
        info = getframeinfo(frame, context)
        records.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frame and the frames below it."""
    records = []
    while tb:
        info = getframeinfo(tb, context)
        records.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return records


def currentframe():
    """The frame of the caller."""
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


def stack(context=1):
    """FrameInfo records for the stack above the caller's frame."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records between the current frame and the frame of the exception."""
    return getinnerframes(sys.exc_info()[2], context)


# ---- static attribute lookup ----

_sentinel = object()


def _raw_mro(klass):
    return type.__dict__['__mro__'].__get__(klass) if '__mro__' in type.__dict__ else klass.__mro__


def _instance_dict_lookup(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        instance_dict = {}
    return dict.get(instance_dict, attr, _sentinel)


def _class_chain_lookup(klass, attr):
    for entry in _raw_mro(klass):
        if _own_dict_entry(type(entry)) is _sentinel:
            d = entry.__dict__
            if attr in d:
                return d[attr]
    return _sentinel


def _own_dict_entry(klass):
    for entry in _raw_mro(klass):
        try:
            class_dict = type.__dict__["__dict__"].__get__(entry)["__dict__"]
        except (KeyError, AttributeError, TypeError):
            pass
        else:
            if not (type(class_dict) is getattr(types, 'GetSetDescriptorType', None)
                    and class_dict.__name__ == "__dict__"
                    and class_dict.__objclass__ is entry):
                return class_dict
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Look an attribute up without running descriptors, `__getattr__` or
    `__getattribute__`."""
    instance_result = _sentinel
    if not isinstance(obj, type):
        klass = type(obj)
        dict_attr = _own_dict_entry(klass)
        if dict_attr is _sentinel or type(dict_attr) is _MemberDescriptorType:
            instance_result = _instance_dict_lookup(obj, attr)
    else:
        klass = obj
    klass_result = _class_chain_lookup(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        if (_class_chain_lookup(type(klass_result), "__get__") is not _sentinel
                and (_class_chain_lookup(type(klass_result), "__set__") is not _sentinel
                     or _class_chain_lookup(type(klass_result), "__delete__") is not _sentinel)):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        # A class: its metaclass's attributes too.
        for entry in _raw_mro(type(klass)):
            if _own_dict_entry(type(entry)) is _sentinel:
                d = entry.__dict__
                if attr in d:
                    return d[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---- generator and coroutine state ----

def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The local variables of a generator's frame (empty once it is finished)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine's frame (empty once it is finished)."""
    frame = getattr(coroutine, "cr_frame", None)
    if frame is not None:
        return frame.f_locals
    return {}


# ---- signatures ----

_NonUserDefinedCallables = (types.WrapperDescriptorType, types.MethodWrapperType,
                            types.ClassMethodDescriptorType, types.BuiltinFunctionType)


def _user_method(cls, method_name):
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if isinstance(meth, _NonUserDefinedCallables):
        # Slot wrappers and builtins: not defined in Python.
        return None
    return meth


def _drop_first_param(sig):
    """The signature without its first parameter (the bound `self`)."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_K_STARSTAR, _K_KWONLY):
        raise ValueError('invalid method signature')
    if params[0].kind in (_K_EITHER, _K_POSONLY):
        params = params[1:]
    # A `*args` first parameter takes `self` and stays.
    return sig.replace(parameters=params)


def _builtin_like(obj):
    return (isbuiltin(obj) or ismethoddescriptor(obj)
            or isinstance(obj, _NonUserDefinedCallables) or obj in (type, object))


def _looks_like_function(obj):
    """Whether an object quacks like a Python function (e.g. a Cython function)."""
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType)
            and isinstance(name, str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (isinstance(annotations, dict) or annotations is None))


def _sig_after_partial(wrapped_sig, partial, extra_args=()):
    """The signature of a partial object, from the signature of what it wraps."""
    old_params = wrapped_sig.parameters
    keywords = partial.keywords
    try:
        bound = wrapped_sig.bind_partial(*extra_args, *partial.args, **keywords)
    except TypeError as ex:
        msg = 'partial object {!r} has incorrect arguments'.format(partial)
        raise ValueError(msg) from ex
    given = bound.arguments
    new_params = OrderedDict(old_params.items())
    to_kwonly = False
    for name, param in old_params.items():
        kind = param.kind
        if name in given:
            value = given[name]
            if kind is _K_POSONLY:
                # Filled positionally: gone from the signature.
                new_params.pop(name)
                continue
            if kind is _K_EITHER:
                if name in keywords:
                    # Given by keyword: this and every later positional become
                    # keyword-only.
                    to_kwonly = True
                    new_params[name] = param.replace(default=value)
                else:
                    new_params.pop(name)
                    continue
            if kind is _K_KWONLY:
                new_params[name] = param.replace(default=value)
        if to_kwonly:
            if kind is _K_EITHER:
                new_params[name] = new_params[name].replace(kind=_K_KWONLY)
                new_params.move_to_end(name)
            elif kind in (_K_KWONLY, _K_STARSTAR):
                new_params.move_to_end(name)
            elif kind is _K_STAR:
                new_params.pop(name)
    return wrapped_sig.replace(parameters=new_params.values())


def _sig_of_function(cls, func, drop_bound=True, globals=None, locals=None,
                             eval_str=False):
    """The signature of a Python function (or a function-like object)."""
    duck = False
    if not isfunction(func):
        if _looks_like_function(func):
            duck = True
        else:
            raise TypeError('{!r} is not a Python function'.format(func))

    text = getattr(func, "__text_signature__", None)
    if text:
        return _sig_from_text(cls, func, text, drop_bound)

    Param = cls._parameter_cls
    code = func.__code__
    npos = code.co_argcount
    names = code.co_varnames
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__
    first_default = npos - len(defaults)

    params = []
    for i in range(npos):
        name = names[i]
        kind = _K_POSONLY if i < nposonly else _K_EITHER
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Param(name, kind, default=default,
                            annotation=annotations.get(name, _empty)))
    index = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.append(Param(name, _K_STAR,
                            annotation=annotations.get(name, _empty)))
        index += 1
    for name in names[npos:npos + nkwonly]:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        params.append(Param(name, _K_KWONLY, default=default,
                            annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Param(name, _K_STARSTAR,
                            annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=duck)


def _sig_from_text(cls, obj, text, drop_bound=True):
    """A signature from a `__text_signature__` string such as `($self, a, /, b=1)`."""
    inner = text.strip()
    if not (inner.startswith('(') and ')' in inner):
        raise ValueError("{!r} builtin has invalid signature".format(obj))
    inner = inner[1:inner.rindex(')')]
    Param = cls._parameter_cls
    pieces = [p.strip() for p in _split_top_level(inner)] if inner.strip() else []
    params = []
    kind = _K_EITHER
    has_slash = '/' in pieces
    if has_slash:
        kind = _K_POSONLY
    for piece in pieces:
        if piece == '/':
            kind = _K_EITHER
            continue
        if piece == '*':
            kind = _K_KWONLY
            continue
        if piece.startswith('**'):
            params.append(Param(piece[2:], _K_STARSTAR))
            continue
        if piece.startswith('*'):
            params.append(Param(piece[1:], _K_STAR))
            kind = _K_KWONLY
            continue
        name, eq, default_text = piece.partition('=')
        name = name.strip()
        if name.startswith('$'):
            # `$self`, `$type`, `$module`: gone once bound.
            if isbuiltin(obj):
                bound_to = getattr(obj, '__self__', None)
                if bound_to is not None and (ismodule(bound_to) or drop_bound):
                    continue
            name = name[1:]
        default = _empty
        if eq:
            default = _literal(default_text.strip(), obj)
        params.append(Param(name, kind, default=default))
    return cls(params, return_annotation=cls.empty)


def _split_top_level(text):
    parts = []
    depth = 0
    quote = None
    current = ''
    for ch in text:
        if quote:
            current += ch
            if ch == quote:
                quote = None
            continue
        if ch in '\'"':
            quote = ch
        elif ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif ch == ',' and depth == 0:
            parts.append(current)
            current = ''
            continue
        current += ch
    parts.append(current)
    return parts


def _literal(text, obj):
    names = {'None': None, 'True': True, 'False': False}
    if text in names:
        return names[text]
    if text.startswith('sys.'):
        return getattr(sys, text[4:])
    try:
        return eval(text, {'__builtins__': {}}, {})
    except Exception:
        raise ValueError("{!r} builtin has invalid signature".format(obj)) from None


# The `__text_signature__` CPython 3.11 gives its builtins, which refpy's builtins do
# not carry (theirs is None): text -> the names it belongs to (`len`, `list.append`, and
# `class:list` for the signature of the class itself).
_TEXT_SIGNATURES = {
    '($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)':
        '__import__',
    '($module, x, /)': 'abs',
    '($module, async_iterable, /)': 'aiter',
    '($module, iterable, /)': 'all any',
    '($module, aiterator, default=<unrepresentable>, /)': 'anext',
    '($module, obj, /)': 'ascii callable hash id len repr',
    '($module, number, /)': 'bin hex oct',
    '($module, i, /)': 'chr',
    '($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)':
        'compile',
    '($module, obj, name, /)': 'delattr hasattr',
    '($module, x, y, /)': 'divmod',
    '($module, source, globals=None, locals=None, /)': 'eval',
    '($module, source, globals=None, locals=None, /, *, closure=None)': 'exec',
    "($module, value, format_spec='', /)": 'format',
    '($module, /)': 'globals locals',
    "($module, prompt='', /)": 'input',
    '($module, obj, class_or_tuple, /)': 'isinstance',
    '($module, cls, class_or_tuple, /)': 'issubclass',
    "($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, closefd=True, opener=None)":
        'open',
    '($module, c, /)': 'ord',
    '($module, /, base, exp, mod=None)': 'pow',
    "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)": 'print',
    '($module, /, number, ndigits=None)': 'round',
    '($module, obj, name, value, /)': 'setattr',
    '($module, iterable, /, *, key=None, reverse=False)': 'sorted',
    '($module, iterable, /, start=0)': 'sum',
    '(iterable=(), /)': 'class:list class:tuple',
    '($self, object, /)': 'list.append',
    '($self, /)':
        'list.clear list.copy list.reverse dict.popitem str.capitalize str.casefold '
        'str.isalnum str.isalpha str.isascii str.isdecimal str.isdigit str.isidentifier '
        'str.islower str.isnumeric str.isprintable str.isspace str.istitle str.isupper '
        'str.lower str.swapcase str.title str.upper bytearray.clear bytearray.copy '
        'bytearray.reverse int.as_integer_ratio int.bit_count int.bit_length '
        'float.as_integer_ratio float.conjugate float.hex float.is_integer '
        'complex.conjugate memoryview.release memoryview.tolist memoryview.toreadonly '
        'type.mro',
    '($self, value, /)': 'list.count list.remove bytearray.remove tuple.count',
    '($self, iterable, /)': 'list.extend str.join',
    '($self, value, start=0, stop=sys.maxsize, /)': 'list.index tuple.index',
    '($self, index, object, /)': 'list.insert',
    '($self, index=-1, /)': 'list.pop bytearray.pop',
    '($self, /, *, key=None, reverse=False)': 'list.sort',
    '($type, iterable, value=None, /)': 'dict.fromkeys',
    '($self, key, default=None, /)': 'dict.get dict.setdefault',
    '($self, key, default=<unrepresentable>, /)': 'dict.pop',
    "($self, width, fillchar=' ', /)": 'str.center str.ljust str.rjust',
    "($self, /, encoding='utf-8', errors='strict')":
        'str.encode bytes.decode bytearray.decode',
    '($self, /, tabsize=8)': 'str.expandtabs bytes.expandtabs bytearray.expandtabs',
    '($self, chars=None, /)': 'str.lstrip str.rstrip str.strip',
    '($self, sep, /)':
        'str.partition str.rpartition bytes.partition bytes.rpartition '
        'bytearray.partition bytearray.rpartition',
    '($self, prefix, /)': 'str.removeprefix bytes.removeprefix bytearray.removeprefix',
    '($self, suffix, /)': 'str.removesuffix bytes.removesuffix bytearray.removesuffix',
    '($self, old, new, count=-1, /)': 'str.replace bytes.replace bytearray.replace',
    '($self, /, sep=None, maxsplit=-1)':
        'str.rsplit str.split bytes.rsplit bytes.split bytearray.rsplit bytearray.split',
    '($self, /, keepends=False)': 'str.splitlines bytes.splitlines bytearray.splitlines',
    '($self, table, /)': 'str.translate',
    '($self, width, /)': 'str.zfill bytes.zfill bytearray.zfill',
    "($self, width, fillchar=b' ', /)":
        'bytes.center bytes.ljust bytes.rjust bytearray.center bytearray.ljust '
        'bytearray.rjust',
    '($type, string, /)': 'bytes.fromhex bytearray.fromhex float.fromhex',
    '($self, /, sep=<unrepresentable>, bytes_per_sep=1)':
        'bytes.hex bytearray.hex memoryview.hex',
    '($self, iterable_of_bytes, /)': 'bytes.join bytearray.join',
    '($self, bytes=None, /)':
        'bytes.lstrip bytes.rstrip bytes.strip bytearray.lstrip bytearray.rstrip '
        'bytearray.strip',
    "($self, table, /, delete=b'')": 'bytes.translate bytearray.translate',
    '($self, item, /)': 'bytearray.append',
    '($self, iterable_of_ints, /)': 'bytearray.extend',
    '($self, index, item, /)': 'bytearray.insert',
    "($type, /, bytes, byteorder='big', *, signed=False)": 'int.from_bytes',
    "($self, /, length=1, byteorder='big', *, signed=False)": 'int.to_bytes',
    '(x=0, /)': 'class:float',
    '(real=0, imag=0)': 'class:complex',
    '()': 'class:object',
    '(object)': 'class:memoryview',
    '($self, /, format, shape=<unrepresentable>)': 'memoryview.cast',
    "($self, /, order='C')": 'memoryview.tobytes',
    '(iterable, start=0)': 'class:enumerate',
    '(sequence, /)': 'class:reversed',
    '(fget=None, fset=None, fdel=None, doc=None)': 'class:property',
}

# Functions of C modules other than builtins, keyed 'module:name'.
_MODULE_TEXT_SIGNATURES = {
    '($module, /, path)': 'posix:fspath posix:chdir posix:statvfs',
    '($module, /)': 'posix:getcwdb posix:uname posix:getcwd posix:getpid posix:getppid '
                    'posix:cpu_count',
    '($module, /, command)': 'posix:system',
    '($module, /, path=None)': 'posix:listdir posix:scandir',
    '($module, /, path, mode=511, *, dir_fd=None)': 'posix:mkdir',
    '($module, /, path, *, dir_fd=None)':
        'posix:rmdir posix:remove posix:unlink posix:readlink posix:lstat',
    '($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)': 'posix:rename posix:replace',
    '($module, /, path, *, dir_fd=None, follow_symlinks=True)': 'posix:stat',
    '($module, name, value, /)': 'posix:putenv',
    '($module, name, /)': 'posix:unsetenv',
    '($module, /, path, flags, mode=511, *, dir_fd=None)': 'posix:open',
    '($module, fd, data, /)': 'posix:write',
    '($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)': 'posix:chmod',
    '($module, /, path, times=None, *, ns=<unrepresentable>,\n      dir_fd=None, follow_symlinks=True)':
        'posix:utime',
    '($module, /, src, dst, target_is_directory=False, *, dir_fd=None)': 'posix:symlink',
    '($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None,\n     follow_symlinks=True)':
        'posix:link',
    '($module, /, path, mode, *, dir_fd=None, effective_ids=False,\n       follow_symlinks=True)':
        'posix:access',
    '($module, pid, signal, /)': 'posix:kill',
    '($module, fd=<unrepresentable>, /)': 'posix:get_terminal_size',
    '($module, /, path, mode=438, *, dir_fd=None)': 'posix:mkfifo',
    '($module, size, /)': 'posix:urandom',
    '($module, /, fd)': 'posix:close',
    '($module, fd, length, /)': 'posix:read',
}

_TEXT_SIGNATURE_OF = {}
for _table in (_TEXT_SIGNATURES, _MODULE_TEXT_SIGNATURES):
    for _text, _names in _table.items():
        for _name in _names.split():
            _TEXT_SIGNATURE_OF[_name] = _text
del _table, _text, _names, _name


def _is_builtin_class(cls):
    name = getattr(cls, '__name__', None)
    return isinstance(name, str) and getattr(builtins, name, None) is cls


def _builtin_text_signature(obj):
    """The text signature of a builtin (function, method, method descriptor, class)."""
    text = getattr(obj, '__text_signature__', None)
    if text:
        return text
    if isclass(obj):
        if _is_builtin_class(obj):
            return _TEXT_SIGNATURE_OF.get('class:' + obj.__name__)
        return None
    try:
        qualname = obj.__qualname__
    except AttributeError:
        return None
    if not isinstance(qualname, str):
        return None
    if '.' not in qualname:
        home = getattr(obj, '__module__', None)
        if isinstance(home, str) and home != 'builtins':
            if getattr(sys.modules.get(home), qualname, None) is not obj:
                return None
            return _TEXT_SIGNATURE_OF.get(home + ':' + qualname)
        if getattr(builtins, qualname, None) is not obj:
            return None
        return _TEXT_SIGNATURE_OF.get(qualname)
    owner = getattr(builtins, qualname.partition('.')[0], None)
    if not _is_builtin_class(owner):
        return None
    return _TEXT_SIGNATURE_OF.get(qualname)


def _sig_of_builtin(cls, func, drop_bound=True):
    if not _builtin_like(func):
        raise TypeError("{!r} is not a Python builtin function".format(func))
    text = _builtin_text_signature(func)
    if not text:
        raise ValueError("no signature found for builtin {!r}".format(func))
    return _sig_from_text(cls, func, text, drop_bound)


def _sig_of_callable(obj, *, follow=True, drop_bound=True,
                             globals=None, locals=None, eval_str=False, make_sig):
    """The signature of any callable (see `signature`)."""

    def recurse(target):
        return _sig_of_callable(
            target, follow=follow,
            drop_bound=drop_bound, globals=globals, locals=locals,
            make_sig=make_sig, eval_str=eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, types.MethodType):
        # A bound method: the function's signature less `self`.
        sig = recurse(obj.__func__)
        if drop_bound:
            return _drop_first_param(sig)
        return sig

    if follow:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType):
            return recurse(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig

    try:
        partialmethod = obj._partialmethod
    except AttributeError:
        pass
    else:
        if isinstance(partialmethod, getattr(functools, 'partialmethod', ())):
            wrapped_sig = recurse(partialmethod.func)
            sig = _sig_after_partial(wrapped_sig, partialmethod, (None,))
            first = tuple(wrapped_sig.parameters.values())[0]
            if first.kind is Parameter.VAR_POSITIONAL:
                return sig
            return sig.replace(parameters=(first,) + tuple(sig.parameters.values()))

    if isfunction(obj) or _looks_like_function(obj):
        return _sig_of_function(make_sig, obj, drop_bound=drop_bound,
                                        globals=globals, locals=locals, eval_str=eval_str)

    if _builtin_like(obj):
        return _sig_of_builtin(make_sig, obj, drop_bound=drop_bound)

    if isinstance(obj, functools.partial):
        return _sig_after_partial(recurse(obj.func), obj)

    sig = None
    if isinstance(obj, type):
        # A class: its metaclass's `__call__`, else its own `__new__` or `__init__`
        # (whichever the MRO reaches first), as written in Python.
        call = _user_method(type(obj), '__call__')
        if call is not None:
            sig = recurse(call)
        else:
            factory = None
            new = _user_method(obj, '__new__')
            init = _user_method(obj, '__init__')
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory = new
                    break
                if init is not None and '__init__' in base.__dict__:
                    factory = init
                    break
            if factory is not None:
                sig = recurse(factory)
        if sig is None:
            for base in obj.__mro__[:-1]:
                text = _builtin_text_signature(base)
                if text:
                    return _sig_from_text(make_sig, base, text)
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    return make_sig([], return_annotation=_empty)
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
    elif not isinstance(obj, _NonUserDefinedCallables):
        # An instance with a `__call__`.
        call = _user_method(type(obj), '__call__')
        if call is not None:
            try:
                text = obj.__text_signature__
            except AttributeError:
                pass
            else:
                if text:
                    return _sig_from_text(make_sig, obj, text)
            sig = recurse(call)

    if sig is not None:
        if drop_bound:
            return _drop_first_param(sig)
        return sig

    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError('no signature found for builtin function {!r}'.format(obj))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


class _void:
    """A private marker - used in Parameter & Signature."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self._value_]


_KIND_DESCRIPTIONS = ('positional-only', 'positional or keyword', 'variadic positional',
                      'keyword-only', 'variadic keyword')

_K_POSONLY = _ParameterKind.POSITIONAL_ONLY
_K_EITHER = _ParameterKind.POSITIONAL_OR_KEYWORD
_K_STAR = _ParameterKind.VAR_POSITIONAL
_K_KWONLY = _ParameterKind.KEYWORD_ONLY
_K_STARSTAR = _ParameterKind.VAR_KEYWORD


def _kind_of(kind):
    try:
        return _ParameterKind(kind)
    except ValueError:
        raise ValueError(f'value {kind!r} is not a valid Parameter.kind')


class Parameter:
    """One parameter of a Signature: its name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _K_POSONLY
    POSITIONAL_OR_KEYWORD = _K_EITHER
    VAR_POSITIONAL = _K_STAR
    KEYWORD_ONLY = _K_KWONLY
    VAR_KEYWORD = _K_STARSTAR

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        kind = _kind_of(kind)
        if kind in (_K_STAR, _K_STARSTAR) and default is not _empty:
            raise ValueError(f'{kind.description} parameters cannot have default values')
        self._default, self._annotation = default, annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        leading = name[0]  # an empty name fails with IndexError, as in CPython
        if leading == '.' and name[1:].isdigit():
            # The hidden `.0` argument of a comprehension's code.
            if kind != _K_EITHER:
                raise ValueError('implicit arguments must be passed as positional or '
                                 f'keyword arguments, not {kind.description}')
            kind, name = _K_POSONLY, 'implicit' + name[1:]
        # A builtin's positional-only parameter may be named like a keyword.
        valid = name.isidentifier() and (kind is _K_POSONLY or not iskeyword(name))
        if not valid:
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name, self._kind = name, kind

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        for key in ('_default', '_annotation'):
            setattr(self, key, state[key])

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy of the parameter with the given attributes changed."""
        fields = {'name': name, 'kind': kind, 'annotation': annotation, 'default': default}
        for key, value in fields.items():
            if value is _void:
                fields[key] = getattr(self, '_' + key)
        return type(self)(fields.pop('name'), fields.pop('kind'), **fields)

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if annotated else '=') + repr(self._default)
        stars = {_K_STAR: '*', _K_STARSTAR: '**'}.get(self._kind, '')
        return stars + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def _key(self):
        return (self._name, self._kind, self._annotation, self._default)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, Parameter):
            return all(mine == theirs for mine, theirs in zip(self._key(), other._key()))
        return NotImplemented


class BoundArguments:
    """The result of `Signature.bind`: the arguments mapped to parameter names."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self._signature, self.arguments = signature, arguments

    @property
    def signature(self):
        return self._signature

    def _split(self):
        """(positional values, keyword values) as a call would pass them: positions
        until the first parameter without an argument or the first keyword-only one."""
        given = self.arguments
        positional, keywords = [], {}
        by_position = True
        for p in self._signature.parameters.values():
            if by_position and (p.kind in (_K_KWONLY, _K_STARSTAR) or p.name not in given):
                by_position = False
                if p.name not in given:
                    continue
            if p.name not in given:
                continue
            value = given[p.name]
            if by_position:
                if p.kind == _K_STAR:
                    positional.extend(value)
                else:
                    positional.append(value)
            elif p.kind == _K_STARSTAR:
                keywords.update(value)
            else:
                keywords[p.name] = value
        return positional, keywords

    @property
    def args(self):
        return tuple(self._split()[0])

    @property
    def kwargs(self):
        return self._split()[1]

    def apply_defaults(self):
        """Fill in the defaults of the parameters that have no argument."""
        complete = {}
        for p in self._signature.parameters.values():
            if p.name in self.arguments:
                complete[p.name] = self.arguments[p.name]
            elif p.default is not _empty:
                complete[p.name] = p.default
            elif p.kind == _K_STAR:
                complete[p.name] = ()
            elif p.kind == _K_STARSTAR:
                complete[p.name] = {}
        self.arguments = complete

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, BoundArguments):
            return (self._signature, self.arguments) == (other.signature, other.arguments)
        return NotImplemented

    def __setstate__(self, state):
        self._signature, self.arguments = state['_signature'], state['arguments']

    def __getstate__(self):
        return dict(_signature=self._signature, arguments=self.arguments)

    def __repr__(self):
        inside = ', '.join(f'{key}={value!r}' for key, value in self.arguments.items())
        return f'<{type(self).__name__} ({inside})>'


def _ordered_params(parameters):
    """The parameters by name, checked as a def statement would check them."""
    by_name = OrderedDict()
    latest = _K_POSONLY
    seen_default = False
    for p in parameters:
        if p.kind < latest:
            raise ValueError(f'wrong parameter order: {latest.description} parameter '
                             f'before {p.kind.description} parameter')
        latest = max(latest, p.kind)
        if p.kind <= _K_EITHER:
            if p.default is not _empty:
                seen_default = True
            elif seen_default:
                raise ValueError('non-default argument follows default argument')
        if p.name in by_name:
            raise ValueError(f'duplicate parameter name: {p.name!r}')
        by_name[p.name] = p
    return by_name


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            table = OrderedDict()
        elif __validate_parameters__:
            table = _ordered_params(parameters)
        else:
            table = OrderedDict((p.name, p) for p in parameters)
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """The signature of a callable."""
        return _sig_of_callable(obj, make_sig=cls, follow=follow_wrapped,
                                globals=globals, locals=locals, eval_str=eval_str)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy of the signature with its parameters or return annotation changed."""
        params = self._parameters.values() if parameters is _void else parameters
        ret = self._return_annotation if return_annotation is _void else return_annotation
        return type(self)(params, return_annotation=ret)

    def _hash_basis(self):
        positional = tuple(p for p in self._parameters.values() if p.kind != _K_KWONLY)
        kwonly = {p.name: p for p in self._parameters.values() if p.kind == _K_KWONLY}
        return positional, kwonly, self._return_annotation

    def __hash__(self):
        positional, kwonly, ret = self._hash_basis()
        return hash((positional, frozenset(kwonly.values()), ret))

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, Signature):
            return self._hash_basis() == other._hash_basis()
        return NotImplemented

    def _bind(self, args, kwargs, *, partial=False):
        """Map the arguments to the parameters (the work of bind and bind_partial)."""
        arguments = {}
        params = list(self.parameters.values())
        n = len(params)
        i = 0
        # The positional arguments, parameter by parameter.
        nargs = len(args)
        a = 0
        while a < nargs:
            param = params[i] if i < n else None
            if param is None or param.kind in (_K_STARSTAR, _K_KWONLY):
                raise TypeError('too many positional arguments') from None
            if param.kind == _K_STAR:
                arguments[param.name] = tuple(args[a:])
                a = nargs
                i += 1
                break
            if param.name in kwargs and param.kind != _K_POSONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name)) from None
            arguments[param.name] = args[a]
            a += 1
            i += 1
        else:
            # The positional arguments ran out before the parameters: the next
            # parameter decides whether keywords may fill the rest.
            if i < n:
                param = params[i]
                if param.kind == _K_STAR:
                    i += 1
                elif param.name in kwargs:
                    if param.kind == _K_POSONLY:
                        raise TypeError('{!r} parameter is positional only, but was passed '
                                        'as a keyword'.format(param.name)) from None
                elif param.kind == _K_STARSTAR or param.default is not _empty or partial:
                    pass
                else:
                    raise TypeError('missing a required argument: {!r}'.format(param.name)) from None
        # The keyword arguments, for the parameters left.
        var_keyword = None
        for param in params[i:]:
            if param.kind == _K_STARSTAR:
                var_keyword = param
                continue
            if param.kind == _K_STAR:
                continue
            name = param.name
            if name in kwargs:
                if param.kind == _K_POSONLY:
                    raise TypeError('{!r} parameter is positional only, but was passed as '
                                    'a keyword'.format(name))
                arguments[name] = kwargs.pop(name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(name)) from None
        if kwargs:
            if var_keyword is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
            arguments[var_keyword.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Bind the arguments to the parameters, as a call would (TypeError if it
        could not be called so)."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Bind the arguments to the parameters; required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        pieces = []
        after_posonly = False   # a '/' is owed once the positional-only ones end
        bare_star = True        # a '*' is owed before the first keyword-only one
        for p in self._parameters.values():
            if p.kind != _K_POSONLY and after_posonly:
                pieces.append('/')
            after_posonly = p.kind == _K_POSONLY
            if p.kind == _K_STAR:
                bare_star = False
            elif p.kind == _K_KWONLY and bare_star:
                pieces.append('*')
                bare_star = False
            pieces.append(str(p))
        if after_posonly:
            pieces.append('/')
        text = '(' + ', '.join(pieces) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)
