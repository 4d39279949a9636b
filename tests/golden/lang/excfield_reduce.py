# Fields set after creation against __reduce__, copy and pickle; raising, chaining and
# tracebacks through the field descriptors; the memory the fields hold.
import copy
import gc
import pickle
import sys


def show(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r))
    except Exception as ex:
        print(label, type(ex).__name__, ex)


def state(c):
    return (type(c).__name__, c.args, vars(c))


e = OSError(2, 'nf', 'fn')
e.errno = 9
e.extra = 1
show('os reduce', lambda: e.__reduce__())
show('os copy', lambda: (lambda c: (state(c), c.errno, c.filename))(copy.copy(e)))
show('os pickle', lambda: (lambda c: (state(c), c.errno, c.filename))(pickle.loads(pickle.dumps(e))))
e = OSError(2, 'nf', 'fn', None, 'fn2')
show('os reduce2', lambda: e.__reduce__())
show('os copy2', lambda: (lambda c: (c.filename, c.filename2, str(c)))(copy.copy(e)))
e = OSError(2, 'nf')
e.filename = 'later'
show('os later', lambda: (e.__reduce__(), str(copy.copy(e))))
e = OSError(1, 2, 3, 4, 5, 6)
show('os six', lambda: (e.__reduce__(), e.errno, e.filename))
b = BlockingIOError(11, 'again', 4)
show('blocking', lambda: (b.__reduce__(), copy.copy(b).characters_written))
e = Exception(1)
e.__notes__ = ['n']
show('notes reduce', lambda: e.__reduce__())
e.add_note('x')
show('notes', lambda: (e.__notes__, vars(e)))
e = NameError('x', name='nn')
show('name reduce', lambda: (e.__reduce__(), copy.copy(e).name))
e = ImportError('m', name='n', path='p')
show('import reduce', lambda: (e.__reduce__(), copy.copy(e).path))
e = StopIteration(1, 2)
e.value = 5
show('stop', lambda: (e.__reduce__(), copy.copy(e).value))
e = SystemExit(3)
e.code = 'c'
show('exit', lambda: (e.__reduce__(), copy.copy(e).code))
e = UnicodeDecodeError('utf-8', b'ab', 0, 1, 'r')
e.reason = 'changed'
show('unicode', lambda: (e.__reduce__(), str(copy.copy(e))))


class WithSlots(Exception):
    __slots__ = ('s',)


w = WithSlots(1)
w.s = 2
w.d = 3
show('slots reduce', lambda: w.__reduce__())
show('slots copy', lambda: (lambda c: (vars(c), hasattr(c, 's')))(copy.copy(w)))
show('getstate', lambda: (OSError(1, 'x').__getstate__(), w.__getstate__(), WithSlots().__getstate__()))
show('reduce_ex', lambda: w.__reduce_ex__(2))
show('setstate', lambda: (lambda x: (x.__setstate__({'a': 1, 'errno': 4}), vars(x), x.errno))(OSError(1, 'x')))


def f():
    try:
        raise KeyError('k')
    except KeyError as k:
        raise ValueError('v') from k


try:
    f()
except ValueError as ex:
    show('from', lambda: (type(ex.__cause__), type(ex.__context__), ex.__suppress_context__,
                          ex.__traceback__.tb_next.tb_frame.f_code.co_name))
    tb = ex.__traceback__
    ex.__traceback__ = None
    show('tb none', lambda: (ex.__traceback__, ex.with_traceback(tb).__traceback__ is tb))
    ex.__cause__ = None
    show('cause cleared', lambda: (ex.__cause__, ex.__suppress_context__))
    del tb

try:
    raise OSError(2, 'x')
except OSError as ex:
    show('os', lambda: (type(ex).__name__, ex.errno, ex.strerror))


class Holder:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


e = OSError(1, 'x')
e.filename = Holder('filename')
e.extra = Holder('extra')
e.args = (Holder('args'),)
print('refcount', sys.getrefcount(e.filename))
e.filename = None
e.args = ()
del e.extra
print('fields released')
e.errno = Holder('errno')
del e.errno
print('errno deleted', e.errno)
class DelExc(Exception):
    def __del__(self):
        print('del exc', self.args)


g = ValueError()
g.__context__ = DelExc('context')
g.__context__ = None
g.__cause__ = DelExc('cause')
print('suppress', g.__suppress_context__)
g.__cause__ = None
print('tracked', gc.is_tracked(e), gc.is_tracked(g))
c = Exception()
c.__cause__ = c
c.__context__ = c
del c
print('collected', gc.collect() >= 1)
print('done')
