# Numeric helpers from math and cmath
import math
import cmath

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.isqrt(99), math.cbrt(27) if hasattr(math, "cbrt") else "no cbrt", math.exp(1), math.log(100, 10))
print(math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.expm1(1e-10), math.pow(2, 0.5))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(-2.5), round(3.5), math.fabs(-3))
print(math.factorial(20), math.comb(52, 5), math.perm(10, 3), math.perm(5), math.gcd(48, 180, 30), math.lcm(4, 6, 10))
print(math.prod([1, 2, 3, 4], start=2), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.copysign(3, -0.0))
print(math.degrees(math.pi / 3), math.radians(180), math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1), math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.asinh(1), math.acosh(2), math.atanh(0.5), math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(10))
print(math.frexp(12.0), math.ldexp(0.75, 4), math.modf(-3.25), math.fmod(-7, 3), -7 % 3, math.remainder(7, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isfinite(1e308), math.isinf(1e308 * 10), math.isnan(float("nan")), math.ulp(1.0), math.nextafter(1, 2))
print(math.floor(1e20), math.ceil(2.0000001), math.sqrt(1e-300), math.exp(-1000), math.factorial(0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000),
            lambda: math.comb(3, -1), lambda: math.factorial(2.5), lambda: math.acos(2), lambda: math.isqrt(-4)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)

z = complex(3, 4)
print(abs(z), cmath.phase(z), cmath.polar(z), cmath.rect(2, math.pi / 2))
print(cmath.sqrt(-1), cmath.sqrt(z), cmath.exp(1j * math.pi), cmath.log(-1), cmath.log10(100j))
print(cmath.sin(1 + 1j), cmath.cos(1j), cmath.tan(0.5 - 0.5j), cmath.asin(2), cmath.acos(2))
print(cmath.sinh(1j), cmath.atanh(2), cmath.isclose(cmath.exp(2j), complex(math.cos(2), math.sin(2))))
print(cmath.isfinite(z), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.pi)
print(cmath.log(8, 2), cmath.infj, cmath.nanj, z.conjugate(), z ** 0.5, (1 + 2j) * (3 - 1j), 1j ** 2)
roots = [(-1 + cmath.sqrt(1 - 4 * 1 * 1)) / 2, (-1 - cmath.sqrt(-3)) / 2]
print([complex(round(r.real, 6), round(r.imag, 6)) for r in roots])
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError:", e)
print(complex("1+2j"), complex(" -3.5j "), repr(complex(-0.0, 0)), str(complex(1e20, -1e-5)), format(z, ".2f"))
