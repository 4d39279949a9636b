# An uncaught exception goes to a replaced sys.excepthook (type, value, traceback); the
# hook prints to stdout, then hands the exception to the default hook (stderr).
import sys, traceback

def hook(exc_type, exc, tb):
    print('hook called:', exc_type.__name__, exc, type(tb).__name__)
    print(''.join(traceback.format_tb(tb)), end='')
    print(traceback.format_exception_only(exc_type, exc))
    print(exc.__context__ is not None, sys.exc_info())
    sys.stdout.flush()
    sys.__excepthook__(exc_type, exc, tb)

sys.excepthook = hook

def inner(d):
    return d['missing']

def outer():
    try:
        inner({})
    except KeyError:
        raise ValueError('failed in outer')

print('before')
outer()
print('not reached')
