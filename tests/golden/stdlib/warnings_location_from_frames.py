import warnings, sys
def old():
    warnings.warn("old is deprecated", DeprecationWarning, stacklevel=2)
def f():
    warnings.warn("careful")
sys.stderr = sys.stdout
f()
old()
warnings.warn("top level", UserWarning)
def g():
    warnings.warn("twice")
for i in range(3):
    g()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(); old()
    for x in w:
        print(x.filename.split('/')[-1], x.lineno, x.category.__name__, x.message)
from collections import namedtuple
P = namedtuple('P', 'x y')
print(P.__module__)
import enum
class Color(enum.Enum):
    RED = 1
print(Color.__module__)
E = enum.Enum('E', 'A B')
print(E.__module__, E.A)
import typing
T = typing.TypeVar('T')
print(T.__module__)
