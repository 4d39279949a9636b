# Formal name aliases (NameAliases.txt) and named sequences: unicodedata.lookup and
# "\N{...}" know the aliases, lookup alone knows named sequences, and name() never
# returns an alias.
import unicodedata

ALIASES = ['BYTE ORDER MARK', 'BEL', 'NULL', 'NUL', 'LATIN CAPITAL LETTER GHA',
           'LATIN SMALL LETTER GHA', 'LINE FEED', 'LF', 'CARRIAGE RETURN', 'ESCAPE', 'ESC',
           'DELETE', 'DEL', 'NO-BREAK SPACE', 'NBSP', 'ZWNJ', 'ZWJ', 'ZWSP', 'SHY',
           'NEL', 'NEXT LINE', 'END OF LINE', 'EOL', 'FORM FEED', 'FF', 'CHARACTER TABULATION',
           'TAB', 'HORIZONTAL TABULATION', 'PADDING CHARACTER', 'PAD', 'SINGLE SHIFT TWO',
           'VS1', 'VS16', 'VS17', 'VS256', 'WORD JOINER', 'WJ', 'KANNADA LETTER LLLA',
           'HANGUL JONGSEONG YESIEUNG-KIYEOK', 'byte order mark', 'bel', 'Null',
           'PRIVATE USE ONE', 'PU1', 'MEDIUM MATHEMATICAL SPACE', 'MMSP',
           'BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS',
           'CUNEIFORM SIGN NU11 TENU', 'ZERO WIDTH NO-BREAK SPACE', 'BELL',
           'LATIN CAPITAL LETTER OI', 'NO SUCH ALIAS', 'BYTE ORDER MARKS', '']
for name in ALIASES:
    try:
        ch = unicodedata.lookup(name)
    except KeyError as e:
        print(repr(name), 'KeyError', e)
        continue
    print(repr(name), ascii(ch), unicodedata.name(ch, None))

# the same through bytes and the \N escape (in literals and through the codec)
print(ascii(unicodedata.lookup(b'BEL')), ascii(unicodedata.lookup(b'BYTE ORDER MARK')))
print(ascii('\N{BEL}\N{BYTE ORDER MARK}\N{LATIN CAPITAL LETTER GHA}\N{NULL}'))
print(ascii('\N{byte order mark}\N{nbsp}\N{vs1}'))
print(ascii(b'\\N{BEL}\\N{ZWJ}'.decode('unicode_escape')))
print(ascii(eval(r'"\N{ESC}[0m"')))

# named sequences: lookup only
SEQUENCES = ['LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'KEYCAP DIGIT ONE',
             'latin small letter a with macron and grave', 'TAMIL SYLLABLE KSSA',
             'GEORGIAN LETTER U-BRJGU', 'KEYCAP NUMBER SIGN']
for name in SEQUENCES:
    try:
        print(repr(name), ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print(repr(name), 'KeyError', e)
for src in [r'"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"', r'"\N{KEYCAP DIGIT ONE}"',
            r'"\N{NO SUCH NAME}"', r'"\N{BEL"', r'"\N{}"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print('SyntaxError', e.msg)
for data in [b'\\N{KEYCAP DIGIT ONE}', b'\\N{NOPE}']:
    try:
        print(ascii(data.decode('unicode_escape')))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e.reason, e.start, e.end)

# name() gives the character's own name, never an alias
for ch in ['\x00', '\x07', '\x1b', '\ufeff', '\u01a2', '\u200d', '\xa0', '\x85', '\ufe00',
           '\U000e0100', '\U0001d0c5']:
    print(ascii(ch), unicodedata.name(ch, None))
try:
    unicodedata.name('\x07')
except ValueError as e:
    print('ValueError', e)
