# traceback formats what the interpreter prints for an uncaught exception (here for
# exceptions whose frames have finished: chained, plain, with notes).
import traceback, sys, io
def inner():
    raise ValueError('bad value')
def outer():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError('outer failed') from e
def catch(fn):
    try:
        fn()
    except Exception as e:
        return e
e = catch(outer)
print(''.join(traceback.format_exception(e)), end='')
print('---')
print(''.join(traceback.format_exception(type(e), e, e.__traceback__)), end='')
print('---')
print(''.join(traceback.format_exception(e, chain=False)), end='')
print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
tbs = traceback.format_tb(e.__traceback__)
print(len(tbs), tbs[-1], end='')
buf = io.StringIO()
traceback.print_exception(e, file=buf)
print(buf.getvalue() == ''.join(traceback.format_exception(e)))
def noted():
    err = KeyError('k')
    err.add_note('a note')
    raise err
print(''.join(traceback.format_exception(catch(noted))), end='')
print(traceback.format_exc(), end='')
print(traceback.format_exception_only(None))
traceback.print_tb(e.__traceback__, file=sys.stdout)
