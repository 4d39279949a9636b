# xml.sax.xmlreader attribute objects and saxutils helpers: every accessor, copies,
# namespace mode, XMLGenerator output to text/binary/custom streams.
import io
import xml.sax
from xml.sax import handler, saxutils
from xml.sax.xmlreader import AttributesImpl, AttributesNSImpl


def attempt(label, f):
    try:
        print(label, 'ok', repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = {'a': '1', 'b': '2'}
a = AttributesImpl(d)
print(a.getLength(), len(a), a.getType('a'), a.getType('nope'), a.getValue('a'), a.getValueByQName('b'))
print(a.getNameByQName('a'), a.getQNameByName('b'), a.getNames(), a.getQNames(), a.keys())
print('a' in a, 'z' in a, a.get('a'), a.get('z'), a.get('z', 'dflt'), a.items(), a.values())
c = a.copy()
print(type(c).__name__, c.items(), c.getNames() == a.getNames())
for name in ('getValue', 'getValueByQName', 'getNameByQName', 'getQNameByName', '__getitem__'):
    attempt(name, lambda: getattr(a, name)('missing'))
attempt('list', lambda: list(a))

attrs = {('u', 'x'): '1', (None, 'y'): '2'}
qn = {('u', 'x'): 'p:x', (None, 'y'): 'y'}
n = AttributesNSImpl(attrs, qn)
print(n.getValueByQName('p:x'), n.getNameByQName('y'), n.getQNameByName(('u', 'x')), n.getQNames(),
      n.getNames(), n[('u', 'x')], n.getValue((None, 'y')), n.getType(('u', 'x')))
print(type(n.copy()).__name__, n.copy().getQNames(), n.copy().items())
for name in ('getValueByQName', 'getNameByQName', 'getQNameByName'):
    attempt('ns ' + name, lambda: getattr(n, name)('missing'))


class Sub(AttributesImpl):
    pass


print(type(Sub({}).copy()).__name__)

# escaping helpers
print(saxutils.escape('a < b > c & d "e" \'f\''))
print(saxutils.escape('abc', {'a': 'A', 'c': 'C'}), saxutils.escape('a&b', {'&': 'Z'}))
print(saxutils.unescape('&lt;&gt;&amp;&quot;&amp;amp;'), saxutils.unescape('&amp;lt;', {'&amp;': 'Q'}))
for s in ['', 'x', '"', "'", '"\'', 'a\nb\tc\rd', '<&>']:
    print(repr(s), saxutils.quoteattr(s))
print(saxutils.quoteattr('a\n', {'\n': 'X'}), saxutils.quoteattr('abc', {'b': '"'}))


# XMLGenerator: what is written, call by call
class Chunks(io.StringIO):
    def write(self, s):
        print('  write', repr(s))
        return super().write(s)


g = saxutils.XMLGenerator(Chunks(), short_empty_elements=True)
g.startDocument()
g.startElement('a', AttributesImpl({'x': '1', 'y': '<"\'>'}))
g.endElement('a')
g.startElement('b', {})
g.characters('')
g.ignorableWhitespace('')
g.characters('t<&>')
g.ignorableWhitespace(' <&> ')
g.processingInstruction('p', 'd')
g.endElement('b')
g.startPrefixMapping('p', 'u')
g.startPrefixMapping(None, 'dflt')
g.startElementNS(('u', 'a'), 'ignored:a', AttributesNSImpl({('u', 'b'): '1', (None, 'c'): '2'}, {}))
g.startElementNS(('dflt', 'inner'), None, AttributesNSImpl({}, {}))
g.endElementNS(('dflt', 'inner'), None)
g.startElementNS(('http://www.w3.org/XML/1998/namespace', 'lang'), None,
                 AttributesNSImpl({('http://www.w3.org/XML/1998/namespace', 'space'): 'x'}, {}))
g.endElementNS(('http://www.w3.org/XML/1998/namespace', 'lang'), None)
g.startElementNS((None, 'plain'), None, AttributesNSImpl({}, {}))
g.endElementNS((None, 'plain'), None)
g.endElementNS(('u', 'a'), None)
g.endPrefixMapping(None)
g.endPrefixMapping('p')
attempt('unknown uri', lambda: g.startElementNS(('nope', 'x'), None, AttributesNSImpl({}, {})))
g.endDocument()

for enc in ('utf-8', 'latin-1', 'ascii', 'utf-16'):
    b = io.BytesIO()
    g = saxutils.XMLGenerator(b, enc)
    g.startDocument()
    g.startElement('r', AttributesImpl({'v': '\u20ac\xe9'}))
    g.characters('caf\xe9 \u20ac')
    if enc != 'utf-16':
        g.characters(b'bytes')
    g.endElement('r')
    g.endDocument()
    print(enc, b.getvalue())

s = io.StringIO()
g = saxutils.XMLGenerator(s, 'utf-8')
g.startElement('t', {})
g.characters('caf\xe9')
g.characters('caf\xc3\xa9'.encode('latin-1'))
g.endElement('t')
print(s.getvalue())

# round trip through the parser into a generator, with and without namespaces
src = b'<r xmlns="D" xmlns:q="Q" q:a="1"><q:c b="&lt;&amp;"/>t&amp;<x/></r>'
for ns in (0, 1):
    out = io.StringIO()
    p = xml.sax.make_parser()
    p.setFeature(handler.feature_namespaces, ns)
    p.setContentHandler(saxutils.XMLGenerator(out, short_empty_elements=bool(ns)))
    p.parse(io.BytesIO(src))
    print(out.getvalue())
