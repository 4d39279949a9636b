import json, csv, io, logging, logging.handlers, tempfile, os, pprint, dataclasses, textwrap, calendar, datetime, collections
from decimal import Decimal
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point): return {'__point__': True, 'x': o.x, 'y': o.y}
    if isinstance(o, (datetime.date, datetime.datetime)): return o.isoformat()
    raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')
def hook(d): return Point(d['x'], d['y']) if d.get('__point__') else d
s = json.dumps({'p': Point(1, 2), 'when': datetime.date(2024, 1, 2)}, default=enc, indent=4); print(s)
print(vars(json.loads(s, object_hook=hook)['p']), json.loads('{"a": 1.5}', parse_float=Decimal), json.loads('[1, 2]', object_pairs_hook=collections.OrderedDict))
try: json.dumps({'s': {1, 2}})
except TypeError as e: print(e)
try: json.dumps(Point(1, 2), default=enc) and json.dumps(object())
except TypeError as e: print(e)
print(json.dumps({3: 'a', 1.5: 'b', True: 'c', None: 'd'}), json.dumps(float('nan')), json.dumps('\u2603\n'), json.dumps([], indent=2), json.dumps({'a': [1, {'b': []}]}, indent='\t'))
sample = 'name;age;city\nann;30;"New York; NY"\nbob;25;Boston\n'
d = csv.Sniffer().sniff(sample); print(d.delimiter, d.quotechar, csv.Sniffer().has_header(sample))
print(list(csv.reader(io.StringIO(sample), d)))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL); o = io.StringIO(); csv.writer(o, 'pipes').writerow(['a', 1, None, 'x|y']); print(repr(o.getvalue()), csv.list_dialects())
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'app.log')
    h = logging.handlers.RotatingFileHandler(path, maxBytes=60, backupCount=2)
    h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
    lg = logging.getLogger('rot'); lg.addHandler(h); lg.setLevel(logging.INFO); lg.propagate = False
    for i in range(8): lg.info('message number %d', i)
    h.close(); print(sorted(os.listdir(tmp)), open(path).read().splitlines())
@dataclasses.dataclass
class Emp:
    name: str
    skills: list
    manager: 'Emp | None' = None
boss = Emp('Ann', ['mgmt', 'python' * 5]); pprint.pprint([Emp('Bob', ['x'] * 12, boss)], width=60)
print(textwrap.fill('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.', width=40, initial_indent='  - ', subsequent_indent='    ', break_long_words=False, max_lines=2, placeholder=' [...]'))
tc = calendar.TextCalendar(); print(tc.formatyear(2024, 2, 1, 1, 3)[:300])
print(calendar.LocaleTextCalendar if hasattr(calendar, 'LocaleTextCalendar') else '', list(calendar.Calendar(6).iterweekdays()), calendar.leapdays(2000, 2025), calendar.month_name[12])
