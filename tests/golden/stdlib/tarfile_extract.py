# Extraction: the three named filters, custom filters, filter errors with
# errorlevel, links, directory attributes, and writing with add()/'a'/'x'.
import io, os, tarfile, tempfile, stat

def t(f):
    try:
        r = f(); print(repr(r))
    except Exception as x:
        print(type(x).__name__, str(x).replace(D, 'D'))

def mk(name, data=None, **kw):
    ti = tarfile.TarInfo(name); ti.mtime = 1000000000 + len(name)
    if data is not None:
        ti.size = len(data)
    for k, v in kw.items():
        setattr(ti, k, v)
    return ti, (io.BytesIO(data) if data is not None else None)

def archive(*entries):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode='w') as tf:
        for e in entries:
            tf.addfile(*e)
    b.seek(0)
    return b

def walk(top):
    rows = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for fn in sorted(dirs + files):
            p = os.path.join(root, fn)
            st = os.lstat(p)
            link = os.readlink(p) if os.path.islink(p) else None
            body = None
            if stat.S_ISREG(st.st_mode):
                with open(p, 'rb') as fh:
                    body = fh.read(12)
            rows.append((os.path.relpath(p, top), oct(st.st_mode), None if link else (int(st.st_mtime) if st.st_mtime < 1.6e9 else 'now'), link, body))
    return sorted(rows)

with tempfile.TemporaryDirectory() as D:
    good = archive(mk('top', type=tarfile.DIRTYPE, mode=0o750),
                   mk('top/x.sh', b'#!/bin/sh\n', mode=0o4775),
                   mk('top/ro', b'readonly', mode=0o444),
                   mk('top/noexec', b'n', mode=0o077),
                   mk('top/deep/er/file', b'deep'),
                   mk('top/hard', type=tarfile.LNKTYPE, linkname='top/ro'),
                   mk('top/sym', type=tarfile.SYMTYPE, linkname='x.sh'),
                   mk('top/sym2', type=tarfile.SYMTYPE, linkname='deep/er'))
    for flt in ('fully_trusted', 'tar', 'data', None, lambda m, p: m if 'deep' not in m.name else None):
        out = os.path.join(D, 'o%d' % len(os.listdir(D)))
        good.seek(0)
        with tarfile.open(fileobj=good) as tf:
            tf.extractall(out, filter=flt)
        for row in walk(out):
            print(flt if isinstance(flt, (str, type(None))) else 'func', row)
    good.seek(0)
    with tarfile.open(fileobj=good) as tf:
        out = os.path.join(D, 'subset')
        tf.extractall(out, members=[m for m in tf if m.name.endswith('o')], filter='data')
        print(walk(out))
        tf.extract('top/deep/er/file', os.path.join(D, 'single'), filter='tar')
        tf.extract(tf.getmember('top/hard'), os.path.join(D, 'single'), filter='data')
        tf.extract('top', os.path.join(D, 'single'), set_attrs=False)
        print(walk(os.path.join(D, 'single')))
        t(lambda: tf.extract('missing', D))
        t(lambda: tf.extractall(D, filter='nope'))
        t(lambda: tf.extractall(D, filter=42))
        tf.extraction_filter = tarfile.data_filter
        tf.extract('top/x.sh', os.path.join(D, 'viaattr'))
        print(walk(os.path.join(D, 'viaattr')))
        tf.extraction_filter = 'data'
        t(lambda: tf.extract('top/x.sh', os.path.join(D, 'viaattr')))

    evil = [mk('../up', b'u'), mk('/abs/file', b'a'), mk('ok', b'ok'),
            mk('lnk', type=tarfile.SYMTYPE, linkname='/etc/passwd'),
            mk('lnk2', type=tarfile.SYMTYPE, linkname='../../outside'),
            mk('hl', type=tarfile.LNKTYPE, linkname='../ok'),
            mk('dev', type=tarfile.CHRTYPE, devmajor=1, devminor=3),
            mk('pipe', type=tarfile.FIFOTYPE)]
    for e in evil:
        for flt in (tarfile.tar_filter, tarfile.data_filter):
            try:
                r = flt(e[0], os.path.join(D, 'dest'))
                print(flt.__name__, e[0].name, r is e[0], r.name, r.mode, r.uid, r.gname)
            except tarfile.FilterError as x:
                print(flt.__name__, type(x).__name__, str(x).replace(D, 'D'), x.tarinfo is e[0],
                      getattr(x, '_path', '-').replace(D, 'D'))
    for level in (0, 1, 2):
        with tarfile.open(fileobj=archive(mk('ok', b'ok'), mk('../up', b'u'), mk('ok2', b'ok2')), errorlevel=level) as tf:
            out = os.path.join(D, 'lvl%d' % level)
            t(lambda: tf.extractall(out, filter='data'))
            print(level, walk(out) if os.path.exists(out) else None)

    # add(), gettarinfo(), append and exclusive modes
    src = os.path.join(D, 'src'); os.makedirs(os.path.join(src, 'b'))
    for rel, body in (('a.txt', b'alpha'), ('b/c.bin', b'\0' * 1000), ('b/d', b'')):
        with open(os.path.join(src, rel), 'wb') as fh:
            fh.write(body)
    os.symlink('a.txt', os.path.join(src, 'ln'))
    arc = os.path.join(D, 'w.tar')
    def norm(ti):
        ti.uid = ti.gid = 0; ti.uname = ti.gname = 'root'; ti.mtime = 1500000000
        ti.mode = 0o755 if ti.isdir() else 0o644
        return None if ti.name.endswith('/d') else ti
    with tarfile.open(arc, 'w', format=tarfile.GNU_FORMAT) as tf:
        tf.add(src, 'pkg', filter=norm)
        tf.add(os.path.join(src, 'b'), 'flat', recursive=False, filter=norm)
        tf.add(arc)
        ti = tf.gettarinfo(os.path.join(src, 'a.txt'), arcname='/x//y/z')
        print(ti.name, ti.size, ti.type, ti.tarfile is tf, oct(ti.mode & 0o170000))
        ti = tf.gettarinfo(os.path.join(src, 'ln'))
        print(ti.type, ti.linkname, ti.size)
        with open(os.path.join(src, 'a.txt'), 'rb') as fh:
            ti = tf.gettarinfo(fileobj=fh, arcname='fromobj')
            print(ti.name, ti.size)
        t(lambda: tf.add(os.path.join(src, 'missing')))
        t(lambda: tf.extractfile('pkg'))
        t(lambda: tf.getnames())
    with open(arc, 'rb') as fh:
        raw = fh.read()
    import hashlib
    print(len(raw), hashlib.md5(raw).hexdigest())
    with tarfile.open(arc, 'a') as tf:
        print(tf.getnames(), tf.offset)
        tf.addfile(*mk('appended', b'more'))
    with tarfile.open(arc) as tf:
        print(tf.getnames(), tf.offset)
        tf.list(verbose=True)
        tf.list(verbose=False, members=tf.getmembers()[1:3])
    t(lambda: tarfile.open(arc, 'x'))
    with tarfile.open(os.path.join(D, 'new.tar'), 'x') as tf:
        tf.addfile(*mk('n', b'new'))
    with tarfile.open(os.path.join(D, 'fresh.tar'), 'a') as tf:
        print(tf.mode, tf.getnames())
    print(os.path.getsize(os.path.join(D, 'new.tar')), os.path.getsize(os.path.join(D, 'fresh.tar')))
    open(os.path.join(D, 'empty.tar'), 'wb').close()
    t(lambda: tarfile.open(os.path.join(D, 'empty.tar'), 'a'))
    with tarfile.open(os.path.join(D, 'fresh.tar'), 'w') as tf:
        ti, _ = mk('short', b'0123456789')
        t(lambda: tf.addfile(ti, io.BytesIO(b'abc')))
    t(lambda: tarfile.copyfileobj(io.BytesIO(b'abc'), io.BytesIO(), 10, ValueError))
    dst = io.BytesIO(); tarfile.copyfileobj(io.BytesIO(b'abcdef'), dst, 4, bufsize=3); print(dst.getvalue())
    dst = io.BytesIO(); tarfile.copyfileobj(io.BytesIO(b'abcdef'), dst); print(dst.getvalue())
