import weakref
print(ReferenceError.__name__, issubclass(ReferenceError, Exception))
print(weakref.ReferenceError is ReferenceError if hasattr(weakref, "ReferenceError") else "absent")
try:
    raise ReferenceError("x")
except ReferenceError as e:
    print(repr(e))
