# A `method` made of a builtin function is a `method` (48 bytes + GC header), unlike a
# builtin bound by attribute access; annotations that fold to constants (tuples too)
# make one constant tuple, which a collected function does not take with it.
import gc, sys, types


def mk():
    def cyc(a: (1, 'x')) -> ():
        pass
    cyc.me = cyc


gc.collect()
mk()
print(gc.collect())
print(sys.getsizeof(types.MethodType(len, [1])), sys.getsizeof([].append))
print(type(types.MethodType(len, [1])).__name__, type([].append).__name__)
print(list.append.__reduce__(), len.__reduce__())
try:
    list.append.__get__(3)
except TypeError as e:
    print(e)
s = "".join(["ab", "cd"])
print(s[:] is s, s[0:10] is s, s[1:], s[::2], s[::-1], s[0:4:1] is s)
