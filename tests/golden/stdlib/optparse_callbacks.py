# optparse callbacks: the (option, opt_str, value, parser, *args, **kwargs)
# protocol, parser.rargs/largs/values while parsing, callbacks that consume
# arguments, raise OptionValueError or check option order; references held.
import io
import os
import sys
os.environ['COLUMNS'] = '80'
from optparse import OptionParser, OptionValueError, Option, Values


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


def vararg_callback(option, opt_str, value, parser):
    assert value is None
    value = []
    for arg in parser.rargs:
        if arg[:2] == '--' and len(arg) > 2:
            break
        if arg[:1] == '-' and len(arg) > 1:
            try:
                float(arg)
            except ValueError:
                break
        value.append(arg)
    del parser.rargs[:len(value)]
    setattr(parser.values, option.dest, value)


def record(option, opt_str, value, parser, *args, **kwargs):
    print('  record', str(option), opt_str, repr(value), args, sorted(kwargs.items()),
          parser.largs, parser.rargs, str(parser.values))


def order_check(option, opt_str, value, parser):
    if parser.values.b:
        raise OptionValueError("can't use %s after -b" % opt_str)
    setattr(parser.values, option.dest, 1)


def stash_positional(option, opt_str, value, parser):
    parser.largs.append('[%s]' % opt_str)


def stop_here(option, opt_str, value, parser):
    # move everything that is left to the positional arguments
    parser.largs.extend(parser.rargs)
    del parser.rargs[:]


def set_flag_and_value(option, opt_str, value, parser, flag):
    setattr(parser.values, flag, True)
    setattr(parser.values, option.dest, value * 2)


p = OptionParser(prog='cb')
p.add_option('-c', '--callback', action='callback', callback=vararg_callback, dest='vararg')
p.add_option('-r', action='callback', callback=record)
p.add_option('--rec', action='callback', callback=record, type='int', nargs=2,
             callback_args=('x', 2), callback_kwargs={'key': 'v'})
p.add_option('--rchoice', action='callback', callback=record, type='choice', choices=['one', 'two'])
p.add_option('-a', action='callback', callback=order_check, dest='a')
p.add_option('-b', action='store_true')
p.add_option('-p', action='callback', callback=stash_positional)
p.add_option('--rest', action='callback', callback=stop_here)
p.add_option('-d', '--double', action='callback', callback=set_flag_and_value, type='float',
              callback_args=('doubled',), dest='dbl')
for argv in [
    ['-c', '1', '2', '-3', '--callback', 'x', '-b'],
    ['-c', 'a', '--', 'b'],
    ['pos', '-r', 'more', '-rr'],
    ['--rec', '5', '0x10', 'tail'],
    ['--rec', '5'],
    ['--rec', '5', 'q'],
    ['--rch=two', '--rchoice', 'three'],
    ['-a', '-b'],
    ['-b', '-a'],
    ['x', '-pp', 'y', '-p'],
    ['a', '--rest', '-b', '--nonsense'],
    ['-d', '2.5', '--double=1e1'],
    ['-d', 'two'],
    ['-r=1'],
    ['--rest=1'],
]:
    run(p, argv)

# a callback without dest or type: dest stays None and no default is recorded
print(p.get_option('-r').dest, p.get_option('--rec').dest, p.get_option('-a').dest)
print(sorted(p.defaults))
print(p.format_help())

# callback errors that are not OptionValueError propagate
def boom(option, opt_str, value, parser):
    raise KeyError(opt_str)
q = OptionParser(prog='q')
q.add_option('--boom', action='callback', callback=boom)
try:
    q.parse_args(['--boom'])
except KeyError as e:
    print('KeyError', e)

# a callback can store into a Values passed in by the caller
shared = Values({'seen': []})
def collect(option, opt_str, value, parser):
    parser.values.seen.append(opt_str)
q = OptionParser(prog='q')
q.add_option('-x', '--ex', action='callback', callback=collect)
v, rest = q.parse_args(['-xx', '--ex', '--e', 'z'], shared)
print(v is shared, shared.seen, rest)

# references: the option keeps its callback and args; destroy() breaks the
# parser's cycles so it is freed at once
import gc, weakref
def lonely(option, opt_str, value, parser, *extra):
    pass
args = ('payload',)
base_cb, base_args = sys.getrefcount(lonely), sys.getrefcount(args)
r = OptionParser(prog='r')
r.add_option('--l', action='callback', callback=lonely, callback_args=args)
print(sys.getrefcount(lonely) - base_cb, sys.getrefcount(args) - base_args)
r.parse_args(['--l'])
print(sys.getrefcount(lonely) - base_cb, sys.getrefcount(args) - base_args)
gc.disable()
ref = weakref.ref(r)
r.destroy()
del r
print('parser freed', ref() is None)
print(sys.getrefcount(lonely) - base_cb, sys.getrefcount(args) - base_args)
s = OptionParser(prog='s')
ref = weakref.ref(s)
del s
print('cycle alive', ref() is not None)
gc.collect()
print('cycle collected', ref() is None)
gc.enable()
