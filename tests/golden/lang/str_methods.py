s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(s.strip().lower(), s.strip().upper(), s.strip().swapcase())
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".rsplit(",", 1))
print("-".join(["x", "y", "z"]), "abc".center(9, "*"), "42".zfill(5))
print("hello".replace("l", "L", 1), "hello".find("l"), "hello".rfind("l"), "hello".find("z"))
print("Title case words".title(), "abc".startswith(("x", "a")), "abc".endswith("bc"))
print("ab" * 3, "x" in "xyz", "hello".count("l"), "a\tb".expandtabs(4))
print("line1\nline2\r\nline3".splitlines(), "abc".partition("b"), "é".encode())
