"""Message catalogs and translations for internationalised programs (refpy's own
implementation of the 3.11 module).

GNU .mo files of either byte order are read into a dictionary keyed by message id
(plural entries by (id, form index)); a catalog's Plural-Forms header is turned into a
Python function by a small parser for the C expression language msgfmt accepts. The
functions the module exports look catalogs up by domain through translation(), whose
results are cached per (class, file).
"""

import os
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

_SYSTEM_LOCALES = os.path.join(sys.base_prefix, 'share', 'locale')


# ---------------------------------------------------------------- plural expressions
#
# msgfmt's plural expressions are C: ?:, ||, &&, equality, relational, additive and
# multiplicative operators, '!', parentheses, decimal numbers and the variable n.
# CPython evaluates them as Python text made from the C, and that text shows through:
# && and || give back an operand (as Python's `and`/`or`), `!` reads as Python's
# `not`, which reaches over the arithmetic and comparisons that follow it, parentheses
# are limited to a nesting of 20 in that text, and a `not` straight after an
# arithmetic or comparison operator is a Python syntax error. The parser below works
# out all of this on its own tree.

_LEVEL = {'||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4, '>=': 4,
          '+': 5, '-': 5, '*': 6, '/': 6, '%': 6}
_DOUBLE_OPS = ('||', '&&', '==', '!=', '<=', '>=')
_SINGLE_OPS = '<>+-*/%!?:()'
_MAX_NESTING = 20
_SYNTAX_MESSAGES = {'plain': 'invalid syntax',
                    'else': "expected 'else' after 'if' expression"}


def _arith(symbol):
    if symbol == '+':
        return lambda a, b: a + b
    if symbol == '-':
        return lambda a, b: a - b
    if symbol == '*':
        return lambda a, b: a * b
    if symbol == '/':
        return lambda a, b: a // b
    if symbol == '%':
        return lambda a, b: a % b
    if symbol == '==':
        return lambda a, b: a == b
    if symbol == '!=':
        return lambda a, b: a != b
    if symbol == '<':
        return lambda a, b: a < b
    if symbol == '>':
        return lambda a, b: a > b
    if symbol == '<=':
        return lambda a, b: a <= b
    return lambda a, b: a >= b


def _is_word(ch):
    return ch == '_' or ch.isalnum()


def _plural_tokens(text):
    """The tokens of a plural expression, then '' for its end (lazily: a bad character
    is only reported when the parser gets to it)."""
    i = 0
    size = len(text)
    while i < size:
        ch = text[i]
        if ch in ' \t':
            i += 1
            continue
        if _is_word(ch):
            j = i + 1
            while j < size and _is_word(text[j]):
                j += 1
            word = text[i:j]
            i = j
            if word == 'n' or (word.isdigit() and word.isascii()):
                yield word
            else:
                raise ValueError('invalid token in plural form: %s' % word)
            continue
        pair = text[i:i + 2]
        if pair in _DOUBLE_OPS:
            i += 2
            yield pair
        elif ch in _SINGLE_OPS:
            i += 1
            yield ch
        else:
            raise ValueError('invalid token in plural form: %s' % ch)
    while True:
        yield ''


class _Part:
    """A parsed piece: how to evaluate it, plus facts about its Python rendering."""

    __slots__ = ('run', 'nesting', 'fault', 'lead_fault', 'bare_not')

    def __init__(self, run, nesting=0, fault=None):
        self.run = run
        self.nesting = nesting      # parentheses around its deepest point
        self.fault = fault          # first syntax problem in it: None, 'plain', 'else'
        self.lead_fault = None      # the problem inside a parenthesis it starts with
        self.bare_not = False       # starts with an unparenthesised `not`


def _negate(run, times):
    for _ in range(times):
        run = (lambda inner: lambda n: not inner(n))(run)
    return run


class _PluralParser:

    def __init__(self, text):
        self.tokens = _plural_tokens(text)
        self.current = next(self.tokens)

    def _advance(self):
        self.current = next(self.tokens)

    def _unexpected(self):
        if self.current:
            return ValueError('unexpected token in plural form: %s' % self.current)
        return ValueError('unexpected end of plural form')

    def whole(self):
        part = self._expression(-1)
        if self.current != '':
            raise self._unexpected()
        return part

    def _atom(self):
        tok = self.current
        if tok == '(':
            self._advance()
            inner = self._expression(-1)
            if self.current != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            self._advance()
            part = _Part(inner.run, inner.nesting + 1, inner.fault)
            part.lead_fault = inner.fault
            return part, True
        if tok == 'n':
            self._advance()
            return _Part(lambda n: n), False
        if tok and tok.isdigit():
            self._advance()
            value = int(tok, 10)
            return _Part(lambda n: value), False
        raise self._unexpected()

    def _expression(self, floor):
        negations = 0
        while self.current == '!':
            negations += 1
            self._advance()
        part, grouped = self._atom()
        run = part.run
        nesting = part.nesting
        fault = part.fault
        lead = part.lead_fault if grouped else None
        wrapped = False               # the rendering starts with a parenthesis
        pending = negations           # `not`s still reaching over what follows
        last = None                   # level of the last operator joined here
        while self.current in _LEVEL and _LEVEL[self.current] >= floor:
            symbol = self.current
            level = _LEVEL[symbol]
            if level >= 3 and last is not None and last >= 3 and level <= 4 and last <= 4:
                # a second comparison: parenthesise what came before (no chaining)
                run = _negate(run, pending)
                pending = 0
                nesting += 1
                lead = fault
                wrapped = True
            elif level <= 2 and pending:
                run = _negate(run, pending)
                pending = 0
            self._advance()
            right = self._expression(level + 1)
            if fault is None:
                if right.bare_not and level >= 3:
                    fault = 'plain'
                else:
                    fault = right.fault
            nesting = max(nesting, right.nesting)
            left_run, right_run = run, right.run
            if symbol == '&&':
                run = (lambda a, b: lambda n: a(n) and b(n))(left_run, right_run)
            elif symbol == '||':
                run = (lambda a, b: lambda n: a(n) or b(n))(left_run, right_run)
            else:
                run = (lambda f, a, b: lambda n: f(a(n), b(n)))(_arith(symbol),
                                                                 left_run, right_run)
            last = level
        run = _negate(run, pending)
        result = _Part(run, nesting, fault)
        result.lead_fault = lead
        result.bare_not = negations > 0 and not wrapped
        if last == 4 and floor == 4:
            result.nesting += 1
            result.lead_fault = result.fault
            result.bare_not = False
        if self.current == '?' and floor <= 0:
            self._advance()
            chosen = self._expression(0)
            if self.current != ':':
                raise self._unexpected()
            self._advance()
            other = self._expression(-1)
            test = result
            if chosen.fault:
                fault = chosen.fault
            elif test.fault:
                fault = test.lead_fault or 'else'
            else:
                fault = other.fault
            result = _Part((lambda c, a, b: lambda n: a(n) if c(n) else b(n))(
                test.run, chosen.run, other.run),
                max(test.nesting, chosen.nesting, other.nesting), fault)
            if floor == 0:
                result.nesting += 1
                result.lead_fault = fault
        return result


def _caller_outside_module():
    """How many frames up the first caller outside this module is, for warnings."""
    level = 2
    frame = sys._getframe(2)
    while frame.f_globals.get('__name__') == __name__:
        if frame.f_back is None:
            break
        frame = frame.f_back
        level += 1
    return level


def _plural_number(n):
    """A non-int count: rejected unless it can be rounded, then warned about."""
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s'
                        % (type(n).__name__,)) from None
    import warnings
    warnings.warn('Plural value must be an integer, got %s' % (type(n).__name__,),
                  DeprecationWarning, _caller_outside_module())
    return n


def c2py(plural):
    """Turn a C plural-form expression into a function of n returning the form index."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    tree = _PluralParser(plural).whole()
    if tree.nesting > _MAX_NESTING:
        raise ValueError('plural form expression is too complex')
    if tree.fault:
        raise SyntaxError(_SYNTAX_MESSAGES[tree.fault], ('<string>', 5, None, None))
    body = tree.run

    def func(n):
        if not isinstance(n, int):
            n = _plural_number(n)
        return int(body(n))
    return func


def _two_forms(n):
    return int(n != 1)


# ---------------------------------------------------------------- locale names

def _locale_variants(name):
    """The directory names to try for a locale name, most specific first."""
    import locale
    rest = locale.normalize(name)
    pieces = []          # (bit, text) of the parts present, split off from the end
    for mark, bit in (('@', 4), ('.', 1), ('_', 2)):
        at = rest.find(mark)
        if at >= 0:
            pieces.append((bit, rest[at:]))
            rest = rest[:at]
    # they are joined in the order territory, codeset, modifier
    pieces.sort(key=lambda item: (2, 1, 4).index(item[0]))
    present = sum(bit for bit, _ in pieces)
    variants = []
    for combo in range(present, -1, -1):
        if combo & ~present:
            continue
        variants.append(rest + ''.join(text for bit, text in pieces if combo & bit))
    return variants


# ---------------------------------------------------------------- translation classes

class NullTranslations:

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins._ = self.gettext
        if names is not None:
            wanted = set(names)
            for extra in ('gettext', 'ngettext', 'pgettext', 'npgettext'):
                if extra in wanted:
                    setattr(builtins, extra, getattr(self, extra))


_ABSENT = object()


class GNUTranslations(NullTranslations):
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = '%s\x04%s'
    VERSIONS = (0, 1)

    def _parse(self, fp):
        import struct
        source = getattr(fp, 'name', '')
        catalog = {}
        self._catalog = catalog
        self.plural = _two_forms
        data = fp.read()
        size = len(data)
        word = struct.unpack('<I', data[:4])[0]
        if word == self.LE_MAGIC:
            order = '<'
        elif word == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', source)
        version, count, ids_at, strs_at = struct.unpack(order + '4I', data[4:20])
        if version >> 16 not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(version >> 16), source)
        pair = order + 'II'
        for index in range(count):
            id_len, id_off = struct.unpack(pair, data[ids_at + 8 * index:ids_at + 8 * index + 8])
            str_len, str_off = struct.unpack(pair, data[strs_at + 8 * index:strs_at + 8 * index + 8])
            if id_off + id_len >= size or str_off + str_len >= size:
                raise OSError(0, 'File is corrupt', source)
            key = data[id_off:id_off + id_len]
            value = data[str_off:str_off + str_len]
            if id_len == 0:
                self._read_header(value)
            encoding = self._charset or 'ascii'
            if b'\0' in key:
                singular, _plural = key.split(b'\0')
                singular = str(singular, encoding)
                for form, text in enumerate(value.split(b'\0')):
                    catalog[(singular, form)] = str(text, encoding)
            else:
                catalog[str(key, encoding)] = str(value, encoding)

    def _read_header(self, raw):
        previous = None
        for chunk in raw.split(b'\n'):
            line = chunk.decode().strip()
            if not line:
                continue
            if line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#'):
                continue   # a separator msgcat puts between merged headers
            if ':' not in line:
                if previous:
                    self._info[previous] += '\n' + line
                continue
            name, _, value = line.partition(':')
            name = name.strip().lower()
            value = value.strip()
            self._info[name] = value
            previous = name
            if name == 'content-type':
                self._charset = value.split('charset=')[1]
            elif name == 'plural-forms':
                rule = value.split(';')[1].split('plural=')[1]
                self.plural = c2py(rule)

    def _lookup(self, key):
        found = self._catalog.get(key, _ABSENT)
        if found is _ABSENT:
            found = self._catalog.get((key, self.plural(1)), _ABSENT)
        return found

    def gettext(self, message):
        found = self._lookup(message)
        if found is not _ABSENT:
            return found
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        found = self._catalog.get((msgid1, self.plural(n)), _ABSENT)
        if found is not _ABSENT:
            return found
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        found = self._lookup(self.CONTEXT % (context, message))
        if found is not _ABSENT:
            return found
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        key = (self.CONTEXT % (context, msgid1), self.plural(n))
        found = self._catalog.get(key, _ABSENT)
        if found is not _ABSENT:
            return found
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2


# ---------------------------------------------------------------- finding catalogs

def find(domain, localedir=None, languages=None, all=False):
    if localedir is None:
        localedir = _SYSTEM_LOCALES
    if languages is None:
        languages = []
        for variable in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            setting = os.environ.get(variable)
            if setting:
                languages = setting.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    candidates = []
    for language in languages:
        for variant in _locale_variants(language):
            if variant not in candidates:
                candidates.append(variant)
    found = []
    for variant in candidates:
        if variant == 'C':
            break
        path = os.path.join(localedir, variant, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found if all else None


_loaded = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    import copy
    if class_ is None:
        class_ = GNUTranslations
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        import errno
        raise FileNotFoundError(errno.ENOENT, 'No translation file found for domain', domain)
    first = None
    for path in paths:
        key = (class_, os.path.abspath(path))
        shared = _loaded.get(key)
        if shared is None:
            with open(path, 'rb') as stream:
                shared = _loaded.setdefault(key, class_(stream))
        mine = copy.copy(shared)
        if first is None:
            first = mine
        else:
            first.add_fallback(mine)
    return first


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


# ---------------------------------------------------------------- the GNU gettext API

_domain_dirs = {}
_domain = 'messages'


def textdomain(domain=None):
    global _domain
    if domain is not None:
        _domain = domain
    return _domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _domain_dirs[domain] = localedir
    return _domain_dirs.get(domain, _SYSTEM_LOCALES)


def _for_domain(domain):
    try:
        return translation(domain, _domain_dirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    catalog = _for_domain(domain)
    if catalog is None:
        return message
    return catalog.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    catalog = _for_domain(domain)
    if catalog is None:
        return msgid1 if n == 1 else msgid2
    return catalog.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    catalog = _for_domain(domain)
    if catalog is None:
        return message
    return catalog.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    catalog = _for_domain(domain)
    if catalog is None:
        return msgid1 if n == 1 else msgid2
    return catalog.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_domain, context, msgid1, msgid2, n)


Catalog = translation
