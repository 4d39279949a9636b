"""SAX reader interfaces and the stock Attributes implementations (xml.sax.xmlreader).

refpy's own version, written from the xml.sax.xmlreader documentation: XMLReader keeps
the four handlers and refuses every feature and property; IncrementalParser turns
parse() into prepareParser/feed/close; InputSource is a plain record; the two
Attributes classes are read-only mappings over the dictionaries a driver hands them.
"""

from . import handler
from ._exceptions import SAXNotSupportedException, SAXNotRecognizedException


def _must_override():
    return NotImplementedError("This method must be implemented!")


def _unrecognized(kind, name):
    # kind is 'Feature' or 'Property'
    return SAXNotRecognizedException("%s '%s' not recognized" % (kind, name))


class XMLReader:
    """The reader interface: register handlers, set features, then parse()."""

    def __init__(self):
        # One default object of each handler interface until the user sets their own.
        self._content = handler.ContentHandler()
        self._dtd = handler.DTDHandler()
        self._resolver = handler.EntityResolver()
        self._errors = handler.ErrorHandler()

    def parse(self, source):
        """Read a whole document from a system id, file or InputSource."""
        raise _must_override()

    def getContentHandler(self):
        """The ContentHandler events go to."""
        return self._content

    def setContentHandler(self, handler):
        """Send content events (elements, text, ...) to `handler` from now on."""
        self._content = handler

    def getDTDHandler(self):
        """The DTDHandler notation and unparsed-entity events go to."""
        return self._dtd

    def setDTDHandler(self, handler):
        """Send DTD events to `handler` from now on."""
        self._dtd = handler

    def getEntityResolver(self):
        """The object asked where external entities are to be read from."""
        return self._resolver

    def setEntityResolver(self, resolver):
        """Ask `resolver` about external entities from now on."""
        self._resolver = resolver

    def getErrorHandler(self):
        """The ErrorHandler told about errors and warnings."""
        return self._errors

    def setErrorHandler(self, handler):
        """Report errors and warnings to `handler` from now on."""
        self._errors = handler

    def setLocale(self, locale):
        """Readers may localize their messages; this one cannot."""
        raise SAXNotSupportedException("Locale support not implemented")

    def getFeature(self, name):
        """The state of a SAX feature; the base reader knows none."""
        raise _unrecognized('Feature', name)

    def setFeature(self, name, state):
        """Turn a SAX feature on or off; the base reader knows none."""
        raise _unrecognized('Feature', name)

    def getProperty(self, name):
        """The value of a SAX property; the base reader knows none."""
        raise _unrecognized('Property', name)

    def setProperty(self, name, value):
        """Set a SAX property; the base reader knows none."""
        raise _unrecognized('Property', name)


class IncrementalParser(XMLReader):
    """A reader that can also be fed a document piece by piece.

    parse() is implemented here on top of prepareParser(), feed() and close(); a
    driver provides those (and reset()).
    """

    def __init__(self, bufsize=65536):
        self._chunk = bufsize
        XMLReader.__init__(self)

    def parse(self, source):
        """Read the source's stream in chunks of `bufsize` and feed them."""
        from .saxutils import prepare_input_source
        src = prepare_input_source(source)
        self.prepareParser(src)
        stream = src.getCharacterStream() or src.getByteStream()
        piece = stream.read(self._chunk)
        while piece:
            self.feed(piece)
            piece = stream.read(self._chunk)
        self.close()

    def feed(self, data):
        """Hand the parser the next piece of the document."""
        raise _must_override()

    def prepareParser(self, source):
        """Get ready to read the document described by `source`."""
        raise NotImplementedError("prepareParser must be overridden!")

    def close(self):
        """No more data: check the document is complete, report its end."""
        raise _must_override()

    def reset(self):
        """Make the parser ready for a new document."""
        raise _must_override()


class Locator:
    """Tells where in the input the current event comes from.

    This base class knows nothing: numbers are -1 and identifiers None.
    """

    def getColumnNumber(self):
        """Column where the current event ends."""
        return -1

    def getLineNumber(self):
        """Line where the current event ends."""
        return -1

    def getPublicId(self):
        """Public identifier of the current entity."""
        return None

    def getSystemId(self):
        """System identifier of the current entity."""
        return None


class InputSource:
    """Where a document comes from: identifiers, an encoding and a stream.

    A reader uses the character stream if there is one, else the byte stream, else
    opens the system identifier itself.
    """

    def __init__(self, system_id=None):
        self._public = None
        self._system = system_id
        self._encoding_name = None
        self._byte_file = None
        self._char_file = None

    def setPublicId(self, public_id):
        """Record the public identifier (used in error reports)."""
        self._public = public_id

    def getPublicId(self):
        return self._public

    def setSystemId(self, system_id):
        """Record the system identifier: a file name or URL."""
        self._system = system_id

    def getSystemId(self):
        return self._system

    def setEncoding(self, encoding):
        """Name the encoding of the byte stream (ignored for character streams)."""
        self._encoding_name = encoding

    def getEncoding(self):
        return self._encoding_name

    def setByteStream(self, bytefile):
        """A binary file object to read the document from."""
        self._byte_file = bytefile

    def getByteStream(self):
        return self._byte_file

    def setCharacterStream(self, charfile):
        """A text file object to read the document from (preferred over bytes)."""
        self._char_file = charfile

    def getCharacterStream(self):
        return self._char_file


class AttributesImpl:
    """The attributes of a start tag: a read-only mapping of name -> value.

    Every attribute's type is reported as CDATA (no DTD types are known) and a
    qualified name is the name itself.
    """

    def __init__(self, attrs):
        # Kept as given (not copied) under the name callers have come to rely on.
        self._attrs = attrs

    def getLength(self):
        """How many attributes there are."""
        return len(self._attrs)

    def getType(self, name):
        """The attribute's DTD type: without a DTD always CDATA."""
        return "CDATA"

    def getValue(self, name):
        """The value of the attribute `name` (KeyError if absent)."""
        return self._attrs[name]

    def getValueByQName(self, name):
        """The value of the attribute whose qualified name is `name`."""
        return self._attrs[name]

    def _known(self, name):
        if name in self._attrs:
            return name
        raise KeyError(name)

    def getNameByQName(self, name):
        """The attribute name for a qualified name: the same string here."""
        return self._known(name)

    def getQNameByName(self, name):
        """The qualified name for an attribute name: the same string here."""
        return self._known(name)

    def getNames(self):
        """A new list of the attribute names, in document order."""
        return list(self._attrs)

    def getQNames(self):
        """A new list of the qualified names, in document order."""
        return list(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def __getitem__(self, name):
        return self._attrs[name]

    def keys(self):
        """The names, as a list."""
        return list(self._attrs)

    def __contains__(self, name):
        return self._attrs.__contains__(name)

    def get(self, name, alternative=None):
        """The value of `name`, or `alternative` when there is no such attribute."""
        if name in self._attrs:
            return self._attrs[name]
        return alternative

    def copy(self):
        """A new object of the same class over the same dictionary."""
        return type(self)(self._attrs)

    def items(self):
        """(name, value) pairs, as a list."""
        return [(k, v) for k, v in self._attrs.items()]

    def values(self):
        """The values, as a list."""
        return [*self._attrs.values()]


class AttributesNSImpl(AttributesImpl):
    """Attributes in namespace mode: keys are (uri, localname) pairs and a second
    dictionary gives each pair's qualified name."""

    def __init__(self, attrs, qnames):
        AttributesImpl.__init__(self, attrs)
        self._qnames = qnames

    def _pair_of(self, qname):
        for pair, q in self._qnames.items():
            if q == qname:
                return pair
        raise KeyError(qname)

    def getValueByQName(self, name):
        """The value of the attribute written as `name` (prefix:local) in the tag."""
        return self._attrs[self._pair_of(name)]

    def getNameByQName(self, name):
        """The (uri, localname) pair of the attribute written as `name`."""
        return self._pair_of(name)

    def getQNameByName(self, name):
        """How the attribute with the (uri, localname) pair `name` was written."""
        return self._qnames[name]

    def getQNames(self):
        """A new list of the qualified names."""
        return [*self._qnames.values()]

    def copy(self):
        """A new object of the same class over the same two dictionaries."""
        return type(self)(self._attrs, self._qnames)
