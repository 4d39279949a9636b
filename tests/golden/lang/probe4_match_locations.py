# Where the compiler's pattern errors point: at the last pattern it visited
# (compile.c sets the location on each pattern and does not restore it).
sources = [
    "match x:\n    case (a as b) as a: pass",
    "match x:\n    case [a] | [b]: pass",
    "match x:\n    case [a, b] | [a, c]: pass",
    "match x:\n    case [a, a]: pass",
    "match x:\n    case {'k': a, 'j': a}: pass",
    "match x:\n    case Point(x=a, y=a): pass",
    "match x:\n    case [a, [b, a]]: pass",
    "match x:\n    case (1 | a) | 2: pass",
    "match x:\n    case [x] | [x, y] | [y]: pass",
    "match x:\n    case a | b: pass",
    "match x:\n    case 1 | a: pass",
    "match x:\n    case a:\n        pass\n    case 1:\n        pass",
    "match x:\n    case [*a, *b]: pass",
    "match x:\n    case {'k': 1, 'k': 2}: pass",
    "match x:\n    case Point(x=1, x=2): pass",
    "match x:\n    case 1 as _: pass",
    "match x:\n    case {0: a} | {1: a}: pass",
    "match x:\n    case [a, b] | [b, a]: pass",
    "match x:\n    case (\n        [a,\n         b]\n        | [c]\n    ): pass",
]
for src in sources:
    try:
        compile(src, '<match>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), '|', e.msg, e.lineno, e.offset)


# Patterns that compile run as before.
def m(v):
    match v:
        case [a, [b, c]] | (a, b, c):
            return 'nested', a, b, c
        case {'k': (1 | 2) as k}:
            return 'k', k
        case _:
            return 'other'


print(m([1, [2, 3]]), m((4, 5, 6)), m({'k': 2}), m({'k': 3}))
