# Cleaning a messy CSV export: sniffing, dialects, field size, and line numbers.
import csv, io

messy = "id;name;note\r\n1;Ann;\"said \"\"hi\"\"\"\r\n2;Bob;multi\r\n3;\"Cid; Jr\";\"line1\nline2\"\r\n"
dialect = csv.Sniffer().sniff(messy)
print(dialect.delimiter, repr(dialect.quotechar), dialect.doublequote, dialect.skipinitialspace)
reader = csv.reader(io.StringIO(messy, newline=""), dialect)
for row in reader:
    print(reader.line_num, row)

class Pipe(csv.Dialect):
    delimiter = "|"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL

out = io.StringIO()
w = csv.writer(out, dialect=Pipe)
w.writerow(["a|b", 'q"q', "plain", 1.0])
print(repr(out.getvalue()))
print(list(csv.reader(io.StringIO(out.getvalue()), dialect=Pipe)))
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), csv.unix_dialect.lineterminator == "\n", csv.unix_dialect.quoting == csv.QUOTE_ALL)
out = io.StringIO()
csv.writer(out, dialect="unix").writerow(["x", 1])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, escapechar="\\", quoting=csv.QUOTE_NONE, lineterminator="\n").writerow(["a,b", 'c"d'])
print(repr(out.getvalue()))
print(list(csv.reader(['"a""b",c'], doublequote=True)), list(csv.reader(['"a\\"b",c'], doublequote=False, escapechar="\\")))
print(list(csv.reader(["1,2", "", "3"])))
print(list(csv.DictReader(io.StringIO("\n\nh1,h2\nv1,v2\n"))))
print(list(csv.DictReader(io.StringIO("v1,v2\n"), fieldnames=["x", "y"])))
old = csv.field_size_limit()
csv.field_size_limit(10)
try:
    list(csv.reader(["a" * 20]))
except csv.Error as e:
    print("csv.Error:", e)
csv.field_size_limit(old)
print(csv.field_size_limit() == old)
for bad_kwargs in [dict(delimiter=""), dict(delimiter="ab"), dict(quotechar=""), dict(quoting=99), dict(lineterminator=5)]:
    try:
        csv.writer(io.StringIO(), **bad_kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    next(csv.reader([1]))
except csv.Error as e:
    print("csv.Error:", e)
w = csv.writer(io.StringIO())
try:
    w.writerow(5)
except csv.Error as e:
    print("csv.Error:", e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(csv.__all__[:5] if hasattr(csv, "__all__") else None)
