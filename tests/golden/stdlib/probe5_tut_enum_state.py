from enum import Enum, auto, Flag
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
s = State.IDLE
for _ in range(4):
    print(s, s.name, s.value, repr(s))
    s = s.next()
TRANSITIONS = {State.IDLE: [State.RUNNING], State.RUNNING: [State.DONE, State.IDLE], State.DONE: []}
for k, v in TRANSITIONS.items():
    print(k.name, '->', [x.name for x in v])
class Feature(Flag):
    NONE = 0
    LOG = auto()
    CACHE = auto()
    RETRY = auto()
    ALL = LOG | CACHE | RETRY
cfg = Feature.LOG | Feature.RETRY
print(cfg, repr(cfg), Feature.CACHE in cfg, Feature.ALL, list(Feature), Feature.NONE, bool(Feature.NONE))
print([f.name for f in Feature if f in cfg], cfg & Feature.CACHE, repr(Feature.ALL & ~Feature.LOG))
print(State['DONE'], State(2), {State.IDLE: 'i'}[State.IDLE], State.IDLE < State.DONE if False else 'nolt')
try:
    State.IDLE < State.DONE
except TypeError as e:
    print('TypeError', e)
print(f'{State.RUNNING}', format(State.RUNNING, ''), str(Feature.LOG), f'{Feature.ALL!r}')
