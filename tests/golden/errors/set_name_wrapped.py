# An exception from __set_name__ during class creation becomes a RuntimeError caused by it
# (type_new_set_names), with both tracebacks when uncaught.
class D:
    def __set_name__(self, o, n): raise TypeError('nope')
try:
    class C: x = D()
except Exception as e: print(type(e).__name__, e, '|', type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__, e.__suppress_context__)
class E:
    def __set_name__(self, o, n): raise KeyError(n)
try:
    class F:
        a = 1
        b = E()
except RuntimeError as e: print(e, repr(e.__cause__))
class G: pass
try:
    class H:
        y = 2
        z = E()
except RuntimeError as e: print(e)
class B:
    def __set_name__(self, o, n): print('set', o.__name__, n)
class K:
    p = B(); q = B()
class M:
    z = E()
