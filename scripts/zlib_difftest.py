#!/usr/bin/env python3
"""Differential test of refpy's zlib against CPython's.

Usage: python3 scripts/zlib_difftest.py [--cases N] [--seed S] [--refpy PATH]

Generates N cases (random bytes, repetitive text, long runs, mixed data of sizes up to
300000) and for each compresses with a level/strategy/wbits/memLevel and flush pattern,
printing the output's length and CRC-32 (full hex when short), then decompresses it in
pieces; runs the same worker under python3 and refpy and reports every line that differs.
"""
import os
import subprocess
import sys

WORKER = r'''
import sys, zlib

class Rng:
    def __init__(self, seed):
        self.s = seed & 0xffffffffffffffff or 1
    def next(self):
        # xorshift64*
        x = self.s
        x ^= (x >> 12); x ^= (x << 25) & 0xffffffffffffffff; x ^= (x >> 27)
        self.s = x
        return (x * 0x2545F4914F6CDD1D) & 0xffffffffffffffff
    def below(self, n):
        return (self.next() >> 11) % n

WORDS = [b'the', b'quick', b'brown', b'fox', b'jumps', b'over', b'lazy', b'dog', b'zlib',
         b'deflate', b'\n', b'  ', b'compression', b'a', b'bb', b'ccc', b'0123456789']

def make_data(r):
    kind = r.below(6)
    size = [0, 1, 2, 3, 10, 100, 1000, 5000, 40000, 70000, 140000, 300000][r.below(12)]
    if r.below(3) == 0:
        size = r.below(size + 1)
    if kind == 0:
        return bytes(r.below(256) for _ in range(min(size, 60000))), 'random'
    if kind == 1:
        out = []
        n = 0
        while n < size:
            w = WORDS[r.below(len(WORDS))]
            out.append(w); n += len(w)
        return b' '.join(out)[:size], 'words'
    if kind == 2:
        out = bytearray()
        while len(out) < size:
            out += bytes([r.below(4) + 97]) * (r.below(600) + 1)
        return bytes(out[:size]), 'runs'
    if kind == 3:
        alpha = r.below(8) + 1
        return bytes(r.below(alpha) + 65 for _ in range(min(size, 80000))), 'small-alphabet'
    if kind == 4:
        base = bytes(r.below(256) for _ in range(r.below(3000) + 1))
        out = bytearray()
        while len(out) < size:
            if r.below(4) == 0:
                out += bytes(r.below(256) for _ in range(r.below(50)))
            else:
                i = r.below(len(base)); out += base[i:i + r.below(300)]
        return bytes(out[:size]), 'copies'
    return b'\x00' * size, 'zeros'

def show(tag, b):
    if len(b) <= 64:
        print(tag, b.hex())
    else:
        print(tag, len(b), zlib.crc32(b), zlib.adler32(b))

def case(i, seed):
    r = Rng(seed * 1000003 + i)
    data, kind = make_data(r)
    level = r.below(11) - 1
    mode = r.below(4)
    print('case', i, kind, len(data), 'level', level, 'mode', mode)
    if mode == 0:
        c = zlib.compress(data, level)
        show('compress', c)
        d = zlib.decompress(c)
        print('roundtrip', d == data)
        return
    strategy = r.below(5)
    wbits = [9, 10, 12, 15, -9, -12, -15, 25, 31, 8][r.below(10)]
    mem = r.below(9) + 1
    print('params', strategy, wbits, mem)
    co = zlib.compressobj(level, zlib.DEFLATED, wbits, mem, strategy)
    parts = []
    pos = 0
    while pos < len(data):
        n = [1, 7, 100, 1000, 20000, 70000][r.below(6)]
        n = r.below(n) + 1
        parts.append(co.compress(data[pos:pos + n]))
        pos += n
        if r.below(5) == 0:
            parts.append(co.flush([zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK][r.below(4)]))
        if r.below(20) == 0:
            co = co.copy()
    parts.append(co.flush())
    c = b''.join(parts)
    show('stream', c)
    for p in parts[:6]:
        show('part', p)
    wb = wbits if wbits != 8 else 9
    do = zlib.decompressobj(wb)
    out = []
    pos = 0
    while pos < len(c):
        n = r.below([3, 100, 5000, 100000][r.below(4)]) + 1
        ml = [0, 1, 50, 4000][r.below(4)]
        chunk = do.unconsumed_tail + c[pos:pos + n]
        pos += n
        out.append(do.decompress(chunk, ml))
        print('d', len(out[-1]), len(do.unconsumed_tail), len(do.unused_data), do.eof)
    while do.unconsumed_tail:
        out.append(do.decompress(do.unconsumed_tail, 10000))
    out.append(do.flush())
    print('decomp', b''.join(out) == data, do.eof)

seed = int(sys.argv[1]); n = int(sys.argv[2])
for i in range(n):
    case(i, seed)
'''


def main():
    args = sys.argv[1:]
    cases, seed = 200, 1
    refpy = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'target', 'release', 'refpy')
    while args:
        a = args.pop(0)
        if a == '--cases':
            cases = int(args.pop(0))
        elif a == '--seed':
            seed = int(args.pop(0))
        elif a == '--refpy':
            refpy = args.pop(0)
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'zlib_worker.py')
        with open(path, 'w') as f:
            f.write(WORKER)
        exp = subprocess.run(['python3', path, str(seed), str(cases)], cwd='/',
                             capture_output=True, text=True)
        got = subprocess.run([refpy, path, str(seed), str(cases)], cwd='/',
                             capture_output=True, text=True)
    e, g = exp.stdout.splitlines(), got.stdout.splitlines()
    bad = 0
    current = None
    for i in range(max(len(e), len(g))):
        a = e[i] if i < len(e) else '<missing>'
        b = g[i] if i < len(g) else '<missing>'
        if a.startswith('case'):
            current = a
        if a != b:
            bad += 1
            if bad <= 20:
                print('MISMATCH in', current)
                print('  python3:', a)
                print('  refpy:  ', b)
    if got.stderr.strip():
        print('refpy stderr:', got.stderr.strip()[-2000:])
    ncases = sum(1 for x in e if x.startswith('case'))
    print('%d cases, %d differing lines' % (ncases, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
