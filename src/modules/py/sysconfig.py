"""sysconfig: where this Python's files live and how it was configured.

refpy's own version. Installation paths come from a scheme: a template per kind of
file (`stdlib`, `purelib`, `scripts`, ...) with `{placeholders}` filled from the
configuration variables, which describe refpy as installed under `sys.prefix` the way
CPython 3.11 on the same platform would be (refpy has no Makefile or pyconfig.h of its
own; the build variables are those of a standard Linux build).
"""

import os
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars',
           'get_makefile_filename', 'get_path', 'get_path_names', 'get_paths',
           'get_platform', 'get_python_version', 'get_scheme_names', 'parse_config_h']

pardir = os.pardir
realpath = os.path.realpath

_KINDS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')

_ORDER = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'platinclude',
          'scripts', 'data')


def _scheme(*templates):
    """A scheme from its templates in _ORDER (None: the scheme has no such path)."""
    return {kind: t for kind, t in zip(_ORDER, templates) if t is not None}


def _build_schemes():
    v = 'python{py_version_short}'
    inst, plat, base, user = '{installed_base}', '{platbase}', '{base}', '{userbase}'
    libdir = '/{platlibdir}/'
    site = '/site-packages'
    posix = _scheme(inst + libdir + v, plat + libdir + v, base + '/lib/' + v + site,
                    plat + libdir + v + site, inst + '/include/' + v + '{abiflags}',
                    '{installed_platbase}/include/' + v + '{abiflags}', base + '/bin',
                    base)
    home = base + '/lib/python'
    win = base + '/Lib'
    windows = _scheme(inst + '/Lib', win, win + site, win + site, inst + '/Include',
                      inst + '/Include', base + '/Scripts', base)
    roaming = user + '/Python{py_version_nodot_plat}'
    framework = user + '/lib/python'
    return {
        'posix_prefix': posix,
        'posix_home': _scheme(inst + '/lib/python', home, home, home,
                              inst + '/include/python', inst + '/include/python',
                              base + '/bin', base),
        'nt': windows,
        'nt_venv': dict(windows),
        'posix_venv': dict(posix),
        'venv': dict(posix),
        'posix_user': _scheme(user + libdir + v, user + libdir + v,
                              user + '/lib/' + v + site, user + '/lib/' + v + site,
                              user + '/include/' + v, None, user + '/bin', user),
        'nt_user': _scheme(roaming, roaming, roaming + site, roaming + site,
                           roaming + '/Include', None, roaming + '/Scripts', user),
        'osx_framework_user': _scheme(framework, framework, framework + site,
                                      framework + site, user + '/include/' + v, None,
                                      user + '/bin', user),
    }


_SCHEMES = _build_schemes()


def get_scheme_names():
    """The names of the installation schemes, sorted."""
    return tuple(sorted(_SCHEMES))


def get_path_names():
    """The kinds of installation paths a scheme names."""
    return _KINDS


def get_preferred_scheme(key):
    choices = {'prefix': 'venv' if sys.prefix != sys.base_prefix else 'posix_prefix',
               'home': 'posix_home', 'user': 'posix_user'}
    if key not in choices:
        raise KeyError(key)
    return choices[key]


def get_default_scheme():
    return get_preferred_scheme('prefix')


def get_python_version():
    return '%d.%d' % sys.version_info[:2]


def _user_base():
    chosen = os.environ.get('PYTHONUSERBASE')
    if chosen:
        return chosen
    return os.path.expanduser('~/.local')


_CONFIG = None


def _machine():
    try:
        return os.uname().machine
    except (AttributeError, OSError):
        return 'x86_64'


def _gather():
    """The configuration variables: paths from sys, build settings of a standard build."""
    info = sys.version_info
    short = '%d.%d' % info[:2]
    nodot = '%d%d' % info[:2]
    prefix = os.path.normpath(sys.prefix)
    exec_prefix = os.path.normpath(sys.exec_prefix)
    base = os.path.normpath(sys.base_prefix)
    platbase = os.path.normpath(sys.base_exec_prefix)
    arch = _machine()
    triplet = '%s-linux-gnu' % arch
    platlibdir = getattr(sys, 'platlibdir', 'lib')
    libdir = prefix + '/' + platlibdir
    stdlib = libdir + '/python' + short
    libpl = stdlib + '/config-%s-%s' % (short, triplet)
    include = prefix + '/include/python' + short
    soabi = 'cpython-%s-%s' % (nodot, triplet)
    executable = sys.executable or ''
    found = {
        'prefix': prefix, 'exec_prefix': exec_prefix,
        'py_version': '%d.%d.%d' % info[:3], 'py_version_short': short,
        'py_version_nodot': nodot, 'py_version_nodot_plat': '',
        'installed_base': base, 'base': prefix,
        'installed_platbase': platbase, 'platbase': exec_prefix,
        'projectbase': os.path.dirname(os.path.abspath(executable)) if executable
        else os.getcwd(),
        'platlibdir': platlibdir, 'abiflags': getattr(sys, 'abiflags', ''),
        'userbase': _user_base(),
        'srcdir': libpl,
        'VERSION': short, 'ABIFLAGS': '', 'LDVERSION': short, 'SOABI': soabi,
        'EXT_SUFFIX': '.%s.so' % soabi, 'SHLIB_SUFFIX': '.so', 'MULTIARCH': triplet,
        'MACHDEP': 'linux', 'HOST_GNU_TYPE': '%s-pc-linux-gnu' % arch,
        'BUILD_GNU_TYPE': '%s-pc-linux-gnu' % arch,
        'prefix_dirs': None,
        'BINDIR': exec_prefix + '/bin', 'LIBDIR': libdir, 'LIBDEST': stdlib,
        'BINLIBDEST': exec_prefix + '/' + platlibdir + '/python' + short,
        'INCLUDEDIR': prefix + '/include', 'INCLUDEPY': include,
        'CONFINCLUDEDIR': exec_prefix + '/include', 'CONFINCLUDEPY': include,
        'LIBPL': libpl, 'LIBRARY': 'libpython%s.a' % short,
        'LDLIBRARY': 'libpython%s.a' % short, 'LIBPC': libdir + '/pkgconfig',
        'DESTSHARED': stdlib + '/lib-dynload', 'MANDIR': prefix + '/share/man',
        'DATAROOTDIR': prefix + '/share', 'SCRIPTDIR': libdir,
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:'
                  '/etc/zoneinfo',
        'CC': 'gcc', 'CXX': 'g++', 'AR': 'ar', 'ARFLAGS': 'rcs', 'CCSHARED': '-fPIC',
        'OPT': '-DNDEBUG -g -fwrapv -O3 -Wall',
        'CFLAGS': '-Wsign-compare -DNDEBUG -g -fwrapv -O3 -Wall',
        'LDSHARED': 'gcc -shared', 'BLDSHARED': 'gcc -shared', 'LDFLAGS': '',
        'CPPFLAGS': '-I. -I./Include', 'LIBS': '-lcrypt -ldl  -lpthread',
        'SYSLIBS': '-lm', 'LINKFORSHARED': '-Xlinker -export-dynamic',
        'Py_DEBUG': 0, 'Py_ENABLE_SHARED': 0, 'Py_TRACE_REFS': 0, 'Py_REF_DEBUG': 0,
        'WITH_DOC_STRINGS': 1, 'WITH_PYMALLOC': 1, 'WITH_THREAD': 1,
        'SIZEOF_VOID_P': 8, 'SIZEOF_SIZE_T': 8, 'SIZEOF_LONG': 8, 'SIZEOF_INT': 4,
        'SIZEOF_SHORT': 2, 'SIZEOF_DOUBLE': 8, 'SIZEOF_FLOAT': 4,
        'SIZEOF_LONG_LONG': 8, 'SIZEOF_LONG_DOUBLE': 16, 'SIZEOF_WCHAR_T': 4,
        'SIZEOF_TIME_T': 8, 'SIZEOF_OFF_T': 8, 'SIZEOF_PID_T': 4, 'SIZEOF_FPOS_T': 16,
        'SIZEOF_UINTPTR_T': 8, 'SIZEOF__BOOL': 1, 'ALIGNOF_LONG': 8,
        'ALIGNOF_SIZE_T': 8, 'HAVE_FORK': 1, 'HAVE_GETPID': 1, 'HAVE_UNISTD_H': 1,
        'HAVE_DLOPEN': 1, 'HAVE_DYNAMIC_LOADING': 1, 'WORDS_BIGENDIAN': 0,
        'EXE': '', 'SO': None,
    }
    del found['prefix_dirs']
    del found['SO']
    return found


def get_config_vars(*args):
    """The dict of configuration variables (the same dict each time), or the values of
    the names given (None for unknown ones)."""
    global _CONFIG
    if _CONFIG is None:
        _CONFIG = _gather()
    if args:
        return [_CONFIG.get(name) for name in args]
    return _CONFIG


def get_config_var(name):
    """One configuration variable, or None."""
    return get_config_vars().get(name)


def _fill(template, values):
    return template.format(**values)


def get_paths(scheme=None, vars=None, expand=True):
    """{kind: path} of an installation scheme (the default one when not given)."""
    chosen = get_default_scheme() if scheme is None else scheme
    templates = _SCHEMES[chosen]
    if not expand:
        return dict(templates)
    values = dict(get_config_vars())
    if vars:
        values.update(vars)
    result = {}
    for kind, template in templates.items():
        filled = _fill(template, values)
        if os.name == 'posix':
            filled = os.path.normpath(filled)
        result[kind] = filled
    return result


def get_path(name, scheme=None, vars=None, expand=True):
    """One path of an installation scheme."""
    return get_paths(scheme, vars, expand)[name]


def get_platform():
    """`linux-x86_64` style: the system and the machine this Python runs on."""
    chosen = os.environ.get('_PYTHON_HOST_PLATFORM')
    if chosen:
        return chosen
    try:
        system, _, _, _, machine = os.uname()
    except (AttributeError, OSError):
        return sys.platform
    system = system.lower().replace('/', '')
    machine = machine.replace(' ', '_').replace('/', '-')
    return '%s-%s' % (system, machine)


def get_makefile_filename():
    return os.path.join(get_config_var('LIBPL'), 'Makefile')


def get_config_h_filename():
    return os.path.join(get_config_var('INCLUDEPY'), 'pyconfig.h')


def is_python_build(check_home=None):
    if check_home is not None:
        import warnings
        warnings.warn('check_home argument is deprecated and ignored.',
                      DeprecationWarning, stacklevel=2)
    return False


def parse_config_h(fp, vars=None):
    """Reads `#define NAME VALUE` lines (ints where they parse) and `/* #undef NAME */`
    lines (0) of a pyconfig.h-style file into `vars` (a new dict by default)."""
    import re
    found = {} if vars is None else vars
    defined = re.compile(r'#define ([A-Z][A-Za-z0-9_]+) (.*)\n')
    undefined = re.compile(r'/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n')
    for line in iter(fp.readline, ''):
        hit = defined.match(line)
        if hit:
            name, value = hit.groups()
            try:
                value = int(value)
            except ValueError:
                pass
            found[name] = value
            continue
        hit = undefined.match(line)
        if hit:
            found[hit.group(1)] = 0
    return found


def expand_makefile_vars(s, vars):
    """Replaces each `$(NAME)` and `${NAME}` in `s` by vars[NAME], until none is left."""
    import re
    reference = re.compile(r'\$\(([A-Za-z][A-Za-z0-9_]*)\)|\$\{([A-Za-z][A-Za-z0-9_]*)\}')
    while True:
        hit = reference.search(s)
        if hit is None:
            return s
        name = hit.group(1) or hit.group(2)
        s = s[:hit.start()] + vars.get(name) + s[hit.end():]


def _main():
    print('Platform: "%s"' % get_platform())
    print('Python version: "%s"' % get_python_version())
    print('Current installation scheme: "%s"' % get_default_scheme())
    print()
    for title, table in (('Paths', get_paths()), ('Variables', get_config_vars())):
        print('%s: ' % title)
        for key in sorted(table):
            print('\t%s = "%s"' % (key, table[key]))
        print()


if __name__ == '__main__':
    _main()
