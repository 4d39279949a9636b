# sys.set_int_max_str_digits changes the limit int(str) and str(int) enforce; 0 lifts it.
import sys

print(sys.get_int_max_str_digits())
for digits in (1000, 0, 4300):
    sys.set_int_max_str_digits(digits)
    print("limit", sys.get_int_max_str_digits())
    for n in (999, 1001, 5000):
        try:
            print("str", n + 1, len(str(10**n)))
        except ValueError as e:
            print("str", n + 1, e)
        try:
            print("int", n, int("7" * n) % 1000)
        except ValueError as e:
            print("int", n, e)
print(len(str(-10**4299)), len(hex(10**6000)), int("1" * 5000, 16) % 7)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
print(sys.get_int_max_str_digits())
