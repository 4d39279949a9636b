# Storing a key that is not an exact str into an all-str dict turns its table general
# (24-byte entries) before the lookup, even when an equal key is already there.
import sys

size = sys.getsizeof


class S(str):
    pass


d = {'a': 1, 'b': 2}
print('str keys:', size(d))
d[S('a')] = 3
print('str subclass key replacing a value:', size(d), d, type(list(d)[0]).__name__)
d = {'a': 1}
try:
    d[[]] = 1
except TypeError as e:
    print('unhashable:', e, size(d))
d = dict.fromkeys('abcde')
d[S('z')] = 1
print('new str subclass key:', size(d), len(d))
d = {}
d[S('x')] = 1
print('first key a str subclass:', size(d))
d = {'a': 1}
del d['a']
d[1] = 1
print('after a delete:', size(d))
