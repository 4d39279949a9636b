# traceback.format_exc/print_exc inside the handler: the entries of frames still running
# (the handler's own, the module's) are there, read from each entry's code.
import traceback, sys, io
def inner(): raise ValueError('bad value')
def outer():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError('outer failed') from e
try:
    outer()
except RuntimeError:
    text = traceback.format_exc()
    print(text, end='')
    print('---')
    print(''.join(traceback.format_exception(*sys.exc_info())), end='')
    print('---')
    e = sys.exc_info()[1]
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    print(len(traceback.format_tb(e.__traceback__)), traceback.format_tb(e.__traceback__)[0])
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    print(''.join(traceback.format_exception(e, chain=False)), end='')
print(traceback.format_exc(), end='')
try:
    {}['missing']
except KeyError:
    traceback.print_exc(file=sys.stdout)
print('done')
