# logging: module-level functions, basicConfig, levels and level names, disable,
# and the last-resort handler (stderr is pointed at stdout to see it).
import logging
import sys

real_stderr = sys.stderr
sys.stderr = sys.stdout
# No configuration: a logger's warning goes to lastResort, the bare message.
logging.getLogger('app').warning('no handlers anywhere: %s', 'just the message')
logging.getLogger('app').info('below WARNING: nothing')
logging.getLogger('app').error('errors too')
print(logging.lastResort.level, logging.root.handlers)
sys.stderr = real_stderr

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)
print(len(logging.root.handlers), logging.root.level)
logging.debug('debug %d', 1)
logging.info('info %s', 'two')
logging.warning('warning %r', 'three')
logging.error('error %5.2f', 4)
logging.critical('critical')
logging.fatal('fatal')
logging.log(25, 'level %d', 25)
logging.log(5, 'below DEBUG: nothing')

# A second basicConfig does nothing; force=True replaces the handler.
logging.basicConfig(stream=sys.stdout, format='IGNORED %(message)s')
logging.warning('same format as before')
logging.basicConfig(stream=sys.stdout, format='%(levelname)s|%(name)s|%(message)s',
                    level='WARNING', force=True)
logging.info('now hidden')
logging.warning('new format')
print(logging.root.level, logging.root.getEffectiveLevel())

# Levels and their names.
for level in [0, 10, 20, 30, 40, 50, 15, 99, 'DEBUG', 'WARN', 'FATAL', 'NOPE', None]:
    print(repr(level), repr(logging.getLevelName(level)))
logging.addLevelName(15, 'VERBOSE')
logging.addLevelName(35, 'NOTICE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'), logging.getLevelName(35))
logging.root.setLevel('VERBOSE')
logging.log(15, 'a verbose message')
logging.log(35, 'a notice')
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)
print(sorted(logging.getLevelNamesMapping().items()))
print(logging.BASIC_FORMAT)

log = logging.getLogger('levels')
for level in [10, 15, 20, 30, 35, 40, 50]:
    print(level, log.isEnabledFor(level), log.getEffectiveLevel())
log.setLevel(logging.ERROR)
print(log.level, log.getEffectiveLevel(), log.isEnabledFor(30), log.isEnabledFor(40))
log.setLevel('INFO')
print(log.level)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: log.setLevel('LOUD'))
t(lambda: log.setLevel(None))
t(lambda: log.setLevel(2.5))
t(lambda: log.log('INFO', 'level must be an int'))
t(lambda: logging.log('INFO', 'here too'))
t(lambda: logging.disable('NOPE'))

# disable() silences everything at or below a level, whatever the loggers say.
logging.disable(logging.WARNING)
log.warning('disabled')
log.error('error still shown')
logging.disable()
log.critical('even critical is disabled now')
logging.disable(logging.NOTSET)
log.critical('back')
print(logging.root.manager.disable)

# log.disabled turns a single logger off.
log.disabled = True
log.critical('logger disabled')
log.disabled = False
log.warning('logger enabled again')
