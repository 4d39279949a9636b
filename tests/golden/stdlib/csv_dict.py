# csv.DictReader and csv.DictWriter: fieldnames read from the first row or given,
# restkey/restval for long and short rows, blank lines skipped, line_num, writeheader,
# restval, extrasaction and its ValueError messages, return values.
import csv
import io

text = 'name,age,city\r\nAda,36,London\r\n\r\nAlan,41\r\nGrace,85,Arlington,USA,extra\r\n'
r = csv.DictReader(io.StringIO(text))
print(r.line_num, r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)
print(r.fieldnames, r.restkey, r.restval, r.dialect, type(r.reader))

r = csv.DictReader(io.StringIO(text), restkey='more', restval='?')
print(list(r))
r = csv.DictReader(io.StringIO(text), fieldnames=['a', 'b'], restkey='rest')
print(list(r))
r = csv.DictReader(io.StringIO('x;y\n1;2\n'), delimiter=';')
print(list(r), r.dialect)
r = csv.DictReader(['a,b', '1,2'])
r.fieldnames = ['p', 'q']
print(list(r))
r = csv.DictReader(io.StringIO(''))
print(r.fieldnames, list(r))
r = csv.DictReader(['a,a,b', '1,2,3'])
print(list(r))
print(iter(r) is r)

s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['name', 'age', 'note'])
print(w.writeheader())
print(w.writerow({'name': 'Ada', 'age': 36}))
print(w.writerow({'note': 'has, comma', 'name': 'Alan'}))
print(w.writerows([{'name': 'x'}, {'age': 1, 'note': None}]))
print(repr(s.getvalue()))

s = io.StringIO()
w = csv.DictWriter(s, ['a', 'b'], restval='N/A', extrasaction='ignore', lineterminator='\n',
                   quoting=csv.QUOTE_ALL)
w.writeheader()
w.writerow({'a': 1, 'zz': 2})
w.writerow({})
print(repr(s.getvalue()), w.extrasaction, w.restval, w.fieldnames, type(w.writer))

w = csv.DictWriter(io.StringIO(), ['a'], extrasaction='RAISE')
try:
    w.writerow({'a': 1, 'b': 2})
except ValueError as e:
    print('ValueError:', e)
w = csv.DictWriter(io.StringIO(), ['a'])
for row in [{'b': 1}, {'a': 1, 'c': 2, 'b': 3}, {'a': 1, 5: 2}]:
    try:
        w.writerow(row)
    except ValueError as e:
        print('ValueError:', e)
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='skip')
except ValueError as e:
    print('ValueError:', e)
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow([1])
except AttributeError as e:
    print('AttributeError:', e)

# the wrapped writer is there to use directly; both return what write() returned
w = csv.DictWriter(io.StringIO(), ['a', 'b'])
print(w.writer.writerow(['x']), w.writeheader())
