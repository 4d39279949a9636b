# plistlib, XML format: the exact text dumps() writes, escaping, base64 line widths,
# errors, and loads() of hand-written documents (odd elements, errors, line numbers).
import datetime
import io
import os
import plistlib
import tempfile
from collections import OrderedDict


def attempt(func, *args, **kw):
    try:
        r = func(*args, **kw)
        print(r.decode() if isinstance(r, bytes) and r.startswith(b'<?xml') else repr(r))
    except Exception as e:
        print('EXC', type(e).__name__, e)


d = {'s': 'hi <&>', 'i': 5, 'neg': -3, 'f': 1.5, 'b': True, 'n': False, 'by': b'\x00\x01data' * 10,
     'dt': datetime.datetime(2020, 1, 2, 3, 4, 5), 'l': [1, 'a', {}], 'e': {}, 'el': [],
     'nested': {'x': {'y': [1.0, 2]}}, 'big': 2 ** 63, 'bb': bytearray(b'ab'), 'tup': (1, 2)}
attempt(plistlib.dumps, d)
attempt(plistlib.dumps, d, sort_keys=False)
for v in [[], 'x', float('inf'), float('nan'), -float('inf'), 0.1, 1e100, -0.0, 1e16, 2 ** 64 - 1,
          2 ** 64, -2 ** 63 - 1, -2 ** 63, b'', b'a' * 100, {'a': None}, None, {1: 2},
          plistlib.UID(3), datetime.date(2020, 1, 1), '\x00', 'é\n\r\ttab\r\n', ']]>', '\x0c', set(),
          datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc),
          datetime.datetime(2020, 1, 1, 1, 1, 1, 999), datetime.datetime(5, 6, 7), {'a\x01': 1},
          {'<k>': '\x7f\x85\u2028'}]:
    attempt(plistlib.dumps, v)
attempt(plistlib.dumps, {1: 2, 'a': 1}, skipkeys=True)
attempt(plistlib.dumps, {1: 2, 'a': 1}, skipkeys=True, sort_keys=False)
attempt(plistlib.dumps, 1, fmt=None)
attempt(plistlib.dumps, 1, fmt='xml')
attempt(plistlib.dumps, 1, fmt=plistlib.FMT_XML)
v = b'0123456789' * 12
for depth in range(0, 10):
    x = v
    for _ in range(depth):
        x = [x]
    lines = [l for l in plistlib.dumps(x).decode().split('\n') if l.strip() and '<' not in l]
    print(depth, [len(l.strip()) for l in lines], repr(lines[0][:12]))

H = (b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN"'
     b' "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n')
for body in [b'<string>a</string>', b'<string></string>', b'<string/>', b'<integer>0x1F</integer>',
             b'<integer> 12 </integer>', b'<integer>-0x10</integer>', b'<integer>1.5</integer>',
             b'<integer></integer>', b'<integer>123456789012345678901234567890</integer>',
             b'<real>1</real>', b'<real>nan</real>', b'<real> 2.5 </real>', b'<real>x</real>',
             b'<true/>', b'<false></false>', b'<true>x</true>',
             b'<date>2020-01-02T03:04:05Z</date>', b'<date>2020-01-02T03:04Z</date>',
             b'<date>2020-01-02Z</date>', b'<date>2020-01-02T03Z</date>',
             b'<date>2020-01-02T03:04:05Zjunk</date>', b'<date>2020-01-02</date>',
             b'<date> 2020-01-02T03:04:05Z</date>', b'<date>2020-1-02T03:04:05Z</date>',
             b'<date>2020-01-02T03:04:05.5Z</date>', b'<date>2020-13-02T03:04:05Z</date>',
             b'<data>YWI=</data>', b'<data>\n\tYW\n\tI=\n</data>', b'<data>YWI</data>', b'<data>!!</data>',
             b'<data></data>', b'<array><integer>1</integer><string>x</string></array>',
             b'<dict><key>a</key><integer>1</integer><key>b</key><dict/></dict>',
             b'<dict><key>a</key></dict>', b'<dict><integer>1</integer></dict>',
             b'<dict><key>a</key><key>b</key></dict>', b'<array><key>a</key></array>', b'<key>a</key>',
             b'<foo/>', b'<string>a &amp; b &lt;</string>', b'<string>x<![CDATA[<y>]]></string>', b'',
             b'<string>a</string><string>b</string>', b'<dict>\n  <key>a</key>\n  <string> sp </string>\n</dict>',
             b'<array><dict></dict><array/></array>', b'<uid>1</uid>', b'<string>\r\n</string>',
             b'<dict><key>CF$UID</key><integer>3</integer></dict>',
             b'<dict>\n<string>a\nb</string>\n</dict>', b'<dict>\n<array>\n\n</array>\n</dict>',
             b'<string>a<foo/>b</string>', b'<string>a<foo>x</foo>b</string>',
             b'<array>\n<key>\na</key></array>', b'<dict><key>a</key>\n\n<string>x</string><key>b</key>\n<key>c</key></dict>',
             b'<integer>1<true/></integer>', b'<dict><key>k</key><foo/></dict>',
             b'<dict><key>a</key><integer>1</integer><key>a</key><integer>2</integer></dict>',
             b'<dict><key></key><string/></dict>', b'<array><string>a</string><plist><integer>5</integer></plist></array>']:
    print(body[:40], end=' -> ')
    attempt(plistlib.loads, H + body + b'\n</plist>\n')
for raw in [b'<plist><string>a</string></plist>', b'<?xml version="1.0"?><plist><integer>1</integer></plist>',
            b'  <plist/>', b'hello', b'', b'<plist/>', b'<plist></plist>', b'<PLIST/>', b'<x><string>a</string></x>',
            b'<?xml version="1.0" encoding="latin-1"?><plist><string>\xe9</string></plist>',
            b'\xef\xbb\xbf<?xml version="1.0"?><plist><string>x</string></plist>']:
    print(raw[:40], end=' -> ')
    attempt(plistlib.loads, raw)
attempt(plistlib.loads, b'<plist><dict><key>b</key><true/><key>a</key><false/></dict></plist>', dict_type=list)
attempt(plistlib.loads, b'<plist><dict><string>a</string></dict></plist>', dict_type=list)
attempt(plistlib.loads, b'<plist><dict><key>b</key><true/><key>a</key><dict/></dict></plist>',
        dict_type=OrderedDict)
attempt(plistlib.loads, b'<plist><string>a</string></plist>', fmt=plistlib.FMT_BINARY)
attempt(plistlib.loads, b'<plist><string>a</string></plist>', fmt='xml')
attempt(plistlib.load, io.StringIO('<plist/>'))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'x.plist')
    with open(path, 'wb') as f:
        print(plistlib.dump(d, f))
    with open(path, 'rb') as f:
        back = plistlib.load(f)
    print(back == {**d, 'bb': b'ab', 'tup': [1, 2]}, type(back['bb']).__name__, os.path.getsize(path))
    with open(path, 'rb') as f:
        print(plistlib.load(f, dict_type=OrderedDict)['nested'])
