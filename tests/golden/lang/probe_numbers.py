# float.fromhex rounding and overflow, the int string limit, complex ** errors,
# hash of int subclasses, isinstance of exactly the class.
import math
import sys


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


for s in ["0x1p-1074", " 0x1p-1074 ", "0x1p-1075", "0x1.8p-1075", "0x3p-1076", "0x1p-1076",
          "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1.fffffffffffffp1023",
          "0x1p1024", "-0x1p1024", "0x0p99999999999999999999", "0x1p-99999999999999999999",
          "0x1p99999999999999999999", "0x.8", "0x1.", "1", "0x1.0000000000000801p0",
          "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1p", "0x1p+", "0xp1", "inf",
          "-Infinity", "nan", "0x1_0", "0x1p1_0", "0x123456789abcdef123456789abcdefp-200",
          "0x0.0000000000001p-1022", "0x1.0p-1022", "0x0.fffffffffffffp-1022"]:
    t(lambda: float.fromhex(s))

t(lambda: int("9" * 4300) % 7)
t(lambda: int("9" * 4301))
t(lambda: int("-" + "1" * 5000))
t(lambda: int(b"1" * 5000))
t(lambda: int("1" * 5000, 16) % 7)
t(lambda: int("1" * 5000, 2) % 7)
t(lambda: int("1" * 5000, 10))

inf, nan = math.inf, math.nan
for a in [complex(inf, 0), complex(0, inf), complex(inf, inf), complex(nan, 0), 3 + 4j,
          1e200 + 1e200j, 0.5 + 0j, -1 + 0j, 0j]:
    for b in [2, 0.5, 1j, complex(inf, 0), complex(0, inf), complex(nan, 0), -1,
              complex(2, 0), complex(1e10, 0), complex(-inf, 0), 200, 101, 1.5 + 1j, 0]:
        try:
            r = a ** b
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(a, b, r)
t(lambda: pow(1e300 + 0j, 2))
t(lambda: (1e-300 + 0j) ** 2)
t(lambda: (2 + 0j) ** -1100)


class H(int):
    def __hash__(self):
        return 1.5


class H2(int):
    def __hash__(self):
        return 99


class H3(str):
    def __hash__(self):
        return 7


class H4(int):
    pass


t(lambda: hash(H(5)))
t(lambda: hash(H2(5)))
t(lambda: hash(H3("x")))
t(lambda: hash(H4(5)) == hash(5))
t(lambda: {H2(5): 1}[H2(5)])
t(lambda: len({H2(1), H2(2)}))


class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return inst == "magic"


class Magic(metaclass=Meta):
    pass


class SubMagic(Magic):
    pass


t(lambda: isinstance(Magic(), Magic))
t(lambda: isinstance(SubMagic(), Magic))
t(lambda: isinstance("magic", Magic))
t(lambda: isinstance(3, (Magic, int)))
t(lambda: isinstance(Magic(), (int, Magic)))
