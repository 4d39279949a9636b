"""faulthandler: print the Python stack on demand or when something goes badly wrong.

refpy's version writes the stacks of the running frames in CPython's layout
("Stack (most recent call first):" and one "  File ..., line N in NAME" line per frame,
newest first, at most 100 frames, names escaped to ASCII and cut at 500 characters).
refpy has no fatal signals to catch, so enable() only records its state; register() puts
a Python-level handler on the signal (run when refpy delivers it); dump_traceback_later()
checks its arguments and remembers the request, but no watchdog thread ever fires it.
"""

import io as _io
import operator as _operator
import os as _os
import sys as _sys

__all__ = ['enable', 'disable', 'is_enabled', 'dump_traceback', 'dump_traceback_later',
           'cancel_dump_traceback_later', 'register', 'unregister']

_FRAME_LIMIT = 100
_TEXT_LIMIT = 500
_FATAL_SIGNALS = (11, 8, 6, 7, 4)   # SEGV, FPE, ABRT, BUS, ILL
_NSIG = 65

_state = {'enabled': False, 'target': None, 'all_threads': True, 'later': None}
_registered = {}


# -- argument handling in the manner of the C module's parser ---------------------------

def _parse(fname, args, kwargs, names, defaults):
    total = len(args) + len(kwargs)
    if total > len(names):
        kind = '' if args else 'keyword '
        raise TypeError('%s() takes at most %d %sargument%s (%d given)' % (
            fname, len(names), kind, '' if len(names) == 1 else 's', total))
    values = dict(zip(names, args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, fname))
        if key in values:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)" % (
                fname, key, names.index(key) + 1))
        values[key] = value
    missing = [n for n in names if n not in values and n not in defaults]
    if missing:
        raise TypeError("%s() missing required argument '%s' (pos %d)" % (
            fname, missing[0], names.index(missing[0]) + 1))
    return [values.get(n, defaults.get(n)) for n in names]


def _no_args(fname, args, kwargs):
    if args:
        raise TypeError('faulthandler.%s() takes no arguments (%d given)' % (fname, len(args)))
    if kwargs:
        raise TypeError('faulthandler.%s() takes no keyword arguments' % fname)


def _flag(value):
    return _operator.index(value) if not isinstance(value, bool) else int(value)


class _Sink:
    """Where a dump goes: a descriptor, or (refpy files have no descriptor) the file."""

    def __init__(self, fd=None, stream=None):
        self.fd = fd
        self.stream = stream

    def emit(self, text):
        if self.stream is not None:
            if isinstance(self.stream, _io.TextIOBase) or 'b' not in str(
                    getattr(self.stream, 'mode', '')):
                self.stream.write(text)
            else:
                self.stream.write(text.encode('ascii', 'backslashreplace'))
            self.stream.flush()
        else:
            _os.write(self.fd, text.encode('ascii', 'backslashreplace'))


def _sink_for(file):
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError('sys.stderr is None')
    if isinstance(file, int):
        if file < 0:
            raise ValueError('file is not a valid file descripter')
        return _Sink(fd=file), file
    try:
        fd = file.fileno()
    except _io.UnsupportedOperation:
        # a refpy file object without an OS descriptor: write through it instead
        if isinstance(file, (_io.StringIO, _io.BytesIO)) or not hasattr(file, 'name'):
            raise
        try:
            file.flush()
        except Exception:
            pass
        return _Sink(stream=file), file
    if not isinstance(fd, int) or isinstance(fd, bool) or fd < 0:
        raise RuntimeError('file.fileno() is not a valid file descriptor')
    try:
        file.flush()
    except Exception:
        pass
    return _Sink(fd=fd), file


# -- formatting -------------------------------------------------------------------------

def _ascii(text):
    # printable ASCII stays; everything else becomes \xNN, \uNNNN or \UNNNNNNNN
    cut = len(text) > _TEXT_LIMIT
    if cut:
        text = text[:_TEXT_LIMIT]
    parts = []
    for ch in text:
        code = ord(ch)
        if 32 <= code < 127:
            parts.append(ch)
        elif code < 0x100:
            parts.append('\\x%02x' % code)
        elif code < 0x10000:
            parts.append('\\u%04x' % code)
        else:
            parts.append('\\U%08x' % code)
    if cut:
        parts.append('...')
    return ''.join(parts)


def _stack_text(frame, header):
    out = [header]
    depth = 0
    while frame is not None:
        if depth >= _FRAME_LIMIT:
            out.append('  ...\n')
            break
        code = frame.f_code
        line = frame.f_lineno
        out.append('  File "%s", line %s in %s\n' % (
            _ascii(code.co_filename), '???' if line is None else line, _ascii(code.co_name)))
        frame = frame.f_back
        depth += 1
    return ''.join(out)


def _dump(sink, frame, all_threads):
    if all_threads:
        import threading
        header = 'Current thread 0x%016x (most recent call first):\n' % threading.get_ident()
    else:
        header = 'Stack (most recent call first):\n'
    sink.emit(_stack_text(frame, header))


# -- public functions -------------------------------------------------------------------

def dump_traceback(*args, **kwargs):
    """dump_traceback(file=sys.stderr, all_threads=True): write the stack of the calling
    thread (refpy runs one thread) to file."""
    file, all_threads = _parse('dump_traceback', args, kwargs, ['file', 'all_threads'],
                               {'file': None, 'all_threads': True})
    sink, _ = _sink_for(file)
    _dump(sink, _sys._getframe(1), _flag(all_threads))


def enable(*args, **kwargs):
    """enable(file=sys.stderr, all_threads=True): turn the fault handler on."""
    file, all_threads = _parse('enable', args, kwargs, ['file', 'all_threads'],
                               {'file': None, 'all_threads': True})
    sink, target = _sink_for(file)
    _state.update(enabled=True, target=target, sink=sink, all_threads=_flag(all_threads))


def disable(*args, **kwargs):
    """disable(): turn the fault handler off; True if it was on."""
    _no_args('disable', args, kwargs)
    was_on = _state['enabled']
    _state.update(enabled=False, target=None, sink=None)
    return was_on


def is_enabled(*args, **kwargs):
    """is_enabled(): whether the fault handler is on."""
    _no_args('is_enabled', args, kwargs)
    return _state['enabled']


def dump_traceback_later(*args, **kwargs):
    """dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False):
    ask for a dump after timeout seconds (refpy: checked and recorded, never fired)."""
    timeout, repeat, file, exit = _parse(
        'dump_traceback_later', args, kwargs, ['timeout', 'repeat', 'file', 'exit'],
        {'repeat': False, 'file': None, 'exit': False})
    if isinstance(timeout, float):
        seconds = timeout
    else:
        seconds = _operator.index(timeout)
    if seconds != seconds:
        raise ValueError('Invalid value NaN (not a number)')
    if abs(seconds) >= 2 ** 63 / 1e9:
        raise OverflowError('timestamp out of range for platform time_t')
    if seconds <= 0:
        raise ValueError('timeout must be greater than 0')
    sink, target = _sink_for(file)
    _state['later'] = (seconds, _flag(repeat), target, sink, _flag(exit))


def cancel_dump_traceback_later(*args, **kwargs):
    """cancel_dump_traceback_later(): forget a dump_traceback_later() request."""
    _no_args('cancel_dump_traceback_later', args, kwargs)
    _state['later'] = None


def _check_signum(signum):
    signum = _operator.index(signum)
    if signum < 1 or signum >= _NSIG:
        raise ValueError('signal number out of range')
    return signum


def register(*args, **kwargs):
    """register(signum, file=sys.stderr, all_threads=True, chain=False): dump the stack
    when signal signum arrives (then run the previous handler too if chain)."""
    signum, file, all_threads, chain = _parse(
        'register', args, kwargs, ['signum', 'file', 'all_threads', 'chain'],
        {'file': None, 'all_threads': True, 'chain': False})
    signum = _check_signum(signum)
    if signum in _FATAL_SIGNALS:
        raise RuntimeError('signal %d cannot be registered, use enable() instead' % signum)
    sink, target = _sink_for(file)
    every = _flag(all_threads)
    chained = _flag(chain)
    import signal

    previous = _registered[signum][0] if signum in _registered else signal.getsignal(signum)

    def on_signal(number, frame):
        _dump(sink, frame, every)
        if chained and callable(previous):
            previous(number, frame)

    signal.signal(signum, on_signal)
    _registered[signum] = (previous, target)


def unregister(*args, **kwargs):
    """unregister(signum): undo register(); True if signum had been registered."""
    if kwargs:
        raise TypeError('unregister() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('unregister() takes exactly 1 argument (%d given)' % len(args))
    signum = args[0]
    signum = _check_signum(signum)
    entry = _registered.pop(signum, None)
    if entry is None:
        return False
    import signal
    signal.signal(signum, entry[0] if entry[0] is not None else signal.SIG_DFL)
    return True
