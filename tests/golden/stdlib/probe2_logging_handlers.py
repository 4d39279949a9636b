# logging.handlers as scripts use it: RotatingFileHandler (sizes, backups, namer
# and rotator), WatchedFileHandler, MemoryHandler, BufferingHandler, QueueHandler
# with a QueueListener, TimedRotatingFileHandler's arguments and their errors.
import io
import logging
import logging.handlers
import os
import queue
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "rot.log")
    rh = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2)
    rh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    rl = logging.getLogger("rot")
    rl.propagate = False
    rl.addHandler(rh)
    for i in range(7):
        rl.warning("message number %d", i)
    rh.close()
    rl.removeHandler(rh)
    print(sorted(os.listdir(d)))
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name)) as f:
            print(name, repr(f.read()))
    print(rh.maxBytes, rh.backupCount, rh.mode, os.path.basename(rh.baseFilename))

    # no maxBytes: never rotates; mode 'w' kept
    p2 = os.path.join(d, "plain.log")
    h2 = logging.handlers.RotatingFileHandler(p2, mode="w")
    lg2 = logging.getLogger("plain")
    lg2.propagate = False
    lg2.addHandler(h2)
    for i in range(3):
        lg2.error("x" * 30)
    h2.close()
    print(os.path.getsize(p2), h2.mode, os.path.exists(p2 + ".1"))

    # namer and rotator
    p3 = os.path.join(d, "named.log")
    h3 = logging.handlers.RotatingFileHandler(p3, maxBytes=10, backupCount=3, delay=True)
    h3.namer = lambda name: name.replace(".log.", ".") + ".bak"
    moves = []

    def rotator(src, dst):
        moves.append((os.path.basename(src), os.path.basename(dst)))
        os.rename(src, dst)

    h3.rotator = rotator
    print(h3.stream is None)
    lg3 = logging.getLogger("named")
    lg3.propagate = False
    lg3.addHandler(h3)
    for w in ["alpha", "beta", "gamma", "delta"]:
        lg3.critical(w)
    h3.close()
    print(moves)
    print(sorted(n for n in os.listdir(d) if n.startswith("named")))
    print(h3.rotation_filename("a.log.2"))

    # WatchedFileHandler reopens a file moved away
    p4 = os.path.join(d, "watched.log")
    wh = logging.handlers.WatchedFileHandler(p4)
    lg4 = logging.getLogger("watched")
    lg4.propagate = False
    lg4.addHandler(wh)
    lg4.warning("first")
    os.rename(p4, p4 + ".old")
    lg4.warning("second")
    wh.close()
    print(open(p4).read(), open(p4 + ".old").read(), end="")

    th = logging.handlers.TimedRotatingFileHandler(os.path.join(d, "t.log"), when="midnight", backupCount=3)
    print(th.when, th.interval, th.suffix, th.backupCount, th.rolloverAt > 0)
    th.close()
    for when in ("s", "M", "h", "D", "W3"):
        t = logging.handlers.TimedRotatingFileHandler(os.path.join(d, "t.log"), when=when, interval=2)
        print(when, t.when, t.interval, t.suffix)
        t.close()
    for when in ("X", "W", "W9", "W12"):
        try:
            logging.handlers.TimedRotatingFileHandler(os.path.join(d, "t.log"), when=when)
        except ValueError as e:
            print("ValueError:", e)

target = logging.StreamHandler(io.StringIO())
target.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
mh = logging.handlers.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger("mem")
ml.propagate = False
ml.addHandler(mh)
ml.warning("one")
ml.warning("two")
print(repr(target.stream.getvalue()), len(mh.buffer))
ml.error("three")
print(repr(target.stream.getvalue()), len(mh.buffer))
ml.info("four")
ml.warning("five")
ml.warning("six")
ml.warning("seven")
print(target.stream.getvalue().count("\n"), len(mh.buffer))
mh.close()
print(target.stream.getvalue().splitlines()[-1], mh.target)

bh = logging.handlers.BufferingHandler(2)
bl = logging.getLogger("buf")
bl.propagate = False
bl.addHandler(bh)
bl.warning("a")
print(len(bh.buffer), bh.shouldFlush(bh.buffer[0]))
bl.warning("b")
print(len(bh.buffer))

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger("q")
ql.propagate = False
ql.addHandler(qh)
ql.warning("queued %s", "msg")
try:
    1 / 0
except ZeroDivisionError:
    ql.error("with exc", exc_info=True)
rec = q.get_nowait()
print(rec.getMessage(), rec.msg, rec.args, rec.levelname, rec.name, rec.exc_info)
rec = q.get_nowait()
print(rec.msg.splitlines()[0], rec.msg.splitlines()[-1], rec.exc_info, rec.exc_text)

out = io.StringIO()
sh = logging.StreamHandler(out)
sh.setLevel(logging.ERROR)
listener = logging.handlers.QueueListener(q, sh, respect_handler_level=True)
ql.warning("before start")
listener.start()
ql.error("via listener")
ql.warning("below the handler level")
listener.stop()
print(repr(out.getvalue()), q.empty())
listener2 = logging.handlers.QueueListener(q, logging.StreamHandler(out))
listener2.start()
ql.info("info is below the logger's level")
ql.warning("no level check")
listener2.stop()
print(repr(out.getvalue().splitlines()[-1]))
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)
print([c.__name__ for c in logging.handlers.RotatingFileHandler.__mro__[:4]])
print(issubclass(logging.handlers.MemoryHandler, logging.handlers.BufferingHandler), logging.handlers.__name__)
