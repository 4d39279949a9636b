# Number literals running into names: keywords may follow a number; the errors name the
# literal's kind at CPython's offsets.
import warnings

warnings.simplefilter("ignore")
srcs = [
    "1if 1 else 2", "[0x1for x in y]", "1or 2", "1and 0", "1in [1]", "1.5if 1 else 0",
    "1jif 1 else 0", "0o7if 1 else 0", "0b1or 0", "1not in []", "1_000if 1 else 0",
    "1e5if 1 else 0", "1e1if 1 else 0",
    "1andy", "1elsewhere", "1ifx", "1if", "1else", "0xfor",
    "0o8", "0b2", "0o_8", "0b1_2", "0o", "0x_", "0b", "0o1e", "0x1g", "0b1z", "0x1_g",
    "0o1_", "1_a", "1a", "12a", "1.5a", "1e5a", "1ja", "1.5ja", "0o_", "0b_1_", "1__0",
    "0_", "0_a", "00a", "0b102", "0o19", "1.a", "1.e5a", "1é", "1_é",
]
for src in srcs:
    try:
        r = eval(src, {"y": [1]})
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
    else:
        print(repr(src), "=", r)
