# dbm front end: whichdb on dumb and foreign files, open() with each flag, dbm.error.
import dbm
import dbm.dumb
import os
import pathlib
import sys
import tempfile


def attempt(label, fn):
    try:
        result = fn()
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)
    else:
        print(label, '->', repr(result))


print(dbm.__all__)
print(isinstance(dbm.error, tuple), len(dbm.error), dbm.error[1] is OSError)
print(dbm.error[0].__name__, dbm.error[0].__module__, dbm.error[0].__mro__[1:])
print(dbm.dumb.error is OSError, dbm.dumb is sys.modules['dbm.dumb'])

with tempfile.TemporaryDirectory() as tmp:
    def p(name):
        return os.path.join(tmp, name)

    def write(name, data):
        with open(p(name), 'wb') as fh:
            fh.write(data)

    # whichdb
    attempt('missing', lambda: dbm.whichdb(p('none')))
    d = dbm.dumb.open(p('dumb'), 'c')
    d[b'key'] = b'value'
    d.close()
    attempt('dumb', lambda: dbm.whichdb(p('dumb')))
    attempt('dumb bytes', lambda: dbm.whichdb(os.fsencode(p('dumb'))))
    attempt('dumb path', lambda: dbm.whichdb(pathlib.Path(p('dumb'))))
    write('e.dat', b'')
    write('e.dir', b'')
    attempt('empty dumb', lambda: dbm.whichdb(p('e')))
    write('dq.dat', b'')
    write('dq.dir', b'"x", (0, 0)\n')
    attempt('double quoted', lambda: dbm.whichdb(p('dq')))
    write('g.dat', b'')
    write('g.dir', b'garbage')
    attempt('bad dir', lambda: dbm.whichdb(p('g')))
    write('onlydat.dat', b'')
    attempt('dat only', lambda: dbm.whichdb(p('onlydat')))
    write('plain', b'hello world, not a database')
    attempt('unknown', lambda: dbm.whichdb(p('plain')))
    write('short', b'ab')
    attempt('short', lambda: dbm.whichdb(p('short')))
    write('empty', b'')
    attempt('empty', lambda: dbm.whichdb(p('empty')))
    write('nd.pag', b'')
    write('nd.dir', b'')
    attempt('ndbm', lambda: dbm.whichdb(p('nd')))
    attempt('int', lambda: dbm.whichdb(3))

    # open: errors
    attempt('open missing r', lambda: dbm.open(p('none')))
    attempt('open missing w', lambda: dbm.open(p('none'), 'w'))
    attempt('open unknown', lambda: dbm.open(p('plain'), 'r'))
    attempt('open unknown c', lambda: dbm.open(p('plain'), 'c'))
    attempt('bad flag', lambda: dbm.open(p('dumb'), 'q'))
    try:
        dbm.open(p('none'))
    except dbm.error as exc:
        print('caught as dbm.error:', type(exc).__name__)
    try:
        dbm.open(p('none'))
    except Exception as exc:
        print('is OSError?', isinstance(exc, OSError))

    # open an existing dumb database: the dumb module handles it
    db = dbm.open(p('dumb'))
    print(type(db).__module__, type(db).__name__, db[b'key'], db.keys())
    attempt('read-only store', lambda: db.__setitem__(b'k', b'v'))
    db.close()
    with dbm.open(p('dumb'), 'w') as db:
        db['text'] = 'unicode é'
        db[b'more'] = b'x' * 700
        print(sorted(db.keys()), len(db), db['text'])
    with dbm.open(pathlib.Path(p('dumb')), 'c', 0o600) as db:
        print(sorted(db.keys()), db.get(b'more')[:5], b'text' in db, 'none' in db)

    # creating: any backend must behave the same for these operations
    with dbm.open(p('fresh'), 'c') as db:
        db[b'a'] = b'1'
        db['b'] = '2'
        print(sorted(db.keys()), db[b'a'], db['b'], len(db))
    with dbm.open(p('fresh'), 'r') as db:
        print(sorted(db.keys()), db[b'b'])
        attempt('missing key', lambda: db[b'zz'])
    with dbm.open(p('fresh'), 'n') as db:
        print('after n:', len(db))
    with dbm.open(p('fresh'), 'w') as db:
        db[b'k'] = b'v'
    with dbm.open(p('fresh')) as db:
        print(sorted(db.keys()))
