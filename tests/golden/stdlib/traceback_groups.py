import traceback, sys

def show(lines):
    print(''.join(lines), end='')

def catch(fn, *a):
    try:
        fn(*a)
    except BaseException as e:
        return e

def leaf(i):
    raise ValueError(f'leaf {i}')

def group():
    errs = []
    for i in range(3):
        e = catch(leaf, i)
        errs.append(e)
    errs.append(ExceptionGroup('inner', [TypeError('t'), catch(leaf, 9)]))
    raise ExceptionGroup('outer', errs)

g = catch(group)
show(traceback.format_exception(g))
te = traceback.TracebackException.from_exception(g)
print(len(te.exceptions), te.exceptions[3].exceptions[0].exc_type)
show(te.format())
show(traceback.TracebackException.from_exception(g, max_group_width=2, max_group_depth=1).format())
big = ExceptionGroup('big', [ValueError(i) for i in range(20)])
show(traceback.format_exception(big))
deep = ValueError('deep')
for i in range(13):
    deep = ExceptionGroup(f'level {i}', [deep])
show(traceback.format_exception(deep))
def group_in_chain():
    try:
        raise ExceptionGroup('eg', [KeyError('k')])
    except ExceptionGroup as eg:
        raise RuntimeError('after') from eg
show(traceback.format_exception(catch(group_in_chain)))
def member_with_cause():
    try:
        1/0
    except ZeroDivisionError as z:
        e = ValueError('v')
        e.__cause__ = z
        e.add_note('note on member')
        raise BaseExceptionGroup('beg', [e, KeyboardInterrupt()])
show(traceback.format_exception(catch(member_with_cause)))

# syntax errors
for src in ['x = (1,\n', 'def f(:\n  pass', '  x = 1', 'a b c', 'x = 1 +', 'f(**a, *b)', 'print "hi"', '\tif x:\nfoo', 'x = $']:
    try:
        compile(src, 'snippet.py', 'exec')
    except SyntaxError as e:
        show(traceback.format_exception_only(e))
        te = traceback.TracebackException.from_exception(e)
        print(te.filename, repr(te.lineno), repr(te.end_lineno), repr(te.text), te.offset, te.end_offset, te.msg)
