# Logging to standard output
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("app")
log.debug("starting with %d workers", 4)
log.info("config loaded from %s", "app.ini")
log.warning("disk at %.1f%%", 91.25)
log.error("could not connect to %r", "db:5432")
log.critical("shutting down")
logging.info("root logger message")

db = logging.getLogger("app.db")
print(db.parent is log, db.name, db.getEffectiveLevel(), logging.getLevelName(db.getEffectiveLevel()))
log.setLevel(logging.WARNING)
db.info("hidden")
db.warning("visible from child")
print(db.isEnabledFor(logging.INFO), log.level, logging.getLevelName(30), logging.getLevelName("ERROR"))

net = logging.getLogger("net")
net.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(name)s|%(levelno)s] %(message)s"))
h.setLevel(logging.INFO)
net.addHandler(h)
net.setLevel(logging.DEBUG)
net.debug("filtered by handler")
net.info("packet %s", {"id": 1})

class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0

net.addFilter(OnlyEven())
for i in range(4):
    net.info("number %d", i)

try:
    1 / 0
except ZeroDivisionError:
    net.exception("math failed %d", 2)

adapter = logging.LoggerAdapter(net, {"user": "ann"})
adapter.info("adapted %d", 4)
rec = logging.LogRecord("x", logging.INFO, "file.py", 10, "hello %s", ("you",), None)
print(rec.getMessage(), rec.levelname, rec.lineno)
print(logging.Formatter("%(message)s!").format(rec))
print(repr(log), repr(logging.getLogger()), logging.root.level)
logging.disable(logging.CRITICAL)
log.critical("silenced")
logging.disable(logging.NOTSET)
log.critical("back")
