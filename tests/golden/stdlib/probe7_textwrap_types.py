import textwrap
class S(str):
    def expandtabs(self, n=8):
        return S("EXPANDED " + str.expandtabs(self, n))
tests = ["textwrap.wrap(None)", "textwrap.wrap(123)", "textwrap.wrap(b'abc def')", "textwrap.dedent(None)", "textwrap.indent(None, '>')", "textwrap.shorten(None, 10)",
 "textwrap.fill(['a'])", "textwrap.wrap(None, expand_tabs=False)", "textwrap.wrap(None, expand_tabs=False, replace_whitespace=False)", "textwrap.wrap(S('a\\tb'))",
 "textwrap.wrap('abc', width=-1)", "textwrap.wrap('abc def ghi', width=5, max_lines=1)", "textwrap.wrap('abc def ghi', width=5, max_lines=1, placeholder='........')",
 "textwrap.TextWrapper(width=10, initial_indent='*' * 12).wrap('abc')", "textwrap.indent('a\\nb', '> ', lambda l: False)", "textwrap.dedent(b'  a')", "textwrap.wrap('', 5)", "textwrap.fill('   ', 5)",
 "textwrap.TextWrapper(bogus=1)", "textwrap.wrap('a' * 25, width=10, break_long_words=False)", "textwrap.wrap('super-cali-fragilistic', 8)", "textwrap.wrap('super-cali-fragilistic', 8, break_on_hyphens=False)"]
for t in tests:
    try:
        r = eval(t)
        print("OK ", t, "->", repr(r)[:80])
    except BaseException as e:
        print("ERR", t, "->", type(e).__name__ + ":", str(e)[:150])
