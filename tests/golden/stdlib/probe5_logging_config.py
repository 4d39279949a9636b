import logging, logging.config, sys, io
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(relativeCreated)0.0s%(levelname)s %(message)s')
logging.info('basic')
logging.basicConfig(level=logging.DEBUG, format='ignored second call')
logging.debug('not shown: level still INFO')
logging.basicConfig(force=True, stream=sys.stdout, level=logging.DEBUG, format='FORCED %(levelname)s:%(message)s')
logging.debug('now shown')
for args in [dict(stream=sys.stdout, filename='x.log'), dict(handlers=[logging.StreamHandler()], stream=sys.stdout), dict(style='%', format='%(x', force=True)]:
    try:
        logging.basicConfig(**args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
logging.config.dictConfig({
    'version': 1,
    'formatters': {'brief': {'format': '%(name)s|%(levelname)s|%(message)s'}},
    'handlers': {'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'brief', 'level': 'INFO'}},
    'loggers': {'app': {'handlers': ['out'], 'level': 'DEBUG', 'propagate': False}},
})
lg = logging.getLogger('app'); lg.debug('dbg hidden by handler'); lg.info('dict configured'); logging.getLogger('app.sub').warning('child')
try:
    logging.config.dictConfig({'version': 2})
except ValueError as e:
    print('ValueError', e)
try:
    logging.config.dictConfig({'version': 1, 'handlers': {'h': {'class': 'no.such.Class'}}})
except ValueError as e:
    print('ValueError', str(e)[:60])
print(logging.getLevelName(logging.getLogger('app').level), logging.getLogger('app').handlers[0].level, len(logging.root.handlers))
buf = io.StringIO()
h = logging.StreamHandler(buf); h.terminator = ' END\n'
l2 = logging.getLogger('term'); l2.addHandler(h); l2.propagate = False; l2.error('x'); l2.error('y')
print(repr(buf.getvalue()))
mh = logging.handlers if hasattr(logging, 'handlers') else None
import logging.handlers
mem = logging.handlers.MemoryHandler(2, target=logging.StreamHandler(sys.stdout))
l3 = logging.getLogger('mem'); l3.addHandler(mem); l3.propagate = False
l3.warning('m1'); print('buffered'); l3.warning('m2'); print('flushed'); mem.close()
q = []
class ListHandler(logging.Handler):
    def emit(self, record):
        q.append(self.format(record))
lh = ListHandler(); lh.setFormatter(logging.Formatter('%(levelname)s-%(message)s'))
l4 = logging.getLogger('lst'); l4.addHandler(lh); l4.setLevel(logging.WARNING); l4.propagate = False
l4.info('no'); l4.warning('yes %d', 1); l4.error('yes %s', 'two')
print(q, lh.level, logging.getLevelName(l4.getEffectiveLevel()))
print(logging.getLogger('a.b.c').parent.name, logging.getLogger('a.b').parent.name, logging.getLogger('a').parent.name)
logging.shutdown()
