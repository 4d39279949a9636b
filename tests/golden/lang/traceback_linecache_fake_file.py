# The traceback module reads source lines through linecache (a made-up file name's lines
# from linecache.cache); the interpreter's own report of an uncaught error reads files only.
import linecache, traceback, sys
src = "def f():\n    x = 1\n    return 1 / 0\n"
code = compile(src, "<fake>", "exec")
linecache.cache["<fake>"] = (len(src), None, src.splitlines(True), "<fake>")
ns = {}
exec(code, ns)
try:
    ns["f"]()
except ZeroDivisionError:
    print(traceback.format_exc())
    tb = sys.exc_info()[2]
    print("".join(traceback.format_tb(tb)))
del linecache.cache["<fake>"]
try:
    ns["f"]()
except ZeroDivisionError:
    print(traceback.format_exc())
linecache.cache["<fake>"] = (len(src), None, src.splitlines(True), "<fake>")
ns["f"]()
