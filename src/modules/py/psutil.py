# refpy's psutil module, Python half (the native half, which reads /proc, is
# src/modules/psutil.rs). Only the memory-related part of psutil's API.

version_info = (5, 9, 0)
__version__ = '5.9.0'

LINUX = True
WINDOWS = False
MACOS = False
OSX = False
POSIX = True

STATUS_RUNNING = 'running'
STATUS_SLEEPING = 'sleeping'
STATUS_DISK_SLEEP = 'disk-sleep'
STATUS_STOPPED = 'stopped'
STATUS_ZOMBIE = 'zombie'
STATUS_DEAD = 'dead'
STATUS_IDLE = 'idle'


class Error(Exception):
    pass


class NoSuchProcess(Error):
    def __init__(self, pid, name=None, msg=None):
        Error.__init__(self)
        self.pid = pid
        self.name = name
        self.msg = msg or 'process no longer exists'

    def __str__(self):
        details = '(pid=%s)' % self.pid
        if self.name:
            details = '(pid=%s, name=%r)' % (self.pid, self.name)
        return '%s %s' % (self.msg, details)


class ZombieProcess(NoSuchProcess):
    pass


class AccessDenied(Error):
    def __init__(self, pid=None, name=None, msg=None):
        Error.__init__(self)
        self.pid = pid
        self.name = name
        self.msg = msg or ''

    def __str__(self):
        return ('%s (pid=%s)' % (self.msg, self.pid)).strip()


class TimeoutExpired(Error):
    pass


def _namedtuple(typename, fields):
    """A small stand-in for collections.namedtuple (tuple subclass, fields as properties)."""
    fields = tuple(fields.split())

    def __new__(cls, *args):
        if len(args) != len(fields):
            raise TypeError('%s() takes %d positional arguments but %d were given'
                            % (typename, len(fields), len(args)))
        return tuple.__new__(cls, args)

    def __repr__(self):
        return typename + '(' + ', '.join(
            '%s=%r' % (f, v) for f, v in zip(fields, self)) + ')'

    def _asdict(self):
        return dict(zip(fields, self))

    ns = {'__slots__': (), '_fields': fields, '__new__': __new__,
          '__repr__': __repr__, '_asdict': _asdict}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    cls = type(typename, (tuple,), ns)
    cls.__module__ = 'psutil'
    return cls


pmem = _namedtuple('pmem', 'rss vms shared text lib data dirty')
svmem = _namedtuple('svmem', 'total available percent used free active inactive '
                             'buffers cached shared slab')
sswap = _namedtuple('sswap', 'total used free percent sin sout')


def _usage_percent(used, total, round_=None):
    try:
        ret = (float(used) / total) * 100
    except ZeroDivisionError:
        return 0.0
    if round_ is not None:
        ret = round(ret, round_)
    return ret


def _meminfo_dict():
    d = _meminfo()
    if d is None:
        raise Error("can't read /proc/meminfo")
    return d


def virtual_memory():
    m = _meminfo_dict()
    total = m.get('MemTotal', 0)
    free = m.get('MemFree', 0)
    buffers = m.get('Buffers', 0)
    cached = m.get('Cached', 0) + m.get('SReclaimable', 0)
    shared = m.get('Shmem', 0)
    active = m.get('Active', 0)
    inactive = m.get('Inactive', 0)
    slab = m.get('Slab', 0)
    used = total - free - cached - buffers
    if used < 0:
        used = total - free
    avail = m.get('MemAvailable')
    if avail is None:
        avail = free + buffers + cached
    if avail < 0:
        avail = 0
    if avail > total:
        avail = free
    percent = _usage_percent(total - avail, total, round_=1)
    return svmem(total, avail, percent, used, free, active, inactive,
                 buffers, cached, shared, slab)


def swap_memory():
    m = _meminfo_dict()
    total = m.get('SwapTotal', 0)
    free = m.get('SwapFree', 0)
    used = total - free
    return sswap(total, used, free, _usage_percent(used, total, round_=1), 0, 0)


def cpu_count(logical=True):
    return _cpu_count()


def pids():
    return _pids()


def pid_exists(pid):
    if pid < 0:
        return False
    return _statm(pid) is not None


class Process:
    def __init__(self, pid=None):
        if pid is None:
            pid = _getpid()
        elif type(pid) is not int and not isinstance(pid, int):
            raise TypeError('pid must be an integer (got %r)' % (pid,))
        if pid < 0:
            raise ValueError('pid must be a positive integer (got %s)' % pid)
        self._pid = pid
        if _statm(pid) is None:
            raise NoSuchProcess(pid, msg='process PID not found')

    @property
    def pid(self):
        return self._pid

    def __repr__(self):
        name = _comm(self._pid)
        if name is None:
            return 'psutil.Process(pid=%s, status=%r)' % (self._pid, 'terminated')
        return 'psutil.Process(pid=%s, name=%r, status=%r)' % (
            self._pid, name, _status(self._pid))

    __str__ = __repr__

    def __eq__(self, other):
        if not isinstance(other, Process):
            return NotImplemented
        return self._pid == other._pid

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._pid)

    def _check(self, value):
        if value is None:
            raise NoSuchProcess(self._pid)
        return value

    def memory_info(self):
        return pmem(*self._check(_statm(self._pid)))

    def memory_full_info(self):
        return self.memory_info()

    def memory_percent(self, memtype='rss'):
        info = self.memory_info()
        if memtype not in info._fields:
            raise ValueError('invalid memtype %r; valid types are %r'
                             % (memtype, info._fields))
        value = getattr(info, memtype)
        total = _meminfo_dict().get('MemTotal', 0)
        if not total:
            raise ValueError("can't calculate process memory percent because total "
                             "physical system memory is not positive (%r)" % total)
        return (value / float(total)) * 100

    def name(self):
        return self._check(_comm(self._pid))

    def status(self):
        return self._check(_status(self._pid))

    def ppid(self):
        return self._check(_ppid(self._pid))

    def parent(self):
        p = _ppid(self._pid)
        if not p:
            return None
        try:
            return Process(p)
        except NoSuchProcess:
            return None

    def is_running(self):
        return _statm(self._pid) is not None

    def children(self, recursive=False):
        found = []
        wanted = [self._pid]
        while wanted:
            parent = wanted.pop(0)
            for pid in _pids():
                if pid != parent and _ppid(pid) == parent:
                    try:
                        found.append(Process(pid))
                    except NoSuchProcess:
                        continue
                    if recursive:
                        wanted.append(pid)
        return found

    def as_dict(self, attrs=None):
        names = attrs if attrs is not None else ['pid', 'name', 'status', 'ppid',
                                                   'memory_info', 'memory_percent']
        d = {}
        for n in names:
            v = getattr(self, n)
            d[n] = v if n == 'pid' else v()
        return d
