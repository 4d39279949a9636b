import traceback, sys
def a(): b()
def b(): c()
def c(): raise ValueError('deep problem')
try:
    a()
except ValueError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=1, file=sys.stdout)
    traceback.print_exc(limit=-1, file=sys.stdout)
def chain():
    try:
        a()
    except ValueError as e:
        raise KeyError('outer') from None
try:
    chain()
except KeyError:
    traceback.print_exc(file=sys.stdout)
try:
    try:
        1 / 0
    finally:
        print('finally ran')
except ZeroDivisionError as e:
    traceback.print_exception(e, file=sys.stdout)
    print(traceback.format_exception_only(e)[-1], end='')
    tb = e.__traceback__
    print(traceback.extract_tb(tb)[0].name, traceback.extract_tb(tb)[0].lineno)
    fs = traceback.extract_tb(tb)[0]
    print(fs.filename == __file__, fs.line, repr(fs)[:15], len(fs), fs[2])
s = traceback.StackSummary.from_list([('f.py', 1, 'fn', 'x = 1'), ('g.py', 2, 'gn', None)])
print(''.join(s.format()))
print(traceback.format_list([('f.py', 10, 'func', 'return 1')]))
def gen_exc():
    try:
        raise TypeError('in gen')
    except TypeError:
        return sys.exc_info()
et, ev, etb = gen_exc()
print(et.__name__, ev, etb.tb_lineno > 0, sys.exc_info())
eg = ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ExceptionGroup('inner', [KeyError('k')])])
traceback.print_exception(eg, file=sys.stdout)
print(traceback.format_exception_only(eg))
def recur(n):
    return recur(n + 1)
try:
    recur(0)
except RecursionError as e:
    lines = traceback.format_exception(e)
    print(lines[-1], len(lines) < 10, [l for l in lines if 'Previous line repeated' in l][0].strip()[:40])
try:
    exec('x = (1,\n 2 +)\n')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)))
    print(e.msg, e.lineno, e.offset, e.filename, repr(e.text), e.end_lineno, e.end_offset)
