"""General functions for HTML manipulation: escape() and unescape().

refpy's own implementation of the documented behaviour of CPython 3.11's html package.
html.entities and html.parser are frozen submodules, so this module carries an empty
__path__.
"""

# Set before importing html.entities, which needs this module to be a package.
try:
    __path__
except NameError:
    __path__ = []

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace '&', '<' and '>' by HTML-safe sequences, and with quote also '"' and "'"."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Replacements the HTML5 spec makes for numeric references to &#x80;..&#x9f; (generated
# by scripts/gen_html_entities.py).
_C1_REPLACEMENTS = '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178'

_NUMERIC_REPLACEMENTS = {0x00: '\ufffd', 0x0d: '\r'}
_NUMERIC_REPLACEMENTS.update((0x80 + i, c) for i, c in enumerate(_C1_REPLACEMENTS))


def _dropped_codepoint(num):
    """Controls and noncharacters that a numeric reference turns into nothing."""
    return (0x01 <= num <= 0x08 or num == 0x0b or 0x0e <= num <= 0x1f
            or 0x7f <= num <= 0x9f or 0xfdd0 <= num <= 0xfdef
            or (num & 0xfffe) == 0xfffe)


def _charref_text(num):
    """The text of the numeric character reference &#num; per the HTML5 rules."""
    if num in _NUMERIC_REPLACEMENTS:
        return _NUMERIC_REPLACEMENTS[num]
    if 0xd800 <= num <= 0xdfff or num > 0x10ffff:
        return '\ufffd'
    if _dropped_codepoint(num):
        return ''
    return chr(num)


def _replace_reference(match):
    ref = match.group(1)
    if ref[0] == '#':
        if ref[1] in 'xX':
            return _charref_text(int(ref[2:].rstrip(';'), 16))
        return _charref_text(int(ref[1:].rstrip(';')))
    if ref in _html5:
        return _html5[ref]
    # The longest known prefix wins (some legacy names need no ';').
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _html5:
            return _html5[ref[:end]] + ref[end:]
    return '&' + ref


_REFERENCE = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Convert all named and numeric character references in s to the Unicode
    characters they stand for, as the HTML5 standard specifies."""
    if '&' not in s:
        return s
    return _REFERENCE.sub(_replace_reference, s)
