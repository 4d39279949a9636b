# Importing a standard module leaves no cyclic garbage for the script's first collection
# (CPython has imported these at start-up, where any such garbage is long collected).
import gc

for name in ["types", "collections", "functools", "enum", "typing", "re", "random",
             "itertools", "weakref", "os", "warnings", "operator", "abc", "contextlib",
             "math", "time", "io"]:
    __import__(name)
    print(name, gc.collect())
