"""refpy's logging.handlers: the file-rotating, buffering and queue handlers.

Written for refpy from the logging documentation (not CPython's Lib). The handlers that
need sockets or system services (Socket, Datagram, SysLog, SMTP, HTTP, NTEventLog) are
missing: refpy has no `socket` module.

refpy runs one thread, so QueueListener cannot wait on its queue in a thread of its own:
`start()` hands on the records already queued and `stop()` the rest, each through the
listener's handlers in the order they were queued.
"""

import io
import os
import re
import time
import logging

_Handler = logging.Handler
_FileHandler = logging.FileHandler

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_DAY = 24 * 60 * 60


class BaseRotatingHandler(_FileHandler):
    """A FileHandler that checks before each record whether to start a new file."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False,
                 errors=None):
        super().__init__(filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            due = self.shouldRollover(record)
            if due:
                self.doRollover()
            _FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        namer = self.namer
        return namer(default_name) if callable(namer) else default_name

    def rotate(self, source, dest):
        rotator = self.rotator
        if callable(rotator):
            rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _close_stream(self):
        if self.stream:
            self.stream.close()
            self.stream = None


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the current one would grow past maxBytes, keeping
    backupCount old ones as NAME.1 (newest) ... NAME.backupCount."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'
        text = 'b' not in mode
        super().__init__(filename, mode, encoding=io.text_encoding(encoding) if text else encoding,
                         delay=delay, errors=errors)
        self.maxBytes, self.backupCount = maxBytes, backupCount

    def doRollover(self):
        self._close_stream()
        if self.backupCount > 0:
            base = self.baseFilename
            for n in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename(f'{base}.{n}')
                newer = self.rotation_filename(f'{base}.{n + 1}')
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(base + '.1')
            if os.path.exists(first):
                os.remove(first)
            self.rotate(base, first)
        if not self.delay:
            self._reopen()

    def _reopen(self):
        self.stream = self._open()

    def _special_file(self):
        # Only ordinary files rotate (not e.g. /dev/null).
        where = self.baseFilename
        return os.path.exists(where) and not os.path.isfile(where)

    def shouldRollover(self, record):
        if self._special_file():
            return False
        if self.stream is None:
            self._reopen()
        if self.maxBytes <= 0:
            return False
        line = '%s\n' % self.format(record)
        self.stream.seek(0, 2)
        return self.stream.tell() + len(line) >= self.maxBytes


_WHEN = {
    'S': (1, '%Y-%m-%d_%H-%M-%S', r'\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}'),
    'M': (60, '%Y-%m-%d_%H-%M', r'\d{4}-\d{2}-\d{2}_\d{2}-\d{2}'),
    'H': (60 * 60, '%Y-%m-%d_%H', r'\d{4}-\d{2}-\d{2}_\d{2}'),
    'D': (_DAY, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'),
    'MIDNIGHT': (_DAY, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Starts a new file every `interval` units of `when` ('S', 'M', 'H', 'D',
    'midnight', or 'W0'-'W6' for a weekday), naming old files by their time."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        super().__init__(filename, 'a', encoding=io.text_encoding(encoding), delay=delay,
                         errors=errors)
        self.when = when.upper()
        self.backupCount, self.utc, self.atTime = backupCount, utc, atTime
        if self.when[:1] == 'W':
            if len(self.when) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 "
                                 "to 6 (0 is Monday): %s" % self.when)
            if self.when[1] not in '0123456':
                raise ValueError("Invalid day specified for weekly rollover: %s"
                                 % self.when)
            self.dayOfWeek = int(self.when[1:])
            unit, self.suffix, pattern = 7 * _DAY, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'
        elif self.when in _WHEN:
            unit, self.suffix, pattern = _WHEN[self.when]
        else:
            raise ValueError(f"Invalid rollover interval specified: {self.when}")
        self.extMatch = re.compile(r'(?<!\d)' + pattern + r'(?!\d)', re.ASCII)
        self.interval = unit * interval
        start = int(os.stat(filename).st_mtime) if os.path.exists(filename) else int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def computeRollover(self, currentTime):
        if self.when != 'MIDNIGHT' and not self.when.startswith('W'):
            return currentTime + self.interval
        # Next midnight (or atTime) after currentTime; weekly: on dayOfWeek.
        t = time.gmtime(currentTime) if self.utc else time.localtime(currentTime)
        now = t.tm_hour * 3600 + t.tm_min * 60 + t.tm_sec
        if self.atTime is None:
            at = 0
        else:
            at = self.atTime.hour * 3600 + self.atTime.minute * 60 + self.atTime.second
        wait = at - now
        if wait < 0:
            wait += _DAY
        result = currentTime + wait
        if self.when.startswith('W') and t.tm_wday != self.dayOfWeek:
            result += ((self.dayOfWeek - t.tm_wday) % 7) * _DAY
        return result

    def shouldRollover(self, record):
        if self._special_file():
            return False
        return int(time.time()) >= self.rolloverAt

    _special_file = RotatingFileHandler._special_file
    _reopen = RotatingFileHandler._reopen

    def getFilesToDelete(self):
        folder, base = os.path.split(self.baseFilename)
        prefix = base + '.'
        old = []
        for name in os.listdir(folder):
            if name.startswith(prefix) and self.extMatch.fullmatch(name[len(prefix):]):
                old.append(os.path.join(folder, name))
        if len(old) <= self.backupCount:
            return []
        old.sort()
        return old[:len(old) - self.backupCount]

    def doRollover(self):
        self._close_stream()
        now = int(time.time())
        began = self.rolloverAt - self.interval
        stamp = time.gmtime(began) if self.utc else time.localtime(began)
        target = self.rotation_filename(self.baseFilename + '.' +
                                        time.strftime(self.suffix, stamp))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for name in self.getFilesToDelete():
                os.remove(name)
        if not self.delay:
            self._reopen()
        next_at = self.computeRollover(now)
        while next_at <= now:
            next_at += self.interval
        self.rolloverAt = next_at


class WatchedFileHandler(_FileHandler):
    """Reopens its file when the file at its path is no longer the one it has open
    (moved or deleted by a log rotator)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        super().__init__(filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.dev = self.ino = -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            st = os.stat(self.baseFilename)
            self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
            same = (st.st_dev, st.st_ino) == (self.dev, self.ino)
        except FileNotFoundError:
            same = False
        if same:
            return
        old = self.stream
        if old is not None:
            self.stream = None
            old.flush()
            old.close()
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        super().emit(record)


class BufferingHandler(_Handler):
    """Keeps records in `buffer`; flushes (by default: empties it) when full."""

    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        buffered = self.buffer
        buffered.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            _Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to `target` when the buffer is full or a record
    of flushLevel or above arrives (and, with flushOnClose, when closed)."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        super().__init__(capacity)
        self.flushLevel, self.target, self.flushOnClose = flushLevel, target, flushOnClose

    def shouldFlush(self, record):
        if record.levelno >= self.flushLevel:
            return True
        return len(self.buffer) >= self.capacity

    def setTarget(self, target):
        self.target = target

    def flush(self):
        sink = self.target
        if sink:
            for held in self.buffer:
                sink.handle(held)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.target = None
            super().close()


class QueueHandler(_Handler):
    """Puts each record, formatted and made picklable, on a queue."""

    def __init__(self, queue):
        super().__init__()
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        import copy
        text = self.format(record)
        # A copy whose message is final text: no arguments or traceback to carry.
        flat = copy.copy(record)
        flat.message = flat.msg = text
        flat.args = flat.exc_info = flat.exc_text = None
        return flat

    def emit(self, record):
        try:
            ready = self.prepare(record)
            self.enqueue(ready)
        except Exception:
            self.handleError(record)


class QueueListener:
    """Takes records off a queue and passes them to its handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue, self.handlers = queue, handlers
        self.respect_handler_level = bool(respect_handler_level)
        self._thread = None

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = True
        self._drain(until_sentinel=False)

    def prepare(self, record):
        return record

    def handle(self, record):
        ready = self.prepare(record)
        checked = self.respect_handler_level
        for h in self.handlers:
            if not checked or ready.levelno >= h.level:
                h.handle(ready)

    def _drain(self, until_sentinel):
        has_task_done = hasattr(self.queue, 'task_done')
        while True:
            if not until_sentinel and self.queue.empty():
                return
            item = self.dequeue(until_sentinel)
            if item is not self._sentinel:
                self.handle(item)
            if has_task_done:
                self.queue.task_done()
            if item is self._sentinel:
                return

    def enqueue_sentinel(self):
        self.queue.put_nowait(None)

    def stop(self):
        if self._thread:
            self.enqueue_sentinel()
            self._drain(until_sentinel=True)
            self._thread = None
