import logging
import logging.config
import sys

logging.config.dictConfig({
    "version": 1,
    "formatters": {"short": {"format": "%(levelname)s %(name)s %(funcName)s:%(lineno)d %(message)s"}},
    "handlers": {"out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "short", "level": "DEBUG"}},
    "loggers": {"svc": {"handlers": ["out"], "level": "INFO", "propagate": False}},
})
log = logging.getLogger("svc")
def handler():
    log.info("handling %d items", 3)
    log.debug("not shown")
handler()
log.warning("%s and %s", "this", "that")
log.info("dict arg %(a)s", {"a": 1})
sub = logging.getLogger("svc.sub")
sub.error("child propagates to svc handler")
class Ctx(logging.Filter):
    def filter(self, record):
        record.user = "alice"
        return True
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{levelname:>8} [{user}] {message}", style="{"))
h.addFilter(Ctx())
l2 = logging.getLogger("braces")
l2.addHandler(h)
l2.setLevel(logging.DEBUG)
l2.propagate = False
l2.debug("brace style")
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("$levelname: $message", style="$"))
l3 = logging.getLogger("dollar"); l3.addHandler(h2); l3.propagate = False
l3.warning("dollar style")
l4 = logging.getLogger("nohandler")
l4.warning("last resort goes to stderr")
l4.info("dropped")
rec = logging.LogRecord("n", logging.INFO, "path.py", 10, "msg %s", ("arg",), None)
print(rec.getMessage(), rec.levelname, rec.module, rec.filename)
print(logging.Formatter("%(name)s|%(message)s").format(rec))
try:
    raise KeyError("k")
except KeyError:
    log.error("with exc", exc_info=True)
log.info("stack_info test", stack_info=False)
print(logging.getLogger("svc").handlers[0].level, logging.getLevelName(logging.getLogger("svc").level))
logging.shutdown()
