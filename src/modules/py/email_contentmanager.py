"""Content managers: get_content/set_content handlers keyed by content and object type."""

__all__ = ['ContentManager', 'raw_data_manager']

from email import charset as _charset
from email.charset import _b64_body, _qp_body


class ContentManager:
    """Two registries: readers keyed by MIME type, writers keyed by Python type."""

    def __init__(self):
        self.get_handlers = {}
        self.set_handlers = {}

    def add_get_handler(self, key, handler):
        self.get_handlers[key] = handler

    def add_set_handler(self, typekey, handler):
        self.set_handlers[typekey] = handler

    def get_content(self, msg, *args, **kw):
        full = msg.get_content_type()
        for key in (full, msg.get_content_maintype(), ''):
            reader = self.get_handlers.get(key)
            if reader is not None:
                return reader(msg, *args, **kw)
        raise KeyError(full)

    def set_content(self, msg, obj, *args, **kw):
        if msg.get_content_maintype() == 'multipart':
            raise TypeError("set_content not valid on multipart")
        writer = self._find_set_handler(msg, obj)
        msg.clear_content()
        writer(msg, obj, *args, **kw)

    def _find_set_handler(self, msg, obj):
        table = self.set_handlers
        first_name = None
        for klass in type(obj).__mro__:
            module = getattr(klass, '__module__', '')
            dotted = module + '.' + klass.__qualname__ if module else klass.__qualname__
            if first_name is None:
                first_name = dotted
            for key in (klass, dotted, klass.__qualname__, klass.__name__):
                if key in table:
                    return table[key]
        if None in table:
            return table[None]
        raise KeyError(first_name)


raw_data_manager = ContentManager()


def _read_text(msg, errors='replace'):
    label = msg.get_param('charset', 'ASCII')
    return msg.get_payload(decode=True).decode(label, errors=errors)


def _read_bytes(msg):
    return msg.get_payload(decode=True)


def _read_message(msg):
    return msg.get_payload(0)


for _key, _reader in (('text', _read_text), ('audio', _read_bytes), ('image', _read_bytes),
                      ('video', _read_bytes), ('application', _read_bytes),
                      ('message/rfc822', _read_message), ('message/external-body', _read_message)):
    raw_data_manager.add_get_handler(_key, _reader)


def _prepare(msg, maintype, subtype, headers):
    msg['Content-Type'] = maintype + '/' + subtype
    for extra in headers or ():
        if not hasattr(extra, 'name'):
            pol = msg.policy
            extra = pol.header_factory(*pol.header_source_parse([extra]))
        msg[extra.name] = extra


def _finalize(msg, disposition, filename, cid, params):
    if filename is not None and disposition is None:
        disposition = 'attachment'
    if disposition is not None:
        msg['Content-Disposition'] = disposition
    if filename is not None:
        msg.set_param('filename', filename, header='Content-Disposition', replace=True)
    if cid is not None:
        msg['Content-ID'] = cid
    for key, val in (params or {}).items():
        msg.set_param(key, val)


def _pick_text_cte(data_lines, policy):
    """The encoding CPython's heuristics pick for text: 7bit, 8bit, qp or base64."""
    if max((len(x) for x in data_lines), default=0) <= policy.max_line_length:
        if all(x.isascii() for x in data_lines):
            return '7bit'
        if policy.cte_type != '7bit':
            return '8bit'
    head = policy.linesep.encode('ascii').join(data_lines[:10]) + policy.linesep.encode('ascii')
    import binascii
    qp = _qp_body(head.decode('latin-1'), policy.max_line_length)
    b64 = binascii.b2a_base64(head)
    return 'base64' if len(qp) > len(b64) else 'quoted-printable'


def _set_text(msg, string, subtype="plain", charset='utf-8', cte=None,
              disposition=None, filename=None, cid=None, params=None, headers=None):
    _prepare(msg, 'text', subtype, headers)
    pol = msg.policy
    rows = string.encode(charset).splitlines()
    cte = cte or _pick_text_cte(rows, pol)
    nl = pol.linesep.encode('ascii')
    if cte in ('7bit', '8bit'):
        body = (b'\n'.join(rows) + b'\n').decode('latin-1')
        if cte == '7bit':
            body.encode('ascii')
    elif cte in ('quoted-printable', 'base64'):
        wire = nl.join(rows) + nl
        if cte == 'base64':
            body = _b64_body(wire, pol.max_line_length)
        else:
            body = _qp_body(wire.decode('latin-1'), pol.max_line_length)
    else:
        raise ValueError('Unknown content transfer encoding {}'.format(cte))
    msg.set_payload(body)
    if not body.isascii():
        msg._raw = 'latin-1'
    msg.set_param('charset', _charset.ALIASES.get(charset, charset), replace=True)
    msg.add_header('Content-Transfer-Encoding', cte)
    _finalize(msg, disposition, filename, cid, params)


raw_data_manager.add_set_handler(str, _set_text)


_MESSAGE_CTES = {'rfc822': ((None, '7bit', '8bit', 'binary'), '8bit'),
                 'external-body': ((None, '7bit'), '7bit')}


def _set_message(msg, message, subtype="rfc822", cte=None,
                 disposition=None, filename=None, cid=None, params=None, headers=None):
    if subtype == 'partial':
        raise ValueError("message/partial is not supported for Message objects")
    allowed, fallback = _MESSAGE_CTES.get(subtype, (None, '7bit'))
    if allowed is not None and cte not in allowed:
        raise ValueError("message/{} parts do not support cte={}".format(subtype, cte))
    if subtype == 'external-body' or cte is None:
        cte = fallback
    _prepare(msg, 'message', subtype, headers)
    msg.set_payload([message])
    msg.add_header('Content-Transfer-Encoding', cte)
    _finalize(msg, disposition, filename, cid, params)


raw_data_manager.add_set_handler('email.message.Message', _set_message)


def _qp_binary(data, width):
    """Quoted-printable of binary data: every byte outside '!'..'~' (and '=') escaped,
    line ends included, cut into lines of width - 1 characters plus a soft break."""
    pieces = [chr(b) if 33 <= b <= 126 and b != 61 else '=%02X' % b for b in data]
    rows, cur = [], ''
    for piece in pieces:
        if len(cur) + len(piece) > width - 1:
            rows.append(cur + '=')
            cur = ''
        cur += piece
    rows.append(cur)
    return '\n'.join(rows)


def _set_bytes(msg, data, maintype, subtype, cte='base64',
               disposition=None, filename=None, cid=None, params=None, headers=None):
    _prepare(msg, maintype, subtype, headers)
    data = bytes(data)
    width = msg.policy.max_line_length or 76
    encoders = {
        'base64': lambda: _b64_body(data, width),
        'quoted-printable': lambda: _qp_binary(data, 76),
        '7bit': lambda: data.decode('ascii'),
    }
    msg.set_payload(encoders[cte]() if cte in encoders else data)
    msg.add_header('Content-Transfer-Encoding', cte)
    _finalize(msg, disposition, filename, cid, params)


for _t in (bytes, bytearray, memoryview):
    raw_data_manager.add_set_handler(_t, _set_bytes)
