# The RuntimeWarning of a coroutine that dies never awaited: printed when its count
# reaches zero (here at interpreter exit, attributed to sys:1, the last stderr line).
# Its arguments are released with it; a started coroutine gives no warning.
import sys


class Noisy:
    def __del__(self):
        print("del Noisy")


async def job(arg):
    return arg


c = job(Noisy())
print(sys.getrefcount(c))
started = job(1)
try:
    started.send(None)
except StopIteration as e:
    print("finished", e.value)
del started
closed = job(2)
closed.close()
del closed
print("exiting")
sys.exit(1)
