# sqlite3: create_function, create_aggregate, create_collation, callback errors
import sqlite3
import sys

con = sqlite3.connect(':memory:')


def q(sql, *args):
    try:
        print(con.execute(sql, *args).fetchall())
    except Exception as e:
        print(type(e).__name__ + ':', e)


con.create_function('double', 1, lambda x: x * 2)
con.create_function('echo', -1, lambda *a: repr(a))
con.create_function('kind', 1, lambda x: type(x).__name__, deterministic=True)
q('select double(21), double(1.5), double(\'ab\'), double(x\'01\')')
q('select echo(), echo(1, 2.5, null, \'s\', x\'ff\')')
q('select kind(1), kind(1.0), kind(\'x\'), kind(x\'00\'), kind(null)')
q('select double(1, 2)')
q('select nosuch(1)')


def fail():
    raise ValueError('inside')


con.create_function('fail', 0, fail)
q('select fail()')
con.create_function('big', 0, lambda: 2 ** 70)
q('select big()')
con.create_function('overflow', 0, lambda: int('9' * 30) + 0.0 and (_ for _ in ()).throw(OverflowError))
q('select overflow()')
con.create_function('lst', 0, lambda: [1])
q('select lst()')
for value in (True, None, 2.5, 'str', b'bytes', bytearray(b'ba'), 7):
    con.create_function('ret', 0, lambda v=value: v)
    q('select ret(), typeof(ret())')
con.create_function('ret', 0, lambda: 'replaced')
q('select ret()')
for bad in ((1000, len), (-2, len)):
    try:
        con.create_function('f', *bad)
    except sqlite3.OperationalError as e:
        print(e)
con.create_function('notcallable', 0, 5)
q('select notcallable()')

# callback tracebacks go to sys.unraisablehook
sqlite3.enable_callback_tracebacks(True)
sys.unraisablehook = lambda u: print('unraisable:', u.exc_type.__name__, u.exc_value)
q('select fail()')
q('select lst()')
sqlite3.enable_callback_tracebacks(False)
q('select fail()')


class Sum:
    def __init__(self):
        self.total = 0

    def step(self, value):
        if value is not None:
            self.total += value

    def finalize(self):
        return self.total


class Concat:
    def __init__(self):
        self.parts = []

    def step(self, *values):
        self.parts.append('/'.join(map(str, values)))

    def finalize(self):
        return ','.join(self.parts)


con.execute('create table t(g, v)')
con.executemany('insert into t values (?, ?)', [('a', 1), ('a', 2), ('b', 5), ('b', None)])
con.create_aggregate('mysum', 1, Sum)
con.create_aggregate('cat', -1, Concat)
q('select mysum(v) from t')
q('select g, mysum(v) from t group by g order by g')
q('select mysum(v) from t where 0')
q('select cat(g, v) from t')
q('select cat() from t')


class BadStep:
    def step(self, v):
        raise ValueError

    def finalize(self):
        return 1


class BadFinal:
    def step(self, v):
        pass

    def finalize(self):
        return 1 / 0


class BadInit:
    def __init__(self):
        raise KeyError

    def step(self, v):
        pass

    def finalize(self):
        return 1


class NoStep:
    def finalize(self):
        return 1


class BadResult:
    def step(self, v):
        pass

    def finalize(self):
        return {}


for cls in (BadStep, BadFinal, BadInit, NoStep, BadResult):
    con.create_aggregate('agg', 1, cls)
    q('select agg(v) from t')
q('select agg(v) from t where 0')

# collations
con.execute('create table s(x)')
con.executemany('insert into s values (?)', [('b',), ('A',), ('c',), ('a',)])


def reverse(a, b):
    return (a < b) - (a > b)


con.create_collation('reverse', reverse)
q('select x from s order by x collate reverse')
con.create_collation('nocase_py', lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))
q('select x from s order by x collate nocase_py, x')
con.create_collation('Odd Name!', lambda a, b: 0)
q('select x from s order by x collate "Odd Name!"')
con.create_collation('reverse', None)
q('select x from s order by x collate reverse')
con.create_collation('bad', lambda a, b: 'x')
q('select x from s order by x collate bad')
con.create_collation('raising', lambda a, b: 1 / 0)
q('select x from s order by x collate raising')
q('select 1')
try:
    con.create_collation('x', 1)
except TypeError as e:
    print(e)
try:
    con.create_collation(1, reverse)
except TypeError as e:
    print(e)
con.close()
for call in (lambda: con.create_function('f', 0, len), lambda: con.create_collation('c', reverse),
             lambda: con.create_aggregate('a', 0, Sum)):
    try:
        call()
    except sqlite3.ProgrammingError as e:
        print(e)
