# Caesar and substitution ciphers with string constants and str.maketrans.
import string

def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)

msg = "Hello, World! Attack at dawn."
enc = caesar(msg, 3)
print(enc, caesar(enc, -3), caesar(msg, 13) == caesar(caesar(msg, 13), 26))
strip_punct = str.maketrans("", "", string.punctuation)
print(msg.translate(strip_punct))
print(str.maketrans({"a": "1", "b": None}), "abc".translate({ord("a"): "A", ord("c"): None}))
counts = {ch: msg.lower().count(ch) for ch in string.ascii_lowercase if ch in msg.lower()}
print(counts)
print([c for c in "a1 B2_?" if c in string.ascii_letters], [c for c in "0x1F" if c in string.hexdigits])
print(string.ascii_lowercase.index("q"), string.digits[::-1], string.octdigits)
print(all(c in string.printable for c in msg), "\x00" in string.printable, repr(string.whitespace))
print(string.capwords("hello   world"), string.capwords(" tab\tsep "), "hello   world".title())
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": "c"})
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans(1)
except TypeError as e:
    print("TypeError:", e)
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"abc".translate(None, b"b"))
vowels = set("aeiou")
print("".join("*" if c in vowels else c for c in "programming"))
print(string.Template.delimiter, string.Template.idpattern, string.Template.flags)
print(sorted(n for n in dir(string) if not n.startswith("_"))[:12])
