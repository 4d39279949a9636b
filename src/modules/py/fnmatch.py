"""Shell-style wildcard matching: fnmatch, fnmatchcase, filter and translate.

`*` matches everything, `?` one character, `[seq]` a character in seq and `[!seq]` one
not in seq. Patterns become regular expressions with `translate`, whose text is exactly
CPython 3.11's: a `*` between two others matches lazily inside an atomic group, so
that `*a*b*c` does not backtrack exponentially.
"""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# Compiled `match` methods by (type, pattern); CPython caches 32768 of them.
_cache = {}
_CACHE_SIZE = 32768


def fnmatch(name, pat):
    """Test whether `name` matches `pat`, after normalizing the case as the system does
    (nothing to do on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    """Test whether `name` matches `pat`, case-sensitively."""
    return _compile_pattern(pat)(name) is not None


def filter(names, pat):
    """The names of the iterable `names` that match `pat`."""
    match = _compile_pattern(os.path.normcase(pat))
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def _compile_pattern(pat):
    """The `match` method of `pat`'s regular expression (bytes patterns are translated
    through Latin-1, one character per byte)."""
    key = (type(pat), pat)
    match = _cache.get(key)
    if match is None:
        if isinstance(pat, bytes):
            regex = translate(''.join(map(chr, pat)))
            regex = bytes(map(ord, regex))
        else:
            regex = translate(pat)
        match = re.compile(regex).match
        if len(_cache) >= _CACHE_SIZE:
            _cache.clear()
        _cache[key] = match
    return match


# A `*` in the token list; consecutive stars collapse into one.
_STAR = object()


def translate(pat):
    """The regular expression, as a string, that matches what shell pattern `pat`
    matches."""
    tokens = _tokens(pat)
    return r'(?s:%s)\Z' % _join_stars(tokens)


def _tokens(pat):
    """Regular expression pieces for each part of `pat`, with _STAR for each run of
    stars."""
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == '?':
            tokens.append('.')
        elif c == '[':
            end = _bracket_end(pat, i)
            if end < 0:
                tokens.append('\\[')
            else:
                tokens.append(_bracket(pat, i, end))
                i = end + 1
        else:
            tokens.append(re.escape(c))
    return tokens


def _bracket_end(pat, start):
    """The index of the `]` closing the bracket expression whose body starts at
    `start`, or -1: a leading `!` and then a leading `]` belong to the body."""
    j, n = start, len(pat)
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    end = pat.find(']', j)
    return end


def _bracket(pat, start, end):
    """The regular expression for the bracket body pat[start:end]."""
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        body = '-'.join(chunk.replace('\\', r'\\').replace('-', r'\-')
                        for chunk in _range_chunks(pat, start, end))
    # Characters that would start a set operation in future versions of re.
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'      # an empty set matches nothing
    if body == '!':
        return '.'         # a negated empty set matches any character
    if body[0] == '!':
        return '[^' + body[1:] + ']'
    if body[0] in '^[':
        return '[\\' + body + ']'
    return '[' + body + ']'


def _range_chunks(pat, start, end):
    """The body pat[start:end] cut at the hyphens that make ranges; ranges whose ends
    are out of order are dropped (merging their neighbours) since re rejects them."""
    chunks = []
    k = start + 2 if pat[start] == '!' else start + 1
    while True:
        k = pat.find('-', k, end)
        if k < 0:
            break
        chunks.append(pat[start:k])
        start = k + 1
        k += 3
    last = pat[start:end]
    if last:
        chunks.append(last)
    else:
        chunks[-1] += '-'
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return chunks


def _join_stars(tokens):
    """Join the pieces; each `*` followed by a fixed part and another `*` becomes an
    atomic group, the last `*` a plain `.*`."""
    out = []
    i, n = 0, len(tokens)
    while i < n and tokens[i] is not _STAR:
        out.append(tokens[i])
        i += 1
    while i < n:
        i += 1  # the star
        fixed_start = i
        while i < n and tokens[i] is not _STAR:
            i += 1
        fixed = ''.join(tokens[fixed_start:i])
        if i == n:
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?%s)' % fixed)
    return ''.join(out)
