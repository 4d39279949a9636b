import logging
import sys
import io

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("app")
log.debug("debug %d", 1)
log.info("info %s", "msg")
log.warning("warn")
logging.error("root error")
child = logging.getLogger("app.db")
child.setLevel(logging.WARNING)
child.info("hidden")
child.error("db failed: %r", {"code": 5})
print(child.parent.name, child.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName("ERROR"))
stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("[%(name)s] %(levelname)-8s %(message)s"))
other = logging.getLogger("other")
other.propagate = False
other.addHandler(h)
other.setLevel(logging.INFO)
other.info("hello %s", "world")
other.critical("bad")
print(stream.getvalue(), end="")
try:
    1 / 0
except ZeroDivisionError:
    other.exception("failed")
lines = stream.getvalue().splitlines()
print(lines[2], lines[3], lines[-1])
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
other.addFilter(OnlyOdd())
s2 = io.StringIO()
h.setStream(s2)
for i in range(4):
    other.info("n=%d", i)
print(s2.getvalue(), end="")
adapter = logging.LoggerAdapter(log, {"user": "bob"})
adapter.info("via adapter")
print(log.isEnabledFor(logging.DEBUG), logging.DEBUG, logging.CRITICAL, logging.getLogger() is logging.root)
log.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
log.log(25, "named level")
logging.disable(logging.CRITICAL)
log.critical("not shown")
logging.disable(logging.NOTSET)
log.warning("shown again %s %s", 1, [2])
