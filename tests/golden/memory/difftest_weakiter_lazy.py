# Weak containers iterate lazily under an iteration guard: an entry whose referent dies
# during the loop is skipped when reached (not yielded from a snapshot), and the item the
# iterator last yielded stays alive until it moves on. (difftest: wr_iter_dying)
import weakref


class WH:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'WH(%s)' % self.name

    def __hash__(self):
        return sum(map(ord, self.name))

    def __del__(self):
        print('del', self.name)


def strong_map(*names):
    return {n: WH(n) for n in names}


# WeakValueDictionary.values(): clearing the strong dict kills the rest of the loop
strong = strong_map('i21', 'i22')
wc = weakref.WeakValueDictionary(strong)
seen = 0
for item in wc.values():
    strong.clear()
    seen += 1
    print('seen', seen, item)
del item
print('after', len(wc), seen)

# WeakKeyDictionary.values(): a popitem per step, two of four reached
strong = strong_map('i18', 'i19', 'i20', 'i21')
wk = weakref.WeakKeyDictionary((v, k) for k, v in strong.items())
seen = 0
for item in wk.values():
    strong.popitem()
    seen += 1
    print('seen', seen, item)
print('after', len(wk), seen)

# WeakKeyDictionary.items(): the yielded key is held by the iterator
strong = strong_map('i10', 'i11')
wk = weakref.WeakKeyDictionary((v, k) for k, v in strong.items())
seen = 0
for key, value in wk.items():
    strong.pop(max(strong), None)
    seen += 1
    print('seen', seen, value)
del key, value
print('after', len(wk), seen)

# WeakSet: each loop variable keeps its item; the others die in place
strong = sorted(strong_map('a', 'b', 'c', 'd').values(), key=lambda w: w.name)
ws = weakref.WeakSet(strong)
seen = []
for x in ws:
    seen.append(x.name)
    strong.clear()
    print('len inside', len(ws))
del x
print('seen', len(seen), 'after', len(ws))

# keys()/values()/items() are generators, not lists
strong = strong_map('k')
for c in (weakref.WeakKeyDictionary({strong['k']: 1}), weakref.WeakValueDictionary(strong),
          weakref.WeakSet(strong.values())):
    print(type(c).__name__, [type(getattr(c, m)()).__name__ for m in ('keys', 'values', 'items')
                             if hasattr(c, m)], type(iter(c)).__name__)
print('WeakValueDictionary', type(weakref.WeakValueDictionary().itervaluerefs()).__name__,
      type(weakref.WeakValueDictionary().valuerefs()).__name__,
      type(weakref.WeakKeyDictionary().keyrefs()).__name__)
print('end')
