# sys.excepthook set to None (not callable): its TypeError is reported, then the
# original exception.
import sys

sys.excepthook = None
print('hook is', sys.excepthook)

def f():
    return 1 / 0

f()
