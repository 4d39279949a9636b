# At exit, a weakref.finalize left alive with atexit=False holds its callback, and the
# callback holds the script's globals: CPython frees them at the first collection of
# the module teardown, so __del__ methods still see every global and a working print.
import weakref
import os

CONFIG = {"name": "app"}


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name, "config:", CONFIG)


class Late:
    def __del__(self, fspath=os.fspath, getcwd=os.getcwd):
        # os functions CPython writes in C keep working while modules are torn down.
        print("Late del", fspath("still/works"), type(getcwd()).__name__)


r1 = Resource("r1")
r2 = Resource("r2")
fin = weakref.finalize(r2, print, "finalize r2")
fin4 = weakref.finalize(r1, lambda: print("finalize r1 (atexit=False)"))
fin4.atexit = False
late = Late()
print("alive:", fin.alive, fin4.alive, fin.atexit, fin4.atexit)
print("end of script")
