# After a call to a builtin, the arguments left on the stack are released first to last
# (CPython 3.11's CALL clears them in stack order), whatever the callable's kind.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

    def __eq__(self, other):
        return NotImplemented

    __hash__ = object.__hash__


object.__eq__(D("a"), D("b"))
print("--")
set().difference_update([D("c")], [D("d")])
print("--")
isinstance(D("e"), (D, int))
print("--")
print(len([D("f"), D("g")]), D("h") == D("i"))
print("--")
max(D("j").n, D("k").n, key=len)
print("--")
dict(a=D("l"), b=D("m"))
print("--")
"{} {}".format(D("n"), D("o"))
print("--")
[].extend([D("p"), D("q")])
print("end")
