"""Message (the compat32 model), MIMEPart and EmailMessage (the modern API).

refpy's own implementation: a message is a list of (name, value) header pairs, a payload
(a str, a list of sub-messages, or None) and, for 8-bit content, `_raw`: the codec that
turns the payload's characters back into the bytes on the wire (refpy's str cannot hold
the lone surrogates CPython uses for that)."""

__all__ = ['Message', 'EmailMessage', 'MIMEPart']

import binascii
from email import utils
from email import errors
from email import charset as _cs_mod
from email.policy import compat32

_JOIN = '; '
_NEEDS_QUOTES = frozenset('()<>@,;:\\"/[]?= \t')
_NOTHING = object()


def _render_param(key, val=None, force=True):
    """`key=val` as a Content-* parameter, RFC 2231-encoded when val is not ASCII."""
    if not val:
        return key
    if type(val) is tuple:
        cs, lang, text = val
        return key + '*=' + utils.encode_rfc2231(text, cs, lang)
    if not val.isascii():
        return key + '*=' + utils.encode_rfc2231(val, 'utf-8', '')
    if force or _NEEDS_QUOTES.intersection(val):
        return '{}="{}"'.format(key, utils.quote(val))
    return '{}={}'.format(key, val)


def _split_header_params(text):
    """The pieces of a parameterised header, names lower-cased, values untouched."""
    pieces = []
    for raw in utils._split_top(text, ';'):
        raw = raw.strip()
        if not raw:
            continue
        key, eq, val = raw.partition('=')
        pieces.append((key.strip().lower() if eq else key.strip(), val.strip()))
    return pieces


def _plain(v):
    if type(v) is tuple:
        return (v[0], v[1], utils.unquote(v[2]))
    return utils.unquote(v)


def _unqp(data):
    """Decode quoted-printable bytes (soft line breaks, =XX escapes)."""
    result = bytearray()
    rows = data.split(b'\n')
    last = len(rows) - 1
    for idx, row in enumerate(rows):
        row = row.rstrip(b' \t\r')
        joined = False
        pos = 0
        n = len(row)
        while pos < n:
            ch = row[pos]
            if ch != 0x3D:
                result.append(ch)
                pos += 1
            elif pos + 1 == n:
                joined = True
                pos += 1
            else:
                pair = row[pos + 1:pos + 3]
                if len(pair) == 2 and all(c in b'0123456789abcdefABCDEF' for c in pair):
                    result.append(int(pair, 16))
                    pos += 3
                else:
                    result.append(ch)
                    pos += 1
        if idx != last and not joined:
            result.append(0x0A)
    return bytes(result)


class Message:
    """Headers in order plus a payload; the dictionary-like compat32 object model."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self._raw = None
        self.preamble = None
        self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    # --- serialising ---------------------------------------------------------
    def _flatten_with(self, gen_class, sink, unixfrom, policy, **extra):
        gen_class(sink, mangle_from_=False, policy=self.policy if policy is None else policy,
                  **extra).flatten(self, unixfrom=unixfrom)
        return sink.getvalue()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        import io
        from email import generator
        return self._flatten_with(generator.Generator, io.StringIO(), unixfrom, policy,
                                  maxheaderlen=maxheaderlen)

    def as_bytes(self, unixfrom=False, policy=None):
        import io
        from email import generator
        return self._flatten_with(generator.BytesGenerator, io.BytesIO(), unixfrom, policy)

    __str__ = lambda self: self.as_string()
    __bytes__ = lambda self: self.as_bytes()

    # --- payload ---------------------------------------------------------------
    def is_multipart(self):
        return type(self._payload) is list or isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        current = self._payload
        if current is None:
            self._payload = [payload]
        elif isinstance(current, list):
            current.append(payload)
        else:
            raise TypeError("Attach is not valid on a message with a non-multipart payload")

    def _payload_bytes(self):
        text = self._payload
        if self._raw is not None:
            return text.encode(self._raw, 'replace')
        if text.isascii():
            return text.encode('ascii')
        return text.encode('raw-unicode-escape')

    def get_payload(self, i=None, decode=False):
        body = self._payload
        if isinstance(body, list):
            if decode:
                return None
            return body if i is None else body[i]
        if i is not None:
            raise TypeError('Expected list, got %s' % type(body))
        if not decode:
            if self._raw == 'latin-1' and isinstance(body, str):
                label = str(self.get_param('charset', 'ascii'))
                try:
                    return self._payload_bytes().decode(label, 'replace')
                except LookupError:
                    return self._payload_bytes().decode('ascii', 'replace')
            return body
        if body is None:
            return None
        data = self._payload_bytes() if isinstance(body, str) else body
        how = str(self.get('content-transfer-encoding', '')).lower()
        if how == 'base64':
            squeezed = b''.join(data.split())
            import base64
            try:
                return base64.b64decode(squeezed + b'=' * (-len(squeezed) % 4))
            except binascii.Error:
                return data
        if how == 'quoted-printable':
            return _unqp(data)
        return data

    def set_payload(self, payload, charset=None):
        self._raw = None
        if isinstance(payload, (bytes, bytearray)):
            payload = bytes(payload).decode('latin-1')
            self._raw = None if payload.isascii() else 'latin-1'
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        cs = charset if isinstance(charset, _cs_mod.Charset) else _cs_mod.Charset(charset)
        self._charset = cs
        out_name = cs.get_output_charset()
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' in self:
            self.set_param('charset', out_name)
        else:
            self.add_header('Content-Type', 'text/plain', charset=out_name)
        body = self._payload
        data = None
        if isinstance(body, str):
            if self._raw is not None:
                data = self._payload_bytes()
            elif cs.output_codec == 'unknown-8bit':
                data = body.encode('latin-1')
            else:
                data = body.encode(cs.output_codec or 'us-ascii')
        has_cte = 'Content-Transfer-Encoding' in self
        if has_cte:
            if data is not None and not data.isascii():
                self._payload, self._raw = data.decode('latin-1'), 'latin-1'
            return
        encoding = cs.get_body_encoding()
        if callable(encoding):
            if data is not None:
                self._payload = data.decode('latin-1')
                self._raw = None if data.isascii() else 'latin-1'
            encoding(self)
            return
        if data is not None:
            self._payload, self._raw = cs.body_encode(data), None
        self.add_header('Content-Transfer-Encoding', encoding)

    def get_charset(self):
        return self._charset

    # --- headers as a mapping --------------------------------------------------
    def _positions(self, name):
        want = name.lower()
        return [n for n, (k, _v) in enumerate(self._headers) if k.lower() == want]

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        limit = self.policy.header_max_count(name)
        if limit and len(self._positions(name)) >= limit:
            raise ValueError("There may be at most {} {} headers in a message".format(limit, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        doomed = set(self._positions(name))
        self._headers = [pair for n, pair in enumerate(self._headers) if n not in doomed]

    def __contains__(self, name):
        return bool(self._positions(name))

    def __iter__(self):
        return iter([pair[0] for pair in self._headers])

    def keys(self):
        return [pair[0] for pair in self._headers]

    def values(self):
        fetch = self.policy.header_fetch_parse
        return [fetch(*pair) for pair in self._headers]

    def items(self):
        fetch = self.policy.header_fetch_parse
        return [(pair[0], fetch(*pair)) for pair in self._headers]

    def get(self, name, failobj=None):
        where = self._positions(name)
        if not where:
            return failobj
        return self.policy.header_fetch_parse(*self._headers[where[0]])

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(list(self._headers))

    def get_all(self, name, failobj=None):
        fetch = self.policy.header_fetch_parse
        found = [fetch(*self._headers[n]) for n in self._positions(name)]
        return found or failobj

    def add_header(self, _name, _value, **_params):
        bits = [] if _value is None else [_value]
        for key, val in _params.items():
            key = key.replace('_', '-')
            bits.append(key if val is None else _render_param(key, val))
        self[_name] = _JOIN.join(bits)

    def replace_header(self, _name, _value):
        where = self._positions(_name)
        if not where:
            raise KeyError(_name)
        n = where[0]
        self._headers[n] = self.policy.header_store_parse(self._headers[n][0], _value)

    # --- Content-Type and its parameters -----------------------------------------
    def get_content_type(self):
        value = self.get('content-type', _NOTHING)
        if value is _NOTHING:
            return self.get_default_type()
        head = '' if value is None else str(value).split(';')[0]
        head = utils._strip_comments(head.lower())[0].strip()
        return head if head.count('/') == 1 else 'text/plain'

    def get_content_maintype(self):
        return self.get_content_type().partition('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().partition('/')[2]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _raw_params(self, header):
        value = self.get(header, _NOTHING)
        if value is _NOTHING:
            return None
        return utils.decode_params(_split_header_params(str(value)))

    def get_params(self, failobj=None, header='content-type', unquote=True):
        found = self._raw_params(header)
        if found is None:
            return failobj
        return [(k, _plain(v)) for k, v in found] if unquote else found

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        found = self._raw_params(header) if header in self else None
        for key, val in found or ():
            if key.lower() == param.lower():
                return _plain(val) if unquote else val
        return failobj

    def _store_params(self, header, pairs, requote, replace):
        text = _JOIN.join(_render_param(k, v, requote) for k, v in pairs)
        if text == self.get(header):
            return
        if replace:
            self.replace_header(header, text)
        else:
            del self[header]
            self[header] = text

    def set_param(self, param, value, header='Content-Type', requote=True, charset=None,
                  language='', replace=False):
        if charset and type(value) is not tuple:
            value = (charset, language, value)
        if self.get_param(param, header=header):
            pairs = [(param, value) if k.lower() == param.lower() else (k, v)
                     for k, v in self.get_params(header=header, unquote=requote)]
            self._store_params(header, pairs, requote, replace)
            return
        current = self.get(header)
        if current is None and header.lower() == 'content-type':
            current = 'text/plain'
        extra = _render_param(param, value, requote)
        text = extra if not current else str(current) + _JOIN + extra
        if text != self.get(header):
            if replace:
                self.replace_header(header, text)
            else:
                del self[header]
                self[header] = text

    def del_param(self, param, header='content-type', requote=True):
        if header in self:
            kept = [(k, v) for k, v in self.get_params(header=header, unquote=requote)
                    if k.lower() != param.lower()]
            self._store_params(header, kept, requote, False)

    def set_type(self, type, header='Content-Type', requote=True):
        if type.count('/') != 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        old = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for key, val in old[1:]:
            self.set_param(key, val, header, requote)

    def get_filename(self, failobj=None):
        found = self.get_param('filename', _NOTHING, 'content-disposition')
        if found is _NOTHING:
            found = self.get_param('name', _NOTHING, 'content-type')
        if found is _NOTHING:
            return failobj
        return utils.collapse_rfc2231_value(found).strip()

    def get_boundary(self, failobj=None):
        found = self.get_param('boundary', _NOTHING)
        if found is _NOTHING:
            return failobj
        return utils.collapse_rfc2231_value(found).rstrip()

    def set_boundary(self, boundary):
        pairs = self._raw_params('content-type')
        if pairs is None:
            raise errors.HeaderParseError('No Content-Type header found')
        quoted = '"%s"' % boundary
        if any(k.lower() == 'boundary' for k, _ in pairs):
            pairs = [('boundary', quoted) if k.lower() == 'boundary' else (k, v) for k, v in pairs]
        else:
            pairs.append(('boundary', quoted))
        text = _JOIN.join(k if v == '' else k + '=' + v for k, v in pairs)
        store = self.policy.header_store_parse
        self._headers = [store(k, text) if k.lower() == 'content-type' else (k, v)
                         for k, v in self._headers]

    def get_content_charset(self, failobj=None):
        found = self.get_param('charset', _NOTHING)
        if found is _NOTHING:
            return failobj
        if type(found) is tuple:
            try:
                found = bytes(found[2], 'raw-unicode-escape').decode(found[0] or 'us-ascii')
            except (LookupError, UnicodeError):
                found = found[2]
        return found.lower() if found.isascii() else failobj

    def get_charsets(self, failobj=None):
        return [sub.get_content_charset(failobj) for sub in self.walk()]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        if value is None:
            return None
        return str(value).split(';')[0].strip().lower() or None

    def walk(self):
        yield self
        if self.is_multipart():
            for sub in self.get_payload():
                yield from sub.walk()


_TEXT_BODIES = {('text', 'plain'), ('text', 'html'), ('multipart', 'related'), ('multipart', 'alternative')}


class MIMEPart(Message):
    """The modern part: header objects, content managers, multipart conversions."""

    def __init__(self, policy=None):
        if policy is None:
            from email import policy as _p
            policy = _p.default
        Message.__init__(self, policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        chosen = policy or self.policy
        width = chosen.max_line_length if maxheaderlen is None else maxheaderlen
        return Message.as_string(self, unixfrom, width, chosen)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        disp = self.get('content-disposition')
        return disp is not None and disp.content_disposition == 'attachment'

    def _body_candidates(self, part, wanted):
        if part.is_attachment():
            return
        kind, sub = part.get_content_type().split('/')
        if kind == 'text':
            if sub in wanted:
                yield wanted.index(sub), part
        elif kind == 'multipart' and self.is_multipart():
            if sub != 'related':
                for child in part.iter_parts():
                    yield from self._body_candidates(child, wanted)
                return
            if 'related' in wanted:
                yield wanted.index('related'), part
            start = part.get_param('start')
            root = None
            if start:
                root = next((c for c in part.iter_parts() if c['content-id'] == start), None)
            if root is None:
                children = part.get_payload()
                root = children[0] if children else None
            if root is not None:
                yield from self._body_candidates(root, wanted)

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        best, rank = None, len(preferencelist)
        for score, part in self._body_candidates(self, preferencelist):
            if score < rank:
                best, rank = part, score
                if score == 0:
                    break
        return best

    def iter_attachments(self):
        kind, sub = self.get_content_type().split('/')
        if kind != 'multipart' or sub == 'alternative':
            return
        children = self.get_payload()
        if not isinstance(children, list):
            return
        children = list(children)
        if sub == 'related':
            start = self.get_param('start')
            others = [c for c in children if c.get('content-id') != start] if start else None
            if others is not None and len(others) != len(children):
                yield from others
            else:
                yield from children[1:]
            return
        used = set()
        for child in children:
            key = tuple(child.get_content_type().split('/'))
            if key in _TEXT_BODIES and key[1] not in used and not child.is_attachment():
                used.add(key[1])
                continue
            yield child

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def get_content(self, *args, content_manager=None, **kw):
        manager = content_manager or self.policy.content_manager
        return manager.get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        manager = content_manager or self.policy.content_manager
        manager.set_content(self, *args, **kw)

    def _become_multipart(self, subtype, forbidden, boundary):
        if self.get_content_maintype() == 'multipart':
            now = self.get_content_subtype()
            if now in forbidden or now == subtype:
                raise ValueError("Cannot convert {} to {}".format(now, subtype))
        content = [h for h in self._headers if h[0].lower().startswith('content-')]
        others = [h for h in self._headers if not h[0].lower().startswith('content-')]
        children = []
        if content:
            inner = type(self)(policy=self.policy)
            inner._headers = content
            inner._payload, inner._raw = self._payload, self._raw
            children.append(inner)
        self._payload, self._raw, self._headers = children, None, others
        self['Content-Type'] = 'multipart/' + subtype
        if boundary is not None:
            self.set_param('boundary', boundary)

    def make_related(self, boundary=None):
        self._become_multipart('related', ('alternative', 'mixed'), boundary)

    def make_alternative(self, boundary=None):
        self._become_multipart('alternative', ('mixed',), boundary)

    def make_mixed(self, boundary=None):
        self._become_multipart('mixed', (), boundary)

    def _add_part(self, subtype, disposition, args, kw):
        if self.get_content_type() != 'multipart/' + subtype:
            {'related': self.make_related, 'alternative': self.make_alternative,
             'mixed': self.make_mixed}[subtype]()
        child = type(self)(policy=self.policy)
        child.set_content(*args, **kw)
        if disposition and 'content-disposition' not in child:
            child['Content-Disposition'] = disposition
        self.attach(child)

    def add_related(self, *args, **kw):
        self._add_part('related', 'inline', args, kw)

    def add_alternative(self, *args, **kw):
        self._add_part('alternative', None, args, kw)

    def add_attachment(self, *args, **kw):
        self._add_part('mixed', 'attachment', args, kw)

    def clear(self):
        self._headers, self._payload, self._raw = [], None, None

    def clear_content(self):
        self._headers = [h for h in self._headers if not h[0].lower().startswith('content-')]
        self._payload, self._raw = None, None


class EmailMessage(MIMEPart):
    """A top-level message: set_content also adds MIME-Version."""

    def set_content(self, *args, **kw):
        MIMEPart.set_content(self, *args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
