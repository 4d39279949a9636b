# warnings.warn: categories, Warning instances, errors, and what catch_warnings
# records (the location itself is not printed: it depends on frame introspection).
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('plain')
    warnings.warn('dep', DeprecationWarning)
    warnings.warn('rt', category=RuntimeWarning, stacklevel=2)
    warnings.warn(FutureWarning('instance'))
    warnings.warn(UserWarning('inst', 2), RuntimeWarning)


    class MyWarning(UserWarning):
        pass


    warnings.warn('mine', MyWarning)
    for r in w:
        print(r.category.__name__, repr(r.message), str(r.message), type(r.message).__name__,
              r.file, r.line, r.source)
    print(len(w))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    for args in [('boom',), ('dep', DeprecationWarning), (MyWarning('m'),)]:
        try:
            warnings.warn(*args)
        except Warning as e:
            print('raised', type(e).__name__, e)
    warnings.simplefilter('ignore', DeprecationWarning)
    warnings.warn('silent', DeprecationWarning)
    print('ignored one')

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('same line')
    print(len(w), 'from one line with the default action')

for c in ["warnings.warn('x', 5)", "warnings.warn('x', int)", "warnings.warn('x', None)",
          "warnings.simplefilter('bogus')", "warnings.simplefilter('ignore', lineno=-1)",
          "warnings.filterwarnings('ignore', message=1)", "warnings.filterwarnings('ignore', category=5)",
          "warnings.filterwarnings('ignore', category=int)", "warnings.filterwarnings('ignore', module=1)"]:
    with warnings.catch_warnings(record=True):
        try:
            print(c, '->', eval(c))
        except Exception as e:
            print(c, '!!', type(e).__name__ + ':', e)
print(warnings.filters == [f for f in warnings.filters], len(warnings.filters))
