import warnings, sys
sys.stderr = sys.stdout
def lib():
    warnings.warn('lib warning', stacklevel=1)
def caller():
    warnings.warn('caller warning', stacklevel=2)
lib(); caller()
lib()
warnings.warn('module level', DeprecationWarning)
warnings.warn('pending', PendingDeprecationWarning)
warnings.warn('import warn', ImportWarning)
warnings.warn('resource', ResourceWarning)
warnings.warn('syntax', SyntaxWarning)
warnings.warn('bytes', BytesWarning)
warnings.warn('unicode', UnicodeWarning)
warnings.warn('future', FutureWarning)
warnings.warn('encoding', EncodingWarning)
warnings.warn('multi\nline')
warnings.warn('stack too deep', stacklevel=10)
for i in range(2):
    warnings.warn('loop warning')
warnings.resetwarnings()
warnings.warn('after reset DeprecationWarning', DeprecationWarning)
warnings.filterwarnings('default')
for i in range(2):
    warnings.warn('default action')
warnings.filterwarnings('module', message='mod')
warnings.warn('mod 1'); warnings.warn('mod 2')
warnings.filterwarnings('always', category=UserWarning)
for i in range(2):
    warnings.warn('always again')
print(len(warnings.filters), warnings.filters[0])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('rec', SyntaxWarning)
    w = log[0]
    print(w.message, w.category, w.filename == __file__, w.lineno, w.line, w.source, str(w)[:60])
print(warnings.formatwarning('m', UserWarning, __file__, 4))
warnings.showwarning('shown directly', UserWarning, 'x.py', 3, file=sys.stdout, line='the line')
warnings.showwarning('shown directly', UserWarning, 'x.py', 3, line='')
