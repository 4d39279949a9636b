# Nested and multi-item with statements: an exception leaving an inner block reaches each
# __exit__ once, innermost first; any of them may suppress it or raise another.
class CM:
    def __init__(self, name, suppress=False, fail=False):
        self.name, self.suppress, self.fail = name, suppress, fail
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ and typ.__name__, val)
        if self.fail:
            raise KeyError(self.name)
        return self.suppress

def run(label, body):
    try:
        body()
        print(label, "completed")
    except Exception as e:
        print(label, "raised", type(e).__name__, e, "context:", type(e.__context__).__name__)

def nested():
    with CM("c1"):
        with CM("c2"):
            1 / 0
def nested_outer_suppresses():
    with CM("c1", suppress=True):
        with CM("c2"):
            with CM("c3"):
                raise ValueError("v")
        print("not reached")
    print("after outer")
def multi_item_inner_suppresses():
    with CM("a"), CM("b", suppress=True), CM("c"):
        raise ValueError("w")
    print("after multi")
def exit_raises():
    with CM("o"):
        with CM("i", fail=True):
            raise ValueError("x")
def return_inside():
    for i in range(3):
        with CM(f"l{i}"):
            with CM(f"m{i}"):
                if i == 1:
                    return "ret"
                if i == 0:
                    continue
def gen():
    with CM("g1"):
        with CM("g2"):
            yield 1
            yield 2
for label, body in [("nested", nested), ("outer_suppresses", nested_outer_suppresses),
                    ("multi", multi_item_inner_suppresses), ("exit_raises", exit_raises),
                    ("return_inside", return_inside)]:
    run(label, body)
g = gen(); print(next(g)); g.close()
g = gen(); print(next(g))
try:
    g.throw(RuntimeError("t"))
except RuntimeError as e:
    print("thrown out", e)
with CM("top"), CM("top2", suppress=True):
    [][0]
print("end")
