import traceback, sys, io

def rec(n):
    if n == 0:
        raise ValueError('bottom')
    rec(n - 1)

def catch(fn, *a):
    try:
        fn(*a)
    except BaseException as e:
        return e

e = catch(rec, 10)
for limit in (None, 0, 1, 2, 3, -1, -2, -5, 100):
    print('limit', limit)
    print(''.join(traceback.format_exception(e, limit=limit)), end='')
    print(len(traceback.format_tb(e.__traceback__, limit=limit)))
    print(traceback.extract_tb(e.__traceback__, limit=limit))
traceback.print_tb(e.__traceback__, limit=-3, file=sys.stdout)
traceback.print_exception(e, limit=2, file=sys.stdout)
traceback.print_exception(type(e), e, e.__traceback__, limit=-1, file=sys.stdout)
sys.tracebacklimit = 2
print(''.join(traceback.format_exception(e)), end='')
sys.tracebacklimit = -1
print(''.join(traceback.format_exception(e)), end='')
sys.tracebacklimit = 0
print(''.join(traceback.format_exception(e)), end='')
del sys.tracebacklimit

tbs = traceback.extract_tb(e.__traceback__)
print(type(tbs).__name__, len(tbs), isinstance(tbs, list))
fs = tbs[-1]
print(repr(fs), fs.filename, fs.lineno, fs.name, fs.line, fs.locals)
print(fs.end_lineno, fs.colno, fs.end_colno)
print(list(fs), tuple(fs), len(fs), fs[0], fs[-1], fs[1:3])
a, b, c, d = fs
print(a, b, c, d)
print(fs == tuple(fs), fs == list(fs), fs == tbs[-1], fs != tbs[0], fs == tbs[-2])
print(fs.__hash__ is None)
print(traceback.format_list(tbs[-2:]))
traceback.print_list(tbs[:2], file=sys.stdout)
