# xml.dom.minidom output: toxml/toprettyxml/writexml of every node type, encodings,
# standalone, doctypes (public, system, internal subset), escaping, parse details.
import io
import tempfile
import xml.dom
from xml.dom import minidom

src = '''<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE r PUBLIC "-//X//DTD r//EN" "r.dtd" [
  <!ENTITY e "x">
  <!-- a comment in the subset -->
]>
<!--before-->
<r xmlns="urn:d" xmlns:q="urn:q" a="&lt;&amp;&gt;&quot;'" q:b="x&#10;y">
  <t>one</t><u><v/></u><w>a<x/>b</w>
  <!--c--><?pi data?><![CDATA[cd]]>
  <s xml:lang="en">caf\u00e9 &#8364;</s>
</r>
<?after x?>'''
doc = minidom.parseString(src.encode('utf-8'))
print(repr(doc.toxml()))
print(repr(doc.toprettyxml()))
print(repr(doc.toprettyxml(indent='', newl='')))
print(repr(doc.toprettyxml(indent=' ', newl='\r\n')))
print(doc.toxml('ascii'))
print(doc.toxml('latin-1', standalone=True))
print(repr(doc.toxml(standalone=False)))
print(doc.version, doc.encoding, doc.standalone)
dt = doc.doctype
print(dt.name, dt.publicId, dt.systemId, repr(dt.internalSubset), dt.entities.length,
      dt.entities.item(0).nodeName, dt.entities.getNamedItem('e').firstChild.data,
      dt.entities.item(3), dt.notations.length, repr(dt.toxml()))
r = doc.documentElement
print(r.namespaceURI, r.prefix, r.localName, r.attributes.items())
print([(a.name, a.namespaceURI, a.prefix, a.localName) for a in r.attributes.values()])
s = r.getElementsByTagName('s')[0]
print(s.namespaceURI, s.getAttributeNS(xml.dom.XML_NAMESPACE, 'lang'), s.firstChild.data)
print([n.nodeType for n in doc.childNodes], [n.nodeName for n in r.childNodes])
for node in r.childNodes[1:6]:
    print(repr(node.toxml()), repr(node.toprettyxml(indent='.')))
print(repr(r.getAttribute('q:b')), repr(r.getAttribute('a')))

# documents built by hand
d = minidom.Document()
print(repr(d.toxml()), repr(d.toprettyxml()), d.version, d.encoding, d.standalone, d.documentElement)
top = d.createElement('top')
d.appendChild(d.createComment('lead'))
d.appendChild(top)
top.setAttribute('q', 'a"b<c>&d\'e\n\tf')
top.appendChild(d.createTextNode('text "quoted" <tag> & more'))
print(d.toxml())
kid = d.createElement('kid')
top.appendChild(kid)
kid.appendChild(d.createCDATASection('only'))
top.appendChild(d.createElement('empty'))
mixed = d.createElement('mixed')
mixed.appendChild(d.createTextNode(''))
top.appendChild(mixed)
two = d.createElement('two')
two.appendChild(d.createTextNode('a'))
two.appendChild(d.createComment('b'))
top.appendChild(two)
print(d.toprettyxml())
print(d.toprettyxml(indent='    ', newl='\n', encoding='utf-16')[:20])
print(top.toprettyxml(encoding='ascii'))
print(d.createTextNode('\xe9\u20ac').toprettyxml(encoding='ascii'), d.createTextNode('x').toxml())
print(repr(d.createProcessingInstruction('t', 'd').toprettyxml(indent='  ')))
out = io.StringIO()
top.writexml(out, '>', '+', '|')
print(repr(out.getvalue()))
out = io.StringIO()
d.writexml(out, '', ' ', '\n', 'utf-8', True)
print(repr(out.getvalue()))
for bad in (d.createComment('a--b'), d.createCDATASection('x]]>y')):
    try:
        bad.toxml()
    except ValueError as e:
        print('ValueError', e)

impl = minidom.getDOMImplementation()
for pub, sysid in (('p', 's'), (None, 's'), (None, None), ('p', None)):
    dd = impl.createDocument(None, 'root', impl.createDocumentType('root', pub, sysid))
    print(repr(dd.toxml()), repr(dd.toprettyxml()))

# parse(): file names, path objects, file objects; whitespace and text merging
with tempfile.TemporaryDirectory() as tmp:
    import pathlib
    path = pathlib.Path(tmp) / 'f.xml'
    path.write_bytes(b'<f>a&amp;b<![CDATA[c]]>d&#65;e</f>')
    for arg in (str(path),):
        pd = minidom.parse(arg)
        print([(n.nodeName, n.data) for n in pd.documentElement.childNodes])
    with open(path, 'rb') as fh:
        print(minidom.parse(fh).toxml())
print(minidom.parseString('<a>\n  <b/>\n</a>').toxml())
print([n.nodeName for n in minidom.parseString('<a>\n  <b/>\n</a>').documentElement.childNodes])
for bad in ('<a>', '<a></b>', '', '<a/><b/>', '<a x="1" x="2"/>'):
    try:
        minidom.parseString(bad)
    except Exception as e:
        print(type(e).__name__, e, e.code, e.lineno, e.offset)
