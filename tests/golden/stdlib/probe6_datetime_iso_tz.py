from datetime import datetime, date, time, timezone, timedelta

dt = datetime(2024, 3, 9, 7, 5, 3, 120000)
print(dt.isoformat())
print(dt.isoformat(sep=" "))
print(dt.isoformat(timespec="minutes"))
print(dt.isoformat(timespec="milliseconds"))
print(datetime(2024, 3, 9).isoformat(timespec="auto"))
try:
    dt.isoformat(timespec="decades")
except ValueError as e:
    print("ValueError:", e)
print(time(1, 2, 3, 4).isoformat(), time(1, 2).isoformat("hours"))
for s in ["2024-03-09", "2024-03-09T07:05", "2024-03-09 07:05:03.123456",
          "2024-03-09T07:05:03+05:30", "2024-03-09T07:05:03Z" if False else "2024-03-09T07:05:03+00:00",
          "2024-03-09T07:05:03.5-08:00"]:
    print(repr(datetime.fromisoformat(s)))
print(repr(date.fromisoformat("2024-03-09")))
print(repr(time.fromisoformat("07:05:03.250")))
try:
    datetime.fromisoformat("2024/03/09")
except ValueError as e:
    print("ValueError:", e)
ist = timezone(timedelta(hours=5, minutes=30), "IST")
pst = timezone(-timedelta(hours=8))
print(repr(ist), str(ist), repr(pst), str(pst), repr(timezone.utc), str(timezone.utc))
meeting = datetime(2024, 3, 9, 15, 0, tzinfo=ist)
print(meeting, repr(meeting))
print(meeting.astimezone(timezone.utc))
print(meeting.astimezone(pst).isoformat())
print(meeting.utcoffset(), meeting.tzname(), meeting.dst())
print(meeting.timestamp())
print(datetime.fromtimestamp(0, timezone.utc))
print(datetime.fromtimestamp(1700000000, tz=pst))
print(meeting == meeting.astimezone(pst))
print(meeting - datetime(2024, 3, 9, 0, 0, tzinfo=timezone.utc))
try:
    meeting - datetime(2024, 3, 9)
except TypeError as e:
    print("TypeError:", e)
print(timezone(timedelta(0)) == timezone.utc, timezone(timedelta(hours=1)).tzname(None))
print(datetime(2024, 3, 9, tzinfo=timezone.utc).utctimetuple()[:6])
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print("ValueError:", e)
print(sorted([datetime(2024, 1, 1, 12, tzinfo=ist), datetime(2024, 1, 1, 7, tzinfo=timezone.utc)]))
