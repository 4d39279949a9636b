"""Python wrapper for an XML parser in the manner of Expat (CPython's pyexpat).

refpy's own XML 1.0 parser, written from the XML 1.0 and Namespaces in XML
recommendations and pyexpat's documented interface: ParserCreate() gives an xmlparser
whose handlers receive elements, character data, comments, processing instructions,
namespace declarations, the XML declaration and the DOCTYPE with its internal subset
(general entities and default attribute values are applied as Expat applies them).
Errors carry Expat's codes and messages and the position where Expat reports them.
Text may be fed in pieces: a construct split between two calls of Parse() waits for
the rest of its text.
"""

import sys as _sys
import re as _re

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1), ('XML_DTD', 0),
            ('XML_CONTEXT_BYTES', 1024), ('XML_NS', 0)]
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2

_MESSAGES = [
    None, 'out of memory', 'syntax error', 'no element found',
    'not well-formed (invalid token)', 'unclosed token', 'partial character',
    'mismatched tag', 'duplicate attribute', 'junk after document element',
    'illegal parameter entity reference', 'undefined entity',
    'recursive entity reference', 'asynchronous entity',
    'reference to invalid character number', 'reference to binary entity',
    'reference to external entity in attribute',
    'XML or text declaration not at start of entity', 'unknown encoding',
    'encoding specified in XML declaration is incorrect', 'unclosed CDATA section',
    'error in processing external entity reference', 'document is not standalone',
    'unexpected parser state - please send a bug report',
    'entity declared in parameter entity',
    'requested feature requires XML_DTD support in Expat',
    'cannot change setting once parsing has begun', 'unbound prefix',
    'must not undeclare prefix', 'incomplete markup in parameter entity',
    'XML declaration not well-formed', 'text declaration not well-formed',
    'illegal character(s) in public id', 'parser suspended', 'parser not suspended',
    'parsing aborted', 'parsing finished',
    'cannot suspend in external parameter entity',
    'reserved prefix (xml) must not be undeclared or bound to another namespace name',
    'reserved prefix (xmlns) must not be declared or undeclared',
    'prefix must not be bound to one of the reserved namespace names',
    'invalid argument',
    'a successful prior call to function XML_GetBuffer is required',
    'limit on input amplification factor (from DTD and entities) breached',
]
_NAMES = [
    None, 'NO_MEMORY', 'SYNTAX', 'NO_ELEMENTS', 'INVALID_TOKEN', 'UNCLOSED_TOKEN',
    'PARTIAL_CHAR', 'TAG_MISMATCH', 'DUPLICATE_ATTRIBUTE', 'JUNK_AFTER_DOC_ELEMENT',
    'PARAM_ENTITY_REF', 'UNDEFINED_ENTITY', 'RECURSIVE_ENTITY_REF', 'ASYNC_ENTITY',
    'BAD_CHAR_REF', 'BINARY_ENTITY_REF', 'ATTRIBUTE_EXTERNAL_ENTITY_REF',
    'MISPLACED_XML_PI', 'UNKNOWN_ENCODING', 'INCORRECT_ENCODING',
    'UNCLOSED_CDATA_SECTION', 'EXTERNAL_ENTITY_HANDLING', 'NOT_STANDALONE',
    'UNEXPECTED_STATE', 'ENTITY_DECLARED_IN_PE', 'FEATURE_REQUIRES_XML_DTD',
    'CANT_CHANGE_FEATURE_ONCE_PARSING', 'UNBOUND_PREFIX', 'UNDECLARING_PREFIX',
    'INCOMPLETE_PE', 'XML_DECL', 'TEXT_DECL', 'PUBLICID', 'SUSPENDED',
    'NOT_SUSPENDED', 'ABORTED', 'FINISHED', 'SUSPEND_PE', 'RESERVED_PREFIX_XML',
    'RESERVED_PREFIX_XMLNS', 'RESERVED_NAMESPACE_URI', 'INVALID_ARGUMENT',
    'NO_BUFFER', 'AMPLIFICATION_LIMIT_BREACH',
]

(_SYNTAX, _NO_ELEMENTS, _INVALID, _UNCLOSED, _PARTIAL_CHAR, _MISMATCH, _DUPLICATE,
 _JUNK, _PARAM_REF, _UNDEFINED, _RECURSIVE, _ASYNC, _BAD_CHAR_REF, _BINARY_REF,
 _EXTERNAL_IN_ATTR, _MISPLACED_PI, _UNKNOWN_ENCODING, _INCORRECT_ENCODING,
 _UNCLOSED_CDATA) = range(2, 21)
_UNBOUND_PREFIX = 27
_UNDECLARING_PREFIX = 28
_XML_DECL = 30
_RESERVED_XML = 38
_RESERVED_XMLNS = 39
_RESERVED_URI = 40
_FINISHED = 36


class ExpatError(Exception):
    pass

ExpatError.__module__ = 'xml.parsers.expat'
error = ExpatError


def ErrorString(code):
    """Returns string error for given number."""
    if 0 < code < len(_MESSAGES):
        return _MESSAGES[code]
    return None


class _Module:
    def __init__(self, name, doc):
        self.__name__ = name
        self.__doc__ = doc


# The submodules pyexpat builds: xml.parsers.expat.errors and xml.parsers.expat.model.
_errors_mod = type(_sys)('pyexpat.errors', 'Constants used to describe error conditions.')
_errors_mod.codes = {}
_errors_mod.messages = {}
for _i in range(1, len(_MESSAGES)):
    setattr(_errors_mod, 'XML_ERROR_' + _NAMES[_i], _MESSAGES[_i])
    _errors_mod.codes[_MESSAGES[_i]] = _i
    _errors_mod.messages[_i] = _MESSAGES[_i]
errors = _errors_mod

_model_mod = type(_sys)('pyexpat.model', 'Constants used to interpret content model information.')
for _n, _v in [('XML_CTYPE_EMPTY', 1), ('XML_CTYPE_ANY', 2), ('XML_CTYPE_MIXED', 3),
               ('XML_CTYPE_NAME', 4), ('XML_CTYPE_CHOICE', 5), ('XML_CTYPE_SEQ', 6),
               ('XML_CQUANT_NONE', 0), ('XML_CQUANT_OPT', 1), ('XML_CQUANT_REP', 2),
               ('XML_CQUANT_PLUS', 3)]:
    setattr(_model_mod, _n, _v)
model = _model_mod
_sys.modules.setdefault('xml.parsers.expat.errors', _errors_mod)
_sys.modules.setdefault('xml.parsers.expat.model', _model_mod)


# ---- character classes ----

_NS_START = (u'A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D'
             u'\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF'
             u'\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF')
_NS_CHAR = _NS_START + u'\\-.0-9\u00B7\u0300-\u036F\u203F-\u2040'
_NAME = _re.compile('[%s][%s]*' % (_NS_START, _NS_CHAR))
_NAME_START = _re.compile('[%s]' % _NS_START)
_NAME_CHARS = _re.compile('[%s]*' % _NS_CHAR)
_BAD_CHARS = u'\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff'
_DATA = _re.compile(u'(?:[^<&\\]\r\n%s]|\\](?!\\]>))+' % _BAD_CHARS)
_BAD_CHAR = _re.compile(u'[%s]' % _BAD_CHARS)
_WS = _re.compile('[ \t\r\n]*')
_ATTVAL = {'"': _re.compile(u'[^"<&%s]*' % _BAD_CHARS),
           "'": _re.compile(u"[^'<&%s]*" % _BAD_CHARS)}
_ENTITY_ATTR = _re.compile(u'[^<&%s]*' % _BAD_CHARS)
_PI_BODY = _re.compile(u'[^?%s]*' % _BAD_CHARS)
_COMMENT_BODY = _re.compile(u'[^-%s]*' % _BAD_CHARS)
_CDATA_BODY = _re.compile(u'(?:[^\\]\r\n%s]|\\](?!\\]>))+' % _BAD_CHARS)
_HEX = _re.compile('[0-9a-fA-F]*')
_DEC = _re.compile('[0-9]*')
_WSCHARS = ' \t\r\n'
_PREDEFINED = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
_XML_NS = 'http://www.w3.org/XML/1998/namespace'
_XMLNS_NS = 'http://www.w3.org/2000/xmlns/'


class _Error(Exception):
    """An error found at buffer index `pos` (or, with `absolute`, at a given position)."""

    def __init__(self, code, pos):
        self.code = code
        self.pos = pos


class _Partial(Exception):
    """The token at `pos` is cut off by the end of the text fed so far."""

    def __init__(self, pos):
        self.pos = pos


def _is_char(cp):
    return (cp == 9 or cp == 10 or cp == 13 or 0x20 <= cp <= 0xD7FF
            or 0xE000 <= cp <= 0xFFFD or 0x10000 <= cp <= 0x10FFFF)


_HANDLERS = (
    'StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
    'CharacterDataHandler', 'UnparsedEntityDeclHandler', 'NotationDeclHandler',
    'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'CommentHandler',
    'StartCdataSectionHandler', 'EndCdataSectionHandler', 'DefaultHandler',
    'DefaultHandlerExpand', 'NotStandaloneHandler', 'ExternalEntityRefHandler',
    'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler',
    'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler',
    'SkippedEntityHandler',
)

_PROLOG0, _PROLOG, _CONTENT, _EPILOG, _CDATA, _DONE = range(6)


class xmlparser:
    """XML parser"""

    def __init__(self, encoding=None, namespace_separator=None, intern=None):
        d = self.__dict__
        for h in _HANDLERS:
            d[h] = None
        d['_encoding'] = encoding
        d['_sep'] = namespace_separator
        d['intern'] = {} if intern is None else intern
        d['buffer_text'] = False
        d['buffer_size'] = 8192
        d['_cbuf'] = []
        d['_cbuf_len'] = 0
        d['ordered_attributes'] = False
        d['specified_attributes'] = False
        d['namespace_prefixes'] = False
        d['ErrorCode'] = 0
        d['_err_line'] = 1
        d['_err_col'] = 0
        d['ErrorByteIndex'] = -1
        d['_buf'] = ''
        d['_skip_lf'] = False
        d['_line0'] = 1          # position of _buf[0]
        d['_col0'] = 0
        d['_byte0'] = 0
        d['_state'] = _PROLOG0
        d['_stack'] = []         # open elements: (raw name, reported name, ns decls)
        d['_ns'] = {'xml': _XML_NS}
        d['_entities'] = {}      # name -> replacement text, or None for external
        d['_defaults'] = {}      # element name -> [(attr, value)]
        d['_doctype_ext'] = False
        d['_standalone'] = -1
        d['_open_entities'] = []
        d['_pending'] = b''
        d['_decoder'] = None
        d['_started'] = False
        d['_finished'] = False
        d['_event'] = 0          # buffer index of the current event
        d['_base'] = None

    # -- attributes --

    def __setattr__(self, name, value):
        if name in _HANDLERS:
            self.__dict__[name] = value
        elif name in ('buffer_text', 'ordered_attributes', 'specified_attributes',
                      'namespace_prefixes'):
            if name == 'buffer_text' and not value:
                self._flush()
            self.__dict__[name] = bool(value)
        elif name == 'buffer_size':
            if not isinstance(value, int):
                raise TypeError('buffer_size must be an integer')
            if value <= 0:
                raise ValueError('buffer_size must be greater than zero')
            self._flush()
            self.__dict__[name] = value
        else:
            raise AttributeError("'pyexpat.xmlparser' object has no attribute '%s'" % name)

    @property
    def ErrorLineNumber(self):
        if self.ErrorCode:
            return self._err_line
        return self._position(self._event)[0]

    @property
    def ErrorColumnNumber(self):
        if self.ErrorCode:
            return self._err_col
        return self._position(self._event)[1]

    @property
    def buffer_used(self):
        return self._cbuf_len

    @property
    def CurrentLineNumber(self):
        return self._position(self._event)[0]

    @property
    def CurrentColumnNumber(self):
        return self._position(self._event)[1]

    @property
    def CurrentByteIndex(self):
        return self._byte0 + len(self._buf[:self._event].encode('utf-8'))

    def __repr__(self):
        return '<pyexpat.xmlparser object at %#x>' % id(self)

    def SetBase(self, base):
        self.__dict__['_base'] = base

    def GetBase(self):
        return self._base

    def GetInputContext(self):
        return None

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    def ExternalEntityParserCreate(self, context, encoding=None):
        p = xmlparser(encoding or self._encoding, self._sep, self.intern)
        return p

    # -- feeding --

    def Parse(self, data, isfinal=False):
        """Parse XML data."""
        if self._finished:
            self._set_error(_FINISHED, len(self._buf))
            raise self._exc(_FINISHED)
        if isinstance(data, str):
            self.__dict__['_encoding'] = 'utf-8'
            text = data
        else:
            text = self._decode(bytes(memoryview(data)), isfinal)
        d = self.__dict__
        d['_started'] = True
        buf = self._buf + text if self._buf else text
        d['_buf'] = buf
        try:
            pos = self._run(buf, bool(isfinal))
        except _Error as e:
            self._cbuf.clear()
            d['_cbuf_len'] = 0
            self._set_error(e.code, e.pos)
            d['_finished'] = True
            raise self._exc(e.code) from None
        self._flush()
        self._discard(pos)
        if isfinal:
            d['_finished'] = True
        return 1

    def ParseFile(self, file):
        """Parse XML data from file-like object."""
        try:
            read = file.read
        except AttributeError:
            raise TypeError('argument must have \'read\' attribute') from None
        while True:
            data = read(2048)
            if not isinstance(data, (bytes, bytearray, str)):
                raise TypeError('read() did not return a bytes object (type=%.400s)'
                                % type(data).__name__)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b'', True)

    def _decode(self, data, final):
        d = self.__dict__
        data = self._pending + data
        d['_pending'] = b''
        if self._decoder is None:
            if not data and not final:
                return ''
            enc = self._encoding
            if enc is None:
                if data[:3] == b'\xef\xbb\xbf':
                    data = data[3:]
                    enc = 'utf-8'
                elif data[:2] in (b'\xff\xfe', b'\xfe\xff'):
                    enc = 'utf-16'
                elif data[:4] == b'<\x00?\x00':
                    enc = 'utf-16-le'
                elif data[:4] == b'\x00<\x00?':
                    enc = 'utf-16-be'
                else:
                    m = _re.match(rb'<\?xml[^>]*?encoding\s*=\s*["\']([A-Za-z][-\w.]*)["\']', data)
                    enc = m.group(1).decode('ascii') if m else 'utf-8'
            import codecs
            try:
                info = codecs.lookup(enc)
            except LookupError:
                raise self._exc_at(_UNKNOWN_ENCODING, 0) from None
            d['_decoder'] = info.name
        enc = self._decoder
        out = []
        while data:
            try:
                out.append(data.decode(enc))
                data = b''
            except UnicodeDecodeError as e:
                out.append(data[:e.start].decode(enc))
                if e.end >= len(data) and not final and 'end of data' in e.reason:
                    d['_pending'] = data[e.start:]
                    break
                out.append('\x00')
                data = data[e.end:]
        return ''.join(out)

    def _exc_at(self, code, pos):
        self._set_error(code, pos)
        return self._exc(code)

    def _exc(self, code):
        err = ExpatError('%s: line %d, column %d' % (
            _MESSAGES[code], self.ErrorLineNumber, self.ErrorColumnNumber))
        err.code = code
        err.lineno = self.ErrorLineNumber
        err.offset = self.ErrorColumnNumber
        return err

    def _set_error(self, code, pos):
        d = self.__dict__
        line, col = self._position(pos)
        d['ErrorCode'] = code
        d['_err_line'] = line
        d['_err_col'] = col
        d['ErrorByteIndex'] = self._byte0 + len(self._buf[:pos].encode('utf-8', 'replace'))

    def _position(self, pos):
        seg = self._buf[:pos]
        lf = seg.count('\n')
        cr = seg.count('\r')
        if not lf and not cr:
            return self._line0, self._col0 + pos
        breaks = lf + cr - seg.count('\r\n')
        last = max(seg.rfind('\n'), seg.rfind('\r'))
        return self._line0 + breaks, pos - last - 1

    def _discard(self, pos):
        d = self.__dict__
        if pos <= 0:
            return
        line, col = self._position(pos)
        d['_skip_lf'] = self._buf[pos - 1] == '\r'
        d['_byte0'] = self._byte0 + len(self._buf[:pos].encode('utf-8', 'replace'))
        d['_line0'] = line
        d['_col0'] = col
        d['_buf'] = self._buf[pos:]
        d['_event'] = max(0, self._event - pos)

    # -- character data buffering --

    def _data(self, text):
        h = self.CharacterDataHandler
        if h is None:
            if self.DefaultHandlerExpand is not None:
                self._flush()
                self.DefaultHandlerExpand(text)
            elif self.DefaultHandler is not None:
                self._flush()
                self.DefaultHandler(text)
            return
        if not self.buffer_text:
            h(text)
            return
        d = self.__dict__
        if self._cbuf_len + len(text) > self.buffer_size:
            self._flush()
            if len(text) > self.buffer_size:
                h(text)
                return
        self._cbuf.append(text)
        d['_cbuf_len'] = self._cbuf_len + len(text)

    def _flush(self):
        if self._cbuf:
            text = ''.join(self._cbuf)
            self._cbuf.clear()
            self.__dict__['_cbuf_len'] = 0
            h = self.CharacterDataHandler
            if h is not None:
                h(text)

    def _flush_quiet(self):
        try:
            self._flush()
        except Exception:
            pass

    def _name(self, name):
        return self.intern.setdefault(name, name) if self.intern is not None else name

    # -- the scanner --

    def _run(self, buf, final):
        """Scans buf from its start; returns how far it got (a token cut off by the end
        waits there for more text)."""
        n = len(buf)
        p = 0
        d = self.__dict__
        while True:
            state = self._state
            if p >= n:
                if final:
                    if state in (_PROLOG0, _PROLOG, _CONTENT):
                        raise _Error(_NO_ELEMENTS, p)
                    if state == _CDATA:
                        raise _Error(_UNCLOSED_CDATA, p)
                return p
            d['_event'] = p
            try:
                if state == _CONTENT:
                    p = self._content(buf, p, n, final)
                elif state == _CDATA:
                    p = self._cdata(buf, p, n, final)
                else:
                    p = self._prolog(buf, p, n, final, state)
            except _Partial as e:
                if final:
                    if self._state == _CDATA:
                        raise _Error(_UNCLOSED_CDATA, n) from None
                    raise _Error(_UNCLOSED, e.pos) from None
                return e.pos

    def _content(self, buf, p, n, final, in_entity=False):
        c = buf[p]
        if c == '<':
            if p + 1 >= n:
                raise _Partial(p)
            c1 = buf[p + 1]
            if c1 == '/':
                return self._end_tag(buf, p, n)
            if c1 == '!':
                if p + 2 >= n:
                    raise _Partial(p)
                c2 = buf[p + 2]
                if c2 == '-':
                    return self._comment(buf, p, n)
                if c2 == '[':
                    for i, ch in enumerate('CDATA['):
                        q = p + 3 + i
                        if q >= n:
                            raise _Partial(p)
                        if buf[q] != ch:
                            raise _Error(_INVALID, q)
                    self._flush()
                    if self.StartCdataSectionHandler is not None:
                        self.StartCdataSectionHandler()
                    elif self.DefaultHandler is not None:
                        self.DefaultHandler('<![CDATA[')
                    self.__dict__['_state'] = _CDATA
                    return p + 9
                raise _Error(_INVALID, p + 2)
            if c1 == '?':
                return self._pi(buf, p, n, True)
            return self._start_tag(buf, p, n, in_entity)
        if c == '&':
            return self._ref(buf, p, n, in_entity)
        if c == '\n':
            self._data('\n')
            return p + 1
        if c == '\r':
            if p + 1 >= n and not final:
                raise _Partial(p)
            self._data('\n')
            return p + 2 if buf.startswith('\n', p + 1) else p + 1
        if c == ']':
            if buf.startswith(']]>', p):
                raise _Error(_INVALID, p + 2)
            if n - p < 3 and ']]'.startswith(buf[p:]):
                # A trailing ']' or ']]' may start ']]>'.
                if not final:
                    raise _Partial(p)
                self._data(buf[p:])
                return n
        m = _DATA.match(buf, p)
        if m is None:
            raise _Error(_INVALID, p)
        e = m.end()
        if buf.startswith(']]>', e):
            raise _Error(_INVALID, e + 2)
        if e == n and buf[e - 1] == ']':
            e -= 2 if buf[e - 2] == ']' and e - 2 > p else 1
            if e == p:
                e = n
        self._data(buf[p:e])
        return e

    def _cdata(self, buf, p, n, final):
        c = buf[p]
        if c == ']' and buf.startswith(']]>', p):
            self._flush()
            if self.EndCdataSectionHandler is not None:
                self.EndCdataSectionHandler()
            elif self.DefaultHandler is not None:
                self.DefaultHandler(']]>')
            self.__dict__['_state'] = _CONTENT
            return p + 3
        if c == '\n':
            self._data('\n')
            return p + 1
        if c == '\r':
            if p + 1 >= n and not final:
                raise _Partial(p)
            self._data('\n')
            return p + 2 if buf.startswith('\n', p + 1) else p + 1
        m = _CDATA_BODY.match(buf, p)
        if m is None:
            if c == ']':
                if not final:
                    raise _Partial(p)
                raise _Error(_UNCLOSED_CDATA, n)
            raise _Error(_INVALID, p)
        e = m.end()
        if not final and e == n and buf[e - 1] == ']':
            e -= 1
            while e > p and buf[e - 1] == ']':
                e -= 1
            if e == p:
                raise _Partial(p)
        self._data(buf[p:e])
        return e

    def _comment(self, buf, p, n):
        # buf[p:p+3] == '<!-'
        if p + 3 >= n:
            raise _Partial(p)
        if buf[p + 3] != '-':
            raise _Error(_INVALID, p + 3)
        q = p + 4
        while True:
            q = _COMMENT_BODY.match(buf, q).end()
            if q >= n:
                raise _Partial(p)
            if buf[q] != '-':
                raise _Error(_INVALID, q)
            if q + 1 >= n:
                raise _Partial(p)
            if buf[q + 1] == '-':
                if q + 2 >= n:
                    raise _Partial(p)
                if buf[q + 2] != '>':
                    raise _Error(_INVALID, q + 2)
                break
            q += 1
        self._flush()
        text = buf[p + 4:q]
        if self.CommentHandler is not None:
            self.CommentHandler(_nl(text))
        elif self.DefaultHandler is not None:
            self.DefaultHandler(buf[p:q + 3])
        return q + 3

    def _pi(self, buf, p, n, in_content):
        m = _NAME.match(buf, p + 2)
        if m is None:
            if p + 2 >= n:
                raise _Partial(p)
            raise _Error(_INVALID, p + 2)
        target = m.group()
        q = m.end()
        if q >= n:
            raise _Partial(p)
        if target.lower() == 'xml' and target != 'xml':
            raise _Error(_INVALID, q)
        c = buf[q]
        if c == '?':
            if q + 1 >= n:
                raise _Partial(p)
            if buf[q + 1] != '>':
                raise _Error(_INVALID, q + 1)
            body = ''
            end = q + 2
        elif c in _WSCHARS:
            r = q
            while True:
                r = _PI_BODY.match(buf, r).end()
                if r >= n:
                    raise _Partial(p)
                if buf[r] != '?':
                    raise _Error(_INVALID, r)
                if r + 1 >= n:
                    raise _Partial(p)
                if buf[r + 1] == '>':
                    break
                r += 1
            body = buf[q:r].lstrip(_WSCHARS)
            end = r + 2
        else:
            raise _Error(_INVALID, q)
        if target == 'xml':
            if self._state == _EPILOG:
                raise _Error(_JUNK, p)
            if in_content or self._state != _PROLOG0 or p != 0:
                raise _Error(_MISPLACED_PI, p)
            self._xml_decl(buf, p, q, end)
            return end
        self._flush()
        if self.ProcessingInstructionHandler is not None:
            self.ProcessingInstructionHandler(self._name(target), _nl(body))
        elif self.DefaultHandler is not None:
            self.DefaultHandler(buf[p:end])
        return end

    def _xml_decl(self, buf, p, q, end):
        # Pseudo-attributes version, encoding, standalone, in that order.
        items = []
        r = q
        stop = end - 2
        while True:
            w = _WS.match(buf, r).end()
            if w >= stop:
                break
            m = _NAME.match(buf, w)
            if m is None or (w == r and items):
                raise _Error(_XML_DECL, w)
            name = m.group()
            e = _WS.match(buf, m.end()).end()
            if buf[e] != '=':
                raise _Error(_XML_DECL, e)
            e = _WS.match(buf, e + 1).end()
            quote = buf[e]
            if quote not in '"\'':
                raise _Error(_XML_DECL, e)
            close = buf.find(quote, e + 1, stop)
            if close < 0:
                raise _Error(_XML_DECL, e)
            items.append((name, buf[e + 1:close], w, e + 1))
            r = close + 1
        names = [it[0] for it in items]
        version = encoding = None
        standalone = -1
        i = 0
        if not items or names[0] != 'version':
            raise _Error(_XML_DECL, items[0][2] if items else q)
        version = items[0][1]
        if not _re.fullmatch(r'[-A-Za-z0-9_.:]+', version):
            raise _Error(_XML_DECL, items[0][3])
        i = 1
        if i < len(items) and names[i] == 'encoding':
            encoding = items[i][1]
            m = _re.match(r'[A-Za-z][-A-Za-z0-9._]*', encoding)
            if m is None or m.end() != len(encoding):
                raise _Error(_XML_DECL, items[i][3] + (m.end() if m else 0))
            i += 1
        if i < len(items) and names[i] == 'standalone':
            if items[i][1] == 'yes':
                standalone = 1
            elif items[i][1] == 'no':
                standalone = 0
            else:
                raise _Error(_XML_DECL, items[i][3])
            i += 1
        if i < len(items):
            raise _Error(_XML_DECL, items[i][2])
        self.__dict__['_standalone'] = standalone
        if self.XmlDeclHandler is not None:
            self.XmlDeclHandler(version, encoding, standalone)
        elif self.DefaultHandler is not None:
            self.DefaultHandler(buf[p:end])

    def _ref(self, buf, p, n, in_entity, in_attr=False):
        """A character or entity reference at buf[p] == '&' in content."""
        q = p + 1
        if q >= n:
            raise _Partial(p)
        c = buf[q]
        if c == '#':
            q += 1
            if q >= n:
                raise _Partial(p)
            if buf[q] == 'x':
                m = _HEX.match(buf, q + 1)
                base = 16
                if m.end() == q + 1:
                    if q + 1 >= n:
                        raise _Partial(p)
                    raise _Error(_INVALID, q + 1)
            else:
                m = _DEC.match(buf, q)
                base = 10
                if m.end() == q:
                    raise _Error(_INVALID, q)
            e = m.end()
            if e >= n:
                raise _Partial(p)
            if buf[e] != ';':
                raise _Error(_INVALID, e)
            digits = m.group()
            cp = int(digits, base) if len(digits) < 10 else 0x110000
            if not _is_char(cp):
                raise _Error(_BAD_CHAR_REF, p)
            if in_attr:
                return e + 1, chr(cp)
            self._data(chr(cp))
            return e + 1
        m = _NAME.match(buf, q)
        if m is None:
            raise _Error(_INVALID, q)
        e = m.end()
        if e >= n:
            raise _Partial(p)
        if buf[e] != ';':
            raise _Error(_INVALID, e)
        name = m.group()
        if in_attr:
            return e + 1, name
        ch = _PREDEFINED.get(name)
        if ch is not None:
            self._data(ch)
            return e + 1
        self._entity_ref(name, p, buf[p:e + 1], in_entity)
        return e + 1

    def _entity_ref(self, name, p, raw, in_entity):
        ents = self._entities
        if name not in ents:
            if self._doctype_ext and self._standalone != 1:
                self._flush()
                if self.SkippedEntityHandler is not None:
                    self.SkippedEntityHandler(name, 0)
                elif self.DefaultHandler is not None:
                    self.DefaultHandler(raw)
                elif self.DefaultHandlerExpand is not None:
                    self.DefaultHandlerExpand(raw)
                return
            raise _Error(_UNDEFINED, p)
        value = ents[name]
        if value is None:
            # An external entity: reported, not read.
            self._flush()
            if self.ExternalEntityRefHandler is not None:
                info = self._ext_entities.get(name, (None, None, None))
                if not self.ExternalEntityRefHandler(None, info[0], info[1], info[2]):
                    raise _Error(21, p)
            elif self.DefaultHandler is not None:
                self.DefaultHandler(raw)
            return
        if name in self._open_entities:
            raise _Error(_RECURSIVE, p)
        if self.DefaultHandler is not None and self.DefaultHandlerExpand is None:
            self._flush()
            self.DefaultHandler(raw)
            return
        self._open_entities.append(name)
        depth = len(self._stack)
        try:
            q = 0
            n = len(value)
            while q < n:
                try:
                    q = self._content(value, q, n, True, True)
                except _Partial:
                    raise _Error(_INVALID, p) from None
                except _Error as err:
                    if err.code in (_RECURSIVE, _ASYNC, _UNDEFINED):
                        raise _Error(err.code, p) from None
                    raise _Error(err.code, p) from None
                if len(self._stack) < depth:
                    raise _Error(_ASYNC, p)
            if len(self._stack) != depth or self._state == _CDATA:
                raise _Error(_ASYNC, p)
        finally:
            self._open_entities.pop()

    def _attr_value(self, buf, q, n, quote, tag_start):
        """Scans an attribute value after its opening quote; returns (end, raw pieces)."""
        pat = _ATTVAL[quote]
        parts = []
        while True:
            e = pat.match(buf, q).end()
            if e > q:
                parts.append(buf[q:e])
            if e >= n:
                raise _Partial(tag_start)
            c = buf[e]
            if c == quote:
                return e + 1, parts
            if c == '&':
                try:
                    r, val = self._ref(buf, e, n, False, True)
                except _Partial:
                    raise _Partial(tag_start) from None
                if buf[e + 1] == '#':
                    parts.append((val,))
                else:
                    parts.append([val])
                q = r
                continue
            raise _Error(_INVALID, e)

    def _normalize_value(self, parts, tag_start, seen=None):
        out = []
        for part in parts:
            if isinstance(part, str):
                out.append(part.replace('\r\n', ' ').translate(_ATTR_WS))
            elif isinstance(part, tuple):
                out.append(part[0])
            else:
                name = part[0]
                ch = _PREDEFINED.get(name)
                if ch is not None:
                    out.append(ch)
                    continue
                if name not in self._entities:
                    if self._doctype_ext and self._standalone != 1:
                        continue
                    raise _Error(_UNDEFINED, tag_start)
                value = self._entities[name]
                if value is None:
                    raise _Error(_EXTERNAL_IN_ATTR, tag_start)
                seen = seen or []
                if name in seen:
                    raise _Error(_RECURSIVE, tag_start)
                sub = []
                q = 0
                n = len(value)
                while q < n:
                    e = _ENTITY_ATTR.match(value, q).end()
                    if e > q:
                        sub.append(value[q:e])
                    if e >= n:
                        break
                    if value[e] != '&':
                        raise _Error(_INVALID, tag_start)
                    try:
                        q, val = self._ref(value, e, n, False, True)
                    except (_Error, _Partial):
                        raise _Error(_INVALID, tag_start) from None
                    sub.append((val,) if value[e + 1] == '#' else [val])
                out.append(self._normalize_value(sub, tag_start, seen + [name]))
        return ''.join(out)

    def _qname_check(self, m):
        if self._sep is not None:
            i = m.group().find(':')
            if i >= 0:
                j = m.group().find(':', i + 1)
                if j >= 0:
                    raise _Error(_INVALID, m.start() + j)

    def _start_tag(self, buf, p, n, in_entity):
        m = _NAME.match(buf, p + 1)
        if m is None:
            raise _Error(_INVALID, p + 1)
        self._qname_check(m)
        name = m.group()
        q = m.end()
        atts = []      # (name, value parts, name position)
        while True:
            if q >= n:
                raise _Partial(p)
            c = buf[q]
            if c in _WSCHARS:
                q = _WS.match(buf, q).end()
                if q >= n:
                    raise _Partial(p)
                c = buf[q]
                m = _NAME.match(buf, q)
                if m is not None:
                    self._qname_check(m)
                    aname = m.group()
                    apos = q
                    q = _WS.match(buf, m.end()).end()
                    if q >= n:
                        raise _Partial(p)
                    if buf[q] != '=':
                        raise _Error(_INVALID, q)
                    q = _WS.match(buf, q + 1).end()
                    if q >= n:
                        raise _Partial(p)
                    quote = buf[q]
                    if quote != '"' and quote != "'":
                        raise _Error(_INVALID, q)
                    q, parts = self._attr_value(buf, q + 1, n, quote, p)
                    atts.append((aname, parts, apos))
                    if q >= n:
                        raise _Partial(p)
                    c = buf[q]
                    if c not in _WSCHARS and c != '>' and c != '/':
                        raise _Error(_INVALID, q)
                    continue
            if c == '>':
                empty = False
                q += 1
                break
            if c == '/':
                if q + 1 >= n:
                    raise _Partial(p)
                if buf[q + 1] != '>':
                    raise _Error(_INVALID, q + 1)
                empty = True
                q += 2
                break
            raise _Error(_INVALID, q)
        self._element(name, atts, p, empty, in_entity)
        if self._state == _PROLOG0 or self._state == _PROLOG:
            self.__dict__['_state'] = _CONTENT
        if empty and not self._stack and not in_entity:
            self.__dict__['_state'] = _EPILOG
        return q

    def _element(self, name, atts, p, empty, in_entity):
        seen = set()
        values = []
        dup = -1
        for aname, parts, apos in atts:
            if aname in seen:
                if self._sep is None:
                    raise _Error(_DUPLICATE, apos)
                dup = apos
                break
            seen.add(aname)
            values.append((aname, self._normalize_value(parts, p), apos))
        if dup >= 0:
            values.append((None, None, dup))
        specified = len(values)
        for aname, dv in (self._defaults.get(name, ()) if dup < 0 else ()):
            if aname not in seen:
                seen.add(aname)
                values.append((aname, dv, p))
        decls = []
        sep = self._sep
        if sep is not None:
            ns = self._ns
            plain = []
            announced = []
            try:
                for aname, value, apos in values:
                    if apos == dup:
                        raise _Error(_DUPLICATE, dup)
                    if aname == 'xmlns' or aname.startswith('xmlns:'):
                        prefix = aname[6:] or None
                        if prefix is not None:
                            if not value:
                                raise _Error(_UNDECLARING_PREFIX, p)
                            if prefix == 'xmlns':
                                raise _Error(_RESERVED_XMLNS, p)
                            if (prefix == 'xml') != (value == _XML_NS):
                                raise _Error(_RESERVED_XML if prefix == 'xml'
                                             else _RESERVED_URI, p)
                        elif value == _XML_NS or value == _XMLNS_NS:
                            raise _Error(_RESERVED_URI, p)
                        decls.append((prefix, value, apos))
                        if ns is self._ns:
                            ns = dict(ns)
                        if prefix is None and not value:
                            ns.pop(None, None)
                        else:
                            ns[prefix] = value
                        if self.StartNamespaceDeclHandler is not None:
                            announced.append(prefix)
                            self._flush()
                            self.StartNamespaceDeclHandler(prefix, value or None)
                    else:
                        plain.append((aname, value, apos))
                out = []
                expanded = set()
                for aname, value, apos in plain:
                    qn = self._qualify(aname, ns, False, p)
                    if qn in expanded:
                        raise _Error(_DUPLICATE, p)
                    expanded.add(qn)
                    out.append((qn, value))
                ename = self._qualify(name, ns, True, p)
            except _Error:
                if self.EndNamespaceDeclHandler is not None:
                    for prefix in reversed(announced):
                        self.EndNamespaceDeclHandler(prefix)
                raise
            old_ns = self._ns
            self.__dict__['_ns'] = ns
        else:
            ename = name
            out = [(aname, value) for aname, value, apos in values]
            old_ns = None
        ename = self._name(ename)
        self._flush()
        if self.specified_attributes:
            out = out[:specified - (len(values) - len(out))] if sep is not None else out[:specified]
        if self.StartElementHandler is not None:
            if self.ordered_attributes:
                attrs = []
                for k, v in out:
                    attrs.append(self._name(k))
                    attrs.append(v)
            else:
                attrs = {}
                for k, v in out:
                    attrs[self._name(k)] = v
            self.StartElementHandler(ename, attrs)
        elif self.DefaultHandler is not None:
            pass
        entry = (name, ename, decls, old_ns)
        if empty:
            self._close(entry)
        else:
            self._stack.append(entry)

    def _qualify(self, name, ns, is_element, p):
        i = name.find(':')
        if i < 0:
            if is_element:
                uri = ns.get(None)
                if uri:
                    return uri + self._sep + name
            return name
        prefix = name[:i]
        if prefix == 'xmlns':
            raise _Error(_RESERVED_XMLNS, p)
        uri = ns.get(prefix)
        if uri is None:
            raise _Error(_UNBOUND_PREFIX, p)
        if self.namespace_prefixes:
            return uri + self._sep + name[i + 1:] + self._sep + prefix
        return uri + self._sep + name[i + 1:]

    def _close(self, entry):
        name, ename, decls, old_ns = entry
        if self.EndElementHandler is not None:
            self.EndElementHandler(ename)
        if old_ns is not None:
            self.__dict__['_ns'] = old_ns
            if self.EndNamespaceDeclHandler is not None:
                for prefix, value, apos in reversed(decls):
                    self.EndNamespaceDeclHandler(prefix)

    def _end_tag(self, buf, p, n):
        m = _NAME.match(buf, p + 2)
        if m is None:
            if p + 2 >= n:
                raise _Partial(p)
            raise _Error(_INVALID, p + 2)
        q = _WS.match(buf, m.end()).end()
        if q >= n:
            raise _Partial(p)
        if buf[q] != '>':
            raise _Error(_INVALID, q)
        stack = self._stack
        if not stack or stack[-1][0] != m.group():
            raise _Error(_MISMATCH, p + 2)
        self._flush()
        self._close(stack.pop())
        if not stack and not self._open_entities:
            self.__dict__['_state'] = _EPILOG
        return q + 1

    # -- prolog and epilog --

    def _prolog(self, buf, p, n, final, state):
        c = buf[p]
        d = self.__dict__
        if c == '\ufeff' and p == 0 and state == _PROLOG0:
            return p + 1
        if c in _WSCHARS:
            q = _WS.match(buf, p).end()
            if q >= n and not final and buf[q - 1] == '\r' and state != _EPILOG:
                raise _Partial(p)
            if self.DefaultHandler is not None:
                self.DefaultHandler(buf[p:q])
            if state == _PROLOG0:
                d['_state'] = _PROLOG
            return q
        if c == '<':
            if p + 1 >= n:
                raise _Partial(p)
            c1 = buf[p + 1]
            if c1 == '?':
                q = self._pi(buf, p, n, False)
                if self._state == _PROLOG0:
                    d['_state'] = _PROLOG
                return q
            if c1 == '!':
                if p + 2 >= n:
                    raise _Partial(p)
                c2 = buf[p + 2]
                if c2 == '-':
                    q = self._comment(buf, p, n)
                    if self._state == _PROLOG0:
                        d['_state'] = _PROLOG
                    return q
                if c2 == '[':
                    raise _Error(_JUNK if state == _EPILOG else _SYNTAX, p)
                m = _NAME.match(buf, p + 2)
                if m is None:
                    raise _Error(_INVALID, p + 2)
                e = m.end()
                if e >= n and not final:
                    raise _Partial(p)
                if e < n and buf[e] not in _WSCHARS and buf[e] != '%':
                    raise _Error(_INVALID, e)
                if state == _EPILOG:
                    raise _Error(_JUNK, p)
                if m.group() != 'DOCTYPE' or self.__dict__.get('_had_doctype'):
                    raise _Error(_SYNTAX, p)
                q = self._doctype(buf, p, n)
                d['_had_doctype'] = True
                d['_state'] = _PROLOG
                return q
            if not _NAME_START.match(c1):
                raise _Error(_INVALID, p + 1)
            if state == _EPILOG:
                raise _Error(_JUNK, p)
            return self._start_tag(buf, p, n, False)
        err = _JUNK if state == _EPILOG else _SYNTAX
        # A token that may go on in the next text: the prolog waits for it, the epilog
        # rejects it already (as Expat's epilogProcessor does).
        whole = final or state == _EPILOG
        if c == '"' or c == "'":
            e = buf.find(c, p + 1)
            bad = _BAD_CHAR.search(buf, p + 1, n if e < 0 else e)
            if bad is not None:
                raise _Error(_INVALID, bad.start())
            if e < 0:
                raise _Partial(p)
            e += 1
            if e >= n and not whole:
                raise _Partial(p)
            if e < n and buf[e] not in _WSCHARS and buf[e] not in '>%[':
                raise _Error(_INVALID, e)
            raise _Error(err, p)
        if c == ']':
            if p + 1 < n and buf[p + 1] == ']' and p + 2 >= n:
                raise _Partial(p)
            if p + 1 >= n and not whole:
                raise _Partial(p)
            raise _Error(err, p)
        if c in ')>([|,':
            raise _Error(err, p)
        if c == '%' or c == '#':
            if p + 1 >= n:
                if whole:
                    raise _Error(err, p)
                raise _Partial(p)
            if c == '%' and buf[p + 1] in _WSCHARS:
                raise _Error(err, p)
            m = _NAME.match(buf, p + 1)
            if m is None:
                raise _Error(_INVALID, p + 1)
            e = m.end()
            if c == '%':
                if e >= n:
                    raise _Partial(p)
                if buf[e] != ';':
                    raise _Error(_INVALID, e)
            elif e >= n and not whole:
                raise _Partial(p)
            elif e < n and buf[e] not in _WSCHARS and buf[e] not in '>)|,[%':
                raise _Error(_INVALID, e)
            raise _Error(err, p)
        m = _NAME_CHARS.match(buf, p)
        e = m.end()
        if e == p:
            raise _Error(_INVALID, p)
        if e >= n and not whole:
            raise _Partial(p)
        ok = '>)|,[%+*?' if _NAME_START.match(c) else '>)|,[%'
        if e < n and buf[e] not in _WSCHARS and buf[e] not in ok:
            raise _Error(_INVALID, e)
        raise _Error(err, p)

    def _doctype(self, buf, p, n):
        q = p + 9
        if q >= n:
            raise _Partial(p)
        if buf[q] not in _WSCHARS:
            raise _Error(_INVALID, q)
        q = _WS.match(buf, q).end()
        m = _NAME.match(buf, q)
        if m is None:
            if q >= n:
                raise _Partial(p)
            raise _Error(_SYNTAX if buf[q] in '[>' else _INVALID, q)
        name = m.group()
        q = _WS.match(buf, m.end()).end()
        if q >= n:
            raise _Partial(p)
        system = public = None
        m = _re.compile('SYSTEM|PUBLIC').match(buf, q)
        if m is None and n - q < 6 and ('SYSTEM'.startswith(buf[q:])
                                        or 'PUBLIC'.startswith(buf[q:])):
            raise _Partial(p)
        if m is not None:
            kind = m.group()
            q = _WS.match(buf, m.end()).end()
            lit, q = self._literal(buf, q, n, p)
            if kind == 'PUBLIC':
                public = lit
                q = _WS.match(buf, q).end()
                system, q = self._literal(buf, q, n, p)
            else:
                system = lit
            q = _WS.match(buf, q).end()
            if q >= n:
                raise _Partial(p)
        internal = buf[q] == '['
        if buf[q] not in '[>':
            raise _Error(_SYNTAX, q)
        decls = []
        if internal:
            q = self._internal_subset(buf, q + 1, n, p, decls)
            q = _WS.match(buf, q).end()
            if q >= n:
                raise _Partial(p)
            if buf[q] != '>':
                raise _Error(_SYNTAX, q)
        end = q + 1
        self._flush()
        d = self.__dict__
        if system is not None or public is not None:
            d['_doctype_ext'] = True
        if self.StartDoctypeDeclHandler is not None:
            self.StartDoctypeDeclHandler(name, system, public, 1 if internal else 0)
        elif self.DefaultHandler is not None:
            self.DefaultHandler(buf[p:end])
        d.setdefault('_ext_entities', {})
        for decl in decls:
            self._apply_decl(decl)
        if self.EndDoctypeDeclHandler is not None:
            self.EndDoctypeDeclHandler()
        return end

    def _literal(self, buf, q, n, start):
        if q >= n:
            raise _Partial(start)
        quote = buf[q]
        if quote not in '"\'':
            raise _Error(_SYNTAX, q)
        e = buf.find(quote, q + 1)
        if e < 0:
            raise _Partial(start)
        return buf[q + 1:e], e + 1

    def _internal_subset(self, buf, q, n, start, decls):
        while True:
            q = _WS.match(buf, q).end()
            if q >= n:
                raise _Partial(start)
            c = buf[q]
            if c == ']':
                return q + 1
            if c == '%':
                m = _NAME.match(buf, q + 1)
                if q + 1 >= n:
                    raise _Partial(start)
                if m is None or m.end() >= n or buf[m.end()] != ';':
                    if m is not None and m.end() >= n:
                        raise _Partial(start)
                    raise _Error(_INVALID, m.end() if m else q + 1)
                decls.append(('peref', m.group()))
                q = m.end() + 1
                continue
            if c != '<':
                raise _Error(_SYNTAX, q)
            if buf.startswith('<!--', q):
                e = buf.find('-->', q + 4)
                if e < 0:
                    raise _Partial(start)
                decls.append(('comment', buf[q + 4:e]))
                q = e + 3
                continue
            if buf.startswith('<?', q):
                e = buf.find('?>', q + 2)
                if e < 0:
                    raise _Partial(start)
                body = buf[q + 2:e]
                m = _NAME.match(body)
                if m is None:
                    raise _Error(_INVALID, q + 2)
                decls.append(('pi', m.group(), body[m.end():].lstrip(_WSCHARS)))
                q = e + 2
                continue
            m = _re.compile('<!(ENTITY|ELEMENT|ATTLIST|NOTATION)').match(buf, q)
            if m is None:
                if n - q < 10:
                    raise _Partial(start)
                raise _Error(_SYNTAX, q)
            # Find the closing '>' outside quoted literals.
            r = m.end()
            while True:
                if r >= n:
                    raise _Partial(start)
                ch = buf[r]
                if ch == '>':
                    break
                if ch == '"' or ch == "'":
                    e = buf.find(ch, r + 1)
                    if e < 0:
                        raise _Partial(start)
                    r = e + 1
                else:
                    r += 1
            kind = m.group(1)
            body = buf[m.end():r]
            if kind == 'ENTITY':
                decls.append(self._entity_decl(body, q))
            elif kind == 'ATTLIST':
                decls.append(self._attlist_decl(body, q))
            elif kind == 'ELEMENT':
                decls.append(('element', body.strip()))
            else:
                decls.append(('notation', body.strip()))
            q = r + 1

    def _entity_decl(self, body, q):
        m = _re.match(r'\s+(%\s+)?([^\s]+)\s+(?:("[^"]*"|\'[^\']*\')|(SYSTEM|PUBLIC)\s+'
                      r'("[^"]*"|\'[^\']*\')(?:\s+("[^"]*"|\'[^\']*\'))?'
                      r'(?:\s+NDATA\s+([^\s]+))?)\s*$', body)
        if m is None or not _NAME.fullmatch(m.group(2)):
            raise _Error(_SYNTAX, q)
        pe, name, value, kind, lit1, lit2, ndata = m.groups()
        if value is not None:
            value = self._expand_entity_value(value[1:-1], q)
            return ('entity', name, bool(pe), value, None, None, None)
        if kind == 'PUBLIC':
            public, system = lit1[1:-1], (lit2 or '""')[1:-1]
        else:
            public, system = None, lit1[1:-1]
            if lit2 is not None:
                raise _Error(_SYNTAX, q)
        return ('entity', name, bool(pe), None, system, public, ndata)

    def _expand_entity_value(self, text, q):
        def charref(m):
            s = m.group(1)
            cp = int(s[1:], 16) if s[0] == 'x' else int(s)
            if not _is_char(cp):
                raise _Error(_BAD_CHAR_REF, q)
            return chr(cp)
        return _re.sub(r'&#(x[0-9a-fA-F]+|[0-9]+);', charref, text)

    def _attlist_decl(self, body, q):
        m = _re.match(r'\s+([^\s]+)', body)
        if m is None:
            raise _Error(_SYNTAX, q)
        elem = m.group(1)
        rest = body[m.end():]
        out = []
        pat = _re.compile(r'\s+([^\s]+)\s+(CDATA|IDREFS|IDREF|ID|ENTITY|ENTITIES|NMTOKENS|'
                          r'NMTOKEN|NOTATION\s*\([^)]*\)|\([^)]*\))\s+(#REQUIRED|#IMPLIED|'
                          r'(?:#FIXED\s+)?("[^"]*"|\'[^\']*\'))')
        pos = 0
        while True:
            mm = pat.match(rest, pos)
            if mm is None:
                if rest[pos:].strip():
                    raise _Error(_SYNTAX, q)
                break
            aname, atype, default, lit = mm.groups()
            value = None
            if lit is not None:
                value = self._expand_entity_value(lit[1:-1], q)
                if atype != 'CDATA':
                    value = ' '.join(value.split())
            out.append((aname, atype, value, default.startswith('#REQUIRED'),
                        default.startswith('#FIXED')))
            pos = mm.end()
        return ('attlist', elem, out)

    def _apply_decl(self, decl):
        kind = decl[0]
        d = self.__dict__
        if kind == 'entity':
            _, name, pe, value, system, public, ndata = decl
            if pe:
                if self.EntityDeclHandler is not None:
                    self.EntityDeclHandler(name, 1, value, self._base, system, public, None)
                return
            if name not in self._entities:
                if ndata is None:
                    self._entities[name] = value
                    if value is None:
                        self._ext_entities[name] = (self._base, system, public)
                if ndata is not None and self.UnparsedEntityDeclHandler is not None:
                    self.UnparsedEntityDeclHandler(name, self._base, system, public, ndata)
                elif self.EntityDeclHandler is not None:
                    self.EntityDeclHandler(name, 0, value, self._base if value is None else None,
                                           system, public, ndata)
        elif kind == 'attlist':
            _, elem, items = decl
            lst = self._defaults.setdefault(elem, [])
            for aname, atype, value, required, fixed in items:
                if value is not None and all(a != aname for a, v in lst):
                    lst.append((aname, value))
                if self.AttlistDeclHandler is not None:
                    self.AttlistDeclHandler(elem, aname, atype, value,
                                            1 if required else 0)
        elif kind == 'comment':
            if self.CommentHandler is not None:
                self.CommentHandler(decl[1])
        elif kind == 'pi':
            if self.ProcessingInstructionHandler is not None:
                self.ProcessingInstructionHandler(decl[1], decl[2])
        elif kind == 'peref':
            if self._standalone != 1:
                d['_doctype_ext'] = True


def _nl(text):
    if '\r' in text:
        return text.replace('\r\n', '\n').replace('\r', '\n')
    return text


_ATTR_WS = {9: ' ', 10: ' ', 13: ' '}

XMLParserType = xmlparser
xmlparser.__module__ = 'pyexpat'


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """Return a new XML parser object."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str "
                            "or None, not %s" % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError('namespace_separator must be at most one character, '
                             'omitted, or None')
    if intern is not None and not isinstance(intern, dict):
        raise TypeError('intern must be a dictionary')
    return xmlparser(encoding, namespace_separator, intern)
