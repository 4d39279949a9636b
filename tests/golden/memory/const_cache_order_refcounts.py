# CPython merges equal constants of one compilation into the first object that entered
# its constant cache. The parsed tree, alive while the script runs, holds a reference to
# its own constants: the merged object shows it only when a source constant came first,
# not when the compiler made the first one (a function's co_consts or co_names, call
# keyword names, an import's names, folded defaults). A function's doc is its co_consts[0].
import sys

def kw(**k):
    return k

def a():
    pass

t1 = (None,)
print('co_consts first', sys.getrefcount(t1), t1 is a.__code__.co_consts)
t0 = ('zz', 'yy')

def d():
    return zz.yy

print('source first', sys.getrefcount(t0), d.__code__.co_names is t0)
kw(p=1, q=2)
t2 = ('p', 'q')
print('keyword names', sys.getrefcount(t2))

def e(x=(7, 8)):
    pass

t3 = (7, 8)
print('default item', sys.getrefcount(t3), e.__defaults__[0] is t3)

def g(x=1.5, y=2.5):
    pass

t4 = (1.5, 2.5)
print('defaults after', sys.getrefcount(t4), g.__defaults__ is t4)
t5 = (3.5, 4.5)

def h(x=3.5, y=4.5):
    pass

print('defaults before', sys.getrefcount(t5), h.__defaults__ is t5)
from os import path, sep
t6 = ('path', 'sep')
print('import names', sys.getrefcount(t6))
s = 'a long string!'

def m():
    "a long string!"

print('docstring', sys.getrefcount(s), sys.getrefcount(m.__doc__), m.__doc__ is s)

def doc():
    "docstring here"

print('doc', sys.getrefcount(doc.__doc__))
print('displays', [sys.getrefcount(x) for x in [1.25, 'q q', (1.25, 'q q')]])
for v in (9.75, 'for str'):
    print('for', sys.getrefcount(v))
