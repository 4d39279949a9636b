# fromfile_prefix_chars and FileType, in a fresh temporary folder.
import argparse
import contextlib
import io
import os
import sys

os.environ.pop('COLUMNS', None)  # help and usage are laid out for 80 columns

folder = '/tmp/refpy_argparse_%s' % os.urandom(8).hex()
os.mkdir(folder)
try:
    args_file = os.path.join(folder, 'args.txt')
    with open(args_file, 'w') as f:
        f.write('--name\nfrom file\n-v\n')
    nested = os.path.join(folder, 'nested.txt')
    with open(nested, 'w') as f:
        f.write('@%s\n--count\n3\n' % args_file)

    p = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
    p.add_argument('--name')
    p.add_argument('--count', type=int)
    p.add_argument('-v', action='store_true')
    p.add_argument('rest', nargs='*')
    print(p.parse_args(['@' + args_file, 'x']))
    print(p.parse_args(['@' + nested, '--name', 'override']))
    print(p.parse_args(['', '@' + args_file]))
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            p.parse_args(['@' + os.path.join(folder, 'missing.txt')])
    except SystemExit as e:
        print('exit', e.code, err.getvalue().splitlines()[-1].replace(folder, 'FOLDER'))

    class SplitLines(argparse.ArgumentParser):
        def convert_arg_line_to_args(self, arg_line):
            return arg_line.split()

    words = os.path.join(folder, 'words.txt')
    with open(words, 'w') as f:
        f.write('--name  spaced   words\n\n--count 7\n')
    s = SplitLines(prog='split', fromfile_prefix_chars='@')
    s.add_argument('--name')
    s.add_argument('--count', type=int)
    s.add_argument('more', nargs='*')
    print(s.parse_args(['@' + words]))

    # FileType
    data = os.path.join(folder, 'data.txt')
    with open(data, 'w') as f:
        f.write('hello\n')
    fp = argparse.ArgumentParser(prog='ft')
    fp.add_argument('infile', type=argparse.FileType('r'))
    fp.add_argument('--out', type=argparse.FileType('w', encoding='utf-8'))
    fp.add_argument('--bin', type=argparse.FileType('rb'))
    ns = fp.parse_args([data, '--out', os.path.join(folder, 'out.txt')])
    print(ns.infile.read(), end='')
    ns.infile.close()
    ns.out.write('written')
    ns.out.close()
    with open(os.path.join(folder, 'out.txt')) as f:
        print(f.read())
    ns = fp.parse_args([data, '--out', '-', '--bin', data])
    print(ns.out is sys.stdout, ns.bin.read())
    ns.infile.close()
    ns.bin.close()
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            fp.parse_args([os.path.join(folder, 'nope.txt')])
    except SystemExit as e:
        print('exit', e.code, err.getvalue().splitlines()[-1].replace(folder, 'FOLDER'))
    print(argparse.FileType(), argparse.FileType('w', 0), argparse.FileType('r', -1, 'latin-1', 'strict'))
    try:
        argparse.FileType('q')('-')
    except ValueError as e:
        print('ValueError', e)
finally:
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)
print(os.path.exists(folder))
