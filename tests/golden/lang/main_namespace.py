# The namespace `__main__` starts with, in CPython's order, and `__builtins__`.
import sys

names = [k for k in globals() if k not in ("sys",)]
print(names)
print(dir()[:9])
print(__name__, __doc__, __package__, __spec__, __annotations__, __cached__)
print(__builtins__ is sys.modules["builtins"], __builtins__.len is len)
import builtins

print(__builtins__ is builtins, type(__builtins__).__name__)
print(sys.modules["__main__"].__builtins__ is builtins)
x: int = 3
print(__annotations__)
