"""Helpers for SAX applications (refpy's xml.sax.saxutils).

Written from the xml.sax.saxutils documentation and CPython's observed output:
escaping functions, XMLGenerator (a ContentHandler that writes the events back out as
XML text), XMLFilterBase (a reader that sits between a parser and a handler) and
prepare_input_source.
"""

import codecs
import io
import os
import sys

from . import handler
from . import xmlreader

_XML_NS_URI = "http://www.w3.org/XML/1998/namespace"


def _substitute(text, pairs):
    """Replace, in order, each (old, new) of `pairs` in `text`."""
    for old, new in pairs:
        text = text.replace(old, new)
    return text


def escape(data, entities={}):
    """Escape '&', '<' and '>' in data, then apply the `entities` mapping
    (string -> replacement) to what remains."""
    data = _substitute(data, (("&", "&amp;"), (">", "&gt;"), ("<", "&lt;")))
    if entities:
        data = _substitute(data, entities.items())
    return data


def unescape(data, entities={}):
    """Undo escape(): '&lt;' and '&gt;' first, then `entities` (replacement ->
    string), '&amp;' last so that '&amp;lt;' gives '&lt;'."""
    data = _substitute(data, (("&lt;", "<"), ("&gt;", ">")))
    if entities:
        data = _substitute(data, entities.items())
    return data.replace("&amp;", "&")


_ATTR_WHITESPACE = {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}


def quoteattr(data, entities={}):
    """Escape data for an attribute value and put it in quotes: double quotes
    unless the text has some and no single ones; line breaks and tabs become
    character references so that attribute normalization keeps them."""
    table = dict(entities)
    table.update(_ATTR_WHITESPACE)
    data = escape(data, table)
    if '"' not in data:
        return '"' + data + '"'
    if "'" not in data:
        return "'" + data + "'"
    return '"' + data.replace('"', "&quot;") + '"'


def _is_text_stream(out):
    text_base = getattr(io, "TextIOBase", None)
    if text_base is not None and isinstance(out, text_base):
        return True
    if isinstance(out, (io.StringIO, codecs.StreamWriter, codecs.StreamReaderWriter)):
        return True
    # Text files carry the name of their encoding; binary streams have none.
    return isinstance(getattr(out, "encoding", None), str)


class _Sink:
    """Where XMLGenerator's text goes: straight to a text stream, or encoded
    (unencodable characters as character references) to a binary one."""

    __slots__ = ("write", "flush")

    def __init__(self, out, encoding):
        if _is_text_stream(out):
            self.write = out.write
        else:
            enc = codecs.getincrementalencoder(encoding)("xmlcharrefreplace")
            raw_write = out.write

            def write(text):
                raw_write(enc.encode(text))
            self.write = write
        self.flush = getattr(out, "flush", None) or (lambda: None)


class XMLGenerator(handler.ContentHandler):
    """A ContentHandler that writes the document it receives as XML text.

    `out` is a text or binary stream (sys.stdout when None); for a binary stream
    the text is encoded with `encoding`, which also goes into the XML declaration.
    With short_empty_elements, an element with no content is written as <e/>.
    """

    def __init__(self, out=None, encoding="iso-8859-1", short_empty_elements=False):
        handler.ContentHandler.__init__(self)
        sink = _Sink(sys.stdout if out is None else out, encoding)
        self._out = sink.write
        self._flush_out = sink.flush
        self._enc_name = encoding
        self._short = short_empty_elements
        self._open_tag = False          # '<name attrs' written, '>' not yet
        self._scopes = [{}]             # uri -> prefix, one mapping per open scope
        self._new_decls = []            # (prefix, uri) to declare on the next element

    def _close_open_tag(self, empty=False):
        if self._open_tag:
            self._out("/>" if empty else ">")
            self._open_tag = False
            return True
        return False

    def _prefixed(self, pair):
        uri, local = pair
        if not uri:
            return local
        if uri == _XML_NS_URI:
            return "xml:" + local
        prefix = self._scopes[-1][uri]
        return prefix + ":" + local if prefix else local

    def _text(self, content):
        # Byte strings are taken to be in the output encoding.
        return content if isinstance(content, str) else str(content, self._enc_name)

    def startDocument(self):
        """Write the XML declaration, naming the output encoding."""
        self._out('<?xml version="1.0" encoding="%s"?>\n' % self._enc_name)

    def endDocument(self):
        """Flush the output stream."""
        self._flush_out()

    def startPrefixMapping(self, prefix, uri):
        """Open a scope where `uri` is written with `prefix`; the declaration goes
        on the next element."""
        scope = dict(self._scopes[-1])
        scope[uri] = prefix
        self._scopes.append(scope)
        self._new_decls.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        """Close the innermost prefix scope."""
        self._scopes.pop()

    def _begin(self, tag, attributes):
        self._close_open_tag()
        self._out("<" + tag)
        for prefix, uri in self._new_decls:
            self._out(' xmlns%s="%s"' % (":" + prefix if prefix else "", uri))
        self._new_decls = []
        for name, value in attributes:
            self._out(" %s=%s" % (name, quoteattr(value)))
        if self._short:
            self._open_tag = True
        else:
            self._out(">")

    def _finish(self, tag):
        if not (self._short and self._close_open_tag(empty=True)):
            self._out("</%s>" % tag)

    def startElement(self, name, attrs):
        """Write a start tag with its attributes (quoted and escaped)."""
        self._begin(name, attrs.items())

    def endElement(self, name):
        """Write an end tag (or finish an empty short element)."""
        self._finish(name)

    def startElementNS(self, name, qname, attrs):
        """Write a start tag for a (uri, localname) name, using the prefixes
        declared in scope; `qname` is not used."""
        pairs = [(self._prefixed(key), value) for key, value in attrs.items()]
        self._begin(self._prefixed(name), pairs)

    def endElementNS(self, name, qname):
        """Write the end tag of a (uri, localname) name."""
        self._finish(self._prefixed(name))

    def characters(self, content):
        """Write escaped character data; nothing at all for an empty string."""
        if content:
            self._close_open_tag()
            self._out(escape(self._text(content)))

    def ignorableWhitespace(self, content):
        """Write whitespace as it is."""
        if content:
            self._close_open_tag()
            self._out(self._text(content))

    def processingInstruction(self, target, data):
        """Write <?target data?>."""
        self._close_open_tag()
        self._out("<?%s %s?>" % (target, data))


class XMLFilterBase(xmlreader.XMLReader):
    """A reader that passes every event from its parent reader on to its own
    handlers unchanged; subclass it and override the events to filter."""

    def __init__(self, parent=None):
        super().__init__()
        self._upstream = parent

    # ErrorHandler events
    def error(self, exception):
        self._errors.error(exception)

    def fatalError(self, exception):
        self._errors.fatalError(exception)

    def warning(self, exception):
        self._errors.warning(exception)

    # ContentHandler events
    def setDocumentLocator(self, locator):
        self._content.setDocumentLocator(locator)

    def startDocument(self):
        self._content.startDocument()

    def endDocument(self):
        self._content.endDocument()

    def startPrefixMapping(self, prefix, uri):
        self._content.startPrefixMapping(prefix, uri)

    def endPrefixMapping(self, prefix):
        self._content.endPrefixMapping(prefix)

    def startElement(self, name, attrs):
        self._content.startElement(name, attrs)

    def endElement(self, name):
        self._content.endElement(name)

    def startElementNS(self, name, qname, attrs):
        self._content.startElementNS(name, qname, attrs)

    def endElementNS(self, name, qname):
        self._content.endElementNS(name, qname)

    def characters(self, content):
        self._content.characters(content)

    def ignorableWhitespace(self, chars):
        self._content.ignorableWhitespace(chars)

    def processingInstruction(self, target, data):
        self._content.processingInstruction(target, data)

    def skippedEntity(self, name):
        self._content.skippedEntity(name)

    # DTDHandler events
    def notationDecl(self, name, publicId, systemId):
        self._dtd.notationDecl(name, publicId, systemId)

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        self._dtd.unparsedEntityDecl(name, publicId, systemId, ndata)

    # EntityResolver
    def resolveEntity(self, publicId, systemId):
        return self._resolver.resolveEntity(publicId, systemId)

    # XMLReader: parsing goes through the parent, with this filter as its handler
    def parse(self, source):
        """Parse with the parent reader, receiving all its events here."""
        up = self._upstream
        up.setContentHandler(self)
        up.setErrorHandler(self)
        up.setEntityResolver(self)
        up.setDTDHandler(self)
        up.parse(source)

    # Locale, features and properties are the parent's.
    def setLocale(self, locale):
        self._upstream.setLocale(locale)

    def getFeature(self, name):
        return self._upstream.getFeature(name)

    def setFeature(self, name, state):
        self._upstream.setFeature(name, state)

    def getProperty(self, name):
        return self._upstream.getProperty(name)

    def setProperty(self, name, value):
        self._upstream.setProperty(name, value)

    def getParent(self):
        """The reader this filter reads from."""
        return self._upstream

    def setParent(self, parent):
        """Read from `parent` from now on."""
        self._upstream = parent


def _open_system_id(source, base):
    wanted = source.getSystemId()
    path = os.path.join(os.path.dirname(os.path.normpath(base)), wanted)
    if os.path.isfile(path):
        source.setSystemId(path)
        return open(path, "rb")
    from urllib.parse import urljoin
    url = urljoin(base, wanted)
    source.setSystemId(url)
    try:
        from urllib.request import urlopen
    except ImportError:
        # refpy has no urllib.request: a name that is no file is as unusable
        # as CPython finds it when it tries it as a URL.
        if ":" not in url:
            raise ValueError("unknown url type: %r" % url) from None
        raise
    return urlopen(url)


def _from_file_object(stream):
    src = xmlreader.InputSource()
    if isinstance(stream.read(0), str):
        src.setCharacterStream(stream)
    else:
        src.setByteStream(stream)
    name = getattr(stream, "name", None)
    if isinstance(name, str):
        src.setSystemId(name)
    return src


def prepare_input_source(source, base=""):
    """Turn a file name, path object, file object or InputSource into an
    InputSource that has a stream to read from (opening the system id when
    needed, relative to `base`)."""
    if isinstance(source, (str, os.PathLike)):
        src = xmlreader.InputSource(os.fspath(source))
    elif hasattr(source, "read"):
        src = _from_file_object(source)
    else:
        src = source
    if src.getByteStream() is None and src.getCharacterStream() is None:
        src.setByteStream(_open_system_id(src, base))
    return src
