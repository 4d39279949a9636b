# Pretty-printing API responses and config trees, including pformat in f-strings.
import pprint, json

response = json.loads("""{"status": "ok", "page": 1, "results": [
 {"id": 101, "title": "Intro to Python", "authors": ["Guido", "Barry"], "stats": {"views": 1523, "likes": 87}},
 {"id": 102, "title": "Advanced pprint usage for deeply nested structures", "authors": [], "stats": {"views": 12, "likes": 0}}],
 "meta": {"took_ms": 12, "cursor": null, "flags": [true, false]}}""")
pprint.pprint(response, width=70)
pprint.pprint(response, width=70, sort_dicts=False)
pprint.pprint(response["results"][0], width=30, indent=2)
print(f"summary: {pprint.pformat(response['meta'], width=20)}")
pprint.pprint(response, depth=1)
pprint.pprint(response, depth=2, compact=True, width=60)
matrix = [[i * j for j in range(8)] for i in range(6)]
pprint.pprint(matrix, width=40)
pprint.pprint(matrix, compact=True, width=40)
pprint.pprint(["short", "strings", "that", "fit"] * 4, compact=True, width=35)
long_words = {"word_%02d" % i: "x" * (i * 3) for i in range(1, 8)}
pprint.pprint(long_words, width=30)
class Thing:
    def __repr__(self):
        return "Thing(\n  multi-line repr\n)"
pprint.pprint([Thing(), {"k": Thing()}])
stream_lines = []
class Stream:
    def write(self, s):
        stream_lines.append(s)
pprint.pprint({"a": 1}, stream=Stream())
print(stream_lines)
pprint.PrettyPrinter(width=20, compact=True).pprint(list(range(30)))
print(pprint.pformat((1,)), pprint.pformat(()), pprint.pformat([[]]), pprint.pformat({1: {}}), pprint.pformat("a\nb"))
print(pprint.pformat("a very long string with\nembedded newlines that must wrap " * 2, width=30))
print(pprint.pformat(b"\x00\xff" * 20, width=30))
try:
    pprint.PrettyPrinter(width=0)
except ValueError as e:
    print("ValueError:", e)
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    pprint.PrettyPrinter(depth=0)
except ValueError as e:
    print("ValueError:", e)
