"""Stack traces as data and as text.

Every report is made in two steps. First the frames of a traceback (or of the running
stack) are read into `FrameSummary` records gathered in a `StackSummary`, and an
exception with everything hanging off it (cause, context, group members) becomes a tree
of `TracebackException` nodes. Then those records are rendered into the lines CPython
3.11 prints. The native half of the module supplies what CPython reads from code
objects: where in its line a traceback entry stopped (`_tb_positions`, in characters)
and where the operands of a failing binary operation or subscript lie (`_anchor_nodes`).

refpy's own library modules written in Python run as `<frozen NAME>` code; they stand
where CPython has C code, so their frames never appear in a report.
"""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

# Identical entries beyond this many in a row are folded into one line.
_FOLD = 3

_MISSING = object()

_BECAUSE = ("\nThe above exception was the direct cause "
            "of the following exception:\n\n")
_WHILE = ("\nDuring handling of the above exception, "
          "another exception occurred:\n\n")


def _invisible(frame):
    return frame.f_code.co_filename.startswith('<frozen ')


def _out(file):
    return sys.stderr if file is None else file


def _write_all(pieces, file):
    stream = _out(file)
    for piece in pieces:
        print(piece, file=stream, end="")


def _text_of(obj, what, conv=str):
    # str() (or repr()) of something an exception carries; a failure is reported,
    # never raised.
    try:
        return conv(obj)
    except:
        return '<%s %s() failed>' % (what, conv.__name__)


# ---- walking frames ------------------------------------------------------------------

def walk_tb(tb):
    """Yield `(frame, lineno)` for each entry of traceback `tb`, following `tb_next`."""
    while tb is not None:
        if not _invisible(tb.tb_frame):
            yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Yield `(frame, lineno)` from frame `f` outwards along `f_back`."""
    if f is None:
        f = sys._getframe()
        hops = 4
        while hops and f is not None:
            f = f.f_back
            hops -= 1
    while f is not None:
        if not _invisible(f):
            yield f, f.f_lineno
        f = f.f_back


def _utf8_column(filename, lineno, column, namespace):
    # Code positions count UTF-8 bytes; the native half counts characters.
    if column is None or lineno is None:
        return column
    text = linecache.getline(filename, lineno, namespace)
    if text and not text.isascii():
        return len(text[:column].encode('utf-8'))
    return column


def _char_column(text, byte_column):
    return len(text.encode('utf-8')[:byte_column].decode('utf-8', errors='replace'))


def _tb_records(tb):
    # (frame, lineno, end_lineno, colno, end_colno) for each visible traceback entry.
    while tb is not None:
        frame = tb.tb_frame
        if not _invisible(frame):
            found = _tb_positions(tb)
            if found is None:
                yield frame, tb.tb_lineno, None, None, None
            else:
                name = frame.f_code.co_filename
                space = frame.f_globals
                last_line, first_col, last_col = found
                yield (frame, tb.tb_lineno, last_line,
                       _utf8_column(name, tb.tb_lineno, first_col, space),
                       _utf8_column(name, last_line, last_col, space))
        tb = tb.tb_next


def _limited(records, limit):
    # The first `limit` records, the last -`limit` when negative; None means
    # sys.tracebacklimit (a negative one shows nothing).
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is None:
            return records
        limit = max(limit, 0)
    if limit < 0:
        return list(records)[limit:]
    kept = []
    if limit:
        for rec in records:
            kept.append(rec)
            if len(kept) >= limit:
                break
    return kept


def _summarize(cls, records, limit, lookup_lines, capture_locals):
    summary = cls()
    files = []
    for frame, lineno, last_line, first_col, last_col in _limited(records, limit):
        code = frame.f_code
        path = code.co_filename
        if path not in files:
            files.append(path)
        linecache.lazycache(path, frame.f_globals)
        summary.append(FrameSummary(
            path, lineno, code.co_name, lookup_line=False,
            locals=frame.f_locals if capture_locals else None,
            end_lineno=last_line, colno=first_col, end_colno=last_col))
    for path in files:
        linecache.checkcache(path)
    if lookup_lines:
        for entry in summary:
            entry.line
    return summary


def extract_tb(tb, limit=None):
    """The `StackSummary` of traceback `tb` (at most `limit` entries)."""
    return _summarize(StackSummary, _tb_records(tb), limit, True, False)


def extract_stack(f=None, limit=None):
    """The `StackSummary` of the stack at frame `f` (the caller's by default),
    outermost frame first."""
    start = sys._getframe(1) if f is None else f
    summary = StackSummary.extract(walk_stack(start), limit=limit)
    summary.reverse()
    return summary


def format_list(extracted_list):
    """The text of each entry of an extracted stack (FrameSummary objects or tuples)."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print the entries of an extracted stack to `file` (sys.stderr by default)."""
    _write_all(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    """The text of each entry of traceback `tb`."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print the entries of traceback `tb`."""
    _write_all(format_tb(tb, limit=limit), file)


def format_stack(f=None, limit=None):
    """The text of each entry of the stack at frame `f` (the caller's by default)."""
    start = sys._getframe(1) if f is None else f
    return extract_stack(start, limit=limit).format()


def print_stack(f=None, limit=None, file=None):
    """Print the stack at frame `f` (the caller's by default)."""
    start = sys._getframe(1) if f is None else f
    _write_all(extract_stack(start, limit=limit).format(), file)


def clear_frames(tb):
    """Drop the local variables of the frames of traceback `tb`."""
    while tb is not None:
        # refpy's frames have no clear() yet; such frames simply keep their locals.
        wipe = getattr(tb.tb_frame, 'clear', None)
        if wipe is not None:
            try:
                wipe()
            except RuntimeError:
                pass        # still running
        tb = tb.tb_next


# ---- exceptions ----------------------------------------------------------------------

def _value_and_tb(exc, value, tb):
    # The two calling conventions: (exc) or (type, value, tb).
    if value is _MISSING and tb is _MISSING:
        if exc is None:
            return None, None
        if not isinstance(exc, BaseException):
            raise TypeError('Exception expected for value, %s found'
                            % type(exc).__name__)
        return exc, exc.__traceback__
    if value is _MISSING or tb is _MISSING:
        raise ValueError("Both or neither of value and tb must be given")
    return value, tb


def _report(value, tb, limit):
    return TracebackException(type(value), value, tb, limit=limit, compact=True)


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, chain=True):
    """The lines of the report of an exception, as `print_exception` prints them."""
    value, tb = _value_and_tb(exc, value, tb)
    return list(_report(value, tb, limit).format(chain=chain))


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, file=None,
                    chain=True):
    """Print the report of an exception: its chain, traceback and final line."""
    value, tb = _value_and_tb(exc, value, tb)
    _report(value, tb, limit).print(file=file, chain=chain)


def format_exception_only(exc, /, value=_MISSING):
    """The closing lines of a report: `Type: message` (with a syntax error's place
    before it) and the notes."""
    if value is _MISSING:
        value = exc
    node = TracebackException(type(value), value, None, compact=True)
    return list(node.format_exception_only())


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    kind, value, tb = sys.exc_info()
    return ''.join(format_exception(kind, value, tb, limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report of the exception being handled."""
    kind, value, tb = sys.exc_info()
    print_exception(kind, value, tb, limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the report of the last uncaught exception (sys.last_*)."""
    if not hasattr(sys, 'last_type'):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ---- one stack entry -----------------------------------------------------------------

class FrameSummary:
    """A stack entry: where it is, its source line and, when captured, the reprs of
    its locals. It also behaves as the tuple (filename, lineno, name, line)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {key: repr(val) for key, val in locals.items()}
        else:
            self.locals = None

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            mine = (self.filename, self.lineno, self.name, self.locals)
            return mine == (other.filename, other.lineno, other.name, other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file %s, line %s in %s>' % (
            self.filename, self.lineno, self.name)

    def _raw(self):
        # The source line as read, indentation and newline included.
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def _operator_marks(segment):
    # For a segment that is a lone binary operation or subscript, the character span
    # (start, stop) to mark with '^' inside the '~' underline; otherwise None.
    found = _anchor_nodes(segment)
    if found is None:
        return None
    kind, left_end, right_begin = found
    if kind == 'subscript':
        opening = segment.find('[', _char_column(segment, left_end))
        closing = segment.find(']', _char_column(segment, right_begin + 1))
        if opening < 0:
            opening = len(segment)
        closing = len(segment) if closing < 0 else closing + 1
        return opening, closing
    # A binary operator: its first character follows the blanks after the left
    # operand, and a second non-blank character makes it two wide. The mark then
    # skips any closing brackets and blanks between operand and operator. (The
    # arithmetic mixes UTF-8 and character offsets exactly as CPython 3.11 does.)
    between = segment[_char_column(segment, left_end):_char_column(segment, right_begin)]
    blanks = len(between) - len(between.lstrip())
    width = 1
    if blanks + 1 < len(between) and not between[blanks + 1].isspace():
        width = 2
    pos = left_end + blanks
    while pos < len(segment) and (segment[pos].isspace() or segment[pos] in ')#'):
        pos += 1
    return _char_column(segment, pos), _char_column(segment, pos + width)


def _underline(entry):
    # The line of '^' (and '~') under the part of the source line that failed, or ''.
    if entry.colno is None or entry.end_colno is None:
        return ''
    raw = entry._raw()
    shown = entry.line
    trimmed = len(raw) - len(shown)
    first = _char_column(raw, entry.colno) + 1
    last = _char_column(raw, entry.end_colno) + 1
    marks = None
    if entry.lineno == entry.end_lineno:
        try:
            marks = _operator_marks(raw[first - 1:last - 1])
        except Exception:
            marks = None
    else:
        last = trimmed + len(shown)
    span = last - first
    if span >= len(shown) and not (marks and marks[1] > marks[0]):
        return ''
    if marks:
        lo, hi = marks
        body = '~' * lo + '^' * (hi - lo) + '~' * (span - hi)
    else:
        body = '^' * span
    return '    ' + ' ' * (first - trimmed) + body + '\n'


def _fold_note(count):
    return '  [Previous line repeated %d more time%s]\n' % (
        count, 's' if count > 1 else '')


class StackSummary(list):
    """A list of `FrameSummary` entries that knows how to render itself."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """A summary of the `(frame, lineno)` pairs of `frame_gen` (as `walk_stack` and
        `walk_tb` give them)."""
        records = ((frame, lineno, None, None, None) for frame, lineno in frame_gen)
        return _summarize(klass, records, limit, lookup_lines, capture_locals)

    @classmethod
    def from_list(klass, a_list):
        """A summary of FrameSummary objects or (filename, lineno, name, line) tuples."""
        summary = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                path, lineno, name, text = item
                item = FrameSummary(path, lineno, name, line=text)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        """The text of one entry: its place, its source line, the marks under the
        failing part, and its captured locals."""
        parts = ['  File "%s", line %s, in %s\n' % (
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            parts.append('    %s\n' % frame_summary.line.strip())
            parts.append(_underline(frame_summary))
        if frame_summary.locals:
            for key in sorted(frame_summary.locals):
                parts.append('    %s = %s\n' % (key, frame_summary.locals[key]))
        return ''.join(parts)

    def format(self):
        """The text of every entry; a run of more than three identical entries (as
        recursion makes) ends with a `[Previous line repeated N more times]` line."""
        lines = []
        run_key = None
        run = 0
        for entry in self:
            text = self.format_frame_summary(entry)
            if text is None:
                continue
            key = (entry.filename, entry.lineno, entry.name)
            if run_key is None or None in key or key != run_key:
                if run > _FOLD:
                    lines.append(_fold_note(run - _FOLD))
                run_key = key
                run = 0
            run += 1
            if run <= _FOLD:
                lines.append(text)
        if run > _FOLD:
            lines.append(_fold_note(run - _FOLD))
        return lines


# ---- whole exceptions ----------------------------------------------------------------

class _Layout:
    # Indentation state while an exception group is rendered: members sit two columns
    # further right per level, behind a '|' margin.

    def __init__(self):
        self.level = 0
        self.close_pending = False

    def pad(self):
        return '  ' * self.level

    def each(self, texts, margin='|'):
        if isinstance(texts, str):
            texts = (texts,)
        lead = self.pad() + margin + ' ' if self.level else ''
        for text in texts:
            if lead:
                text = ''.join(lead + piece for piece in text.splitlines(True))
            yield text


def _type_label(kind):
    label = kind.__qualname__
    home = kind.__module__
    if home in ("__main__", "builtins"):
        return label
    if not isinstance(home, str):
        home = "<unknown>"
    return home + '.' + label


class TracebackException:
    """An exception captured for rendering: its stack as a StackSummary, its text,
    notes, syntax error details, and the TracebackExceptions of its `__cause__`,
    `__context__` and group members."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals,
                       max_group_width=max_group_width,
                       max_group_depth=max_group_depth)
        nested = _seen is not None
        if not nested:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = _summarize(StackSummary, _tb_records(exc_traceback), limit,
                                lookup_lines, capture_locals)
        self.exc_type = exc_type
        self._str = _text_of(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self._take_syntax_details(exc_value)
        if lookup_lines:
            for entry in self.stack:
                entry.line
        if exc_value is None:
            self.__suppress_context__ = False
        else:
            self.__suppress_context__ = exc_value.__suppress_context__
        if not nested:
            self._expand(exc_value, compact, options, _seen)

    def _take_syntax_details(self, err):
        self.filename = err.filename
        self.lineno = None if err.lineno is None else str(err.lineno)
        self.end_lineno = None if err.end_lineno is None else str(err.end_lineno)
        self.text = err.text
        self.offset = err.offset
        self.end_offset = err.end_offset
        self.msg = err.msg

    def _expand(self, root, compact, options, seen):
        # Link the cause, context and members of the whole tree, depth first through
        # an explicit stack (a chain may be far longer than the recursion limit).
        def node(err):
            return TracebackException(type(err), err, err.__traceback__,
                                      _seen=seen, **options)

        todo = [(self, root)]
        while todo:
            target, err = todo.pop()
            cause = context = members = None
            if err is not None:
                if err.__cause__ is not None and id(err.__cause__) not in seen:
                    cause = node(err.__cause__)
                wanted = not (compact and (cause is not None or err.__suppress_context__))
                if (wanted and err.__context__ is not None
                        and id(err.__context__) not in seen):
                    context = node(err.__context__)
                if isinstance(err, BaseExceptionGroup):
                    members = [node(member) for member in err.exceptions]
            target.__cause__ = cause
            target.__context__ = context
            target.exceptions = members
            if cause is not None:
                todo.append((cause, err.__cause__))
            if context is not None:
                todo.append((context, err.__context__))
            if members:
                todo.extend(zip(members, err.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """The TracebackException of exception `exc` and its own traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the final line(s) of the report: `Type: message` (a syntax error's
        place and source before it), then the notes."""
        if self.exc_type is None:
            yield 'None: %s\n' % self._str if self._str else 'None\n'
            return
        label = _type_label(self.exc_type)
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_lines(label)
        elif self._str:
            yield '%s: %s\n' % (label, self._str)
        else:
            yield label + '\n'
        notes = self.__notes__
        if notes is None:
            return
        from collections.abc import Sequence
        if not isinstance(notes, Sequence):
            yield _text_of(notes, '__notes__', repr)
            return
        for note in notes:
            for piece in _text_of(note, 'note').split('\n'):
                yield piece + '\n'

    def _syntax_lines(self, label):
        tail = ''
        if self.lineno is not None:
            yield '  File "%s", line %s\n' % (self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            tail = ' (%s)' % self.filename
        if self.text is not None:
            body = self.text.rstrip('\n')
            shown = body.lstrip(' \n\f')
            cut = len(body) - len(shown)
            yield '    %s\n' % shown
            if self.offset is not None:
                start = self.offset
                stop = self.end_offset
                if stop is None or stop == 0:
                    stop = start
                if stop == start or stop == -1:
                    stop = start + 1
                start -= cut + 1
                stop -= cut + 1
                if start >= 0:
                    room = ''.join(ch if ch.isspace() else ' ' for ch in shown[:start])
                    yield '    %s%s\n' % (room, '^' * (stop - start))
        yield '%s: %s%s\n' % (label, self.msg or "<no detail available>", tail)

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the report, earlier exceptions of the chain first."""
        layout = _Layout() if _ctx is None else _ctx
        links = []
        current = self
        while current is not None:
            if not chain:
                links.append((None, current))
                break
            if current.__cause__ is not None:
                links.append((_BECAUSE, current))
                current = current.__cause__
            elif current.__context__ is not None and not current.__suppress_context__:
                links.append((_WHILE, current))
                current = current.__context__
            else:
                links.append((None, current))
                current = None
        # The oldest exception comes first; a link's message goes just before the
        # exception that holds the link.
        for message, node in reversed(links):
            if message is not None:
                yield from layout.each(message)
            if node.exceptions is None:
                if node.stack:
                    yield from layout.each('Traceback (most recent call last):\n')
                    yield from layout.each(node.stack.format())
                yield from layout.each(node.format_exception_only())
            elif layout.level > self.max_group_depth:
                yield from layout.each(
                    '... (max_group_depth is %d)\n' % self.max_group_depth)
            else:
                yield from self._group_lines(node, chain, layout)

    def _group_lines(self, group, chain, layout):
        outermost = layout.level == 0
        if outermost:
            layout.level = 1
        if group.stack:
            yield from layout.each(
                'Exception Group Traceback (most recent call last):\n',
                margin='+' if outermost else '|')
            yield from layout.each(group.stack.format())
        yield from layout.each(group.format_exception_only())
        total = len(group.exceptions)
        width = self.max_group_width
        shown = total if total <= width else width + 1
        layout.close_pending = False
        for index in range(shown):
            final = index == shown - 1
            if final:
                layout.close_pending = True
            over = index >= width
            yield '%s%s+---------------- %s ----------------\n' % (
                layout.pad(), '  ' if index else '+-', '...' if over else index + 1)
            layout.level += 1
            if over:
                rest = total - width
                yield from layout.each(
                    'and %d more exception%s\n' % (rest, 's' if rest > 1 else ''))
            else:
                yield from group.exceptions[index].format(chain=chain, _ctx=layout)
            if final and layout.close_pending:
                yield layout.pad() + '+------------------------------------\n'
                layout.close_pending = False
            layout.level -= 1
        if outermost:
            layout.level = 0

    def print(self, *, file=None, chain=True):
        """Print the report to `file` (sys.stderr by default)."""
        _write_all(self.format(chain=chain), file)
