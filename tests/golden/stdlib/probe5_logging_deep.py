import logging, sys
logging.basicConfig(level=logging.DEBUG, format='%(levelname)-8s|%(name)s|%(message)s|%(lineno)d|%(funcName)s', stream=sys.stdout)
log = logging.getLogger('app.core')
log.debug('debug %s', 'arg')
log.info('info %d items', 3)
log.warning('warn')
def f():
    log.error('in func')
f()
log.critical('crit %(k)s', {'k': 'v'})
try:
    1 / 0
except ZeroDivisionError:
    log.exception('boom')
logging.info('root info')
print(logging.getLevelName(30), logging.getLevelName('ERROR'), logging.getLevelName(5), log.getEffectiveLevel(), log.parent.name, log.isEnabledFor(10))
child = logging.getLogger('app.core.child'); child.setLevel(logging.ERROR); child.warning('hidden'); child.error('shown')
logging.getLogger('app').propagate = True
h = logging.StreamHandler(sys.stdout); h.setFormatter(logging.Formatter('[{levelname}] {message}', style='{'))
quiet = logging.getLogger('quiet'); quiet.addHandler(h); quiet.propagate = False; quiet.warning('brace %s', 'style')
h2 = logging.StreamHandler(sys.stdout); h2.setFormatter(logging.Formatter('$levelname:$message', style='$'))
q2 = logging.getLogger('q2'); q2.addHandler(h2); q2.propagate = False; q2.error('dollar')
class OnlyOdd(logging.Filter):
    def filter(self, rec):
        return rec.args[0] % 2 == 1
q2.addFilter(OnlyOdd())
for i in range(4):
    q2.error('n=%d', i)
adapter = logging.LoggerAdapter(log, {'user': 'bob'})
adapter.info('adapted')
logging.addLevelName(25, 'NOTICE'); log.log(25, 'custom level')
log.warning('bad format %d', 'x')
print(repr(log), repr(logging.getLogger()), logging.root.level)
logging.disable(logging.CRITICAL); log.critical('disabled'); logging.disable(logging.NOTSET); log.critical('enabled')
try:
    logging.basicConfig(style='%', format='x', bad=1)
except ValueError as e:
    print('ValueError', e)
logging.lastResort
l3 = logging.getLogger('noconf'); l3.propagate = False; l3.warning('to last resort')
sys.stderr.flush()
print('end')
