import email, io
from email import policy, utils
from email.message import EmailMessage, Message
from email.parser import BytesParser, Parser
from email.headerregistry import Address
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
msg = EmailMessage()
msg['From'] = Address('Jo Smith', 'jo', 'example.org')
msg['To'] = (Address('A', addr_spec='a@x.com'), Address(addr_spec='b@y.com'))
msg['Subject'] = 'Report'
msg['Date'] = utils.format_datetime(utils.parsedate_to_datetime('Mon, 20 Nov 1995 19:12:08 -0500'))
msg['Message-ID'] = '<abc@example.org>'
msg.set_content('Line one\nLine two\n')
msg.add_attachment('a,b\n1,2\n', subtype='csv', filename='data.csv')
msg.set_boundary('===X===')
print(msg.as_string())
print(msg['date'].datetime, msg['from'].addresses, str(msg['to']))
try:
    msg['Subject'] = 'again'
except ValueError as e:
    print('ValueError', e)
b = msg.as_bytes(policy=policy.SMTP)
print(b[:120])
m2 = BytesParser(policy=policy.default).parsebytes(b)
print(m2['subject'], m2.get_content_type(), [p.get_content_type() for p in m2.iter_parts()])
for a in m2.iter_attachments():
    print(a.get_filename(), repr(a.get_content()))
print(m2.get_body(('plain',)).get_content())
mm = MIMEMultipart('alternative', boundary='AB')
mm['Subject'] = 'hi'
mm.attach(MIMEText('text', 'plain'))
mm.attach(MIMEText('<b>x</b>', 'html'))
mm.attach(MIMEApplication(b'%PDF-1.4 data', _subtype='pdf', Name='r.pdf'))
mm.attach(MIMEImage(b'\x89PNG\r\n\x1a\n' + b'\0' * 20))
print(mm.as_string())
print(mm.get_payload(0).get_payload(), mm.get_payload(2).get_payload(decode=True), len(mm.get_payload()))
print(mm.get_charsets(), mm.get_payload(3).get_content_type())
m3 = Message(); m3['content-type'] = 'text/plain'; m3.set_param('charset', 'latin-1'); m3.set_param('format', 'flowed')
print(m3['Content-Type'], m3.get_params(), m3.get_content_charset())
m3.del_param('format'); m3.set_type('text/html'); print(m3.items())
m3.replace_header('content-type', 'text/x; a=1'); print(m3.get_param('a'), m3.get_param('zz', 'no'))
e = EmailMessage(); e.set_content(b'\x00\x01\x02', maintype='application', subtype='octet-stream', disposition='inline', filename='z.bin')
print(e)
e2 = EmailMessage(); e2.set_content('x' * 100 + '\n'); print(e2['content-transfer-encoding']); print(e2.get_payload())
e3 = EmailMessage(); e3.set_content('<h1>Hi \u00e9</h1>', subtype='html'); print(e3.as_bytes()); print(e3.get_content())
print(email.message_from_string('Subject: x\n\nbody').get_payload())
