# logging: format validation of the three styles (a random sample of '{' formats),
# handleError's report, stack_info, the deprecated warn(), captureWarnings,
# BufferingFormatter, converters, odd logger names, pickling, Filter edges, records.
import hashlib
import io
import logging
import pickle
import random
import sys
import time
import warnings

random.seed(5)
alphabet = '{}![]:ab0 rs.x'
results = []
for i in range(3000):
    s = ''.join(random.choice(alphabet) for _ in range(random.randint(1, 9)))
    try:
        results.append((s, 'ok', logging.Formatter(s, style='{')._fmt))
    except Exception as e:
        results.append((s, type(e).__name__, str(e)))
print(hashlib.md5(repr(results).encode()).hexdigest())
counts = {}
for s, kind, text in results:
    key = text if kind != 'ok' else 'ok'
    counts[key] = counts.get(key, 0) + 1
for key in sorted(counts):
    print(counts[key], key)
for s in ['$a', '$$', '${a}', '$ {a}', '$9', '${9}', '$a$', 'x$', '$é', '${é}', '$_b', '${ab']:
    try:
        print(s, logging.Formatter(s, style='$')._fmt)
    except Exception as e:
        print(s, type(e).__name__, e)
for s in ['%(a)s', '%(a)', '%(a)-5.3f', '%(a)*d', '%(a)#x', '%(a)Q', '%(a)X', '%(a)E', '%(a)%', '% (a)s']:
    try:
        print(s, logging.Formatter(s)._fmt)
    except Exception as e:
        print(s, type(e).__name__, e)

# handleError: the report goes to sys.stderr (the library's own frames differ
# between implementations, so only the end of the traceback and the rest is shown).
out = logging.StreamHandler(sys.stdout)
lg = logging.getLogger('he')
lg.addHandler(out)
lg.propagate = False


def show_report(text):
    lines = text.splitlines()
    stack_at = lines.index('Call stack:')
    print(lines[0])
    print(lines[stack_at - 1])
    print('\n'.join(lines[stack_at:]))


def caller():
    lg.warning('bad %d', 'x')


class BadMsg:
    def __str__(self):
        raise RuntimeError('no str')

    def __repr__(self):
        raise RuntimeError('no repr')


for action in (caller, lambda: lg.warning(BadMsg())):
    sys.stderr = io.StringIO()
    action()
    report, sys.stderr = sys.stderr.getvalue(), sys.__stderr__
    show_report(report)
logging.raiseExceptions = False
sys.stderr = io.StringIO()
lg.warning('bad %d', 'x')
report, sys.stderr = sys.stderr.getvalue(), sys.__stderr__
print(repr(report))
logging.raiseExceptions = True


def deep():
    lg.warning('stack', stack_info=True)


deep()

# warn() is deprecated (a DeprecationWarning attributed to the caller).
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    lg.warn('deprecated warn')
    logging.warn('module warn')
    logging.LoggerAdapter(lg).warn('adapter warn')
for w in caught:
    print(w.category.__name__, w.message, w.lineno, w.filename == __file__)

# captureWarnings routes warnings to 'py.warnings'.
sys.stderr = sys.stdout
warnings.simplefilter('always')
logging.captureWarnings(True)
warnings.warn('captured, no handler yet')
logging.getLogger('py.warnings').addHandler(out)
warnings.warn('captured and shown')
logging.captureWarnings(False)
warnings.warn('not captured')
sys.stderr = sys.__stderr__

bf = logging.BufferingFormatter()
recs = [logging.makeLogRecord({'msg': 'r%d' % i}) for i in range(3)]
print(repr(bf.format(recs)), repr(bf.format([])))


class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return 'H%d|' % len(records)

    def formatFooter(self, records):
        return '|F'


print(Framed(logging.Formatter('<%(message)s>')).format(recs))

# Times: a fixed creation time through gmtime.
r = logging.makeLogRecord({'msg': 'x', 'created': 946728000.5, 'msecs': 500.0})
f = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y/%m/%d %H-%M-%S')
f.converter = time.gmtime
print(f.format(r))
logging.Formatter.converter = time.gmtime
print(logging.Formatter('%(asctime)s').format(r))
f2 = logging.Formatter('%(asctime)s')
f2.default_msec_format = None
print(f2.format(r))
f2.default_msec_format = '%s.%03d'
print(f2.format(r))
f2.default_time_format = '%H:%M'
print(f2.format(r), f2.formatTime(r, '%d/%m'))

# Odd names: the placeholders made on the way up.
m = logging.Logger.manager
for n in ['p..q', '.lead', 'trail.', 'u.v.w.x']:
    logging.getLogger(n)
print(sorted(k for k in m.loggerDict if k[:1] in 'pu.t'), logging.getLogger('u.v.w.x').parent)
print(logging.getLogger('p..q').parent, logging.getLogger('trail.').parent)
print(logging.LoggerAdapter[int], logging.getLogger('a').getChild('b.c'))
try:
    logging.getLogger('a').getChild(5)
except Exception as e:
    print(type(e).__name__, e)

ad = logging.LoggerAdapter(lg, {'k': 1})
print(ad.manager is m, ad.name)
out.setFormatter(logging.Formatter('%(k)s %(message)s'))
ad.info('hidden')
ad.warning('adapted %s', 'x')
try:
    1 / 0
except ZeroDivisionError:
    ad.exception('exception through the adapter')
out.setFormatter(None)
print(repr(out)[:15], repr(logging.FileHandler('/dev/null', delay=True)))
print(logging.getLevelName('Level 5'), logging.getLevelName(logging.WARNING))
print(lg.findCaller()[1:])


def fc():
    return lg.findCaller(True, 1)


print(fc()[1:3], fc()[3].splitlines()[0])
print(logging.currentframe().f_code.co_name)
print(pickle.loads(pickle.dumps(lg)) is lg, pickle.loads(pickle.dumps(logging.root)) is logging.root)
try:
    pickle.dumps(logging.Logger('zz'))
except Exception as e:
    print(type(e).__name__, e)
for n in ['ab', 'a.b', 'ab.c', 'abc', 'a', 'x.ab']:
    print(n, logging.Filter('ab').filter(logging.makeLogRecord({'name': n})))
print(logging.NullHandler().handle(recs[0]))
r = logging.LogRecord('n', 10, None, 1, 'm', None, None)
print(r.filename, r.module)
r = logging.LogRecord('n', 10, 5, 1, 'm', (), None)
print(r.filename, r.module, r.args)
r = logging.LogRecord('n', 10, 'x', 1, '%(a)s', ({'a': 2},), None)
print(r.args, r.getMessage())
for bad in [(lambda: lg.findCaller(stacklevel=100)[1:3]), (lambda: logging.Handler().handle(recs[0]))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
logging.basicConfig(stream=sys.stdout, level='INFO', format='%(levelname)s:%(message)s', datefmt='x', force=True)
logging.info('root info')
logging.exception('module exception() without one')
logging.fatal('fatal')
print(logging.root.handlers[0].formatter.datefmt)
logging.shutdown()
print('end')
