# refpy's sys module, Python half (the native half is src/modules/sys.rs).


# stdin, stdout, stderr (and __stdin__...) are set by _io (src/modules/py/_io.py), whose
# TextIOWrapper they are.
warnoptions = []


def _no_new(typename):
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '%s' instances" % typename)
    return __new__


class _member_descriptor:
    """A read-only named field of a struct sequence: item `index` of the tuple, or for a
    field past the visible ones, the value kept in the instance beside the tuple."""

    __slots__ = ('_index', '__name__', '_owner', '_hidden')

    def __init__(self, index, name, owner, hidden):
        self._index = index
        self.__name__ = name
        self._owner = owner
        self._hidden = hidden

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        if self._hidden:
            return obj.__dict__[self.__name__]
        return tuple.__getitem__(obj, self._index)

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        return "<member '%s' of '%s' objects>" % (self.__name__, self._owner)


_member_descriptor.__name__ = _member_descriptor.__qualname__ = 'member_descriptor'
_member_descriptor.__module__ = 'builtins'


def _structseq_args(args, kwargs):
    """`structseq(sequence, dict=<absent>)` parsed with CPython's messages: returns the
    sequence and the dict argument (`_ABSENT` when not given)."""
    given = len(args) + len(kwargs)
    if given > 2:
        raise TypeError('structseq() takes at most 2 arguments (%d given)' % given)
    if args and 'sequence' in kwargs:
        raise TypeError("argument for structseq() given by name ('sequence') "
                        "and position (1)")
    if not args and 'sequence' not in kwargs:
        raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
    for name in kwargs:
        if name not in ('sequence', 'dict'):
            raise TypeError("structseq() got an unexpected keyword argument '%s'" % name)
    seq = args[0] if args else kwargs['sequence']
    extra = args[1] if len(args) > 1 else kwargs.get('dict', _ABSENT)
    return seq, extra


_ABSENT = object()


def _structseq_type(tp_name, fields, n_visible=None, doc=None, complete=None):
    """One struct sequence type (CPython's PyStructSequence_NewType) named `tp_name`
    ('module.name'). `fields` lists every field, None for an unnamed one (which only a
    visible field may be); the first `n_visible` (default: all) are the tuple's items,
    the rest named attributes only. `complete(values)`, if given, may adjust the list
    of all n_fields values the constructor gathered before the object is made."""
    n_fields = len(fields)
    n_seq = n_fields if n_visible is None else n_visible
    n_unnamed = sum(1 for f in fields if f is None)
    named = [f for f in fields if f is not None]
    # As in C, the repr names item i by the i-th *named* field, and a hidden item i by
    # named field i - n_unnamed.
    shown = tuple(named[:n_seq])
    hidden = tuple(named[n_seq - n_unnamed:])
    module, _, name = tp_name.rpartition('.')
    ns = {'__doc__': doc, '__module__': module or 'builtins', '__qualname__': name}
    for i, f in enumerate(fields):
        if f is not None:
            ns[f] = _member_descriptor(i, f, tp_name, i >= n_seq)
    if not hidden:
        ns['__slots__'] = ()

    def __new__(cls, *args, **kwargs):
        sequence, extra = _structseq_args(args, kwargs)
        try:
            it = iter(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        values = list(it)
        if extra is not _ABSENT and not isinstance(extra, dict):
            raise TypeError('%s() takes a dict as second arg, if any' % tp_name)
        n = len(values)
        if n_seq != n_fields:
            if n < n_seq:
                raise TypeError('%s() takes an at least %d-sequence (%d-sequence given)'
                                % (tp_name, n_seq, n))
            if n > n_fields:
                raise TypeError('%s() takes an at most %d-sequence (%d-sequence given)'
                                % (tp_name, n_fields, n))
        elif n != n_seq:
            raise TypeError('%s() takes a %d-sequence (%d-sequence given)'
                            % (tp_name, n_seq, n))
        for i in range(n, n_fields):
            key = hidden[i - n_seq]
            values.append(extra.get(key) if extra is not _ABSENT else None)
        if complete is not None:
            complete(values)
        self = tuple.__new__(cls, values[:n_seq])
        if hidden:
            store = self.__dict__
            for key, value in zip(hidden, values[n_seq:]):
                store[key] = value
        return self

    def __repr__(self):
        return '%s(%s)' % (tp_name, ', '.join(
            '%s=%r' % pair for pair in zip(shown, self)))

    def __reduce__(self):
        # The visible items as a tuple, the hidden ones by name.
        return (type(self), (tuple(self), {k: self.__dict__[k] for k in hidden}))

    ns.update(__new__=__new__, __repr__=__repr__, __reduce__=__reduce__)
    if hidden:
        def __setattr__(self, key, value):
            if key in ns and type(ns[key]) is _member_descriptor:
                raise AttributeError('readonly attribute')
            raise AttributeError("'%s' object has no attribute '%s'" % (tp_name, key))
        ns['__setattr__'] = __setattr__
        ns['__delattr__'] = lambda self, key: __setattr__(self, key, None)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '%s' is not an acceptable base type" % tp_name)
    ns['__init_subclass__'] = classmethod(__init_subclass__)
    ns['n_sequence_fields'] = n_seq
    ns['n_fields'] = n_fields
    ns['n_unnamed_fields'] = n_unnamed
    ns['__match_args__'] = tuple(f for f in fields[:n_seq] if f is not None)
    cls = type(name, (tuple,), ns)
    _c_layout(cls, 24, True, False)  # a struct sequence's tuple layout
    _c_type_name(cls)  # a static type: immutable, its tp_name in messages
    return cls


# The values C makes (PyStructSequence_New): never tracked by the collector.
version_info = _untrack_gc(_structseq_type(
    'sys.version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'))((3, 11, 7, 'final', 0)))
float_info = _untrack_gc(_structseq_type('sys.float_info', (
    'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
    'epsilon', 'radix', 'rounds'))((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308,
                                   -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1)))
int_info = _untrack_gc(_structseq_type('sys.int_info', (
    'bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
    'str_digits_check_threshold'))((30, 4, 4300, 640)))
hash_info = _untrack_gc(_structseq_type('sys.hash_info', (
    'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits',
    'cutoff'))((64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0)))


class _Implementation:
    name = 'cpython'
    cache_tag = 'cpython-311'
    version = version_info
    hexversion = 0x30b07f0

    def __repr__(self):
        return "namespace(name='cpython', cache_tag='cpython-311', version=%r, hexversion=51054576)" % (version_info,)


flags = _structseq_type('sys.flags', (
    'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site',
    'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet',
    'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
    'safe_path', 'int_max_str_digits'))(_flag_values())
_untrack_gc(flags)
type(flags).__new__ = staticmethod(_no_new('sys.flags'))
type(version_info).__new__ = staticmethod(_no_new('sys.version_info'))
dont_write_bytecode = bool(flags.dont_write_bytecode)
del _flag_values

_asyncgen_hooks = _structseq_type('asyncgen_hooks', ('firstiter', 'finalizer'))


def get_asyncgen_hooks():
    """The hooks async generators call on their first iteration and at finalization."""
    return _untrack_gc(_asyncgen_hooks(_get_asyncgen_hooks()))


__excepthook__ = excepthook


def displayhook(value):
    """Prints repr(value) to sys.stdout and keeps it in builtins._ (None is skipped)."""
    if value is None:
        return
    import builtins
    builtins._ = None
    stdout.write(repr(value))
    stdout.write('\n')
    builtins._ = value


__displayhook__ = displayhook
__unraisablehook__ = unraisablehook


# What `sys.unraisablehook` receives; the interpreter makes them from here.
_UnraisableHookArgs = _structseq_type('UnraisableHookArgs', (
    'exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object'))


thread_info = _untrack_gc(_structseq_type('sys.thread_info', ('name', 'lock', 'version'))(
    ('pthread', 'semaphore', 'NPTL 2.36')))

# Constants as CPython 3.11 on Linux reports them.
api_version = 1013
abiflags = ''
float_repr_style = 'short'
pycache_prefix = None
copyright = ('Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n'
             'Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n'
             'Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n'
             'All Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch '
             'Centrum, Amsterdam.\nAll Rights Reserved.')
# The modules compiled into CPython's own binary, and the names of the whole standard
# library of 3.11 (what the documentation lists: data, not behaviour).
builtin_module_names = (
    '_abc', '_ast', '_codecs', '_collections', '_functools', '_imp', '_io', '_locale',
    '_operator', '_signal', '_sre', '_stat', '_string', '_symtable', '_thread', '_tokenize',
    '_tracemalloc', '_warnings', '_weakref', 'atexit', 'builtins', 'errno', 'faulthandler',
    'gc', 'itertools', 'marshal', 'posix', 'pwd', 'sys', 'time', 'xxsubtype')
stdlib_module_names = frozenset((
    '__future__', '_abc', '_aix_support', '_ast', '_asyncio', '_bisect', '_blake2',
    '_bootsubprocess', '_bz2', '_codecs', '_codecs_cn', '_codecs_hk', '_codecs_iso2022',
    '_codecs_jp', '_codecs_kr', '_codecs_tw', '_collections', '_collections_abc',
    '_compat_pickle', '_compression', '_contextvars', '_crypt', '_csv', '_ctypes',
    '_curses', '_curses_panel', '_datetime', '_dbm', '_decimal', '_elementtree',
    '_frozen_importlib', '_frozen_importlib_external', '_functools', '_gdbm', '_hashlib',
    '_heapq', '_imp', '_io', '_json', '_locale', '_lsprof', '_lzma', '_markupbase', '_md5',
    '_msi', '_multibytecodec', '_multiprocessing', '_opcode', '_operator', '_osx_support',
    '_overlapped', '_pickle', '_posixshmem', '_posixsubprocess', '_py_abc', '_pydecimal',
    '_pyio', '_queue', '_random', '_scproxy', '_sha1', '_sha256', '_sha3', '_sha512',
    '_signal', '_sitebuiltins', '_socket', '_sqlite3', '_sre', '_ssl', '_stat',
    '_statistics', '_string', '_strptime', '_struct', '_symtable', '_thread',
    '_threading_local', '_tkinter', '_tokenize', '_tracemalloc', '_typing', '_uuid',
    '_warnings', '_weakref', '_weakrefset', '_winapi', '_zoneinfo', 'abc', 'aifc',
    'antigravity', 'argparse', 'array', 'ast', 'asynchat', 'asyncio', 'asyncore', 'atexit',
    'audioop', 'base64', 'bdb', 'binascii', 'bisect', 'builtins', 'bz2', 'cProfile',
    'calendar', 'cgi', 'cgitb', 'chunk', 'cmath', 'cmd', 'code', 'codecs', 'codeop',
    'collections', 'colorsys', 'compileall', 'concurrent', 'configparser', 'contextlib',
    'contextvars', 'copy', 'copyreg', 'crypt', 'csv', 'ctypes', 'curses', 'dataclasses',
    'datetime', 'dbm', 'decimal', 'difflib', 'dis', 'distutils', 'doctest', 'email',
    'encodings', 'ensurepip', 'enum', 'errno', 'faulthandler', 'fcntl', 'filecmp',
    'fileinput', 'fnmatch', 'fractions', 'ftplib', 'functools', 'gc', 'genericpath',
    'getopt', 'getpass', 'gettext', 'glob', 'graphlib', 'grp', 'gzip', 'hashlib', 'heapq',
    'hmac', 'html', 'http', 'idlelib', 'imaplib', 'imghdr', 'imp', 'importlib', 'inspect',
    'io', 'ipaddress', 'itertools', 'json', 'keyword', 'lib2to3', 'linecache', 'locale',
    'logging', 'lzma', 'mailbox', 'mailcap', 'marshal', 'math', 'mimetypes', 'mmap',
    'modulefinder', 'msilib', 'msvcrt', 'multiprocessing', 'netrc', 'nis', 'nntplib', 'nt',
    'ntpath', 'nturl2path', 'numbers', 'opcode', 'operator', 'optparse', 'os',
    'ossaudiodev', 'pathlib', 'pdb', 'pickle', 'pickletools', 'pipes', 'pkgutil',
    'platform', 'plistlib', 'poplib', 'posix', 'posixpath', 'pprint', 'profile', 'pstats',
    'pty', 'pwd', 'py_compile', 'pyclbr', 'pydoc', 'pydoc_data', 'pyexpat', 'queue',
    'quopri', 'random', 're', 'readline', 'reprlib', 'resource', 'rlcompleter', 'runpy',
    'sched', 'secrets', 'select', 'selectors', 'shelve', 'shlex', 'shutil', 'signal',
    'site', 'smtpd', 'smtplib', 'sndhdr', 'socket', 'socketserver', 'spwd', 'sqlite3',
    'sre_compile', 'sre_constants', 'sre_parse', 'ssl', 'stat', 'statistics', 'string',
    'stringprep', 'struct', 'subprocess', 'sunau', 'symtable', 'sys', 'sysconfig',
    'syslog', 'tabnanny', 'tarfile', 'telnetlib', 'tempfile', 'termios', 'textwrap',
    'this', 'threading', 'time', 'timeit', 'tkinter', 'token', 'tokenize', 'tomllib',
    'trace', 'traceback', 'tracemalloc', 'tty', 'turtle', 'turtledemo', 'types', 'typing',
    'unicodedata', 'unittest', 'urllib', 'uu', 'uuid', 'venv', 'warnings', 'wave',
    'weakref', 'webbrowser', 'winreg', 'winsound', 'wsgiref', 'xdrlib', 'xml', 'xmlrpc',
    'zipapp', 'zipfile', 'zipimport', 'zlib', 'zoneinfo',
))


def getfilesystemencodeerrors():
    """The error handler of file-name conversions."""
    return 'surrogateescape'


def getdlopenflags():
    """The flags dlopen() is called with (RTLD_NOW)."""
    return 2


def gettrace():
    """The trace function set by settrace (refpy has none)."""
    return None


def getprofile():
    """The profile function set by setprofile (refpy has none)."""
    return None


def call_tracing(func, args):
    """Calls func(*args)."""
    return func(*args)


implementation = _Implementation()
del _Implementation, _no_new
