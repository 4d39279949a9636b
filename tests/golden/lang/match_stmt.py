def describe(v):
    match v:
        case 0 | 1:
            return "tiny"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *rest]:
            return f"head {x} rest {rest}"
        case {"kind": "pt", "x": px}:
            return f"point x={px}"
        case str() as s:
            return "str " + s
        case _:
            return "other"
for v in [0, -4, [1, 2], [1, 2, 3], {"kind": "pt", "x": 9}, "hi", 3.5]:
    print(describe(v))
