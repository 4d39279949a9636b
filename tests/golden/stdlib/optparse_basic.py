# optparse: actions, types, defaults, abbreviations, interspersed arguments, Values.
import os
os.environ['COLUMNS'] = '80'
from optparse import (OptionParser, Option, Values, make_option, OptionValueError,
                      SUPPRESS_HELP, SUPPRESS_USAGE, NO_DEFAULT)
import optparse

p = OptionParser(prog='prog')
p.add_option('-f', '--file', dest='filename', help='write report to FILE', metavar='FILE')
p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True)
p.add_option('-v', action='store_true', dest='verbose')
p.add_option('-n', '--num', type='int', default=3)
p.add_option('--ratio', type='float')
p.add_option('-c', '--complex', type='complex')
p.add_option('--long', type='long')
p.add_option('-a', '--add', action='append', type='int', dest='nums')
p.add_option('--const', action='store_const', const=42, dest='answer')
p.add_option('-C', action='append_const', const='x', dest='consts')
p.add_option('-V', '--verbosity', action='count')
p.add_option('--mode', choices=['fast', 'slow'], default='fast')
p.add_option('--point', type='int', nargs=2)
p.add_option('--type', type=int, dest='typed')
p.add_option('--name', type=str)

for argv in [[], ['-f', 'out.txt', 'a', 'b'], ['--file=x', '-q'], ['-fx'], ['-qv'], ['-n', '0x1f'],
             ['-n', '017'], ['-n', '0b101'], ['-n', '-5'], ['-n10'], ['--num=7', '--ratio', '2.5'],
             ['-c', '1+2j'], ['--long', '99'], ['-a', '1', '-a2', '--add=3'], ['--const', '-C', '-C'],
             ['-VVV', '--verbosity'], ['--mode', 'slow'], ['--point', '1', '2', 'rest'],
             ['--fi', 'abbrev'], ['--ra=1e3'], ['a', '--', '-n', '5'], ['-', '-n', '4'],
             ['--type', '8', '--name', 'nm'], ['x', '-v', 'y']]:
    values, args = p.parse_args(argv)
    print(argv, sorted(vars(values).items()), args)

print(p.defaults)
v = p.get_default_values()
print(type(v).__name__, str(v))
print(v == Values(p.defaults), v == p.defaults, v == 3, v != {})
p.set_defaults(num='12', verbose=False)
print(p.get_default_values().num)
p.set_process_default_values(False)
print(repr(p.get_default_values().num))
p.set_default('ratio', 0.5)
print(p.defaults['ratio'])

p2 = OptionParser()
p2.disable_interspersed_args()
v2, a2 = p2.parse_args(['a', '-h'])
print(str(v2), a2)
p2.enable_interspersed_args()

vals = Values({'a': 1})
print(vals.ensure_value('a', 5), vals.ensure_value('b', []), vals.a, vals.b)
vals._update({'a': 2, 'zz': 9}, 'careful')
print(str(vals))
vals._update({'zz': 9}, 'loose')
print(str(vals))
try:
    vals._update({}, 'odd')
except ValueError as e:
    print(e)

o = make_option('-x', '--ex', type='choice', choices=('a', 'b'))
print(str(o), o.dest, o.type, o.nargs, o.default is NO_DEFAULT, o.takes_value(), o.get_opt_string())
print(o.check_value('-x', 'a'), Option('-y').get_opt_string(), Option('-y').dest, Option('--yy-zz').dest)
for bad in ['q', 'c']:
    try:
        o.check_value('-x', bad)
    except OptionValueError as e:
        print('OptionValueError', e)
for t, val in [('int', 'abc'), ('float', 'x'), ('complex', 'j j'), ('int', '08'), ('long', '1.5')]:
    try:
        Option('--z', type=t).check_value('--z', val)
    except OptionValueError as e:
        print(e)
print(p.has_option('-f'), p.has_option('--nope'), p.get_option('--file').dest, p.get_option('-Z'))
p.remove_option('--file')
print(p.has_option('-f'), p.has_option('--file'))
try:
    p.remove_option('--file')
except ValueError as e:
    print(e)
print(optparse.__all__)
print(optparse.__version__, SUPPRESS_HELP, SUPPRESS_USAGE)

calls = []
def cb(option, opt, value, parser, *args, **kw):
    calls.append((str(option), opt, value, args, sorted(kw.items()), parser.rargs[:], parser.largs[:]))
    if option.dest:
        setattr(parser.values, option.dest, value)
p3 = OptionParser()
p3.add_option('--cb', action='callback', callback=cb, type='string', callback_args=(1,), callback_kwargs={'k': 2}, dest='cbv')
p3.add_option('--flag', action='callback', callback=cb)
p3.add_option('--two', action='callback', callback=cb, type='int', nargs=2, dest='two')
print(p3.parse_args(['a', '--cb', 'v', '--flag', 'b', '--two', '3', '4', 'c'])[1])
for c in calls:
    print(c)
