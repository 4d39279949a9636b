# csv dialects: the registry (register/get/unregister/list), the excel, excel_tab and
# unix dialects, csv.Dialect subclasses and their validation (csv.Error), _csv.Dialect
# and its parameter checks (TypeError with CPython's messages), read-only attributes.
import csv
import io


def attrs(d):
    return (d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace,
            d.lineterminator, d.quoting, d.strict)


def attempt(f):
    try:
        return f()
    except Exception as e:
        return '%s.%s: %s' % (type(e).__module__, type(e).__name__, e)


print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(sorted(csv.list_dialects()))
for name in csv.list_dialects():
    print(name, attrs(csv.get_dialect(name)))
d = csv.get_dialect('excel')
print(type(d), type(d).__name__, d is csv.get_dialect('excel'))
print(csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.lineterminator,
      csv.excel._name, csv.Dialect._valid, csv.excel()._valid)
print(issubclass(csv.excel_tab, csv.excel), issubclass(csv.excel, csv.Dialect))
print(csv.Error.__mro__, csv.Error.__module__)

# registering: by parameters, by a class, by another dialect
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
print(attrs(csv.get_dialect('semi')))


class Pipes(csv.Dialect):
    delimiter = '|'
    quotechar = "'"
    doublequote = False
    escapechar = '\\'
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    strict = True


csv.register_dialect('pipes', Pipes)
csv.register_dialect('pipes2', 'pipes', delimiter=':')
print(attrs(csv.get_dialect('pipes')), attrs(csv.get_dialect('pipes2')))
print(sorted(csv.list_dialects()))
s = io.StringIO()
csv.writer(s, 'pipes').writerow(["it's", 'a|b', 'c'])
print(repr(s.getvalue()), list(csv.reader(io.StringIO(s.getvalue()), 'pipes')))
print(list(csv.reader(['a:b'], 'pipes2')), list(csv.reader(['a;"b;c"'], 'semi')))
print(list(csv.reader(['a;b'], Pipes, delimiter=';')))
csv.unregister_dialect('pipes2')
print(sorted(csv.list_dialects()))
print(attempt(lambda: csv.unregister_dialect('pipes2')))
print(attempt(lambda: csv.get_dialect('nope')))
print(attempt(lambda: csv.get_dialect([])))
print(attempt(lambda: csv.reader([], 'nope')))
print(attempt(lambda: csv.register_dialect(1)))
print(attempt(lambda: csv.register_dialect()))
print(attempt(lambda: csv.register_dialect('bad', delimiter='::')))
print(attempt(lambda: csv.get_dialect()))
print(attempt(lambda: csv.list_dialects(1)))
print(sorted(csv.list_dialects()))

# a dialect instance with nothing overridden is used as it is
print(csv.reader([], 'excel').dialect is d, csv.reader([], d).dialect is d,
      csv.reader([], d, delimiter=';').dialect is d, csv.reader([]).dialect is d)

# csv.Dialect subclasses are validated when instantiated; errors become csv.Error
print(attempt(lambda: csv.Dialect()))


class NoDelimiter(csv.Dialect):
    quotechar = '"'
    lineterminator = '\r\n'
    quoting = csv.QUOTE_MINIMAL


class LongDelimiter(csv.excel):
    delimiter = '::'


class BadQuoting(csv.excel):
    quoting = 7


class NoQuote(csv.excel):
    quotechar = None


print(attempt(NoDelimiter), attempt(LongDelimiter), attempt(BadQuoting), attempt(NoQuote))
print(attempt(lambda: csv.reader([], NoQuote)))
print(attempt(lambda: csv.reader([], NoDelimiter)))

# parameter checks of _csv.Dialect
checks = [
    dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(delimiter=None),
    dict(quotechar=''), dict(quotechar='ab'), dict(quotechar=1), dict(quotechar=None),
    dict(quotechar=None, quoting=csv.QUOTE_MINIMAL), dict(quotechar=None, quoting=csv.QUOTE_NONE),
    dict(escapechar=''), dict(escapechar=5), dict(escapechar=None), dict(escapechar='\\'),
    dict(lineterminator=None), dict(lineterminator=1), dict(lineterminator=''),
    dict(quoting=4), dict(quoting=-1), dict(quoting='1'), dict(quoting=1.0), dict(quoting=True),
    dict(quoting=2**40), dict(doublequote=0), dict(skipinitialspace='yes'), dict(strict=[]),
    dict(foo=1), dict(delimiter='\n'), dict(delimiter=',', quotechar=','),
]
for kwargs in checks:
    print(kwargs, attempt(lambda: attrs(csv.reader([], **kwargs).dialect)))
Dialect = type(d)
print(attempt(lambda: Dialect(*range(10))))
print(attempt(lambda: attrs(Dialect('excel', ';'))))
print(attempt(lambda: Dialect('excel', dialect='excel')))
print(attempt(lambda: attrs(Dialect(delimiter=';'))))
print(attempt(lambda: attrs(Dialect(Pipes(), quoting=csv.QUOTE_ALL))))

# the attributes are read-only
for name in ['delimiter', 'quoting', 'doublequote', 'strict', 'other']:
    print(name, attempt(lambda: setattr(d, name, 1)), attempt(lambda: delattr(d, name)))
print(attempt(lambda: d.other))
