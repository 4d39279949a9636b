# There is one empty string: a literal, a slice, a method's result and str() are it.
e = ""
made = [
    "".upper(), "ab"[2:], str(), "".join([]), "  ".strip(), format("", ""),
    "abc".replace("abc", ""), "x" * 0, "%s" % "", f"{e}", "a,b".split(",")[0][1:],
    repr("")[1:-1], str(b"", "ascii"), "".lower(), "abc"[::-1][3:],
]
print([m is e for m in made])
print(len({id(m) for m in made} | {id(e)}))
