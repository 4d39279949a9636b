# canonicalize / C14NWriterTarget: namespace placement, options, comments and PIs.

import io
import xml.etree.ElementTree as ET
docs = [
    '<a b="2" a="1"><!--c--><b/>  text  </a>',
    '<?xml version="1.0"?>\n<!--before--><?pi data?><doc xmlns="http://d" xmlns:p="http://p" p:z="1" a="2"><p:x xmlns:q="http://q">t&amp;&lt;&gt;"\r</p:x></doc><!--after--><?end?>',
    '<a xmlns:x="http://x" xmlns:y="http://y"><x:b y:c="1" x:d="2" e="3"/></a>',
    '<a xml:space="preserve">  <b>  x  </b></a>',
    '<r xmlns:unused="http://u"><e attr="x y"/></r>',
    '<a><b xmlns="http://b"><c xmlns=""/></b></a>',
    '<root xmlns:a="http://a"><a:x a:y="1"><sub xmlns:a="http://a2" a:z="2"/></a:x></root>',
    '<a><![CDATA[x<y]]></a>',
    '<doc xmlns:p="http://p"><e type="p:t">p:val</e></doc>',
]
for d in docs:
    for opts in [{}, {'with_comments': True}, {'strip_text': True}, {'rewrite_prefixes': True},
                 {'exclude_attrs': ['a', 'z']}, 
                 {'qname_aware_tags': ['e'], 'qname_aware_attrs': ['type']}]:
        try:
            print(repr(ET.canonicalize(d, **opts)))
        except Exception as e:
            print(type(e).__name__, e)

out = io.StringIO()
print(ET.canonicalize(from_file=io.BytesIO(b'<a><b c="1"/></a>'), out=out), repr(out.getvalue()))
try:
    ET.canonicalize()
except ValueError as e:
    print(e)
root = ET.fromstring('<a xmlns:p="http://p"><p:b z="1" y="2">t</p:b><!--c--></a>')
print(ET.canonicalize(ET.tostring(root)))
print(ET.canonicalize(ET.tostring(root), with_comments=True, rewrite_prefixes=True))
print(ET.canonicalize('<a><b/><c>x</c></a>', exclude_tags=['b']))
parts = []
t = ET.C14NWriterTarget(parts.append)
p = ET.XMLParser(target=t)
p.feed('<x a="1"><y/></x>')
print(p.close(), parts)
print(ET.canonicalize('<r xmlns:unused="http://u"><e attr="a&#9;b&#10;c&#13;"/>\r</r>'))
