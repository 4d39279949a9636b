# A finalize whose callback is a bound method of an object of the script, never run at
# exit (atexit=False), plus a cycle: every __del__ still runs with the globals intact.
import weakref
import sys


class Conn:
    opened = []

    def __init__(self, n):
        self.n = n
        Conn.opened.append(n)

    def close(self):
        print("close", self.n)

    def __del__(self):
        print("Conn.__del__", self.n, "opened:", Conn.opened, "sys ok:", sys.stdout is not None)


class Owner:
    def __init__(self):
        self.conn = Conn(1)
        self.me = self
        f = weakref.finalize(self, self.conn.close)
        f.atexit = False


o = Owner()
c2 = Conn(2)
k = weakref.finalize(c2, Conn(3).close)
k.atexit = False
print("done")
