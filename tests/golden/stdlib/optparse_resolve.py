# optparse conflict handling: 'error' messages, 'resolve' taking option strings
# away from older options (also across groups and the automatic --help and
# --version options), removing options and groups' lookups.
import io
import os
import sys
os.environ['COLUMNS'] = '80'
from optparse import (OptionParser, OptionGroup, Option, OptionConflictError,
                      TitledHelpFormatter)


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


def strings(container):
    return [str(o) for o in container.option_list]


e = OptionParser(prog='e', version='1.0')
for args in [('-h',), ('--help', '-z'), ('-q', '--version'), ('-x', '--help', '-h', '--version')]:
    try:
        e.add_option(*args)
    except OptionConflictError as err:
        print('conflict:', err, '|', err.msg, '|', err.option_id)
print(strings(e))
g = e.add_option_group('G')
try:
    g.add_option('--version')
except OptionConflictError as err:
    print('group conflict:', err)

r = OptionParser(prog='r', version='%prog 2', conflict_handler='resolve')
r.add_option('-h', '--host', help='host name')
print(strings(r))
r.add_option('--version', '-V', action='store_true', help='new version flag')
print(strings(r))
r.add_option('-n', '--name', '-N', help='first')
r.add_option('-N', '--nick', help='second')
r.add_option('--name', help='third')
print(strings(r))
grp = r.add_option_group('Group', 'resolution works across groups')
grp.add_option('-n', help='group n')
grp.add_option('--help', action='help', help='group help')
print(strings(r), strings(grp))
print(r.format_help())
for argv in [['-h', 'H'], ['--version'], ['-V', '-n', '1', '-N', '2', '--name', '3'], ['--nam=x', '--ni', 'y'],
             ['--he'], ['--help']]:
    run(r, argv)
print(r.get_option_group('-n') is grp, r.get_option_group('--nick'), r.get_option('--help').container is grp)
print(sorted(r.defaults.items()))

# an option that loses all its strings leaves its container
last = OptionParser(prog='last', conflict_handler='resolve', add_help_option=False)
a = last.add_option('-a', '--all', help='A')
g2 = last.add_option_group('G2')
b = g2.add_option('-b', help='B')
last.add_option('-b', '--all', help='new')
last.add_option('-a', help='newer')
print(strings(last), strings(g2), a.container is last, str(a), str(b))
print(last.format_help())
last.set_conflict_handler('error')
try:
    last.add_option('-a')
except OptionConflictError as err:
    print(err)
try:
    last.set_conflict_handler('ignore')
except ValueError as err:
    print(err)
print(last.conflict_handler, g2.conflict_handler)

# remove_option, has_option, get_option
rm = OptionParser(prog='rm')
rm.add_option('-v', '--verbose', action='count')
rg = rm.add_option_group('RG')
rg.add_option('-q', '--quiet', action='store_true')
print(rm.has_option('-v'), rm.has_option('--quiet'), rg.has_option('-v'), str(rg.get_option('--verbose')))
rm.remove_option('--verbose')
print(rm.has_option('-v'), strings(rm))
rg.remove_option('-q')
print(rm.has_option('--quiet'), strings(rg))
for name in ('-v', '--quiet', 'x'):
    try:
        rm.remove_option(name)
    except ValueError as err:
        print(err)
rm.add_option('-v', '--verbose', action='store_true')
print(strings(rm), sorted(rm.defaults.items()))
run(rm, ['-v', '--ver', '--q'])
t = OptionParser(prog='t', formatter=TitledHelpFormatter(), conflict_handler='resolve')
t.add_option('-h', '--hello', help='greets')
print(t.format_help())
