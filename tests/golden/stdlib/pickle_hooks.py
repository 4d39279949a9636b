# Customization: persistent ids, reducer_override, dispatch tables,
# copyreg registrations, extension codes and find_class restrictions.
import copyreg
import io
import pickle


class Record:
    def __init__(self, key):
        self.key = key

    def __repr__(self):
        return f"Record({self.key!r})"


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


def reduce_vector(v):
    return Vector, (v.x, v.y)


DB = {"r1": Record("r1"), "r2": Record("r2")}


class DBPickler(pickle.Pickler):
    def __init__(self, file, proto):
        super().__init__(file, proto)
        self.proto = proto

    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return "Record:" + obj.key if self.proto == 0 else ("Record", obj.key)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        if isinstance(pid, str):
            pid = tuple(pid.split(":"))
        kind, key = pid
        return DB[key]


for proto in (0, 1, 2, 4):
    buf = io.BytesIO()
    DBPickler(buf, proto).dump([DB["r1"], DB["r2"], DB["r1"], 5])
    print(proto, buf.getvalue())
    back = DBUnpickler(io.BytesIO(buf.getvalue())).load()
    print("  ", back, back[0] is DB["r1"])


class TextPid(pickle.Pickler):
    def persistent_id(self, obj):
        return "é" if obj == "x" else None


try:
    TextPid(io.BytesIO(), 0).dump(["x"])
except pickle.PicklingError as e:
    print("PicklingError", e)


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Vector):
            return complex, (obj.x, obj.y)
        if obj is len:
            return "len"
        return NotImplemented


for proto in (2, 4):
    buf = io.BytesIO()
    OverridePickler(buf, proto).dump([Vector(1, 2), len, 3])
    print(proto, buf.getvalue(), pickle.loads(buf.getvalue()))

# A per-pickler dispatch table, and a global copyreg registration.
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.dispatch_table = {Vector: lambda v: (tuple, ((v.x, v.y),))}
p.dump(Vector(3, 4))
print(buf.getvalue(), pickle.loads(buf.getvalue()))
copyreg.pickle(Vector, reduce_vector)
print(pickle.dumps(Vector(5, 6), 2), pickle.loads(pickle.dumps(Vector(5, 6))))
del copyreg.dispatch_table[Vector]

# Extension registry: EXT1/EXT2/EXT4 instead of GLOBAL.
for code in (7, 300, 70000):
    copyreg.add_extension(__name__, "Record", code)
    data = pickle.dumps(Record, 2)
    print(code, data, pickle.loads(data) is Record)
    copyreg.remove_extension(__name__, "Record", code)
try:
    copyreg.add_extension("m", "n", 0)
except ValueError as e:
    print("ValueError", e)


class SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("range", "complex"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"global '{module}.{name}' is forbidden")


for obj in (range(3), complex(1, 1), Record("x"), print):
    data = pickle.dumps(obj, 4)
    try:
        print(SafeUnpickler(io.BytesIO(data)).load())
    except pickle.UnpicklingError as e:
        print("UnpicklingError", e)
