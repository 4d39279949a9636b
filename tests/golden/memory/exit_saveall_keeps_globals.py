# DEBUG_SAVEALL at exit: the collected cycle stays in gc.garbage, and through its class
# keeps the whole main namespace alive: no other finalizer runs at exit (as CPython).
import gc


class E:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


a = E('a')
gc.set_debug(gc.DEBUG_SAVEALL)
b = E('b')
b.b = b
del b
print('end of script')
