"""Unicode errors and error handlers: messages, attributes, every builtin handler, and
custom handlers registered with codecs.register_error."""
import codecs


def show(f):
    try:
        r = f()
        print(ascii(r))
    except (UnicodeEncodeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e, '|', e.encoding, ascii(e.object), e.start, e.end, e.reason)
    except Exception as e:
        print(type(e).__name__, e)


HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
            'namereplace', 'surrogateescape', 'surrogatepass', 'nosuchhandler']
for h in HANDLERS:
    print('--', h)
    for enc in ['ascii', 'latin-1', 'cp1252', 'cp437', 'iso8859-15']:
        show(lambda: 'a\xe9\u20ac\U0001f600\u0416z\x00'.encode(enc, h))
        show(lambda: 'plain'.encode(enc, h))
    for enc in ['utf-8', 'ascii', 'cp1252', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32',
                'unicode_escape', 'raw_unicode_escape']:
        if h.startswith('surrogate'):
            # refpy's str cannot hold the lone surrogates these would decode to
            continue
        show(lambda: b'a\xff\x81\xc3b\x00\xd8\x00'.decode(enc, h))
        show(lambda: b'ok'.decode(enc, h))

# UTF-8: the reasons and ranges of CPython's decoder
for data in [b'\x80', b'\xc2', b'\xc2A', b'\xe2\x82', b'\xe2\x82A', b'\xe0\x80\x80', b'\xed\xa0\x80',
             b'\xf0\x90\x80', b'\xf4\x90\x80\x80', b'\xf5', b'\xff\xfe', b'a\xc3\xa9\xe2',
             b'\xf0\x9f\x98', b'\xf0\x9f\x98\x80\xf0']:
    show(lambda: data.decode('utf-8'))
    show(lambda: data.decode('utf-8', 'replace'))
    show(lambda: data.decode('utf-8', 'backslashreplace'))

# UTF-16/32
for data in [b'\x00', b'\x00\xd8', b'\x00\xd8a', b'\x00\xdc\x00\x00', b'\x00\xd8\x00\x00',
             b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00\x41\x00']:
    for enc in ['utf-16', 'utf-16-be', 'utf-32', 'utf-32-be']:
        show(lambda: data.decode(enc))

# exceptions made by hand
e = UnicodeEncodeError('ascii', 'abc\xe9', 3, 4, 'ordinal not in range(128)')
print(e, e.args, e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeEncodeError('ascii', 'abc\xe9', 1, 3, 'bad')
print(e)
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(e, e.args, e.object)
e = UnicodeDecodeError('utf-8', bytearray(b'\xff\xfe'), 0, 2, 'bad')
print(e, type(e.object).__name__)
print(issubclass(UnicodeEncodeError, UnicodeError), issubclass(UnicodeError, ValueError))

# the builtin handlers as functions
print(codecs.lookup_error('strict') is codecs.strict_errors,
      codecs.lookup_error('replace') is codecs.replace_errors,
      codecs.lookup_error('ignore') is codecs.ignore_errors)
enc_err = UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600b', 1, 4, 'r')
dec_err = UnicodeDecodeError('ascii', b'a\xe9\x80b', 1, 3, 'r')
tr_err = UnicodeTranslateError('a\xe9\u20acb', 1, 3, 'r')
for name in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
             'strict', 'surrogateescape', 'surrogatepass']:
    f = codecs.lookup_error(name)
    print(name, f.__name__)
    for exc in [enc_err, dec_err, tr_err, ValueError('v'), 1]:
        if name == 'surrogateescape' and exc is dec_err:
            continue  # would decode to lone surrogates, which refpy's str cannot hold
        show(lambda: f(exc))
show(lambda: codecs.replace_errors(UnicodeEncodeError('ascii', 'abc', -5, 10, 'r')))
show(lambda: codecs.lookup_error('nope'))
show(lambda: codecs.lookup_error(1))
show(lambda: codecs.register_error('x', 1))
show(lambda: codecs.register_error(1, print))


# custom handlers
def tag(e):
    print('  handler got', type(e).__name__, e.encoding, ascii(e.object), e.start, e.end, e.reason)
    return ('<%d:%d>' % (e.start, e.end), e.end)


codecs.register_error('test.tag', tag)
show(lambda: 'a\xe9\xe9b\u20ac'.encode('ascii', 'test.tag'))
show(lambda: 'a\u0100b'.encode('cp1252', 'test.tag'))
show(lambda: b'a\xff\xfeb\xc3'.decode('utf-8', 'test.tag'))
show(lambda: b'a\x81b'.decode('cp1252', 'test.tag'))
show(lambda: b'a\x00\x00\xd8'.decode('utf-16-le', 'test.tag'))
show(lambda: b'\\x4'.decode('unicode_escape', 'test.tag'))
codecs.register_error('test.bytes', lambda e: (b'[%d]' % e.start, e.end))
show(lambda: 'a\xe9b'.encode('ascii', 'test.bytes'))
show(lambda: b'a\xe9b'.decode('ascii', 'test.bytes'))
codecs.register_error('test.nonascii', lambda e: ('\xe9', e.end))
show(lambda: 'a\u20acb'.encode('ascii', 'test.nonascii'))
show(lambda: 'a\u20acb'.encode('latin-1', 'test.nonascii'))
codecs.register_error('test.far', lambda e: ('x', 100))
show(lambda: 'a\xe9b'.encode('ascii', 'test.far'))
show(lambda: b'a\xe9b'.decode('ascii', 'test.far'))
codecs.register_error('test.neg', lambda e: ('x', -1))
show(lambda: 'a\xe9bc'.encode('ascii', 'test.neg'))
show(lambda: b'a\xe9bc'.decode('ascii', 'test.neg'))
codecs.register_error('test.skip', lambda e: ('', e.end + 1))
show(lambda: 'a\xe9bcd'.encode('ascii', 'test.skip'))
codecs.register_error('test.back', lambda e: ('?', e.start - 1 if e.start > 5 else e.end))
show(lambda: 'abcd\xe9f'.encode('ascii', 'test.back'))
for bad in ['x', ('x',), (1, 2), ('x', 2, 3), ('x', 2.0), None]:
    codecs.register_error('test.bad', lambda e, bad=bad: bad)
    show(lambda: 'a\xe9b'.encode('ascii', 'test.bad'))
    show(lambda: b'a\xe9b'.decode('ascii', 'test.bad'))


def boom(e):
    raise KeyError('boom')


codecs.register_error('test.boom', boom)
show(lambda: 'a\xe9'.encode('ascii', 'test.boom'))
show(lambda: codecs.encode('a\xe9', 'ascii', 'test.boom'))
show(lambda: codecs.decode(b'a\xe9', 'ascii', 'test.boom'))
codecs.register_error('test.replace', codecs.replace_errors)
show(lambda: 'a\xe9'.encode('ascii', 'test.replace'))
print(codecs.lookup_error('test.replace') is codecs.replace_errors)
