# string.Formatter: every method, subclass overrides, and the parser's errors.
import string

f = string.Formatter()


def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


class Obj:
    attr = 'A'
    items = {'k': [10, 20]}

    def __format__(self, spec):
        return 'Obj<%s>' % spec

    def __repr__(self):
        return 'Obj()'


t(lambda: f.format('{} and {}', 1, 2))
t(lambda: f.format('{1} {0} {1}', 'a', 'b'))
t(lambda: f.format('{x.attr} {x.items[k][1]} {0[0]}', [5], x=Obj()))
t(lambda: f.format('{0!r:>10}|{0!s}|{0!a}', 'é'))
t(lambda: f.format('{:{w}.{p}f}', 3.14159, w=10, p=2))
t(lambda: f.format('{0:{1}{2}}', 'x', '>', 5))
t(lambda: f.format('{:}{:x}', Obj(), 255))
t(lambda: f.format('{{literal}} {}', 1))
t(lambda: f.format('{} {0}', 1))
t(lambda: f.format('{0} {}', 1))
t(lambda: f.format('{0.x} {}', Obj()))
t(lambda: f.format('{}'))
t(lambda: f.format('{missing}'))
t(lambda: f.format('{0!z}', 1))
t(lambda: f.format('{0:{1:{2:{3}}}}', 1, 2, 3, 4))
t(lambda: f.format('{0[}'))
t(lambda: f.format('{0.}', 1))
t(lambda: f.format(format_string='{}'))
t(lambda: f.vformat('{a}-{0}', (1,), {'a': 2}))
t(lambda: list(f.parse('a{0!r:>3}b{{c}}{x[1].y}')))
t(lambda: list(f.parse('}')))
t(lambda: list(f.parse('{')))
t(lambda: list(f.parse('{0!}')))
t(lambda: f.get_field('a.b', (), {'a': Obj()}))
t(lambda: f.get_field('0[items][k]', (Obj(),), {}))
t(lambda: f.get_value(0, ('x',), {}))
t(lambda: f.get_value('k', (), {'k': 'v'}))
t(lambda: f.get_value(1, ('x',), {}))
t(lambda: f.convert_field(1, None))
t(lambda: f.convert_field('é', 'a'))
t(lambda: f.convert_field(1, 'x'))
t(lambda: f.format_field(3.5, '08.2f'))
t(lambda: f.check_unused_args({0}, (1, 2), {}))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError('unused: %r' % sorted(unused, key=str))


t(lambda: Strict().format('{0}{a}', 1, 2, a=3, b=4))
t(lambda: Strict().format('{0}{1}', 1, 2))


class Defaults(string.Formatter):
    def get_value(self, key, args, kwargs):
        print('  get_value', repr(key))
        if isinstance(key, str):
            return kwargs.get(key, '<%s?>' % key)
        return super().get_value(key, args, kwargs)


t(lambda: Defaults().format('{name} is {age} ({0})', 'zero', name='Ann'))


class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, spec):
        print('  format_field', repr(value), repr(spec))
        return super().format_field(value, spec)


t(lambda: Upper().format('{0!u} {1!r:^7}', 'abc', 'x'))


class Brackets(string.Formatter):
    def parse(self, format_string):
        for literal, name, spec, conv in super().parse(format_string):
            yield literal.replace('<', '['), name, spec, conv


t(lambda: Brackets().format('<{}> <{}>', 1, 2))


class Attr(string.Formatter):
    def get_field(self, field_name, args, kwargs):
        print('  get_field', field_name)
        return field_name.upper(), field_name


t(lambda: Attr().format('{abc} {0.real}'))
