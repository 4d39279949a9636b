# copy: deepcopy's memo (what it records and keeps alive), shared and recursive
# structures, which types are returned as they are, subclasses of builtins, and the
# release of copies and originals.
import copy
import gc
import sys
import types
import weakref


memo = {}
inner = [1]
x = [inner, (2, inner), (3, 4), {'k': inner}, inner]
y = copy.deepcopy(x, memo)
print(y, y[0] is y[1][1] is y[3]['k'] is y[4], y[2] is x[2])
print(len(memo), sorted(type(v).__name__ for k, v in memo.items() if k != id(memo)))
print([type(v).__name__ for v in memo[id(memo)]], memo[id(x)] is y, id(x[2]) in memo)
print(copy.deepcopy(x, memo) is y, copy.deepcopy(inner, memo) is y[0])
pre = {id(inner): 'preset'}
print(copy.deepcopy([inner, inner], pre), len(pre))

# Recursive structures.
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a)
d = {}
d['self'] = d
e = copy.deepcopy(d)
print(e['self'] is e)
t_list = []
tup = (t_list,)
t_list.append(tup)
tc = copy.deepcopy(tup)
print(tc is not tup, tc[0][0] is tc, type(tc).__name__)


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


n1, n2 = Node('a'), Node('b')
n1.peer, n2.peer = n2, n1
c1 = copy.deepcopy(n1)
print(c1.peer.peer is c1, c1.peer.name, c1 is not n1)

# Returned unchanged by both, by copy() only, and copied by both.
import re
def f():
    pass
shared = [None, 1, 2.5, True, 3j, 'str', b'b', int, range(3), len, f, f.__code__,
          ..., NotImplemented, property(), weakref.ref(f), re.compile('x')]
print([copy.copy(o) is o for o in shared])
print([copy.deepcopy(o) is o for o in shared])
shallow_only = [(1, 2), frozenset({1}), slice(1, 2), (1, [2]), frozenset(), ()]
print([copy.copy(o) is o for o in shallow_only], [copy.deepcopy(o) is o for o in shallow_only])
fresh = [[1], {1: 2}, {1}, bytearray(b'x'), types.SimpleNamespace(a=1), object()]
print([copy.copy(o) is o for o in fresh], [copy.deepcopy(o) is o for o in fresh])
print([type(copy.copy(o)).__name__ for o in fresh])


class L(list):
    pass


class D(dict):
    pass


class S(set):
    pass


lst = L([[1], 2])
lst.tag = 'L'
dd = D(k=[1])
dd.tag = 'D'
for orig in (lst, dd, S({1, 2})):
    sc, dc = copy.copy(orig), copy.deepcopy(orig)
    print(type(sc).__name__, sc, getattr(sc, 'tag', None), type(dc).__name__, dc,
          getattr(dc, 'tag', None))
print(copy.copy(lst)[0] is lst[0], copy.deepcopy(lst)[0] is lst[0])


class M:
    def method(self):
        return self


m = M()
bm = m.method
print(copy.copy(bm) == bm, copy.copy(bm).__self__ is m, copy.deepcopy(bm).__self__ is m,
      type(copy.deepcopy(bm)).__name__)
print(copy.deepcopy([].append).__self__ == [])


# Copies and originals die when nothing holds them; the memo holds them meanwhile.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


orig = Tracked('orig')
memo = {}
cp = copy.deepcopy(orig, memo)
cp.name = 'copy'
print(sys.getrefcount(orig) - 1, len(memo))
del orig
print('orig still held by memo')
memo.clear()
del cp
print(gc.is_tracked(memo), 'end')
