# warnings: filters (simplefilter, filterwarnings, resetwarnings), the actions and their
# registries, catch_warnings, formatwarning/showwarning, all through warn_explicit's
# explicit locations and a showwarning replacement that prints to stdout.
import warnings, sys
print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)
c = warnings.catch_warnings(record=True); print(repr(c))
c2 = warnings.catch_warnings(); print(repr(c2))
for t in ["warnings.simplefilter('bogus')", "warnings.filterwarnings('ignore', message=1)", "warnings.warn('x', 5)", "warnings.warn('x', int)", "c2.__exit__(None,None,None)"]:
    try: exec(t)
    except Exception as e: print(type(e).__name__, e)
with c2:
    try: c2.__enter__()
    except Exception as e: print(type(e).__name__, e)
def show(message, category, filename, lineno, file=None, line=None):
    print('SHOW', warnings.formatwarning(message, category, filename, lineno, line), end='')
warnings.showwarning = show
for i in range(3):
    warnings.warn_explicit('once per loc', UserWarning, 'f.py', 10, 'mymod', reg := {} if i == 0 else reg)
warnings.warn_explicit('dep main', DeprecationWarning, 'f.py', 11, '__main__', {})
warnings.warn_explicit('dep other', DeprecationWarning, 'f.py', 12, 'other', {})
warnings.warn_explicit('pend', PendingDeprecationWarning, 'f.py', 13, '__main__', {})
warnings.warn_explicit(RuntimeWarning('inst'), None, 'f.py', 14, 'm', {})
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn_explicit('a', UserWarning, 'g.py', 1, 'm', {})
    warnings.warn_explicit('a', UserWarning, 'g.py', 1, 'm', {})
    print(len(w), w[0].message, repr(w[0].message), w[0].category.__name__, w[0].filename, w[0].lineno)
    print(str(w[0]))
with warnings.catch_warnings():
    warnings.filterwarnings('error', message='bad.*', category=UserWarning)
    try: warnings.warn_explicit('Bad thing', UserWarning, 'g.py', 1, 'm', {})
    except UserWarning as e: print('raised', repr(e))
    warnings.warn_explicit('good thing', UserWarning, 'g.py', 2, 'm', {})
    print(len(warnings.filters))
print(len(warnings.filters))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('once')
    r1, r2 = {}, {}
    warnings.warn_explicit('o', UserWarning, 'g.py', 1, 'm', r1)
    warnings.warn_explicit('o', UserWarning, 'g.py', 2, 'm', r2)
    warnings.simplefilter('module')
    warnings.warn_explicit('mm', UserWarning, 'g.py', 1, 'm', r1)
    warnings.warn_explicit('mm', UserWarning, 'g.py', 2, 'm', r1)
    warnings.simplefilter('ignore', UserWarning)
    warnings.warn_explicit('ig', UserWarning, 'g.py', 3, 'm', r1)
    warnings.warn_explicit('rt', RuntimeWarning, 'g.py', 3, 'm', r1)
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.filterwarnings('ignore', module='skip.*')
    warnings.warn_explicit('s', UserWarning, 'g.py', 1, 'skipme', {})
    warnings.warn_explicit('s', UserWarning, 'g.py', 1, 'keep', {})
    warnings.filterwarnings('error', lineno=7)
    try: warnings.warn_explicit('s7', UserWarning, 'g.py', 7, 'keep', {})
    except UserWarning as e: print('err7', e)
    print(len(w), w[0].message)
with warnings.catch_warnings(action='error', category=RuntimeWarning):
    try: warnings.warn_explicit('x', RuntimeWarning, 'g.py', 1, 'm', {})
    except RuntimeWarning as e: print('action error', e)
print(warnings.formatwarning('msg', UserWarning, 'nofile.py', 3))
print(repr(warnings.formatwarning('msg', UserWarning, 'nofile.py', 3, line='  src  ')))
warnings.showwarning = warnings._showwarning_orig
warnings.formatwarning = lambda m, c, f, l, line=None: 'CUSTOM %s\n' % m
warnings.showwarning('z', UserWarning, 'f.py', 1, sys.stdout)
print(warnings.__all__)
