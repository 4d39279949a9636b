# sqlite3: connections, cursors, fetching, description, rowcount/lastrowid, files
import os
import sqlite3
import tempfile

con = sqlite3.connect(':memory:')
cur = con.cursor()
print(cur.connection is con, cur.arraysize, cur.rowcount, cur.lastrowid, cur.description)
print(cur.execute('create table t(id integer primary key, name text, score real, data blob)') is cur)
print(cur.rowcount, cur.lastrowid, cur.description)
cur.execute("insert into t(name, score, data) values ('ann', 1.5, x'0102')")
print(cur.rowcount, cur.lastrowid)
cur.executemany('insert into t(name, score, data) values (?, ?, ?)',
                [('bob', 2.0, None), ('cy', -3.25, b'\x00'), ('dee', None, b'')])
print(cur.rowcount, cur.lastrowid, con.total_changes)
cur.execute('select * from t order by id')
print(cur.description)
print(cur.rowcount)
print(cur.fetchone())
print(cur.fetchmany())
print(cur.fetchmany(5))
print(cur.fetchall(), cur.fetchone(), cur.fetchmany())
cur.arraysize = 3
print(cur.execute('select name from t').fetchmany())
for row in con.execute('select id, name from t where id > ? order by id desc', (1,)):
    print(row)
print(list(con.execute('select count(*), sum(score), max(data) from t')))
print(con.execute('update t set score = score * 2 where score is not null').rowcount)
print(con.execute('delete from t where id = 4').rowcount)
print(con.execute('select 1 as "a b", 2 as "x [int]", null').description)
print(con.execute('select 1 union select 2').fetchall())
print(con.execute('').description, con.execute('-- just a comment').fetchall())
print(con.execute('select 1; ').fetchall(), con.execute('select 2; -- trailing').fetchall())
print(con.total_changes)
it = iter(con.execute('values (1), (2), (3)'))
print(next(it), next(it), next(it), next(it, 'end'))
print(type(sqlite3.sqlite_version), sqlite3.sqlite_version.count('.'), len(sqlite3.sqlite_version_info))
print(sqlite3.version, sqlite3.version_info, sqlite3.paramstyle, sqlite3.apilevel, sqlite3.threadsafety)
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, sqlite3.Binary is memoryview)
print(sqlite3.SQLITE_OK, sqlite3.SQLITE_DENY, sqlite3.SQLITE_IGNORE, sqlite3.SQLITE_CONSTRAINT_UNIQUE)
print(sqlite3.complete_statement('select 1'), sqlite3.complete_statement('select 1;'),
      sqlite3.complete_statement("select 'a;"), sqlite3.complete_statement('create table t(a);'))
con.close()

# a database file in a temporary directory
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'test.db')
    con = sqlite3.connect(path)
    con.execute('create table kv(k text primary key, v)')
    con.executemany('insert into kv values (?, ?)', [('a', 1), ('b', 2)])
    con.commit()
    con.execute("insert into kv values ('c', 3)")   # not committed
    con.close()
    con2 = sqlite3.connect(path)
    print(con2.execute('select * from kv order by k').fetchall())
    con2.close()
    print(os.path.exists(path), os.path.getsize(path) > 0)
    import pathlib
    con3 = sqlite3.connect(pathlib.Path(path))
    print(con3.execute('select count(*) from kv').fetchone())
    con3.close()
    con4 = sqlite3.connect(path.encode())
    print(con4.execute('select v from kv where k = ?', ('b',)).fetchone())
    con4.close()
    try:
        sqlite3.connect(os.path.join(d, 'missing', 'x.db'))
    except sqlite3.OperationalError as e:
        print(type(e).__name__, e)
    con5 = sqlite3.connect('file:' + path + '?mode=ro', uri=True)
    try:
        con5.execute("insert into kv values ('z', 0)")
    except sqlite3.OperationalError as e:
        print(e, e.sqlite_errorname)
    con5.close()
