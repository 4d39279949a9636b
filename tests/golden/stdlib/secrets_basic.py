import secrets

print(sorted(secrets.__all__), secrets.DEFAULT_ENTROPY)
for n in (None, 0, 1, 5, 16, 32, 33, 100):
    b = secrets.token_bytes(n)
    h = secrets.token_hex(n)
    u = secrets.token_urlsafe(n)
    print(n, type(b).__name__, len(b), type(h).__name__, len(h),
          all(c in '0123456789abcdef' for c in h), len(u),
          all(c.isalnum() or c in '-_' for c in u))
print(len(secrets.token_bytes()), len(secrets.token_hex()), len(secrets.token_urlsafe()))
print(len({secrets.token_hex(16) for _ in range(20)}))
for k in (0, 1, 7, 8, 64, 200):
    r = secrets.randbits(k)
    print(k, type(r).__name__, 0 <= r < 2 ** k if k else r == 0)
for n in (1, 2, 10, 1 << 70):
    vals = [secrets.randbelow(n) for _ in range(50)]
    print(n, all(0 <= v < n for v in vals))
print(secrets.randbelow(1))
seq = ['a', 'b', 'c']
print(all(secrets.choice(seq) in seq for _ in range(30)), secrets.choice('x'), secrets.choice((5,)))
print(sorted({secrets.choice(range(3)) for _ in range(200)}))
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest('abc', 'abd'),
      secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest(b'', b''),
      secrets.compare_digest('a', 'ab'), secrets.compare_digest(bytearray(b'x'), b'x'))
sr = secrets.SystemRandom()
print(type(sr).__name__, 0.0 <= sr.random() < 1.0, 1 <= sr.randint(1, 6) <= 6)
x = list(range(10)); sr.shuffle(x); print(sorted(x))
print(len(sr.sample(range(100), 5)), type(sr.uniform(1, 2)).__name__)
print(sr.seed(1))
