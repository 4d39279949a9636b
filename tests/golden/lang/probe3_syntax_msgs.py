# Parser messages of 3.11 for unusual mistakes: soft keywords without a colon,
# Python 2 style except lists and unparenthesized import lists.
srcs = [
    "match x\n    case 1: pass\n",
    "match x, y\n    case 1: pass\n",
    "match x:\n    case 1\n        pass\n",
    "match x:\n    case 1: pass\n    case 2 if y\n        pass\n",
    "match x:\n    case {'a': 1}\n        pass\n",
    "match x:\n    case [a, *b]\n",
    "case x\n",
    "match(x)\n",
    "match = 1\nmatch\n",
    "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError, TypeError as e:\n    pass\n",
    "try:\n    pass\nexcept (A, B), C:\n    pass\n",
    "try:\n    pass\nexcept ValueError, :\n    pass\n",
    "from x import a, b,\n",
    "from x import a,\n",
    "from x import (a, b,)\n",
    "import a,\n",
    "f'{!r}'\n",
    "x = f'{:x}'\n",
    "f'{=}'\n",
    "f'{ !s}'\n",
    "f'{}'\n",
    "f'{ }'\n",
]
for src in srcs:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
