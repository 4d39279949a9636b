# Random URLs (seeded) through every splitting, joining and quoting function,
# str and bytes, with the results' accessors and the errors they raise.
import random
from urllib import parse

rng = random.Random(20240611)
PIECES = ['http', 'HTTPS', 'ftp', 'mailto', 'file', 'svn+ssh', 'x-y', '1a', ':', '//', '/',
          '?', '#', ';', '@', '[', ']', '::1', 'v1.x', '10.0.0.1', 'user', 'pw', 'host',
          'Ex.COM', '%', '%41', '%zz', '%e2%82%ac', '+', '=', '&', '.', '..', 'a b', '\t',
          '\n', ' ', 'é', '€', '80', ':99999', ':0x1', 'p=1', 'q', '', '%00']


def show(label, func, *args, **kw):
    try:
        result = func(*args, **kw)
    except Exception as exc:
        result = '%s: %s' % (type(exc).__name__, exc)
    print(label, repr(result))


def accessors(res):
    out = []
    for name in ('username', 'password', 'hostname', 'port'):
        try:
            out.append(getattr(res, name))
        except ValueError as exc:
            out.append('ValueError: %s' % exc)
    return out


bases = ['http://a/b/c/d;p?q', 'ftp://h/x/', 'file:///tmp/f', 'mailto:x@y', '', 'rel/path']
for i in range(120):
    if i % 3 == 0:
        url = ''.join(rng.choice(PIECES) for _ in range(rng.randint(1, 7)))
    else:
        url = (rng.choice(['http', 'HTTPS', 'ftp', 'mailto', 'sip', 'x+y', '', ' http'])
               + rng.choice([':', '://', '://', ':/', '']) + rng.choice(['', 'user@', 'u:pw@', '@', 'a@b@'])
               + rng.choice(['host', 'Ex.COM', '[::1]', '[v1.x]', '[10.0.0.1]', '[FE80::1%25Eth0]',
                             '[', 'h]', 'é.com', '\u2100', '[zz]', '[::1'])
               + rng.choice(['', ':80', ':99999', ':0x1', ':', ':-1', ':٣'])
               + rng.choice(['', '/', '/a/b', '/a/../b/./c', 'p;x', '/p;q=1/r;s'])
               + rng.choice(['', '?', '?a=1&b=2', '?a=1;b', '?x=%20+y&&z'])
               + rng.choice(['', '#', '#frag', '#f?g']))
    print('--', repr(url))
    show('split', parse.urlsplit, url)
    show('parse', parse.urlparse, url, 'dflt', rng.random() < 0.5)
    try:
        sp = parse.urlsplit(url)
        print('  geturl', repr(sp.geturl()), accessors(sp))
        print('  unparse', repr(parse.urlunparse(parse.urlparse(url))))
    except ValueError as exc:
        print('  ValueError', exc)
    show('join', parse.urljoin, rng.choice(bases), url)
    show('defrag', parse.urldefrag, url)
    show('quote', parse.quote, url, rng.choice(['/', '', ':@', b'?']))
    show('quote_plus', parse.quote_plus, url)
    show('unquote', parse.unquote, url)
    show('unquote_plus', parse.unquote_plus, url, 'latin-1')
    show('unquote_to_bytes', parse.unquote_to_bytes, url)
    show('qsl', parse.parse_qsl, url, rng.random() < 0.5)
    show('qs', parse.parse_qs, url, True, False, 'utf-8', 'replace', None, rng.choice('&;'))
    if url.isascii():
        b = url.encode()
        show('bsplit', parse.urlsplit, b)
        show('bjoin', parse.urljoin, b'http://h/a/b', b)
        show('bqsl', parse.parse_qsl, b, True)
        show('bunq', parse.unquote_to_bytes, b)
