"""html.escape/unescape and the html.entities tables."""
import html
import html.entities as ent

print(html.escape("<a href=\"x\">Tom & 'Jerry'</a>"))
print(html.escape("<a href=\"x\">Tom & 'Jerry'</a>", quote=False))
cases = ["&amp;&lt;&gt;&quot;&apos;", "&amp &lt &copy2023 &notit; &notin; &not",
         "&#65;&#x42;&#X43;&#0068", "&#0;&#13;&#128;&#129;&#150;&#159;",
         "&#x1;&#xb;&#x7f;&#xfdd0;&#xfffe;&#x1ffff;&#xd800;&#x110000;&#99999999999;",
         "&AElig;&aelig;&NotNestedGreaterGreater;&acE;&fjlig;", "& &; &#; &#x; &zz; &",
         "no references", "&Aacute&aacutex&amp;amp;", "&" + "a" * 40 + ";"]
for s in cases:
    print(ascii(html.unescape(s)))
print(len(ent.html5), len(ent.name2codepoint), len(ent.codepoint2name), len(ent.entitydefs))
print(ent.name2codepoint["eacute"], ent.codepoint2name[8364], ascii(ent.entitydefs["nbsp"]))
print(ascii(ent.html5["amp"]), ascii(ent.html5["NotEqualTilde;"]), "amp" in ent.html5,
      "euro" in ent.html5, "euro;" in ent.html5)
print(list(ent.html5)[:8], list(ent.name2codepoint)[:5], list(ent.codepoint2name.items())[-3:])
print(ent.name2codepoint["lang"], ascii(ent.html5["lang;"]), sorted(ent.__all__))
print(all(ent.entitydefs[n] == chr(c) for n, c in ent.name2codepoint.items()))
