# print() with sys.stdout None (nothing printed), missing ("lost sys.stdout"), and
# file= objects of several kinds.
import io
import sys

saved = sys.stdout
sys.stdout = None
print("vanishes")
sys.stdout = saved
print("back")

del sys.stdout
try:
    print("no stdout")
except RuntimeError as e:
    msg = str(e)
try:
    print("to a file", file=io.StringIO())
    ok_file = True
except RuntimeError:
    ok_file = False
sys.stdout = saved
print("lost:", msg, "| explicit file still works:", ok_file)


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)


r = Recorder()
print(1, 2, 3, file=r, sep="", end="")
print(r.calls)
r = Recorder()
print(file=r)
print(r.calls)


class FlushRaises:
    def write(self, s):
        pass

    def flush(self):
        raise ValueError("flush fail")


try:
    print("x", file=FlushRaises(), flush=True)
except ValueError as e:
    print("ValueError", e)
print("x", file=FlushRaises())
print("no flush call without flush=True")


class NoWrite:
    pass


try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError", e)
closed = io.StringIO()
closed.close()
try:
    print("x", file=closed)
except ValueError as e:
    print("ValueError", e)
