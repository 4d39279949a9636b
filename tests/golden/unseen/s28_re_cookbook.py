# Regular expressions cookbook
import re

log = """2024-01-15 10:23:45 ERROR [db] Connection refused (code=111)
2024-01-15 10:24:01 INFO  [web] Request /index.html served in 12ms
2024-01-15 10:25:13 WARN  [db] Slow query: 1532ms
2024-01-16 08:00:00 ERROR [auth] Invalid token for user=alice"""

pat = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>\w+)\s+\[(?P<mod>\w+)\] (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("level"), m["mod"], m.span("msg"), m.groupdict()["date"])
print(re.findall(r"\d+ms", log), re.findall(r"(\w+)=(\w+)", log))
print(re.sub(r"\d{4}-(\d{2})-(\d{2})", r"\2/\1", log.splitlines()[0]))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.subn(r"o", "0", "foo boo"), re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(-)", "a-b-c", maxsplit=1))
print(re.match(r"a+", "aaab").group(), re.match(r"b", "ab"), re.search(r"b", "ab").start(), re.fullmatch(r"\w+", "abc!"))
print(re.escape("1+1=2?"), re.findall(r"(?i)hello", "Hello HELLO hello"))
print(re.findall(r"(?<=\$)\d+", "cost $30 or $45"), re.findall(r"\b\w+(?=ing\b)", "singing and dancing"))
print(re.sub(r"(?P<w>\w+) (?P=w)", r"\g<w>", "the the cat cat sat"))
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)?b", "b").group(1), re.match(r"(a)?b", "b").groups("-"))
m = re.search(r"(\d+)\.(\d+)", "version 3.11 released")
print(m.group(0, 1, 2), m.start(2), m.end(), m.pos, m.endpos, m.lastindex, m.re.pattern, m.string[:7])
print(repr(m))
print(re.findall(r"a.c", "abc a\nc", re.S), re.findall(r"^\w", "ab\ncd", re.M), re.findall(r"x # comment", "x", re.X))
print(re.compile(r"\d").flags, re.I | re.M, re.compile("a", re.I).flags & re.I)
for bad in [r"(", r"[a-", r"a{2,1}", r"(?P<1>x)", r"\k"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(f"{bad!r}: {e}")
print(re.sub(r"(?m)^", "> ", "a\nb"), re.findall(r"(?:ab)+", "ababxab"), re.findall(r"\d*", "a1"))
email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
print(email.findall("write to bob.smith+x@example.co.uk or amy@test.org"))
print(re.match(r"(?>a+)b", "aaab"), re.findall(r"a++", "aaa a"), re.sub("", "-", "abc"))
print(re.purge(), hasattr(re, "template"))
