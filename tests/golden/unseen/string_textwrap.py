import string
import textwrap

print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.capwords("hello   world  foo"))
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="Tim", what="apple"))
print(t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
fmt = string.Formatter()
print(fmt.format("{0}-{x}", 1, x=2), list(fmt.parse("a{b}c{d!r:>3}")))
text = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(text, width=40, placeholder=" [...]"))
code = """
    def f():
        return 1
"""
print(textwrap.dedent(code))
print(textwrap.indent("a\nb\n\nc", "  | "))
print(textwrap.indent("a\nb", "+", lambda line: True))
w = textwrap.TextWrapper(width=20, break_long_words=True)
print(w.wrap("supercalifragilisticexpialidocious word"))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5))
print("Hello World".swapcase(), "hello world".title(), "  x ".strip(), "a-b-c".rsplit("-", 1))
print("tab\tsep".expandtabs(4), "x".join("abc"), "abcabc".count("bc"), "hello".partition("l"))
print("ß".upper(), "ǅ".lower(), "straße".casefold(), "ABC".isupper(), "a1".isalnum())
print("%s is %d years and %.2f%%" % ("Al", 30, 99.5), "%-5s|%5s|" % ("a", "b"), "%x %o %e" % (255, 8, 12345.678))
print("{:,}".format(1234567), "{:_}".format(1234567), "{:08.3f}".format(-3.14159))
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
print("a,b,,c".split(","), " a  b ".split(), "line1\nline2\r\n".splitlines(True))
print("hello"[::-1], "x".isidentifier(), "Hello".startswith(("He", "x")), "file.py".removesuffix(".py"))
