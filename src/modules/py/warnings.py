"""Python part of the warnings subsystem.

refpy's own `warnings`, with CPython 3.11's filters, registries, actions and output
(`file:line: Category: message` and the source line, on stderr). The default filters
are 3.11's: DeprecationWarning shown in `__main__` only, and ignored elsewhere with
PendingDeprecationWarning, ImportWarning and ResourceWarning.

Where a warning comes from is read from `sys._getframe(stacklevel)` when refpy has it;
without frame introspection every warning is attributed as CPython attributes one past
the top of the stack: to module `sys`, file `sys`, line 1.
"""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    """Invalidates every module's registry of warnings already shown."""
    global _filters_version
    _filters_version += 1


def _source_line(filename, lineno):
    """Line `lineno` of `filename`, or '' (linecache.getline's answer)."""
    try:
        with open(filename) as f:
            lines = f.read().split('\n')
    except (OSError, UnicodeDecodeError, TypeError, ValueError):
        return ''
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1] + '\n'
    return ''


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    text = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        text += '  %s\n' % line.strip()
    return text


def _formatwarnmsg_impl(msg):
    return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Calls a user's replacement of formatwarning, else the standard format."""
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno,
                             msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    """Calls a user's replacement of showwarning, else the standard output."""
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
                    msg.line)
        return
    _showwarnmsg_impl(msg)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message='', category=Warning, module='', lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    """A filter's message or module field: None matches all, a str must be equal (as
    the C module compares), a regex must match at the start."""
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _caller(stacklevel):
    """(globals, filename, lineno) of the frame `stacklevel` levels up from warn()."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is not None:
        try:
            frame = getframe(stacklevel + 1)
        except ValueError:
            frame = None
        if frame is not None:
            return frame.f_globals, frame.f_code.co_filename, frame.f_lineno
    return sys.__dict__, 'sys', 1


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    globals_, filename, lineno = _caller(stacklevel)
    module = globals_.get('__name__', '<string>') if isinstance(globals_, dict) else None
    registry = globals_.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def _already_warned(registry, key, should_set):
    """Whether `key` is in `registry` (cleared first if the filters changed since it
    was filled); records it when `should_set`."""
    if registry.get('version') != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Low-level interface to warnings functionality."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module.endswith('.py'):
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'error':
        raise message
    # Every action but "always" records the location (as the C module does, "ignore"
    # too); "once" and "module" also record the text without the line.
    if action != 'always':
        if registry is not None:
            registry[key] = True
        if action == 'ignore':
            return
        if action == 'once':
            if _already_warned(onceregistry if registry is None else registry,
                               (text, category), True):
                return
        elif action == 'module':
            if registry is not None and _already_warned(registry, (text, category, 0),
                                                        True):
                return
        elif action != 'default':
            raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s'
                               % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None,
                                source))


class WarningMessage(object):

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line',
                        'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, '
                'line : %r}' % (self.message, self._category_name, self.filename,
                                self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon
    exiting the context."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % self._module)
        name = type(self).__name__
        return '%s(%s)' % (name, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl


_warnings_defaults = True


# -- the -W options (and PYTHONWARNINGS), as sys.warnoptions holds them -----------------

class _OptionError(Exception):
    """A -W option that cannot be understood (reported, then ignored)."""


def _getaction(text):
    if not text:
        return 'default'
    if text == 'all':
        return 'always'
    for name in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if name.startswith(text):
            return name
    raise _OptionError('invalid action: %r' % (text,))


def _getcategory(text):
    if not text:
        return Warning
    if '.' in text:
        modname, _, attr = text.rpartition('.')
        try:
            holder = __import__(modname, None, None, [attr])
        except ImportError:
            raise _OptionError('invalid module name: %r' % (modname,)) from None
    else:
        import builtins as holder
        attr = text
    try:
        found = getattr(holder, attr)
    except AttributeError:
        raise _OptionError('unknown warning category: %r' % (text,)) from None
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _OptionError('invalid warning category: %r' % (text,))
    return found


def _setoption(arg):
    """One option `action:message:category:module:lineno` (fields may be empty)."""
    fields = arg.split(':')
    if len(fields) > 5:
        raise _OptionError('too many fields (max 5): %r' % (arg,))
    fields += [''] * (5 - len(fields))
    action, message, category, module, lineno = (f.strip() for f in fields)
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
        message = re.escape(message) if message else message
        module = re.escape(module) + r'\Z' if module else module
    if lineno:
        try:
            number = int(lineno)
        except (ValueError, OverflowError):
            raise _OptionError('invalid lineno %r' % (lineno,)) from None
        if number < 0:
            raise _OptionError('invalid lineno %r' % (number,))
    else:
        number = 0
    filterwarnings(action, message, category, module, number)


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as exc:
            print('Invalid -W option ignored:', exc, file=sys.stderr)


_processoptions(sys.warnoptions)
