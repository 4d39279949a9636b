# sys.getsizeof of the lists str/bytes split methods return: CPython preallocates
# room for 12 items (or maxsplit + 1), and grows by append past that.
import sys
for text in ["", "a", "a b c", " ".join("x" * 12), " ".join("y" * 13), " ".join("z" * 30), "a,b,,c"]:
    for maxsplit in (-1, 0, 1, 5, 20):
        parts = [text.split(maxsplit=maxsplit), text.rsplit(maxsplit=maxsplit),
                 text.split(" ", maxsplit), text.rsplit(" ", maxsplit), text.split(",", maxsplit),
                 text.split(" ,", maxsplit) if maxsplit else [],
                 text.encode().split(maxsplit=maxsplit), text.encode().split(b" ", maxsplit),
                 bytearray(text.encode()).split(b",", maxsplit)]
        print(repr(text)[:12], maxsplit, [len(p) for p in parts], [sys.getsizeof(p) for p in parts])
for text in ["", "a\nb", "\n".join("q" * 20)]:
    print(sys.getsizeof(text.splitlines()), sys.getsizeof(text.encode().splitlines()))
print(sys.getsizeof("a b".partition(" ")), sys.getsizeof("".join([])))
