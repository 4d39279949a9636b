from fractions import Fraction
class C: pass
C.__name__ = "D"; C.__qualname__ = "Q.D"; C.__module__ = "m"
print(C.__name__, C.__qualname__, C.__module__, repr(C))
try:
    C.__name__ = 5
except TypeError as e:
    print(e)
class S:
    __slots__ = ('__x__', 'y')
s = S(); s.__x__ = 1
print(s.__x__)
print('%.3f' % Fraction(1, 3), '%d' % 3.7, '%x' % 255)
class F:
    def __float__(self): return 2.5
print('%.1f %e' % (F(), F()))


for t in ["'%f' % 10**400", "'%.2f' % True", "'%e' % 'x'", "'%g' % None", "'%d' % Fraction(7, 2)", "'%.1f' % 3"]:
    try:
        print(t, eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
