# fileinput: several files read as one stream, with names and line numbers.
import fileinput
import os
import shutil
import sys
import tempfile

tmp = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(tmp)
try:
    with open('one.txt', 'w') as f:
        f.write('alpha\nbeta\ngamma\n')
    with open('two.txt', 'w') as f:
        f.write('delta\nepsilon')
    with open('empty.txt', 'w') as f:
        pass

    for line in fileinput.input(['one.txt', 'empty.txt', 'two.txt'], encoding='utf-8'):
        print(fileinput.filename(), fileinput.lineno(), fileinput.filelineno(),
              fileinput.isfirstline(), fileinput.isstdin(), repr(line))
    fileinput.close()

    # nextfile skips the rest of a file; the stream goes on with the next one.
    fi = fileinput.input(('one.txt', 'two.txt'), encoding='utf-8')
    for line in fi:
        print(fileinput.filename(), fileinput.lineno(), line.rstrip())
        if fileinput.filelineno() == 1 and fileinput.filename() == 'one.txt':
            fileinput.nextfile()
    print(fileinput.filename(), fileinput.lineno(), fileinput.fileno())
    fileinput.close()

    # The FileInput class, as a context manager and with readline.
    with fileinput.FileInput(files=('two.txt', 'one.txt'), encoding='utf-8') as fi:
        print(fi.filename(), fi.lineno(), fi.fileno())
        print(repr(fi.readline()), fi.filename())
        print([line for line in fi])
        print(repr(fi.readline()), fi.lineno(), fi.filelineno())
    with fileinput.FileInput('one.txt', mode='rb') as fi:
        print(list(fi), repr(fi.readline()))
    with fileinput.FileInput('one.txt', openhook=fileinput.hook_encoded('ascii')) as fi:
        print(list(fi))
    opened = []

    def hook(name, mode):
        opened.append((name, mode))
        return open(name, mode, encoding='utf-8')

    with fileinput.FileInput(['two.txt', 'one.txt'], openhook=hook) as fi:
        print(len(list(fi)), opened)
    print(list(fileinput.FileInput([], encoding='utf-8')) == [] or 'stdin')
    with fileinput.FileInput(['one.txt'], encoding='utf-8') as fi:
        print(next(fi), end='')
    print(fileinput.FileInput[str])

    # Errors.
    for call in (lambda: fileinput.filename(), lambda: fileinput.lineno(),
                 lambda: fileinput.nextfile(), lambda: fileinput.isfirstline()):
        try:
            call()
        except RuntimeError as e:
            print('RuntimeError', e)
    fi = fileinput.input('one.txt', encoding='utf-8')
    next(fi)
    try:
        fileinput.input('two.txt', encoding='utf-8')
    except RuntimeError as e:
        print('RuntimeError', e)
    fileinput.close()
    fileinput.close()
    for kwargs in (dict(mode='w'), dict(mode='rU'), dict(openhook=len, inplace=True),
                   dict(openhook='notcallable')):
        try:
            fileinput.FileInput('one.txt', **kwargs)
        except ValueError as e:
            print('ValueError', e)
    try:
        list(fileinput.FileInput(['missing.txt'], encoding='utf-8'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
finally:
    os.chdir(old)
    shutil.rmtree(tmp)
