"""Exceptions and defect classes of the email package."""


def _err(name, bases, doc):
    return type(name, bases, {'__doc__': doc, '__module__': __name__})


MessageError = _err('MessageError', (Exception,), 'Base class for the errors this package raises.')
MessageParseError = _err('MessageParseError', (MessageError,), 'A message could not be parsed.')
HeaderParseError = _err('HeaderParseError', (MessageParseError,), 'A header could not be parsed.')
BoundaryError = _err('BoundaryError', (MessageParseError,), 'A multipart boundary was not found.')
MultipartConversionError = _err('MultipartConversionError', (MessageError, TypeError),
                                'A non-multipart message was given a subpart.')
CharsetError = _err('CharsetError', (MessageError,), 'An unknown character set was named.')
HeaderWriteError = _err('HeaderWriteError', (MessageError,), 'A header could not be written out.')


class MessageDefect(ValueError):
    """Something wrong found in a message while parsing it."""

    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


def _defect(name, doc, base=MessageDefect):
    return type(name, (base,), {'__doc__': doc, '__module__': __name__})


NoBoundaryInMultipartDefect = _defect('NoBoundaryInMultipartDefect', 'multipart without a boundary')
StartBoundaryNotFoundDefect = _defect('StartBoundaryNotFoundDefect', 'start boundary missing')
CloseBoundaryNotFoundDefect = _defect('CloseBoundaryNotFoundDefect', 'closing boundary missing')
FirstHeaderLineIsContinuationDefect = _defect('FirstHeaderLineIsContinuationDefect', 'first header line is a continuation')
MisplacedEnvelopeHeaderDefect = _defect('MisplacedEnvelopeHeaderDefect', 'a "Unix-from" header inside the headers')
MissingHeaderBodySeparatorDefect = _defect('MissingHeaderBodySeparatorDefect', 'no blank line after the headers')
MalformedHeaderDefect = MissingHeaderBodySeparatorDefect
MultipartInvariantViolationDefect = _defect('MultipartInvariantViolationDefect', 'multipart claimed, no subparts')
InvalidMultipartContentTransferEncodingDefect = _defect('InvalidMultipartContentTransferEncodingDefect', 'bad CTE on a multipart')
UndecodableBytesDefect = _defect('UndecodableBytesDefect', 'header has undecodable bytes')
InvalidBase64PaddingDefect = _defect('InvalidBase64PaddingDefect', 'base64 padding is wrong')
InvalidBase64CharactersDefect = _defect('InvalidBase64CharactersDefect', 'base64 has invalid characters')
InvalidBase64LengthDefect = _defect('InvalidBase64LengthDefect', 'base64 length is invalid')


class HeaderDefect(MessageDefect):
    """A problem inside one header."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)


InvalidHeaderDefect = _defect('InvalidHeaderDefect', 'a header is invalid', HeaderDefect)
HeaderMissingRequiredValue = _defect('HeaderMissingRequiredValue', 'a required value is missing', HeaderDefect)
ObsoleteHeaderDefect = _defect('ObsoleteHeaderDefect', 'obsolete syntax', HeaderDefect)
NonASCIILocalPartDefect = _defect('NonASCIILocalPartDefect', 'non-ASCII local part', HeaderDefect)
InvalidDateDefect = _defect('InvalidDateDefect', 'the date is invalid', HeaderDefect)


class NonPrintableDefect(HeaderDefect):
    """A header holds non-printable characters."""

    def __init__(self, non_printables):
        super().__init__(non_printables)
        self.non_printables = non_printables

    def __str__(self):
        return "the following ASCII non-printables found in header: {}".format(self.non_printables)
