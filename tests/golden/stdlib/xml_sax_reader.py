# xml.sax readers: features, properties, incremental feeding, locators, lexical and
# DTD events, interning, error handlers that keep going, XMLFilterBase, InputSource.
import io
import gc
import tempfile
import xml.sax
from xml.sax import handler, saxutils, xmlreader
from xml.sax.handler import (feature_namespaces, feature_string_interning, feature_validation,
                             feature_external_ges, feature_external_pes,
                             feature_namespace_prefixes, property_lexical_handler,
                             property_interning_dict, property_xml_string)


def attempt(label, f):
    try:
        print(label, 'ok', repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


p = xml.sax.make_parser()
print(type(p).__name__, type(p).__mro__[1].__name__, xml.sax.default_parser_list)
for f in handler.all_features:
    attempt('get ' + f.rsplit('/', 1)[1], lambda: p.getFeature(f))
for f in handler.all_features:
    for v in (0, 1):
        attempt('set %s %d' % (f.rsplit('/', 1)[1], v), lambda: p.setFeature(f, v))
for name in handler.all_properties + ['zz']:
    attempt('getp ' + name.rsplit('/', 1)[-1], lambda: p.getProperty(name))
    attempt('setp ' + name.rsplit('/', 1)[-1], lambda: p.setProperty(name, None))
attempt('feature zz', lambda: p.getFeature('zz'))
attempt('locale', lambda: p.setLocale('en'))


class Events(handler.ContentHandler, handler.LexicalHandler, handler.DTDHandler):
    def __init__(self):
        super().__init__()
        self.log = []

    def setDocumentLocator(self, loc):
        super().setDocumentLocator(loc)
        self.log.append(('locator', type(loc).__name__))

    def where(self):
        loc = self._locator
        return loc and (loc.getLineNumber(), loc.getColumnNumber())

    def startDocument(self):
        self.log.append(('startDocument',))

    def endDocument(self):
        self.log.append(('endDocument',))

    def startElement(self, name, attrs):
        self.log.append(('start', name, attrs.items(), self.where()))

    def endElement(self, name):
        self.log.append(('end', name))

    def characters(self, content):
        self.log.append(('chars', content))

    def processingInstruction(self, target, data):
        self.log.append(('pi', target, data))

    def skippedEntity(self, name):
        self.log.append(('skipped', name))

    def comment(self, content):
        self.log.append(('comment', content))

    def startDTD(self, name, public_id, system_id):
        self.log.append(('startDTD', name, public_id, system_id))

    def endDTD(self):
        self.log.append(('endDTD',))

    def startCDATA(self):
        self.log.append(('startCDATA',))

    def endCDATA(self):
        self.log.append(('endCDATA',))

    def notationDecl(self, name, publicId, systemId):
        self.log.append(('notation', name, publicId, systemId))

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        self.log.append(('unparsed', name, publicId, systemId, ndata))

    def dump(self):
        for entry in self.log:
            print(' ', *entry)
        self.log = []


# incremental feeding without parse(): no locator
ev = Events()
p = xml.sax.make_parser()
p.setContentHandler(ev)
p.feed(b'<r a="1">')
attempt('set while parsing', lambda: p.setFeature(feature_namespaces, 1))
p.feed('some ')
p.feed(b'text</r>')
p.close()
p.close()
ev.dump()
p.feed('<again/>')
p.close()
p.reset()
p.feed('<after-reset/>')
p.close()
ev.dump()

# parse() with locator positions, lexical handler, CDATA, comments and a DTD
doc = b'''<?xml version="1.0"?>
<!DOCTYPE r PUBLIC "pub" "r.dtd" [
<!ENTITY pic SYSTEM "pic.gif" NDATA gif>
<!ENTITY int "internal">
<!ENTITY ext SYSTEM "ext.xml">
]>
<!--top-->
<r>
  <e k="v"/><?pi some data ?><![CDATA[cd<>]]>&int;&ext;&undef;<!--in-->
</r>'''
p = xml.sax.make_parser()
p.setContentHandler(ev)
p.setDTDHandler(ev)
p.setProperty(property_lexical_handler, ev)
print(p.getProperty(property_lexical_handler) is ev)
p.parse(io.BytesIO(doc))
ev.dump()
loc = ev._locator
print('after parse', loc.getLineNumber(), loc.getColumnNumber(), loc.getSystemId(), loc.getPublicId())

# string interning
p = xml.sax.make_parser()
p.setFeature(feature_string_interning, 1)
names = {}
p.setProperty(property_interning_dict, names)
print(p.getFeature(feature_string_interning), p.getProperty(property_interning_dict) is names)
p.parse(io.StringIO('<a><b/><b/></a>'))
print(sorted(names))
p.setFeature(feature_string_interning, 0)
print(p.getFeature(feature_string_interning), p.getProperty(property_interning_dict))


# an error handler that does not raise: parsing goes on to endDocument
class Lenient(handler.ErrorHandler):
    def fatalError(self, exc):
        print('  fatal', exc, exc.getLineNumber(), exc.getColumnNumber())


p = xml.sax.make_parser()
p.setContentHandler(ev)
p.setErrorHandler(Lenient())
p.parse(io.BytesIO(b'<a>\n<b></b>'))
ev.dump()

# errors: positions, the file's system id, closing of the stream
ch = handler.ContentHandler()
src = io.BytesIO(b'<a>\n  <b></a>')
try:
    xml.sax.parse(src, ch)
except xml.sax.SAXParseException as e:
    print(e, '|', e.getMessage(), type(e.getException()).__name__, e.getSystemId(), src.closed)
src = io.StringIO('<fine/>')
xml.sax.parse(src, ch)
print('closed after parse', src.closed)
with tempfile.TemporaryDirectory() as d:
    with open(d + '/doc.xml', 'w') as f:
        f.write('<doc>\n<x>oops</doc>')
    for arg in (d + '/doc.xml', xmlreader.InputSource(d + '/doc.xml')):
        try:
            xml.sax.parse(arg, ch)
        except xml.sax.SAXParseException as e:
            print(str(e).replace(d, 'DIR'), e.getSystemId() == d + '/doc.xml', e.getPublicId())
attempt('missing file', lambda: xml.sax.parse('/nonexistent/dir/x.xml', ch))
attempt('bad string', lambda: xml.sax.parseString(5, ch))
attempt('bytearray', lambda: xml.sax.parseString(bytearray(b'<ok/>'), ch))
attempt('no parsers', lambda: xml.sax.make_parser(['no.such.module']).__class__.__name__)

# the exceptions themselves
e = xml.sax.SAXException('msg', ValueError('inner'))
print(repr(e), str(e), e.getMessage(), repr(e.getException()), e.args)
attempt('index', lambda: e[0])
print([c.__name__ for c in xml.sax.SAXReaderNotAvailable.__mro__[:4]])


class Loc:
    def getColumnNumber(self):
        return None

    def getLineNumber(self):
        return 7

    def getPublicId(self):
        return 'pub'

    def getSystemId(self):
        return None


pe = xml.sax.SAXParseException('bad', None, Loc())
print(str(pe), repr(pe), pe.getPublicId(), pe.getLineNumber(), pe.getColumnNumber())


# XMLFilterBase between a parser and a handler
class Upper(saxutils.XMLFilterBase):
    def characters(self, content):
        super().characters(content.upper())

    def startElement(self, name, attrs):
        super().startElement(name.upper(), attrs)

    def endElement(self, name):
        super().endElement(name.upper())


out = io.StringIO()
flt = Upper(xml.sax.make_parser())
flt.setContentHandler(saxutils.XMLGenerator(out))
flt.parse(io.BytesIO(b'<a x="1">hello <b>world</b></a>'))
print(out.getvalue())
print(type(flt.getParent()).__name__, flt.getFeature(feature_namespaces))
flt.setFeature(feature_namespaces, 1)
print(flt.getParent().getFeature(feature_namespaces))

# InputSource and the base classes
s = xmlreader.InputSource('sys-id')
s.setPublicId('pub-id')
s.setEncoding('latin-1')
print(s.getSystemId(), s.getPublicId(), s.getEncoding(), s.getByteStream(), s.getCharacterStream())
ev = Events()
p = xml.sax.make_parser()
p.setContentHandler(ev)
s = xmlreader.InputSource()
s.setByteStream(io.BytesIO('<?xml version="1.0" encoding="latin-1"?><r>caf\xe9</r>'.encode('latin-1')))
p.parse(s)
ev.dump()
r = xmlreader.XMLReader()
print(type(r.getContentHandler()).__name__, type(r.getErrorHandler()).__name__,
      type(r.getDTDHandler()).__name__, type(r.getEntityResolver()).__name__)
attempt('base parse', lambda: r.parse('x'))
attempt('base feature', lambda: r.getFeature('f'))
attempt('base property', lambda: r.setProperty('p', 1))
ip = xmlreader.IncrementalParser()
attempt('prepare', lambda: ip.prepareParser(None))
attempt('feed', lambda: ip.feed(''))
lc = xmlreader.Locator()
print(lc.getColumnNumber(), lc.getLineNumber(), lc.getPublicId(), lc.getSystemId())
print(handler.EntityResolver().resolveEntity('p', 's'), handler.version)
handler.ErrorHandler().warning(xml.sax.SAXException('just a warning'))
attempt('error', lambda: handler.ErrorHandler().error(xml.sax.SAXException('an error')))

# a dropped reader goes away; its locator then says so
ev = Events()
p = xml.sax.make_parser()
p.setContentHandler(ev)
p.parse(io.BytesIO(b'<x/>'))
del p
gc.collect()
attempt('dead locator', lambda: ev._locator.getLineNumber())
