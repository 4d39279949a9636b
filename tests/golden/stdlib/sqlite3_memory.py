# sqlite3: sizes, gc tracking, weak references, reference counts, releases
import gc
import sqlite3
import sys
import weakref

con = sqlite3.connect(':memory:')
cur = con.cursor()
con.row_factory = sqlite3.Row
row = con.execute('select 1 as a, 2 as b').fetchone()
print(sys.getsizeof(con), sys.getsizeof(cur), sys.getsizeof(row))
print(gc.is_tracked(con), gc.is_tracked(cur), gc.is_tracked(row))
for obj in (con, row):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(e)
print(weakref.ref(cur)() is cur)


class MyConnection(sqlite3.Connection):
    pass


class MyCursor(sqlite3.Cursor):
    pass


class MyRow(sqlite3.Row):
    pass


mc = sqlite3.connect(':memory:', factory=MyConnection)
print(sys.getsizeof(mc), sys.getsizeof(mc.cursor(MyCursor)), weakref.ref(mc)() is mc)
mc.close()
print(sys.getsizeof(MyRow(cur, (1,))))

# a cursor holds its connection; a row does not hold its cursor
c2 = sqlite3.connect(':memory:')
before = sys.getrefcount(c2)
cursors = [c2.cursor() for _ in range(3)]
print(sys.getrefcount(c2) - before)
del cursors
print(sys.getrefcount(c2) - before)
cu = c2.execute('select 1 as x')
before = sys.getrefcount(cu)
r = sqlite3.Row(cu, (1,))
print(sys.getrefcount(cu) - before)
del r
cu.close()   # (an unfinished statement blocks redefining functions in older SQLite)

# parameters are not kept after execute
p = 'param-' * 5
n = 12345678901
b = b'bytes value'
counts = [sys.getrefcount(x) for x in (p, n, b)]
c2.execute('create table t(a, b, c)')
c2.execute('insert into t values (?, ?, ?)', (p, n, b))
c2.executemany('insert into t values (?, ?, ?)', [(p, n, b)] * 3)
c2.execute('select ?, ?, ?', {'a': p} and (p, n, b)).fetchall()
print([sys.getrefcount(x) - c for x, c in zip((p, n, b), counts)])


# adapted objects die right after binding
class Value:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


class Adapted(str):
    def __del__(self):
        print('adapted result released')


sqlite3.register_adapter(Value, lambda v: Adapted(v.name))
c2.execute('insert into t values (?, 0, 0)', (Value('first'),))
print('after execute')
v = Value('kept')
c2.execute('insert into t values (?, 0, 0)', (v,))
print('still alive:', v.name)
del v


# registered callables: held by the connection until replaced or closed
class Func:
    def __init__(self, name):
        self.name = name

    def __call__(self, *args):
        return self.name

    def __del__(self):
        print('released', self.name)


f = Func('f1')
before = sys.getrefcount(f)
c2.create_function('f', 0, f)
print(sys.getrefcount(f) - before)
del f
c2.create_function('f', 1, Func('f-1arg'))
print(c2.execute('select f(), f(1)').fetchone())
print('replace')
c2.create_function('f', 0, Func('f2'))
c2.create_collation('coll', Func('coll1'))
print('remove collation')
c2.create_collation('coll', None)


class Agg:
    count = 0

    def __init__(self):
        Agg.count += 1

    def step(self, x):
        pass

    def finalize(self):
        return Agg.count

    def __del__(self):
        print('aggregate instance released')


c2.create_aggregate('agg', 1, Agg)
print(c2.execute('select agg(a) from t').fetchone())
print('close')
c2.close()
print('closed')

# deleting a connection closes it (and releases its functions)
c3 = sqlite3.connect(':memory:')
c3.create_function('g', 0, Func('g'))
print('del c3')
del c3
print('after del')

# a cycle through a registered function is collected
c4 = sqlite3.connect(':memory:')
holder = {'con': c4}
c4.create_function('h', 0, Func('cyclic'))
holder['fn'] = lambda: holder
c4.create_function('k', 0, holder['fn'])
wr = weakref.ref(holder['fn'])
del c4, holder
gc.collect()
print('collected', wr() is None)

# a half-read cursor does not block the table once it is gone
c5 = sqlite3.connect(':memory:')
c5.execute('create table big(x)')
c5.executemany('insert into big values (?)', [(i,) for i in range(10)])
c5.commit()
print(c5.execute('select x from big').fetchone())
c5.execute('drop table big')
print(c5.execute("select count(*) from sqlite_master").fetchone())
cur = c5.execute('select 1 union select 2')
cur.fetchone()
cur.close()
c5.close()
