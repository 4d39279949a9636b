# sqlite3: row_factory, sqlite3.Row, text_factory
import sqlite3
import collections.abc

con = sqlite3.connect(':memory:')
con.execute('create table t(Id integer, Name text, score real)')
con.executemany('insert into t values (?, ?, ?)', [(1, 'ann', 1.5), (2, 'bob', None)])
con.row_factory = sqlite3.Row
cur = con.execute('select * from t order by id')
print(cur.row_factory is sqlite3.Row)
r = cur.fetchone()
print(type(r).__name__, len(r), r.keys())
print(r[0], r[1], r[-1], r['id'], r['ID'], r['Name'], r['name'], r['NAME'], r[0:2], r[::-1])
print(list(r), tuple(r), list(reversed(r)), 'ann' in r, 5 in r)
for key in ('nope', 3, -4, 1.0, None, b'Id'):
    try:
        r[key]
    except IndexError as e:
        print(repr(key), e)
r2 = con.execute('select * from t order by id').fetchone()
r3 = con.execute('select * from t order by id desc').fetchone()
r4 = con.execute('select id as x, name, score from t order by id').fetchone()
print(r == r2, r != r2, r == r3, r == r4, r == tuple(r), hash(r) == hash(r2))
try:
    r < r2
except TypeError as e:
    print(e)
print(isinstance(r, collections.abc.Sequence), hasattr(r, '__dict__'))
print(sqlite3.Row(cur, (1, 2)).keys(), list(sqlite3.Row(cur, ())))
for args in ((1, ()), (cur, [1])):
    try:
        sqlite3.Row(*args)
    except TypeError as e:
        print(e)
print(con.execute("select 'x' as dup, 'y' as DUP").fetchone()['dup'])
print(con.execute('select 1').fetchone().keys())
print({r: 1}[r2])

# cursor-level factory beats nothing; connection factory copied at cursor()
con.row_factory = None
cur = con.cursor()
con.row_factory = lambda c, row: {d[0]: v for d, v in zip(c.description, row)}
print(cur.execute('select id from t').fetchall())
print(con.execute('select id, name from t').fetchall())
cur.row_factory = lambda c, row: row[0]
print(cur.execute('select id from t').fetchall())
con.row_factory = None


def factory(cursor, row):
    print('factory', type(cursor).__name__, row)
    return list(row)


cur = con.cursor()
cur.row_factory = factory
print(cur.execute('select 1, 2').fetchall())

# text_factory
print(con.text_factory is str)
con.text_factory = bytes
print(con.execute("select 'héllo', x'41', 1, 2.5, null").fetchone())
con.text_factory = bytearray
print(con.execute("select 'abc', x'42'").fetchone())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("select name, score from t").fetchall())
con.text_factory = str
print(con.execute("select 'ünïcode ✓'").fetchone())
con.execute('create table b(x)')
con.execute('insert into b values (cast(x\'ff41\' as text))')
try:
    con.execute('select x as col from b').fetchall()
except sqlite3.OperationalError as e:
    print(e)
con.text_factory = bytes
print(con.execute('select x from b').fetchall())
con.text_factory = lambda b: b.decode('latin-1')
print(con.execute('select x from b').fetchall())
