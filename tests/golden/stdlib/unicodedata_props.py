"""unicodedata: character properties, checked over whole ranges (summarized) and singly."""
import unicodedata as u
import zlib

print(u.unidata_version)
CHARS = 'aZ0\xe9\xbd\u0300\u0345\u05d0\u0660\u0f33\u2160\u2164\u216b\u4e00\u4e07\uac00\uff10' \
        '\U0001d7ce\U00020000\u00a0\u2028\u200b\ufeff\u3000\u1100\u0009\U0010ffff\ue000' \
        '\u0378\u00b2\u2155\u0f2a\U000e0100\u0041\u0301\u1e9b'
for c in CHARS:
    print(ascii(c), u.category(c), ascii(u.bidirectional(c)), u.combining(c),
          u.east_asian_width(c), u.mirrored(c), ascii(u.decomposition(c)),
          u.decimal(c, None), u.digit(c, None), u.numeric(c, None), u.name(c, None))


# Every code point of the busiest blocks, and a sample of the others (the whole range was
# compared with CPython while writing the module).
CPS = [cp for cp in list(range(0x3400)) + list(range(0xa000, 0x10000, 2))
       + list(range(0x10000, 0x110000, 13)) if not 0xd800 <= cp < 0xe000]


def digest(f):
    """A checksum of f over CPS, to compare with CPython."""
    h = 0
    out = []
    for cp in CPS:
        out.append(str(f(chr(cp))))
        if len(out) == 4096:
            h = zlib.crc32('\n'.join(out).encode(), h)
            out = []
    return zlib.crc32('\n'.join(out).encode(), h)


for name in ['category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored',
             'decomposition']:
    print(name, digest(getattr(u, name)))
print('decimal', digest(lambda c: u.decimal(c, -1)))
print('digit', digest(lambda c: u.digit(c, -1)))
print('numeric', digest(lambda c: u.numeric(c, -1)))
print('isdecimal', digest(str.isdecimal), 'isdigit', digest(str.isdigit),
      'isnumeric', digest(str.isnumeric), 'isalpha', digest(str.isalpha),
      'isalnum', digest(str.isalnum), 'isidentifier', digest(str.isidentifier),
      'isprintable', digest(str.isprintable), 'isspace', digest(str.isspace))

for f in [lambda: u.decimal('x'), lambda: u.digit('x'), lambda: u.numeric('x'),
          lambda: u.decimal('\u2155'), lambda: u.digit('\xb2'), lambda: u.decimal('\xb2'),
          lambda: u.numeric('\u2155'), lambda: u.decimal('x', 'dflt'), lambda: u.category('ab'),
          lambda: u.category(''), lambda: u.category(1), lambda: u.category(),
          lambda: u.category('a', 'b'), lambda: u.name('ab'), lambda: u.name(1),
          lambda: u.name(), lambda: u.name('a', 'b', 'c'), lambda: u.name(chr=1),
          lambda: u.decimal(), lambda: u.decimal('1', 2, 3), lambda: u.combining('ab'),
          lambda: u.mirrored(b'a'), lambda: u.east_asian_width(None)]:
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)
