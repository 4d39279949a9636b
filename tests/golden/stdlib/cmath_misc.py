# cmath: constants, phase/polar/rect round trips, isclose and the predicates.
import cmath
import math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.pi).__name__, type(cmath.infj).__name__, type(cmath.nanj).__name__)
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau == math.tau)
print(cmath.infj.real, cmath.infj.imag, cmath.nanj.real)
print([x for x in dir(cmath) if not x.startswith('_')])
print(cmath.__name__, cmath.sqrt.__name__)

for z in [1, -1, 1j, -1j, 1 + 1j, -3 - 4j, 0, -0.0, complex(-1, -0.0), 3e-320 + 1j]:
    r, phi = cmath.polar(z)
    print(z, cmath.phase(z), (r, phi), cmath.rect(r, phi), abs(z) == r)
for r, phi in [(1, 0), (2, math.pi), (2, -math.pi / 2), (0, 1), (-1, 0.5), (3, -0.0),
               (1e308, 1e-300), (5, 100)]:
    print(r, phi, cmath.rect(r, phi))

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: cmath.isclose(1, 1 + 1e-10))
t(lambda: cmath.isclose(1, 1 + 1e-8))
t(lambda: cmath.isclose(1j, 1.0000000001j))
t(lambda: cmath.isclose(1, 1.1, abs_tol=0.2))
t(lambda: cmath.isclose(1, 1.1, rel_tol=0.2))
t(lambda: cmath.isclose(0, 1e-10))
t(lambda: cmath.isclose(0, 1e-10, abs_tol=1e-9))
t(lambda: cmath.isclose(a=1, b=1))
t(lambda: cmath.isclose(1, b=1.0))
t(lambda: cmath.isclose(cmath.inf, cmath.inf))
t(lambda: cmath.isclose(cmath.inf, -cmath.inf))
t(lambda: cmath.isclose(cmath.infj, cmath.infj))
t(lambda: cmath.isclose(cmath.nan, cmath.nan))
t(lambda: cmath.isclose(cmath.inf, 1e308))
t(lambda: cmath.isclose(complex(1e308, 1e308), complex(-1e308, -1e308)))
t(lambda: cmath.isclose(1))
t(lambda: cmath.isclose())
t(lambda: cmath.isclose(b=1))
t(lambda: cmath.isclose(1, 2, 3))
t(lambda: cmath.isclose(1, 2, rel_tol=-1))
t(lambda: cmath.isclose(1, 2, abs_tol=-1e-300))
t(lambda: cmath.isclose(1, 2, rel_tol='a'))
t(lambda: cmath.isclose(1, 2, foo=1))
t(lambda: cmath.isclose(1, 2, a=1))
t(lambda: cmath.isclose(1j, 'a'))

for z in [0, 1j, complex(math.inf, 0), complex(0, -math.inf), complex(math.nan, 1),
          complex(math.inf, math.nan), 1e308 * 10 + 0j]:
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
