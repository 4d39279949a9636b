from decimal import Decimal
amounts = ["10.50", "3.25", "n/a"]
total = Decimal(0)
for a in amounts:
    total += Decimal(a)
    print(total)
