# pathlib concrete paths: file operations with their return values and CPython's
# errors, glob corner cases (dedup of '**', '..', trailing slash, rglob('')), links,
# resolve(), samefile, deprecated link_to/context manager, is_mount.
import os
import tempfile
import warnings
from pathlib import Path, PosixPath, WindowsPath


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e).replace(str(base), 'BASE'))


with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)

    def rel(paths):
        return sorted(p.relative_to(base).as_posix() for p in paths)

    f = base / 'f.txt'
    show(lambda: f.write_text('h\u00e9llo\n'))
    show(lambda: f.write_text('x\ny\n', newline='\r\n'))
    show(lambda: f.read_bytes())
    show(lambda: f.read_text())
    show(lambda: f.read_text(encoding='latin-1'))
    show(lambda: f.write_text(b'bytes'))
    show(lambda: f.write_text(None))
    show(lambda: f.write_bytes('str'))
    show(lambda: f.write_bytes(bytearray(b'ab')))
    show(lambda: f.write_bytes(memoryview(b'abcdef')[::2]))
    show(lambda: f.read_bytes())
    show(lambda: (base / 'missing').read_text())
    show(lambda: f.touch())
    show(lambda: f.touch(exist_ok=False))
    show(lambda: (base / 'new').touch(exist_ok=False))
    show(lambda: (base / 'new').is_file())
    show(lambda: (base / 'd1').mkdir())
    show(lambda: (base / 'd1').mkdir())
    show(lambda: (base / 'd1').mkdir(exist_ok=True))
    show(lambda: f.mkdir(exist_ok=True))
    show(lambda: (base / 'x' / 'y' / 'z').mkdir())
    show(lambda: (base / 'x' / 'y' / 'z').mkdir(parents=True))
    show(lambda: (base / 'x' / 'y').mkdir(parents=True))
    show(lambda: (base / 'x' / 'y').mkdir(parents=True, exist_ok=True))
    show(lambda: rel(base.iterdir()))
    show(lambda: f.rename(base / 'g.txt').name)
    show(lambda: f.exists())
    g = base / 'g.txt'
    show(lambda: g.replace(str(base / 'new')).name)
    show(lambda: type(g.replace) and (base / 'new').read_bytes())
    show(lambda: (base / 'gone').unlink())
    show(lambda: (base / 'gone').unlink(missing_ok=True))
    show(lambda: (base / 'd1').unlink())
    show(lambda: (base / 'x').rmdir())
    show(lambda: (base / 'd1').rmdir())
    show(lambda: (base / 'd1').exists())
    show(lambda: (base / 'a\0b').exists())
    show(lambda: (base / 'a\0b').is_dir())
    show(lambda: (base / 'new' / 'below').exists())
    show(lambda: (base / 'new' / 'below').is_file())
    show(lambda: (base / 'nope').stat())
    show(lambda: (base / 'nope').lstat())

    # links
    t = base / 'target'
    t.write_text('T')
    ln = base / 'ln'
    show(lambda: ln.symlink_to('target'))
    show(lambda: (ln.is_symlink(), ln.is_file(), t.is_symlink(), ln.readlink()))
    show(lambda: ln.resolve() == t.resolve())
    show(lambda: ln.samefile(t))
    show(lambda: ln.samefile(str(t)))
    show(lambda: t.samefile(base / 'nope'))
    (base / 'l1').symlink_to('l2')
    (base / 'l2').symlink_to('l1')
    show(lambda: (base / 'l1').resolve())
    show(lambda: (base / 'l1').exists())
    show(lambda: (base / 'nope' / 'x').resolve(strict=True))
    show(lambda: (base / 'nope' / '..' / 'target').resolve() == t)
    hard = base / 'hard'
    show(lambda: hard.hardlink_to(t))
    show(lambda: (hard.read_text(), hard.stat().st_nlink))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        t.link_to(base / 'hard2')
        with base as same:
            print(same is base)
    print([(w.category.__name__, str(w.message)) for w in caught])
    show(lambda: (base / 'hard2').read_text())

    # glob corners
    for name in ['s/a.py', 's/b.txt', 's/t/c.py', 's/t/u/d.py', '.h/e.py', 'A.PY']:
        q = base / name
        q.parent.mkdir(parents=True, exist_ok=True)
        q.write_text(name)
    for pat in ['**/**', '**/**/*.py', 's/**/', 's/../s/*.py', '*/t', '**/t/**', '.h/*',
                '*.py', '*.PY', '[!s]*', 's/t/u/*.py', 's//a.py', './s/a.py', 's/./t']:
        show(lambda: rel(base.glob(pat)))
    for pat in ['', 'u', '*.py', '*/']:
        show(lambda: rel(base.rglob(pat)))
    show(lambda: list(base.glob('s/**x')))
    show(lambda: list((base / 'nope').glob('x/**y')))
    show(lambda: list((base / 'nope').rglob('*')))
    show(lambda: next(base.glob('/')))
    show(lambda: next(base.glob('')))

    # misc
    show(lambda: Path('/').is_mount())
    show(lambda: (base / 's').is_mount())
    show(lambda: (base / 'nope').is_mount())
    show(lambda: (base / 's').is_block_device() or (base / 's').is_char_device())
    show(lambda: (base / 's').is_fifo() or (base / 's').is_socket())
    show(lambda: Path('/dev/null').is_char_device())
    show(lambda: Path('~nosuchuserhere/x').expanduser())
    show(lambda: Path('a/~').expanduser())
    show(lambda: Path('/x').absolute())
    old = os.getcwd()
    os.chdir(base)
    try:
        show(lambda: Path('s', '..', 'q').absolute() == base / 's' / '..' / 'q')
        show(lambda: Path.cwd() == base.resolve())
        show(lambda: Path('s/a.py').resolve() == base.resolve() / 's' / 'a.py')
        show(lambda: Path('s/a.py').rename('moved.py'))
        show(lambda: Path('moved.py').read_text())
    finally:
        os.chdir(old)
    show(lambda: WindowsPath('c:/x'))
    show(lambda: type(PosixPath('a')).__name__)
    show(lambda: Path('a', 'b', x=1))
    with (base / 'h.bin').open('wb') as fh:
        fh.write(b'\x00\x01')
    with (base / 'h.bin').open('rb', buffering=0) as fh:
        print(fh.read())
    show(lambda: (base / 'h.bin').open('q'))
print(base.exists())
