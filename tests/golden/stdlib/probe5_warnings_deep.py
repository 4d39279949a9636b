import warnings, sys
def old():
    warnings.warn('old() is deprecated', DeprecationWarning, stacklevel=2)
    return 1
old()
warnings.simplefilter('always')
old()
warnings.warn('plain user warning')
warnings.warn('runtime thing', RuntimeWarning)
warnings.warn(UserWarning('instance warning'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('a', UserWarning)
    warnings.warn('b', FutureWarning)
    old()
    print([(str(x.message), x.category.__name__, x.lineno > 0) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error')
    except UserWarning as e:
        print('raised', e)
with warnings.catch_warnings():
    warnings.filterwarnings('ignore', message='skip.*')
    warnings.warn('skip me')
    warnings.warn('keep me')
with warnings.catch_warnings():
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once only')
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'line of code'))
print(repr(warnings.formatwarning('msg', DeprecationWarning, 'file.py', 10)))
def my_show(message, category, filename, lineno, file=None, line=None):
    print('SHOW:', message, category.__name__, lineno)
old_show = warnings.showwarning
warnings.showwarning = my_show
warnings.warn('custom shown')
warnings.showwarning = old_show
try:
    warnings.warn('x', 'notacategory')
except TypeError as e:
    print('TypeError', e)
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print('AssertionError', e)
class MyWarn(UserWarning): pass
warnings.warn('mine', MyWarn)
warnings.warn_explicit('explicit', UserWarning, 'somefile.py', 99)
sys.stderr.flush()
print('done')
