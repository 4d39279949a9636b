import gc
x = []
holder = [x]
d = {"k": x}
refs = gc.get_referrers(x)
print(any(r is holder for r in refs), any(r is d for r in refs))
print(type(refs).__name__)
print(gc.get_referrers())
