# A weak reference with a callback, released by the same teardown that runs a __del__:
# CPython runs the __del__ (and the deaths it causes) inside the deallocation, before the
# teardown reaches the weak reference, so the callback fires when the referent dies in
# that cascade, and not otherwise.
import weakref


class D:
    def __init__(self, name, held=None):
        self.name = name
        self.held = held

    def __del__(self):
        print('del', self.name)


class Plain:
    def __init__(self, name):
        self.name = name


def cb(label):
    return lambda r: print('callback', label)


def scenario(kind, cascade):
    target = Plain('t')
    holder = D('h', target if cascade else None)
    wr = weakref.ref(target, cb(kind))
    if kind == 'list':
        box = [holder, wr]
    elif kind == 'dict':
        box = {'h': holder, 'w': wr}
    elif kind == 'tuple':
        box = (holder, wr)
    else:
        box = Plain('box')
        box.h = holder
        box.w = wr
    del holder, wr
    if not cascade:
        keep = target
    del target
    print(kind, cascade, 'release')
    del box
    print(kind, cascade, 'done')


for kind in ('list', 'dict', 'tuple', 'attrs'):
    for cascade in (True, False):
        scenario(kind, cascade)

# The weak reference listed first: released before the __del__ runs, no callback.
t = Plain('t2')
box = [weakref.ref(t, cb('first')), D('h2', t)]
del t
del box
print('end')
