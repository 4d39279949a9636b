import logging, time, io, sys, pickle, enum, dataclasses, collections
class Fixed(logging.Formatter):
    converter = time.gmtime
rec = logging.LogRecord("app", logging.WARNING, "/x/app.py", 12, "disk %d%% full", (93,), None, func="check")
rec.created = 1700000000.123456; rec.msecs = 123.456; rec.relativeCreated = 5.0
for fmt, datefmt, style in [("%(asctime)s %(levelname)s %(message)s", None, "%"), ("%(asctime)s|%(msecs)03d", "%H:%M:%S", "%"), ("{asctime} {name} {funcName} {lineno}", "%Y/%m/%d", "{"), ("${levelname}:${module}:${filename}", None, "$"), ("%(relativeCreated)d %(levelno)s %(pathname)s", None, "%")]:
    print(Fixed(fmt, datefmt, style).format(rec))
f = Fixed("%(asctime)s %(message)s"); f.default_msec_format = "%s.%03d"; print(f.format(rec)); f.default_time_format = "%d-%m-%Y"; f.default_msec_format = None; print(f.format(rec))
print(f.formatTime(rec, "%Y"), Fixed().formatTime(rec))
try:
    logging.Formatter("%(message)s", style="!")
except ValueError as e:
    print(e)
try:
    logging.Formatter("{bad", style="{")
except ValueError as e:
    print(e)
try:
    logging.Formatter("no fields", style="{", validate=True)
except ValueError as e:
    print(e)
class JsonFormatter(logging.Formatter):
    def format(self, record):
        import json
        return json.dumps({"level": record.levelname, "msg": record.getMessage(), "line": record.lineno})
h = logging.StreamHandler(sys.stdout); h.setFormatter(JsonFormatter()); lg = logging.getLogger("json"); lg.addHandler(h); lg.propagate = False
lg.warning("hello %s", "json")
bf = logging.BufferingFormatter(logging.Formatter("%(message)s")); print(repr(bf.format([rec, rec])))
class Color(enum.Enum):
    RED = 1
@dataclasses.dataclass
class P:
    x: int
    c: Color = Color.RED
NT = collections.namedtuple("NT", "a b")
for obj in [Color.RED, P(1), NT(1, 2), {Color.RED: [P(2)]}, enum.Flag, logging.INFO]:
    for proto in (2, 4, 5):
        b = pickle.dumps(obj, protocol=proto)
        assert pickle.loads(b) == obj
    print(type(obj).__name__, len(pickle.dumps(obj, 4)), pickle.dumps(obj, 0)[:40])
