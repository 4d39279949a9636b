# configparser: reading, querying, changing and writing a configuration.
import configparser
import io

text = """
# a comment
; another comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[bitbucket.org]
User = hg

[topsecret.server.com]
Port = 50022
ForwardX11 = no
ratio: 0.75
multi = first line
    second line

    after blank
empty =
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.defaults())
print(cp.options('bitbucket.org'))
print(cp.options('topsecret.server.com'))
print(cp.get('bitbucket.org', 'user'), cp.get('bitbucket.org', 'USER'), cp['bitbucket.org']['User'])
print(cp.getint('topsecret.server.com', 'port'), cp.getfloat('topsecret.server.com', 'ratio'),
      cp.getboolean('topsecret.server.com', 'forwardx11'),
      cp.getboolean('bitbucket.org', 'ForwardX11'))
print(repr(cp.get('topsecret.server.com', 'multi')), repr(cp.get('topsecret.server.com', 'empty')))
print(cp.get('bitbucket.org', 'missing', fallback='dflt'), cp.get('nosection', 'x', fallback=None),
      cp.getint('bitbucket.org', 'missing', fallback=7), cp.getboolean('x', 'y', fallback=False))
print(cp.get('bitbucket.org', 'user', vars={'user': 'override'}),
      cp.get('bitbucket.org', 'newvar', vars={'NewVar': 3}))
print(cp.items('bitbucket.org'))
print(cp.items('DEFAULT'))
print(cp.items('bitbucket.org', vars={'extra': 'x'}))
print([name for name, proxy in cp.items()])
print(cp.has_section('bitbucket.org'), cp.has_section('DEFAULT'), cp.has_section('nope'))
print(cp.has_option('bitbucket.org', 'user'), cp.has_option('bitbucket.org', 'compression'),
      cp.has_option('DEFAULT', 'compression'), cp.has_option('', 'compression'),
      cp.has_option('nope', 'user'), cp.has_option('bitbucket.org', 'nope'))

for value in ('1', 'yes', 'TRUE', 'On', '0', 'no', 'False', 'off', 'maybe', ''):
    cp.set('bitbucket.org', 'flag', value)
    try:
        print(repr(value), cp.getboolean('bitbucket.org', 'flag'))
    except ValueError as e:
        print(repr(value), 'ValueError', e)
cp.set('bitbucket.org', 'num', 'x12')
for getter in (cp.getint, cp.getfloat):
    try:
        getter('bitbucket.org', 'num')
    except ValueError as e:
        print('ValueError', e)

cp.add_section('new')
cp.set('new', 'Key', 'Value')
cp.set('DEFAULT', 'shared', 'everywhere')
print(cp.get('new', 'key'), cp.get('new', 'shared'), cp.options('new'))
print(cp.remove_option('new', 'key'), cp.remove_option('new', 'key'), cp.remove_option('DEFAULT', 'shared'))
print(cp.remove_section('new'), cp.remove_section('new'), cp.sections())
cp.remove_option('bitbucket.org', 'flag')
cp.remove_option('bitbucket.org', 'num')

out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue())

raw = configparser.RawConfigParser()
raw.add_section('s')
raw.set('s', 'num', 5)
raw.set('s', 'lst', [1, 2])
raw.set('s', 'pct', '100%')
print(raw.get('s', 'num'), raw.get('s', 'lst'), raw.get('s', 'pct'), raw.items('s'))
out = io.StringIO()
raw.write(out)
print(out.getvalue(), end='')
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
