import csv
import io

raw = """name,dept,salary
Alice,Eng,120000
Bob,Sales,80000
"Carol, Jr.",Eng,110000
Dan,Sales,"95,000"
"""
reader = csv.reader(io.StringIO(raw))
header = next(reader)
rows = list(reader)
print(header, rows)
dr = csv.DictReader(io.StringIO(raw))
by_dept = {}
for row in dr:
    sal = int(row["salary"].replace(",", ""))
    by_dept.setdefault(row["dept"], []).append(sal)
print({k: sum(v) / len(v) for k, v in by_dept.items()}, dr.fieldnames)
out = io.StringIO()
w = csv.writer(out)
w.writerow(["id", "note"])
w.writerow([1, 'has "quotes"'])
w.writerow([2, "has,comma"])
w.writerow([3, "multi\nline"])
w.writerows([[4, None], [5, 1.5]])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["a", "b"], extrasaction="ignore")
dw.writeheader()
dw.writerow({"a": 1, "b": 2, "c": 3})
dw.writerow({"a": "x"})
print(out.getvalue(), end="")
out = io.StringIO()
w = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(["a", 1, "b c"])
print(out.getvalue(), end="")
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(io.StringIO("x, y, z\n"), skipinitialspace=True)))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONNUMERIC).writerow(["s", 1, 2.5])
print(out.getvalue(), end="")
print(list(csv.reader(io.StringIO('"1",2\n'), quoting=csv.QUOTE_NONNUMERIC)))
sniff = csv.Sniffer().sniff("a|b|c\n1|2|3\n")
print(sniff.delimiter)
print(csv.list_dialects() and "excel" in csv.list_dialects())
