"""RFC 2047 encoded words: the Header class, decode_header and make_header."""

__all__ = ['Header', 'decode_header', 'make_header']

import re
import base64 as _b64
import binascii as _ba
from email import charset as _cs
from email.errors import HeaderParseError

USASCII = _cs.Charset('us-ascii')
UTF8 = _cs.Charset('utf-8')
_EW = re.compile(r'=\?([^?]*?)\?([qQbB])\?(.*?)\?=', re.ASCII)
_MAXLEN = 78


def _ew_bytes(kind, text):
    if kind.lower() == 'q':
        out = bytearray()
        i = 0
        raw = text.replace('_', ' ')
        while i < len(raw):
            c = raw[i]
            if c == '=' and i + 2 < len(raw) + 0 and all(x in '0123456789abcdefABCDEF' for x in raw[i + 1:i + 3]) and len(raw[i + 1:i + 3]) == 2:
                out.append(int(raw[i + 1:i + 3], 16))
                i += 3
            else:
                out.extend(c.encode('raw-unicode-escape'))
                i += 1
        return bytes(out)
    pad = (-len(text)) % 4
    try:
        return _b64.b64decode(text + '=' * pad)
    except _ba.Error:
        raise HeaderParseError('Base64 decoding error')


def decode_header(header):
    if hasattr(header, '_chunks'):
        return [(s.encode(str(cs) if str(cs) != 'us-ascii' else 'ascii', 'surrogateescape') if isinstance(s, str) else s, str(cs))
                for s, cs in header._chunks]
    if not _EW.search(header):
        return [(header, None)]
    pieces = []
    for line in header.splitlines():
        pos = 0
        for m in _EW.finditer(line):
            gap = line[pos:m.start()]
            if gap:
                pieces.append((gap, None))
            pieces.append((_ew_bytes(m.group(2), m.group(3)), m.group(1).lower().split('*')[0]))
            pos = m.end()
        if line[pos:]:
            pieces.append((line[pos:], None))
    cleaned = []
    for i, (text, cs) in enumerate(pieces):
        if cs is None and text.isspace() and 0 < i < len(pieces) - 1 \
                and pieces[i - 1][1] is not None and pieces[i + 1][1] is not None:
            continue
        if cs is None:
            text = text.encode('raw-unicode-escape')
        cleaned.append([text, cs])
    merged = []
    for text, cs in cleaned:
        if merged and merged[-1][1] == cs:
            merged[-1][0] += text
        else:
            merged.append([text, cs])
    return [tuple(p) for p in merged]


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    h = Header(maxlinelen=maxlinelen, header_name=header_name, continuation_ws=continuation_ws)
    for s, cs in decoded_seq:
        if cs is not None and not isinstance(cs, _cs.Charset):
            cs = _cs.Charset(cs)
        h.append(s, cs)
    return h


def _ctext_edge(ch):
    return ch.isspace() or ch in '()\\'


class Header:
    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, _cs.Charset):
            charset = _cs.Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        self._maxlinelen = _MAXLEN if maxlinelen is None else maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def append(self, s, charset=None, errors='strict'):
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, _cs.Charset):
            charset = _cs.Charset(charset)
        if not isinstance(s, str):
            codec = charset.input_codec or 'us-ascii'
            s = str(s, 'latin-1' if codec == _cs.UNKNOWN8BIT else codec, errors)
        out = charset.output_codec or 'us-ascii'
        if out != _cs.UNKNOWN8BIT:
            try:
                s.encode(out, errors)
            except UnicodeEncodeError:
                if out != 'us-ascii':
                    raise
                charset = UTF8
        self._chunks.append((s, charset))

    def __str__(self):
        out = []
        prev_cs = None
        prev_space = False
        for text, cs in self._chunks:
            name = None if cs is None else str(cs)
            plain = name in (None, 'us-ascii')
            if out:
                lead = bool(text) and _ctext_edge(text[0])
                if not prev_plain and plain and not lead:
                    out.append(' ')
                elif prev_plain and not plain and not prev_space:
                    out.append(' ')
            prev_space = bool(text) and _ctext_edge(text[-1])
            prev_plain = plain
            if name == _cs.UNKNOWN8BIT:
                text = ''.join(c if c.isascii() else '\ufffd' for c in text)
            out.append(text)
        return ''.join(out)

    def __eq__(self, other):
        return other == str(self)

    __hash__ = None

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        width = self._maxlinelen if maxlinelen is None else maxlinelen
        width = width or 1000000
        if all(cs.header_encoding is None or str(cs) == 'us-ascii' for _t, cs in self._chunks):
            text = ''.join(t for t, _cs in self._chunks)
            rows = []
            for n, src in enumerate(text.split('\n')):
                if n and src[:1] not in (' ', '\t'):
                    src = ' ' + src
                rows.extend(_fold_ascii(src, width, width - self._headerlen if n == 0 else width,
                                        splitchars, self._continuation_ws))
            return linesep.join(rows)
        return self._encode_mixed(width, linesep)

    def _encode_mixed(self, maxlinelen, linesep):
        words = []
        for text, cs in self._chunks:
            plain = str(cs) == 'us-ascii' or cs.header_encoding is None
            if plain:
                for w in re.split(r'([ \t]+)', text):
                    if w:
                        words.append((w, None))
            else:
                stripped = text.strip(' \t')
                if text[:1] in ' \t' and words:
                    words.append((' ', None))
                if stripped:
                    words.append((stripped, cs))
                if text[-1:] in ' \t' and stripped:
                    words.append((' ', None))
        spaced = []
        for w in words:
            if spaced and (w[1] is not None or spaced[-1][1] is not None) \
                    and not spaced[-1][0].isspace() and not w[0].isspace():
                spaced.append((' ', None))
            spaced.append(w)
        ws = self._continuation_ws
        rows, cur, limit = [], '', maxlinelen - self._headerlen
        for w, cs in spaced:
            if cs is None:
                if not w.isspace() and cur.strip() and len(cur) + len(w) > limit:
                    rows.append(cur.rstrip(' \t'))
                    cur, limit = ws, maxlinelen
                cur += w
                continue
            whole = cs.header_encode(w)
            if len(cur) + len(whole) <= limit:
                cur += whole
                continue
            pieces = cs.header_encode_lines(w, [max(limit - len(cur), 10), maxlinelen - len(ws)])
            for k, ew in enumerate(pieces):
                if k:
                    rows.append(cur)
                    cur, limit = ws, maxlinelen
                cur += ew
        rows.append(cur)
        return linesep.join(rows)


def _fold_ascii(text, width, first, splitchars, ws):
    """Lines of one ASCII source line: words are added one by one; when a line grows past
    width it is cut at its last boundary after a `;`, else after a `,`, else before
    whitespace (the order of splitchars); a lone over-long word starts a fresh line only
    when the line also carries the header's label."""
    label = width - first
    bits = re.split(r'([ \t]+)', text)
    words = [('', bits[0])] if bits[0] else []
    words += [(bits[k], bits[k + 1]) for k in range(1, len(bits) - 1, 2)]
    rows = []
    line = []
    base = label

    def size():
        return base + sum(len(f) + len(w) for f, w in line)

    for fws, word in words:
        line.append((fws, word))
        if size() <= width:
            continue
        cut = None
        for ch in splitchars:
            for k in range(len(line) - 1, 0, -1):
                if (ch in ' \t' and line[k][0][:1] == ch) or (ch not in ' \t' and line[k - 1][1][-1:] == ch):
                    cut = k
                    break
            if cut is not None:
                break
        if cut is not None:
            rows.append(''.join(f + w for f, w in line[:cut]))
            line = line[cut:]
            base = 0
            continue
        fws, word = line.pop()
        if base > 0:
            rows.append(''.join(f + w for f, w in line))
            line = []
            base = 0
        line.append((fws or ws, word))
    rows.append(''.join(f + w for f, w in line))
    return rows
