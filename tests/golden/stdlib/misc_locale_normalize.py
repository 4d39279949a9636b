# locale.normalize: the alias tables, encoding spellings, modifiers, and gettext.find's
# use of it; random names built from the table's keys are compared with CPython.
import gettext
import locale
import os
import random
import tempfile

cases = ['de', 'xx', 'xx_YY.foo@bar', 'C.UTF-8', 'en', 'fr_FR', 'ja_JP.eucjp', 'sr@latn',
         'en_US.utf8@euro', 'DE', 'de_DE.utf8', 'de@euro', 'de_DE.iso88591@euro',
         'de_DE.iso88592@euro', 'de_DE.cp1252@euro', 'c@euro', 'posix', 'C', 'c', '',
         'de_DE:utf8', 'de_DE.utf8.x', 'de@euro@x', 'de_DE@euro.utf8', 'de_DE.foo',
         'de_DE.437', 'de_DE.u-t-f-8', 'de_DE.utf 8', 'de_DE.ütf8', 'de_DE.__', 'de_DE..utf8',
         'sh@foo', 'sh@latin', 'sh.latin1', 'sh_yu.tis620@latin', 'be_by.foo@latin',
         'sr_yu.utf8@cyrillic', 'sr_yu.foo@cyrillic', 'no@nynorsk', 'universal@ucs4',
         'ks_in@devanagari.utf8', 'ca@valencia', 'english_united-states.437@x', 'ja.jis',
         'zh_cn.GBK', 'iso-8859-15', 'x.', '@', '.', 'de DE']
for name in cases:
    print(repr(name), repr(locale.normalize(name)))

for bad in (None, 3, b'de'):
    try:
        locale.normalize(bad)
    except Exception as e:
        print(type(e).__name__, e)

print(len(locale.locale_alias), len(locale.locale_encoding_alias), len(locale.windows_locale))
print(locale.locale_alias['de'], locale.locale_alias['sr@latn'], locale.locale_encoding_alias['utf8'],
      locale.windows_locale[0x407], type(locale.locale_alias).__name__)
print(list(locale.locale_alias)[:8], list(locale.windows_locale.items())[-3:])

rng = random.Random(11)
keys = sorted(locale.locale_alias)
langs = sorted({k.split('.')[0].split('@')[0] for k in keys}) + ['xx', 'xx_yy', 'De_De']
encodings = ['', 'utf8', 'UTF-8', 'utf_8', 'latin1', 'ISO-8859-1', 'iso8859-15', '885915', 'euc',
             'eucjp', 'ujis', 'sjis', 'jis', 'ascii', 'c', '437', 'koi8r', 'gbk', 'foo', 'foo-bar']
modifiers = ['', 'euro', 'latin', 'latn', 'cyrillic', 'valencia', 'nynorsk', 'foo', 'EURO']
for _ in range(300):
    name = rng.choice(langs)
    if rng.random() < 0.3:
        name = name.upper()
    encoding = rng.choice(encodings)
    if encoding:
        name += rng.choice('.:') + encoding
    modifier = rng.choice(modifiers)
    if modifier:
        name += '@' + modifier
    print(repr(name), repr(locale.normalize(name)))

# gettext.find tries the normalized name, then less specific forms of it.
with tempfile.TemporaryDirectory() as root:
    for variant in ('de_DE.ISO8859-1', 'de_DE', 'de', 'sr_CS.UTF-8@latin', 'sr_CS', 'ja_JP.eucJP'):
        folder = os.path.join(root, variant, 'LC_MESSAGES')
        os.makedirs(folder)
        with open(os.path.join(folder, 'app.mo'), 'wb'):
            pass
    for languages in (['de'], ['de_DE.utf8'], ['sr@latn'], ['ja'], ['xx'], ['de@euro']):
        found = gettext.find('app', root, languages, all=True)
        print(languages, [os.path.relpath(p, root) for p in found])
    print(os.path.relpath(gettext.find('app', root, ['xx', 'de']), root))
