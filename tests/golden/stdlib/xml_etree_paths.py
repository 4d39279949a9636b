# ElementPath corner cases: fast path, tokenizer quirks, predicates, errors, namespaces.
import xml.etree.ElementTree as ET
doc = ET.fromstring('<r><a id="1" k="x">t1<b>bt</b><c/></a><a id="2"><b>b2</b><b>b3</b></a><d k="x">dt</d><a/></r>')
paths = ['', ' ', 'a ', ' a', 'a/ b', 'a[ @id ]', "a[@id = '1']", 'a[@id]/b', '.', './', './/', '//', '///', 'a//', 'a///b',
 '..', '../a', 'a/../..', 'a/..', '*/..', './/..', './/b/..', 'a[', 'a[]', 'a[@]', 'a[@id', "a[@id='1'", 'a[1', 'a]', '[1]', '[@id]',
 'a[-1]', 'a[1.5]', 'a[last()-0]', 'a[last( )]', 'a[last()-3]', 'a[3]', 'a[4]', 'a[b]', 'a[b][2]', "a[b='b2']", "a[b='b3']", "a[b!='b2']",
 "a[.='t1']", "a[.!='t1']", "d[.='dt']", "a[@id=\"2\"]", "*[@k='x']", "a[@k!='x']", 'a[@id!="1"]', '@id', 'a/@id', 'a/text()', 'a()', 'a::b',
 'a:b', '{x}a', '{*}', '{', '{a', '}a', 'a}', '{}', '{}*', '*[b]', 'a[1]/b[2]', 'a/b[last()]', 'a[b/c]', "a[b/c='x']", 'a[@x:y]', 'a[x:y]', 'a[1][1]', 'a!=b', 'a=b', 'a[=]', "a['x']", "a[@id='1' ]", "a[ @id='1']",
 "a[@id='1'][b]", ".[b]", ".[@id]", "./a[1]", "a/.", "a/./b", "a[.]", "a[..]", "a[*]", "a[.//b]", "a[last()]/b", 'a[0]', 'a[last()+0]', "a[@id=1]", 'a[@id="1\']', "a[\"x\"]", '*[2]', 'a[2]/..', 'b', './/b[1]', './/b[2]', './/b[last()]',
 '{*}a', '{*}a[1]', '{x}*', './/{*}b', '/a', '/', '\ta', 'a\t', 'a\nb', 'a[name()]', 'a[text()]', 'a[b=c]', "a[b='']", "a[.='']", "c[.='']", "a[@id!='']"]
for p in paths:
    out = []
    for fn in ('findall', 'find', 'findtext'):
        try:
            r = getattr(doc, fn)(p)
        except Exception as e:
            out.append('%s: %s' % (type(e).__name__, e))
        else:
            if fn == 'findall':
                out.append([(x.tag, x.get('id')) for x in r])
            elif fn == 'find':
                out.append(r if r is None else r.tag)
            else:
                out.append(r)
    print(repr(p), '->', *out)
tree = ET.ElementTree(doc)
import warnings
warnings.simplefilter('ignore')
for p in ['/a', '//b', '/', './a', '/a[1]']:
    try:
        print(p, [x.tag for x in tree.findall(p)], tree.find(p).tag, tree.findtext(p), [x.tag for x in tree.iterfind(p)])
    except Exception as e:
        print(p, type(e).__name__, e)
print([e.tag for e in doc.findall('{*}b', {'': 'http://x'})])
print(doc.findall('b', {'': 'http://x'}))
print(doc.findall('x:b', {'x': 'http://x', '': 'http://y'}))
print([e.tag for e in doc.findall('.//b[1]/..')])
ns = ET.fromstring('<r xmlns="http://d" xmlns:p="http://p"><p:a k="1">x</p:a><b p:k="2"/><p:a/></r>')
for p, m in [('b', {'': 'http://d'}), ('p:a[@k]', {'p': 'http://p'}), ('*[@p:k]', {'p': 'http://p'}),
             ('p:a[1]', {'p': 'http://p'}), ('{*}a[last()]', None), ('.//{http://p}*', None),
             ('p:a', {'p': 'http://p', '': 'http://d'}), ("p:a[.='x']", {'p': 'http://p'})]:
    print(p, [(e.tag, e.attrib) for e in ns.findall(p, m)])
print(ns.find('q:a', namespaces={'q': 'http://p'}).text, ns.findtext('{http://p}a'))
print(type(ns.iterfind('{*}a')).__name__, [e.tag for e in ns.iterfind('{*}a')])
