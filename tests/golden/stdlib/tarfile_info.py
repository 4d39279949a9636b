# TarInfo objects: defaults, repr, properties, replace(), get_info(), sizes
# and gc tracking, subclasses plugged into TarFile, list() output variants.
import io, sys, gc, copy, tarfile

def t(f):
    try:
        r = f(); print(repr(r))
    except Exception as x:
        print(type(x).__name__, x)

ti = tarfile.TarInfo()
print(repr(ti.name), ti.mode, ti.uid, ti.gid, ti.size, ti.mtime, ti.chksum, ti.type, repr(ti.linkname),
      repr(ti.uname), repr(ti.gname), ti.devmajor, ti.devminor, ti.offset, ti.offset_data, ti.sparse, ti.pax_headers)
print(repr(ti).startswith("<TarInfo '' at 0x"), str(ti) == repr(ti))
t(lambda: ti.tarfile)
t(lambda: ti.bogus)
t(lambda: setattr(ti, 'bogus', 1))
print(sys.getsizeof(ti), gc.is_tracked(ti), hasattr(ti, '__dict__'))
ti = tarfile.TarInfo('dir/')
ti.type = tarfile.DIRTYPE
print(ti.get_info()['name'], ti.path, ti.linkpath)
ti.name = 'dir'
print(ti.get_info()['name'], ti.isdir(), ti.isreg())
ti.mode = 0o107777
print(ti.get_info()['mode'])
ti.pax_headers = {'k': ['v']}
r = ti.replace(name='new', mtime=5, mode=0o600, linkname='L', uid=1, gid=2, uname='u', gname='g')
print(r is ti, r.name, r.mtime, oct(r.mode), r.linkname, r.uid, r.gid, r.uname, r.gname, r.type, ti.name)
print(r.pax_headers == ti.pax_headers, r.pax_headers is ti.pax_headers, r.pax_headers['k'] is ti.pax_headers['k'])
r = ti.replace(deep=False)
print(r is ti, r.pax_headers is ti.pax_headers)
r = ti.replace(uid=None, mode=None)
print(r.uid, r.mode)
t(lambda: r.tobuf())
t(lambda: ti.replace(bogus=1))
t(lambda: ti.replace('x'))
c = copy.copy(ti)
print(c.name, c.pax_headers is ti.pax_headers)
for kind in (tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.CONTTYPE, tarfile.GNUTYPE_SPARSE, tarfile.LNKTYPE,
             tarfile.SYMTYPE, tarfile.CHRTYPE, tarfile.BLKTYPE, tarfile.DIRTYPE, tarfile.FIFOTYPE, b'Q'):
    x = tarfile.TarInfo('k'); x.type = kind
    print(kind, [p(x) for p in (tarfile.TarInfo.isreg, tarfile.TarInfo.isfile, tarfile.TarInfo.isdir,
                                tarfile.TarInfo.issym, tarfile.TarInfo.islnk, tarfile.TarInfo.ischr,
                                tarfile.TarInfo.isblk, tarfile.TarInfo.isfifo, tarfile.TarInfo.isdev,
                                tarfile.TarInfo.issparse)])

class MyInfo(tarfile.TarInfo):
    __slots__ = ('extra',)
    def __repr__(self):
        return 'MyInfo(%s)' % self.name

b = io.BytesIO()
with tarfile.open(fileobj=b, mode='w', tarinfo=MyInfo, format=tarfile.USTAR_FORMAT) as tf:
    x = MyInfo('one'); x.size = 3
    tf.addfile(x, io.BytesIO(b'abc'))
    print(tf.members, tf.members[0] is x, type(tf.members[0]).__name__)
    t(lambda: tf.members[0].extra)
with tarfile.open(fileobj=io.BytesIO(b.getvalue()), tarinfo=MyInfo) as tf:
    print(tf.getmembers(), type(tf.getmembers()[0]).__name__)

class MyTar(tarfile.TarFile):
    class fileobject(tarfile.ExFileObject):
        def read(self, size=-1):
            return super().read(size).upper()

with MyTar.open(fileobj=io.BytesIO(b.getvalue())) as tf:
    print(type(tf).__name__, tf.extractfile('one').read())
with tarfile.TarFile(fileobj=io.BytesIO(b.getvalue())) as tf:
    print(tf.getnames())

# list() of unusual members
b = io.BytesIO()
with tarfile.open(fileobj=b, mode='w', format=tarfile.GNU_FORMAT) as tf:
    for name, kw in (('u', dict(uid=7, gid=8)), ('bd', dict(type=tarfile.BLKTYPE, devmajor=259, devminor=1)),
                     ('p', dict(type=tarfile.FIFOTYPE, mode=0o4755)), ('odd', dict(type=b'Q', size=0)),
                     ('neg', dict(mtime=-86400)), ('ünï', dict(uname='ü', gname='g'))):
        x = tarfile.TarInfo(name)
        for k, v in kw.items():
            setattr(x, k, v)
        tf.addfile(x)
b.seek(0)
with tarfile.open(fileobj=b) as tf:
    tf.list()
    tf.list(False)
    m = tf.getmembers()[0]
    m.mode = None
    t(lambda: tf.list(members=[m]))
print(tarfile.TarInfo.__init__.__defaults__, tarfile.TarFile.open.__defaults__, tarfile.TarFile.extraction_filter)
print(sorted(tarfile.TarFile.OPEN_METH.items()), tarfile.TarFile.fileobject is tarfile.ExFileObject, tarfile.TarFile.tarinfo is tarfile.TarInfo)
print(tarfile.SUPPORTED_TYPES, tarfile.REGULAR_TYPES, tarfile.GNU_TYPES, tarfile.PAX_FIELDS, sorted(tarfile.PAX_NAME_FIELDS))
print(tarfile.PAX_NUMBER_FIELDS, tarfile.LENGTH_NAME, tarfile.LENGTH_LINK, tarfile.LENGTH_PREFIX, tarfile.NUL)
print(tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.SOLARIS_XHDTYPE, tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK, tarfile.version)
print(tarfile.open is tarfile.TarFile.open, tarfile.__all__)
