# Render a help screen / table with textwrap and str formatting.
import textwrap

commands = {
    "init": "Create a new, empty repository in the current directory, initialising the metadata store.",
    "commit": "Record changes to the repository. Opens an editor unless -m is given.",
    "log": "Show commit logs.",
    "rebase-interactive-with-autosquash": "Reapply commits on top of another base tip, automatically squashing fixups.",
}
width = 60
name_w = 12
for name, desc in commands.items():
    lines = textwrap.wrap(desc, width - name_w - 2)
    if len(name) > name_w:
        print(f"  {name}")
        first, rest = "", lines
    else:
        first, rest = lines[0], lines[1:]
        print(f"  {name:<{name_w}}{first}")
    for line in rest:
        print(" " * (name_w + 2) + line)
para = textwrap.dedent("""\
    Dear user,

        This paragraph is indented relative to the rest.
    Thanks!
""")
print(para)
print(textwrap.indent(para, "| ", lambda l: l.strip() != ""))
tw = textwrap.TextWrapper(width=30, initial_indent="- ", subsequent_indent="  ", max_lines=3, placeholder=" …")
for item in ["short", "a much longer bullet point that needs to wrap across several lines to fit the width we asked for"]:
    print(tw.fill(item))
print(tw.width, tw.max_lines, tw.expand_tabs, tw.replace_whitespace, tw.break_long_words)
print(textwrap.fill("a\nb\tc   d", width=80, replace_whitespace=True))
print(repr(textwrap.fill("a\nb\tc", width=80, replace_whitespace=False)))
print(textwrap.shorten("word " * 20, 20), textwrap.shorten("x", 5))
print(textwrap.wrap("hyphen-ated-word-list " * 3, width=12))
print(textwrap.wrap("Mr. Smith went.  Dr. No too.", width=100, fix_sentence_endings=True))
print(textwrap.wrap("αβγ δεζ ηθι κλμ", width=7))
print(textwrap.fill("1234567890" * 3, width=7, break_long_words=True))
