# While an iteration runs, a weak container defers the removal of dead entries into
# `_pending_removals`; the last iteration to end (exhausted, closed or freed) commits
# them. len() of WeakSet/WeakKeyDictionary subtracts what is pending; WeakValueDictionary
# commits first. (difftest: wr_iter_guard)
import gc
import weakref


class WH:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return sum(map(ord, self.name))

    def __del__(self):
        print('del', self.name)


def state(c):
    return len(c), len(c.data), len(c._pending_removals), len(c._iterating)


# WeakSet: a started iterator keeps its guard until freed
strong = [WH('d'), WH('e'), WH('f')]
ws = weakref.WeakSet(strong)
it = iter(ws)
first = next(it)
del strong[:]
print('started', state(ws))
del first
print('first gone', state(ws))
del it
print('freed', state(ws))

# close() ends the guard too; a second iterator delays the commit
strong = [WH('g'), WH('h'), WH('i')]
ws = weakref.WeakSet(strong)
it1, it2 = iter(ws), iter(ws)
next(it1), next(it2)
strong.pop()
print('two running', state(ws))
it1.close()
print('one closed', state(ws))
it2.close()
print('both closed', state(ws))
del strong

# adding during iteration commits the pending removals and changes the set
strong = [WH('j'), WH('k')]
ws = weakref.WeakSet(strong)
try:
    for x in ws:
        strong.append(WH('l'))
        ws.add(strong[-1])
except RuntimeError as e:
    print('RuntimeError', e)
print('after add', state(ws))
del strong, x

# WeakKeyDictionary: a deletion marks len dirty; len then drops pending keys already gone
strong = [WH('m1'), WH('m2'), WH('m3')]
d = weakref.WeakKeyDictionary({k: k.name for k in strong})
it = iter(d)
k = next(it)
del strong[2]
print('wkd', state(d), d._dirty_len)
del d[strong[1]]
print('wkd del', d._dirty_len, state(d), d._dirty_len)
del strong[1]
print('wkd dead', state(d))
del k, it
print('wkd freed', state(d))
del strong

# WeakValueDictionary: len() commits at once; the dict then changed size under the loop
strong = {i: WH('n%d' % i) for i in range(3)}
d = weakref.WeakValueDictionary(strong)
it = iter(d.items())
kv = next(it)
del strong[2]
print('wvd', len(d.data), d._pending_removals)
print('wvd len', len(d), d._pending_removals, len(d.data))
del strong[1]
try:
    print(next(it))
except RuntimeError as e:
    print('RuntimeError', e)
del kv, it
print('wvd end', len(d), sorted(d))

# nested loops over one WeakSet: removals wait for the outer loop
strong = [WH('p'), WH('q'), WH('r')]
ws = weakref.WeakSet(strong)
pairs = 0
for a in ws:
    for b in ws:
        pairs += 1
        if strong:
            strong.pop()
    print('inner done', state(ws))
del a, b
print('pairs', pairs, state(ws))

# a container in a cycle with a running iterator: the iterator holds it
c = weakref.WeakSet()
c.me = c
it = iter(c)
del c
print('collected', gc.collect())
del it
print('collected', gc.collect())
print('end')
