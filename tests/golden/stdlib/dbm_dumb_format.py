import dbm, dbm.dumb, os, tempfile
def t(f):
    try: r=f(); print('OK', repr(r))
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
def show(tag):
    print('--', tag)
    for f in sorted(os.listdir('.')):
        b=open(f,'rb').read()
        print(' ', f, len(b), b if not f.endswith('.dat') else b.rstrip(b'\0')[:60])
with tempfile.TemporaryDirectory() as td:
    os.chdir(td)
    d = dbm.dumb.open('db', 'c')
    show('open')
    d[b'a']=b'12345'
    show('set a')
    d['é']='ü'
    show('set nonascii')
    d[b'\xff']=b'v'
    d[b"it's"]=b'1'; d[b'\n\x00"\'']=b'2'; d[b'a\\b']=b''; d['\u20ac']=b'3'; d[b'']=b'empty'
    show('set more')
    d[b'a']=b'x'*600
    show('grow a to 600 (2 blocks)')
    d[b'a']=b'y'*700
    show('grow a to 700 (still 2)')
    del d[b'\xff']
    show('del ff')
    d.sync()
    show('sync')
    d[b'k']=b'v'
    print(d.keys(), d.items(), len(d), list(d), b'a' in d, 'k' in d, 1 in d)
    t(lambda: d.__setitem__(1,b'x'))
    t(lambda: d.__setitem__(b'x',1))
    t(lambda: d.__setitem__(b'x',bytearray(b'a')))
    t(lambda: d.__setitem__(bytearray(b'x'),b'a'))
    t(lambda: d[b'zz']); t(lambda: d['zz']); t(lambda: d[1]); t(lambda: d.__delitem__(b'zz')); t(lambda: d.__delitem__(1))
    t(lambda: d.get(b'a')[:3]); t(lambda: d.get('q')); t(lambda: d.setdefault('q', b'z')); t(lambda: d.setdefault('r'))
    it = iter(d); next(it); t(lambda: d.__setitem__(b'k2', b'x')); t(lambda: next(it))
    d.close()
    show('close')
    t(lambda: d[b'a']); t(lambda: d.keys()); t(lambda: len(d)); t(lambda: b'a' in d); t(lambda: d.__setitem__(b'a', b'b')); t(lambda: d.__delitem__(b'a')); t(lambda: list(d)); t(lambda: iter(d)); t(lambda: d.sync()); t(lambda: d.close()); t(lambda: d.get(b'a')); t(lambda: d.items())
    t(lambda: d.__setitem__(1, 2))
    d = dbm.dumb.open('db', 'r')
    t(lambda: d.__setitem__(b'a', b'b')); t(lambda: d.__delitem__(b'a')); t(lambda: d.__setitem__(1, 2)); t(lambda: d.__delitem__(1)); t(lambda: d.keys()); t(lambda: d[b'k2'])
    d.close()
    t(lambda: d.__setitem__(b'a', b'b'))
    with dbm.dumb.open('db', 'w') as d2: print(d2 is not None, len(d2))
    t(lambda: len(d2))
    d = dbm.dumb.open('db2'); d[b'x'] = b'y'; del d
    show('del without close')
    d = dbm.dumb.open('db', 'n'); show('n open'); d.close(); show('n close')
    t(lambda: dbm.dumb.open('nx','r'))
    t(lambda: dbm.dumb.open('nx','w'))
    t(lambda: dbm.dumb.open('nx','x'))
    os.remove("db2.dir")
    t(lambda: dbm.dumb.open("db2", "w"))
    d = dbm.dumb.open("db2", "c"); print(d.keys()); d.close(); print(open("db2.dir","rb").read())
    import collections.abc
    print(type(d).__name__, type(d).__module__, isinstance(d, collections.abc.MutableMapping))
    print(dbm.dumb.error is OSError, dbm.dumb.__all__ if hasattr(dbm.dumb, '__all__') else None)
    os.chdir('/')
