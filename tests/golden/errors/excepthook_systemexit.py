# A sys.excepthook that raises SystemExit: the process exits with that status and
# nothing more is printed.
import sys

def hook(exc_type, exc, tb):
    print('hook:', exc_type.__name__, exc)
    sys.stdout.flush()
    sys.stderr.write('exiting from the hook\n')
    raise SystemExit(3)

sys.excepthook = hook
raise LookupError('no such thing')
