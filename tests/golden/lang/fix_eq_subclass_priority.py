# Container equality goes through PyObject_RichCompare: identity first, then a
# subclass's own (reflected) __eq__ before the base type's, for subclasses of the
# builtin value types too.
from collections import deque

log = []


def make(base):
    class Sub(base):
        def __eq__(self, other):
            log.append(('eq', base.__name__, repr(other)))
            return True

        def __ne__(self, other):
            log.append(('ne', base.__name__, repr(other)))
            return False

        __hash__ = base.__hash__
    Sub.__name__ = 'Sub' + base.__name__
    return Sub


def check(label, fn):
    log.clear()
    try:
        result = fn()
    except Exception as e:
        result = f'{type(e).__name__}: {e}'
    print(f'  {label}: {result!r} {log}')


samples = [(int, 5, 5), (float, 2.5, 2.5), (str, 'a', 'a'), (bytes, b'z', b'z'),
           (tuple, (1,), (1,)), (frozenset, {1}, {2}), (complex, 1j, 1j)]
for base, value, plain in samples:
    Sub = make(base)
    s = Sub(value)
    other = base(plain)
    print(base.__name__)
    check('sub in [plain]', lambda: s in [other])
    check('plain in [sub]', lambda: other in [s])
    check('count', lambda: ([other, other].count(s), [s].count(other)))
    check('index', lambda: [other].index(s))
    lst = [other]
    check('remove', lambda: (lst.remove(s), lst))
    check('list ==', lambda: ([other] == [s], [s] == [other]))
    check('list !=', lambda: [other] != [s])
    check('tuple ==', lambda: ((other,) == (s,), (s,) == (other,)))
    check('tuple in/count/index', lambda: (s in (other,), (other,).count(s), (other,).index(s)))
    check('deque', lambda: (s in deque([other]), deque([other]).count(s), deque([other]) == deque([s])))
    check('dict key', lambda: (s in {other: 1}, {other: 1}.get(s)))
    check('dict values', lambda: s in {1: other}.values())
    check('dict ==', lambda: {1: other} == {1: s})
    check('items', lambda: (1, s) in {1: other}.items())
    check('identity', lambda: (s in [s], [s] == [s], (s,) == (s,)))
    check('operators', lambda: (other == s, s == other, other != s))
    check('list <', lambda: [other] < [s])

print('both sides subclasses')


class A(str):
    def __eq__(self, other):
        log.append(('A.eq', str(other)))
        return NotImplemented

    __hash__ = str.__hash__


class B(A):
    def __eq__(self, other):
        log.append(('B.eq', str(other)))
        return NotImplemented

    __hash__ = str.__hash__


check('A in [B]', lambda: A('x') in [B('x')])
check('B in [A]', lambda: B('x') in [A('x')])
check('A in [A]', lambda: A('x') in [A('y')])
check('[A] == [B]', lambda: [A('x')] == [B('x')])
check('dict lookup', lambda: {A('x'): 1}.get(B('x')))

print('unrelated class with __eq__')


class Any:
    def __eq__(self, other):
        log.append(('Any.eq', repr(other)))
        return other == 3

    def __repr__(self):
        return 'Any()'

    __hash__ = None


check('in list', lambda: Any() in [1, 2, 3])
check('list.index', lambda: [1, 2, 3].index(Any()))
check('not found', lambda: [1, 2].index(Any()))
check('remove missing', lambda: [1, 2].remove(Any()))

print('errors from __eq__ propagate')


class Boom(int):
    def __eq__(self, other):
        raise RuntimeError('boom')

    __hash__ = int.__hash__


check('in', lambda: Boom(1) in [1])
check('list ==', lambda: [1] == [Boom(1)])
check('dict', lambda: {1: 'x'}.get(Boom(1)))
check('set', lambda: Boom(1) in {1})
check('identity skips __eq__', lambda: (lambda b: b in [b])(Boom(1)))
