# An uncaught MemoryError prints CPython's traceback, whose last line is the bare name.
def grow():
    return [None] * (2**62)

print("before")
grow()
