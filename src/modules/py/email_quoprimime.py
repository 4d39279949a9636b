"""Quoted-printable for MIME: the RFC 2047 'Q' header form and RFC 2045 bodies."""

__all__ = ['body_decode', 'body_encode', 'body_length', 'decode', 'decodestring',
           'header_decode', 'header_encode', 'header_length', 'quote', 'unquote']

import re
import string as _string

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''
_HEADER_SAFE = frozenset(_string.ascii_letters + _string.digits + '!*+-/')
_BODY_SAFE = frozenset(chr(c) for c in range(33, 127)) - {'='}


def header_check(octet):
    return chr(octet) not in _HEADER_SAFE and octet != 32


def body_check(octet):
    return octet not in (32, 9) and chr(octet) not in _BODY_SAFE


def header_length(bytearray):
    return sum(1 if (chr(b) in _HEADER_SAFE or b == 32) else 3 for b in bytearray)


def body_length(bytearray):
    return sum(1 if (chr(b) in _BODY_SAFE or b in (32, 9)) else 3 for b in bytearray)


def quote(c):
    return '=%02X' % ord(c)


def unquote(s):
    hi, lo = s[1:3]
    return chr(int(hi + lo, 16))


def header_encode(header_bytes, charset='iso-8859-1'):
    if not header_bytes:
        return ''
    text = ''.join('_' if b == 32 else chr(b) if chr(b) in _HEADER_SAFE else '=%02X' % b
                   for b in header_bytes)
    return '=?%s?q?%s?=' % (charset, text)


def body_encode(body, maxlinelen=76, eol=NL):
    if maxlinelen < 4:
        raise ValueError("maxlinelen must be at least 4")
    if not body:
        return body
    from email.charset import _qp_body
    return _qp_body(body, maxlinelen, eol)


def decode(encoded, eol=NL):
    if not encoded:
        return encoded
    out = []
    rows = encoded.splitlines()
    for line in rows:
        line = line.rstrip()
        soft = line.endswith('=')
        if soft:
            line = line[:-1]
        out.append(re.sub(r'=([0-9A-Fa-f]{2})', lambda m: chr(int(m.group(1), 16)), line))
        if not soft:
            out.append(eol)
    text = ''.join(out)
    if not encoded.endswith(('\n', '\r')) and text.endswith(eol):
        text = text[:-len(eol)]
    return text


body_decode = decode
decodestring = decode


def header_decode(s):
    s = s.replace('_', ' ')
    return re.sub(r'=[a-fA-F0-9]{2}', lambda m: chr(int(m.group(0)[1:], 16)), s, flags=re.ASCII)
