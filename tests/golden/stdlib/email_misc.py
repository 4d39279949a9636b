import email, io, sys
from email import policy, utils, iterators, encoders
from email.message import EmailMessage, Message
from email.header import Header, decode_header
from email.mime.message import MIMEMessage
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.generator import Generator, BytesGenerator
from email.parser import BytesParser, HeaderParser
m = Message()
m['Subject'] = 'A fairly long subject line that goes on and on, well past the seventy-eight column limit'
m['To'] = ', '.join('user%d@example.com' % i for i in range(8))
m.set_payload('hi\n')
print(m.as_bytes().decode())
print(m.as_string(maxheaderlen=60))
e = EmailMessage()
e['Subject'] = 'A fairly long subject line that goes on and on, well past the seventy-eight column limit'
e['To'] = ', '.join('user%d@example.com' % i for i in range(8))
e.set_content('hi\n')
print(e.as_string())
print(Header('Gr\xfc\xdfe aus M\xfcnchen und ein sehr langer Betreff der umbrochen werden muss', 'utf-8', header_name='Subject').encode())
inner = MIMEText('inner body\n')
inner['Subject'] = 'inner'
outer = MIMEMultipart(boundary='OUT')
outer.attach(MIMEMessage(inner))
outer.preamble = 'This is a MIME message.'
outer.epilogue = ''
s = outer.as_string()
print(s)
iterators._structure(outer)
back = email.message_from_string(s)
iterators._structure(back)
print(back.preamble, repr(back.epilogue), back.get_payload(0).get_payload(0)['subject'])
raw = 'From: a@b.c\nSubject: caf\xc3\xa9\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\ncaf\xc3\xa9 body\n'.encode('latin-1')
bm = BytesParser(policy=policy.default).parsebytes(raw)
print(repr(bm.get_content()), bm.get_payload(decode=True))
print(bm.as_bytes())
hp = HeaderParser().parsestr('From: x@y\nTo: z@w\n\nbody here\n--not parsed\n')
print(hp.items(), repr(hp.get_payload()))
m2 = Message(); m2.set_payload('x'); 
try: m2.attach(Message())
except TypeError as ex: print('TypeError', ex)
print(m2.get_payload(decode=True), m2.is_multipart(), m2.get_content_type(), m2.get_params(), m2.get_param('x'))
b = MIMEBase('application', 'zip'); b.set_payload(b'PK\x03\x04 zipdata'); encoders.encode_base64(b)
print(b.as_string())
q = MIMEBase('text', 'plain'); q.set_payload('caf\xe9 = ok'.encode('latin-1')); encoders.encode_quopri(q); print(q.get_payload(), q.get_payload(decode=True))
u = Message(); u.set_unixfrom('From me@here Mon Jan  1 00:00:00 2001'); u['X'] = 'y'; u.set_payload('From the start\nline\n')
print(u.as_string(unixfrom=True))
fp = io.StringIO(); Generator(fp, mangle_from_=True).flatten(u); print(fp.getvalue())
print(decode_header('=?UTF-8?B?w6l0w6k=?= =?ISO-8859-1?Q?=E9t=E9?='))
print(utils.getaddresses(['"Doe, John" <jd@x.org>, plain@y.org (Plain Person)', 'Group: a@b, c@d;']))
print(utils.parsedate_tz('Tue, 3 Feb 2009 08:12:53 +0530'), utils.parsedate('bogus'), utils.mktime_tz(utils.parsedate_tz('Thu, 01 Jan 1970 00:00:10 +0000')))
print(utils.format_datetime(utils.parsedate_to_datetime('Mon, 20 Nov 1995 19:12:08 -0500')), utils.encode_rfc2231('a b', 'utf-8', 'en'), utils.decode_rfc2231("utf-8''a%20b"))
ee = EmailMessage(); ee['From'] = 'J\xf6rg M\xfcller <jm@x.de>'; ee['Subject'] = 'Gr\xfc\xdfe'; ee.set_content('x\n'); print(ee.as_string()); print(str(ee))
print(ee['from'].addresses[0].display_name, repr(ee['subject']))
from email.parser import BytesParser
from email import policy
raw = 'From: a@b.c\nSubject: caf\xc3\xa9\n\nx\n'.encode('latin-1')
for p in (policy.compat32, policy.default):
    m = BytesParser(policy=p).parsebytes(raw)
    print(str(m['subject']) if p is policy.compat32 else ascii(m['subject']), m.as_bytes(), ascii(m.as_string()))
from email.message import Message
from email.header import Header
m = Message(); m['X-A'] = 'one; two three four five six seven eight nine ten eleven twelve thirteen, fourteen fifteen sixteen seventeen eighteen nineteen twenty; twentyone'
m['X-B'] = 'a'*90 + ' b'
m['X-C'] = 'short'
m['Subject'] = 'A fairly long subject line that goes on and on, well past the seventy-eight column limit; really'
print(m.as_bytes().decode())
print(m.as_string(maxheaderlen=40))
print(Header('hello world ' * 10).encode())
print(Header('hello', header_name='X').encode(maxlinelen=3))
