# str % args copies the text between conversions in runs: ASCII and non-ASCII formats,
# %% and a trailing %, mapping keys (non-ASCII, nested parentheses), the character index
# in "unsupported format character" messages, and which single arguments are mappings.
cases = [
    ('Person <%d>', 12),
    ('%.2f', 12.5),
    ('p%d@example.com', 7),
    ('é%sü%d日本', ('x', 3)),
    ('100%% of %s%%', 'all'),
    ('%(名前)s is %(age)d', {'名前': 'Ann', 'age': 30}),
    ('%(a(b)c)s', {'a(b)c': 'nested'}),
    ('%-6s|%+04d|%#x|%5.1f|%c', ('ab', 7, 255, 3.14159, 'é')),
    ('no conversions at all, ünïcödé', ()),
]
for fmt, args in cases:
    print(repr(fmt % args))

for fmt, args in [('abc %y', 1), ('日本 %y', 1), ('é%s %é', ('x', 1)), ('abc%', 1),
                  ('%(x', {'x': 1}), ('%s %s', 1), ('%d', 'x'), ('%s', (1, 2)),
                  ('%(k)s', 3), ('x%(k)s', [1])]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)


class MapInt(int):
    def __getitem__(self, key):
        return 'item ' + key


class F(float):
    pass


print('%(k)s' % MapInt(3), '%d' % MapInt(4), '%s' % F(1.5), '%r' % 2.0, '%s' % True)
