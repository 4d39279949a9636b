# csv.writer: what writerow returns (the file's write() result) and writerows (None),
# the '\r\n' line terminator, the four quoting styles, escaping, doubled quotes, how
# non-string values are written, and the errors.
import csv
import decimal
import fractions
import io

s = io.StringIO()
w = csv.writer(s)
print(w.writerow(['a', 'b', 'c']))
print(w.writerow([1, 2.5, None, True, 10**20, 1e100, -0.0, 1j]))
print(w.writerow(['has,comma', 'has "quote"', 'line\nbreak', 'cr\rhere', ' space ', '']))
print(w.writerow([]))
print(w.writerow(['']))
print(w.writerow(['', '']))
print(w.writerow(x for x in 'xyz'))
print(w.writerows([['r1'], ('r2', 2), iter(['r3'])]))
print(w.writerows([]))
print(repr(s.getvalue()))


class Sink:
    """A file whose write() says something else: writerow passes it on."""
    def write(self, text):
        print('write(%r)' % text)
        return 'written'


w = csv.writer(Sink(), lineterminator='\n')
print(w.writerow(['q', 1]), w.writerows([['a'], ['b']]))


class Number:
    def __float__(self):
        return 2.0

    def __str__(self):
        return 'N'


def written(row, **kwargs):
    s = io.StringIO()
    try:
        csv.writer(s, **kwargs).writerow(row)
    except Exception as e:
        return '%s.%s: %s' % (type(e).__module__, type(e).__name__, e)
    return s.getvalue()


row = ['a', 'b,c', 'd"e', 1, 1.5, None, True, Number(), decimal.Decimal('2.50'),
       fractions.Fraction(1, 3), b'by', '']
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    print(quoting, repr(written(row, quoting=quoting)))
print(repr(written(row, quoting=csv.QUOTE_NONE)))
print(repr(written(row, quoting=csv.QUOTE_NONE, escapechar='\\')))
print(repr(written(['a"b', 'c\\d', 'e,f'], doublequote=False, escapechar='\\')))
print(repr(written(['a"b'], doublequote=False)))
print(repr(written(['a"b'], doublequote=False, quoting=csv.QUOTE_NONE, escapechar='"')))
print(repr(written(['a', 'b|c', "d'e"], delimiter='|', quotechar="'")))
print(repr(written(['a\nb', 'c!d', 'e\rf'], lineterminator='!')))
print(repr(written(['a\nb', 'c\r\nd'], lineterminator='\n')))
print(repr(written(['a', 'b'], lineterminator='')))
print(repr(written([''], quoting=csv.QUOTE_NONE)))
print(repr(written([None], quoting=csv.QUOTE_NONE)))
print(repr(written([None], quoting=csv.QUOTE_NONNUMERIC)))
print(repr(written(['', 'x', ''], delimiter=' ', skipinitialspace=True)))
print(repr(written(['tab\there'], dialect='excel-tab')))
print(repr(written(['unix', 1], dialect='unix')))
print(repr(written(5)))
print(repr(written(None)))


class Boom:
    def __str__(self):
        raise RuntimeError('no str')


print(repr(written(['a', Boom()])))
w = csv.writer(io.StringIO())
for call in (lambda: w.writerows(5), lambda: w.writerows([5]), lambda: csv.writer(5),
             lambda: csv.writer(), lambda: type(w)()):
    try:
        call()
    except Exception as e:
        print('%s.%s: %s' % (type(e).__module__, type(e).__name__, e))
print(type(w), type(w.dialect), w.dialect.lineterminator == '\r\n')
try:
    w.dialect = None
except AttributeError as e:
    print('AttributeError:', e)

# write, then read back: the round trip keeps every value
values = [['plain', 'with,comma', 'with "quotes"', 'multi\nline', '', ' lead', 'trail '],
          ['x'], [''], ['\r\n', '\\', "'"]]
for kwargs in ({}, {'quoting': csv.QUOTE_ALL}, {'delimiter': ';', 'quotechar': "'"},
               {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'},
               {'doublequote': False, 'escapechar': '\\'}):
    s = io.StringIO()
    try:
        csv.writer(s, **kwargs).writerows(values)
    except csv.Error as e:
        print(kwargs, 'csv.Error:', e, repr(s.getvalue()))
        continue
    back = list(csv.reader(io.StringIO(s.getvalue()), **kwargs))
    print(kwargs, back == values, back if back != values else '')
