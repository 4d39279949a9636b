# ElementPath: find/findall/findtext/iterfind and their errors.
import xml.etree.ElementTree as ET

doc = ET.fromstring('''<root>
  <item id="1" kind="a"><name>first</name><sub><name>deep</name></sub></item>
  <item id="2" kind="b"><name>second</name></item>
  <other kind="a">text<name>third</name></other>
  <item id="3"><name>fourth</name><flag/></item>
</root>''')

def show(path, **kw):
    try:
        r = doc.findall(path, **kw)
    except Exception as e:
        print(repr(path), '->', type(e).__name__ + ':', e)
        return
    print(repr(path), '->', [(e.tag, e.get('id'), (e.text or '').strip()) for e in r])

for path in ['item', '*', '.', './item', 'item/name', '*/name', './/name', '//name',
             'item//name', 'item[@kind]', "item[@kind='a']", 'item[@kind="b"]',
             "*[@kind!='a']", 'item[name]', "item[name='second']", "item[name!='second']",
             "*[.='text']", 'item[1]', 'item[2]', 'item[last()]', 'item[last()-1]',
             'item/..', 'item/name/..', './/sub/..', 'item[flag]', 'nothing', 'item/',
             './/item[@id="3"]/name', '{*}item', '{}item', '{*}*', 'item[0]',
             'item[last()+1]', '/item', 'item[@x=1]', 'a[', './/', 'x:y']:
    show(path)
print(doc.find('item').get('id'), doc.find('nothing'), doc.find('item/name').text)
print(repr(doc.findtext('item/name')), repr(doc.findtext('item/flag')),
      repr(doc.findtext('nothing')), repr(doc.findtext('nothing', 'default')))
it = doc.iterfind('item')
print(type(it).__name__, [e.get('id') for e in it])
print(doc.find(''), doc.findall(''), repr(doc.findtext('')))

ns = ET.fromstring('<r xmlns="http://d" xmlns:p="http://p"><p:a>1</p:a><b>2</b><p:a>3</p:a></r>')
print([e.text for e in ns.findall('{http://p}a')])
print([e.text for e in ns.findall('p:a', {'p': 'http://p'})])
print([e.text for e in ns.findall('b', {'': 'http://d'})])
print([e.text for e in ns.findall('{*}a')], [e.text for e in ns.findall('{http://d}*')])
try:
    ns.findall('q:a', {'p': 'http://p'})
except SyntaxError as e:
    print('SyntaxError:', e)

tree = ET.ElementTree(doc)
print([e.get('id') for e in tree.findall('item')], tree.findtext('item/name'))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(len(tree.findall('/item')))
    print(w[0].category.__name__, w[0].message)

print([e.tag for e in doc.iter()][:6], [e.tag for e in doc.iter('name')])
print([e.tag for e in doc.iter('*')][:3])
print([t.strip() for t in doc.itertext() if t.strip()])
print(list(ET.fromstring('<a>1<b>2<c>3</c>4</b>5</a>').itertext()))
