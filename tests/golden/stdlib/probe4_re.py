import re
scanner = re.Scanner([
    (r"[0-9]+", lambda s, tok: ("INT", int(tok))),
    (r"[a-z_]\w*", lambda s, tok: ("NAME", tok)),
    (r"[+\-*/=]", lambda s, tok: ("OP", tok)),
    (r"\s+", None),
])
print(scanner.scan("x = 12 + y3 * 4 $ rest"))
p = re.compile(r"(?P<key>\w+)\s*=\s*(?P<val>[^;]+);?")
for m in p.finditer("a = 1; bb=two;c =3"):
    print(m.span(), m["key"], m.group("val"), m.groupdict(), m.start("val"), m.end(2))
m = p.search("zz  k = v")
print(m.expand(r"[\g<key>|\2|\g<0>]"), m.re.pattern, m.string, m.pos, m.endpos, m.lastgroup, m.lastindex, m.regs)
print(p.sub(r"\g<val>=\g<key>", "a=1;b=2"), p.subn(lambda m: m["key"].upper(), "a=1;b=2"), p.split("x a=1; y"), p.match("a=1", 0, 2))
print(re.sub(r"a", "b", "aaa", 2), re.sub(r"A", "b", "aAa", flags=re.I), re.split(r"\s*", "a b"), re.split(r"(\s)", "a b c", maxsplit=1))
print(re.findall(r"(a)(b)?", "ab a"), re.findall(r"\d+|[a-z]+", "12ab34"), [m.group() for m in re.finditer(r"\b\w", "hi there")])
print(re.fullmatch(r"(?i)hello\s+world", "HELLO   World") is not None, re.match(r"(?s).+", "a\nb")[0], re.search(r"^b", "a\nb", re.M).start(), re.search(r"(?x) a \  b  # comment", "a b"))
print(re.compile(r"\d", re.A).flags, re.compile("x", re.I | re.S).flags & re.S, repr(re.compile(r"\d+", re.X)), re.compile(r"(a)(?:b)(?P<c>c)").groups, re.compile(r"(?P<n>x)").groupindex)
print(re.escape("1+1=2? [yes] {no} ^$"), re.escape(b"a.b"), re.sub(r"(\d)", r"<\1>", "a1b2"), re.sub(r"x", r"\\n", "x"), re.sub("x", "\\\\", "axb"))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print(e)
try:
    re.compile(r"(?P<n>a)(?P<n>b)")
except re.error as e:
    print(e, e.pos, e.lineno, e.colno)
try:
    re.compile("a**")
except re.error as e:
    print(e)
print(re.match(r"(?P<y>\d{4})-(?P<m>\d\d)", "2024-05").groupdict(), bool(re.match("a|b", "c")), re.match(r"a(?=b)", "ab")[0], re.search(r"(?<=\$)\d+", "cost $42").group(), re.sub(r"(?<!\d)(\d{3})(?!\d)", r"[\1]", "12 123 1234"))
print(re.match(r"(a+?)(a*)", "aaa").groups(), re.match(r"(?:ab)+", "ababx").end(), re.match(r"a{2,}", "aaaa").span(), re.search(r"\bcat\b", "concat cat").start(), re.findall(r"[^\W\d_]+", "héllo wörld 42_x"))
print(re.match(r"(\w+) (?P<second>\w+)", "Jane Doe").group(1, "second", 0), re.compile("a").match("ba", 1), re.compile("a").fullmatch("ab", 0, 1))
print(re.sub(r"\s+", " ", "  lots   of   space  ").strip(), re.split(r"[,;]\s*", "a, b;c;  d"), re.sub(r"(?m)^", "> ", "l1\nl2"))
import re
s = re.Scanner([(r'\d+', 'NUM'), (r'(a)(b)?', lambda s, t: ('AB', t, s.match.group())), (r'x*', None)])
print(s.scan('12ab3a9'), s.scan(''), s.scan('zz'))
print(re.Scanner([(r'a', None)]).scan('aaab'))
