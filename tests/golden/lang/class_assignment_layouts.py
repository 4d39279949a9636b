# __class__ assignment between every pair of small layouts: plain, dict, slots, slots with
# __weakref__ or __dict__, subclasses adding slots, builtin bases (int, list, dict,
# Exception). CPython's compatible_for_assignment walks each class up to the first base
# with another layout; the two must be one class or siblings adding the same slots.
import itertools
class Plain: pass
class Plain2: pass
class SlotsA:
    __slots__ = ('a',)
class SlotsA2:
    __slots__ = ('a',)
class SlotsB:
    __slots__ = ('b',)
class SlotsAB:
    __slots__ = ('a', 'b')
class SlotsAW:
    __slots__ = ('a', '__weakref__')
class SlotsAD:
    __slots__ = ('a', '__dict__')
class SlotsEmpty:
    __slots__ = ()
class SlotsW:
    __slots__ = ('__weakref__',)
class SlotsD:
    __slots__ = ('__dict__',)
class SlotsDW:
    __slots__ = ('__dict__', '__weakref__')
class SubPlain(Plain): pass
class SubSlotsA(SlotsA): pass
class SubSlotsA2(SlotsA):
    __slots__ = ()
class SubSlotsAB(SlotsA):
    __slots__ = ('b',)
class IntSub(int): pass
class IntSub2(int): pass
class IntSubS(int):
    __slots__ = ()
class ListSub(list): pass
class ListSubS(list):
    __slots__ = ()
class ListSubA(list):
    __slots__ = ('a',)
class DictSub(dict): pass
class ExcSub(Exception): pass
class ExcSub2(Exception): pass
class ExcSubS(Exception):
    __slots__ = ('a',)
class ObjSub(object):
    __slots__ = ()
classes = [Plain, Plain2, SlotsA, SlotsA2, SlotsB, SlotsAB, SlotsAW, SlotsAD, SlotsEmpty, SlotsW, SlotsD, SlotsDW,
           SubPlain, SubSlotsA, SubSlotsA2, SubSlotsAB, IntSub, IntSub2, IntSubS, ListSub, ListSubS, ListSubA,
           DictSub, ExcSub, ExcSub2, ExcSubS, ObjSub]
def make(c):
    if issubclass(c, int): return c(5)
    return c()
for a, b in itertools.product(classes, classes):
    if a is b: continue
    o = make(a)
    try:
        o.__class__ = b
        r = 'ok'
    except TypeError as e:
        r = str(e)
    print(a.__name__, b.__name__, r)
