# gettext.c2py: the C plural-form language as CPython evaluates it (&& and || give an
# operand back, '!' reaches over the arithmetic after it, comparisons do not chain),
# its limits (length, nesting) and errors in the order CPython reports them, the
# Python syntax errors its rendering runs into, and non-int counts.
import gettext
import io
import os
import struct
import warnings

VALUES = (0, 1, 2, 3, 5, 11, 21, 104)


def show(expr):
    try:
        f = gettext.c2py(expr)
    except (ValueError, SyntaxError) as e:
        print('%-40r %s: %s' % (expr[:40], type(e).__name__, e))
        return
    out = []
    for k in VALUES:
        try:
            out.append(f(k))
        except ZeroDivisionError as e:
            out.append('ZeroDivisionError')
    print('%-40r %s' % (expr[:40], out))


# real-world rules (Polish, Russian, Arabic, Irish, Slovenian, French)
for expr in ['n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2',
             'n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2',
             'n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5',
             'n==1 ? 0 : n==2 ? 1 : (n>2 && n<7) ? 2 :(n>6 && n<11) ? 3 : 4',
             'n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3', 'n>1', '(n != 1)']:
    show(expr)

# how the operators behave
for expr in ['n && 5', 'n || 0', 'n && 5 || 7', '!n + 1', '!n * 3', '!n && 2', '!n == 2', '!n % 2',
             '!!n', '!(n+1)', 'n == 1 == 1', 'n < 2 < 3', 'n == 2 < 3', '3 > 2 > 1', 'n >= 1 <= 1',
             'n == !n < 1', '!n < 2 < 3', 'n ? 1 : n ? 2 : 3', 'n ? n ? 1 : 2 : 3', '2 + n ? 3 : 4',
             'n ? 7 : 8 || 9', '1 ? 2 : 3 ? 4 : 5', 'n || !n && 2', 'n ? !n : 1', '!n ? 5 : 6',
             'n/3', 'n%7', '10/n', 'n%0', '12345678901234567890', 'n+00000', '\tn\t!=\t1',
             'n?1:2?3:4', '(((n)))?1:2', 'n%10==1&&n%100!=11?0:1']:
    show(expr)

# errors: tokens, structure, nesting, length
for expr in ['', 'm', 'N', 'n1', '1n', '0x1', '=', '&', '|', 'n=1', 'n===1', 'n < = 1', '! =',
             'n\n!= 1', 'n+\r1', 'n+\xa01', 'n + \u0663', '-n', 'n - -1', 'n ** 2', '1 2', 'n ?',
             'n :', ': n', 'n ? 1 : 2 : 3', '()', '(n))', '!', 'n !', '(n', 'n + ((!n)',
             ') m', '1 m', 'n ) m', '1 ? 2 ; 3', '1 ? 2 :', '1 ? 2 : 3 4',
             '(' * 20 + 'n' + ')' * 20, '(' * 21 + 'n' + ')' * 21, '(' * 21 + 'n' + ')' * 20,
             '(' * 21 + 'n' + ')' * 22, '(' * 21 + 'n + !n' + ')' * 21,
             '1 ? ' * 21 + '1' + ' : 2' * 21, '1 ? ' * 22 + '1' + ' : 2' * 22,
             'n ? 1 : ' * 30 + '2', '!' * 40 + 'n',
             ' == '.join(['n'] * 21), ' == '.join(['n'] * 22), ' < '.join(['n'] * 22),
             'n' + ' ' * 995, 'n' + ' ' * 1000]:
    show(expr)

# a `not` after an operator makes Python text CPython cannot compile
for expr in ['n == !n', 'n + !n * 2', '!n == !n', '!n || !n', 'n && !n == 1', 'n == !n ? 1 : 2',
             '1 ? n == !n : 2', '1 ? 2 : n == !n', 'n + (!n)', '(n + !n) ? 1 : 2',
             '!(n + !n) ? 1 : 2', '1 + (n + !n) ? 1 : 2', '(n ? 1 : n + !n) ? 1 : 2',
             '(n + !n ? 1 : 2) ? 3 : 4', 'n < 1 < !n ? 1 : 2', 'n == !n < 1 ? 1 : 2',
             '1 ? (n ? n * !n : 1) : 2', 'n + !n ) )', '(' * 21 + 'n + !n' + ')' * 21]:
    show(expr)

# counts that are not ints
f = gettext.c2py('n != 1')
g = gettext.c2py('n / 2 + n % 3')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(f(True), f(False), f(-3), f(1.0), f(2.5), g(7.5), g(-7))
    for bad in ('3', None, [1], 3 + 0j):
        try:
            f(bad)
        except TypeError as e:
            print('TypeError', e)
print([(w.category.__name__, str(w.message), os.path.basename(w.filename), w.lineno)
       for w in caught])


# through a catalog: the warning points at the code outside gettext
def mo_file(header, entries):
    entries = sorted([(b'', header)] + entries)
    count = len(entries)
    ids = strs = b''
    table = []
    start = 28 + 16 * count
    for key, _ in entries:
        table.append((len(key), start + len(ids)))
        ids += key + b'\0'
    for _, value in entries:
        table.append((len(value), start + len(ids) + len(strs)))
        strs += value + b'\0'
    out = struct.pack('<7I', 0x950412de, 0, count, 28, 28 + 8 * count, 0, 0)
    for length, offset in table:
        out += struct.pack('<2I', length, offset)
    return io.BytesIO(out + ids + strs)


t = gettext.GNUTranslations(mo_file(b'Plural-Forms: nplurals=2; plural=n && 1 ? 1 : 0;\n',
                                    [(b'day\0days', b'DAY\0DAYS')]))


def caller():
    return t.ngettext('day', 'days', 2.0)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(caller(), t.ngettext('day', 'days', 0), t.npgettext('x', 'day', 'days', 1.5))
print([(str(w.message), os.path.basename(w.filename), w.lineno) for w in caught])
try:
    t.ngettext('day', 'days', 'many')
except TypeError as e:
    print('TypeError', e)
