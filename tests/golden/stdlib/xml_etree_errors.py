# ParseError: messages, code and position as expat reports them.
import xml.etree.ElementTree as ET

cases = ['<a>&</a>', '<a><b></a>', '<a>', '<a', '<a></a><b/>', '<a x=1/>',
         '<a x="1" x="2"/>', '<a>&foo;</a>', '<!DOCTYPE a><a>&foo;</a>', '', '  ',
         '<a>\n<b>\n</a>', ' <?xml version="1.0"?><a/>', '<a><?xml version="1.0"?></a>',
         '<p:a/>', '<a>&#0;</a>', '<a b="<"/>', '<a>]]></a>', '<a><![CDATA[x</a>',
         '<a><!-- x -- y --></a>', '<a/>junk', '<a></b>', '<1a/>', '<a 1="x"/>',
         '<a x="1"y="2"/>', '<a></a', '<a><', '<a>x', 'junk<a/>', '<a/><b/>',
         '<!DOCTYPE a><!DOCTYPE a><a/>', '<a>&#x;</a>', '<a b="&x;"/>', '<a b="x"',
         '<a/ >', '<a></a b>', '<a><!-x--></a>', '<a><![CDAT[x]]></a>', '<a><? x?></a>',
         '<?xml ?><a/>', '<?xml version="1.0" standalone="maybe"?><a/>',
         '<a>\x01</a>', '<a xmlns:p=""/>', '<a:b:c/>', '<a xmlns:xml="x"/>',
         '\n\n  <a>\n <b x="1"\n y="2" y="3"/></a>', '<a>&#xFFFE;</a>',
         '<!DOCTYPE a [<!ENTITY e "&e;">]><a>&e;</a>',
         '<!DOCTYPE a [<!ENTITY e "<b>">]><a>&e;</a>',
         '<!DOCTYPE a SYSTEM "x.dtd"><a>&e;</a>', '<a>\xe9</b>', '<a>x</a>x',
         '<a/>\n\n  x', b'<a>\xff</a>', b'<a>\xc3</a>']
for c in cases:
    try:
        r = ET.fromstring(c)
    except ET.ParseError as e:
        print(repr(c), '|', e, '|', e.code, e.position, type(e).__name__)
    else:
        print(repr(c), 'OK', ET.tostring(r))

print(issubclass(ET.ParseError, SyntaxError))
try:
    ET.fromstring('<a>&</a>')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.args)

# errors when feeding in pieces
p = ET.XMLParser()
p.feed('<a>')
p.feed('<b>')
try:
    p.feed('</c>')
except ET.ParseError as e:
    print('feed:', e, e.position)
p = ET.XMLParser()
p.feed('<a><b>')
try:
    p.close()
except ET.ParseError as e:
    print('close:', e, e.position)

# the same errors from xml.parsers.expat directly
import xml.parsers.expat as expat
px = expat.ParserCreate()
try:
    px.Parse('<a>\n  <b x="1" x="2"/></a>', True)
except expat.ExpatError as e:
    print(type(e).__module__, type(e).__name__, e, e.code, e.lineno, e.offset)
    print(px.ErrorCode, px.ErrorLineNumber, px.ErrorColumnNumber, expat.ErrorString(e.code))
print(expat.errors.XML_ERROR_SYNTAX, expat.errors.codes['mismatched tag'],
      expat.errors.messages[3])
