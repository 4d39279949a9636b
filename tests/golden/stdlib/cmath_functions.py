# cmath: every function on ordinary values, results printed with repr (bit-exact).
import cmath

FUNCS = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp',
         'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']
VALUES = [0.5, -0.5, 2, -3, 1.5j, -2j, 1 + 1j, -1 + 2j, 0.3 - 0.7j, -2.5 - 1.25j,
          1e-8 + 1e-8j, 12 + 0.5j, 0.999 + 0.001j, 1.0000001, -0.71 + 0.71j]

for name in FUNCS:
    f = getattr(cmath, name)
    for z in VALUES:
        try:
            print(name, z, f(z))
        except ValueError as e:
            print(name, z, 'ValueError', e)

# Large and tiny arguments: the rescaled paths.
for name in FUNCS:
    f = getattr(cmath, name)
    for z in [1e300 + 1e300j, -1e305 + 2j, 3e-310 + 4e-310j, 1e-320j, 1e200 - 1e-200j,
              700 + 1j, -709.5 + 2j, 5 + 800j, 1e160j]:
        try:
            print(name, z, f(z))
        except (ValueError, OverflowError) as e:
            print(name, z, type(e).__name__, e)

# Arguments of other types: int, float, bool, __complex__, __float__, __index__.
class HasComplex:
    def __complex__(self):
        return 3 + 4j
class HasFloat:
    def __float__(self):
        return 2.25
class HasIndex:
    def __index__(self):
        return 9
class Sub(complex):
    pass
for arg in [4, 4.0, True, HasComplex(), HasFloat(), HasIndex(), Sub(-4), 10 ** 300]:
    print(type(arg).__name__, cmath.sqrt(arg), cmath.exp(arg) if not isinstance(arg, int) or arg < 100 else '')

# Logarithms with a base.
print(cmath.log(8, 2))
print(cmath.log(100, 10))
print(cmath.log(1j, 1j))
print(cmath.log(-8, 2j))
print(cmath.log(1 + 1j, 0.5))
print(cmath.log(0, 2))
print(cmath.log10(1000))
print(cmath.log10(-0.001j))
