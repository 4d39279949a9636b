# open() in the '+' modes, with path-like names and file descriptors.
import os
import pathlib
import shutil
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.bin")

with open(path, "w+b") as f:
    print(f.write(b"abcdef"), f.tell())
    f.seek(0)
    print(f.read())
    f.seek(2)
    f.write(b"XY")
    f.seek(0)
    print(f.read(), f.tell())
    print(repr(f).startswith("<_io.BufferedRandom"))

with open(path, "r+b") as f:
    f.write(b"12")
    print(f.read(2))
    f.seek(0, 2)
    f.write(b"!")
with open(path, "rb") as f:
    print(f.read())

text = os.path.join(folder, "t.txt")
with open(text, "w+") as f:
    f.write("line1\nline2\n")
    f.seek(0)
    print(f.readlines())
with open(text, "a+") as f:
    f.write("line3\n")
    f.seek(0)
    print(repr(f.read()))
with open(text, "r+") as f:
    print(repr(f.readline()))
    f.write("LINE2")
with open(text) as f:
    print(repr(f.read()))

p = pathlib.Path(text)
with open(p) as f:
    print(f.name == text, f.readline().strip())
with open(os.fsencode(text), "rb") as f:
    print(type(f.name).__name__, f.read(5))

buf = bytearray(4)
with open(path, "rb") as f:
    print(f.readinto(buf), buf)
    print(f.readinto(bytearray(10)))

with open(path, "r+b") as f:
    f.seek(3)
    print(f.truncate(), f.tell())
with open(path, "rb") as f:
    print(f.read())

fd = os.open(text, os.O_RDONLY)
with open(fd) as f:
    print(f.fileno() == fd, repr(f.read(5)))
try:
    os.close(fd)
except OSError as e:
    print("closed already:", e.errno)

fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
with open(fd, "wb", closefd=False) as f:
    f.write(b"via fd")
os.close(fd)
with open(path, "rb") as f:
    print(f.read())

for bad in (3.5, None, [path]):
    try:
        open(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    open(path, closefd=False)
except ValueError as e:
    print("ValueError", e)


class BadPath:
    def __fspath__(self):
        return 42


try:
    open(BadPath())
except TypeError as e:
    print("TypeError", e)

shutil.rmtree(folder)
print(os.path.exists(folder))

folder = tempfile.mkdtemp()
name = os.path.join(folder, "fd.txt")
fd = os.open(name, os.O_WRONLY | os.O_CREAT)
with os.fdopen(fd, "w") as f:
    f.write("written through fdopen\n")
with open(name) as f:
    print(f.read(), end="")
try:
    os.fdopen("3")
except TypeError as e:
    print("TypeError", e)
shutil.rmtree(folder)
