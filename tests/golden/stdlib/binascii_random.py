# binascii and base64 against CPython on random data: base64 lines (both modes) of
# damaged input, quoted-printable with every option, uu lines, crc32/crc_hqx with
# random start values, hexlify separators, the base32/85/Ascii85 codecs on damaged input.
import base64
import binascii
import random

R = random.Random(5)
B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def show(name, f):
    try:
        r = f()
    except Exception as e:
        r = 'EXC %s %s' % (type(e).__name__, e)
    print(name, repr(r))


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def damaged(data, pool):
    data = bytearray(data[:R.randrange(len(data) + 1)])
    if data and R.random() < .6:
        data[R.randrange(len(data))] = R.choice(pool)
    return bytes(data)


for i in range(120):
    d = rbytes(R.randrange(0, 50))
    show('b2a_base64', lambda: binascii.b2a_base64(d, newline=R.random() < .5))
    e = binascii.b2a_base64(d)
    s = bytes(R.choice(B64 + b'====\n\n !*-_\xff') for _ in range(R.randrange(0, 16)))
    show('a2b %r' % s, lambda: binascii.a2b_base64(s))
    show('a2b strict %r' % s, lambda: binascii.a2b_base64(s, strict_mode=True))
    s = damaged(e, b'=\n!A')
    show('a2b %r' % s, lambda: binascii.a2b_base64(s))
    show('a2b strict %r' % s, lambda: binascii.a2b_base64(s, strict_mode=True))
    q = bytes(R.choice(b'ab=_ \t\r\n.0F9=\x00\xffAZ') for _ in range(R.randrange(0, 90)))
    for flags in range(8):
        show('b2a_qp %d %r' % (flags, q),
             lambda: binascii.b2a_qp(q, flags & 1, flags & 2, flags & 4))
    show('a2b_qp %r' % q, lambda: binascii.a2b_qp(q, header=R.random() < .5))
    show('b2a_uu', lambda: binascii.b2a_uu(d[:45], backtick=R.random() < .5))
    u = damaged(binascii.b2a_uu(d[:45]), bytes(range(256)))
    show('a2b_uu %r' % u, lambda: binascii.a2b_uu(u))
    show('crc32', lambda: binascii.crc32(d, R.randrange(-2**40, 2**40)))
    show('crc_hqx', lambda: binascii.crc_hqx(d, R.randrange(-2**20, 2**20)))
    show('hexlify', lambda: binascii.hexlify(d, R.choice([':', b'-', ' ']), R.randrange(-5, 6)))
    h = d.hex()
    if h and R.random() < .5:
        h = h[:R.randrange(len(h))] + R.choice('gG 0A')
    show('unhexlify %r' % h, lambda: binascii.unhexlify(h))
    x = damaged(base64.b32encode(d), b'=A0188a')
    show('b32decode %r' % x, lambda: base64.b32decode(x))
    show('b32decode casefold map01 %r' % x, lambda: base64.b32decode(x, casefold=True, map01=b'L'))
    show('b32hexdecode %r' % x, lambda: base64.b32hexdecode(x, casefold=True))
    y = damaged(base64.b85encode(d), b'~~"\x00{')
    show('b85decode %r' % y, lambda: base64.b85decode(y))
    d2 = d + R.choice([b'', b'\0\0\0\0', b'    ', b'\0'])
    kw = dict(foldspaces=R.random() < .5, wrapcol=R.choice([0, 0, 1, 2, 3, 5, 10]),
              pad=R.random() < .5, adobe=R.random() < .5)
    show('a85encode %r' % kw, lambda: base64.a85encode(d2, **kw))
    z = damaged(base64.a85encode(d2, **kw), b'zy \x00u~')
    show('a85decode %r' % z, lambda: base64.a85decode(z, foldspaces=kw['foldspaces'],
                                                       adobe=kw['adobe']))
