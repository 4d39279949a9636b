"""Character sets for MIME: which encoding headers and bodies of a charset get."""

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

import base64 as _b64

QP = 1
BASE64 = 2
SHORTEST = 3
RFC2047_CHROME_LEN = 7
DEFAULT_CHARSET = 'us-ascii'
UNKNOWN8BIT = 'unknown-8bit'
EMPTYSTRING = ''

# charset name -> (header encoding, body encoding, output charset)
CHARSETS = {
    'iso-8859-1': (QP, QP, None), 'iso-8859-2': (QP, QP, None), 'iso-8859-3': (QP, QP, None),
    'iso-8859-4': (QP, QP, None), 'iso-8859-9': (QP, QP, None), 'iso-8859-10': (QP, QP, None),
    'iso-8859-13': (QP, QP, None), 'iso-8859-14': (QP, QP, None), 'iso-8859-15': (QP, QP, None),
    'iso-8859-16': (QP, QP, None), 'windows-1252': (QP, QP, None), 'viscii': (QP, QP, None),
    'us-ascii': (None, None, None), 'big5': (BASE64, BASE64, None), 'gb2312': (BASE64, BASE64, None),
    'euc-jp': (BASE64, None, 'iso-2022-jp'), 'shift_jis': (BASE64, None, 'iso-2022-jp'),
    'iso-2022-jp': (BASE64, None, None), 'koi8-r': (BASE64, BASE64, None),
    'utf-8': (SHORTEST, BASE64, 'utf-8'),
}

ALIASES = {
    'latin_1': 'iso-8859-1', 'latin-1': 'iso-8859-1', 'latin_2': 'iso-8859-2', 'latin-2': 'iso-8859-2',
    'latin_3': 'iso-8859-3', 'latin-3': 'iso-8859-3', 'latin_4': 'iso-8859-4', 'latin-4': 'iso-8859-4',
    'latin_5': 'iso-8859-9', 'latin-5': 'iso-8859-9', 'latin_6': 'iso-8859-10', 'latin-6': 'iso-8859-10',
    'latin_7': 'iso-8859-13', 'latin-7': 'iso-8859-13', 'latin_8': 'iso-8859-14', 'latin-8': 'iso-8859-14',
    'latin_9': 'iso-8859-15', 'latin-9': 'iso-8859-15', 'latin_10': 'iso-8859-16', 'latin-10': 'iso-8859-16',
    'cp949': 'ks_c_5601-1987', 'euc_jp': 'euc-jp', 'euc_kr': 'euc-kr', 'ascii': 'us-ascii',
}

CODEC_MAP = {'gb2312': 'eucgb2312_cn', 'big5': 'big5_tw', 'us-ascii': None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Register how a charset's headers and bodies are encoded."""
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS.update({charset: (header_enc, body_enc, output_charset)})


def add_alias(alias, canonical):
    """Make alias another name of the charset canonical."""
    ALIASES.update({alias: canonical})


def add_codec(charset, codecname):
    """Name the Python codec that encodes charset."""
    CODEC_MAP.update({charset: codecname})


def _q_header(data):
    out = []
    for b in data:
        c = chr(b)
        if c == ' ':
            out.append('_')
        elif c.isascii() and (c.isalnum() or c in '!*+-/'):
            out.append(c)
        else:
            out.append('=%02X' % b)
    return ''.join(out)


def _qp_body(text, maxlinelen=76, eol='\n', quote_blanks=False):
    """Quoted-printable body encoding of a str whose characters are byte values."""
    if not text:
        return text
    out_lines = []
    for line in text.splitlines():
        tail_ws = line[-1:] if line[-1:] in (' ', '\t') else ''
        core = line[:-1] if tail_ws else line
        pieces = [c if 33 <= ord(c) <= 126 and c != '=' or (c in ' \t' and not quote_blanks) else '=%02X' % ord(c)
                  for c in core]
        # cut into lines of maxlinelen - 1 characters plus a soft break while what is
        # left (a trailing blank counted as one character) is longer than maxlinelen
        left = sum(map(len, pieces)) + len(tail_ws)
        cur = ''
        k = 0
        while left > maxlinelen:
            while k < len(pieces) and len(cur) + len(pieces[k]) <= maxlinelen - 1:
                cur += pieces[k]
                k += 1
            out_lines.append(cur + '=')
            left -= len(cur)
            cur = ''
        rest = ''.join(pieces[k:])
        if tail_ws:
            room = maxlinelen + 1 - left
            quoted = '=%02X' % ord(tail_ws)
            if room >= 3:
                out_lines.append(rest + quoted)
            elif room == 2:
                out_lines.append(rest + tail_ws + '=')
                out_lines.append('')
            else:
                out_lines.append(rest + '=')
                out_lines.append(quoted)
        else:
            out_lines.append(rest)
    result = eol.join(out_lines)
    if text[-1] in '\r\n':
        result += eol
    return result


class Charset:
    """A character set and the MIME encodings its headers and bodies use."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        if not isinstance(input_charset, str):
            try:
                input_charset = bytes(input_charset).decode('ascii')
            except UnicodeError:
                from email.errors import CharsetError
                raise CharsetError(input_charset)
        elif not input_charset.isascii():
            from email.errors import CharsetError
            raise CharsetError(input_charset)
        lowered = input_charset.lower()
        name = ALIASES.get(lowered, lowered)
        henc, benc, out = CHARSETS.get(name, (SHORTEST, BASE64, None))
        out = out or name
        self.input_charset = name
        self.header_encoding, self.body_encoding = henc, benc
        self.output_charset = ALIASES.get(out, out)
        self.input_codec = CODEC_MAP.get(name, name)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __repr__(self):
        return self.input_charset.lower()

    __str__ = __repr__

    def __eq__(self, other):
        return repr(self) == str(other).lower()

    def get_body_encoding(self):
        names = {QP: 'quoted-printable', BASE64: 'base64'}
        if self.body_encoding in names:
            return names[self.body_encoding]
        from email import encoders
        return encoders.encode_7or8bit

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def _codec(self):
        return self.output_codec or 'us-ascii'

    def _to_bytes(self, text):
        if self.output_codec == UNKNOWN8BIT:
            return text.encode('latin-1')
        return text.encode(self._codec())

    def _encoder_for(self, data):
        kind = self.header_encoding
        if kind == SHORTEST:
            return 'b' if len(_b64.b64encode(data)) < len(_q_header(data)) else 'q'
        return {BASE64: 'b', QP: 'q'}.get(kind)

    def header_encode(self, string):
        data = self._to_bytes(string)
        kind = self._encoder_for(data)
        return string if kind is None else _make_ew(data, self.get_output_charset(), kind)

    def header_encode_lines(self, string, maxlengths):
        kind = self._encoder_for(self._to_bytes(string))
        label = self.get_output_charset()
        done, chunk = [], ''
        for ch in string:
            limit = maxlengths[min(len(done), len(maxlengths) - 1)]
            if chunk and len(_make_ew(self._to_bytes(chunk + ch), label, kind)) > limit:
                done.append(_make_ew(self._to_bytes(chunk), label, kind))
                chunk = ch
            else:
                chunk += ch
        if chunk or not done:
            done.append(_make_ew(self._to_bytes(chunk), label, kind))
        return done

    def body_encode(self, string):
        if not string:
            return string
        data = string.encode(self._codec()) if isinstance(string, str) else string
        if self.body_encoding == BASE64:
            return _b64_body(data)
        if self.body_encoding == QP:
            return _qp_body(data.decode('latin-1'))
        if isinstance(string, str) and self.output_codec:
            return data.decode('ascii', 'replace')
        return string


def _make_ew(data, charset, kind):
    if kind == 'b':
        body = _b64.b64encode(data).decode('ascii')
    else:
        body = _q_header(data)
    return '=?%s?%s?%s?=' % (charset, kind, body)


def _b64_body(data, maxlinelen=76, eol='\n'):
    if not data:
        return ''
    step = maxlinelen // 4 * 3
    out = []
    for i in range(0, len(data), step):
        out.append(_b64.b64encode(data[i:i + step]).decode('ascii') + eol)
    return ''.join(out)
