import traceback, sys, io

def show(lines):
    print(''.join(lines), end='')

class MyErr(Exception):
    pass

def chain_cause():
    try:
        {}['missing']
    except KeyError as e:
        raise MyErr('wrapped') from e

def chain_context():
    try:
        1 / 0
    except ZeroDivisionError:
        [][3]

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('clean') from None

def catch(fn, *a):
    try:
        fn(*a)
    except BaseException as e:
        return e

for fn in (chain_cause, chain_context, suppressed):
    e = catch(fn)
    show(traceback.format_exception(e))
    print('-- chain=False')
    show(traceback.format_exception(e, chain=False))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type, str(te), te.__cause__ is not None, te.__context__ is not None, te.__suppress_context__)
    print(len(te.stack), te.stack[0].name)
    print(list(te.format_exception_only()))
    te2 = traceback.TracebackException(type(e), e, e.__traceback__, compact=True)
    print(te2 == te, te == 1, te != te2)
    print(list(te.format(chain=False)) == traceback.format_exception(e, chain=False))
    buf = io.StringIO()
    te.print(file=buf)
    print(buf.getvalue() == ''.join(te.format()))

# cyclic chain
a = ValueError('a'); b = TypeError('b')
a.__context__ = b; b.__context__ = a
show(traceback.format_exception(a))
# notes
e = catch(chain_cause)
e.add_note('first note')
e.add_note('multi\nline note')
show(traceback.format_exception_only(e))
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError('no')
show(traceback.format_exception_only(BadStr()))
bs = BadStr(); bs.__notes__ = [BadStr(), 'ok']
show(traceback.format_exception_only(bs))
e2 = ValueError('x'); e2.__notes__ = 'not a list'
print(traceback.format_exception_only(e2))
e3 = ValueError('x'); e3.__notes__ = ('a', 'b')
print(traceback.format_exception_only(e3))
print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(ValueError('')))
print(traceback.format_exception_only(ValueError, ValueError('v')))
print(traceback.format_exception_only(MyErr('m')))
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))
import json
print(traceback.format_exception_only(json.JSONDecodeError('msg', 'doc', 1)))
class Local:
    class Inner(Exception): pass
print(traceback.format_exception_only(Local.Inner('q')))
Weird = type('Weird', (Exception,), {'__module__': None})
print(traceback.format_exception_only(Weird('w')))
# argument errors
for args, kw in [((5,), {}), ((ValueError('x'), None), {}), ((ValueError, ValueError('x'), None), {'chain': False})]:
    try:
        print(traceback.format_exception(*args, **kw))
    except Exception as err:
        print(type(err).__name__, err)
try:
    traceback.print_exception(5)
except Exception as err:
    print(type(err).__name__, err)
