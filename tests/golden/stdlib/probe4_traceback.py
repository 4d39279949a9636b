import traceback, sys, io
class AppError(Exception):
    pass
def parse(v):
    return int(v)
def load(vals):
    out = []
    for v in vals:
        try:
            out.append(parse(v))
        except ValueError as e:
            raise AppError(f"bad value {v!r}") from e
    return out
try:
    load(["1", "x"])
except AppError as e:
    buf = io.StringIO(); traceback.print_exception(e, file=buf); print(buf.getvalue().replace(__file__, "F"))
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    tbe = traceback.TracebackException.from_exception(e)
    print([f.name for f in tbe.stack], [f.lineno for f in tbe.stack], tbe.__cause__.exc_type, tbe.__suppress_context__)
    for line in tbe.format(chain=False):
        print(repr(line.replace(__file__, "F")))
    print(list(tbe.format_exception_only()))
    print(traceback.format_tb(e.__traceback__)[0].replace(__file__, "F"))
    s = traceback.extract_tb(e.__traceback__)
    print(type(s).__name__, s[0].filename == __file__, s[0].line, s[0].lineno, s[-1].name, s[0][2], len(s[0]), repr(s[0]).replace(__file__, "F"))
try:
    try:
        {}["missing"]
    except KeyError:
        raise TypeError("while handling")
except TypeError as e:
    traceback.print_exc(file=sys.stdout)
    print(e.__context__.__class__, e.__suppress_context__)
def rec(n):
    return rec(n + 1) if n < 30 else 1 / 0
try:
    rec(0)
except ZeroDivisionError:
    print(traceback.format_exc(limit=3).replace(__file__, "F"))
    print(traceback.format_exc(limit=-2).replace(__file__, "F"))
    print("".join(traceback.format_exc()).replace(__file__, "F").count("\n"))
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print(traceback.format_exc().replace(__file__, "F"))
e = ValueError("note me"); e.add_note("extra info"); e.add_note("second")
print(traceback.format_exception(e))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n"))))
def lvl2():
    return traceback.format_stack(limit=2)
print("".join(lvl2()).replace(__file__, "F"))
fs = traceback.FrameSummary("file.py", 10, "func", line="x = 1")
print(fs, fs.line, traceback.format_list([fs, ("a.py", 1, "g", "pass")]))
try:
    compile("a b", "snippet", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))
print(list(traceback.walk_tb(None)))
raise AppError("final uncaught") from KeyError("k")
