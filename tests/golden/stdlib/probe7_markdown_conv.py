import re
import html

MD = """# Title
Some *emphasis* and **strong** text with `code` and a [link](http://x.com?a=1&b=2).

## List
- item one
- item <two>
- item **three**

1. first
2. second

> quoted text
> more

```
code block <b>
```
Final paragraph with an_underscore_word and 3 * 4 = 12.
"""

def inline(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"`([^`]+)`", r"<code>\1</code>", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"(?<!\*)\*(?!\s)(.+?)(?<!\s)\*", r"<em>\1</em>", s)
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', s)
    return s

def convert(md):
    out, in_list, in_code, para = [], None, False, []
    def flush():
        if para:
            out.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
    for line in md.splitlines():
        if line.startswith("```"):
            flush()
            out.append("</pre>" if in_code else "<pre>")
            in_code = not in_code
            continue
        if in_code:
            out.append(html.escape(line))
            continue
        if m := re.match(r"(#{1,6})\s+(.*)", line):
            flush()
            n = len(m.group(1))
            out.append(f"<h{n}>{inline(m.group(2))}</h{n}>")
        elif m := re.match(r"([-*]|\d+\.)\s+(.*)", line):
            flush()
            kind = "ol" if m.group(1)[0].isdigit() else "ul"
            if in_list != kind:
                if in_list:
                    out.append(f"</{in_list}>")
                out.append(f"<{kind}>")
                in_list = kind
            out.append(f"  <li>{inline(m.group(2))}</li>")
        elif line.startswith(">"):
            flush()
            out.append(f"<blockquote>{inline(line[1:].strip())}</blockquote>")
        elif not line.strip():
            flush()
            if in_list:
                out.append(f"</{in_list}>")
                in_list = None
        else:
            para.append(line.strip())
    flush()
    if in_list:
        out.append(f"</{in_list}>")
    return "\n".join(out)

print(convert(MD))
print(html.escape('<a href="x">&</a>'), html.unescape("&lt;p&gt; &amp;amp; &#39; &eacute; &#x41;"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "John Smith"), re.escape("a.b*c?"), re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None)
pat = re.compile(r"""
    (?P<user>[\w.]+)   # user
    @
    (?P<domain>[\w.]+\.[a-z]{2,})  # domain
""", re.VERBOSE | re.IGNORECASE)
for m in pat.finditer("contact: bob.smith@Example.COM, alice@site.org; bad@x"):
    print(m.group("user"), m["domain"], m.span(), m)
print(pat.pattern[:20], pat.flags & re.VERBOSE, pat.groupindex, pat.groups, re.compile(r"a+", re.I), repr(re.compile("x")))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"(?:ab)+", "ababx ab"), re.sub(r"\s+", " ", "a \n\t b"), re.subn(r"o", "0", "foo boo"))
print(re.split(r"[;,]\s*", "a, b;c ,d", maxsplit=2), re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("-"), re.search(r"^b", "a\nb", re.M).start())
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.findall(r"\b[A-Z][a-z]+\b", "Alice and Bob met Carol"), re.search(r"(\d+)", "abc") is None)
print(bool(re.match("", "")), re.match(r".", "\n"), re.match(r".", "\n", re.S), re.sub("a|", "-", "abc"), re.findall(r"\d*", "a12b"))
