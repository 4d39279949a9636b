# Contexts: getcontext/setcontext/localcontext, Context attributes, flags and traps.
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, DefaultContext,
                     BasicContext, ExtendedContext, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN,
                     ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP,
                     InvalidOperation, DivisionByZero, Overflow, Underflow, Inexact, Rounded,
                     Subnormal, Clamped, FloatOperation, MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY)
import decimal

print(repr(getcontext()))
print(repr(DefaultContext))
print(repr(BasicContext))
print(repr(ExtendedContext))
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY)
print(ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP)

ctx = getcontext()
print(ctx is getcontext(), ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.capitals, ctx.clamp, ctx.Etiny(), ctx.Etop())
print(repr(ctx.flags))
print(ctx.traps[InvalidOperation], ctx.traps[Inexact], dict(ctx.traps) == {k: ctx.traps[k] for k in ctx.traps}, len(ctx.flags))

Decimal(1) / 3
print(ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero])
print(repr(ctx))
ctx.clear_flags()
print(repr(ctx))

# localcontext with keyword arguments, nesting and restoration
with localcontext() as c1:
    c1.prec = 5
    print(Decimal(1) / 7)
    with localcontext(prec=3, rounding=ROUND_DOWN) as c2:
        print(Decimal(2) / 3, c2.prec, c2.rounding, getcontext() is c2)
    print(Decimal(2) / 3, getcontext() is c1)
print(Decimal(1) / 7, getcontext() is ctx)
with localcontext(Context(prec=4, rounding=ROUND_UP)) as c3:
    print(Decimal(1) / 3, repr(c3))
with localcontext(Emax=10, Emin=-10, traps=[], clamp=1) as c4:
    print(Decimal('1E+20') * 1, repr(c4))

# Context construction and copy
c = Context(prec=6, rounding=ROUND_HALF_UP, traps=[DivisionByZero], flags=[Inexact])
print(repr(c))
print(c.divide(Decimal(1), 3), c.add(1, 2), c.multiply(Decimal('1.5'), 2), c.power(2, 10), c.sqrt(2))
print(c.create_decimal('3.14159265'), c.create_decimal(12345678), c.create_decimal_from_float(0.1))
print(c.to_sci_string(Decimal('1E+3')), c.to_eng_string(Decimal('1E+4')), c.quantize(Decimal('1.2345'), Decimal('0.01')))
print(c.compare(1, 2), c.max(1, 2), c.abs(-3), c.minus(3), c.plus(Decimal('1.2345678')), c.divmod(7, 2), c.remainder(7, 3), c.divide_int(7, 2))
print(c.exp(1), c.ln(10), c.log10(2), c.fma(2, 3, 4), c.is_zero(0), c.copy_sign(1, -2), c.is_signed(-1))
c2 = c.copy()
c2.prec = 10
print(c.prec, c2.prec, c2.flags[Inexact], c2.flags is c.flags)

setcontext(c)
print(getcontext() is c, Decimal(1) / 7)
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext().prec)
setcontext(ExtendedContext)
print(Decimal(1) / 0, Decimal(0) / 0, Decimal(-1).sqrt(), repr(getcontext()))
setcontext(Context())

# flags and traps as mappings
c = Context()
c.traps[Inexact] = True
c.flags[Overflow] = 1
print(repr(c))
try:
    c.traps = [Overflow]
except TypeError as e:
    print(type(e).__name__, e)
c.traps = {k: k is Overflow for k in c.traps}
c.flags = {k: False for k in c.flags}
print(repr(c))
c.clear_traps()
print(repr(c), list(c.traps.values()))
print(decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR, decimal.__version__)
