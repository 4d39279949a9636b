# assertRaises/assertRaisesRegex/assertWarns/assertWarnsRegex (call and context-manager
# forms) and assertLogs/assertNoLogs.
import unittest, warnings, logging

class Dummy(unittest.TestCase):
    def runTest(self):
        pass

t = Dummy()

def attempt(label, func):
    try:
        func()
        print(label, 'passed')
    except AssertionError as e:
        print(label, '->', e)
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)

def boom(x=0):
    raise ValueError('bad value %s' % x)

def quiet():
    return 1

attempt('raises ok', lambda: t.assertRaises(ValueError, boom, 3))
attempt('raises kw', lambda: t.assertRaises(ValueError, boom, x=4))
attempt('raises not raised', lambda: t.assertRaises(ValueError, quiet))
attempt('raises lambda', lambda: t.assertRaises(KeyError, lambda: None))
attempt('raises other', lambda: t.assertRaises(KeyError, boom))
attempt('raises tuple', lambda: t.assertRaises((KeyError, ValueError), boom))
attempt('raises bad arg', lambda: t.assertRaises(5, boom))
attempt('raises bad kw', lambda: t.assertRaises(ValueError, foo=1))
attempt('raises tuple name', lambda: t.assertRaises((KeyError, IndexError), quiet))

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)

def ctx_not_raised():
    with t.assertRaises(TypeError, msg='extra'):
        pass
attempt('ctx msg', ctx_not_raised)

attempt('regex ok', lambda: t.assertRaisesRegex(ValueError, r'value \d', boom, 7))
attempt('regex mismatch', lambda: t.assertRaisesRegex(ValueError, r'^nope', boom))
def ctx_regex():
    with t.assertRaisesRegex(KeyError, 'miss') as cm:
        {}['missing']
    print('ctx regex', repr(cm.exception))
attempt('ctx regex', ctx_regex)

def warn_it(msg='careful', cat=UserWarning):
    warnings.warn(msg, cat)

attempt('warns ok', lambda: t.assertWarns(UserWarning, warn_it))
attempt('warns missing', lambda: t.assertWarns(DeprecationWarning, quiet))
def warns_ctx():
    with t.assertWarns(UserWarning) as cm:
        warn_it('hello')
    print('warning', cm.warning, type(cm.warning).__name__, cm.lineno, cm.filename.endswith('ut_raises.py'))
attempt('warns ctx', warns_ctx)
def warns_ctx_none():
    with t.assertWarns(RuntimeWarning):
        pass
attempt('warns ctx none', warns_ctx_none)
attempt('warns regex', lambda: t.assertWarnsRegex(UserWarning, 'care', warn_it))
attempt('warns regex mismatch', lambda: t.assertWarnsRegex(UserWarning, '^x', warn_it))
attempt('warns bad arg', lambda: t.assertWarns(ValueError, warn_it))

log = logging.getLogger('mylog')
def logs_ok():
    with t.assertLogs('mylog', level='INFO') as cm:
        log.info('first')
        log.warning('second %d', 2)
        log.debug('hidden')
    print(cm.output, [r.getMessage() for r in cm.records])
attempt('logs ok', logs_ok)
def logs_none():
    with t.assertLogs('mylog', level='ERROR'):
        log.warning('too low')
attempt('logs none', logs_none)
def nologs():
    with t.assertNoLogs('mylog'):
        log.error('oops')
attempt('nologs', nologs)
def nologs_ok():
    with t.assertNoLogs('mylog', 'ERROR'):
        log.info('fine')
attempt('nologs ok', nologs_ok)
