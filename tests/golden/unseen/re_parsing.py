import re

log = """2023-01-05 12:00:01 ERROR [db] connection lost
2023-01-05 12:00:05 INFO [web] request /index 200
2023-01-05 12:01:10 WARNING [db] slow query 2.5s
2023-01-06 08:30:00 INFO [web] request /about 404"""

pat = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>\w+) \[(?P<mod>\w+)\] (?P<msg>.*)")
for line in log.splitlines():
    m = pat.match(line)
    print(m.group("level"), m["mod"], m.groupdict()["msg"])
print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@example.com, ann@test.com"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.split(r"[,;]\s*", "a, b;c,   d"))
print(re.split(r"(\s)", "a b c"))
print(re.search(r"o", "hello world").span())
print([m.start() for m in re.finditer("o", "hello world foo")])
print(re.fullmatch(r"[a-z]+", "abc"), re.fullmatch(r"[a-z]+", "abc1"))
print(re.match(r"(a)(b)?", "a").groups())
print(re.match(r"(a)(b)?", "a").groups(default="-"))
print(re.subn(r"a", "A", "banana"))
print(re.escape("1+1=2?"))
emails = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.]+$", re.IGNORECASE)
for e in ["foo@bar.com", "bad@", "A.B+c@x-y.co.uk"]:
    print(e, bool(emails.match(e)))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print(re.sub(r"\s+", " ", "  lots   of\n\tspace  ").strip())
verbose = re.compile(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", re.VERBOSE)
print(verbose.search("call 555-1234 now").groups())
print(re.match(r"(?i)hello", "HeLLo").group())
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
m = re.search(r"(\d+)-(\d+)", "range 10-20")
print(m.group(0, 1, 2), m.lastindex, m.re.pattern, m.string)
print(repr(pat.match("x")))
print(re.compile(r"ab*"))
print(re.findall(r"\b\w{5}\b", "hello there world quick"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi you"))
