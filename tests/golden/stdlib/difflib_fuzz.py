# Generated cases (a fixed linear congruential generator, so the inputs are the same
# everywhere) checked against CPython's output.
import difflib

state = 12345
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

def rseq(alpha, lo, hi):
    return ''.join(alpha[rand(len(alpha))] for _ in range(lo + rand(hi - lo + 1)))

def rlines():
    pool = [rseq('ab c\t#', 0, 10) + '\n' for _ in range(1 + rand(6))]
    return [pool[rand(len(pool))] if rand(10) < 6 else rseq('abcd  x', 0, 8) + '\n'
            for _ in range(rand(14))]

for it in range(25):
    alpha = ['ab', 'abc', 'abcdefg', 'ab  '][rand(4)]
    a, b = rseq(alpha, 0, 30), rseq(alpha, 0, 30)
    if it % 6 == 0:
        a, b = rseq(alpha, 150, 300), rseq(alpha, 200, 300)
    junk = [None, lambda c: c == ' '][rand(2)]
    s = difflib.SequenceMatcher(junk, a, b, autojunk=rand(3) > 0)
    print(it, s.get_matching_blocks()[-3:], s.get_opcodes()[:6])
    print(round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6),
          sorted(s.bpopular))
    la, lb = rlines(), rlines()
    print(''.join(difflib.ndiff(la, lb)), end='')
    print(''.join(difflib.unified_diff(la, lb, 'x', 'y', n=rand(4))), end='')
    print(''.join(difflib.context_diff(la, lb, 'x', 'y', n=rand(4))), end='')
