"""SAX 2 for refpy: event-driven XML parsing.

parse() and parseString() run a document through the first available reader (the
expat driver, xml.sax.expatreader) and report it to a ContentHandler; make_parser()
gives the reader itself. Handlers live in xml.sax.handler, readers' interfaces in
xml.sax.xmlreader, helpers in xml.sax.saxutils.
"""

import os as _os
import sys as _sys

if '__path__' not in globals():
    __path__ = []

from xml.sax.xmlreader import InputSource
from xml.sax.handler import ContentHandler, ErrorHandler
from xml.sax._exceptions import (SAXException, SAXNotRecognizedException, SAXParseException,
                                 SAXNotSupportedException, SAXReaderNotAvailable)

# Driver modules make_parser() tries after the caller's; each offers create_parser().
default_parser_list = ["xml.sax.expatreader"]

# PY_SAX_PARSER (comma-separated module names) replaces the default list.
_flags = getattr(_sys, "flags", None)
if not getattr(_flags, "ignore_environment", 0) and _os.environ.get("PY_SAX_PARSER"):
    default_parser_list = _os.environ["PY_SAX_PARSER"].split(",")
del _flags


def parse(source, handler, errorHandler=ErrorHandler()):
    """Parse a file name, path, file object or InputSource, sending the events
    to `handler` and the errors to `errorHandler`."""
    reader = make_parser()
    reader.setContentHandler(handler)
    reader.setErrorHandler(errorHandler)
    reader.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    """Like parse(), for a document held in a str or bytes-like object."""
    import io
    src = InputSource()
    if isinstance(string, str):
        src.setCharacterStream(io.StringIO(string))
    else:
        try:
            data = bytes(memoryview(string))
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(string).__name__) from None
        src.setByteStream(io.BytesIO(data))
    reader = make_parser()
    reader.setContentHandler(handler)
    reader.setErrorHandler(ErrorHandler() if errorHandler is None else errorHandler)
    reader.parse(src)


def make_parser(parser_list=()):
    """A new SAX reader from the first module of `parser_list`, then of
    default_parser_list, that can be imported and gives one."""
    for name in [*parser_list, *default_parser_list]:
        try:
            __import__(name)
        except ImportError:
            continue
        try:
            return _sys.modules[name].create_parser()
        except SAXReaderNotAvailable:
            continue
    raise SAXReaderNotAvailable("No parsers found", None)
