# Floor division and modulo follow the sign of the divisor.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, -7.5 % 2, divmod(-7.5, 2))
print(2 ** -1, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(pow(3, 200, 1000), pow(3, -1, 7))
print(10 ** 30 // 7, -(10 ** 30) % 7)
print(1 << 100, (1 << 100) >> 98, -1 >> 5, ~5, -5 & 0xFF)
