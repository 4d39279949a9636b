"""site: the site-packages folders of this Python and `.pth` file processing.

refpy's own version. CPython imports `site` at start-up and lets it extend `sys.path`;
refpy does not (a script sees only its own folder and refpy's stdlib), so importing
this module changes nothing by itself: `main()` does what CPython's start-up does,
`addsitedir()` adds one folder and the folders its `.pth` files name.
"""

import builtins
import os
import sys

PREFIXES = [sys.prefix, sys.exec_prefix]
ENABLE_USER_SITE = None
USER_SITE = None
USER_BASE = None


def makepath(*paths):
    """(absolute path, its case-normalized form) of the joined parts."""
    joined = os.path.join(*paths)
    try:
        joined = os.path.abspath(joined)
    except OSError:
        pass
    return joined, os.path.normcase(joined)


def _known_folders():
    known = set()
    for entry in sys.path:
        try:
            if os.path.exists(entry):
                known.add(makepath(entry)[1])
        except TypeError:
            continue
    return known


def removeduppaths():
    """Drop repeated sys.path entries (after making them absolute); returns the set."""
    kept = []
    seen = set()
    for entry in sys.path:
        absolute, key = makepath(entry)
        if key not in seen:
            kept.append(absolute)
            seen.add(key)
    sys.path[:] = kept
    return seen


def abs_paths():
    """Make the __file__ and __cached__ of loaded modules absolute."""
    for module in set(sys.modules.values()):
        for attr in ('__file__', '__cached__'):
            value = getattr(module, attr, None)
            if isinstance(value, str):
                try:
                    setattr(module, attr, os.path.abspath(value))
                except (AttributeError, OSError, TypeError):
                    pass


def _run_pth_line(line, where):
    exec(line)


def addpackage(sitedir, name, known_paths):
    """Reads the .pth file `name` of `sitedir`: each line is a folder to add to sys.path
    (when it exists), or, starting with `import`, code to run."""
    fresh = known_paths is None
    if fresh:
        known_paths = _known_folders()
    fullname = os.path.join(sitedir, name)
    try:
        with open(fullname, 'rb') as stream:
            raw = stream.read()
    except OSError:
        return None if fresh else known_paths
    try:
        text = raw.decode('utf-8-sig')
    except UnicodeDecodeError:
        text = raw.decode('latin-1')
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith('#') or not line.strip():
            continue
        try:
            if line.startswith(('import ', 'import\t')):
                _run_pth_line(line, fullname)
                continue
            folder, key = makepath(sitedir, line.rstrip())
            if key not in known_paths and os.path.exists(folder):
                sys.path.append(folder)
                known_paths.add(key)
        except Exception:
            import traceback
            print('Error processing line {:d} of {}:\n'.format(number, fullname),
                  file=sys.stderr)
            for text_line in traceback.format_exception(*sys.exc_info()):
                for piece in text_line.splitlines():
                    print('  ' + piece, file=sys.stderr)
            print('\nRemainder of file ignored', file=sys.stderr)
            break
    return None if fresh else known_paths


def addsitedir(sitedir, known_paths=None):
    """Adds `sitedir` to sys.path (when new) and processes its .pth files in name order."""
    fresh = known_paths is None
    if fresh:
        known_paths = _known_folders()
    sitedir, key = makepath(sitedir)
    if key not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(key)
    try:
        names = os.listdir(sitedir)
    except OSError:
        return None if fresh else known_paths
    for name in sorted(n for n in names if n.endswith('.pth') and not n.startswith('.')):
        addpackage(sitedir, name, known_paths)
    return None if fresh else known_paths


def check_enableusersite():
    """False when user site-packages are off (-s), None when running set-uid, else True."""
    if sys.flags.no_user_site:
        return False
    if hasattr(os, 'getuid') and hasattr(os, 'geteuid'):
        if os.geteuid() != os.getuid():
            return None
    if hasattr(os, 'getgid') and hasattr(os, 'getegid'):
        if os.getegid() != os.getgid():
            return None
    return True


def _version_folder():
    return 'python%d.%d' % sys.version_info[:2]


def getuserbase():
    """The user base folder: $PYTHONUSERBASE, else ~/.local (kept in USER_BASE)."""
    global USER_BASE
    if USER_BASE is None:
        chosen = os.environ.get('PYTHONUSERBASE')
        USER_BASE = chosen if chosen else os.path.expanduser('~/.local')
    return USER_BASE


def getusersitepackages():
    """The user's site-packages folder (kept in USER_SITE)."""
    global USER_SITE
    base = getuserbase()
    if USER_SITE is None:
        USER_SITE = os.path.join(base, 'lib', _version_folder(), 'site-packages')
    return USER_SITE


def addusersitepackages(known_paths):
    """Adds the user site-packages folder when it exists."""
    folder = getusersitepackages()
    if ENABLE_USER_SITE and os.path.isdir(folder):
        addsitedir(folder, known_paths)
    return known_paths


def getsitepackages(prefixes=None):
    """The global site-packages folders of the given prefixes (default PREFIXES)."""
    folders = []
    done = set()
    for prefix in PREFIXES if prefixes is None else prefixes:
        if not prefix or prefix in done:
            continue
        done.add(prefix)
        platlibdir = getattr(sys, 'platlibdir', 'lib')
        libdirs = [platlibdir]
        if platlibdir != 'lib':
            libdirs.append('lib')
        for libdir in libdirs:
            folders.append(os.path.join(prefix, libdir, _version_folder(), 'site-packages'))
    return folders


def addsitepackages(known_paths, prefixes=None):
    """Adds the global site-packages folders that exist."""
    for folder in getsitepackages(prefixes):
        if os.path.isdir(folder):
            addsitedir(folder, known_paths)
    return known_paths


def setquit():
    """Installs the `quit` and `exit` helpers in builtins."""
    class _Quitter:
        def __init__(self, name, eof):
            self.name = name
            self.eof = eof

        def __repr__(self):
            return 'Use %s() or %s to exit' % (self.name, self.eof)

        def __call__(self, code=None):
            try:
                sys.stdin.close()
            except Exception:
                pass
            raise SystemExit(code)

    builtins.quit = _Quitter('quit', 'Ctrl-D (i.e. EOF)')
    builtins.exit = _Quitter('exit', 'Ctrl-D (i.e. EOF)')


def execsitecustomize():
    try:
        import sitecustomize  # noqa: F401
    except ImportError as exc:
        if exc.name != 'sitecustomize':
            raise


def execusercustomize():
    try:
        import usercustomize  # noqa: F401
    except ImportError as exc:
        if exc.name != 'usercustomize':
            raise


def main():
    """What CPython's start-up does: site folders onto sys.path, customize modules."""
    global ENABLE_USER_SITE
    known = removeduppaths()
    abs_paths()
    if ENABLE_USER_SITE is None:
        ENABLE_USER_SITE = check_enableusersite()
    known = addusersitepackages(known)
    known = addsitepackages(known)
    setquit()
    execsitecustomize()
    if ENABLE_USER_SITE:
        execusercustomize()


# As after CPython's start-up: whether user site-packages would be used, and where.
ENABLE_USER_SITE = check_enableusersite()
getusersitepackages()
