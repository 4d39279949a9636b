from urllib.parse import urlparse, urlencode, parse_qs, quote, unquote, urljoin, urlunparse, parse_qsl, quote_plus
import html
import xml.etree.ElementTree as ET

u = urlparse("https://user:pw@example.com:8443/path/to/page.html?q=python&lang=en#sec2")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.query, u.fragment, u.username)
print(parse_qs(u.query), parse_qsl("a=1&a=2&b="), urlencode({"q": "a b", "n": 1}), urlencode([("x", "1"), ("x", "2")]))
print(quote("a b/c?d"), quote_plus("a b&c"), unquote("%7Euser%20name"), quote("é"))
print(urljoin("http://a/b/c/d", "../e"), urljoin("http://a/b/", "/x"), urlunparse(("http", "h", "/p", "", "q=1", "")))
print(html.escape("<a href='x'>Tom & Jerry</a>"), html.unescape("&lt;p&gt; &amp; &copy; &#169; &eacute;"))
doc = """<?xml version="1.0"?>
<library>
  <book id="1" lang="en"><title>Dune</title><year>1965</year></book>
  <book id="2"><title>Neuromancer</title><year>1984</year></book>
</library>"""
root = ET.fromstring(doc)
print(root.tag, len(root), [b.get("id") for b in root.findall("book")])
for book in root.iter("book"):
    print(book.find("title").text, int(book.findtext("year")), book.attrib)
new = ET.SubElement(root, "book", id="3")
ET.SubElement(new, "title").text = "Foundation"
print(ET.tostring(new, encoding="unicode"))
print(root.find(".//book[@id='2']/title").text, [e.tag for e in root.iter()][:4])
el = ET.Element("a", {"href": "x"})
el.text = "link & stuff"
print(ET.tostring(el), ET.tostring(el, encoding="unicode"))
tree = ET.ElementTree(ET.fromstring("<r><c/><c>t</c></r>"))
ET.indent(tree)
print(ET.tostring(tree.getroot(), encoding="unicode"))
from html.parser import HTMLParser
class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
p = LinkParser()
p.feed('<p><a href="/one">1</a> <a href="http://two">2</a><img src=x></p>')
print(p.links)
