import dataclasses
from dataclasses import dataclass, field, KW_ONLY, InitVar
tests = []
def t(fn):
    try:
        r = fn()
        print(fn.__name__, 'ok', r)
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
def default_and_factory():
    return field(default=1, default_factory=list)
def mutable_default_dict():
    @dataclass
    class A:
        x: dict = {}
def mutable_default_set():
    @dataclass
    class A:
        x: set = set()
def frozen_inherit_nonfrozen():
    @dataclass
    class B:
        x: int = 0
    @dataclass(frozen=True)
    class C(B):
        y: int = 0
def nonfrozen_inherit_frozen():
    @dataclass(frozen=True)
    class B:
        x: int = 0
    @dataclass
    class C(B):
        y: int = 0
def order_without_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int
def two_kw_only():
    @dataclass
    class A:
        _: KW_ONLY
        __: KW_ONLY
def slots_with_dict():
    @dataclass(slots=True)
    class A:
        __slots__ = ('x',)
        x: int
def initvar_in_fields():
    @dataclass
    class A:
        x: InitVar[int]
        def __post_init__(self, x): self.y = x
    a = A(3)
    return [f.name for f in dataclasses.fields(a)], a.y, repr(a)
def post_init_missing_arg():
    @dataclass
    class A:
        x: InitVar[int]
    return A(1)
def field_without_annotation():
    @dataclass
    class A:
        x = field(default=1)
def classvar_field():
    import typing
    @dataclass
    class A:
        x: typing.ClassVar[int] = 5
        y: int = 1
    return [f.name for f in dataclasses.fields(A)], A()
def replace_initfalse():
    @dataclass
    class A:
        x: int
        y: int = field(init=False, default=0)
    return dataclasses.replace(A(1), y=3)
def asdict_nondataclass():
    return dataclasses.asdict({'a': 1})
def fields_of_int():
    return dataclasses.fields(5)
def eq_different_types():
    @dataclass
    class A:
        x: int
    @dataclass
    class B:
        x: int
    return A(1) == B(1), A(1) == A(1), A(1) != A(2)
def order_different_types():
    @dataclass(order=True)
    class A:
        x: int
    @dataclass(order=True)
    class B:
        x: int
    return A(1) < B(2)
def hash_default():
    @dataclass
    class A:
        x: int
    return A.__hash__
def frozen_hash():
    @dataclass(frozen=True)
    class A:
        x: list
    return hash(A([1]))
def frozen_setattr_new():
    @dataclass(frozen=True)
    class A:
        x: int
    a = A(1)
    a.y = 2
def repr_recursive():
    @dataclass
    class Node:
        val: int
        nxt: object = None
    n = Node(1); n.nxt = n
    return repr(n)
def astuple_nested():
    @dataclass
    class P:
        x: int
        y: list
    return dataclasses.astuple(P(1, [P(2, []), {'k': P(3, ())}]))
def asdict_factory():
    @dataclass
    class P:
        x: int
        y: int
    from collections import OrderedDict
    return dataclasses.asdict(P(1, 2), dict_factory=OrderedDict)
def match_args():
    @dataclass(match_args=False)
    class A:
        x: int
    @dataclass
    class B:
        x: int
        _: KW_ONLY
        y: int = 0
    return hasattr(A, '__match_args__'), B.__match_args__
def weakref_slot():
    import weakref
    @dataclass(slots=True, weakref_slot=True)
    class A:
        x: int
    a = A(1)
    return weakref.ref(a)() is a, A.__slots__
def weakref_slot_without_slots():
    @dataclass(weakref_slot=True)
    class A:
        x: int
def init_false_no_default():
    @dataclass
    class A:
        x: int = field(init=False)
    a = A()
    return repr(a)
for fn in [default_and_factory, mutable_default_dict, mutable_default_set, frozen_inherit_nonfrozen, nonfrozen_inherit_frozen, order_without_eq, two_kw_only, slots_with_dict, initvar_in_fields,
           post_init_missing_arg, field_without_annotation, classvar_field, replace_initfalse, asdict_nondataclass, fields_of_int, eq_different_types, order_different_types, hash_default, frozen_hash,
           frozen_setattr_new, repr_recursive, astuple_nested, asdict_factory, match_args, weakref_slot, weakref_slot_without_slots, init_false_no_default]:
    t(fn)
