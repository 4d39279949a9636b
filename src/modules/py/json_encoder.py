"""Implementation of JSONEncoder.

refpy keeps the encoder in `json` itself; this submodule names it where CPython's does.
"""

from json import JSONEncoder, encode_basestring, encode_basestring_ascii
