# open() on a descriptor in an update mode: writes go where the descriptor stands, once each.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f")
fd = os.open(p, os.O_RDWR | os.O_CREAT)
f = open(fd, "w+")
f.write("a"); f.flush(); f.write("b"); f.flush(); f.close()
print(open(p).read())
fd = os.open(p, os.O_RDWR)
with open(fd, "r+") as f:
    print(f.read())
    f.write("c")
print(open(p).read())
os.remove(p); os.rmdir(d)
