import datetime, decimal
for cls in (datetime.date, datetime.datetime, datetime.time, datetime.timedelta, datetime.timezone, datetime.tzinfo,
            decimal.Decimal, decimal.Context):
    print(cls.__name__, cls.__qualname__, cls.__module__, repr(cls))
for bad in [lambda: datetime.date(2020, 1, 1) + 1, lambda: decimal.Decimal(1) + 1.5, lambda: len(datetime.date(2020, 1, 1))]:
    try:
        bad()
    except TypeError as e:
        print(e)
class MyDate(datetime.date):
    pass
print(repr(MyDate(2020, 1, 2)), MyDate.__name__)
print(datetime.date(2020, 1, 1).isocalendar())
