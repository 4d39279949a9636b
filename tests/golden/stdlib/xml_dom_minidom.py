# xml.dom.minidom: parsing, node navigation, attributes, editing, toxml/toprettyxml.
import io
from xml.dom import minidom, Node
import xml.dom

src = ('<?xml version="1.0"?><!DOCTYPE r><r xmlns:p="u" a="1">\n <p:b>x<![CDATA[<y>]]>z</p:b>'
       '<!--c--><?pi d?>&amp;<e k="v"/></r>')
d = minidom.parseString(src)
print(d.toxml())
print(repr(d.toprettyxml(indent='  ')))
print(d.toxml(encoding='utf-8'))
r = d.documentElement
print(r.tagName, r.nodeName, r.nodeType, r.nodeValue, r.parentNode is d, d.nodeName, d.nodeType)
b = r.getElementsByTagName('p:b')[0]
print([(n.nodeType, n.nodeName, n.nodeValue) for n in b.childNodes])
print(b.namespaceURI, b.localName, b.prefix, b.tagName)
print(r.attributes.items(), r.attributes.length, len(r.attributes), sorted(r.attributes.keys()))
print(repr(r.getAttribute('a')), repr(r.getAttribute('zz')), r.hasAttribute('a'), r.hasAttribute('zz'))
print(r.getAttributeNode('a').value, r.getAttributeNode('a').name, r.attributes['a'].nodeValue)
print(r.firstChild.nodeType, repr(r.firstChild.data), r.lastChild.tagName, r.childNodes.length)
print(b.previousSibling.nodeName, b.nextSibling.nodeName, b.nextSibling.data)
print(d.doctype.name, d.doctype.nodeType, [n.nodeType for n in d.childNodes])
print(repr(b.firstChild), repr(d.createTextNode('0123456789abc')), repr(r.childNodes[2]))
print(repr(r).split(' at ')[0], d.version, d.encoding, d.standalone)
print([n.tagName for n in d.getElementsByTagName('*')], len(d.getElementsByTagName('none')))
print(r.getElementsByTagNameNS('u', 'b')[0].tagName)

n = d.createElement('n')
n.setAttribute('k', 'v"<&>')
n.appendChild(d.createTextNode('t&<>"'))
r.appendChild(n)
print(n.toxml(), n.parentNode.tagName, n.previousSibling.tagName, n.nextSibling)
print(n.getAttribute('k'))
n.setAttribute('k', 'changed')
n.removeAttribute('k')
print(n.toxml(), n.hasAttributes())
c = d.createComment('new comment')
r.insertBefore(c, n)
print(n.previousSibling.data, c.nextSibling.tagName)
old = r.replaceChild(d.createElement('repl'), c)
print(old.data, old.parentNode, n.previousSibling.tagName)
r.removeChild(n)
print(n.parentNode, r.lastChild.tagName)
try:
    r.removeChild(n)
except xml.dom.NotFoundErr as e:
    print('NotFoundErr', e.code, isinstance(e, xml.dom.DOMException))
try:
    d.appendChild(d.createElement('second'))
except xml.dom.HierarchyRequestErr as e:
    print('HierarchyRequestErr:', e)

doc = minidom.Document()
top = doc.createElement('top')
doc.appendChild(top)
for i in range(2):
    item = doc.createElement('item')
    item.setAttribute('n', str(i))
    item.appendChild(doc.createTextNode('value %d' % i))
    top.appendChild(item)
top.appendChild(doc.createElement('empty'))
sub = doc.createElement('sub')
sub.appendChild(doc.createElement('inner'))
top.appendChild(sub)
print(doc.toxml())
print(doc.toprettyxml())
print(doc.toprettyxml(indent='  ', newl='\n', encoding='utf-8'))
print(doc.toprettyxml(standalone=True))
print(top.toprettyxml(indent='-'))
print(minidom.Document().toxml())
t1 = doc.createTextNode('ab')
top.appendChild(t1)
top.appendChild(doc.createTextNode('cd'))
top.appendChild(doc.createTextNode(''))
print(len(top.childNodes), t1.wholeText)
top.normalize()
print(len(top.childNodes), top.lastChild.data)
clone = top.cloneNode(True)
print(clone.toxml() == top.toxml(), clone.parentNode, top.cloneNode(False).toxml())
bad = doc.createComment('a--b')
try:
    bad.toxml()
except ValueError as e:
    print('ValueError:', e)

f = minidom.parse(io.BytesIO(b'<a><b>1</b><b>2</b></a>'))
print([b.firstChild.data for b in f.getElementsByTagName('b')])
f.unlink()
try:
    minidom.parseString('<a><b></a>')
except Exception as e:
    print(type(e).__module__, type(e).__name__, e)
with minidom.parseString('<ctx/>') as cd:
    print(cd.documentElement.tagName)
print(Node.ELEMENT_NODE, Node.TEXT_NODE, Node.DOCUMENT_NODE, minidom.Node.COMMENT_NODE)
impl = minidom.getDOMImplementation()
nd = impl.createDocument(None, 'rootname', None)
print(nd.toxml(), nd.documentElement.tagName)
