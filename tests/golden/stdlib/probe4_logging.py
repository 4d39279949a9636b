import logging, sys, io
stream = io.StringIO()
logger = logging.getLogger("shop")
logger.setLevel(logging.DEBUG)
h1 = logging.StreamHandler(sys.stdout); h1.setLevel(logging.INFO)
h1.setFormatter(logging.Formatter("[%(levelname)s] %(name)s - %(message)s (%(module)s.%(funcName)s:%(lineno)d)"))
h2 = logging.StreamHandler(stream); h2.setFormatter(logging.Formatter("%(levelno)s|%(filename)s|%(pathname)s|%(process)s"[:24] + "|%(message)s"))
logger.addHandler(h1); logger.addHandler(h2)
def buy(item, qty):
    logger.debug("checking %s", item)
    logger.info("bought %d x %s", qty, item)
    if qty > 5:
        logger.warning("large order: %(q)s", {"q": qty})
buy("apple", 3); buy("pear", 10)
print(stream.getvalue())
child = logging.getLogger("shop.cart"); child.info("from child"); child.propagate = False; child.info("not shown")
print(child.parent is logger, child.getEffectiveLevel(), logging.getLogger("shop.cart.x").parent.name)
try:
    int("x")
except ValueError:
    logger.error("conversion failed", exc_info=True)
    logger.exception("again %s", "with args")
logger.info("extra field %s", "ok", extra={"user": "u1"})
f = logging.Formatter("%(user)s:%(message)s"); r = logger.makeRecord("shop", logging.INFO, "f.py", 3, "m %s", ("a",), None, extra={"user": "bob"}); print(f.format(r))
print(r.getMessage(), r.levelname, r.name, r.lineno, r.args, repr(r)[:40])
logging.disable(logging.WARNING); logger.warning("disabled"); logging.disable(logging.NOTSET); logger.warning("enabled again")
for lvl in [logging.DEBUG, logging.INFO, 15, "WARNING"]:
    print(logging.getLevelName(lvl), end=" ")
print()
print(logging.getLevelNamesMapping()["ERROR"] if hasattr(logging, "getLevelNamesMapping") else '')
logging.lastResort = None if False else logging.lastResort
lonely = logging.getLogger("lonely"); lonely.propagate = False
sys.stderr = sys.stdout
lonely.warning("via last resort"); lonely.info("not shown")
logging.warning("root %s", "direct")
print(logging.root.handlers)
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(message)s", stream=sys.stdout, force=True)
logging.info("after basicConfig"); logging.debug("hidden")
logging.getLogger("x.y").info("dotted %d%%", 50)
try:
    logging.basicConfig(stream=sys.stdout, filename="x")
except ValueError as e:
    print(e)

print("end")
