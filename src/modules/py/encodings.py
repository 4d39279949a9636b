"""encodings: the package of CPython's codecs. refpy's codecs are native (see `codecs`);
this package keeps the parts programs use: `normalize_encoding`, `search_function` and
the `aliases` table."""

# A frozen module gets no __path__ from the import system; an empty one makes this a
# package, so that `import encodings.aliases` finds the frozen submodule.
__path__ = []

import codecs
from encodings import aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Normalize an encoding name: runs of characters other than alphanumerics and '.'
    become one '_' (none at either end); non-ASCII characters are dropped."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            if c.isascii():
                chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


def search_function(encoding):
    try:
        return codecs._builtin_search(encoding)
    except LookupError:
        return None
