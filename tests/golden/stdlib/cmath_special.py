# cmath: infinities, NaNs and signed zeros (C99 Annex G), branch cuts.
import cmath

inf = float('inf')
nan = float('nan')
PARTS = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
FUNCS = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp',
         'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']

for name in FUNCS:
    f = getattr(cmath, name)
    for re in PARTS:
        row = []
        for im in PARTS:
            try:
                row.append(repr(f(complex(re, im))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
        print(name, re, ' '.join(row))

for re in PARTS:
    for im in PARTS:
        z = complex(re, im)
        try:
            r = cmath.rect(re, im)
        except ValueError as e:
            r = 'ValueError'
        print(z, cmath.phase(z), cmath.polar(z), r,
              cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

# Branch cuts: the sign of a zero imaginary part picks the side.
for name in ['sqrt', 'log', 'acos', 'asin', 'atanh', 'acosh']:
    f = getattr(cmath, name)
    print(name, f(complex(-2, 0.0)), f(complex(-2, -0.0)))
for name in ['atan', 'asinh']:
    f = getattr(cmath, name)
    print(name, f(complex(0.0, 2)), f(complex(-0.0, 2)))
print(cmath.atanh(complex(2, 0.0)), cmath.atanh(complex(2, -0.0)))
print(cmath.acosh(complex(0.5, 0.0)), cmath.acosh(complex(0.5, -0.0)))
print(cmath.sqrt(-0.0), cmath.sqrt(complex(-0.0, -0.0)), cmath.sqrt(complex(0.0, -0.0)))
print(cmath.exp(complex(-0.0, -0.0)), cmath.sinh(complex(-0.0, 0.0)), cmath.tan(complex(-0.0, -0.0)))
