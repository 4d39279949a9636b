# An OrderedDict merged into a dict (dict(od), {**od}, d.update(od), f(**od)) goes through
# keys() and __getitem__ as CPython's dict_merge does for a dict whose class overrides
# __iter__: the linked order, not the storage order. So does a plain dict subclass.
import collections, json, copy, pprint
od = collections.OrderedDict(a=1, b=2, c=3)
od.move_to_end('a')
print(dict(od), {**od}, json.dumps(od), copy.copy(od), copy.deepcopy(od))
d = {}; d.update(od); print(d)
def f(**kw): return kw
print(f(**od), list(od.items()), str(od), od.keys() == {'a','b','c'})
print(sorted(od), [k for k in od], list(zip(od, od.values())), set(od) == set('abc'))
pprint.pprint(od)
print(collections.OrderedDict(od), dict.fromkeys(od), list(od.__iter__()), len(od), 'a' in od)
print(collections.ChainMap(od), collections.Counter(od))
print(max(od), min(od), tuple(od), [*od], {*od} == set('abc'))


class D(dict):
    def __iter__(self):
        print('D.__iter__')
        return iter(sorted(dict.keys(self), reverse=True))

    def __getitem__(self, k):
        print('D.__getitem__', k)
        return dict.__getitem__(self, k)

    def keys(self):
        print('D.keys')
        return list(self)


dd = D(x=1, y=2)
print(dict(dd), {**dd}, f(**dd))
