"""Generators: turn a message object tree into text or bytes."""

__all__ = ['Generator', 'DecodedGenerator', 'BytesGenerator']

import sys
import random
import time


def _mangle(text):
    lines = text.split('\n')
    return '\n'.join('>' + ln if ln.startswith('From ') else ln for ln in lines)


def _lines(text, nl):
    if not text:
        return ''
    parts = text.splitlines(True)
    out = []
    for p in parts:
        body = p.rstrip('\r\n')
        out.append(body + (nl if body != p else ''))
    return ''.join(out)


class Generator:
    _binary = False

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        if mangle_from_ is None:
            mangle_from_ = True if policy is None else policy.mangle_from_
        self._fp = outfp
        self._mangle_from_ = mangle_from_
        self.maxheaderlen = maxheaderlen
        self.policy = policy

    def write(self, s):
        self._fp.write(s)

    def clone(self, fp):
        return self.__class__(fp, self._mangle_from_, None, policy=self.policy)

    def flatten(self, msg, unixfrom=False, linesep=None):
        policy = msg.policy if self.policy is None else self.policy
        if linesep is not None:
            policy = policy.clone(linesep=linesep)
        if self.maxheaderlen is not None:
            policy = policy.clone(max_line_length=self.maxheaderlen)
        out = []
        if unixfrom:
            ufrom = msg.get_unixfrom()
            if not ufrom:
                ufrom = 'From nobody ' + time.ctime(time.time())
            out.append(ufrom + policy.linesep)
        out.append(self._render(msg, policy))
        self._emit(''.join(out))

    def _emit(self, text):
        self._fp.write(text)

    def _fold(self, policy, name, value):
        return policy.fold(name, value)

    def _render(self, msg, policy):
        nl = policy.linesep
        headers = list(msg.raw_items())
        body = self._body(msg, policy, headers)
        out = [self._fold(policy, h, v) for h, v in headers]
        out.append(nl)
        out.append(body)
        return ''.join(out)

    def _body(self, msg, policy, headers):
        nl = policy.linesep
        if msg.get_content_maintype() == 'multipart' and isinstance(msg._payload, list):
            boundary = msg.get_boundary()
            parts = [self._render(sub, policy) for sub in msg._payload]
            if boundary is None:
                boundary = '=' * 15 + ('%019d' % random.randrange(sys.maxsize)) + '=='
                msg.set_boundary(boundary)
                headers[:] = list(msg.raw_items())
            out = []
            if msg.preamble is not None:
                pre = _mangle(msg.preamble) if self._mangle_from_ else msg.preamble
                out.append(_lines(pre, nl) + nl)
            out.append('--' + boundary + nl)
            for i, p in enumerate(parts):
                if i:
                    out.append(nl + '--' + boundary + nl)
                out.append(p)
            out.append(nl + '--' + boundary + '--' + nl)
            if msg.epilogue is not None:
                epi = _mangle(msg.epilogue) if self._mangle_from_ else msg.epilogue
                out.append(_lines(epi, nl))
            return ''.join(out)
        payload = msg._payload
        if isinstance(payload, list):
            return ''.join(self._render(sub, policy) for sub in payload)
        if payload is None:
            return ''
        if not isinstance(payload, str):
            raise TypeError('string payload expected: %s' % type(payload))
        if msg._raw is not None and not payload.isascii():
            payload = self._raw_payload(msg, payload, policy, headers)
        if self._mangle_from_:
            payload = _mangle(payload)
        return _lines(payload, nl)

    def _raw_payload(self, msg, payload, policy, headers):
        from email.charset import Charset
        cs = msg.get_param('charset')
        if cs is None or policy.cte_type == '7bit' and False:
            return payload
        charset = Charset(str(cs))
        data = msg._payload_bytes()
        cte = charset.get_body_encoding()
        if not isinstance(cte, str):
            return data.decode('ascii', 'replace')
        newtext = charset.body_encode(data)
        for i, (h, v) in enumerate(headers):
            if h.lower() == 'content-transfer-encoding':
                headers[i] = policy.header_store_parse(h, cte)
                break
        return newtext


class BytesGenerator(Generator):
    _binary = True

    def _emit(self, text):
        self._fp.write(text.encode('latin-1'))

    def _fold(self, policy, name, value):
        return policy.fold_binary(name, value).decode('latin-1')

    def _raw_payload(self, msg, payload, policy, headers):
        if policy.cte_type == '7bit':
            return Generator._raw_payload(self, msg, payload, policy, headers)
        return msg._payload_bytes().decode('latin-1')


class DecodedGenerator(Generator):
    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, fmt=None, *, policy=None):
        super().__init__(outfp, mangle_from_, maxheaderlen, policy=policy)
        self._fmt = fmt or '[Non-text (%(type)s) part of message omitted, filename %(filename)s]'

    def _render(self, msg, policy):
        out = []
        for part in msg.walk():
            maintype = part.get_content_maintype()
            if maintype == 'text':
                out.append(part.get_payload(decode=False))
            elif maintype != 'multipart':
                out.append(self._fmt % {
                    'type': part.get_content_type(), 'maintype': maintype,
                    'subtype': part.get_content_subtype(), 'filename': part.get_filename('[no filename]'),
                    'description': part.get('Content-Description', '[no description]'),
                    'encoding': part.get('Content-Transfer-Encoding', '[no encoding]')})
                out.append('\n')
        return ''.join(out)
