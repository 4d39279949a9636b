"""The codec registry: lookup and CodecInfo, codecs.encode/decode, search functions,
non-text codecs, the encodings package."""
import codecs
import encodings
import encodings.aliases

info = codecs.lookup('UTF8')
print(type(info).__name__, isinstance(info, tuple), len(info), info.name, info[0] is info.encode,
      info[1] is info.decode, info[2] is info.streamreader, info[3] is info.streamwriter)
print(info.incrementalencoder.__name__, info.incrementaldecoder.__name__,
      info.streamreader.__name__, info.streamwriter.__name__)
print(info.encode('\xe9'), info.decode(b'\xc3\xa9'), info.decode(b'\xc3'  b'\xa9', 'strict'))
print(codecs.lookup('utf-8') is codecs.lookup('utf-8'), codecs.lookup('latin_1').name)
for n in ['utf-8', 'latin-1', 'ascii', 'cp1252', 'utf-16', 'utf-32-be', 'unicode-escape']:
    print(n, codecs.getencoder(n)('ab'), codecs.getdecoder(n)('ab'.encode(n)))
    print(issubclass(codecs.getincrementalencoder(n), codecs.IncrementalEncoder),
          issubclass(codecs.getincrementaldecoder(n), codecs.IncrementalDecoder),
          issubclass(codecs.getreader(n), codecs.StreamReader),
          issubclass(codecs.getwriter(n), codecs.StreamWriter))

print(codecs.encode('\xe9'), codecs.decode(b'\xc3\xa9'), codecs.encode('\xe9', 'latin-1'),
      codecs.decode(b'\xe9', encoding='latin-1'), codecs.encode('\xe9', 'ascii', 'replace'),
      ascii(codecs.decode(b'\xff', errors='replace')))
print(codecs.encode(b'abc', 'hex'), codecs.decode(b'616263', 'hex'), codecs.encode(b'abc', 'hex_codec'),
      codecs.encode(b'abc', 'base64'), codecs.decode(b'YWJj\n', 'base64'),
      codecs.encode('abc', 'rot13'), codecs.decode('nop', 'rot_13'), codecs.lookup('rot13').name,
      codecs.lookup('hex').name, codecs.lookup('base64').name)
for f in [lambda: codecs.encode('abc', 'hex'), lambda: codecs.decode(b'61626', 'hex'),
          lambda: codecs.encode(b'abc'), lambda: codecs.decode('abc'),
          lambda: codecs.encode('abc', 1), lambda: codecs.encode('abc', 'ascii', 1),
          lambda: codecs.lookup(1), lambda: codecs.lookup('nope'), lambda: codecs.register(1),
          lambda: 'abc'.encode('rot13'), lambda: b'abc'.decode('hex'),
          lambda: codecs.getincrementaldecoder('nope')]:
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)

seen = []


def search(name):
    seen.append(name)
    if name == 'upper':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)),
                                lambda b, e='strict': (bytes(b).decode().lower(), len(b)),
                                name='upper')
    if name == 'badenc':
        return codecs.CodecInfo(lambda s, e='strict': s, lambda b, e='strict': (b, 1),
                                name='badenc')
    if name == 'badenc2':
        return codecs.CodecInfo(lambda s, e='strict': (s, 1), lambda b, e='strict': (b, 1),
                                name='badenc2')
    if name == 'tup':
        return (1, 2, 3)
    if name == 'bin':
        return codecs.CodecInfo(lambda s, e='strict': (s, 1), lambda b, e='strict': (b, 1),
                                name='bin', _is_text_encoding=False)
    return None


codecs.register(search)
for f in [lambda: 'abc'.encode('upper'), lambda: b'ABC'.decode('Upper'),
          lambda: codecs.encode('abc', 'UPPER'), lambda: codecs.decode(b'ABC', 'upper'),
          lambda: 'abc'.encode('badenc'), lambda: 'abc'.encode('badenc2'),
          lambda: codecs.encode('abc', 'badenc'), lambda: codecs.encode('abc', 'badenc2'),
          lambda: codecs.lookup('tup'), lambda: 'abc'.encode('bin'),
          lambda: codecs.encode('abc', 'bin'), lambda: codecs.lookup('My Enc-X.Y'),
          lambda: 'a'.encode('My  Enc'), lambda: codecs.lookup('upper').name]:
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(seen)
codecs.unregister(search)
try:
    codecs.lookup('upper2')
except LookupError as e:
    print(e)

print(encodings.normalize_encoding('Latin 1'), encodings.normalize_encoding('  utf--8 '),
      encodings.normalize_encoding('x.y-z'))
a = encodings.aliases.aliases
print(len(a) > 300, a['utf8'], a['latin1'], a['u8'], a['cp819'], a['646'], a['1252'],
      a['ibm437'], a['koi8_r'] if 'koi8_r' in a else None, sorted(a)[:5])


class MyInfo(codecs.CodecInfo):
    pass


i = MyInfo(None, None, name='mine')
print(i.name, i.incrementalencoder, i._is_text_encoding, type(i).__name__)
print(codecs.Codec().encode.__name__, issubclass(codecs.StreamReaderWriter, object))
try:
    codecs.Codec().encode('x')
except NotImplementedError:
    print('NotImplementedError')
print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: 2, 3: 2}))
