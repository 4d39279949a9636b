# copy: the __copy__/__deepcopy__/__reduce_ex__/__reduce__ protocol, copyreg's dispatch
# table, reduction tuples of every length, state with slots, and the Error messages.
import copy
import copyreg


def t(f):
    try:
        r = f()
        print(repr(r) if not hasattr(r, '__dict__') else (type(r).__name__, sorted(vars(r).items())))
    except Exception as e:
        print(type(e).__name__, e)


class Recipe:
    """Copies through whatever reduction it is given."""

    def __init__(self, rv):
        self.rv = rv

    def __reduce_ex__(self, proto):
        print('reduce_ex', proto)
        return self.rv


def build(*args):
    obj = Recipe(None)
    obj.args = args
    return obj


for rv in [(build, ()), (build, (1, [2])), [build, (3,)], (build, (), {'s': 1}),
           (build, (), ({'d': 1}, {'slot': 2})), (build, (), (None, {'only': 3})),
           (build, (), None, None, None), 'global_name', (build,), (), (build, (), None, None, None, 6),
           None, 42, (build, None), (build, 7), (7, ()), (build, (), 0), (build, (), 'ab'),
           (build, (), ({'a': 1}, 5))]:
    print('--', type(rv).__name__, len(rv) if isinstance(rv, (tuple, list)) else rv)
    t(lambda: copy.copy(Recipe(rv)))
    t(lambda: copy.deepcopy(Recipe(rv)))

print(copy.copy(Recipe((list, (), None, iter([1, [2]])))))
lst = [1, [2]]
dc = copy.deepcopy(Recipe((list, (), None, iter(lst))))
print(dc, dc[1] is lst[1])
print(copy.copy(Recipe((dict, (), None, None, iter([('k', [1])])))))
t(lambda: copy.copy(Recipe((list, (), None, 5))))
t(lambda: copy.copy(Recipe((dict, (), None, None, [1]))))


class WithSetState:
    def __reduce_ex__(self, proto):
        return (WithSetState, (), {'x': [1]})

    def __setstate__(self, state):
        print('setstate', state)
        self.state = state


c = copy.deepcopy(WithSetState())
print(c.state)


class Hooks:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return 'copied %s' % self.v

    def __deepcopy__(self, memo):
        return 'deep %s %s' % (self.v, type(memo).__name__)


print(copy.copy(Hooks(1)), copy.deepcopy(Hooks(2)), copy.deepcopy([Hooks(3)]))
h = Hooks(4)
h.__copy__ = lambda: 'instance copy'
h.__deepcopy__ = lambda memo: 'instance deepcopy'
print(copy.copy(h), copy.deepcopy(h))


class Meta(type):
    def __copy__(cls):
        return 'meta copy'

    def __deepcopy__(cls, memo):
        return 'meta deepcopy'


class K(metaclass=Meta):
    pass


print(copy.copy(K) is K, copy.deepcopy(K) is K)


class Registered:
    def __init__(self, v):
        self.v = v


copyreg.pickle(Registered, lambda o: (Registered, (o.v * 10,)))
print(copy.copy(Registered(2)).v, copy.deepcopy(Registered(3)).v)
del copyreg.dispatch_table[Registered]
print(copy.copy(Registered(2)).v)


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None


class OnlyReduce:
    __reduce_ex__ = None

    def __reduce__(self):
        print('reduce')
        return (OnlyReduce, ())


t(lambda: copy.copy(NoReduce()))
t(lambda: copy.deepcopy(NoReduce()))
t(lambda: copy.deepcopy([NoReduce()]))
print(type(copy.copy(OnlyReduce())).__name__)
print(issubclass(copy.Error, Exception), copy.error is copy.Error, copy.__all__,
      copy.dispatch_table is copyreg.dispatch_table)
t(lambda: copy.copy())
t(lambda: copy.copy(1, 2))
t(lambda: copy.deepcopy())
t(lambda: copy.deepcopy([1], memo=3))
t(lambda: copy.deepcopy([1], None, 'third'))
t(lambda: copy.deepcopy(x=[1]))
