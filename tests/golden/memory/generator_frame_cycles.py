# A suspended generator's frame belongs to the generator: cycles through its locals are
# found by the collector, and the frame is not counted as an object of its own.
import gc
gc.disable()


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


def g():
    a = A('local of g')
    me = yield 1
    print('got', type(me).__name__)
    yield 2


it = g()
next(it)
it.send(it)
del it
print('collected', gc.collect())


def h(box):
    a = A('local of h')
    box.append(a)
    yield 1


box = []
it = h(box)
next(it)
box.append(it)
del it, box
print('collected', gc.collect())


def k():
    x = [1]
    yield x


it = k()
lst = next(it)
lst.append(it)
del it, lst
print('collected', gc.collect())


def unstarted(box, item):
    yield box


box = [A('in box')]
it = unstarted(box, A('argument'))
box.append(it)
del it, box
print('collected', gc.collect())
