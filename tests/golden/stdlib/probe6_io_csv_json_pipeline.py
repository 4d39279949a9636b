# ETL in memory: CSV in, cleaned rows, JSON out, summary with statistics and Counter.
import csv, io, json, statistics
from collections import Counter
from datetime import date

raw = io.StringIO("""order_id,date,customer,amount,status
1001,2024-03-01,acme,250.00,shipped
1002,2024-03-01,globex,,pending
1003,2024-03-02,acme,99.95,shipped
1004,2024-03-03,initech,1200.50,cancelled
1005,2024-03-03,globex,42.00,shipped
""")
rows, problems = [], []
for rec in csv.DictReader(raw):
    try:
        rec["amount"] = float(rec["amount"])
    except ValueError as e:
        problems.append((rec["order_id"], str(e)))
        continue
    rec["date"] = date.fromisoformat(rec["date"])
    rec["order_id"] = int(rec["order_id"])
    rows.append(rec)
print(len(rows), problems)
shipped = [r for r in rows if r["status"] == "shipped"]
amounts = [r["amount"] for r in shipped]
print(f"total={sum(amounts):.2f} mean={statistics.mean(amounts):.2f} median={statistics.median(amounts):.2f}")
print(Counter(r["customer"] for r in rows).most_common())
print(Counter(r["status"] for r in rows))
by_day = {}
for r in rows:
    by_day.setdefault(r["date"].isoformat(), []).append(r["order_id"])
print(by_day)
out = io.StringIO()
json.dump({"orders": rows, "problems": problems}, out, default=lambda o: o.isoformat() if isinstance(o, date) else str(o), indent=2)
text = out.getvalue()
print(text[:200])
print(len(text.splitlines()), json.loads(text)["orders"][0]["date"])
csv_out = io.StringIO()
w = csv.DictWriter(csv_out, fieldnames=["order_id", "customer", "amount"], extrasaction="ignore", lineterminator="\n")
w.writeheader()
w.writerows(sorted(rows, key=lambda r: -r["amount"]))
print(csv_out.getvalue())
