import io, csv, json, tempfile, os, pickle, shelve, struct, zlib, gzip, base64
rows = [{"id": 1, "name": "Alice", "city": "New York, NY"}, {"id": 2, "name": 'Bob "B"', "city": "Paris"}, {"id": 3, "name": "Ça va", "city": ""}]
buf = io.StringIO(newline="")
w = csv.DictWriter(buf, fieldnames=["id", "name", "city"]); w.writeheader(); w.writerows(rows)
text = buf.getvalue(); print(repr(text))
back = list(csv.DictReader(io.StringIO(text))); print(back, back[0]["id"], type(back[0]["id"]).__name__)
for dialect in ["excel", "excel-tab", "unix"]:
    b = io.StringIO(); csv.writer(b, dialect=dialect).writerow(["a b", "c,d", 'e"f', None, 1.5]); print(dialect, repr(b.getvalue()))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
b = io.StringIO(); csv.writer(b, "pipes").writerows([[1, "x"], ["y|z", None]]); print(repr(b.getvalue()), csv.get_dialect("pipes").delimiter)
print(list(csv.reader(['"a""b",c', ' "x" , y', 'p,"multi\nline"'], skipinitialspace=True)))
print(list(csv.reader(["a,b\\,c"], escapechar="\\")), list(csv.reader(["1;2;3"], delimiter=";")))
try:
    list(csv.reader(['"unterminated'], strict=True))
except csv.Error as e:
    print("csv.Error", e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error", e)
r = csv.reader(io.StringIO("a,b\n1,2\n3,4\n")); next(r); print(r.line_num, list(r), r.line_num, r.dialect.delimiter)
dr = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="extra", restval="?"); print(list(dr), dr.fieldnames)
sn = csv.Sniffer(); sample = "name;age\nann;3\nbob;4\n"; print(sn.has_header(sample), sn.sniff(sample).delimiter)
s = io.StringIO("line1\nline2\nline3"); print(s.readline(), s.tell(), s.read(3), s.readlines(), s.seek(0), s.read(), s.getvalue() == s.read() if False else '')
s.seek(0); s.truncate(); s.write("new"); print(repr(s.getvalue()), s.closed, s.writable(), s.seekable())
bio = io.BytesIO(b"\x00\x01binary"); print(bio.read(2), bio.getbuffer().nbytes, bio.tell(), bio.read(), bio.seek(-3, 2), bio.read())
tw = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n"); tw.write("a\nb\n"); tw.flush(); print(tw.buffer.getvalue())
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "data.csv")
    with open(p, "w", newline="") as f:
        csv.writer(f).writerows([["x", "y"], [1, 2], [3, 4]])
    with open(p, newline="") as f:
        print(list(csv.reader(f)))
    with open(p, "rb") as f:
        print(f.read())
    jp = os.path.join(d, "d.json")
    with open(jp, "w") as f:
        json.dump({"rows": rows}, f, indent=1, ensure_ascii=False)
    with open(jp, encoding="utf-8") as f:
        print(json.load(f)["rows"][2])
    with open(jp, "rb") as f:
        print(f.read()[-30:])
    pp = os.path.join(d, "o.pkl")
    with open(pp, "wb") as f:
        pickle.dump(rows, f); pickle.dump("second", f)
    with open(pp, "rb") as f:
        print(pickle.load(f) == rows, pickle.load(f))
        try:
            pickle.load(f)
        except EOFError as e:
            print("EOFError", e)
    gp = os.path.join(d, "t.gz")
    with gzip.open(gp, "wt") as f:
        f.write("hello gzip\n" * 3)
    with gzip.open(gp, "rt") as f:
        print(f.read().count("hello"))
    with open(os.path.join(d, "t.txt"), "w") as f:
        print(f.write("abc\n"), f.tell(), f.mode, f.name.endswith("t.txt"), f.encoding)
    with open(os.path.join(d, "t.txt"), "a+") as f:
        f.write("def\n"); f.seek(0); print(f.read().splitlines())
    try:
        open(os.path.join(d, "missing.txt"))
    except FileNotFoundError as e:
        print(e.errno, e.strerror)
    with open(os.path.join(d, "t.txt")) as f:
        for i, line in enumerate(f, 1):
            print(i, line.rstrip())
c = zlib.compress(b"aaaa" * 100); print(len(c), zlib.decompress(c)[:8], zlib.crc32(b"hello"), zlib.adler32(b"hello"))
print(base64.b64encode(zlib.compress(b"hi", 9)), struct.pack("<3f", 1, 2, 3).hex())
