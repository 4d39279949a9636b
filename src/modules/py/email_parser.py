"""Parsers: text or bytes in, a message object tree out."""

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser', 'FeedParser', 'BytesFeedParser']

from email import errors
from email.policy import compat32


def _is_header_line(line):
    if not line or line[0] in ' \t':
        return False
    name, colon, _ = line.partition(':')
    return bool(colon) and name and all(33 <= ord(c) <= 126 for c in name)


def _strip_eol(s):
    if s.endswith('\r\n'):
        return s[:-2]
    if s.endswith('\n') or s.endswith('\r'):
        return s[:-1]
    return s


def _build(text, factory, policy, headersonly=False, default_type=None, raw8=False):
    msg = factory(policy=policy) if factory is not None else None
    if msg is None:
        from email.message import Message
        msg = Message(policy=policy)
    if default_type:
        msg.set_default_type(default_type)
    lines = text.splitlines(True)
    i = 0
    current = None
    while i < len(lines):
        line = lines[i]
        if i == 0 and line.startswith('From '):
            msg.set_unixfrom(_strip_eol(line))
            i += 1
            continue
        if line in ('\n', '\r\n', '\r'):
            i += 1
            break
        if line[0] in ' \t' and current is not None:
            current.append(line)
            i += 1
            continue
        if line[0] in ' \t':
            msg.defects.append(errors.FirstHeaderLineIsContinuationDefect(_strip_eol(line)))
            i += 1
            continue
        if line.startswith('From '):
            msg.defects.append(errors.MisplacedEnvelopeHeaderDefect(_strip_eol(line)))
            i += 1
            continue
        if not _is_header_line(line):
            msg.defects.append(errors.MissingHeaderBodySeparatorDefect())
            break
        if current is not None:
            msg.set_raw(*_source(policy, current, raw8))
        current = [line]
        i += 1
    else:
        pass
    if current is not None:
        msg.set_raw(*_source(policy, current, raw8))
    body = ''.join(lines[i:])
    if headersonly:
        msg.set_payload(body)
        return msg
    ctype = msg.get_content_type()
    if msg.get_content_maintype() == 'multipart':
        boundary = msg.get_boundary()
        if boundary is None:
            msg.defects.append(errors.NoBoundaryInMultipartDefect())
            msg._payload = body
            _mark(msg, raw8)
            return msg
        sub_default = 'message/rfc822' if ctype == 'multipart/digest' else None
        blines = body.splitlines(True)
        sep = '--' + boundary
        chunks = []
        cur = []
        state = 'pre'
        preamble = []
        epilogue = None
        closed = False
        for bl in blines:
            core = _strip_eol(bl).rstrip(' \t')
            if state != 'post' and core == sep + '--':
                if state == 'pre':
                    preamble = cur
                else:
                    chunks.append(cur)
                cur = []
                state = 'post'
                closed = True
                epilogue = []
                continue
            if state != 'post' and core == sep:
                if state == 'pre':
                    preamble = cur
                    state = 'in'
                else:
                    chunks.append(cur)
                cur = []
                continue
            if state == 'post':
                epilogue.append(bl)
            else:
                cur.append(bl)
        if state == 'pre':
            msg.defects.append(errors.StartBoundaryNotFoundDefect())
            msg._payload = body
            return msg
        if not closed:
            msg.defects.append(errors.CloseBoundaryNotFoundDefect())
            chunks.append(cur)
        msg._payload = []
        for ch in chunks:
            text_ = ''.join(ch)
            text_ = _strip_eol(text_)
            msg._payload.append(_build(text_, factory, policy, False, sub_default, raw8))
        pre = ''.join(preamble)
        msg.preamble = _strip_eol(pre) if preamble else None
        if epilogue is not None:
            msg.epilogue = ''.join(epilogue)
        if msg.preamble == '' and preamble == []:
            msg.preamble = None
        return msg
    if ctype == 'message/rfc822' or (ctype.startswith('message/') and ctype != 'message/delivery-status'):
        msg._payload = [_build(body, factory, policy, False, None, raw8)]
        return msg
    msg._payload = body
    _mark(msg, raw8)
    return msg


def _source(policy, lines, raw8):
    name, value = policy.header_source_parse(lines)
    if raw8 and not value.isascii():
        from email.policy import _Raw8
        value = _Raw8(value)
    return name, value


def _mark(msg, raw8):
    if raw8 and isinstance(msg._payload, str) and not msg._payload.isascii():
        msg._raw = 'latin-1'


class Parser:
    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def _factory(self):
        if self._class is not None:
            return self._class
        return self.policy.message_factory

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return _build(text, self._factory(), self.policy, headersonly)


class HeaderParser(Parser):
    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        text = bytes(text).decode('latin-1')
        p = self.parser
        return _build(text, p._factory(), p.policy, headersonly, None, True)


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, True)


class FeedParser:
    _bytes = False

    def __init__(self, _factory=None, *, policy=compat32):
        self._factory_ = _factory
        self.policy = policy
        self._buf = []

    def feed(self, data):
        self._buf.append(data)

    def _set_headersonly(self):
        self._headersonly = True

    def close(self):
        if self._bytes:
            text = b''.join(self._buf).decode('latin-1')
        else:
            text = ''.join(self._buf)
        factory = self._factory_ if self._factory_ is not None else self.policy.message_factory
        return _build(text, factory, self.policy, getattr(self, '_headersonly', False), None, self._bytes)


class BytesFeedParser(FeedParser):
    _bytes = True
