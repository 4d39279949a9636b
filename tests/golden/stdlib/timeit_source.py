# timeit: the generated source for every stmt/setup combination, reindent, the
# namespaces code runs in, and compile errors reported against <timeit-src>.
import timeit


def noop():
    pass


for stmt, setup in [('pass', 'pass'), ('x = 1', 'y = 2'), ('a\nb', 'c\n  d'),
                    (noop, 'pass'), ('pass', noop), (noop, noop), ('', ''),
                    ('for i in range(2):\n    pass', 'import os')]:
    try:
        t = timeit.Timer(stmt, setup)
    except SyntaxError as e:
        print(type(e).__name__, e)
        continue
    print(repr(t.src))
    print(t.inner.__name__, t.inner.__code__.co_varnames[:3], t.inner.__defaults__ and len(t.inner.__defaults__))

print(repr(timeit.reindent('', 4)), repr(timeit.reindent('a\n\nb', 2)), repr(timeit.reindent('x', 0)))
print(timeit.dummy_src_name, timeit.default_number, timeit.default_repeat)
print(timeit.default_timer is __import__('time').perf_counter, timeit.__all__)

for stmt, setup in [('x = (', 'pass'), ('pass', 'x = ('), ('return 5', 'pass'),
                    ('pass', 'return'), ('yield', 'pass'), ('continue', 'pass'),
                    ('  indented', 'pass'), ('pass', '  indented'),
                    ('x', 'if True:'), ('pass\n  pass', 'pass'), ('nonlocal q', 'pass'),
                    (None, 'pass'), ('pass', 3), (b'pass', 'pass')]:
    try:
        timeit.Timer(stmt, setup)
        print('ok')
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)

# Code runs in the given globals (or timeit's own); assignments stay local.
ns = {'log': []}
timeit.timeit('log.append(k)', setup='k = 3', number=2, globals=ns)
print(ns['log'], 'k' in ns)
try:
    timeit.timeit('log', number=1)
except NameError as e:
    print('NameError', e)
print(timeit.timeit('Timer', number=1, timer=lambda: 0))
print(timeit.repeat('dummy_src_name', repeat=2, number=3, timer=lambda: 7))
