# tomllib: a pyproject-style document, every value type of TOML 1.0 (strings with
# escapes and line-ending backslashes, numbers in all bases, special floats,
# offset/local date-times), arrays of tables, dotted keys, parse_float, load()
# from a binary file, and the decoder's error texts and positions.
import decimal
import io
import os
import tempfile
import tomllib

PYPROJECT = '''\
# project settings
[project]
name = "demo"
version = "0.1.0"
requires-python = ">=3.11"
dependencies = [
  "requests>=2",   # http
  'rich',
]
authors = [{name = "A. Person", email = "a@example.org"}]

[project.optional-dependencies]
dev = ["pytest", "black"]

[tool.black]
line-length = 88
target-version = ['py311']

[[tool.mypy.overrides]]
module = "x.*"
ignore_missing_imports = true

[[tool.mypy.overrides]]
module = "y"
'''
cfg = tomllib.loads(PYPROJECT)
print(cfg)
print(cfg["project"]["dependencies"], cfg["tool"]["mypy"]["overrides"][1])

VALUES = r'''
str1 = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF. \U0001F600"
str2 = """
Roses are red
Violets are blue"""
str3 = """\
       The quick brown \
       fox jumps over \
       the lazy dog.\
       """
winpath = 'C:\Users\nodejs\templates'
lines = QQQ
The first newline is
trimmed in raw strings.
QQQ
quot15 = QQQHere are fifteen quotation marks: """""""""""""""QQQ
str5 = """Here are three quotation marks: ""\"."""
ints = [+99, 42, 0, -17, 1_000, 0xDEADBEEF, 0xdead_beef, 0o01234567, 0b11010110, -0]
floats = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991_228, 1e400]
specials = [inf, +inf, -inf]
odt = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00.999999-07:00, 1979-05-27 07:32:00+00:00]
ldt = [1979-05-27T07:32:00, 1979-05-27t00:32:00.1234567]
ld = 1979-05-27
lt = [07:32:00, 00:32:00.5]
bools = [true, false]
mixed = [1, "two", [3.0, {four = 4}], []]
nested.dotted."quoted.key" = 1
nested.dotted.other = 2
"" = "empty key"
1234 = "digits"
'''.replace("QQQ", "'" * 3)
for key, value in tomllib.loads(VALUES).items():
    print(repr(key), "=", repr(value))
print(tomllib.loads("n = nan")["n"] != tomllib.loads("n = nan")["n"])

FRUIT = '''
[[fruits]]
name = "apple"

[fruits.physical]  # subtable
color = "red"

[[fruits.varieties]]
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"

[[fruits.varieties]]
name = "plantain"
'''
print(tomllib.loads(FRUIT))
print(tomllib.loads("a = 1.5\nb = [2.25, inf]\nc = 3", parse_float=decimal.Decimal))
try:
    tomllib.loads("a = 1.5", parse_float=lambda s: [s])
except ValueError as e:
    print("ValueError:", e)
print(tomllib.loads("a = 1\r\nb = '''x\r\ny'''\r\n"))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "conf.toml")
    with open(path, "w", encoding="utf-8") as f:
        f.write('title = "café"\n[owner]\nname = "Tom"\n')
    with open(path, "rb") as f:
        print(tomllib.load(f))
    with open(path) as f:
        try:
            tomllib.load(f)
        except TypeError as e:
            print("TypeError:", e)
print(tomllib.load(io.BytesIO(b"x = 1")))
try:
    tomllib.loads(b"x = 1")
except TypeError as e:
    print("TypeError:", e)

BAD = [
    "a", "a =", "a = 1 2", "= 1", "a = 1\na = 2", "[t]\n[t]", "[t]\n[t", "a.b = 1\n[a]\nc=1",
    "[a]\nb=1\n[a.b]", "x = {a=1}\nx.b = 2", "a = [1, 2", "a = [1,,2]", "a = [", "a = {b = 1,}",
    "a = {b = 1", "a = {\n}", 'a = "abc', "a = 'abc", "a = '''ab", 'a = """abc', 'a = "\\q"',
    'a = "\x01"', "a = 'ab\ncd'", "a = 1 # c\x01", 'a = "\\u00"', 'a = "\\uD800"', 'a = "\\e"',
    'a = """a\\  x"""', "a = 1979-05-27T07:32", "a = 1979-02-30", "a = 07:32", "a = 24:00:00",
    "a = 0x", "a = 01", "a = 1__0", "a = 1.", "a = .5", "a = +0x1", "a = tru", "a = nan1",
    "[a", "[[a]", "[a]]", "a.b.c = 1\na.b = 2", "[[a]]\n[a]", "a = [1]\n[[a]]", "[a]\n[[a]]",
    "[a.b]\nc=1\n[a]\nb.d = 2", "a={}\n[a.b]", "a = {a = 1, a = 2}", "a = {a = 1, a.b = 2}",
    "a = {a = {}, a.b = 1}", "x={a={}}\nx.a.b=1", "a = 1\r", '"a\nb" = 1', "\ufeffa = 1",
    "first = 1 last = 2", "key = # nothing",
]
for doc in BAD:
    try:
        print(repr(doc), "->", tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), "TOMLDecodeError:", e)
print(tomllib.TOMLDecodeError.__mro__[1].__name__, tomllib.TOMLDecodeError.__module__, tomllib.__all__)
print(tomllib.loads("[a.b.c]\n[a]\nx = 1\n[a.b]\ny = 2"), tomllib.loads("[x]\ny.z = 1\ny.w = 2"))
tomllib.loads("a = [")
