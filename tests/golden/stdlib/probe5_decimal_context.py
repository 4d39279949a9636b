import decimal
from decimal import Decimal as D, Context, localcontext
ctx = decimal.getcontext()
print(ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.capitals, ctx.clamp, sorted(k.__name__ for k, v in ctx.traps.items() if v), sorted(k.__name__ for k, v in ctx.flags.items() if v))
D(1) / D(3)
print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
ctx.clear_flags()
c = Context(prec=3, Emax=5, Emin=-5, traps=[decimal.Overflow])
try:
    c.multiply(D(999), D(1000))
except decimal.Overflow as e:
    print('Overflow', repr(e), e.args)
print(c.create_decimal('1.23456'), c.create_decimal_from_float(0.1), c.plus(D('0.00000001')), c.Etiny(), c.Etop())
print(c.to_sci_string(D('1.2E+3')), c.to_eng_string(D('1.2E+7')), c.is_signed(D(-1)), c.sqrt(D(2)), c.exp(D(1)), c.ln(D(10)), c.log10(D(2)))
with localcontext(prec=4) as lc:
    print(D(2).sqrt(), lc.prec, D('1.23456789') + 0)
with localcontext(Context(rounding=decimal.ROUND_DOWN, prec=2)):
    print(D(2) / D(3), D('-2') / D(3))
for s in ['1.', '.1', '-.0', '1e', '1_000', ' 5 ', '1E+999999999999', 'inf', '-nan', 'snan', 'nan123', '١٢']:
    try:
        print(repr(s), repr(D(s)))
    except decimal.InvalidOperation as e:
        print(repr(s), 'InvalidOperation', e)
print(D('1e5').to_integral(), D('123.456').quantize(D('1e1')), D('0.1').compare_total(D('0.10')), D('-0').is_zero(), D('1.0').number_class(), D('-inf').number_class())
print(D(7).remainder_near(D(4)), D('2.5').logical_and(D(1)) if False else '', D(123).rotate(2), D(5).shift(1), D('10').same_quantum(D('1.0')), D(16).logb(), D('1.2e3').adjusted())
print(hash(D('0.5')) == hash(0.5), hash(D(10) ** 100) == hash(10 ** 100), D(10) ** 100 == 10 ** 100, D('0.5') == 0.5, D('0.1') < 0.2, D(3) > 2.5)
try:
    D('snan') + 1
except decimal.InvalidOperation as e:
    print('InvalidOperation', e)
print(D('nan') + 1, D('inf') - D('inf') if not ctx.traps[decimal.InvalidOperation] else 'trap', D('inf') * 0 if False else '', D(1) / D('inf'))
try:
    D('inf') - D('inf')
except decimal.InvalidOperation as e:
    print('InvalidOperation', e)
try:
    D(1) // D(0)
except decimal.DivisionByZero as e:
    print('DivisionByZero', e)
try:
    D(0) / D(0)
except decimal.InvalidOperation as e:
    print('InvalidOperation (0/0)', e)
print(format(D('1234567.891'), ',.2f'), format(D('-0.00001234'), '.3e'), format(D('12.5'), '010.3f'), format(D('1e100'), 'g'), format(D('0.5'), '.0%'), format(D('123'), 'n'))
print(D(1).max_mag(D(-2)), D(1).min(D('nan')), D('1.00').normalize(), D('1.23e-3').__repr__(), str(D('1E-7')), str(D('0.000001')), str(D('123E+3')), D('1.5e-10').to_eng_string())
