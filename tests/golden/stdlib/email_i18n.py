from email.message import EmailMessage
e = EmailMessage()
e['Subject'] = 'R\xe9sum\xe9 of the quarterly r\xe9sultats financiers pour l\u2019ann\xe9e 2023 et pr\xe9visions 2024 \U0001F600'
e['From'] = 'Ren\xe9e Dupont <renee@example.fr>'
e['To'] = 'Fran\xe7ois <f@example.fr>, Zo\xeb <z@example.fr>, plain@example.com'
e.set_content('Bonjour\n')
e.add_attachment(b'data', maintype='application', subtype='pdf', filename='rapport_financier_trimestriel_2023_version_finale.pdf')
e.add_attachment(b'data', maintype='application', subtype='pdf', filename='r\xe9sum\xe9.pdf')
e.set_boundary('BB')
print(e.as_string())
print(e.get_payload()[1].get_filename(), e.get_payload()[2].get_filename())
for subject in ('Caf\xe9', 'Caf\xe9 au lait', 'un caf\xe9 cr\xe8me', 'a \xe9 b \xe9 c', 'Stra\xdfe ' * 12, '\u65e5\u672c\u8a9e\u306e\u4ef6\u540d'):
    m = EmailMessage()
    m['Subject'] = subject
    print(m.as_string(), end='')
    print(bytes(m).decode('ascii').count('=?'), str(m['subject']) == subject.strip() or repr(str(m['subject'])))
