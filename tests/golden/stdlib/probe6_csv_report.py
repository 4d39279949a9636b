import csv
import io

raw = """name,dept,salary,start
"Smith, John",eng,120000,2019-03-01
Jane Doe,ops,"95,000",2020-07-15
"Quote ""The"" Man",eng,100000,
"""
rows = list(csv.reader(io.StringIO(raw)))
print(rows)
for rec in csv.DictReader(io.StringIO(raw)):
    print(rec)
rd = csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n"), restkey="extra", restval="?")
print(list(rd), rd.fieldnames)
out = io.StringIO()
w = csv.writer(out)
w.writerow(["plain", "with,comma", 'with "quote"', "line\nbreak", 3.5, None, ""])
w.writerows([[1, 2], ["x"]])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["a", 1, 2.5, None])
w = csv.writer(out, quoting=csv.QUOTE_ALL, delimiter=";", lineterminator="\n")
w.writerow(["a", 1])
w = csv.writer(out, quoting=csv.QUOTE_MINIMAL, delimiter="\t", lineterminator="\n")
w.writerow(["a\tb", "c"])
print(out.getvalue(), end="")
print(list(csv.reader(io.StringIO('"a",1,"2.5"\n'), quoting=csv.QUOTE_NONNUMERIC)))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name"], extrasaction="ignore", lineterminator="\n")
dw.writeheader()
dw.writerow({"id": 1, "name": "a", "junk": 0})
dw.writerows([{"id": 2}, {"name": "only"}])
print(out.getvalue(), end="")
try:
    csv.DictWriter(io.StringIO(), ["id"]).writerow({"id": 1, "bad": 2})
except ValueError as e:
    print("ValueError:", e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)
print(list(csv.reader(["a|b|c", "d|'e|f'"], delimiter="|", quotechar="'")))
print(list(csv.reader(["  a,  b"], skipinitialspace=True)))
print(list(csv.reader(['a,"b\\"c"'], escapechar="\\")))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_NONE)
print(list(csv.reader(["x|y"], dialect="pipes")), csv.list_dialects()[:0], "pipes" in csv.list_dialects())
d = csv.get_dialect("pipes")
print(d.delimiter, d.quoting, d.lineterminator == "\r\n")
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("csv.Error:", e)
sn = csv.Sniffer()
dia = sn.sniff("a;b;c\n1;2;3\n")
print(dia.delimiter, sn.has_header("name,age\nann,30\nbob,25\n"))
