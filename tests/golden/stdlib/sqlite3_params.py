# sqlite3: qmark and named parameters, types, binding errors, adapters
import sqlite3
import enum

con = sqlite3.connect(':memory:')


def t(sql, *args):
    try:
        print(con.execute(sql, *args).fetchall())
    except Exception as e:
        print(type(e).__name__ + ':', e)


t('select ?, ?, ?, ?, ?', (1, 2.5, 'x', b'\x00\xff', None))
t('select ?, ?', [True, False])
t('select typeof(?), typeof(?), typeof(?), typeof(?), typeof(?)', (1, 1.0, 's', b'b', None))
t('select ?', (2**63 - 1,))
t('select ?', (-2**63,))
t('select ?', (2**63,))
t('select ?', (-2**63 - 1,))
t('select ?', (10**30,))
t('select ?', (float('inf'),))
t('select ?', (bytearray(b'ab'),))
t('select ?', (memoryview(b'mv'),))
t('select ?', (sqlite3.Binary(b'bin'),))
t('select ?', ('héllo wörld ✓',))
t('select ?', 'a')
t('select ?', 'ab')
t('select ?', 1)
t('select ?', None)
t('select ?', (1, 2))
t('select ?, ?', (1,))
t('select ?, ?', ())
t('select ?', ([1],))
t('select ?', (object(),))
t('select ?', ((1,),))
t('select ?', ({},))
t('select :a, :b', {'a': 1, 'b': 'two'})
t('select :a, :a', {'a': 1})
t('select $x, @y', {'x': 1, 'y': 2})
t('select :a', {'b': 1})
t('select :a', {'a': [1]})
t('select ?', {'a': 1})
t('select :a', (5,))
t('select ?1, ?2, ?1', (7, 8))


class D(dict):
    def __missing__(self, key):
        return key * 2


t('select :abc', D())


class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i * 10


t('select ?, ?', Seq())


class Color(enum.IntEnum):
    RED = 1


class S(str):
    def __str__(self):
        return 'not used'


class F(float):
    pass


t('select ?, ?, ?', (Color.RED, S('sub'), F(2.5)))
t('select typeof(?)', (Color.RED,))
t('execute \x00')
t('select 1; select 2')
t('select ? ; select 2', (1,))

try:
    con.execute(5)
except TypeError as e:
    print(e)
try:
    con.executemany(5, [])
except TypeError as e:
    print(e)
try:
    con.execute()
except TypeError as e:
    print(type(e).__name__)

# executemany
con.execute('create table t(a, b)')
cur = con.executemany('insert into t values (?, ?)', [(1, 2), (3, 4)])
print(cur.rowcount, cur.lastrowid)
cur = con.executemany('insert into t values (:x, :y)', [{'x': 5, 'y': 6}])
print(cur.rowcount)
cur = con.executemany('insert into t values (?, ?)', iter([(7, 8), (9, 10), (11, 12)]))
print(cur.rowcount)


def gen():
    for i in range(3):
        yield (i, -i)


print(con.executemany('insert into t values (?, ?)', gen()).rowcount)
print(con.executemany('insert into t values (?, ?)', []).rowcount)
for bad in (5, [(1,)], [(1, 2, 3)]):
    try:
        con.executemany('insert into t values (?, ?)', bad)
    except Exception as e:
        print(type(e).__name__ + ':', e)
try:
    con.executemany('select ?', [(1,)])
except sqlite3.ProgrammingError as e:
    print(e)
try:
    con.executemany('create table u(a)', [()])
except sqlite3.ProgrammingError as e:
    print(e)
print(con.execute('select count(*) from t').fetchone())


# adapters
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def adapt_point(p):
    return '%s;%s' % (p.x, p.y)


sqlite3.register_adapter(Point, adapt_point)
t('select ?', (Point(1, 2),))


class Conform:
    def __conform__(self, protocol):
        print('conform', protocol is sqlite3.PrepareProtocol)
        return 'conformed'


t('select ?', (Conform(),))


class ConformNone:
    def __conform__(self, protocol):
        return None


t('select ?', (ConformNone(),))


class Boom:
    pass


def boom(value):
    raise KeyError('adapter failed')


sqlite3.register_adapter(Boom, boom)
t('select ?', (Boom(),))
print(sqlite3.adapt(Point(3, 4)), sqlite3.adapt(1, sqlite3.PrepareProtocol, 'alt'))
for args in ((object(),), (1,)):
    try:
        sqlite3.adapt(*args)
    except sqlite3.ProgrammingError as e:
        print(e)
print(sqlite3.adapt(object(), sqlite3.PrepareProtocol, None))
print((Point, sqlite3.PrepareProtocol) in sqlite3.adapters)

# adapting a base type
sqlite3.register_adapter(int, lambda i: 'int:%d' % i)
t('select ?, ?', (5, 2.5))
del sqlite3.adapters[(int, sqlite3.PrepareProtocol)]
t('select ?', (5,))
