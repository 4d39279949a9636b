# configparser: corner cases of reading, interpolation depth, converters and
# the deprecated names.
import configparser
import io
import os
import pathlib
import tempfile
import warnings


def attempt(func, *args, **kwargs):
    try:
        return func(*args, **kwargs)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, str(e).replace('\n', ' | '))


# Inline comments: a prefix counts at the line start or after whitespace; the
# prefixes advance occurrence by occurrence together.
for prefixes in (('#',), ('#', ';'), (';', '#'), ('//',)):
    cp = configparser.ConfigParser(inline_comment_prefixes=prefixes)
    cp.read_string('[s]\na = x## #c ;d\nb = 1 ;; 2\nc=#lead\n// x = 1\nd = e//f // g\n')
    print(prefixes, cp.items('s'))

# Continuation lines, blank lines and comments inside values.
for flag in (True, False):
    cp = configparser.RawConfigParser(empty_lines_in_values=flag, strict=False)
    print(attempt(cp.read_string, '[s]\na = 1\n  b\n# c\n  d\n\n  e\n   \nf =\n  g\nbad\n  h\n'))
    print(flag, {k: v for k, v in cp['s'].items()})

# A failed read leaves the lines read so far (multi-line values as lists).
cp = configparser.RawConfigParser()
print(attempt(cp.read_string, '[a]\nx = 1\n  y\n[a]\n'))
print(cp.get('a', 'x'))
cp = configparser.RawConfigParser()
print(attempt(cp.read_string, '[a]\n= v\n  w\nz = 1\n'))
print(cp.items('a'))
cp = configparser.RawConfigParser(allow_no_value=True)
print(attempt(cp.read_string, '[a]\nflag\n  indented\n'))

# Section headers.
cp = configparser.RawConfigParser()
print(attempt(cp.read_string, '[a] trailing\n[b]]\n[ c ]\n  [d]x]\n[]\n'), cp.sections())

# Interpolation depth: ten levels work, eleven do not.
chain = ''.join('[s]\n' if i == 0 else '' for i in range(1)) + ''.join(
    'k%d = %%(k%d)s\n' % (i, i + 1) for i in range(12)) + 'k12 = end\n'
cp = configparser.ConfigParser()
cp.read_string(chain)
for start in (0, 1, 2, 3):
    print(start, attempt(cp.get, 's', 'k%d' % start))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string(chain.replace('%(', '${').replace(')s', '}'))
for start in (0, 1, 2, 3):
    print(start, attempt(ext.get, 's', 'k%d' % start))
print(attempt(ext.get, 's', 'k0', vars={'k1': 'cut'}), attempt(cp.get, 's', 'k0', vars={'k5': 'cut'}))
print(attempt(cp.get, 's', 'new', vars={'new': '%(new)s'}))
print(attempt(cp.items, 's', vars={'k0': 7}))

# Legacy interpolation (deprecated).
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    legacy = configparser.LegacyInterpolation()
    configparser.SafeConfigParser()
    raw = configparser.RawConfigParser()
    raw.readfp(io.StringIO('[x]\ny = 1\n'))
    err = configparser.ParsingError('src')
    print(err.filename)
print([(w.category.__name__, str(w.message)) for w in caught])
cp = configparser.ConfigParser(interpolation=legacy)
cp.read_string('[s]\na = %(b)s\nb = 2\nc = %(zz)s\nd = %(a)s%%\ne = 50%\nf = %%(a)s\n'
               'g = %(g)s\nh = %(B)s\n')
for opt in 'abcdefgh':
    print(opt, attempt(cp.get, 's', opt))
print(attempt(cp.set, 's', 'i', '%('), cp.get('s', 'i', raw=True))

# Converters reach sections added later; deleting one removes the methods.
cp = configparser.ConfigParser(converters={'upper': str.upper})
cp.read_string('[s]\nk = value\n')
cp.add_section('late')
cp.set('late', 'k', 'other')
print(cp.getupper('s', 'k'), cp['late'].getupper('k'), cp['late'].getupper('none', 'fb'))
print(cp.getupper.converter is str.upper, sorted(cp.converters))
del cp.converters['upper']
print(hasattr(cp, 'getupper'), hasattr(cp['s'], 'getupper'), attempt(cp.converters.__delitem__, 'upper'))
print(attempt(cp.converters.__delitem__, ''), attempt(cp.converters.__delitem__, 'int'),
      hasattr(cp, 'getint'), sorted(cp.converters))


class Getters(configparser.RawConfigParser):
    def getcsv(self, section, option, **kwargs):
        kwargs.pop('fallback', None)
        return self.get(section, option, **kwargs).split(',')


g = Getters()
g['s'] = {'v': 'a,b'}
print(sorted(g.converters), g['s'].getcsv('v'))

# Defaults and option names.
print(attempt(configparser.ConfigParser, defaults={'A': 1, 'a': 2}))
print(configparser.RawConfigParser(defaults={'A': 1, 'a': 2}).defaults())
print(configparser.ConfigParser(defaults={'p': '50%'}).get('DEFAULT', 'p', raw=True))
cp = configparser.ConfigParser()
print(attempt(cp.read_dict, {1: {}, '1': {}}), attempt(cp.read_dict, {'s': {'k': 1, 'K': 2}}))
print(cp.has_option(None, 'x'), cp.set('', 'x', 'y'), cp.defaults())
print(attempt(cp.set, 'nosec', 'k', '50%'), attempt(cp.set, 'nosec', 'k', ''))
print(attempt(cp.get, 's', 'MISSING'), attempt(cp.options, 'DEFAULT'))
print(type(cp.items()).__name__, list(cp.values()), cp.get('DEFAULT', 'x'), cp.remove_option('', 'X'))
cp.clear()
print(list(cp), len(cp))

# read() with several name types.
with tempfile.TemporaryDirectory() as tmp:
    first = os.path.join(tmp, 'a.ini')
    with open(first, 'w') as f:
        f.write('[a]\nk = 1\n')
    cp = configparser.ConfigParser()
    found = cp.read([pathlib.Path(first), first.encode(), tmp, os.path.join(tmp, 'none')])
    print([type(x).__name__ for x in found], cp.sections())
    print([os.path.basename(x) for x in cp.read(first)])
    with open(first) as f:
        print(attempt(configparser.ConfigParser().read_file, f, 'given') is None)
