"""Implementation of JSONDecoder.

refpy keeps the decoder in `json` itself; this submodule names it where CPython's does.
"""

from json import JSONDecoder, JSONDecodeError, scanstring

__all__ = ["JSONDecoder", "JSONDecodeError"]
