"""pympler.util.stringutils: safe_repr, trunc and the size and time printers."""


def safe_repr(obj, clip=None):
    """repr(obj), 'N/A' when it raises, clipped to `clip` characters as
    first..last2."""
    try:
        s = repr(obj)
        if not clip or len(s) <= clip:
            return s
        return s[:clip - 4] + '..' + s[-2:]
    except Exception:
        return 'N/A'


def trunc(obj, max, left=False):
    """str(obj) with newlines as '|', cut to `max` characters with '...'."""
    s = str(obj).replace('\n', '|')
    if len(s) > max:
        if left:
            return '...' + s[len(s) - max + 3:]
        return s[:(max - 3)] + '...'
    return s


def pp(i, base=1024):
    """The size i as '%4d     B' or '%7.2f KB' (MB, GB, ...)."""
    degree = 0
    pattern = "%4d     %s"
    while i > base:
        pattern = "%7.2f %s"
        i = i / float(base)
        degree += 1
    return pattern % (i, ['B', 'KB', 'MB', 'GB', 'TB', 'EB'][degree])


def pp_timestamp(t):
    """Seconds as HH:MM:SS.ss ('' for None)."""
    if t is None:
        return ''
    h, m, s = int(t / 3600), int(t / 60 % 60), t % 60
    return "%02d:%02d:%05.2f" % (h, m, s)
