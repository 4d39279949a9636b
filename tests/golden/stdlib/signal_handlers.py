# signal handlers: signal() returning the previous handler, raise_signal() running a
# Python handler (with its frame), default_int_handler's KeyboardInterrupt, SIG_IGN,
# alarm/setitimer with pause(), and a blocked signal taken with sigwait().
import signal
import sys

calls = []


def handler(signum, frame):
    calls.append((signum, type(frame).__name__, frame.f_code.co_name))
    print('handler', signum, signal.Signals(signum).name)


print(signal.signal(signal.SIGUSR1, handler))
print(signal.getsignal(signal.SIGUSR1) is handler)


def f():
    signal.raise_signal(signal.SIGUSR1)
    print('after raise_signal')


f()
print(calls)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler)
print(repr(signal.signal(signal.SIGUSR1, 1)), repr(signal.signal(signal.SIGUSR1, 0)))
print(repr(signal.getsignal(signal.SIGUSR1)))

print(signal.signal(signal.SIGINT, signal.default_int_handler))
try:
    signal.raise_signal(signal.SIGINT)
    print('not reached')
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
print(repr(signal.signal(signal.SIGINT, signal.SIG_IGN)))
signal.raise_signal(signal.SIGINT)
print('SIGINT ignored', repr(signal.getsignal(signal.SIGINT)))
signal.signal(signal.SIGINT, signal.default_int_handler)


def boom(signum, frame):
    raise RuntimeError('from the handler of %d' % signum)


signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print(e)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print('SIGUSR2 ignored')


class Callable:
    def __call__(self, signum, frame):
        print('instance handler', signum)


signal.signal(signal.SIGUSR2, Callable())
signal.raise_signal(signal.SIGUSR2)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)

# alarms and interval timers
print(signal.alarm(0), signal.alarm(100), signal.alarm(0))
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.setitimer(signal.ITIMER_REAL, 0))
signal.signal(signal.SIGALRM, lambda n, frame: print('alarm', signal.Signals(n).name))
print(signal.setitimer(signal.ITIMER_REAL, 0.05))
signal.pause()
print('after pause')
signal.signal(signal.SIGALRM, signal.SIG_DFL)

# a blocked signal stays pending until sigwait takes it
print(signal.pthread_sigmask(signal.SIG_BLOCK, []))
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1]))
signal.raise_signal(signal.SIGUSR1)
print(signal.sigpending())
print(repr(signal.sigwait([signal.SIGUSR1])))
print(signal.sigpending())
print(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]))
print(signal.pthread_sigmask(signal.SIG_SETMASK, []))
sys.stdout.flush()
