# sys.is_finalizing() as __del__ methods see it during interpreter shutdown
# (True only after the atexit handlers ran), sys.getrefcount's argument
# checks, the switch interval, and os.sysconf as psutil-style scripts use it.
import atexit
import os
import sys


def attempt(f, *args, **kwargs):
    try:
        print("ok", f(*args, **kwargs))
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)


print("running: finalizing", sys.is_finalizing())
attempt(sys.is_finalizing, 1)
attempt(sys.getrefcount)
attempt(sys.getrefcount, 1, 2)
attempt(sys.getrefcount, object=1)
print("getrefcount of a fresh list", sys.getrefcount([]))

print("switch interval", sys.getswitchinterval())
attempt(sys.setswitchinterval, 0)
attempt(sys.setswitchinterval, -1)
attempt(sys.setswitchinterval, "x")
attempt(sys.setswitchinterval)
attempt(sys.setswitchinterval, 1, 2)
attempt(sys.setswitchinterval, 0.001)
print("now", sys.getswitchinterval())
attempt(sys.setswitchinterval, True)
print("now", sys.getswitchinterval())
sys.setswitchinterval(0.005)
attempt(sys.getswitchinterval, 1)

page = os.sysconf("SC_PAGE_SIZE")
print("page size positive power of two", page > 0 and page & (page - 1) == 0)
print("same by number", os.sysconf(os.sysconf_names["SC_PAGESIZE"]) == page)
print("clock ticks", os.sysconf("SC_CLK_TCK") > 0)
attempt(os.sysconf, "bogus")
attempt(os.sysconf, 1.5)
attempt(os.sysconf, 99999)
with open("/proc/self/statm") as f:
    resident = int(f.read().split()[1]) * page
print("resident bytes positive", resident > 0)


class Connection:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"closing {self.name}: finalizing={sys.is_finalizing()}")


class Pool:
    def __init__(self):
        self.conns = [Connection(f"pooled{i}") for i in range(2)]

    def __del__(self):
        print("pool released, finalizing:", sys.is_finalizing())


def at_exit():
    print("atexit handler: finalizing", sys.is_finalizing())


atexit.register(at_exit)
temp = Connection("temp")
del temp
pool = Pool()
main_conn = Connection("main")
cyc = Connection("cycle")
cyc.self = cyc
print("end of script")
