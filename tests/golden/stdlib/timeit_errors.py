# Timer errors: bad stmt/setup, syntax errors reported against <timeit-src>, exceptions
# in the timed code, print_exc, and the generated source.
import io
import timeit

for bad in [dict(stmt=5), dict(setup=None), dict(stmt='x = ('), dict(stmt='return 1'),
            dict(setup='while True:'), dict(stmt='yield 1')]:
    try:
        timeit.Timer(**bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)

t = timeit.Timer('1 / 0')
try:
    t.timeit(number=1)
except ZeroDivisionError:
    buf = io.StringIO()
    t.print_exc(file=buf)
    lines = buf.getvalue().splitlines()
    print(lines[0], lines[-1])
    print([l.strip() for l in lines if '<timeit-src>' in l])
print(t.src)
print(sorted(timeit.__all__))

# Exceptions of the setup or the statement propagate; the collector is on again.
import gc
for stmt, setup in [('x', 'pass'), ('pass', '[][1]'), (lambda: {}['k'], 'pass'),
                    ('pass', lambda: int('z'))]:
    try:
        timeit.timeit(stmt, setup=setup, number=3)
    except Exception as e:
        print(type(e).__name__, e, gc.isenabled())
t = timeit.Timer('a = 1\nb = 2\nc = a + b', setup='import math\nm = math.pi')
print(t.src)
print(timeit.reindent('a\nb', 3))
