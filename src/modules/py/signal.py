# refpy's `signal`, over the native helpers of src/modules/signal.rs.
#
# The table of Python-level handlers lives here. A signal given a Python handler gets a
# native handler that only records its arrival; the Python handlers of recorded signals
# run at this module's check points (raise_signal, pause, sigwait, pthread_kill), since
# the VM's dispatch loop has no hook for them. raise_signal() of a signal whose handler
# is a Python callable calls it at once, as CPython would at the next bytecode.
# SIGINT keeps the VM's own Ctrl-C behaviour (KeyboardInterrupt at the next check point
# of the dispatch loop) whenever its handler is a callable, so a script stays
# interruptible.

from enum import IntEnum as _IntEnum

_SIGNALS = (
    ('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5),
    ('SIGABRT', 6), ('SIGIOT', 6), ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9),
    ('SIGUSR1', 10), ('SIGSEGV', 11), ('SIGUSR2', 12), ('SIGPIPE', 13), ('SIGALRM', 14),
    ('SIGTERM', 15), ('SIGSTKFLT', 16), ('SIGCHLD', 17), ('SIGCLD', 17), ('SIGCONT', 18),
    ('SIGSTOP', 19), ('SIGTSTP', 20), ('SIGTTIN', 21), ('SIGTTOU', 22), ('SIGURG', 23),
    ('SIGXCPU', 24), ('SIGXFSZ', 25), ('SIGVTALRM', 26), ('SIGPROF', 27),
    ('SIGWINCH', 28), ('SIGIO', 29), ('SIGPOLL', 29), ('SIGPWR', 30), ('SIGSYS', 31),
    ('SIGRTMIN', 34), ('SIGRTMAX', 64),
)

Signals = _IntEnum('Signals', sorted(_SIGNALS, key=lambda t: (t[1], t[0])),
                   module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1),
                                 ('SIG_SETMASK', 2)], module=__name__)
for _name, _value in _SIGNALS:
    globals()[_name] = Signals[_name]
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
del _name, _value

NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


class itimer_error(OSError):
    pass


itimer_error.__module__ = 'signal'
ItimerError = itimer_error
del itimer_error

# default_int_handler is native (set before this source runs), so that it is the
# `<built-in function default_int_handler>` CPython shows.

# `_sigaction` action codes (see signal.rs).
_ACT_QUERY, _ACT_DEFAULT, _ACT_IGNORE, _ACT_PYTHON, _ACT_VM_SIGINT, _ACT_OTHER = (
    -1, 0, 1, 2, 3, 4)

# signum -> the Python-level handler: SIG_DFL, SIG_IGN, a callable, or None (a handler
# not installed from Python). Filled on first look.
_handlers = {}


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an IntEnum member.
    If it's not a known member, return the numeric value itself.
    """
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """Convert an IntEnum member to a numeric value.
    If it's not an IntEnum member return the value itself.
    """
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def _index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


def _signum(value):
    value = _index(value)
    if not 1 <= value < NSIG:
        raise ValueError('signal number out of range')
    return value


def _initial(signum):
    """The handler CPython would report for a signal Python has not touched."""
    code = _sigaction(signum, _ACT_QUERY)
    if code == _ACT_IGNORE:
        return SIG_IGN
    if signum == 2:
        return default_int_handler
    if signum == 25:  # CPython ignores SIGXFSZ at startup
        return SIG_IGN
    if code == _ACT_OTHER and signum not in (4, 7, 8, 11):
        # SIGILL, SIGBUS, SIGFPE, SIGSEGV: Rust's own crash handlers, SIG_DFL to Python.
        return None
    return SIG_DFL


def _current(signum):
    try:
        return _handlers[signum]
    except KeyError:
        handler = _handlers[signum] = _initial(signum)
        return handler


def _caller_frame(depth):
    import sys
    try:
        return sys._getframe(depth + 1)
    except (AttributeError, ValueError):
        return None


def _run_pending(frame=None):
    """Runs the Python handlers of the signals that arrived (CPython's
    PyErr_CheckSignals)."""
    for signum in _take_pending():
        handler = _handlers.get(signum)
        if callable(handler):
            handler(signum, frame)


def signal(signalnum, handler):
    """Set the action for the given signal.

The action can be SIG_DFL, SIG_IGN, or a callable Python object.
The previous action is returned.  See getsignal() for possible return values.

*** IMPORTANT NOTICE ***
A signal handler function is called with two arguments:
the first is the signal number, the second is the interrupted stack frame."""
    signum = _signum(signalnum)
    if handler is SIG_IGN or (not callable(handler) and handler == 1):
        action = _ACT_IGNORE
    elif handler is SIG_DFL or (not callable(handler) and handler == 0):
        action = _ACT_DEFAULT
    elif callable(handler):
        action = _ACT_VM_SIGINT if signum == 2 else _ACT_PYTHON
    else:
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, '
                        'or a callable object')
    old = _current(signum)
    _sigaction(signum, action)
    if action == _ACT_IGNORE:
        handler = SIG_IGN
    elif action == _ACT_DEFAULT:
        handler = SIG_DFL
    _handlers[signum] = handler
    return old


def getsignal(signalnum):
    """Return the current action for the given signal.

The return value can be:
  SIG_IGN -- if the signal is being ignored
  SIG_DFL -- if the default action for the signal is in effect
  None    -- if an unknown handler is in effect
  anything else -- the callable Python object used as a handler"""
    return _current(_signum(signalnum))


def raise_signal(signalnum):
    """Send a signal to the executing process."""
    signum = _index(signalnum)
    if not -2 ** 31 <= signum < 2 ** 31:
        raise OverflowError('Python int too large to convert to C int')
    if 1 <= signum < NSIG:
        handler = _current(signum)
        if callable(handler):
            _run_pending(_caller_frame(1))
            handler(signum, _caller_frame(1))
            return
    _raise(signum)
    _run_pending(_caller_frame(1))


def _os_kill(pid, signalnum):
    """`os.kill`: a signal the process sends itself runs its Python handler before
    `kill` returns, as CPython's does at its next check."""
    import os
    pid, signum = _index(pid), _index(signalnum)
    if pid in (0, os.getpid()) and 1 <= signum < NSIG and callable(_current(signum)):
        raise_signal(signum)
        return
    _kill(pid, signum)
    _run_pending(_caller_frame(1))


def strsignal(signalnum):
    """Return the system description of the given signal.

Returns the description of signal *signalnum*, such as "Interrupt"
for :const:`SIGINT`. Returns :const:`None` if *signalnum* has no
description. Raises :exc:`ValueError` if *signalnum* is invalid."""
    return _strsignal(_signum(signalnum))


def valid_signals():
    """Return a set of valid signal numbers on this platform.

The signal numbers returned by this function can be safely passed to
functions like `pthread_sigmask`."""
    return {_int_to_enum(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}


def alarm(seconds):
    """Arrange for SIGALRM to arrive after the given number of seconds."""
    seconds = _index(seconds)
    if not 0 <= seconds < 2 ** 32:
        if seconds < 0:
            raise OverflowError("can't convert negative int to unsigned")
        raise OverflowError('Python int too large to convert to C unsigned long')
    return _alarm(seconds)


def pause():
    """Wait until a signal arrives."""
    _pause()
    _run_pending(_caller_frame(1))


def _seconds(value):
    if isinstance(value, (int, float)):
        return float(value)
    method = getattr(type(value), '__float__', None)
    if method is None:
        raise TypeError('must be real number, not %s' % type(value).__name__)
    return float(value)


def setitimer(which, seconds, interval=0.0):
    """Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF).

The timer will fire after value seconds and after that every interval seconds.
The itimer can be cleared by setting seconds to zero.

Returns old values as a tuple: (delay, interval)."""
    result = _setitimer(_index(which), _seconds(seconds), _seconds(interval))
    if len(result) == 1:
        import os
        raise ItimerError(result[0], os.strerror(result[0]) if hasattr(os, 'strerror')
                          else 'Invalid argument')
    return result


def getitimer(which):
    """Returns current value of given itimer."""
    result = _getitimer(_index(which))
    if len(result) == 1:
        raise ItimerError(result[0], 'Invalid argument')
    return result


def _signal_set(signals, name):
    result = []
    for sig in signals:
        sig = _index(sig)
        if not 1 <= sig < NSIG:
            raise ValueError('signal number %d out of range [1; %d]' % (sig, NSIG - 1))
        result.append(sig)
    return tuple(result)


def pthread_sigmask(how, mask):
    """Fetch and/or change the signal mask of the calling thread."""
    how = _index(how)
    old = _sigmask(how, _signal_set(mask, 'pthread_sigmask'))
    _run_pending(_caller_frame(1))
    return {_int_to_enum(n, Signals) for n in old}


def sigpending():
    """Examine pending signals.

Returns a set of signal numbers that are pending for delivery to
the calling thread."""
    return {_int_to_enum(n, Signals) for n in _sigpending()}


def sigwait(sigset):
    """Wait for a signal.

Suspend execution of the calling thread until the delivery of one of the
signals specified in the signal set sigset.  The function accepts the signal
and removes it from the pending list of signals.

Returns the signal number."""
    return _int_to_enum(_sigwait(_signal_set(sigset, 'sigwait')), Signals)


def pthread_kill(thread_id, signalnum):
    """Send a signal to a thread."""
    import threading
    thread_id = _index(thread_id)
    if thread_id != threading.get_ident():
        raise ProcessLookupError(3, 'No such process')
    signum = _index(signalnum)
    if signum == 0:
        return
    raise_signal(signum)


def siginterrupt(signalnum, flag):
    """Change system call restart behaviour.

If flag is False, system calls will be restarted when interrupted by
signal sig, else system calls will be interrupted."""
    _siginterrupt(_signum(signalnum), 1 if _index(flag) else 0)


_wakeup_fd = -1


def set_wakeup_fd(fd, *, warn_on_full_buffer=True):
    """Sets the fd to be written to (with the signal number) when a signal comes in.

refpy records the descriptor but writes nothing to it."""
    global _wakeup_fd
    fd = _index(fd)
    old, _wakeup_fd = _wakeup_fd, fd
    return old
