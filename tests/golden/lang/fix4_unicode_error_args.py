# The Unicode error constructors: argument count and types with CPython's messages (through
# every way of calling the class), the buffer object kept as bytes, the attributes' setters,
# and str() for odd ranges.
import array

U, E, T = UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError


def t(label, f):
    try:
        r = f()
        shown = r.args if isinstance(r, BaseException) else r
        shown = tuple('<memoryview>' if isinstance(a, memoryview) else a for a in shown)
        print(label, 'ok', type(r).__name__, shown, repr(getattr(r, 'object', None)))
    except Exception as e:
        print(label, type(e).__name__, e)


def star(cls, *a):
    return cls(*a)


CASES = [
    ('D ok', U, ('utf-8', b'', 0, 1, 'x')), ('D ba', U, ('utf-8', bytearray(b'ab'), 0, 1, 'x')),
    ('D mv', U, ('utf-8', memoryview(b'ab'), 0, 1, 'x')),
    ('D array', U, ('utf-8', array.array('b', [1, 2]), 0, 1, 'x')),
    ('D 0', U, ()), ('D 1', U, ('utf-8',)), ('D 4', U, ('utf-8', b'', 0, 1)),
    ('D 6', U, ('utf-8', b'', 0, 1, 'x', 1)), ('D enc int', U, (1, b'', 0, 1, 'x')),
    ('D obj str', U, ('utf-8', 'abc', 0, 1, 'x')), ('D start str', U, ('utf-8', b'abc', 'a', 1, 'x')),
    ('D end float', U, ('utf-8', b'abc', 0, 1.0, 'x')), ('D reason bytes', U, ('utf-8', b'abc', 0, 1, b'x')),
    ('D big', U, ('utf-8', b'abc', 2**70, 1, 'x')), ('D bool', U, ('utf-8', b'abc', True, 2, 'x')),
    ('E ok', E, ('ascii', 'abc', 0, 1, 'x')), ('E 0', E, ()), ('E 4', E, ('ascii', 'abc', 0, 1)),
    ('E obj bytes', E, ('ascii', b'abc', 0, 1, 'x')), ('E enc b', E, (b'ascii', 'abc', 0, 1, 'x')),
    ('E start', E, ('ascii', 'abc', None, 1, 'x')), ('E neg', E, ('ascii', 'abc', -5, 99, 'x')),
    ('T ok', T, ('abc', 0, 1, 'x')), ('T 0', T, ()), ('T 3', T, ('abc', 0, 1)),
    ('T 5', T, ('abc', 0, 1, 'x', 'y')), ('T obj bytes', T, (b'abc', 0, 1, 'x')),
    ('T reason int', T, ('abc', 0, 1, 2)), ('T index', T, ('abc', 0, 1.5, 'x')),
]
for label, cls, args in CASES:
    t(label, lambda: cls(*args))
    t(label + ' star', lambda: star(cls, *args))
    t(label + ' kw', lambda: cls(*args, x=1))


class Sub(UnicodeDecodeError):
    pass


class SubInit(UnicodeEncodeError):
    def __init__(self, *a):
        self.seen = a


t('sub', lambda: Sub('utf-8', b'ab', 0, 1, 'x'))
t('sub bad', lambda: Sub('utf-8', 'ab', 0, 1, 'x'))
t('sub mv', lambda: Sub('utf-8', memoryview(b'ab'), 0, 1, 'x'))
t('subinit any', lambda: SubInit(1, 2).seen)
t('subinit str', lambda: (str(SubInit(1, 2)),))
e = U('utf-8', b'ab', 0, 1, 'x')
t('reinit', lambda: U.__init__(e, 'utf-8', 'ab', 0, 1, 'x'))
t('reinit count', lambda: U.__init__(e))
print(e.args, e.object)

for cls, args in [(U, ('utf-8', b'abc', 0, 1, 'bad')), (E, ('ascii', '\xe9bc', 0, 1, 'bad')),
                  (T, ('\xe9bc', 0, 1, 'bad'))]:
    for attr, val in [('start', 'a'), ('end', 'a'), ('start', 1.5), ('reason', 1),
                      ('reason', b'x'), ('encoding', 1), ('start', -1), ('end', 100),
                      ('start', True), ('start', 2**70), ('end', None)]:
        if cls is T and attr == 'encoding':
            continue
        e = cls(*args)
        try:
            setattr(e, attr, val)
            print(cls.__name__, attr, repr(val), 'ok', repr(getattr(e, attr)), repr(str(e)))
        except Exception as ex:
            print(cls.__name__, attr, repr(val), type(ex).__name__, ex)
    e = cls(*args)
    for attr in ('start', 'end', 'reason', 'object'):
        try:
            delattr(e, attr)
            print('del', attr, 'ok')
        except Exception as ex:
            print('del', attr, type(ex).__name__, ex)
for cls, args in [(E, ('ascii', '\xe9bc', 0, 1, 'bad')), (T, ('\xe9bc', 0, 1, 'bad'))]:
    e = cls(*args)
    e.object = 'xyz'
    print(str(e))
for s, en in [(0, 1), (1, 2), (0, 2), (2, 1), (0, 0), (5, 9), (0, 100), (3, 4), (2, 3), (1, 1),
              (4, 5), (100, 101)]:
    print(s, en, repr(str(U('utf-8', b'\xffab', s, en, 'r'))),
          repr(str(E('ascii', '\xe9\U0001f600b', s, en, 'r'))),
          repr(str(T('\xe9\x01b', s, en, 'r'))))
print(repr(str(E('ascii', '\x80', 0, 1, 'r'))), repr(str(E('ascii', '\u0800', 0, 1, 'r'))),
      repr(str(T('\U00010000', 0, 1, 'r'))), repr(str(U('x', b'\x00', 0, 1, 'r'))))
print(repr(U('a', b'b', 0, 1, 'c')), repr(E('a', 'b', 0, 1, 'c')), repr(T('b', 0, 1, 'c')))
