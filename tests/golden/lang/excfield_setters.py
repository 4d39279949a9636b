# Reading, writing and deleting every field name on every builtin exception type, with the
# setters' checks and CPython's messages.
import builtins

FIELDS = ['args', '__traceback__', '__context__', '__cause__', '__suppress_context__',
          '__notes__', 'errno', 'strerror', 'filename', 'filename2', 'name', 'path', 'msg',
          'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line',
          'code', 'value', 'encoding', 'object', 'start', 'end', 'reason',
          'characters_written', 'obj', 'exceptions', 'message']


def make(t):
    if issubclass(t, UnicodeDecodeError):
        return t('utf-8', b'\xff', 0, 1, 'bad')
    if issubclass(t, UnicodeEncodeError):
        return t('ascii', '\xff', 0, 1, 'bad')
    if issubclass(t, UnicodeTranslateError):
        return t('\xff', 0, 1, 'bad')
    if issubclass(t, BaseExceptionGroup):
        return t('m', [ValueError(1)])
    if issubclass(t, SyntaxError):
        return t('a', ('f', 1, 2, 'txt', 1, 3))
    return t('a', 'b')


def outcome(f):
    try:
        r = f()
    except Exception as ex:
        return '%s(%s)' % (type(ex).__name__, ex)
    return repr(r)[:40]


def trial(t, f):
    e = make(t)
    steps = [
        outcome(lambda: getattr(e, f)),
        outcome(lambda: setattr(e, f, 7)),
        outcome(lambda: getattr(e, f, '-')),
        outcome(lambda: delattr(e, f)),
        outcome(lambda: getattr(e, f, '-')),
        outcome(lambda: delattr(e, f)),
        outcome(lambda: setattr(e, f, None)),
        outcome(lambda: getattr(e, f, '-')),
        outcome(lambda: sorted(vars(e))),
    ]
    # The class name in messages is left out, so that classes behaving alike group.
    return ' | '.join(steps).replace("'%s'" % t.__name__, 'T')


class User(Exception):
    pass


class UserOS(OSError):
    pass


class UserUni(UnicodeDecodeError):
    pass


types = [t for n, t in sorted(vars(builtins).items())
         if isinstance(t, type) and issubclass(t, BaseException)
         # CPython reuses freed MemoryError objects without clearing them.
         and t is not MemoryError]
seen = {}
for t in types + [User, UserOS, UserUni]:
    for f in FIELDS:
        line = trial(t, f)
        # Print each distinct behaviour once per field, with the types showing it.
        seen.setdefault((f, line), []).append(t.__name__)
for (f, line), names in seen.items():
    print(f, len(names), names[:3])
    print('   ', line)


def show(label, fn):
    print(label, outcome(fn))


e = Exception()
show('tb bad', lambda: setattr(e, '__traceback__', 1))
show('tb del', lambda: delattr(e, '__traceback__'))
show('ctx bad', lambda: setattr(e, '__context__', 1))
show('ctx cls', lambda: setattr(e, '__context__', ValueError))
show('ctx del', lambda: delattr(e, '__context__'))
show('cause bad', lambda: setattr(e, '__cause__', 'x'))
show('cause del', lambda: delattr(e, '__cause__'))
show('sc bad', lambda: setattr(e, '__suppress_context__', 1))
show('sc del', lambda: delattr(e, '__suppress_context__'))
show('args del', lambda: delattr(e, 'args'))
show('args list', lambda: (setattr(e, 'args', [1, 2]), e.args))
show('args gen', lambda: (setattr(e, 'args', (i for i in 'ab')), e.args))
show('args bad', lambda: setattr(e, 'args', 5))
show('cause set', lambda: (setattr(e, '__cause__', ValueError()), e.__cause__, e.__suppress_context__))
show('cause none', lambda: (setattr(e, '__cause__', None), e.__cause__, e.__suppress_context__))
show('sc set', lambda: (setattr(e, '__suppress_context__', False), e.__suppress_context__))
show('ctx self', lambda: (setattr(e, '__context__', e), e.__context__ is e))
show('ctx none', lambda: (setattr(e, '__context__', None), e.__context__))
u = UnicodeEncodeError('ascii', 'abc', 0, 1, 'r')
show('start bool', lambda: (setattr(u, 'start', True), u.start))
show('start str', lambda: setattr(u, 'start', 'x'))
show('start after', lambda: u.start)
show('start big', lambda: setattr(u, 'end', 2 ** 70))
show('end after', lambda: u.end)
show('end del', lambda: delattr(u, 'end'))
show('init index', lambda: UnicodeEncodeError('ascii', 'abc', True, 2, 'r').start)
s = SystemExit(3)
show('code', lambda: (s.code, setattr(s, 'args', (4,)), s.code, s.args))
del s.code
show('code del', lambda: (s.code, s.args))
st = StopIteration(1, 2)
show('value', lambda: (st.value, setattr(st, 'args', ()), st.value))
