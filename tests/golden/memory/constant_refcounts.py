# Constants live in the code object and, while the main script runs, in its parsed tree:
# folded literals (-1000, 2**10, nested tuples) count those two references, as in CPython.
import sys
t = (1000, 2000, (3000.5, -4000))
print([sys.getrefcount(x) for x in (t, t[0], t[1], t[2], t[2][0], t[2][1])])
s = {5000, 6000, 7000}
print(sorted(sys.getrefcount(x) for x in s))
l = [8000, 9000, 10000]
print([sys.getrefcount(x) for x in l])
def f(a=-11000, b=(12000,)):
    return a
print(sys.getrefcount(f()), sys.getrefcount(f.__defaults__[1]))
x = 13000; y = 13000
print(sys.getrefcount(x), x is y)
import sys
x = -1000
print(sys.getrefcount(x))
y = 2**100
print(sys.getrefcount(y))
print({-34, -1, 2147483648, 368841, 470548055514372015121, 18446744073709551614, 2305843009213693948, 18446744073709551613, -649938})
def f(a=-5.5, b=1 << 70, c=~3, d=not 0):
    return a, b, c, d
print(f())
print(f.__defaults__)
print(-0.0, 1/2, 7//2, -7 % 3, 2**-1, 10 / 4, True + True, True & False, 'abc'[-1], b'xy'[0])
print((1, -2, 3.5), __debug__)
try:
    1/0
except ZeroDivisionError as e:
    print('zde', e)
print(1 << 200 > 0, 2 ** 200 > 0, 'a' * 5000 == 'a' * 5000)
import sys
s = {5000, 6000, 7000}
y = 6000
print(sys.getrefcount(y))
for x in s: print(x, sys.getrefcount(x))
del x
print(sys.getrefcount(y))
s = {5000, 6000, 7000}
x = 5000
print(sys.getrefcount(x))
t = (5002, 6002, 7002)
y = 5002
print(sys.getrefcount(y))
