# A builtin type's method called through the class with no arguments at all:
# CPython's method descriptor check names it ("unbound method list.index() needs an
# argument") before the method itself sees the call.
import collections

methods = [
    list.index, list.count, list.append, list.pop, list.sort, list.copy,
    str.join, str.split, str.upper, str.encode,
    dict.get, dict.update, dict.pop, dict.setdefault, dict.keys,
    set.add, set.union, frozenset.union, tuple.index, tuple.count,
    int.bit_length, int.to_bytes, float.hex, bytes.hex, bytes.decode,
    bytearray.append, type.mro, range.index, slice.indices,
    collections.deque.append,
]
for m in methods:
    try:
        m()
    except TypeError as e:
        print(e)
# With a receiver the call goes on as usual.
print(list.index([3, 4], 4), str.upper("a"), dict.get({1: 2}, 1), slice.indices(slice(2), 5))
# Keyword arguments alone give no receiver either.
for call in [lambda: str.upper(x=1), lambda: list.index(x=1), lambda: dict.get(key=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
