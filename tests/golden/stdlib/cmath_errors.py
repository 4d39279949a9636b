# cmath: domain and range errors, argument errors, conversions that fail.
import cmath


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: cmath.log(0))
t(lambda: cmath.log(0j))
t(lambda: cmath.log10(0))
t(lambda: cmath.log(2, 1))
t(lambda: cmath.log(1, 1))
t(lambda: cmath.log(2, 0))
t(lambda: cmath.atanh(1))
t(lambda: cmath.atanh(-1))
t(lambda: cmath.atan(1j))
t(lambda: cmath.atan(-1j))
t(lambda: cmath.exp(1000))
t(lambda: cmath.exp(710 + 1j))
t(lambda: cmath.exp(complex(1, float('inf'))))
t(lambda: cmath.cosh(1000))
t(lambda: cmath.sinh(-1000 + 1j))
t(lambda: cmath.cos(1000j))
t(lambda: cmath.sin(complex(float('inf'), 1)))
t(lambda: cmath.tan(complex(float('inf'), 1)))
t(lambda: cmath.tanh(complex(1, float('inf'))))
t(lambda: cmath.polar(complex(1e308, 1e308)))
t(lambda: cmath.rect(1, float('inf')))
t(lambda: cmath.rect(-1, float('-inf')))
t(lambda: cmath.phase(complex(2.0, 5e-324)))

t(lambda: cmath.sqrt())
t(lambda: cmath.sqrt(1, 2))
t(lambda: cmath.sqrt(z=1))
t(lambda: cmath.exp('1'))
t(lambda: cmath.sin(None))
t(lambda: cmath.cos([1]))
t(lambda: cmath.sqrt(2 ** 1024))
t(lambda: cmath.log())
t(lambda: cmath.log(1, 2, 3))
t(lambda: cmath.log(1, 'a'))
t(lambda: cmath.log(x=1))
t(lambda: cmath.log10())
t(lambda: cmath.rect(1))
t(lambda: cmath.rect(1, 1j))
t(lambda: cmath.rect('a', 1))
t(lambda: cmath.rect(r=1, phi=2))
t(lambda: cmath.phase())
t(lambda: cmath.polar(1, 2))
t(lambda: cmath.isnan('x'))
t(lambda: cmath.isinf())


class Bad:
    def __complex__(self):
        return 1


class Raises:
    def __complex__(self):
        raise RuntimeError('no complex here')


t(lambda: cmath.sqrt(Bad()))
t(lambda: cmath.sqrt(Raises()))
