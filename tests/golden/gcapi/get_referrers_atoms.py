import gc
for obj in (1, None, "abc", 2.5, True):
    r = gc.get_referrers(obj)
    print(type(r).__name__, isinstance(r, list))
lst = [12345]
print(any(r is lst for r in gc.get_referrers(12345)))
