# Big-integer arithmetic: digits of pi from an unbounded spigot (mul and floordiv of big ints).
def pi_digits():
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)


def main():
    digits = []
    for d in pi_digits():
        digits.append(d)
        if len(digits) == 3500:
            break
    text = "".join(map(str, digits))
    print(text[:50], text[-20:], sum(digits))


main()
