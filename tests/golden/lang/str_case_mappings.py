# str case mappings as CPython 3.11 applies them: titlecase (not uppercase) for the
# first letter of a word, the Greek final sigma in lower(), full case folding.
words = [
    "hello world", "ǆungla ǈubljana ǌegoš ǳemal", "ǅUNGLA", "ﬁnance ﬂow ﬀ", "straße",
    "ΣΑΣ", "ΟΔΟΣ ΟΔΟΣ.", "Σ", "AΣ", "ΑΣ'Α", "ΑΣ.", "ΣΑ", "ΑΣ̈Β", "ΑΣ̈ Β", "ΜΑΪΟΣ-ΜΑΪΟΣ",
    "ᾳ ᾀ ῳ", "ﬓ և", "ŉ ǰ ẖ", "µ ſ ẞ İ ı", "ǅǅǅ", "they're bill's friends", "o'NEIL mcDONALD",
    "a1b2c3 d_e", "ÉCOLE élève", "ⅰⅱ Ⅲ", "ⓐⓑ", "ꭰꭱ Ꭰ",
]
for w in words:
    print(repr(w), "|", w.title(), "|", w.capitalize(), "|", w.lower(), "|", w.upper(),
          "|", w.swapcase(), "|", w.casefold())
print(b"hello wORLD \xc3\xa9".title(), b"ABC\xff".lower(), b"abc".swapcase())
