# gc.get_count() deltas of operations on the Python-written collections: one count per
# GC object allocated, as CPython's (the third repetition, after caches settled; the
# measuring tuple of gc.get_count() itself is one of them).
import dataclasses
import gc
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

P = namedtuple('P', 'x y')


@dataclasses.dataclass
class D:
    a: int
    b: list


keep = []
od = OrderedDict((i, i) for i in range(50))
dd = defaultdict(list)
c = Counter('abc')
p = P(1, 2)
d = D(1, [])
TEMPLATE = '''
def run():
    for rep in range(3):
        gc.collect()
        before = gc.get_count()[0]
        x = EXPR
        after = gc.get_count()[0]
        keep.append(x)
    return after - before
'''


def measure(expr):
    ns = dict(globals())
    exec(TEMPLATE.replace('EXPR', expr), ns)
    print(expr, ns['run']())


gc.disable()
for e in ['dd["m" + str(rep)]', 'Counter()', 'c.total()', 'c.update()',
          'c.update(c)', 'c["missing"]', 'deque()', 'deque([1, 2])', 'p._asdict()',
          'D(1, [])', 'dataclasses.asdict(d)', 'dataclasses.replace(d, a=2)',
          'od.move_to_end(3)', 'od.popitem()', 'list(od)', 'od.setdefault(object())',
          'isinstance(c, dict)']:
    measure(e)
gc.enable()
