"""The SAX exception classes (refpy's xml.sax._exceptions).

Written from the xml.sax documentation: SAXException carries a message and an optional
wrapped exception; SAXParseException adds the position a Locator reported when the
error was raised.
"""


class SAXException(Exception):
    """An XML error or warning, possibly wrapping another exception."""

    def __init__(self, msg, exception=None):
        self._message = msg
        self._wrapped = exception
        super().__init__(msg)

    def getMessage(self):
        """The text given when the error was made."""
        return self._message

    def getException(self):
        """The exception this one wraps, or None."""
        return self._wrapped

    def __str__(self):
        return self._message

    def __getitem__(self, index):
        # Exceptions are not sequences; CPython answers indexing like this.
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """A parse error, with the line, column and identifiers where it happened."""

    def __init__(self, msg, exception, locator):
        super().__init__(msg, exception)
        self._where = locator
        # The locator keeps moving as parsing goes on: take its position now.
        self._sysid = locator.getSystemId()
        self._column = locator.getColumnNumber()
        self._line = locator.getLineNumber()

    def getColumnNumber(self):
        """Column of the error (as the locator counted it), or None."""
        return self._column

    def getLineNumber(self):
        """Line of the error, or None."""
        return self._line

    def getPublicId(self):
        """Public identifier of the entity being read (asked of the locator)."""
        return self._where.getPublicId()

    def getSystemId(self):
        """System identifier of the entity being read when the error happened."""
        return self._sysid

    def __str__(self):
        where = [self._sysid if self._sysid is not None else "<unknown>"]
        for n in (self._line, self._column):
            where.append("?" if n is None else str(n))
        return "%s: %s" % (":".join(where), self._message)


class SAXNotRecognizedException(SAXException):
    """Raised for a feature or property name the reader does not know."""


class SAXNotSupportedException(SAXException):
    """Raised for a known feature or property the reader cannot provide."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """Raised when a driver module cannot give a reader (e.g. a missing C parser)."""
