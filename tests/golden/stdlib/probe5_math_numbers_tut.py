import math
def is_prime(n):
    if n < 2: return False
    for p in range(2, math.isqrt(n) + 1):
        if n % p == 0: return False
    return True
print([n for n in range(50) if is_prime(n)])
print([math.comb(6, k) for k in range(7)], sum(math.comb(10, k) for k in range(11)))
print(math.factorial(30), len(str(math.factorial(100))), math.gcd(*[84, 126, 210]), math.lcm(*range(1, 11)))
def quad(a, b, c):
    d = b * b - 4 * a * c
    if d < 0: return None
    r = math.sqrt(d)
    return ((-b + r) / (2 * a), (-b - r) / (2 * a))
print(quad(1, -3, 2), quad(1, 2, 5), quad(2, 4, 2))
pts = [(0, 0), (3, 4), (6, 8), (-1, 2.5)]
print([math.dist(pts[0], p) for p in pts], math.dist((1, 2, 3), (4, 6, 3)))
print([round(math.degrees(math.atan2(y, x)), 4) for x, y in pts[1:]])
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(0.5), round(1.5))
print(math.floor(-0.5), math.ceil(-0.5), int(-0.5), -7 // 2, -7 % 2, divmod(-7, 2), divmod(7.5, 2), 7.5 // -2, 2 ** -1, (-8) ** (1 / 3))
print(math.fsum([1e100, 1.0, -1e100, 1.0]), sum([1e100, 1.0, -1e100, 1.0]), math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.erf(0.5), math.erfc(0.5), math.gamma(5.5), math.lgamma(10.5), math.cbrt(27) if hasattr(math, 'cbrt') else 3.0, math.acosh(2), math.atanh(0.5), math.remainder(10, 3))
print(float('1e308') * 10, -float('inf'), float('nan') == float('nan'), math.inf - math.inf, 1e-320, 5e-324 / 2, (2 ** 53 + 1) == float(2 ** 53 + 1))
print((0.1).hex(), float.fromhex('0x1.8p1'), (2.5).as_integer_ratio(), (10.0).is_integer(), (1e22).__repr__(), 1e16, 123456789012345678.0, 0.1 * 3, 1 / 3)
print(int('ff', 16), int('0b101', 0), int(' 42 '), hex(255), oct(8), bin(-5), (255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'), (1023).bit_length(), (7).bit_count())
print(pow(3, 4, 5), pow(3, -1, 7), pow(2, 100), abs(-3 + 4j), complex(1, 2) * complex(3, -1), (1 + 2j).conjugate(), divmod(17, -5))
