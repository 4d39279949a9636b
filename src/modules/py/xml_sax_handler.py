"""The SAX 2 callback interfaces and the feature/property names (xml.sax.handler).

Every method of these base classes does nothing (ErrorHandler excepted, see there);
applications subclass them and override the events they want.
"""

version = '2.0beta'


class ErrorHandler:
    """Receives errors and warnings: errors are raised, warnings printed."""

    def error(self, exception):
        """A recoverable error: by default it stops the parse."""
        raise exception

    def fatalError(self, exception):
        """An error the parser cannot continue after."""
        raise exception

    def warning(self, exception):
        """Something worth telling: by default printed to stdout."""
        print(exception)


class ContentHandler:
    """Receives the logical content of a document, event by event."""

    def __init__(self):
        # Public by convention: handlers read their position from self._locator.
        self._locator = None

    def setDocumentLocator(self, locator):
        """Called first: keeps the object that tells where the events come from."""
        self._locator = locator

    def startDocument(self):
        """Before any other content event, once per document."""

    def endDocument(self):
        """The last event of a document (also after a fatal error)."""

    def startPrefixMapping(self, prefix, uri):
        """A namespace prefix comes into scope (namespace mode only)."""

    def endPrefixMapping(self, prefix):
        """A namespace prefix leaves scope, after its element ends."""

    def startElement(self, name, attrs):
        """Start tag, without namespace processing: raw name, Attributes object."""

    def endElement(self, name):
        """End tag, without namespace processing."""

    def startElementNS(self, name, qname, attrs):
        """Start tag in namespace mode: name is a (uri, localname) pair."""

    def endElementNS(self, name, qname):
        """End tag in namespace mode."""

    def characters(self, content):
        """A run of character data; one text may arrive in several calls."""

    def ignorableWhitespace(self, whitespace):
        """Whitespace a validating parser found to be insignificant."""

    def processingInstruction(self, target, data):
        """A processing instruction outside the DTD."""

    def skippedEntity(self, name):
        """An entity reference the parser did not expand."""


class DTDHandler:
    """Receives the DTD events a reader reports (notations, unparsed entities)."""

    def notationDecl(self, name, publicId, systemId):
        """A <!NOTATION> declaration."""

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        """An <!ENTITY ... NDATA ...> declaration."""


class EntityResolver:
    """Maps external entities to input; the default keeps the system identifier."""

    def resolveEntity(self, publicId, systemId):
        """Return a system identifier or an InputSource to read the entity from."""
        return systemId


class LexicalHandler:
    """Optional events: comments, the DTD's bounds, CDATA sections."""

    def comment(self, content):
        """A comment anywhere in the document."""

    def startDTD(self, name, public_id, system_id):
        """The DOCTYPE declaration begins."""

    def endDTD(self):
        """The DOCTYPE declaration is over."""

    def startCDATA(self):
        """A CDATA section opens; its text follows as characters()."""

    def endCDATA(self):
        """The CDATA section closes."""


# Feature names (SAX 2).
_SAX_FEATURES = 'http://xml.org/sax/features/'
feature_namespaces = _SAX_FEATURES + 'namespaces'
feature_namespace_prefixes = _SAX_FEATURES + 'namespace-prefixes'
feature_string_interning = _SAX_FEATURES + 'string-interning'
feature_validation = _SAX_FEATURES + 'validation'
feature_external_ges = _SAX_FEATURES + 'external-general-entities'
feature_external_pes = _SAX_FEATURES + 'external-parameter-entities'
all_features = [feature_namespaces, feature_namespace_prefixes, feature_string_interning,
                feature_validation, feature_external_ges, feature_external_pes]

# Property names: the SAX 2 ones, then two of Python's own.
_SAX_PROPS = 'http://xml.org/sax/properties/'
property_lexical_handler = _SAX_PROPS + 'lexical-handler'
property_declaration_handler = _SAX_PROPS + 'declaration-handler'
property_dom_node = _SAX_PROPS + 'dom-node'
property_xml_string = _SAX_PROPS + 'xml-string'
property_encoding = 'http://www.python.org/sax/properties/encoding'
property_interning_dict = 'http://www.python.org/sax/properties/interning-dict'
all_properties = [property_lexical_handler, property_dom_node, property_declaration_handler,
                  property_xml_string, property_encoding, property_interning_dict]
del _SAX_FEATURES, _SAX_PROPS
