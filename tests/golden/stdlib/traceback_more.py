# traceback: more caret shapes (operators after brackets, non-ASCII text, tabs, multi-line
# expressions), captured locals, odd SyntaxError fields, argument forms, a chain longer
# than the recursion limit, group widths, stacks made by extract_stack.
import traceback, sys, io
def catch(fn, *a):
    try:
        fn(*a)
    except BaseException as e:
        return e
def show(e, **kw):
    print(''.join(traceback.format_exception(e, **kw)), end='')
a = 1; b = None; s = 'é'; lst = [1]
def f1(): return (a)+b
def f2(): return 'é' + 1
def f3(): return s  +  a
def f4(): return lst[  'x' ]
def f5(): return {'é':1}['éé']
def f6(): return a/0
def f7(): return a @ b
def f8(): return a ** b
def f9():
	return a + b
def f10(): return (
    a +
    b)
def f11(): return lst[1:2][0]
def f12(): return [][0] if True else 1
def f13(): return a.b.c
def f14(): return lst[a + 0]
for fn in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14):
    e = catch(fn)
    show(e)
    fs = traceback.extract_tb(e.__traceback__)[-1]
    print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs._line))
def loc(x, y=[1,2]):
    z = {'k': x}
    raise KeyError(z)
e = catch(loc, 'v')
print(''.join(traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__.tb_next), capture_locals=True).format()))
te = traceback.TracebackException.from_exception(e)
print(sorted(vars(te)))
print(te.exceptions, te.__cause__, te.__context__)
# syntax errors with odd fields
for args in [('msg',), ('msg', ('f.py', 3, 5, 'abc def\n')), ('msg', ('f.py', None, None, None)),
             ('msg', ('f.py', 2, 0, '   xx\n', 2, 4)), ('msg', (None, 2, 3, 'x', 2, -1)),
             ('', ('f', 1, 10, 'abc\n'))]:
    e = SyntaxError(*args)
    print(traceback.format_exception_only(e))
class E(Exception): pass
print(traceback.format_exception_only(E, E('a', 'b')))
print(traceback.format_exception_only(E, None))
print(traceback.format_exception(E, None, None))
print(traceback.format_exception(KeyError, KeyError(), None))
print(traceback.format_exception(ValueError('x'), None, None))
e = catch(loc, 1)
print(traceback.format_exception(e, limit=0))
print(traceback.format_exception(e, limit=-1))
print(traceback.format_tb(e.__traceback__, 1))
traceback.print_exception(e, limit=1, file=sys.stdout, chain=False)
te = traceback.TracebackException(None, None, None)
print(list(te.format()), str(te))
te = traceback.TracebackException(ValueError, None, None)
print(list(te.format()), str(te))
# long chain
e = None
for i in range(3000):
    try:
        try:
            raise ValueError(i)
        except ValueError:
            raise KeyError(i) from e
    except KeyError as k:
        e = k
lines = traceback.format_exception(e)
print(len(lines), lines[-1], lines[:3])
g = ExceptionGroup('g', [ValueError(1), ExceptionGroup('h', [KeyError(2)]), TypeError(3)])
g2 = catch(lambda: (_ for _ in ()).throw(g))
show(g2, limit=1)
print(traceback.TracebackException.from_exception(g, max_group_width=1).format().__next__())
show(ExceptionGroup('g', [ValueError(1), TypeError(2), KeyError(3)]))
print(''.join(traceback.TracebackException.from_exception(ExceptionGroup('g', [ValueError(1), TypeError(2), KeyError(3)]), max_group_width=1).format()))
# group with member whose context
def mem():
    try:
        1/0
    except Exception:
        raise ExceptionGroup('x', [ValueError('q')])
ee = catch(mem)
show(ExceptionGroup('outer', [ee]))
show(ExceptionGroup('outer', [ee]), chain=False)
# sequence of frames from list
print(traceback.format_list([('a.py', 1, 'f', ''), ('b.py', 2, 'g', '  xx  '), traceback.FrameSummary('c', 3, 'h', line='q')]))
fs = traceback.FrameSummary('c', 3, 'h', line='q', locals={'z': 1})
print(fs == traceback.FrameSummary('c', 3, 'h', line='r', locals={'z': 1}), fs == ('c', 3, 'h', 'q'), fs == 3, fs.locals)
print(traceback.StackSummary.from_list([fs]).format_frame_summary(fs))
print(traceback.extract_stack()[-1].line, traceback.format_stack()[-1])
def r(n):
    if n: return r(n-1)
    return traceback.extract_stack()
st = r(6)
print(len(st), ''.join(st.format()))
print(traceback.format_exception_only(ExceptionGroup('g', [ValueError()])))
