# email.base64mime / email.quoprimime helpers and quoted-printable bodies through the API
import random
from email import base64mime, quoprimime, charset, encoders
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
print([base64mime.header_length(b'x' * n) for n in range(8)], base64mime.header_encode(b'caf\xc3\xa9', 'utf-8'), base64mime.header_encode(''))
print(repr(base64mime.body_encode(bytes(range(120)))), repr(base64mime.body_encode(b'abc', eol='\r\n')), base64mime.decode('aGVsbG8='), base64mime.decode(''))
print(quoprimime.header_length(b'caf\xe9 x'), quoprimime.body_length(b'a=b\t'), quoprimime.quote('='), quoprimime.unquote('=41'))
print(quoprimime.header_encode(b'caf\xe9 au lait'), quoprimime.header_encode(b'x', 'utf-8'), quoprimime.header_decode('caf=E9_au'), quoprimime.header_check(ord('=')), quoprimime.body_check(ord(' ')), quoprimime.body_check(ord('=')))
print(repr(quoprimime.decode('caf=E9 =\nsoft\nnext')), repr(quoprimime.decode('a=\r\nb\r\n')), repr(quoprimime.decode('')))
random.seed(11)
for i in range(300):
    s = ''.join(random.choice('ab =\t\n\xe9xyz.' + 'q' * random.choice([1, 10, 30])) for _ in range(random.randint(0, 200)))
    ml = random.choice([76, 76, 20, 10, 5, 4])
    print(repr(quoprimime.body_encode(s, ml)))
cs = charset.Charset('iso-8859-1')
print(cs, cs.header_encoding, cs.body_encoding, cs.get_body_encoding(), cs.get_output_charset(), repr(cs.body_encode('caf\xe9 au lait =\n')), cs.header_encode('caf\xe9'))
for name in ('utf-8', 'us-ascii', 'latin_1', 'koi8-r', 'euc-jp', 'iso-2022-jp', 'x-unknown'):
    c = charset.Charset(name)
    print(name, str(c), c.input_charset, c.output_charset, c.header_encoding, c.body_encoding, c == name)
m = MIMEText('Gr\xfc\xdfe aus M\xfcnchen, ' * 6 + '\n', 'plain', 'iso-8859-1')
print(m.as_string())
q = MIMEBase('text', 'plain'); q.set_payload('a b\tc =\nlast line with trailing space \n'.encode('latin-1')); encoders.encode_quopri(q)
print(repr(q.get_payload()), q.get_payload(decode=True))
from email.message import EmailMessage
for data in (b'a b\tc = \xe9\nline two \n', bytes(range(256)), b'x' * 200):
    e = EmailMessage(); e.set_content(data, maintype='application', subtype='x', cte='quoted-printable'); print(repr(e.get_payload())); print(e.get_content() == data)
for text in ('a b\tc = \xe9\nline two \n', 'x' * 200 + '\n', 'short\n'):
    for cte in ('quoted-printable', 'base64', None):
        e = EmailMessage(); e.set_content(text, cte=cte); print(cte, repr(e.get_payload()), e['Content-Transfer-Encoding'], e.get_content() == text)
from email import policy
for ml in (100, 78, 60, 40):
    p = policy.default.clone(max_line_length=ml)
    e = EmailMessage(policy=p); e.set_content('x' * 200 + '\n', cte='quoted-printable'); print(ml, [len(l) for l in e.get_payload().splitlines()])
    e = EmailMessage(policy=p); e.set_content(b'x' * 200, maintype='a', subtype='b', cte='quoted-printable'); print(ml, [len(l) for l in e.get_payload().splitlines()])
    e = EmailMessage(policy=p); e.set_content(b'x' * 200, maintype='a', subtype='b'); print(ml, [len(l) for l in e.get_payload().splitlines()])
    e = EmailMessage(policy=p); e.set_content('\xe9' * 200 + '\n'); print(ml, e['content-transfer-encoding'], [len(l) for l in e.get_payload().splitlines()])
    e = EmailMessage(policy=p); e.set_content('\xe9 abc ' * 30 + '\n'); print(ml, e['content-transfer-encoding'], [len(l) for l in e.get_payload().splitlines()])
