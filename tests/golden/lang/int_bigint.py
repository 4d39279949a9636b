n = 2 ** 100
print(n, n * n, -n // 3, n % 997)
print(int("ff", 16), int("0b1011", 0), int("  -42  "), hex(n), bin(255), oct(8))
print(f"{n:,}", len(str(3 ** 1000)), (10 ** 20).bit_length())
f = 1
for i in range(1, 31):
    f *= i
print(f, f // (2 ** 20), divmod(f, 10 ** 10))
print((-7).to_bytes(2, "big", signed=True), int.from_bytes(b"\x01\x00", "little"))
