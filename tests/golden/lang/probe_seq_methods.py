# Errors and corner cases of str/bytes/bytearray/list methods found by probing.


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


# join and slice assignment need an iterable (PySequence_Fast's messages)
t(lambda: "".join(5))
t(lambda: b"".join(5))
t(lambda: bytearray(b"-").join(None))
t(lambda: "-".join(iter("ab")))


class BadIter:
    def __iter__(self):
        raise TypeError("from __iter__")


t(lambda: "".join(BadIter()))


def gen_fails():
    yield "a"
    raise TypeError("during iteration")


t(lambda: "".join(gen_fails()))
l = [1, 2, 3]
t(lambda: l.__setitem__(slice(0, 2), 5))
t(lambda: l.__setitem__(slice(0, 2), "xy"))
t(lambda: l)
t(lambda: l.__setitem__(slice(None, None, 2), 1.5))

# format_map has no positional arguments
t(lambda: "{}".format_map({}))
t(lambda: "{0}".format_map({"0": 1}))
t(lambda: "{a}{}".format_map({"a": 1}))
t(lambda: "{a}".format_map({"a": 1}))

# titlecase letters make islower/isupper false
for s in ["ǅungla", "ǅ", "ǈa", "Ǆ", "ǆ", "aǅ", "ABC", "abc", "ᾈ", "ᾀ"]:
    print(repr(s), s.islower(), s.isupper(), s.istitle())

# bytes/bytearray search methods take an int too
for B in (bytes, bytearray):
    b = B(b"Hello, World")
    for sub in [108, 256, -1, b"o", bytearray(b"l"), memoryview(b"W"), "o", 1.5, True]:
        t(lambda: b.count(sub))
        t(lambda: b.find(sub))
        t(lambda: b.rfind(sub))
        t(lambda: b.index(sub))
        t(lambda: b.rindex(sub))
    t(lambda: b.index(b"z"))
    t(lambda: b.rindex(122))
t(lambda: "abc".index("z"))
t(lambda: "abc".find(97))

# bytearray orders against bytes and bytearray
class BA(bytearray):
    pass


for a in [b"abc", bytearray(b"abc"), BA(b"abc")]:
    for b in [b"abd", bytearray(b"ab"), BA(b"abc")]:
        print(type(a).__name__, type(b).__name__, a < b, a <= b, a > b, a >= b, a == b, a != b)
t(lambda: bytearray(b"a") < "a")
t(lambda: bytearray(b"a") < 1)

# list.sort/sorted: reverse is a C int
for rev in [None, 1.5, 2**40, -1, 0, True, "x"]:
    t(lambda: sorted([3, 1, 2], reverse=rev))
    t(lambda: [3, 1, 2].sort(reverse=rev))


class Rev:
    def __index__(self):
        return 1


t(lambda: sorted([3, 1, 2], reverse=Rev()))

# enumerate/reversed/iter
t(lambda: enumerate())


class GI:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10


class GIL(GI):
    def __len__(self):
        return 3


class NoIter:
    __iter__ = None


t(lambda: list(reversed(GI())))
t(lambda: list(reversed(GIL())))
t(lambda: list(iter(GI())))
t(lambda: iter(NoIter()))
t(lambda: list(NoIter()))
t(lambda: 1 in NoIter())
t(lambda: [x for x in NoIter()])
