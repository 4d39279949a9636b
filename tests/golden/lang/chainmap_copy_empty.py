# ChainMap.copy is CPython's one line: maps[0] first, so an empty chain raises IndexError.
import collections
cm = collections.ChainMap({'a': 1}, {'b': 2})
print(cm.copy(), cm.parents.copy())
cm.maps.clear()
try:
    cm.copy()
except IndexError as e:
    print(type(e).__name__, e)
print(collections.ChainMap().copy())
