# OSError.filename (and filename2) keep a path given as bytes as bytes, for the os
# functions and for open()/io.FileIO; str, PathLike and fd arguments as before.
import io
import os
import pathlib
import tempfile


TMP = [None]


def t(label, f, *a):
    try:
        f(*a)
        print(label, 'ok')
    except OSError as e:
        text = ' '.join(map(str, (label, type(e).__name__, e.errno, repr(e.filename),
                                  repr(e.filename2), str(e), e.args)))
        if TMP[0]:
            text = text.replace(TMP[0], 'TMP')
        print(text)


for kind in (bytes, str):
    def p(s):
        return s.encode() if kind is bytes else s
    print('--', kind.__name__)
    t('open', open, p('/nonexistent/x'))
    t('open w', open, p('/nonexistent/x'), 'w')
    t('open x', open, p('/nonexistent/x'), 'xb')
    t('open a', open, p('/nonexistent/x'), 'a')
    t('io.open', io.open, p('/nonexistent'))
    t('FileIO', io.FileIO, p('/nonexistent'))
    t('stat', os.stat, p('/nonexistent'))
    t('lstat', os.lstat, p('/nonexistent'))
    t('listdir', os.listdir, p('/nonexistent'))
    t('scandir', os.scandir, p('/nonexistent'))
    t('remove', os.remove, p('/nonexistent'))
    t('unlink', os.unlink, p('/nonexistent'))
    t('rmdir', os.rmdir, p('/nonexistent'))
    t('mkdir', os.mkdir, p('/nonexistent/a/b'))
    t('makedirs', os.makedirs, p('/proc/nonexistent/x'))
    t('rename', os.rename, p('/nonexistent/a'), p('/nonexistent/b'))
    t('replace', os.replace, p('/nonexistent/a'), p('/nonexistent/b'))
    t('link', os.link, p('/nonexistent/a'), p('/nonexistent/b'))
    t('symlink', os.symlink, p('/nonexistent/a'), p('/nonexistent/b/c'))
    t('readlink', os.readlink, p('/nonexistent'))
    t('chdir', os.chdir, p('/nonexistent'))
    t('chmod', os.chmod, p('/nonexistent'), 0o644)
    t('utime', os.utime, p('/nonexistent'))
    t('os.open', os.open, p('/nonexistent'), os.O_RDONLY)
t('stat pathlike', os.stat, pathlib.Path('/nonexistent'))
t('open pathlike', open, pathlib.Path('/nonexistent'))
t('open fd', open, 99999)
t('rename mixed', os.rename, b'/nonexistent/a', '/nonexistent/b')
with tempfile.TemporaryDirectory() as tmp:
    TMP[0] = tmp
    d = os.path.join(tmp, 'd').encode()
    os.mkdir(d)
    t('mkdir exists', os.mkdir, d)
    t('rmdir ok', os.rmdir, d)
    t('listdir file', os.listdir, os.path.join(tmp, 'missing').encode())
    f = os.path.join(tmp, 'f').encode()
    open(f, 'w').close()
    t('open dir', open, tmp.encode())
    t('listdir notdir', os.listdir, f)
    t('rename onto dir', os.rename, f, tmp.encode())
    e = None
    try:
        os.stat(b'/nonexistent')
    except OSError as exc:
        e = exc
    print(type(e.filename).__name__, e.filename is not None, e.__reduce__()[1])
    e = OSError(2, 'x', b'/p', None, b'/q')
    print(repr(e.filename), repr(e.filename2), str(e))
