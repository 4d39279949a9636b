import textwrap, pprint, heapq, bisect, statistics, fractions, decimal
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
from fractions import Fraction
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(s, width=30)); print(textwrap.wrap(s, 25)[:3])
print(textwrap.shorten(s, 40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", 11, placeholder='~'))
print(textwrap.dedent("""\
    def f():
        return 1
    """))
print(textwrap.indent("a\n\nb\n", "> "), textwrap.indent("a\n\nb", "+", lambda l: True))
w = textwrap.TextWrapper(width=20, initial_indent="* ", subsequent_indent="  ", max_lines=3)
print(w.fill(s))
data = {"name": "x" * 10, "items": list(range(30)), "nested": {"a": [1, 2, {"b": ("t", "u")}], "z": None}, "s": set(range(5))}
pprint.pprint(data); pprint.pprint(data, width=40, depth=2); pprint.pprint(data, compact=True, sort_dicts=False)
print(pprint.pformat(list(range(5)), width=5), pprint.isreadable(data), pprint.saferepr([1, [2]]))
r = [1]; r.append(r); print(pprint.pformat(r).split(' with')[0])
pprint.pp({"b": 1, "a": 2})
h = [5, 1, 8, 3]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 7], [2, 5], [3])), list(heapq.merge(['aaa', 'b'], ['cc'], key=len)), list(heapq.merge([7, 4], [5, 1], reverse=True)))
people = [{"n": "a", "age": 30}, {"n": "b", "age": 25}, {"n": "c", "age": 35}, {"n": "d", "age": 30}]
print(heapq.nlargest(2, people, key=lambda p: p["age"]), heapq.nsmallest(2, [5, 1, 4, 1]), heapq.nlargest(3, 'hello'))
a = [1, 2, 4, 4, 8]; print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5, 1, 3))
bisect.insort(a, 3); print(a)
recs = [("a", 10), ("b", 20), ("c", 30)]
print(bisect.bisect_left(recs, 20, key=lambda r: r[1]), bisect.insort_right(recs, ("x", 25), key=lambda r: r[1]), recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(sc) for sc in [33, 99, 77, 70, 89, 90, 100]])
xs = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.mean(xs), statistics.median(xs), statistics.mode([1, 1, 2]), statistics.multimode('aabbc'), statistics.pstdev(xs), statistics.stdev(xs), statistics.variance(xs))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.quantiles(range(1, 11), n=4), statistics.harmonic_mean([40, 60]), statistics.geometric_mean([54, 24, 36]), statistics.fmean([1, 2]))
print(statistics.mean([Fraction(1, 3), Fraction(1, 6)]), statistics.mean([Decimal("0.5"), Decimal("0.75")]), statistics.correlation([1, 2, 3], [1, 2, 2.5]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print(e)
print(Fraction(3, 12), Fraction('3.1415'), Fraction(1.1), Fraction(1, 3) + Fraction(1, 6), Fraction(7, 2) // 1, repr(Fraction(-1, 2)), Fraction(355, 113).limit_denominator(10), round(Fraction(5, 2)), float(Fraction(1, 8)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
print(Decimal('0.1') + Decimal('0.2'), Decimal(0.1), Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_HALF_UP), Decimal('2.675').quantize(Decimal('0.01')), Decimal('1.30') * 2)
getcontext().prec = 6; print(Decimal(1) / Decimal(7)); getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 3; ctx.rounding = ROUND_DOWN; print(Decimal('3.14159') + 0, ctx)
print(Decimal(1) / Decimal(7), Decimal('-0'), Decimal('1e3').normalize(), Decimal('123.456').as_tuple(), Decimal(10) ** -2, Decimal('NaN'), Decimal('12.5').to_integral_value(), round(Decimal('2.5')), Decimal('1.1').sqrt())
try:
    Decimal('abc')
except InvalidOperation as e:
    print(type(e).__name__, e)
try:
    Decimal(1) / 0
except decimal.DivisionByZero as e:
    print(type(e).__name__, e)
print(f"{Decimal('1234.5678'):,.2f}", f"{Fraction(1, 3):.4f}" if False else '', Decimal('3.0') == 3, sorted([Decimal('1.5'), 1, 0.5]))
