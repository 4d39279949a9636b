# frame.clear() releases a finished frame's locals (in slot order, then cells and the
# value stack); a running frame refuses.
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def work():
    a = D("a")
    b = D("b")
    c = D("c")

    def inner():
        return c

    raise ValueError("boom")


try:
    work()
except ValueError as e:
    tb = e.__traceback__
print("caught")
frame = tb.tb_next.tb_frame
print(sorted(frame.f_locals))
frame.clear()
print("cleared")
print(frame.f_locals)
del tb, frame
print("--")


def running():
    f = sys._getframe()
    try:
        f.clear()
    except RuntimeError as err:
        print("RuntimeError", err)


running()
try:
    sys._getframe().clear()
except RuntimeError as err:
    print("RuntimeError", err)
try:
    type(sys._getframe()).clear(1)
except TypeError as err:
    print("TypeError", err)
print("end")
