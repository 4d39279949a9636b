"""Differential test of `tokenize`: real source files and random snippets, tokenized
under python3 and refpy, token streams compared line by line.

    python3 scripts/tokenize_difftest.py --refpy PATH [--seed N] [--count N] [FILES...]

Without FILES it tokenizes every src/modules/py/*.py. Without --refpy the script is
the worker: for each file (bytes, `tokenize.tokenize`) and each random snippet (str and
bytes, plus both `untokenize` modes) it prints the tokens or the error. With --refpy it
runs itself as the worker under both interpreters and prints the first differences.
"""

import io
import os
import subprocess
import sys
import tokenize

PIECES = ['x', 'y1', ' ', '  ', '    ', '\t', '\n', '\n', '\n', '\r\n', '(', ')', '[', ']', '{',
          '}', '"', "'", '"""', "'''", '\\', '\\\n', '#c', '# x\n', '1', '0x1f', '1.5e3', '.',
          '...', 'f"a{b}"', 'rb', "b'q'", '\f', '$', '!', '!=', '€', 'é', '²', '0777', '1_0',
          '1__0', 'j', '1j', 'if', ':', ':=', '\r', '->', '**=', '=', '+', '"a\\"b"', "'\\\n",
          'u', 'Rb"', 'def f():\n', 'if x:\n    y\n', '  pass\n', '\n  z', '?', '`', '0b2',
          '1e', '1.e5', '.5j', '09.5', '0_0', 'async', 'await', '"""a\n', "'''\n\n'''", '<>',
          '>>=', '//=', '@=', '~', '\\\r\n', 'x;y', '#',
          # more literal shapes, prefixes and odd characters
          'rb"""', "f'''", "Br'", 'bu"', '0o7', '0O', '0B1_0', '1E+5', '1e-', '.e5', '1.5J',
          '0xg', '0x_f', '0_', '00_0', '0.', '0e0j', '\x0b', '\u00a0', '\u00aa', '\u0663',
          '\u0301', '\ufeff', 'r"\\\n', '"\\\r\n', "'\\x'", '\r', '\t\t', '\f  ',
          'else:\n', '    ', '  #c\n', '\n\t', 'coding', '[1,\n', ']\n', '"""x"""', "''''",
          '""""', '\\\\', '-=', '->x', '::=', '..', ';;', '# coding: latin-1\n']


class Lcg:
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def show(tokens_of, untok):
    toks = []
    try:
        for t in tokens_of():
            toks.append(t)
        err = None
    except Exception as e:
        err = '%s %r' % (type(e).__name__, e.args)
    for t in toks:
        print(' ', tuple(t), t.exact_type)
    if err:
        print('  ERR', err)
    elif untok:
        for mode, items in (('U', toks), ('C', [t[:2] for t in toks])):
            try:
                print(' ', mode, repr(tokenize.untokenize(items)))
            except Exception as e:
                print(' ', mode, 'ERR', type(e).__name__, e)


def worker(seed, count, files):
    for path in files:
        print('FILE', path)
        with open(path, 'rb') as f:
            data = f.read()
        show(lambda: tokenize.tokenize(io.BytesIO(data).readline), False)
    rng = Lcg(seed)
    for _ in range(count):
        src = ''.join(PIECES[rng.next(len(PIECES))] for _ in range(1 + rng.next(14)))
        print('CASE', repr(src))
        show(lambda: tokenize.generate_tokens(io.StringIO(src).readline), True)
        show(lambda: tokenize.tokenize(io.BytesIO(src.encode()).readline), True)


def main():
    args = sys.argv[1:]
    refpy, seed, count, files = None, 1, 3000, []
    while args:
        a = args.pop(0)
        if a == '--refpy':
            refpy = args.pop(0)
        elif a == '--seed':
            seed = int(args.pop(0))
        elif a == '--count':
            count = int(args.pop(0))
        else:
            files.append(os.path.abspath(a))
    if refpy is None:
        worker(seed, count, files)
        return
    if not files:
        here = os.path.dirname(os.path.abspath(__file__))
        folder = os.path.join(here, '..', 'src', 'modules', 'py')
        files = sorted(os.path.abspath(os.path.join(folder, f))
                       for f in os.listdir(folder) if f.endswith('.py'))
    me = os.path.abspath(__file__)
    import shutil
    import tempfile
    with tempfile.TemporaryDirectory() as snap:
        # A snapshot, so that both runs see the same text of files being edited.
        copies = []
        for i, path in enumerate(files):
            copies.append(os.path.join(snap, '%04d_%s' % (i, os.path.basename(path))))
            shutil.copyfile(path, copies[-1])
        cmd = [me, '--seed', str(seed), '--count', str(count)] + copies
        # From '/', so that no file next to this script shadows the stdlib.
        want = subprocess.run(['python3', '-P'] + cmd, cwd='/', capture_output=True,
                              text=True).stdout.splitlines()
        got = subprocess.run([refpy] + cmd, cwd='/', capture_output=True,
                             text=True).stdout.splitlines()
    shown = 0
    where = ''
    for i in range(max(len(want), len(got))):
        w = want[i] if i < len(want) else '<missing>'
        g = got[i] if i < len(got) else '<missing>'
        if w.startswith(('FILE', 'CASE')):
            where = w
        if w != g:
            print('in', where[:200])
            print('  python3:', w[:300])
            print('  refpy:  ', g[:300])
            shown += 1
            if shown >= 10:
                break
    print('%d files, %d snippets, %d lines, %s' % (
        len(files), count, len(want), 'identical' if not shown else 'DIFFERENT'))


if __name__ == '__main__':
    main()
