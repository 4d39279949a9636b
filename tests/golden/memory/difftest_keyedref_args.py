# KeyedRef.__new__ binds its arguments as CPython's Python `def __new__(type, ob,
# callback, key)`: keywords allowed, and its messages for missing or extra ones.
# Found by scripts/difftest (weakref_78_107, weakref_83_27).
import weakref


class W:
    pass


o = W()
for f in [lambda: weakref.KeyedRef(o), lambda: weakref.KeyedRef(o, None),
          lambda: weakref.KeyedRef(o, None, 1, 2), lambda: weakref.KeyedRef(),
          lambda: weakref.KeyedRef(1, None, 1), lambda: weakref.KeyedRef(o, None, key='k').key,
          lambda: weakref.KeyedRef(o, None, 'k', key='k'), lambda: weakref.KeyedRef(o, None, kee='k'),
          lambda: type(weakref.KeyedRef(o, lambda r: None, 'k')).__name__]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
