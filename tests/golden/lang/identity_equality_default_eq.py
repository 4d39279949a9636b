# `==` and `!=` between instances whose classes inherit object's __eq__ (and __ne__)
# are identity; a class or subclass defining either one, or gaining one later, is asked.
class A:
    pass


class B(A):
    def __eq__(self, other):
        print('  B.__eq__')
        return 'B says'


class C:
    def __ne__(self, other):
        print('  C.__ne__')
        return 'C says'


class S:
    __slots__ = ('v',)


a, a2, b, c, s = A(), A(), B(), C(), S()
print(a == a, a == a2, a != a, a != a2)
print(a == b, b == a, a != b, b != a)
print(c == a, a == c, c != a, a != c)
print(s == s, s == S(), s != S(), s == a, s != a)
print([a, a2].count(a2), [a, a2].index(a2), a2 in [a], a2 in [a, a2])

# A class that gets __eq__ after its instances were compared once.
x, y = A(), A()
print(x == y)
A.__eq__ = lambda self, other: 'late eq'
print(x == y, x != y)
del A.__eq__
print(x == y, x != y)
A.__ne__ = lambda self, other: 'late ne'
print(x == y, x != y)
