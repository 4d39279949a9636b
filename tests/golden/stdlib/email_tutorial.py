import email
from email import encoders, policy
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.message import EmailMessage
subject = "An email with attachment from Python"
body = "This is an email with attachment sent from Python"
sender_email = "my@gmail.com"
receiver_email = "your@gmail.com"
message = MIMEMultipart()
message["From"] = sender_email
message["To"] = receiver_email
message["Subject"] = subject
message["Bcc"] = receiver_email
message.attach(MIMEText(body, "plain"))
part = MIMEBase("application", "octet-stream")
part.set_payload(b"%PDF-1.4\n" + bytes(range(256)))
encoders.encode_base64(part)
filename = "document.pdf"
part.add_header("Content-Disposition", f"attachment; filename= {filename}")
message.attach(part)
message.set_boundary('===============1234567890123456789==')
text = message.as_string()
print(text)
m = email.message_from_string(text)
for p in m.walk():
    print(p.get_content_type(), repr(p.get_filename()), p.get('Content-Disposition'), p.get_content_disposition())
print(m.get_payload(1).get_payload(decode=True)[:12], len(m.get_payload(1).get_payload(decode=True)))
html = """\
<html>
  <body>
    <p>Hi,<br>
       How are you?<br>
       <a href="http://www.realpython.com">Real Python</a> 
       has many great tutorials.
    </p>
  </body>
</html>
"""
alt = MIMEMultipart("alternative", boundary='ALT')
alt["Subject"] = "multipart test"
alt.attach(MIMEText("Hi,\nHow are you?\nReal Python has many great tutorials:\nwww.realpython.com", "plain"))
alt.attach(MIMEText(html, "html"))
print(alt.as_string())
e = EmailMessage()
e['To'] = 'a@b.c'
del e['To']; e['To'] = 'x@y.z'; e.replace_header('To', 'q@r.s')
print(e.items(), len(e), list(e), e.keys(), 'TO' in e)
e.set_content('hello')
e.attach(MIMEText('z')) if False else None
print(e.get_content_charset(), e.get_param('charset'), e.get_params(), e.get_content_type(), e['content-type'].params)
e2 = email.message_from_string('Subject: s\nDate: Tue, 14 Nov 2023 22:13:20 +0000\n\nbody\n', policy=policy.default)
print(e2['date'].datetime, repr(e2['Date']), e2.get_content(), e2.get_payload(), type(e2).__name__)
m3 = MIMEText('<b>x</b>', 'html', 'utf-8'); print(m3.as_string()); print(m3.get_payload(decode=True), m3.get_content_charset())
m4 = MIMEText('plain latin \xe9', 'plain', 'iso-8859-1'); print(m4.as_string()); print(m4.get_payload(decode=True))
