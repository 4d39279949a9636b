# CPython's OrderedDict keeps its own linked order over a dict whose entries stay in
# insertion order: move_to_end and popitem change the order seen by iteration, not the
# order in which del, clear() and interpreter exit release the values (dict order).
# Found by scripts/difftest (exit_48_46, exit_48_198, exit_53_198). Known failure: refpy's
# OrderedDict reorders its underlying dict.
import collections


class E:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __del__(self):
        print('del', self.name)


od = collections.OrderedDict(a=E('a1'), b=E('b1'), c=E('c1'))
od.move_to_end('a')
print(list(od), list(dict.keys(od)))
del od
print('--')
od = collections.OrderedDict(a=E('a2'), b=E('b2'), c=E('c2'))
od.move_to_end('c', last=False)
od['a'] = E('a3')
od.clear()
print('--')
od = collections.OrderedDict(a=E('a4'), b=E('b4'))
od.move_to_end('a')
od2 = od.copy()
print(list(dict.keys(od2)))
del od
print('--')
kept = collections.OrderedDict(x=E('x5'), y=E('y5'))
kept.move_to_end('x')
print('end')
