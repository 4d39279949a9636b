# dump/load through files: several pickles in one stream, big framed data,
# clear_memo, and the protocol 5 buffer API.
import io
import os
import pickle
import shutil
import tempfile

folder = tempfile.mkdtemp(prefix="pickle_files_")
try:
    path = os.path.join(folder, "data.pkl")
    with open(path, "wb") as f:
        pickle.dump({"a": 1}, f)
        pickle.dump([1, 2, 3], f, protocol=0)
        pickle.dump("third", f, 5)
    with open(path, "rb") as f:
        print(pickle.load(f), pickle.load(f), pickle.load(f))
        try:
            pickle.load(f)
        except EOFError as e:
            print("EOFError", e)
    print(os.path.getsize(path))
finally:
    shutil.rmtree(folder)

# Big values are written outside frames; frames close near 64 KiB.
big = [b"x" * 70000, "y" * 70000, "z" * 65530, 1, ["w" * 1000] * 3]
big += ["item%d" % i * 50 for i in range(300)]
for proto in (4, 5):
    data = pickle.dumps(big, proto)
    print(proto, len(data), sum(data), data.count(pickle.FRAME))
    assert pickle.loads(data) == big

# One Pickler, several dumps: the memo is shared until clear_memo().
shared = ["shared"]
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(buf.getvalue())
buf.seek(0)
u = pickle.Unpickler(buf)
first, second, third = u.load(), u.load(), u.load()
print(first, first is second, first is third)

# Protocol 5: bytearray in-band, PickleBuffer in-band and out-of-band.
print(pickle.dumps(bytearray(b"abc"), 5))
pb = pickle.PickleBuffer(bytearray(b"mutable"))
print(pickle.dumps(pb, 5))
print(pickle.dumps(pickle.PickleBuffer(b"frozen"), 5))
buffers = []
data = pickle.dumps([pb, pickle.PickleBuffer(b"ro")], 5,
                    buffer_callback=buffers.append)
print(data, len(buffers))
back = pickle.loads(data, buffers=[b.raw() for b in buffers])
print([bytes(x) for x in back])
try:
    pickle.loads(data, buffers=[])
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
try:
    pickle.dumps(pb, 4)
except pickle.PicklingError as e:
    print("PicklingError", e)

# Python 2 style pickles: str and bytes decoding options.
py2 = b"(lp0\nS'caf\\xc3\\xa9'\np1\naU\x03\xff\x00aq\x02a."
for encoding in ("latin1", "bytes"):
    print(encoding, pickle.loads(py2, encoding=encoding))
try:
    pickle.loads(py2)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(pickle.loads(py2, encoding="ascii", errors="replace"))
