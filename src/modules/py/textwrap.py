"""Wrapping, filling, shortening, dedenting and indenting plain text.

refpy's own `textwrap`: `TextWrapper`, `wrap`, `fill`, `shorten`, `dedent` and `indent`
with CPython 3.11's results. Text is cut into chunks (runs of whitespace, words, the
pieces of hyphenated words, em-dashes) by a scanner that follows the rules of
CPython's word-separator pattern, then the chunks are laid into lines greedily.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_WS = ' \t\n\r\x0b\x0c'
_PUNCT = '!"\'&.,?'


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in _PUNCT


def _dashes_then_word(text, i):
    """Whether text[i:] is two or more hyphens followed by a word character."""
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    return j - i >= 2 and j < len(text) and _is_word(text[j])


def _split_hyphenated(text):
    """The chunks of `text` when words may break after their hyphens."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WS:
            j = i
            while j < n and text[j] in _WS:
                j += 1
        elif c == '-' and i > 0 and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i):
            # An em-dash between words is a chunk of its own.
            j = i
            while text[j] == '-':
                j += 1
        else:
            j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _word_end(text, start):
    """Where the word starting at `start` ends: at the first place (one character in
    at least) that is a break after a hyphen of a hyphenated word, whitespace or the
    end, or the start of an em-dash."""
    n = len(text)
    i = start + 1
    while True:
        if i >= n or text[i] in _WS:
            return i
        prev = text[i - 1]
        if prev == '-' and i - 1 > start and _hyphen_break(text, i - 1):
            return i
        if text[i] == '-' and _is_word_punct(prev) and _dashes_then_word(text, i):
            return i
        i += 1


def _hyphen_break(text, h):
    """May the line break after the hyphen at text[h]? Two letters before it (or
    letter-hyphen-letter), and a letter, maybe a hyphen, and a letter after."""
    before = (h >= 2 and _is_letter(text[h - 1]) and _is_letter(text[h - 2])) or (
        h >= 3 and _is_letter(text[h - 1]) and text[h - 2] == '-' and _is_letter(text[h - 3]))
    if not before:
        return False
    after = text[h + 1:h + 4]
    if len(after) >= 2 and _is_letter(after[0]):
        if _is_letter(after[1]):
            return True
        return len(after) == 3 and after[1] == '-' and _is_letter(after[2])
    return False


def _split_simple(text):
    """Chunks that are only whitespace runs and non-whitespace runs."""
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        space = text[i] in _WS
        j = i
        while j < n and (text[j] in _WS) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """A lowercase ASCII letter, then '.', '!' or '?', then maybe a quote, at the end."""
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


def _blank(piece):
    """True for a piece of only whitespace, and for the empty piece a cut can leave."""
    return not piece.strip()


class TextWrapper:
    """Holds the wrapping options (all public attributes, changeable at any time);
    wrap() gives the list of lines of one paragraph, fill() joins them."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _WS), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        given = locals()
        for option in _OPTIONS:
            setattr(self, option, given[option])

    # -- cutting the text into pieces -------------------------------------------

    def _pieces(self, text):
        """The text with tabs and whitespace normalised as configured, in chunks."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        if not isinstance(text, str):
            # CPython splits the text with a str regular expression here.
            if isinstance(text, (bytes, bytearray, memoryview)):
                raise TypeError('cannot use a string pattern on a bytes-like object')
            raise TypeError("expected string or bytes-like object, got %r"
                            % type(text).__name__)
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _double_sentence_spaces(self, pieces):
        k = 0
        while k + 1 < len(pieces):
            if pieces[k + 1] == ' ' and _ends_sentence(pieces[k]):
                pieces[k + 1] = '  '
                k += 1
            k += 1

    # -- laying the pieces into lines ---------------------------------------------

    def _check_limits(self):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is None:
            return
        last_prefix = self.initial_indent if self.max_lines <= 1 else self.subsequent_indent
        if len(last_prefix) + len(self.placeholder.lstrip()) > self.width:
            raise ValueError('placeholder too large for max width')

    def _split_long_piece(self, todo, line, used, room):
        """The next piece does not fit on any line: cut off what fills this line
        (just after a hyphen when there is one to cut at), or, when words must
        stay whole, give it a line of its own."""
        if not self.break_long_words:
            if not line:
                line.append(todo.pop())
            return
        piece = todo[-1]
        cut = room - used if room >= 1 else 1
        if self.break_on_hyphens and len(piece) > cut:
            dash = piece.rfind('-', 0, cut)
            if dash > 0 and piece[:dash].rstrip('-'):
                cut = dash + 1
        line.append(piece[:cut])
        todo[-1] = piece[cut:]

    def _lay_out(self, pieces):
        self._check_limits()
        trim = self.drop_whitespace
        limit = self.max_lines
        todo = pieces[::-1]          # the next piece is at the end
        lines = []
        while todo:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if trim and lines and _blank(todo[-1]):
                del todo[-1]
            line = []
            used = 0
            while todo and used + len(todo[-1]) <= room:
                used += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > room:
                self._split_long_piece(todo, line, used, room)
                used = sum(len(p) for p in line)
            if trim and line and _blank(line[-1]):
                used -= len(line.pop())
            if not line:
                continue
            if limit is not None and len(lines) + 1 >= limit:
                ends_here = not todo or (trim and len(todo) == 1 and _blank(todo[0]))
                if not (ends_here and used <= room):
                    self._close_with_placeholder(lines, line, used, room, prefix)
                    break
            lines.append(prefix + ''.join(line))
        return lines

    def _close_with_placeholder(self, lines, line, used, room, prefix):
        """The line that max_lines makes the last: drop pieces from its end until
        the placeholder fits after a word; failing that, put it on the line before
        when there is room, else on a line of its own."""
        mark = self.placeholder
        while line:
            if not _blank(line[-1]) and used + len(mark) <= room:
                lines.append(prefix + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            before = lines[-1].rstrip()
            if len(before) + len(mark) <= self.width:
                lines[-1] = before + mark
                return
        lines.append(prefix + mark.lstrip())

    # -- public interface -----------------------------------------------------------

    def wrap(self, text):
        """The lines (without newlines) of the paragraph `text`, each at most
        `width` columns including its indent."""
        pieces = self._pieces(text)
        if self.fix_sentence_endings:
            self._double_sentence_spaces(pieces)
        return self._lay_out(pieces)

    def fill(self, text):
        """The paragraph `text` wrapped, as one string with newlines."""
        return '\n'.join(self.wrap(text))


_OPTIONS = ('width', 'initial_indent', 'subsequent_indent', 'expand_tabs',
            'replace_whitespace', 'fix_sentence_endings', 'break_long_words',
            'drop_whitespace', 'break_on_hyphens', 'tabsize', 'max_lines', 'placeholder')


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph; see TextWrapper for the keyword options."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph and join its lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Squeeze runs of whitespace to one space, then cut to one line of `width`
    columns, ending with the placeholder when words had to go."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    """The spaces and tabs that start `line`, or None when nothing else follows."""
    rest = line.lstrip(' \t')
    return line[:len(line) - len(rest)] if rest else None


def dedent(text):
    """Strip the longest run of spaces and tabs that starts every non-blank line
    (a tab and a space are different characters); lines of only spaces and tabs
    become empty."""
    if not isinstance(text, str):
        # CPython's dedent starts with a str regular expression: its complaints
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(text).__name__)
    rows = text.split('\n')
    common = None
    for n, row in enumerate(rows):
        lead = _leading_blanks(row)
        if lead is None:
            rows[n] = ''
        elif common is None:
            common = lead
        else:
            k = 0
            stop = min(len(common), len(lead))
            while k < stop and common[k] == lead[k]:
                k += 1
            common = common[:k]
    if common:
        cut = len(common)
        rows = [row[cut:] if row[:cut] == common else row for row in rows]
    return '\n'.join(rows)


def indent(text, prefix, predicate=None):
    """Put `prefix` before each line of `text` for which predicate(line) is true;
    without a predicate, before each line that has more than whitespace."""
    out = []
    for row in text.splitlines(True):
        wanted = predicate(row) if predicate is not None else row.strip()
        out.append(prefix + row if wanted else row)
    return ''.join(out)
