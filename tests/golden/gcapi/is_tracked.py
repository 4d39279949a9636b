import gc
print(gc.is_tracked(0), gc.is_tracked("a"), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked({}))
print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked({"a": {}}))
class C: pass
print(gc.is_tracked(C()), gc.is_tracked(C))
print(gc.is_tracked(object()), gc.is_tracked(lambda: 0))
