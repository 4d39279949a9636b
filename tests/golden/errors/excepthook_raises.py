# A sys.excepthook that raises: CPython prints "Error in sys.excepthook:", the hook's
# error, then "Original exception was:" and the original report (all on stderr).
import sys

def hook(exc_type, exc, tb):
    print('hook sees', exc_type.__name__, exc.args)
    raise RuntimeError('the hook itself failed')

sys.excepthook = hook
print(sys.excepthook is hook, sys.__excepthook__ is hook)

class AppError(Exception):
    pass

def run():
    raise AppError('original problem')

run()
