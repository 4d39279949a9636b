"""Policies: the settings that steer parsing, header handling and serialisation."""

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default', 'strict', 'SMTP', 'HTTP', 'SMTPUTF8']

import abc


class _PolicyBase:
    _defaults = {}

    def __init__(self, **kw):
        for name, value in kw.items():
            if name not in self._all_defaults():
                raise TypeError("{!r} is an invalid keyword argument for {}".format(name, self.__class__.__name__))
            object.__setattr__(self, name, value)

    @classmethod
    def _all_defaults(cls):
        merged = {}
        for klass in reversed(cls.__mro__):
            merged.update(klass.__dict__.get('_defaults', {}))
        return merged

    def __getattr__(self, name):
        defaults = type(self)._all_defaults()
        if name in defaults:
            return defaults[name]
        raise AttributeError("{!r} object has no attribute {!r}".format(type(self).__name__, name))

    def __repr__(self):
        args = ['{}={!r}'.format(k, v) for k, v in self.__dict__.items()]
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def clone(self, **kw):
        new = self.__class__.__new__(self.__class__)
        for k, v in self.__dict__.items():
            object.__setattr__(new, k, v)
        for k, v in kw.items():
            if k not in self._all_defaults():
                raise TypeError("{!r} is an invalid keyword argument for {}".format(k, self.__class__.__name__))
            object.__setattr__(new, k, v)
        return new

    def __setattr__(self, name, value):
        if name in self._all_defaults() or hasattr(self, name):
            msg = "{!r} object attribute {!r} is read-only"
        else:
            msg = "{!r} object has no attribute {!r}"
        raise AttributeError(msg.format(self.__class__.__name__, name))

    def __add__(self, other):
        return self.clone(**other.__dict__)


class Policy(_PolicyBase, metaclass=abc.ABCMeta):
    _defaults = {
        'raise_on_defect': False, 'linesep': '\n', 'cte_type': '8bit', 'max_line_length': 78,
        'mangle_from_': False, 'message_factory': None, 'verify_generated_headers': True,
    }

    def handle_defect(self, obj, defect):
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        return None

    def header_source_parse(self, sourcelines):
        return _split_source(sourcelines)


class _Raw8(str):
    """A header value read from bytes whose characters stand for its bytes (latin-1)."""


def _raw_ew(value):
    import base64
    from email.charset import _q_header
    data = value.encode('latin-1')
    q, b = _q_header(data), base64.b64encode(data).decode('ascii')
    return '=?unknown-8bit?%s?=' % ('q?' + q if len(q) - len(b) < 5 else 'b?' + b)


def _split_source(lines):
    """(name, value) of a header's source lines: value unfolded only of its final EOL."""
    label, _, first = lines[0].partition(':')
    text = first.lstrip(' \t') + ''.join(lines[1:])
    while text[-1:] in ('\r', '\n') and text:
        text = text[:-1]
    return label, text


class Compat32(Policy):
    _defaults = {'mangle_from_': True}

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        if isinstance(value, _Raw8):
            from email.header import Header
            return Header(value.encode('latin-1'), 'unknown-8bit', header_name=name)
        return value

    def fold(self, name, value):
        return self._fold(name, value)

    def fold_binary(self, name, value):
        if isinstance(value, _Raw8):
            return ('%s: %s%s' % (name, value, self.linesep)).encode('latin-1')
        return self._fold(name, value).encode('ascii', 'surrogateescape')

    def _fold(self, name, value):
        from email.header import Header
        if isinstance(value, _Raw8):
            value = self.header_fetch_parse(name, value)
        maxlen = self.max_line_length
        if maxlen is None:
            maxlen = 0
        if isinstance(value, Header):
            text = value.encode(linesep=self.linesep, maxlinelen=maxlen)
        elif isinstance(value, str):
            text = Header(value, header_name=name).encode(linesep=self.linesep, maxlinelen=maxlen)
        else:
            text = str(value)
        return '%s: %s%s' % (name, text, self.linesep)


compat32 = Compat32()


class EmailPolicy(Policy):
    _defaults = {'utf8': False, 'refold_source': 'long', 'header_factory': None, 'content_manager': None}

    def __init__(self, **kw):
        kw.setdefault('header_factory', None)
        if kw['header_factory'] is None:
            from email import headerregistry
            kw['header_factory'] = headerregistry.HeaderRegistry()
        super().__init__(**kw)

    def __getattr__(self, name):
        if name == 'content_manager':
            from email import contentmanager
            return contentmanager.raw_data_manager
        if name == 'message_factory':
            from email import message
            return message.EmailMessage
        return super().__getattr__(name)

    def __repr__(self):
        shown = ['%s=%r' % kv for kv in self.__dict__.items() if kv[0] != 'header_factory']
        return type(self).__name__ + '(' + ', '.join(shown) + ')'

    def header_max_count(self, name):
        return getattr(self.header_factory[name], 'max_count', None)

    def header_store_parse(self, name, value):
        if getattr(value, 'name', '').lower() == name.lower() and hasattr(value, 'name'):
            return name, value
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError("Header values may not contain linefeed or carriage return characters")
        return name, self.header_factory(name, value)

    def header_fetch_parse(self, name, value):
        if isinstance(value, _Raw8):
            value = value.encode('latin-1').decode('utf-8', 'replace')
        if not hasattr(value, 'name'):
            flat = value.replace('\r\n', '\n').replace('\r', '\n').replace('\n', '')
            value = self.header_factory(name, flat)
        return value

    def _fold_str(self, name, value):
        if hasattr(value, 'name'):
            return value.fold(policy=self)
        width = self.max_line_length or float('inf')
        rows = value.splitlines()
        if self.refold_source == 'all':
            too_long = True
        elif self.refold_source == 'long' and rows:
            too_long = len(name) + 2 + len(rows[0]) > width or max(map(len, rows[1:]), default=0) > width
        else:
            too_long = False
        if too_long or not (self.utf8 or value.isascii()):
            return self.header_factory(name, ''.join(rows)).fold(policy=self)
        return '%s: %s%s' % (name, self.linesep.join(rows), self.linesep)

    def fold(self, name, value):
        if isinstance(value, _Raw8):
            return '%s: %s%s' % (name, _raw_ew(value), self.linesep)
        return self._fold_str(name, value)

    def fold_binary(self, name, value):
        if isinstance(value, _Raw8) and self.cte_type != '7bit':
            return ('%s: %s%s' % (name, value, self.linesep)).encode('latin-1')
        if isinstance(value, _Raw8):
            return self.fold(name, value).encode('ascii')
        text = self._fold_str(name, value)
        return text.encode('utf-8') if self.utf8 else text.encode('ascii', 'surrogateescape')


default = EmailPolicy()
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
SMTPUTF8 = SMTP.clone(utf8=True)
HTTP = SMTP.clone(max_line_length=None)
