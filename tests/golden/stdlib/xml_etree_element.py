# Element API: construction, attributes, children, sequence protocol, errors.
import xml.etree.ElementTree as ET

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', r if not isinstance(r, ET.Element) else ('Element', r.tag))

E = ET.Element
e = E('root', {'a': '1'}, b='2')
print(e.tag, e.attrib, e.text, e.tail, len(e), bool(e))
print(e.get('a'), e.get('zz'), e.get('zz', 'dflt'), sorted(e.keys()), e.items())
e.set('c', '3')
print(e.attrib, e.items())
x = ET.SubElement(e, 'x', {'k': 'v'}, n='1')
y = ET.SubElement(e, 'y')
z = E('z')
e.append(z)
print([c.tag for c in e], len(e), bool(e), x.attrib)
e.insert(0, E('first'))
e.insert(-1, E('beforelast'))
e.insert(100, E('last'))
print([c.tag for c in e])
print(e[0].tag, e[-1].tag, [c.tag for c in e[1:3]], [c.tag for c in e[::2]])
e[0] = E('replaced')
print([c.tag for c in e])
del e[0]
print([c.tag for c in e])
e[1:3] = [E('s1'), E('s2'), E('s3')]
print([c.tag for c in e])
del e[::2]
print([c.tag for c in e])
e.remove(e[0])
print([c.tag for c in e])
e.extend([E('e1'), E('e2')])
print([c.tag for c in e], list(reversed([c.tag for c in e])))
print(e.makeelement('m', {'q': '1'}).attrib)
e.clear()
print(e.tag, e.attrib, len(e), e.text)
e.text = 'hello'
e.tail = 'tail'
e.attrib = {'new': 'attrib'}
print(e.text, e.tail, e.attrib)

t('attrib str', lambda: E('a', 'x'))
t('no args', lambda: E())
t('three args', lambda: E('a', {}, 1))
t('sub str', lambda: ET.SubElement('x', 'b'))
t('sub one', lambda: ET.SubElement(e))
t('append str', lambda: e.append('x'))
t('append none', lambda: e.append())
t('extend bad', lambda: e.extend(['x']))
t('extend int', lambda: e.extend(1))
t('insert str idx', lambda: e.insert('a', E('x')))
t('insert str', lambda: e.insert(0, 'x'))
t('remove missing', lambda: e.remove(E('zz')))
t('remove str', lambda: e.remove('x'))
t('index', lambda: e[5])
t('index str', lambda: e['x'])
t('setitem', lambda: e.__setitem__(5, E('x')))
t('setitem str', lambda: E('a').__setitem__(0, 'x'))
t('delitem', lambda: e.__delitem__(5))
e.extend([E('p'), E('q')])
t('slice str', lambda: e.__setitem__(slice(0, 1), ['x']))
t('ext slice', lambda: e.__setitem__(slice(0, 2, 2), [E('x'), E('y')]))
t('slice int', lambda: e.__setitem__(slice(0, 2, 2), 5))
t('set one', lambda: e.set('x'))
t('get none', lambda: e.get())
t('attrib int', lambda: setattr(e, 'attrib', 5))
t('no attr', lambda: setattr(e, 'foo', 5))
t('makeelement one', lambda: e.makeelement('x'))
print(ET.iselement(e), ET.iselement('x'), type(iter(e)).__name__)
print(E.__module__, E.__name__, ET.SubElement.__name__)

c = ET.Comment('a comment')
p = ET.PI('target', 'data')
p2 = ET.ProcessingInstruction('t')
print(c.tag is ET.Comment, c.text, p.tag is ET.PI, p.text, p2.text)
q = ET.QName('http://u', 'tag')
print(q, repr(q), q.text, q == '{http://u}tag', q == ET.QName('{http://u}tag'), ET.QName('x') < 'y')
print(hash(q) == hash('{http://u}tag'))
