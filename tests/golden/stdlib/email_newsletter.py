# email-heavy tutorial: newsletter with inline image, attachments, then parse & save attachments
import email, os, tempfile, mimetypes
from email.message import EmailMessage
from email.utils import make_msgid, formatdate, formataddr, parseaddr
from email import policy
from email.headerregistry import Address
msg = EmailMessage()
msg['Subject'] = 'Ayons asperges pour le d\xe9jeuner'
msg['From'] = Address('Pep\xe9 Le Pew', 'pepe', 'example.com')
msg['To'] = (Address('Penelope Pussycat', 'penelope', 'example.com'), Address('Fabrette Pussycat', 'fabrette', 'example.com'))
msg['Date'] = formatdate(1700000000, usegmt=True)
msg.set_content('Salut!\n\nCela ressemble \xe0 un excellent recipie[1] d\xe9jeuner.\n\n[1] http://www.yummly.com/recipe/Roasted-Asparagus-Epicurious-203718\n\n--Pep\xe9\n')
asparagus_cid = '<asparagus.1@example.com>'
msg.add_alternative('<html><head></head><body><p>Salut!</p><img src="cid:{}"/></body></html>\n'.format(asparagus_cid[1:-1]), subtype='html')
msg.get_payload()[1].add_related(b'\x89PNG\r\n\x1a\nfakepng', 'image', 'png', cid=asparagus_cid)
msg.set_boundary('OUTER')
msg.get_payload()[1].set_boundary('REL')
print(msg.as_string())
print(msg.get_body().get_content_type(), msg.get_body(('plain',)).get_content()[:6])
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'outgoing.msg')
    with open(path, 'wb') as f:
        f.write(bytes(msg))
    with open(path, 'rb') as f:
        back = email.message_from_binary_file(f, policy=policy.default)
    print(back['to'], '|', back['from'].addresses[0].display_name, '|', back['subject'])
    for part in back.walk():
        ct = part.get_content_type()
        print(ct, part.get_content_disposition(), part['Content-ID'])
        if part.get_content_maintype() == 'image':
            ext = mimetypes.guess_extension(ct)
            name = 'part' + ext
            with open(os.path.join(d, name), 'wb') as f:
                f.write(part.get_payload(decode=True))
            print(name, os.path.getsize(os.path.join(d, name)))
print(formataddr(parseaddr('"Pep\xe9" <pepe@example.com>')))
print(msg['date'].datetime.isoformat(), msg['to'].addresses[1].username)
