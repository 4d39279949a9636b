# The builtin open() is io.open, reported as a function of the `io` module.
import io
import _io

print(open.__module__, open.__name__, open.__qualname__)
print(io.open is open, _io.open is open, io.open.__module__)
print(io.open_code.__module__)
