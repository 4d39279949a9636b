# refpy's locale module. refpy has the C library's "C" locale only (with UTF-8 text, as
# the C.UTF-8 locale): setlocale() accepts "C", "C.UTF-8", "POSIX" and "" (the
# environment's, which is taken to be C.UTF-8), and formats numbers as the C locale does.

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale',
           'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi', 'format_string',
           'currency', 'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY',
           'LC_NUMERIC', 'LC_ALL', 'CHAR_MAX', 'getencoding']

_text = str  # the builtin, before this module's str() shadows it

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORIES = ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
               'LC_MESSAGES', 'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE',
               'LC_MEASUREMENT', 'LC_IDENTIFICATION')
_SUPPORTED = {'C': 'C', 'POSIX': 'C', 'C.UTF-8': 'C.UTF-8', 'C.utf8': 'C.UTF-8'}
# What each category is set to; LC_CTYPE starts as the interpreter sets it at start-up.
_current = dict.fromkeys(_CATEGORIES, 'C')
_current['LC_CTYPE'] = 'C.UTF-8'


class Error(Exception):
    pass


Error.__module__ = 'locale'


def setlocale(category, locale=None):
    if not isinstance(category, int) or not 0 <= category <= LC_ALL:
        raise Error('unsupported locale setting')
    if locale is not None:
        if not isinstance(locale, _text):
            locale = normalize(_build_localename(locale))
        value = 'C.UTF-8' if locale == '' else _SUPPORTED.get(locale)
        if value is None:
            raise Error('unsupported locale setting')
        names = _CATEGORIES if category == LC_ALL else (_CATEGORIES[category],)
        for name in names:
            _current[name] = value
    if category != LC_ALL:
        return _current[_CATEGORIES[category]]
    values = set(_current.values())
    if len(values) == 1:
        return values.pop()
    return ';'.join('%s=%s' % (name, _current[name]) for name in _CATEGORIES)


def _build_localename(localetuple):
    language, encoding = localetuple
    if language is None:
        language = 'C'
    return language if encoding is None else language + '.' + encoding


def getlocale(category=LC_CTYPE):
    value = setlocale(category)
    if category == LC_ALL and ';' in value:
        raise TypeError('category LC_ALL is not supported')
    # The alias table maps C.UTF-8 to en_US.UTF-8 (as CPython's locale_alias does).
    return ('en_US', 'UTF-8') if value == 'C.UTF-8' else (None, None)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in "
                  "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    return ('en_US', 'UTF-8')


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def getencoding():
    return 'UTF-8'


def normalize(localename):
    if localename in ('C', 'POSIX', 'C.UTF-8', 'C.utf8', ''):
        return {'C.utf8': 'C.UTF-8', 'POSIX': 'C'}.get(localename, localename)
    lang, _, encoding = localename.partition('.')
    return lang + '.' + (encoding.upper().replace('UTF8', 'UTF-8') if encoding else 'ISO8859-1')


def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    if not isinstance(a, _text) or not isinstance(b, _text):
        raise TypeError('strcoll() argument must be str')
    return (a > b) - (a < b)


def strxfrm(string):
    return string




def format_string(f, val, grouping=False, monetary=False):
    # The C locale groups no digits and uses '.': plain %-formatting.
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return '%.12g' % val


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
