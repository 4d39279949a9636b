# csv.Sniffer: sniff() guesses delimiter, quotechar, doublequote and skipinitialspace
# (from quoted fields when there are some, else from how often characters occur on each
# line), restricted by `delimiters`; has_header() votes column by column; the errors.
import csv

samples = [
    'a,b,c\r\n1,2,3\r\n4,5,6\r\n',
    'name;age\nAda;36\nAlan;41\n',
    '"a","b","c"\n"1","2","3"\n',
    "'x'\t'y'\n'1'\t'2'\n",
    'a, b, c\n1, 2, 3\n',
    '"he said ""hi""",b\n"x",y\n',
    'one:two:three\nfour:five:six\nseven:eight:nine\n',
    'a|b|c\nd|e|f\n',
    '"only one column"\n"another"\n',
    'id,price,"description"\n1,3.50,"a, b"\n2,4.25,"c"\n',
    'x y z\n1 2 3\n4 5 6\n',
    'a,b;c\nd,e;f\ng,h;i\n',
]
sniffer = csv.Sniffer()
print(sniffer.preferred)
for sample in samples:
    try:
        d = sniffer.sniff(sample)
    except csv.Error as e:
        print(repr(sample[:20]), 'csv.Error:', e)
        continue
    print(repr(sample[:20]), repr(d.delimiter), repr(d.quotechar), d.doublequote,
          d.skipinitialspace, repr(d.lineterminator), d.quoting, d._name,
          issubclass(d, csv.Dialect), sniffer.has_header(sample))
    print('   ', list(csv.reader(sample.splitlines(), d))[:2])

print(repr(sniffer.sniff('a,b;c\nd,e;f\n', delimiters=';').delimiter))
print(repr(sniffer.sniff('a,b;c\nd,e;f\n', delimiters=',').delimiter))
for bad in ['', 'abc', 'abc\ndef\n', 'a,b\nc\nd,e,f,g\n']:
    try:
        print(repr(sniffer.sniff(bad).delimiter))
    except csv.Error as e:
        print(repr(bad), 'csv.Error:', e)

headers = [
    'name,age\nAda,36\nAlan,41\n',
    'x,y\n1,2\n3,4\n',
    '1,2\n3,4\n5,6\n',
    'code,n\nab,1\ncd,2\nef,3\n',
    'ab,1\ncd,2\nef,3\n',
    'title,year\n"A, B",1999\n"C",2001\n',
]
for sample in headers:
    print(repr(sample[:15]), sniffer.has_header(sample))
d = sniffer.sniff('a,b\n1,2\n')
print(d().delimiter, d()._valid)
