# fromstring/XML/parse: text, tails, attributes, namespaces, entities, CDATA, comments.
import io
import xml.etree.ElementTree as ET

def show(e, depth=0):
    print('  ' * depth + repr(e.tag), e.attrib, repr(e.text), repr(e.tail))
    for c in e:
        show(c, depth + 1)

show(ET.fromstring('<a x="1" y=\'2\'>text<b>inner</b>tail<c/>end</a>'))
show(ET.XML('<?xml version="1.0" encoding="utf-8"?>\n<!-- c --><root>\n  <k>v</k>\n</root>\n'))
show(ET.fromstring('<a>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F600;</a>'))
show(ET.fromstring('<a><![CDATA[<not markup> & stuff]]>after</a>'))
show(ET.fromstring('<a>x<!-- comment -->y<?pi data?>z</a>'))
show(ET.fromstring('<a b="x&#10;y\tz\nw &amp; &lt;"/>'))
show(ET.fromstring('<a>line1\r\nline2\rline3</a>'))
show(ET.fromstring(b'<a>\xc3\xa9t\xc3\xa9</a>'))
show(ET.fromstring('<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>'.encode('latin-1')))
show(ET.fromstring(b'\xef\xbb\xbf<a>bom</a>'))
show(ET.fromstring('<a>\u20ac</a>'.encode('utf-16')))
show(ET.fromstring('<root xmlns="http://default" xmlns:p="http://p"><p:x p:attr="1" plain="2"/><y/></root>'))
show(ET.fromstring('<a xml:lang="en"/>'))
show(ET.fromstring('<!DOCTYPE a [<!ENTITY e "expanded"><!ENTITY m "<b>markup</b>">]><a>&e; and &m;</a>'))
show(ET.fromstring('<!DOCTYPE a [<!ATTLIST a d CDATA "default">]><a/>'))
show(ET.fromstring('<!DOCTYPE a SYSTEM "a.dtd"><a/>'))
show(ET.fromstringlist(['<a>', 'x', '</a>']))
tree = ET.parse(io.BytesIO(b'<doc><p>para</p></doc>'))
print(type(tree).__name__, tree.getroot().tag, tree.find('p').text)
tree = ET.ElementTree(file=io.StringIO('<s>str</s>'))
print(tree.getroot().text)
root, ids = ET.XMLID('<a><b id="one"/><c id="two"><d id="three"/></c></a>')
print(root.tag, sorted((k, v.tag) for k, v in ids.items()))

p = ET.XMLParser()
print(p.version, type(p.target).__name__)
for piece in ['<a>', 'te', 'xt<b', '/>', '</a>']:
    p.feed(piece)
r = p.close()
show(r)

# the parser's entity map resolves undefined entities of documents with a DTD
p = ET.XMLParser()
p.entity['custom'] = 'CUSTOM'
p.feed('<!DOCTYPE a SYSTEM "x.dtd"><a>&custom;</a>')
show(p.close())
