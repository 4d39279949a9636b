# heapq.nsmallest / nlargest choose the way CPython 3.11 documents and does: min()/max()
# for n == 1, sorted() when n covers a sized input, else one pass with a heap of the n
# best (key, arrival, item) entries. The comparisons made (and their operands) and when
# each key object dies follow from that. Found by scripts/difftest (release_49_113).
import heapq


class D:
    log = []

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __lt__(self, other):
        D.log.append(self.name + '<' + other.name)
        return self.name < other.name

    def __eq__(self, other):
        D.log.append(self.name + '=' + other.name)
        return self is other

    __hash__ = object.__hash__

    def __del__(self):
        if self.name.startswith('k'):
            print('del', self.name, end='; ')


cases = [
    (['d3', 'd1', 'd4', 'd1', 'd5'], 1),
    (['d3', 'd1', 'd4', 'd1', 'd5', 'd9', 'd2'], 3),
    (['d7', 'd2', 'd8'], 3),
    (['d7', 'd2', 'd8'], 5),
    (['d6', 'd6', 'd1', 'd6'], 2),
    ([], 2),
    (['d1', 'd2'], 0),
    (['d1', 'd2'], -1),
]
for names, n in cases:
    for fn in (heapq.nsmallest, heapq.nlargest):
        for keyed in (False, True):
            for src in ('list', 'iter'):
                items = [D(x) for x in names]
                D.log = []
                arg = items if src == 'list' else iter(items)
                key = (lambda x: D('k' + x.name)) if keyed else None
                result = fn(n, arg, key=key)
                print()
                print(fn.__name__, n, 'key' if keyed else '-', src, result, len(D.log), ' '.join(D.log))
print(heapq.nsmallest(2, 'hello'), heapq.nlargest(2, range(10), key=lambda v: -v))
print(heapq.nsmallest.__doc__)
for bad in (lambda: heapq.nsmallest(2, [1, 'a', 2]), lambda: heapq.nlargest(1, [])):
    try:
        print(bad())
    except TypeError as exc:
        print('!', exc)
