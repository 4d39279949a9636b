# logging: StreamHandler (to StringIO and stdout), FileHandler (modes, delay,
# basicConfig's filename), NullHandler, Handler, LoggerAdapter, basicConfig errors.
import io
import logging
import os
import sys


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


sio = io.StringIO()
sh = logging.StreamHandler(sio)
lg = logging.getLogger('stream')
lg.addHandler(sh)
lg.propagate = False
lg.warning('first %s', 1)
lg.error('second')
lg.info('not shown: WARNING is the effective level')
print(repr(sio.getvalue()))
sh.terminator = ' | '
lg.warning('a')
lg.warning('b')
print(repr(sio.getvalue()))
print(sh.setStream(sio), sh.setStream(sys.stdout) is sio, sh.stream is sys.stdout)
sh.terminator = '\n'
sh.setFormatter(logging.Formatter('[%(levelname)s] %(message)s'))
lg.warning('now on stdout')
sh.setLevel(logging.ERROR)
lg.warning('handler level ERROR: hidden')
lg.error('shown')
print(sh.level, sh.formatter._fmt, sh.name)
sh.name = 'console'
print(sh.name, sh.get_name())
sh.set_name('other')
print(sh.name)
t(lambda: sh.setLevel('NOPE'))
sh.setLevel('INFO')
print(sh.level)
lg.removeHandler(sh)

# Handler itself cannot emit; NullHandler swallows everything.
rec = logging.makeLogRecord({'msg': 'm'})
t(lambda: logging.Handler().emit(rec))
print(logging.Handler().format(rec), logging.Handler(logging.ERROR).level)
nh = logging.NullHandler()
lib = logging.getLogger('library')
lib.addHandler(nh)
lib.error('swallowed by NullHandler')
print(nh.lock, nh.handle(rec), sh.handle(rec) if False else 'ok')
print(repr(logging.Handler()), repr(logging.NullHandler()), repr(logging.Handler(15)))

# A record the filter rejects is not emitted; handle() says whether it was.
sh2 = logging.StreamHandler(sys.stdout)
sh2.addFilter(lambda r: r.levelno >= logging.ERROR)
print(sh2.handle(logging.makeLogRecord({'msg': 'kept', 'levelno': 40})))
print(sh2.handle(logging.makeLogRecord({'msg': 'dropped', 'levelno': 30})))

# FileHandler.
path = '/tmp/refpy_golden_logging_%d.log' % os.getpid()
fh = logging.FileHandler(path, mode='w')
print(fh.baseFilename == path, fh.mode, fh.encoding, fh.delay, fh.stream is not None)
fl = logging.getLogger('file')
fl.addHandler(fh)
fl.propagate = False
fh.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
fl.warning('line one')
fl.error('line two %d', 2)
fh.close()
print(fh.stream)
with open(path) as f:
    print(repr(f.read()))
fl.removeHandler(fh)
delayed = logging.FileHandler(path, delay=True)
print(delayed.stream, delayed.mode)
fl.addHandler(delayed)
fl.warning('appended')
print(delayed.stream is not None)
delayed.close()
fl.removeHandler(delayed)
with open(path) as f:
    print(repr(f.read()))

logging.basicConfig(filename=path, filemode='w', format='%(levelname)s %(message)s',
                    level=logging.INFO)
logging.info('via basicConfig')
logging.getLogger('child').warning('from a child')
root_fh = logging.root.handlers[0]
print(type(root_fh).__name__, root_fh.mode, root_fh.baseFilename == path)
logging.basicConfig(stream=sys.stdout, force=True, format='%(message)s')
print(root_fh.stream)
with open(path) as f:
    print(repr(f.read()))
os.remove(path)

t(lambda: logging.basicConfig(stream=sys.stdout, filename='x', force=True))
t(lambda: logging.basicConfig(handlers=[logging.NullHandler()], stream=sys.stdout, force=True))
t(lambda: logging.basicConfig(handlers=[logging.NullHandler()], filename='x', force=True))
t(lambda: logging.basicConfig(style='#', force=True))
t(lambda: logging.basicConfig(foo=1, bar=2, force=True))
t(lambda: logging.basicConfig(format='no fields', force=True))
print(len(logging.root.handlers))

# handlers= gives the root logger those handlers, formatted if they have no formatter.
own = logging.StreamHandler(sys.stdout)
own.setFormatter(logging.Formatter('OWN %(message)s'))
plain = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[own, plain], format='PLAIN %(message)s', force=True)
logging.warning('to both handlers')
print(plain.formatter._fmt, own.formatter._fmt)
logging.basicConfig(stream=sys.stdout, format='{name}/{levelname}: {message}', style='{', force=True)
logging.warning('brace style')
logging.basicConfig(stream=sys.stdout, format='$name/$levelname: $message', style='$', force=True)
logging.warning('dollar style')

# LoggerAdapter.
logging.basicConfig(stream=sys.stdout, format='%(name)s [%(ctx)s] %(message)s', force=True)
ad = logging.LoggerAdapter(logging.getLogger('adapted'), {'ctx': 'C1'})
ad.warning('through the adapter %s', 1)
ad.error('error too')
ad.info('info hidden')
ad.log(logging.CRITICAL, 'log()')
print(repr(ad), ad.name, ad.getEffectiveLevel(), ad.isEnabledFor(10), ad.hasHandlers())
ad.setLevel(logging.DEBUG)
ad.debug('debug now shown')


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['ctx'], msg), kwargs


Prefixed(logging.getLogger('pre'), {'ctx': 'P'}).warning('processed', extra={'ctx': 'E'})
