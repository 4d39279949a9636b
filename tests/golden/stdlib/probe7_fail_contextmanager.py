from contextlib import contextmanager
@contextmanager
def opened(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)
with opened("db") as h:
    print("using", h)
with opened("file") as h:
    {}["missing"]
