import logging, sys
logging.basicConfig(stream=sys.stdout, format='%(levelname)s %(filename)s:%(lineno)d %(funcName)s %(module)s | %(message)s', level=logging.DEBUG)
log = logging.getLogger(__name__)
logging.info('module level')
log.info('logger level')
def f():
    log.warning('in f')
    logging.error('in f module-level')
    g()
def g():
    log.log(30, 'in g')
    log.warning('stacklevel 2', stacklevel=2)
    log.warning('stacklevel 3', stacklevel=3)
    log.warning('stacklevel 9', stacklevel=9)
f()
class C:
    def m(self):
        log.debug('method')
C().m()
(lambda: log.info('lambda'))()
def h():
    log.warning('with stack', stack_info=True)
h()
ad = logging.LoggerAdapter(log, {})
ad.info('adapter')
try:
    int('x')
except ValueError:
    log.exception('exc')
