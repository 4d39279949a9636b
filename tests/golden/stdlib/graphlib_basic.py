"""graphlib.TopologicalSorter: orders, incremental use, cycles and misuse errors."""
from graphlib import TopologicalSorter, CycleError


def show(label, func, *args):
    try:
        print(label, func(*args))
    except Exception as e:
        print(label, type(e).__name__, e, e.args)


graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}, "E": ()}
graph = {k: sorted(v) for k, v in graph.items()}
print(list(TopologicalSorter(graph).static_order()))
print(list(TopologicalSorter({1: [2, 3], 2: [4], 3: [4], 5: [1]}).static_order()))
print(list(TopologicalSorter().static_order()))

ts = TopologicalSorter()
ts.add("app", "lib", "util")
ts.add("lib", "util")
ts.add("test", "app")
show("ready before prepare", ts.get_ready)
show("active before prepare", ts.is_active)
ts.prepare()
show("prepare twice", ts.prepare)
show("add after prepare", ts.add, "x")
rounds = []
while ts:
    ready = ts.get_ready()
    rounds.append(ready)
    if len(rounds) == 1:
        show("not ready", ts.done, "test")
    ts.done(*ready)
print(rounds, ts.is_active())
show("done twice", ts.done, "app")
show("unknown", ts.done, "nope")

for g in [{1: [2], 2: [3], 3: [1]}, {"a": ["b"], "b": ["c"], "c": ["b"], "d": []},
          {0: [0]}, {1: [2], 2: [], 3: [4], 4: [5], 5: [3]}]:
    t = TopologicalSorter(g)
    try:
        t.prepare()
    except CycleError as e:
        print("cycle", e.args, str(e), isinstance(e, ValueError))
        print("  still ready:", t.get_ready())
show("static cycle", lambda: list(TopologicalSorter({"x": ["y"], "y": ["x"]}).static_order()))
print(TopologicalSorter[str])
