# Files opened for writing or appending: seek(0, 2) and tell() report the file's
# real end (what is on disk plus what is not flushed yet), as the rotating log
# handler relies on.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f.txt")
    with open(p, "w") as f:
        f.write("12345")
    for mode in ("a", "ab", "a+", "w", "wb", "r+"):
        with open(p, mode) as f:
            print(mode, f.tell(), f.seek(0, 2), f.tell())
            data = "xyz" if "b" not in mode else b"xyz"
            f.write(data)
            print(mode, f.tell(), f.seek(0, 2))
            f.flush()
            print(mode, f.seek(0, 2), f.tell(), os.path.getsize(p))
    with open(p, "ab", buffering=0) as raw:
        print(type(raw).__name__, raw.seek(0, 2), raw.write(b"12"), raw.seek(0, 2), raw.tell())
        print(raw.seek(-1, 2), raw.seek(0, 1))
    with open(p, "a") as f:
        f.write("abc")
        print(f.seek(0, 2), os.path.getsize(p))
    print(os.path.getsize(p))
    with open(p, "wb") as f:
        print(f.seek(0, 2))
