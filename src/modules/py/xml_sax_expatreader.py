"""The SAX driver over xml.parsers.expat (refpy's xml.sax.expatreader).

Written from the xml.sax documentation and CPython's observed behaviour. ExpatParser
is an IncrementalParser that owns one expat parser per document and turns expat's
callbacks into SAX events; it is also the Locator handed to the content handler,
through an ExpatLocator that refers to it weakly (so that the handler keeping the
locator does not keep the reader alive in a cycle).
"""

version = "0.20"

import weakref

from xml.sax._exceptions import (SAXException, SAXNotRecognizedException,
                                 SAXNotSupportedException, SAXParseException,
                                 SAXReaderNotAvailable)
from xml.sax.handler import (feature_namespaces, feature_validation,
                             feature_namespace_prefixes, feature_external_ges,
                             feature_external_pes, feature_string_interning,
                             property_xml_string, property_interning_dict)
from xml.sax import handler, saxutils, xmlreader
from xml.sax.xmlreader import AttributesImpl, AttributesNSImpl

from xml.parsers import expat


class ExpatLocator(xmlreader.Locator):
    """The locator an ExpatParser gives its content handler: it asks the parser,
    which it holds through a weak proxy."""

    def __init__(self, parser):
        self._reader = weakref.proxy(parser)

    def getColumnNumber(self):
        return self._reader.getColumnNumber()

    def getLineNumber(self):
        return self._reader.getLineNumber()

    def getPublicId(self):
        return self._reader.getPublicId()

    def getSystemId(self):
        return self._reader.getSystemId()


def _ns_pair(name):
    # expat reports "uri local" or "uri local prefix" (or a bare name).
    parts = name.split(" ")
    if len(parts) == 1:
        return (None, name), name
    if len(parts) == 3:
        return (parts[0], parts[1]), parts[2] + ":" + parts[1]
    return (parts[0], parts[1]), parts[1]


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """SAX reader over the expat parser."""

    def __init__(self, namespaceHandling=0, bufsize=2**16 - 20):
        xmlreader.IncrementalParser.__init__(self, bufsize)
        self._source = xmlreader.InputSource()
        self._parser = None           # the current expat parser
        self._closed = False          # it has seen the end of its document
        self._ns_mode = namespaceHandling
        self._lexical = None
        self._parsing = False
        self._outer = []              # (parser, source) of enclosing entities
        self._read_external = 0
        self._intern_dict = None

    # -- XMLReader --

    def parse(self, source):
        """Parse a whole document (file name, file object or InputSource)."""
        src = saxutils.prepare_input_source(source)
        self._source = src
        try:
            self.reset()
            self._content.setDocumentLocator(ExpatLocator(self))
            xmlreader.IncrementalParser.parse(self, src)
        except:
            self._close_streams()
            raise

    def prepareParser(self, source):
        if source.getSystemId() is not None:
            self._parser.SetBase(source.getSystemId())

    def setContentHandler(self, handler):
        xmlreader.IncrementalParser.setContentHandler(self, handler)
        if self._parsing:
            self._wire_content()

    def getFeature(self, name):
        if name == feature_namespaces:
            return self._ns_mode
        if name == feature_string_interning:
            return self._intern_dict is not None
        if name == feature_external_ges:
            return self._read_external
        if name in (feature_validation, feature_external_pes, feature_namespace_prefixes):
            return 0
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    _CANNOT = {
        feature_validation: "expat does not support validation",
        feature_external_pes: "expat does not read external parameter entities",
        feature_namespace_prefixes: "expat does not report namespace prefixes",
    }

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name == feature_namespaces:
            self._ns_mode = state
        elif name == feature_external_ges:
            self._read_external = state
        elif name == feature_string_interning:
            if not state:
                self._intern_dict = None
            elif self._intern_dict is None:
                self._intern_dict = {}
        elif name in self._CANNOT:
            if state:
                raise SAXNotSupportedException(self._CANNOT[name])
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == handler.property_lexical_handler:
            return self._lexical
        if name == property_interning_dict:
            return self._intern_dict
        if name == property_xml_string:
            if self._parser is None or self._closed:
                raise SAXNotSupportedException(
                    "XML string cannot be returned when not parsing")
            context = getattr(self._parser, "GetInputContext", None)
            if context is None:
                raise SAXNotRecognizedException(
                    "This version of expat does not support getting the XML string")
            return context()
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == handler.property_lexical_handler:
            self._lexical = value
            if self._parsing:
                self._wire_lexical()
        elif name == property_interning_dict:
            self._intern_dict = value
        elif name == property_xml_string:
            raise SAXNotSupportedException("Property '%s' cannot be set" % name)
        else:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    # -- IncrementalParser --

    def feed(self, data, isFinal=False):
        """Parse the next piece of the document (str or bytes)."""
        if not self._parsing:
            self.reset()
            self._parsing = True
            self._content.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as e:
            self._errors.fatalError(SAXParseException(expat.ErrorString(e.code), e, self))

    def close(self):
        """End the document: final checks, endDocument(), close the input."""
        if self._outer or self._parser is None or self._closed:
            return
        try:
            self.feed(b"", isFinal=True)
            self._content.endDocument()
            self._parser = None
        finally:
            self._parsing = False
            # On failure the parser stays to answer the locator, but is done.
            self._closed = self._parser is not None
            self._close_streams()

    def _close_streams(self):
        src = self._source
        for stream in (src.getCharacterStream(), src.getByteStream()):
            if stream is not None:
                stream.close()
        src.setCharacterStream(None)
        src.setByteStream(None)

    def reset(self):
        """Start over with a fresh expat parser for a new document."""
        enc = self._source.getEncoding()
        if self._ns_mode:
            p = expat.ParserCreate(enc, " ", intern=self._intern_dict)
            p.namespace_prefixes = 1
            p.StartElementHandler = self._start_ns
            p.EndElementHandler = self._end_ns
        else:
            p = expat.ParserCreate(enc, intern=self._intern_dict)
            p.StartElementHandler = self._start
            p.EndElementHandler = self._end
        self._parser = p
        self._closed = False
        self._wire_content()
        p.UnparsedEntityDeclHandler = self._unparsed_entity
        p.NotationDeclHandler = self._notation
        p.StartNamespaceDeclHandler = self._ns_start
        p.EndNamespaceDeclHandler = self._ns_end
        self._wire_lexical()
        p.ExternalEntityRefHandler = self._external_entity
        p.SkippedEntityHandler = self._skipped
        p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)
        self._parsing = False
        self._outer = []

    def _wire_content(self):
        p = self._parser
        p.ProcessingInstructionHandler = self._content.processingInstruction
        p.CharacterDataHandler = self._content.characters

    def _wire_lexical(self):
        p = self._parser
        lex = self._lexical
        if lex is None:
            p.CommentHandler = p.StartCdataSectionHandler = p.EndCdataSectionHandler = None
            p.StartDoctypeDeclHandler = p.EndDoctypeDeclHandler = None
        else:
            p.CommentHandler = lex.comment
            p.StartCdataSectionHandler = lex.startCDATA
            p.EndCdataSectionHandler = lex.endCDATA
            p.StartDoctypeDeclHandler = self._doctype
            p.EndDoctypeDeclHandler = lex.endDTD

    # -- Locator --

    def getColumnNumber(self):
        return None if self._parser is None else self._parser.ErrorColumnNumber

    def getLineNumber(self):
        return 1 if self._parser is None else self._parser.ErrorLineNumber

    def getPublicId(self):
        return self._source.getPublicId()

    def getSystemId(self):
        return self._source.getSystemId()

    # -- expat callbacks --

    def _start(self, name, attrs):
        self._content.startElement(name, AttributesImpl(attrs))

    def _end(self, name):
        self._content.endElement(name)

    def _start_ns(self, name, attrs):
        values = {}
        qnames = {}
        for key, value in attrs.items():
            pair, qname = _ns_pair(key)
            values[pair] = value
            qnames[pair] = qname
        self._content.startElementNS(_ns_pair(name)[0], None,
                                     AttributesNSImpl(values, qnames))

    def _end_ns(self, name):
        self._content.endElementNS(_ns_pair(name)[0], None)

    def _ns_start(self, prefix, uri):
        self._content.startPrefixMapping(prefix, uri)

    def _ns_end(self, prefix):
        self._content.endPrefixMapping(prefix)

    def _doctype(self, name, sysid, pubid, has_internal_subset):
        self._lexical.startDTD(name, pubid, sysid)

    def _unparsed_entity(self, name, base, sysid, pubid, notation_name):
        self._dtd.unparsedEntityDecl(name, pubid, sysid, notation_name)

    def _notation(self, name, base, sysid, pubid):
        self._dtd.notationDecl(name, pubid, sysid)

    def _skipped(self, name, is_pe):
        self._content.skippedEntity("%" + name if is_pe else name)

    def _external_entity(self, context, base, sysid, pubid):
        if not self._read_external:
            return 1
        resolved = self._resolver.resolveEntity(pubid, sysid)
        src = saxutils.prepare_input_source(resolved, self._source.getSystemId() or "")
        self._outer.append((self._parser, self._source))
        self._parser = self._outer[-1][0].ExternalEntityParserCreate(context)
        self._source = src
        try:
            xmlreader.IncrementalParser.parse(self, src)
            ok = 1
        except Exception:
            ok = 0
        self._parser, self._source = self._outer.pop()
        return ok


def create_parser(*args, **kwargs):
    """A new ExpatParser (the module's driver entry point for make_parser)."""
    return ExpatParser(*args, **kwargs)
