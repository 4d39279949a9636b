# The star-unpacking target limit: at most 255 targets before the star (they share one
# byte of UNPACK_EX's argument in CPython), any number after it; in assignments, for
# loops, comprehensions and sequence patterns.


def attempt(source):
    try:
        exec(source, {})
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


def names(n):
    return ", ".join(f"a{i}" for i in range(n))


for n in (254, 255, 256, 300):
    attempt(f"{names(n)}, *rest = range(400)")
    attempt(f"*rest, {names(n)} = range(400)")
    attempt(f"[{names(n)}, *rest] = range(400)")
    attempt(f"x = 1\nfor {names(n)}, *rest in [range(400)]: pass")
    attempt(f"[0 for {names(n)}, *rest in [range(400)]]")
    attempt(f"match list(range(400)):\n    case [{names(n)}, *rest]: print(len(rest))")
    attempt(f"match list(range(400)):\n    case [*rest, {names(n)}]: print(len(rest))")

ns = {}
exec(f"{names(255)}, *rest = range(300)", ns)
print(ns["a0"], ns["a254"], ns["rest"][:3], len(ns["rest"]))
exec(f"*rest, {names(400)} = range(500)", ns)
print(ns["a0"], ns["a399"], len(ns["rest"]))
