# atexit handlers run newest first at exit, before module teardown; weakref.finalize
# joins that list on first use; a raising handler is reported and the rest still run.
import atexit, weakref
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def bye(who, punct="!"):
    print("bye", who, punct)
atexit.register(bye, "first")
o = D('o')
f = weakref.finalize(o, print, "finalize o")
@atexit.register
def second():
    print("second")
def boom():
    raise ValueError("in handler")
atexit.register(boom)
atexit.register(bye, "kw", punct="?")
atexit.register(bye, "gone")
atexit.unregister(bye)

g = D('global')
print("end of script")
