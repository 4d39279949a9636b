# Once a Python function returns into the code that called it, what is allocated next
# belongs to the caller's line: the class object that `__build_class__` makes after the
# class body ran, and a list that `list()` grows after each call of the mapped function.
import tracemalloc


def double(v):
    return v * 2


tracemalloc.start()


class Config:
    name = 'x' * 10
    payload = [bytes(2000)]


doubled = list(map(double, range(500)))
snap = tracemalloc.take_snapshot()
tracemalloc.stop()

mine = [t for t in snap.traces if t.traceback[0].filename == __file__]
print(sorted({t.traceback[0].lineno for t in mine if t.size >= 900}))
print(len(doubled), doubled[-1])
