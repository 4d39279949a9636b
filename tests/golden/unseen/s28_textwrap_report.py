# Formatting a text report with textwrap
import textwrap

text = ("Python's memory management involves a private heap containing all Python objects "
        "and data structures. The management of this private heap is ensured internally by "
        "the Python memory manager.")
print(textwrap.fill(text, width=40))
print()
for line in textwrap.wrap(text, width=30, max_lines=3, placeholder=" [...]"):
    print(repr(line))
print(textwrap.shorten(text, width=50))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.indent("one\ntwo\n\nthree", "> "))
print(textwrap.indent("a\nb", "+ ", predicate=lambda l: l.startswith("b")))
print(repr(textwrap.dedent("""
    def f():
        return 1
    """)))
w = textwrap.TextWrapper(width=25, initial_indent="* ", subsequent_indent="  ",
                         break_long_words=True)
print(w.fill("Supercalifragilisticexpialidocious is a very long word indeed."))
print(textwrap.fill("a-b-c-d-e-f-g-h-i-j-k", width=6))
print(textwrap.fill("no  breaking on hyphens-here please", width=12, break_on_hyphens=False))
print(textwrap.wrap("", width=10), textwrap.wrap("   ", width=10))
print(textwrap.fill("tabs\there\tand\tthere", width=20, tabsize=4))
print(textwrap.fill("Sentence one.  Sentence two. Three", width=80, fix_sentence_endings=True))
table = [("name", "qty", "price"), ("apple", 3, 0.5), ("watermelon", 1, 3.25)]
for row in table:
    print("{:<12}{:>5}{:>8}".format(*row))
print(textwrap.fill(" ".join(["word"] * 20), width=30, drop_whitespace=False))
