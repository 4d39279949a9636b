# logging: the logger hierarchy (dotted names, placeholders, propagate, handlers at
# several levels), filters, getChild, reprs of loggers.
import io
import logging
import sys


def handler(tag, level=logging.NOTSET):
    h = logging.StreamHandler(sys.stdout)
    h.setLevel(level)
    h.setFormatter(logging.Formatter(tag + ' %(levelname)s %(name)s: %(message)s'))
    return h


print(logging.getLogger() is logging.root, logging.getLogger('') is logging.root,
      logging.getLogger('root') is logging.root, logging.getLogger(None) is logging.root)
print(logging.getLogger(__name__).name, logging.root.name, logging.root.parent)

abc = logging.getLogger('a.b.c')
manager = logging.Logger.manager
print(sorted(manager.loggerDict))
print(type(manager.loggerDict['a']).__name__, type(manager.loggerDict['a.b']).__name__)
print(abc.parent is logging.root)
a = logging.getLogger('a')
print(abc.parent is a, a.parent is logging.root)
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is a, type(manager.loggerDict['a.b']).__name__)
abcd = abc.getChild('d')
print(abcd.name, abcd.parent is abc, logging.root.getChild('top').name)
x = logging.getLogger('x.y.z')
xy = logging.getLogger('x.y')
print(x.parent is xy, xy.parent is logging.root)
print(repr(logging.root), repr(abc), repr(logging.getLogger('a.b.c')))
print(logging.getLogger('a.b.c') is abc)

logging.root.addHandler(handler('ROOT'))
logging.root.setLevel(logging.DEBUG)
a.addHandler(handler('A', logging.WARNING))
ab.addHandler(handler('AB'))
abcd.info('info reaches AB and ROOT, not A (level WARNING)')
abcd.error('error reaches all three')
ab.propagate = False
abcd.error('stops at AB')
ab.propagate = True
ab.setLevel(logging.ERROR)
abcd.warning('below the effective level of a.b.c.d: nothing')
print(abcd.getEffectiveLevel(), abc.getEffectiveLevel(), a.getEffectiveLevel())
print(repr(abcd), repr(a))
ab.setLevel(logging.NOTSET)
print(abcd.hasHandlers(), logging.getLogger('zzz').hasHandlers(), logging.Logger('free').hasHandlers())

# Removing handlers; removing one that is not there is fine.
h = handler('TMP')
abc.addHandler(h)
abc.addHandler(h)
print(len(abc.handlers))
abc.removeHandler(h)
abc.removeHandler(h)
print(len(abc.handlers))

# Filters on loggers and handlers: Filter objects, objects with filter(), callables.
only_ab = logging.Filter('a.b')
print(only_ab.name, only_ab.nlen)
for name in ['a.b', 'a.b.c', 'a.bc', 'a', 'b.a.b']:
    rec = logging.makeLogRecord({'name': name})
    print(name, only_ab.filter(rec), logging.Filter().filter(rec))

root_handler = logging.root.handlers[0]
root_handler.addFilter(only_ab)
logging.getLogger('a.b.c').warning('passes the filter')
logging.getLogger('a.bc').warning('filtered out')
root_handler.removeFilter(only_ab)
root_handler.removeFilter(only_ab)


class Odd:
    def filter(self, record):
        return len(record.getMessage()) % 2


abc.addFilter(Odd())
abc.addFilter(lambda record: 'secret' not in record.msg)
abc.warning('odd')
abc.warning('even')
abc.warning('secret odd')
abc.warning('public odd!')
print(len(abc.filters))
abc.filters.clear()

# A Logger made directly is outside the hierarchy.
free = logging.Logger('free', logging.INFO)
print(free.parent, free.level, free.propagate, free.handlers, free.disabled)
free.addHandler(handler('FREE'))
free.info('free logger')
free.debug('not shown')

# Loggers made by a subclass.
class Mine(logging.Logger):
    pass


logging.setLoggerClass(Mine)
print(type(logging.getLogger('mine.one')).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger('mine.two')).__name__)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print(type(e).__name__, e)
try:
    logging.getLogger(42)
except TypeError as e:
    print(type(e).__name__, e)
