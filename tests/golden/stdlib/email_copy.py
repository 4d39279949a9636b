import copy, pickle, email
from email.message import EmailMessage
from email.mime.text import MIMEText
e = EmailMessage(); e['Subject'] = 'hi'; e['To'] = 'A <a@b.c>'; e.set_content('body\n')
d = copy.deepcopy(e); d.replace_header('Subject', 'changed')
print(e['subject'], d['subject'], d['to'].addresses, d.as_string() == e.as_string().replace('hi', 'changed'))
p = pickle.loads(pickle.dumps(e)); print(p['to'], type(p['to']).__name__, p.get_content(), str(p) == str(e))
m = MIMEText('x'); m2 = pickle.loads(pickle.dumps(m)); print(m2.as_string() == m.as_string(), type(m2).__name__)
from email import *
print(sorted(k for k in dir() if not k.startswith('_'))[:8])
