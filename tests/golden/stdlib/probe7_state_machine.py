from enum import Enum, auto, IntEnum, Flag, unique

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()

    def __str__(self):
        return self.name.title()

class Event(Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    STOP = "stop"

TRANSITIONS = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.STOP): State.STOPPED,
    (State.PAUSED, Event.STOP): State.STOPPED,
}

class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise ValueError(f"cannot {event.value} while {self.state}")
        old, self.state = self.state, TRANSITIONS[key]
        self.log.append(f"{old} --{event.value}--> {self.state}")

m = Machine()
for ev in ["start", "pause", "resume", "pause", "start", "stop", "resume"]:
    try:
        m.fire(Event(ev))
    except ValueError as e:
        print("rejected:", e)
print("\n".join(m.log))
print(m.state, repr(m.state), m.state.value, State["PAUSED"], list(State))
print(State.IDLE is State(1), State.IDLE == 1, len(State), State.RUNNING in State)
try:
    Event("jump")
except ValueError as e:
    print(e)
try:
    State["FLYING"]
except KeyError as e:
    print("KeyError", e)

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
tasks = [("write", Priority.LOW), ("test", Priority.HIGH), ("deploy", Priority.MEDIUM)]
for name, p in sorted(tasks, key=lambda t: t[1], reverse=True):
    print(f"{name:<8}{p.name:<8}{p:>3}{p + 10:>4}")
print(Priority.HIGH > Priority.LOW, Priority.LOW < 2, max(Priority), Priority(2), int(Priority.HIGH))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), Perm(5), ~Perm.R, Perm.RWX & ~Perm.W)
print([p.name for p in Perm], list(rw))

try:
    @unique
    class Color(Enum):
        RED = 1
        CRIMSON = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for p in Planet:
    print(f"{p.name:8} {p.surface_gravity:6.2f} {p.value}")
print(Planet.EARTH.__class__, type(Planet), Planet.__members__.keys())
