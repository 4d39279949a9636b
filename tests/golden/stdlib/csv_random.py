# csv against CPython on random input: 600 random dialects (delimiter, quotechar,
# escapechar, doublequote, skipinitialspace, strict, quoting, lineterminator, small
# field size limits) reading random lines made of the characters that matter to the
# parser, and writing random rows; each result or error is printed.
import csv
import io
import random

R = random.Random(11)
POOL = ['a', 'b', ' ', ',', ';', '"', "'", '\\', '!', '\n', '\r', '\r\n', '1', '2.5', '\t',
        '|', '\0', 'é', 'xyz']


def rdialect():
    kw = {}
    if R.random() < .5:
        kw['delimiter'] = R.choice([',', ';', '\t', ' ', '|', '\0', 'a'])
    if R.random() < .4:
        kw['quotechar'] = R.choice(['"', "'", None, '|'])
    if R.random() < .4:
        kw['escapechar'] = R.choice(['\\', None, '!', '"'])
    if R.random() < .4:
        kw['doublequote'] = R.random() < .5
    if R.random() < .4:
        kw['skipinitialspace'] = R.random() < .5
    if R.random() < .4:
        kw['strict'] = R.random() < .5
    if R.random() < .5:
        kw['quoting'] = R.choice([0, 1, 2, 3])
    if R.random() < .3:
        kw['lineterminator'] = R.choice(['\n', '\r\n', '!', '', 'ab'])
    return kw


def rline():
    return ''.join(R.choice(POOL) for _ in range(R.randrange(0, 12)))


def outcome(f):
    try:
        return f()
    except Exception as e:
        return 'EXC %s.%s %s' % (type(e).__module__, type(e).__name__, e)


for it in range(600):
    kw = rdialect()
    if R.random() < .05:
        csv.field_size_limit(R.choice([3, 5]))
    lines = [rline() for _ in range(R.randrange(0, 5))]

    def read():
        r = csv.reader(lines, **kw)
        out = []
        try:
            for row in r:
                out.append((row, r.line_num))
        except Exception as e:
            out.append(('EXC %s %s' % (type(e).__name__, e), r.line_num))
        return out

    print(it, kw, repr(lines), outcome(read))
    rows = [[R.choice([rline(), None, 1, 2.5, True, '']) for _ in range(R.randrange(0, 4))]
            for _ in range(R.randrange(0, 3))]

    def write():
        s = io.StringIO()
        w = csv.writer(s, **kw)
        results = [w.writerow(row) for row in rows]
        return results, s.getvalue()

    print(it, 'W', repr(rows), outcome(write))
    csv.field_size_limit(131072)
