# optparse command-line errors: unknown, ambiguous and abbreviated options,
# missing and unexpected arguments, bad numbers and choices, option clusters;
# exit status 2 with the usage on stderr, error() and exit() overridden.
import io
import os
import sys
os.environ['COLUMNS'] = '80'
from optparse import OptionParser, OptionGroup, SUPPRESS_USAGE


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


p = OptionParser(prog='pe', usage='%prog [-abc] [--long] FILES')
p.add_option('-a', action='store_true')
p.add_option('-b', action='count')
p.add_option('-c', type='int')
p.add_option('-p', type='float', nargs=2)
p.add_option('--long-option', action='store_true')
p.add_option('--long-value', type='int')
p.add_option('--lone')
p.add_option('--choice', type='choice', choices=('red', 'green', 'blue'))
p.add_option('--pair', type='complex', nargs=2)
for argv in [['-x'], ['-abx'], ['-abc'], ['-abc', 'ten'], ['-abc10'], ['-ac', '-1'], ['-c', '08'],
             ['-c', '0o8'], ['-c', '1.0'], ['-c', '0x'], ['-c', ' 12 '], ['-p', '1'], ['-p', '1', 'x'],
             ['-p1', '2', 'three'], ['--l'], ['--lo'], ['--lon'], ['--long'], ['--long-'], ['--long-o=1'],
             ['--long-v'], ['--long-v=x'], ['--long-v='], ['--lone='], ['--lone', '--', 'x'],
             ['--choice', 'Red'], ['--ch=blue'], ['--choice'], ['--pair', '1j', 'nope'], ['--pair=1', '2j'],
             ['--zzz=1'], ['--', '-x'], ['-'], ['-b-'], ['--help=yes'], ['--he', 'x'], ['---'], ['-\u00e9']]:
    run(p, argv)

p.disable_interspersed_args()
for argv in [['file', '-x'], ['-a', 'file', '--bogus'], ['-a', '--', 'file']]:
    run(p, argv)

q = OptionParser(usage=SUPPRESS_USAGE, prog='quiet')
q.add_option('-n', type='int')
run(q, ['-n', 'x'])
q.set_usage('usage: %prog again')
print(repr(q.usage))
run(q, ['-y'])
q.set_usage(None)
run(q, ['-y'])

class NoExit(OptionParser):
    def exit(self, status=0, msg=None):
        raise RuntimeError('exit %r %r' % (status, msg))
ne = NoExit(prog='ne', version='%prog 0.1')
ne.add_option('-n', type='int')
for argv in [['-n', 'q'], ['--version'], ['-h'], ['--nope']]:
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        ne.parse_args(argv)
    except RuntimeError as e:
        message = str(e)
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    print(argv, message, repr(out.getvalue()), repr(err.getvalue()))

class Checked(OptionParser):
    def check_values(self, values, args):
        if len(args) != 2:
            self.error('expected 2 arguments, got %d' % len(args))
        return values, tuple(args)
c = Checked(prog='chk')
c.add_option('-v', action='store_true')
for argv in [['a'], ['a', '-v', 'b'], ['a', 'b', 'c']]:
    run(c, argv)

# a group's options are looked up by the parser
gp = OptionParser(prog='gp')
gg = OptionGroup(gp, 'Group')
gg.add_option('--in-group', type='int')
gp.add_option_group(gg)
for argv in [['--in-group', '3'], ['--in', 'x'], ['--in-group']]:
    run(gp, argv)
