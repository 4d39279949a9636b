import logging, logging.config, sys, io, tempfile, os
early = logging.getLogger('early.child'); other = logging.getLogger('other')
LOGGING = {
    'version': 1,
    'disable_existing_loggers': False,
    'formatters': {
        'simple': {'format': '%(levelname)s %(name)s: %(message)s'},
        'brace': {'format': '{levelname:<8}|{name}|{message}', 'style': '{'},
    },
    'filters': {'only_app': {'name': 'app'}},
    'handlers': {
        'console': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'simple', 'level': 'DEBUG'},
        'brace': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'brace', 'filters': ['only_app']},
    },
    'loggers': {
        'app': {'handlers': ['brace'], 'level': 'INFO', 'propagate': True},
        'app.db': {'level': 'WARNING'},
        'early': {'level': 'ERROR'},
    },
    'root': {'handlers': ['console'], 'level': 'DEBUG'},
}
logging.config.dictConfig(LOGGING)
logging.getLogger('app').info('hello %s', 'world')
logging.getLogger('app.db').info('not shown'); logging.getLogger('app.db').warning('db warn')
logging.getLogger('app.api').debug('api debug hidden')
logging.getLogger().debug('root debug')
early.error('early error'); early.warning('early warn hidden'); other.info('other info')
print(logging.getLogger('app').level, logging.getLogger('app').handlers[0].name, [h.name for h in logging.getLogger().handlers], early.disabled, other.disabled)
logging.config.dictConfig({'version': 1, 'root': {'level': 'WARNING', 'handlers': ['h']}, 'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout'}}})
other.warning('other now disabled?'); logging.warning('root warning'); print(other.disabled, logging.getLogger('app').disabled)
for bad in ({}, {'version': 2}, {'version': 1, 'handlers': {'x': {'class': 'logging.NoSuchHandler'}}},
            {'version': 1, 'handlers': {'x': {'class': 'logging.StreamHandler', 'formatter': 'missing'}}},
            {'version': 1, 'loggers': {'a': {'handlers': ['nope']}}},
            {'version': 1, 'formatters': {'f': {'format': '%(x', 'style': '{'}}}):
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print('ValueError:', e, '| cause:', type(e.__cause__).__name__ if e.__cause__ else None)
class Upper(logging.Formatter):
    def format(self, record): return super().format(record).upper()
def make_filter(prefix):
    f = logging.Filter(); f.filter = lambda r: r.getMessage().startswith(prefix); return f
logging.config.dictConfig({
    'version': 1,
    'formatters': {'up': {'()': Upper, 'format': '%(message)s'}, 'cls': {'class': 'logging.Formatter', 'format': '[%(message)s]'}},
    'filters': {'pre': {'()': make_filter, 'prefix': 'ok'}},
    'handlers': {'s': {'()': 'logging.StreamHandler', 'stream': sys.stdout, 'formatter': 'up', 'filters': ['pre'], '.': {'marker': 42}},
                 'mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2, 'target': 't'},
                 't': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'cls'}},
    'loggers': {'custom': {'handlers': ['s', 'mem'], 'propagate': False, 'level': 'DEBUG'}},
})
c = logging.getLogger('custom'); c.info('ok shown'); c.info('filtered'); c.info('ok again')
print(c.handlers[0].marker, type(c.handlers[1]).__name__, c.handlers[1].target.name)
logging.config.dictConfig({'version': 1, 'incremental': True, 'loggers': {'custom': {'level': 'ERROR'}}})
print(logging.getLogger('custom').level, len(logging.getLogger('custom').handlers))
with tempfile.TemporaryDirectory() as d:
    ini = os.path.join(d, 'log.ini')
    with open(ini, 'w') as f:
        f.write('[loggers]\nkeys=root,svc\n\n[handlers]\nkeys=out\n\n[formatters]\nkeys=plain\n\n'
                '[logger_root]\nlevel=WARNING\nhandlers=out\n\n[logger_svc]\nlevel=DEBUG\nhandlers=out\nqualname=svc\npropagate=0\n\n'
                '[handler_out]\nclass=StreamHandler\nlevel=DEBUG\nformatter=plain\nargs=(sys.stdout,)\n\n'
                '[formatter_plain]\nformat=%(name)s|%(levelname)s|%(message)s\n')
    logging.config.fileConfig(ini)
    logging.getLogger('svc').debug('from ini'); logging.info('hidden'); logging.error('root error')
    print(logging.getLogger('svc').propagate, logging.getLogger('custom').disabled)
print(logging.config.valid_ident('abc'))
try: logging.config.valid_ident('1x')
except ValueError as e: print(e)
