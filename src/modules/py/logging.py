"""A flexible event logging system (refpy's own implementation of `logging`).

The moving parts, as the documentation describes them:

* a *record* (`LogRecord`) for every event, carrying the message, its arguments, the
  level and where the call came from;
* *loggers* (`Logger`) named in a dotted hierarchy below the root logger; a record
  a logger accepts travels up the hierarchy to the *handlers* of each logger until
  one does not propagate, and falls back to `lastResort` when none handled it;
* *handlers* (`StreamHandler`, `FileHandler`, `NullHandler`) which filter records
  and write them out through a *formatter* (`Formatter`, with '%', '{' or '$'
  format strings);
* *filters*, on loggers and on handlers, deciding which records pass.

refpy runs one thread, so the locks the API names do nothing. `%(asctime)s` is in UTC
(refpy has no local time zone).
"""

import sys
import os
import io
import re
import time
import weakref
from collections.abc import Mapping
import string

# A frozen module gets no __path__; an empty one makes `logging.handlers` importable.
try:
    __path__
except NameError:
    __path__ = []

__all__ = """
    BASIC_FORMAT BufferingFormatter CRITICAL DEBUG ERROR FATAL FileHandler Filter
    Formatter Handler INFO LogRecord Logger LoggerAdapter NOTSET NullHandler
    StreamHandler WARN WARNING addLevelName basicConfig captureWarnings critical
    debug disable error exception fatal getLevelName getLogger getLoggerClass info
    log makeLogRecord setLoggerClass shutdown warn warning getLogRecordFactory
    setLogRecordFactory lastResort raiseExceptions getLevelNamesMapping
""".split()

# Switches of the module (documented): report errors raised while handling records,
# and which process/thread facts records collect.
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

_LOADED_AT = time.time()


# ---- levels --------------------------------------------------------------------------

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

# The two tables keep these names: other modules (unittest's assertLogs) read them.
_levelToName = {50: 'CRITICAL', 40: 'ERROR', 30: 'WARNING', 20: 'INFO', 10: 'DEBUG',
                0: 'NOTSET'}
_nameToLevel = dict(CRITICAL=50, FATAL=50, ERROR=40, WARN=30, WARNING=30, INFO=20,
                    DEBUG=10, NOTSET=0)


def getLevelNamesMapping():
    """A copy of the table from level names to numbers."""
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of level number `level`; the number of level name `level`; else
    'Level <level>'."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    """Give level number `level` the name `levelName` (and the name that number)."""
    _levelToName.update({level: levelName})
    _nameToLevel.update({levelName: level})


def _level_number(level):
    # A level given as a number or as a registered name.
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    if level not in _nameToLevel:
        raise ValueError("Unknown level: %r" % level)
    return _nameToLevel[level]


def _warn_deprecated(kind):
    # Attributed to the code that called the warn() calling this.
    import warnings
    warnings.warn("The 'warn' %s is deprecated, use 'warning' instead" % kind,
                  DeprecationWarning, 3)


class _NoLock:
    # refpy has a single thread: the handler and module locks are never contended.
    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def __enter__(self):
        return True

    def __exit__(self, *exc_info):
        return False


_guard = _NoLock()


# ---- where a call came from ----------------------------------------------------------

def currentframe():
    """The frame of the function that called this one."""
    return sys._getframe(1)


# Frames running this file are passed over when the caller of a logging call is
# looked for. Setting it to None (as the documentation allows) skips the lookup.
_srcfile = os.path.normcase(currentframe.__code__.co_filename)


def _in_this_file(frame):
    return os.path.normcase(frame.f_code.co_filename) == _srcfile


def _inside_logging(frame):
    if _in_this_file(frame):
        return True
    path = frame.f_code.co_filename
    return "importlib" in path and "_bootstrap" in path


def _call_stack_text(frame):
    import traceback
    text = io.StringIO()
    text.write("Stack (most recent call last):\n")
    traceback.print_stack(frame, file=text)
    return text.getvalue().removesuffix("\n")


_UNKNOWN_CALLER = ("(unknown file)", 0, "(unknown function)")


# ---- records -------------------------------------------------------------------------

def _thread_facts():
    if not logThreads:
        return None, None
    import _thread
    ident = _thread.get_ident()
    threading = sys.modules.get('threading')
    if threading is None:
        return ident, 'MainThread'
    return ident, threading.current_thread().name


def _process_name():
    if not logMultiprocessing:
        return None
    processing = sys.modules.get('multiprocessing')
    if processing is not None:
        try:
            return processing.current_process().name
        except Exception:
            pass
    return 'MainProcess'


class LogRecord(object):
    """Everything known about one logged event."""

    def __init__(self, name, level, pathname, lineno,
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        stamp = time.time()
        self.name = name
        self.msg = msg
        # A single non-empty mapping argument serves '%(key)s' formats.
        if args and len(args) == 1:
            only = args[0]
            if isinstance(only, Mapping) and only:
                args = only
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            base = os.path.basename(pathname)
            stem = os.path.splitext(base)[0]
        except (AttributeError, TypeError, ValueError):
            base, stem = pathname, "Unknown module"
        self.filename = base
        self.module = stem
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = stamp
        self.msecs = float(int((stamp - int(stamp)) * 1000))
        self.relativeCreated = (stamp - _LOADED_AT) * 1000
        self.thread, self.threadName = _thread_facts()
        self.processName = _process_name()
        can_tell = logProcesses and hasattr(os, 'getpid')
        self.process = os.getpid() if can_tell else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message text: str(msg), %-formatted with args when there are any."""
        text = str(self.msg)
        return text % self.args if self.args else text


_record_factory = LogRecord


def setLogRecordFactory(factory):
    """Make records with `factory` (called as LogRecord would be) from now on."""
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    """The callable that makes records."""
    return _record_factory


def makeLogRecord(dict):
    """A record whose attributes are the items of `dict`."""
    made = _record_factory(None, None, "", 0, "", (), None, None)
    made.__dict__.update(dict)
    return made


# ---- format styles -------------------------------------------------------------------

def _brace_fields(text):
    """Yield the replacement fields of a str.format() string as (name, conversion,
    spec), raising the ValueError str.format() raises when the scan reaches a
    malformed one."""
    size = len(text)
    pos = 0
    while pos < size:
        ch = text[pos]
        pos += 1
        if ch == '}':
            if pos < size and text[pos] == '}':
                pos += 1
                continue
            raise ValueError("Single '}' encountered in format string")
        if ch != '{':
            continue
        if pos == size:
            raise ValueError("Single '{' encountered in format string")
        if text[pos] == '{':
            pos += 1
            continue
        # The name ends at ':', '!' or '}' outside an index in brackets.
        begin = pos
        ender = None
        while pos < size and ender is None:
            ch = text[pos]
            pos += 1
            if ch == '[':
                shut = text.find(']', pos)
                pos = size if shut < 0 else shut
            elif ch == '{':
                raise ValueError("unexpected '{' in field name")
            elif ch in ':!}':
                ender = ch
        if ender is None:
            raise ValueError("expected '}' before end of string")
        name = text[begin:pos - 1]
        conversion = None
        if ender == '!':
            if pos == size:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = text[pos]
            pos += 1
            if pos < size:
                ender = text[pos]
                pos += 1
                if ender not in ':}':
                    raise ValueError("expected ':' after conversion specifier")
            else:
                ender = ':'
        if ender == '}':
            yield name, conversion, ''
            continue
        # The spec runs to the brace closing the field (nested fields may open).
        begin = pos
        depth = 1
        while pos < size:
            ch = text[pos]
            pos += 1
            depth += (ch == '{') - (ch == '}')
            if not depth:
                break
        if depth:
            raise ValueError("unmatched '{' in format spec")
        yield name, conversion, text[begin:pos - 1]


class PercentStyle(object):
    """printf-style formats: '%(name)s'."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    validation_pattern = re.compile(
        r'%\(\w+\)[-#0+ ]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[acdefgiorsux%]', re.I)

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt if fmt else self.default_format
        self._extra_fields = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        """Raise ValueError unless the format has a field."""
        if self.validation_pattern.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _fields(self, record):
        if self._extra_fields:
            return {**self._extra_fields, **record.__dict__}
        return record.__dict__

    def _render(self, record):
        return self._fmt % self._fields(record)

    def format(self, record):
        try:
            return self._render(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    """str.format() formats: '{name}'."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'
    fmt_spec = re.compile(
        r'^(?:.?[<>=^])?[-+ ]?#?0?(?:\d+|\{\w+\})?[,_]?(?:\.(?:\d+|\{\w+\}))?'
        r'[bcdefgnosx%]?$', re.I)
    field_spec = re.compile(r'^(?:\d+|\w+)(?:\.\w+|\[[^]]+\])*$', re.I)

    def _render(self, record):
        return self._fmt.format(**self._fields(record))

    def validate(self):
        """Raise ValueError for a malformed field, a bad conversion or spec, or a
        format without fields."""
        names = []
        try:
            for name, conversion, spec in _brace_fields(self._fmt):
                if name:
                    if self.field_spec.match(name) is None:
                        raise ValueError('invalid field name/expression: %r' % name)
                    names.append(name)
                if conversion is not None and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and self.fmt_spec.match(spec) is None:
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if not names:
            raise ValueError('invalid format: no fields')


# What string.Template recognises after a '$'.
_DOLLAR = re.compile(r'\$(?:(\$)|([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\}|)',
                     re.I | re.A)


class StringTemplateStyle(PercentStyle):
    """string.Template formats: '$name' or '${name}'."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        self._template = string.Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        names = []
        for hit in _DOLLAR.finditer(self._fmt):
            doubled, bare, braced = hit.groups()
            if bare or braced:
                names.append(bare or braced)
            elif not doubled:
                raise ValueError('invalid format: bare \'$\' not allowed')
        if not names:
            raise ValueError('invalid format: no fields')

    def _render(self, record):
        return self._template.substitute(**self._fields(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style character -> (style class, the format basicConfig uses by default)
_STYLE_KINDS = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


def _style_kind(style):
    if style not in _STYLE_KINDS:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLE_KINDS))
    return _STYLE_KINDS[style]


def _plain_converter(formatter):
    # CPython's time functions are builtins, which never bind as methods; refpy's are
    # partly written in Python, so `Formatter.converter = time.gmtime` gives a bound
    # method here. Such a library function is called unbound.
    found = formatter.converter
    func = getattr(found, '__func__', None)
    if (func is not None and getattr(found, '__self__', None) is formatter
            and getattr(func, '__code__', None) is not None
            and func.__code__.co_filename.startswith('<frozen ')):
        return func
    return found


def _with_line(text, more):
    # `more` on a line of its own after `text`.
    if text[-1:] != "\n":
        text += "\n"
    return text + more


class Formatter(object):
    """Renders a record as text through a format string of one of the three styles."""

    converter = staticmethod(time.localtime)
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        self._style = _style_kind(style)[0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """The record's creation time through `datefmt`, or the default format
        with milliseconds."""
        moment = _plain_converter(self)(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        with_msecs = self.default_msec_format
        if with_msecs:
            text = with_msecs % (text, record.msecs)
        return text

    def formatException(self, ei):
        """The traceback report of exc_info triple `ei`, without a final newline."""
        import traceback
        lines = traceback.format_exception(ei[0], ei[1], ei[2])
        return ''.join(lines).removesuffix("\n")

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """The record as text: the formatted message, then any traceback (made once,
        kept as `record.exc_text`) and stack information."""
        record.message = record.getMessage()
        if self.usesTime():
            stamp = self.formatTime(record, self.datefmt)
            record.asctime = stamp
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            report = self.formatException(record.exc_info)
            record.exc_text = report
        if record.exc_text:
            text = _with_line(text, record.exc_text)
        if record.stack_info:
            text = _with_line(text, self.formatStack(record.stack_info))
        return text


_plain_formatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: header, each record, footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _plain_formatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        pieces = [self.formatHeader(records)]
        pieces.extend(self.linefmt.format(one) for one in records)
        pieces.append(self.formatFooter(records))
        return ''.join(pieces)


# ---- filters -------------------------------------------------------------------------

class Filter(object):
    """Passes the records of logger `name` and of the loggers below it (every
    record when `name` is empty)."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.nlen or record.name == self.name:
            return True
        return (record.name.startswith(self.name)
                and record.name[self.nlen] == ".")


class Filterer(object):
    """Base of loggers and handlers: keeps a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """Whether every filter (a Filter-like object or a plain callable) passes
        the record."""
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, 'filter') else check(record)
            if not verdict:
                return False
        return True


# ---- handlers ------------------------------------------------------------------------

_named_handlers = weakref.WeakValueDictionary()
_live_handlers = []     # weak references to every handler made, oldest first


def _forget_handler(ref):
    if ref in _live_handlers:
        _live_handlers.remove(ref)


class Handler(Filterer):
    """Sends records somewhere; subclasses say where by defining emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _level_number(level)
        self.formatter = None
        self._closed = False
        _live_handlers.append(weakref.ref(self, _forget_handler))
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        if self._name in _named_handlers:
            del _named_handlers[self._name]
        self._name = name
        if name:
            _named_handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _NoLock()

    def _at_fork_reinit(self):
        pass

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _level_number(level)

    def format(self, record):
        return (self.formatter or _plain_formatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        """Emit the record if the filters pass it; return whether they did."""
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name and self._name in _named_handlers:
            del _named_handlers[self._name]

    def handleError(self, record):
        """Report the exception being handled (raised by emit) on sys.stderr, with
        the stack of the logging call and the record's message, and carry on."""
        err = sys.stderr
        if not (raiseExceptions and err):
            return
        import traceback
        kind, value, tb = sys.exc_info()
        try:
            err.write('--- Logging error ---\n')
            traceback.print_exception(kind, value, tb, None, err)
            err.write('Call stack:\n')
            frame = tb.tb_frame if tb is not None else None
            while frame is not None and _in_this_file(frame):
                frame = frame.f_back
            if frame is not None:
                traceback.print_stack(frame, file=err)
            else:
                err.write('Logged from file %s, line %s\n'
                          % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments'
                          ' - possible formatting error.\nUse the'
                          ' traceback above to help find the error.\n')
        except OSError:
            pass
        finally:
            kind = value = tb = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each record and `terminator` to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        out = self.stream
        if out and hasattr(out, "flush"):
            out.flush()

    def emit(self, record):
        try:
            text = self.format(record) + self.terminator
            self.stream.write(text)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Write to `stream` from now on; return the stream used before (None when
        it is the same one)."""
        if stream is self.stream:
            return None
        previous = self.stream
        self.flush()
        self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label += ' '
        return '<%s %s(%s)>' % (type(self).__name__, label, getLevelName(self.level))


class FileHandler(StreamHandler):
    """Writes records to a file, opened at once or, with delay, at the first record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        if encoding is None and "b" not in mode:
            encoding = 'locale'
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        opened = None if delay else self._open()
        Handler.__init__(self)
        self.stream = opened

    def _open(self):
        extra = {}
        if self.encoding not in (None, 'locale'):
            extra['encoding'] = self.encoding
        if self.errors is not None:
            extra['errors'] = self.errors
        return self._builtin_open(self.baseFilename, self.mode, **extra)

    def close(self):
        held = self.stream
        try:
            if held:
                try:
                    self.flush()
                finally:
                    self.stream = None
                    if hasattr(held, "close"):
                        held.close()
        finally:
            StreamHandler.close(self)

    def emit(self, record):
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            super().emit(record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    # The handler of last resort writes to whatever sys.stderr is at the moment.

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level=level)

    @property
    def stream(self):
        return sys.stderr


lastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """Discards every record (a library's loggers get one so that nothing falls
    through to lastResort)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---- loggers -------------------------------------------------------------------------

class PlaceHolder(object):
    """Stands in the hierarchy for a logger not yet made that has descendants."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def _require_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def setLoggerClass(klass):
    """Make getLogger() create instances of `klass` (a Logger subclass)."""
    global _logger_class
    _require_logger_class(klass)
    _logger_class = klass


def getLoggerClass():
    """The class getLogger() instantiates."""
    return _logger_class


class Manager(object):
    """Owns the loggers by name and keeps every logger's `parent` pointing at its
    nearest existing ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _level_number(value)

    def getLogger(self, name):
        """The logger called `name`, made (and wired into the hierarchy) if needed."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        present = self.loggerDict.get(name)
        if present is not None and not isinstance(present, PlaceHolder):
            return present
        made = (self.loggerClass or _logger_class)(name)
        made.manager = self
        self.loggerDict[name] = made
        if present is not None:
            self._take_over(present, made)
        self._attach(made)
        return made

    def setLoggerClass(self, klass):
        _require_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _attach(self, node):
        # Walk the dotted prefixes of the name, longest first: the first real logger
        # is the parent; missing ones get a placeholder remembering `node`.
        # (A dot right before the one just used is passed over, as CPython does.)
        name = node.name
        cut = name.rfind('.')
        while cut > 0:
            prefix = name[:cut]
            holder = self.loggerDict.get(prefix)
            if holder is None:
                self.loggerDict[prefix] = PlaceHolder(node)
            elif isinstance(holder, PlaceHolder):
                holder.append(node)
            else:
                node.parent = holder
                return
            cut = name.rfind('.', 0, cut - 1)
        node.parent = self.root

    def _take_over(self, holder, node):
        # `node` replaces a placeholder: the loggers it stood for whose parent is
        # above `node` get `node` as parent instead.
        for below in holder.loggerMap:
            if not below.parent.name.startswith(node.name):
                node.parent = below.parent
                below.parent = node

    def _clear_cache(self):
        self.root._cache.clear()
        for item in self.loggerDict.values():
            if isinstance(item, Logger):
                item._cache.clear()


def _normalize_exc_info(exc_info):
    if isinstance(exc_info, BaseException):
        return type(exc_info), exc_info, exc_info.__traceback__
    if isinstance(exc_info, tuple):
        return exc_info
    return sys.exc_info()


class Logger(Filterer):
    """A named source of records. Records it accepts go to its handlers and, while
    `propagate` is true, to those of the loggers above it."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _level_number(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _level_number(level)
        self.manager._clear_cache()

    def _at_level(self, level, msg, args, options):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **options)

    def debug(self, msg, *args, **kwargs):
        """Log `msg % args` at level DEBUG."""
        self._at_level(DEBUG, msg, args, kwargs)

    def info(self, msg, *args, **kwargs):
        """Log `msg % args` at level INFO."""
        self._at_level(INFO, msg, args, kwargs)

    def warning(self, msg, *args, **kwargs):
        """Log `msg % args` at level WARNING."""
        self._at_level(WARNING, msg, args, kwargs)

    def warn(self, msg, *args, **kwargs):
        _warn_deprecated('method')
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Log `msg % args` at level ERROR."""
        self._at_level(ERROR, msg, args, kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Log at level ERROR with the exception being handled."""
        kwargs['exc_info'] = exc_info
        self.error(msg, *args, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Log `msg % args` at level CRITICAL."""
        self._at_level(CRITICAL, msg, args, kwargs)

    def fatal(self, msg, *args, **kwargs):
        """Same as critical()."""
        return self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log `msg % args` at the integer level `level`."""
        if isinstance(level, int):
            self._at_level(level, msg, args, kwargs)
        elif raiseExceptions:
            raise TypeError("level must be an integer")

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file name, line number, function name, stack text or None) of the
        `stacklevel`-th frame outside this module, counting outwards from here
        (the outermost frame when the stack is shorter)."""
        frame = currentframe()
        if frame is None:
            return _UNKNOWN_CALLER + (None,)
        while stacklevel > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _inside_logging(frame):
                stacklevel -= 1
        sinfo = _call_stack_text(frame) if stack_info else None
        code = frame.f_code
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """Make the record (through the record factory) and add `extra`'s items."""
        made = _record_factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key in (extra if extra is not None else ()):
            if key in ("message", "asctime") or key in made.__dict__:
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            made.__dict__[key] = extra[key]
        return made

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        where = _UNKNOWN_CALLER
        sinfo = None
        if _srcfile:
            try:
                path, line, func, sinfo = self.findCaller(stack_info, stacklevel)
                where = path, line, func
            except ValueError:
                where = _UNKNOWN_CALLER
        if exc_info:
            exc_info = _normalize_exc_info(exc_info)
        path, line, func = where
        self.handle(self.makeRecord(self.name, level, path, line, msg, args,
                                    exc_info, func, extra, sinfo))

    def handle(self, record):
        """Pass the record to the handlers unless the logger is disabled or a
        filter rejects it."""
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def _chain(self):
        # This logger and those its records propagate to.
        node = self
        while node is not None:
            yield node
            node = node.parent if node.propagate else None

    def hasHandlers(self):
        """Whether some logger a record of this one reaches has a handler."""
        return any(node.handlers for node in self._chain())

    def callHandlers(self, record):
        """Give the record to every handler along the propagation chain whose level
        it reaches; with no handler at all, to lastResort."""
        seen = 0
        for node in self._chain():
            for hdlr in node.handlers:
                seen += 1
                if hdlr.level <= record.levelno:
                    hdlr.handle(record)
        if seen:
            return
        manager = self.manager
        if lastResort:
            if lastResort.level <= record.levelno:
                lastResort.handle(record)
        elif raiseExceptions and not manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n'
                             % self.name)
            manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first level set (non-zero) on this logger or above it."""
        node = self
        while node is not None:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether a record at `level` would be processed (cached per level)."""
        if self.disabled:
            return False
        known = self._cache.get(level)
        if known is None:
            known = (level > self.manager.disable
                     and level >= self.getEffectiveLevel())
            self._cache[level] = known
        return known

    def getChild(self, suffix):
        """The logger `suffix` below this one."""
        if self is not self.root:
            suffix = '.'.join([self.name, suffix])
        full_name = suffix
        return self.manager.getLogger(full_name)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        if getLogger(self.name) is self:
            return (getLogger, (self.name,))
        import pickle
        raise pickle.PicklingError('logger cannot be pickled')


class RootLogger(Logger):
    """The logger at the top of the hierarchy."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_logger_class = Logger


class LoggerAdapter(object):
    """Wraps a logger to add context to its records: by default `extra` becomes the
    records' extra attributes; subclasses may change process()."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """Adjust a call's message and keywords: here, set `extra`."""
        kwargs.update(extra=self.extra)
        return msg, kwargs

    def _forward(self, level, msg, args, options):
        self.log(level, msg, *args, **options)

    def debug(self, msg, *args, **kwargs):
        self._forward(DEBUG, msg, args, kwargs)

    def info(self, msg, *args, **kwargs):
        self._forward(INFO, msg, args, kwargs)

    def warning(self, msg, *args, **kwargs):
        self._forward(WARNING, msg, args, kwargs)

    def warn(self, msg, *args, **kwargs):
        _warn_deprecated('method')
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self._forward(ERROR, msg, args, kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        kwargs['exc_info'] = exc_info
        self._forward(ERROR, msg, args, kwargs)

    def critical(self, msg, *args, **kwargs):
        self._forward(CRITICAL, msg, args, kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Let process() adjust the call, then log it through the logger."""
        if self.isEnabledFor(level):
            text, options = self.process(msg, kwargs)
            self.logger.log(level, text, *args, **options)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    manager = property(lambda self: self.logger.manager,
                       lambda self, value: setattr(self.logger, 'manager', value))

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, inner.name,
                                 getLevelName(inner.getEffectiveLevel()))

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---- configuration and the module-level functions ------------------------------------

def basicConfig(**kwargs):
    """Give the root logger a handler with a formatter when it has none (or when
    force=True, after closing those it has).

    Keywords: filename, filemode, format, datefmt, style, level, stream, handlers,
    force, encoding, errors.
    """
    options = dict(kwargs)
    force = options.pop('force', False)
    encoding = options.pop('encoding', None)
    errors = options.pop('errors', 'backslashreplace')
    if force:
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if root.handlers:
        return
    handlers = options.pop("handlers", None)
    if handlers is not None:
        if "stream" in options or "filename" in options:
            raise ValueError("'stream' or 'filename' should not be "
                             "specified together with 'handlers'")
    else:
        if "stream" in options and "filename" in options:
            raise ValueError("'stream' and 'filename' should not be "
                             "specified together")
        filename = options.pop("filename", None)
        mode = options.pop("filemode", 'a')
        if filename:
            handlers = [FileHandler(filename, mode, encoding=encoding,
                                    errors=None if 'b' in mode else errors)]
        else:
            handlers = [StreamHandler(options.pop("stream", None))]
    datefmt = options.pop("datefmt", None)
    style = options.pop("style", '%')
    fmt_text = options.pop("format", _style_kind(style)[1])
    shared = Formatter(fmt_text, datefmt, style)
    for hdlr in handlers:
        if hdlr.formatter is None:
            hdlr.setFormatter(shared)
        root.addHandler(hdlr)
    level = options.pop("level", None)
    if level is not None:
        root.setLevel(level)
    if options:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(options))


def getLogger(name=None):
    """The logger called `name`; the root logger when `name` is empty or None."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def _configured_root():
    # The module-level functions configure the root logger on first use.
    if not root.handlers:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    """Log at level CRITICAL on the root logger."""
    _configured_root().critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    """Same as critical()."""
    return critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    """Log at level ERROR on the root logger."""
    _configured_root().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Log at level ERROR on the root logger, with the exception being handled."""
    kwargs['exc_info'] = exc_info
    error(msg, *args, **kwargs)


def warning(msg, *args, **kwargs):
    """Log at level WARNING on the root logger."""
    _configured_root().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _warn_deprecated('function')
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Log at level INFO on the root logger."""
    _configured_root().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Log at level DEBUG on the root logger."""
    _configured_root().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log at level `level` on the root logger."""
    _configured_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at `level` or below, whatever the loggers' levels."""
    manager = root.manager
    manager.disable = level
    manager._clear_cache()


def shutdown(handlerList=_live_handlers):
    """Flush and close the handlers, newest first (registered to run at exit)."""
    for ref in list(reversed(handlerList)):
        try:
            hdlr = ref()
            if not hdlr:
                continue
            try:
                hdlr.acquire()
                hdlr.flush()
                hdlr.close()
            except (OSError, ValueError):
                pass
            finally:
                hdlr.release()
        except BaseException:
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)


# ---- warnings into logging -----------------------------------------------------------

_saved_showwarning = None


def _warning_to_log(message, category, filename, lineno, file=None, line=None):
    # Stands in for warnings.showwarning while captureWarnings(True) holds: a warning
    # for a file goes there as before, any other becomes a 'py.warnings' record.
    if file is not None:
        if _saved_showwarning is not None:
            _saved_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger("py.warnings")
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning("%s", text)


def captureWarnings(capture):
    """Route warnings into the 'py.warnings' logger (True) or back (False)."""
    import warnings
    global _saved_showwarning
    if capture and _saved_showwarning is None:
        _saved_showwarning = warnings.showwarning
        warnings.showwarning = _warning_to_log
    elif not capture and _saved_showwarning is not None:
        warnings.showwarning = _saved_showwarning
        _saved_showwarning = None
