# The weak containers' methods as CPython's: MutableMapping's clear() pops entries last to
# first, copies and set algebra go through the containers' own iteration, each ref() a
# type call (an argument tuple gc.get_count() sees). (difftest: wr_container_methods)
import copy
import gc
import weakref


class W:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'W' + self.name

    def __hash__(self):
        return sum(map(ord, self.name))

    def __eq__(self, other):
        return isinstance(other, W) and other.name == self.name

    def __lt__(self, other):
        return self.name < other.name

    def __del__(self):
        print('del', self.name)


keys = [W('k1'), W('k2'), W('k3')]
d = weakref.WeakKeyDictionary({k: W('v' + k.name) for k in keys})
print('clear wkd')
d.clear()
vals = {i: W('w%d' % i) for i in range(3)}
d2 = weakref.WeakValueDictionary(vals)
print('clear wvd')
d2.clear()
del vals
print('dropped')

a, b, c, e = W('a'), W('b'), W('c'), W('e')
ws = weakref.WeakSet([a, b])
ws2 = weakref.WeakSet([b, c])
for expr in ['ws | ws2', 'ws & ws2', 'ws - ws2', 'ws ^ ws2', 'ws.union([e])', 'ws.intersection([a, e])',
             'ws.symmetric_difference([a, e])', 'ws <= ws2', 'ws < weakref.WeakSet([a, b, c])',
             'ws >= ws2', 'ws == weakref.WeakSet([b, a])', 'ws == {a, b}', 'ws.isdisjoint(ws2)',
             'type(ws).__module__', 'weakref.WeakSet[int]', '[] in ws', 'copy.copy(ws).data is ws.data']:
    v = eval(expr)
    print(expr, '->', ('WeakSet', sorted(v)) if isinstance(v, weakref.WeakSet) else v)
w = weakref.WeakSet([a, b, c])
w -= weakref.WeakSet([a])
w &= [b, e]
w ^= [b, e]
w |= [a]
print(sorted(w))
w -= w
print(len(w))
try:
    w.pop()
except KeyError as exc:
    print('KeyError', exc)

k = weakref.WeakKeyDictionary({a: 1, b: 2})
v = weakref.WeakValueDictionary({1: a, 2: b})
for expr in ['k == {a: 1, b: 2}', 'sorted(dict(k | {e: 4}).values())', 'k.get(1)', 'k[a]',
             'k.__reversed__', 'v == {1: a, 2: b}', 'sorted(dict({9: e} | v))',
             'v.setdefault(3, c)', 'v.pop(3)', 'v.pop(3, 0)', 'sorted(dict(copy.deepcopy(v)))',
             'weakref.WeakKeyDictionary[int, str]', 'vars(k).keys()', 'vars(v).keys()', 'list(vars(w))']:
    try:
        print(expr, '->', eval(expr))
    except Exception as exc:
        print(expr, '!', type(exc).__name__, exc)


def count(label, f):
    gc.collect()
    gc.disable()
    before = gc.get_count()[0]
    keep = f()
    print(label, gc.get_count()[0] - before)
    gc.enable()
    return keep


for c in (ws, k, v):
    count('next', lambda: (lambda it: (it, next(it)))(iter(c)))
    count('list', lambda: list(c))
count('ws in', lambda: a in ws)
count('wk get', lambda: k[a])
count('wk items', lambda: list(k.items()))
count('wk copy', lambda: k.copy())
count('ws copy', lambda: ws.copy())
print('end')
