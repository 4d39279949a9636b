# total_ordering on a money class, cmp_to_key sorting, and cached computations.
from functools import total_ordering, cmp_to_key, lru_cache, cached_property, partial

@total_ordering
class Money:
    def __init__(self, cents, currency="USD"):
        self.cents = cents
        self.currency = currency
    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return None
    def __eq__(self, other):
        r = self._check(other)
        return r if r is NotImplemented else self.cents == other.cents
    def __gt__(self, other):
        r = self._check(other)
        return r if r is NotImplemented else self.cents > other.cents
    def __hash__(self):
        return hash((self.cents, self.currency))
    def __repr__(self):
        return f"Money({self.cents / 100:.2f} {self.currency})"

wallet = [Money(500), Money(125), Money(999), Money(125)]
print(sorted(wallet), max(wallet), min(wallet), Money(1) <= Money(1), Money(2) < Money(1), Money(3) >= Money(4))
print(len(set(wallet)), Money(5) == 5, Money(5) != "x")
try:
    Money(1) < Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) <= 3
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(Money) if n in ("__lt__", "__le__", "__gt__", "__ge__")))

def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
K = cmp_to_key(by_len_then_alpha)
print(K("ab") < K("abc"), K("b") == K("b"), K("b") > K("a"))
try:
    hash(K("a"))
except TypeError as e:
    print("TypeError:", e)

@lru_cache(maxsize=128)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])

print(ways(100), ways.cache_info().currsize > 0, ways.cache_info().maxsize)

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2

c = Circle(2)
print(c.area, c.area)
c.area = 1
print(c.area, Circle.area.attrname, type(Circle.area).__name__)
int2 = partial(int, base=2)
print(int2("1011"), int2("1", base=10), repr(int2).split("(")[0])
