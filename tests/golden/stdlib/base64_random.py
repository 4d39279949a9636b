# base64: seeded random inputs and options for every codec (compared with CPython)
import base64, random, array, io
rng = random.Random(7)
def r(f, *a, **k):
    try:
        v = f(*a, **k)
    except Exception as e:
        v = '%s: %s' % (type(e).__name__, e)
    print(f.__name__, repr(a)[:60], sorted(k.items()), '->', v)
alph85 = b'!"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ \n\t\x00\x80'
for i in range(1200):
    n = rng.randrange(0, 14)
    kind = rng.random()
    if kind < 0.3:
        data = bytes(rng.choice([0, 0, 32, 32, 1, 255, rng.randrange(256)]) for _ in range(n))
    else:
        data = bytes(rng.choice(alph85) for _ in range(n))
    which = rng.randrange(12)
    if which == 0:
        r(base64.a85encode, data, foldspaces=rng.random() < .5, wrapcol=rng.choice([0, 1, 2, 3, 4, 5, 7, -1, True, None, 2.0, 3.0]), pad=rng.random() < .5, adobe=rng.random() < .5)
    elif which == 1:
        r(base64.b85encode, data, pad=rng.random() < .5)
    elif which == 2:
        r(base64.a85decode, data, foldspaces=rng.random() < .5, adobe=rng.random() < .3,
          ignorechars=rng.choice([b' \t\n\r\v', b'', b'z', b'u~', [32, 10]]))
    elif which == 3:
        r(base64.b85decode, data)
    elif which == 4:
        r(base64.b32encode, data); r(base64.b32hexencode, data)
    elif which == 5:
        d = bytes(rng.choice(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567abcxyz01=====!') for _ in range(rng.choice([0, 8, 16, n])))
        r(base64.b32decode, d, casefold=rng.random() < .5, map01=rng.choice([None, b'L', b'I', 'l', b'', b'LI']))
        r(base64.b32hexdecode, d, casefold=rng.random() < .5)
    elif which == 6:
        d = bytes(rng.choice(b'0123456789ABCDEFabcdefgG\n') for _ in range(n))
        r(base64.b16decode, d, casefold=rng.random() < .5); r(base64.b16encode, data)
    elif which == 7:
        d = bytes(rng.choice(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123456789+/-_=\n !') for _ in range(n))
        r(base64.b64decode, d, altchars=rng.choice([None, b'-_', b'*!']), validate=rng.random() < .5)
        r(base64.urlsafe_b64decode, d)
    elif which == 8:
        r(base64.b64encode, data, altchars=rng.choice([None, b'-_', b'*!']))
        r(base64.urlsafe_b64encode, data)
    elif which == 9:
        for back in (base64.a85decode(base64.a85encode(data, pad=False)),
                     base64.b85decode(base64.b85encode(data)),
                     base64.b32decode(base64.b32encode(data))):
            if back != data:
                print("ROUND TRIP", data, back)
    elif which == 10:
        d = data * rng.randrange(1, 12)
        r(base64.encodebytes, d)
        r(base64.decodebytes, base64.encodebytes(d))
    else:
        src = io.BytesIO(data * rng.randrange(1, 20)); dst = io.BytesIO()
        base64.encode(src, dst); out = dst.getvalue(); back = io.BytesIO()
        base64.decode(io.BytesIO(out), back)
        print('file', out, back.getvalue() == src.getvalue())
r(base64.a85encode, b'', wrapcol=2.5)
r(base64.a85encode, b'', wrapcol='x')
r(base64.a85encode, b'', wrapcol='x', adobe=True)
