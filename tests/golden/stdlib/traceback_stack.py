import traceback, sys, io

def show(lines):
    print(''.join(lines), end='')

def inner(limit=None):
    show(traceback.format_stack(limit=limit))
    traceback.print_stack(limit=limit, file=sys.stdout)
    st = traceback.extract_stack(limit=limit)
    print(type(st).__name__, [(f.name, f.lineno, f.line) for f in st])
    print([f.colno for f in st], [f.end_lineno for f in st])
    return sys._getframe()

def middle(limit=None):
    return inner(limit)

for limit in (None, 1, 2, -1, -2, 0):
    print('limit', limit)
    middle(limit)

def frames():
    f = sys._getframe()
    print([(fr.f_code.co_name, n) for fr, n in traceback.walk_stack(f)])
    show(traceback.format_stack(f))
    show(traceback.format_stack(f.f_back, limit=1))
    print(traceback.extract_stack(f)[-1].name)
    s = traceback.StackSummary.extract(traceback.walk_stack(f), lookup_lines=False)
    print([fs._line for fs in s], [fs.line for fs in s][:1])
    s = traceback.StackSummary.extract(traceback.walk_stack(f), limit=1)
    print(len(s), s[0].name)
def caller():
    frames()
caller()

def catch(fn, *a):
    try:
        fn(*a)
    except BaseException as e:
        return e

def fail(x, y=3):
    z = [x, y]
    raise ValueError(x)
try:
    fail('arg')
except ValueError as e:
    err = e
    print([(fr.f_code.co_name, n) for fr, n in traceback.walk_tb(e.__traceback__)])
    s = traceback.StackSummary.extract(traceback.walk_tb(catch(fail, 'arg').__traceback__.tb_next), capture_locals=True)
    show(s.format())
    print(s[-1].locals)
    te = traceback.TracebackException.from_exception(e, lookup_lines=False)
    print(te.stack[-1]._line is None)
    show(te.format())
    te = traceback.TracebackException.from_exception(e, limit=1)
    show(te.format())
    print(traceback.format_exc(), end='')
    print(traceback.format_exc(limit=1), end='')
    print(traceback.format_exc(chain=False), end='')
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=-1, file=sys.stdout)
print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)
try:
    traceback.print_last(file=sys.stdout)
except ValueError as e:
    print('ValueError', e)
sys.last_type, sys.last_value, sys.last_traceback = type(err), err, err.__traceback__
traceback.print_last(file=sys.stdout)
traceback.print_last(limit=1, file=sys.stdout)
del sys.last_type, sys.last_value, sys.last_traceback

fs = traceback.FrameSummary('nofile.py', 7, 'func', line='  x = 1  ', locals={'b': [1], 'a': 'q'})
print(fs, fs.line, repr(fs._line), fs.locals)
print(traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary('nofile.py', 7, 'func', lookup_line=False)
print(repr(fs._line), repr(fs.line), repr(fs._line))
fs = traceback.FrameSummary('nofile.py', None, 'func')
print(repr(fs.line), fs == ('nofile.py', None, 'func', None))
fs = traceback.FrameSummary(__file__, 2, 'mod', end_lineno=2, colno=0, end_colno=6)
print(repr(fs.line), traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary(__file__, 2, 'mod', end_lineno=2, colno=7, end_colno=16)
print(traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary(__file__, 6, 'mod', end_lineno=7, colno=4, end_colno=8)
print(traceback.StackSummary.from_list([fs]).format())
try:
    traceback.StackSummary.from_list([(1, 2, 3)])
except ValueError as e:
    print('ValueError', e)
try:
    traceback.FrameSummary('f', 1)
except TypeError as e:
    print('TypeError', e)

class Short(traceback.StackSummary):
    def format_frame_summary(self, fs):
        if fs.name == 'skip':
            return None
        return f'{fs.name}:{fs.lineno}\n'
s = Short([traceback.FrameSummary('a', 1, 'keep', line=''), traceback.FrameSummary('a', 2, 'skip', line=''),
           traceback.FrameSummary('a', 3, 'keep', line='')] + [traceback.FrameSummary('a', 4, 'r', line='')] * 5)
show(s.format())
print(type(Short.from_list([])).__name__, type(Short.extract(iter([]))).__name__)

def gen():
    yield
g = gen(); next(g)
try:
    g.throw(KeyError('thrown'))
except KeyError as e:
    traceback.clear_frames(e.__traceback__)
    print('cleared', e.__traceback__.tb_next is not None)
