# Persist dataclasses as JSON lines in memory, with a custom encoder and hook.
import json, io
from dataclasses import dataclass, asdict, field
from datetime import datetime, timezone
from enum import Enum

class Status(Enum):
    OPEN = "open"
    CLOSED = "closed"

@dataclass
class Ticket:
    id: int
    title: str
    status: Status = Status.OPEN
    created: datetime = field(default_factory=lambda: datetime(2024, 1, 1, tzinfo=timezone.utc))
    labels: tuple = ()

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Enum):
            return {"__enum__": f"{type(o).__name__}.{o.name}"}
        if isinstance(o, datetime):
            return {"__dt__": o.isoformat()}
        return super().default(o)

def decode(d):
    if "__enum__" in d:
        cls, name = d["__enum__"].split(".")
        return Status[name]
    if "__dt__" in d:
        return datetime.fromisoformat(d["__dt__"])
    return d

tickets = [Ticket(1, "Crash on start", labels=("bug", "p1")), Ticket(2, "Docs typo", Status.CLOSED)]
store = io.StringIO()
for t in tickets:
    store.write(json.dumps(asdict(t), cls=Encoder) + "\n")
print(store.getvalue(), end="")
store.seek(0)
loaded = [Ticket(**json.loads(line, object_hook=decode)) for line in store]
for t in loaded:
    print(t)
print(loaded[0] == tickets[0], loaded[0].labels)
buf = io.StringIO()
json.dump({"tickets": [asdict(t) for t in tickets]}, buf, cls=Encoder, indent=1, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf, object_hook=decode)["tickets"][1]["status"])
print(json.dumps(Status.OPEN, cls=Encoder), json.dumps({"k": (1, 2)}), json.dumps([[1, 2], (3,)]))
try:
    json.dumps({"t": tickets[0]}, cls=Encoder)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(True), json.dumps(1e100), json.dumps(0.1 + 0.2), json.dumps(-0.0), json.dumps(10**20), json.dumps(1.0))
class IntLike(int):
    pass
class FloatLike(float):
    pass
print(json.dumps([IntLike(5), FloatLike(2.5)]))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=3, separators=(",", " = ")))
