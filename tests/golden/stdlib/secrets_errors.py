import secrets

def attempt(f, *a):
    try:
        r = f(*a)
        print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

attempt(secrets.randbelow, 0)
attempt(secrets.randbelow, -5)
attempt(secrets.randbits, -1)
attempt(secrets.choice, [])
attempt(secrets.choice, '')
attempt(secrets.token_bytes, -1)
attempt(secrets.token_hex, 'x')
attempt(secrets.token_urlsafe, 1.5)
attempt(secrets.compare_digest, 'a', b'a')
attempt(secrets.compare_digest, 1, 1)
attempt(secrets.compare_digest, 'é', 'é')
attempt(secrets.SystemRandom().getstate)
attempt(secrets.SystemRandom().setstate, None)
print(secrets.SystemRandom is __import__('random').SystemRandom)
