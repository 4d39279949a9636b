"""A simple, tolerant parser for HTML and XHTML: HTMLParser.

refpy's own implementation of the documented behaviour of CPython 3.11's html.parser.
Text is fed in pieces with feed(); constructs split across pieces wait for the rest of
their text, and close() flushes whatever is left. Subclasses override the handle_*
methods to receive start/end tags, text, comments, declarations, processing
instructions and (with convert_charrefs=False) character/entity references.
"""

import re
from html import unescape

__all__ = ['HTMLParser']

_TAG_NAME = re.compile(r'[a-zA-Z][^\t\n\r\f />\x00]*')
# Between attributes: whitespace, or a '/' that does not close the tag.
_ATTR_GAP = re.compile(r'(?:\s|/(?!>))*')
_ATTR = re.compile(r'''([^\s/>][^\s/=>]*)(?:\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*))?''')
_WELL_FORMED_END_TAG = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_COMMENT_END = re.compile(r'--\s*>')
_ENTITY_REF = re.compile(r'&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_CHAR_REF = re.compile(r'&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_PARTIAL_REF = re.compile(r'&[a-zA-Z#]')
_REF_TERMINATOR = re.compile(r'[\s;]')
_MARKUP_OR_REF = re.compile(r'[&<]')
_DECL_NAME = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
# Closers of marked sections <![name ...]]> and of MS Office's <![if ...]>.
_MARKED_SECTION_END = re.compile(r']\s*]\s*>')
_MS_MARKED_SECTION_END = re.compile(r']\s*>')


class HTMLParser:
    """Find tags and other markup and call handler functions.

    Usage:
        p = HTMLParser()
        p.feed(data)
        ...
        p.close()
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        """With convert_charrefs (the default) character references in text are
        converted and delivered through handle_data()."""
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance; unprocessed data is lost."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _MARKUP_OR_REF
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._starttag_text = None

    def feed(self, data):
        """Feed some text to the parser; it is processed as far as it is complete."""
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        """Handle any buffered data as if followed by an end-of-file mark."""
        self.goahead(True)

    def getpos(self):
        """Return the current (line number, offset) of the parser."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Advance the position over rawdata[i:j] and return j."""
        if i >= j:
            return j
        newlines = self.rawdata.count('\n', i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (self.rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    def get_starttag_text(self):
        """Return the full source of the most recently opened start tag."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        """Treat everything up to </elem> as raw text (script and style content)."""
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _MARKUP_OR_REF
        self.cdata_elem = None

    # --- the scanning loop ---------------------------------------------------------

    def _text(self, text):
        """Deliver text, converting references unless inside script/style."""
        if self.convert_charrefs and not self.cdata_elem:
            text = unescape(text)
        self.handle_data(text)

    def _next_markup(self, i):
        """Where the text starting at i ends, or None to wait for more data."""
        rawdata = self.rawdata
        if self.convert_charrefs and not self.cdata_elem:
            j = rawdata.find('<', i)
            if j >= 0:
                return j
            # A reference may be cut at the end of this piece: hold back text
            # whose last '&' (among the last 34 chars) has no terminator yet.
            amp = rawdata.rfind('&', max(i, len(rawdata) - 34))
            if amp >= 0 and not _REF_TERMINATOR.search(rawdata, amp):
                return None
            return len(rawdata)
        match = self.interesting.search(rawdata, i)
        if match:
            return match.start()
        return None if self.cdata_elem else len(rawdata)

    def goahead(self, end):
        """Process rawdata as far as possible; with end, flush the rest as text."""
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            j = self._next_markup(i)
            if j is None:
                break
            if i < j:
                self._text(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                k = self._parse_markup(i)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    k = self._unparsable_extent(i)
                    self._text(rawdata[i:k])
                i = self.updatepos(i, k)
            else:
                i, stop = self._parse_reference(i, end)
                if stop:
                    break
        if end and i < n and not self.cdata_elem:
            self._text(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def _unparsable_extent(self, i):
        """At end of input, how much of an unfinished construct at i is plain text."""
        rawdata = self.rawdata
        k = rawdata.find('>', i + 1)
        if k >= 0:
            return k + 1
        k = rawdata.find('<', i + 1)
        return k if k >= 0 else i + 1

    def _parse_markup(self, i):
        """Parse the construct at '<': its end, -1 if incomplete, None to stop."""
        rawdata = self.rawdata
        nxt = rawdata[i + 1:i + 2]
        if nxt.isascii() and nxt.isalpha():
            return self.parse_starttag(i)
        if nxt == '/':
            return self.parse_endtag(i)
        if rawdata.startswith('<!--', i):
            return self.parse_comment(i)
        if nxt == '?':
            return self.parse_pi(i)
        if nxt == '!':
            return self.parse_html_declaration(i)
        if nxt:
            self.handle_data('<')
            return i + 1
        return None

    def _parse_reference(self, i, end):
        """Handle '&' at i (only reached with convert_charrefs false): return the
        new position and whether scanning must stop there."""
        rawdata = self.rawdata
        if rawdata.startswith('&#', i):
            match = _CHAR_REF.match(rawdata, i)
            if match:
                self.handle_charref(match.group()[2:-1])
                return self.updatepos(i, self._ref_end(match)), False
            if ';' in rawdata[i:]:
                # Not a valid reference: give up on the '&#'.
                self.handle_data(rawdata[i:i + 2])
                i = self.updatepos(i, i + 2)
            return i, True
        match = _ENTITY_REF.match(rawdata, i)
        if match:
            self.handle_entityref(match.group(1))
            return self.updatepos(i, self._ref_end(match)), False
        match = _PARTIAL_REF.match(rawdata, i)
        if match:
            if end and match.group() == rawdata[i:]:
                i = self.updatepos(i, i + 1)  # a lone "&x" at EOF loses its '&'
            return i, True
        if i + 1 < len(rawdata):
            self.handle_data('&')
            return self.updatepos(i, i + 1), False
        return i, True

    def _ref_end(self, match):
        """A reference ends after its ';', or before whatever else terminated it."""
        k = match.end()
        return k if self.rawdata[k - 1] == ';' else k - 1

    # --- constructs -----------------------------------------------------------------

    def parse_starttag(self, i):
        """Parse a start tag at i; return its end, or -1 if incomplete."""
        rawdata = self.rawdata
        tag_match = _TAG_NAME.match(rawdata, i + 1)
        tag = tag_match.group().lower()
        attrs = []
        pos = tag_match.end()
        while True:
            pos = _ATTR_GAP.match(rawdata, pos).end()
            if rawdata.startswith('>', pos):
                endpos, selfclosing = pos + 1, False
                break
            if rawdata.startswith('/>', pos):
                endpos, selfclosing = pos + 2, True
                break
            if pos >= len(rawdata):
                return -1
            if rawdata[pos - 1] not in '\'"/' and not rawdata[pos - 1].isspace():
                # No attribute can start here: wait if the tag may still be
                # unfinished, else the tag so far is just text.
                nxt = rawdata[pos]
                if nxt in '=/' or nxt.isascii() and nxt.isalpha():
                    return -1
                self.handle_data(rawdata[i:pos])
                return pos
            attr = _ATTR.match(rawdata, pos)
            if attr.end() >= len(rawdata):
                return -1
            name, value = attr.groups()
            if value and value[:1] == value[-1:] and value[:1] in ('"', "'"):
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            pos = attr.end()
        self._starttag_text = rawdata[i:endpos]
        self.lasttag = tag
        if selfclosing:
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def parse_endtag(self, i):
        """Parse '</...>' at i; return its end, or -1 if incomplete."""
        rawdata = self.rawdata
        gtpos = rawdata.find('>', i + 1)
        if gtpos < 0:
            return -1
        gtpos += 1
        match = _WELL_FORMED_END_TAG.match(rawdata, i)
        if match:
            tag = match.group(1).lower()
            if self.cdata_elem is not None and tag != self.cdata_elem:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            self.handle_endtag(tag)
            self.clear_cdata_mode()
            return gtpos
        if self.cdata_elem is not None:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        name = _TAG_NAME.match(rawdata, i + 2)
        if not name:
            if rawdata.startswith('</>', i):
                return i + 3
            return self.parse_bogus_comment(i)
        # Anything between the name and the '>' is ignored.
        self.handle_endtag(name.group().lower())
        return rawdata.find('>', name.end()) + 1

    def parse_comment(self, i, report=1):
        """Parse '<!-- ... -->' at i; return its end, or -1 if incomplete."""
        match = _COMMENT_END.search(self.rawdata, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(self.rawdata[i + 4:match.start()])
        return match.end()

    def parse_bogus_comment(self, i, report=1):
        """'<!...>' or '</...>' that is nothing else is a comment."""
        pos = self.rawdata.find('>', i + 2)
        if pos < 0:
            return -1
        if report:
            self.handle_comment(self.rawdata[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        """Parse '<? ... >' at i; return its end, or -1 if incomplete."""
        pos = self.rawdata.find('>', i + 2)
        if pos < 0:
            return -1
        self.handle_pi(self.rawdata[i + 2:pos])
        return pos + 1

    def parse_html_declaration(self, i):
        """Parse '<!' at i: a comment, marked section, DOCTYPE or bogus comment."""
        rawdata = self.rawdata
        if rawdata.startswith('<!--', i):
            return self.parse_comment(i)
        if rawdata.startswith('<![', i):
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == '<!doctype':
            gtpos = rawdata.find('>', i + 9)
            if gtpos < 0:
                return -1
            self.handle_decl(rawdata[i + 2:gtpos])
            return gtpos + 1
        return self.parse_bogus_comment(i)

    def parse_marked_section(self, i, report=1):
        """Parse '<![name ...]]>' (or MS Office's '<![if ...]>') at i."""
        rawdata = self.rawdata
        start = i + 3
        if start == len(rawdata):
            return -1
        match = _DECL_NAME.match(rawdata, start)
        if not match:
            self.updatepos(i, start)
            raise AssertionError("expected name token at %r" % rawdata[i:i + 20])
        if match.end() == len(rawdata):
            return -1
        name = match.group().strip().lower()
        if name in ("temp", "cdata", "ignore", "include", "rcdata"):
            close = _MARKED_SECTION_END.search(rawdata, start)
        elif name in ("if", "else", "endif"):
            close = _MS_MARKED_SECTION_END.search(rawdata, start)
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % rawdata[start:match.end()])
        if not close:
            return -1
        if report:
            self.unknown_decl(rawdata[start:close.start()])
        return close.end()

    # --- handlers, overridden by subclasses -------------------------------------------

    def handle_startendtag(self, tag, attrs):
        """An XHTML-style empty tag <tag/>: by default a start then an end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
