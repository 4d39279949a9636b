"""Regenerate the NFKC table of src/modules/py/urllib_parse.py from CPython's unicodedata.

urlsplit() rejects a non-ASCII netloc whose NFKC normalization introduces one of the URL
delimiters '/?#@:'. refpy has no unicodedata, so the (small) set of code points whose
NFKC form contains such a delimiter is stored in the module; run this script with
python3 to refresh the `_NFKC_DELIMITER_CHARS = ...` line.
"""
import os
import sys
import unicodedata

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "modules", "py",
                    "urllib_parse.py")
PREFIX = "_NFKC_DELIMITER_CHARS = "

chars = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1)
                if any(d in unicodedata.normalize("NFKC", chr(c)) for d in "/?#@:"))
with open(PATH, encoding="utf-8") as f:
    lines = f.read().split("\n")
lines = [PREFIX + ascii(chars) if line.startswith(PREFIX) else line for line in lines]
with open(PATH, "w", encoding="utf-8") as f:
    f.write("\n".join(lines))
