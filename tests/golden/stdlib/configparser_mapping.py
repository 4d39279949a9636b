# configparser: the mapping interface, SectionProxy, read_dict, converters.
import configparser
import io

cp = configparser.ConfigParser()
cp.read_dict({'DEFAULT': {'color': 'blue'},
              'one': {'a': 1, 'b': 2.5, 'flag': True},
              2: {'x': 'y'}})
print(list(cp), len(cp), 'one' in cp, 'DEFAULT' in cp, 'nope' in cp, '2' in cp)
sec = cp['one']
print(sec, repr(sec), sec.name, sec.parser is cp, list(sec), len(sec), dict(sec))
print(sec['a'], sec.get('b'), sec.getfloat('b'), sec.getint('a'), sec.getboolean('flag'),
      sec.get('nothing'), sec.get('nothing', 'fb'), sec.getint('nothing', 3), 'a' in sec, 'color' in sec)
sec['d'] = 'new'
print(cp.get('one', 'd'))
del sec['d']
print('d' in sec)
try:
    sec['e'] = 5
except TypeError as e:
    print('TypeError', e)
print(list(cp['DEFAULT']), dict(cp['DEFAULT']), cp['DEFAULT']['color'])
cp['three'] = {'k': 'v', 'K2': 10}
print(cp.items('three'), cp.sections())
cp['three'] = {'only': 'this'}
print(cp.items('three'))
cp['DEFAULT'] = {'newdefault': '1'}
print(cp.defaults())
cp['three'] = cp['three']
del cp['2']
print(cp.sections(), [k for k in cp.keys()])
print(cp.popitem()[0], cp.sections())
out = io.StringIO()
cp.write(out)
print(out.getvalue(), end='')

# Defaults given to the constructor.
d = configparser.ConfigParser(defaults={'A': 1, 'b': 'x'})
print(d.defaults())
r = configparser.RawConfigParser(defaults={'A': 1, 'b': None})
print(r.defaults())

# Converters.
conv = configparser.ConfigParser(converters={'list': lambda v: [p.strip() for p in v.split(',')]})
conv.read_string('[s]\nitems = a, b ,c\nnum = 4\n')
print(conv.getlist('s', 'items'), conv['s'].getlist('items'), conv['s'].getlist('missing'),
      conv.getlist('s', 'missing', fallback=[]))
print(sorted(conv.converters), conv.converters['list'] is not None, conv.converters['int'])
conv.converters['twice'] = lambda v: int(v) * 2
print(conv.gettwice('s', 'num'), conv['s'].gettwice('num'), len(conv.converters))
del conv.converters['twice']
print(hasattr(conv, 'gettwice'), hasattr(conv['s'], 'gettwice'))
try:
    conv.converters[''] = int
except ValueError as e:
    print('ValueError', e)
try:
    conv.converters[5] = int
except ValueError as e:
    print('ValueError', e)
try:
    del conv.converters[None]
except KeyError as e:
    print('KeyError', e)


class Keep(configparser.ConfigParser):
    def optionxform(self, optionstr):
        return optionstr


k = Keep()
k.read_string('[S]\nCamelCase = 1\nlower = 2\n')
print(k.options('S'), k.has_option('S', 'camelcase'), k.get('S', 'CamelCase'))
k2 = configparser.ConfigParser()
k2.optionxform = str
k2.read_string('[S]\nMixed = yes\n')
print(k2.options('S'))
