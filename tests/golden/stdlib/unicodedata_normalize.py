"""unicodedata.normalize / is_normalized: the four forms over many strings (Hangul,
canonical ordering, composition exclusions, compatibility mappings)."""
import unicodedata as u
import zlib

CASES = ['', 'abc', 'e\u0301', '\xe9', 'A\u030a', '\u212b', '\u1e9b\u0323', '\u0071\u0307\u0323',
         '\u1100\u1161', '\u1100\u1161\u11a8', '\uac00\u11a8', '\uac01', '\u1100\u1161\u0300\u11a8',
         '\u0344', '\u0958', '\u2126', '\ufb01', '\u2460', '\u00bd', '\u1e0a\u0323', '\u0d4a',
         '\u0b47\u0b3e', 'a\u0328\u0301', 'a\u0301\u0328', '\u0041\u0301\u0301', '\u00c5\u0301',
         '\u1f80', '\u03d3', '\u0385', '\ufdfa', '\u3200', '\U0001d400', '\U0002f800',
         'o\u0308\u0304', '\u01d5', '\u0e33', '\u09cb', '\u0627\u0653', '\u0f73', '\u0f81',
         'x\u0305\u0323\u0301\u0327', 'cafe\u0301 na\u0308ive', '\u1e9b', '\uff76\uff9e',
         '\u30ab\u3099', '\u3071', '\u0309\u0041', '\u05d0\u05b7\u05bc', '\U0001109a',
         '\U00011099\U000110ba', '\u0cca', '\u2000', '\u00a8', '\u01c4', '\u3131', '\uff21']
for s in CASES:
    row = [ascii(s)]
    for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
        n = u.normalize(form, s)
        row.append('%s=%s%s' % (form, ascii(n), '' if u.is_normalized(form, s) else '*'))
    print(' '.join(row))

# every code point alone, and in pairs with combining marks, under each form (checksums)
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    h = 0
    chunk = []
    for cp in list(range(0x3400)) + list(range(0xa000, 0xd800)) + list(range(0xf900, 0x10000)) \
            + list(range(0x10000, 0x110000, 7)):
        c = chr(cp)
        n = u.normalize(form, c)
        if n != c:
            chunk.append('%x:%s' % (cp, ascii(n)))
        if len(chunk) > 2000:
            h = zlib.crc32('\n'.join(chunk).encode(), h)
            chunk = []
    h = zlib.crc32('\n'.join(chunk).encode(), h)
    print(form, h)

pool = [chr(c) for c in range(0x300, 0x370)] + [chr(c) for c in range(0x1100, 0x1116)] + \
       [chr(c) for c in range(0x1161, 0x1170)] + [chr(c) for c in range(0x11a8, 0x11b0)] + \
       list('aeouAEOUcCnNsS') + ['\u05b7', '\u05bc', '\u0591', '\u0f71', '\u0f72', '\u0f80',
                                  '\uac00', '\uac1c', '\u0b47', '\u0b3e', '\u0b57', '\u0cc6',
                                  '\u0cd5', '\u0cc2', '\u3099', '\u309a', '\u304b', '\u00c5']
x = 7
h = {f: 0 for f in ['NFC', 'NFD', 'NFKC', 'NFKD']}
flags = 0
for i in range(8000):
    x = (x * 1103515245 + 12345) & 0x7fffffff
    n = 1 + x % 5
    s = ''
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        s += pool[x % len(pool)]
    for f in h:
        r = u.normalize(f, s)
        h[f] = zlib.crc32(r.encode(), h[f])
        flags += u.is_normalized(f, s)
print(h, flags)

for f in [lambda: u.normalize('NFX', 'a'), lambda: u.normalize('nfc', 'a'),
          lambda: u.normalize(1, 'a'), lambda: u.normalize('NFC', 1),
          lambda: u.normalize('NFC'), lambda: u.is_normalized('NFC', b'a'),
          lambda: u.is_normalized('x', 'a'), lambda: u.normalize('NFC', 'a', 'b')]:
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = 'already'
print(u.normalize('NFC', s) is s, u.normalize('NFKD', s) == s)
