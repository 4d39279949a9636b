import weakref
class A: pass
keep = A()
keep2 = A()
f1 = weakref.finalize(keep, print, "at exit 1")
f2 = weakref.finalize(keep2, print, "at exit 2")
f3 = weakref.finalize(A, print, "never")
f3.atexit = False
print(f1.atexit, f3.atexit)
print("end of script")
