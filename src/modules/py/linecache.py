"""Lines of source files, read once and kept (for tracebacks, warnings, pdb).

A file not found as named is looked for in the folders of sys.path, as the
files of imported modules are.
"""

import functools
import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]


# filename -> (size, mtime, lines, fullname) once read, or (get_lines,) for a
# lazy entry whose lines a module loader gives on demand.
cache = {}


def clearcache():
    """Empty the cache."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (from 1) of `filename`, with its newline; '' if there is
    no such line or file."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of `filename`, read into the cache on first use."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop the cache entries (all, or that of `filename`) whose file changed
    size or modification time, or is gone."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            # A lazy entry: nothing read yet, nothing to check.
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            # Source given by a loader: no file to compare with.
            continue
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _is_pseudo(filename):
    return not filename or (filename.startswith('<') and filename.endswith('>'))


_COOKIE_PREFIX = 'coding'


def _cookie(line):
    """The encoding named by a coding cookie in a source line (bytes), or None."""
    try:
        text = line.decode('latin-1')
    except UnicodeDecodeError:
        return None
    stripped = text.lstrip(' \t\f')
    if not stripped.startswith('#'):
        return None
    i = stripped.find(_COOKIE_PREFIX)
    while i >= 0:
        rest = stripped[i + len(_COOKIE_PREFIX):]
        if rest[:1] in (':', '='):
            name = rest[1:].lstrip(' \t')
            end = 0
            while end < len(name) and (name[end].isalnum() or name[end] in '-_.'):
                end += 1
            if end:
                return name[:end]
        i = stripped.find(_COOKIE_PREFIX, i + 1)
    return None


def _blank_or_comment(line):
    stripped = line.strip(b' \t\f\r\n')
    return not stripped or stripped.startswith(b'#')


def _normal_encoding(name):
    name = name.lower().replace('_', '-')
    if name == 'utf-8' or name.startswith('utf-8-'):
        return 'utf-8'
    if name in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
            name.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'latin-1'
    return name


def _read_source(path):
    """The lines of a source file decoded as `tokenize.open` does (a BOM or a coding
    cookie, else UTF-8; universal newlines). Raises OSError, UnicodeDecodeError or
    SyntaxError as it would."""
    with open(path, 'rb') as f:
        data = f.read()
    bom = data.startswith(b'\xef\xbb\xbf')
    if bom:
        data = data[3:]
    first, _, rest = data.partition(b'\n')
    encoding = _cookie(first)
    if encoding is None and _blank_or_comment(first):
        encoding = _cookie(rest.partition(b'\n')[0])
    if encoding is None:
        encoding = 'utf-8'
    else:
        encoding = _normal_encoding(encoding)
        if bom and encoding != 'utf-8':
            raise SyntaxError(f'encoding problem: {encoding} with BOM')
        try:
            ''.encode(encoding)
        except LookupError:
            raise SyntaxError(f'unknown encoding: {encoding}') from None
    text = data.decode(encoding)
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = [line + '\n' for line in text.split('\n')]
    # split leaves the text after the last newline: drop it when empty, else it had
    # no newline of its own.
    last = lines.pop()
    if last != '\n':
        lines.append(last[:-1])
    return lines


def _find(filename, module_globals):
    """Where the source of `filename` is: ('file', path, stat_result), or
    ('loader', text) for source a module's loader gives, or None."""
    try:
        return 'file', filename, os.stat(filename)
    except OSError:
        pass
    if lazycache(filename, module_globals):
        try:
            data = cache[filename][0]()
        except (ImportError, OSError):
            data = False
        if data is None:
            return None
        if data is not False:
            return 'loader', data
    if os.path.isabs(filename):
        return None
    # A relative name: look for it in the folders of sys.path, in order.
    for folder in sys.path:
        try:
            path = os.path.join(folder, filename)
        except (TypeError, AttributeError):
            continue
        try:
            return 'file', path, os.stat(path)
        except OSError:
            continue
    return None


def updatecache(filename, module_globals=None):
    """Read `filename` again into the cache and return its lines ([] when it
    cannot be read)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if _is_pseudo(filename):
        return []
    found = _find(filename, module_globals)
    if found is None:
        return []
    if found[0] == 'loader':
        text = found[1]
        lines = [line + '\n' for line in text.splitlines()]
        cache[filename] = (len(text), None, lines, filename)
        return lines
    _, path, st = found
    try:
        lines = _read_source(path)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (st.st_size, st.st_mtime, lines, path)
    return lines


def lazycache(filename, module_globals):
    """Register in the cache, without reading anything yet, that the lines of
    `filename` come from the `get_source` of the loader named in
    `module_globals`. True if the cache now holds such a lazy entry."""
    if filename in cache:
        return len(cache[filename]) == 1
    if _is_pseudo(filename) or not module_globals or '__name__' not in module_globals:
        return False
    name = module_globals['__name__']
    loader = module_globals.get('__loader__')
    if loader is None:
        spec = module_globals.get('__spec__')
        if spec:
            loader = getattr(spec, 'loader', None)
    get_source = getattr(loader, 'get_source', None)
    if not (name and get_source):
        return False
    cache[filename] = (functools.partial(get_source, name),)
    return True
