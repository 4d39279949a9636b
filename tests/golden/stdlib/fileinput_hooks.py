# fileinput: compressed files, default file list, stdin, readline and the
# state kept between files.
import fileinput
import gzip
import os
import pathlib
import sys
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    plain = os.path.join(tmp, 'plain.txt')
    packed = os.path.join(tmp, 'packed.gz')
    with open(plain, 'w', encoding='utf-8') as f:
        f.write('p1\np2\n')
    with gzip.open(packed, 'wb') as f:
        f.write(b'g1\ng2\ng3')

    with fileinput.input([packed, plain], openhook=fileinput.hook_compressed,
                         encoding='utf-8') as fi:
        for line in fi:
            print(os.path.basename(fi.filename()), fi.lineno(), fi.filelineno(), repr(line))
    with fileinput.FileInput([packed, plain], mode='rb',
                             openhook=fileinput.hook_compressed) as fi:
        print(list(fi))
    with fileinput.FileInput(pathlib.Path(plain), encoding='utf-8') as fi:
        print(list(fi), os.path.basename(fi.filename()), fi.isfirstline())

    # files=None reads sys.argv[1:], or stdin ('-') when there are none.
    saved = sys.argv
    sys.argv = ['prog', plain, plain]
    try:
        with fileinput.input(encoding='utf-8') as fi:
            print([(fi.lineno(), fi.filelineno(), fi.isfirstline(), line) for line in fi])
        sys.argv = ['prog']
        fi = fileinput.input(encoding='utf-8')
        print(repr(fi.readline()), fi.filename(), fi.isstdin(), fi.lineno())
        fileinput.close()
    finally:
        sys.argv = saved
    with fileinput.FileInput(['-', plain], encoding='utf-8') as fi:
        print(list(fi), os.path.basename(fi.filename()), fi.isstdin())

    # readline() and iteration share the position; nextfile() at any time.
    fi = fileinput.FileInput([plain, plain, plain], encoding='utf-8')
    print(repr(fi.readline()), next(fi), end='')
    fi.nextfile()
    print(fi.filename() is not None, fi.lineno(), fi.filelineno(), fi.fileno())
    print(repr(fi.readline()), fi.lineno(), fi.filelineno(), fi.isfirstline())
    fi.nextfile()
    fi.nextfile()
    print(list(fi), fi.lineno())
    fi.close()
    print(repr(fi.readline()), list(fi))

    # The module functions follow the stream input() made.
    fileinput.input([plain], encoding='utf-8')
    print(fileinput.filename(), fileinput.lineno(), fileinput.isfirstline(), fileinput.isstdin())
    fileinput.close()
    try:
        fileinput.filelineno()
    except RuntimeError as e:
        print('RuntimeError', e)

    # In-place editing with the default backup name: the backup is removed.
    for line in fileinput.input(plain, inplace=True, encoding='utf-8'):
        sys.stdout.write(line * 2)
    fileinput.close()
    print(sorted(os.listdir(tmp)))
    with open(plain, encoding='utf-8') as f:
        print(repr(f.read()))
    with fileinput.input(plain, inplace=True, backup='~', mode='rb') as fi:
        for line in fi:
            if line != b'p1\n':
                sys.stdout.write(line)
    print(sorted(os.listdir(tmp)))
    with open(plain, 'rb') as f:
        print(f.read())
