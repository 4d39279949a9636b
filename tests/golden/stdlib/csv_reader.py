# csv.reader: rows from lists and io.StringIO, every dialect parameter, records that
# span lines, line_num, QUOTE_NONNUMERIC, strict mode, field_size_limit, and the
# _csv.Error messages of bad input.
import csv
import io


def rows(lines, *args, **kwargs):
    r = csv.reader(lines, *args, **kwargs)
    out = []
    try:
        for row in r:
            out.append(row)
    except Exception as e:
        out.append('%s.%s: %s' % (type(e).__module__, type(e).__name__, e))
    return out, r.line_num


print(rows(['a,b,c\r\n', '1,2,3\r\n']))
print(rows(io.StringIO('a,b\r\n"x, y","say ""hi"""\r\n\r\nlast')))
print(rows(['', '\n', '\r\n', ' ', ',', ',,']))
print(rows(['a,"multi\n', 'line\n', 'field",z\n', 'next\n']))
print(rows(io.StringIO('a,"b\r\nc",d\r\ne\r\n', newline='')))
print(rows(['a;b;"c;d"'], delimiter=';'))
print(rows(['a\tb\t"c\td"'], 'excel-tab'))
print(rows(["'a,b',c"], quotechar="'"))
print(rows(['"a,b",c'], quoting=csv.QUOTE_NONE))
print(rows(['a\\,b,c\\\\d,"e\\"f"'], escapechar='\\'))
print(rows(['a\\\n', 'b,c'], escapechar='\\'))
print(rows(['a, b,  "c", d'], skipinitialspace=True))
print(rows(['a, b,  "c", d']))
print(rows(['"a""b",c'], doublequote=True))
print(rows(['"a""b",c'], doublequote=False))
print(rows(['"a\\"b",c'], doublequote=False, escapechar='\\'))
print(rows(['a\0b,\0'], delimiter=','))
print(rows(['1,2.5,"3",-4e2, 5 ,,x'], quoting=csv.QUOTE_NONNUMERIC))
print(rows(['1,"2"', 'inf,nan'], quoting=csv.QUOTE_NONNUMERIC))

# line_num counts input lines, not records
r = csv.reader(['h1,h2\n', '"a\n', 'b",c\n', '\n', 'd,e\n'])
for row in r:
    print(row, r.line_num)
print(r.line_num, type(r).__name__, type(r))

# errors: reported as _csv.Error (or ValueError for NONNUMERIC)
print(rows(['a,b\rc']))
print(rows(['a\nb']))
print(rows([b'a,b']))
print(rows([1]))
print(rows(['"a"b,c'], strict=True))
print(rows(['"a"b,c'], strict=False))
print(rows(['a,"b'], strict=True))
print(rows(['a,"b']))
print(rows(['a,b', 'x,y'], quoting=csv.QUOTE_NONNUMERIC))

# the field size limit
print(csv.field_size_limit())
old = csv.field_size_limit(5)
print(old, csv.field_size_limit())
print(rows(['12345,x']))
print(rows(['123456,x']))
print(rows(['"123456",x']))
print(csv.field_size_limit(new_limit=old), csv.field_size_limit())
for bad in ['1', 1.0, True]:
    try:
        csv.field_size_limit(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    csv.field_size_limit(1, 2)
except TypeError as e:
    print('TypeError:', e)

# a reader is its own iterator and stops for good
r = csv.reader(['a'])
print(iter(r) is r, next(r), next(r, 'done'), next(r, 'done'))
for args in [(), ([], 'excel', 3)]:
    try:
        csv.reader(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    csv.reader(5)
except TypeError as e:
    print('TypeError:', e)
try:
    r.line_num = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    type(r)()
except TypeError as e:
    print('TypeError:', e)
