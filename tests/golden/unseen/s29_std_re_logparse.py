# Parsing a web server log with re
import re

LOG = """\
127.0.0.1 - - [10/Oct/2023:13:55:36] "GET /index.html HTTP/1.1" 200 2326
192.168.1.5 - - [10/Oct/2023:13:56:01] "POST /login HTTP/1.1" 302 512
10.0.0.7 - - [10/Oct/2023:13:57:12] "GET /missing.png HTTP/1.1" 404 0
127.0.0.1 - - [10/Oct/2023:13:58:40] "GET /about HTTP/1.1" 200 1500
"""

pattern = re.compile(r'''
    (?P<ip>\d+(?:\.\d+){3})      # client address
    \s-\s-\s
    \[(?P<when>[^\]]+)\]\s
    "(?P<method>[A-Z]+)\s(?P<path>\S+)\s[^"]+"\s
    (?P<status>\d{3})\s(?P<size>\d+)
''', re.VERBOSE)

total = 0
for m in pattern.finditer(LOG):
    print(m.group("ip"), m["method"], m.group("path", "status"), m.span("status"))
    total += int(m["size"])
print("bytes:", total)
print(pattern.groupindex["path"], pattern.groups)

first = pattern.search(LOG)
print(first.groupdict())
print(re.findall(r'"(GET|POST) (\S+)', LOG))
print(re.findall(r"\b\d{3}\b(?= \d)", LOG))

def mask(m):
    parts = m.group(0).split(".")
    return ".".join(parts[:2] + ["x", "x"])

print(re.sub(r"\d+\.\d+\.\d+\.\d+", mask, LOG.splitlines()[1]))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "alice@example.com, bob@test.com"))
print(re.subn(r"\s+", " ", "too   many    spaces here"))
print(re.split(r"[,;]\s*", "a, b;c,   d"))
print(re.split(r"(-)", "2023-10-10"))
print(re.fullmatch(r"\d{4}-\d{2}-\d{2}", "2023-10-10") is not None, re.fullmatch(r"\d+", "12a"))
print(re.match(r"(?i)hello", "HeLLo world").group())
print(re.escape("price: $5.00 (approx)"))
m = re.search(r"(\d+)-(\d+)?", "range 10-")
print(m.groups(), m.groups("none"), m.lastindex, m.re.pattern)
print(re.sub(r"(?P<word>\b\w)", lambda m: m["word"].upper(), "the quick brown fox"))
print(re.findall(r"(?m)^\d+\.\d+\.\d+\.\d+", LOG))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e, e.pos)
print(repr(re.compile(r"ab+", re.I | re.M)))
print(repr(re.search(r"b+", "aabbbc")))
