import email
from email import policy
raw = '''From: Alice <alice@example.com>
To: bob@example.com
Subject: Test =?utf-8?q?Caf=C3=A9?=
Content-Type: multipart/mixed; boundary="XYZ"
MIME-Version: 1.0

preamble here
--XYZ
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Caf=C3=A9 is nice=
 and long
--XYZ
Content-Type: application/pdf; name="doc.pdf"
Content-Disposition: attachment; filename="doc.pdf"
Content-Transfer-Encoding: base64

SGVsbG8gUERG
--XYZ--
epilogue
'''
for pol in (None, policy.default):
    m = email.message_from_string(raw) if pol is None else email.message_from_string(raw, policy=pol)
    print(type(m).__name__, m['subject'], m.get_content_type(), m.is_multipart(), m.get_boundary(), repr(m.preamble), repr(m.epilogue))
    for p in m.walk():
        print(' ', p.get_content_type(), p.get_content_maintype(), p.get_content_subtype(), p.get_filename(), p.get_content_charset(), p.get_payload(decode=True) if not p.is_multipart() else len(p.get_payload()))
    print(m.keys(), m.items()[:2], m.get_all('to'), 'to' in m, m.get('X-None', 'dflt'))
    print(m.as_string() == raw, m.get_params(), m.get_param('boundary'))
    if pol:
        for p in m.iter_parts(): print(repr(p.get_content()), p.is_attachment())
        print(m.get_body(preferencelist=('plain',)).get_content())
        print([a.get_filename() for a in m.iter_attachments()])
        print(m['from'].addresses[0].username, m['from'].addresses[0].domain, m['from'].addresses[0].display_name, m['subject'])
