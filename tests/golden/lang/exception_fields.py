# OSError's errno mapping and attributes, the Unicode errors' attributes and messages,
# the OSError aliases and sys.exit's arity, as CPython 3.11.
e = OSError(2, 'nf')
print(type(e).__name__, e, e.errno, e.strerror, e.args, repr(e))
e = OSError(2, 'nf', 'file.txt')
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
e = OSError('just msg')
print(type(e).__name__, e, e.errno, e.args)
for n in [1, 2, 11, 13, 17, 20, 21, 32, 104, 110, 111, 3, 10, 4, 99999]:
    print(n, type(OSError(n, 'x')).__name__)
e = FileNotFoundError(2, 'gone')
print(e, repr(e), e.errno)
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')
print(e, repr(e), e.args, e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeEncodeError('ascii', '\xe9', 0, 1, 'nope')
print(e, e.start, e.end, e.object)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason)
try:
    exit(1, 2)
except TypeError as e:
    print('TypeError', e)
for data, enc in [(b'\xff', 'utf-8'), (b'ab\xe9', 'ascii'), (b'\xe2\x82', 'utf-8'), (b'a\xc3(', 'utf-8')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e, '|', e.args, e.start, e.end)
try:
    'h\xe9llo'.encode('ascii')
except UnicodeEncodeError as e:
    print(e, '|', e.args, e.start, e.end)
print(OSError(2, 'x', None).args, OSError(2, 'x', 'f', None, 'g'), OSError(1, 2, 3, 4, 5, 6).errno)
print(EnvironmentError is OSError, IOError, ConnectionError.__mro__)
try:
    sys.exit(1, 2)
except TypeError as e: print(e)
