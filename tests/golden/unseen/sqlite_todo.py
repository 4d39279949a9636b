import sqlite3

con = sqlite3.connect(":memory:")
cur = con.cursor()
cur.execute("CREATE TABLE todo (id INTEGER PRIMARY KEY, title TEXT NOT NULL, done INTEGER DEFAULT 0, prio REAL)")
cur.executemany("INSERT INTO todo (title, prio) VALUES (?, ?)", [("write", 1.5), ("test", 2.0), ("ship", 0.5)])
con.commit()
print(cur.lastrowid, cur.rowcount)
cur.execute("UPDATE todo SET done = 1 WHERE title = ?", ("test",))
print(cur.rowcount)
for row in cur.execute("SELECT id, title, done, prio FROM todo ORDER BY prio"):
    print(row)
print(cur.execute("SELECT COUNT(*), SUM(prio), AVG(prio) FROM todo").fetchone())
con.row_factory = sqlite3.Row
r = con.execute("SELECT * FROM todo WHERE id = :id", {"id": 2}).fetchone()
print(r["title"], r.keys(), tuple(r))
con.row_factory = None
print(con.execute("SELECT title FROM todo WHERE done = 0").fetchall())
try:
    con.execute("INSERT INTO todo (title) VALUES (NULL)")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
try:
    con.execute("SELEC oops")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
with con:
    con.execute("INSERT INTO todo (title) VALUES ('ctx')")
print(con.execute("SELECT max(id) FROM todo").fetchone())
try:
    with con:
        con.execute("INSERT INTO todo (title) VALUES ('rolled back')")
        raise RuntimeError("abort")
except RuntimeError:
    pass
print(con.execute("SELECT COUNT(*) FROM todo").fetchone()[0])
con.create_function("shout", 1, lambda s: s.upper() + "!")
print(con.execute("SELECT shout(title) FROM todo LIMIT 2").fetchall())
print(con.execute("SELECT typeof(1), typeof(1.0), typeof('x'), typeof(NULL), typeof(x'00')").fetchone())
print(con.execute("SELECT ?, ?, ?", (None, b"\x01", 2**40)).fetchone())
cur = con.execute("SELECT id, title FROM todo")
print([d[0] for d in cur.description])
print(cur.fetchmany(2), len(cur.fetchall()))
print(list(con.execute("SELECT name FROM sqlite_master WHERE type='table'")))
con.close()
try:
    con.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
