# Globals: classes, nested classes, functions, builtins, methods, and the
# Python 2 names used by protocols 0-2 unless fix_imports=False.
import collections
import copyreg
import pickle


class Outer:
    class Inner:
        class Deepest:
            pass

    def method(self):
        return "m"


def helper():
    return "helper"


GLOBALS = [Outer, Outer.Inner, Outer.Inner.Deepest, helper, Outer.method,
           len, max, int, str, range, ValueError, FileNotFoundError,
           ModuleNotFoundError, collections.OrderedDict,
           copyreg._reconstructor, pickle.PickleError, "".join, dict.fromkeys,
           str.upper, [].append]

for obj in GLOBALS:
    for proto in (0, 2, 3, 4):
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(proto, type(e).__name__, e)
            continue
        back = pickle.loads(data)
        same = back is obj or back == obj
        print(proto, data, same)

for proto in (0, 2):
    print(proto, pickle.dumps([int, ValueError], proto, fix_imports=False))
data = pickle.dumps(Outer.Inner.Deepest, 2, fix_imports=False)
print(pickle.loads(data, fix_imports=False) is Outer.Inner.Deepest)
print(pickle.loads(b"c__builtin__\nunicode\n.", fix_imports=True))
try:
    pickle.loads(b"c__builtin__\nunicode\n.", fix_imports=False)
except ImportError as e:
    print(type(e).__name__, e)
print(pickle.loads(b"\x80\x02cUserDict\nIterableUserDict\n)R."))
print(type(pickle.loads(b"ccopy_reg\n_reconstructor\n(c__main__\nOuter\nc__builtin__\nobject\nNtR.")))

bound = Outer().method
data = pickle.dumps(bound, 4)
print(data, pickle.loads(data)())
