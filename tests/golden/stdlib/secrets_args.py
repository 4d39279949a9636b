# secrets: wrong arguments and their CPython messages.
import secrets


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


attempt(secrets.randbelow, 0)
attempt(secrets.randbelow, -1)
attempt(secrets.randbelow, False)
attempt(secrets.randbelow, 'a')
attempt(secrets.randbelow, None)
attempt(secrets.randbelow)
attempt(secrets.randbelow, 1, 2)
attempt(secrets.randbits, 'x')
attempt(secrets.randbits, 1.0)
attempt(secrets.randbits)
attempt(secrets.token_bytes, -3)
attempt(secrets.token_bytes, 2.0)
attempt(secrets.token_bytes, 1, 2)
attempt(secrets.token_hex, -1)
attempt(secrets.token_hex, nbytes='4')
attempt(secrets.token_urlsafe, -2)
attempt(secrets.token_urlsafe, [])
attempt(secrets.token_urlsafe, bad=1)
attempt(secrets.choice, [])
attempt(secrets.choice, 5)
attempt(secrets.choice, {1: 2})
attempt(secrets.compare_digest, b'a')
attempt(secrets.compare_digest, b'a', 'a')
attempt(secrets.compare_digest, 'a', b'a')
attempt(secrets.compare_digest, [1], [1])
attempt(secrets.compare_digest, '\u20ac', 'a')
attempt(secrets.compare_digest, a=b'', b=b'')
print(secrets.compare_digest(b'abc', bytearray(b'abc')), secrets.compare_digest('', ''),
      secrets.compare_digest(memoryview(b'ab'), b'abc'), secrets.compare_digest(b'ab', b'ac'))
