"""unicodedata.name and lookup, and \\N{...} through the unicode_escape codec."""
import unicodedata as u
import zlib

for c in 'a \xe9\u20ac\U0001f600\u4e00\U0002a6d6\uac00\ud7a3\uf900\U0001b170\U00018b00\x00\x7f' \
         '\u0378\ue000\U000e0001\ufdd0\U00017000\u1160\u3400\U000323af':
    print(ascii(c), u.name(c, None))
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'Euro Sign', 'GRINNING FACE',
          'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-04E00',
          'CJK UNIFIED IDEOGRAPH-9FFF', 'CJK UNIFIED IDEOGRAPH-A000', 'CJK UNIFIED IDEOGRAPH-20000',
          'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GAG', 'hangul syllable ga', 'HANGUL SYLLABLE ga',
          'HANGUL SYLLABLE HIH', 'HANGUL SYLLABLE', 'HANGUL SYLLABLE XX',
          'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f900',
          'NUSHU CHARACTER-1B170', 'khitan small script character-18b00',
          'TANGUT IDEOGRAPH-17000', 'LATIN SMALL LETTER A ', ' LATIN SMALL LETTER A', '',
          'x' * 300, 'SPACE', 'NO-BREAK SPACE', 'HYPHEN-MINUS']:
    try:
        print(repr(n[:40]), ascii(u.lookup(n)))
    except KeyError as e:
        print(repr(n[:40]), 'KeyError', e)
print(ascii(u.lookup(b'EURO SIGN')))
for bad in [1, None, bytearray(b'EURO SIGN')]:
    try:
        print(ascii(u.lookup(bad)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    u.name('\u0378')
except ValueError as e:
    print('ValueError', e)

# every name round-trips through lookup; a checksum of all names
h = 0
count = 0
bad = []
for cp in list(range(0xd800)) + list(range(0xe000, 0x30000)) + list(range(0x30000, 0x110000, 5)):
    n = u.name(chr(cp), None)
    if n is None:
        continue
    count += 1
    h = zlib.crc32(n.encode(), h)
    if cp % 3 == 0 and u.lookup(n) != chr(cp):
        bad.append(cp)
print(count, h, bad)
print(ascii(b'\\N{EURO SIGN}\\N{latin capital letter a with grave}'.decode('unicode_escape')))
print(ascii('\u20ac\xe9\U0001f600\uac00'.encode('ascii', 'namereplace')))
