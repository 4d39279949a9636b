# Universal newlines in memory: what StringIO translates and what it reports seeing.
import io

samples = ["unix\nlines\n", "dos\r\nlines\r\n", "old mac\rlines\r", "mixed\r\nall\rkinds\n"]
for newline in [None, "", "\n", "\r", "\r\n"]:
    for text in samples:
        s = io.StringIO(text, newline=newline)
        print(repr(newline), repr(text), "->", s.readlines(), s.newlines)
log = io.StringIO(newline=None)
print(log.newlines, log.encoding, log.errors, log.line_buffering)
for chunk in ["header\n", "row 1\r\n", "row 2\r", "\n"]:
    log.write(chunk)
    print(repr(chunk), log.newlines, repr(log.getvalue()))
raw = io.StringIO(newline="")
raw.write("a\r")
raw.write("\nb")
print(repr(raw.getvalue()), raw.newlines, raw.readline() == "", raw.tell())
raw.seek(0)
print(raw.readlines())
raw.close()
for attr in ["newlines", "line_buffering", "encoding", "errors", "closed"]:
    try:
        print(attr, getattr(raw, attr))
    except ValueError as e:
        print(attr, "ValueError:", e)
wrapped = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\rthree\n"), encoding="ascii")
print(wrapped.readlines(), wrapped.newlines, wrapped.encoding, wrapped.line_buffering)
