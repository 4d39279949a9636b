"""Header objects of the modern API: str subclasses with parsed attributes."""

import types
from email import utils
from email import errors

_ATEXT_EXTRA = set("!#$%&'*+-/=?^_`{|}~")
_SPECIALS = set('()<>[]:;@\\,."')


def _needs_quote_local(s):
    if not s:
        return True
    for part in s.split('.'):
        if not part or any(not (c.isalnum() or c in _ATEXT_EXTRA) for c in part):
            return True
    return False


def _quoted_phrase(text):
    return '"%s"' % utils.quote(text) if _SPECIALS.intersection(text) else text


class Address:
    """One mailbox: display name, user name and domain (all read-only)."""

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        for part in (display_name, username, domain, addr_spec):
            if part and ('\r' in part or '\n' in part):
                raise ValueError("invalid arguments; address parts cannot contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or domain also specified")
            head, sep, tail = addr_spec.rpartition('@')
            if sep:
                head = head.strip()
                username = utils.unquote(head) if head[:1] == '"' else head
                domain = tail.strip()
            else:
                username, domain = addr_spec.strip(), ''
        self._parts = (display_name, username, domain)

    display_name = property(lambda self: self._parts[0])
    username = property(lambda self: self._parts[1])
    domain = property(lambda self: self._parts[2])

    @property
    def addr_spec(self):
        user = self.username
        if _needs_quote_local(user):
            user = '"{}"'.format(utils.quote(user))
        if self.domain:
            return '{}@{}'.format(user, self.domain)
        return user or '<>'

    def __repr__(self):
        name, user, dom = self._parts
        return '%s(display_name=%r, username=%r, domain=%r)' % (type(self).__name__, name, user, dom)

    def __str__(self):
        shown = _quoted_phrase(self.display_name)
        if not shown:
            return self.addr_spec
        spec = self.addr_spec
        return '%s <%s>' % (shown, '' if spec == '<>' else spec)

    def __eq__(self, other):
        if isinstance(other, Address):
            return self._parts == other._parts
        return NotImplemented


class Group:
    """A named group of addresses (`name: a, b;`)."""

    def __init__(self, display_name=None, addresses=None):
        self._name = display_name
        self._members = tuple(addresses or ())

    display_name = property(lambda self: self._name)
    addresses = property(lambda self: self._members)

    def __repr__(self):
        return '%s(display_name=%r, addresses=%r' % (type(self).__name__, self._name, self._members)

    def __str__(self):
        if self._name is None and len(self._members) == 1:
            return str(self._members[0])
        shown = self._name if self._name is None else _quoted_phrase(self._name)
        listed = ', '.join(map(str, self._members))
        return '%s:%s;' % (shown, ' ' + listed if listed else '')

    def __eq__(self, other):
        if isinstance(other, Group):
            return (self._name, self._members) == (other._name, other._members)
        return NotImplemented


def _decode_words(value):
    from email.header import _EW, decode_header
    if not _EW.search(value):
        return value
    out = []
    for data, cs in decode_header(value):
        if cs is None:
            out.append(data.decode('latin-1') if isinstance(data, bytes) else data)
        else:
            try:
                out.append(data.decode(cs, 'replace'))
            except LookupError:
                out.append(data.decode('ascii', 'replace'))
    return ''.join(out)


def _encode_run(words):
    import base64
    from email.charset import _q_header
    data = ' '.join(words).encode('utf-8')
    q = _q_header(data)
    b = base64.b64encode(data).decode('ascii')
    return '=?utf-8?q?%s?=' % q if len(q) - len(b) < 5 else '=?utf-8?b?%s?=' % b


def _encode_words(text):
    """Encode runs of non-ASCII words as utf-8 encoded words (q unless b is 5+ shorter)."""
    import base64
    from email.charset import _q_header
    words = text.split(' ')
    out = []
    run = []

    def flush():
        if run:
            data = ' '.join(run).encode('utf-8')
            q = _q_header(data)
            b = base64.b64encode(data).decode('ascii')
            out.append('=?utf-8?q?%s?=' % q if len(q) - len(b) < 5 else '=?utf-8?b?%s?=' % b)
            run.clear()
    for w in words:
        if w.isascii():
            flush()
            out.append(w)
        else:
            run.append(w)
    flush()
    return ' '.join(out)


class BaseHeader(str):
    """The str base of every header class; `parse` fills kwds, `init` keeps them."""

    def __new__(cls, name, value):
        found = {'defects': []}
        cls.parse(value, found)
        text = found.pop('decoded')
        obj = str.__new__(cls, text)
        obj.init(name, **found)
        return obj

    def init(self, name, *, parse_tree=None, defects=(), **extra):
        self._name = name
        self._defects = list(defects)
        for key, val in extra.items():
            setattr(self, '_' + key, val)

    name = property(lambda self: self._name)
    defects = property(lambda self: tuple(self._defects))

    def __reduce__(self):
        return (_rebuild, (type(self).__name__, type(self).__bases__, str(self)), self.__getstate__())

    @classmethod
    def _reconstruct(cls, value):
        return str.__new__(cls, value)

    _fold_slack = ''
    _jump_whole = True

    def _fold_text(self, policy):
        return str(self)

    def _fold_units(self, policy):
        text = self._fold_text(policy)
        if not (policy.utf8 or text.isascii()):
            text = _encode_words(text)
        return text.split(' ')

    def fold(self, *, policy):
        text = self._fold_text(policy)
        if policy.utf8 or text.isascii() or isinstance(self, AddressHeader):
            return self._fold_plain(policy)
        return self._fold_encoding(text, policy)

    def _fold_encoding(self, text, policy):
        """Fold text whose runs of non-ASCII words become encoded words.  A run goes
        where the line stands, cut into encoded words that fill each line; when the
        line already holds an encoded word, the new run joins it (with the ASCII words
        between) and the joined text is cut again from that word's start."""
        width = policy.max_line_length or float('inf')
        rows = []
        row = self.name + ':'
        ew_at = None          # where the current line's last encoded word starts
        ew_text = ''          # the text that word (and the ASCII after it) stands for
        words = text.split(' ')
        n = 0
        while n < len(words):
            word = words[n]
            if word.isascii():
                n += 1
                if len(row) + 1 + len(word) > width and row.strip(' ') != self.name + ':':
                    rows.append(row)
                    row, ew_at = ' ' + word, None
                else:
                    row += ' ' + word
                    ew_text += ' ' + word
                continue
            run = []
            while n < len(words) and not words[n].isascii():
                run.append(words[n])
                n += 1
            if len(row) >= width:
                rows.append(row)
                row, ew_at = '', None
            if ew_at is not None:
                todo = ew_text + ' ' + ' '.join(run)
                row = row[:ew_at]
            else:
                todo = ' '.join(run)
                row += ' '
                if len(_encode_run([todo[0]])) > width - len(row):
                    rows.append(row)
                    row = ' '
            while True:
                room = width - len(row)
                k = len(todo)
                while k and len(_encode_run([todo[:k]])) > room:
                    k -= 1
                if not k:
                    rows.append(row)
                    row = ' '
                    continue
                ew_at, ew_text = len(row), todo[:k]
                row += _encode_run([todo[:k]])
                todo = todo[k:]
                if not todo:
                    break
                rows.append(row)
                row = ' '
                # blanks where a cut falls stay plain text at the next line's start
                while todo[:1] == ' ':
                    row += ' '
                    todo = todo[1:]
                if not todo:
                    break
        rows.append(row)
        return policy.linesep.join(rows) + policy.linesep

    def _fold_plain(self, policy):
        width = policy.max_line_length or 0
        label = self.name + ':'
        units = self._fold_units(policy)
        whole = ' '.join(units)
        if self._jump_whole and width and len(label) + 1 + len(whole) > width >= 1 + len(whole):
            # the value fits on a line of its own: it starts on the next line
            return label + policy.linesep + ' ' + whole + policy.linesep
        rows, row = [], label
        for word in units:
            if width and row != label and len(row) + 1 + len(word.rstrip(self._fold_slack)) > width:
                rows.append(row)
                row = ' ' + word
            else:
                row = row + ' ' + word
        rows.append(row)
        return policy.linesep.join(rows) + policy.linesep


def _rebuild(name, bases, value):
    return type(name, bases, {})._reconstruct(value)


class UnstructuredHeader:
    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = _decode_words(value)


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader:
    max_count = None
    datetime = property(lambda self: self._datetime)

    @classmethod
    def parse(cls, value, kwds):
        kwds['datetime'] = None
        kwds['decoded'] = value if isinstance(value, str) else ''
        if not value:
            kwds['defects'].append(errors.HeaderMissingRequiredValue())
            return
        when = value
        if isinstance(value, str):
            try:
                when = utils.parsedate_to_datetime(value)
            except ValueError:
                kwds['defects'].append(errors.InvalidDateDefect('Invalid date value or format'))
                return
        kwds['datetime'] = when
        kwds['decoded'] = utils.format_datetime(when)


class UniqueDateHeader(DateHeader):
    max_count = 1


def _addr_groups(value):
    if isinstance(value, str):
        value = _decode_words(value)
        groups = []
        for chunk in utils._split_top(value, ','):
            pass
        # groups "name: a, b;" are recognised, everything else is single addresses
        rest = value
        while rest.strip():
            head = utils._strip_comments(rest)[0]
            colon = head.find(':')
            cut = utils._split_top(rest, ',')
            first = cut[0]
            if colon >= 0 and '<' not in first.split(':')[0] and '@' not in first.split(':')[0] and '"' not in first.split(':')[0]:
                gname, _, after = rest.partition(':')
                inner, _, rest = after.partition(';')
                addrs = [Address(n, addr_spec=a) for n, a in utils._parse_list(inner)]
                groups.append(Group(gname.strip(), addrs))
                rest = rest.lstrip().lstrip(',')
                continue
            for n, a in utils._parse_list(first):
                groups.append(Group(None, [Address(n, addr_spec=a)]))
            rest = ','.join(cut[1:])
        return groups
    if not hasattr(value, '__iter__') or isinstance(value, (Address, Group)):
        value = [value]
    out = []
    for item in value:
        if isinstance(item, Address):
            out.append(Group(None, [item]))
        elif isinstance(item, Group):
            out.append(item)
        else:
            out.extend(_addr_groups(str(item)))
    return out


class AddressHeader:
    max_count = None
    _fold_slack = ','

    @classmethod
    def parse(cls, value, kwds):
        found = _addr_groups(value)
        kwds['groups'] = tuple(found)
        kwds['decoded'] = ', '.join(map(str, found))

    groups = property(lambda self: self._groups)

    def _fold_units(self, policy):
        # Each address stays whole on a line when it fits; longer ones break at spaces.
        width = policy.max_line_length or 0
        texts = [str(g) for g in self._groups] or ['']
        units = []
        for n, text in enumerate(texts):
            if not (policy.utf8 or text.isascii()):
                text = _encode_words(text)
            if n < len(texts) - 1:
                text += ','
            if width and len(text) > width - 1:
                units.extend(text.split(' '))
            else:
                units.append(text)
        return units

    @property
    def addresses(self):
        return tuple(member for grp in self._groups for member in grp.addresses)


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):
    @property
    def address(self):
        every = self.addresses
        if len(every) != 1:
            raise ValueError(("value of single address header {} is not a single address").format(self.name))
        return every[0]


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


class MIMEVersionHeader:
    max_count = 1
    version = property(lambda self: self._version)
    major = property(lambda self: self._major)
    minor = property(lambda self: self._minor)

    @classmethod
    def parse(cls, value, kwds):
        core = utils._strip_comments(value)[0].strip()
        left, dot, right = core.partition('.')
        if dot and left.isdigit() and right.isdigit():
            kwds.update(major=int(left), minor=int(right), version='%d.%d' % (int(left), int(right)))
            kwds['decoded'] = kwds['version']
        else:
            kwds.update(major=None, minor=None, version=None, decoded=value)


def _split_params(value):
    parts = utils._split_top(value, ';')
    first = parts[0].strip()
    params = []
    for p in parts[1:]:
        if '=' in p:
            k, _, v = p.partition('=')
            params.append((k.strip().lower(), v.strip()))
        elif p.strip():
            params.append((p.strip().lower(), ''))
    return first, params


class ParameterizedMIMEHeader:
    max_count = 1
    _jump_whole = False

    @classmethod
    def parse(cls, value, kwds):
        head, pairs = _split_params(value)
        kwds['params'] = dict((k, utils.collapse_rfc2231_value(v))
                              for k, v in utils.decode_params([('', '')] + pairs)[1:])
        kwds['first'] = head
        kwds['decoded'] = ' '.join(value.split()) if '\n' in value else value

    @property
    def params(self):
        return types.MappingProxyType(self._params)


class ContentTypeHeader(ParameterizedMIMEHeader):
    @property
    def content_type(self):
        kind = self._first.lower()
        if kind.count('/') != 1:
            return 'text/plain'
        return '/'.join(x.strip() for x in kind.split('/'))

    maintype = property(lambda self: self.content_type.partition('/')[0])
    subtype = property(lambda self: self.content_type.partition('/')[2])


class ContentDispositionHeader(ParameterizedMIMEHeader):
    content_disposition = property(lambda self: self._first.lower() or None)


class ContentTransferEncodingHeader:
    max_count = 1
    cte = property(lambda self: self._cte)

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = value
        kwds['cte'] = utils._strip_comments(value)[0].strip().lower()


class MessageIDHeader:
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = value.strip()


_default_header_map = {
    'subject': UniqueUnstructuredHeader, 'date': UniqueDateHeader, 'resent-date': DateHeader,
    'orig-date': UniqueDateHeader, 'sender': UniqueSingleAddressHeader,
    'resent-sender': SingleAddressHeader, 'to': UniqueAddressHeader, 'resent-to': AddressHeader,
    'cc': UniqueAddressHeader, 'resent-cc': AddressHeader, 'bcc': UniqueAddressHeader,
    'resent-bcc': AddressHeader, 'from': UniqueAddressHeader, 'resent-from': AddressHeader,
    'reply-to': UniqueAddressHeader, 'mime-version': MIMEVersionHeader,
    'content-type': ContentTypeHeader, 'content-disposition': ContentDispositionHeader,
    'content-transfer-encoding': ContentTransferEncodingHeader, 'message-id': MessageIDHeader,
}


class HeaderRegistry:
    """Maps header names to header classes built on base_class."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader, use_default_map=True):
        self.registry = dict(_default_header_map) if use_default_map else {}
        self.base_class, self.default_class = base_class, default_class
        self._built = {}

    def map_to_type(self, name, cls):
        self.registry[name.lower()] = cls

    def __getstate__(self):
        # the built classes are made on demand and cannot be pickled by name
        state = dict(self.__dict__)
        state['_built'] = {}
        return state

    def __getitem__(self, name):
        mixin = self.registry.get(name.lower(), self.default_class)
        if mixin not in self._built:
            self._built[mixin] = type('_' + mixin.__name__, (mixin, self.base_class), {})
        return self._built[mixin]

    def __call__(self, name, value):
        return self.__getitem__(name)(name, value)
