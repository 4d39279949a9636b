import re
LOG = """127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326
192.168.1.5 - frank [10/Oct/2000:13:56:01 -0700] "POST /login HTTP/1.1" 302 -
10.0.0.7 - - [10/Oct/2000:13:57:12 -0700] "GET /index.html HTTP/1.1" 404 512
bad line here"""
PAT = re.compile(r'''
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+\S+\s+(?P<user>\S+)\s+
    \[(?P<ts>[^\]]+)\]\s+
    "(?P<method>[A-Z]+)\s+(?P<path>\S+)\s+HTTP/(?P<ver>[\d.]+)"\s+
    (?P<status>\d{3})\s+(?P<size>\d+|-)
''', re.VERBOSE)
for line in LOG.splitlines():
    m = PAT.match(line)
    if not m:
        print('NO MATCH:', line)
        continue
    d = m.groupdict()
    d['size'] = 0 if d['size'] == '-' else int(d['size'])
    print(d['ip'], d['user'], d['method'], d['path'], d['status'], d['size'], m.span('path'))
print(re.sub(r'\b(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\b', r'\1.\2.x.x', LOG.splitlines()[0]))
emails = 'Contact: john.doe@example.com, jane_d@mail.example.org; bad@ , x@y.z'
print(re.findall(r'[\w.+-]+@[\w-]+\.[\w.-]+', emails))
print(re.split(r'[;,]\s*', emails))
def camel_to_snake(s):
    return re.sub(r'(?<!^)(?=[A-Z])', '_', s).lower()
print([camel_to_snake(x) for x in ['CamelCase', 'getHTTPResponse', 'simple', 'ABC']])
print(re.sub(r'(\d+)', lambda m: f'<{int(m[1]):04d}>', 'a7 b42 c314'))
print(re.findall(r'(?i)the', 'The theme THE'), re.findall(r'\d+(?:\.\d+)?', 'pi 3.14 e 2.718 n 42'))
tokens = re.compile(r'(?P<NUM>\d+)|(?P<OP>[+*/()-])|(?P<WS>\s+)|(?P<ERR>.)')
print([(m.lastgroup, m.group()) for m in tokens.finditer('12 + (3*4) - x') if m.lastgroup != 'WS'])
