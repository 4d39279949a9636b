def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m):
    return [list(r) for r in zip(*m)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j+1:] for row in m[1:]]) for j in range(len(m)))

A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B), transpose(A), det(A), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
identity = [[int(i == j) for j in range(3)] for i in range(3)]
for row in identity:
    print(" ".join(f"{v:3d}" for v in row))
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i*i::i] = [False] * len(sieve[i*i::i])
    return [i for i, p in enumerate(sieve) if p]
print(primes(50))
print(2 ** 64, -2 ** 63, 10 ** 20 // 7, 10 ** 20 % 7, (-7) // 2, -7 % 2, 7 // -2)
print(int("ff", 16), int("0b101", 0), int("  42  "), hex(255), oct(8), bin(10), int(3.99), int(-3.99))
print(round(123.456, -1), round(123.456, 1), round(0.125, 2), round(1e300 * 10), 1e308 * 10 == float("inf"))
print(3 / 2, 3 // 2, 3 % 2, -3 / 2, 2 ** -1, 2 ** 0.5, (-8) ** (1/3))
print((1).bit_length(), (255).bit_length(), (10).bit_count(), (-5).__abs__(), 5 .real, (3+4j).imag, abs(3+4j))
print(float("3.5"), float("-inf"), float(" 1e3 "), 1.0.is_integer(), (0.1).as_integer_ratio(), 1.5.hex())
print(complex(1, 2) * complex(3, -1), (1+2j).conjugate(), complex("1+2j"), 1j ** 2)
print(sum(range(1, 101)), sum([[1], [2]], []), sum([0.1, 0.2, 0.3]), max(3, 7, 5), min([], default="empty"))
print(f"{2**100:,}", len(str(2 ** 1000)), str(12345678901234567890 * 98765432109876543210))
print(bool(0), bool(0.0), bool(""), bool([]), bool(None), bool("0"), True + True, True * 3)
print(7 .__truediv__(2), (7).__rtruediv__(2), 10 .__divmod__(3), isinstance(True, int), 0.1 * 3 == 0.3)
import math
print(math.isqrt(10**20), 10**20 == 1e20, 2**53 + 1 == float(2**53 + 1), hash(1.0) == hash(1))
print(1_000_000, 0x_ff, 0o17, 0b1111_0000, 1e-10, 1.5e10, 12e0, 3.14e-3)
print(int.from_bytes(b"\xff\xff", "little", signed=True), (2**70).to_bytes(9, "big").hex())
print(divmod(7.5, 2), 7.5 % -2, -0.0 == 0.0, str(-0.0), float("nan") == float("nan"), 5 / 0.5)
