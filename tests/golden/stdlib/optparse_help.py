# optparse help output: the indented and titled formatters, groups, wrapping,
# %default and %prog, long option strings, suppression, epilog, description.
import os
os.environ['COLUMNS'] = '80'
from optparse import (OptionParser, OptionGroup, TitledHelpFormatter, IndentedHelpFormatter,
                      SUPPRESS_HELP, SUPPRESS_USAGE)

p = OptionParser(usage='usage: %prog [options] arg1 arg2', version='%prog 1.0', prog='tool',
                 description='A tool that does a great many things to files. ' * 3,
                 epilog='See the manual for details about everything described above here.')
p.add_option('-v', '--verbose', action='store_true', default=True, help='make lots of noise [default]')
p.add_option('-q', '--quiet', action='store_false', dest='verbose', help='be vewwy quiet (I\'m hunting wabbits)')
p.add_option('-f', '--filename', metavar='FILE', help='write output to FILE')
p.add_option('-m', '--mode', default='intermediate',
             help='interaction mode: novice, intermediate, or expert [default: %default]')
p.add_option('-n', type='int', default=4, help='count [default: %default] ' + 'and more words ' * 8)
p.add_option('--a-very-long-option-name-that-overflows', help='short help')
p.add_option('--hidden', help=SUPPRESS_HELP)
p.add_option('--nohelp')
p.add_option('-x', type='int', nargs=2, metavar='X Y')
g = OptionGroup(p, 'Dangerous Options',
                'Caution: use these options at your own risk.  It is believed that some of them bite.')
g.add_option('-g', action='store_true', help='Group option.')
g.add_option('--debug-level', type='choice', choices=['1', '2'], help='the level %default')
p.add_option_group(g)
g2 = p.add_option_group('Empty Group')
print(p.format_help())
print('---')
print(p.get_usage(), end='')
print(p.get_version())
print(p.get_option_group('-g').title, p.get_option_group('-v'))
print(repr(p.format_option_help()))
p.print_help()
p.print_usage()
p.print_version()

t = OptionParser(prog='t', formatter=TitledHelpFormatter(), usage='%prog [opts]')
t.add_option('-a', '--alpha', help='first letter')
t.add_option('-b', type='int', help='second')
tg = t.add_option_group('Group', 'describing the group')
tg.add_option('--gamma', action='store_true', help='third')
print(t.format_help())

for width in (40, 120):
    f = IndentedHelpFormatter(width=width, max_help_position=30)
    q = OptionParser(prog='w', formatter=f)
    q.add_option('-s', '--size', type='int', help='the size of the thing that is being sized here')
    print(q.format_help())
f = IndentedHelpFormatter()
f.set_short_opt_delimiter('')
f.set_long_opt_delimiter(' ')
q = OptionParser(prog='d', formatter=f, add_help_option=False, usage=SUPPRESS_USAGE)
q.add_option('-s', '--size', type='int', help='size')
print(repr(q.format_help()))
for bad in ['x', '=']:
    try:
        f.set_short_opt_delimiter(bad)
    except ValueError as e:
        print(e)
try:
    f.set_long_opt_delimiter('')
except ValueError as e:
    print(e)
e = OptionParser(add_help_option=False, prog='e')
print(repr(e.format_help()), repr(e.format_option_help()))
u = OptionParser(usage='Usage: custom', prog='u')
print(repr(u.get_usage()))
print(f.width, f.help_position, f.max_help_position, f.indent_increment, f.short_first)
print(TitledHelpFormatter().format_heading('Hi'), end='')
