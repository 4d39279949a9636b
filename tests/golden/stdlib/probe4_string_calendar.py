import string
from string import Template, Formatter
t = Template("Hello $name, you owe $$${amount}!")
print(t.substitute(name="Ann", amount=12.5))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError", e)
print(Template("$who likes $what").substitute({"who": "tim"}, what="kung pao"))
print(Template("${a}b $c").get_identifiers())
print(Template("$a $b").is_valid(), Template("$").is_valid())
class MyT(Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
print(MyT("%x and %y").substitute(x=1, y=2))
class Brace(Template):
    braceidpattern = r"[A-Z_]+"
print(Brace("${NAME} $lower").safe_substitute(NAME="n", lower="l"))
f = Formatter()
print(f.format("{0} {x!r} {y:>5}", 1, x="a", y=3))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}")))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
class Default(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)
print(Default().format("{x} {y} {0}", 9, x=1))
try:
    f.format("{0} {}", 1, 2)
except ValueError as e:
    print(e)
try:
    f.format("{}", )
except IndexError as e:
    print("IndexError", e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace))
print(string.capwords("  hello   world  foo "), string.capwords("a-b-c", "-"))
print(len(string.printable))
print(f.format("{0[1]} {1.real} {2:{3}}", [1,2], 3+4j, 5, "^7"))
print(f.convert_field("x", "r"), f.format_field(3.14159, ".2f"))
print(Template.delimiter, Template.idpattern, Template.flags)

import calendar
print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=2))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2025, 7))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024))
print(calendar.weekday(2024, 1, 1), calendar.monthrange(2024, 2))
print(list(calendar.day_name), list(calendar.month_abbr))
print(calendar.monthcalendar(2024, 3))
for wk in cal.monthdays2calendar(2024, 4):
    print(wk)
print(list(cal.itermonthdates(2024, 1))[:3])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)))
print(calendar.firstweekday())
h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 5))
print(calendar.calendar(2024)[:400])
try:
    calendar.month(2024, 13)
except Exception as e:
    print(type(e).__name__, e)
print(calendar.MONDAY, calendar.Month.MARCH if hasattr(calendar,'Month') else None)
print(repr(calendar.day_abbr[0]), len(calendar.month_name))
print(list(calendar.Calendar(firstweekday=6).iterweekdays()))
print(list(calendar.Calendar().itermonthdays(2024, 2))[:10])
print(list(calendar.Calendar().itermonthdays3(2024, 2))[:3])
print(list(calendar.Calendar().itermonthdays4(2024, 2))[:3])
print(calendar.Calendar().yeardatescalendar(2024, 3)[0][0][0])
print(calendar.TextCalendar().formatyear(2023, 2, 1, 1, 4))
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print(e)
try:
    calendar.setfirstweekday(9)
except Exception as e:
    print(type(e).__name__, e)
