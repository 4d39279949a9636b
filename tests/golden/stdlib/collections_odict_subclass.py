# What an OrderedDict subclass's overridden methods see from pop, popitem, setdefault,
# copy, update, equality and repr (C's odictobject.c paths).
import collections
class Sub(collections.OrderedDict):
    def __getitem__(self, k):
        print('getitem', k); return super().__getitem__(k)
    def __delitem__(self, k):
        print('delitem', k); super().__delitem__(k)
    def __setitem__(self, k, v):
        print('setitem', k); super().__setitem__(k, v)
    def __contains__(self, k):
        print('contains', k); return super().__contains__(k)
    def __iter__(self):
        print('iter'); return super().__iter__()
s = Sub(a=1, b=2)
print(s.pop('a'), s.popitem(), s.setdefault('q', 1), s.setdefault('q', 2))
print(s.copy())
s.update({'r': 5}, t=6)
print(s == Sub(q=1, r=5, t=6), list(s.items()), list(s.values()))
print(repr(s))
