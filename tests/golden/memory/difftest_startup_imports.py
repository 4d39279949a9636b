# Modules CPython's start-up has already imported (collections, functools, re, typing...
# with this repository's oracle) cost a script nothing: importing one, or making the
# first weakref.WeakValueDictionary, runs no automatic collection, so the script's
# objects stay in generation 0 and a later collection finalizes them in their order.
# Found by scripts/difftest (exit_49_14, exit_49_46, exit_51_126).
import gc
import weakref


class E:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


a1 = E('a1')
b2 = E('b2')
before = gc.get_count()
stats = [s['collections'] for s in gc.get_stats()]
import collections
import functools
import re
import typing
wvd = weakref.WeakValueDictionary({'a': a1})
wkd = weakref.WeakKeyDictionary({a1: 1})
after = gc.get_count()
print(after[1:] == before[1:], 0 <= after[0] - before[0] < 40,
      [s['collections'] for s in gc.get_stats()] == stats)
print(sorted(o.name for o in gc.get_objects(0) if type(o) is E))
lam = lambda q=E('c3'): q
od = collections.OrderedDict(x=E('d4'), y=E('d5'))
dq = collections.deque([E('d6')])
print(len(wvd), len(wkd), sorted(od))
print('end')
