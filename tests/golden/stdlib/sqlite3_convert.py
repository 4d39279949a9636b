# sqlite3: converters with PARSE_DECLTYPES / PARSE_COLNAMES, default date adapters
import datetime
import sqlite3


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


def adapt_point(p):
    return '%s;%s' % (p.x, p.y)


def convert_point(b):
    print('convert', b)
    x, y = map(float, b.split(b';'))
    return Point(x, y)


sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter('point', convert_point)
print(sorted(sqlite3.converters))

con = sqlite3.connect(':memory:', detect_types=sqlite3.PARSE_DECLTYPES)
con.execute('create table t(p point, q POINT(3), r integer, s text, u)')
con.execute('insert into t values (?, ?, ?, ?, ?)', (Point(1, 2), Point(3, 4), 5, 'x', Point(7, 8)))
con.execute('insert into t values (null, null, null, null, null)')
print(con.execute('select * from t').fetchall())
print(con.execute('select p as "p [integer]" from t').fetchall())
con.close()

con = sqlite3.connect(':memory:', detect_types=sqlite3.PARSE_COLNAMES)
con.execute('create table t(p point, n)')
con.execute('insert into t values (?, ?)', (Point(1, 2), 42))
cur = con.execute('select p as "p [point]", p, p as "n [Point]", n as "n2 [unknown]" from t')
print(cur.description)
print(cur.fetchall())
print(con.execute('select 1 as "x [a b]", 2 as "y[c]", 3 as "w  [d] e", 4 as "[point]"').description)
con.close()

con = sqlite3.connect(':memory:', detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
con.execute('create table t(p point)')
con.execute('insert into t values (?)', (Point(5, 6),))
sqlite3.register_converter('text', lambda b: b.decode() + '!')
print(con.execute('select p as "p [text]", p from t').fetchall())
sqlite3.register_converter('INTEGER', lambda b: ('int', b))
print(con.execute('select cast(12 as integer) as "v [integer]", 1.5 as "f [integer]"').fetchall())

# the default adapters and converters (date, timestamp)
con.execute('create table d(d date, ts timestamp)')
day = datetime.date(2024, 2, 29)
moment = datetime.datetime(2024, 2, 29, 13, 14, 15, 123456)
con.execute('insert into d values (?, ?)', (day, moment))
con.execute('insert into d values (?, ?)', (day, datetime.datetime(2000, 1, 1)))
print(con.execute('select d, ts, typeof(d) from d').fetchall())
print(con.execute('select d as "d [timestamp]" from d').fetchall() if False else 'skip')
con.close()

con = sqlite3.connect(':memory:')
print(con.execute('select ?, ?', (day, moment)).fetchall())
con.close()
try:
    sqlite3.register_converter(1, str)
except TypeError as e:
    print(e)


def failing(b):
    raise ValueError('bad value %r' % b)


sqlite3.register_converter('failing', failing)
con = sqlite3.connect(':memory:', detect_types=sqlite3.PARSE_COLNAMES)
try:
    con.execute('select 1 as "x [failing]"').fetchall()
except ValueError as e:
    print('ValueError', e)
con.close()
