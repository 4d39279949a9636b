# enum_new keeps a start past Py_ssize_t as the int object itself (en_longindex), the
# result of PyNumber_Index: an exact int gains a reference, a subclass's is copied.
import sys
big = 10**30
before = sys.getrefcount(big)
e = enumerate('ab', big)
print(sys.getrefcount(big) - before)
print(next(e), next(e))
del e
print(sys.getrefcount(big) - before)
small = 10**6
before = sys.getrefcount(small)
e = enumerate('ab', small)
print(sys.getrefcount(small) - before, next(e))

class I(int):
    pass

sub = I(10**30)
before = sys.getrefcount(sub)
e = enumerate('a', sub)
print(sys.getrefcount(sub) - before, next(e))
