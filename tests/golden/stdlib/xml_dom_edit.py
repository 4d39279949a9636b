# xml.dom.minidom: building and editing trees, attributes by name and namespace,
# character data methods, fragments, clones, imports, errors and their messages.
import gc
import xml.dom
from xml.dom import minidom


def attempt(label, f):
    try:
        print(label, 'ok', repr(f()).split(' at 0x')[0])
    except Exception as e:
        print(label, type(e).__module__, type(e).__name__, str(e).split(' at 0x')[0],
              getattr(e, 'code', None))


impl = minidom.getDOMImplementation()
doc = impl.createDocument(None, 'root', None)
root = doc.documentElement
print(doc.toxml(), root.ownerDocument is doc, root.parentNode is doc, doc.doctype)

# children: append, insert, replace, remove, fragments, sibling links
a, b, c = (doc.createElement(n) for n in 'abc')
root.appendChild(a)
root.insertBefore(c, None)
root.insertBefore(b, c)
print([n.tagName for n in root.childNodes], a.nextSibling.tagName, c.previousSibling.tagName,
      a.previousSibling, c.nextSibling, root.firstChild.tagName, root.lastChild.tagName)
frag = doc.createDocumentFragment()
for i in range(3):
    frag.appendChild(doc.createTextNode(str(i)))
root.insertBefore(frag, b)
print(root.toxml(), len(frag.childNodes), frag.nodeName, frag.nodeType)
frag.appendChild(doc.createComment('f'))
frag.appendChild(doc.createElement('g'))
old = root.replaceChild(frag, c)
print(root.toxml(), type(old).__name__, old is frag, len(frag.childNodes), c.parentNode, c.nextSibling)
root.appendChild(a)
print(root.toxml(), a.previousSibling.tagName, a.nextSibling)
print(root.removeChild(b).tagName, root.toxml())
print(root.childNodes.length, root.childNodes.item(0).data, root.childNodes.item(99), root.hasChildNodes())
attempt('length set', lambda: setattr(root.childNodes, 'length', 3))
attempt('remove missing', lambda: root.removeChild(b))
attempt('insert missing ref', lambda: root.insertBefore(doc.createElement('z'), b))
attempt('replace missing', lambda: root.replaceChild(doc.createElement('z'), b))
attempt('second root', lambda: doc.appendChild(doc.createElement('x')))
attempt('insert second root', lambda: doc.insertBefore(doc.createElement('x'), root))
attempt('text in doc', lambda: doc.appendChild(doc.createTextNode('x')))
attempt('attr as child', lambda: root.appendChild(doc.createAttribute('x')))
attempt('doc as child', lambda: root.appendChild(doc))
t = doc.createTextNode('leaf')
attempt('leaf append', lambda: t.appendChild(doc.createTextNode('x')))
attempt('leaf insert', lambda: t.insertBefore(doc.createTextNode('x'), None))
attempt('leaf replace', lambda: t.replaceChild(doc.createTextNode('x'), None))
attempt('leaf remove', lambda: t.removeChild(doc.createTextNode('x')))
attempt('pi append', lambda: doc.createProcessingInstruction('t', 'd').appendChild(t))
attempt('comment append', lambda: doc.createComment('c').appendChild(t))
print(t.hasChildNodes(), t.childNodes, t.firstChild, t.lastChild, t.attributes, t.childNodes.length)
attempt('text type', lambda: doc.createTextNode(5))
attempt('cdata type', lambda: doc.createCDATASection(b'x'))
attempt('direct DOMException', lambda: xml.dom.DOMException('x'))
print([(cls.__name__, cls.code) for cls in (xml.dom.IndexSizeErr, xml.dom.NotFoundErr,
                                           xml.dom.ValidationErr)], xml.dom.NAMESPACE_ERR,
      xml.dom.NotFoundErr('m')._get_code())

# attributes
e = doc.createElement('e')
e.setAttribute('x', '1')
e.setAttribute('y', '2')
e.setAttribute('x', '3')
print(e.toxml(), e.getAttribute('x'), repr(e.getAttribute('none')), e.hasAttribute('y'), e.hasAttributes())
attrs = e.attributes
print(attrs.length, len(attrs), attrs.items(), list(attrs.keys()), [v.value for v in attrs.values()])
print(attrs.item(0).name, attrs.item(5), attrs['x'].value, attrs.get('y').value, attrs.get('q', 'dflt'),
      'x' in attrs, 'q' in attrs, attrs.getNamedItem('y').nodeValue, attrs.getNamedItem('q'))
attrs['z'] = 'new'
attrs['x'] = 'changed'
print(e.toxml())
node = e.getAttributeNode('z')
print(node.name, node.nodeName, node.value, node.nodeValue, node.localName, node.prefix,
      node.namespaceURI, node.ownerElement.tagName, node.nodeType, node.childNodes[0].data)
node.value = 'v2'
print(e.getAttribute('z'), node.firstChild.data)
print(attrs.removeNamedItem('z').name, e.toxml(), node.ownerElement)
attempt('remove missing attr', lambda: e.removeAttribute('nope'))
attempt('removeNamedItem missing', lambda: attrs.removeNamedItem('nope'))
attempt('getitem missing', lambda: attrs['nope'])
del attrs['y']
print(e.toxml())
other = doc.createElement('other')
other.setAttribute('own', '1')
attempt('in use', lambda: e.setAttributeNode(other.getAttributeNode('own')))
fresh = doc.createAttribute('fresh')
fresh.value = 'f'
print(e.setAttributeNode(fresh), e.toxml(), fresh.ownerElement.tagName)
repl = doc.createAttribute('fresh')
repl.value = 'r'
print(e.setAttributeNode(repl).value, e.toxml())
print(e.removeAttributeNode(repl).name, e.toxml())
attempt('removeAttributeNode other', lambda: e.removeAttributeNode(fresh))

# namespaces
n = doc.createElementNS('urn:a', 'p:el')
print(n.tagName, n.nodeName, n.namespaceURI, n.prefix, n.localName)
n.setAttributeNS('urn:b', 'q:at', 'v')
n.setAttributeNS(None, 'plain', 'w')
print(n.toxml(), n.getAttributeNS('urn:b', 'at'), repr(n.getAttributeNS('urn:b', 'zz')),
      n.hasAttributeNS('urn:b', 'at'), n.hasAttributeNS(None, 'at'))
an = n.getAttributeNodeNS('urn:b', 'at')
print(an.name, an.prefix, an.localName, an.namespaceURI, n.attributes[('urn:b', 'at')].value,
      n.attributes.getNamedItemNS(None, 'plain').value, n.attributes.itemsNS())
n.removeAttributeNS('urn:b', 'at')
print(n.toxml())
attempt('removeAttributeNS missing', lambda: n.removeAttributeNS('urn:b', 'at'))
for args in [('u', 'p:r'), (None, 'p:r'), ('u', 'xml:r'), (xml.dom.XML_NAMESPACE, 'xml:r'), ('u', None),
             (None, None)]:
    attempt('createDocument %r' % (args,), lambda: impl.createDocument(args[0], args[1], None).toxml())
dt = impl.createDocumentType('root', 'pub', 'sys')
print(dt.name, dt.nodeName, dt.publicId, dt.systemId, dt.internalSubset, dt.ownerDocument,
      dt.entities.length, dt.notations.length, dt.nodeType)
d2 = impl.createDocument(None, 'root', dt)
print(d2.toxml(), d2.doctype is dt, dt.ownerDocument is d2, dt.parentNode is d2)
attempt('doctype reuse', lambda: impl.createDocument(None, 'root', dt))
print(impl.hasFeature('core', '2.0'), impl.hasFeature('XML', None), impl.hasFeature('xml', '3.0'),
      impl.hasFeature('ls-load', '3.0'), impl.getInterface('core') is impl)
print(minidom.getDOMImplementation('core 2.0') is impl, minidom.getDOMImplementation('core 9.9'),
      minidom.getDOMImplementation([('xml', None)]) is impl)
print(xml.dom.getDOMImplementation() is impl, xml.dom.getDOMImplementation('minidom') is impl)
attempt('registry missing', lambda: xml.dom.getDOMImplementation('no-such-dom'))
attempt('registry features', lambda: xml.dom.getDOMImplementation(features='core 9.9'))

# character data
t = doc.createTextNode('abcdef')
t.insertData(1, 'XY')
t.deleteData(0, 1)
t.replaceData(1, 2, '__')
t.appendData('!')
print(t.data, t.length, len(t), t.nodeValue, t.substringData(1, 3), t.substringData(2, 100))
for label, f in [('substring neg', lambda: t.substringData(-1, 1)),
                 ('substring far', lambda: t.substringData(99, 1)),
                 ('substring count', lambda: t.substringData(1, -1)),
                 ('insert neg', lambda: t.insertData(-1, 'x')),
                 ('delete far', lambda: t.deleteData(99, 1)),
                 ('replace count', lambda: t.replaceData(0, -2, 'x')),
                 ('split far', lambda: t.splitText(99)),
                 ('split neg', lambda: t.splitText(-1))]:
    attempt(label, f)
holder = doc.createElement('h')
holder.appendChild(t)
rest = t.splitText(3)
print([x.data for x in holder.childNodes], rest.previousSibling is t, t.wholeText, rest.wholeText)
holder.appendChild(doc.createCDATASection('cd'))
print(rest.wholeText, repr(holder.lastChild), holder.lastChild.wholeText)
t.nodeValue = 'NV'
print(t.data, repr(t), repr(doc.createTextNode('x' * 11)), repr(doc.createComment('c')).split(' at')[0])
pi = doc.createProcessingInstruction('tgt', 'some data')
print(pi.target, pi.data, pi.nodeName, pi.nodeValue, pi.nodeType, pi.toxml())
pi.nodeValue = 'other'
print(pi.toxml())

# clones and imports
src = minidom.parseString('<r a="1"><x b="2">t<y/></x><!--c--><?p d?></r>')
r = src.documentElement
deep = r.cloneNode(True)
shallow = r.cloneNode(False)
print(deep.toxml(), shallow.toxml(), deep.ownerDocument is src, deep.parentNode,
      deep.getAttributeNode('a') is not r.getAttributeNode('a'))
dcopy = src.cloneNode(True)
print(dcopy.toxml(), dcopy.documentElement is not r, src.cloneNode(False))
imported = doc.importNode(r, True)
print(imported.ownerDocument is doc, imported.toxml(), imported.parentNode)
attempt('import doc', lambda: doc.importNode(src, True))
attempt('import doctype', lambda: doc.importNode(dt, True))
print(doc.createComment('c').cloneNode(True).data, pi.cloneNode(False).toxml(),
      doc.createTextNode('t').cloneNode(True).data)

# normalize, search, ids
box = doc.createElement('box')
for s in ['a', '', 'b', 'c']:
    box.appendChild(doc.createTextNode(s))
inner = doc.createElement('inner')
inner.appendChild(doc.createTextNode('x'))
inner.appendChild(doc.createTextNode('y'))
box.appendChild(inner)
box.appendChild(doc.createTextNode(''))
box.normalize()
print([c.nodeName for c in box.childNodes], box.firstChild.data, inner.firstChild.data,
      box.firstChild.nextSibling.tagName, inner.previousSibling.data)
tree = minidom.parseString('<a xmlns:n="N"><b id="1"/><n:b id="2"><b/></n:b><c><b/></c></a>')
print(len(tree.getElementsByTagName('b')), len(tree.getElementsByTagName('*')),
      [e.tagName for e in tree.getElementsByTagNameNS('N', '*')],
      [e.tagName for e in tree.getElementsByTagNameNS('*', 'b')],
      len(tree.documentElement.getElementsByTagName('b')))
print(tree.getElementById('1'))
first = tree.getElementsByTagName('b')[0]
first.setIdAttribute('id')
print(tree.getElementById('1') is first, first.getAttributeNode('id').isId, tree.getElementById('2'))
attempt('setIdAttribute missing', lambda: first.setIdAttribute('nope'))

# user data, isSameNode, context manager, unlink
print(first.setUserData('k', 'v', None), first.getUserData('k'), first.getUserData('none'),
      first.isSameNode(first), first.isSameNode(tree))
with minidom.parseString('<u><v/></u>') as ud:
    kid = ud.documentElement.firstChild
print(kid.parentNode, ud.childNodes.length)
tree.unlink()
print(tree.documentElement, first.parentNode, first.ownerDocument)
del tree, first
print(gc.collect() >= 0)
