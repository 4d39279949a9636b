# set_add_entry reuses the last dummy slot it passed on its probe (not the first): the
# order of a set after discards and adds, and of ^ / symmetric_difference.
a13 = {18446744073709551620, 1002719457147185057992, 1036437061807161457243, 2305843009213693954, 373452, 2, 2147483648}
b14 = {4294967297, 2147483648, 2305843009213693954, 100000000000, 1036437061807161457243}
print(a13)
print(b14)
print(a13.symmetric_difference(b14))
print(b14.symmetric_difference(a13))
c = set(a13); c ^= b14; print(c)
print(a13 ^ b14)
import random
random.seed(5)
for trial in range(300):
    s = set()
    ops = []
    for step in range(60):
        k = random.choice([random.randrange(64), random.randrange(1 << 40), -random.randrange(100), str(random.randrange(30))])
        if random.random() < 0.45 and s:
            x = random.choice(sorted(s, key=repr))
            s.discard(x)
        else:
            s.add(k)
    print(trial, list(s))
