# sqlite3: Connection.iterdump
import sqlite3

con = sqlite3.connect(':memory:')
con.executescript('''
create table t(a integer primary key, b text, c real, d blob, e);
create index ti on t(b);
create view v as select a from t;
create table "we ""ird"("x y" int);
create trigger tr after insert on t begin select 1; end;
insert into t values (1, 'it''s', 1.5, x'00ff', null);
insert into t values (2, 'line
break', 1e300, x'', 7);
insert into t values (3, '', -0.1, zeroblob(2), 9223372036854775807);
insert into "we ""ird" values (3);
create table seq(id integer primary key autoincrement, v);
insert into seq(v) values ('a'), ('b');
create table empty(x);
''')
for line in con.iterdump():
    print(line)
it = con.iterdump()
print(type(it).__name__ in ('generator',), next(it))
copy = sqlite3.connect(':memory:')
copy.executescript('\n'.join(con.iterdump()))
print(copy.execute('select * from t').fetchall())
print(copy.execute('select * from seq').fetchall())
print(copy.execute("select name from sqlite_master order by name").fetchall())
print(list(sqlite3.connect(':memory:').iterdump()))
