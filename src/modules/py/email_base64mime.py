"""Base64 for MIME: header encoded words and 76-column bodies."""

__all__ = ['body_decode', 'body_encode', 'decode', 'decodestring', 'header_encode', 'header_length']

import base64 as _b64

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''
MISC_LEN = 7


def header_length(bytearray):
    """Characters a base64 encoding of these bytes takes."""
    whole, extra = divmod(len(bytearray), 3)
    return whole * 4 + (4 if extra else 0)


def header_encode(header_bytes, charset='iso-8859-1'):
    if not header_bytes:
        return ''
    data = header_bytes.encode(charset) if isinstance(header_bytes, str) else header_bytes
    return '=?%s?b?%s?=' % (charset, _b64.b64encode(data).decode('ascii'))


def body_encode(s, maxlinelen=76, eol=NL):
    if not s:
        return ''
    step = maxlinelen // 4 * 3
    pieces = []
    for start in range(0, len(s), step):
        line = _b64.b64encode(s[start:start + step]).decode('ascii')
        pieces.append(line[:-1] + eol if line.endswith(NL) and eol != NL else line + eol)
    return EMPTYSTRING.join(pieces)


def decode(string):
    if not string:
        return bytes()
    if isinstance(string, str):
        string = string.encode('raw-unicode-escape')
    return _b64.decodebytes(string)


body_decode = decode
decodestring = decode
