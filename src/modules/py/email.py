"""refpy's email package: build, parse and serialise RFC 5322 / MIME messages.

Written for refpy from the documentation of CPython 3.11's email package and its observed
behaviour.  The package module holds the four module-level parse helpers; the rest lives
in the frozen submodules (email.message, email.parser, email.policy, ...)."""

try:
    __path__
except NameError:
    __path__ = []

__all__ = [
    'base64mime', 'charset', 'encoders', 'errors', 'feedparser', 'generator',
    'header', 'iterators', 'message', 'message_from_file', 'message_from_binary_file',
    'message_from_string', 'message_from_bytes', 'mime', 'parser', 'quoprimime', 'utils',
]


def _via(parser_name, method, source, args, kws):
    from email import parser as _parser
    reader = getattr(_parser, parser_name)(*args, **kws)
    return getattr(reader, method)(source)


def message_from_string(s, *args, **kws):
    """A message object tree parsed from a str."""
    return _via('Parser', 'parsestr', s, args, kws)


def message_from_bytes(s, *args, **kws):
    """A message object tree parsed from bytes."""
    return _via('BytesParser', 'parsebytes', s, args, kws)


def message_from_file(fp, *args, **kws):
    """A message object tree parsed from an open text file."""
    return _via('Parser', 'parse', fp, args, kws)


def message_from_binary_file(fp, *args, **kws):
    """A message object tree parsed from an open binary file."""
    return _via('BytesParser', 'parse', fp, args, kws)
