"""str.encode / bytes.decode over CPython's common codecs: round trips, names, BOMs."""
import codecs

TEXTS = ["", "abc", "caf\xe9", "\u20ac100", "\U0001f600 smile", "a\x00b\n\t\\'\"",
         "\u0100\u0101\uffff\U0010ffff", "\xff\xfe\x80"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
             "utf-32-le", "utf-32-be", "unicode_escape", "raw_unicode_escape"]
for enc in ENCODINGS:
    for t in TEXTS:
        b = t.encode(enc)
        back = b.decode(enc)
        print(enc, ascii(t), b, back == t, str(b, enc) == t, bytearray(b).decode(enc) == t)

for enc in ["ascii", "latin-1", "cp1252", "cp437", "cp850", "cp1251", "koi8-r", "iso8859-15",
            "mac-roman", "cp037"]:
    data = bytes(range(256))
    text = data.decode(enc, "replace")
    print(enc, ascii(text[120:140]), len(text), text.encode(enc, "replace") == data)
    print(enc, "abc\xe9\u20ac\u0416".encode(enc, "replace"))

print('a'.encode('utf-16'), 'a'.encode('utf-32'), 'a'.encode('utf-8-sig'))
print(b'\xff\xfea\x00'.decode('utf-16'), b'\xfe\xff\x00a'.decode('utf-16'),
      ascii(b'\xff\xfe\xff\xfea\x00'.decode('utf-16')), ascii(b'a\x00'.decode('utf-16')))
print(ascii(b'\xef\xbb\xbfa\xef\xbb\xbf'.decode('utf-8-sig')), b'abc'.decode('utf-8-sig'),
      ascii(b'\xef\xbb\xbfa'.decode('utf-8')))
print(ascii(b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32')),
      ascii(b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32')))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM, codecs.BOM_UTF16, codecs.BOM_UTF32, codecs.BOM_LE,
      codecs.BOM_BE, codecs.BOM32_LE, codecs.BOM64_BE)

NAMES = ['utf8', 'UTF-8', 'U8', 'utf_8', 'UTF', 'cp65001', 'latin_1', 'L1', 'cp819', 'Latin-1',
         'iso-8859-1', 'iso8859_1', '8859', 'utf-16', 'utf_16le', 'UTF-16BE', 'U16', 'utf32',
         'UTF_32LE', 'cp1252', 'windows-1252', '437', 'IBM437', 'ascii', 'us_ascii', '646',
         'cp367', 'ANSI_X3.4-1968', 'unicode_escape', 'raw-unicode-escape', 'utf_8_sig',
         'utf-8-sig', 'latin 1', 'utf 8', 'Utf--8', ' utf8 ', 'utf.8', 'utf-8.', 'koi8_r',
         'KOI8-U', 'cp1251', 'windows_1251', 'macroman', 'mac-roman', 'iso8859-15', 'latin9',
         'l9', 'cp850', '850', 'cp037', 'ebcdic-cp-us', 'no-such-codec', '', 'utf-8\x00']
for n in NAMES:
    try:
        print(repr(n), codecs.lookup(n).name, 'x'.encode(n), b'x'.decode(n))
    except LookupError as e:
        print(repr(n), type(e).__name__, e)
    except ValueError as e:
        print(repr(n), type(e).__name__)

# bytes()/bytearray()/str() constructors go through the same codecs
print(bytes('h\xe9', 'latin-1'), bytearray('h\xe9', 'utf-16-be'), str(b'h\xe9', 'cp1252'),
      str(bytearray(b'h\xc3\xa9'), 'utf-8'), str(memoryview(b'abc'), 'ascii'),
      str(b'a\xffb', 'ascii', 'replace'), str(b'a\xffb', errors='ignore'))
for f in [lambda: 'ab'.encode(1), lambda: 'ab'.encode('utf-8', 1), lambda: b'ab'.decode(1),
          lambda: b'ab'.decode('utf-8', 1), lambda: str(b'ab', 1), lambda: bytes('ab', 1),
          lambda: bytearray('ab', 1), lambda: str(b'ab', 'ascii', 1),
          lambda: bytes('ab', 'ascii', 1), lambda: 'ab'.encode('nope'),
          lambda: b'ab'.decode('nope'), lambda: str(b'ab', 'nope'), lambda: str('ab', 'utf-8'),
          lambda: str(1, 'utf-8'), lambda: 'ab'.encode('utf-8', None), lambda: str(b'', None),
          lambda: str.encode(b'x'), lambda: 'ab'.encode('rot13'), lambda: b'ab'.decode('hex'),
          lambda: b'ab'.decode('base64')]:
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)
print('abc'.encode(encoding='ascii', errors='strict'), b'abc'.decode(encoding='latin-1'))
