import string
from string import Template, Formatter

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords("  hello   world of  python "), string.capwords("a-b c-d", "-"))
t = Template("Hi $name, you owe $$${amount} for ${item}s.")
print(t.substitute(name="Ann", amount="3.50", item="apple"))
print(t.safe_substitute(name="Bob"))
print(t.substitute({"name": "C", "amount": 1, "item": "x"}, name="override"))
for bad in [{"name": "x"}, None]:
    try:
        if bad is None:
            Template("bad $ here").substitute()
        else:
            t.substitute(bad)
    except KeyError as e:
        print("KeyError:", e)
    except ValueError as e:
        print("ValueError:", e)
print(Template("$who likes $what").get_identifiers())
print(Template("$who $").is_valid(), Template("$who").is_valid())
print(t.template)

class Pct(Template):
    delimiter = "%"
    idpattern = r"[a-z]+"

print(Pct("%greeting, %name!").substitute(greeting="Hello", name="world"))
f = Formatter()
print(f.format("{0} + {1} = {2:>5}", 2, 3, 5))
print(list(f.parse("Hi {name!r:>10} and {0[1]} {{lit}}")))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))

class Upper(Formatter):
    def format_field(self, value, spec):
        if spec == "u":
            return str(value).upper()
        return super().format_field(value, spec)
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<%s?>" % key
        return super().get_value(key, args, kwargs)

print(Upper().format("{x:u} {y} {0:>4}", 7, x="abc"))
try:
    f.format("{0} {}", 1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    f.format("{missing}")
except KeyError as e:
    print("KeyError:", e)
print(f.convert_field("x", "r"), f.convert_field(3, "a"), f.convert_field("s", None))
