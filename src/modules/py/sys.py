# refpy's sys module, Python half (the native half is src/modules/sys.rs).


# stdin, stdout, stderr (and __stdin__...) are set by _io (src/modules/py/_io.py), whose
# TextIOWrapper they are.
warnoptions = []


def _no_new(typename):
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '%s' instances" % typename)
    return __new__


def _named_tuple_class(typename, fields):
    def make_getter(i):
        return property(lambda self: self[i])

    ns = {}
    for i, f in enumerate(fields):
        ns[f] = make_getter(i)

    def __repr__(self):
        return typename + '(' + ', '.join(
            '%s=%r' % (f, self[i]) for i, f in enumerate(fields)) + ')'
    ns['__repr__'] = __repr__
    n = len(fields)

    def __new__(cls, sequence, dict=None):
        # structseq_new: a sequence of exactly n items (no hidden fields here).
        if dict is not None and type(dict) is not type({}):
            raise TypeError('%s() takes a dict as second arg, if any' % typename)
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        if len(items) != n:
            raise TypeError('%s() takes a %d-sequence (%d-sequence given)'
                            % (typename, n, len(items)))
        return tuple.__new__(cls, items)
    ns['__new__'] = __new__

    def __reduce__(self):
        return (type(self), (tuple(self), {}))
    ns['__reduce__'] = __reduce__
    ns['n_sequence_fields'] = ns['n_fields'] = n
    ns['n_unnamed_fields'] = 0
    ns['__match_args__'] = tuple(fields)
    # A struct sequence's tp_name 'sys.version_info': module 'sys', name 'version_info'.
    module, _, name = typename.rpartition('.')
    ns['__module__'] = module or 'builtins'
    cls = type(name, (tuple,), ns)
    _c_layout(cls, 24, True, False)  # a struct sequence's tuple layout
    _c_type_name(cls)  # a static type: immutable, 'sys.flags' in messages
    return cls


# The values C makes (PyStructSequence_New): never tracked by the collector.
version_info = _untrack_gc(_named_tuple_class(
    'sys.version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'))((3, 11, 7, 'final', 0)))
float_info = _untrack_gc(_named_tuple_class('sys.float_info', (
    'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
    'epsilon', 'radix', 'rounds'))((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308,
                                   -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1)))
int_info = _untrack_gc(_named_tuple_class('sys.int_info', (
    'bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
    'str_digits_check_threshold'))((30, 4, 4300, 640)))
hash_info = _untrack_gc(_named_tuple_class('sys.hash_info', (
    'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits',
    'cutoff'))((64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0)))


class _Implementation:
    name = 'cpython'
    cache_tag = 'cpython-311'
    version = version_info
    hexversion = 0x30b07f0

    def __repr__(self):
        return "namespace(name='cpython', cache_tag='cpython-311', version=%r, hexversion=51054576)" % (version_info,)


flags = _named_tuple_class('sys.flags', (
    'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site',
    'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet',
    'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
    'safe_path', 'int_max_str_digits'))(_flag_values())
_untrack_gc(flags)
type(flags).__new__ = staticmethod(_no_new('sys.flags'))
type(version_info).__new__ = staticmethod(_no_new('sys.version_info'))
dont_write_bytecode = bool(flags.dont_write_bytecode)
del _flag_values

_asyncgen_hooks = _named_tuple_class('asyncgen_hooks', ('firstiter', 'finalizer'))


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


class _UnraisableHookArgs(tuple):
    """What `sys.unraisablehook` receives (CPython's struct sequence
    `UnraisableHookArgs`); the interpreter makes them from `sys._UnraisableHookArgs`."""
    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != 5:
            raise TypeError('UnraisableHookArgs() takes a 5-sequence (%d-sequence given)'
                            % len(items))
        return tuple.__new__(cls, items)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    err_msg = property(lambda self: self[3])
    object = property(lambda self: self[4])
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0

    def __repr__(self):
        return 'UnraisableHookArgs(' + ', '.join(
            '%s=%r' % (f, v) for f, v in zip(
            ('exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object'), self)) + ')'


thread_info = _untrack_gc(_named_tuple_class('sys.thread_info', ('name', 'lock', 'version'))(
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


_UnraisableHookArgs.__name__ = _UnraisableHookArgs.__qualname__ = 'UnraisableHookArgs'
_UnraisableHookArgs.__module__ = 'builtins'
implementation = _Implementation()
del _named_tuple_class, _Implementation, _no_new
