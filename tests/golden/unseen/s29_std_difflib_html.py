# Side-by-side HTML reports with difflib.HtmlDiff
import difflib

before = """def greet(name):
    print("Hello, " + name)
\treturn None

def farewell(name):
    print("Bye <" + name + ">")
""".splitlines(keepends=True)
after = """def greet(name, punct="!"):
    print("Hello, " + name + punct)

def farewell(name):
    print("Goodbye & bye <" + name + ">")
    return True
""".splitlines(keepends=True)

hd = difflib.HtmlDiff()
print(hd.make_table(before, after, "old.py", "new.py"))
print(hd.make_table(before, after, context=True, numlines=1))
narrow = difflib.HtmlDiff(tabsize=4, wrapcolumn=18)
print(narrow.make_table(before, after, "a", "b"))
long_a = ["line %d\n" % i for i in range(20)]
long_b = list(long_a)
long_b[3] = "line three\n"
long_b[15:17] = ["inserted\n"]
print(difflib.HtmlDiff().make_table(long_a, long_b, context=True, numlines=2))
print(difflib.HtmlDiff().make_table(["same\n"], ["same\n"], context=True))
print(difflib.HtmlDiff().make_table([], []))
page = difflib.HtmlDiff().make_file(["caf\u00e9\n"], ["cafe\n"], "x", "y", charset="ascii")
print(page)
print(len(difflib.HtmlDiff().make_file(before, after)))
