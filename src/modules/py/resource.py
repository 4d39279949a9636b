# refpy's `resource`: process resource usage and limits, over the native helpers
# `_getrusage`, `_prlimit` and `_getpagesize` (src/modules/resource.rs). This module
# checks and converts the arguments with CPython's messages; the system calls are native.

error = OSError

RLIMIT_CPU = 0
RLIMIT_FSIZE = 1
RLIMIT_DATA = 2
RLIMIT_STACK = 3
RLIMIT_CORE = 4
RLIMIT_RSS = 5
RLIMIT_NPROC = 6
RLIMIT_NOFILE = 7
RLIMIT_OFILE = 7
RLIMIT_MEMLOCK = 8
RLIMIT_AS = 9
RLIMIT_LOCKS = 10
RLIMIT_SIGPENDING = 11
RLIMIT_MSGQUEUE = 12
RLIMIT_NICE = 13
RLIMIT_RTPRIO = 14
RLIMIT_RTTIME = 15
_RLIM_NLIMITS = 16
del RLIMIT_LOCKS  # CPython's resource does not export it

RLIM_INFINITY = -1

RUSAGE_SELF = 0
RUSAGE_CHILDREN = -1
RUSAGE_THREAD = 1


struct_rusage = __import__('sys')._structseq_type('resource.struct_rusage', (
    'ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss', 'ru_minflt',
    'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd', 'ru_msgrcv',
    'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw'), doc="""struct_rusage: Result from getrusage.

This object may be accessed either as a tuple of
    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,
    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)
or via the attributes ru_utime, ru_stime, ru_maxrss, and so on.""")


def _index(value):
    """`value` through `__index__`, with CPython's TypeError for anything else."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


def _c_int(value):
    value = _index(value)
    if not -2 ** 31 <= value < 2 ** 31:
        raise OverflowError('Python int too large to convert to C int')
    return value


def _c_long(value):
    value = _index(value)
    if not -2 ** 63 <= value < 2 ** 63:
        raise OverflowError('Python int too large to convert to C long')
    return value


def _one_arg(name, args, kwargs):
    if kwargs:
        raise TypeError('resource.%s() takes no keyword arguments' % name)
    if len(args) != 1:
        raise TypeError('resource.%s() takes exactly one argument (%d given)'
                        % (name, len(args)))
    return args[0]


def _resource_arg(value):
    value = _c_int(value)
    if not 0 <= value < _RLIM_NLIMITS:
        raise ValueError('invalid resource specified')
    return value


def _limits_arg(limits):
    items = tuple(limits)
    if len(items) != 2:
        raise ValueError('expected a tuple of 2 integers')
    return (_c_long(items[0]), _c_long(items[1]))


def getrusage(*args, **kwargs):
    who = _c_int(_one_arg('getrusage', args, kwargs))
    # Made by C (PyStructSequence_New): an untracked GC object.
    return __import__('sys')._untrack_gc(struct_rusage(_getrusage(who)))


def getrlimit(*args, **kwargs):
    return _prlimit(0, _resource_arg(_one_arg('getrlimit', args, kwargs)))


def setrlimit(*args, **kwargs):
    if kwargs:
        raise TypeError('resource.setrlimit() takes no keyword arguments')
    if len(args) != 2:
        raise TypeError('setrlimit expected 2 arguments, got %d' % len(args))
    resource = _resource_arg(args[0])
    _prlimit(0, resource, _limits_arg(args[1]))


def prlimit(*args, **kwargs):
    """prlimit(pid, resource, [limits])"""
    if kwargs:
        raise TypeError('prlimit() takes no keyword arguments')
    if not 2 <= len(args) <= 3:
        raise TypeError('resource.prlimit requires 2 to 3 arguments')
    pid = _c_int(args[0])
    resource = _resource_arg(args[1])
    if len(args) == 2:
        return _prlimit(pid, resource)
    return _prlimit(pid, resource, _limits_arg(args[2]))


def getpagesize(*args, **kwargs):
    if kwargs:
        raise TypeError('resource.getpagesize() takes no keyword arguments')
    if args:
        raise TypeError('resource.getpagesize() takes no arguments (%d given)' % len(args))
    return _getpagesize()
