# Signals: the exception classes, traps raising them, and error messages.
from decimal import (Decimal, Context, getcontext, localcontext, DecimalException, InvalidOperation,
                     DivisionByZero, Overflow, Underflow, Inexact, Rounded, Subnormal, Clamped,
                     FloatOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
                     InvalidContext, ROUND_DOWN)
import numbers

for cls in [DecimalException, InvalidOperation, DivisionByZero, Overflow, Underflow, Inexact,
            Rounded, Subnormal, Clamped, FloatOperation, ConversionSyntax, DivisionImpossible,
            DivisionUndefined, InvalidContext]:
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError), issubclass(InvalidOperation, ArithmeticError))
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real), issubclass(Decimal, numbers.Complex))


def attempt(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e, e.args)


D = Decimal
attempt('1/0', lambda: D(1) / 0)
attempt('0/0', lambda: D(0) / 0)
attempt('1//0', lambda: D(1) // 0)
attempt('1%0', lambda: D(1) % 0)
attempt('divmod(1,0)', lambda: divmod(D(1), 0))
attempt('1e30//3', lambda: D('1e30') // 3)
attempt("D('abc')", lambda: D('abc'))
attempt('sqrt(-1)', lambda: D(-1).sqrt())
attempt('ln(-1)', lambda: D(-1).ln())
attempt('ln(0)', lambda: D(0).ln())
attempt('inf-inf', lambda: D('Inf') - D('Inf'))
attempt('0*inf', lambda: 0 * D('Inf'))
attempt('0**0', lambda: D(0) ** 0)
attempt('(-2)**0.5', lambda: D(-2) ** D('0.5'))
attempt('overflow', lambda: D('9E+999999') * 10)
attempt('exp(1e7)', lambda: D('1e7').exp())
attempt('nan<1', lambda: D('NaN') < 1)
attempt('nan==1', lambda: D('NaN') == 1)
attempt('snan==1', lambda: D('sNaN') == 1)
attempt('snan+1', lambda: D('sNaN') + 1)
attempt('quantize too big', lambda: D('123456789').quantize(D('0.1'), context=Context(prec=5)))
attempt('1+1.0', lambda: D(1) + 1.0)
attempt('1.0*D', lambda: 1.0 * D(1))
attempt("D+'a'", lambda: D(1) + 'a')
attempt("'a'+D", lambda: 'a' + D(1))
attempt('D**0.5', lambda: D(2) ** 0.5)
attempt('D<str', lambda: D(1) < 'a')
attempt('compare(1.5)', lambda: D(1).compare(1.5))
attempt("quantize('1')", lambda: D(1).quantize('1'))
attempt('sqrt(ctx=5)', lambda: D(1).sqrt(5))
attempt("quantize rounding", lambda: D(1).quantize(D(1), rounding='UP'))
attempt('int(NaN)', lambda: int(D('NaN')))
attempt('int(-Inf)', lambda: int(D('-Inf')))
attempt('round(NaN)', lambda: round(D('NaN')))
attempt('round(Inf, 2)', lambda: round(D('Inf'), 2))
attempt('round(x, 1.5)', lambda: round(D('1.5'), 1.5))
attempt('float(sNaN)', lambda: float(D('sNaN')))
attempt('hash(sNaN)', lambda: hash(D('sNaN')))
attempt('Context(prec=0)', lambda: Context(prec=0))
attempt("Context(prec='a')", lambda: Context(prec='a'))
attempt("Context(rounding='x')", lambda: Context(rounding='x'))
attempt('Context(Emin=1)', lambda: Context(Emin=1))
attempt('Context(Emax=-1)', lambda: Context(Emax=-1))
attempt('Context(capitals=2)', lambda: Context(capitals=2))
attempt('Context(clamp=5)', lambda: Context(clamp=5))
attempt('Context(flags=5)', lambda: Context(flags=5))
attempt('Context(traps=[1])', lambda: Context(traps=[1]))
attempt('localcontext(foo=1)', lambda: localcontext(foo=1))
attempt('localcontext(prec=-1)', lambda: localcontext(prec=-1))
attempt('flags[5]', lambda: getcontext().flags[5])
attempt('del flags[x]', lambda: getcontext().flags.__delitem__(Inexact))
attempt('Decimal(1).x = 1', lambda: setattr(D(1), 'x', 1))

# trapping more signals, float operations
c = getcontext()
c.traps[Inexact] = True
attempt('1/3 trapped Inexact', lambda: D(1) / 3)
attempt('1/3 exact', lambda: D(1) / 4)
c.traps[Inexact] = False
c.traps[FloatOperation] = True
attempt('Decimal(0.5) trapped', lambda: D(0.5))
attempt('D < 1.5 trapped', lambda: D(1) < 1.5)
attempt('D == 1.5', lambda: D(1) == 1.5)
attempt('from_float', lambda: D.from_float(0.5))
c.traps[FloatOperation] = False
print(repr(c))

# untrapped: results instead of exceptions, flags set
with localcontext(traps=[]) as lc:
    print(D(1) / 0, -D(1) / 0, D(0) / 0, D('abc'), D(-4).sqrt(), D('9E+999999') * 10)
    print(repr(lc))
with localcontext(Emin=-5, Emax=5, prec=3, traps=[]) as lc:
    print(D('1.234E-6') * 1, D('9.999E+5') + 0, D('1E-8') * 1)
    print(repr(lc))
with localcontext(Emin=-5, Emax=5, prec=3, rounding=ROUND_DOWN, traps=[Underflow]) as lc:
    attempt('underflow', lambda: D('1E-9') * D('1E-2'))
try:
    D(1) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError:', type(e).__name__)
try:
    D('x')
except ArithmeticError as e:
    print('caught as ArithmeticError:', type(e).__name__)
