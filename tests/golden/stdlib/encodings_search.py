# encodings: normalize_encoding, search_function (case-sensitive, cached), aliases,
# CodecRegistryError.
import codecs
import encodings
import encodings.aliases

for s in ['Latin 1', '  utf--8 ', 'x.y-z', 'ÄbcÖ d', 'a..b', '__x__', b'UTF 8', '', 'é1',
          'a é b', 'a\u0660b', '1-2', 'A_B', '-.-', 'utf_8_sig', 'ISO 8859/1']:
    print(repr(s), repr(encodings.normalize_encoding(s)))
for bad in [3, b'\xff', None]:
    try:
        encodings.normalize_encoding(bad)
    except Exception as e:
        print(type(e).__name__, e)

for s in ['latin1', 'nope', 'UTF8', 'utf8', 'utf-8', 'utf_8', 'latin_1', 'iso8859_15', 'cp1252',
          'U8', 'hex', 'base64', 'rot13', 'rot_13', 'Latin-1', 'ascii', 'us_ascii', 'us-ascii',
          '646', 'utf-16-le', 'utf_32', 'koi8_r', '']:
    r = encodings.search_function(s)
    print(repr(s), r if r is None else (r.name, type(r).__name__, r is encodings.search_function(s),
                                        r == codecs.lookup(s)))
print(codecs.lookup('UTF8').name, codecs.lookup('Latin-1').name)

E = encodings.CodecRegistryError
print([c.__name__ for c in E.__mro__], E.__module__)
try:
    raise E('bad codec')
except LookupError as e:
    print(type(e).__name__, e, isinstance(e, SystemError))

a = encodings.aliases.aliases
print(type(a).__name__, a['latin1'], a['utf8'], a['u8'], a['646'], a['cp819'], a.get('utf_8'))
print(all(k == k.lower() for k in a), 'ascii' in a.values())
print(encodings.aliases is __import__('encodings.aliases').aliases)
