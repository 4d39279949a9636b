# csv with real files, in a fresh folder under /tmp (removed at the end): written and
# read back with open(..., newline=''), fields holding line breaks, DictWriter and
# DictReader on files, what newline='' changes, and a file opened in binary mode.
import csv
import os

base = '/tmp/refpy_csv_files_%d' % os.getpid()
os.mkdir(base)
try:
    path = os.path.join(base, 'people.csv')
    rows = [['name', 'note', 'n'],
            ['Ada', 'line one\nline two', 1],
            ['Alan', 'has "quotes", and a comma', 2.5],
            ['Grace', 'cr\r\nlf', None],
            ['Ünï', 'çødé', '']]
    with open(path, 'w', newline='') as f:
        w = csv.writer(f)
        print(w.writerow(rows[0]))
        print(w.writerows(rows[1:]))
    with open(path, 'rb') as f:
        raw = f.read()
    print(len(raw), raw)
    with open(path, newline='') as f:
        r = csv.reader(f)
        for row in r:
            print(r.line_num, row)

    # without newline='' the text layer turns \r\n into \n, also inside quoted fields
    with open(path) as f:
        print(list(csv.reader(f))[3])

    # the unix dialect and another delimiter
    path2 = os.path.join(base, 'data.tsv')
    with open(path2, 'w', newline='') as f:
        w = csv.writer(f, dialect='unix', delimiter='\t')
        for i in range(5):
            w.writerow([i, i * i, 'row %d' % i])
    with open(path2, newline='') as f:
        print(f.read())
    with open(path2, newline='') as f:
        print([row for row in csv.reader(f, delimiter='\t')][-1])

    # DictWriter and DictReader
    path3 = os.path.join(base, 'dicts.csv')
    with open(path3, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=['id', 'city'])
        w.writeheader()
        w.writerows([{'id': 1, 'city': 'Zürich'}, {'id': 2}, {'city': 'Oslo, Norway', 'id': 3}])
    with open(path3, newline='', encoding='utf-8') as f:
        for d in csv.DictReader(f):
            print(d)
    with open(path3, newline='') as f:
        sample = f.read()
    d = csv.Sniffer().sniff(sample)
    print(repr(d.delimiter), csv.Sniffer().has_header(sample))

    # appending keeps the line terminator of the dialect
    with open(path3, 'a', newline='') as f:
        csv.writer(f, lineterminator='\n').writerow([4, 'Rome'])
    with open(path3, 'rb') as f:
        print(f.read()[-22:])

    # a file opened in binary mode yields bytes
    with open(path, 'rb') as f:
        try:
            next(csv.reader(f))
        except csv.Error as e:
            print('csv.Error:', e)
finally:
    for name in sorted(os.listdir(base)):
        os.remove(os.path.join(base, name))
    os.rmdir(base)
print(os.path.exists(base))
