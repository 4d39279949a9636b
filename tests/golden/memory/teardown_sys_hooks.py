# Every sys hook replaced by a function of __main__: the teardown clears sys's dict last,
# which frees __main__ and what it holds (CPython's finalize_clear_sys_builtins_dict).
import sys
import atexit
import warnings
from collections import namedtuple

P = namedtuple('P', 'a b')
p = P(1, 2)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        # sys.stdout is None by the time the sys dict is cleared: print writes nothing.
        print('del', self.name)


keep = Noisy('main')
sys.unraisablehook = lambda u: None
sys.excepthook = lambda *a: None
sys.displayhook = lambda v: None
sys.breakpointhook = lambda *a, **k: None
warnings.showwarning = lambda *a, **k: None
sys.my_attr = Noisy('sys attr')
atexit.register(lambda: print('atexit', p))
print('end', p)
