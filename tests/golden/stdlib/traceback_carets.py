import traceback, sys

def show(lines):
    print(''.join(lines), end='')

def catch(fn, *a):
    try:
        fn(*a)
    except BaseException as e:
        return e

class Obj:
    attr = None
d = {'a': [1, 2]}
o = Obj()
def binop(): return d['a'][0] + d['a'][1] * o.attr
def binop2(): return 1 +   (d)
def binop3(): return ((d['a'][0])) // (0)
def sub(): return d['a'][5]
def sub2(): return d   [  'b'  ]
def call(): return len(5)
def attr(): return o.missing.other
def whole(): raise ValueError
def multi():
    return len(
        5,
    )
def unicode_line(): s = 'ééé'; return s['x'] + 1
def unicode_sub(): s = {'é': 1}; return s['ü']
def power(): return 2 ** 'x'
def shift(): return 2 << 'y'
def nested(): return [x for x in [1]][0] + binop()
def comment(): return (1  # comment
    + 'a')
for fn in (binop, binop2, binop3, sub, sub2, call, attr, whole, multi, unicode_line, unicode_sub, power, shift, nested, comment):
    e = catch(fn)
    show(traceback.format_exception(e))
    fs = traceback.extract_tb(e.__traceback__)[-1]
    print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))

def recurse(n):
    return recurse(n + 1)
e = catch(recurse, 0)
lines = traceback.format_exception(e)
print(len(lines))
show(lines)
def mutual_a(n):
    if n > 20: raise KeyError(n)
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
show(traceback.format_exception(catch(mutual_a, 0)))
def four(n):
    if n == 0: raise KeyError
    four(n - 1)
for n in (2, 3, 4, 5):
    show(traceback.format_tb(catch(four, n).__traceback__))
s = traceback.StackSummary.from_list([('f.py', 1, 'g', 'x')] * 6 + [('f.py', 2, 'g', None)] * 4 + [('h.py', 1, 'g', 'y')])
show(s.format())
