# sys.getallocatedblocks(): a positive int that grows while many objects are alive and
# falls back once they are freed; CPython's argument errors.
import sys

before = sys.getallocatedblocks()
print(type(before).__name__, before > 0)
data = [object() for _ in range(10000)]
during = sys.getallocatedblocks()
print("grew by at least 10000:", during - before >= 10000)
del data
after = sys.getallocatedblocks()
print("fell back:", after < during, during - after >= 10000)
for call in (lambda: sys.getallocatedblocks(1), lambda: sys.getallocatedblocks(x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(f"blocks in use: {'> 0' if sys.getallocatedblocks() > 0 else '0'}")
