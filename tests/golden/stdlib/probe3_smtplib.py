# tutorial-style: send mail through smtplib with the SMTP class patched out
import smtplib
from unittest import mock
from email.message import EmailMessage

def send_report(to, body):
    msg = EmailMessage()
    msg['Subject'] = 'Weekly report'
    msg['From'] = 'bot@example.com'
    msg['To'] = to
    msg.set_content(body)
    with smtplib.SMTP('smtp.example.com', 587) as server:
        server.starttls()
        server.login('bot', 'pw')
        server.send_message(msg)
    return msg

with mock.patch('smtplib.SMTP') as SMTP:
    m = send_report('boss@example.com', 'All good.\n')
    inst = SMTP.return_value.__enter__.return_value
    print(SMTP.call_args, inst.starttls.called, inst.login.call_args)
    sent = inst.send_message.call_args[0][0]
    print(sent['To'], sent.get_content())
print(smtplib.SMTP_PORT, smtplib.SMTP_SSL_PORT, issubclass(smtplib.SMTPAuthenticationError, smtplib.SMTPResponseException))
e = smtplib.SMTPAuthenticationError(535, b'5.7.8 bad credentials')
print(e.smtp_code, e.smtp_error, e.args, str(e))
r = smtplib.SMTPRecipientsRefused({'a@b': (550, b'no')}); print(r.recipients, r.args)
print(smtplib.quotedata('a\n.b\r\n..c'), smtplib.quoteaddr('Al <al@x.org>'), smtplib.quoteaddr(''))

class FakeServer(smtplib.SMTP):
    """Records the SMTP dialogue instead of using a socket."""
    def __init__(self):
        super().__init__(local_hostname="client.example.org")
        self.log = []
        self.replies = []
    def connect(self, host='localhost', port=0, source_address=None):
        self.log.append(('connect', host, port))
        return (220, b'fake ready')
    def send(self, s):
        self.log.append(s if isinstance(s, str) else s.decode())
    def getreply(self):
        cmd = self.log[-1].split(' ')[0].strip().upper() if self.log else ''
        if cmd.startswith('EHLO'):
            return 250, b'fake\nSIZE 1000\nAUTH PLAIN LOGIN\nSTARTTLS'
        if cmd == 'DATA\r\n' or cmd.startswith('DATA'):
            return 354, b'go ahead'
        return 250, b'ok'

s = FakeServer()
s.connect('mx.example.com', 25)
print(s.ehlo(), s.has_extn('size'), s.esmtp_features)
print(s.sendmail('a@x.org', ['b@y.org', 'c@z.org'], 'Subject: hi\n\nline\n.dot\n'))
print(s.noop(), s.quit())
for entry in s.log: print(repr(entry))
try:
    smtplib.SMTP().sendmail('a', 'b', 'c')
except smtplib.SMTPServerDisconnected as e:
    print('disconnected:', e)

# AUTH dialogue and refusals against a scripted fake server
class Scripted(smtplib.SMTP):
    def __init__(self, replies):
        super().__init__(local_hostname='me.example.org')
        self.replies = list(replies)
        self.sent = []
    def send(self, s):
        self.sent.append(s if isinstance(s, str) else s.decode())
    def getreply(self):
        return self.replies.pop(0)

s = Scripted([(250, b'hi\nAUTH LOGIN PLAIN'), (334, b'VXNlcm5hbWU6'), (334, b'UGFzc3dvcmQ6'), (235, b'ok')])
print(s.login('user', 'secret', initial_response_ok=False), s.sent)
s = Scripted([(250, b'hi\nAUTH PLAIN'), (535, b'bad')])
try:
    s.login('user', 'wrong')
except smtplib.SMTPAuthenticationError as e:
    print('auth failed', e.smtp_code, e.smtp_error, s.sent[-1])
s = Scripted([(250, b'hi'), (550, b'no such sender'), (250, b'reset')])
try:
    s.sendmail('x@y', ['a@b'], 'body')
except smtplib.SMTPSenderRefused as e:
    print('sender refused', e.args, s.sent)
s = Scripted([(250, b'hi'), (250, b'ok'), (550, b'no'), (550, b'no'), (250, b'reset')])
try:
    s.sendmail('x@y', ['a@b', 'c@d'], 'body')
except smtplib.SMTPRecipientsRefused as e:
    print('recipients refused', e.recipients)
s = Scripted([(250, b'hi'), (250, b'ok'), (250, b'ok'), (550, b'no'), (354, b'go'), (250, b'queued')])
print(s.sendmail('x@y', ['a@b', 'c@d'], b'Subject: s\r\n\r\nbody'), s.sent[-1])
s = Scripted([(250, b'hi\nSTARTTLS'), (454, b'TLS not available')])
try:
    s.starttls()
except smtplib.SMTPResponseException as e:
    print("starttls refused", e.smtp_code, e.args)
s = Scripted([(250, b'hi')])
try:
    s.login('u', 'p')
except smtplib.SMTPNotSupportedError as e:
    print('not supported:', e)
msg = EmailMessage()
msg['From'] = 'Sender <s@example.com>'
msg['To'] = 'a@example.com, B <b@example.com>'
msg['Cc'] = 'c@example.com'
msg['Bcc'] = 'secret@example.com'
msg['Subject'] = 'hello'
msg.set_content('text\n.leading dot\n')
s = Scripted([(250, b'hi\nSIZE 100'), (250, b'ok'), (250, b'ok'), (250, b'ok'), (250, b'ok'), (250, b'ok'), (354, b'go'), (250, b'done')])
print(s.send_message(msg))
for line in s.sent:
    print(repr(line))
print('Bcc' in msg)
bare = smtplib.SMTP()
for call in (bare.noop, bare.quit, lambda: bare.sendmail('a@b', 'c@d', 'x')):
    try:
        call()
    except smtplib.SMTPServerDisconnected as e:
        print(type(e).__name__, e)
with smtplib.SMTP() as s3:
    print('context manager without a connection is fine')
print(smtplib.SMTP_SSL.default_port, smtplib.LMTP.ehlo_msg, smtplib.SMTPException.__mro__[1].__name__)
