# Nested while/for loops with int arithmetic.
total = 0
i = 0
while i < 9000:
    for j in range(1000):
        total += (i * j) % 7 - (j & 3)
    i += 1
print(total)
