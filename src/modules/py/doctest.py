"""doctest for refpy, written from the library documentation.

Pieces: ``DocTestParser`` cuts text into prose and ``Example`` objects with a
line-by-line scanner; ``DocTestFinder`` walks modules, classes and
``__test__`` tables and locates docstrings in the source; ``DocTestRunner``
executes examples with stdout captured and reports through an ``out``
callable; ``OutputChecker`` decides what counts as a match.  The unittest
bridge (``DocTestSuite``/``DocFileSuite``) and the ``testmod``/``testfile``
front ends sit on top.
"""

import collections
import difflib
import inspect
import io
import linecache
import os
import re
import sys
import traceback
import unittest

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST', 'Example',
    'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner', 'OutputChecker',
    'DocTestFailure', 'UnexpectedException', 'DebugRunner', 'testmod', 'testfile',
    'run_docstring_examples', 'DocTestSuite', 'DocFileSuite',
    'set_unittest_reportflags', 'script_from_examples', 'testsource', 'debug_src',
    'debug',
]

TestResults = collections.namedtuple('TestResults', 'failed attempted')

# --------------------------------------------------------------------------
# option flags

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag bit for `name`, allocating the next free bit if it is new."""
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF
                   | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


def _pad(text, width=4):
    """Indent every non-empty line of `text`."""
    margin = ' ' * width
    return ''.join(margin + line if line.strip('\n') else line
                   for line in text.splitlines(keepends=True))


def _with_newline(text):
    return text if not text or text.endswith('\n') else text + '\n'


# --------------------------------------------------------------------------
# examples and tests

class Example:
    """One interactive statement with its expected output."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        self.source = _with_newline(source)
        self.want = _with_newline(want)
        self.exc_msg = _with_newline(exc_msg) if exc_msg is not None else None
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options

    def _fields(self):
        return (self.source, self.want, self.lineno, self.indent, self.options,
                self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the namespace they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), \
            'DocTest no longer accepts str; use DocTestParser instead'
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            amount = 'no examples'
        elif count == 1:
            amount = '1 example'
        else:
            amount = '%d examples' % count
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name,
                                           self.filename, self.lineno, amount)

    def _order(self):
        return (self.name, self.filename or '', -1 if self.lineno is None else self.lineno,
                id(self))

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring
                and self.globs == other.globs and self.name == other.name
                and self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._order() < other._order()


# --------------------------------------------------------------------------
# parsing

_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)
_TRACEBACK_HEADS = ('Traceback (most recent call last):', 'Traceback (innermost last):')


def _leading_spaces(line):
    return len(line) - len(line.lstrip(' '))


def _only_comments(source):
    return all(not line.strip() or line.strip().startswith('#')
               for line in source.split('\n'))


def _exception_part(want):
    """The exception message part of a traceback in `want`, or None."""
    lines = want.split('\n')
    if not lines or lines[0].rstrip() not in _TRACEBACK_HEADS:
        return None
    pos = 1
    while pos < len(lines) and (lines[pos][:1].isspace() or lines[pos].startswith('...')):
        pos += 1
    rest = lines[pos:]
    if not rest or not rest[0] or not (rest[0][0].isalnum() or rest[0][0] == '_'):
        return None
    return '\n'.join(rest)


class DocTestParser:
    """Splits docstring text into prose and examples."""

    def parse(self, string, name='<string>'):
        lines = string.expandtabs().split('\n')
        margins = [_leading_spaces(line) for line in lines if line.strip()]
        self._cut = cut = min(margins) if margins else 0
        if cut:
            lines = [line[cut:] for line in lines]
        pieces = []
        prose = []
        row = 0
        total = len(lines)
        while row < total:
            line = lines[row]
            stripped = line.lstrip(' ')
            if not stripped.startswith('>>>'):
                prose.append(line)
                row += 1
                continue
            example, row_after = self._read_example(lines, row, name)
            pieces.append(self._join_prose(prose, ended=True))
            prose = []
            if example is not None:
                pieces.append(example)
            row = row_after
        pieces.append(self._join_prose(prose, ended=False))
        return pieces

    @staticmethod
    def _join_prose(prose, ended):
        if not prose:
            return ''
        return '\n'.join(prose) + ('\n' if ended else '')

    def _read_example(self, lines, start, name):
        header = lines[start]
        indent = _leading_spaces(header)
        self._need_blank(header, indent, '>>>', name, start + 1)
        source_lines = [header[indent + 4:]]
        row = start + 1
        margin = ' ' * indent
        while row < len(lines):
            line = lines[row]
            if not line.lstrip(' ').startswith('...'):
                break
            spaces = _leading_spaces(line)
            if spaces > indent:
                break
            if spaces < indent:
                raise ValueError('line %r of the docstring for %s has inconsistent '
                                 'leading whitespace: %r'
                                 % (start + row - start, name, line.lstrip(' ')))
            self._need_blank(line, indent, '...', name, row + 1)
            source_lines.append(line[indent + 4:])
            row += 1
        want_lines = []
        while row < len(lines):
            line = lines[row]
            if not line.strip() or line.lstrip(' ').startswith('>>>'):
                break
            if not line.startswith(margin):
                raise ValueError('line %r of the docstring for %s has inconsistent '
                                 'leading whitespace: %r' % (row + 1, name, line.lstrip(' ')))
            want_lines.append(line[indent:])
            row += 1
        # the trailing newline of the block belongs to the example
        source = '\n'.join(source_lines)
        want = '\n'.join(want_lines) + '\n' if want_lines else ''
        options = self._options(source, name, start)
        if _only_comments(source):
            if options:
                raise ValueError('line %r of the doctest for %s has an option directive '
                                 'on a line with no example: %r'
                                 % (start, name, source.strip()))
            return None, row
        return Example(source, want, _exception_part(want), lineno=start,
                       indent=indent + self._cut, options=options), row

    @staticmethod
    def _need_blank(line, indent, prompt, name, lineno):
        after = line[indent + 3:indent + 4]
        if after not in ('', ' '):
            raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                             % (lineno, name, prompt, line[indent:]))

    @staticmethod
    def _options(source, name, lineno):
        chosen = {}
        for found in _DIRECTIVE.finditer(source):
            for word in re.split(r'[\s,]+', found.group(1)):
                if not word:
                    continue
                flag = OPTIONFLAGS_BY_NAME.get(word[1:])
                if word[0] not in '+-' or flag is None:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, word))
                chosen[flag] = word[0] == '+'
        return chosen

    def get_examples(self, string, name='<string>'):
        return [piece for piece in self.parse(string, name) if isinstance(piece, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)


# --------------------------------------------------------------------------
# finding tests

def _docstring_row(lines, row):
    """Index of the line where the docstring of the def/class at `row` starts."""
    total = len(lines)
    while row < total and lines[row].lstrip().startswith('@'):
        row += 1
    depth = 0
    quote = None
    while row < total:
        text = lines[row]
        col = 0
        while col < len(text):
            ch = text[col]
            if quote:
                if ch == '\\':
                    col += 1
                elif ch == quote:
                    quote = None
            elif ch in '\'"':
                quote = ch
            elif ch == '#':
                break
            elif ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth -= 1
            elif ch == ':' and depth == 0:
                rest = text[col + 1:].strip()
                if rest and not rest.startswith('#'):
                    return row if _opens_string(rest) else None
                return _next_string_row(lines, row + 1)
            col += 1
        row += 1
    return None


def _opens_string(text):
    return re.match(r'[rRuU]?[\'"]', text) is not None


def _next_string_row(lines, row):
    while row < len(lines):
        text = lines[row].strip()
        if text and not text.startswith('#'):
            return row if _opens_string(text) else None
        row += 1
    return None


class DocTestFinder:
    """Collects the DocTests of an object and of what it contains."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._chatty = verbose
        self._splitter = parser
        self._deep = recurse
        self._skip_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        lines = None
        try:
            path = inspect.getsourcefile(obj) or inspect.getfile(obj)
        except TypeError:
            path = None
        if path:
            if module is not None:
                lines = linecache.getlines(path, module.__dict__)
            else:
                lines = linecache.getlines(path)
            if not lines:
                lines = None
        if globs is None:
            namespace = {} if module is None else module.__dict__.copy()
        else:
            namespace = globs.copy()
        if extraglobs is not None:
            namespace.update(extraglobs)
        if '__name__' not in namespace:
            namespace['__name__'] = '__main__'
        found = []
        self._visit(found, obj, name, module, lines, namespace, set())
        found.sort()
        return found

    def _belongs(self, module, value):
        if module is None:
            return True
        if inspect.isfunction(value):
            return module.__dict__ is value.__globals__
        home = getattr(value, '__module__', None)
        if inspect.isclass(value) or inspect.ismethoddescriptor(value) or \
                inspect.isbuiltin(value):
            return home == module.__name__
        if isinstance(value, property):
            return True
        if home is not None:
            return home == module.__name__
        return True

    def _visit(self, found, obj, name, module, lines, globs, seen):
        if self._chatty:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen.add(id(obj))
        test = self._make_test(obj, name, module, globs, lines)
        if test is not None:
            found.append(test)
        if not self._deep:
            return
        if inspect.ismodule(obj):
            for key, value in obj.__dict__.items():
                target = inspect.unwrap(value) if callable(value) else value
                if (inspect.isroutine(target) or inspect.isclass(value)) and \
                        self._belongs(module, target):
                    self._visit(found, value, '%s.%s' % (name, key), module, lines,
                                globs, seen)
            for key, value in getattr(obj, '__test__', {}).items():
                if not isinstance(key, str):
                    raise ValueError('DocTestFinder.find: __test__ keys must be strings: %r'
                                     % (type(key),))
                if not (isinstance(value, str) or inspect.isroutine(value)
                        or inspect.isclass(value) or inspect.ismodule(value)):
                    raise ValueError('DocTestFinder.find: __test__ values must be strings, '
                                     'functions, methods, classes, or modules: %r'
                                     % (type(value),))
                self._visit(found, value, '%s.__test__.%s' % (name, key), module, lines,
                            globs, seen)
        elif inspect.isclass(obj):
            for key, value in obj.__dict__.items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if (inspect.isroutine(value) or inspect.isclass(value)
                        or isinstance(value, property)) and self._belongs(module, value):
                    self._visit(found, value, '%s.%s' % (name, key), module, lines,
                                globs, seen)

    def _make_test(self, obj, name, module, globs, lines):
        if isinstance(obj, str):
            text = obj
        else:
            text = getattr(obj, '__doc__', None)
            if not isinstance(text, str):
                text = ''
        if self._skip_empty and not text:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        lineno = self._locate(obj, lines) if text else None
        test = self._splitter.get_doctest(text, globs, name, filename, lineno)
        if self._skip_empty and not test.examples:
            return None
        return test

    @staticmethod
    def _locate(obj, lines):
        if inspect.ismodule(obj):
            return 0
        if lines is None:
            return None
        start = None
        if inspect.isclass(obj):
            pattern = re.compile(r'^\s*class\s+%s\b' % re.escape(obj.__name__))
            for row, text in enumerate(lines):
                if pattern.match(text):
                    start = row
                    break
        else:
            target = obj
            if inspect.ismethod(target):
                target = target.__func__
            code = getattr(inspect.unwrap(target), '__code__', None) \
                if callable(target) else None
            if code is not None:
                start = code.co_firstlineno - 1
        if start is None:
            return None
        return _docstring_row(lines, start)


# --------------------------------------------------------------------------
# checking output

def _ellipsis_match(want, got):
    parts = want.split(ELLIPSIS_MARKER)
    if len(parts) == 1:
        return want == got
    head, tail = parts[0], parts[-1]
    if not got.startswith(head):
        return False
    low = len(head)
    high = len(got) - len(tail)
    if high < low or not got.endswith(tail):
        return False
    for middle in parts[1:-1]:
        if not middle:
            continue
        spot = got.find(middle, low, high)
        if spot < 0:
            return False
        low = spot + len(middle)
    return True


def _blank_lines_as_marker(text):
    return ''.join(BLANKLINE_MARKER + '\n' if not line.strip(' \t\n') and line.endswith('\n')
                   else line for line in text.splitlines(keepends=True))


class OutputChecker:
    """Compares expected and actual output under the option flags."""

    def check_output(self, want, got, optionflags):
        if want == got:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (want, got) in (('1\n', 'True\n'), ('0\n', 'False\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = ''.join('\n' if line.rstrip() == BLANKLINE_MARKER and
                           line.startswith(BLANKLINE_MARKER) else line
                           for line in want.splitlines(keepends=True))
            got = ''.join('\n' if not line.strip() and line.endswith('\n') else line
                          for line in got.splitlines(keepends=True))
            if want == got:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            want = ' '.join(want.split())
            got = ' '.join(got.split())
            if want == got:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _diff_kind(self, want, got, optionflags):
        if not want or not got:
            return None
        if optionflags & REPORT_NDIFF:
            return 'ndiff'
        if optionflags & (REPORT_UDIFF | REPORT_CDIFF):
            if want.count('\n') > 2 and got.count('\n') > 2:
                return 'udiff' if optionflags & REPORT_UDIFF else 'cdiff'
        return None

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = _blank_lines_as_marker(got)
        kind = self._diff_kind(want, got, optionflags)
        if kind is not None:
            old = want.splitlines(keepends=True)
            new = got.splitlines(keepends=True)
            if kind == 'udiff':
                body = list(difflib.unified_diff(old, new, n=2))[2:]
                title = 'unified diff with -expected +actual'
            elif kind == 'cdiff':
                body = list(difflib.context_diff(old, new, n=2))[2:]
                title = 'context diff with expected followed by actual'
            else:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                body = list(engine.compare(old, new))
                title = 'ndiff with -expected +actual'
            body = [_with_newline(line) for line in body]
            return 'Differences (%s):\n' % title + _pad(''.join(body))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_pad(want), _pad(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _pad(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _pad(got)
        return 'Expected nothing\nGot nothing\n'


# --------------------------------------------------------------------------
# running

class _Capture(io.StringIO):
    """Stands in for sys.stdout while an example runs."""

    def collected(self):
        text = self.getvalue()
        return _with_newline(text)

    def wipe(self):
        self.seek(0)
        self.truncate()


def _exception_name(message):
    first = message.split('\n', 1)[0]
    head = first.split(':', 1)[0].strip()
    return head.rsplit('.', 1)[-1]


def _format_exception(info):
    return ''.join(traceback.format_exception(info[0], info[1], info[2]))


class DocTestRunner:
    """Runs DocTests and keeps a tally of results per test name."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._judge_with = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._chatty = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._tally = {}
        self._capture = _Capture()

    # -- reporting hooks

    def report_start(self, out, test, example):
        if self._chatty:
            if example.want:
                out('Trying:\n' + _pad(example.source) + 'Expecting:\n' + _pad(example.want))
            else:
                out('Trying:\n' + _pad(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._chatty:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._judge_with.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n'
            + _pad(_format_exception(exc_info)))

    def _failure_header(self, test, example):
        if test.filename:
            where = '?' if test.lineno is None or example.lineno is None \
                else test.lineno + example.lineno + 1
            place = 'File "%s", line %s, in %s' % (test.filename, where, test.name)
        else:
            place = 'Line %s, in %s' % (example.lineno + 1, test.name)
        return '\n'.join([self.DIVIDER, place, 'Failed example:', _pad(example.source)])

    # -- running

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        saved_stdout = sys.stdout
        if out is None:
            out = saved_stdout.write
        saved_hook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        saved_getlines = linecache.getlines
        linecache.getlines = self._source_lines(test, saved_getlines)
        sys.stdout = self._capture
        try:
            return self._run_examples(test, compileflags or 0, out)
        finally:
            sys.stdout = saved_stdout
            sys.displayhook = saved_hook
            linecache.getlines = saved_getlines
            if clear_globs:
                test.globs.clear()

    @staticmethod
    def _source_lines(test, fallback):
        prefix = '<doctest %s[' % test.name

        def getlines(filename, module_globals=None):
            if filename.startswith(prefix) and filename.endswith(']>'):
                try:
                    number = int(filename[len(prefix):-2])
                    return test.examples[number].source.splitlines(keepends=True)
                except (ValueError, IndexError):
                    pass
            return fallback(filename, module_globals)
        return getlines

    def _run_examples(self, test, compileflags, out):
        failed = tried = 0
        base_flags = self.optionflags
        capture = self._capture
        try:
            for number, example in enumerate(test.examples):
                quiet = bool(base_flags & REPORT_ONLY_FIRST_FAILURE) and failed > 0
                flags = base_flags
                for flag, on in example.options.items():
                    flags = flags | flag if on else flags & ~flag
                self.optionflags = flags
                if flags & SKIP:
                    continue
                tried += 1
                if not quiet:
                    self.report_start(out, test, example)
                capture.wipe()
                filename = '<doctest %s[%d]>' % (test.name, number)
                raised = None
                try:
                    code = compile(example.source, filename, 'single', compileflags, True)
                    exec(code, test.globs)
                except KeyboardInterrupt:
                    raise
                except BaseException:
                    raised = sys.exc_info()
                got = capture.collected()
                capture.wipe()
                verdict, got = self._judge(example, got, raised, flags)
                if verdict == 'ok':
                    if not quiet:
                        self.report_success(out, test, example, got)
                else:
                    failed += 1
                    if not quiet:
                        if verdict == 'boom':
                            self.report_unexpected_exception(out, test, example, raised)
                        else:
                            self.report_failure(out, test, example, got)
                    if flags & FAIL_FAST:
                        break
        finally:
            self.optionflags = base_flags
        self._note(test.name, failed, tried)
        return TestResults(failed, tried)

    def _judge(self, example, got, raised, flags):
        check = self._judge_with.check_output
        if raised is None:
            return ('ok' if check(example.want, got, flags) else 'fail'), got
        if example.exc_msg is None:
            return 'boom', got
        message = traceback.format_exception_only(raised[0], raised[1])[-1]
        if check(example.exc_msg, message, flags):
            return 'ok', got
        if flags & IGNORE_EXCEPTION_DETAIL and \
                _exception_name(example.exc_msg) == _exception_name(message):
            return 'ok', got
        return 'fail', got + _format_exception(raised)

    def _note(self, name, failed, tried):
        old_failed, old_tried = self._tally.get(name, (0, 0))
        self._tally[name] = (old_failed + failed, old_tried + tried)
        self.failures += failed
        self.tries += tried

    # -- summaries

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._chatty
        empty, clean, broken = [], [], []
        total_tried = total_failed = 0
        for name in sorted(self._tally):
            failed, tried = self._tally[name]
            total_tried += tried
            total_failed += failed
            if not tried:
                empty.append(name)
            elif not failed:
                clean.append((name, tried))
            else:
                broken.append((name, failed, tried))
        if verbose:
            if empty:
                print('%d items had no tests:' % len(empty))
                for name in empty:
                    print('    %s' % name)
            if clean:
                print('%d items passed all tests:' % len(clean))
                for name, tried in clean:
                    print(' %3d tests in %s' % (tried, name))
        if broken:
            print(self.DIVIDER)
            print('%d items had failures:' % len(broken))
            for name, failed, tried in broken:
                print(' %3d of %3d in %s' % (failed, tried, name))
        if verbose:
            print('%d tests in %d items.' % (total_tried, len(self._tally)))
            print('%d passed and %d failed.' % (total_tried - total_failed, total_failed))
        if total_failed:
            print('***Test Failed*** %d failures.' % total_failed)
        elif verbose:
            print('Test passed.')
        return TestResults(total_failed, total_tried)

    def merge(self, other):
        for name, (failed, tried) in other._tally.items():
            old_failed, old_tried = self._tally.get(name, (0, 0))
            self._tally[name] = (old_failed + failed, old_tried + tried)


class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output does not match."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises unexpectedly."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that stops at the first problem by raising it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# --------------------------------------------------------------------------
# front ends

master = None


def _absorb(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Run the examples in the docstrings of module `m` (default __main__)."""
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    _absorb(runner)
    return TestResults(runner.failures, runner.tries)


def _caller_dir(depth):
    try:
        caller = sys._getframe(depth).f_globals
    except (AttributeError, ValueError):
        return os.getcwd()
    where = caller.get('__file__')
    if where:
        return os.path.dirname(os.path.abspath(where))
    return os.getcwd()


def _resolve_file(filename, package, module_relative, depth):
    if not module_relative:
        if package is not None:
            raise ValueError('Package may only be specified for module-relative paths.')
        return filename
    if os.path.isabs(filename):
        raise ValueError('Module-relative files may not have absolute paths')
    parts = filename.split('/')
    if package is not None:
        if isinstance(package, str):
            package = __import__(package, {}, {}, '*')
        base = os.path.dirname(os.path.abspath(package.__file__))
    else:
        base = _caller_dir(depth)
    return os.path.join(base, *parts)


def _read_text(path, encoding):
    with open(path, encoding=encoding or 'utf-8') as handle:
        return handle.read()


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Run the examples in a text file."""
    if package is not None and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    path = _resolve_file(filename, package, module_relative, 3)
    text = _read_text(path, encoding)
    if name is None:
        name = os.path.basename(path)
    namespace = {} if globs is None else globs.copy()
    if extraglobs is not None:
        namespace.update(extraglobs)
    namespace.setdefault('__name__', '__main__')
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(verbose=verbose, optionflags=optionflags)
    runner.run(parser.get_doctest(text, namespace, name, path, 0))
    if report:
        runner.summarize()
    _absorb(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None,
                           optionflags=0):
    """Run the examples of `f`'s own docstring in namespace `globs`."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# --------------------------------------------------------------------------
# unittest integration

_unittest_flags = 0


def set_unittest_reportflags(flags):
    """Set the default reporting flags of doctest-based unittest cases."""
    global _unittest_flags
    if flags & REPORTING_FLAGS != flags:
        raise ValueError('Only reporting flags allowed', flags)
    previous = _unittest_flags
    _unittest_flags = flags
    return previous


class DocTestCase(unittest.TestCase):
    """A unittest case that runs one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._case = (test, optionflags, setUp, tearDown, checker)
        self._pristine = dict(test.globs)

    def setUp(self):
        test, _, before, _, _ = self._case
        if before is not None:
            before(test)

    def tearDown(self):
        test, _, _, after, _ = self._case
        if after is not None:
            after(test)
        test.globs.clear()
        test.globs.update(self._pristine)

    def _flags(self):
        flags = self._case[1]
        return flags if flags & REPORTING_FLAGS else flags | _unittest_flags

    def runTest(self):
        test, _, _, _, checker = self._case
        sink = io.StringIO()
        runner = DocTestRunner(optionflags=self._flags(), checker=checker, verbose=False)
        runner.DIVIDER = '-' * 70
        outcome = runner.run(test, out=sink.write, clear_globs=False)
        if outcome.failed:
            raise self.failureException(self.format_failure(sink.getvalue()))

    def format_failure(self, err):
        test = self._case[0]
        line = 'unknown line number' if test.lineno is None else test.lineno
        return 'Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s' % (
            test.name, test.filename, line, test.name.rpartition('.')[2], err)

    def debug(self):
        self.setUp()
        test, flags, _, _, checker = self._case
        DebugRunner(optionflags=flags, checker=checker, verbose=False).run(
            test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._case[0].name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._case == other._case

    def __hash__(self):
        return hash(tuple(id(part) for part in self._case))

    def __repr__(self):
        owner, _, leaf = self._case[0].name.rpartition('.')
        return '%s (%s)' % (leaf, owner)

    def __str__(self):
        return repr(self)

    def shortDescription(self):
        return 'Doctest: ' + self._case[0].name


def _module_of(module, depth):
    if module is None:
        return sys.modules[sys._getframe(depth).f_globals['__name__']]
    if isinstance(module, str):
        return __import__(module, {}, {}, ('*',))
    return module


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one case per docstring with examples in `module`."""
    module = _module_of(module, 2)
    finder = test_finder or DocTestFinder()
    suite = unittest.TestSuite()
    for test in sorted(finder.find(module, globs=globs, extraglobs=extraglobs)):
        if test.examples:
            if not test.filename:
                test.filename = module.__file__
            suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):
    """A DocTestCase made from a text file."""

    def id(self):
        return self._case[0].name.replace('.', '_')

    def __repr__(self):
        return self._case[0].filename

    def format_failure(self, err):
        test = self._case[0]
        return 'Failed doctest test for %s\n  File "%s", line 0\n\n%s' % (
            test.name, test.filename, err)


def DocFileTest(path, module_relative=True, package=None, globs=None,
                parser=DocTestParser(), encoding=None, **options):
    if package is not None and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    full = _resolve_file(path, package, module_relative, 3)
    namespace = dict(globs or {})
    namespace.setdefault('__file__', full)
    test = parser.get_doctest(_read_text(full, encoding), namespace,
                              os.path.basename(path), full, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one case per text file."""
    if kw.get('module_relative', True):
        kw['package'] = _module_of(kw.get('package'), 2)
    suite = unittest.TestSuite()
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


# --------------------------------------------------------------------------
# example scripts

def script_from_examples(s):
    """Turn doctest text into a script: prose and outputs become comments."""
    produced = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            produced.append(piece.source[:-1])
            if piece.want:
                produced.append('# Expected:')
                produced.extend('## ' + line for line in piece.want.split('\n')[:-1])
        else:
            produced.extend('# ' + line if line.strip() else '#'
                            for line in piece.split('\n')[:-1])
    while produced and produced[-1] == '#':
        produced.pop()
    while produced and produced[0] == '#':
        produced.pop(0)
    return '\n'.join(produced) + '\n'


def testsource(module, name):
    """The script form of the docstring test called `name` in `module`."""
    module = _module_of(module, 2)
    for test in DocTestFinder().find(module):
        if test.name == name:
            return script_from_examples(test.docstring)
    raise ValueError(name, 'not found in tests')


def debug_src(src, pm=False, globs=None):
    """Run the script form of `src` (refpy has no debugger to enter)."""
    debug_script(script_from_examples(src), pm, globs)


def debug_script(src, pm=False, globs=None):
    namespace = {} if globs is None else globs.copy()
    exec(src, namespace)


def debug(module, name, pm=False):
    debug_script(testsource(module, name), pm)
