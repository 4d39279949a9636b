"""html.parser.HTMLParser: events, positions, references, CDATA content, chunked feeds."""
from html.parser import HTMLParser


class Logger(HTMLParser):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.events = []

    def log(self, *event):
        self.events.append(event + (self.getpos(),))

    def handle_starttag(self, tag, attrs):
        self.log("start", tag, attrs, self.get_starttag_text())

    def handle_endtag(self, tag):
        self.log("end", tag)

    def handle_data(self, data):
        self.log("data", data)

    def handle_comment(self, data):
        self.log("comment", data)

    def handle_decl(self, decl):
        self.log("decl", decl)

    def handle_pi(self, data):
        self.log("pi", data)

    def handle_entityref(self, name):
        self.log("entityref", name)

    def handle_charref(self, name):
        self.log("charref", name)

    def unknown_decl(self, data):
        self.log("unknown_decl", data)


def run(doc, chunk=None, **kwargs):
    p = Logger(**kwargs)
    try:
        step = chunk or len(doc) or 1
        for i in range(0, len(doc), step):
            p.feed(doc[i:i + step])
        p.close()
    except Exception as e:
        p.events.append((type(e).__name__, str(e)))
    for event in p.events:
        print(" ", ascii(event))
    return p


DOC = """<!DOCTYPE html>
<html lang="en"><head><title>T &amp; t</title>
<script type='text/javascript'>if (a < b && c) { x = "</p>"; }</script>
<style>p > a { color: red }</STYLE></head>
<body class=main id = "x" hidden data-v='a&lt;b' BOOL>
<!-- a comment -- ><p>Caf&eacute; &#233;&#xE9; &copy 2024 &unknown; AT&T</p>
<br/><img src="i.png" alt=""/><?php echo 1 ?><![CDATA[raw <stuff>]]>
<![if !IE]>x<![endif]></body></html>"""

for conv in (True, False):
    print("convert_charrefs", conv)
    run(DOC, convert_charrefs=conv)
print("chunked")
p = run(DOC, chunk=7)
print(p.lasttag, p.cdata_elem, p.getpos())
for doc in ["<a href='x", "text &amp", "<script>unfinished", "</>x</ b c>y</3>",
            "<a\x00b>", "<p/ class=x>&#x41;&#65&#;&", "<!bogus>< spaced><?pi",
            "<![weird[x]]>"]:
    print(ascii(doc))
    run(doc, convert_charrefs=False)
p = Logger()
p.feed("<div>half")
p.reset()
p.feed("<b>new</b>")
p.close()
print(p.events, p.get_starttag_text(), HTMLParser.CDATA_CONTENT_ELEMENTS)
