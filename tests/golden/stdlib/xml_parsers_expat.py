# xml.parsers.expat: handlers, namespaces, buffer_text, ordered attributes, errors.
import xml.parsers.expat as expat

def make(sep=None, **opts):
    p = expat.ParserCreate(namespace_separator=sep)
    for k, v in opts.items():
        setattr(p, k, v)
    for h in ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler',
              'CommentHandler', 'ProcessingInstructionHandler', 'StartNamespaceDeclHandler',
              'EndNamespaceDeclHandler', 'XmlDeclHandler', 'StartDoctypeDeclHandler',
              'EndDoctypeDeclHandler', 'StartCdataSectionHandler', 'EndCdataSectionHandler',
              'EntityDeclHandler', 'SkippedEntityHandler']:
        setattr(p, h, (lambda h: lambda *a: print(' ', h[:-7], a))(h))
    return p

doc = ('<?xml version="1.0" encoding="utf-8" standalone="no"?>'
       '<!DOCTYPE r [<!ENTITY e "x&amp;y"><!ATTLIST r d CDATA "dv">]>'
       '<r xmlns="u" xmlns:p="v" p:a="1" b="2">t\r\nx&e;&#65;&lt;<p:c/>'
       '<![CDATA[c\nd]]><!--cm--><?pi  data ?></r>')
print('plain')
make().Parse(doc, True)
print('namespaces')
make('}').Parse(doc, True)
print('buffer_text')
make(buffer_text=True).Parse('<r>a\nb&amp;c<![CDATA[x]]>d</r>', True)
print('ordered')
make(ordered_attributes=True).Parse('<r z="1" a="2" m="3"/>', True)
print('pieces')
p = make()
for piece in ['<r>ab', 'c</r', '>']:
    p.Parse(piece, False)
p.Parse('', True)
print('bytes', make().Parse(b'<r>\xc3\xa9</r>', True))
p = expat.ParserCreate()
print(p.buffer_text, p.buffer_size, p.ordered_attributes, p.specified_attributes)
try:
    p.foo = 1
except AttributeError as e:
    print('AttributeError:', e)
p.Parse('<a/>', True)
try:
    p.Parse('<b/>', True)
except expat.ExpatError as e:
    print(e, e.code)
try:
    expat.ParserCreate(namespace_separator='ab')
except ValueError as e:
    print('ValueError:', e)
print(expat.EXPAT_VERSION, expat.version_info, expat.native_encoding)
print(expat.ErrorString(4), expat.ErrorString(7), expat.errors.XML_ERROR_UNBOUND_PREFIX)
print(expat.model.XML_CTYPE_MIXED, expat.error is expat.ExpatError)
