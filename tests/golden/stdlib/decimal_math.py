# sqrt, exp, ln, log10 and power: correctly rounded to the context (CPython's results).
from decimal import Decimal, localcontext, getcontext, ROUND_DOWN, ROUND_UP

D = Decimal
values = ['2', '0.5', '10', '100', '1E-10', '12345.6789', '0.0001', '3.14159', '1.0000001', '7E+2', '0.99999']
for v in values:
    d = D(v)
    print(v, d.sqrt(), d.exp(), d.ln(), d.log10())
for prec in [1, 5, 12, 40, 60]:
    with localcontext(prec=prec):
        print(prec, D(2).sqrt(), D(1).exp(), D(2).ln(), D(3).log10(), D(2) ** D('0.5'), D('1.1') ** 50)
print(D(0).exp(), D('-Infinity').exp(), D('Infinity').ln(), D(0).ln(), D(1).ln(), D('1.000').ln(), D('0.001').log10(), D('1E+50').log10())
print(D('0.0400').sqrt(), D('-0').sqrt(), D('1E-4').sqrt(), D(16).sqrt(), D('0.1').sqrt(), D('1E+3').sqrt())
print(D(-700).exp(), D(230).exp(), D('-1E-30').exp(), D('1E-30').exp())
with localcontext(rounding=ROUND_DOWN):
    print(D(3).sqrt(), D(2).exp(), D(3) ** D('0.5'))
with localcontext(rounding=ROUND_UP):
    print(D(3).sqrt(), D(2).exp(), D(3) ** D('0.5'))
for b, e in [('2', '10'), ('2', '-3'), ('-2', '3'), ('1.5', '2'), ('1.10', '2'), ('10', '-2'), ('0.5', '-1'),
             ('1.000', '3'), ('1.000', '-2'), ('1', '0.5'), ('4', '0.5'), ('8', '1E-1'), ('2', '0.5'),
             ('1.0001', '100000'), ('9', '0.5'), ('100', '1.5'), ('0', '3'), ('-0', '-1'), ('Inf', '-2'),
             ('-Inf', '3'), ('2', 'Inf'), ('0.5', 'Inf'), ('1', 'Inf'), ('10', '1000000'), ('10', '-1000030')]:
    try:
        print(b, '**', e, '=', repr(D(b) ** D(e)))
    except Exception as ex:
        print(b, '**', e, '!!', type(ex).__name__, ex)
print(pow(D(2), 10, 7), pow(D(3), 200, 1000), pow(D(-5), 3, 13))
getcontext().clear_flags()
# many values: the results at prec 28 and prec 12
total = []
for i in range(1, 60):
    x = D(i) / 7
    total.append((x.exp(), x.ln(), x.log10(), x.sqrt(), x ** D('1.5'), x ** 3))
for row in total[::7]:
    print(*row)
with localcontext(prec=12):
    for i in range(1, 40, 3):
        x = D(i * 13) / 9
        print(x, x.exp(), x.ln(), x.log10(), x.sqrt(), x ** x)
