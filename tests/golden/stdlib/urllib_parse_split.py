"""urllib.parse: splitting, unsplitting, result objects and netloc attributes."""
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse, urldefrag,
                          SplitResult, ParseResult, SplitResultBytes)
import urllib.parse


def show(label, func, *args):
    try:
        print(label, repr(func(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


urls = [
    "http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag",
    "HTTPS://[::1]:443/x",
    "https://[fe80::1%25eth0]/",
    "ftp://host/",
    "mailto:someone@example.com",
    "//netloc/only?x",
    "path/only;params?q#f",
    "  \x01http://a\tb/c\nd",
    "file:///etc/passwd",
    "svn+ssh://u@h/r",
    "1http://x",
    "http:80",
    "http://h:/",
]
for u in urls:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(s))
    print(repr(p))
    print(" ", s.username, s.password, s.hostname, s.port, "|", s.geturl(), "|", p.geturl())
    print(" ", urlunsplit(s) == s.geturl(), urlunparse(p))

for bad in ["http://h:abc/", "http://h:70000/", "http://h:-1/", "http://h:١/"]:
    show("port", lambda u: urlsplit(u).port, bad)
for bad in ["http://[::1/", "http://::1]/", "http://[1.2.3.4]/", "http://[vz]/",
            "http://[zz]/", "http://[v7.a]/", "http://a\uff0fb/", "http://é/"]:
    show("split", urlsplit, bad)

show("fragments off", urlsplit, "http://h/p?q#f", "", False)
show("default scheme", urlparse, "//h/p", "gopher")
show("mix", urlsplit, "http://h", b"x")
show("mix join", urllib.parse.urljoin, "http://h", b"x")
show("defrag", urldefrag, "http://h/p;a?q#f")
show("defrag none", urldefrag, "http://h/p")
print(urldefrag("http://h/p#x").geturl(), urldefrag(b"a#b").geturl())

b = urlsplit(b"http://u@H:1/p?q#f")
print(repr(b), b.hostname, b.port, b.username, b.password)
print(repr(b.decode()), repr(urlsplit("http://x/").encode("ascii")))
print(type(urlparse(b"x").decode()).__name__, isinstance(b, SplitResultBytes))
print(repr(urldefrag(b"a#b")))
print(urlunsplit(("http", "", "x", "", "")), urlunsplit(("", "", "//x", "", "")),
      urlunsplit(("mailto", "", "a@b", "", "")), urlunparse(("http", "h", "p", "x", "q", "f")))
r = SplitResult("http", "h", "/", "", "")._replace(query="a=1")
print(r.geturl(), r._fields, ParseResult._fields)
print(urllib.parse.unwrap("<URL:http://a/b>"), urllib.parse.uses_netloc[:3])
