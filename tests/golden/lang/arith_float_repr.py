# Shortest round-trip float repr, rounding and int/float conversion corners.
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(int(-2.9), int(2.9), float('inf'), -float('inf'), float('nan'))
print(f"{3.14159:.2f} {1e22:g} {0.000123:e} {12345.678:,.1f}")
print(7 / 2, 7 // 2.0, 2 ** 0.5, 10 / 4 == 2.5)
print((0.1).hex(), float.fromhex('0x1.8p1'), (2.5).as_integer_ratio())
print(True + True, True * 3.0, abs(-0.0), -0.0)
