"""unicodedata: the Unicode 14.0.0 character database of CPython 3.11.

Every function is native (`modules/unicodedata.rs`), set in this module before it runs.
"""

unidata_version = '14.0.0'
