import io, csv, sys
data = io.StringIO()
w = csv.writer(data)
w.writerow(['name', 'score']); w.writerows([['ann', 90], ['bob', 85], ['c, d', 70]])
print(repr(data.getvalue()))
data.seek(0)
for row in csv.DictReader(data):
    print(dict(row))
log = io.StringIO()
for i in range(3):
    log.write(f'line {i}\n')
print(log.tell(), log.getvalue().splitlines())
log.seek(0); print(log.readline(), end=''); print(log.read(4)); print(repr(log.read()))
b = io.BytesIO()
b.write('héllo'.encode()); b.write(b'\x00\xff')
print(b.getvalue(), b.tell(), len(b.getbuffer()))
b.seek(0); print(b.read(2), b.read(), b.read())
t = io.TextIOWrapper(io.BytesIO('a\nb\r\nc'.encode()), encoding='utf-8', newline=None)
print(t.readlines())
t2 = io.TextIOWrapper(io.BytesIO('a\nb\r\nc'.encode()), encoding='utf-8', newline='')
print(t2.readlines())
old = sys.stdout; sys.stdout = cap = io.StringIO()
print('hidden'); print(42)
sys.stdout = old
print('captured:', cap.getvalue().split())
print(io.StringIO('abc').readable(), io.StringIO().writable(), io.StringIO().seekable(), io.BytesIO().isatty(), io.StringIO().encoding if hasattr(io.StringIO(), 'encoding') else None)
s = io.StringIO('0123456789'); s.seek(5); print(s.read(2), s.tell(), s.seek(0, 2), s.write('X'), s.getvalue())
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(sys.stdout, io.TextIOWrapper))
try:
    io.BytesIO().write('str')
except TypeError as e:
    print('TypeError', e)
try:
    io.StringIO().write(b'bytes')
except TypeError as e:
    print('TypeError', e)
