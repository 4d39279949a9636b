# Serialization: tostring, write, methods, encodings, namespaces, indent, dump.
import io, sys, os, tempfile
import xml.etree.ElementTree as ET

root = ET.fromstring('<root a="1"><child x="&lt;&quot;&#10;&#9;&#13;">text &amp; more</child>'
                     '<empty/><br/><script>if (a &lt; b) x();</script></root>')
print(ET.tostring(root))
print(ET.tostring(root, encoding='unicode'))
print(ET.tostring(root, encoding='utf-8'))
print(ET.tostring(root, encoding='UTF-8'))
print(ET.tostring(root, encoding='iso-8859-1'))
print(ET.tostring(root, short_empty_elements=False))
print(ET.tostring(root, method='html'))
print(ET.tostring(root, method='text'))
print(ET.tostring(root, xml_declaration=True))
print(ET.tostring(root, encoding='unicode', xml_declaration=True))
print(ET.tostringlist(root, encoding='unicode')[:4])
print(b''.join(ET.tostringlist(root)) == ET.tostring(root))
u = ET.Element('u')
u.text = 'caf\xe9 \u20ac \U0001F600'
print(ET.tostring(u), ET.tostring(u, encoding='utf-8'), ET.tostring(u, encoding='unicode'))
print(ET.tostring(u, encoding='latin-1'))

ns = ET.Element('{http://a}root')
ET.SubElement(ns, '{http://b}kid', {'{http://a}attr': '1', 'plain': '2'})
ET.SubElement(ns, '{http://www.w3.org/XML/1998/namespace}x')
ET.SubElement(ns, '{http://www.w3.org/2001/XMLSchema}y')
print(ET.tostring(ns))

ET.register_namespace('bee', 'http://b')
print(ET.tostring(ns))
try:
    ET.register_namespace('ns3', 'http://c')
except ValueError as e:
    print('ValueError:', e)
d = ET.Element('{http://d}top')
ET.SubElement(d, '{http://d}k')
print(ET.tostring(d, default_namespace='http://d'))
try:
    ET.tostring(ET.Element('plain'), default_namespace='http://d')
except ValueError as e:
    print('ValueError:', e)

q = ET.Element(ET.QName('http://q', 'tag'), {ET.QName('http://q', 'at'): ET.QName('http://q', 'val')})
print(ET.tostring(q))

c = ET.Element('c')
c.append(ET.Comment(' note '))
c.append(ET.PI('php', 'echo 1'))
c[0].tail = 'after'
print(ET.tostring(c))
none = ET.Element(None)
none.text = 'only text'
ET.SubElement(none, 'x').tail = 't'
print(ET.tostring(none))

for bad in [ET.Element(1), ET.Element('a', {1: 'x'}), ET.Element('a', x=1)]:
    try:
        ET.tostring(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    ET.tostring(root, method='nope')
except ValueError as e:
    print('ValueError:', e)
try:
    ET.tostring(root, encoding='nope')
except LookupError as e:
    print('LookupError:', e)

tree = ET.ElementTree(root)
buf = io.BytesIO()
tree.write(buf)
print(buf.getvalue())
buf = io.BytesIO()
tree.write(buf, encoding='utf-16')
print(buf.getvalue()[:40])
sio = io.StringIO()
tree.write(sio, encoding='unicode')
print(sio.getvalue())
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'out.xml')
    tree.write(path, encoding='utf-8', xml_declaration=True)
    with open(path, 'rb') as f:
        print(f.read())
    back = ET.parse(path)
    print(back.getroot().tag, len(back.getroot()))

ind = ET.fromstring('<a><b><c>x</c><d/></b><e>  </e><f/></a>')
ET.indent(ind)
print(ET.tostring(ind, encoding='unicode'))
ET.indent(ind, space='\t', level=1)
print(repr(ET.tostring(ind, encoding='unicode')))
try:
    ET.indent(ind, level=-1)
except ValueError as e:
    print('ValueError:', e)
ET.dump(ET.fromstring('<x><y/></x>'))
t = ET.Element('t'); t.tail = 'tail\n'
ET.dump(t)
ET.dump(ET.ElementTree(ET.Element('tree')))
