"""Differential test of gettext.c2py (plural-form expressions): prints, for SEED and COUNT
random expressions, each one's values or error. Run it under python3 and refpy and diff:
  python3 -P scripts/gettext_difftest.py 1 3000 > a; refpy scripts/gettext_difftest.py 1 3000 > b; diff a b
"""
import gettext, sys, warnings
warnings.simplefilter('ignore')
seed = int(sys.argv[1]); count = int(sys.argv[2])
state = seed
def rnd(k):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 8) % k
ATOMS = ['n', '1', '0', '2', '10', '(n)', '007']
BIN = ['||', '&&', '==', '!=', '<', '>', '<=', '>=', '+', '-', '*', '/', '%']
def gen(d):
    r = rnd(10)
    if d > 4 or r < 3:
        s = ATOMS[rnd(len(ATOMS))]
    elif r < 7:
        s = gen(d + 1) + ' ' + BIN[rnd(len(BIN))] + ' ' + gen(d + 1)
    elif r < 8:
        s = '!' + gen(d + 1)
    elif r < 9:
        s = '(' + gen(d + 1) + ')'
    else:
        s = gen(d + 1) + ' ? ' + gen(d + 1) + ' : ' + gen(d + 1)
    return s
JUNK = ['(', ')', '?', ':', '!', ' ', 'm', '=', '((((((((((', '))))))))))', '||', '$']
for i in range(count):
    e = gen(0)
    if rnd(6) == 0:
        k = rnd(len(e) + 1)
        e = e[:k] + JUNK[rnd(len(JUNK))] + e[k:]
    if rnd(8) == 0:
        e = '(' * (15 + rnd(8)) + e + ')' * (15 + rnd(8))
    try:
        f = gettext.c2py(e)
        out = []
        for n in (0, 1, 2, 3, 5, 11, 2.5):
            try:
                out.append(repr(f(n)))
            except Exception as x:
                out.append(type(x).__name__ + ':' + str(x))
        print(repr(e), out)
    except Exception as x:
        print(repr(e), type(x).__name__, x)
