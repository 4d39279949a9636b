# refpy's `subprocess`: child processes over the native helpers of
# src/modules/subprocess.rs (`_spawn`, `_wait`, `_kill`, `_communicate`). This half
# checks and converts the arguments with CPython's messages, and owns the pipes: their
# file objects (`_PipeFile`, `_TextPipe`) read and write the descriptors with `os.read`
# and `os.write`, as CPython's BufferedReader/BufferedWriter/TextIOWrapper would.

import os as _os
import time as _time
from io import UnsupportedOperation as _Unsupported
from _io import _LineReader

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput',
           'getoutput', 'check_output', 'run', 'CalledProcessError', 'DEVNULL',
           'SubprocessError', 'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3
_INHERIT = -4

_PIPE_BUF = 512
_USE_POSIX_SPAWN = False
_USE_VFORK = True


class SubprocessError(Exception):
    pass


def _output_alias(cls):
    # `stdout` is another name for `output` on both error classes.
    def read(self):
        return self.output

    def write(self, value):
        self.output = value

    cls.stdout = property(read, write, doc='The same as the output attribute.')
    return cls


def _signal_name(signum):
    import signal
    try:
        return repr(signal.Signals(signum))
    except ValueError:
        return None


@_output_alias
class CalledProcessError(SubprocessError):
    """A child exited with a failing status while the caller asked for a check.

    Holds cmd, returncode, output (also as stdout) and stderr."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode, self.cmd = returncode, cmd
        self.output, self.stderr = output, stderr

    def __str__(self):
        code, cmd = self.returncode, self.cmd
        if not code or code >= 0:
            return f"Command '{cmd}' returned non-zero exit status {code:d}."
        name = _signal_name(-code)
        if name is None:
            return f"Command '{cmd}' died with unknown signal {-code:d}."
        return f"Command '{cmd}' died with {name}."


@_output_alias
class TimeoutExpired(SubprocessError):
    """The time given for waiting on a child ran out.

    Holds cmd, timeout, output (also as stdout) and stderr."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout = cmd, timeout
        self.output, self.stderr = output, stderr

    def __str__(self):
        return f"Command '{self.cmd}' timed out after {self.timeout} seconds"


def _generic_alias(cls, item):
    import types
    return types.GenericAlias(cls, item)


class CompletedProcess(object):
    """What run() hands back once the child is gone: its args, its returncode
    (minus the signal number when a signal ended it), and the captured stdout and
    stderr (None where nothing was captured)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        shown = [f'args={self.args!r}', f'returncode={self.returncode!r}']
        shown += [f'{field}={value!r}' for field, value in
                  (('stdout', self.stdout), ('stderr', self.stderr)) if value is not None]
        return f"{type(self).__name__}({', '.join(shown)})"

    __class_getitem__ = classmethod(_generic_alias)

    def check_returncode(self):
        """CalledProcessError when the child failed, nothing otherwise."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args,
                                     self.stdout, self.stderr)


# ---------------------------------------------------------------------------
# Pipe file objects
# ---------------------------------------------------------------------------

_CHUNK = 8192


class _PipeFile(_LineReader):
    """One end of a pipe to the child, as CPython's io.open(fd, 'rb'/'wb') gives it:
    reads are buffered (BufferedReader), writes wait in a buffer until flush(), close()
    or a full buffer (BufferedWriter)."""

    def __init__(self, fd, mode, bufsize=-1):
        self._fd = fd
        self.mode = mode
        self._reading = mode == 'rb'
        self._buf = b''
        self._pending = []
        self._pending_size = 0
        self._limit = _CHUNK if bufsize is None or bufsize < 0 else bufsize
        self._closed = False

    @property
    def name(self):
        return self._fd

    @property
    def closed(self):
        return self._closed

    @property
    def raw(self):
        return self

    def __repr__(self):
        kind = 'BufferedReader' if self._reading else 'BufferedWriter'
        return '<_io.%s name=%r>' % (kind, self._fd)

    def _check(self, what):
        if self._closed:
            raise ValueError(what)

    def fileno(self):
        self._check('I/O operation on closed file')
        return self._fd

    def readable(self):
        self._check('I/O operation on closed file')
        return self._reading

    def writable(self):
        self._check('I/O operation on closed file')
        return not self._reading

    def seekable(self):
        self._check('I/O operation on closed file')
        return False

    def isatty(self):
        self._check('I/O operation on closed file')
        return False

    def seek(self, pos, whence=0):
        raise _Unsupported('File or stream is not seekable.')

    def tell(self):
        self._check('I/O operation on closed file')
        raise OSError(29, 'Illegal seek')

    # -- reading --

    def _need_reader(self, what):
        self._check(what + ' of closed file')
        if not self._reading:
            raise _Unsupported(what)

    def _fill(self):
        """One read from the pipe into the buffer; False at the end."""
        chunk = _os.read(self._fd, _CHUNK)
        if not chunk:
            return False
        self._buf += chunk
        return True

    def read(self, size=-1):
        self._need_reader('read')
        if size is None or size < 0:
            chunks = [self._buf]
            self._buf = b''
            while True:
                chunk = _os.read(self._fd, 65536)
                if not chunk:
                    return b''.join(chunks)
                chunks.append(chunk)
        while len(self._buf) < size and self._fill():
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def read1(self, size=-1):
        self._need_reader('read')
        if not self._buf:
            self._fill()
        if size is None or size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def readinto(self, buffer):
        view = memoryview(buffer).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._need_reader('readline')
        if size is None:
            size = -1
        start = 0
        while True:
            end = self._buf.find(b'\n', start)
            if end >= 0:
                end += 1
                break
            if 0 <= size <= len(self._buf):
                end = size
                break
            start = len(self._buf)
            if not self._fill():
                end = len(self._buf)
                break
        if 0 <= size < end:
            end = size
        line, self._buf = self._buf[:end], self._buf[end:]
        return line

    def _check_readable(self):
        # Line iteration and readlines() come from io's _LineReader.
        self._check('I/O operation on closed file.')

    def _take_buffer(self):
        """What was read ahead and not yet returned (for communicate)."""
        data, self._buf = self._buf, b''
        return data

    # -- writing --

    def write(self, data):
        self._check('write to closed file')
        if self._reading:
            raise _Unsupported('write')
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(memoryview(data))
        self._pending.append(data)
        self._pending_size += len(data)
        if self._pending_size > self._limit:
            self._flush_pending()
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _flush_pending(self):
        data = b''.join(self._pending)
        self._pending = []
        self._pending_size = 0
        while data:
            data = data[_os.write(self._fd, data):]

    def flush(self):
        if self._reading:
            self._check('I/O operation on closed file.')
            return
        self._check('flush of closed file')
        self._flush_pending()

    def close(self):
        if self._closed:
            return
        try:
            if not self._reading:
                self._flush_pending()
        finally:
            self._closed = True
            _os.close(self._fd)

    def __enter__(self):
        self._check('I/O operation on closed file.')
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        try:
            self.close()
        except OSError:
            pass


def _split_utf8(data):
    """How many bytes of `data` end at a character boundary (an incomplete UTF-8
    sequence at the end waits for the next read)."""
    n = len(data)
    for back in range(1, min(4, n) + 1):
        c = data[n - back]
        if c < 0x80:
            return n
        if c >= 0xC0:
            need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
            return n if back >= need else n - back
    return n


class _TextPipe(_LineReader):
    """A text layer over a _PipeFile, as CPython's TextIOWrapper: decodes what is read
    (universal newlines: \\r\\n and \\r read as \\n), encodes what is written."""

    def __init__(self, buffer, encoding, errors, line_buffering=False):
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors
        self.line_buffering = line_buffering
        self._chars = ''
        self._raw = b''
        self._cr = False
        self._eof = False
        self._utf8 = encoding.lower().replace('_', '-') in ('utf-8', 'utf8')

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def __repr__(self):
        return '<_io.TextIOWrapper name=%r encoding=%r>' % (self.buffer.name,
                                                            self.encoding)

    def _check(self):
        if self.buffer.closed:
            raise ValueError('I/O operation on closed file.')

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def isatty(self):
        return self.buffer.isatty()

    def _decode(self, data, final):
        if not final and self._utf8:
            cut = _split_utf8(data)
            data, self._raw = data[:cut], data[cut:]
        text = data.decode(self.encoding, self.errors)
        if self._cr:
            text = '\r' + text
            self._cr = False
        if not final and text.endswith('\r'):
            text = text[:-1]
            self._cr = True
        return text.replace('\r\n', '\n').replace('\r', '\n')

    def _fill(self):
        """Decodes one more read of the pipe; False at the end."""
        if self._eof:
            return False
        chunk = self.buffer.read1(_CHUNK)
        if not chunk:
            self._eof = True
            self._chars += self._decode(self._raw, True)
            self._raw = b''
            return False
        self._chars += self._decode(self._raw + chunk, False)
        return True

    def _need_reader(self):
        self._check()
        if not self.buffer._reading:
            raise _Unsupported('not readable')

    def read(self, size=-1):
        self._need_reader()
        if size is None or size < 0:
            while self._fill():
                pass
            text, self._chars = self._chars, ''
            return text
        while len(self._chars) < size and self._fill():
            pass
        text, self._chars = self._chars[:size], self._chars[size:]
        return text

    def readline(self, size=-1):
        self._need_reader()
        if size is None:
            size = -1
        start = 0
        while True:
            end = self._chars.find('\n', start)
            if end >= 0:
                end += 1
                break
            start = len(self._chars)
            if 0 <= size <= start or not self._fill():
                end = len(self._chars)
                break
        if 0 <= size < end:
            end = size
        line, self._chars = self._chars[:end], self._chars[end:]
        return line

    def _check_readable(self):
        # Line iteration and readlines() come from io's _LineReader.
        self._check()

    def _take_buffer(self):
        """What was read ahead and not returned yet, as bytes (for communicate)."""
        data = self._chars.encode(self.encoding, self.errors) + self._raw
        self._chars = ''
        self._raw = b''
        return data + self.buffer._take_buffer()

    def write(self, text):
        self._check()
        if not isinstance(text, str):
            raise TypeError('write() argument must be str, not %s' % type(text).__name__)
        if not self.buffer.writable():
            raise _Unsupported('not writable')
        self.buffer.write(text.encode(self.encoding, self.errors))
        if self.line_buffering and ('\n' in text or '\r' in text):
            self.buffer.flush()
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc_info):
        self.close()


# ---------------------------------------------------------------------------
# Popen
# ---------------------------------------------------------------------------

_active = []


def _cleanup():
    """Reaps the children of Popen objects that died before their process ended."""
    for pid in _active[:]:
        try:
            done = _wait(pid, 0.0)
        except OSError:
            done = 0
        if done is not None:
            _active.remove(pid)


def _fsencode_arg(value):
    value = _os.fspath(value)
    if isinstance(value, str):
        value = value.encode('utf-8', 'surrogateescape')
    if b'\0' in value:
        raise ValueError('embedded null byte')
    return value


def _env_entries(env):
    entries = []
    for key, value in env.items():
        key = _os.fspath(key)
        value = _os.fspath(value)
        if isinstance(key, str):
            key = key.encode('utf-8', 'surrogateescape')
        if isinstance(value, str):
            value = value.encode('utf-8', 'surrogateescape')
        if b'\0' in key or b'\0' in value:
            raise ValueError('embedded null byte')
        if b'=' in key:
            raise ValueError('illegal environment variable name')
        entries.append(key + b'=' + value)
    return tuple(entries)


def _stream_spec(value, reading, opened):
    """A stdin/stdout/stderr argument as `_spawn` takes it. A descriptor opened here
    is added to `opened`, for closing once the child has started."""
    if value is None:
        return _INHERIT
    if value in (PIPE, STDOUT, DEVNULL) and isinstance(value, int):
        return value
    if isinstance(value, int):
        if value < 0:
            raise OSError(9, 'Bad file descriptor')
        return value
    try:
        return value.fileno()
    except _Unsupported:
        path = getattr(value, '_path', None)
        if not isinstance(path, str):
            raise
    # A file of refpy's open(), which holds no descriptor: the child gets its own on
    # the same file. For reading it starts where CPython's buffered file would have
    # left the shared offset: past the 8 KiB blocks read so far. What is written goes
    # to the end, where the file object's unflushed writes will follow, as they do in
    # CPython.
    if reading:
        fd = _os.open(path, _os.O_RDONLY)
        opened.append(fd)
        done = value.tell()
        if not getattr(value, '_binary', True):
            done = len(value._data[:done].encode(value.encoding))
        done = -(-done // _CHUNK) * _CHUNK
        while done > 0:
            skipped = len(_os.read(fd, min(done, 65536)))
            if not skipped:
                break
            done -= skipped
    else:
        fd = _os.open(path, _os.O_WRONLY | _os.O_APPEND)
        opened.append(fd)
    return fd


class Popen:
    """ Execute a child program in a new process."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        _cleanup()
        self._input = None
        self._communication_started = False
        self._comm = None
        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError('bufsize must be an integer')
        if pipesize is None:
            pipesize = -1
        if not isinstance(pipesize, int):
            raise TypeError('pipesize must be an integer')
        if startupinfo is not None:
            raise ValueError('startupinfo is only supported on Windows platforms')
        if creationflags != 0:
            raise ValueError('creationflags is only supported on Windows platforms')
        if preexec_fn is not None:
            raise NotImplementedError('refpy: preexec_fn is not supported')
        if user is not None or group is not None or extra_groups is not None:
            raise NotImplementedError('refpy: user, group and extra_groups are not supported')
        if pass_fds:
            raise NotImplementedError('refpy: pass_fds is not supported')
        if text is not None and universal_newlines is not None:
            if bool(text) != bool(universal_newlines):
                raise SubprocessError('Cannot disambiguate when both text '
                                      'and universal_newlines are supplied but '
                                      'different. Pass one or the other.')
        # Kept as given (not made a bool): `text_mode` shows the first true one.
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode:
            if encoding is None:
                self.encoding = encoding = 'UTF-8'
            if errors is None:
                errors = 'strict'
        if process_group is None:
            process_group = -1

        if isinstance(args, (str, bytes)):
            argv = [args]
        elif isinstance(args, _os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable:
                argv[0] = executable
        if executable is None:
            executable = argv[0]
        orig_executable = executable
        argv_bytes = tuple(_fsencode_arg(a) for a in argv)
        executable_bytes = _fsencode_arg(executable)
        cwd_bytes = None if cwd is None else _fsencode_arg(cwd)
        env_entries = None if env is None else _env_entries(env)
        opened = []
        try:
            specs = (_stream_spec(stdin, True, opened), _stream_spec(stdout, False, opened),
                     _stream_spec(stderr, False, opened))
            if specs[0] == STDOUT or specs[1] == STDOUT:
                raise OSError(9, 'Bad file descriptor')
            result = _spawn(argv_bytes, executable_bytes, cwd_bytes, env_entries,
                            specs[0], specs[1], specs[2], bool(start_new_session),
                            process_group, umask)
        finally:
            for fd in opened:
                _os.close(fd)
        if not result[0]:
            _, errno, message, in_cwd = result
            raise OSError(errno, message, cwd if in_cwd else orig_executable)
        _, self.pid, in_fd, out_fd, err_fd = result
        self._child_created = True
        if in_fd >= 0:
            self.stdin = _PipeFile(in_fd, 'wb', bufsize)
            if self.text_mode:
                self.stdin = _TextPipe(self.stdin, encoding, errors,
                                       line_buffering=(bufsize == 1))
        if out_fd >= 0:
            self.stdout = _PipeFile(out_fd, 'rb', bufsize)
            if self.text_mode:
                self.stdout = _TextPipe(self.stdout, encoding, errors)
        if err_fd >= 0:
            self.stderr = _PipeFile(err_fd, 'rb', bufsize)
            if self.text_mode:
                self.stderr = _TextPipe(self.stderr, encoding, errors)

    def __repr__(self):
        obj_repr = (
            f"<{self.__class__.__name__}: "
            f"returncode: {self.returncode} args: {self.args!r}>"
        )
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    __class_getitem__ = classmethod(_generic_alias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                pass
            else:
                self.wait()

    def __del__(self):
        if not self._child_created:
            return
        if self.returncode is None:
            self._reap(0.0)
            if self.returncode is None:
                _active.append(self.pid)

    def _reap(self, timeout):
        if self.returncode is None:
            code = _wait(self.pid, timeout)
            if code is not None:
                self.returncode = code
        return self.returncode

    def poll(self):
        """Check if child process has terminated. Set and return returncode
        attribute."""
        return self._reap(0.0)

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if timeout is not None:
            if self._reap(max(timeout, 0.0)) is None:
                raise TimeoutExpired(self.args, timeout)
            return self.returncode
        return self._reap(None)

    def send_signal(self, sig):
        """Send a signal to the process."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            _kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(15)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(9)

    def communicate(self, input=None, timeout=None):
        """Interact with process: Send data to stdin and close it.
        Read data from stdout and stderr, until end-of-file is
        reached.  Wait for process to terminate.

        The optional "input" argument should be data to be sent to the
        child process, or None, if no data should be sent to the child.
        communicate() returns a tuple (stdout, stderr)."""
        if self._communication_started and input:
            raise ValueError('Cannot send input after starting communication')
        if timeout is not None:
            endtime = _time.monotonic() + timeout
        else:
            endtime = None
        pipes = [f for f in (self.stdin, self.stdout, self.stderr) if f is not None]
        if not pipes:
            self.wait(None if endtime is None else endtime - _time.monotonic())
            return (None, None)
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        finally:
            self._communication_started = True
        self.wait(None if endtime is None else endtime - _time.monotonic())
        return (stdout, stderr)

    def _communicate(self, input, endtime, orig_timeout):
        if self._comm is None:
            data = b''
            if self.stdin is not None and not self._communication_started:
                try:
                    self.stdin.flush()
                except BrokenPipeError:
                    pass
                if input:
                    if self.text_mode:
                        input = input.encode(self.stdin.encoding, self.stdin.errors)
                    elif isinstance(input, str):
                        # CPython writes to a lone pipe through the file object, else
                        # through a memoryview of the input.
                        single = (orig_timeout is None and [
                            self.stdin, self.stdout, self.stderr].count(None) >= 2)
                        raise TypeError("%sa bytes-like object is required, not 'str'"
                                        % ('' if single else 'memoryview: '))
                    data = bytes(memoryview(input))
                else:
                    self.stdin.close()
            out = [self.stdout._take_buffer()] if self.stdout is not None else None
            err = [self.stderr._take_buffer()] if self.stderr is not None else None
            self._comm = [data, 0, out, err]
        data, written, out, err = self._comm

        def fd(f):
            return f.fileno() if f is not None and not f.closed else -1

        while True:
            remaining = None if endtime is None else max(endtime - _time.monotonic(), 0.0)
            (done, out_chunk, err_chunk, in_done, out_eof, err_eof,
             timed_out) = _communicate(fd(self.stdin), data[written:], fd(self.stdout),
                                       fd(self.stderr), remaining)
            written += done
            self._comm[1] = written
            if out_chunk:
                out.append(out_chunk)
            if err_chunk:
                err.append(err_chunk)
            if in_done and self.stdin is not None and not self.stdin.closed:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
            if out_eof and self.stdout is not None:
                self.stdout.close()
            if err_eof and self.stderr is not None:
                self.stderr.close()
            if timed_out:
                raise TimeoutExpired(
                    self.args, orig_timeout,
                    output=b''.join(out) if out and any(out) else None,
                    stderr=b''.join(err) if err and any(err) else None)
            if not (fd(self.stdin) >= 0 or fd(self.stdout) >= 0 or fd(self.stderr) >= 0):
                break
        stdout = b''.join(out) if out is not None else None
        stderr = b''.join(err) if err is not None else None
        if self.text_mode:
            if stdout is not None:
                stdout = self._translate(stdout, self.stdout)
            if stderr is not None:
                stderr = self._translate(stderr, self.stderr)
        return (stdout, stderr)

    @staticmethod
    def _translate(data, stream):
        text = data.decode(stream.encoding, stream.errors)
        return text.replace('\r\n', '\n').replace('\r', '\n')


# ---------------------------------------------------------------------------
# The convenience functions
# ---------------------------------------------------------------------------

def _text_wanted(options):
    return any(options.get(key) for key in ('universal_newlines', 'text', 'encoding', 'errors'))


def call(*popenargs, timeout=None, **kwargs):
    """Starts the command, waits for it (at most `timeout` seconds) and gives its
    exit status."""
    with Popen(*popenargs, **kwargs) as child:
        try:
            status = child.wait(timeout=timeout)
        except BaseException:
            child.kill()
            raise
        return status


def check_call(*popenargs, **kwargs):
    """call(), raising CalledProcessError instead of giving back a failing status."""
    status = call(*popenargs, **kwargs)
    if not status:
        return 0
    command = kwargs.get('args')
    raise CalledProcessError(status, popenargs[0] if command is None else command)


def check_output(*popenargs, timeout=None, **kwargs):
    """run() with check=True, capturing and returning what the command wrote to
    its standard output."""
    for name in ('stdout', 'check'):
        if name in kwargs:
            raise ValueError(f'{name} argument not allowed, it will be overridden.')
    if kwargs.get('input', 0) is None:
        # An explicit input=None still means "an empty stdin", not "inherit".
        kwargs['input'] = '' if _text_wanted(kwargs) else b''
    done = run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs)
    return done.stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False,
        **kwargs):
    """Runs a command to its end and describes it with a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if (kwargs.get('stdout'), kwargs.get('stderr')) != (None, None):
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs.update(stdout=PIPE, stderr=PIPE)
    with Popen(*popenargs, **kwargs) as child:
        try:
            out, err = child.communicate(input, timeout=timeout)
        except TimeoutExpired:
            child.kill()
            child.wait()
            raise
        except BaseException:
            child.kill()
            raise
        status = child.poll()
        if status and check:
            raise CalledProcessError(status, child.args, output=out, stderr=err)
    return CompletedProcess(child.args, status, out, err)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output without its last newline) of `cmd` run by the shell,
    its standard error mixed into the output."""
    try:
        text = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as failure:
        text, status = failure.output, failure.returncode
    if text.endswith('\n'):
        text = text[:-1]
    return status, text


def getoutput(cmd, *, encoding=None, errors=None):
    """Just the output half of getstatusoutput()."""
    status, text = getstatusoutput(cmd, encoding=encoding, errors=errors)
    return text
