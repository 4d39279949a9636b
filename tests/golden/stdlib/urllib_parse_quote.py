"""urllib.parse: quote/unquote family, urlencode and parse_qs/parse_qsl."""
from urllib.parse import (quote, quote_plus, unquote, unquote_plus, quote_from_bytes,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)


def show(label, func, *args, **kwargs):
    try:
        print(label, repr(func(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


s = "a b/c?d=é&f~g_h.i-j+k%"
show("quote", quote, s)
show("quote safe", quote, s, safe="?=&")
show("quote empty safe", quote, "/a/", "")
show("quote latin1", quote, "é€", encoding="latin-1", errors="replace")
show("quote strict", quote, "€", encoding="latin-1")
show("quote bytes", quote, b"\x00\xff /")
show("quote bytes enc", quote, b"x", encoding="utf-8")
show("quote bytes err", quote, b"x", errors="strict")
show("quote int", quote, 5)
show("quote_plus", quote_plus, s)
show("quote_plus bytes", quote_plus, b"a b+c", b"+")
show("quote_plus nospace", quote_plus, "a/b")
show("qfb", quote_from_bytes, b"a&b\x80", "&")
show("qfb str", quote_from_bytes, "abc")
show("qfb safe bytes", quote_from_bytes, b"a/b~", b"/\xff")
show("unquote", unquote, "a%20b%2Fc%zz%4%e9%C3%A9é%C3")
show("unquote latin1", unquote, "%e9%E9", encoding="latin-1")
show("unquote strict", unquote, "%ff", errors="strict")
show("unquote bytes", unquote, b"%41%42")
show("unquote_plus", unquote_plus, "a+b%2B")
show("utb", unquote_to_bytes, "a%2%41%C3%A9é")
show("utb empty", unquote_to_bytes, "")
show("utb none", unquote_to_bytes, None)
show("utb bytes", unquote_to_bytes, b"%41%+1")

show("urlencode dict", urlencode, {"a": 1, "b c": "d&e", b"k": b"v w"})
show("urlencode pairs", urlencode, [("x", [1, 2]), ("y", "z")])
show("urlencode doseq", urlencode, [("x", [1, 2]), ("y", "zz"), ("n", 3), ("b", (b"p q",))],
     doseq=True)
show("urlencode via quote", urlencode, {"a b": "c/d"}, quote_via=quote, safe="/")
show("urlencode enc", urlencode, {"k": "é"}, encoding="latin-1")
show("urlencode str", urlencode, "abc")
show("urlencode bad", urlencode, [1, 2])
show("urlencode empty", urlencode, [])

q = "a=1&b=2&a=3&empty=&novalue&c=%20x+y&&d=%C3%A9"
show("parse_qsl", parse_qsl, q)
show("parse_qsl blank", parse_qsl, q, keep_blank_values=True)
show("parse_qs", parse_qs, q)
show("parse_qs blank", parse_qs, q, True)
show("strict", parse_qsl, q, strict_parsing=True)
show("strict empty", parse_qsl, "a=1&&b=2", strict_parsing=True)
show("max ok", parse_qsl, "a=1&b=2", max_num_fields=2)
show("max exceeded", parse_qsl, "a=1&b=2&c=3", max_num_fields=2)
show("separator", parse_qs, "a=1;b=2&c=3", separator=";")
show("bad separator", parse_qsl, "a=1", separator="")
show("bad separator type", parse_qsl, "a=1", separator=5)
show("bytes", parse_qsl, b"a=1&b=x+y")
show("bytes nonascii", parse_qsl, b"a=%C3%A9")
show("latin1", parse_qs, "k=%E9", encoding="latin-1")
show("empty", parse_qs, "")
