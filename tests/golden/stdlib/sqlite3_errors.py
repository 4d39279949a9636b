# sqlite3: the exception hierarchy, SQLite's messages, closed connections and cursors
import sqlite3

for name in ('Warning', 'Error', 'InterfaceError', 'DatabaseError', 'DataError',
             'OperationalError', 'IntegrityError', 'InternalError', 'ProgrammingError',
             'NotSupportedError'):
    cls = getattr(sqlite3, name)
    print(name, [c.__name__ for c in cls.__mro__[1:-2]], cls.__module__,
          getattr(sqlite3.Connection, name) is cls)

con = sqlite3.connect(':memory:')
con.execute('create table t(a integer primary key, b unique, c not null, d check (d > 0))')


def q(sql, *args):
    try:
        con.execute(sql, *args)
        print('ok')
    except (sqlite3.Error, OverflowError) as e:
        print(type(e).__name__ + ':', e, '|', getattr(e, 'sqlite_errorcode', None),
              getattr(e, 'sqlite_errorname', None))


q('select * from nope')
q('selec 1')
q('select nope from t')
q('insert into t values (1, 1, 1, 1)')
q('insert into t values (1, 2, 1, 1)')
q('insert into t values (2, 1, 1, 1)')
q('insert into t values (3, 3, null, 1)')
q('insert into t values (4, 4, 1, -1)')
q("insert into t values ('x', 5, 1, 1)")
q('create table t(a)')
q('select 1; select 2')
q('select ?', (1, 2))
q('select abs(-9223372036854775808)')
q("select json('{')") if False else None
q('insert into t values (?, ?, ?, ?)', (5, 5, 5, 2 ** 64))
print(sqlite3.Error('x').args, hasattr(sqlite3.Error('x'), 'sqlite_errorcode'))
try:
    raise sqlite3.IntegrityError('custom')
except sqlite3.DatabaseError as e:
    print(repr(e))

# closed connections and cursors
cur = con.cursor()
live = con.execute('select 1 union select 2')
cur.close()
cur.close()
for call in (lambda: cur.execute('select 1'), lambda: cur.fetchone(), lambda: list(cur),
             lambda: cur.executemany('select 1', []), lambda: cur.executescript('')):
    try:
        call()
    except sqlite3.ProgrammingError as e:
        print(e)
con.close()
con.close()
for call in (lambda: con.execute('select 1'), lambda: con.cursor(), lambda: con.commit(),
             lambda: con.rollback(), lambda: con.total_changes, lambda: con.in_transaction,
             lambda: con.isolation_level, lambda: live.fetchone(), lambda: live.fetchall(),
             lambda: con.executescript('select 1'), lambda: con.iterdump().__next__(),
             lambda: con.create_function('f', 0, len), lambda: live.close()):
    try:
        call()
        print('ok')
    except sqlite3.ProgrammingError as e:
        print(e)
print(repr(con.row_factory), con.text_factory)

# constructors
for args in ((1,), ('x', 'y')):
    try:
        sqlite3.Cursor(*args)
    except TypeError as e:
        print(e)
con = sqlite3.connect(':memory:')
try:
    con.cursor(factory=lambda c: 1)
except TypeError as e:
    print(e)
for args, kw in (((1,), {}), ((':memory:',), {'isolation_level': 'x'}),
                 ((':memory:',), {'isolation_level': 5})):
    try:
        sqlite3.connect(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(repr(sqlite3.connect(':memory:', isolation_level='deferred').isolation_level))
print(repr(sqlite3.connect(':memory:', isolation_level=None).isolation_level))


class MyConnection(sqlite3.Connection):
    pass


class MyCursor(sqlite3.Cursor):
    pass


c2 = sqlite3.connect(':memory:', factory=MyConnection)
print(type(c2).__name__, type(c2.cursor(MyCursor)).__name__, type(c2.cursor()).__name__)
for attr in ('rowcount', 'description', 'lastrowid', 'connection'):
    try:
        setattr(c2.cursor(), attr, 1)
    except AttributeError as e:
        print(attr, e)
cur = c2.cursor()
try:
    cur.arraysize = 'x'
except TypeError as e:
    print(e)
cur.arraysize = 7
print(cur.arraysize)
print(cur.setinputsizes([1]), cur.setoutputsize(1), cur.setoutputsize(1, 2))
