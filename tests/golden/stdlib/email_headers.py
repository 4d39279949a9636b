from email.header import decode_header, make_header, Header
from email import utils
from email.message import EmailMessage, Message
from email import policy
for s in ['=?utf-8?q?Caf=C3=A9?= au lait', 'plain', '=?utf-8?b?Q2Fmw6k=?= =?utf-8?q?x?= y', 'a =?iso-8859-1?q?r=E9sum=E9?=']:
    d = decode_header(s); print(d); h = make_header(d); print(repr(str(h)), repr(h.encode()))
print(Header('Caf\xe9 news', 'utf-8').encode(), Header('hello').encode(), str(Header('x','utf-8')))
print(utils.formataddr(('Alice Smith', 'a@x.com')), utils.formataddr(('Smith, Al', 'a@x.com')), utils.formataddr(('J\xf6rg', 'j@x.de')), utils.formataddr(('', 'z@x')))
print(utils.parseaddr('Alice Smith <a@x.com>'), utils.parseaddr('a@x.com (Alice)'), utils.parseaddr('"Smith, Al" <a@x.com>'), utils.parseaddr('bad'), utils.parseaddr(''))
print(utils.getaddresses(['a@x.com, B <b@y.org>', '"C, D" <c@z>']))
print(utils.formatdate(0, usegmt=True), utils.formatdate(86400*365.25*30), utils.formatdate(1e9, localtime=False))
print(repr(utils.parsedate_to_datetime('Sat, 01 Jan 2000 12:30:00 +0100')), utils.parsedate('Sat, 01 Jan 2000 12:30:00 -0000'), utils.parsedate_tz('1 Jan 2000 12:30 GMT'))
print(utils.quote('a"b\\c'), utils.unquote('"abc"'), utils.unquote('<x>'))
m = utils.make_msgid(domain="example.com"); print(m[0], m[-13:], m.count("@"))
e = EmailMessage(); e['Subject'] = 'Caf\xe9 cr\xe8me and more'; e['X-Long'] = ' '.join(['word%d' % i for i in range(30)]); print(e.as_string())
c = Message(); c['Subject'] = 'Caf\xe9 cr\xe8me and more'; c['X-Long'] = ' '.join(['word%d' % i for i in range(30)]); c['To']='a@b.c, ' * 12; print(c.as_string())
