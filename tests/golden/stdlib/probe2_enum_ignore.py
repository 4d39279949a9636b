# enum's _ignore_: loop variables that build members in the class body (through
# vars()) do not become members or class attributes, and neither does _ignore_.
from enum import Enum, IntEnum
from datetime import timedelta


class Period(timedelta, Enum):
    "different lengths of time"
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(4):
        Period['day_%d' % i] = i


print(list(Period)[:2], hasattr(Period, "i"), hasattr(Period, "Period"), "_ignore_" in Period.__dict__)


class Level(IntEnum):
    _ignore_ = ["_n", "_name"]
    for _n, _name in enumerate(["LOW", "MID", "HIGH"], 1):
        vars()[_name] = _n


print(list(Level), Level.MID + 1, hasattr(Level, "_n"), hasattr(Level, "_name"))


class Plain(Enum):
    _ignore_ = "helper"
    helper = 5
    A = 1


print(list(Plain), hasattr(Plain, "helper"))
try:
    class Bad(Enum):
        A = 1
        _ignore_ = "A"
except ValueError as e:
    print("ValueError:", e)
