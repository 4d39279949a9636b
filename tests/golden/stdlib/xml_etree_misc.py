# Serialization corners, Element argument errors, copies, pickling, builder events.
import copy, io, pickle, sys
import xml.etree.ElementTree as ET

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=>', r if not isinstance(r, ET.Element) else ('Element', r.tag))

r = ET.fromstring('<r xmlns:p="u" a="1" b="2">t<p:x k="v">y</p:x>tail<!--c--><e/></r>')
print(ET.tostringlist(r, encoding='unicode'))
print(ET.tostringlist(r, encoding='unicode', method='html'))
print(ET.tostringlist(r, encoding='unicode', method='text'), ET.tostringlist(r))
print(ET.tostring(ET.Element('a', x=ET.QName('{u}v'))))
e6 = ET.Element('{u}a'); e6.append(ET.Comment('{u}c')); e6.append(ET.PI('{u}p')); print(ET.tostring(e6))
print(ET.tostring(ET.Element('{}a')))
e8 = ET.Element('{u}a', {'{u}x': '1', '{http://www.w3.org/XML/1998/namespace}lang': 'en'})
print(ET.tostring(e8, default_namespace='u'))
t('default ns attr', lambda: ET.tostring(ET.Element('{u}a', {'z': '1'}), default_namespace='u'))
print(ET.tostring(ET.Element('a', {'{http://www.w3.org/1999/xhtml}x': '1', '{http://purl.org/dc/elements/1.1/}y': '2'})))
e9 = ET.Element('a'); e9.text = 'x\r\ny>]]>'; e9.set('k', 'a\rb'); print(ET.tostring(e9))
print(ET.tostring(ET.Element('img', x='1'), method='html'), ET.tostring(ET.Element('IMG'), method='html'),
      ET.tostring(ET.Element('{u}img'), method='html'))
h = ET.Element('p'); h.append(ET.Comment('x')); h.append(ET.PI('t', 'd')); ET.SubElement(h, 'script').text = '<&>'
print(ET.tostring(h, method='html'))
h = ET.Element(None); h.text = '<'; ET.SubElement(h, 'br').tail = '&'; print(ET.tostring(h, method='html'))
print(ET.tostring(ET.Element('A', x='a\nb"<>&\t\r'), method='html'))
c = ET.Element('a'); c.append(ET.Comment(None)); c.append(ET.PI('x', None)); print(ET.tostring(c))
print(sorted(ET.HTML_EMPTY))
for bad in ['ns1', 'ns', 'a b']:
    t('register ' + bad, lambda: ET.register_namespace(bad, 'http://zz' + bad))
ET.register_namespace('q1', 'http://b1'); ET.register_namespace('q2', 'http://b1')
print(ET.tostring(ET.Element('{http://b1}a')))
e = ET.Element('{http://b1}a', {'{http://b1}x': '1'}); e.text = 't'
print(ET.tostring(e, default_namespace='http://b1', short_empty_elements=False))
print(ET.tostring(ET.Element('a'), encoding='ascii'), ET.tostring(ET.Element('a'), encoding='UTF8'),
      ET.tostring(ET.Element('a'), method='html', xml_declaration=True),
      repr(ET.tostring(ET.Element('a'), method='text', xml_declaration=True)))
t('tostring int', lambda: ET.tostring(5))
t('c14n method', lambda: ET.tostring(r, method='c14n'))

e = ET.Element('a'); e.append(ET.Element('b'))
for c in ['e.append()', 'e.append(1,2)', 'e.extend()', 'e.insert()', 'e.insert(0)', 'e.remove()',
          'e.clear(1)', 'e.get()', 'e.get(1,2,3)', 'e.set()', 'e.keys(1)', 'e.items(1)', 'e.iter(1,2)',
          'e.itertext(1)', 'e.find()', 'e.findall()', 'e.findtext()', 'e.iterfind()', 'e.makeelement()',
          'e.__copy__(1)', 'e.__deepcopy__()', 'e.__getstate__(1)', 'e.__setstate__()', 'e.find(1,2,3)',
          'e.find(path="b")', 'e.get(key="x", default=1)', 'e.findtext("b", 1, None)', 'e[1:2]', 'e[1.0]',
          'e.__setitem__("a", e)', 'e.__delitem__("a")', 'e.__setstate__(1)', 'e.__setstate__({})',
          'e.__deepcopy__(1)', 'e.find(1)', 'e.get(foo=1)', 'e.get(1, key=2)', 'e.find("b", foo=1)',
          'e.set(1,2,x=1)', 'e.findall("b[last()-x]")', 'e.findall("b[foo()-1]")', 'e.append(x=1)',
          'ET.SubElement(e,"x",1)', 'ET.SubElement(e,"x",{},1)', 'ET.Element("a",attrib=1)',
          'ET.SubElement(e,"x",attrib={"y":1}, z=2).attrib', 'ET.Element("a", {"y":1}, attrib={"q":1}).attrib',
          'delattr(e,"tag")', 'delattr(e,"attrib")', 'ET.Element.__new__(ET.Element).tag',
          'e.extend(x for x in [ET.Element("c")])', 'e.extend("")', 'e.extend("ab")', 'ET.iselement(1)',
          'e[-1]', 'e[-9]', 'len(e)', 'e.__setitem__(slice(0,0), ET.Element("i")) or len(e)',
          'ET.TreeBuilder().start("a")', 'ET.TreeBuilder().start("a", 1)', 'ET.TreeBuilder(1,2)',
          'ET.TreeBuilder().data()', 'ET.XMLParser(encoding=1)', 'ET.XMLParser(None)',
          'ET.XMLParser()._setevents([], ["x"])', 'ET.XMLParser(target=object())._setevents([], ["x"])',
          'ET.XMLParser()._setevents([], [1])', 'ET.TreeBuilder().foo', 'ET.XMLParser().foo',
          'ET.XMLParser().feed(1)', 'ET.indent(5)']:
    t(c, lambda: eval(c))

src = ET.fromstring('<a x="1">t<b y="2">u</b>v<c/></a>')
for dup in (copy.copy(src), copy.deepcopy(src), pickle.loads(pickle.dumps(src))):
    print(ET.tostring(dup), dup.attrib is src.attrib, dup[0] is src[0], sys.getsizeof(dup))
print(src.__getstate__()['tag'], len(src.__getstate__()['_children']))
st = ET.Element('z'); st.__setstate__({'tag': 'q', 'attrib': {'k': 'v'}, '_children': [ET.Element('w')]})
print(st.tag, st.attrib, len(st), sys.getsizeof(st))
print([(ev, el.text) for ev, el in ET.iterparse(io.StringIO('<a><!--c--><?p d?><b/></a>'), ['comment', 'pi', 'start'])])
tb = ET.TreeBuilder(comment_factory=None, pi_factory=None)
print([(n.tag.__name__, n.text) for n in (tb.comment('x'), tb.pi('t', 'd'), tb.pi('t'))])
p = ET.XMLParser(target=ET.TreeBuilder(insert_pis=True))
p.feed('<a><?x y?>z</a>')
r = p.close()
print(r[0].tag is ET.PI, r[0].text, r[0].tail)
p = ET.XMLParser(); p.feed('<a/>'); p.close()
t('feed after close', lambda: p.feed('<b/>'))
pp = ET.XMLPullParser(); pp.feed('<a/>'); pp.close()
t('pull after close', lambda: pp.feed('x'))
t('two roots', lambda: ET.TreeBuilder().start('a', {}) and None)
tb = ET.TreeBuilder(); tb.start('a', {}); tb.end('a')
t('second root', lambda: tb.start('b', {}))
print(list(ET.Element('a').itertext()), list(ET.fromstring('<a>x<!--y--><b>z</b>w</a>').itertext()))
