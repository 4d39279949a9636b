# A tutorial-style script: build messages and hand them to a fake SMTP server class.
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import policy
import email


class FakeSMTP:
    sent = []

    def __init__(self, host, port=25):
        self.host, self.port = host, port

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def login(self, user, password):
        print('login', user)

    def send_message(self, msg, from_addr=None, to_addrs=None):
        data = msg.as_bytes(policy=msg.policy.clone(linesep='\r\n'))
        FakeSMTP.sent.append(data)
        print('sent', len(data), 'bytes to', msg['To'])
        return {}

    def sendmail(self, from_addr, to_addrs, text):
        FakeSMTP.sent.append(text)
        print('sendmail', from_addr, to_addrs, len(text))


def build(i):
    msg = EmailMessage()
    msg['From'] = 'shop@example.com'
    msg['To'] = 'customer%d@example.com' % i
    msg['Subject'] = 'Order #%d confirmed' % i
    msg.set_content('Dear customer,\n\nyour order %d has shipped.\n\n-- \nThe shop\n' % i)
    msg.add_alternative('<html><body><p>Order <b>%d</b> shipped</p></body></html>' % i, subtype='html')
    msg.set_boundary('b%d' % i)
    return msg


with FakeSMTP('smtp.example.com', 587) as s:
    s.login('shop', 'secret')
    for i in range(3):
        s.send_message(build(i))
    old = MIMEMultipart(boundary='OLD')
    old['Subject'] = 'Legacy'
    old['From'] = 'a@b.c'
    old['To'] = 'd@e.f'
    old.attach(MIMEText('hello\nworld\n'))
    s.sendmail('a@b.c', ['d@e.f'], old.as_string())
print(FakeSMTP.sent[0].decode())
back = email.message_from_bytes(FakeSMTP.sent[1], policy=policy.default)
print(back['subject'], back.get_body(('html',)).get_content().strip())
print(FakeSMTP.sent[-1])
for key in ('utf8', 'linesep', 'max_line_length', 'cte_type', 'raise_on_defect'):
    print(key, repr(getattr(policy.SMTP, key)), repr(getattr(policy.default, key)), repr(getattr(policy.compat32, key, None)))
try:
    policy.default.linesep = 'x'
except AttributeError as e:
    print('AttributeError', e)
try:
    policy.default.clone(bogus=1)
except TypeError as e:
    print('TypeError', e)
print(repr(policy.default.clone(max_line_length=60)))
