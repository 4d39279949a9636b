import textwrap, string
t = "Supercalifragilisticexpialidocious is a word.  Another sentence here! And\tone with\ttabs. Mr. Smith went."
for kw in [dict(width=12), dict(width=12, break_long_words=False), dict(width=15, drop_whitespace=False), dict(width=20, expand_tabs=False), dict(width=20, tabsize=4), dict(width=25, fix_sentence_endings=True), dict(width=10, break_on_hyphens=False), dict(width=18, replace_whitespace=False), dict(width=30, max_lines=2, placeholder=" [more]")]:
    print(kw, textwrap.wrap(t, **kw))
print(textwrap.wrap("a-very-long-hyphenated-word-sequence here", 10), textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one two", 3))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
try:
    textwrap.TextWrapper(width=5, max_lines=1, placeholder="too long placeholder").wrap("aaa bbb ccc")
except ValueError as e:
    print(e)
print(repr(textwrap.dedent("  a\n\t b\n  c")), repr(textwrap.dedent("    x\n\n    y\n   ")), repr(textwrap.indent("x\ny\n", "  ", lambda l: l.startswith("y"))))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        if spec.endswith("u"):
            return format(value, spec[:-1]).upper()
        return super().format_field(value, spec)
    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)
print(Upper().format("{0:>6u}|{1!l}|{2:.2f}", "abc", "XYZ", 3.14159))
class Safe(dict):
    def __missing__(self, key): return "{" + key + "}"
print("{name} is {age}".format_map(Safe(name="Ann")), string.Formatter().check_unused_args([], [], {}))
print(textwrap.shorten("The  quick brown   fox", 12), textwrap.shorten("Short", 10), textwrap.fill(t, width=40, initial_indent="  ", subsequent_indent="    "))
import inspect, sys
def debug(expr_name):
    frame = inspect.currentframe().f_back
    print(expr_name, "=", frame.f_locals.get(expr_name))
def main():
    x = 42
    debug("x")
    info = inspect.getframeinfo(inspect.currentframe())
    print(info.function, info.lineno, info.code_context)
    print([f.function for f in inspect.stack()][:2], inspect.stack()[0].code_context)
main()
