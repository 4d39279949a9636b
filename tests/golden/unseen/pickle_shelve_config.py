import pickle
import configparser
import io
import tempfile
import os
import shelve
from dataclasses import dataclass

@dataclass
class User:
    name: str
    roles: list

data = {"users": [User("ann", ["admin"]), User("bob", [])], "count": 2, "t": (1, 2.5, None, True), "s": {1, 2}, "b": b"\x00"}
blob = pickle.dumps(data)
back = pickle.loads(blob)
print(back == data, back["users"][0], type(back["s"]).__name__)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps([1, "a", (2,)], protocol=proto)))
class Custom:
    def __init__(self, x):
        self.x = x
        self.cache = "big"
    def __getstate__(self):
        s = self.__dict__.copy()
        del s["cache"]
        return s
    def __setstate__(self, s):
        self.__dict__.update(s)
        self.cache = "rebuilt"
c = pickle.loads(pickle.dumps(Custom(5)))
print(c.x, c.cache)
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(" at 0x")[0])
cfg = configparser.ConfigParser()
cfg.read_string("""
[DEFAULT]
timeout = 30
[server]
host = example.com
port = 8080
debug = yes
[paths]
root = /srv
logs = %(root)s/logs
""")
print(cfg.sections(), cfg["server"]["host"], cfg.getint("server", "port"), cfg.getboolean("server", "debug"))
print(cfg["paths"]["logs"], cfg["server"]["timeout"], cfg.get("server", "missing", fallback="fb"), "port" in cfg["server"])
cfg["new"] = {"k": "v"}
buf = io.StringIO()
cfg.write(buf)
print(buf.getvalue())
print(dict(cfg["server"]))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "store")
    with shelve.open(path) as db:
        db["a"] = [1, 2]
        db["b"] = {"x": 1}
    with shelve.open(path) as db:
        print(sorted(db.keys()), db["a"])
    fn = os.path.join(d, "data.pkl")
    with open(fn, "wb") as f:
        pickle.dump(data, f)
    with open(fn, "rb") as f:
        print(pickle.load(f)["count"])
