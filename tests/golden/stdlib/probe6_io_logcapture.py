# Capturing output, processing a log held in memory, and line iteration.
import io, sys
from contextlib import redirect_stdout

log = io.StringIO()
for i, lvl in enumerate(["INFO", "WARN", "INFO", "ERROR"]):
    print(f"{i:03d} {lvl:<5} message {i}", file=log)
log.seek(0)
errors = [line.rstrip("\n") for line in log if "ERROR" in line or "WARN" in line]
print(errors)
log.seek(0)
first = log.readline()
rest = log.read()
print(repr(first), rest.count("\n"))
print(log.getvalue().splitlines()[-1])

def noisy():
    print("noise 1")
    sys.stdout.write("noise 2\n")
    return 42

f = io.StringIO()
with redirect_stdout(f):
    result = noisy()
print(result, f.getvalue().splitlines())
data = io.BytesIO()
for n in range(3):
    data.write(n.to_bytes(2, "big"))
data.write(b"END")
print(data.tell(), data.getvalue())
data.seek(0)
nums = []
while chunk := data.read(2):
    if chunk == b"EN":
        break
    nums.append(int.from_bytes(chunk, "big"))
print(nums, data.read())
s = io.StringIO()
s.write("abc")
s.seek(1)
s.write("Z")
print(s.getvalue(), s.tell(), s.read())
s.seek(0, 2)
s.write("!")
print(s.getvalue())
s = io.StringIO("0123456789")
s.seek(3)
print(s.read(2), s.tell(), s.truncate(), s.getvalue(), s.tell())
print(io.StringIO("abc").read(-1), io.StringIO("abc").read(None), io.StringIO("a\nb").readline(1), io.StringIO("a\nb").readline(-1))
bio = io.BytesIO(b"abc")
print(bio.read(0), bio.read(None), bio.read(), bio.tell(), bio.seek(0, 1))
print(bio.isatty(), bio.fileno.__name__, bio.readable())
try:
    bio.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
v = io.BytesIO(b"hello world")
mv = v.getbuffer()
mv[0:5] = b"HELLO"
print(v.getvalue())
try:
    v.write(b"x")
except BufferError as e:
    print("BufferError:", e)
del mv
v.write(b"x")
print(v.getvalue())
print(repr(io.StringIO("abc")).startswith("<_io.StringIO object at"), type(io.BytesIO()).__name__, io.StringIO.__module__ if False else io.BytesIO.__name__)
