import gc
class C: pass
c = C()
refs = gc.get_referrers(C)
print(type(refs).__name__)
print(any(r is c for r in refs))
print(any(r is C.__mro__ for r in refs))
