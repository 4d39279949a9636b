# shutil: copytree (copy_function arguments, collected errors, dirs_exist_ok, links),
# rmtree's onerror calls, which, get_terminal_size and disk_usage.
import os
import shutil
import sys
import tempfile


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except shutil.Error as e:
        # sorted: the order of entries in a folder depends on the file system
        print(f.__name__, '=> Error', sorted(tuple(x.replace(base, '<base>') for x in t) for t in e.args[0]))
    except Exception as e:
        print(f.__name__, '=>', type(e).__name__, str(e).replace(base, '<base>'))
    else:
        print(f.__name__, '->', repr(r).replace(base, '<base>'))


def tree(top):
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        for name in sorted(dirnames + filenames):
            full = os.path.join(dirpath, name)
            kind = 'L' if os.path.islink(full) else 'D' if os.path.isdir(full) else 'F'
            out.append(kind + ':' + os.path.relpath(full, top))
    return out


with tempfile.TemporaryDirectory() as base:
    os.chdir(base)
    for name in ['src/a.txt', 'src/b.log', 'src/sub/c.txt', 'src/sub/deep/d.log']:
        os.makedirs(os.path.dirname(name), exist_ok=True)
        with open(name, 'w') as f:
            f.write(name)
    os.symlink('sub', 'src/lsub')
    os.symlink('a.txt', 'src/la')

    calls = []

    def recorder(s, d):
        calls.append((type(s).__name__, os.path.relpath(s, 'src'), os.path.relpath(d, 'out1')))
        return shutil.copy(s, d)

    show(shutil.copytree, 'src', 'out1', copy_function=recorder)
    print(sorted(calls))
    print(tree('out1'))

    def failing(s, d):
        if s.endswith('.log'):
            raise OSError(5, 'refused', s)
        return shutil.copy2(s, d)

    show(shutil.copytree, 'src', 'out2', copy_function=failing)
    print(tree('out2'))
    show(shutil.copytree, 'src', 'out2')
    show(shutil.copytree, 'src', 'out2', dirs_exist_ok=True, ignore=shutil.ignore_patterns('deep', 'l*'))
    print(tree('out2'))
    show(shutil.copytree, 'src', 'out3', symlinks=True, ignore=shutil.ignore_patterns('*.log'))
    print(tree('out3'), os.readlink('out3/lsub'))
    ign = shutil.ignore_patterns('*.txt', 'sub')
    print(sorted(ign('x', ['a.txt', 'b', 'sub', 'c.txt', 'subway'])), ign('x', []))
    show(shutil.copytree, 'src/a.txt', 'out4')
    show(shutil.copytree, 'nothing', 'out4')
    show(shutil.copytree, 'src', 'src/sub/deep/x', ignore=lambda d, names: names)
    print(tree('src/sub/deep'))
    shutil.rmtree('src/sub/deep/x')
    os.symlink('nowhere', 'src/dead')
    show(shutil.copytree, 'src', 'out5', ignore=shutil.ignore_patterns('*.log', 'l*'))
    show(shutil.copytree, 'src', 'out6', ignore_dangling_symlinks=True)
    print(tree('out6'))
    show(shutil.copytree, 'src', 'out7', symlinks=True)
    print(tree('out7'))
    os.unlink('src/dead')

    # rmtree and onerror
    log = []

    def onerror(func, path, exc_info):
        log.append((func.__name__, os.path.relpath(path, base) if path else path,
                    exc_info[0].__name__, str(exc_info[1]).replace(base, '<base>'),
                    exc_info[2] is not None))

    shutil.rmtree('missing', onerror=onerror)
    shutil.rmtree('src/a.txt', onerror=onerror)
    shutil.rmtree('src/lsub', onerror=onerror)
    os.symlink('nowhere', 'dead')
    shutil.rmtree('dead', onerror=onerror)
    shutil.rmtree('', onerror=onerror)
    shutil.rmtree(b'missing', onerror=onerror)
    shutil.rmtree('src/a.txt', True, onerror)
    for entry in log:
        print(entry)
    show(shutil.rmtree, 'missing')
    show(shutil.rmtree, 'src/a.txt')
    show(shutil.rmtree, 'src/lsub')
    show(shutil.rmtree, 'dead', ignore_errors=True)
    show(shutil.rmtree, 'out1')
    show(shutil.rmtree, b'out3')
    print(sorted(os.listdir('.')), os.path.exists('src/sub/c.txt'), shutil.rmtree.avoids_symlink_attacks)

    # which
    os.mkdir('bin')
    os.mkdir('bin2')
    for name, mode in [('bin/tool', 0o755), ('bin/data', 0o644), ('bin2/tool', 0o755), ('bin2/other', 0o700)]:
        with open(name, 'w') as f:
            f.write('#!/bin/sh\n')
        os.chmod(name, mode)
    os.mkdir('bin/adir')
    os.chmod('bin/adir', 0o755)
    here = os.path.join(base, 'bin') + os.pathsep + os.path.join(base, 'bin2')
    for cmd, kwargs in [('tool', {}), ('other', {}), ('data', {}), ('data', {'mode': os.F_OK}),
                        ('adir', {}), ('nope', {}), ('bin/tool', {}), ('./bin/tool', {}),
                        ('bin/data', {}), (b'tool', {}), ('tool', {'path': ''}),
                        ('tool', {'path': os.path.join(base, 'bin2')}),
                        ('tool', {'path': os.fsencode(here)}), (b'other', {'path': here})]:
        kwargs.setdefault('path', here)
        r = shutil.which(cmd, **kwargs)
        print(cmd, r.replace(base, '<base>') if isinstance(r, str) else
              r.replace(os.fsencode(base), b'<base>') if isinstance(r, bytes) else r)
    os.chdir('bin')
    print(shutil.which('tool', path=os.pathsep), shutil.which('tool', path='.'), shutil.which('tool', path=''))
    saved = os.environ.get('PATH')
    os.environ['PATH'] = here
    print(shutil.which('other').replace(base, '<base>'))
    os.environ['PATH'] = ''
    print(shutil.which('other'))
    os.environ['PATH'] = saved
    os.chdir(base)

    # terminal size from the environment (stdout is not a terminal here)
    for columns, lines in [('100', '40'), ('0', '40'), ('abc', '7'), ('-3', '-3'), (' 12 ', '5'), (None, None)]:
        for key, value in (('COLUMNS', columns), ('LINES', lines)):
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        print(columns, lines, shutil.get_terminal_size(), tuple(shutil.get_terminal_size((33, 11))))
    os.environ['COLUMNS'] = '50'
    print(shutil.get_terminal_size(fallback=(1, 2)))
    del os.environ['COLUMNS']

    u = shutil.disk_usage(base)
    print(type(u).__name__, u._fields, u.total >= u.used >= 0, u.free >= 0, len(u))
    show(shutil.disk_usage, os.path.join(base, 'missing'))
    print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError),
          issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.ExecError, OSError),
          issubclass(shutil.ReadError, OSError), issubclass(shutil.RegistryError, Exception))
    os.chdir('/')
