# sysconfig's schemes, paths and configuration variables, and site's folders and
# addsitedir with .pth files. Installation prefixes differ between interpreters, so
# paths are shown relative to sys.prefix and variables by their types.
import io
import os
import site
import sys
import sysconfig
import tempfile
import warnings


def rel(value):
    if isinstance(value, str):
        return value.replace(sys.prefix, '<prefix>').replace(os.path.expanduser('~'), '~')
    if isinstance(value, dict):
        return {k: rel(v) for k, v in value.items()}
    if isinstance(value, list):
        return [rel(v) for v in value]
    return value


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=>', rel(result))


print(sysconfig.__all__)
print(sysconfig.get_python_version(), sysconfig.get_platform() == 'linux-' + os.uname().machine)
print(sysconfig.get_scheme_names())
print(sysconfig.get_path_names())
print(sysconfig.get_default_scheme(), [sysconfig.get_preferred_scheme(k)
                                       for k in ('prefix', 'home', 'user')])
attempt('preferred x', lambda: sysconfig.get_preferred_scheme('x'))
for scheme in sysconfig.get_scheme_names():
    print(scheme, sysconfig.get_paths(scheme, expand=False))
paths = sysconfig.get_paths()
print(list(paths), type(paths).__name__)
print(rel(paths))
print(rel(sysconfig.get_paths('posix_home')))
print(rel(sysconfig.get_paths('posix_user')))
print(rel(sysconfig.get_paths(vars={'base': '/B', 'platbase': '/P'})))
print(rel(sysconfig.get_paths(vars={'base': 3, 'py_version_short': '9.9'})))
attempt('purelib', lambda: sysconfig.get_path('purelib'))
attempt('purelib user', lambda: sysconfig.get_path('purelib', 'posix_user'))
attempt('include user', lambda: sysconfig.get_path('include', 'posix_user'))
attempt('platinclude user', lambda: sysconfig.get_path('platinclude', 'posix_user'))
attempt('unexpanded', lambda: sysconfig.get_path('purelib', expand=False))
attempt('normalized', lambda: sysconfig.get_path('data', vars={'base': 'x/../y/./z'}))
attempt('no such path', lambda: sysconfig.get_path('nope'))
attempt('no such scheme', lambda: sysconfig.get_paths('nope'))
attempt('get_config_var()', lambda: sysconfig.get_config_var())

config = sysconfig.get_config_vars()
print(type(config).__name__, config is sysconfig.get_config_vars(), len(config) > 40)
for key in ('prefix', 'exec_prefix', 'py_version', 'py_version_short', 'py_version_nodot',
            'installed_base', 'base', 'installed_platbase', 'platbase', 'abiflags',
            'platlibdir', 'VERSION', 'SOABI', 'EXT_SUFFIX', 'SHLIB_SUFFIX', 'MULTIARCH',
            'MACHDEP', 'LIBDEST', 'BINLIBDEST', 'INCLUDEPY', 'CONFINCLUDEPY', 'BINDIR',
            'SIZEOF_VOID_P', 'SIZEOF_LONG', 'SIZEOF_INT', 'Py_DEBUG',
            'WITH_DOC_STRINGS', 'userbase', 'py_version_nodot_plat'):
    value = config[key]
    shown = rel(value) if key not in ('BINDIR', 'LIBDEST', 'BINLIBDEST', 'INCLUDEPY',
                                      'CONFINCLUDEPY') else type(value).__name__
    print(' ', key, type(value).__name__, shown)
for key in ('Py_ENABLE_SHARED', 'LIBDIR', 'LIBPL', 'CC', 'CFLAGS', 'LDLIBRARY',
            'HOST_GNU_TYPE', 'projectbase', 'srcdir', 'OPT', 'AR', 'CCSHARED', 'LDSHARED'):
    print(' ', key, type(config[key]).__name__)
print(sysconfig.get_config_var('TZPATH'))
print(sysconfig.get_config_var('nope'), sysconfig.get_config_var('SO'))
print(rel(sysconfig.get_config_vars('prefix', 'nope', 'VERSION')))
print(sysconfig.get_config_var('SOABI') in sysconfig.get_config_var('EXT_SUFFIX'))
print(os.path.basename(sysconfig.get_makefile_filename()),
      os.path.basename(sysconfig.get_config_h_filename()))
print(sysconfig.is_python_build())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(sysconfig.is_python_build(True), [str(w.message) for w in caught])
print(sysconfig.parse_config_h(io.StringIO(
    '#define FOO 1\n#define BAR "x"\n/* #undef BAZ */\n#define Q\n#define HEX 0x10\n'
    '#define lower 2\n')))
print(sysconfig.parse_config_h(io.StringIO('#define FOO 1\n'), {'a': 1}))
print(sysconfig.expand_makefile_vars('$(prefix)/x ${VERSION}/$(prefix)', {'prefix': '/p',
                                                                         'VERSION': '3'}))
attempt('expand missing', lambda: sysconfig.expand_makefile_vars('$(nope)', {}))

# site
print(site.ENABLE_USER_SITE, rel(site.PREFIXES) == ['<prefix>', '<prefix>'])
print(rel(site.getsitepackages()))
print(site.getsitepackages(['/a', '/a', '/b/']))
print(rel(site.getuserbase()), rel(site.getusersitepackages()))
print(rel(site.USER_BASE), rel(site.USER_SITE))
print(site.check_enableusersite())
print(site.makepath('/tmp', 'x', '..', 'y'))
os.environ['PYTHONUSERBASE'] = '/ub'
site.USER_BASE = site.USER_SITE = None
print(site.getuserbase(), site.getusersitepackages(), site.USER_BASE, site.USER_SITE)
del os.environ['PYTHONUSERBASE']

with tempfile.TemporaryDirectory() as tmp:
    root = os.path.realpath(tmp)
    sd = os.path.join(root, 'sd')
    for folder in ('sd/extra', 'sd/more', 'other'):
        os.makedirs(os.path.join(root, folder))
    with open(os.path.join(sd, 'a.pth'), 'w') as f:
        f.write('# comment\nextra\nnonexistent\n\nimport sys; sys.stdout.write("pth ran\\n")\n'
                'extra\n../other\n')
    with open(os.path.join(sd, 'b.pth'), 'w') as f:
        f.write('more\n')
    with open(os.path.join(sd, '.hidden.pth'), 'w') as f:
        f.write('extra\n')
    with open(os.path.join(sd, 'c.txt'), 'w') as f:
        f.write('more\n')
    before = list(sys.path)
    result = site.addsitedir(sd)
    added = [p.replace(root, '<tmp>') for p in sys.path if p not in before]
    print(result, added)
    result = site.addsitedir(sd)
    print(result, [p.replace(root, '<tmp>') for p in sys.path if p not in before])
    known = site.addsitedir(sd, set())
    print(sorted(p.replace(root, '<tmp>') for p in known),
          [p.replace(root, '<tmp>') for p in sys.path if p not in before])
    sys.path[:] = before
    known = site.addpackage(sd, 'b.pth', set())
    print(sorted(p.replace(root, '<tmp>') for p in known),
          [p.replace(root, '<tmp>') for p in sys.path if p not in before])
    print(site.addpackage(sd, 'missing.pth', None))
    sys.path[:] = before
