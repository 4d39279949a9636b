import csv
import json
import io
import statistics
from collections import defaultdict
from datetime import date

orders_csv = """order_id,customer,date,item,qty,unit_price
1001,alice,2024-01-15,widget,3,2.50
1002,bob,2024-01-16,gadget,1,10.00
1003,alice,2024-02-01,gadget,2,10.00
1004,carol,2024-02-03,widget,10,2.25
1005,bob,2024-02-20,gizmo,5,4.10
1006,alice,2024-03-05,widget,1,2.50
"""
rows = list(csv.DictReader(io.StringIO(orders_csv)))
for r in rows:
    r["qty"] = int(r["qty"])
    r["unit_price"] = float(r["unit_price"])
    r["date"] = date.fromisoformat(r["date"])
    r["total"] = round(r["qty"] * r["unit_price"], 2)
by_customer = defaultdict(float)
by_month = defaultdict(list)
for r in rows:
    by_customer[r["customer"]] += r["total"]
    by_month[r["date"].strftime("%Y-%m")].append(r["total"])
report = {
    "customers": {k: round(v, 2) for k, v in sorted(by_customer.items(), key=lambda kv: -kv[1])},
    "months": {m: {"orders": len(v), "revenue": round(sum(v), 2), "avg": round(statistics.mean(v), 3)} for m, v in sorted(by_month.items())},
    "top_item": max({r["item"] for r in rows}, key=lambda it: sum(r["qty"] for r in rows if r["item"] == it)),
    "first": rows[0]["date"],
}
print(json.dumps(report, indent=2, default=str))
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["customer", "revenue"], lineterminator="\n")
w.writeheader()
for c, v in report["customers"].items():
    w.writerow({"customer": c, "revenue": f"{v:.2f}"})
print(out.getvalue())
back = json.loads(json.dumps(report, default=str))
print(back["months"]["2024-02"], type(back["first"]).__name__)
print(json.dumps(rows[0], default=lambda o: o.isoformat() if hasattr(o, "isoformat") else str(o), sort_keys=True))
