# signal: the Signals/Handlers/Sigmasks enums, the constants, getsignal's initial
# answers, strsignal, valid_signals, and the argument errors.
import signal

print(list(signal.Signals))
print(signal.Signals.__mro__)
print(list(signal.Handlers), list(signal.Sigmasks))
print(repr(signal.SIGINT), str(signal.SIGINT), repr(signal.SIG_DFL), str(signal.SIG_IGN))
print(repr(signal.SIGIOT), repr(signal.SIGPOLL), repr(signal.SIGCLD))
print(signal.SIGINT == 2, signal.SIGTERM + 0, isinstance(signal.SIGKILL, int))
print(signal.NSIG, repr(signal.SIG_BLOCK), signal.SIG_UNBLOCK, signal.SIG_SETMASK)
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF, type(signal.ITIMER_REAL))
print(signal.Signals.__module__, signal.Handlers.__module__, signal.Sigmasks.__module__)
print(signal.Signals(2), signal.Signals['SIGTERM'], signal.Signals.SIGUSR1.name,
      signal.Signals.SIGUSR1.value)
print(signal.default_int_handler)
print(signal.ItimerError.__mro__)
print(sorted(n for n in dir(signal) if n.startswith('SIG') and not n.startswith('SIG_')))

print(signal.getsignal(signal.SIGINT), repr(signal.getsignal(signal.SIGPIPE)),
      repr(signal.getsignal(signal.SIGXFSZ)), repr(signal.getsignal(signal.SIGTERM)),
      repr(signal.getsignal(signal.SIGCHLD)), repr(signal.getsignal(signal.SIGSEGV)),
      repr(signal.getsignal(signal.SIGRTMIN)))
print(signal.valid_signals() == set(range(1, 65)) - {32, 33})
print(type(signal.valid_signals()), sorted(signal.valid_signals())[:3],
      sorted(signal.valid_signals())[-2:])
print(signal.strsignal(signal.SIGINT), signal.strsignal(9), signal.strsignal(40),
      signal.strsignal(signal.SIGSEGV))

for f in [lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN),
          lambda: signal.signal(signal.SIGSTOP, print),
          lambda: signal.signal(99, signal.SIG_IGN),
          lambda: signal.signal(0, signal.SIG_IGN),
          lambda: signal.signal(signal.SIGINT, 5),
          lambda: signal.signal(signal.SIGINT, None),
          lambda: signal.signal('a', signal.SIG_IGN),
          lambda: signal.getsignal(99),
          lambda: signal.getsignal(0),
          lambda: signal.getsignal(1.5),
          lambda: signal.raise_signal(99),
          lambda: signal.raise_signal(0),
          lambda: signal.strsignal(0),
          lambda: signal.strsignal(99),
          lambda: signal.alarm('x'),
          lambda: signal.default_int_handler(),
          lambda: signal.default_int_handler(2, None),
          lambda: signal.Signals(99),
          lambda: signal.Handlers(5)]:
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
