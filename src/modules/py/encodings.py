"""The `encodings` package.

In CPython this package holds one module per codec and a search function that imports
them. refpy's codecs are built into the `codecs` module, so this package keeps what
programs use from it: the name normalization, a search function answering from the
built-in codecs (through the same alias table), the registry error and `aliases`.
"""

# Frozen modules get no __path__; giving this one an empty list makes it a package whose
# submodule `encodings.aliases` is found among the frozen modules.
__path__ = []

import codecs
from encodings import aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def _is_name_char(ch):
    return ch == '.' or ch.isalnum()


def normalize_encoding(encoding):
    """Turn an encoding name into the form the codec modules are named by.

    Each run of characters that are neither alphanumeric nor a dot becomes a single
    underscore, with none kept at the start or the end; alphanumeric characters outside
    ASCII are left out (but still separate runs). Bytes are read as ASCII.
    """
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    pieces = []
    gap = False
    for ch in encoding:
        if not _is_name_char(ch):
            gap = True
            continue
        if gap and pieces:
            pieces.append('_')
        gap = False
        if ch.isascii():
            pieces.append(ch)
    return ''.join(pieces)


# encoding name as asked -> CodecInfo, or None when there is no such codec
_found = {}


def _module_name(encoding):
    key = normalize_encoding(encoding)
    table = aliases.aliases
    return table.get(key) or table.get(key.replace('.', '_')) or key


def search_function(encoding):
    """The codec for `encoding`, or None. Like CPython's, this search is case-sensitive
    (codecs.lookup lowers the name before asking it)."""
    if encoding in _found:
        return _found[encoding]
    name = _module_name(encoding)
    info = None
    # Codec module names are all lower case: 'UTF8' names no module.
    if name and name == name.lower() and codecs._builtin_search(name) is not None:
        # Hand out the registry's own record, so that both agree.
        info = codecs.lookup(encoding)
    _found[encoding] = info
    return info
