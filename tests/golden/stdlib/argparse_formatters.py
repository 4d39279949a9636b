# The formatter classes, custom formatters, and the help width from $COLUMNS.
import argparse
import os

os.environ.pop('COLUMNS', None)

DESCRIPTION = '''First line of the description.
    An indented second line, kept as is by the raw formatters.

A paragraph after a blank line.'''

HELP = '''Line one of the help.
  Line two, indented.'''


def build(cls, **kw):
    p = argparse.ArgumentParser(prog='fmt', description=DESCRIPTION,
                                epilog='epilog\n  indented', formatter_class=cls, **kw)
    p.add_argument('--alpha', default=1, type=int, help=HELP)
    p.add_argument('--beta', default='b', help='beta value')
    p.add_argument('--gamma', help='no default shown when None')
    p.add_argument('--delta', default=argparse.SUPPRESS, help='suppressed default')
    p.add_argument('--eps', default=3, help='already says %(default)s')
    p.add_argument('--flag', action='store_true', help='a flag')
    p.add_argument('--nohelp', default=7)
    p.add_argument('pos', help='positional')
    p.add_argument('opt_pos', nargs='?', default='dflt', help='optional positional')
    p.add_argument('star_pos', nargs='*', default=[], help='star positional')
    return p


for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    print('=====', cls.__name__)
    build(cls).print_help()


class Both(argparse.ArgumentDefaultsHelpFormatter, argparse.RawTextHelpFormatter):
    pass


print('===== Both')
build(Both).print_help()

print('===== MetavarTypeHelpFormatter')
m = argparse.ArgumentParser(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument('--count', type=int, help='a count')
m.add_argument('ratio', type=float)
m.print_help()


class Custom(argparse.HelpFormatter):
    """Show '-s, --long ARG' instead of '-s ARG, --long ARG'."""

    def _format_action_invocation(self, action):
        if not action.option_strings or action.nargs == 0:
            return super()._format_action_invocation(action)
        default = self._get_default_metavar_for_optional(action)
        return ', '.join(action.option_strings) + ' ' + self._format_args(action, default)


print('===== Custom')
c = argparse.ArgumentParser(prog='custom', formatter_class=Custom)
c.add_argument('-o', '--output', help='output file')
c.add_argument('-x', action='store_true', help='flag')
c.print_help()

# width from COLUMNS
for columns in ('40', '120', '0', 'junk'):
    os.environ['COLUMNS'] = columns
    print('===== COLUMNS', columns)
    w = argparse.ArgumentParser(prog='width', description='word ' * 30)
    w.add_argument('--some-option', metavar='VALUE', help='help text ' * 8)
    w.add_argument('--other', nargs='+', help='short')
    w.add_argument('files', nargs='*', help='the files')
    w.print_help()
del os.environ['COLUMNS']

# A very narrow width: the help column is at least 4 and help is at least 11 wide
f = argparse.HelpFormatter('narrow', width=20)
print(f._max_help_position, f._width)
n = argparse.ArgumentParser(prog='narrow', formatter_class=lambda prog: argparse.HelpFormatter(prog, width=20))
n.add_argument('--opt', help='some help text that has to wrap a lot')
n.print_help()
