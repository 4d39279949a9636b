# fileinput inplace=True: print() writes the new content of the file being read.
import fileinput
import os
import shutil
import sys
import tempfile

tmp = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(tmp)
try:
    for name, text in (('a.txt', 'one\ntwo\nthree\n'), ('b.txt', 'four\nfive\n')):
        with open(name, 'w') as f:
            f.write(text)
    saved = sys.stdout
    for line in fileinput.input(['a.txt', 'b.txt'], inplace=True, encoding='utf-8'):
        print('%d:%d %s' % (fileinput.lineno(), fileinput.filelineno(), line.upper()), end='')
    print(sys.stdout is saved)
    for name in ('a.txt', 'b.txt'):
        with open(name) as f:
            print(name, repr(f.read()))
    print(sorted(os.listdir('.')))

    # With a backup extension the original files are kept.
    with fileinput.FileInput('a.txt', inplace=True, backup='.orig', encoding='utf-8') as fi:
        for line in fi:
            if 'TWO' not in line:
                sys.stdout.write(line.lower())
    print(sorted(os.listdir('.')))
    with open('a.txt') as f, open('a.txt.orig') as g:
        print(repr(f.read()), repr(g.read()))

    # Stopping early: the rest of the file is lost, as in CPython.
    fi = fileinput.input('b.txt', inplace=True, encoding='utf-8')
    for line in fi:
        print('only', line, end='')
        break
    fileinput.close()
    with open('b.txt') as f:
        print(repr(f.read()))
    print(sorted(os.listdir('.')))
finally:
    os.chdir(old)
    shutil.rmtree(tmp)
