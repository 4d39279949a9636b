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
    # A struct sequence's tp_name 'sys.version_info': module 'sys', name 'version_info'.
    module, _, name = typename.rpartition('.')
    ns['__module__'] = module or 'builtins'
    cls = type(name, (tuple,), ns)
    _c_layout(cls, 24, True, False)  # a struct sequence's tuple layout
    _c_type_name(cls)  # a static type: immutable, 'sys.flags' in messages
    return cls


version_info = _named_tuple_class(
    'sys.version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'))((3, 11, 7, 'final', 0))
float_info = _named_tuple_class('sys.float_info', (
    'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
    'epsilon', 'radix', 'rounds'))((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308,
                                   -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1))
int_info = _named_tuple_class('sys.int_info', (
    'bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
    'str_digits_check_threshold'))((30, 4, 4300, 640))
hash_info = _named_tuple_class('sys.hash_info', (
    'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits',
    'cutoff'))((64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))


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
type(flags).__new__ = staticmethod(_no_new('sys.flags'))
type(version_info).__new__ = staticmethod(_no_new('sys.version_info'))
type(flags).n_fields = type(flags).n_sequence_fields = 18
type(flags).n_unnamed_fields = 0
dont_write_bytecode = bool(flags.dont_write_bytecode)
del _flag_values

_asyncgen_hooks = _named_tuple_class('asyncgen_hooks', ('firstiter', 'finalizer'))


def get_asyncgen_hooks():
    """The hooks async generators call on their first iteration and at finalization."""
    return _asyncgen_hooks(_get_asyncgen_hooks())


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


_UnraisableHookArgs.__name__ = _UnraisableHookArgs.__qualname__ = 'UnraisableHookArgs'
_UnraisableHookArgs.__module__ = 'builtins'
implementation = _Implementation()
del _named_tuple_class, _Implementation, _no_new
