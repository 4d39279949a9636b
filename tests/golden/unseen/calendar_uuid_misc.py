import calendar
import uuid
import secrets
import keyword
import numbers
import reprlib
import colorsys
import difflib

print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 2))
print(calendar.month_name[3], calendar.monthcalendar(2024, 2)[0], calendar.leapdays(2000, 2025))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "http://x"))
u = uuid.UUID("12345678123456781234567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.urn, str(uuid.UUID(int=1)), uuid.UUID(bytes=b"\x00" * 16))
print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)), secrets.choice("a") == "a", len(secrets.token_urlsafe(9)))
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.iskeyword("for"), len(keyword.kwlist))
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1, numbers.Number))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}))
print(colorsys.rgb_to_hsv(1, 0, 0), colorsys.hls_to_rgb(0.5, 0.5, 0.5))
a = "the quick brown fox".split()
b = "the quick red fox jumps".split()
print(list(difflib.unified_diff(a, b, "a", "b", lineterm="")))
print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), difflib.get_close_matches("appel", ["ape", "apple", "peach"]))
print("".join(difflib.ndiff(["one\n", "two\n"], ["one\n", "too\n"])))
