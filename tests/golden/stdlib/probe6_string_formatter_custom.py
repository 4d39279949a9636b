# A templating helper built on string.Formatter, plus str.format_map patterns.
import string

class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"

print("Hello {name}, your id is {id}".format_map(SafeDict(name="Ann")))

class DotFormatter(string.Formatter):
    """Allow {user.name} lookups into nested dicts."""
    def get_field(self, field_name, args, kwargs):
        first, *rest = field_name.split(".")
        key = int(first) if first.isdigit() else first
        obj = self.get_value(key, args, kwargs)
        for part in rest:
            obj = obj[part]
        return obj, first

df = DotFormatter()
print(df.format("{user.name} lives in {user.addr.city} ({0})", "arg0", user={"name": "Bo", "addr": {"city": "Rome"}}))

class Spec(string.Formatter):
    def format_field(self, value, format_spec):
        if format_spec.endswith("!up"):
            return format(value, format_spec[:-3]).upper()
        return format(value, format_spec)
    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)

sp = Spec()
print(sp.format("[{0:>6!up}] [{1!l}] [{2:x!up}]", "abc", "MiXeD", 255))
fmt = string.Formatter()
print(fmt.format("{:*^11}|{:+.2f}|{:#x}|{:,}", "mid", 3.14159, 255, 1234567))
print(fmt.format("{0!r:^10}|{0!s:^10}|{0!a}", "é"))
print(fmt.format("{x[0]}-{x[1]}-{y.real}", x=[1, 2], y=3 + 4j))
print(fmt.format("{:{w}.{p}f}", 3.14159, w=10, p=3))
print(list(fmt.parse("{a:{b}}")), list(fmt.parse("plain")), list(fmt.parse("{}")), list(fmt.parse("{{}}")))
for bad, args in [("{", ()), ("}", ()), ("{0!x}", (1,)), ("{:d}", ("s",)), ("{0[}", ([1],)), ("{a.}", ())]:
    try:
        print(fmt.format(bad, *args, a=1))
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    fmt.format("{0:{1:{2:{3}}}}", 1, 2, 3, 4)
except ValueError as e:
    print("ValueError:", e)
used = set()

class Tracking(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError(f"unused: {sorted(unused)}")

try:
    Tracking().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print("ValueError:", e)
print(Tracking().format("{a}{b}", a=1, b=2))
t = string.Template("${greeting}, ${name}! Total: $$$total")
print(t.substitute(greeting="Hi", name="Zed", total="9"))
print(string.Template("$a$b").substitute(a=1, b=2), string.Template("$a_b").safe_substitute(a=1))
print(string.Template("${a}_b").substitute(a=1))
try:
    string.Template("${bad").substitute(bad=1)
except ValueError as e:
    print("ValueError:", e)
