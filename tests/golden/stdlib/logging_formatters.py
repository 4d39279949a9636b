# logging: Formatter with '%', '{' and '$' styles, validation errors, defaults, and
# LogRecord (made directly, so the caller's line and function are fixed).
import logging


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def record(msg='hello %s', args=('world',), name='app.mod', level=logging.WARNING):
    return logging.LogRecord(name, level, '/src/pkg/mod.py', 42, msg, args, None, 'func')


r = record()
print(r)
print(r.name, r.msg, r.args, r.levelname, r.levelno, r.pathname, r.filename, r.module)
print(r.exc_info, r.exc_text, r.stack_info, r.lineno, r.funcName, r.threadName, r.processName)
print(type(r.created).__name__, type(r.msecs).__name__, type(r.relativeCreated).__name__)
print(sorted(vars(r)))
print(r.getMessage())
print(repr(record('%d items', (3,)).getMessage()), repr(record('plain', ()).getMessage()))
print(repr(record(12345, ()).getMessage()), repr(record('%(a)s-%(b)s', ({'a': 1, 'b': 2},)).getMessage()))
print(repr(record('%s', ({},)).getMessage()), repr(record('%s %s', (1, 2)).args))
t(lambda: record('%d', ('x',)).getMessage())
t(lambda: record('%s %s', (1,)).getMessage())

FORMATS = [
    ('%(levelname)s:%(name)s:%(message)s', '%'),
    ('%(levelno)03d|%(lineno)5d|%(funcName)s|%(module)s|%(filename)s|%(pathname)s', '%'),
    ('%(name)-10s|%(levelname)8s|%(message).5s', '%'),
    ('{levelname}:{name}:{message}', '{'),
    ('{levelname:>8}|{name!r}|{message:.3}|{levelno:#x}', '{'),
    ('{lineno:d} {args[0]} {name.__class__.__name__}', '{'),
    ('${levelname}:$name:${message}', '$'),
    ('$$ $message $$', '$'),
    (None, '%'), (None, '{'), (None, '$'),
    ('%(message)s [%(threadName)s %(processName)s]', '%'),
]
for fmt, style in FORMATS:
    f = logging.Formatter(fmt, style=style)
    print(repr(f._fmt), repr(f.format(r)), f.usesTime())

BAD = [
    ('no fields', '%'), ('%(message)', '%'), ('%(message)z', '%'), ('%s', '%'),
    ('{', '{'), ('}', '{'), ('{message!x}', '{'), ('{message:zz}', '{'), ('{0}', '{'),
    ('{a.b[c]}', '{'), ('{a b}', '{'), ('no fields', '{'), ('{}', '{'), ('{message!}', '{'),
    ('{message!rx}', '{'), ('{message:{width}}', '{'), ('{{escaped}}', '{'),
    ('$', '$'), ('no fields', '$'), ('$ x', '$'), ('${a b}', '$'), ('$$', '$'), ('$1', '$'),
    ('x', '#'), ('%(message)s', '{'), ('{message}', '%'),
]
for fmt, style in BAD:
    t(lambda: logging.Formatter(fmt, style=style)._fmt)

t(lambda: logging.Formatter('no fields', validate=False).format(r))
t(lambda: logging.Formatter('%(nope)s').format(r))
t(lambda: logging.Formatter('{nope}', style='{').format(r))
t(lambda: logging.Formatter('$nope', style='$').format(r))
t(lambda: logging.Formatter('%(custom)s %(message)s', defaults={'custom': 'dflt'}).format(r))
t(lambda: logging.Formatter('{custom} {message}', style='{', defaults={'custom': 'd2'}).format(r))
t(lambda: logging.Formatter('${custom} $message', style='$', defaults={'custom': 'd3'}).format(r))
t(lambda: logging.Formatter('%(name)s', defaults={'name': 'ignored'}).format(r))
for fmt, style in [('%(asctime)s', '%'), ('{asctime}', '{'), ('$asctime', '$'),
                   ('${asctime}', '$'), ('%(message)s', '%')]:
    print(fmt, logging.Formatter(fmt, style=style).usesTime())

# format() sets record.message, and caches the exception text on the record.
r2 = record('msg %d', (7,))
print(hasattr(r2, 'message'), logging.Formatter().format(r2), r2.message)

# makeLogRecord fills a record from a dict.
m = logging.makeLogRecord({'msg': 'made %s', 'args': ('here',), 'levelno': 40, 'custom': 1})
print(m.getMessage(), m.levelno, m.custom, m.name, m.levelname, m.lineno)
print(logging.makeLogRecord({}).getMessage() == '')

# A record factory.
old = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    rec = old(*args, **kwargs)
    rec.custom_attribute = 'from factory'
    return rec


logging.setLogRecordFactory(factory)
import sys
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(custom_attribute)s: %(message)s'))
lg = logging.getLogger('factory')
lg.addHandler(h)
lg.warning('made by the factory')
logging.setLogRecordFactory(old)
print(logging.getLogRecordFactory() is logging.LogRecord)

# extra= adds attributes; it may not overwrite the record's own.
h.setFormatter(logging.Formatter('%(user)s did %(message)s'))
lg.warning('a thing', extra={'user': 'bob'})
t(lambda: lg.warning('x', extra={'msg': 1}))
t(lambda: lg.warning('x', extra={'message': 1}))
t(lambda: lg.warning('x', extra={'asctime': 1}))
