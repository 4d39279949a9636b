import logging, sys
root = logging.getLogger()
h = logging.StreamHandler(sys.stdout)
root.addHandler(h)
root.setLevel(logging.DEBUG)
fmts = ['%(message)s', '%(levelname)s:%(name)s:%(message)s', '%(name)-10s %(levelno)3d %(message)s', '%(filename)s:%(lineno)d %(funcName)s()',
        '%(module)s %(pathname)s'.replace('%(pathname)s', ''), '[%(levelname).1s] %(message)s', '%(processName)s %(threadName)s', '%(msg)s|%(args)s']
lg = logging.getLogger('fmt.test')
def emit():
    lg.info('value=%s', 42)
for f in fmts:
    h.setFormatter(logging.Formatter(f))
    emit()
h.setFormatter(logging.Formatter('{name}:{levelname:>8}:{message}', style='{'))
lg.warning('brace'); lg.error('with %s', 'arg')
h.setFormatter(logging.Formatter('${name} ${levelname} ${message}', style='$'))
lg.critical('dollar')
try:
    logging.Formatter('%(message)s', style='?')
except ValueError as e:
    print('ValueError', e)
try:
    logging.Formatter('no fields here', style='{', validate=True)
except ValueError as e:
    print('ValueError', e)
class Ctx(logging.Formatter):
    def format(self, record):
        record.extra_info = getattr(record, 'user', '-')
        return super().format(record)
h.setFormatter(Ctx('%(extra_info)s %(message)s'))
lg.info('with extra', extra={'user': 'ann'}); lg.info('no extra')
try:
    lg.info('clash', extra={'message': 'x'})
except KeyError as e:
    print('KeyError', e)
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
try:
    raise ValueError('bad thing')
except ValueError:
    lg.error('failed', exc_info=True)
lg.info('stack below', stack_info=False)
for lvl in (logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, 15, 35):
    lg.log(lvl, 'level %d', lvl)
print(logging.getLevelNamesMapping() if hasattr(logging, 'getLevelNamesMapping') else '', logging.WARN, logging.FATAL)
