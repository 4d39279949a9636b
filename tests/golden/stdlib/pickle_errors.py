# Pickling errors: unpicklable objects, bad reduce values, bad protocols.
import pickle
import re


def show(label, fn):
    try:
        result = fn()
    except Exception as e:
        msg = re.sub(r" at 0x[0-9a-f]+", " at 0x...", str(e))
        print(label, "->", type(e).__name__, msg)
    else:
        print(label, "->", result)


def make_local():
    class Local:
        pass
    return Local


def gen():
    yield 1


class BadReduce:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return self.value


class NotCallable:
    def __reduce__(self):
        return (42, ())


class BadArgs:
    def __reduce__(self):
        return (list, [1, 2])


class BadItems:
    def __reduce__(self):
        return (list, (), None, [1, 2])


class WrongNew:
    def __reduce__(self):
        import copyreg
        return (copyreg.__newobj__, (int, 1))


square = lambda x: x * x
show("lambda", lambda: pickle.dumps(square))
show("local class", lambda: pickle.dumps(make_local()))
show("local instance", lambda: pickle.dumps(make_local()()))
show("generator", lambda: pickle.dumps(gen()))
show("module", lambda: pickle.dumps(pickle))
for value in (42, (), (1,), (1, 2, 3, 4, 5, 6, 7), "missing_name"):
    show(f"reduce {value!r}", lambda: pickle.dumps(BadReduce(value)))
show("not callable", lambda: pickle.dumps(NotCallable()))
show("args not tuple", lambda: pickle.dumps(BadArgs()))
show("items not iterator", lambda: pickle.dumps(BadItems()))
show("newobj wrong class", lambda: pickle.dumps(WrongNew(), 2))
show("protocol 6", lambda: pickle.dumps(1, 6))
show("protocol -1", lambda: pickle.dumps(None, -1))
show("buffer_callback p4", lambda: pickle.dumps(1, 4, buffer_callback=print))
show("no write", lambda: pickle.Pickler(object()))
show("no read", lambda: pickle.Unpickler(object()))
show("str input", lambda: pickle.loads("abc"))
show("non-ascii global p2", lambda: pickle.dumps(type("Ü", (), {}), 2))
print(pickle.PicklingError.__module__, issubclass(pickle.PicklingError, pickle.PickleError))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
