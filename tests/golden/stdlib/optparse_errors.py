# optparse errors: bad command lines exit with status 2 and the usage plus
# "prog: error: ..." on stderr (captured here); bad Option definitions raise OptionError.
import io
import os
import sys
os.environ['COLUMNS'] = '80'
from optparse import (OptionParser, Option, OptionError, OptionConflictError, OptParseError,
                      BadOptionError, OptionValueError, OptionGroup)
import optparse


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
    print(argv, 'exit', status, 'out', repr(out.getvalue()), 'err', repr(err.getvalue()))
    if result:
        print('  ', str(result[0]), result[1])


p = OptionParser(prog='prog', version='%prog 2.1')
p.add_option('-n', type='int')
p.add_option('--float', type='float')
p.add_option('--choice', choices=['a', 'b'])
p.add_option('--pair', nargs=2)
p.add_option('--flag', action='store_true')
p.add_option('--verbose', action='store_true')
p.add_option('--version-info', action='store_true')
for argv in [['-x'], ['--nope'], ['-n'], ['-n', 'x'], ['--float=abc'], ['--choice', 'c'],
             ['--pair', '1'], ['--flag=1'], ['--ver'], ['--v'], ['--h'], ['-h'], ['--version'],
             ['-n5', '--help'], ['--fl', 'x']]:
    run(p, argv)

q = OptionParser(usage='%prog [-q] FILE', prog='other')
run(q, ['-z'])
q = OptionParser(usage=optparse.SUPPRESS_USAGE, prog='nousage')
run(q, ['-z'])

class Checked(OptionParser):
    def check_values(self, values, args):
        if not args:
            self.error('need a file')
        return values, args
run(Checked(prog='c'), [])

try:
    OptionParser(prog='x').exit(3, 'bye\n')
except SystemExit as e:
    print('exit code', e.code)

bad_options = [
    ((), {}), (('x',), {}), (('-',), {}), (('--',), {}), (('-xy',), {}), (('--x',), {'bogus': 1, 'alpha': 2}),
    (('-x',), {'action': 'frob'}), (('-x',), {'type': 'frob'}), (('-x',), {'action': 'store_true', 'type': 'int'}),
    (('-x',), {'type': 'choice'}), (('-x',), {'type': 'choice', 'choices': 'ab'}), (('-x',), {'type': 'int', 'choices': ['a']}),
    (('-x',), {'const': 1}), (('-x',), {'action': 'count', 'nargs': 2}), (('-x',), {'action': 'callback', 'callback': 3}),
    (('-x',), {'action': 'callback', 'callback': len, 'callback_args': [1]}),
    (('-x',), {'action': 'callback', 'callback': len, 'callback_kwargs': 1}),
    (('-x',), {'callback': len}), (('-x',), {'callback_args': ()}), (('-x',), {'callback_kwargs': {}}),
    (('-x', '---y'), {}), (('-x',), {'type': float, 'action': 'append'}),
]
for args, kw in bad_options:
    try:
        o = Option(*args, **kw)
        print('ok', str(o), o.type, o.action, o.dest)
    except (OptionError, TypeError) as e:
        print(type(e).__name__, str(e), getattr(e, 'option_id', None))

p = OptionParser(prog='p')
p.add_option('-a', '--alpha')
try:
    p.add_option('-a', '--beta')
except OptionConflictError as e:
    print('conflict', e, e.msg, e.option_id)
try:
    p.add_option('--alpha', '-b')
except OptionConflictError as e:
    print('conflict', e)
r = OptionParser(prog='r', conflict_handler='resolve')
r.add_option('-a', '--alpha', help='first')
r.add_option('-a', help='second')
r.add_option('--alpha', help='third')
print([str(o) for o in r.option_list])
print(r.format_help())
try:
    OptionParser(conflict_handler='odd')
except ValueError as e:
    print(e)
for bad in [(3,), ('-z', 1), (Option('-z'), 2)]:
    try:
        p.add_option(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    p.add_option_group(OptionGroup(OptionParser(), 'T'))
except ValueError as e:
    print(e)
try:
    p.add_option_group(5)
except TypeError as e:
    print(e)
print(str(BadOptionError('-q')), str(optparse.AmbiguousOptionError('--a', ['--ab', '--ac'])))
print(str(OptParseError('m')), str(OptionValueError('v')), str(OptionError('m', None)), str(OptionError('m', Option('-q'))))
print(issubclass(OptionConflictError, OptionError), issubclass(BadOptionError, OptParseError),
      issubclass(OptParseError, Exception), issubclass(optparse.AmbiguousOptionError, BadOptionError))
p.destroy()
print(hasattr(p, 'option_list'), hasattr(p, '_short_opt'))
