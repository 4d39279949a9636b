import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs!  How vexingly quick daft zebras jump.\tTabs\tare\there.")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50))
print(textwrap.shorten(text, width=50, placeholder=" [more]"))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
w = textwrap.TextWrapper(width=25, break_long_words=False, break_on_hyphens=False)
print(w.wrap("supercalifragilisticexpialidocious is a very-long-hyphenated-word indeed"))
w2 = textwrap.TextWrapper(width=20, max_lines=2, placeholder="...")
print(w2.wrap(text))
print(textwrap.wrap("A sentence. Another one.  Third!", width=15, fix_sentence_endings=True))
print(textwrap.wrap("tab\there", width=20, expand_tabs=True, tabsize=4))
print(textwrap.wrap("   leading spaces kept", width=40, drop_whitespace=False))
print(textwrap.wrap("well-known multi-part hyphenated-words", width=10))
print(textwrap.wrap("", width=10), textwrap.fill("", 10) == "")
code = """
    def f():
        return 1

    print(f())
"""
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\n\nb\n", "> "))
print(textwrap.indent("a\n\nb\n", "+ ", predicate=lambda line: True))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.TextWrapper(width=5, max_lines=1, placeholder=" [..........]").wrap("hello world")
except ValueError as e:
    print("ValueError:", e)
print(textwrap.dedent("  a\n\tb\n"))
print(textwrap.wrap("x" * 25, width=10))
