import sys
class C:
    pass
obj = C()
print(sys.getrefcount(obj))
lst = []
print(sys.getrefcount(lst), sys.getrefcount([]), sys.getrefcount(C()))
alias = obj
print(sys.getrefcount(obj))
del alias
print(sys.getrefcount(obj))
def f(x):
    return sys.getrefcount(x)
print(f(obj), f(C()))
