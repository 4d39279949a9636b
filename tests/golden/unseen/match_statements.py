from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"y-axis at {y}"
        case Point(x, 0):
            return f"x-axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), "x"]:
    print(where(p))

def cmd(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["get", obj]:
            return f"getting {obj}"
        case ["drop", *objs] if objs:
            return f"dropping {', '.join(objs)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [first, *_]:
            return f"unknown {first}"

for c in ["go north", "go up", "get lamp", "drop a b c", "drop", "quit", "", "dance now"]:
    print(repr(c), "->", cmd(c))

def handle(ev):
    match ev:
        case {"type": "click", "pos": (x, y)}:
            return f"click {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} {rest}"
        case {"type": t}:
            return f"other {t}"
        case int(n) | float(n) if n > 0:
            return f"positive {n}"
        case None:
            return "none"
        case [int(), int()] as pair:
            return f"pair {pair}"
        case _:
            return "?"

for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "mod": "ctrl"}, {"type": "scroll"}, 5, 2.5, -1, None, [1, 2], (3, 4), [1, "a"]]:
    print(handle(e))
match 42:
    case 0:
        print("zero")
    case n:
        print("captured", n)
