# Operator dispatch details: a builtin left operand answers before the reflected
# method of a non-subclass, __bool__ on int/float subclasses, != falling back to
# identity after __eq__ was asked once, and a few builtin argument checks.
log = []


class RSubInt(int):
    def __rsub__(self, other):
        return 'RSubInt.__rsub__'

    def __radd__(self, other):
        return 'RSubInt.__radd__'


class RAddFloat(float):
    def __radd__(self, other):
        return 'RAddFloat.__radd__'


print(5 - RSubInt(1), 5.0 - RSubInt(1), 2.5 + RSubInt(1), 1 + RSubInt(2))
print(1 + RAddFloat(2.0), 1.0 + RAddFloat(2.0), RAddFloat(2.0) + 1)
print('a' + 'b', 3 * RSubInt(2), type(3 * RSubInt(2)).__name__)


class FalseInt(int):
    def __bool__(self):
        return False


class TrueFloat(float):
    def __bool__(self):
        return True


class PlainInt(int):
    pass


print(bool(FalseInt(5)), not FalseInt(5), bool(TrueFloat(0.0)), bool(PlainInt(0)), bool(PlainInt(3)))
print('if' if FalseInt(1) else 'else', [x for x in [FalseInt(1), PlainInt(1)] if x])
print(FalseInt(7) or 'fallback', TrueFloat(0.0) and 'taken')


class A:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        log.append('A%d.eq' % self.n)
        return NotImplemented


class B(A):
    def __eq__(self, other):
        log.append('B%d.eq' % self.n)
        return NotImplemented


a, b = A(1), B(2)
print(a == b, log)
log.clear()
print(a != b, log)
log.clear()
print(a != a, log)
log.clear()


class Truthy:
    def __eq__(self, other):
        return 'truthy'

    def __ne__(self, other):
        return NotImplemented


print(Truthy() != Truthy(), Truthy() == 1)


class OnlyEq:
    def __eq__(self, other):
        return True


print(OnlyEq() != 1, 1 != OnlyEq(), OnlyEq() != OnlyEq())

for args in [('ab', 'c'), ('a', 1), (1, 'a'), ('a', 'b', 5), ('a', 'b', None), ({'a': 1}, 'b')]:
    try:
        print(str.maketrans(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Base:
    pass


for call in [lambda: object.__init_subclass__(1), lambda: Base.__init_subclass__(1, 2),
             lambda: Base.__init_subclass__(a=1), lambda: Base().__init_subclass__(1)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(Base.__init_subclass__())

e = ValueError('x')
for tb in [5, 'tb', None]:
    try:
        print(e.with_traceback(tb) is e)
    except TypeError as err:
        print('TypeError', err)

# int's bitwise methods make ints even of bools; bool's own make bools.
print(int.__or__(True, False), type(int.__and__(True, True)).__name__, int.__xor__(True, 1), int.__rand__(True, True))
print(bool.__or__(True, False), bool.__and__(True, 1), True | False, type(True & 1).__name__, True ^ True)
print(PlainInt(1) | True, type(PlainInt(1) | True).__name__, type(True | PlainInt(0)).__name__)

# NotImplemented in a boolean context warns (DeprecationWarning), then is true.
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    results = [bool(NotImplemented), not NotImplemented, 'yes' if NotImplemented else 'no']
print(results, [(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        bool(NotImplemented)
    except DeprecationWarning as e:
        print('DeprecationWarning', e)
