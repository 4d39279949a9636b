from email.message import EmailMessage
m = EmailMessage()
m['Reply-To'] = 'aaaaaaaaaaaaaaaa@example.com, bbbbbbbbbbbbbbbbbbbb@example.com, ccccc@example.com'
m['Message-ID'] = '<' + 'x'*60 + '@example.com>'
m['X-Unknown-Long-Header-Name'] = 'aaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbb ccccccccccc dddddddddddd'
m['Content-Type'] = 'text/plain; charset="utf-8"; name="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.txt"'
print(m.as_string())
import random
from email.message import Message
random.seed(7)
for i in range(60):
    for factory in (EmailMessage, Message):
        m = factory()
        m['X-Plain'] = ' '.join(random.choice(['alpha', 'beta,', 'gamma;', 'delta', 'epsilonzeta']) for _ in range(random.randint(1, 30)))
        m['To'] = ', '.join(random.choice(['a@example.com', 'Bob Builder <bob@example.org>', '"Doe, J" <j@x.io>']) for _ in range(random.randint(1, 6)))
        print(m.as_string(maxheaderlen=random.choice([40, 60, 78])) if factory is Message else m.as_string(), end='')
        print(bytes(m).decode(), end='')
