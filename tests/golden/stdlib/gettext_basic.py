# gettext: NullTranslations, GNUTranslations from .mo files written here with struct
# (both byte orders, plural forms, contexts, fallbacks), translation()/find()/install(),
# the GNU API with bindtextdomain/textdomain, c2py.
import builtins
import gettext
import os
import struct
import tempfile
import warnings


def write_mo(path, entries, order='<', header=None):
    """entries: list of (msgid bytes, msgstr bytes) pairs; sorted by msgid as msgfmt does."""
    if header is not None:
        entries = [(b'', header)] + entries
    entries = sorted(entries)
    n = len(entries)
    orig_at = 28
    trans_at = orig_at + 8 * n
    data_at = trans_at + 8 * n
    ids = strs = b''
    orig_table, trans_table = [], []
    for k, v in entries:
        orig_table.append((len(k), data_at + len(ids)))
        ids += k + b'\0'
    base = data_at + len(ids)
    for k, v in entries:
        trans_table.append((len(v), base + len(strs)))
        strs += v + b'\0'
    magic = 0x950412de
    out = struct.pack(order + '7I', magic, 0, n, orig_at, trans_at, 0, 0)
    for l, o in orig_table:
        out += struct.pack(order + '2I', l, o)
    for l, o in trans_table:
        out += struct.pack(order + '2I', l, o)
    out += ids + strs
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(out)


HEADER = (b'Project-Id-Version: test 1.0\nContent-Type: text/plain; charset=UTF-8\n'
          b'Plural-Forms: nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : '
          b'n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;\n'
          b'Last-Translator: Someone\n  continued line\n')
ENTRIES = [(b'Hello', b'Cze\xc5\x9b\xc4\x87'), (b'apple\0apples', b'jab\xc5\x82ko\0jab\xc5\x82ka\0jab\xc5\x82ek'),
           (b'menu\x04Open', b'Otw\xc3\xb3rz'), (b'menu\x04file\0files', b'plik\0pliki\0plik\xc3\xb3w'),
           (b'only plural\0plurals', b'P0\0P1\0P2')]

n = gettext.NullTranslations()
print(n.gettext('x'), n.ngettext('a', 'b', 1), n.ngettext('a', 'b', 2), n.pgettext('c', 'm'),
      n.npgettext('c', 's', 'p', 0), n.info(), n.charset())

with tempfile.TemporaryDirectory() as d:
    for order, lang in (('<', 'pl'), ('>', 'cs')):
        write_mo(os.path.join(d, lang, 'LC_MESSAGES', 'app.mo'), ENTRIES, order, HEADER)
    write_mo(os.path.join(d, 'de', 'LC_MESSAGES', 'app.mo'),
             [(b'Hello', b'Hallo'), (b'Bye', b'Tsch\xc3\xbcss')],
             header=b'Content-Type: text/plain; charset=UTF-8\n')
    for lang in ('pl', 'cs'):
        with open(os.path.join(d, lang, 'LC_MESSAGES', 'app.mo'), 'rb') as f:
            t = gettext.GNUTranslations(f)
        print(lang, t.gettext('Hello'), t.gettext('Missing'), t.charset())
        print(sorted(t.info().items()))
        print([t.ngettext('apple', 'apples', k) for k in (0, 1, 2, 5, 11, 21, 22, 112)])
        print(t.pgettext('menu', 'Open'), t.pgettext('menu', 'Close'), t.pgettext('x', 'Hello'))
        print([t.npgettext('menu', 'file', 'files', k) for k in (1, 3, 5)], t.npgettext('m', 'a', 'b', 2))
        print(t.gettext('only plural'), t.ngettext('zz', 'zzs', 1), t.ngettext('zz', 'zzs', 3))
        print(sorted(t._catalog.items(), key=repr)[:3], t.plural(3))

    t = gettext.translation('app', d, languages=['pl'])
    print(type(t).__name__, t.gettext('Hello'), t.gettext('Bye'))
    t2 = gettext.translation('app', d, languages=['xx', 'pl', 'de'])
    print(t2.gettext('Hello'), t2.gettext('Bye'), t2.ngettext('Bye', 'Byes', 2))
    print(t2._fallback is not None, type(t2._fallback).__name__)
    t3 = gettext.translation('app', d, languages=['pl'])
    print(t3 is t, t3._catalog is t._catalog)
    print(os.path.relpath(gettext.find('app', d, ['de']), d), gettext.find('app', d, ['xx']))
    print([os.path.relpath(p, d) for p in gettext.find('app', d, ['pl', 'de'], all=True)])
    print(gettext.find('app', d, ['C', 'pl']), gettext.find('nope', d, ['pl'], all=True))
    try:
        gettext.translation('nope', d, languages=['pl'])
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror, e.filename, e)
    nt = gettext.translation('nope', d, languages=['pl'], fallback=True)
    print(type(nt).__name__, nt.gettext('Hello'))
    nt.add_fallback(gettext.translation('app', d, languages=['de']))
    nt.add_fallback(gettext.translation('app', d, languages=['pl']))
    print(nt.gettext('Hello'), nt.gettext('apple'), nt.ngettext('apple', 'apples', 5))

    os.environ['LANGUAGE'] = 'de:pl'
    t4 = gettext.translation('app', d)
    print(t4.gettext('Hello'), t4.gettext('apple'))
    gettext.install('app', d)
    print(builtins._('Bye'))
    t4.install(names=['ngettext', 'pgettext', 'bogus'])
    print(builtins.ngettext('apple', 'apples', 2), builtins.pgettext('menu', 'Open'))
    del builtins._, builtins.ngettext, builtins.pgettext

    print(gettext.textdomain(), gettext.bindtextdomain('app', d) == d, gettext.textdomain('app'))
    print(gettext.gettext('Hello'), gettext.ngettext('apple', 'apples', 2), gettext.pgettext('menu', 'Open'),
          gettext.npgettext('menu', 'file', 'files', 2))
    print(gettext.dgettext('app', 'Bye'), gettext.dgettext('other', 'Bye'),
          gettext.dngettext('other', 'a', 'b', 1), gettext.dngettext('other', 'a', 'b', 7),
          gettext.dpgettext('other', 'c', 'm'), gettext.dnpgettext('other', 'c', 's', 'p', 2))
    gettext.textdomain('messages')

    bad = os.path.join(d, 'bad.mo')
    for content in (b'\x00' * 28, struct.pack('<7I', 0x950412de, 5 << 16, 0, 28, 28, 0, 0),
                    struct.pack('<7I', 0x950412de, 0, 1, 28, 36, 0, 0) + struct.pack('<4I', 100, 44, 0, 44)):
        with open(bad, 'wb') as f:
            f.write(content)
        try:
            with open(bad, 'rb') as f:
                gettext.GNUTranslations(f)
        except OSError as e:
            print('OSError', e.errno, e.strerror, os.path.basename(e.filename))

for expr in ['n != 1', 'n>1', '0', 'n==1 ? 0 : n==2 ? 1 : 2', '(n%10==1 && n%100!=11) ? 0 : 1', '!n',
             'n == 1 == 1', 'n < 2 < 3', 'n && 5', 'n || 0', 'n/2', '(' * 22 + 'n' + ')' * 22,
             '1 +', '(n', 'n)', 'n n', 'n ? 1', '', 'm', 'n + !n * 2', 'n ~ 1', '1n', 'x' * 1001]:
    try:
        f = gettext.c2py(expr)
        print(repr(expr[:40]), [f(k) for k in (0, 1, 2, 3, 11, 22)])
    except (ValueError, SyntaxError) as e:
        print(repr(expr[:40]), type(e).__name__, e)
f = gettext.c2py('n != 1')
try:
    f('3')
except TypeError as e:
    print('TypeError', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(f(1.0), f(2.5))
    print([(x.category.__name__, str(x.message)) for x in w])
print(gettext.__all__)
print(gettext.Catalog is gettext.translation, gettext.GNUTranslations.CONTEXT == '%s\x04%s')
