# sqlite3: implicit transactions of 3.11, isolation_level, context manager, commit/rollback
import sqlite3

con = sqlite3.connect(':memory:')
print(repr(con.isolation_level), con.in_transaction, con.total_changes)
con.execute('create table t(a integer primary key, b)')
print('after create', con.in_transaction)
con.execute('insert into t(b) values (1)')
print('after insert', con.in_transaction)
con.execute('select * from t').fetchall()
print('after select', con.in_transaction)
con.rollback()
print('rolled back', con.in_transaction, con.execute('select count(*) from t').fetchone())
for sql in ('  /* c */ -- x\n  UPDATE t set b = 1', 'replace into t(a, b) values (1, 1)',
            'Delete from t where 0', 'with q as (select 1) insert into t(b) select * from q',
            'insert into t(b) values (2)', 'pragma user_version = 3', 'select 1'):
    con.execute(sql)
    print(repr(sql[:12]), con.in_transaction)
    con.commit()
print(con.execute('select * from t').fetchall())

# isolation levels
for level in ('DEFERRED', 'immediate', 'Exclusive', '', None):
    con.isolation_level = level
    con.execute('insert into t(b) values (?)', (level,))
    print(repr(level), repr(con.isolation_level), con.in_transaction)
    con.commit()
for bad in ('foo', 1, b'DEFERRED'):
    try:
        con.isolation_level = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    del con.isolation_level
except AttributeError as e:
    print(e)
for name in ('in_transaction', 'total_changes'):
    try:
        setattr(con, name, 1)
    except AttributeError as e:
        print(e)

# setting isolation_level to None commits
con.isolation_level = ''
con.execute('insert into t(b) values (99)')
print(con.in_transaction)
con.isolation_level = None
print(con.in_transaction)
con.execute('begin')
print('explicit begin', con.in_transaction)
try:
    con.execute('begin')
except sqlite3.OperationalError as e:
    print(e)
con.execute('insert into t(b) values (100)')
con.rollback()
print(con.in_transaction, con.execute('select count(*) from t where b >= 99').fetchone())
con.commit()
con.rollback()

# context manager: commit on success, rollback on error, never close
con = sqlite3.connect(':memory:')
con.execute('create table t(x unique)')
with con as c:
    print(c is con)
    con.execute('insert into t values (1)')
print(con.in_transaction, con.execute('select * from t').fetchall())
try:
    with con:
        con.execute('insert into t values (2)')
        raise KeyError('boom')
except KeyError as e:
    print('KeyError', e)
print(con.in_transaction, con.execute('select * from t').fetchall())
try:
    with con:
        con.execute('insert into t values (3)')
        con.execute('insert into t values (1)')
except sqlite3.IntegrityError as e:
    print('IntegrityError', e)
print(con.execute('select * from t').fetchall())
print(con.__enter__() is con, con.__exit__(None, None, None), con.__exit__(ValueError, ValueError(), None))
print(con.execute('select 1').fetchone())

# executescript commits a pending transaction first
con.execute('insert into t values (10)')
print(con.in_transaction)
con.executescript('insert into t values (11); insert into t values (12);')
print(con.in_transaction, con.total_changes)
con.rollback()
print(con.execute('select count(*) from t').fetchone())
con.executescript('begin; insert into t values (13);')
print(con.in_transaction)
con.rollback()
try:
    con.executescript('insert into t values (20); selec 2; insert into t values (21)')
except sqlite3.OperationalError as e:
    print(e)
print(con.execute('select x from t where x >= 20').fetchall())
for bad in (1, 'select "\x00"'):
    try:
        con.executescript(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(con.execute('select total_changes()').fetchone()[0] == con.total_changes)
con.close()
