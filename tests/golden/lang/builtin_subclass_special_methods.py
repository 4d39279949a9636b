# Python subclasses of builtins: a __hash__ result that fits is used as is, unary
# operators honour overrides, str() calls a builtin __str__ the class chose.
class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in [0, 1, -1, -2, 2**61 - 1, 2**61, -2**61, 2**63 - 1, -2**63, 2**63, 2**100, True]:
    print(h if isinstance(h, bool) or abs(h) < 2**20 else 'big', hash(H(h)) == hash(h),
          hash(H(h)))
print(hash(H(hash('abc'))) == hash('abc'))


class I(int):
    def __invert__(self):
        return 'inverted'

    def __neg__(self):
        return 'negated'

    def __pos__(self):
        return 'plus'


class J(int):
    pass


class Fl(float):
    def __neg__(self):
        return 'fneg'


print(~I(1), -I(1), +I(1), ~J(1), -J(2), +J(3), -Fl(1.5), type(-J(2)).__name__)


class R(int):
    def __repr__(self):
        return 'R!'


class Chosen(int):
    def __repr__(self):
        return 'Chosen!'

    __str__ = int.__repr__


class S(str):
    def __repr__(self):
        return 'S!'


class SChosen(str):
    def __repr__(self):
        return 'SChosen!'

    __str__ = str.__str__


class B(bytes):
    def __repr__(self):
        return 'B!'


print(str(R(5)), str(Chosen(5)), repr(Chosen(5)), str(S('s')), str(SChosen('t')),
      '%s' % Chosen(6), f'{Chosen(7)!s}', str(B(b'x')), str(J(4)))
