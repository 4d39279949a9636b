# faulthandler: enable/disable state, dump_traceback's layout and argument errors.
import faulthandler
import io
import os
import re
import signal
import sys
import tempfile


def attempt(label, fn):
    try:
        result = fn()
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)
    else:
        print(label, '->', repr(result))


def masked(text):
    # thread ids differ from run to run; the script's own path depends on how it is run
    text = re.sub(r'"[^"]*faulthandler_dump\.py"', '"THIS"', text)
    return re.sub(r'0x[0-9a-f]{16}', '0xTHREAD', text)


print(faulthandler.is_enabled())

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'dump.txt')
    with open(path, 'w+') as f:
        def inner(n):
            if n:
                return inner(n - 1)
            f.write('before\n')
            faulthandler.dump_traceback(f, all_threads=False)
            f.write('after\n')

        inner(2)

        class C:
            def meth(self):
                faulthandler.dump_traceback(f, False)

        (lambda: C().meth())()

        def gen():
            yield faulthandler.dump_traceback(file=f, all_threads=0)

        list(gen())
        faulthandler.dump_traceback(f)
        ns = {'faulthandler': faulthandler, 'f': f}
        exec('def caf\u00e9_\u4e2d():\n  faulthandler.dump_traceback(f, False)\n', ns)
        ns['caf\u00e9_\u4e2d']()
        exec(compile('faulthandler.dump_traceback(f, False)', 'tab\there\n.py', 'exec'), ns)
        exec('def ' + 'x' * 600 + '():\n  faulthandler.dump_traceback(f, False)\n', ns)
        ns['x' * 600]()

        def rec(n):
            if n:
                return rec(n - 1)
            faulthandler.dump_traceback(f, False)

        rec(105)
        f.seek(0)
        print(masked(f.read()), end='')

    with open(path, 'w+') as f:
        attempt('enable', lambda: faulthandler.enable(f, all_threads=False))
        print(faulthandler.is_enabled())
        attempt('enable again', lambda: faulthandler.enable(file=f))
        attempt('disable', faulthandler.disable)
        print(faulthandler.is_enabled())
        attempt('disable again', faulthandler.disable)

    # a registered signal dumps the interrupted stack
    with open(path, 'w+') as f:
        attempt('unregister unknown', lambda: faulthandler.unregister(signal.SIGUSR1))
        attempt('register', lambda: faulthandler.register(signal.SIGUSR1, f, False))
        signal.raise_signal(signal.SIGUSR1)
        attempt('unregister', lambda: faulthandler.unregister(signal.SIGUSR1))
        f.seek(0)
        print(masked(f.read()), end='')

attempt('stringio', lambda: faulthandler.dump_traceback(io.StringIO()))
attempt('bad fd', lambda: faulthandler.dump_traceback(-1))
attempt('object', lambda: faulthandler.dump_traceback(object()))
attempt('str', lambda: faulthandler.dump_traceback('x'))


class BadFileno:
    def fileno(self):
        return 'x'


class NegFileno:
    def fileno(self):
        return -5


attempt('fileno str', lambda: faulthandler.dump_traceback(BadFileno()))
attempt('fileno neg', lambda: faulthandler.dump_traceback(NegFileno()))
attempt('enable stringio', lambda: faulthandler.enable(io.StringIO()))
print(faulthandler.is_enabled())
attempt('kw', lambda: faulthandler.dump_traceback(file=sys.stdout, all_threads=False, extra=1))
attempt('bad kw', lambda: faulthandler.enable(foo=1))
attempt('three', lambda: faulthandler.enable(sys.stderr, True, 3))
attempt('dup', lambda: faulthandler.enable(sys.stderr, file=sys.stderr))
attempt('all_threads str', lambda: faulthandler.dump_traceback(sys.stdout, 'yes'))
attempt('all_threads float', lambda: faulthandler.dump_traceback(sys.stdout, 1.5))
attempt('is_enabled arg', lambda: faulthandler.is_enabled(1))
attempt('is_enabled kw', lambda: faulthandler.is_enabled(x=1))
attempt('disable arg', lambda: faulthandler.disable(1))
attempt('later 0', lambda: faulthandler.dump_traceback_later(0))
attempt('later -1', lambda: faulthandler.dump_traceback_later(-1.5))
attempt('later str', lambda: faulthandler.dump_traceback_later('x'))
attempt('later big', lambda: faulthandler.dump_traceback_later(1e100))
attempt('later nan', lambda: faulthandler.dump_traceback_later(float('nan')))
attempt('later none', lambda: faulthandler.dump_traceback_later())
attempt('later bad file', lambda: faulthandler.dump_traceback_later(2.5, file=-3))
attempt('cancel', faulthandler.cancel_dump_traceback_later)
attempt('register segv', lambda: faulthandler.register(signal.SIGSEGV))
attempt('register abrt', lambda: faulthandler.register(signal.SIGABRT))
attempt('register -1', lambda: faulthandler.register(-1))
attempt('register 1000', lambda: faulthandler.register(1000))
attempt('register none', lambda: faulthandler.register())
attempt('unregister -1', lambda: faulthandler.unregister(-1))
attempt('unregister none', lambda: faulthandler.unregister())
saved = sys.stderr
sys.stderr = None
attempt('stderr None', lambda: faulthandler.enable())
attempt('stderr None dump', lambda: faulthandler.dump_traceback())
sys.stderr = saved
sys.stdout.flush()
faulthandler.dump_traceback(sys.stdout, False)
print('to stdout done')
