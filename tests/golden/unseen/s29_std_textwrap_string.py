# Formatting text for a terminal report
import textwrap
import string

para = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(para, width=40))
print(textwrap.wrap(para, width=30)[:3])
print(textwrap.fill(para, width=36, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(para, width=50))
print(textwrap.shorten("Hello  world!", width=11, placeholder="..."))
code = """
    def hello():
        print("hi")
    """
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\n\nb\n", "> "))
print(textwrap.indent("a\n\nb", "+ ", lambda line: True))
w = textwrap.TextWrapper(width=20, break_long_words=True, max_lines=3, placeholder=" [...]")
print(w.wrap("Supercalifragilisticexpialidocious is a very long word indeed, you know"))
print(textwrap.wrap("tabs\tand\tspaces", width=12, expand_tabs=True, tabsize=4))
print(textwrap.fill("one-two-three-four-five six", width=10))

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation)
print(string.capwords("hello   wide world"), string.capwords("a-b-c", "-"))
tpl = string.Template("$who likes ${what}; cost: $$5")
print(tpl.substitute(who="Tim", what="kung pao"))
print(tpl.safe_substitute(who="Ann"))
try:
    tpl.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
fmt = string.Formatter()
print(fmt.format("{0}-{name}-{1:>4}", "a", "b", name="n"))
print(list(fmt.parse("x{0}y{name!r:>5}z")))
print(f"{'left':<10}|{'mid':^10}|{'right':>10}|")
print("{:,.2f} {:08.3f} {:+d} {:x} {:#o} {:e} {:%}".format(1234567.891, 3.14159, 5, 255, 8, 12345.678, 0.25))
print("{0[1]} {1[key]} {2.real}".format([1, 2], {"key": "v"}, 3j))
table = [("apples", 3, 1.5), ("kiwis", 12, 0.25)]
for name, n, price in table:
    print(f"{name:<8}{n:>4}{price:>8.2f}{n * price:>8.2f}")
