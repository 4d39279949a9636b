import json, re, decimal
from datetime import date
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
data = {"d": date(2024, 1, 2), "s": {3, 1}, "n": None, "f": 1.5, "b": True}
s = json.dumps(data, cls=Enc, indent=2, sort_keys=True); print(s)
def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d
print(json.loads(s, object_hook=hook))
print(json.loads('{"a": 1, "a": 2, "b": [1, 2]}', object_pairs_hook=list))
from collections import OrderedDict
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('1.10', parse_float=decimal.Decimal), json.loads('[NaN, Infinity]'), json.loads('12', parse_int=float))
try:
    json.dumps({"x": object()})
except TypeError as e:
    print(e)
for bad in ['{"a": 1,}', '[1, 2', '{a: 1}', '', '"abc', '[1] x', "{'a': 1}", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
print(json.dumps("héllo ☃"), json.dumps("héllo", ensure_ascii=False), json.dumps([1, [2, 3]], separators=(',', ':')), json.dumps({1: 'a', 2.5: 'b', None: 'c', True: 'd'}))
print(json.dumps({"a": [1, {"b": 2}]}, indent="\t"), json.dumps(float('nan')))
try:
    json.dumps(float('inf'), allow_nan=False)
except ValueError as e:
    print(e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3}, skipkeys=True))
class D(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=lambda d: {k.upper(): v for k, v in d.items()}, **kw)
print(json.loads('{"a": {"b": 1}}', cls=D))
print(json.JSONDecoder().raw_decode('{"a": 1} tail'))
m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?", "Isaac Newton, physicist")
print(m, m.group(0), m.group(1, 2), m.group('first'), m['last'], m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(2), m.start('last'), m.pos, m.endpos, m.lastindex, m.lastgroup, m.re, repr(m.string))
print(m.expand(r"\2, \g<first> \g<0>"), m.span('opt'), m.start(3))
try:
    m.group(5)
except IndexError as e:
    print(e)
print(re.sub(r"\d+", lambda mo: str(int(mo.group()) * 2), "a1 b22 c333"), re.subn(r"a", "b", "banana", count=2))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"), re.sub(r"x*", "-", "abxd"))
print(re.split(r"(,)\s*", "a, b,c"), re.split(r"\W+", "Words, words, words.", maxsplit=1), re.split(r"(?:(a)|b)", "xaybz"))
pat = re.compile(r"""
    (?P<year>\d{4})   # year
    -(?P<month>\d\d)  # month
    -(?P<day>\d\d)    # day
""", re.VERBOSE)
print(pat.findall("2024-01-05 and 1999-12-31"), [mo.groupdict() for mo in pat.finditer("x 2020-02-02")], pat.groupindex, pat.groups, pat.pattern[:10], pat.flags)
print(re.findall(r"\b\w", "hello big world"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "12a"), re.search(r"o", "foo").span())
print(repr(re.compile(r"a+", re.I | re.M)), re.escape("a.b*c"), re.compile("x").search("axb", 2), re.purge())
for bad in [r"(", r"[a-", r"a{2,1}", r"(?P<1>x)", "\\"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), e, e.pos)
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)|(b)", "b").lastindex, re.sub(r"(?i)HELLO", "bye", "Hello hello"))
tokens = re.compile(r"(?P<NUM>\d+)|(?P<OP>[+*/-])|(?P<WS>\s+)")
for mo in tokens.finditer("12 + 3*4"):
    if mo.lastgroup != "WS":
        print(mo.lastgroup, mo.group())
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "ab cd"), re.findall(r"(\w)(\d)", "a1b2"), re.match("a", "A", re.IGNORECASE)[0])
print(m.regs, m.__copy__() is m if hasattr(m,'__copy__') else '', bool(re.match('', '')))
