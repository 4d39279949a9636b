# secrets: token sizes for every argument form, randbelow/randbits bounds and types,
# choice over several sequence kinds.
import secrets
import string

for n in (None, 0, 1, 2, 3, 7, 31, 32, 64):
    b = secrets.token_bytes(n)
    h = secrets.token_hex(n)
    u = secrets.token_urlsafe(n)
    print(n, len(b), len(h), len(u), set(h) <= set(string.hexdigits.lower()),
          set(u) <= set(string.ascii_letters + string.digits + '-_'), '=' in u)
print(len(secrets.token_bytes(nbytes=5)), len(secrets.token_hex(nbytes=5)),
      len(secrets.token_urlsafe(nbytes=5)))
print(type(secrets.token_bytes(True)).__name__, len(secrets.token_bytes(True)))

for bound in (1, 2, 3, 255, 256, 2 ** 64, 2 ** 200 + 1, True):
    vals = [secrets.randbelow(bound) for _ in range(40)]
    print(bound, all(type(v) is int and 0 <= v < bound for v in vals))
for k in (0, 1, 3, 64, 65, 300):
    vals = [secrets.randbits(k) for _ in range(20)]
    print(k, all(0 <= v < 2 ** k for v in vals) if k else vals[0])
print(secrets.randbits(k=8) < 256)

for seq in ([10, 20, 30], (1,), 'xyz', range(5, 8), b'ab', bytearray(b'q')):
    got = {secrets.choice(seq) for _ in range(60)}
    print(type(seq).__name__, got <= set(seq))

sr = secrets.SystemRandom()
print(isinstance(sr, __import__('random').Random), sr.randrange(1, 2), sr.choice([7]))
print(secrets.compare_digest(secrets.token_hex(4), 'zz'), secrets.DEFAULT_ENTROPY)
print(secrets.__all__)
