import string
vals = [3.14159, -42, 1234567.891, 0.000123, 255, 'text', True, None]
specs = ['', '>10', '<8', '^9', '+', '.2f', ',', '_', 'e', '.3g', '08.2f', '#x', '#o', '#b', '%', '=+10', '*^11', 'x', 'c', 's', 'n']
for v in vals:
    row = []
    for sp in specs:
        try:
            row.append(format(v, sp))
        except (ValueError, TypeError, OverflowError) as e:
            row.append('E:' + str(e))
    print(repr(v), row)
fmt = string.Formatter()
print(fmt.format('{0[1]} {a[k]} {b.real} {0!a:>6}', ['x', 'é'], a={'k': 'v'}, b=3j))
print(fmt.vformat('{} {}', ('a', 'b'), {}), fmt.format('{:{w}.{p}f}', 3.14159, w=10, p=2))
try:
    fmt.format('{} {0}', 1)
except ValueError as e:
    print('ValueError', e)
try:
    fmt.format('{x}')
except KeyError as e:
    print('KeyError', e)
try:
    '{:d}'.format('s')
except ValueError as e:
    print('ValueError', e)
try:
    '{'.format()
except ValueError as e:
    print('ValueError', e)
print(list(fmt.parse('{a}{b!r:>{w}}text{{esc}}')))
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __format__(self, spec):
        if spec == 'polar': return 'polar!'
        return f'({self.x:{spec}}, {self.y:{spec}})'
print(f'{Pt(1, 2):.2f}', '{:polar}'.format(Pt(0, 0)), f'{Pt(1,2)!s:>40}'[:5])
print(f"{'nested':{'>'}{12}}", f'{3.0:g}', f'{1e16:g}', f'{123456789:,d}', f'{12345.6789:_.2f}', f'{-0.0:+}', f'{float("inf"):>6}')
print('%5.2f|%-6d|%x|%o|%e|%r|%c|%%' % (3.14159, 42, 255, 8, 12345.678, 'q', 65), '%(a)s-%(b)03d' % {'a': 'x', 'b': 7})
