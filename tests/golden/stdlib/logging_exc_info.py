# logging: exception(), exc_info in its forms, and the traceback text the Formatter
# appends (and keeps in record.exc_text).
import io
import logging
import sys

logging.basicConfig(stream=sys.stdout, format='%(levelname)s %(name)s: %(message)s')
log = logging.getLogger('exc')


def fail():
    raise ValueError('bad value')


try:
    fail()
except ValueError:
    logging.exception('module-level exception()')
    log.exception('logger exception() %s', 'with args')
    log.error('error with exc_info=True', exc_info=True)
    log.warning('warning with exc_info=1', exc_info=1)
    log.error('exc_info=False', exc_info=False)

err = KeyError('key')
log.error('an exception instance (no traceback)', exc_info=err)
try:
    {}['missing']
except KeyError as e:
    caught = e
log.error('an instance with its traceback', exc_info=caught)
log.error('a tuple', exc_info=(TypeError, TypeError('from tuple'), None))
log.exception('exception() outside an except block')

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError:
    log.exception('chained')

# The traceback text is made once and kept on the record.
sio = io.StringIO()
h = logging.StreamHandler(sio)
h.setFormatter(logging.Formatter('%(message)s'))
records = []
h.addFilter(lambda r: records.append(r) or True)
other = logging.getLogger('kept')
other.addHandler(h)
other.propagate = False
try:
    int('x')
except ValueError:
    other.exception('once')
rec = records[0]
print(rec.exc_info[0].__name__, rec.exc_text.splitlines()[-1])
print(sio.getvalue().splitlines()[0], sio.getvalue().splitlines()[-1])
print(logging.Formatter('%(message)s').formatException(rec.exc_info).splitlines()[-1])
