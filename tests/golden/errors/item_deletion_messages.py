import types
class A: pass
class I:
    def __index__(self): return 0
objs = [A(), 5, None, len, (1,), 1.5, 'ab', b'ab', range(3), frozenset([1]), {}.keys(), {}.items(), types.MappingProxyType({}), memoryview(b'ab'), iter([1]), (x for x in [])]
for o in objs:
    for k in [0, 'x', I(), True, slice(0, 1)]:
        try:
            del o[k]
        except (TypeError, IndexError, KeyError) as e:
            print(type(o).__name__, type(k).__name__, type(e).__name__, e)
    for k in [0, 'x', slice(0, 1)]:
        try:
            o[k] = 1
        except (TypeError, IndexError, KeyError) as e:
            print(type(o).__name__, type(k).__name__, type(e).__name__, e)
