"""Helpers for computing deltas between sequences.

refpy's own `difflib`: `SequenceMatcher` (the Ratcliff/Obershelp-style longest matching
block algorithm with junk and "popular element" heuristics), `Differ`, `ndiff`,
`restore`, `unified_diff`, `context_diff`, `diff_bytes`, `get_close_matches`,
`IS_LINE_JUNK`, `IS_CHARACTER_JUNK` and `HtmlDiff` (side-by-side HTML tables), producing
exactly CPython 3.11's output.
"""

import re
from collections import namedtuple
from heapq import nlargest

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = namedtuple('Match', 'a b size')


def _ratio(matches, length):
    """2*M/T, with two empty sequences counting as identical."""
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Compares pairs of sequences of hashable elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        # The index of b is the expensive part, so it is only rebuilt for a new b.
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        """Build b2j (element -> ascending indices in b), leaving out junk elements
        and, with autojunk on a b of 200+ items, elements filling more than 1% of b."""
        b2j = {}
        for j, elt in enumerate(self.b):
            b2j.setdefault(elt, []).append(j)
        junk = set()
        if self.isjunk:
            junk = {elt for elt in b2j if self.isjunk(elt)}
            for elt in junk:
                del b2j[elt]
        popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            popular = {elt for elt, where in b2j.items() if len(where) > limit}
            for elt in popular:
                del b2j[elt]
        self.b2j, self.bjunk, self.bpopular = b2j, junk, popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+k] == b[j:j+k] inside the given ranges (earliest i,
        then earliest j, on ties), grown over neighbouring equal elements."""
        a, b, b2j, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        besti, bestj, bestsize = alo, blo, 0
        # runs[j] = length of the longest match ending at a[i-1], b[j]
        runs = {}
        for i in range(alo, ahi):
            new_runs = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = new_runs[j] = runs.get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            runs = new_runs
        # Grow over equal non-junk (e.g. popular) elements, then over equal junk.
        for want_junk in (False, True):
            while (besti > alo and bestj > blo
                   and (b[bestj - 1] in junk) == want_junk
                   and a[besti - 1] == b[bestj - 1]):
                besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
            while (besti + bestsize < ahi and bestj + bestsize < bhi
                   and (b[bestj + bestsize] in junk) == want_junk
                   and a[besti + bestsize] == b[bestj + bestsize]):
                bestsize += 1
        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        """Matching blocks as Match(a, b, size) triples, ascending, adjacent blocks
        merged, ending with the sentinel Match(len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = match = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(match)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self.matching_blocks = [Match._make(t) for t in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) 5-tuples turning a into b; tags are 'replace',
        'delete', 'insert' and 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        return codes

    def get_grouped_opcodes(self, n=3):
        """Yield groups of opcodes with up to n lines of context around changes."""
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        # Like CPython, the context trimming below edits the cached opcode list.
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            # A long equal run closes the current group and opens the next one.
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        matches = sum(block[-1] for block in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(): the size of the multiset intersection."""
        if self.fullbcount is None:
            self.fullbcount = counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
        counts = self.fullbcount
        left = {}
        matches = 0
        for elt in self.a:
            have = left[elt] if elt in left else counts.get(elt, 0)
            left[elt] = have - 1
            if have > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) of `possibilities` scoring at least `cutoff` against
    `word`, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff
                and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    return [candidate for score, candidate in nlargest(n, scored)]


def _keep_original_ws(text, tags):
    """Tag string where spaces under whitespace characters of `text` copy them."""
    return ''.join(c if t == ' ' and c.isspace() else t for c, t in zip(text, tags))


class Differ:
    """Human-readable line deltas, with '?' lines marking intraline changes."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block goes first, which reads better.
        if bhi - blo < ahi - alo:
            parts = (self._dump('+', b, blo, bhi), self._dump('-', a, alo, ahi))
        else:
            parts = (self._dump('-', a, alo, ahi), self._dump('+', b, blo, bhi))
        for part in parts:
            yield from part

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        """Replace a[alo:ahi] by b[blo:bhi] around the most similar pair of lines
        (similarity >= 0.75), or failing that the first identical pair."""
        best_ratio, cutoff = 0.74, 0.75
        cruncher = SequenceMatcher(self.charjunk)
        eqi = eqj = None
        for j in range(blo, bhi):
            bj = b[j]
            cruncher.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if eqi is None:
                        eqi, eqj = i, j
                    continue
                cruncher.set_seq1(ai)
                if (cruncher.real_quick_ratio() > best_ratio
                        and cruncher.quick_ratio() > best_ratio
                        and cruncher.ratio() > best_ratio):
                    best_ratio, best_i, best_j = cruncher.ratio(), i, j
        if best_ratio < cutoff:
            if eqi is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, best_ratio = eqi, eqj, 1.0
        else:
            eqi = None
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aelt, belt = a[best_i], b[best_j]
        if eqi is None:
            atags = btags = ''
            cruncher.set_seqs(aelt, belt)
            marks = {'replace': ('^', '^'), 'delete': ('-', ''),
                     'insert': ('', '+'), 'equal': (' ', ' ')}
            for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
                if tag not in marks:
                    raise ValueError('unknown tag %r' % (tag,))
                amark, bmark = marks[tag]
                atags += amark * (ai2 - ai1)
                btags += bmark * (bj2 - bj1)
            yield from self._qformat(aelt, belt, atags, btags)
        else:
            yield '  ' + aelt
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield '- ' + aline
        if atags:
            yield '? %s\n' % atags
        yield '+ ' + bline
        if btags:
            yield '? %s\n' % btags


def IS_LINE_JUNK(line, pat=re.compile(r'\s*(?:#\s*)?$').match):
    """True for blank lines and lines holding only a '#' (plus whitespace)."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    """True for a space or a tab."""
    return ch in ws


def _unified_range(start, stop):
    """'start,length' of a unified-diff hunk (1-based; 'start' alone for one line)."""
    first, length = start + 1, stop - start
    if length == 1:
        return '%d' % first
    if not length:
        first -= 1
    return '%d,%d' % (first, length)


def _context_range(start, stop):
    """'first,last' of a context-diff hunk (1-based; one number for 0 or 1 line)."""
    first, length = start + 1, stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + length - 1)


def _check_types(a, b, *args):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(lines[0]).__name__, lines[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _file_header(mark, name, date, lineterm):
    return '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='',
                 n=3, lineterm='\n'):
    """Yield the lines of a unified diff from a to b with n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield _file_header('---', fromfile, fromfiledate, lineterm)
            yield _file_header('+++', tofile, tofiledate, lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(first[1], last[2]),
                                   _unified_range(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_PREFIX = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='',
                 n=3, lineterm='\n'):
    """Yield the lines of a context diff from a to b with n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield _file_header('***', fromfile, fromfiledate, lineterm)
            yield _file_header('---', tofile, tofiledate, lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        # Each side lists its lines only when it has changes of its own.
        sides = (('***', 1, 2, a, 'insert'), ('---', 3, 4, b, 'delete'))
        for mark, lo, hi, lines, skip in sides:
            yield '%s %s %s%s' % (mark, _context_range(first[lo], last[hi]),
                                  mark[0] * 4, lineterm)
            if any(code[0] not in ('equal', skip) for code in group):
                for code in group:
                    if code[0] != skip:
                        for line in lines[code[lo]:code[hi]]:
                            yield _CONTEXT_PREFIX[code[0]] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Run the str diff function dfunc on bytes and encode its lines back to bytes.

    CPython round-trips through ASCII with surrogateescape; refpy's str cannot hold
    surrogates, so Latin-1 (also a byte <-> character bijection) is used instead,
    which gives the same output."""
    def decode(s):
        try:
            return s.decode('latin-1')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(s).__name__, s)) from err
    a = [decode(line) for line in a]
    b = [decode(line) for line in b]
    names = [decode(s) for s in (fromfile, tofile, fromfiledate, tofiledate)]
    for line in dfunc(a, b, *names, n, decode(lineterm)):
        yield line.encode('latin-1')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """A Differ-style delta of the line lists a and b."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Recover sequence 1 or 2 from a Differ/ndiff delta."""
    try:
        tag = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in ('  ', tag):
            yield line[2:]


# -- HtmlDiff ---------------------------------------------------------------------------
#
# A table row holds a cell per side: (line number, text), a blank cell ('', ''), or, for
# the separator between context hunks, None. Inside a text, '\0' plus '+', '-' or '^'
# opens a highlighted stretch and '\1' closes it; tabs expanded to spaces travel as '\t'.
# Both kinds of mark survive HTML escaping and become markup once the table is built.

_HTML_FILE = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html>

<head>
    <meta http-equiv="Content-Type"
          content="text/html; charset=%(charset)s" />
    <title></title>
    <style type="text/css">%(styles)s
    </style>
</head>

<body>
    %(table)s%(legend)s
</body>

</html>"""

_HTML_STYLES = """
        table.diff {font-family:Courier; border:medium;}
        .diff_header {background-color:#e0e0e0}
        td.diff_header {text-align:right}
        .diff_next {background-color:#c0c0c0}
        .diff_add {background-color:#aaffaa}
        .diff_chg {background-color:#ffff77}
        .diff_sub {background-color:#ffaaaa}"""

_HTML_TABLE = """
    <table class="diff" id="difflib_chg_%(prefix)s_top"
           cellspacing="0" cellpadding="0" rules="groups" >
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        %(header_row)s
        <tbody>
%(data_rows)s        </tbody>
    </table>"""

_HTML_LEGEND = """
    <table class="diff" summary="Legends">
        <tr> <th colspan="2"> Legends </th> </tr>
        <tr> <td> <table border="" summary="Colors">
                      <tr><th> Colors </th> </tr>
                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>
                      <tr><td class="diff_chg">Changed</td> </tr>
                      <tr><td class="diff_sub">Deleted</td> </tr>
                  </table></td>
             <td> <table border="" summary="Links">
                      <tr><th colspan="2"> Links </th> </tr>
                      <tr><td>(f)irst change</td> </tr>
                      <tr><td>(n)ext change</td> </tr>
                      <tr><td>(t)op</td> </tr>
                  </table></td> </tr>
    </table>"""

_HTML_ROW = ('            <tr><td class="diff_next"%s>%s</td>%s'
             '<td class="diff_next">%s</td>%s</tr>\n')
_HTML_HUNK_BREAK = '        </tbody>        \n        <tbody>\n'
_HTML_MARKUP = (('\0+', '<span class="diff_add">'), ('\0-', '<span class="diff_sub">'),
                ('\0^', '<span class="diff_chg">'), ('\1', '</span>'), ('\t', '&nbsp;'))
_MARK_RUN = re.compile(r'\++|-+|\^+')
_BLANK = ('', '')


def _side_by_side(a, b, linejunk, charjunk):
    """The rows (from cell, to cell, changed) of a side-by-side view of a and b,
    built from their ndiff delta."""
    delta = list(ndiff(a, b, linejunk, charjunk))
    numbers = [0, 0]
    pos = 0

    def cell(side, key):
        # The next delta line as a cell; key None: plain text, '?': highlighted as
        # the marker line after it says, '+'/'-': highlighted whole.
        nonlocal pos
        numbers[side] += 1
        text = delta[pos][2:]
        pos += 1
        if key == '?':
            markers = delta[pos]
            pos += 1
            pieces, done = [], 0
            for run in _MARK_RUN.finditer(markers):
                start, end = run.span()
                pieces.append(text[done:start - 2])
                pieces.append('\0' + run.group()[0] + text[start - 2:end - 2] + '\1')
                done = end - 2
            pieces.append(text[done:])
            text = ''.join(pieces)
        elif key is not None:
            text = '\0' + key + (text or ' ') + '\1'
        return (numbers[side], text)

    rows = []
    waiting = ([], [])   # cells of each side not yet paired, with their changed flag

    def put(left, right, changed):
        if left is not None:
            waiting[0].append((left, changed))
        if right is not None:
            waiting[1].append((right, changed))
        while waiting[0] and waiting[1]:
            (l, lchanged), (r, rchanged) = waiting[0].pop(0), waiting[1].pop(0)
            rows.append((l, r, lchanged or rchanged))

    def pad(excess):
        # Blank cells for the side that is behind by `excess` (positive: the from
        # side), so that what comes next lines up.
        for _ in range(abs(excess)):
            if excess > 0:
                put(_BLANK, None, True)
            else:
                put(None, _BLANK, True)

    excess = 0   # to-side cells waiting for a partner, less from-side ones
    while True:
        shape = ''.join(line[0] for line in delta[pos:pos + 4]).ljust(4, 'X')
        if shape[0] == 'X':
            pad(excess)
            return rows
        if shape.startswith('-?+?'):
            put(cell(0, '?'), cell(1, '?'), True)
        elif shape.startswith('--++'):
            excess -= 1
            put(cell(0, '-'), None, True)
        elif shape.startswith(('--?+', '--+', '- ')):
            deleted = cell(0, '-')
            pad(excess - 1)
            excess = 0
            put(deleted, None, True)
        elif shape.startswith('-+?'):
            put(cell(0, None), cell(1, '?'), True)
        elif shape.startswith('-?+'):
            put(cell(0, '?'), cell(1, None), True)
        elif shape[0] == '-':
            excess -= 1
            put(cell(0, '-'), None, True)
        elif shape.startswith('+--'):
            excess += 1
            put(None, cell(1, '+'), True)
        elif shape.startswith(('+ ', '+-')):
            added = cell(1, '+')
            pad(excess + 1)
            excess = 0
            put(None, added, True)
        elif shape[0] == '+':
            excess += 1
            put(None, cell(1, '+'), True)
        else:
            numbers[0] += 1
            put((numbers[0], delta[pos][2:]), cell(1, None), False)


def _context_rows(rows, numlines):
    """The rows within numlines of a changed one, None before each run of them that
    follows left-out rows."""
    changed = [i for i, row in enumerate(rows) if row[2]]
    shown = [False] * len(rows)
    for i in changed:
        for k in range(max(0, i - numlines), min(len(rows), i + numlines + 1)):
            shown[k] = True
    picked = []
    for i, row in enumerate(rows):
        if shown[i]:
            if i > 0 and not shown[i - 1]:
                picked.append(None)
            picked.append(row)
    return picked


class HtmlDiff:
    """Side-by-side HTML tables (or whole files) comparing two lists of lines, with
    intraline changes highlighted and links from change to change."""

    _file_template = _HTML_FILE
    _styles = _HTML_STYLES
    _table_template = _HTML_TABLE
    _legend = _HTML_LEGEND
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False,
                  numlines=5, *, charset='utf-8'):
        """A complete HTML page holding make_table's table and a legend."""
        page = self._file_template % dict(
            styles=self._styles, legend=self._legend, charset=charset,
            table=self.make_table(fromlines, tolines, fromdesc, todesc,
                                  context=context, numlines=numlines))
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False,
                   numlines=5):
        """An HTML table comparing fromlines and tolines side by side; with context,
        only the changes and numlines lines around them."""
        number = HtmlDiff._default_prefix
        HtmlDiff._default_prefix += 1
        self._prefix = ['from%d_' % number, 'to%d_' % number]
        rows = _side_by_side([self._expand(line) for line in fromlines],
                             [self._expand(line) for line in tolines],
                             self._linejunk, self._charjunk)
        if context:
            rows = _context_rows(rows, numlines)
        if self._wrapcolumn:
            rows = self._wrapped(rows)
        flags = [None if row is None else row[2] for row in rows]
        left = [None if row is None else self._cell(0, *row[0]) for row in rows]
        right = [None if row is None else self._cell(1, *row[1]) for row in rows]
        toprefix = self._prefix[1]
        anchors, links = [''] * len(flags), [''] * len(flags)
        changes = last = 0
        inside = False
        for i, flag in enumerate(flags):
            if flag and not inside:
                last = i
                anchors[max(0, i - numlines)] = ' id="difflib_chg_%s_%d"' % (toprefix, changes)
                changes += 1
                links[i] = '<a href="#difflib_chg_%s_%d">n</a>' % (toprefix, changes)
            inside = bool(flag)
        if not flags:
            flags, anchors, links, last = [False], [''], [''], 0
            message = 'No Differences Found' if context else 'Empty File'
            left = right = ['<td></td><td>&nbsp;%s&nbsp;</td>' % message]
        if not flags[0]:
            links[0] = '<a href="#difflib_chg_%s_0">f</a>' % toprefix
        links[last] = '<a href="#difflib_chg_%s_top">t</a>' % toprefix
        body = []
        for i, flag in enumerate(flags):
            if flag is None:
                if i > 0:
                    body.append(_HTML_HUNK_BREAK)
            else:
                body.append(_HTML_ROW % (anchors[i], links[i], left[i], links[i], right[i]))
        if fromdesc or todesc:
            header = ('<thead><tr><th class="diff_next"><br /></th>'
                      '<th colspan="2" class="diff_header">%s</th>'
                      '<th class="diff_next"><br /></th>'
                      '<th colspan="2" class="diff_header">%s</th></tr></thead>'
                      % (fromdesc, todesc))
        else:
            header = ''
        table = self._table_template % dict(data_rows=''.join(body), header_row=header,
                                            prefix=toprefix)
        for mark, markup in _HTML_MARKUP:
            table = table.replace(mark, markup)
        return table

    def _expand(self, line):
        # Tabs to spaces at tab stops, those spaces carried as '\t' (shown as &nbsp;
        # once the texts are compared); the line end dropped.
        spaced = line.replace(' ', '\0').expandtabs(self._tabsize)
        return spaced.replace(' ', '\t').replace('\0', ' ').rstrip('\n')

    def _cell(self, side, number, text):
        ident = ' id="%s%d"' % (self._prefix[side], number) if isinstance(number, int) else ''
        text = text.replace('&', '&amp;').replace('>', '&gt;').replace('<', '&lt;')
        text = text.replace(' ', '&nbsp;').rstrip()
        return ('<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>'
                % (ident, number, text))

    def _split(self, number, text):
        """A cell's text cut into pieces of wrapcolumn visible characters; the
        pieces after the first are numbered '>'."""
        limit = self._wrapcolumn
        pieces = []
        while number and len(text) > limit and len(text) - 3 * text.count('\0') > limit:
            i = seen = 0
            mark = ''
            while seen < limit and i < len(text):
                if text[i] == '\0':
                    mark = text[i + 1]
                    i += 2
                elif text[i] == '\1':
                    mark = ''
                    i += 1
                else:
                    i += 1
                    seen += 1
            head, text = text[:i], text[i:]
            if mark:
                head, text = head + '\1', '\0' + mark + text
            pieces.append((number, head))
            number = '>'
        pieces.append((number, text))
        return pieces

    def _wrapped(self, rows):
        out = []
        for row in rows:
            if row is None:
                out.append(row)
                continue
            left, right = self._split(*row[0]), self._split(*row[1])
            for k in range(max(len(left), len(right))):
                out.append((left[k] if k < len(left) else ('', ' '),
                            right[k] if k < len(right) else ('', ' '), row[2]))
        return out
