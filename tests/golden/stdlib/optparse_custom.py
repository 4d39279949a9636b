# optparse extension: an Option subclass with new TYPES/TYPE_CHECKER entries,
# a new action via ACTIONS/STORE_ACTIONS/TYPED_ACTIONS and take_action, extra
# ATTRS and CHECK_METHODS, option_class on parsers and groups; __del__ order
# when a parser is destroyed.
import io
import os
import sys
os.environ['COLUMNS'] = '80'
from copy import copy
import optparse
from optparse import Option, OptionParser, OptionValueError, OptionError, Values


def run(parser, argv):
    err, out = io.StringIO(), io.StringIO()
    old = sys.stderr, sys.stdout
    sys.stderr, sys.stdout = err, out
    try:
        result = parser.parse_args(argv)
        status = None
    except SystemExit as e:
        result = None
        status = e.code
    finally:
        sys.stderr, sys.stdout = old
    print(argv, 'exit', status, repr(out.getvalue()), repr(err.getvalue()))
    if result:
        print('   ', sorted(vars(result[0]).items(), key=str), result[1])


def check_size(option, opt, value):
    units = {'k': 1024, 'm': 1024 ** 2}
    try:
        if value[-1:].lower() in units:
            return int(value[:-1]) * units[value[-1:].lower()]
        return int(value)
    except ValueError:
        raise OptionValueError('option %s: invalid size: %r' % (opt, value))


def check_bool(option, opt, value):
    if value.lower() in ('yes', 'true', '1'):
        return True
    if value.lower() in ('no', 'false', '0'):
        return False
    raise OptionValueError('option %s: expected yes or no, got %r' % (opt, value))


def check_unit(self):
    if self.unit is not None and self.type != 'size':
        raise OptionError("'unit' needs type 'size'", self)


class MyOption(Option):
    TYPES = Option.TYPES + ('size', 'bool')
    TYPE_CHECKER = copy(Option.TYPE_CHECKER)
    TYPE_CHECKER['size'] = check_size
    TYPE_CHECKER['bool'] = check_bool
    ACTIONS = Option.ACTIONS + ('extend', 'toggle')
    STORE_ACTIONS = Option.STORE_ACTIONS + ('extend', 'toggle')
    TYPED_ACTIONS = Option.TYPED_ACTIONS + ('extend',)
    ALWAYS_TYPED_ACTIONS = Option.ALWAYS_TYPED_ACTIONS + ('extend',)
    ATTRS = Option.ATTRS + ['unit']
    CHECK_METHODS = Option.CHECK_METHODS + [check_unit]

    def take_action(self, action, dest, opt, value, values, parser):
        if action == 'extend':
            values.ensure_value(dest, []).extend(value.split(','))
        elif action == 'toggle':
            setattr(values, dest, not values.ensure_value(dest, False))
        else:
            return Option.take_action(self, action, dest, opt, value, values, parser)
        return 'custom'


p = OptionParser(prog='custom', option_class=MyOption)
p.add_option('-s', '--size', type='size', default='4k', help='buffer size [%default]')
p.add_option('--limit', type='size', unit='bytes', nargs=2)
p.add_option('-b', '--bool', type='bool', dest='flag')
p.add_option('-e', '--extend', action='extend', dest='items', metavar='A,B,...')
p.add_option('-t', '--toggle', action='toggle')
g = p.add_option_group('Group', 'Options made by the group use the same class.')
g.add_option('--gsize', type='size')
for argv in [[], ['-s', '2m'], ['--size=12'], ['-s', 'lots'], ['--limit', '1k', '2K'],
             ['-b', 'YES', '--bool=no'], ['-b', 'maybe'], ['-e', 'a,b', '-ec', '--ext=d,e'],
             ['-ttt'], ['--gsize', '3m', 'x'], ['--gsize']]:
    run(p, argv)
print(p.format_help())
print(type(p.get_option('-s')).__name__, type(g.get_option('--gsize')).__name__)
print(p.get_option('--limit').unit, p.get_option('-s').unit, p.get_option('-e').type, p.get_option('-t').type)
print(p.get_option('-t').process('-t', None, Values(), p), p.get_option('-s').process('-s', '1', Values(), p))

for args, kw in [(('-x',), {'unit': 'b'}), (('-x',), {'type': 'bogus'}), (('-x',), {'action': 'extend'}),
                 (('-x',), {'action': 'toggle', 'type': 'int'}), (('-x',), {'action': 'frob'}),
                 (('-x',), {'type': 'size', 'unit': 'b', 'extra': 1})]:
    try:
        o = MyOption(*args, **kw)
        print('ok', str(o), o.action, o.type, o.dest, o.nargs)
    except OptionError as e:
        print('OptionError', e)

# plain Option rejects the new type and action
for kw in [{'type': 'size'}, {'action': 'extend'}]:
    try:
        Option('-x', **kw)
    except OptionError as e:
        print('OptionError', e)

# a new action listed in ACTIONS but not handled reaches the base take_action
class HalfOption(Option):
    ACTIONS = Option.ACTIONS + ('half',)
h = OptionParser(prog='half', option_class=HalfOption)
h.add_option('--half', action='half')
try:
    h.parse_args(['--half'])
except ValueError as e:
    print('ValueError', e)

# a custom formatter subclass
class Loud(optparse.IndentedHelpFormatter):
    def format_heading(self, heading):
        return '%*s== %s ==\n' % (self.current_indent, '', heading.upper())
    def format_usage(self, usage):
        return 'USE: %s\n' % usage
    def format_option_strings(self, option):
        return ' | '.join(str(option).split('/'))
l = OptionParser(prog='loud', formatter=Loud(), description='Loud help.')
l.add_option('-v', '--verbose', action='store_true', help='noise')
l.add_option_group('Extra').add_option('--x', help='x')
print(l.format_help())

# __del__ order when a parser is torn down
class Noisy(Option):
    def __del__(self):
        print('del', str(self))
n = OptionParser(prog='n', option_class=Noisy, add_help_option=False)
n.add_option('-a')
n.add_option('-b')
ng = n.add_option_group('G')
ng.add_option('-c')
n.add_option('-d')
n.destroy()
print('destroyed')
n2 = OptionParser(prog='n2', option_class=Noisy, add_help_option=False)
n2.add_option('-e')
n2.add_option('-f')
n2.format_help()
n2.destroy()
print('destroyed after help')
del n, n2
print('end')
