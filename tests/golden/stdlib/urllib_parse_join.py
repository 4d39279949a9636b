"""urllib.parse.urljoin: RFC 3986 reference resolution examples and odd cases."""
from urllib.parse import urljoin

base = "http://a/b/c/d;p?q"
refs = ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s",
        ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../",
        "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..",
        "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y",
        "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "https:g", "//h:1/x"]
for ref in refs:
    print(repr(ref), "->", urljoin(base, ref))

for b, r in [("http://a/b/c/", "../../../x"), ("http://a", "b"), ("http://a/", "?q"),
             ("http://a/b#f", ""), ("", "x"), ("mailto:a@b", "c"),
             ("file:///tmp/x/y", "../z"), ("ftp://h/a//b/", "c//d/./"),
             ("http://a/b/c", "g#frag"), ("svn+ssh://h/r/", "s/t"),
             ("http://a/b/c", "HTTP://other/x"), ("unknown://a/b", "c"),
             ("http://a/b/c", "//user@host:9/p?q"), ("http://a/b/c/d", "../../..//x")]:
    print(repr(b), repr(r), "->", repr(urljoin(b, r)))
print(urljoin("http://a/b/c", "g#s", allow_fragments=False))
print(urljoin(b"http://a/b/c", b"../d"), urljoin("", b"x"), urljoin(b"http://a/", b""))
