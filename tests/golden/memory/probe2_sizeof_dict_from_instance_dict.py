# Copying an instance's split-table __dict__ into a new dict: dict(d), {**d} and
# update() re-insert the entries (one resize to estimate_log2_keysize), while d.copy()
# keeps the split table; a combined dict with no holes is cloned instead.
import sys

for n in range(1, 12):
    class C:
        def __init__(self, n):
            for i in range(n):
                setattr(self, f"a{i}", i)

    d = C(n).__dict__
    e = {}
    e.update(d)
    f = {"q": 1}
    f.update(d)
    print(n, sys.getsizeof(d), sys.getsizeof(dict(d)), sys.getsizeof({**d}), sys.getsizeof(e),
          sys.getsizeof(f), sys.getsizeof(d.copy()), sys.getsizeof(dict(**d)))

class P:
    def __init__(self):
        self.x = 1
        self.y = 2

p = P()
p.z = 3
combined = {"x": 1, "y": 2, "z": 3}
print("combined:", sys.getsizeof(dict(combined)), sys.getsizeof({**combined}))
print("split:", sys.getsizeof(dict(p.__dict__)), sys.getsizeof({**p.__dict__}))
del p.y
print("split with a hole:", sys.getsizeof(dict(p.__dict__)), sys.getsizeof(p.__dict__.copy()))
holes = {i: i for i in range(8)}
del holes[3]
print("combined with a hole:", sys.getsizeof(dict(holes)), sys.getsizeof(holes.copy()))
