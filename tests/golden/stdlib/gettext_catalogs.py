# gettext .mo reading in detail (headers with continuation lines and msgcat separators,
# charsets, plural entries, unsorted files, truncated and corrupt files, version 1.x,
# big-endian), custom catalog classes, fallback chains, translation()'s cache and
# copies, find() with territories, 'C' and the environment, install() names.
import builtins
import gc
import gettext
import io
import os
import struct
import sys
import tempfile


def mo_bytes(entries, order='<', version=0, sort=True, trim=0):
    if sort:
        entries = sorted(entries)
    count = len(entries)
    start = 28 + 16 * count
    ids = strs = b''
    table = []
    for key, _ in entries:
        table.append((len(key), start + len(ids)))
        ids += key + b'\0'
    for _, value in entries:
        table.append((len(value), start + len(ids) + len(strs)))
        strs += value + b'\0'
    out = struct.pack(order + '7I', 0x950412de, version, count, 28, 28 + 8 * count, 0, 0)
    for length, offset in table:
        out += struct.pack(order + '2I', length, offset)
    out += ids + strs
    return out[:len(out) - trim]


def load(data, cls=gettext.GNUTranslations):
    try:
        t = cls(io.BytesIO(data))
    except Exception as e:
        print('  %s: %s' % (type(e).__name__, e))
        return None
    print(' ', sorted(t._catalog.items(), key=repr), t.info(), t.charset(), t.plural(2))
    return t


print('headers')
load(mo_bytes([(b'', b'Content-Type: text/plain; charset=latin-1\n#-#-#-#-#  a.po  #-#-#-#-#\n'
                     b'X-Foo: a:b\n  continued\nPlural-Forms: nplurals=2; plural=n>1;\n'),
               (b'caf\xe9', b'\xe9t\xe9')]))
load(mo_bytes([(b'', b'no colon first\nKey:v\nmore\n :empty key\nafter empty\n')]))
load(mo_bytes([(b'', b'content-type: text/plain; charset=UTF-8\nPLURAL-FORMS: nplurals=2; plural=n==1?0:1\n'),
               (b'\xc3\xa9', b'\xc3\xa8')]))
load(mo_bytes([(b'', b'Content-Type: text/plain\n')]))
load(mo_bytes([(b'', b'Plural-Forms: nplurals=2\n')]))
load(mo_bytes([(b'', b'Plural-Forms: nplurals=2; plural=n +;\n')]))
load(mo_bytes([(b'', b'Content-Type: text/plain; charset=bogus\n'), (b'a', b'x')]))
load(mo_bytes([(b'', b'Content-Type: text/plain; charset=UTF-8\n'), (b'\xff', b'x')]))

print('entries')
load(mo_bytes([(b'a\0b\0c', b'x\0y')]))
load(mo_bytes([(b'a\0b', b'x\0y\0z'), (b'k', b'x\0y')]))
load(mo_bytes([(b'\xe9', b'x')]))
# unsorted: an entry before the header is decoded as ASCII, later ones by the charset
load(mo_bytes([(b'z', b'zed'), (b'', b'Content-Type: text/plain; charset=UTF-8\n'),
               (b'y', b'\xc3\xbf')], sort=False))
load(mo_bytes([(b'k', b'v')], order='>', version=0x10005))

print('damaged')
for data in (b'', b'\xde\x12', b'\xde\x12\x04\x95' + bytes(8), b'\x12\x34\x56\x78' + bytes(24),
             struct.pack('<7I', 0x950412de, 0, 2, 28, 36, 0, 0),
             struct.pack('<7I', 0x950412de, 0x20000, 0, 28, 36, 0, 0),
             mo_bytes([(b'k', b'v')], trim=1), mo_bytes([(b'k', b'v')], trim=2)):
    load(data)


class Upper(gettext.NullTranslations):
    def _parse(self, fp):
        self._info = {'lines': 0}
        self.table = {}
        for line in fp:
            key, value = line.split('=')
            self.table[key] = value.strip()
            self._info['lines'] += 1

    def gettext(self, message):
        if message in self.table:
            return self.table[message]
        return super().gettext(message)


print('classes')
u = Upper(io.StringIO('hi=HELLO\nbye=BYE\n'))
print(u.info(), u.gettext('hi'), u.gettext('other'), u.charset())
u.add_fallback(gettext.GNUTranslations(io.BytesIO(mo_bytes([(b'other', b'OTHER'), (b'x\0xs', b'X\0XS')]))))
u.add_fallback(Upper(io.StringIO('third=3\n')))
print(u.gettext('other'), u.gettext('third'), u.ngettext('x', 'xs', 1), u.ngettext('x', 'xs', 4),
      u.ngettext('q', 'qs', 1), u.pgettext('c', 'hi'), u.npgettext('c', 'a', 'b', 2))
print(type(u._fallback).__name__, type(u._fallback._fallback).__name__)
n = gettext.NullTranslations()
print(n.ngettext('a', 'b', '1'), n.ngettext('a', 'b', 1.0), n.npgettext('c', 'a', 'b', True),
      vars(n), gettext.NullTranslations(None).info())
g = gettext.GNUTranslations(io.BytesIO(mo_bytes([])))
print(sorted(vars(g)), g.gettext('x'), g.ngettext('x', 'y', 2), g.ngettext('x', 'y', '2'))
print(gettext.GNUTranslations.LE_MAGIC, gettext.GNUTranslations.BE_MAGIC, gettext.GNUTranslations.VERSIONS)
print(gc.is_tracked(g), gc.is_tracked(g._catalog))

print('install')
g = gettext.GNUTranslations(io.BytesIO(mo_bytes([(b'a', b'A'), (b'c\x04a', b'CA')])))
g.install(names='ngettext')
print(builtins._('a'), hasattr(builtins, 'ngettext'), hasattr(builtins, 'gettext'))
g.install(names=('gettext', 'pgettext', 'npgettext', 'lgettext'))
print(builtins.gettext('a'), builtins.pgettext('c', 'a'), builtins.npgettext('c', 'a', 'b', 3),
      hasattr(builtins, 'lgettext'))
del builtins._, builtins.gettext, builtins.pgettext, builtins.npgettext

with tempfile.TemporaryDirectory() as d:
    def put(lang, domain, entries):
        folder = os.path.join(d, lang, 'LC_MESSAGES')
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, domain + '.mo'), 'wb') as f:
            f.write(mo_bytes(entries))

    def rel(found):
        if isinstance(found, list):
            return [os.path.relpath(p, d) for p in found]
        return found and os.path.relpath(found, d)

    put('xx_YY', 'app', [(b'hello', b'xx_YY hello')])
    put('xx', 'app', [(b'hello', b'xx hello'), (b'bye', b'xx bye')])
    put('zz', 'app', [(b'only', b'zz only')])
    put('zz', 'other', [(b'hello', b'other hello')])
    print('find')
    print(rel(gettext.find('app', d, ['xx_YY'])), rel(gettext.find('app', d, ['xx_YY'], all=True)))
    print(rel(gettext.find('app', d, ['qq', 'xx_YY', 'zz', 'xx'], all=True)))
    print(rel(gettext.find('app', d, ['C', 'xx'], all=True)), rel(gettext.find('app', d, ['zz', 'C', 'xx'], True)))
    print(rel(gettext.find('app', d, [])), rel(gettext.find('app', d, [], all=True)))
    for env in ({'LANGUAGE': 'zz:xx', 'LANG': 'xx'}, {'LC_ALL': 'xx_YY'}, {'LC_MESSAGES': 'zz', 'LANG': 'xx'},
                {'LANG': 'xx'}, {'LANGUAGE': '', 'LANG': 'zz'}, {'LANGUAGE': 'C:xx'}, {}):
        for name in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            os.environ.pop(name, None)
        os.environ.update(env)
        print(' ', env, rel(gettext.find('app', d, all=True)))

    print('translation')
    os.environ['LANGUAGE'] = 'xx_YY:zz'
    t = gettext.translation('app', d)
    print(t.gettext('hello'), t.gettext('bye'), t.gettext('only'), t.gettext('none'))
    chain = []
    link = t
    while link is not None:
        chain.append(sorted(link._catalog))
        link = link._fallback
    print(chain)
    again = gettext.translation('app', d)
    print(again is t, again._catalog is t._catalog, again._fallback is t._fallback)
    print(sys.getrefcount(t._catalog) - sys.getrefcount(again._fallback._catalog))
    up = gettext.translation('app', d, class_=Upper, fallback=True, languages=['nope'])
    print(type(up).__name__)
    try:
        gettext.translation('app', d, languages=['nope'])
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename, e)
    print(type(gettext.Catalog('app', d, languages=['zz'])).__name__)
    gettext.install('other', d)
    print(builtins._('hello'))
    del builtins._

    print('domains')
    print(gettext.bindtextdomain('other', d) == d, gettext.bindtextdomain('other') == d)
    print(gettext.dgettext('other', 'hello'), gettext.dgettext('missing', 'hello'),
          gettext.dngettext('missing', 'a', 'b', 1), gettext.dngettext('missing', 'a', 'b', 2),
          gettext.dpgettext('missing', 'c', 'm'), gettext.dnpgettext('missing', 'c', 'a', 'b', 0))
    print(gettext.textdomain(), gettext.textdomain(None), gettext.textdomain('other'))
    print(gettext.gettext('hello'), gettext.ngettext('a', 'b', 2), gettext.pgettext('c', 'hello'),
          gettext.npgettext('c', 'a', 'b', 1))
    gettext.textdomain('messages')
    for name in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
        os.environ.pop(name, None)
