# xml.sax: parseString/parse with a ContentHandler, namespaces, errors, saxutils.
import io
import xml.sax
from xml.sax import handler, saxutils
from xml.sax.xmlreader import AttributesImpl

class H(handler.ContentHandler):
    def setDocumentLocator(self, loc):
        print('locator', type(loc).__name__)
    def startDocument(self):
        print('startDocument')
    def endDocument(self):
        print('endDocument')
    def startElement(self, name, attrs):
        print('start', name, dict(attrs), attrs.getNames(), len(attrs), type(attrs).__name__)
    def endElement(self, name):
        print('end', name)
    def characters(self, content):
        print('chars', repr(content))
    def processingInstruction(self, target, data):
        print('pi', target, repr(data))
    def startPrefixMapping(self, prefix, uri):
        print('prefix', prefix, uri)
    def endPrefixMapping(self, prefix):
        print('endprefix', prefix)
    def startElementNS(self, name, qname, attrs):
        print('startNS', name, qname, dict(attrs), attrs.getQNames())
    def endElementNS(self, name, qname):
        print('endNS', name, qname)

xml.sax.parseString(b'<a x="1" y="2">ab\ncd&amp;e<![CDATA[f]]><?p q?><b/></a>', H())
xml.sax.parseString('<s>str input</s>', H())
xml.sax.parse(io.BytesIO(b'<f>from file</f>'), H())
for bad in [b'<a>&</a>', b'<a><b></a>', b'<a>', b'<a/>junk', b'<a>\n\n  <b x="1" x="2"/></a>']:
    try:
        xml.sax.parseString(bad, H())
    except xml.sax.SAXParseException as e:
        print(type(e).__module__, type(e).__name__, '|', e, '|', repr(e), e.getLineNumber(),
              e.getColumnNumber(), e.getSystemId(), e.getMessage(), e.getPublicId())

p = xml.sax.make_parser()
p.setFeature(handler.feature_namespaces, True)
p.setContentHandler(H())
p.parse(io.BytesIO(b'<r xmlns="http://d" xmlns:q="http://q" q:a="1" b="2"><q:c/></r>'))
print(p.getFeature(handler.feature_namespaces), type(p).__name__)

class Err(handler.ErrorHandler):
    def fatalError(self, exc):
        print('fatal:', exc)
        raise exc
try:
    xml.sax.parseString(b'<a></b>', handler.ContentHandler(), Err())
except xml.sax.SAXException as e:
    print('caught', isinstance(e, xml.sax.SAXParseException))

print(saxutils.escape('<a & b>'), saxutils.escape('abc', {'b': 'B'}), saxutils.escape('<&>', {'a': 'b'}))
print(saxutils.unescape('&lt;a &amp; b&gt; &amp;lt;'), saxutils.unescape('x&y;', {'&y;': 'Y'}))
print(saxutils.quoteattr('plain'), saxutils.quoteattr('has "dq"'), saxutils.quoteattr('both \'"'),
      saxutils.quoteattr('nl\n\ttab\r'), saxutils.quoteattr('x', {'x': 'y'}))
out = io.StringIO()
g = saxutils.XMLGenerator(out, encoding='utf-8')
g.startDocument()
g.startElement('root', AttributesImpl({'a': '1 & "2"'}))
g.characters('text <&>')
g.startElement('empty', AttributesImpl({}))
g.endElement('empty')
g.processingInstruction('pi', 'data')
g.ignorableWhitespace('  ')
g.endElement('root')
g.endDocument()
print(out.getvalue())
out = io.StringIO()
g = saxutils.XMLGenerator(out, short_empty_elements=True)
g.startElement('e', AttributesImpl({}))
g.endElement('e')
print(out.getvalue())
bout = io.BytesIO()
g = saxutils.XMLGenerator(bout, encoding='ascii')
g.startElement('u', AttributesImpl({}))
g.characters('caf\xe9')
g.endElement('u')
print(bout.getvalue())
out = io.StringIO()
xml.sax.parseString(b'<r xmlns:p="http://p"><p:x a="1">t</p:x></r>', saxutils.XMLGenerator(out))
print(out.getvalue())
print(handler.feature_namespaces, len(handler.all_features), len(handler.all_properties))
