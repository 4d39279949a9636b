# queue.SimpleQueue (the C type _queue.SimpleQueue): argument parsing and its messages,
# timeouts, sizes and reference behaviour.
import gc
import queue
import sys
import weakref


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = queue.SimpleQueue()
print(type(s).__module__, type(s).__name__, sys.getsizeof(s), gc.is_tracked(s),
      hasattr(s, '__dict__'))
t(lambda: s.put(1))
t(lambda: s.put(2, False))
t(lambda: s.put(3, True, -10))
t(lambda: s.put(item=4))
t(lambda: s.put(5, block=False, timeout=1))
t(lambda: s.put_nowait(6))
t(lambda: s.put_nowait(item=7))
print(s.qsize(), s.empty())
t(lambda: s.put())
t(lambda: s.put(1, 2, 3, 4))
t(lambda: s.put(1, bogus=2))
t(lambda: s.put(1, item=2))
t(lambda: s.put(block=False))
t(lambda: s.put_nowait())
t(lambda: s.put_nowait(1, 2))
t(lambda: s.put_nowait(x=1))
t(lambda: s.get(1, 2, 3))
t(lambda: s.get(bogus=1))
t(lambda: s.get(timeout=-1))
t(lambda: s.get(timeout='1'))
t(lambda: s.get(False, 'ignored'))
t(lambda: s.get_nowait(1))
t(lambda: s.empty(1))
t(lambda: s.qsize(None))
t(lambda: queue.SimpleQueue(1))
t(lambda: queue.SimpleQueue(maxsize=1))
print([s.get() for _ in range(s.qsize())])
t(lambda: s.get(False))
t(lambda: s.get_nowait())
t(lambda: s.get(True, 0))
t(lambda: s.get(timeout=0.001))
t(lambda: s.get(block=False, timeout=-1))
print(queue.SimpleQueue[int], queue.SimpleQueue.__module__)


class Sub(queue.SimpleQueue):
    pass


sub = Sub()
sub.put('x')
sub.tag = 1
print(sub.get(), sub.tag, type(sub).__mro__[1].__name__, sys.getsizeof(sub) > sys.getsizeof(s))


# Items are released when taken, and with the queue.
class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


s.put(Item('a'))
s.put(Item('b'))
got = s.get()
print('got', got.name)
del got
r = weakref.ref(s)
del s
print('gone', r())
q = queue.Queue()
q.put(Item('c'))
q.put(Item('d'))
del q
print('end')
