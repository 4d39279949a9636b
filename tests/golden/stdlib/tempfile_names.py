# tempfile's names and types: str/bytes/PathLike arguments, mixing errors, the
# random part, relative folders, tempdir overrides, mktemp.
import os
import pathlib
import re
import tempfile

with tempfile.TemporaryDirectory() as base:
    def rel(p):
        if isinstance(p, bytes):
            return b'B:' + p.replace(os.fsencode(base), b'BASE')
        return p.replace(base, 'BASE')

    pat = re.compile(r'[a-z0-9_]{8}')
    for kw in [dict(), dict(prefix='pre_'), dict(suffix='.txt'), dict(prefix='', suffix=''),
               dict(prefix=b'b_'), dict(suffix=b'.bin'), dict(dir=pathlib.Path(base)),
               dict(dir=os.fsencode(base))]:
        binary = any(isinstance(v, bytes) for v in kw.values())
        kw.setdefault('dir', os.fsencode(base) if binary else base)
        d = tempfile.mkdtemp(**kw)
        fd, f = tempfile.mkstemp(**kw)
        os.close(fd)
        name = os.path.basename(d)
        pre = kw.get('prefix', b'tmp' if isinstance(name, bytes) else 'tmp')
        suf = kw.get('suffix', name[:0])
        middle = name[len(pre):len(name) - len(suf)]
        if isinstance(middle, bytes):
            middle = middle.decode()
        print(type(d).__name__, type(f).__name__, bool(pat.fullmatch(middle)), len(name),
              os.path.isdir(d), os.path.isfile(f), oct(os.stat(d).st_mode & 0o777),
              oct(os.stat(f).st_mode & 0o777), os.path.dirname(f) == os.path.dirname(d))

    for args in [dict(prefix='a', suffix=b'b'), dict(prefix=b'a', dir=base),
                 dict(suffix='x', dir=os.fsencode(base))]:
        for func in (tempfile.mkdtemp, tempfile.mkstemp, tempfile.NamedTemporaryFile,
                     tempfile.TemporaryDirectory):
            try:
                func(**args)
            except TypeError as exc:
                print(func.__name__, 'TypeError', exc)

    os.chdir(base)
    d = tempfile.mkdtemp(dir='.')
    print(d.startswith('./tmp'), os.path.isabs(d))
    fd, f = tempfile.mkstemp(dir='.')
    os.close(fd)
    print(os.path.isabs(f), rel(f).startswith('BASE/tmp'))
    d = tempfile.mkdtemp(dir='')
    print(d.startswith('tmp'), len(d))
    os.chdir('/')

    for func in (tempfile.mkdtemp, tempfile.mkstemp):
        try:
            func(dir=os.path.join(base, 'missing'))
        except FileNotFoundError as exc:
            print(func.__name__, type(exc).__name__, exc.errno, rel(exc.filename)[:13])

    name = tempfile.mktemp(dir=base)
    print(rel(name)[:8], os.path.exists(name), len(os.path.basename(name)))
    print(rel(tempfile.mktemp('.s', 'p', base))[-2:], os.path.basename(tempfile.mktemp('', '', base)).isalnum() or True)

    print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template, tempfile.TMP_MAX)
    old = tempfile.tempdir
    tempfile.tempdir = os.fsencode(base)
    print(rel(tempfile.gettempdir()), rel(tempfile.gettempdirb()), type(tempfile.mkdtemp()).__name__)
    fd, f = tempfile.mkstemp()
    os.close(fd)
    print(type(f).__name__, rel(f)[:10])
    print(type(tempfile.mkdtemp(prefix='s')).__name__)
    tempfile.tempdir = base
    print(rel(tempfile.gettempdir()), type(tempfile.mkdtemp()).__name__,
          type(tempfile.mkdtemp(suffix=b'')).__name__)
    with tempfile.NamedTemporaryFile() as f:
        print(rel(f.name)[:8])
    tempfile.tempdir = old
    print(len([n for n in os.listdir(base) if n.startswith('tmp')]) > 5)
