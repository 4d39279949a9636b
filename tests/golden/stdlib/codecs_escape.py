"""unicode_escape and raw_unicode_escape."""
import codecs

for t in ['abc', 'a\xe9\u20ac\U0001f600\n\t\r\\\'"\x00\x7f\x1f', '\x80\xff\u0100\uffff\U00010000']:
    for enc in ['unicode_escape', 'raw_unicode_escape']:
        b = t.encode(enc)
        print(enc, b, b.decode(enc) == t)

CASES = [b'\\\\u0041', b'\\\\\\u0041', b'\\u0041\\', b'a\\x', b'\\N', b'\\Nx', b'\\N{', b'\\N{abc',
         b'\\N{}', b'\\N{LATIN SMALL LETTER A', b'\\N{latin small letter a}b', b'\\N{EURO SIGN}',
         b'\\N{CJK UNIFIED IDEOGRAPH-4E00}', b'\\N{HANGUL SYLLABLE GAG}', b'\\N{nope}',
         b'\\U0001', b'\\u', b'\\x', b'\\xg0', b'\\0', b'\\08', b'\\101\\7',
         b'\\a\\b\\f\\v\\\n\\\'\\"', b'\\U0001F600', b'\\U00110000', b'\\x41\\u00e9\\U000020ac',
         b'\xe9\\xe9', b'\\']
for d in CASES:
    print(d)
    for args in [('unicode_escape',), ('raw_unicode_escape',), ('unicode_escape', 'replace'),
                 ('raw_unicode_escape', 'backslashreplace'), ('unicode_escape', 'ignore')]:
        try:
            print('  ', ascii(d.decode(*args)))
        except UnicodeDecodeError as e:
            print('  ', e, e.start, e.end)
    for f in [codecs.unicode_escape_decode, codecs.raw_unicode_escape_decode]:
        try:
            print('  ', ascii(f(d, 'strict', False)))
        except UnicodeDecodeError as e:
            print('  ', e)
print(codecs.unicode_escape_decode('a\\n'), codecs.raw_unicode_escape_decode('\\u20ac'))
print(codecs.escape_encode(b"a\n\x00'\\\xff"), codecs.escape_decode(b'a\\n\\x41\\101'))
