# Reading and writing CSV data in memory
import csv
import io

raw = """name,department,salary,start
Alice,Engineering,85000,2019-03-01
Bob,"Sales, East",55000,2020-07-15
"Carol ""CJ"" Jones",Engineering,92000,2018-11-30
Dan,Support,,2021-01-04
"""
reader = csv.reader(io.StringIO(raw))
header = next(reader)
print(header)
for row in reader:
    print(row, reader.line_num)

rows = list(csv.DictReader(io.StringIO(raw)))
print(rows[1])
by_dept = {}
for r in rows:
    if r["salary"]:
        by_dept.setdefault(r["department"], []).append(int(r["salary"]))
print({d: sum(v) // len(v) for d, v in by_dept.items()})

out = io.StringIO()
w = csv.writer(out)
w.writerow(["id", "note", "value"])
w.writerows([[1, "plain", 1.5], [2, "has,comma", None], [3, 'say "hi"', ""], [4, "multi\nline", 0]])
print(out.getvalue())
out = io.StringIO()
w = csv.writer(out, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["a", 1, 2.5, None])
w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="|\n")
w.writerow(["x", 3])
w = csv.writer(out, quoting=csv.QUOTE_MINIMAL, escapechar="\\", doublequote=False, lineterminator="\n")
w.writerow(['a"b', "c"])
print(out.getvalue(), end="")

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["name", "score"], extrasaction="ignore", lineterminator="\n")
dw.writeheader()
dw.writerow({"name": "x", "score": 3, "extra": 1})
dw.writerows([{"name": "y"}, {"score": 5, "name": "z"}])
print(out.getvalue(), end="")
try:
    csv.DictWriter(io.StringIO(), ["a"]).writerow({"b": 1})
except ValueError as e:
    print("ValueError:", e)

tsv = "a\tb\n1\t2\n"
print(list(csv.reader(io.StringIO(tsv), delimiter="\t")))
print(list(csv.reader(["  x, y", "'q,r',s"], skipinitialspace=True, quotechar="'")))
print(list(csv.reader(['1,"2', '3",4'])))
print(list(csv.reader(["a,b"], dialect="excel")), csv.list_dialects() != [])
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_NONE)
print(list(csv.reader(["a|b|c"], "pipes")), csv.get_dialect("pipes").delimiter)
print(list(csv.DictReader(["k,v", "1,2,3", "4"], restkey="more", restval="?")))
sn = csv.Sniffer()
d = sn.sniff("a;b;c\n1;2;3\n")
print(d.delimiter, sn.has_header("name,age\nann,30\nbob,25\n"))
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)
