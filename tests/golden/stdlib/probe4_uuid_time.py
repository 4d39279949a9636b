import secrets, uuid, string
tok = secrets.token_hex(16); print(len(tok), all(c in string.hexdigits for c in tok))
print(len(secrets.token_bytes(10)), type(secrets.token_bytes()).__name__, len(secrets.token_bytes()))
u = secrets.token_urlsafe(16); print(len(u))
print(secrets.randbelow(10) in range(10), secrets.choice("abc") in "abc", 0 <= secrets.randbits(8) < 256)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"a", b"b"))
try:
    secrets.randbelow(0)
except ValueError as e:
    print(e)
alphabet = string.ascii_letters + string.digits
pw = ''.join(secrets.choice(alphabet) for i in range(12)); print(len(pw))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/x'))
print(uuid.uuid3(uuid.NAMESPACE_OID, '1.2.3'), uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'))
x = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(x, repr(x), x.hex, x.int, x.urn, x.version, x.variant, x.bytes, x.bytes_le)
print(x.fields, x.time_low, x.time_mid, x.time_hi_version, x.clock_seq_hi_variant, x.clock_seq_low, x.node, x.time, x.clock_seq)
print(uuid.UUID(bytes=x.bytes) == x, uuid.UUID(int=1), uuid.UUID(fields=x.fields) == x, uuid.UUID(bytes_le=x.bytes_le) == x)
r = uuid.uuid4(); s = str(r)
print(len(s), s[14], s[19] in '89ab', r.version, r.variant)
print(uuid.NAMESPACE_DNS, uuid.RESERVED_NCS, uuid.RFC_4122, uuid.NIL if hasattr(uuid,'NIL') else '')
for bad in ['xyz', '1234', 'g'*32]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print(e)
try:
    uuid.UUID()
except TypeError as e:
    print(e)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]))
print(uuid.UUID(int=5) < uuid.UUID(int=6), hash(uuid.UUID(int=5)) == hash(uuid.UUID(int=5)))
try:
    x.hex = 'a'
except TypeError as e:
    print(e)
print(str(uuid.UUID('urn:uuid:12345678123456781234567812345678')))
print(uuid.uuid1().version, uuid.SafeUUID.unknown, x.is_safe)
import copy, pickle
print(copy.copy(x) == x, pickle.loads(pickle.dumps(x)) == x)

import time, datetime as dt
t = time.gmtime(0); print(t, t.tm_year, t[0:3])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %%", time.gmtime(1700000000)))
print(time.asctime(time.gmtime(1700000000)))
print(time.strptime("2024-03-05 14:30", "%Y-%m-%d %H:%M"))
print(time.mktime(time.strptime("2024-01-01", "%Y-%m-%d")) > 0)
d = dt.datetime(2024, 3, 5, 14, 30, 15, 123456)
print(d, repr(d), d.isoformat(), d.isoformat(sep=" ", timespec="minutes"), d.ctime())
print(d.strftime("%d/%m/%Y %I:%M %p"), f"{d:%Y-%m-%dT%H}", format(d.date(), "%A"))
print(d.date(), d.time(), d.timetuple()[:6], d.weekday(), d.isoweekday(), d.isocalendar())
print(d + dt.timedelta(days=30, hours=12), d - dt.datetime(2024, 1, 1))
td = dt.timedelta(days=1, seconds=3661, microseconds=5)
print(td, repr(td), td.total_seconds(), -td, td * 2, td / 3, td // dt.timedelta(hours=1), abs(-td))
print(dt.timedelta(weeks=1, minutes=-1), dt.timedelta(microseconds=-1))
tz = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
a = dt.datetime(2024, 1, 1, 12, tzinfo=tz)
print(a, repr(a), a.utcoffset(), a.tzname(), a.astimezone(dt.timezone.utc))
print(dt.timezone.utc, repr(dt.timezone(dt.timedelta(hours=-3))))
print(dt.date(2024, 2, 29).replace(year=2025) if False else dt.date(2024, 2, 29).toordinal())
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print(e)
print(dt.datetime.fromisoformat("2024-03-05T10:20:30+02:00"), dt.date.fromisoformat("2024-03-05"))
print(dt.datetime.strptime("05 March 2024", "%d %B %Y"))
print(dt.datetime.fromtimestamp(0, dt.timezone.utc), dt.datetime.utcfromtimestamp(86400))
print(dt.date.fromordinal(738000), dt.date(2024,1,1) < dt.date(2024,1,2), dt.date.min, dt.datetime.max)
print(dt.time(9, 5), dt.time(9, 5, 3, 20), dt.time(23, 59).isoformat("seconds"), repr(dt.time(1)))
try:
    dt.datetime(2024, 1, 1) - a
except TypeError as e:
    print(e)
print(sorted([dt.date(2024, 5, 1), dt.date(2023, 1, 1)]))
print(dt.datetime(2024,1,1).timestamp() if False else "", dt.datetime(2024,1,1,tzinfo=dt.timezone.utc).timestamp())
print(d.strftime("%c | %x | %X"))
age = dt.date(2024, 6, 1) - dt.date(1990, 7, 15); print(age.days // 365, age)
