import traceback, sys, io
def inner(x):
    return 1 / x
def outer():
    return inner(0)
try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.replace(__file__, 'FILE'))
    buf = io.StringIO(); traceback.print_exc(file=buf); print(buf.getvalue() == text)
    et, ev, tb = sys.exc_info()
    print(traceback.format_exception_only(et, ev), len(traceback.extract_tb(tb)))
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line)
    print([l.replace(__file__, 'FILE') for l in traceback.format_tb(tb)])
    te = traceback.TracebackException(et, ev, tb)
    print(''.join(te.format_exception_only()), te.exc_type.__name__)
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('bad value') from e
except ValueError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'))
try:
    try:
        [][1]
    except IndexError:
        int('x')
except ValueError as e:
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__, chain=True)).replace(__file__, 'FILE'))
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__, chain=False, limit=0)).replace(__file__, 'FILE'))
def deep(n):
    if n == 0:
        raise RuntimeError('bottom')
    deep(n - 1)
try:
    deep(3)
except RuntimeError as e:
    print(''.join(traceback.format_exception(e, limit=2)).replace(__file__, 'FILE'))
    print(''.join(traceback.format_exception(e, limit=-1)).replace(__file__, 'FILE'))
def show_stack():
    return [(f.name, f.line) for f in traceback.extract_stack(limit=2)]
print(show_stack())
print(traceback.format_exception_only(SyntaxError('invalid syntax', ('f.py', 3, 5, 'x = = 1\n', 3, 6))))
e = Exception('with note'); e.add_note('note one'); e.add_note('note two')
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(KeyboardInterrupt()), traceback.format_exception_only(OSError(2, 'No such file', 'x.txt')))
class Custom(Exception):
    def __str__(self): return 'custom str'
print(traceback.format_exception_only(Custom()))
sys.stdout.flush()
traceback.print_exception(ValueError('to stderr'))
raise SystemExit(3)
