# configparser: %(name)s and ${section:name} interpolation, and its errors.
import configparser

cp = configparser.ConfigParser()
cp.read_string("""
[DEFAULT]
home = /home/user
[paths]
base = %(home)s/project
src = %(base)s/src
pct = 100%%
deep1 = %(deep2)s
deep2 = %(deep1)s
missing = %(nothere)s
bad = %(home
lone = 50% off
upper = %(HOME)s
""")
print(cp.get('paths', 'base'), cp.get('paths', 'src'), cp.get('paths', 'pct'))
print(cp.get('paths', 'src', raw=True), cp.get('paths', 'upper'))
print(cp.get('paths', 'base', vars={'home': '/other'}))
print(cp['paths']['src'], cp['paths'].get('src', raw=True))
for opt in ('deep1', 'missing', 'bad', 'lone'):
    try:
        cp.get('paths', opt)
    except configparser.Error as e:
        print(type(e).__name__, e)
        print(e.option, e.section)
try:
    cp.items('paths')
except configparser.Error as e:
    print(type(e).__name__)
print(cp.items('paths', raw=True)[:3])
for value in ('50%', '%(x)s ok', '100%%', '%y', '%(unclosed'):
    try:
        cp.set('paths', 'new', value)
        print('set', repr(value))
    except ValueError as e:
        print('ValueError', e)

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[DEFAULT]
root = /srv
[common]
dir = ${root}/common
dollars = $$5
[app]
path = ${common:dir}/app
chain = ${path}/bin
other = ${nosuch:key}
none = ${nokey}
many = ${a:b:c}
bad = ${root
lone = $x
""")
print(ext.get('common', 'dir'), ext.get('common', 'dollars'), ext.get('app', 'path'), ext.get('app', 'chain'))
for opt in ('other', 'none', 'many', 'bad', 'lone'):
    try:
        ext.get('app', opt)
    except configparser.Error as e:
        print(type(e).__name__, e)
for value in ('$5', '${x} ok', '$$', '${'):
    try:
        ext.set('app', 'new', value)
        print('set', repr(value))
    except ValueError as e:
        print('ValueError', e)

raw = configparser.ConfigParser(interpolation=None)
raw.read_string('[s]\na = %(b)s\nb = 1\n')
print(raw.get('s', 'a'), type(raw._interpolation).__name__)
rawcp = configparser.RawConfigParser()
rawcp.read_string('[s]\na = %(b)s\nb = 1\n')
print(rawcp.get('s', 'a'))
try:
    configparser.ConfigParser(interpolation=5)
except TypeError as e:
    print('TypeError', e)


class Upper(configparser.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()

    def before_write(self, parser, section, option, value):
        return '<' + value + '>'


up = configparser.ConfigParser(interpolation=Upper())
up.read_string('[s]\nk = value\n')
print(up.get('s', 'k'), up.items('s'))
import io
out = io.StringIO()
up.write(out)
print(out.getvalue(), end='')
