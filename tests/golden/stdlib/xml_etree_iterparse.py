# iterparse, XMLPullParser, XMLParser with a target, TreeBuilder.
import io
import xml.etree.ElementTree as ET

src = b'<?xml version="1.0"?><r xmlns:p="http://p"><p:a x="1">t<!--c--><?pi d?></p:a><b xmlns="http://d"/></r>'
for events in [None, ('start', 'end'), ('start-ns', 'end-ns', 'start', 'end'), ('comment', 'pi', 'end')]:
    it = ET.iterparse(io.BytesIO(src), events)
    out = []
    for ev, obj in it:
        tag = obj.tag if isinstance(obj, ET.Element) else obj
        out.append((ev, getattr(tag, "__name__", tag)))
    print(events, out)
    print('  root', it.root.tag)
try:
    ET.iterparse(io.BytesIO(src), ['bogus'])
except ValueError as e:
    print('ValueError:', e)
it = ET.iterparse(io.BytesIO(b'<a><b/></a><junk/>'))
try:
    for ev, el in it:
        print(ev, el.tag)
except ET.ParseError as e:
    print('ParseError:', e)

pp = ET.XMLPullParser(['start', 'end'])
pp.feed('<root><a>')
print([(e, el.tag) for e, el in pp.read_events()])
pp.feed('text</a><b')
print([(e, el.tag) for e, el in pp.read_events()])
pp.feed('/></root>')
print([(e, el.tag, el.text) for e, el in pp.read_events()])
pp.close()
print(list(pp.read_events()))
pp = ET.XMLPullParser()
pp.feed('<a></b>')
try:
    list(pp.read_events())
except ET.ParseError as e:
    print('ParseError:', e)
try:
    ET.XMLPullParser(['nope'])
except ValueError as e:
    print('ValueError:', e)

class Target:
    def __init__(self):
        self.log = []
    def start(self, tag, attrib):
        self.log.append(('start', tag, attrib))
    def end(self, tag):
        self.log.append(('end', tag))
    def data(self, data):
        self.log.append(('data', data))
    def comment(self, text):
        self.log.append(('comment', text))
    def pi(self, target, data):
        self.log.append(('pi', target, data))
    def start_ns(self, prefix, uri):
        self.log.append(('start_ns', prefix, uri))
    def end_ns(self, prefix):
        self.log.append(('end_ns', prefix))
    def close(self):
        self.log.append(('close',))
        return 'closed'

t = Target()
p = ET.XMLParser(target=t)
p.feed('<a xmlns="http://d" xmlns:q="http://q" q:k="v">x\ny&amp;z<!--c--><?t d?><b/></a>')
print(p.close())
for entry in t.log:
    print(' ', entry)

class Partial:
    def __init__(self):
        self.tags = []
    def start(self, tag, attrib):
        self.tags.append(tag)
p = ET.XMLParser(target=Partial())
p.feed('<a><b/></a>')
print(p.close(), p.target.tags)

tb = ET.TreeBuilder()
tb.start('root', {'a': '1'})
tb.data('te')
tb.data('xt')
tb.start('kid', {})
tb.end('kid')
tb.data('tail')
tb.comment('ignored')
print(tb.end('root').tag)
r = tb.close()
print(r.tag, r.attrib, r.text, r[0].tail, len(r))
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
tb.start('r', {})
tb.comment('c1')
tb.data('after')
tb.pi('tgt', 'txt')
tb.end('r')
r = tb.close()
print([(c.tag is ET.Comment, c.tag is ET.PI, c.text, c.tail) for c in r])
try:
    ET.TreeBuilder().end('x')
except IndexError as e:
    print('IndexError:', e)
print(ET.TreeBuilder().close())

def factory(tag, attrib):
    e = ET.Element(tag.upper(), attrib)
    return e
p = ET.XMLParser(target=ET.TreeBuilder(element_factory=factory))
p.feed('<a><b x="1"/></a>')
r = p.close()
print(r.tag, r[0].tag, r[0].attrib)
p = ET.XMLParser(target=ET.TreeBuilder(comment_factory=ET.Comment, insert_comments=True))
p.feed('<a><!--hello--></a>')
print(ET.tostring(p.close()))

class Doc:
    def doctype(self, name, pubid, system):
        print('doctype', name, pubid, system)
    def close(self):
        return None
p = ET.XMLParser(target=Doc())
p.feed('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html/>')
p.close()
