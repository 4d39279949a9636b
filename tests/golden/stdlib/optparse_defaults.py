# optparse defaults: %default in help texts, defaults from add_option,
# set_default(s) and the parser, string defaults converted through the
# option's type, NO_DEFAULT, default_tag and NO_DEFAULT_VALUE overrides.
import os
import sys
os.environ['COLUMNS'] = '80'
import optparse
from optparse import (OptionParser, Option, OptionValueError, IndentedHelpFormatter,
                      TitledHelpFormatter, NO_DEFAULT)

p = OptionParser(prog='d', usage='%prog [options] <in> <out>',
                 description='Defaults are shown with %default in a help text.')
p.add_option('-n', '--count', type='int', default='0x20', help='count (default %default)')
p.add_option('-r', '--ratio', type='float', default=0.25, help='ratio %default, again %default')
p.add_option('-c', '--complex', type='complex', default='1j', help='c=%default')
p.add_option('-m', '--mode', choices=['a', 'b'], default='a', help='mode [%default]')
p.add_option('-l', '--list', action='append', default=[], help='list %default')
p.add_option('-t', '--tuple', nargs=2, type='int', default=(1, 2), help='pair %default')
p.add_option('-q', action='store_false', dest='verbose', help='quiet (verbose=%default)')
p.add_option('-v', action='store_true', dest='verbose', default=True, help='loud (verbose=%default)')
p.add_option('-z', help='no default: %default')
p.add_option('--obj', default=object, help='%default')
p.add_option('--count2', action='count', help='counted %default')
p.add_option('--pct', help='100%% and %default and %prog')
g = p.add_option_group('Grouped')
g.add_option('--gdef', type='int', default='7', help='group %default')
print(p.format_help())
v, args = p.parse_args([])
print(sorted(vars(v).items(), key=str))
print(sorted(p.defaults.items(), key=str))
v, args = p.parse_args(['-n', '3', '-l', 'x', '-l', 'y'])
print(v.count, v.list, p.defaults['list'])

p.set_defaults(count='0b11', ratio='1.5', extra='kept', mode='b')
p.set_default('gdef', '-4')
print(p.format_help())
v = p.get_default_values()
print(v.count, v.ratio, v.extra, v.mode, v.gdef)
p.set_process_default_values(False)
v = p.get_default_values()
print(repr(v.count), repr(v.ratio), repr(v.gdef))
p.set_process_default_values(True)
p.set_default('count', 'twelve')
try:
    p.parse_args([])
except OptionValueError as e:
    print('OptionValueError', e)
v, args = p.parse_args([], optparse.Values({'count': 'raw'}))
print(repr(v.count), args)

o = Option('-x')
print(o.default is NO_DEFAULT, NO_DEFAULT)
q = OptionParser(prog='q')
q.add_option('-x', dest='shared', default=1, help='x %default')
q.add_option('-y', dest='shared', help='y %default')
q.add_option('-w', dest='shared', default=None, help='w %default')
print(q.defaults, q.format_option_help())
q.add_option('-u', dest='shared', default=5)
print(q.defaults)

f = IndentedHelpFormatter()
f.default_tag = '@D'
f.NO_DEFAULT_VALUE = '(unset)'
s = OptionParser(prog='s', formatter=f)
s.add_option('-a', default=3, help='a is @D, not %default')
s.add_option('-b', help='b is @D')
print(s.format_help())
f.default_tag = ''
print(s.format_option_help())
print(f.expand_default(s.get_option('-a')), IndentedHelpFormatter().expand_default(s.get_option('-a')))

t = OptionParser(prog='t', formatter=TitledHelpFormatter(width=50), epilog='Default values: see above. ' * 3)
t.add_option('--level', type='int', default=2, help='the level of detail that is printed, %default by default')
t.add_option('--name', default='anonymous', metavar='WHO', help='who is speaking [%default]')
print(t.format_help())
