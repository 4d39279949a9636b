# \N{...} escapes in string literals use the whole Unicode database (and its aliases),
# case-insensitively; bad ones are SyntaxErrors with the escape's byte positions.
print(ascii("\N{LATIN SMALL LETTER A WITH GRAVE}\N{EURO SIGN}\N{snowman}\N{Greek Capital Letter Omega}"))
print(ascii("\N{LATIN CAPITAL LETTER E WITH ACUTE}\N{DIGIT SEVEN}\N{SPACE}\N{NO-BREAK SPACE}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E2D}\N{HANGUL SYLLABLE GA}\N{PILE OF POO}"))
print(ascii("\N{LINE FEED}\N{ZERO WIDTH NO-BREAK SPACE}\N{ZERO WIDTH JOINER}"))
print(ascii(f"\N{BLACK HEART SUIT} {1 + 1}"), ascii(r"\N{EURO SIGN}"), b"\N{EURO SIGN}")
print(len("\N{COMBINING ACUTE ACCENT}e"), "\N{LATIN SMALL LETTER SHARP S}".upper())
for src in ['x = "\\N{FOO}"', 'x = "ab\\N{FOO BAR}"', 'x = "\\N{"', 'x = "\\N"', 'x = "\\N{}"',
            'x = "\\N{abc"', 'x = "ab\\N{}cd"', 'x = "\\Nabc"', 'x = "\\N{EURO SIGN}\\N{NOPE}"']:
    try:
        exec(src)
        print(ascii(x))
    except SyntaxError as e:
        print(e)
