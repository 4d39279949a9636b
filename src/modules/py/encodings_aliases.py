"""encodings.aliases: CPython's table of encoding name aliases (alias -> module name of
`encodings`), generated into refpy by scripts/gen_codec_tables.py."""

import codecs as _codecs

aliases = dict(_codecs._aliases())
del _codecs
