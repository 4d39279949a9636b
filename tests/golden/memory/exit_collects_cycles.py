# At exit a full collection runs even with the collector disabled, without gc.callbacks
# (_PyGC_CollectNoFail): cycles left over are finalized. Not only under -X leakcheck.
import gc
class E:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
gc.disable()
a = E('a'); a.me = a
b = E('b'); b.other = E('c'); b.other.back = b
del a, b
gc.callbacks.append(lambda phase, info: print("cb", phase))
class K:
    inner = E('classattr')
del K
print("end")
