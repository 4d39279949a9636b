"""Helpers for addresses, dates, message ids and RFC 2231 parameters."""

__all__ = [
    'collapse_rfc2231_value', 'decode_params', 'decode_rfc2231', 'encode_rfc2231',
    'formataddr', 'formatdate', 'format_datetime', 'getaddresses', 'make_msgid',
    'mktime_tz', 'parseaddr', 'parsedate', 'parsedate_tz', 'parsedate_to_datetime',
    'quote', 'unquote', 'localtime',
]

import datetime
import time

COMMASPACE = ', '
EMPTYSTRING = ''
_SPECIALS = set('()<>@,:;.\"[]')


def quote(str):
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    if len(str) > 1:
        if str[0] == '"' and str[-1] == '"':
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str[0] == '<' and str[-1] == '>':
            return str[1:-1]
    return str


def formataddr(pair, charset='utf-8'):
    name, address = pair
    address.encode('ascii')
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        from email.charset import Charset
        if isinstance(charset, str):
            charset = Charset(charset)
        return '%s <%s>' % (charset.header_encode(name), address)
    if any(c in _SPECIALS or c == '\\' for c in name):
        return '"%s" <%s>' % (quote(name), address)
    return '%s <%s>' % (name, address)


# --- address parsing -------------------------------------------------------------

def _split_top(text, seps):
    """Split at characters of seps that are outside quotes, comments and <...>."""
    parts, cur, depth, quoted, angle, i = [], [], 0, False, False, 0
    while i < len(text):
        c = text[i]
        if quoted:
            cur.append(c)
            if c == '\\' and i + 1 < len(text):
                cur.append(text[i + 1])
                i += 1
            elif c == '"':
                quoted = False
        elif depth:
            cur.append(c)
            if c == '(':
                depth += 1
            elif c == ')':
                depth -= 1
        elif c == '"':
            quoted = True
            cur.append(c)
        elif c == '(':
            depth = 1
            cur.append(c)
        elif c == '<':
            angle = True
            cur.append(c)
        elif c == '>':
            angle = False
            cur.append(c)
        elif c in seps and not angle:
            parts.append(''.join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    parts.append(''.join(cur))
    return parts


def _strip_comments(text):
    out, comments, depth, quoted, buf = [], [], 0, False, []
    for c in text:
        if depth:
            if c == '(':
                depth += 1
            elif c == ')':
                depth -= 1
                if depth == 0:
                    comments.append(''.join(buf))
                    buf = []
                    continue
            buf.append(c)
        elif quoted:
            out.append(c)
            if c == '"':
                quoted = False
        elif c == '"':
            quoted = True
            out.append(c)
        elif c == '(':
            depth = 1
        else:
            out.append(c)
    return ''.join(out), comments


def _unquote_words(text):
    out, quoted, i = [], False, 0
    while i < len(text):
        c = text[i]
        if c == '\\' and quoted and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        else:
            out.append(c)
        i += 1
    return ' '.join(''.join(out).split())


def _parse_one(text):
    body, comments = _strip_comments(text)
    if '<' in body:
        lt = body.index('<')
        gt = body.find('>', lt)
        addr = body[lt + 1:gt if gt >= 0 else len(body)].strip()
        if addr.startswith('@') and ':' in addr:
            addr = addr.split(':', 1)[1]
        name = _unquote_words(body[:lt])
        if not name and comments:
            name = comments[-1]
        return name, ''.join(addr.split())
    addr = ''.join(_unquote_words(body).split(' ')) if '"' in body else ''.join(body.split())
    if '"' in body:
        local, at, dom = body.strip().rpartition('@')
        addr = (local.strip() + at + dom.strip()) if at else body.strip()
    name = comments[-1].strip() if comments else ''
    return name, addr


def _without_group_name(chunk):
    """An address list item without a leading `group:` name and the trailing `;`."""
    piece = chunk
    head = piece.split(':', 1)[0]
    if ':' in _strip_comments(piece)[0] and '<' not in head and '"' not in head:
        piece = piece.split(':', 1)[1]
    return piece.strip().rstrip(';').strip()


def _parse_list(text):
    result = []
    for chunk in _split_top(text, ','):
        piece = _without_group_name(chunk)
        if not piece:
            continue
        result.append(_parse_one(piece))
    return result


def parseaddr(addr, *, strict=True):
    if not isinstance(addr, str):
        addr = str(addr)
    found = _parse_list(addr)
    if not found:
        return ('', '')
    return found[0]


def getaddresses(fieldvalues, *, strict=True):
    joined = COMMASPACE.join(str(v) for v in fieldvalues)
    out = []
    for chunk in _split_top(joined, ','):
        piece = _without_group_name(chunk)
        if not piece:
            if chunk.strip() == '' and out is not None:
                continue
            continue
        out.append(_parse_one(piece))
    return out


# --- dates -------------------------------------------------------------------------

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0, 'AST': -400, 'ADT': -300, 'EST': -500,
          'EDT': -400, 'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600, 'PST': -800, 'PDT': -700}


def _format_parts(tt, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[tt[6]], tt[2], _MONTHS[tt[1] - 1].capitalize(), tt[0], tt[3], tt[4], tt[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    if timeval is None:
        timeval = time.time()
    dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    elif not usegmt:
        dt = dt.replace(tzinfo=None)
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    tt = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime('%z')
    return _format_parts(tt, zone)


def parsedate_tz(data):
    res = _parsedate_tz(data)
    if not res:
        return None
    if res[9] is None:
        res[9] = 0
    return tuple(res)


def _parsedate_tz(data):
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    if words[0].endswith(',') or words[0].lower() in [d.lower() for d in _DAYS]:
        del words[0]
    else:
        i = words[0].rfind(',')
        if i >= 0:
            words[0] = words[0][i + 1:]
    if len(words) == 3:
        stuff = words[0].split('-')
        if len(stuff) == 3:
            words = stuff + words[1:]
    if len(words) == 4:
        s = words[3]
        i = s.find('+')
        if i == -1:
            i = s.find('-')
        if i > 0:
            words[3:] = [s[:i], s[i:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    words = words[:5]
    dd, mm, yy, tm, tz = words
    if not dd or not mm or not yy:
        return None
    mm = mm.lower()
    if mm not in _MONTHS:
        dd, mm = mm, dd.lower()
        if mm not in _MONTHS:
            return None
    mm = _MONTHS.index(mm) + 1
    if mm > 12:
        mm -= 12
    if dd[-1] == ',':
        dd = dd[:-1]
    i = yy.find(':')
    if i > 0:
        yy, tm = tm, yy
    if yy[-1] == ',':
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm[-1] == ',':
        tm = tm[:-1]
    tm = tm.split(':')
    if len(tm) == 2:
        thh, tmm = tm
        tss = '0'
    elif len(tm) == 3:
        thh, tmm, tss = tm
    elif len(tm) == 1 and '.' in tm[0]:
        tm = tm[0].split('.')
        if len(tm) == 2:
            thh, tmm = tm
            tss = 0
        elif len(tm) == 3:
            thh, tmm, tss = tm
        else:
            return None
    else:
        return None
    try:
        yy = int(yy)
        dd = int(dd)
        thh = int(thh)
        tmm = int(tmm)
        tss = int(tss)
    except ValueError:
        return None
    if yy < 100:
        yy += 1900 if yy > 68 else 2000
    tzoffset = None
    tz = tz.upper()
    if tz in _ZONES:
        tzoffset = _ZONES[tz]
    else:
        try:
            tzoffset = int(tz)
        except ValueError:
            pass
        if tzoffset == 0 and tz.startswith('-'):
            tzoffset = None
    if tzoffset:
        sign = -1 if tzoffset < 0 else 1
        tzoffset = abs(tzoffset)
        tzoffset = sign * ((tzoffset // 100) * 3600 + (tzoffset % 100) * 60)
    return [yy, mm, dd, thh, tmm, tss, 0, 1, -1, tzoffset]


def parsedate(data):
    t = parsedate_tz(data)
    if isinstance(t, tuple):
        return t[:9]
    return t


def mktime_tz(data):
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    return calendar.timegm(data) - data[9]


def parsedate_to_datetime(data):
    parsed = _parsedate_tz(data)
    if parsed is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *dtuple, tz = parsed
    if tz is None:
        return datetime.datetime(*dtuple[:6])
    return datetime.datetime(*dtuple[:6], tzinfo=datetime.timezone(datetime.timedelta(seconds=tz)))


def localtime(dt=None, isdst=-1):
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    return dt.replace(tzinfo=datetime.timezone.utc).astimezone()


def make_msgid(idstring=None, domain=None):
    import os
    import random
    stamp = int(time.time() * 100)
    idstring = '' if idstring is None else '.' + idstring
    if domain is None:
        try:
            import platform
            domain = platform.node() or 'localhost'
        except Exception:
            domain = 'localhost'
    return '<%d.%d.%d%s@%s>' % (stamp, os.getpid(), random.getrandbits(64), idstring, domain)


# --- RFC 2231 ----------------------------------------------------------------------

def decode_rfc2231(s):
    parts = s.split("'", 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    import urllib.parse
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    return "%s'%s'%s" % (charset, language or '', s)


def decode_params(params):
    out = [params[0]]
    pieces = {}
    order = []
    for name, value in params[1:]:
        encoded = name.endswith('*')
        value = unquote(value)
        base = name
        num = None
        bits = name.rstrip('*').split('*')
        if len(bits) == 2 and bits[1].isdigit():
            base, num = bits[0], int(bits[1])
        else:
            base = name.rstrip('*')
        if base not in pieces:
            pieces[base] = []
            order.append(base)
        pieces[base].append((num or 0, value, encoded))
    for base in order:
        parts = sorted(pieces[base], key=lambda p: p[0])
        anyenc = any(p[2] for p in parts)
        if anyenc:
            import urllib.parse
            value = ''.join(p[1] for p in parts)
            charset, lang, v = decode_rfc2231(value)
            out.append((base, (charset, lang, '"%s"' % urllib.parse.unquote(v, encoding='latin-1'))))
        else:
            out.append((base, '"%s"' % ''.join(p[1] for p in parts)))
    return out


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, _lang, raw = value
    raw = unquote(raw)
    try:
        return str(bytes(raw, 'raw-unicode-escape'), charset or fallback_charset, errors)
    except LookupError:
        return raw
